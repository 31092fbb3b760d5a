//! The rule-based sentence splitter, over tokens.
//!
//! [`split`] finds the same sentences as [`reference::split`], which spells
//! out the rules one token at a time, but looks at few tokens. Inside a
//! sentence a token can change anything only if it may be a terminal mark
//! (it ends in `.`, `?` or `!`, or is an ellipsis), a bullet, or, in an item
//! opened by `1.` or `a)`, the next number or letter. The tokenizer flags
//! the first two kinds ([`Token::SENTENCE_MARK`]); one bit per token, read 64
//! tokens at a time without a branch per token, turns everything else away,
//! and the rules, and their word-list lookups, run only at the tokens left,
//! the commonest shape (`word. Next`) by a shortcut. A property test checks
//! that both splitters agree.

use crate::lexicon::{self, contains};
use crate::span::Span;
use crate::token::{Token, TokenKind};

pub mod reference;

use reference::{
    agency_tag_follows, attribution_follows, ellipsis_ends, goes_on_into, is_calendar_word,
    is_initial, is_pronoun_i, list_marker, numbered_follows, opens_name_short, opens_sentence,
    spelled_zone_follows, weekday_before_date, Marker,
};
pub(crate) use reference::{is_blank, is_closer, is_terminal};

/// Call `emit` with the span of each sentence in `tokens` (the tokens of one
/// block, in order). Sentence spans are trimmed of surrounding white space.
/// The rules are those of [`reference::split`], and so are the sentences,
/// for tokens as [`Tokens`](crate::Tokens) makes them: inside a sentence
/// only tokens flagged [`Token::SENTENCE_MARK`] are looked at, so tokens
/// made by hand must carry that flag wherever [`Token::may_end_sentence`]
/// holds for their last byte.
///
/// # Example
/// ```
/// use newsprint::{sentences::split, Tokens};
/// let text = "Dr. Smith arrived in the U.S. on Jan. 5. He said “yes.” Then he left".as_bytes();
/// let tokens: Vec<_> = Tokens::new(text).collect();
/// let mut out = Vec::new();
/// split(text, &tokens, |s| out.push(s.slice(text)));
/// assert_eq!(out, [
///     "Dr. Smith arrived in the U.S. on Jan. 5.".as_bytes(),
///     "He said “yes.”".as_bytes(),
///     b"Then he left",
/// ]);
/// ```
pub fn split(input: &[u8], tokens: &[Token], mut emit: impl FnMut(Span)) {
    let n = tokens.len();
    let mut candidates = Candidates::new();
    let mut i = 0;
    loop {
        // A sentence opens at the next non-blank token, maybe with a list
        // marker (`2.`, `b)`, `•`), whose own period ends nothing.
        while tokens.get(i).is_some_and(|t| is_blank(*t)) {
            i += 1;
        }
        if i >= n {
            return;
        }
        let mut first = i;
        let mut marker = list_marker(input, tokens, i);
        if let Some((_, end)) = marker {
            i = end;
        }
        loop {
            // Only an item opened by a number or a letter waits for the
            // next one (`1) Eggs 2) Milk`), which can be any short word or
            // number: there every token is read.
            let numbered = matches!(marker, Some((Marker::Number(_) | Marker::Letter(_), _)));
            if !numbered {
                i = candidates.next(tokens, i);
            }
            let Some(&t) = tokens.get(i) else {
                emit(trimmed(tokens, first, n));
                return;
            };
            // (A candidate is never blank.)
            if numbered && is_blank(t) {
                i += 1;
                continue;
            }
            // The commonest shape first: see `word_period`.
            if let Some(ends) = word_period(input, tokens, i) {
                if ends {
                    emit(Span::new(tokens[first].span.start, t.span.end));
                    i += 2;
                    break;
                }
                i += 1;
                continue;
            }
            // A list item inline starts a new sentence: `1) Eggs 2) Milk`,
            // `• 9. First • 10. Second`.
            if i > first && is_blank(tokens[i - 1]) {
                if let Some((m, end)) = list_marker(input, tokens, i) {
                    if m.follows(marker.map(|x| x.0)) {
                        emit(trimmed(tokens, first, i));
                        (first, marker, i) = (i, Some((m, end)), end);
                        continue;
                    }
                }
            }
            if !is_terminal(input, t) {
                i += 1;
                continue;
            }
            let (ends, j, opens) = mark_ends(input, tokens, first, i);
            if ends {
                emit(Span::new(tokens[first].span.start, tokens[j - 1].span.end));
                i = opens;
                break;
            }
            i = j;
        }
    }
}

/// The commonest shape of a candidate, `word. Next`: a period between a
/// word and one blank, then a word that is not lower case, a number or an
/// opening quote. What the rules make of it comes down to the word before
/// the period: whether the period ends the sentence, or `None` for any
/// other shape. (The rules see no list marker after the word, glue nothing
/// to the period, and find the next sentence, if any, at `at + 2`.)
#[inline]
fn word_period(input: &[u8], tokens: &[Token], at: usize) -> Option<bool> {
    let prev = tokens.get(at.checked_sub(1)?)?;
    let (mark, gap, next) = (tokens.get(at)?, tokens.get(at + 1)?, tokens.get(at + 2)?);
    // Kinds first, with `&`: one branch for the four of them.
    let shape = (prev.kind == TokenKind::Word)
        & (mark.kind == TokenKind::Punct)
        & is_blank(*gap)
        & matches!(
            next.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::OpenQuote
        );
    if !shape || mark.bytes(input) != b"." || goes_on_into(input, *next) {
        return None;
    }
    let after = tokens.get(at + 3..).unwrap_or(&[]);
    Some(period_after_word(input, tokens, at, *next, after))
}

/// Whether the terminal mark at `tokens[at]` ends the sentence that began
/// at `tokens[first]`; the index past the mark with the terminal marks and
/// closers glued to it; and the first non-blank token after those, where
/// the next sentence opens if this one ends.
#[inline]
fn mark_ends(input: &[u8], tokens: &[Token], first: usize, at: usize) -> (bool, usize, usize) {
    let n = tokens.len();
    // Glue further terminal marks and closers: `?!`, `.”`, `.)`.
    let mut j = at + 1;
    while j < n && (is_terminal(input, tokens[j]) || is_closer(input, tokens[j])) {
        j += 1;
    }
    let mut opens = j;
    while opens < n && is_blank(tokens[opens]) {
        opens += 1;
    }
    // Control bytes (NUL and the like) read as space here, so that
    // `pages.\0 It` still ends a sentence.
    let mut k = opens;
    while k < n && (is_blank(tokens[k]) || tokens[k].kind == TokenKind::Other) {
        k += 1;
    }
    // No boundary without white space after the mark (`U.S.-Japan`,
    // `closer...In`), nor before a quote's attribution (`“Why now?”
    // Smith asked.`).
    let ends = if k == n {
        true
    } else if k == j
        || (j > at + 1
            && tokens[j - 1].kind == TokenKind::CloseQuote
            && attribution_follows(input, &tokens[k..]))
    {
        false
    } else {
        ends_here(input, tokens, first, at, k)
    };
    (ends, j, opens)
}

/// The span from `tokens[first]` to the last non-blank token before `end`.
fn trimmed(tokens: &[Token], first: usize, end: usize) -> Span {
    let last = (first..end)
        .rev()
        .find(|&x| !is_blank(tokens[x]))
        .unwrap_or(first);
    Span::new(tokens[first].span.start, tokens[last].span.end)
}

/// The tokens flagged [`Token::SENTENCE_MARK`] (that may be a terminal mark
/// or a bullet), found 64 at a time without a branch per token: a branch
/// taken at each candidate would be mispredicted at most of them.
struct Candidates {
    /// One bit per token of the chunk scanned last, the first token's the
    /// highest: whether it may matter and was not looked at yet.
    mask: u64,
    /// The index of the first token of that chunk.
    base: usize,
    /// The tokens before this index are scanned.
    scanned: usize,
}

impl Candidates {
    fn new() -> Candidates {
        Candidates {
            mask: 0,
            base: 0,
            scanned: 0,
        }
    }

    /// The index of the first flagged token from `from` on, or
    /// `tokens.len()`; `from` never decreases from one
    /// call to the next. Every token it passes over is one that
    /// [`reference::split`] would pass over too inside a sentence (unless
    /// that sentence is a numbered or lettered item).
    #[inline]
    fn next(&mut self, tokens: &[Token], from: usize) -> usize {
        loop {
            while self.mask != 0 {
                let k = self.mask.leading_zeros() as usize;
                self.mask &= !(1 << 63 >> k);
                if self.base + k >= from {
                    return self.base + k;
                }
            }
            let start = self.scanned.max(from);
            let Some(chunk) = tokens.get(start..).filter(|c| !c.is_empty()) else {
                return tokens.len();
            };
            let chunk = chunk.get(..64).unwrap_or(chunk);
            let mut mask = 0u64;
            for t in chunk {
                mask = mask << 1 | u64::from(t.is_sentence_mark());
            }
            // The first token's bit the highest.
            self.mask = mask << ((64 - chunk.len()) % 64);
            self.base = start;
            self.scanned = start + chunk.len();
        }
    }
}

/// Does the terminal mark at `tokens[at]` end the sentence that began at
/// `tokens[first]`, given that `tokens[next]` is the next non-blank token?
/// The rules of the reference's `ends_here`, with each word-list lookup and
/// count made only when a rule needs it.
fn ends_here(input: &[u8], tokens: &[Token], first: usize, at: usize, next: usize) -> bool {
    let after = tokens.get(next + 1..).unwrap_or(&[]);
    let next = tokens[next];
    let next_bytes = next.bytes(input);
    if goes_on_into(input, next) || agency_tag_follows(input, next, after) {
        return false;
    }
    let mark = tokens[at];
    let mark_bytes = mark.bytes(input);
    // An ambiguous abbreviation closes a sentence only after a few words:
    // `At 5 a.m. Mr. Smith went` is one sentence.
    let few_words_before = || {
        tokens[first..at]
            .iter()
            .filter(|t| t.is_wordlike())
            .take(3)
            .count()
            < 3
    };
    let next_is_starter = || opens_sentence(input, next, after);
    match mark.kind {
        // `?` or `!`: a new sentence unless what follows is lower case.
        TokenKind::Punct if mark_bytes != b"." => true,
        TokenKind::Ellipsis => ellipsis_ends(input, next),
        TokenKind::Word => {
            // A dotted initialism: `U.S.`, `p.m.`, `e.g.`.
            if contains(lexicon::NEVER_FINAL, mark_bytes) || few_words_before() {
                return false;
            }
            if mark_bytes.eq_ignore_ascii_case(b"a.m.") || mark_bytes.eq_ignore_ascii_case(b"p.m.")
            {
                // `at 2:45 p.m. Crews arrived`, but `8 p.m. Tuesday`, `p.m. EST`,
                // `a.m. Eastern Time`.
                return !spelled_zone_follows(input, next, after)
                    && (next_is_starter()
                        || (next.kind == TokenKind::Word && !is_calendar_word(next_bytes)));
            }
            next_is_starter()
        }
        _ => {
            // A period after whatever precedes it.
            let Some(p) = at.checked_sub(1).map(|p| tokens[p]) else {
                return true;
            };
            match p.kind {
                TokenKind::Word => period_after_word(input, tokens, at, next, after),
                // `1. First item`: a list number opening the sentence.
                TokenKind::Number => at - 1 != first,
                // `N°. 1026`
                _ => !(p.bytes(input) == "°".as_bytes() && next.kind == TokenKind::Number),
            }
        }
    }
}

/// Whether a period at `tokens[at]` after a word ends a sentence, given the
/// next non-blank token `next` and the tokens `after` it.
#[inline]
fn period_after_word(
    input: &[u8],
    tokens: &[Token],
    at: usize,
    next: Token,
    after: &[Token],
) -> bool {
    let p = tokens[at - 1];
    let w = p.bytes(input);
    let lists = ABBREVIATIONS.lists_of_span(input, p.span);
    if lists & TITLE != 0 {
        return false;
    }
    if lists & NUMERIC != 0 && numbered_follows(input, next, w) {
        return false;
    }
    if weekday_before_date(input, w, next) {
        return false;
    }
    if (is_initial(w) || opens_name_short(input, tokens, at - 1)) && next.kind == TokenKind::Word {
        // `John F. Kennedy`, unless a lower-case word before it makes it
        // the pronoun (`me and I. Did`).
        if !is_pronoun_i(input, tokens, at - 1) {
            return opens_sentence(input, next, after);
        }
    }
    if w.eq_ignore_ascii_case(b"etc") {
        return true;
    }
    if lists & OTHER != 0 {
        return opens_sentence(input, next, after);
    }
    true
}

/// Bits of [`Abbreviations::lists_of_span`]: the word is in
/// [`lexicon::TITLE_ABBREVIATIONS`], [`lexicon::NUMERIC_ABBREVIATIONS`],
/// [`lexicon::OTHER_ABBREVIATIONS`].
const TITLE: u8 = 1;
const NUMERIC: u8 = 2;
const OTHER: u8 = 4;

/// The three abbreviation lists a word before a period is looked up in, as
/// one table: every listed word is at most eight ASCII letters, so a word is
/// packed into a `u64`, and one multiplication finds the only slot it can
/// be in, where each list would cost a filter, a hash and maybe a search.
static ABBREVIATIONS: Abbreviations = Abbreviations::new([
    (lexicon::TITLE_ABBREVIATIONS, TITLE),
    (lexicon::NUMERIC_ABBREVIATIONS, NUMERIC),
    (lexicon::OTHER_ABBREVIATIONS, OTHER),
]);

/// Slots of the [`Abbreviations`] table: 2^`SLOT_BITS`, ten times the words,
/// so that a multiplier giving each word a slot of its own is soon found.
const SLOT_BITS: u32 = 10;

/// Words the [`Abbreviations`] table can hold, less one.
const MAX_WORDS: usize = 255;

/// A perfect hash table from packed words to the lists holding them.
struct Abbreviations {
    /// The multiplier that gives every listed word a slot of its own.
    multiplier: u64,
    /// For each slot, the index of its word in `keys`, or 0.
    slots: [u8; 1 << SLOT_BITS],
    /// The packed words from index 1 on; `keys[0]` is 0, which no word
    /// packs to.
    keys: [u64; MAX_WORDS + 1],
    /// The bits of the lists each word is in.
    lists: [u8; MAX_WORDS + 1],
}

impl Abbreviations {
    /// The table of the words of `sets`, each set with its bit.
    const fn new(sets: [(&lexicon::WordSet, u8); 3]) -> Abbreviations {
        let mut keys = [0u64; MAX_WORDS + 1];
        let mut lists = [0u8; MAX_WORDS + 1];
        let mut len = 1;
        let mut s = 0;
        while s < sets.len() {
            let (set, bit) = sets[s];
            let words = set.words();
            let mut k = 0;
            while k < words.len() {
                let Some(key) = Abbreviations::pack(words[k].as_bytes()) else {
                    panic!("an abbreviation must be one to eight ASCII letters");
                };
                // A word in two lists has one entry with both bits.
                let mut e = 1;
                while e < len && keys[e] != key {
                    e += 1;
                }
                if e == len {
                    assert!(len <= MAX_WORDS, "too many abbreviations");
                    keys[e] = key;
                    len += 1;
                }
                lists[e] |= bit;
                k += 1;
            }
            s += 1;
        }
        // Odd multipliers from a fixed sequence, until one gives every word
        // a slot of its own.
        let mut tries: u64 = 0;
        while tries < 100_000 {
            let multiplier = 0x9E37_79B9_7F4A_7C15u64.wrapping_mul(2 * tries + 1) | 1;
            let mut slots = [0u8; 1 << SLOT_BITS];
            let mut e = 1;
            while e < len {
                let slot = Abbreviations::slot(multiplier, keys[e]);
                if slots[slot] != 0 {
                    break;
                }
                slots[slot] = e as u8;
                e += 1;
            }
            if e == len {
                return Abbreviations {
                    multiplier,
                    slots,
                    keys,
                    lists,
                };
            }
            tries += 1;
        }
        panic!("no perfect hash for the abbreviations");
    }

    /// One to eight ASCII letters, lower-cased, as the bytes of a `u64`
    /// (the first letter highest); `None` for anything else, which no list
    /// holds.
    const fn pack(w: &[u8]) -> Option<u64> {
        if w.is_empty() || w.len() > 8 {
            return None;
        }
        let mut key = 0u64;
        let mut i = 0;
        while i < w.len() {
            if !w[i].is_ascii_alphabetic() {
                return None;
            }
            key = key << 8 | w[i].to_ascii_lowercase() as u64;
            i += 1;
        }
        Some(key)
    }

    /// [`Abbreviations::pack`] of the word at `span` in `input`, with its
    /// eight bytes read at once rather than one by one.
    #[inline]
    fn pack_at(input: &[u8], span: Span) -> Option<u64> {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = ONES * 0x80;
        let (start, end) = (span.start as usize, span.end as usize);
        let len = end.wrapping_sub(start);
        if !(1..=8).contains(&len) {
            return None;
        }
        let eight = end.checked_sub(8).and_then(|s| input.get(s..end));
        let Some(Ok(eight)) = eight.map(<[u8; 8]>::try_from) else {
            // Near the start of the input, or outside it.
            return Abbreviations::pack(span.slice(input));
        };
        let used = u64::MAX >> (64 - 8 * len);
        let lower = (u64::from_be_bytes(eight) & used) | ((ONES * 0x20) & used);
        // Every used byte a letter: with 0x20 set, within `a..=z` (each
        // byte's sum stays below 0x100, so none carries into the next).
        let low7 = lower & !HIGH;
        let at_least_a = low7 + ONES * (0x80 - b'a' as u64);
        let past_z = low7 + ONES * (0x80 - b'z' as u64 - 1);
        let letters = at_least_a & !past_z & !lower & HIGH;
        (letters & used == HIGH & used).then_some(lower)
    }

    /// The slot of a packed word under `multiplier`.
    #[inline]
    const fn slot(multiplier: u64, key: u64) -> usize {
        (key.wrapping_mul(multiplier) >> (64 - SLOT_BITS)) as usize
    }

    /// The bits of the lists that hold the packed word `key`, 0 for none.
    #[inline]
    fn lists_of_key(&self, key: u64) -> u8 {
        let e = usize::from(self.slots[Abbreviations::slot(self.multiplier, key)]);
        if self.keys[e] == key {
            self.lists[e]
        } else {
            0
        }
    }

    /// The bits of the lists that hold `w`, compared ASCII
    /// case-insensitively as [`contains`] does; 0 for none.
    #[cfg(test)]
    fn lists_of(&self, w: &[u8]) -> u8 {
        Abbreviations::pack(w).map_or(0, |key| self.lists_of_key(key))
    }

    /// [`Abbreviations::lists_of`] the word at `span` in `input`.
    #[inline]
    fn lists_of_span(&self, input: &[u8], span: Span) -> u8 {
        Abbreviations::pack_at(input, span).map_or(0, |key| self.lists_of_key(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::Tokens;
    use alloc::string::ToString;
    use alloc::vec::Vec;

    /// The sentences of `s`, checked to be the reference's too.
    fn sents(s: &str) -> Vec<&str> {
        let toks: Vec<Token> = Tokens::new(s.as_bytes()).collect();
        let mut out = Vec::new();
        split(s.as_bytes(), &toks, |sp| out.push(&s[sp.range()]));
        let mut want = Vec::new();
        reference::split(s.as_bytes(), &toks, |sp| want.push(&s[sp.range()]));
        assert_eq!(out, want, "fast and reference splitters differ on {s:?}");
        out
    }

    #[test]
    fn tokens_outside_the_input_do_not_panic() {
        let made_up = [
            Token {
                kind: TokenKind::Word,
                flags: 0,
                span: Span::new(0, 9),
            },
            Token {
                kind: TokenKind::Punct,
                flags: 0,
                span: Span::new(0, 0),
            },
            Token {
                kind: TokenKind::Space,
                flags: 0,
                span: Span::new(7, 8),
            },
        ];
        for input in [&b""[..], b"a.", b"Mr. X"] {
            // Flagged as `split` asks, for the bytes the rules will see.
            let toks = made_up.map(|mut t| {
                if t.bytes(input)
                    .last()
                    .map_or(t.kind == TokenKind::Ellipsis, |&b| {
                        Token::may_end_sentence(t.kind, b)
                    })
                {
                    t.flags |= Token::SENTENCE_MARK;
                }
                t
            });
            let (mut a, mut b) = (Vec::new(), Vec::new());
            split(input, &toks, |s| a.push(s));
            reference::split(input, &toks, |s| b.push(s));
            assert_eq!(a, b);
        }
    }

    #[test]
    fn the_abbreviation_table_answers_as_the_word_lists() {
        let sets = [
            lexicon::TITLE_ABBREVIATIONS,
            lexicon::NUMERIC_ABBREVIATIONS,
            lexicon::OTHER_ABBREVIATIONS,
            lexicon::SENTENCE_STARTERS,
            lexicon::NEVER_FINAL,
        ];
        let mut probes: Vec<Vec<u8>> = Vec::new();
        for set in sets {
            for w in set.words() {
                for v in [
                    w.to_string(),
                    w.to_ascii_uppercase(),
                    alloc::format!("{w}s"),
                    alloc::format!("{w}."),
                    w[1..].to_string(),
                ] {
                    probes.push(v.into_bytes());
                }
            }
        }
        // Neighbours of letters in ASCII, and what is not ASCII.
        let odd: [&[u8]; 13] = [
            b"",
            b"\xc3\x89",
            b"abcdefghi",
            b"Dr\xff",
            b"D@",
            b"d[",
            b"a`",
            b"z{",
            b"Mr1",
            b"M-r",
            b"mR",
            b"MESSRS",
            b"Approx",
        ];
        probes.extend(odd.map(|p| p.to_vec()));
        for p in &probes {
            // Read in place too: after eight bytes of text, and at the start.
            let mut text = b"x.  \"(I \xe9".to_vec();
            text.extend_from_slice(p);
            let span = Span::from_usize(text.len() - p.len(), text.len());
            assert_eq!(
                ABBREVIATIONS.lists_of_span(&text, span),
                ABBREVIATIONS.lists_of(p)
            );
            let span = Span::from_usize(0, p.len());
            assert_eq!(
                ABBREVIATIONS.lists_of_span(p, span),
                ABBREVIATIONS.lists_of(p)
            );
            let bits = ABBREVIATIONS.lists_of(p);
            assert_eq!(bits & TITLE != 0, contains(lexicon::TITLE_ABBREVIATIONS, p));
            assert_eq!(
                bits & NUMERIC != 0,
                contains(lexicon::NUMERIC_ABBREVIATIONS, p)
            );
            assert_eq!(bits & OTHER != 0, contains(lexicon::OTHER_ABBREVIATIONS, p));
        }
    }

    #[test]
    fn basic() {
        assert_eq!(
            sents("One. Two? Three! Four"),
            ["One.", "Two?", "Three!", "Four"]
        );
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            sents("Mr. Smith met Dr. Jones."),
            ["Mr. Smith met Dr. Jones."]
        );
        assert_eq!(sents("John F. Kennedy spoke."), ["John F. Kennedy spoke."]);
        assert_eq!(
            sents("On Jan. 5 it rained. No. 3 won."),
            ["On Jan. 5 it rained.", "No. 3 won."]
        );
        assert_eq!(
            sents("He lives in the U.S. The end."),
            ["He lives in the U.S.", "The end."]
        );
        assert_eq!(sents("The U.S. Navy sailed."), ["The U.S. Navy sailed."]);
        assert_eq!(sents("It grew since the U.S."), ["It grew since the U.S."]);
        assert_eq!(
            sents("Apple Inc. The company"),
            ["Apple Inc.", "The company"]
        );
        assert_eq!(
            sents("Apple Inc. Chief Tim spoke"),
            ["Apple Inc. Chief Tim spoke"]
        );
        assert_eq!(
            sents("Fire at 2 p.m. Crews came."),
            ["Fire at 2 p.m.", "Crews came."]
        );
        assert_eq!(
            sents("Polls close at 8 p.m. Tuesday."),
            ["Polls close at 8 p.m. Tuesday."]
        );
        assert_eq!(
            sents("Pens, ink, etc. Prices vary."),
            ["Pens, ink, etc.", "Prices vary."]
        );
    }

    #[test]
    fn quotes_and_brackets() {
        assert_eq!(
            sents("“Stop!” he said. “Go.” Then"),
            ["“Stop!” he said.", "“Go.”", "Then"]
        );
        assert_eq!(
            sents("It ended (mostly.) Then it"),
            ["It ended (mostly.)", "Then it"]
        );
        assert_eq!(
            sents("said \"yes\". North Korea"),
            ["said \"yes\".", "North Korea"]
        );
    }

    #[test]
    fn quotes_after_abbreviations_and_attribution() {
        assert_eq!(
            sents("He criticized the U.S. “war on terror” policy."),
            ["He criticized the U.S. “war on terror” policy."]
        );
        assert_eq!(
            sents("It moved to the U.S. “We left,” she said."),
            ["It moved to the U.S.", "“We left,” she said."]
        );
        assert_eq!(
            sents("“Why now?” Smith asked. Then"),
            ["“Why now?” Smith asked.", "Then"]
        );
        assert_eq!(
            sents("“Go.” Mayor Jo Okafor said. Then"),
            ["“Go.” Mayor Jo Okafor said.", "Then"]
        );
        assert_eq!(
            sents("“Go home.” The crowd left."),
            ["“Go home.”", "The crowd left."]
        );
        assert_eq!(
            sents("it “a record.” Carter said the city would pay."),
            ["it “a record.”", "Carter said the city would pay."]
        );
        assert_eq!(
            sents("It was World War I. The war ended."),
            ["It was World War I.", "The war ended."]
        );
        assert_eq!(
            sents("He moved to the U.S.A. He left in 2019."),
            ["He moved to the U.S.A.", "He left in 2019."]
        );
        assert_eq!(
            sents("“I don’t know.” — he said."),
            ["“I don’t know.” — he said."]
        );
    }

    #[test]
    fn inline_lists_and_pronouns() {
        assert_eq!(
            sents("1) Buy eggs 2) Sell fish"),
            ["1) Buy eggs", "2) Sell fish"]
        );
        assert_eq!(
            sents("1.) Buy eggs 2.) Sell fish"),
            ["1.) Buy eggs", "2.) Sell fish"]
        );
        assert_eq!(
            sents("1. Buy eggs 2. Sell fish"),
            ["1. Buy eggs", "2. Sell fish"]
        );
        assert_eq!(
            sents("a. Buy eggs b. Sell fish"),
            ["a. Buy eggs", "b. Sell fish"]
        );
        assert_eq!(
            sents("• 3. Buy eggs • 4. Sell fish"),
            ["• 3. Buy eggs", "• 4. Sell fish"]
        );
        assert_eq!(sents("He had 2) none"), ["He had 2) none"]);
        assert_eq!(
            sents("It was me and I. Did they see Anna I. Berg?"),
            ["It was me and I.", "Did they see Anna I. Berg?"]
        );
        assert_eq!(
            sents("Call N°. 1026.253.553. It rang."),
            ["Call N°. 1026.253.553.", "It rang."]
        );
        assert_eq!(
            sents("At 6 a.m. Mr. Berg left home. He came back at 9 P.M. Mr. Berg then slept."),
            [
                "At 6 a.m. Mr. Berg left home.",
                "He came back at 9 P.M.",
                "Mr. Berg then slept."
            ]
        );
    }

    #[test]
    fn numbers_and_ellipses() {
        assert_eq!(
            sents("It rose 9.5 percent in 2017. Then fell."),
            ["It rose 9.5 percent in 2017.", "Then fell."]
        );
        assert_eq!(sents("closer...In the months"), ["closer...In the months"]);
        assert_eq!(sents("wait ... and see. Now"), ["wait ... and see.", "Now"]);
        assert_eq!(
            sents("I stopped... Then I ran."),
            ["I stopped...", "Then I ran."]
        );
        assert_eq!(
            sents("the thing is . . . I didn’t go."),
            ["the thing is . . . I didn’t go."]
        );
        assert_eq!(sents("1. Apples are red."), ["1. Apples are red."]);
    }

    #[test]
    fn space_before_final_period() {
        assert_eq!(sents("the \"Dialogue\" ."), ["the \"Dialogue\" ."]);
    }
}
