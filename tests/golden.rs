//! Golden tests: the invented fixtures in `tests/fixtures/` (always) and the
//! seed articles in `../shared/seeds/` (when present) against their gold
//! files, for the header, block and sentence facts (the same checks as
//! `shared/eval/check_articles.py` makes for those categories).

use std::fs;
use std::path::{Path, PathBuf};

use newsprint::{Article, BlockKind, Span};
use serde_json::Value;

fn norm(s: &str) -> String {
    let s = s
        .replace(['\u{2019}', '\u{2018}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .replace('\u{a0}', " ");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn text(a: &Article, s: Span) -> String {
    String::from_utf8_lossy(a.text(s)).into_owned()
}

fn opt_text(a: &Article, s: Option<Span>) -> Option<String> {
    s.map(|s| norm(&text(a, s)))
}

fn gold_str(g: &Value, key: &str) -> Option<String> {
    g.get(key).and_then(Value::as_str).map(norm)
}

fn strings(g: &Value, key: &str) -> Vec<String> {
    g.get(key)
        .and_then(Value::as_array)
        .map(|v| v.iter().filter_map(Value::as_str).map(norm).collect())
        .unwrap_or_default()
}

/// Check one article; returns the failed checks.
fn check(data: &[u8], g: &Value) -> Vec<String> {
    let a = newsprint::parse(data);
    let h = a.header();
    let mut fails = Vec::new();
    let mut expect = |ok: bool, what: String| {
        if !ok {
            fails.push(what);
        }
    };
    expect(
        opt_text(&a, h.title) == gold_str(g, "title"),
        format!("title {:?}", opt_text(&a, h.title)),
    );
    expect(
        opt_text(&a, h.subtitle) == gold_str(g, "subtitle"),
        format!("subtitle {:?}", opt_text(&a, h.subtitle)),
    );
    let published = h.published.map(|d| d.date.to_string());
    expect(
        published.as_deref() == g["published"].as_str(),
        format!("published {published:?}"),
    );
    let authors: Vec<String> = h
        .authors
        .iter()
        .map(|&s| norm(&text(&a, s)).to_lowercase())
        .collect();
    for want in strings(g, "authors") {
        expect(
            authors.contains(&want.to_lowercase()),
            format!("author {want} in {authors:?}"),
        );
    }
    if let Some(p) = gold_str(g, "publisher") {
        let mut names = authors.clone();
        names.extend(opt_text(&a, h.publisher).map(|s| s.to_lowercase()));
        expect(
            names.contains(&p.to_lowercase()),
            format!("publisher {p} in {names:?}"),
        );
    }
    if let Some(m) = g["reading_minutes"].as_u64() {
        expect(
            h.reading_minutes == Some(m as u32),
            format!("reading minutes {:?}", h.reading_minutes),
        );
    }
    match (&g["dateline"], a.dateline()) {
        (Value::Null, d) => expect(d.is_none(), "no dateline".into()),
        (gd, Some(d)) => {
            let place = Some(d.place).filter(|p| !p.is_empty());
            for (part, span) in [("place", place), ("agency", d.agency)] {
                let got = opt_text(&a, span).map(|s| s.to_lowercase());
                expect(
                    got == gold_str(gd, part).map(|s| s.to_lowercase()),
                    format!("dateline {part} {got:?}"),
                );
            }
        }
        (_, None) => expect(false, "dateline missing".into()),
    }
    let blocks: Vec<(BlockKind, String)> = a
        .blocks()
        .iter()
        .map(|b| (b.kind, norm(&text(&a, b.span))))
        .collect();
    let body: Vec<&String> = blocks
        .iter()
        .filter(|b| b.0 == BlockKind::Body)
        .map(|b| &b.1)
        .collect();
    expect(
        Some(body.len() as u64) == g["body_blocks"].as_u64(),
        format!("body blocks {}", body.len()),
    );
    let head = |s: &str| s.chars().take(160).collect::<String>();
    if let (Some(first), Some(last)) = (body.first(), body.last()) {
        let (want_first, want_last) = (
            gold_str(g, "body_first").unwrap(),
            gold_str(g, "body_last").unwrap(),
        );
        expect(
            head(first).contains(&want_first),
            format!("first body block {first:.60}"),
        );
        expect(
            head(last).contains(&want_last),
            format!("last body block {last:.60}"),
        );
    }
    for (kind, key) in [
        (BlockKind::Caption, "captions"),
        (BlockKind::Boilerplate, "boilerplate"),
        (BlockKind::Duplicate, "duplicates"),
    ] {
        for prefix in strings(g, key) {
            expect(
                blocks
                    .iter()
                    .any(|(k, t)| *k == kind && t.starts_with(&prefix)),
                format!("{kind:?} {prefix:.40}"),
            );
        }
    }
    let credits: Vec<String> = a
        .credits()
        .iter()
        .map(|&s| norm(&text(&a, s)).to_lowercase())
        .collect();
    for want in strings(g, "credits") {
        expect(
            credits.contains(&want.to_lowercase()),
            format!("credit {want} in {credits:?}"),
        );
    }
    let sentences: usize = a
        .blocks()
        .iter()
        .filter(|b| b.kind == BlockKind::Body)
        .map(|b| a.block_sentences(b).len())
        .sum();
    let accepted: Vec<u64> = g["body_sentences"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_u64)
        .collect();
    expect(
        accepted.contains(&(sentences as u64)),
        format!("body sentences {sentences}, want {accepted:?}"),
    );
    fails
}

fn check_dir(articles: &Path, gold: &Path) -> usize {
    let mut entries: Vec<PathBuf> = fs::read_dir(gold)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut n = 0;
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let g: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
        let file = g["file"].as_str().unwrap();
        let data = fs::read(articles.join(file)).unwrap();
        for f in check(&data, &g) {
            failures.push(format!("{file}: {f}"));
        }
        n += 1;
    }
    assert!(
        failures.is_empty(),
        "{} failed checks:\n{}",
        failures.len(),
        failures.join("\n")
    );
    n
}

#[test]
fn fixtures_match_their_gold() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let n = check_dir(&dir, &dir.join("gold"));
    assert!(n >= 54, "only {n} fixtures");
}

#[test]
fn seeds_match_their_gold() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !dir.join("gold").is_dir() {
        println!(
            "skipped: {} is absent (the seeds live in ../shared beside the repo)",
            dir.display()
        );
        return;
    }
    assert_eq!(check_dir(&dir, &dir.join("gold")), 5);
}
