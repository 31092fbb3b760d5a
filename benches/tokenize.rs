//! The hot tokenization path, against memchr's newline count over the same
//! bytes (the memory-speed floor), all in one run with `Throughput::Bytes`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

#[path = "support/corpus.rs"]
mod corpus;

fn bench(c: &mut Criterion) {
    let text = corpus::stream(4 << 20, 7);
    let bytes = text.as_bytes();
    let expected_tokens = newsprint::Tokens::new(bytes).count();
    let expected_lines = bytes.iter().filter(|&&b| b == b'\n').count();
    let articles: Vec<&[u8]> = newsprint::split::articles(bytes).map(|(_, a)| a).collect();

    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function(BenchmarkId::new("memchr_newlines", "4MiB"), |b| {
        b.iter(|| {
            let n = memchr::memchr_iter(b'\n', black_box(bytes)).count();
            assert_eq!(n, expected_lines);
            n
        })
    });
    g.bench_function(BenchmarkId::new("newsprint_tokens", "4MiB"), |b| {
        b.iter(|| {
            let n = newsprint::Tokens::new(black_box(bytes)).count();
            assert_eq!(n, expected_tokens);
            n
        })
    });
    g.bench_function(BenchmarkId::new("newsprint_parse", "4MiB"), |b| {
        b.iter(|| {
            let mut blocks = 0;
            for a in &articles {
                blocks += newsprint::parse(black_box(a)).blocks().len();
            }
            assert!(blocks > articles.len());
            blocks
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
