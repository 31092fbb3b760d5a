//! The readable reference scanner: one character class at a time, every
//! rule spelled out. [`super::Tokens`] takes fast paths for the commonest
//! ASCII tokens and falls back to its scanner here for the rest; a
//! property test checks that both give the same tokens on any input.

use super::{Token, TokenKind};
use crate::span::{to_u32, Span};
use crate::text::{decode, Ch};

/// The reference tokenizer: same tokens as [`crate::Tokens`], slower.
///
/// # Example
/// ```
/// let text = "“Yes,” she said.".as_bytes();
/// let fast: Vec<_> = newsprint::Tokens::new(text).collect();
/// let reference: Vec<_> = newsprint::token_reference::Tokens::new(text).collect();
/// assert_eq!(fast, reference);
/// ```
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    pub(super) input: &'a [u8],
    pub(super) pos: usize,
    /// The previous token leaves an opening context (start, space, newline,
    /// opening bracket, dash, opening quote): a straight quote here opens.
    pub(super) opener: bool,
    /// The previous token is punctuation (`,`, `:`).
    pub(super) after_punct: bool,
    /// A straight double quote opened on this line and not yet closed.
    pub(super) double_open: bool,
    /// A single quote opened on this line and not yet closed.
    pub(super) single_open: bool,
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
    pub(super) fn scan(&mut self) -> (TokenKind, usize, bool) {
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

    /// Yield the token from `self.pos` to `end` and carry the state the
    /// next token's quote reading needs.
    #[inline]
    pub(super) fn emit(&mut self, kind: TokenKind, end: usize, invalid: bool) -> Token {
        let start = self.pos;
        self.pos = end;
        let last = self.input[end - 1];
        self.carry(kind, last);
        let mut flags = if invalid { Token::INVALID_UTF8 } else { 0 };
        if Token::may_end_sentence(kind, last) {
            flags |= Token::SENTENCE_MARK;
        }
        Token {
            kind,
            flags,
            span: Span::new(to_u32(start), to_u32(end)),
        }
    }

    /// Carry past a token of `kind` whose last byte is `last` the state the
    /// next token's quote reading needs.
    #[inline]
    pub(super) fn carry(&mut self, kind: TokenKind, last: u8) {
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
        // `’Mamosa`, `’M’e`, `’til`: a right single mark before a letter
        // where a word starts elides; it opens nothing (an opening single
        // mark is `‘`).
        if self.opener && ch == Ch::RightSingle && next == Some(Ch::Alpha) {
            return TokenKind::Apostrophe;
        }
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
                // (`‘` too: the ʻokina of `Nuku‘alofa` is often typed so.)
                Ch::Apos | Ch::RightSingle | Ch::LeftSingle | Ch::Hyphen | Ch::Amp => {
                    let after = end + d.len;
                    let next = self.ch_at(after);
                    let joins = match d.ch {
                        Ch::Hyphen => matches!(next, Some(Ch::Alpha | Ch::Digit)),
                        Ch::Amp => {
                            input[end - 1].is_ascii_uppercase()
                                && input.get(after).is_some_and(u8::is_ascii_uppercase)
                        }
                        // (An okina stands before a vowel: `Nuku‘alofa`, not
                        // `said‘we`.)
                        Ch::LeftSingle => matches!(
                            input.get(after).map(u8::to_ascii_lowercase),
                            Some(b'a' | b'e' | b'i' | b'o' | b'u')
                        ),
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
        let (kind, end, invalid) = self.scan();
        Some(self.emit(kind, end, invalid))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let rest = self.input.len() - self.pos;
        (usize::from(rest > 0), Some(rest))
    }
}

impl core::iter::FusedIterator for Tokens<'_> {}
