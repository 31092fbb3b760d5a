//! The zero-copy tokenizer: raw bytes in, `(kind, span)` tokens out.
//!
//! Invariants (checked by property tests):
//! - tokens are contiguous: each starts where the previous ended, the first at
//!   0 and the last ends at the input's length, so their spans rebuild the input;
//! - no token is empty, and tokenizing never fails or allocates.
//!
//! [`reference`] is the readable scanner that defines the tokens: it decodes
//! UTF-8 or, when invalid, reads Windows-1252 (see [`crate::text`]). [`Tokens`]
//! gives the same tokens faster, in the spirit of simdjson's first stage: it
//! marks the token boundaries of 64 bytes at a time in a bitmask (letters
//! and digits join, anything else stands alone), walks the mask with
//! `trailing_zeros`, and checks each token with one table lookup of the byte
//! after it. A token that some rule may change (quote marks, hyphens,
//! apostrophes, initialisms, separators in numbers, runs of white space,
//! non-ASCII bytes) goes to the reference scanner, except the commonest
//! cases that a look at the next bytes settles: a number before `, ` or
//! `. `, a word before a closing `”`, and the marks `“ ” … —` themselves,
//! which are always one token (see [`ends_anyway`] and [`typographic`]).
//! The only state carried
//! between tokens is what decides the direction of quote marks; the fast
//! path leaves it to be brought up to date when the reference scanner next
//! needs it.

use crate::span::{to_u32, Span};

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
    /// Bit flags: [`Token::INVALID_UTF8`], [`Token::SENTENCE_MARK`].
    pub flags: u8,
    /// Where the token is.
    pub span: Span,
}

impl Token {
    /// Flag: the token contains bytes that are not valid UTF-8 (read as
    /// Windows-1252).
    pub const INVALID_UTF8: u8 = 1;

    /// Flag: the token may end a sentence or mark a list item, which
    /// [`sentences::split`](crate::sentences::split) looks at and at
    /// nothing else inside a sentence: an ellipsis, a word ending in `.`
    /// (`U.S.`), or the punctuation `.`, `?`, `!` or any non-ASCII mark
    /// (bullets among them). Both tokenizers set it as
    /// [`Token::may_end_sentence`] says.
    pub const SENTENCE_MARK: u8 = 2;

    /// Whether a token of `kind` whose last byte is `last` gets
    /// [`Token::SENTENCE_MARK`].
    #[inline]
    pub const fn may_end_sentence(kind: TokenKind, last: u8) -> bool {
        match kind {
            TokenKind::Ellipsis => true,
            TokenKind::Word => last == b'.',
            TokenKind::Punct => matches!(last, b'.' | b'?' | b'!') || last >= 0x80,
            _ => false,
        }
    }

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

    /// Whether the token has [`Token::SENTENCE_MARK`].
    #[inline]
    pub fn is_sentence_mark(self) -> bool {
        self.flags & Token::SENTENCE_MARK != 0
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
/// plain punctuation, and the marks `“ ” … – —`) are read from a bitmask of
/// token boundaries made for 64 bytes at a time; anything that needs a rule
/// (straight quote marks, hyphens, apostrophes, initialisms, separators in
/// numbers, runs of white space, other non-ASCII bytes) goes to the
/// [reference scanner](crate::token_reference), which defines what the
/// tokens are.
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
    /// Where the fast path is.
    cursor: Cursor<'a>,
    /// The reference scanner, for tokens that need a rule, and where its
    /// quote state stands.
    rules: Rules<'a>,
}

/// The fast path's position: kept apart from [`Rules`] so that a loop over
/// tokens can hold it in registers.
#[derive(Clone, Copy, Debug)]
struct Cursor<'a> {
    input: &'a [u8],
    /// Where the next token starts.
    pos: usize,
    /// Where `ends`' 64-byte block starts.
    base: usize,
    /// Bit `j` set: a fast token may end after byte `base + j`. Only bits at
    /// `pos - base` and above are kept; 0 means "make the next block".
    ends: u64,
    /// The class of the byte at `pos` (read as the byte after the previous
    /// token), see [`CLASS`].
    next: u32,
}

/// The reference scanner and the position its quote state belongs to.
#[derive(Clone, Debug)]
struct Rules<'a> {
    /// Its quote state is that after the token ending at `synced`: fast
    /// tokens do not keep it up to date (see [`Rules::sync`]).
    inner: reference::Tokens<'a>,
    synced: usize,
}

impl<'a> Tokens<'a> {
    /// Tokenize all of `input`.
    pub fn new(input: &'a [u8]) -> Tokens<'a> {
        Tokens {
            cursor: Cursor {
                input,
                pos: 0,
                base: 0,
                ends: 0,
                next: class_at(input, 0),
            },
            rules: Rules {
                inner: reference::Tokens::new(input),
                synced: 0,
            },
        }
    }

    /// The byte offset where the next token starts.
    pub fn offset(&self) -> usize {
        self.cursor.pos
    }
}

impl<'a> Cursor<'a> {
    /// The next token if the boundary mask reads it without any rule: the
    /// run from `pos` to the next boundary, when the class of its first
    /// byte and of the byte after it show that no rule of the reference
    /// scanner applies. Returns the token's kind (as in [`KINDS`]), start
    /// and end.
    #[inline(always)]
    fn fast(&mut self) -> Option<(u32, usize, usize)> {
        let mut ends = self.ends;
        if ends == 0 {
            // The next block, from the token's start.
            ends = boundaries(self.input, self.pos);
            self.base = self.pos;
            self.ends = ends;
            if ends == 0 {
                return None;
            }
        }
        let start = self.pos;
        let end = self.base + ends.trailing_zeros() as usize + 1;
        // The token's rules against what the byte after it may start.
        let lead = self.next;
        let after = class_at(self.input, end);
        let mut follow = after >> FOLLOW;
        if end - start > 1 {
            // Only a single letter may start an initialism.
            follow &= !INITIAL;
        }
        if lead & follow & 0xFF != 0 && !ends_anyway(self.input, lead, end) {
            return None;
        }
        self.ends = ends & (ends - 1);
        self.pos = end;
        self.next = after;
        Some((lead >> KIND, start, end))
    }

    /// The next token when [`Cursor::fast`] cannot read it: a typographic
    /// mark ([`typographic`]) read here, or any other token read with the
    /// reference scanner.
    #[inline(always)]
    fn slow(&mut self, rules: &mut Rules<'_>) -> Option<Token> {
        let start = self.pos;
        if start >= self.input.len() {
            return None;
        }
        let token = match typographic(self.input.get(start..).unwrap_or_default()) {
            // A typographic mark needs no rule, nor the quote state.
            Some(kind) => {
                let end = start + 3;
                Token {
                    kind,
                    flags: if kind == TokenKind::Ellipsis {
                        Token::SENTENCE_MARK
                    } else {
                        0
                    },
                    span: Span::new(to_u32(start), to_u32(end)),
                }
            }
            None => rules.read(start),
        };
        let end = token.span.end as usize;
        self.pos = end;
        self.next = class_at(self.input, end);
        // Drop the boundaries inside the token.
        self.ends = match end - self.base {
            rel @ 0..=63 => self.ends & (!0 << rel),
            _ => 0,
        };
        Some(token)
    }
}

impl Rules<'_> {
    /// Read the token at `start` with the reference scanner.
    #[inline(never)]
    fn read(&mut self, start: usize) -> Token {
        self.sync(start);
        let inner = &mut self.inner;
        inner.pos = start;
        let (kind, end, invalid) = inner.scan();
        self.synced = end;
        inner.emit(kind, end, invalid)
    }

    /// Bring the reference scanner's quote state up to the token starting
    /// at `start`. Fast tokens leave it as it was after the last token the
    /// reference scanner read; what the tokens since then changed depends
    /// only on the last one, whose kind its last byte tells, and on whether
    /// a newline was among them (a fast token holds no LF or CR otherwise).
    fn sync(&mut self, start: usize) {
        if self.synced == start {
            return;
        }
        let inner = &mut self.inner;
        if let Some(&last) = start.checked_sub(1).and_then(|i| inner.input.get(i)) {
            // A fast token is ASCII, or one of the typographic marks, whose
            // last byte tells which.
            let last_kind = match last {
                0x9C => TokenKind::OpenQuote,
                0x9D => TokenKind::CloseQuote,
                0x93 | 0x94 => TokenKind::Dash,
                0xA6 => TokenKind::Ellipsis,
                _ => kind(CLASS[usize::from(last)]),
            };
            inner.carry(last_kind, last);
        }
        if inner.double_open || inner.single_open {
            let since = inner.input.get(self.synced..start).unwrap_or_default();
            if memchr::memchr2(b'\n', b'\r', since).is_some() {
                inner.double_open = false;
                inner.single_open = false;
            }
        }
        self.synced = start;
    }
}

/// The kind of the typographic mark that `rest` starts with, if it is one
/// the fast path reads itself: `“`, `”`, `…`, and `–` or `—` before an
/// ASCII byte or the end (not before another dash, which the reference
/// scanner joins). Whatever surrounds them, these are one token of three
/// bytes, and they change no quote state but what [`Rules::sync`] carries.
#[inline]
fn typographic(rest: &[u8]) -> Option<TokenKind> {
    match rest {
        [0xE2, 0x80, 0x9C, ..] => Some(TokenKind::OpenQuote),
        [0xE2, 0x80, 0x9D, ..] => Some(TokenKind::CloseQuote),
        [0xE2, 0x80, 0xA6, ..] => Some(TokenKind::Ellipsis),
        [0xE2, 0x80, 0x93 | 0x94] => Some(TokenKind::Dash),
        [0xE2, 0x80, 0x93 | 0x94, next, ..] if *next < 0x80 => Some(TokenKind::Dash),
        _ => None,
    }
}

/// Whether a fast token of class `lead` ends at `end` although the byte
/// there has a rule that might continue it, because the bytes from `end`
/// show that the rule does not apply. Two cases cover most such tokens in
/// news text:
/// - an ASCII joiner or separator (`'`, `&`, `-` after a word; `,`, `.`,
///   `:`, `/`, `-` after a number; `.` after a single letter) followed by
///   the end or an ASCII byte that is no letter or digit (`2017, `, `in
///   2017.`, `the U`), since each rule needs a letter or digit after it;
/// - a word, number or space before a typographic quote mark, dash or
///   ellipsis, which continues none of them.
///
/// Never for white space before white space, for periods before periods,
/// nor for tokens that always take the reference scanner.
#[inline(never)]
fn ends_anyway(input: &[u8], lead: u32, end: usize) -> bool {
    if lead & RULE != 0 {
        return false;
    }
    let rest = input.get(end..).unwrap_or_default();
    match rest {
        [0xE2, 0x80, 0x93 | 0x94 | 0x9C | 0x9D | 0xA6, ..] => true,
        [joiner, after @ ..] if *joiner < 0x80 => {
            let rules = lead & CLASS[usize::from(*joiner)] >> FOLLOW & 0xFF;
            rules & (SPACE | PERIOD) == 0
                && after
                    .first()
                    .is_none_or(|&b| b < 0x80 && !b.is_ascii_alphanumeric())
        }
        _ => false,
    }
}

/// The boundary mask of the 64 bytes of `input` from `start`: bit `j` set
/// when a fast token may end after byte `start + j`, none past the input.
#[inline]
fn boundaries(input: &[u8], start: usize) -> u64 {
    // Offsets beyond `u32` saturate in spans: leave them to the reference
    // scanner.
    if start > u32::MAX as usize - 128 {
        return 0;
    }
    let rest = input.get(start..).unwrap_or_default();
    match rest.first_chunk::<WINDOW>() {
        Some(window) => ends_mask(window),
        None => {
            // The end of the input: pad with a byte that ends a token, and
            // keep no boundary past the input.
            let mut window = [0; WINDOW];
            for (to, &from) in window.iter_mut().zip(rest) {
                *to = from;
            }
            let valid = match rest.len() {
                n @ 0..=63 => (1 << n) - 1,
                _ => !0,
            };
            ends_mask(&window) & valid
        }
    }
}

/// A block's 64 bytes and the two after them, which decide whether its
/// last bytes join the next ones.
const WINDOW: usize = 66;

/// Bit `j` set iff `window[j]` and `window[j + 1]` are not in one token
/// for the fast path: letters and digits join, and CR joins a following LF.
/// A period joins a space before another period (`. .`, which may be an
/// ellipsis), so that a period follows the token it starts, which sends it
/// to the reference scanner.
#[inline]
fn ends_mask(window: &[u8; WINDOW]) -> u64 {
    // One flag per byte first: this loop compiles to vector compares.
    let mut flags = [0u8; 64];
    let (_, next) = window.split_at(1);
    let (_, after) = window.split_at(2);
    for (((flag, &a), &b), &c) in flags.iter_mut().zip(window).zip(next).zip(after) {
        let joined = (is_alnum(a) & is_alnum(b))
            | ((a == b'\r') & (b == b'\n'))
            | ((a == b'.') & (b == b' ') & (c == b'.'));
        *flag = u8::from(!joined);
    }
    // Then gather each 8 flags into a byte with a multiplication.
    let mut mask = 0;
    for (k, chunk) in flags.chunks_exact(8).enumerate() {
        let word = chunk.try_into().map_or(0, u64::from_le_bytes);
        mask |= (word.wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * k);
    }
    mask
}

/// An ASCII letter or digit: `(b | 0x20) - 'a' < 26` or `b - '0' < 10`,
/// as signed comparisons, which vector units have.
#[inline(always)]
fn is_alnum(b: u8) -> bool {
    let letter = ((b | 0x20).wrapping_add(0x80 - b'a') as i8) < (26 - 128) as i8;
    let digit = (b.wrapping_add(0x80 - b'0') as i8) < (10 - 128) as i8;
    letter | digit
}

/// What the fast path knows of a byte, packed in a `u32` (see [`CLASS`]):
/// the rule bits of a token it starts (the low byte), the rule bits it
/// triggers as the byte after a token (from bit [`FOLLOW`]), and the kind
/// of a token it starts (an index in [`KINDS`], from bit [`KIND`]).
const FOLLOW: u32 = 8;
/// See [`FOLLOW`].
const KIND: u32 = 16;
/// Bit of [`CLASS`] set for the bytes that make a fast token a
/// [`Token::SENTENCE_MARK`] (`.`, `?`, `!`): the kind index's bit 3, so
/// that [`token`] reads the flag from what it already has.
const MARK: u32 = 1 << (KIND + 3);

/// Token kinds by index, for [`CLASS`].
const KINDS: [TokenKind; 8] = [
    TokenKind::Word,
    TokenKind::Number,
    TokenKind::Punct,
    TokenKind::Space,
    TokenKind::Newline,
    TokenKind::Other,
    TokenKind::Other,
    TokenKind::Other,
];

/// The kind of a fast token by the class of its first byte.
#[inline(always)]
fn kind(class: u32) -> TokenKind {
    KINDS[(class >> KIND & 7) as usize]
}

/// Rule bits. A token whose rules share a bit with the follow of the byte
/// after it goes to the reference scanner.
///
/// A letter-led run of letters and digits: joiners or non-ASCII letters may
/// continue it.
const WORD: u32 = 1;
/// A digit-led run: separators (`1,000`, `7-2`) or non-ASCII letters may
/// continue it.
const NUMBER: u32 = 2;
/// A space: more white space may continue it.
const SPACE: u32 = 4;
/// A period: it may start an ellipsis (`...`, and `. .`, which the boundary
/// mask joins so that a period follows the token).
const PERIOD: u32 = 8;
/// A single letter before a period may start an initialism (`U.S.`).
const INITIAL: u32 = 16;
/// Always read by the reference scanner (every follow has it).
const RULE: u32 = 32;

/// The class of every byte.
static CLASS: [u32; 256] = {
    const fn class(kind: TokenKind, rules: u32, follow: u32) -> u32 {
        let kind = match kind {
            TokenKind::Word => 0,
            TokenKind::Number => 1,
            TokenKind::Punct => 2,
            TokenKind::Space => 3,
            TokenKind::Newline => 4,
            _ => 5,
        };
        kind << KIND | rules | (RULE | follow) << FOLLOW
    }
    const fn mark(b: u8) -> u32 {
        if matches!(b, b'.' | b'?' | b'!') {
            MARK
        } else {
            0
        }
    }
    let mut t = [class(TokenKind::Other, RULE, WORD | NUMBER | SPACE); 256];
    let mut b = 0;
    while b < 128 {
        let (kind, rules) = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => (TokenKind::Word, WORD | INITIAL),
            b'0'..=b'9' => (TokenKind::Number, NUMBER),
            b' ' => (TokenKind::Space, SPACE),
            b'\n' | b'\r' => (TokenKind::Newline, 0),
            b'.' => (TokenKind::Punct, PERIOD),
            // Quote marks, apostrophes, hyphens, other white space.
            b'"' | b'\'' | b'-' | b'\t' | 0x0B | 0x0C => (TokenKind::Other, RULE),
            0x00..=0x1F | 0x7F => (TokenKind::Other, 0),
            _ => (TokenKind::Punct, 0),
        };
        let follow = match b as u8 {
            b'\'' | b'&' => WORD,
            b'-' => WORD | NUMBER,
            b',' | b':' | b'/' => NUMBER,
            b'.' => NUMBER | PERIOD | INITIAL,
            b' ' | b'\t' | 0x0B | 0x0C => SPACE,
            _ => 0,
        };
        t[b] = class(kind, rules, follow) | mark(b as u8);
        b += 1;
    }
    t
};

/// The class of `input[i]`; past the input, one that no rule follows.
#[inline(always)]
fn class_at(input: &[u8], i: usize) -> u32 {
    match input.get(i) {
        Some(&b) => CLASS[usize::from(b)],
        None => RULE << FOLLOW,
    }
}

/// The token the fast path read.
#[inline(always)]
fn token((kind_index, start, end): (u32, usize, usize)) -> Token {
    Token {
        kind: KINDS[(kind_index & 7) as usize],
        // Bit 3 of the kind index is `MARK`.
        flags: (kind_index >> 2 & u32::from(Token::SENTENCE_MARK)) as u8,
        // `boundaries` makes no block that reaches `u32::MAX`.
        span: Span {
            start: start as u32,
            end: end as u32,
        },
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    #[inline]
    fn next(&mut self) -> Option<Token> {
        if let Some(fast) = self.cursor.fast() {
            return Some(token(fast));
        }
        self.cursor.slow(&mut self.rules)
    }

    fn fold<B, F>(self, init: B, mut f: F) -> B
    where
        F: FnMut(B, Token) -> B,
    {
        // The same loop as `next`, with the cursor in a local.
        let Tokens {
            mut cursor,
            mut rules,
        } = self;
        let mut acc = init;
        loop {
            if let Some(fast) = cursor.fast() {
                acc = f(acc, token(fast));
                continue;
            }
            match cursor.slow(&mut rules) {
                Some(token) => acc = f(acc, token),
                None => return acc,
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let rest = self.cursor.input.len().saturating_sub(self.cursor.pos);
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
    fn an_okina_typed_as_an_opening_single_quote_stays_in_its_word() {
        assert_eq!(
            words("Nuku\u{2018}alofa and \u{2018}quoted\u{2019}"),
            ["Nuku\u{2018}alofa", "and", "\u{2018}", "quoted", "\u{2019}"]
        );
        // (Before a consonant it is a quote mark set close: `said‘we`.)
        assert_eq!(words("said\u{2018}we"), ["said", "\u{2018}", "we"]);
    }

    #[test]
    fn possessive_apostrophes_are_not_quotes() {
        assert_eq!(toks("States’ rights")[1], (Apostrophe, "’"));
        assert_eq!(toks("the '90s")[2], (Apostrophe, "'"));
        assert_eq!(toks("Pence’s")[0], (Word, "Pence’s"));
        // A right mark where a word starts elides (`’Mamosa`, `’Tis`),
        // also inside a single quotation, which the next mark closes.
        assert_eq!(toks("said ’Mamosa")[2], (Apostrophe, "’"));
        let t = toks("‘yes ’Tis’");
        assert_eq!(t[0], (OpenQuote, "‘"));
        assert_eq!(t[3], (Apostrophe, "’"));
        assert_eq!(t[5], (CloseQuote, "’"));
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
    fn fast_path_matches_the_reference_across_blocks() {
        // Token ends at every offset of a 64-byte block, runs longer than a
        // block, and the end of the input in every position.
        let tails: [&[u8]; 10] = [
            b"ab cd, 12 U.S. x",
            b"word\r\nnext",
            b". . . 1,000 it's",
            b"  \t spaces",
            "country\u{2019}s \u{201c}q\u{201d}".as_bytes(),
            b"\"quoted\" 'x'",
            b"\xe9t\xe9 caf\xe9",
            b"end.",
            "said\u{201d} \u{201c}Yes\u{2014}no\u{2026} 2017\u{2013}18 \u{2014}\u{2014}".as_bytes(),
            b"in 2017. 5, 6: a- b' c&. 7/ x",
        ];
        for pad in 0..140 {
            for fill in [b'a', b'7', b' ', b'.', b'-'] {
                for tail in tails {
                    let mut input = vec![fill; pad];
                    input.extend_from_slice(tail);
                    for len in [input.len(), input.len().saturating_sub(3)] {
                        let input = &input[..len];
                        let fast: Vec<Token> = Tokens::new(input).collect();
                        let slow: Vec<Token> = reference::Tokens::new(input).collect();
                        assert_eq!(fast, slow, "{:?}", String::from_utf8_lossy(input));
                    }
                }
            }
        }
    }

    #[test]
    fn sentence_marks_are_flagged_by_both_tokenizers() {
        let s = "In the U.S. ok. Why? Yes! so… wait... • item, done: a-b 3.5 “q.”";
        let marked = |t: &Token| t.is_sentence_mark();
        let fast: Vec<&str> = Tokens::new(s.as_bytes())
            .filter(marked)
            .map(|t| &s[t.span.range()])
            .collect();
        assert_eq!(fast, ["U.S.", ".", "?", "!", "…", "...", "•", "."]);
        let slow: Vec<Token> = reference::Tokens::new(s.as_bytes()).collect();
        let fast: Vec<Token> = Tokens::new(s.as_bytes()).collect();
        assert_eq!(fast, slow);
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
