//! The zero-copy tokenizer: raw bytes in, `(kind, span)` tokens out.
//!
//! Invariants (checked by property tests):
//! - tokens are contiguous: each starts where the previous ended, the first at
//!   0 and the last ends at the input's length, so their spans rebuild the input;
//! - no token is empty, and tokenizing never fails or allocates.
//!
//! The scanner looks at each byte once. ASCII goes through a 128-entry class
//! table; other bytes are decoded as UTF-8 or, when invalid, read as
//! Windows-1252 (see [`crate::text`]). The only state carried between tokens
//! is what decides the direction of straight quote marks.

use crate::span::{to_u32, Span};
use crate::text::{decode, Ch};

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
    input: &'a [u8],
    pos: usize,
    /// The previous token leaves an opening context (start, space, newline,
    /// opening bracket, dash, opening quote): a straight quote here opens.
    opener: bool,
    /// The previous token is punctuation (`,`, `:`).
    after_punct: bool,
    /// A straight double quote opened on this line and not yet closed.
    double_open: bool,
    /// A single quote opened on this line and not yet closed.
    single_open: bool,
}

impl<'a> Tokens<'a> {
    /// Tokenize all of `input`.
    pub fn new(input: &'a [u8]) -> Tokens<'a> {
        Tokens {
            input,
            pos: 0,
            opener: true,
            after_punct: false,
            double_open: false,
            single_open: false,
        }
    }

    /// The byte offset where the next token starts.
    pub fn offset(&self) -> usize {
        self.pos
    }

    #[inline]
    fn ch_at(&self, i: usize) -> Option<Ch> {
        (i < self.input.len()).then(|| decode(self.input, i).ch)
    }

    /// Scan the token starting at `self.pos`; returns (kind, end, invalid).
    fn scan(&mut self) -> (TokenKind, usize, bool) {
        let input = self.input;
        let start = self.pos;
        let first = decode(input, start);
        let mut invalid = first.invalid;
        let mut end = start + first.len;
        let kind = match first.ch {
            Ch::Alpha => {
                let (e, inv) = self.scan_word(start, end);
                end = e;
                invalid |= inv;
                TokenKind::Word
            }
            Ch::Digit => {
                let (e, inv) = self.scan_number(end);
                end = e;
                invalid |= inv;
                TokenKind::Number
            }
            Ch::Space => {
                (end, invalid) = self.run_of(Ch::Space, end, invalid);
                TokenKind::Space
            }
            Ch::Lf | Ch::LineSep => TokenKind::Newline,
            Ch::Cr => {
                if input.get(end) == Some(&b'\n') {
                    end += 1;
                }
                TokenKind::Newline
            }
            Ch::Period => {
                if input.get(start..start + 3) == Some(b"...") {
                    end = start + 3;
                    while input.get(end) == Some(&b'.') {
                        end += 1;
                    }
                    TokenKind::Ellipsis
                } else if input.get(start..start + 5) == Some(b". . .") {
                    end = start + 5;
                    TokenKind::Ellipsis
                } else {
                    TokenKind::Punct
                }
            }
            Ch::Ellipsis => TokenKind::Ellipsis,
            Ch::Dash => {
                (end, invalid) = self.run_of(Ch::Dash, end, invalid);
                TokenKind::Dash
            }
            Ch::Hyphen => {
                if input.get(start) == Some(&b'-') && input.get(end) == Some(&b'-') {
                    while input.get(end) == Some(&b'-') {
                        end += 1;
                    }
                    TokenKind::Dash
                } else if self.opener
                    && start > 0
                    && matches!(self.ch_at(end), None | Some(Ch::Space | Ch::Lf | Ch::Cr))
                {
                    TokenKind::Dash
                } else {
                    TokenKind::Punct
                }
            }
            Ch::LeftDouble => TokenKind::OpenQuote,
            Ch::RightDouble => TokenKind::CloseQuote,
            Ch::Straight => {
                let next_blank = matches!(
                    self.ch_at(end),
                    None | Some(Ch::Space | Ch::Lf | Ch::Cr | Ch::LineSep)
                );
                let next_wordish = matches!(self.ch_at(end), Some(Ch::Alpha | Ch::Digit));
                let open = if self.opener && !next_blank {
                    true
                } else if !self.opener {
                    // `said,"We`: after punctuation, with nothing open, a quote
                    // before a word opens.
                    self.after_punct && !self.double_open && next_wordish
                } else {
                    !self.double_open
                };
                self.double_open = open;
                if open {
                    TokenKind::OpenQuote
                } else {
                    TokenKind::CloseQuote
                }
            }
            Ch::LeftSingle | Ch::Apos | Ch::RightSingle => self.single_quote(first.ch, end),
            Ch::Amp | Ch::Punct => TokenKind::Punct,
            Ch::Other => TokenKind::Other,
        };
        (kind, end, invalid)
    }

    /// Extend a token over more characters of class `ch` from `end`; returns
    /// the new end and whether any of them was invalid UTF-8.
    fn run_of(&self, ch: Ch, mut end: usize, mut invalid: bool) -> (usize, bool) {
        while end < self.input.len() {
            let d = decode(self.input, end);
            if d.ch != ch {
                break;
            }
            invalid |= d.invalid;
            end += d.len;
        }
        (end, invalid)
    }

    /// Decide what a single quote mark outside a word is.
    fn single_quote(&mut self, ch: Ch, end: usize) -> TokenKind {
        let next = self.ch_at(end);
        if next == Some(Ch::Digit) && (self.opener || ch == Ch::LeftSingle) {
            // ’90s, '17
            return TokenKind::Apostrophe;
        }
        let next_wordish = matches!(next, Some(Ch::Alpha | Ch::Digit | Ch::LeftDouble));
        if self.opener {
            if next_wordish || ch == Ch::LeftSingle {
                self.single_open = true;
                return TokenKind::OpenQuote;
            }
            if self.single_open {
                self.single_open = false;
                return TokenKind::CloseQuote;
            }
            return TokenKind::Punct;
        }
        if ch == Ch::LeftSingle {
            self.single_open = true;
            return TokenKind::OpenQuote;
        }
        if self.single_open {
            self.single_open = false;
            TokenKind::CloseQuote
        } else {
            // States’, goin'
            TokenKind::Apostrophe
        }
    }

    /// Continue a word from `end` (just after its first character).
    fn scan_word(&self, start: usize, mut end: usize) -> (usize, bool) {
        let input = self.input;
        let mut invalid = false;
        // Dotted initialism: a single ASCII letter followed by ".X." pairs.
        if end == start + 1 && input[start].is_ascii_alphabetic() {
            let mut e = end;
            while input.get(e) == Some(&b'.')
                && input.get(e + 1).is_some_and(u8::is_ascii_alphabetic)
                && input.get(e + 2) == Some(&b'.')
            {
                e += 2;
            }
            if e > end {
                // `U.S.`, `U.S.A.`, `a.k.a.`: include the final period.
                return (e + 1, false);
            }
        }
        while end < input.len() {
            let d = decode(input, end);
            match d.ch {
                Ch::Alpha | Ch::Digit => {
                    invalid |= d.invalid;
                    end += d.len;
                }
                Ch::Apos | Ch::RightSingle | Ch::Hyphen | Ch::Amp => {
                    let after = end + d.len;
                    let next = self.ch_at(after);
                    let joins = match d.ch {
                        Ch::Hyphen => matches!(next, Some(Ch::Alpha | Ch::Digit)),
                        Ch::Amp => {
                            input[end - 1].is_ascii_uppercase()
                                && input.get(after).is_some_and(u8::is_ascii_uppercase)
                        }
                        _ => next == Some(Ch::Alpha),
                    };
                    if !joins {
                        break;
                    }
                    invalid |= d.invalid;
                    end = after;
                }
                _ => break,
            }
        }
        (end, invalid)
    }

    /// Continue a number from `end` (just after its first digit).
    fn scan_number(&self, mut end: usize) -> (usize, bool) {
        let input = self.input;
        let mut invalid = false;
        while end < input.len() {
            let b = input[end];
            if b.is_ascii_digit() {
                end += 1;
            } else if matches!(b, b',' | b'.' | b':' | b'/' | b'-')
                && input.get(end + 1).is_some_and(u8::is_ascii_digit)
            {
                end += 2;
            } else {
                let d = decode(input, end);
                if d.ch == Ch::Alpha {
                    // 3rd, 1990s, 1.13bn, 10am, 5G
                    invalid |= d.invalid;
                    end += d.len;
                    while end < input.len() {
                        let d = decode(input, end);
                        if !matches!(d.ch, Ch::Alpha | Ch::Digit) {
                            break;
                        }
                        invalid |= d.invalid;
                        end += d.len;
                    }
                }
                break;
            }
        }
        (end, invalid)
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    #[inline]
    fn next(&mut self) -> Option<Token> {
        if self.pos >= self.input.len() {
            return None;
        }
        let start = self.pos;
        let (kind, end, invalid) = self.scan();
        self.pos = end;
        let last = self.input[end - 1];
        self.after_punct = kind == TokenKind::Punct;
        self.opener = match kind {
            TokenKind::Space | TokenKind::Newline | TokenKind::OpenQuote | TokenKind::Dash => true,
            TokenKind::Punct => matches!(last, b'(' | b'[' | b'{' | b'/' | b'-' | b'>'),
            _ => false,
        };
        if kind == TokenKind::Newline {
            self.double_open = false;
            self.single_open = false;
        }
        Some(Token {
            kind,
            flags: if invalid { Token::INVALID_UTF8 } else { 0 },
            span: Span::new(to_u32(start), to_u32(end)),
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let rest = self.input.len() - self.pos;
        (usize::from(rest > 0), Some(rest))
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
