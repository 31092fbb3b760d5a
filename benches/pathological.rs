//! Pathological inputs grown in steps (64 KiB → 4 MiB), parsed as one
//! article, and framed through a `Feeder` in one-byte and 4 KiB chunks.
//!
//! Every group reports `Throughput::Bytes`: a linear parser shows the same
//! MiB/s at every size, so a rate that falls as the input grows is
//! super-linear behaviour. The first group, ordinary news text, is the
//! baseline the others are read against in the same run.

use std::hint::black_box;
use std::time::Duration;

use bytes::Bytes;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsprint::stream::{Feeder, Status};

#[path = "support/corpus.rs"]
mod corpus;

const SIZES: [usize; 4] = [64 << 10, 256 << 10, 1 << 20, 4 << 20];

/// `unit` repeated to `len` bytes (at least), after a short title.
fn grow(unit: &[u8], len: usize) -> Vec<u8> {
    let mut v = b"Pathological input\n\n".to_vec();
    while v.len() < len {
        v.extend_from_slice(unit);
    }
    v
}

/// The inputs, by name, at a given size.
fn inputs(len: usize) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("news_baseline", corpus::stream(len, 11).into_bytes()),
        (
            "one_long_line",
            grow(b"the dune moved a little further and ", len),
        ),
        ("blank_lines", grow(b"\n", len)),
        ("crlf_blank_lines", grow(b"\r\n", len)),
        ("lone_crs", grow(b"word\r", len)),
        ("straight_quotes", grow(b"\"", len)),
        ("curly_quotes", grow("“".as_bytes(), len)),
        ("quoted_words", grow(b"\"a\" ", len)),
        ("periods", grow(b".", len)),
        ("abbreviations", grow(b"Mr. U.S. Dr. ", len)),
        ("one_letter_lines", grow(b"a\n", len)),
        ("dashes", grow("—".as_bytes(), len)),
        ("invalid_utf8", grow(b"\xff\x93", len)),
        ("mojibake", grow("â€œ".as_bytes(), len)),
        ("nul_bytes", grow(b"\0", len)),
        ("form_feeds_in_text", grow(b"x\x0c", len)),
        // Rules that look back over the article's expressions or words:
        // clock times anchored to the story's day (a dated article), a
        // run of regions with no punctuation, many three-word names.
        ("past_clock_times", {
            let mut v = b"March 3, 2026\n\n".to_vec();
            v.extend(grow(b"He arrived at 7 p.m. and waited. ", len));
            v
        }),
        (
            "regions_in_one_run",
            grow(
                b"crews worked in the Xanadu region and in the Yellow region ",
                len,
            ),
        ),
        // One sentence of weekdays, each read for its verb's tense and
        // each `and said` for its subject; one of clock times, each
        // anchored to a day in its sentence.
        ("weekdays_in_one_sentence", {
            let mut v = b"March 3, 2026\n\n".to_vec();
            v.extend(grow(
                b"the crew met on Monday and said it would return on Friday, ",
                len,
            ));
            v
        }),
        ("clock_times_in_one_sentence", {
            let mut v = b"March 3, 2026\n\n".to_vec();
            v.extend(grow(
                b"the office has issued a warning from 6am on Thursday until midnight, ",
                len,
            ));
            v
        }),
        (
            "three_word_names",
            grow(b"Ana Lucia Perez spoke. Perez said so. ", len),
        ),
        // A body's name whose field list runs on after `and` without end;
        // paragraphs each leaving a quotation open, run after run.
        (
            "fields_after_and",
            grow(b"The Department of Fisheries and Oceans and Oceans", len),
        ),
        (
            "open_quote_paragraphs",
            grow(
                "“Part of it,” said Pema Lhamo. “More text here.\n\n".as_bytes(),
                len,
            ),
        ),
    ]
}

fn parse(c: &mut Criterion) {
    let mut g = c.benchmark_group("pathological_parse");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    for len in SIZES {
        for (name, input) in inputs(len) {
            g.throughput(Throughput::Bytes(input.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, len), &input, |b, input| {
                b.iter(|| newsprint::parse(black_box(input)).blocks().len())
            });
        }
    }
    g.finish();
}

/// Stream `input` in `chunk`-byte pieces; return the article count.
fn stream(input: &Bytes, chunk: usize) -> usize {
    let mut feeder = Feeder::new();
    let mut n = 0;
    let mut pos = 0;
    loop {
        match feeder.next_article() {
            Ok(Status::Ready(_)) | Err(_) => n += 1,
            Ok(Status::Done) => return n,
            Ok(Status::NeedMore) if pos < input.len() => {
                let end = (pos + chunk).min(input.len());
                feeder.push(input.slice(pos..end));
                pos = end;
            }
            Ok(Status::NeedMore) => feeder.finish(),
        }
    }
}

fn framing(c: &mut Criterion) {
    let mut g = c.benchmark_group("pathological_stream");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    for len in SIZES {
        let cases = [
            ("news_baseline", corpus::stream(len, 11).into_bytes()),
            ("form_feeds_in_text", grow(b"x\x0c", len)),
            ("form_feed_lines", grow(b"\x0c\n", len)),
            ("no_delimiter", grow(b"no delimiter here ", len)),
        ];
        for (name, input) in cases {
            let input = Bytes::from(input);
            g.throughput(Throughput::Bytes(input.len() as u64));
            for chunk in [1usize, 4096] {
                let id = BenchmarkId::new(format!("{name}/chunk_{chunk}"), len);
                g.bench_with_input(id, &input, |b, input| {
                    b.iter(|| stream(black_box(input), chunk))
                });
            }
        }
    }
    g.finish();
}

criterion_group!(benches, parse, framing);
criterion_main!(benches);
