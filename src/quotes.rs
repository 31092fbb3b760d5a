//! Quotations and who said them, read from an article's body blocks.
//!
//! Quote marks are paired per paragraph by family (double marks, and single
//! marks outside them); a paragraph that opens a quote and does not close it
//! runs on into the next one that opens with a mark. The speaker comes from
//! the words around the quote: a cue verb and a name or pronoun after it
//! (`“…,” said Pence` / `“…,” he said`) or before it in the same sentence
//! (`Pence said: “…”`, `Abe said it was “important …”`). A quote-only
//! paragraph right after an attributed one keeps its speaker. Names resolve
//! through the entity pass (`Pence` → `Mike Pence`, `he` → the last person
//! named); a quote without attribution has no speaker rather than a guess.

use alloc::vec::Vec;

use crate::article::{Block, BlockKind};
use crate::entities::{Entity, EntityKind};
use crate::lexicon::{self, contains};
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// What kind of quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// A whole sentence or more in quote marks.
    Full,
    /// A quoted phrase inside reported speech.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
}

impl QuoteKind {
    /// The name used in the JSON record.
    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// One quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Quote {
    /// Full, partial or indirect.
    pub kind: QuoteKind,
    /// The content, without the enclosing marks.
    pub span: Span,
    /// The mention the attribution was made from (`Pence`, `he`, `a senior
    /// official`).
    pub speaker_mention: Option<Span>,
    /// The speaker's canonical name: the fullest name of the person the
    /// mention refers to, or the mention itself.
    pub speaker: Option<Span>,
    /// The reporting verb (`said`).
    pub cue: Option<Span>,
}

/// Pronouns that stand for the last person named.
const PRONOUNS: &[&str] = &["he", "she"];

/// Determiners that open an unnamed speaker (`a senior official`).
const SPEAKER_DETERMINERS: &[&str] = &["a", "an", "another", "one", "the"];

/// A quote mark's family: double marks pair with double marks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// Extract the article's quotations.
pub(crate) fn extract(
    input: &[u8],
    tokens: &[Token],
    blocks: &[Block],
    entities: &[Entity],
) -> Vec<Quote> {
    // People by position, for names and pronouns.
    let mut people: Vec<Entity> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .copied()
        .collect();
    people.sort_by_key(|e| e.span.start);
    let x = Reader {
        input,
        tokens,
        people: &people,
    };
    let mut quotes = Vec::new();
    // The speaker of the last attributed quote, and whether the paragraph
    // just read ended with it (so a quote-only paragraph continues it).
    let mut last: Option<(Option<Span>, Option<Span>, Option<Span>)> = None;
    let mut open_run = false;
    for b in blocks {
        if b.kind != BlockKind::Body {
            last = None;
            open_run = false;
            continue;
        }
        let (t0, t1) = b.token_range();
        let before = quotes.len();
        let ran_on = x.block(t0, t1, open_run, &mut quotes);
        let mut attributed = None;
        let mut unattributed = false;
        for q in &mut quotes[before..] {
            if q.speaker.is_some() {
                attributed = Some((q.speaker_mention, q.speaker, q.cue));
            } else {
                unattributed = true;
            }
        }
        // A quote-only paragraph right after an attributed quote, or the
        // continuation of a quote that ran on from it, keeps its speaker.
        let quote_only = x.starts_with_quote(t0, t1);
        if attributed.is_none() && unattributed && (quote_only || open_run) {
            if let Some((mention, speaker, cue)) = last {
                for q in &mut quotes[before..] {
                    q.speaker_mention = mention;
                    q.speaker = speaker;
                    q.cue = cue;
                }
                attributed = last;
            }
        }
        // No quote, or one left without a speaker, ends the run.
        last = attributed;
        open_run = ran_on;
    }
    quotes
}

struct Reader<'a> {
    input: &'a [u8],
    tokens: &'a [Token],
    people: &'a [Entity],
}

impl Reader<'_> {
    fn text(&self, s: Span) -> &[u8] {
        s.slice(self.input)
    }

    fn family(&self, t: &Token) -> Family {
        // `'`, `‘`, `’`, `‹`, `›`, and Windows-1252's 0x91 and 0x92.
        match self.text(t.span) {
            b"'" | [0xE2, 0x80, 0x98 | 0x99 | 0xB9 | 0xBA] | [0x91 | 0x92] => Family::Single,
            _ => Family::Double,
        }
    }

    /// Whether the block's first non-space token opens a quote.
    fn starts_with_quote(&self, t0: usize, t1: usize) -> bool {
        self.tokens[t0..t1]
            .iter()
            .find(|t| !matches!(t.kind, TokenKind::Space | TokenKind::Newline))
            .is_some_and(|t| t.kind == TokenKind::OpenQuote)
    }

    /// Read one paragraph's quotes; returns whether a quote runs on past its
    /// end. `continuing`: the previous paragraph left a quote open.
    fn block(&self, t0: usize, t1: usize, continuing: bool, out: &mut Vec<Quote>) -> bool {
        let mut open: Option<(usize, Family)> = None;
        let mut k = t0;
        // A run-on paragraph may restart with a mark; if it does not, the
        // quote continues from the start.
        if continuing && !self.starts_with_quote(t0, t1) {
            open = Some((t0, Family::Double));
        }
        while k < t1 {
            let t = &self.tokens[k];
            match (t.kind, open) {
                (TokenKind::OpenQuote, None) => open = Some((k + 1, self.family(t))),
                (TokenKind::CloseQuote, Some((start, family))) if self.family(t) == family => {
                    self.emit(start, k, t0, t1, out);
                    open = None;
                }
                // A straight mark read as opening inside an open quote of
                // its family closes it (`"No," he said, "never."`).
                (TokenKind::OpenQuote, Some((start, family)))
                    if family == self.family(t) && family == Family::Double =>
                {
                    self.emit(start, k, t0, t1, out);
                    open = None;
                }
                _ => {}
            }
            k += 1;
        }
        if let Some((start, _)) = open {
            // Runs on into the next paragraph (or is unbalanced): keep
            // what the paragraph holds.
            self.emit(start, t1, t0, t1, out);
            return true;
        }
        false
    }

    /// Record the quote between tokens `start..end` (exclusive) of the
    /// paragraph `t0..t1`, with its speaker.
    fn emit(&self, start: usize, end: usize, t0: usize, t1: usize, out: &mut Vec<Quote>) {
        let content = &self.tokens[start..end];
        let Some(first) = content
            .iter()
            .position(|t| !matches!(t.kind, TokenKind::Space | TokenKind::Newline))
        else {
            return;
        };
        let last = content
            .iter()
            .rposition(|t| !matches!(t.kind, TokenKind::Space | TokenKind::Newline))
            .unwrap_or(first);
        let span = Span::new(content[first].span.start, content[last].span.end);
        let mut words = content
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
        let Some(first_word) = words.next() else {
            return;
        };
        let capital = |t: &Token| {
            self.text(t.span)
                .first()
                .is_some_and(u8::is_ascii_uppercase)
        };
        let (mut count, mut all_capitalised) = (1, capital(first_word));
        for t in words {
            count += 1;
            all_capitalised &= capital(t);
        }
        // Labels and scare quotes: one or two words, or a short run of
        // capitalised words (`"America First"`).
        if count <= 2 || (all_capitalised && count <= 5) {
            return;
        }
        // The opening mark's token (the paragraph's start for a quote that
        // ran on from the previous paragraph without a new mark).
        let mark = start.saturating_sub(1).max(t0);
        let lead = self.text(first_word.span)[0];
        let opens_sentence = lead.is_ascii_uppercase() || !lead.is_ascii_alphabetic();
        // Partial: the quote continues a sentence begun outside it.
        let inside_sentence = self.token_before(mark, t0).is_some_and(|w| {
            w.kind == TokenKind::Word
                && self
                    .text(w.span)
                    .first()
                    .is_some_and(u8::is_ascii_lowercase)
        }) && !self.colon_or_comma_before(mark, t0);
        let kind = if opens_sentence && !inside_sentence {
            QuoteKind::Full
        } else {
            QuoteKind::Partial
        };
        let (mention, speaker, cue) = self
            .speaker_after(end, t1)
            .or_else(|| self.speaker_before(mark, t0))
            .map_or((None, None, None), |(m, s, c)| (Some(m), Some(s), Some(c)));
        out.push(Quote {
            kind,
            span,
            speaker_mention: mention,
            speaker,
            cue,
        });
    }

    /// The token right before token `k` (skipping white space), within the
    /// paragraph that starts at token `t0`.
    fn token_before(&self, k: usize, t0: usize) -> Option<&Token> {
        self.tokens[t0..k]
            .iter()
            .rev()
            .find(|t| !matches!(t.kind, TokenKind::Space | TokenKind::Newline))
    }

    /// A colon or comma right before the quote mark at `k` (`said: “`).
    fn colon_or_comma_before(&self, k: usize, t0: usize) -> bool {
        self.token_before(k, t0)
            .is_some_and(|t| t.kind == TokenKind::Punct && matches!(self.text(t.span), b":" | b","))
    }

    /// `“…,” said Pence` / `“…,” he said` / `“…,” Secretary Tillerson
    /// said`: the attribution after the closing mark at token `end`.
    fn speaker_after(&self, end: usize, t1: usize) -> Option<(Span, Span, Span)> {
        let words = self.tokens[(end + 1).min(t1)..t1]
            .iter()
            .filter(|t| !matches!(t.kind, TokenKind::Space | TokenKind::Newline));
        // Only a comma or nothing between the mark and the attribution.
        let mut buf = [Span::new(0, 0); 6];
        let mut n = 0;
        for t in words {
            if t.kind == TokenKind::Punct && self.text(t.span) == b"," && n == 0 {
                continue;
            }
            if t.kind != TokenKind::Word {
                break;
            }
            buf[n] = t.span;
            n += 1;
            if n == buf.len() {
                break;
            }
        }
        let window = &buf[..n];
        let cue_at = window
            .iter()
            .position(|&w| contains(lexicon::REPORTING_VERBS, self.text(w)))?;
        if cue_at == 0 {
            // `said Pence`, `said Dr. Amara Mensah`: the first word that
            // belongs to a speaker.
            return window[1..]
                .iter()
                .take(4)
                .find_map(|&w| self.speaker_at(w))
                .map(|(m, s)| (m, s, window[0]));
        }
        // `he said`, `Pence said`, `Secretary Tillerson said`.
        let subject = window[cue_at - 1];
        self.speaker_at(subject)
            .map(|(m, s)| (m, s, window[cue_at]))
    }

    /// `Pence said: “…”`, `Abe said it was “important …”`: a subject and a
    /// cue earlier in the same sentence.
    fn speaker_before(&self, open: usize, t0: usize) -> Option<(Span, Span, Span)> {
        // Back to the sentence start: stop at a closing mark or terminal
        // punctuation.
        // The quote's own sentence, then (for `Okafor said. "…"`) the one
        // before it, if it holds no quote of its own.
        let mut k = open;
        let mut seen = 0;
        let mut sentences = 0;
        while k > t0 && seen < 60 {
            k -= 1;
            let t = &self.tokens[k];
            match t.kind {
                TokenKind::CloseQuote | TokenKind::OpenQuote => return None,
                TokenKind::Punct if matches!(self.text(t.span), b"." | b"?" | b"!") => {
                    sentences += 1;
                    if sentences > 1 || seen > 0 {
                        break;
                    }
                }
                TokenKind::Word => {
                    seen += 1;
                    if contains(lexicon::REPORTING_VERBS, self.text(t.span)) {
                        // The subject: the word right before the cue.
                        let subject = self.token_before(k, t0)?;
                        if subject.kind != TokenKind::Word {
                            return None;
                        }
                        return self.speaker_at(subject.span).map(|(m, s)| (m, s, t.span));
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// The speaker whose mention ends with the word at `w`: a person
    /// entity, a pronoun (the last person named before it), or an unnamed
    /// noun phrase (`the Japanese official`).
    fn speaker_at(&self, w: Span) -> Option<(Span, Span)> {
        // A person mention that contains the word.
        let i = self.people.partition_point(|e| e.span.end < w.end);
        if let Some(e) = self.people.get(i) {
            if e.span.start <= w.start && w.end <= e.span.end {
                return Some((e.span, e.canonical));
            }
        }
        let word = self.text(w);
        if word.len() <= 3 && contains(PRONOUNS, word) {
            let before = self.people.partition_point(|e| e.span.end <= w.start);
            let e = self.people[..before].last()?;
            return Some((w, e.canonical));
        }
        // `a senior North Korean official said`: up to five words back to
        // a determiner.
        if !contains(SPEAKER_NOUNS, word) {
            return None;
        }
        let k = self.tokens.partition_point(|t| t.span.start < w.start);
        let mut seen = 0;
        for t in self.tokens[..k].iter().rev() {
            match t.kind {
                TokenKind::Space => continue,
                TokenKind::Word if seen < 5 => {
                    seen += 1;
                    let start = t.span.start;
                    if contains(SPEAKER_DETERMINERS, self.text(t.span)) {
                        let phrase = Span::new(start, w.end);
                        return Some((phrase, phrase));
                    }
                }
                _ => break,
            }
        }
        None
    }
}

/// Nouns that head an unnamed speaker.
const SPEAKER_NOUNS: &[&str] = &[
    "analyst",
    "diplomat",
    "expert",
    "official",
    "resident",
    "source",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "witness",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted() {
        for list in [PRONOUNS, SPEAKER_DETERMINERS, SPEAKER_NOUNS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
