//! Quotations and who said them, read from an article's body blocks.
//!
//! Two steps over the body's tokens. First the quote marks are paired per
//! paragraph by family (double marks, and single marks outside them); a
//! paragraph that opens a quote and does not close it runs on into the
//! next one. Then each quote gets its speaker from the words around it: a
//! cue verb with a name, pronoun or noun phrase after the quote (`“…,” said
//! Pence`, `“…,” he said`), before it in its sentence (`Pence said: “…”`,
//! `Abe said it was “important …”`), in the sentence before, or at the end
//! of a paragraph that closes with a colon. A later quote in the same
//! paragraph, or a quote-only paragraph right after, keeps the speaker.
//! Names resolve through the entity pass (`Pence` → `Mike Pence`, `he` → the
//! last fitting person named outside quotes); a quote without attribution
//! has no speaker rather than a guess.
//!
//! Reported speech without marks (`Pence said the review would …`, `…, the
//! company said.`) is read from the sentences that hold no quote mark, and
//! only when its speaker is found.

use crate::lexicon::WordSet;
use alloc::vec::Vec;

use crate::article::{Block, BlockKind};
use crate::entities::{Acronym, Entity, EntityKind};
use crate::lexicon::{self, contains};
use crate::names::{self, Gender};
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

/// Who said it: the mention, the canonical name and the cue verb.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Attribution {
    mention: Span,
    speaker: Span,
    /// `None` for a colon frame without a verb (`Oduya was blunt: “…”`).
    cue: Option<Span>,
}

/// A pair of quote marks found in a paragraph, as token indices.
#[derive(Clone, Copy)]
struct Marked {
    /// The opening mark (the paragraph's first token for a quote that ran
    /// on without a new mark).
    mark: usize,
    /// The first and one-past-last content tokens.
    start: usize,
    end: usize,
    /// The paragraph's token range.
    t0: usize,
    t1: usize,
    /// Index of the paragraph among the blocks.
    block: usize,
}

/// A quote mark's family: double marks pair with double marks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// Extract the article's quotations, direct and indirect, in text order.
pub(crate) fn extract(
    input: &[u8],
    tokens: &[Token],
    blocks: &[Block],
    sentences: &[Span],
    entities: &[Entity],
    acronyms: &[Acronym],
) -> Vec<Quote> {
    // People (and organisations, for reported speech) by position.
    let mut people: Vec<Entity> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .copied()
        .collect();
    people.sort_by_key(|e| e.span.start);
    let mut organizations: Vec<Entity> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .copied()
        .collect();
    organizations.sort_by_key(|e| e.span.start);
    let mut x = Reader {
        input,
        tokens,
        sentences,
        people: &people,
        organizations: &organizations,
        acronyms,
        quoted: Vec::new(),
    };
    // Step 1: the quote marks of every body paragraph.
    let mut marked = Vec::new();
    let mut open_run = false;
    for (i, b) in blocks.iter().enumerate() {
        if b.kind != BlockKind::Body {
            open_run = false;
            continue;
        }
        let (t0, t1) = b.token_range();
        open_run = x.pair_marks(t0, t1, i, open_run, &mut marked);
    }
    x.quoted = marked
        .iter()
        .map(|m| Span::new(x.tokens[m.mark].span.start, x.content_end(m)))
        .collect();

    // Step 2: speakers, paragraph by paragraph.
    let mut quotes = Vec::with_capacity(marked.len());
    // The last paragraph's speaker, for a quote-only paragraph after it.
    let mut last: Option<Attribution> = None;
    let mut last_block = usize::MAX;
    // The quotation the last paragraph left open (no closing mark), if
    // it was kept.
    let mut open_quote: Option<usize> = None;
    // The first quotation of a run of paragraphs each left open (`“A.` /
    // `“B.` / `“C,” said X.`): all of them share the closing one's speaker.
    let mut open_run: Option<usize> = None;
    let mut k = 0;
    while k < marked.len() {
        let block = marked[k].block;
        let to = k + marked[k..].iter().take_while(|m| m.block == block).count();
        let (t0, t1) = (marked[k].t0, marked[k].t1);
        // (A photo's caption or an advert set between the two paragraphs
        // is page furniture, not a break in the run.)
        let follows = last_block != usize::MAX
            && blocks[last_block + 1..block].iter().all(|b| match b.kind {
                BlockKind::Body => x.blank_or_empty(b),
                BlockKind::Caption | BlockKind::Boilerplate => true,
                _ => false,
            });
        if !follows {
            last = None;
        }
        // The previous body paragraph, if it ends with a colon
        // (`Secretary Tillerson said:`).
        let colon = block
            .checked_sub(1)
            .and_then(|p| blocks.get(p))
            .filter(|b| b.kind == BlockKind::Body)
            .and_then(|b| x.colon_attribution(b));
        let quote_only = x.starts_with_quote(t0, t1);
        let before = quotes.len();
        let mut in_paragraph: Option<(Attribution, u32)> = None;
        let mut open_here = None;
        for (n, m) in marked[k..to].iter().enumerate() {
            let Some((kind, span, size)) = x.content(m) else {
                continue;
            };
            // `said the closure had left her “completely stuck”`: a word or
            // two quoted inside their cue's own sentence are the speaker's;
            // with no cue there (`a “mezcal boom” in the US`) they are a
            // scare quote or a name. (With a cue after them too, `Pence and
            // Abe agreed to “closely cooperate”, the official said`, whose
            // they are is unclear: not reported.)
            let mut who = if size == Size::Phrase {
                (kind == QuoteKind::Partial && !x.cue_after_in_sentence(m))
                    .then(|| {
                        x.named_in_relative_clause(m.mark, m.t0).or_else(|| {
                            x.speaker_before_in_sentence(m.mark, m.t0)
                                .filter(|a| !x.relative_clause_between(a.cue, m.mark))
                        })
                    })
                    .flatten()
            } else {
                x.speaker_after(m)
            };
            if who.is_none() && size == Size::Utterance {
                who = (kind == QuoteKind::Partial)
                    .then(|| x.named_in_relative_clause(m.mark, m.t0))
                    .flatten()
                    .or_else(|| x.speaker_before(m.mark, m.t0));
            }
            // `Lee said: “No.”`: a short answer right after a cue of
            // speech and a colon, from a speaker opening the sentence or
            // its main clause (not `A sign owned by X says: “Keep out.”`).
            if who.is_none() && size == Size::Short {
                who = x.short_answer(m.mark, m.t0);
            }
            if who.is_none() && size != Size::Utterance {
                continue;
            }
            if who.is_none() && n == 0 && quote_only {
                who = colon;
            }
            // A later quote in the paragraph keeps the speaker of the one
            // before it when no other person is named in between.
            if who.is_none() {
                if let Some((prev, prev_end)) = in_paragraph {
                    // Names in the attribution's own sentence (`said X,
                    // head of the Y Growers' Association.`) do not count.
                    let from = prev_end.max(x.sentence_end(prev.mention.end));
                    if !x.person_between(from, x.tokens[m.mark].span.start, prev.mention) {
                        who = Some(prev);
                    }
                }
            }
            if let Some(a) = who {
                in_paragraph = Some((a, x.content_end(m)));
            }
            quotes.push(Quote {
                kind,
                span,
                speaker_mention: who.map(|a| a.mention),
                speaker: who.map(|a| a.speaker),
                cue: who.and_then(|a| a.cue),
            });
            // (`pair_marks` ends a quotation at the paragraph's end only
            // when no mark closed it.)
            if m.end == m.t1 {
                open_here = Some(quotes.len() - 1);
            }
        }
        // A quote-only paragraph right after an attributed quote, or the
        // continuation of one that ran on into it, keeps its speaker.
        let attributed = quotes[before..].iter().any(|q| q.speaker.is_some());
        if !attributed && quote_only {
            if let Some(a) = last {
                for q in &mut quotes[before..] {
                    q.speaker_mention = Some(a.mention);
                    q.speaker = Some(a.speaker);
                    q.cue = a.cue;
                }
            }
        }
        // `“We have been patient. …` / `“Some of us …,” he said.`: a
        // quotation left open at its paragraph's end goes on in the next
        // one, whose speaker it shares.
        let continued = open_quote.filter(|_| follows && quote_only);
        let mut filled = false;
        if let Some(open) = continued {
            if let Some(a) = quotes.get(before).copied() {
                if a.speaker.is_some() {
                    for q in &mut quotes[open_run.unwrap_or(open).min(open)..before] {
                        if q.speaker.is_none() {
                            q.speaker_mention = a.speaker_mention;
                            q.speaker = a.speaker;
                            q.cue = a.cue;
                        }
                    }
                    filled = true;
                }
            }
        }
        // (Once filled, the run starts again here: each quotation is
        // filled once, however long the run.)
        open_run = match (continued, open_here) {
            (Some(open), Some(_)) if !filled => Some(open_run.unwrap_or(open).min(open)),
            (_, here) => here,
        };
        open_quote = open_here;
        // No quote, or one left without a speaker, ends the run.
        last = quotes[before..].last().and_then(|q| {
            Some(Attribution {
                mention: q.speaker_mention?,
                speaker: q.speaker?,
                cue: q.cue,
            })
        });
        last_block = block;
        k = to;
    }

    // Reported speech in the sentences without marks.
    let direct = quotes.len();
    for b in blocks.iter().filter(|b| b.kind == BlockKind::Body) {
        let (s0, s1) = b.sentence_range();
        for &s in sentences.get(s0..s1).unwrap_or(&[]) {
            if let Some(q) = x.indirect(s) {
                quotes.push(q);
            }
        }
    }
    if quotes.len() > direct {
        quotes.sort_by_key(|q| q.span.start);
    }
    quotes
}

struct Reader<'a> {
    input: &'a [u8],
    tokens: &'a [Token],
    sentences: &'a [Span],
    people: &'a [Entity],
    organizations: &'a [Entity],
    /// Every use of a short form, for a body that speaks by its acronym
    /// (`the SGHUC said`) to be named in full.
    acronyms: &'a [Acronym],
    /// Every quote from its opening mark to its content's end, in order.
    quoted: Vec<Span>,
}

fn blank(t: &Token) -> bool {
    matches!(t.kind, TokenKind::Space | TokenKind::Newline)
}

impl Reader<'_> {
    fn text(&self, s: Span) -> &[u8] {
        s.slice(self.input)
    }

    fn is_punct(&self, t: &Token, p: &[u8]) -> bool {
        t.kind == TokenKind::Punct && self.text(t.span) == p
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
            .find(|t| !blank(t))
            .is_some_and(|t| t.kind == TokenKind::OpenQuote)
    }

    fn blank_or_empty(&self, b: &Block) -> bool {
        let (t0, t1) = b.token_range();
        self.tokens[t0..t1].iter().all(blank)
    }

    /// Pair one paragraph's quote marks; returns whether a quote runs on
    /// past its end. `continuing`: the previous paragraph left one open.
    fn pair_marks(
        &self,
        t0: usize,
        t1: usize,
        block: usize,
        continuing: bool,
        out: &mut Vec<Marked>,
    ) -> bool {
        // The opening mark's token, the first content token, the family.
        let mut open: Option<(usize, usize, Family)> = None;
        // A run-on paragraph may restart with a mark; if it does not, the
        // quote continues from the start.
        if continuing && !self.starts_with_quote(t0, t1) {
            open = Some((t0, t0, Family::Double));
        }
        let mut push = |(mark, start, _): (usize, usize, Family), end: usize| {
            out.push(Marked {
                mark,
                start: start.min(end),
                end,
                t0,
                t1,
                block,
            })
        };
        for k in t0..t1 {
            let t = &self.tokens[k];
            match (t.kind, open) {
                (TokenKind::OpenQuote, None) => open = Some((k, k + 1, self.family(t))),
                (TokenKind::CloseQuote, Some(o)) if self.family(t) == o.2 => {
                    push(o, k);
                    open = None;
                }
                // A straight mark read as opening inside an open quote of
                // its family closes it (`"No," he said, "never."`).
                (TokenKind::OpenQuote, Some(o))
                    if o.2 == self.family(t) && o.2 == Family::Double =>
                {
                    push(o, k);
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(o) = open {
            // Runs on into the next paragraph (or is unbalanced): keep
            // what the paragraph holds.
            push(o, t1);
            return true;
        }
        false
    }

    /// Where a quote's content ends: its last non-blank token's end.
    fn content_end(&self, m: &Marked) -> u32 {
        self.tokens[m.start.min(m.end)..m.end]
            .iter()
            .rev()
            .find(|t| !blank(t))
            .map_or(self.tokens[m.mark].span.end, |t| t.span.end)
    }

    /// The quote's kind, content span and size (a word or two without
    /// punctuation are reported only with a cue before them in their
    /// sentence, a word or two with it only with a cue right after them);
    /// `None` for labels.
    fn content(&self, m: &Marked) -> Option<(QuoteKind, Span, Size)> {
        let content = &self.tokens[m.start.min(m.end)..m.end];
        let first = content.iter().position(|t| !blank(t))?;
        let last = content.iter().rposition(|t| !blank(t)).unwrap_or(first);
        let span = Span::new(content[first].span.start, content[last].span.end);
        let mut words = content
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
        let first_word = words.next()?;
        let capital = |t: &Token| {
            self.text(t.span)
                .first()
                .is_some_and(u8::is_ascii_uppercase)
        };
        // `Linha do Miradouro`, `the Pennine Postie`: a name's small words
        // do not make it a sentence.
        let small = |t: &Token| {
            let w = self.text(t.span);
            contains(lexicon::NAME_FUNCTION_WORDS, w) || contains(lexicon::NAME_PARTICLES, w)
        };
        let (mut count, mut capitals) = (1, usize::from(capital(first_word)));
        let mut all_capitalised = capital(first_word) || small(first_word);
        for t in words {
            count += 1;
            capitals += usize::from(capital(t));
            all_capitalised &= capital(t) || small(t);
        }
        let all_capitalised = all_capitalised && capitals > 0;
        // A short utterance ends with its own punctuation (`“No,” she
        // replied`); a label does not.
        let punctuated = content[last].kind == TokenKind::Punct
            && matches!(self.text(content[last].span), b"," | b"." | b"?" | b"!");
        let size = match (count <= 2, punctuated) {
            (false, _) => Size::Utterance,
            (true, true) => Size::Short,
            (true, false) => Size::Phrase,
        };
        // (`watched “Squid Game” twice`: a title in capitals, however
        // short.)
        if (size == Size::Utterance && count <= 5 || size == Size::Phrase) && all_capitalised {
            return None;
        }
        // `the government's “Kilimo ni Biashara” campaign`: the name of a
        // campaign, a programme or a slogan, not words anyone said here.
        if count <= 5 && !punctuated && capital(first_word) {
            let noun = self.tokens.get(m.end + 1..).and_then(|rest| {
                rest.iter()
                    .take(3)
                    .find(|t| !blank(t))
                    .filter(|t| t.kind == TokenKind::Word)
            });
            if noun.is_some_and(|t| contains(NAMED_THINGS, self.text(t.span))) {
                return None;
            }
        }
        let lead = self.text(first_word.span)[0];
        let opens_sentence = lead.is_ascii_uppercase() || !lead.is_ascii_alphabetic();
        // Partial: the quote continues a sentence begun outside it.
        let inside_sentence = m.mark > m.t0
            && self.token_before(m.mark, m.t0).is_some_and(|w| {
                w.kind == TokenKind::Word
                    && self
                        .text(w.span)
                        .first()
                        .is_some_and(u8::is_ascii_lowercase)
            })
            && !self.colon_or_comma_before(m.mark, m.t0);
        let kind = if opens_sentence && !inside_sentence {
            QuoteKind::Full
        } else {
            QuoteKind::Partial
        };
        // A phrase that opens its sentence is a name or a label
        // (`“Working Lives” returns`), not words quoted from a speaker.
        if size == Size::Phrase && kind == QuoteKind::Full {
            return None;
        }
        Some((kind, span, size))
    }

    /// The index of the non-blank token before token `k`, not before `t0`.
    fn index_before(&self, k: usize, t0: usize) -> Option<usize> {
        (t0..k.min(self.tokens.len()))
            .rev()
            .find(|&j| !blank(&self.tokens[j]))
    }

    /// Token `b`, or, when `b` is an age set off by commas (`Tom Hale, 45,`:
    /// `b` the `45`), the token before the age's opening comma.
    fn past_age(&self, b: usize, t0: usize) -> Option<usize> {
        let t = &self.tokens[b];
        let age = t.kind == TokenKind::Number
            && (1..=3).contains(&t.span.len())
            && self.text(t.span).iter().all(u8::is_ascii_digit);
        if !age {
            return Some(b);
        }
        let comma = self.index_before(b, t0)?;
        if !self.is_punct(&self.tokens[comma], b",") {
            return Some(b);
        }
        self.index_before(comma, t0)
    }

    /// The token right before token `k` (skipping white space), within the
    /// paragraph that starts at token `t0`.
    fn token_before(&self, k: usize, t0: usize) -> Option<&Token> {
        self.index_before(k, t0).map(|j| &self.tokens[j])
    }

    /// A colon or comma right before the quote mark at `k` (`said: “`).
    fn colon_or_comma_before(&self, k: usize, t0: usize) -> bool {
        self.token_before(k, t0)
            .is_some_and(|t| self.is_punct(t, b":") || self.is_punct(t, b","))
    }

    /// The token index where the sentence holding token `k` starts (not
    /// before `t0`).
    fn sentence_start(&self, k: usize, t0: usize) -> usize {
        let Some(at) = self.tokens.get(k).map(|t| t.span.start) else {
            return t0;
        };
        let i = self.sentences.partition_point(|s| s.end <= at);
        match self.sentences.get(i) {
            Some(s) if s.start <= at => self
                .tokens
                .partition_point(|t| t.span.start < s.start)
                .max(t0),
            _ => t0,
        }
    }

    /// The end of the sentence holding the offset `at`.
    fn sentence_end(&self, at: u32) -> u32 {
        let i = self.sentences.partition_point(|s| s.end < at);
        self.sentences.get(i).map_or(at, |s| s.end.max(at))
    }

    /// The word right before `s`, one space away, opens with a capital.
    fn after_capitalised(&self, s: Span) -> bool {
        let before = &self.input[..s.start as usize];
        let Some(before) = before.strip_suffix(b" ") else {
            return false;
        };
        let start = before
            .iter()
            .rposition(|b| b.is_ascii_whitespace())
            .map_or(0, |p| p + 1);
        before
            .get(start..)
            .is_some_and(|w| w.len() > 1 && w[0].is_ascii_uppercase() && w[1].is_ascii_alphabetic())
    }

    /// Whether `w` is a cue verb, and which sort.
    fn cue(&self, w: &Token) -> Option<Cue> {
        if w.kind != TokenKind::Word {
            return None;
        }
        let word = self.text(w.span);
        // (`Amina Said Ali told reporters`: a capital after a capitalised
        // word is a name's.)
        if word.first().is_some_and(u8::is_ascii_uppercase) && self.after_capitalised(w.span) {
            return None;
        }
        if contains(lexicon::REPORTING_VERBS, word) || contains(MORE_CUES, word) {
            Some(if word.ends_with(b"ing") {
                Cue::Participle
            } else {
                Cue::Finite
            })
        } else {
            None
        }
    }

    /// `“…,” said Pence`, `“…,” he said`, `“…,” Secretary Tillerson
    /// said`, `“…,” according to X`: the attribution after the closing
    /// mark.
    fn speaker_after(&self, m: &Marked) -> Option<Attribution> {
        // Up to 16 words and commas after the mark, through line breaks,
        // across the period of a title (`said Dr. Amara Mensah`).
        let mut items = [0usize; 16];
        let mut n = 0;
        let mut k = m.end + 1;
        while k < m.t1 && n < items.len() {
            let t = &self.tokens[k];
            let ok = match t.kind {
                TokenKind::Space | TokenKind::Newline => {
                    k += 1;
                    continue;
                }
                TokenKind::Word => true,
                // (`’M’e Mokoena said`: an apostrophe opening a name.)
                TokenKind::Apostrophe
                    if self.tokens.get(k + 1).is_some_and(|w| {
                        w.kind == TokenKind::Word && w.span.start == t.span.end
                    }) =>
                {
                    k += 1;
                    continue;
                }
                TokenKind::Punct if self.text(t.span) == b"," => true,
                // `“…,” Rep. Ro Khanna (D-Calif.) said`: a short aside in
                // parentheses after a name.
                TokenKind::Punct if self.text(t.span) == b"(" && n > 0 => {
                    match (k + 1..m.t1.min(k + 12)).find(|&j| self.is_punct(&self.tokens[j], b")"))
                    {
                        Some(close) => {
                            k = close + 1;
                            continue;
                        }
                        None => false,
                    }
                }
                TokenKind::Punct if self.text(t.span) == b"." => {
                    // Only after a title abbreviation.
                    let title = n > 0
                        && contains(
                            lexicon::TITLE_ABBREVIATIONS,
                            self.text(self.tokens[items[n - 1]].span),
                        );
                    if title {
                        k += 1;
                        continue;
                    }
                    false
                }
                _ => false,
            };
            if !ok {
                break;
            }
            items[n] = k;
            n += 1;
            k += 1;
        }
        let mut items = &items[..n];
        if items
            .first()
            .is_some_and(|&i| self.is_punct(&self.tokens[i], b","))
        {
            items = &items[1..];
        }
        let first = *items.first()?;
        // A quote that ends its sentence is not attributed by what starts
        // the next one (`“…in a generation.” Carter said the city …`).
        let ended = self.content_ends_sentence(m);
        let lower = self
            .text(self.tokens[first].span)
            .first()
            .is_some_and(u8::is_ascii_lowercase);
        if ended && !lower {
            return None;
        }
        // A cue among the `n` items after the first eight (for the longer
        // frames below).
        let late_cue = |n: usize| {
            items
                .iter()
                .enumerate()
                .skip(8)
                .take(n)
                .find_map(|(j, &i)| self.cue(&self.tokens[i]).map(|c| (j, c)))
        };
        let comma = |i: usize| self.is_punct(&self.tokens[i], b",");
        // A capitalised word, as names open.
        let capitalised = |i: usize| {
            self.tokens[i].kind == TokenKind::Word
                && self
                    .text(self.tokens[i].span)
                    .first()
                    .is_some_and(u8::is_ascii_uppercase)
        };
        // The cue: within the first eight words.
        let (at, cue) = items
            .iter()
            .enumerate()
            .take(8)
            .find_map(|(j, &i)| self.cue(&self.tokens[i]).map(|c| (j, c)))
            .or_else(|| {
                // `its general secretary, Ajay Kumar Thakur, said`: a
                // longer role, then the name set off by commas, then the
                // cue.
                let (at, cue) = late_cue(3)?;
                let close = at.checked_sub(1).filter(|&c| comma(items[c]))?;
                let open = items[..close].iter().rposition(|&i| comma(i))?;
                let name = &items[open + 1..close];
                ((2..=4).contains(&name.len())
                    && name.iter().all(|&i| capitalised(i))
                    && open >= 1
                    && items[..open]
                        .iter()
                        .all(|&i| self.tokens[i].kind == TokenKind::Word))
                .then_some((at, cue))
            })
            .or_else(|| {
                // `Nadia Farouk, a spokeswoman for the agency, told me`:
                // the name, a long appositive set off by commas, then the
                // cue.
                let (at, cue) = late_cue(8)?;
                let close = at.checked_sub(1).filter(|&c| comma(items[c]))?;
                let open = items.iter().position(|&i| comma(i))?;
                let aside = items.get(open + 1..close)?;
                ((1..=4).contains(&open)
                    && items[..open].iter().all(|&i| capitalised(i))
                    && self.person_at(self.tokens[items[open - 1]].span).is_some()
                    && (2..=12).contains(&aside.len())
                    && aside
                        .iter()
                        .all(|&i| self.tokens[i].kind == TokenKind::Word))
                .then_some((at, cue))
            })
            .or_else(|| {
                // `a spokesperson for the Ministry of Water and Sanitation
                // said`: an unnamed speaker whose complement is a long
                // name, words only up to the cue.
                let (at, cue) = late_cue(4)?;
                let word = |j: usize| self.text(self.tokens[items[j]].span);
                let words_only = items[..at]
                    .iter()
                    .all(|&i| self.tokens[i].kind == TokenKind::Word);
                (words_only
                    && contains(SPEAKER_DETERMINERS, word(0))
                    && (1..4).any(|j| {
                        contains(SPEAKER_NOUNS, word(j))
                            && matches!(word(j + 1), b"for" | b"at" | b"with")
                    }))
                .then_some((at, cue))
            })
            .or_else(|| {
                // `Professor Ian Moss of the University of Leeds said`: a
                // named speaker, then the long name of the body they belong
                // to, words only up to the cue.
                let (at, cue) = late_cue(8)?;
                let word = |j: usize| self.text(self.tokens[items[j]].span);
                let of = (1..=5).find(|&j| matches!(word(j), b"of" | b"at" | b"from"))?;
                let body_word = |j: usize| {
                    capitalised(items[j])
                        || matches!(word(j), b"of" | b"the" | b"and" | b"for" | b"&")
                };
                (items[..at]
                    .iter()
                    .all(|&i| self.tokens[i].kind == TokenKind::Word)
                    && items[..of].iter().all(|&i| capitalised(i))
                    && self.person_at(self.tokens[items[of - 1]].span).is_some()
                    && (of + 1..at).all(body_word))
                .then_some((at, cue))
            })
            .or_else(|| {
                // `according to X`
                let j = items.iter().take(6).position(|&i| {
                    self.text(self.tokens[i].span)
                        .eq_ignore_ascii_case(b"according")
                })?;
                let to = *items.get(j + 1)?;
                (self.text(self.tokens[to].span) == b"to").then_some((j, Cue::According))
            })
            .or_else(|| {
                // `Deputy Mayor X, who is in charge of commerce, told AFP`:
                // the cue after a relative clause set off by commas.
                let who = items
                    .iter()
                    .take(7)
                    .position(|&i| matches!(self.text(self.tokens[i].span), b"who" | b"whose"))?;
                if who == 0 || !comma(items[who - 1]) {
                    return None;
                }
                // (The speaker's name and title alone before it: not `the
                // lawyer for Tom Smith, who was arrested, told reporters`.)
                if !items[..who - 1].iter().all(|&i| capitalised(i)) {
                    return None;
                }
                let close = who + items[who..].iter().position(|&i| comma(i))?;
                let cue_at = close + 1;
                let cue = self.cue(&self.tokens[*items.get(cue_at)?])?;
                Some((cue_at, cue))
            })?;
        let cue_span = self.tokens[items[at]].span;
        if at == 0 && cue == Cue::Participle {
            // `“…,” noting that X …`: X is the object; the speaker is the
            // frame's subject, before the quote.
            return None;
        }
        if at == 0 || cue == Cue::According {
            let from = if cue == Cue::According {
                at + 2
            } else {
                at + 1
            };
            let following = items.get(from..).unwrap_or(&[]);
            // (`said the Hohoe Cocoa Farmers Union.`: the body's name
            // alone, to the clause's end.)
            let clause = following
                .iter()
                .position(|&i| self.tokens[i].kind == TokenKind::Punct)
                .map_or(following, |c| &following[..c]);
            if let Some(found) = (clause.len() == following.len()
                || following
                    .get(clause.len())
                    .is_some_and(|&c| self.is_punct(&self.tokens[c], b",")))
            .then(|| self.organization_words(clause))
            .flatten()
            {
                return Some(Attribution {
                    mention: found.0,
                    speaker: found.1,
                    cue: Some(cue_span),
                });
            }
            return self
                .speaker_following(following, cue == Cue::According)
                .map(|(mention, speaker)| Attribution {
                    mention,
                    speaker,
                    cue: Some(cue_span),
                });
        }
        // `he said`, `Pence said`, `the company's chief executive, Rui
        // Tavares Coelho, told reporters`; a body by its name alone (`the
        // Hohoe Cocoa Farmers Union said`).
        self.organization_words(&items[..at])
            .or_else(|| self.subject(items[at], items[0], cue))
            .map(|(mention, speaker)| Attribution {
                mention,
                speaker,
                cue: Some(cue_span),
            })
    }

    /// Whether the quote's content ends with a full stop.
    fn content_ends_sentence(&self, m: &Marked) -> bool {
        self.tokens[m.start.min(m.end)..m.end]
            .iter()
            .rev()
            .find(|t| !blank(t))
            .is_some_and(|t| t.kind == TokenKind::Punct && self.text(t.span) == b".")
    }

    /// The speaker named after a cue (`said Leith manager Fiona Drummond`,
    /// `said the district's general manager, Carla Benavides`): the last
    /// person before the first comma; else a person right after that comma;
    /// else an unnamed speaker (or, after `according to`, an organisation).
    fn speaker_following(&self, items: &[usize], organizations: bool) -> Option<(Span, Span)> {
        let comma = items
            .iter()
            .position(|&i| self.tokens[i].kind == TokenKind::Punct)
            .unwrap_or(items.len());
        let head = &items[..comma.min(6)];
        let mut found = None;
        for &i in head {
            if let Some(p) = self.person_at(self.tokens[i].span) {
                found = Some(p);
            }
        }
        if found.is_some() {
            return found;
        }
        // (Past a title before the name: `said the study's lead author, Dr
        // Sigrid Halvorsen`.)
        for &next in items.iter().skip(comma + 1).take(3) {
            let span = self.tokens[next].span;
            if let Some(p) = self.person_at(span) {
                return Some(p);
            }
            let w = self.text(span);
            let title = contains(lexicon::TITLE_ABBREVIATIONS, w)
                || contains(crate::entities::HONORIFICS, w);
            if !title {
                break;
            }
        }
        for &i in head.iter().rev() {
            let w = self.tokens[i].span;
            if let Some(p) = self.pronoun_at(w).or_else(|| self.unnamed_at(w)) {
                return Some(p);
            }
            if organizations {
                if let Some(o) = self.organization_at(w) {
                    return Some(o);
                }
            }
        }
        None
    }

    /// The subject of the cue at token `cue_k`, looking back no further
    /// than token `s0`: the word before it, past auxiliaries and adverbs
    /// (`Abe was quoted as saying`, `Pence also said`) and past an
    /// appositive or relative clause between commas (`Raymond Tibbets, who
    /// voted against the plan, said`). A participle (`…, noting`) takes the
    /// sentence's first speaker.
    fn subject(&self, cue_k: usize, s0: usize, cue: Cue) -> Option<(Span, Span)> {
        if cue == Cue::Participle {
            // `The Secretary discussed …, noting “…”`; but `Abe was quoted
            // as saying` has its subject right before it.
            if let Some(found) = self.subject(cue_k, s0, Cue::Finite) {
                return Some(found);
            }
            return self.first_speaker(s0, cue_k);
        }
        let mut k = cue_k;
        let mut skipped = 0;
        loop {
            let j = self.index_before(k, s0)?;
            let t = &self.tokens[j];
            if t.kind == TokenKind::Word {
                let word = self.text(t.span);
                // (`Rory Quinn SC said`: letters after a name; not `a
                // spokesman for the SC said`.)
                let post_nominal = word.len() >= 2
                    && word.iter().all(u8::is_ascii_uppercase)
                    && contains(crate::entities::POST_NOMINALS, word)
                    && self
                        .index_before(j, s0)
                        .is_some_and(|b| self.person_at(self.tokens[b].span).is_some());
                if skipped < 4 && (contains(SUBJECT_SKIP, word) || post_nominal) {
                    skipped += 1;
                    k = j;
                    continue;
                }
                if word == b"and" {
                    // `X, who chaired the session, described … and said`:
                    // the sentence's subject.
                    return self.first_speaker(s0, j);
                }
                return self
                    .unnamed_with_complement(j, s0)
                    .or_else(|| self.speaker_at(t.span))
                    .or_else(|| self.member_before(j, s0));
            }
            // `Rep. Ro Khanna (D-Calif.) said`: a short aside in
            // parentheses after the name.
            if self.is_punct(t, b")") && skipped < 4 {
                let open = (s0..j)
                    .rev()
                    .take(12)
                    .find(|&i| self.is_punct(&self.tokens[i], b"("))?;
                skipped += 1;
                k = open;
                continue;
            }
            if !self.is_punct(t, b",") {
                return None;
            }
            // `Coelho, told`: a person right before the comma; else an
            // inserted phrase (`Pence, who arrived …, Kanagawa Prefecture,
            // as part of …, said`): back from comma to comma to a speaker.
            let mut comma = j;
            let mut past_clause = false;
            let mut opening_only = false;
            for _ in 0..6 {
                let w = self.index_before(comma, s0)?;
                let t = &self.tokens[w];
                // `Colin Kewley, 66, who runs the business with his brother
                // Ewan, said`: a name closing a relative clause is not the
                // subject; go back past the clause.
                let clause_open = (s0..w)
                    .rev()
                    .take(60)
                    .find(|&i| self.is_punct(&self.tokens[i], b","))
                    .filter(|&c| {
                        self.tokens[c + 1..w]
                            .iter()
                            .find(|t| !blank(t))
                            .is_some_and(|t| {
                                matches!(self.text(t.span), b"who" | b"which" | b"whose")
                            })
                    });
                if let Some(c) = clause_open {
                    comma = c;
                    past_clause = true;
                    continue;
                }
                if t.kind == TokenKind::Word {
                    if let Some(p) = self.person_at(t.span) {
                        // (The sentence's subject: only its title or role
                        // before it, `Former smokehouse worker Brenda
                        // Quirk`, no clause or preposition: not `After
                        // meeting Joe Biden`, `Following a call with …`.)
                        let subject = || {
                            self.tokens[s0..]
                                .iter()
                                .take_while(|t| t.span.start < p.0.start)
                                .all(|t| match t.kind {
                                    TokenKind::Word => {
                                        let w = self.text(t.span);
                                        !w.ends_with(b"ing")
                                            && !contains(crate::entities::CLAUSE_OPENERS, w)
                                    }
                                    TokenKind::Space => true,
                                    // (A title's period: `Sen. Maria
                                    // Cantwell, D-Wash., who …, said`.)
                                    TokenKind::Punct => self.text(t.span) == b".",
                                    _ => false,
                                })
                        };
                        return (!opening_only || subject()).then_some(p);
                    }
                    // `The cannery's owner, Uyak Bay Seafoods, told`: a
                    // body named between the commas is the one speaking.
                    if comma == j {
                        if let Some(o) = self.organization_at(t.span) {
                            let m = self.tokens.partition_point(|t| t.span.start < o.0.start);
                            let set_off = self
                                .index_before(m, s0)
                                .is_some_and(|b| self.is_punct(&self.tokens[b], b","));
                            if set_off {
                                return Some(o);
                            }
                        }
                    }
                    // `A spokeswoman for the firm, which is owned by …,
                    // said`: the noun phrase before the clause.
                    if past_clause {
                        let found = self
                            .unnamed_with_complement(w, s0)
                            .or_else(|| self.speaker_at(t.span));
                        if found.is_some() {
                            return found;
                        }
                    }
                    if let Some(p) = self.pronoun_at(t.span).or_else(|| self.unnamed_at(t.span)) {
                        // `Kyle Ramnarine, the TTCG's public information
                        // officer, said`: the name the role describes.
                        // (Only a name with nothing but capitalised words
                        // before it, `But`, a title: not `After meeting Joe
                        // Biden, the prime minister … said`.)
                        let named = (s0..w)
                            .rev()
                            .take(60)
                            .find(|&i| self.is_punct(&self.tokens[i], b","))
                            .and_then(|c| self.index_before(c, s0))
                            // (`Tom Hale, 45, a farmer, said`: past the
                            // age set off between the name and the role.)
                            .and_then(|b| self.past_age(b, s0))
                            .filter(|&b| self.tokens[b].kind == TokenKind::Word)
                            .and_then(|b| self.person_at(self.tokens[b].span))
                            .filter(|&(mention, _)| {
                                self.tokens[s0..]
                                    .iter()
                                    .take_while(|t| t.span.start < mention.start)
                                    .all(|t| {
                                        // (A quotation before the name is
                                        // no part of its sentence's frame:
                                        // `“…,” Jean Morvan, the union
                                        // president, told PAO.`)
                                        t.kind != TokenKind::Word
                                            || self.in_quote(t.span.start)
                                            || self
                                                .text(t.span)
                                                .first()
                                                .is_some_and(u8::is_ascii_uppercase)
                                    })
                            });
                        return named.or(Some(p));
                    }
                }
                // (Past a relative clause and the phrase right before it,
                // only a name that opens the sentence: `Fr Martin Claffey,
                // the parish priest, who …, said`, not `After meeting Joe
                // Biden, the council, which …, said`.)
                if past_clause {
                    opening_only = true;
                }
                comma = (s0..w)
                    .rev()
                    .take(60)
                    .find(|&i| self.is_punct(&self.tokens[i], b","))?;
                // `Hartwell's attorney, Lisa Ambrose of Ambrose Kell LLP,
                // said`: a name opening the phrase between the commas.
                let opening = self.tokens[comma + 1..w]
                    .iter()
                    .find(|t| !blank(t))
                    .filter(|t| t.kind == TokenKind::Word)
                    .and_then(|t| self.person_at(t.span));
                if opening.is_some() {
                    return opening;
                }
            }
            return None;
        }
    }

    /// `Tom Hale of Durham Police said`, `Ana Ruiz from the Red Cross
    /// said`: the body's name (capitalised words, `the`, `of`, and the
    /// small words of a long name and its town: `for`, `and`, `in`, `on`)
    /// ends at token `j`; the person named right before its preposition
    /// speaks, not the body.
    fn member_before(&self, j: usize, s0: usize) -> Option<(Span, Span)> {
        let mut k = j;
        // (A long name with its town: `of the Westfjords Institute for
        // Coastal Communities in Ísafjörður said`.)
        for _ in 0..12 {
            let b = self.index_before(k, s0)?;
            let t = &self.tokens[b];
            if t.kind != TokenKind::Word {
                return None;
            }
            let word = self.text(t.span);
            if matches!(word, b"of" | b"from" | b"at" | b"with") {
                let p = self.index_before(b, s0)?;
                if let Some(found) = self.person_at(self.tokens[p].span) {
                    // (The person must be the subject, not a relation's
                    // object: `the brother of Tom Hale of Durham said`,
                    // `lawyers for Tom Hale of Acme said`.)
                    let k = self
                        .tokens
                        .partition_point(|t| t.span.start < found.0.start);
                    let object = self.index_before(k, s0).is_some_and(|o| {
                        matches!(
                            self.text(self.tokens[o].span),
                            b"of" | b"for" | b"to" | b"by" | b"with" | b"between"
                        )
                    });
                    return (!object).then_some(found);
                }
            } else if !matches!(word, b"the" | b"for" | b"and" | b"in" | b"on")
                && !word
                    .first()
                    .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0xC0)
            {
                return None;
            }
            k = b;
        }
        None
    }

    /// The first speaker named in tokens `s0..end`, outside quotes.
    fn first_speaker(&self, s0: usize, end: usize) -> Option<(Span, Span)> {
        // (Within `SUBJECT_WINDOW` tokens of the verb: a sentence of a
        // megabyte must not make each of its verbs read all of it.)
        let s0 = s0.max(end.saturating_sub(SUBJECT_WINDOW));
        self.tokens[s0..end]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && !self.in_quote(t.span.start))
            .find_map(|t| self.speaker_at(t.span))
    }

    /// `Pence said: “…”`, `Abe said it was “important …”`: a cue earlier in
    /// the quote's sentence, or (`Okafor said. “…”`) in the sentence before
    /// when the quote opens its own.
    fn speaker_before(&self, mark: usize, t0: usize) -> Option<Attribution> {
        let s0 = self.sentence_start(mark, t0);
        let own = self.tokens[s0..mark]
            .iter()
            .any(|t| t.kind == TokenKind::Word);
        let (from, s0) = if own {
            (mark, s0)
        } else {
            let end = self.index_before(s0, t0)?;
            (end + 1, self.sentence_start(end, t0))
        };
        self.cue_in(s0, from)
            .or_else(|| self.according_at(s0, from))
            .or_else(|| self.colon_frame(s0, from))
    }

    /// `Ray Fitzgerald, who has run the site for 26 years and called the
    /// decision “a slow goodbye”`: a phrase that a verb of naming in a
    /// relative clause quotes is the words of the person the clause is
    /// about.
    fn named_in_relative_clause(&self, mark: usize, t0: usize) -> Option<Attribution> {
        let s0 = self.sentence_start(mark, t0);
        let words = |from: usize, to: usize| {
            (from..to)
                .rev()
                .filter(|&k| self.tokens[k].kind == TokenKind::Word)
        };
        // The verb of naming, within six words before the mark.
        let verb = words(s0, mark).take(6).find(|&k| {
            matches!(
                self.text(self.tokens[k].span),
                b"called"
                    | b"described"
                    | b"termed"
                    | b"dubbed"
                    | b"branded"
                    | b"labelled"
                    | b"labeled"
            )
        })?;
        // `, who` before it, within twenty words, with no other cue.
        let who = words(s0, verb)
            .take(20)
            .find(|&k| matches!(self.text(self.tokens[k].span), b"who"))?;
        // `who` is the verb's subject: only auxiliaries and adverbs between
        // them, or a first verb phrase joined by `and` (`who has run the
        // site for 26 years and called`); not `who critics have called`,
        // nor the passive `who was described as`.
        let between: usize = words(who + 1, verb).count();
        let plain = words(who + 1, verb).all(|k| {
            matches!(
                self.text(self.tokens[k].span),
                b"has" | b"have" | b"had" | b"once" | b"also" | b"later" | b"then" | b"recently"
            )
        });
        let joined = words(who + 1, verb)
            .next()
            .is_some_and(|k| self.text(self.tokens[k].span) == b"and");
        let passive = words(who + 1, verb).next().is_some_and(|k| {
            matches!(
                self.text(self.tokens[k].span),
                b"was" | b"were" | b"been" | b"being" | b"is" | b"are" | b"be"
            )
        });
        if passive || !(plain || (joined && between > 1)) {
            return None;
        }
        if words(who, verb).any(|k| self.cue(&self.tokens[k]).is_some()) {
            return None;
        }
        let comma = self.index_before(who, s0)?;
        if !self.is_punct(&self.tokens[comma], b",") {
            return None;
        }
        let name = self.index_before(comma, s0)?;
        let (mention, speaker) = self.person_at(self.tokens[name].span)?;
        Some(Attribution {
            mention,
            speaker,
            cue: Some(self.tokens[verb].span),
        })
    }

    /// Whether a relative clause opens between the cue `cue` and the
    /// quote mark at token `mark` (`said the policy, which critics have
    /// branded “cruel”, was`): the quoted words are then another's.
    fn relative_clause_between(&self, cue: Option<Span>, mark: usize) -> bool {
        let Some(cue) = cue else {
            return false;
        };
        let from = self.tokens.partition_point(|t| t.span.start < cue.end);
        self.tokens[from.min(mark)..mark].iter().any(|t| {
            t.kind == TokenKind::Word
                && matches!(self.text(t.span), b"which" | b"who" | b"whom" | b"whose")
        })
    }

    /// Whether a cue verb or `according to` follows the quotation in its
    /// sentence.
    fn cue_after_in_sentence(&self, m: &Marked) -> bool {
        // (A quotation that ran on to its paragraph's end has no mark.)
        let (Some(close), Some(rest)) = (
            self.tokens.get(m.end).filter(|_| m.end < m.t1),
            self.tokens.get(m.end + 1..m.t1),
        ) else {
            return false;
        };
        let end = self.sentence_end(close.span.end);
        rest.iter()
            .take_while(|t| t.span.start < end)
            .any(|t| self.cue(t).is_some() || self.text(t.span) == b"according")
    }

    /// The speaker of a short answer after `NAME said:` (see the caller).
    fn short_answer(&self, mark: usize, t0: usize) -> Option<Attribution> {
        let colon = self.index_before(mark, t0)?;
        let cue = self.index_before(colon, t0)?;
        if !self.is_punct(&self.tokens[colon], b":")
            || !matches!(
                self.text(self.tokens[cue].span),
                b"said" | b"replied" | b"answered" | b"responded" | b"added"
            )
        {
            return None;
        }
        let a = self.speaker_before_in_sentence(mark, t0)?;
        let s0 = self.sentence_start(mark, t0);
        // (Past a title in capitals before the name: `Mayor Tom Lee`.)
        let mut k = self
            .tokens
            .partition_point(|t| t.span.start < a.mention.start);
        while let Some(b) = self.index_before(k, s0) {
            let t = &self.tokens[b];
            let title = t.kind == TokenKind::Word
                && self
                    .text(t.span)
                    .first()
                    .is_some_and(u8::is_ascii_uppercase);
            if !title {
                break;
            }
            k = b;
        }
        let opens = self
            .index_before(k, s0)
            .is_none_or(|b| self.is_punct(&self.tokens[b], b","));
        opens.then_some(a)
    }

    /// [`Reader::speaker_before`] within the quote's own sentence only.
    fn speaker_before_in_sentence(&self, mark: usize, t0: usize) -> Option<Attribution> {
        let s0 = self.sentence_start(mark, t0);
        self.cue_in(s0, mark)
            .or_else(|| self.according_at(s0, mark))
    }

    /// `According to Jessamyn Clore, who …, the company risked “…”`.
    fn according_at(&self, s0: usize, end: usize) -> Option<Attribution> {
        let mut words = self.tokens[s0..end]
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == TokenKind::Word);
        let (i, according) = words.next()?;
        let (_, to) = words.next()?;
        if !self.text(according.span).eq_ignore_ascii_case(b"according")
            || self.text(to.span) != b"to"
        {
            return None;
        }
        let mut items = [0usize; 10];
        let mut n = 0;
        for (j, t) in self.tokens[s0 + i..end].iter().enumerate().skip(1) {
            if n == items.len() {
                break;
            }
            if t.kind == TokenKind::Word || self.is_punct(t, b",") {
                items[n] = s0 + i + j;
                n += 1;
            }
        }
        // Skip `to` itself.
        let (mention, speaker) = self.speaker_following(items.get(1..n).unwrap_or(&[]), true)?;
        Some(Attribution {
            mention,
            speaker,
            cue: Some(according.span),
        })
    }

    /// `Asked whether …, Oduya was blunt: “…”`: a colon right before the
    /// quote, no cue verb, and one person named in the clause before it.
    fn colon_frame(&self, s0: usize, end: usize) -> Option<Attribution> {
        let colon = self.index_before(end, s0)?;
        if !self.is_punct(&self.tokens[colon], b":") {
            return None;
        }
        let from = self.tokens[s0].span.start;
        let to = self.tokens[colon].span.start;
        let i = self.people.partition_point(|e| e.span.start < from);
        let mut found: Option<&Entity> = None;
        for e in self.people[i..].iter().take_while(|e| e.span.end <= to) {
            if self.in_quote(e.span.start) {
                continue;
            }
            match found {
                Some(f)
                    if f.canonical != e.canonical
                        && self.text(f.canonical) != self.text(e.canonical) =>
                {
                    return None;
                }
                _ => found = Some(e),
            }
        }
        let Some(e) = found else {
            // `He was blunt about the alternative: “…”`: a pronoun opening
            // a frame of how someone spoke, with no one named in it (not
            // `He received a letter: “…”`, `She found a sign: “…”`).
            let first = self.tokens[s0..colon].iter().find(|t| !blank(t))?;
            let manner = self.tokens[s0..colon].iter().any(|t| {
                t.kind == TokenKind::Word && contains(MANNERS_OF_SPEAKING, self.text(t.span))
            });
            if !manner {
                return None;
            }
            return self
                .pronoun_at(first.span)
                .map(|(mention, speaker)| Attribution {
                    mention,
                    speaker,
                    cue: None,
                });
        };
        Some(Attribution {
            mention: e.span,
            speaker: e.canonical,
            cue: None,
        })
    }

    /// The last cue in tokens `s0..end` with its subject; `None` if a quote
    /// mark comes first (a cue before another quote belongs to it).
    fn cue_in(&self, s0: usize, end: usize) -> Option<Attribution> {
        for k in (s0..end).rev() {
            let t = &self.tokens[k];
            match t.kind {
                TokenKind::CloseQuote | TokenKind::OpenQuote => return None,
                TokenKind::Word => {
                    if let Some(cue) = self.cue(t) {
                        let found = self
                            .subject(k, s0, cue)
                            .or_else(|| self.organization_subject(k, s0))
                            .map(|(mention, speaker)| Attribution {
                                mention,
                                speaker,
                                cue: Some(t.span),
                            });
                        // `She said the collective had asked buyers to take
                        // “…”`: a request with no speaker of its own is
                        // reported by the cue before it.
                        // (Not the passive `the crowd was urged “…”`.)
                        let passive = self.index_before(k, s0).is_some_and(|b| {
                            matches!(
                                self.text(self.tokens[b].span),
                                b"was" | b"were" | b"been" | b"be"
                            )
                        });
                        if found.is_none()
                            && !passive
                            && matches!(self.text(t.span), b"asked" | b"urged" | b"told")
                        {
                            continue;
                        }
                        return found;
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// `the Minister explained why the work cannot wait:` — a paragraph
    /// that ends with a colon introduces the quote that opens the next.
    fn colon_attribution(&self, b: &Block) -> Option<Attribution> {
        let (t0, t1) = b.token_range();
        let last = self.index_before(t1, t0)?;
        if !self.is_punct(&self.tokens[last], b":") {
            return None;
        }
        let s0 = self.sentence_start(last, t0);
        self.cue_in(s0, last)
            .or_else(|| self.colon_frame(s0, last + 1))
    }

    /// Whether a person other than `except` is named between two offsets.
    fn person_between(&self, from: u32, to: u32, except: Span) -> bool {
        let i = self.people.partition_point(|e| e.span.start < from);
        self.people[i..]
            .iter()
            .take_while(|e| e.span.end <= to)
            .any(|e| e.span != except)
    }

    /// Whether the offset lies inside a quote.
    fn in_quote(&self, at: u32) -> bool {
        let i = self.quoted.partition_point(|q| q.start <= at);
        i > 0 && at < self.quoted[i - 1].end
    }

    /// The speaker whose mention ends with the word at `w`: a person, a
    /// pronoun, or an unnamed noun phrase.
    fn speaker_at(&self, w: Span) -> Option<(Span, Span)> {
        self.person_at(w)
            .or_else(|| self.pronoun_at(w))
            .or_else(|| self.role_reference_at(w))
            .or_else(|| self.body_reference_at(w))
            .or_else(|| self.unnamed_at(w))
    }

    /// `the society said`, `the fund said`: the organisation named before
    /// whose name ends with that word (`Cemaes Community Shop Society`),
    /// outside quotes.
    fn body_reference_at(&self, w: Span) -> Option<(Span, Span)> {
        let word = self.text(w);
        // (`the co-operative said`: a hyphen inside.)
        if word.len() < 3
            || !word.first().is_some_and(u8::is_ascii_lowercase)
            || !word.iter().all(|&b| b.is_ascii_lowercase() || b == b'-')
        {
            return None;
        }
        let j = self.the_before(w)?;
        // (The phrase opens its clause, after a quote or a stop: not the
        // reported clause's subject, `She said the collective had asked`.)
        if self
            .token_before(j, 0)
            .is_some_and(|p| p.kind == TokenKind::Word)
        {
            return None;
        }
        self.latest_before(self.organizations, w, |e| {
            let name = self.text(e.span);
            // Its last word, or the head before its first `of` or `for`
            // (`the association` for the `Association of Dog Sled
            // Operators`).
            let last = name.rsplit(|&b| b == b' ').next().unwrap_or(name);
            let of = [&b" of "[..], b" for "]
                .iter()
                .filter_map(|w| memchr::memmem::find(name, w))
                .min();
            let head = of.map(|at| {
                let before = &name[..at];
                before.rsplit(|&b| b == b' ').next().unwrap_or(before)
            });
            // (Not `the bank` for the `Bank of England` named in passing:
            // a bank speaks by its brand.)
            (last.eq_ignore_ascii_case(word) && last.len() < name.len())
                || (head.is_some_and(|h| h.eq_ignore_ascii_case(word)) && word != b"bank")
        })
        .map(|e| (Span::new(self.tokens[j].span.start, w.end), e.span))
    }

    /// The index of the token `the` right before the word at `w`, if it is
    /// one.
    fn the_before(&self, w: Span) -> Option<usize> {
        let k = self.tokens.partition_point(|t| t.span.start < w.start);
        let j = (0..k).rev().find(|&j| !blank(&self.tokens[j]))?;
        self.text(self.tokens[j].span)
            .eq_ignore_ascii_case(b"the")
            .then_some(j)
    }

    /// The latest of `list` (people or organisations) named before `w`,
    /// outside quotes and among the last 30, for which `found` holds.
    fn latest_before<'e>(
        &self,
        list: &'e [Entity],
        w: Span,
        found: impl Fn(&Entity) -> bool,
    ) -> Option<&'e Entity> {
        let before = list.partition_point(|e| e.span.end <= w.start);
        list[..before]
            .iter()
            .rev()
            .filter(|e| !self.in_quote(e.span.start))
            .take(30)
            .find(|e| found(e))
    }

    /// `the judge said`: the person named before with that word in their
    /// role (`Judge Eamonn O'Keeffe`), outside quotes.
    fn role_reference_at(&self, w: Span) -> Option<(Span, Span)> {
        let word = self.text(w);
        if word.len() < 3 || !word.iter().all(u8::is_ascii_lowercase) {
            return None;
        }
        self.the_before(w)?;
        let holds = |e: &Entity| {
            e.role.is_some_and(|r| {
                // (The title's head word or another title in it
                // (`president and CEO`, `Mayor-elect`), not the body
                // before it or after its `of`: `society secretary` and
                // `secretary of the Shop Society` are no `the
                // society`.)
                let mut parts = self
                    .text(r)
                    .split(|b| !b.is_ascii_alphabetic())
                    .filter(|part| !part.is_empty())
                    .take_while(|part| !matches!(*part, b"of" | b"for" | b"at"))
                    .peekable();
                let mut found = false;
                while let Some(part) = parts.next() {
                    let head = parts.peek().is_none();
                    found |= part.eq_ignore_ascii_case(word)
                        && (head || contains(crate::entities::ROLE_HEADS, word));
                }
                found
            })
        };
        // (Or, with nobody before, the next one named, within the next
        // 600 bytes, with that bare title: `“…,” the chairwoman said.` and
        // then `The chairwoman, Tone Bakken, …`; not `Deputy Mayor X`,
        // `its former coach, X`, `the chair of the finance committee, X`.)
        self.latest_before(self.people, w, holds)
            .or_else(|| {
                // (A title only: not `The buyers told the court` before
                // `Counsel to the buyers, X`.)
                if !contains(crate::entities::ROLE_HEADS, word) {
                    return None;
                }
                let after = self.people.partition_point(|e| e.span.start < w.end);
                self.people[after..]
                    .iter()
                    .take_while(|e| e.span.start < w.end.saturating_add(600))
                    .filter(|e| !self.in_quote(e.span.start))
                    .find(|e| e.role.is_some())
                    .filter(|e| {
                        e.role.is_some_and(|r| {
                            let role = self.text(r);
                            let role = role
                                .strip_prefix(b"the ")
                                .or_else(|| role.strip_prefix(b"The "))
                                .unwrap_or(role);
                            role.eq_ignore_ascii_case(word)
                        })
                    })
            })
            .map(|e| (w, e.canonical))
    }

    /// A person mention that contains the word at `w`.
    fn person_at(&self, w: Span) -> Option<(Span, Span)> {
        entity_at(self.people, w).map(|e| (e.span, e.canonical))
    }

    fn organization_at(&self, w: Span) -> Option<(Span, Span)> {
        // The mention itself: an organisation's canonical form can be a
        // headline's run of capitalised words.
        entity_at(self.organizations, w).map(|e| (e.span, e.span))
    }

    /// `he`/`she`: the last person named before it, outside quotes, whose
    /// gender (from a title or the given name) does not clash.
    fn pronoun_at(&self, w: Span) -> Option<(Span, Span)> {
        let word = self.text(w);
        let gender = if word.eq_ignore_ascii_case(b"he") {
            Gender::Male
        } else if word.eq_ignore_ascii_case(b"she") {
            Gender::Female
        } else {
            return None;
        };
        let before = self.people.partition_point(|e| e.span.end <= w.start);
        let mut candidates = self.people[..before]
            .iter()
            .rev()
            .filter(|e| !self.in_quote(e.span.start))
            .take(6)
            .filter(|e| {
                let g = self.gender(e);
                g == gender || g == Gender::Unknown
            });
        let mut person = candidates.next();
        if let Some(opener) = self.line_opener(w, person) {
            return Some((w, opener.canonical));
        }
        // `Gareth Pugh said Mr Jenkins had been …. “…,” he said`: the one
        // spoken of in the same sentence as a speaker is not the pronoun's.
        if let (Some(nearest), Some(speaker)) = (person, candidates.next()) {
            let k = self
                .tokens
                .partition_point(|t| t.span.start < speaker.span.end);
            let cue_after = self.tokens[k..]
                .iter()
                .find(|t| !blank(t))
                .is_some_and(|t| self.cue(t).is_some());
            if (cue_after || self.cue_after_aside(k, nearest.span))
                && self.sentence_end(speaker.span.end) == self.sentence_end(nearest.span.end)
            {
                person = Some(speaker);
            }
        }
        // `One volunteer said …. “…,” she said`: an unnamed speaker named
        // since that person is the nearer one.
        let since = person.map_or(0, |e| e.span.end);
        if let Some(unnamed) = self.unnamed_speaker_between(since, w.start) {
            return Some((w, unnamed));
        }
        person.map(|e| (w, e.canonical))
    }

    /// `Rovers boss Ally Sutherland was less happy. “…,” he said.`: the one
    /// person named in the pronoun's line, as its first sentence's subject,
    /// when the gender filter passed them over on a given name that is a
    /// man's and a woman's in different places ([`CROSS_GENDER_NAMES`])
    /// for `chosen`, named before the line. A title or a kin word (`his
    /// wife`) still rules them out.
    fn line_opener(&self, w: Span, chosen: Option<&Entity>) -> Option<&Entity> {
        // (Only for the nearest person, passed over, whose given name is a
        // man's in one language and a woman's in another: not `John Doe,
        // 34, was charged. “…,” she said`, the officer named before.)
        let before = self.people.partition_point(|e| e.span.end <= w.start);
        let nearest = self.people[..before]
            .iter()
            .rev()
            .find(|e| !self.in_quote(e.span.start))?;
        let given = self
            .text(nearest.canonical)
            .split(|&b| b == b' ')
            .next()
            .unwrap_or_default();
        if chosen.is_some_and(|e| core::ptr::eq(e, nearest)) || !contains(CROSS_GENDER_NAMES, given)
        {
            return None;
        }
        let k = self.tokens.partition_point(|t| t.span.start < w.start);
        // (The line's start within the last 200 tokens: a long line is no
        // paragraph that opens with its subject.)
        let line = self.tokens[k.saturating_sub(200)..k]
            .iter()
            .rposition(|t| t.kind == TokenKind::Newline)
            .map(|j| k.saturating_sub(200) + j + 1)
            .or((k <= 200).then_some(0))?;
        let line_start = self.tokens.get(line)?.span.start;
        if chosen.is_some_and(|e| e.span.start >= line_start) {
            return None;
        }
        let from = self.people.partition_point(|e| e.span.start < line_start);
        let to = self.people.partition_point(|e| e.span.end <= w.start);
        let mut named = self.people[from..to]
            .iter()
            .filter(|e| !self.in_quote(e.span.start));
        let opener = named.next()?;
        if named.any(|e| e.canonical != opener.canonical)
            || self.sentence_end(opener.span.end) == self.sentence_end(w.start)
        {
            return None;
        }
        // Within the sentence's first four words, after no lower-case word
        // but a role's head (`Rovers boss`).
        let first = self
            .tokens
            .partition_point(|t| t.span.start < opener.span.start);
        let mut lead = self.tokens[line..first].iter().filter(|t| !blank(t));
        let plain_lead = lead.clone().count() <= 3
            && lead.all(|t| {
                let word = self.text(t.span);
                t.kind == TokenKind::Word
                    && (word.first().is_some_and(u8::is_ascii_uppercase)
                        || contains(crate::entities::ROLE_HEADS, word))
                    && names::title_gender(word) == Gender::Unknown
                    && !contains(KIN_SPEAKERS, word)
            });
        plain_lead.then_some(opener)
    }

    /// `Colin Kewley, 66, who runs it with his brother Ewan, said …`: from
    /// token `k`, right after a name, an age, a relative clause or an
    /// indefinite description between commas that holds `inner`, then a
    /// cue: the name is the cue's subject, not `inner` (after `X, the
    /// leader of …,` the next name is the subject instead).
    fn cue_after_aside(&self, k: usize, inner: Span) -> bool {
        let mut words = self.tokens[k..].iter().filter(|t| !blank(t));
        if !words.next().is_some_and(|t| self.is_punct(t, b",")) {
            return false;
        }
        let aside = words.next().is_some_and(|t| {
            let w = self.text(t.span);
            matches!(w, b"who" | b"whose" | b"a" | b"an")
                || (t.kind == TokenKind::Number && w.len() <= 3)
        });
        if !aside {
            return false;
        }
        let mut comma = false;
        for t in words.take(40) {
            if t.kind == TokenKind::Punct && matches!(self.text(t.span), b"." | b"?" | b"!" | b";")
            {
                return false;
            }
            if comma && t.span.start >= inner.end {
                return self.cue(t).is_some();
            }
            comma = self.is_punct(t, b",");
        }
        false
    }

    /// The last unnamed speaker that is a cue's subject (`one volunteer
    /// said`) between two offsets, outside quotes, within 150 tokens.
    fn unnamed_speaker_between(&self, from: u32, to: u32) -> Option<Span> {
        let end = self.tokens.partition_point(|t| t.span.start < to);
        let start = self.tokens.partition_point(|t| t.span.start < from);
        let start = start.max(end.saturating_sub(150));
        (start..end).rev().find_map(|k| {
            let t = &self.tokens[k];
            if t.kind != TokenKind::Word
                || !contains(SPEAKER_NOUNS, self.text(t.span))
                || self.in_quote(t.span.start)
            {
                return None;
            }
            let next = self.tokens[k + 1..end].iter().find(|t| !blank(t))?;
            self.cue(next)?;
            self.unnamed_at(t.span).map(|(_, phrase)| phrase)
        })
    }

    /// `a spokesperson for the charity said`, `a spokesperson for the
    /// Department for Education said`: an unnamed speaker with a
    /// complement after `for`, `at` or `with`, the whole within ten words
    /// ending at token `last`. The whole phrase is the speaker.
    fn unnamed_with_complement(&self, last: usize, s0: usize) -> Option<(Span, Span)> {
        let mut k = last;
        for _ in 0..10 {
            let j = self.index_before(k, s0)?;
            let t = &self.tokens[j];
            // (Only words and possessives: a comma or a quote ends it.)
            if t.kind != TokenKind::Word {
                return None;
            }
            if j < last && matches!(self.text(t.span), b"for" | b"at" | b"with") {
                let noun = self.index_before(j, s0)?;
                if let Some((phrase, _)) = self.unnamed_at(self.tokens[noun].span) {
                    let whole = Span::new(phrase.start, self.tokens[last].span.end);
                    return Some((whole, whole));
                }
            }
            k = j;
        }
        None
    }

    /// A person's gender: from a title before the mention (`Mr.`, `Ms.`),
    /// else from the canonical name's given name.
    fn gender(&self, e: &Entity) -> Gender {
        let k = self.tokens.partition_point(|t| t.span.start < e.span.start);
        let title = self.tokens[k.saturating_sub(3)..k]
            .iter()
            .rev()
            .find(|t| t.kind == TokenKind::Word)
            .map_or(&b""[..], |t| self.text(t.span));
        match names::title_gender(title) {
            Gender::Unknown => names::name_gender(self.text(e.canonical)),
            g => g,
        }
    }

    /// `a senior North Korean official said`: a speaker noun, up to five
    /// words back to a determiner.
    fn unnamed_at(&self, w: Span) -> Option<(Span, Span)> {
        let noun = self.text(w);
        // (Or any trade in lower case: `the boat operator`, `a harvester`.)
        let kin = contains(KIN_SPEAKERS, noun);
        let listed = kin || contains(SPEAKER_NOUNS, noun);
        let trade = !listed
            && noun.first().is_some_and(u8::is_ascii_lowercase)
            && crate::entities::is_trade(noun);
        if !listed && !trade {
            return None;
        }
        let k = self.tokens.partition_point(|t| t.span.start < w.start);
        let mut seen = 0;
        for t in self.tokens[..k].iter().rev() {
            match t.kind {
                TokenKind::Space => continue,
                // (A trade's phrase is short and owned by no one: not `the
                // study’s first author`, an appositive after a name.)
                TokenKind::Apostrophe if trade => break,
                TokenKind::Word
                    if trade && {
                        let w = self.text(t.span);
                        // (Straight, curly, or Windows-1252's 0x92.)
                        w.contains(&b'\'')
                            || w.contains(&0x92)
                            || memchr::memmem::find(w, "’".as_bytes()).is_some()
                    } =>
                {
                    break
                }
                TokenKind::Word if seen < if trade { 3 } else { 5 } => {
                    seen += 1;
                    let determiner = self.text(t.span);
                    if contains(SPEAKER_DETERMINERS, determiner) {
                        let phrase = Span::new(t.span.start, w.end);
                        // `the official` after `A senior Dalmorian
                        // official`: the fuller phrase.
                        let the = determiner.eq_ignore_ascii_case(b"the");
                        let earlier = the.then(|| self.introduced(k, self.text(w))).flatten();
                        if kin && !self.kin_speaks(t.span.start, w, the, earlier) {
                            return None;
                        }
                        return Some((phrase, earlier.unwrap_or(phrase)));
                    }
                }
                _ => break,
            }
        }
        None
    }

    /// Whether a relative left unnamed (`a Bryher mother`; `the mother`
    /// when `the`, its determiner opening at `opening`) speaks as such: not
    /// set off after a name (`Tom Hale, 45, a widower, said`: Tom Hale
    /// speaks), and `the mother` only once introduced so (`earlier`) or
    /// with an `of` after it (`the widow of the victim`).
    fn kin_speaks(&self, opening: u32, noun: Span, the: bool, earlier: Option<Span>) -> bool {
        let after_comma = |at: u32| {
            let k = self.tokens.partition_point(|t| t.span.start < at);
            self.token_before(k, 0)
                .is_some_and(|t| self.is_punct(t, b","))
        };
        if !the {
            return !after_comma(opening);
        }
        let of_after = self
            .input
            .get(noun.end as usize..)
            .is_some_and(|r| r.starts_with(b" of "));
        match earlier {
            Some(e) => !after_comma(e.start),
            None => of_after,
        }
    }

    /// The phrase that introduced an unnamed speaker (`a senior official`)
    /// before token `k`, within 600 tokens, by its noun.
    fn introduced(&self, k: usize, noun: &[u8]) -> Option<Span> {
        (k.saturating_sub(600)..k).rev().find_map(|j| {
            let t = &self.tokens[j];
            if t.kind != TokenKind::Word || !self.text(t.span).eq_ignore_ascii_case(noun) {
                return None;
            }
            let i = self.tokens[..j].iter().rev().take(12).position(|t| {
                let w = self.text(t.span);
                t.kind == TokenKind::Word
                    && [&b"a"[..], b"an", b"another", b"one"]
                        .iter()
                        .any(|d| w.eq_ignore_ascii_case(d))
            })?;
            let d = &self.tokens[j - 1 - i];
            // Only words and spaces between the determiner and the noun.
            self.tokens[j - i..j]
                .iter()
                .all(|t| t.kind == TokenKind::Word || blank(t))
                .then(|| Span::new(d.span.start, t.span.end))
        })
    }

    /// Reported speech in a sentence without quote marks: `SPEAKER CUE
    /// (that) CLAUSE` or `CLAUSE, SPEAKER CUE.`
    fn indirect(&self, s: Span) -> Option<Quote> {
        let k0 = self.tokens.partition_point(|t| t.span.start < s.start);
        let k1 = self.tokens.partition_point(|t| t.span.start < s.end);
        let toks = self.tokens.get(k0..k1)?;
        if toks
            .iter()
            .any(|t| matches!(t.kind, TokenKind::OpenQuote | TokenKind::CloseQuote))
        {
            return None;
        }
        for k in k0..k1 {
            let t = &self.tokens[k];
            if t.kind != TokenKind::Word || !contains(INDIRECT_CUES, self.text(t.span)) {
                continue;
            }
            if self.text(t.span)[0].is_ascii_uppercase() && self.after_capitalised(t.span) {
                continue;
            }
            // Passive and adjectival uses: `was told to`, `a noted author`.
            if let Some(p) = self.token_before(k, k0) {
                if contains(NOT_SPEECH_BEFORE, self.text(p.span)) {
                    continue;
                }
            }
            let speaker = self
                .subject(k, k0, Cue::Finite)
                .or_else(|| self.subject_organization(k, k0));
            let Some((mention, speaker)) = speaker else {
                continue;
            };
            let attribution = |span| Quote {
                kind: QuoteKind::Indirect,
                span,
                speaker_mention: Some(mention),
                speaker: Some(speaker),
                cue: Some(t.span),
            };
            // `CLAUSE, the company said (in a statement).`, unless a clause
            // follows the cue after an appositive name (`On Tuesday the
            // mayor, Jo Bell, said the plan would work`: what comes before
            // is no clause).
            // (Only past an appositive name, `the mayor, Jo Bell, said`:
            // not `The bridge is unsafe, Jo Bell said Tuesday, citing …`.)
            let appositive = self
                .token_before(k, k0)
                .is_some_and(|t| self.is_punct(t, b","));
            let after = self.clause_after(k, k1);
            if mention.start > s.start && !(appositive && after.is_some()) {
                if let Some(clause) = self.clause_before(k0, mention, k, k1) {
                    return Some(attribution(clause));
                }
            }
            if let Some(clause) = after {
                return Some(attribution(clause));
            }
        }
        None
    }

    /// `the Panhandle Producers Alliance said: “…”`, `The Michigan Health
    /// Plan Alliance (MHPA), which represents insurers, said … it supported
    /// “…”`: an organisation as the subject of the cue at `cue_k`: the
    /// first name in its sentence (after `the` or an opening phrase and
    /// its comma), with no person between it and the cue.
    fn organization_subject(&self, cue_k: usize, s0: usize) -> Option<(Span, Span)> {
        let from = self.tokens.get(s0)?.span.start;
        let to = self.tokens[cue_k].span.start;
        let i = self.organizations.partition_point(|e| e.span.start < from);
        let org = self.organizations.get(i).filter(|e| e.span.end <= to)?;
        if self.in_quote(org.span.start) || self.person_between(org.span.end, to, org.span) {
            return None;
        }
        let p = self.people.partition_point(|e| e.span.start < from);
        if self
            .people
            .get(p)
            .is_some_and(|e| e.span.end <= org.span.start)
        {
            return None;
        }
        // Before it: nothing, `the`, or a phrase closed by a comma.
        let k = self
            .tokens
            .partition_point(|t| t.span.start < org.span.start);
        let opens = match self.index_before(k, s0) {
            None => true,
            Some(b) => {
                let w = self.text(self.tokens[b].span);
                self.is_punct(&self.tokens[b], b",")
                    || (w.eq_ignore_ascii_case(b"the")
                        && self
                            .index_before(b, s0)
                            .is_none_or(|c| self.is_punct(&self.tokens[c], b",")))
            }
        };
        // After it: the cue, maybe past a short form in parentheses, a
        // clause between commas or `in a statement`.
        let after = self.tokens.partition_point(|t| t.span.start < org.span.end);
        let words = self.tokens[after..cue_k]
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .count();
        let comma_or_paren = self.tokens[after..cue_k]
            .iter()
            .any(|t| t.kind == TokenKind::Punct && matches!(self.text(t.span), b"," | b"("));
        (opens && (words == 0 || (comma_or_paren && words <= 8)))
            .then_some((org.span, self.organization_name(org.span)))
    }

    /// A body's name as a speaker: its long form where the mention is an
    /// acronym's use (`SGHUC` → `St George’s Harbour Users Committee`).
    fn organization_name(&self, mention: Span) -> Span {
        self.acronyms
            .iter()
            .find(|a| a.span == mention)
            .map_or(mention, |a| a.long)
    }

    /// `“…,” the Hohoe Cocoa Farmers Union said`, `“…,” said the HCFU.`:
    /// words that are one organisation's name and nothing else, after
    /// `the` or not.
    fn organization_words(&self, words: &[usize]) -> Option<(Span, Span)> {
        let the = words
            .first()
            .is_some_and(|&i| self.text(self.tokens[i].span).eq_ignore_ascii_case(b"the"));
        let rest = &words[usize::from(the)..];
        let (&first, &last) = (rest.first()?, rest.last()?);
        if rest.iter().any(|&i| self.tokens[i].kind != TokenKind::Word) {
            return None;
        }
        let words = Span::new(self.tokens[first].span.start, self.tokens[last].span.end);
        // (Or the long form of an acronym the article spelled out, when
        // the entity reader did not take it for a body's name: `the
        // Syndicat des goémoniers du Léon said`.)
        let spelled_out = || {
            let text = self.text(words);
            self.acronyms
                .iter()
                .find(|a| self.text(a.long) == text)
                .map(|a| (words, a.long))
        };
        let Some(org) = entity_at(self.organizations, self.tokens[first].span) else {
            return spelled_out();
        };
        (org.span.start == words.start && org.span.end >= words.end)
            .then(|| (org.span, self.organization_name(org.span)))
            .or_else(spelled_out)
    }

    /// `Nordlys Linjer said`: an organisation right before the cue, for
    /// reported speech.
    fn subject_organization(&self, cue_k: usize, s0: usize) -> Option<(Span, Span)> {
        let j = self.index_before(cue_k, s0)?;
        let t = &self.tokens[j];
        (t.kind == TokenKind::Word)
            .then(|| self.organization_at(t.span))
            .flatten()
    }

    /// The clause of `CLAUSE, SPEAKER CUE …`: everything before the comma
    /// that precedes the speaker, if only a few words follow the cue.
    fn clause_before(&self, k0: usize, mention: Span, cue_k: usize, k1: usize) -> Option<Span> {
        let m = self
            .tokens
            .partition_point(|t| t.span.start < mention.start);
        let comma = self.index_before(m, k0)?;
        if !self.is_punct(&self.tokens[comma], b",") {
            return None;
        }
        // Words after the cue: `in a statement`, `on Friday`.
        let tail = self.tokens[cue_k + 1..k1]
            .iter()
            .filter(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number)
            .count();
        if tail > 4 {
            return None;
        }
        self.words_span(k0, comma, 4)
    }

    /// The clause after the cue: after `that` when it comes within a few
    /// words (`told business leaders … that`), else right after the cue if
    /// the cue takes a bare clause (`said the city would …`).
    fn clause_after(&self, cue_k: usize, k1: usize) -> Option<Span> {
        let mut words = 0;
        let mut k = cue_k + 1;
        while k < k1 && words < 10 {
            let t = &self.tokens[k];
            if t.kind == TokenKind::Word {
                if self.text(t.span) == b"that" {
                    return self.words_span(k + 1, self.clause_end(k + 1, k1), 4);
                }
                words += 1;
            } else if !blank(t) && t.kind != TokenKind::Number && !self.is_punct(t, b".") {
                break;
            }
            k += 1;
        }
        let cue_word = self.text(self.tokens[cue_k].span);
        if !contains(BARE_CLAUSE_CUES, cue_word) {
            return None;
        }
        let next = self.tokens[cue_k + 1..k1].iter().position(|t| !blank(t))? + cue_k + 1;
        let t = &self.tokens[next];
        if t.kind != TokenKind::Word || contains(NOT_CLAUSE_START, self.text(t.span)) {
            return None;
        }
        self.words_span(next, self.clause_end(next, k1), 4)
    }

    /// Where a reported clause ends: before the sentence's final
    /// punctuation.
    fn clause_end(&self, from: usize, k1: usize) -> usize {
        let mut end = k1;
        while end > from {
            let t = &self.tokens[end - 1];
            if blank(t) || t.kind == TokenKind::Punct {
                end -= 1;
            } else {
                break;
            }
        }
        end
    }

    /// The span of tokens `from..to` trimmed of blanks, if it holds at
    /// least `min` words.
    fn words_span(&self, from: usize, to: usize, min: usize) -> Option<Span> {
        let toks = self.tokens.get(from..to)?;
        let words = toks
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .count();
        if words < min {
            return None;
        }
        let a = toks.iter().position(|t| !blank(t))?;
        let b = toks.iter().rposition(|t| !blank(t))?;
        Some(Span::new(toks[a].span.start, toks[b].span.end))
    }
}

/// The entity (of a list sorted by start) whose span contains `w`.
fn entity_at(list: &[Entity], w: Span) -> Option<&Entity> {
    let i = list.partition_point(|e| e.span.end < w.end);
    list.get(i)
        .filter(|e| e.span.start <= w.start && w.end <= e.span.end)
}

/// How much a quotation holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Size {
    /// Three words or more.
    Utterance,
    /// A word or two with their own punctuation: `“No,” she replied`.
    Short,
    /// A word or two without: `left her “completely stuck”`.
    Phrase,
}

/// The sort of cue.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// `said`, `told`: the subject stands right before it.
    Finite,
    /// `noting`, `adding`: the subject is the sentence's.
    Participle,
    /// `according to X`.
    According,
}

/// Cue verbs for quotes beyond the shared reporting verbs: present tense,
/// participles, and verbs that frame a quoted phrase (`called it “…”`).
const MORE_CUES: &WordSet = &WordSet::new(&[
    "acknowledged",
    "adding",
    "adds",
    "agreed",
    "argues",
    "asking",
    "asks",
    "boasted",
    "called",
    "calling",
    "cautioned",
    "countered",
    "described",
    "describing",
    "emphasised",
    "emphasized",
    "explaining",
    "explains",
    "insists",
    "joked",
    "laughed",
    "notes",
    "observed",
    "pleaded",
    "predicted",
    "promised",
    "recalls",
    "reiterated",
    "responded",
    "shouted",
    "speaking",
    "telling",
    "vowed",
    "warning",
    "writes",
]);

/// Cues that introduce reported speech without marks.
const INDIRECT_CUES: &WordSet = &WordSet::new(&[
    "acknowledged",
    "added",
    "admitted",
    "announced",
    "argued",
    "asserted",
    "claimed",
    "conceded",
    "confirmed",
    "declared",
    "explained",
    "insisted",
    "noted",
    "predicted",
    "said",
    "says",
    "stated",
    "stressed",
    "told",
    "warned",
    "wrote",
]);

/// Cues that take a clause without `that` (`said the city would …`);
/// the others need `that` (`announced that`, not `announced a plan`).
const BARE_CLAUSE_CUES: &WordSet = &WordSet::new(&[
    "added", "argued", "claimed", "insisted", "said", "says", "stressed", "warned", "wrote",
]);

/// Words before a cue that make it not speech: passives and adjectives
/// (`was told to`, `a noted author`, `that said`).
const NOT_SPEECH_BEFORE: &WordSet = &WordSet::new(&[
    "a", "an", "be", "been", "being", "is", "that", "the", "this", "were",
]);

/// Words that cannot open a reported clause right after the cue.
const NOT_CLAUSE_START: &WordSet = &WordSet::new(&[
    "about", "after", "and", "as", "at", "before", "but", "by", "during", "for", "from", "in",
    "of", "on", "so", "that", "then", "through", "to", "via", "when", "with",
]);

/// Words skipped between a subject and its cue (`Abe was quoted as
/// saying`, `Pence also said`, `she has said`).
const SUBJECT_SKIP: &WordSet = &WordSet::new(&[
    "again",
    "also",
    "as",
    "earlier",
    "even",
    "further",
    "had",
    "has",
    "have",
    "later",
    "once",
    "previously",
    "quoted",
    "recently",
    "repeatedly",
    "reportedly",
    "simply",
    "then",
    "was",
    "would",
]);

/// Determiners that open an unnamed speaker (`a senior official`).
const SPEAKER_DETERMINERS: &WordSet = &WordSet::new(&["a", "an", "another", "one", "the"]);

/// How many tokens before its verb a sentence's subject is looked for:
/// more than any real sentence's reach (about 200 words).
const SUBJECT_WINDOW: usize = 400;

/// Given names that are a man's in one language and a woman's in another
/// (`Andrea`, `Nicola`, `Simone`), or short for either (`Ally`, `Sasha`):
/// the gender lists give them one.
const CROSS_GENDER_NAMES: &WordSet = &WordSet::new(&[
    "ally", "andrea", "daniele", "gabriele", "jan", "jean", "kim", "michele", "nicola", "sasha",
    "simone",
]);

/// Kin, and a man or a woman, who speak unnamed once introduced so (`A
/// Bryher mother … said`, then `the mother said`); `the mother` or `the
/// man` alone may be a person named before (`Sarah Jonesby lost her son
/// …`, `Tom Hale, a farmer, … the man said`).
const KIN_SPEAKERS: &WordSet = &WordSet::new(&[
    "father",
    "grandfather",
    "grandmother",
    "grandparent",
    "man",
    "mother",
    "widow",
    "widower",
    "woman",
]);

/// Nouns that head an unnamed speaker.
const SPEAKER_NOUNS: &WordSet = &WordSet::new(&[
    "activist",
    "ambassador",
    "analyst",
    "attorney",
    "backpacker",
    "broker",
    "buyer",
    "campaigner",
    "chairman",
    "chairwoman",
    "commander",
    "commuter",
    "consultant",
    "contractor",
    "coordinator",
    "customer",
    "dealer",
    "diplomat",
    "director",
    "doctor",
    "driver",
    "economist",
    "elder",
    "employee",
    "engineer",
    "envoy",
    "executive",
    "expert",
    "exporter",
    "family",
    "fan",
    "farmer",
    "fisherman",
    "grower",
    "guide",
    "herder",
    "importer",
    "islander",
    "landlord",
    "lawyer",
    "manager",
    "merchant",
    "miner",
    "minister",
    "motorist",
    "neighbor",
    "neighbour",
    "nurse",
    "officer",
    "official",
    "organiser",
    "organizer",
    "owner",
    "parent",
    "passenger",
    "pensioner",
    "pilot",
    "president",
    "producer",
    "prosecutor",
    "pupil",
    "reporter",
    "researcher",
    "resident",
    "retailer",
    "retiree",
    "scientist",
    "secretary",
    "seller",
    "shopkeeper",
    "shopper",
    "source",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "student",
    "supplier",
    "supporter",
    "teacher",
    "tenant",
    "tourist",
    "trader",
    "vendor",
    "villager",
    "visitor",
    "volunteer",
    "voter",
    "wholesaler",
    "witness",
    "worker",
]);

/// Words of how someone spoke in a frame before a colon (`He was blunt
/// about the alternative:`).
const MANNERS_OF_SPEAKING: &WordSet = &WordSet::new(&[
    "adamant",
    "blunt",
    "candid",
    "categorical",
    "defiant",
    "direct",
    "emphatic",
    "firm",
    "forthright",
    "frank",
    "succinct",
    "unequivocal",
]);

/// Nouns after a quoted name that say what it names (`the “Safe Streets”
/// campaign`).
const NAMED_THINGS: &WordSet = &WordSet::new(&[
    "app",
    "award",
    "brand",
    "campaign",
    "drive",
    "festival",
    "initiative",
    "movement",
    "operation",
    "plan",
    "policy",
    "program",
    "programme",
    "project",
    "scheme",
    "series",
    "show",
    "slogan",
    "strategy",
]);

#[cfg(test)]
mod tests {
    use super::*;

    /// A quote as (text, speaker, mention, cue).
    type Read = (String, Option<String>, Option<String>, Option<String>);

    /// The article's quotes.
    fn read(text: &str) -> Vec<Read> {
        let article = crate::parse_with(text.as_bytes(), &crate::Options::new().plain(true));
        let s = |span: Span| String::from_utf8_lossy(article.text(span)).into_owned();
        article
            .quotes()
            .iter()
            .map(|q| {
                (
                    s(q.span),
                    q.speaker.map(s),
                    q.speaker_mention.map(s),
                    q.cue.map(s),
                )
            })
            .collect()
    }

    #[test]
    fn a_surname_resolves_to_the_full_name_and_keeps_its_mention() {
        let q = read("Anna Bakker chairs the board.\n\n“We will sell the yard,” Bakker said.");
        assert_eq!(q[0].1.as_deref(), Some("Anna Bakker"));
        assert_eq!(q[0].2.as_deref(), Some("Bakker"));
        assert_eq!(q[0].3.as_deref(), Some("said"));
    }

    #[test]
    fn a_role_stands_for_its_one_holder() {
        let q = read(
            "Secretary Ruth Amsel met the envoys.\n\n\
             The Secretary said: “The talks were frank and useful for both sides.”",
        );
        assert_eq!(q[0].1.as_deref(), Some("Ruth Amsel"));
        assert_eq!(q[0].2.as_deref(), Some("Secretary"));
    }

    #[test]
    fn titles_and_given_names_give_a_pronoun_its_gender() {
        // The nearest person is a man by title, so `she` skips him.
        let q = read(
            "Priya Raman hired Mr. Kit Osei last year.\n\n\
             “He learns fast and he never complains,” she said.",
        );
        assert_eq!(q[0].1.as_deref(), Some("Priya Raman"));
        assert_eq!(q[0].2.as_deref(), Some("she"));
    }

    #[test]
    fn the_line_s_opener_answers_a_pronoun_its_given_name_seems_to_clash_with() {
        // `Andrea` is listed as a woman's name, but the line introduces
        // him and nobody else before `he said`.
        let q = read(
            "“It was hard,” Gordon Ferrie said.\n\n\
             Rovers boss Andrea Rossi was less happy. “We had the chances,” he said.",
        );
        assert_eq!(q[1].1.as_deref(), Some("Andrea Rossi"));
        // A title or a kin word settles the gender: the man named before.
        for lead in ["Ms Andrea Rossi", "His wife Andrea Rossi"] {
            let q = read(&format!(
                "“It was hard,” Gordon Ferrie said.\n\n\
                 {lead} was less happy. “We had the chances,” he said."
            ));
            assert_eq!(q[1].1.as_deref(), Some("Gordon Ferrie"), "{lead}");
        }
        // A name that is only a man's: the officer named before speaks.
        let q = read(
            "Sergeant Anne Hill said officers were called.\n\n\
             John Doe, 34, was charged. “He will appear in court on Monday,” she said.",
        );
        assert_eq!(q[0].1.as_deref(), Some("Anne Hill"));
    }

    #[test]
    fn a_pronoun_with_nobody_named_before_has_no_speaker() {
        let q = read("“The gates open at nine every morning,” she said.");
        assert_eq!(q[0].1, None);
    }

    #[test]
    fn word_sets_find_their_words() {
        for set in [
            SPEAKER_DETERMINERS,
            SPEAKER_NOUNS,
            KIN_SPEAKERS,
            CROSS_GENDER_NAMES,
            MORE_CUES,
            INDIRECT_CUES,
            BARE_CLAUSE_CUES,
            NOT_SPEECH_BEFORE,
            NOT_CLAUSE_START,
            SUBJECT_SKIP,
            MANNERS_OF_SPEAKING,
        ] {
            crate::lexicon::tests::assert_set_finds_its_words(set);
        }
    }
}
