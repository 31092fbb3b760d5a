//! The `newsprint` program: records, options, and errors.
#![cfg(feature = "cli")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use support::run_stdin;

mod support;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsprint"))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// Every key of shared/docs/OUTPUT.md.
const KEYS: [&str; 19] = [
    "source",
    "index",
    "offset",
    "length",
    "title",
    "subtitle",
    "authors",
    "publisher",
    "published",
    "reading_minutes",
    "dateline",
    "blocks",
    "quotes",
    "entities",
    "times",
    "numbers",
    "acronyms",
    "credits",
    "warnings",
];

#[test]
fn one_record_per_file_with_every_key() {
    let files = [fixture("00_wire_reuters.txt"), fixture("09_cp1252.txt")];
    let out = bin().args(&files).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    for (rec, file) in recs.iter().zip(&files) {
        for key in KEYS {
            assert!(rec.get(key).is_some(), "missing key {key}");
        }
        assert_eq!(rec["source"], file.display().to_string());
        let len = std::fs::read(file).unwrap().len() as u64;
        assert_eq!(rec["length"], len);
        for b in rec["blocks"].as_array().unwrap() {
            assert!(b["span"][1].as_u64().unwrap() <= len);
        }
    }
    assert_eq!(recs[0]["dateline"]["agency"]["text"], "Reuters");
    assert_eq!(recs[1]["warnings"][0]["kind"], "invalid_utf8");
}

#[test]
fn unreadable_file_is_reported_and_others_still_processed() {
    let out = bin()
        .arg("/nonexistent/article.txt")
        .arg(fixture("04_one_per_line.txt"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/article.txt"), "{err}");
    assert_eq!(records(&out).len(), 1);
}

#[test]
fn bad_date_option_fails_with_a_message() {
    let out = bin()
        .args(["--date", "April 1"])
        .arg(fixture("04_one_per_line.txt"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
    assert!(out.stdout.is_empty());
}

#[test]
fn split_reads_many_articles_from_stdin() {
    let a = std::fs::read(fixture("00_wire_reuters.txt")).unwrap();
    let b = std::fs::read(fixture("07_crlf.txt")).unwrap();
    let mut stream = a.clone();
    stream.extend_from_slice(b"\x0c\n");
    stream.extend_from_slice(&b);
    let out = run_stdin(&["--split", "-"], &stream);
    assert!(out.status.success());
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["source"], "-");
    assert_eq!(recs[1]["index"], 1);
    assert_eq!(recs[1]["offset"], a.len() as u64 + 2);
    let total: u64 = recs.iter().map(|r| r["length"].as_u64().unwrap()).sum();
    assert_eq!(total, stream.len() as u64);
    assert_eq!(recs[1]["title"], recs_title(&b));
}

fn recs_title(article: &[u8]) -> Value {
    let out = run_stdin(&[], article);
    records(&out)[0]["title"].clone()
}

#[test]
fn plain_makes_every_block_body_and_date_sets_the_dateline_year() {
    let out = bin()
        .arg("--plain")
        .arg(fixture("00_wire_reuters.txt"))
        .output()
        .unwrap();
    let rec = &records(&out)[0];
    assert!(rec["title"].is_null());
    assert!(rec["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .all(|b| b["kind"] == "body"));

    let article = b"TOKYO, April 18 (Kyodo) - Talks began on trade.\n";
    let out = run_stdin(&["--date", "2017-04-19"], article);
    assert_eq!(records(&out)[0]["dateline"]["date"]["value"], "2017-04-18");
    let out = run_stdin(&[], article);
    assert_eq!(records(&out)[0]["dateline"]["date"]["value"], "XXXX-04-18");
}

#[test]
fn split_skips_an_article_over_the_limit_and_goes_on() {
    let stream = b"Short one.\n\x0c\nThis article is much longer than the limit allows.\n\x0c\nAnother short one.\n";
    let out = run_stdin(&["--split", "--max-article", "30"], stream);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("over the 30-byte limit"));
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1]["offset"], 66);
    assert_eq!(recs[1]["index"], 1);
}

/// Every fixture, joined into one stream with `delimiter` lines.
fn fixture_stream(delimiter: &[u8]) -> Vec<u8> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(fixture(""))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let mut stream = Vec::new();
    for name in names {
        stream.extend_from_slice(&std::fs::read(name).unwrap());
        stream.push(b'\n');
        stream.extend_from_slice(delimiter);
        stream.push(b'\n');
    }
    stream
}

#[test]
fn parallel_jobs_keep_input_order_and_records() {
    let stream = fixture_stream(b"\x0c");
    let one = run_stdin(&["--split"], &stream);
    assert!(one.status.success());
    assert!(records(&one).len() >= 50);
    for jobs in ["2", "3", "8"] {
        let many = run_stdin(&["--split", "-j", jobs], &stream);
        assert!(many.status.success());
        assert!(one.stdout == many.stdout, "-j {jobs} differs from -j 1");
    }
    // Hundreds of articles and several 64 KiB batches: the batches come
    // back in input order too.
    let long = stream.repeat(8);
    let long_one = run_stdin(&["--split"], &long);
    let long_two = run_stdin(&["--split", "-j", "2"], &long);
    assert!(long_two.status.success());
    assert_eq!(records(&long_one).len(), 8 * records(&one).len());
    assert!(
        long_one.stdout == long_two.stdout,
        "-j 2 differs on a long stream"
    );
    let files = [
        fixture("00_wire_reuters.txt"),
        fixture("07_crlf.txt"),
        fixture("09_cp1252.txt"),
    ];
    let whole_one = bin().args(&files).output().unwrap();
    let whole_many = bin().arg("-j4").args(&files).output().unwrap();
    assert_eq!(records(&whole_one).len(), 3);
    assert!(whole_one.stdout == whole_many.stdout);
}

#[test]
fn split_on_another_delimiter_line() {
    let stream = fixture_stream(b"=====");
    let by_rule = run_stdin(&["--split", "--delimiter", "====="], &stream);
    assert!(by_rule.status.success());
    let by_form_feed = run_stdin(&["--split"], &fixture_stream(b"\x0c"));
    let titles = |o: &Output| {
        records(o)
            .iter()
            .map(|r| r["title"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&by_rule), titles(&by_form_feed));
    let total: u64 = records(&by_rule)
        .iter()
        .map(|r| r["length"].as_u64().unwrap())
        .sum();
    assert_eq!(total, stream.len() as u64);

    let bad = run_stdin(&["--split", "--delimiter", ""], &stream);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("delimiter"));
}

#[test]
fn names_from_cp1252_bytes_are_read_as_cp1252_while_span_text_keeps_u_fffd() {
    let article = b"Judge \xc9amonn O\x92Keeffe said the thefts were planned, the judge said.\n\
\x93It was planned,\x94 Judge O\x92Keeffe said.\n";
    let out = run_stdin(&["--plain"], article);
    let rec = &records(&out)[0];
    let judge = rec["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "person")
        .unwrap_or_else(|| panic!("{rec}"));
    assert_eq!(judge["canonical"], "\u{c9}amonn O\u{2019}Keeffe");
    assert_eq!(judge["text"], "\u{fffd}amonn O\u{fffd}Keeffe");
    assert_eq!(rec["quotes"][0]["speaker"], "\u{c9}amonn O\u{2019}Keeffe");
}
