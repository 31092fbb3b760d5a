//! The article: one parse over one article's bytes.
//!
//! [`parse`] tokenizes once, splits the tokens into blocks
//! ([`blocks`](self)), classifies the blocks and reads the header and the
//! wire dateline (`classify`, `header`, `dateline`), then splits every block
//! into sentences. Everything it returns is a [`Span`] into the input or a
//! value computed from one; nothing is copied.

mod blocks;
mod classify;
mod dateline;
mod header;

use alloc::vec::Vec;

use crate::date::Date;
use crate::entities::{Acronym, Entity};
use crate::numbers::NumberExpr;
use crate::quotes::Quote;
use crate::span::Span;
use crate::times::TimeExpr;
use crate::token::{Token, Tokens};

/// Options for [`parse_with`].
///
/// # Example
/// ```
/// use newsprint::{Date, Options};
/// let options = Options::new().plain(true).reference_date(Date::ymd(2017, 4, 19));
/// let article = newsprint::parse_with(b"Title-like line\n\nBody.", &options);
/// assert!(article.title().is_none());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The input is body text: no header, caption or boilerplate detection;
    /// every block is [`BlockKind::Body`].
    pub plain: bool,
    /// The reference date for articles that state none: it places a
    /// dateline's `March 3` in a year and resolves relative time
    /// expressions (`on Tuesday`, `last month`).
    pub reference_date: Option<Date>,
}

impl Options {
    /// The defaults: full layout detection, no reference date.
    pub fn new() -> Options {
        Options::default()
    }

    /// Treat the input as body text only.
    pub fn plain(mut self, plain: bool) -> Options {
        self.plain = plain;
        self
    }

    /// Set the reference date for articles that state none.
    pub fn reference_date(mut self, date: Option<Date>) -> Options {
        self.reference_date = date;
        self
    }
}

/// What a block of an article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BlockKind {
    /// The headline.
    Title,
    /// A standfirst right under the headline.
    Subtitle,
    /// A byline or a publisher line.
    Byline,
    /// A date line or a reading-time line.
    Date,
    /// A wire dateline standing on its own line.
    Dateline,
    /// A paragraph of the story.
    Body,
    /// A section heading inside the story (`A Family Trade`), a label above
    /// a key-points list (`Key points:`), or a line of a fact box
    /// (`Referee: Owen Dale`).
    Heading,
    /// A photo caption.
    Caption,
    /// A contributor credit: `Reporting by X; Editing by Y`.
    Credit,
    /// Site furniture: subscription pitches, `Latest News`, copyright, `--`.
    Boilerplate,
    /// A block repeating an earlier one.
    Duplicate,
}

impl BlockKind {
    /// The name used in the JSON record.
    pub const fn as_str(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Subtitle => "subtitle",
            BlockKind::Byline => "byline",
            BlockKind::Date => "date",
            BlockKind::Dateline => "dateline",
            BlockKind::Body => "body",
            BlockKind::Heading => "heading",
            BlockKind::Caption => "caption",
            BlockKind::Credit => "credit",
            BlockKind::Boilerplate => "boilerplate",
            BlockKind::Duplicate => "duplicate",
        }
    }
}

/// A block: a paragraph or a header line, with its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// From its first to its last non-blank byte.
    pub span: Span,
    #[cfg_attr(feature = "serde", serde(skip))]
    tokens: (u32, u32),
    #[cfg_attr(feature = "serde", serde(skip))]
    sentences: (u32, u32),
}

impl Block {
    /// The block's tokens, as a range of indices into
    /// [`Article::tokens`].
    pub(crate) fn token_range(&self) -> (usize, usize) {
        (self.tokens.0 as usize, self.tokens.1 as usize)
    }

    /// The block's sentences, as a range of indices into
    /// [`Article::sentences`].
    pub(crate) fn sentence_range(&self) -> (usize, usize) {
        (self.sentences.0 as usize, self.sentences.1 as usize)
    }
}

/// A date read from the text, with where it was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct DateField {
    /// The date (the year may be unknown in a dateline).
    pub date: Date,
    /// Where the date is written.
    pub span: Span,
}

/// A wire dateline: `ROTTERDAM, March 3 (Reuters) -`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Dateline {
    /// The whole dateline, through its dash.
    pub span: Span,
    /// The place (`ROTTERDAM`); empty when the dateline names none (`Nov.
    /// 14 (UPI) --`).
    pub place: Span,
    /// The agency, in parentheses (`Reuters`) or between slashes
    /// (`PRNewswire`).
    pub agency: Option<Span>,
    /// The date, placed in the article's year when it has one.
    pub date: Option<DateField>,
}

/// The article's header: what the lines above the story say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Header {
    /// The headline.
    pub title: Option<Span>,
    /// The standfirst.
    pub subtitle: Option<Span>,
    /// People in the byline.
    pub authors: Vec<Span>,
    /// The organisation or outlet named in the header.
    pub publisher: Option<Span>,
    /// The publication date.
    pub published: Option<DateField>,
    /// `3 min read` → 3.
    pub reading_minutes: Option<u32>,
}

/// Kinds of [`Warning`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum WarningKind {
    /// Bytes that are not valid UTF-8 (read as Windows-1252).
    InvalidUtf8,
    /// Mojibake: UTF-8 text that was once read as Windows-1252 and saved
    /// again (`â€œ` for `“`). The span covers a run of garbled characters.
    Mojibake,
    /// The article was longer than 4 GiB − 1 and was cut there.
    Truncated,
    /// The article has no text at all.
    Empty,
}

impl WarningKind {
    /// The name used in the JSON record.
    pub const fn as_str(self) -> &'static str {
        match self {
            WarningKind::InvalidUtf8 => "invalid_utf8",
            WarningKind::Mojibake => "mojibake",
            WarningKind::Truncated => "truncated",
            WarningKind::Empty => "empty",
        }
    }
}

/// Something odd about the input that did not stop the parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Warning {
    /// What is odd.
    pub kind: WarningKind,
    /// Where.
    pub span: Span,
}

/// One parsed article. Borrows its input; every position is a [`Span`] into
/// it.
#[derive(Clone, Debug)]
pub struct Article<'a> {
    input: &'a [u8],
    tokens: Vec<Token>,
    blocks: Vec<Block>,
    sentences: Vec<Span>,
    header: Header,
    dateline: Option<Dateline>,
    credits: Vec<Span>,
    warnings: Vec<Warning>,
    entities: Vec<Entity>,
    acronyms: Vec<Acronym>,
    quotes: Vec<Quote>,
    times: Vec<TimeExpr>,
    numbers: Vec<NumberExpr>,
}

/// The longest article: spans are `u32`.
const MAX_ARTICLE: usize = u32::MAX as usize - 1;

/// Parse one article with default [`Options`].
///
/// Never fails and never panics: odd input gives odd blocks and
/// [`warnings`](Article::warnings), not errors.
pub fn parse(input: &[u8]) -> Article<'_> {
    parse_with(input, &Options::default())
}

/// Parse one article.
pub fn parse_with<'a>(input: &'a [u8], options: &Options) -> Article<'a> {
    let mut warnings = Vec::new();
    let input = if input.len() > MAX_ARTICLE {
        warnings.push(Warning {
            kind: WarningKind::Truncated,
            span: Span::from_usize(MAX_ARTICLE, MAX_ARTICLE),
        });
        &input[..MAX_ARTICLE]
    } else {
        input
    };
    // News text averages two to three bytes a token: reserve once for
    // ordinary articles, and let huge inputs grow as they go.
    let mut tokens = Vec::with_capacity((input.len() / 2 + 8).min(1 << 20));
    // Tokens that may open a time expression or a number, noted while the
    // token is at hand so that those extractors need no pass of their own.
    let mut time_candidates = Vec::with_capacity(tokens.capacity() / 16);
    for t in Tokens::new(input) {
        if t.is_invalid_utf8() {
            note_invalid_utf8(input, t, &mut warnings);
        }
        if crate::times::may_open(input, t) {
            time_candidates.push(crate::span::to_u32(tokens.len()));
        }
        tokens.push(t);
    }
    note_mojibake(input, &mut warnings);
    let raw = blocks::split(input, &tokens);
    // Sentences first: the classifier uses their count.
    let mut sentences = Vec::with_capacity(raw.len() * 2);
    let mut sentence_ranges = Vec::with_capacity(raw.len());
    for rb in &raw {
        let first = sentences.len() as u32;
        let toks = &tokens[rb.tokens.0 as usize..rb.tokens.1 as usize];
        crate::sentences::split(input, toks, |s| sentences.push(s));
        sentence_ranges.push((first, sentences.len() as u32));
    }
    let mut article = Article {
        input,
        tokens,
        blocks: Vec::with_capacity(raw.len()),
        sentences,
        header: Header::default(),
        dateline: None,
        credits: Vec::new(),
        warnings,
        entities: Vec::new(),
        acronyms: Vec::new(),
        quotes: Vec::new(),
        times: Vec::new(),
        numbers: Vec::new(),
    };
    let kinds = if options.plain {
        alloc::vec![BlockKind::Body; raw.len()]
    } else {
        classify::classify(&mut article, &raw, &sentence_ranges, options)
    };
    for ((rb, kind), sentences) in raw.iter().zip(kinds).zip(sentence_ranges) {
        article.blocks.push(Block {
            kind,
            span: rb.span,
            tokens: rb.tokens,
            sentences,
        });
    }
    let (entities, acronyms) = crate::entities::extract(
        article.input,
        &article.tokens,
        &article.blocks,
        &article.sentences,
        &article.credits,
        article
            .dateline
            .as_ref()
            .map(|d| d.place)
            .filter(|p| !p.is_empty()),
    );
    article.quotes = crate::quotes::extract(
        article.input,
        &article.tokens,
        &article.blocks,
        &article.sentences,
        &entities,
        &acronyms,
    );
    article.entities = entities;
    article.acronyms = acronyms;
    let reference = article
        .header
        .published
        .map(|p| p.date)
        .filter(|d| d.year.is_some() && d.day.is_some())
        .or(options.reference_date);
    // The time pass also notes the tokens where a number may start.
    let mut number_starts = Vec::new();
    article.times = crate::times::extract(
        article.input,
        &article.tokens,
        &article.blocks,
        &article.sentences,
        reference,
        &time_candidates,
        &mut number_starts,
    );
    article.numbers = crate::numbers::extract(
        article.input,
        &article.tokens,
        &number_starts,
        &article.times,
    );
    if article.blocks.is_empty() {
        article.warnings.push(Warning {
            kind: WarningKind::Empty,
            span: Span::from_usize(0, input.len()),
        });
    }
    article
}

/// Record runs of mojibake, keeping the warnings in input order. Every
/// garbled character starts with the byte `0xC3`, so a SIMD search for it
/// skips clean text (ASCII and most other scripts) at memory speed.
fn note_mojibake(input: &[u8], warnings: &mut Vec<Warning>) {
    let before = warnings.len();
    let mut end = 0;
    for at in memchr::memchr_iter(0xC3, input) {
        if at < end {
            continue;
        }
        let Some((len, _)) = crate::text::mojibake_at(input, at) else {
            continue;
        };
        match warnings.last_mut() {
            Some(w) if w.kind == WarningKind::Mojibake && w.span.end as usize == at => {
                w.span.end = (at + len) as u32
            }
            _ => warnings.push(Warning {
                kind: WarningKind::Mojibake,
                span: Span::from_usize(at, at + len),
            }),
        }
        end = at + len;
    }
    if warnings.len() > before && before > 0 {
        warnings.sort_by_key(|w| w.span.start);
    }
}

/// Record the exact invalid bytes of a flagged token, merging neighbours.
fn note_invalid_utf8(input: &[u8], t: Token, warnings: &mut Vec<Warning>) {
    let mut i = t.span.start as usize;
    let end = t.span.end as usize;
    while i < end {
        let d = crate::text::decode(input, i);
        if d.invalid {
            let span = Span::from_usize(i, i + d.len);
            match warnings.last_mut() {
                Some(w) if w.kind == WarningKind::InvalidUtf8 && w.span.end == span.start => {
                    w.span.end = span.end
                }
                _ => warnings.push(Warning {
                    kind: WarningKind::InvalidUtf8,
                    span,
                }),
            }
        }
        i += d.len;
    }
}

impl<'a> Article<'a> {
    /// Every entity mention (people, organisations, places,
    /// nationalities), in text order within each block.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Acronym definitions and their later uses.
    pub fn acronyms(&self) -> &[Acronym] {
        &self.acronyms
    }

    /// Quotations with their speakers, in text order.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// Time expressions (TIMEX3 dates, times, durations and sets), in text
    /// order, resolved against the publication date or
    /// [`Options::reference_date`].
    pub fn times(&self) -> &[TimeExpr] {
        &self.times
    }

    /// Numbers with their units (cardinals, ordinals, percents, money,
    /// quantities), in text order; none inside a time expression.
    pub fn numbers(&self) -> &[NumberExpr] {
        &self.numbers
    }

    /// The article's bytes.
    pub fn input(&self) -> &'a [u8] {
        self.input
    }

    /// The bytes a span covers.
    pub fn text(&self, span: Span) -> &'a [u8] {
        span.slice(self.input)
    }

    /// Every token, in order; their spans tile the input.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// Every non-blank block, in order.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The tokens of one block (trimmed of surrounding white space).
    pub fn block_tokens(&self, block: &Block) -> &[Token] {
        self.tokens
            .get(block.tokens.0 as usize..block.tokens.1 as usize)
            .unwrap_or(&[])
    }

    /// The sentence spans of one block.
    pub fn block_sentences(&self, block: &Block) -> &[Span] {
        self.sentences
            .get(block.sentences.0 as usize..block.sentences.1 as usize)
            .unwrap_or(&[])
    }

    /// Every sentence span, in order, over all blocks.
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }

    /// The header fields.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The headline, if any.
    pub fn title(&self) -> Option<Span> {
        self.header.title
    }

    /// The publication date: from a date line or byline in the header, a
    /// date line further down, or a dateline that states its year. Dates
    /// without a year, update times (when a publication time is given) and
    /// date ranges (`1938 – 2024`) never count.
    pub fn published(&self) -> Option<DateField> {
        self.header.published
    }

    /// The wire dateline, if the body opens with one.
    pub fn dateline(&self) -> Option<&Dateline> {
        self.dateline.as_ref()
    }

    /// Contributors named in credit blocks.
    pub fn credits(&self) -> &[Span] {
        &self.credits
    }

    /// What was odd about the input.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }
}
