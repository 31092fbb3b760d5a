//! The zero-copy tokenizer: raw bytes in, `(kind, span)` tokens out.
//!
//! Invariants (checked by property tests):
//! - tokens are contiguous: each starts where the previous ended, the first at
//!   0 and the last ends at the input's length, so their spans rebuild the input;
//! - no token is empty, and tokenizing never fails or allocates.
//!
//! The scanner looks at each byte once. [`Tokens`] reads the commonest ASCII
//! tokens through one 256-entry table and hands every other start to
//! [`reference`], the readable scanner that defines the tokens: it decodes
//! UTF-8 or, when invalid, reads Windows-1252 (see [`crate::text`]). The only
//! state carried between tokens is what decides the direction of straight
//! quote marks.

use crate::span::Span;

pub mod reference;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, with inner apostrophes and hyphens (`country’s`, `Mar-a-Lago`)
    /// and dotted initialisms including their final period (`U.S.`, `p.m.`).
    Word,
    /// Starts with a digit: `1,000`, `9.5`, `2:45`, `7-2`, `3rd`, `1.13bn`.
    Number,
    /// Any other punctuation or symbol character, one per token.
    Punct,
    /// A mark that opens a quotation: `“`, `«`, or a straight `"`/`'` in an
    /// opening position.
    OpenQuote,
    /// A mark that closes a quotation.
    CloseQuote,
    /// An apostrophe that is not inside a word: `States’`, `’90s`.
    Apostrophe,
    /// `—`, `–`, `--`, or a lone hyphen between spaces (` - `) after the
    /// start of the input.
    Dash,
    /// `…`, `...`, or `. . .`.
    Ellipsis,
    /// A run of horizontal white space (including U+00A0).
    Space,
    /// One line break: `\n`, `\r\n`, a lone `\r`, U+2028 or U+2029.
    Newline,
    /// Control characters and bytes that have no reading.
    Other,
}

/// A token: its kind, its span, and flags.
///
/// # Example
/// ```
/// use newsprint::{Token, TokenKind, Tokens};
/// let text = "Pence said “yes”.".as_bytes();
/// let kinds: Vec<TokenKind> = Tokens::new(text).map(|t| t.kind).collect();
/// assert_eq!(kinds[0], TokenKind::Word);
/// assert_eq!(kinds[4], TokenKind::OpenQuote);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Bit flags, see [`Token::INVALID_UTF8`].
    pub flags: u8,
    /// Where the token is.
    pub span: Span,
}

impl Token {
    /// Flag: the token contains bytes that are not valid UTF-8 (read as
    /// Windows-1252).
    pub const INVALID_UTF8: u8 = 1;

    /// The token's bytes within `input`.
    #[inline]
    pub fn bytes(self, input: &[u8]) -> &[u8] {
        self.span.slice(input)
    }

    /// Whether the token contains bytes that are not valid UTF-8.
    #[inline]
    pub fn is_invalid_utf8(self) -> bool {
        self.flags & Token::INVALID_UTF8 != 0
    }

    /// Whether the token is a word or a number.
    #[inline]
    pub fn is_wordlike(self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// A pull iterator over the tokens of a byte slice.
///
/// `Tokens` borrows its input, never allocates, and yields tokens whose spans
/// are offsets into that input. Offsets are `u32`: give it at most 4 GiB − 1
/// bytes ([`parse`](crate::parse) cuts longer input and says so).
///
/// The commonest tokens (ASCII words, numbers, single spaces, newlines and
/// plain punctuation) are read by table-driven fast paths; anything that
/// needs a rule (quote marks, hyphens, apostrophes, initialisms, non-ASCII
/// bytes) goes to the [reference scanner](crate::token_reference), which
/// defines what the tokens are.
///
/// # Example
/// ```
/// use newsprint::Tokens;
/// let text = b"U.S. GDP grew 2.5% -- faster.";
/// let words: Vec<&[u8]> = Tokens::new(text)
///     .filter(|t| t.is_wordlike())
///     .map(|t| t.bytes(text))
///     .collect();
/// assert_eq!(words, [&b"U.S."[..], b"GDP", b"grew", b"2.5", b"faster"]);
/// ```
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    inner: reference::Tokens<'a>,
}

impl<'a> Tokens<'a> {
    /// Tokenize all of `input`.
    pub fn new(input: &'a [u8]) -> Tokens<'a> {
        Tokens {
            inner: reference::Tokens::new(input),
        }
    }

    /// The byte offset where the next token starts.
    pub fn offset(&self) -> usize {
        self.inner.pos
    }

    /// The fast reading of the token at `start`, or `None` when a rule of
    /// the reference scanner is needed.
    #[inline(always)]
    fn fast(input: &[u8], start: usize) -> Option<(TokenKind, usize)> {
        let class = FAST[usize::from(input[start])];
        let after = |end: usize| input.get(end).copied();
        let run = |mut end: usize, bits: u8| {
            while end < input.len() && FAST[usize::from(input[end])] & bits != 0 {
                end += 1;
            }
            end
        };
        if class & LETTER != 0 {
            let end = run(start + 1, LETTER | DIGIT);
            return match after(end) {
                // Joiners, non-ASCII letters, and a possible initialism.
                Some(b) if b >= 0x80 || matches!(b, b'\'' | b'-' | b'&') => None,
                Some(b'.') if end == start + 1 => None,
                _ => Some((TokenKind::Word, end)),
            };
        }
        if class & DIGIT != 0 {
            let end = run(start + 1, DIGIT);
            return match after(end) {
                Some(b) if b >= 0x80 || FAST[usize::from(b)] & LETTER != 0 => None,
                Some(b',' | b'.' | b':' | b'/' | b'-') => None,
                _ => Some((TokenKind::Number, end)),
            };
        }
        if class & SPACE != 0 {
            let end = run(start + 1, SPACE);
            return match after(end) {
                Some(b) if b >= 0x80 => None,
                _ => Some((TokenKind::Space, end)),
            };
        }
        if class & ONE_BYTE != 0 {
            let kind = match input[start] {
                b'\n' => TokenKind::Newline,
                b'.' => match after(start + 1) {
                    Some(b'.' | b' ') => return None,
                    _ => TokenKind::Punct,
                },
                0x00..=0x1F | 0x7F => TokenKind::Other,
                _ => TokenKind::Punct,
            };
            return Some((kind, start + 1));
        }
        None
    }
}

/// Fast-path classes of bytes; 0 means "ask the reference scanner".
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const SPACE: u8 = 4;
/// A byte that is a whole token by itself: `\n`, `.` (unless an ellipsis
/// may follow), plain punctuation and control characters.
const ONE_BYTE: u8 = 8;

static FAST: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'0'..=b'9' => DIGIT,
            b' ' | b'\t' | 0x0B | 0x0C => SPACE,
            // Rules: CRLF, quote marks, apostrophes, hyphens/dashes.
            b'\r' | b'"' | b'\'' | b'-' => 0,
            _ => ONE_BYTE,
        };
        b += 1;
    }
    t
};

impl Iterator for Tokens<'_> {
    type Item = Token;

    #[inline]
    fn next(&mut self) -> Option<Token> {
        let inner = &mut self.inner;
        let start = inner.pos;
        if start >= inner.input.len() {
            return None;
        }
        let (kind, end, invalid) = match Tokens::fast(inner.input, start) {
            Some((kind, end)) => (kind, end, false),
            None => inner.scan(),
        };
        Some(inner.emit(kind, end, invalid))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl core::iter::FusedIterator for Tokens<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    fn toks(s: &str) -> Vec<(TokenKind, &str)> {
        Tokens::new(s.as_bytes())
            .map(|t| (t.kind, &s[t.span.range()]))
            .collect()
    }

    fn words(s: &str) -> Vec<&str> {
        toks(s)
            .into_iter()
            .filter(|(k, _)| !matches!(k, TokenKind::Space | TokenKind::Newline))
            .map(|(_, t)| t)
            .collect()
    }

    use TokenKind::*;

    #[test]
    fn words_with_inner_marks() {
        assert_eq!(
            words("country’s O'Neill Mar-a-Lago AT&T COVID-19"),
            ["country’s", "O'Neill", "Mar-a-Lago", "AT&T", "COVID-19"]
        );
        assert_eq!(toks("Mar-a-Lago")[0], (Word, "Mar-a-Lago"));
    }

    #[test]
    fn initialisms_keep_their_period() {
        assert_eq!(
            words("the U.S. and 5 p.m. e.g."),
            ["the", "U.S.", "and", "5", "p.m.", "e.g."]
        );
        assert_eq!(words("U.S.-Japan"), ["U.S.", "-", "Japan"]);
        assert_eq!(
            words("the U.S.A. and N.Y.C. a.k.a. home"),
            ["the", "U.S.A.", "and", "N.Y.C.", "a.k.a.", "home"]
        );
        assert_eq!(words("Dr. No."), ["Dr", ".", "No", "."]);
    }

    #[test]
    fn numbers() {
        assert_eq!(
            words("1,000 9.5 2:45 7-2 2017-03-16 3/16/2017 3rd 1.13bn 10-day"),
            [
                "1,000",
                "9.5",
                "2:45",
                "7-2",
                "2017-03-16",
                "3/16/2017",
                "3rd",
                "1.13bn",
                "10",
                "-",
                "day"
            ]
        );
        assert!(toks("1,000").iter().all(|(k, _)| *k == Number));
        assert_eq!(words("in 2017."), ["in", "2017", "."]);
    }

    #[test]
    fn quotes_curly_straight_and_guillemets() {
        let t = toks("“Yes,” he said. \"No\" « oui » ‘single’");
        let q: Vec<_> = t
            .iter()
            .filter(|(k, _)| matches!(k, OpenQuote | CloseQuote))
            .copied()
            .collect();
        assert_eq!(
            q,
            [
                (OpenQuote, "“"),
                (CloseQuote, "”"),
                (OpenQuote, "\""),
                (CloseQuote, "\""),
                (OpenQuote, "«"),
                (CloseQuote, "»"),
                (OpenQuote, "‘"),
                (CloseQuote, "’"),
            ]
        );
    }

    #[test]
    fn straight_quote_after_word_closes() {
        let t = toks("the \"U.S.-Japan Economic Dialogue\" .");
        assert!(t.contains(&(OpenQuote, "\"")));
        assert!(t.contains(&(CloseQuote, "\"")));
    }

    #[test]
    fn straight_quote_after_punctuation_opens() {
        let t = toks("He said,\"We will win,\" and left.");
        let q: Vec<_> = t
            .iter()
            .filter(|(k, _)| matches!(k, OpenQuote | CloseQuote))
            .map(|x| x.0)
            .collect();
        assert_eq!(q, [OpenQuote, CloseQuote]);
    }

    #[test]
    fn soft_hyphen_and_joiners_stay_in_words() {
        assert_eq!(words("in\u{ad}formation"), ["in\u{ad}formation"]);
        assert_eq!(words("a\u{200d}b"), ["a\u{200d}b"]);
    }

    #[test]
    fn possessive_apostrophes_are_not_quotes() {
        assert_eq!(toks("States’ rights")[1], (Apostrophe, "’"));
        assert_eq!(toks("the '90s")[2], (Apostrophe, "'"));
        assert_eq!(toks("Pence’s")[0], (Word, "Pence’s"));
    }

    #[test]
    fn cp1252_quotes_when_not_utf8() {
        let input = b"\x93Hello,\x94 she said \x97 caf\xe9";
        let t: Vec<Token> = Tokens::new(input).collect();
        assert_eq!(t[0].kind, OpenQuote);
        assert!(t[0].is_invalid_utf8());
        assert_eq!(t[3].kind, CloseQuote);
        assert!(t.iter().any(|x| x.kind == Dash));
        let last = t.last().unwrap();
        assert_eq!((last.kind, last.bytes(input)), (Word, &b"caf\xe9"[..]));
    }

    #[test]
    fn dashes_and_ellipses() {
        assert_eq!(toks("a — b")[2], (Dash, "—"));
        assert_eq!(toks("a -- b")[2], (Dash, "--"));
        assert_eq!(toks("a - b")[2], (Dash, "-"));
        assert_eq!(toks("a-")[1], (Punct, "-"));
        assert_eq!(toks("closer...In")[1], (Ellipsis, "..."));
        assert_eq!(toks("wait. . . no")[1], (Ellipsis, ". . ."));
        assert_eq!(toks("so…")[1], (Ellipsis, "…"));
    }

    #[test]
    fn newlines_and_spaces() {
        assert_eq!(
            toks("a\r\nb\rc\n \u{a0}d"),
            [
                (Word, "a"),
                (Newline, "\r\n"),
                (Word, "b"),
                (Newline, "\r"),
                (Word, "c"),
                (Newline, "\n"),
                (Space, " \u{a0}"),
                (Word, "d")
            ]
        );
    }

    #[test]
    fn tokens_cover_input() {
        let s = "Hi!\u{0}\u{7f} ok\u{2028}“x” 'y' \u{feff}";
        let mut pos = 0;
        for t in Tokens::new(s.as_bytes()) {
            assert_eq!(t.span.start as usize, pos);
            assert!(t.span.end > t.span.start);
            pos = t.span.end as usize;
        }
        assert_eq!(pos, s.len());
    }
}
