//! The readable reference splitter: one token at a time, every rule spelled
//! out. [`super::split`] gives the same sentences while looking only at the
//! tokens that can matter; a property test checks that both agree.
//!
//! A boundary is considered only at a terminal mark (`.`, `?`, `!`, an
//! ellipsis, or a dotted initialism such as `U.S.`) that is followed by white
//! space; closing quotes and brackets glued to the mark stay in the sentence
//! (`…table.”`). Whether the boundary holds depends on the word before the
//! mark (abbreviations, initials, list numbers) and the token after it (a
//! lower-case word never starts a sentence; after an ambiguous abbreviation
//! only a common sentence opener does). The end of the block always ends a
//! sentence, so text without final punctuation is one sentence. A list
//! marker (`1.`, `b)`, `•`) after white space opens a new sentence when it
//! continues the list the current sentence opened with, and a bullet always
//! does.

use crate::lexicon::WordSet;
use crate::lexicon::{self, contains};
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// Call `emit` with the span of each sentence in `tokens` (the tokens of one
/// block, in order). Sentence spans are trimmed of surrounding white space.
/// The same sentences as [`super::split`], which is faster.
///
/// # Example
/// ```
/// use newsprint::{sentences::reference::split, Tokens};
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
    let mut start: Option<usize> = None; // first token of the current sentence
                                         // The list marker the current sentence opened with (`2.`, `b)`, `•`), and
                                         // the token index where that marker ends.
    let mut marker: Option<(Marker, usize)> = None;
    let mut i = 0;
    while i < n {
        let t = tokens[i];
        if is_blank(t) {
            i += 1;
            continue;
        }
        // A list item inline starts a new sentence: `1) Eggs 2) Milk`,
        // `• 9. First • 10. Second`.
        if let Some(first) = start {
            if i > first && is_blank(tokens[i - 1]) {
                if let Some((m, end)) = list_marker(input, tokens, i) {
                    if m.follows(marker.map(|x| x.0)) {
                        let last = (first..i)
                            .rev()
                            .find(|&x| !is_blank(tokens[x]))
                            .unwrap_or(first);
                        emit(Span::new(tokens[first].span.start, tokens[last].span.end));
                        start = Some(i);
                        marker = Some((m, end));
                        i = end;
                        continue;
                    }
                }
            }
        }
        let first = match start {
            Some(f) => f,
            None => {
                start = Some(i);
                marker = list_marker(input, tokens, i);
                if let Some((_, end)) = marker {
                    i = end; // the marker's own period ends nothing
                    continue;
                }
                i
            }
        };
        if !is_terminal(input, t) {
            i += 1;
            continue;
        }
        // Glue further terminal marks and closers: `?!`, `.”`, `.)`.
        let mut j = i + 1;
        while j < n && (is_terminal(input, tokens[j]) || is_closer(input, tokens[j])) {
            j += 1;
        }
        // Control bytes (NUL and the like) read as space here, so that
        // `pages.\0 It` still ends a sentence.
        let mut k = j;
        while k < n && (is_blank(tokens[k]) || tokens[k].kind == TokenKind::Other) {
            k += 1;
        }
        // No boundary without white space after the mark (`U.S.-Japan`,
        // `closer...In`), nor before a quote's attribution (`“Why now?”
        // Smith asked.`).
        let glued = k == j;
        let attributed = j > i + 1
            && tokens[j - 1].kind == TokenKind::CloseQuote
            && attribution_follows(input, &tokens[k..]);
        let boundary = if k == n {
            true
        } else if glued || attributed {
            false
        } else {
            ends_here(
                input,
                tokens,
                first,
                i,
                tokens[k],
                tokens.get(k + 1..).unwrap_or(&[]),
            )
        };
        if boundary {
            emit(Span::new(tokens[first].span.start, tokens[j - 1].span.end));
            start = None;
            marker = None;
        }
        i = j;
    }
    if let Some(first) = start {
        let last = (first..n)
            .rev()
            .find(|&x| !is_blank(tokens[x]))
            .unwrap_or(first);
        emit(Span::new(tokens[first].span.start, tokens[last].span.end));
    }
}

#[inline]
pub(crate) fn is_blank(t: Token) -> bool {
    matches!(t.kind, TokenKind::Space | TokenKind::Newline)
}

#[inline]
pub(crate) fn is_terminal(input: &[u8], t: Token) -> bool {
    match t.kind {
        TokenKind::Punct => matches!(t.bytes(input), b"." | b"?" | b"!"),
        TokenKind::Ellipsis => true,
        TokenKind::Word => t.bytes(input).ends_with(b"."),
        _ => false,
    }
}

#[inline]
pub(crate) fn is_closer(input: &[u8], t: Token) -> bool {
    match t.kind {
        TokenKind::CloseQuote | TokenKind::Apostrophe => true,
        TokenKind::Punct => matches!(t.bytes(input), b")" | b"]" | b"}"),
        _ => false,
    }
}

pub(super) fn first_char_is_lower(bytes: &[u8]) -> bool {
    bytes.first().is_some_and(u8::is_ascii_lowercase)
}

/// Whether an ellipsis before `next` ends a sentence: only a capitalised
/// word or an opening quote starts anew; the pronoun `I` is capitalised
/// anyway and says nothing.
pub(super) fn ellipsis_ends(input: &[u8], next: Token) -> bool {
    let next_bytes = next.bytes(input);
    let pronoun = next_bytes == b"I"
        || (next_bytes.len() > 1 && next_bytes[0] == b'I' && matches!(next_bytes[1], b'\'' | 0xE2));
    next.kind == TokenKind::OpenQuote
        || (next.kind == TokenKind::Word && !first_char_is_lower(next_bytes) && !pronoun)
}

/// Whether the word `tokens[at]` is the pronoun `I` after a lower-case
/// word (`me and I. Did`), not an initial.
pub(super) fn is_pronoun_i(input: &[u8], tokens: &[Token], at: usize) -> bool {
    tokens[at].bytes(input) == b"I"
        && at >= 1
        && tokens[..at]
            .iter()
            .rev()
            .find(|t| !is_blank(**t))
            .is_some_and(|t| t.kind == TokenKind::Word && first_char_is_lower(t.bytes(input)))
}

/// Does the terminal mark at `tokens[at]` end the sentence that began at
/// `tokens[first]`, given the next non-blank token `next`?
fn ends_here(
    input: &[u8],
    tokens: &[Token],
    first: usize,
    at: usize,
    next: Token,
    after: &[Token],
) -> bool {
    let next_bytes = next.bytes(input);
    if goes_on_into(input, next) || agency_tag_follows(input, next, after) {
        return false;
    }
    let mark = tokens[at];
    let mark_bytes = mark.bytes(input);
    // An ambiguous abbreviation closes a sentence only after a few words:
    // `At 5 a.m. Mr. Smith went` is one sentence.
    // Counted up to 3 only, so a sentence that never ends (`Mr. Mr. Mr. …`)
    // costs no more per mark than a short one.
    let words_before = tokens[first..at]
        .iter()
        .filter(|t| t.is_wordlike())
        .take(3)
        .count();
    let next_is_starter = opens_sentence(input, next, after);
    match mark.kind {
        TokenKind::Punct if mark_bytes != b"." => {
            // `?` or `!`: a new sentence unless what follows is lower case.
            true
        }
        TokenKind::Ellipsis => ellipsis_ends(input, next),
        TokenKind::Word => {
            // A dotted initialism: `U.S.`, `p.m.`, `e.g.`.
            if lexicon::contains(lexicon::NEVER_FINAL, mark_bytes) {
                return false;
            }
            if words_before < 3 {
                return false;
            }
            if mark_bytes.eq_ignore_ascii_case(b"a.m.") || mark_bytes.eq_ignore_ascii_case(b"p.m.")
            {
                // `at 2:45 p.m. Crews arrived`, but `8 p.m. Tuesday`, `p.m. EST`,
                // `a.m. Eastern Time`.
                return !spelled_zone_follows(input, next, after)
                    && (next_is_starter
                        || (next.kind == TokenKind::Word && !is_calendar_word(next_bytes)));
            }
            next_is_starter
        }
        _ => {
            // A period after whatever precedes it.
            let prev = at.checked_sub(1).map(|p| tokens[p]);
            match prev {
                Some(p) if p.kind == TokenKind::Word => {
                    let w = p.bytes(input);
                    if contains(lexicon::TITLE_ABBREVIATIONS, w) {
                        return false;
                    }
                    if numbered_follows(input, next, w)
                        && contains(lexicon::NUMERIC_ABBREVIATIONS, w)
                    {
                        return false;
                    }
                    if weekday_before_date(input, w, next) {
                        return false;
                    }
                    if (is_initial(w) || opens_name_short(input, tokens, at - 1))
                        && next.kind == TokenKind::Word
                        && !is_pronoun_i(input, tokens, at - 1)
                    {
                        // `John F. Kennedy`; a sentence ending in a single
                        // capital letter (`World War I. The war`) is rarer
                        // and shows itself by a common opener after it.
                        return next_is_starter;
                    }
                    if w.eq_ignore_ascii_case(b"etc") {
                        return true;
                    }
                    if contains(lexicon::OTHER_ABBREVIATIONS, w) {
                        return next_is_starter;
                    }
                    true
                }
                Some(p) if p.kind == TokenKind::Number => {
                    // `1. First item`: a list number opening the sentence.
                    at - 1 != first
                }
                // `N°. 1026`
                Some(p) if p.bytes(input) == "°".as_bytes() && next.kind == TokenKind::Number => {
                    false
                }
                _ => true,
            }
        }
    }
}

/// `SHREVEPORT, La. (KPXR) - Freezing rain …`: a period before an
/// agency's tag in capitals (`after`: the tokens after `next`) ends no
/// sentence.
pub(super) fn agency_tag_follows(input: &[u8], next: Token, after: &[Token]) -> bool {
    next.kind == TokenKind::Punct
        && next.bytes(input) == b"("
        && matches!(after, [w, close, ..]
            if w.kind == TokenKind::Word
                && (2..=8).contains(&w.span.len())
                && w.bytes(input).iter().all(u8::is_ascii_uppercase)
                // (Not a media label: `… away. (VIDEO) Crews …`.)
                && !matches!(
                    w.bytes(input),
                    b"AUDIO" | b"MAP" | b"PHOTO" | b"PHOTOS" | b"UPDATE" | b"VIDEO" | b"WATCH"
                )
                && close.bytes(input) == b")")
}

/// A sentence goes on into `next` whatever mark stands before it: a
/// lower-case word (`the U.S. government`) or a dash (`approved. — and`).
pub(super) fn goes_on_into(input: &[u8], next: Token) -> bool {
    (next.kind == TokenKind::Word && first_char_is_lower(next.bytes(input)))
        || next.kind == TokenKind::Dash
}

/// Whether `next` is a common sentence opener, or an opening quote before
/// something that is not lower case (`after`: the tokens after `next`).
pub(super) fn opens_sentence(input: &[u8], next: Token, after: &[Token]) -> bool {
    match next.kind {
        TokenKind::Word => {
            let w = next.bytes(input);
            w.first().is_some_and(u8::is_ascii_uppercase) && contains(lexicon::SENTENCE_STARTERS, w)
        }
        // Look past an opening quote: `U.S. “We will…` starts anew,
        // `the U.S. “war on terror” policy` does not.
        TokenKind::OpenQuote => after
            .iter()
            .find(|t| !is_blank(**t))
            .is_some_and(|t| t.kind != TokenKind::Word || !first_char_is_lower(t.bytes(input))),
        _ => false,
    }
}

/// A list marker: a bullet, a number or a single letter followed by `.`,
/// `)` or `.)`, or both (`• 9.`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Marker {
    Bullet,
    Number(u32),
    Letter(u8),
}

impl Marker {
    /// This marker can open the item after one opened by `prev`: any bullet
    /// after a bullet, `n + 1` after `n`, the next letter after a letter.
    pub(super) fn follows(self, prev: Option<Marker>) -> bool {
        match (prev, self) {
            (Some(Marker::Bullet), Marker::Bullet) => true,
            (Some(Marker::Number(a)), Marker::Number(b)) => b == a + 1,
            (Some(Marker::Letter(a)), Marker::Letter(b)) => b == a + 1,
            // A bullet inside running text opens an item anyway.
            (_, Marker::Bullet) => true,
            _ => false,
        }
    }
}

/// Read a list marker at `tokens[at]`; returns it and the index just past it.
#[inline]
pub(super) fn list_marker(input: &[u8], tokens: &[Token], at: usize) -> Option<(Marker, usize)> {
    // Called after every blank, so turn away at once what cannot open a
    // marker: only punctuation (a bullet), a number of one or two digits or
    // a one-letter word can.
    let t = tokens.get(at)?;
    let len = t.span.end - t.span.start;
    match t.kind {
        TokenKind::Punct => {}
        TokenKind::Number if len <= 2 => {}
        TokenKind::Word if len == 1 => {}
        _ => return None,
    }
    marker_at(input, tokens, at)
}

/// [`list_marker`] for a token that may open one.
fn marker_at(input: &[u8], tokens: &[Token], at: usize) -> Option<(Marker, usize)> {
    let punct = |k: usize, p: &[u8]| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Punct && t.bytes(input) == p)
    };
    let mut k = at;
    let mut bullet = false;
    if tokens[k].kind == TokenKind::Punct && lexicon::BULLETS.contains(&tokens[k].bytes(input)) {
        bullet = true;
        k += 1;
        while k < tokens.len() && tokens[k].kind == TokenKind::Space {
            k += 1;
        }
    }
    let t = tokens.get(k)?;
    let b = t.bytes(input);
    let counted = match t.kind {
        TokenKind::Number if b.len() <= 2 && b.iter().all(u8::is_ascii_digit) => Some(
            Marker::Number(b.iter().fold(0, |n, d| n * 10 + (d - b'0') as u32)),
        ),
        TokenKind::Word if b.len() == 1 && b[0].is_ascii_lowercase() => Some(Marker::Letter(b[0])),
        _ => None,
    };
    if let Some(m) = counted {
        let mut e = k + 1;
        let dot = punct(e, b".");
        e += usize::from(dot);
        let paren = punct(e, b")");
        e += usize::from(paren);
        let spaced = tokens.get(e).is_some_and(|t| t.kind == TokenKind::Space);
        if (dot || paren) && spaced {
            return Some((if bullet { Marker::Bullet } else { m }, e));
        }
    }
    bullet.then_some((Marker::Bullet, k))
}

/// Reporting verbs that follow a quotation and its speaker.
const REPORTING: &WordSet = &WordSet::new(&[
    "added",
    "asked",
    "continued",
    "explained",
    "insisted",
    "recalled",
    "replied",
    "said",
    "says",
    "shouted",
    "told",
    "warned",
    "wrote",
]);

/// `Smith asked.`, `Mayor Linda Okafor said,`: up to four capitalised words,
/// a lower-case reporting verb, and punctuation right after it (`Carter said
/// the city would…` is a sentence of its own).
pub(super) fn attribution_follows(input: &[u8], rest: &[Token]) -> bool {
    let mut names = 0;
    let mut it = rest.iter().filter(|t| !is_blank(**t));
    for t in it.by_ref().take(5) {
        let w = t.bytes(input);
        match t.kind {
            TokenKind::Word if w.first().is_some_and(u8::is_ascii_uppercase) && names < 4 => {
                names += 1
            }
            TokenKind::Word if names > 0 && contains(REPORTING, w) => {
                return it.next().is_none_or(|t| {
                    t.kind == TokenKind::Punct
                        && matches!(t.bytes(input), b"." | b"," | b"!" | b"?" | b";")
                });
            }
            _ => return false,
        }
    }
    false
}

/// Whether `next` is a number, or a code with a digit in it, that the
/// abbreviation `abbr` introduces (`No. 3`, `Jan. 5`, `No.
/// FHC/ABJ/CS/1187/2023`, `Fig. S2`): for a code, the run of bytes up to
/// the next white space (at most 32 of them) holds a digit, and the
/// abbreviation is a capitalised label of numbered things (not `said no.
/// COVID-19 cases rose`, `in Sept. F1 racing resumes`).
pub(super) fn numbered_follows(input: &[u8], next: Token, abbr: &[u8]) -> bool {
    match next.kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            matches!(
                abbr,
                b"No" | b"Nos" | b"Nr" | b"Art" | b"Fig" | b"Vol" | b"Ch" | b"Sec" | b"Para"
            ) && input
                .get(next.span.start as usize..)
                .unwrap_or(&[])
                .iter()
                .take(32)
                .take_while(|b| !b.is_ascii_whitespace())
                .any(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// `Thurs. June 18`, `Sat. 14 March`: a weekday's abbreviation `abbr`
/// (capitalised) before the month or the day of a date.
pub(super) fn weekday_before_date(input: &[u8], abbr: &[u8], next: Token) -> bool {
    matches!(
        abbr,
        b"Mon" | b"Tue" | b"Tues" | b"Wed" | b"Thu" | b"Thur" | b"Thurs" | b"Fri" | b"Sat" | b"Sun"
    ) && match next.kind {
        TokenKind::Number => next.bytes(input).len() <= 2,
        TokenKind::Word => {
            let w = next.bytes(input);
            w.len() > 2
                && w[0].is_ascii_uppercase()
                && crate::date::month_name(w).is_ok_and(|(r, _)| r.is_empty())
        }
        _ => false,
    }
}

/// A weekday, a month or a time zone: words that follow a clock time.
pub(super) fn is_calendar_word(w: &[u8]) -> bool {
    crate::date::weekday_name(w).is_ok_and(|(r, _)| r.is_empty())
        || crate::date::month_name(w).is_ok_and(|(r, _)| r.is_empty())
        || crate::date::zone(w).is_ok_and(|(r, _)| r.is_empty())
}

/// Whether a zone of two words or more opens at `next` (`Eastern Time`,
/// `Central European Summer Time`): the zone runs past `next` into the
/// first word of `after`.
pub(super) fn spelled_zone_follows(input: &[u8], next: Token, after: &[Token]) -> bool {
    next.kind == TokenKind::Word
        && after
            .iter()
            .find(|t| t.kind == TokenKind::Word)
            .is_some_and(|t| {
                // `get`: token slices made up by callers may point past the input.
                input
                    .get(next.span.start as usize..)
                    .and_then(|from| crate::date::zone(from).ok())
                    .is_some_and(|(rest, _)| input.len() - rest.len() > t.span.start as usize)
            })
}

/// A single capital letter, possibly non-ASCII (`F`, `É`).
pub(crate) fn is_initial(w: &[u8]) -> bool {
    match w {
        [b] => b.is_ascii_uppercase(),
        [0xC3, b] => (0x80..=0x9E).contains(b),
        _ => false,
    }
}

/// Whether the word `tokens[at]` is a given name written short that opens
/// a name (`fish vendor Ma. Lourdes`): title case, in
/// [`lexicon::GIVEN_NAME_ABBREVIATIONS`], and no capitalised word before
/// it (not the surname in `Jack Ma. It`).
pub(crate) fn opens_name_short(input: &[u8], tokens: &[Token], at: usize) -> bool {
    lexicon::is_given_name_abbreviation(tokens[at].bytes(input))
        && !tokens[..at]
            .iter()
            .rev()
            .find(|t| !is_blank(**t))
            .is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.bytes(input).first().is_some_and(u8::is_ascii_uppercase)
            })
}
