//! The hot path side by side, in one run over one generated multi-megabyte
//! news-like corpus, every group with `Throughput::Bytes`:
//!
//! - `tokenize`: memchr's newline count (the memory-speed floor), the
//!   unicode-segmentation word-boundary splitter (a peer), newsprint's
//!   tokenizer, and its readable reference scanner;
//! - `sentences`: unicode-segmentation's `unicode_sentences` against
//!   newsprint's tokenizer alone and tokenizer plus sentence splitter;
//! - `pipeline`: `parse` with every extractor, per pre-split article and
//!   over the form-feed stream (framing included).
//!
//! `scripts/bench_ratios.py` turns the results into ratios to the floor.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use unicode_segmentation::UnicodeSegmentation;

#[path = "support/corpus.rs"]
mod corpus;

const SIZE: &str = "4MiB";

fn bench(c: &mut Criterion) {
    let text = corpus::stream(4 << 20, 7);
    let bytes = text.as_bytes();
    let expected_tokens = newsprint::Tokens::new(bytes).count();
    let expected_lines = bytes.iter().filter(|&&b| b == b'\n').count();
    let articles: Vec<&[u8]> = newsprint::split::articles(bytes).map(|(_, a)| a).collect();

    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function(BenchmarkId::new("memchr_newlines", SIZE), |b| {
        b.iter(|| {
            let n = memchr::memchr_iter(b'\n', black_box(bytes)).count();
            assert_eq!(n, expected_lines);
            n
        })
    });
    g.bench_function(BenchmarkId::new("unicode_segmentation_words", SIZE), |b| {
        b.iter(|| black_box(text.as_str()).split_word_bounds().count())
    });
    g.bench_function(BenchmarkId::new("newsprint_tokens", SIZE), |b| {
        b.iter(|| {
            let n = newsprint::Tokens::new(black_box(bytes)).count();
            assert_eq!(n, expected_tokens);
            n
        })
    });
    g.bench_function(BenchmarkId::new("newsprint_tokens_reference", SIZE), |b| {
        b.iter(|| {
            let n = newsprint::token_reference::Tokens::new(black_box(bytes)).count();
            assert_eq!(n, expected_tokens);
            n
        })
    });
    g.finish();

    let mut g = c.benchmark_group("sentences");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function(
        BenchmarkId::new("unicode_segmentation_sentences", SIZE),
        |b| b.iter(|| black_box(text.as_str()).unicode_sentences().count()),
    );
    // Both newsprint lines collect each article's tokens into one reused
    // vector, as `parse` does, so the difference is the splitter alone.
    let mut tokens = Vec::new();
    g.bench_function(BenchmarkId::new("newsprint_tokens", SIZE), |b| {
        b.iter(|| {
            let mut n = 0;
            for a in &articles {
                tokens.clear();
                tokens.extend(newsprint::Tokens::new(black_box(a)));
                n += tokens.len();
            }
            n
        })
    });
    g.bench_function(
        BenchmarkId::new("newsprint_tokens_and_sentences", SIZE),
        |b| {
            b.iter(|| {
                let mut n = 0;
                for a in &articles {
                    tokens.clear();
                    tokens.extend(newsprint::Tokens::new(black_box(a)));
                    newsprint::sentences::split(a, &tokens, |_| n += 1);
                }
                assert!(n > articles.len());
                n
            })
        },
    );
    g.finish();

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.sample_size(20);
    g.bench_function(BenchmarkId::new("parse_per_article", SIZE), |b| {
        b.iter(|| {
            let mut items = 0;
            for a in &articles {
                let article = newsprint::parse(black_box(a));
                items += article.blocks().len() + article.entities().len() + article.times().len();
            }
            assert!(items > articles.len());
            items
        })
    });
    g.bench_function(BenchmarkId::new("parse_split_stream", SIZE), |b| {
        b.iter(|| {
            let mut items = 0;
            for (_, a) in newsprint::split::articles(black_box(bytes)) {
                let article = newsprint::parse(a);
                items += article.blocks().len() + article.quotes().len() + article.numbers().len();
            }
            assert!(items > articles.len());
            items
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
