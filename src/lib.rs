#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![forbid(unsafe_code)]
//! **newsprint** turns raw news-article bytes into structured, checkable
//! facts: a header (title, subtitle, authors, publisher, publication date,
//! reading time), a wire dateline, classified blocks (body, caption, credit,
//! boilerplate, duplicate, …) with sentences, and zero-copy tokens.
//!
//! Everything is a [`Span`] (byte offsets) into the input you pass in:
//! nothing is copied, tokenizing never allocates per token, and no input can
//! make it panic. The core is `#![no_std]` + `alloc` (disable the default
//! `std` feature). Input may be CRLF, carry a BOM, or be invalid UTF-8 or
//! Windows-1252: bytes are kept, odd ones are reported as [`Warning`]s.
//!
//! # Example
//! ```
//! use newsprint::{BlockKind, TokenKind};
//!
//! let raw = "Harbour strike ends after three weeks\r\n\r\n\
//!            By Anna Bakker and Tom Reyes\r\n\
//!            March 3, 2026 10:15 AM UTC\r\n\r\n\
//!            ROTTERDAM, March 3 (Reuters) - Dock workers voted on Tuesday to end \
//!            the strike. Mr. Jansen said the U.S. buyers were “relieved.”\r\n\r\n\
//!            Reporting by Anna Bakker; Editing by Tom Reyes\r\n";
//! let article = newsprint::parse(raw.as_bytes());
//! let text = |span| std::str::from_utf8(article.text(span)).unwrap();
//!
//! // The header.
//! assert_eq!(text(article.title().unwrap()), "Harbour strike ends after three weeks");
//! let authors: Vec<&str> = article.header().authors.iter().map(|&s| text(s)).collect();
//! assert_eq!(authors, ["Anna Bakker", "Tom Reyes"]);
//! assert_eq!(article.published().unwrap().date.to_string(), "2026-03-03");
//!
//! // The wire dateline at the start of the body.
//! let dateline = article.dateline().unwrap();
//! assert_eq!(text(dateline.place), "ROTTERDAM");
//! assert_eq!(text(dateline.agency.unwrap()), "Reuters");
//!
//! // Blocks with their kinds and sentences.
//! let kinds: Vec<BlockKind> = article.blocks().iter().map(|b| b.kind).collect();
//! assert_eq!(kinds, [BlockKind::Title, BlockKind::Byline, BlockKind::Date, BlockKind::Body, BlockKind::Credit]);
//! let body = &article.blocks()[3];
//! let sentences: Vec<&str> = article.block_sentences(body).iter().map(|&s| text(s)).collect();
//! assert_eq!(sentences[1], "Mr. Jansen said the U.S. buyers were “relieved.”");
//! let credits: Vec<&str> = article.credits().iter().map(|&s| text(s)).collect();
//! assert_eq!(credits, ["Anna Bakker", "Tom Reyes"]);
//!
//! // Tokens are spans that tile the input exactly.
//! let rebuilt: Vec<u8> = article.tokens().iter().flat_map(|t| t.bytes(raw.as_bytes()).to_vec()).collect();
//! assert_eq!(rebuilt, raw.as_bytes());
//! let quotes = article.tokens().iter().filter(|t| t.kind == TokenKind::OpenQuote).count();
//! assert_eq!(quotes, 1);
//! ```
//!
//! # Layout
//! - [`Tokens`]: the tokenizer (words, numbers, quotes, dashes, …).
//! - [`parse`] / [`parse_with`]: one article → [`Article`].
//! - [`sentences`]: the sentence splitter over tokens.
//! - [`date`]: the date grammar (nom) shared by header lines, datelines and
//!   time expressions.
//! - [`Article::times`]: time expressions (TIMEX3 values);
//!   [`Article::numbers`]: numbers with their units.
//! - [`split`]: framing many articles separated by form-feed lines.
//! - [`stream`]: the same over a stream of any length, in bounded memory.
//! - `record` (feature `serde`): the JSON record of the command-line program.

extern crate alloc;

pub mod article;
pub mod date;
mod entities;
mod error;
mod lexicon;
mod names;
mod numbers;
mod quotes;
#[cfg(feature = "serde")]
pub mod record;
pub mod sentences;
mod span;
pub mod split;
pub mod stream;
pub mod text;
mod times;
mod token;

pub use article::{
    parse, parse_with, Article, Block, BlockKind, DateField, Dateline, Header, Options, Warning,
    WarningKind,
};
pub use date::{Date, DateParseError};
pub use entities::{Acronym, Entity, EntityKind};
pub use error::Error;
pub use numbers::{NumberExpr, NumberKind};
pub use quotes::{Quote, QuoteKind};
pub use span::Span;
pub use times::{TimeExpr, TimeKind, TimeMod, TimexValue};
pub use token::reference as token_reference;
pub use token::{Token, TokenKind, Tokens};
