//! The JSON Lines record of `shared/docs/OUTPUT.md`: the stable, serialised
//! view of an [`Article`] (feature `serde`).
//!
//! Spans become `[start, end]` pairs relative to the article; `text` fields
//! are the span's bytes as UTF-8 with invalid bytes replaced by U+FFFD. Every
//! key is always present.

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde::Serialize;

use crate::article::{Article, DateField};
use crate::span::Span;

/// A `[start, end)` pair.
type Pair = [u32; 2];

fn pair(s: Span) -> Pair {
    [s.start, s.end]
}

/// `bytes` as text, invalid UTF-8 replaced by U+FFFD. Valid text, nearly all
/// of it, is borrowed after `from_utf8`'s check, which reads ASCII a word at
/// a time where `from_utf8_lossy`'s chunking reads it a byte at a time.
fn lossy(bytes: &[u8]) -> Cow<'_, str> {
    match core::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// `bytes` as a name: like [`lossy`] for UTF-8, but bytes that are not
/// UTF-8 are read as Windows-1252 (as the tokenizer reads them), so that a
/// name from a cp1252 article prints as `Pádraig`, not `P\u{FFFD}draig`. For
/// the fields that name things rather than show a span's text.
fn decoded(bytes: &[u8]) -> Cow<'_, str> {
    if let Ok(text) = core::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for &b in chunk.invalid() {
            out.push(crate::text::cp1252_char(b).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
    }
    Cow::Owned(out)
}

/// `{"text", "span"}`.
#[derive(Clone, Debug, Serialize)]
pub struct Field<'a> {
    /// The span's text, lossily decoded.
    pub text: Cow<'a, str>,
    /// The span.
    pub span: Pair,
}

/// `{"value", "text", "span"}` for a date.
#[derive(Clone, Debug, Serialize)]
pub struct DateRecord<'a> {
    /// `YYYY-MM-DD` (`XXXX` for an unknown year).
    pub value: String,
    /// The date as written.
    pub text: Cow<'a, str>,
    /// Where it is written.
    pub span: Pair,
}

/// The dateline.
#[derive(Clone, Debug, Serialize)]
pub struct DatelineRecord<'a> {
    /// The place.
    pub place: Option<Field<'a>>,
    /// The agency.
    pub agency: Option<Field<'a>>,
    /// The date.
    pub date: Option<DateRecord<'a>>,
    /// The whole dateline.
    pub span: Pair,
}

/// One block.
#[derive(Clone, Debug, Serialize)]
pub struct BlockRecord {
    /// `body`, `caption`, …
    pub kind: &'static str,
    /// The block.
    pub span: Pair,
    /// Its sentences.
    pub sentences: Vec<Pair>,
}

/// One warning.
#[derive(Clone, Debug, Serialize)]
pub struct WarningRecord {
    /// `invalid_utf8`, `truncated`, `empty`.
    pub kind: &'static str,
    /// Where.
    pub span: Pair,
}

/// One entity mention.
#[derive(Clone, Debug, Serialize)]
pub struct EntityRecord<'a> {
    /// `person`, `organization`, `place`, `nationality` or `other`.
    pub kind: &'static str,
    /// The mention's text.
    pub text: Cow<'a, str>,
    /// The mention's span.
    pub span: [u32; 2],
    /// The fullest name the article uses for this entity (bytes that are
    /// not UTF-8 read as Windows-1252, as in every name field).
    pub canonical: Cow<'a, str>,
    /// The role attached to a person.
    pub role: Option<Cow<'a, str>>,
}

/// One acronym use with its definition.
#[derive(Clone, Debug, Serialize)]
pub struct AcronymRecord<'a> {
    /// The short form.
    pub short: Cow<'a, str>,
    /// The long form.
    pub long: Cow<'a, str>,
    /// This use of the short form.
    pub span: [u32; 2],
}

/// A quotation.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteRecord<'a> {
    /// The content without the enclosing marks.
    pub text: Cow<'a, str>,
    /// The content's span.
    pub span: [u32; 2],
    /// `full`, `partial` or `indirect`.
    pub kind: &'static str,
    /// The speaker's canonical name, or the unnamed speaker's noun phrase.
    pub speaker: Option<Cow<'a, str>>,
    /// The mention the attribution was made from.
    pub speaker_text: Option<Cow<'a, str>>,
    /// That mention's span.
    pub speaker_span: Option<[u32; 2]>,
    /// The reporting verb.
    pub cue: Option<Cow<'a, str>>,
}

/// A time expression.
#[derive(Clone, Debug, Serialize)]
pub struct TimeRecord<'a> {
    /// `date`, `time`, `duration` or `set`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The expression as written.
    pub text: Cow<'a, str>,
    /// Where.
    pub span: Pair,
    /// The TIMEX3 value.
    pub value: String,
    /// The TIMEX3 modifier (`MORE_THAN`, `MID`, …), if any.
    #[serde(rename = "mod")]
    pub modifier: Option<&'static str>,
}

/// A number.
#[derive(Clone, Debug, Serialize)]
pub struct NumberRecord<'a> {
    /// `cardinal`, `ordinal`, `percent`, `money` or `quantity`.
    pub kind: &'static str,
    /// The number as written.
    pub text: Cow<'a, str>,
    /// Where.
    pub span: Pair,
    /// The value, scales applied.
    pub value: f64,
    /// `percent`, a currency code, a measure, `score`, or none.
    pub unit: Option<&'static str>,
}

/// The record of one article.
///
/// # Example
/// ```
/// let text = b"Harbour strike ends\n\nMay 4, 2025\n\nDock workers went back to work.";
/// let article = newsprint::parse(text);
/// let record = newsprint::record::Record::new(&article, "-", 0, 0);
/// assert_eq!(record.title.as_ref().unwrap().text, "Harbour strike ends");
/// assert_eq!(record.published.as_ref().unwrap().value, "2025-05-04");
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct Record<'a> {
    /// The input's name (`-` for standard input).
    pub source: &'a str,
    /// Article number within the source, from 0.
    pub index: usize,
    /// Byte offset of the article within the source.
    pub offset: u64,
    /// Article length in bytes.
    pub length: usize,
    /// The headline.
    pub title: Option<Field<'a>>,
    /// The standfirst.
    pub subtitle: Option<Field<'a>>,
    /// Byline people.
    pub authors: Vec<Field<'a>>,
    /// Organisation or outlet in the header.
    pub publisher: Option<Field<'a>>,
    /// Publication date.
    pub published: Option<DateRecord<'a>>,
    /// Reading time in minutes.
    pub reading_minutes: Option<u32>,
    /// Wire dateline.
    pub dateline: Option<DatelineRecord<'a>>,
    /// Every non-blank block.
    pub blocks: Vec<BlockRecord>,
    /// Quotations with their speakers.
    pub quotes: Vec<QuoteRecord<'a>>,
    /// Entity mentions.
    pub entities: Vec<EntityRecord<'a>>,
    /// Time expressions.
    pub times: Vec<TimeRecord<'a>>,
    /// Numbers.
    pub numbers: Vec<NumberRecord<'a>>,
    /// Acronym definitions and later uses.
    pub acronyms: Vec<AcronymRecord<'a>>,
    /// Contributors named in credit lines.
    pub credits: Vec<Field<'a>>,
    /// What was odd about the input.
    pub warnings: Vec<WarningRecord>,
}

impl<'a> Record<'a> {
    /// The record of `article`, read from `source` as its `index`-th article
    /// at byte `offset`.
    pub fn new(article: &Article<'a>, source: &'a str, index: usize, offset: u64) -> Record<'a> {
        let input = article.input();
        let field = |s: Span| Field {
            text: lossy(s.slice(input)),
            span: pair(s),
        };
        let date = |d: DateField| DateRecord {
            value: d.date.to_string(),
            text: lossy(d.span.slice(input)),
            span: pair(d.span),
        };
        let h = article.header();
        Record {
            source,
            index,
            offset,
            length: input.len(),
            title: h.title.map(field),
            subtitle: h.subtitle.map(field),
            authors: h.authors.iter().copied().map(field).collect(),
            publisher: h.publisher.map(field),
            published: h.published.map(date),
            reading_minutes: h.reading_minutes,
            dateline: article.dateline().map(|d| DatelineRecord {
                place: (!d.place.is_empty()).then(|| field(d.place)),
                agency: d.agency.map(field),
                date: d.date.map(date),
                span: pair(d.span),
            }),
            blocks: article
                .blocks()
                .iter()
                .map(|b| BlockRecord {
                    kind: b.kind.as_str(),
                    span: pair(b.span),
                    sentences: article
                        .block_sentences(b)
                        .iter()
                        .copied()
                        .map(pair)
                        .collect(),
                })
                .collect(),
            quotes: article
                .quotes()
                .iter()
                .map(|q| QuoteRecord {
                    text: lossy(q.span.slice(input)),
                    span: pair(q.span),
                    kind: q.kind.as_str(),
                    speaker: q.speaker.map(|s| decoded(s.slice(input))),
                    speaker_text: q.speaker_mention.map(|s| lossy(s.slice(input))),
                    speaker_span: q.speaker_mention.map(pair),
                    cue: q.cue.map(|s| lossy(s.slice(input))),
                })
                .collect(),
            entities: article
                .entities()
                .iter()
                .map(|e| EntityRecord {
                    kind: e.kind.as_str(),
                    text: lossy(e.span.slice(input)),
                    span: pair(e.span),
                    canonical: match e.alias {
                        Some(full) => Cow::Borrowed(full),
                        None => decoded(e.canonical.slice(input)),
                    },
                    role: e.role.map(|r| decoded(r.slice(input))),
                })
                .collect(),
            times: article
                .times()
                .iter()
                .map(|t| TimeRecord {
                    kind: t.kind.as_str(),
                    text: lossy(t.span.slice(input)),
                    span: pair(t.span),
                    value: t.value.as_str().to_string(),
                    modifier: t.modifier.map(|m| m.as_str()),
                })
                .collect(),
            numbers: article
                .numbers()
                .iter()
                .map(|n| NumberRecord {
                    kind: n.kind.as_str(),
                    text: lossy(n.span.slice(input)),
                    span: pair(n.span),
                    value: n.value,
                    unit: n.unit,
                })
                .collect(),
            acronyms: article
                .acronyms()
                .iter()
                .map(|a| AcronymRecord {
                    short: decoded(a.short.slice(input)),
                    long: decoded(a.long.slice(input)),
                    span: pair(a.span),
                })
                .collect(),
            credits: article.credits().iter().copied().map(field).collect(),
            warnings: article
                .warnings()
                .iter()
                .map(|w| WarningRecord {
                    kind: w.kind.as_str(),
                    span: pair(w.span),
                })
                .collect(),
        }
    }
}
