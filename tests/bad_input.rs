//! Bad input: each case gives exactly one valid record (never a panic, never
//! silent loss), and the record says what is odd. The small cases are files
//! in `tests/bad_input/`; the huge ones are generated here.
#![cfg(feature = "cli")]

use std::path::Path;

use newsprint::TokenKind;
use serde_json::Value;

mod support;

fn case(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/bad_input")
            .join(name),
    )
    .unwrap()
}

/// Run the program on `input` (on stdin) and return its records.
fn run(args: &[&str], input: &[u8]) -> Vec<Value> {
    let out = support::run_stdin(args, input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("the output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn span(v: &Value) -> (usize, usize) {
    let s = v.as_array().expect("a span is a pair");
    let (a, b) = (s[0].as_u64().unwrap(), s[1].as_u64().unwrap());
    assert!(a <= b, "span {a}..{b} runs backwards");
    (a as usize, b as usize)
}

/// The one record of `input`, checked: its length is the input's, every span
/// is in bounds, blocks are ordered and hold their sentences, and every byte
/// outside the blocks is white space (nothing is silently dropped).
fn one_record(input: &[u8]) -> Value {
    let mut records = run(&[], input);
    assert_eq!(records.len(), 1, "exactly one record");
    let rec = records.remove(0);
    assert_eq!(rec["length"].as_u64(), Some(input.len() as u64));
    let mut covered = vec![false; input.len()];
    let mut end = 0;
    for block in rec["blocks"].as_array().unwrap() {
        assert!(block["kind"].is_string());
        let (a, b) = span(&block["span"]);
        assert!(a >= end && b <= input.len(), "block {a}..{b} out of order");
        end = b;
        covered[a..b].iter_mut().for_each(|c| *c = true);
        for s in block["sentences"].as_array().unwrap() {
            let (sa, sb) = span(s);
            assert!(sa >= a && sb <= b);
        }
    }
    for w in rec["warnings"].as_array().unwrap() {
        assert!(span(&w["span"]).1 <= input.len());
    }
    // Runs of bytes outside the blocks, as text.
    let mut outside = String::new();
    let mut run = Vec::new();
    for (i, &b) in input.iter().enumerate() {
        if covered[i] {
            outside.push_str(&String::from_utf8_lossy(&run));
            run.clear();
        } else {
            run.push(b);
        }
    }
    outside.push_str(&String::from_utf8_lossy(&run));
    assert!(
        outside
            .chars()
            .all(|c| c.is_whitespace() || c == '\u{feff}'),
        "bytes outside every block: {outside:?}"
    );
    rec
}

fn warnings(rec: &Value, kind: &str) -> Vec<(usize, usize)> {
    rec["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["kind"] == kind)
        .map(|w| span(&w["span"]))
        .collect()
}

#[test]
fn invalid_utf8_is_kept_reported_and_shown_as_replacement() {
    let input = case("invalid_utf8.txt");
    let rec = one_record(&input);
    let spans = warnings(&rec, "invalid_utf8");
    let bad: Vec<&[u8]> = spans.iter().map(|&(a, b)| &input[a..b]).collect();
    assert_eq!(bad, [&b"\xff"[..], b"\xff\xfe", b"\xc3"]);
    assert_eq!(
        rec["title"]["text"],
        "Ferry \u{fffd}service resumes on the lake"
    );
}

#[test]
fn windows_1252_quotes_and_dashes_are_read_as_such() {
    let input = case("cp1252.txt");
    let rec = one_record(&input);
    assert_eq!(rec["authors"][0]["text"], "Ada Morrow");
    // Single bytes 0x93/0x94 (quotes), 0x96 (dash), 0x92 (apostrophe).
    assert_eq!(warnings(&rec, "invalid_utf8").len(), 4);
    let article = newsprint::parse(&input);
    let kind_of = |byte: u8| {
        let at = input.iter().position(|&b| b == byte).unwrap() as u32;
        article
            .tokens()
            .iter()
            .find(|t| t.span.start == at)
            .unwrap()
            .kind
    };
    assert_eq!(kind_of(0x93), TokenKind::OpenQuote);
    assert_eq!(kind_of(0x94), TokenKind::CloseQuote);
    assert_eq!(kind_of(0x96), TokenKind::Dash);
    assert_eq!(kind_of(0x92), TokenKind::Apostrophe);
    let body = article.blocks().last().unwrap();
    assert_eq!(article.block_sentences(body).len(), 2);
}

#[test]
fn mojibake_is_detected_and_reported() {
    let input = case("mojibake.txt");
    let rec = one_record(&input);
    assert!(warnings(&rec, "invalid_utf8").is_empty());
    let garbled: Vec<String> = warnings(&rec, "mojibake")
        .iter()
        .map(|&(a, b)| String::from_utf8_lossy(&input[a..b]).into_owned())
        .collect();
    // è “ ”(its last byte lost) — é ’
    assert_eq!(garbled, ["Ã¨", "â€œ", "â€\u{fffd}", "â€”", "Ã©", "â€™"]);
}

#[test]
fn nul_bytes_are_kept_in_their_blocks() {
    let input = case("nul_bytes.txt");
    let rec = one_record(&input);
    assert_eq!(
        rec["title"]["text"],
        "Water board \u{0} publishes its report"
    );
    let body = rec["blocks"].as_array().unwrap().last().unwrap();
    assert_eq!(body["kind"], "body");
    assert_eq!(body["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn lone_carriage_returns_are_line_breaks() {
    let input = case("lone_cr.txt");
    let rec = one_record(&input);
    assert_eq!(rec["title"]["text"], "Library extends its opening hours");
    assert_eq!(rec["authors"][0]["text"], "Lee Park");
    let sentences: usize = rec["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["kind"] == "body")
        .map(|b| b["sentences"].as_array().unwrap().len())
        .sum();
    assert_eq!(sentences, 3);
}

#[test]
fn a_bom_inside_the_text_is_space_not_text() {
    let input = case("bom_mid_stream.txt");
    let rec = one_record(&input);
    assert_eq!(rec["title"]["text"], "Council opens the new bridge");
    let blocks = rec["blocks"].as_array().unwrap();
    let (a, _) = span(&blocks.last().unwrap()["span"]);
    assert!(
        input[a..].starts_with(b"The tunnel"),
        "the BOM is not part of the block"
    );

    // In a stream, an article that starts with a BOM is read like a file that does.
    let mut stream = input.clone();
    stream.extend_from_slice(b"\x0c\n");
    stream.extend_from_slice(&input);
    let recs = run(&["--split"], &stream);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1]["title"], recs[0]["title"]);
    assert_eq!(recs[1]["offset"].as_u64(), Some(input.len() as u64 + 2));
}

#[test]
fn a_ten_megabyte_line_without_newline() {
    let mut input = b"Sand dunes move north\n\n".to_vec();
    while input.len() < 10 << 20 {
        input.extend_from_slice(b"the dune moved a little further and ");
    }
    let rec = one_record(&input);
    assert_eq!(rec["title"]["text"], "Sand dunes move north");
    assert_eq!(rec["blocks"].as_array().unwrap().len(), 2);
}

#[test]
fn a_hundred_thousand_blank_lines() {
    let mut input = b"Quiet week at the harbour\n".to_vec();
    input.extend(std::iter::repeat_n(b'\n', 100_000));
    input.extend_from_slice(b"Nothing happened at the harbour this week.\n");
    input.extend(std::iter::repeat_n(b"\r\n", 100_000).flatten());
    let rec = one_record(&input);
    assert_eq!(rec["title"]["text"], "Quiet week at the harbour");
    assert_eq!(rec["blocks"].as_array().unwrap().len(), 2);
}

#[test]
fn a_million_quote_marks() {
    for mark in ["\"", "\u{201c}", "\u{201c}\u{201d}", "'"] {
        let mut input = b"Punctuation survey\n\n".to_vec();
        input.extend(
            std::iter::repeat_n(mark.as_bytes(), 1_000_000 / mark.chars().count()).flatten(),
        );
        let rec = one_record(&input);
        assert_eq!(rec["title"]["text"], "Punctuation survey", "{mark}");
    }
}

/// Found by `benches/pathological.rs`: a sentence that never ends, made of
/// abbreviations, once cost time quadratic in its length (each period
/// recounted the words since the sentence began).
#[test]
fn a_sentence_of_a_million_abbreviation_bytes() {
    let mut input = b"Honorifics\n\n".to_vec();
    input.extend(std::iter::repeat_n(&b"Mr. U.S. Dr. "[..], 80_000).flatten());
    let rec = one_record(&input);
    let body = &rec["blocks"][1];
    assert_eq!(body["sentences"].as_array().unwrap().len(), 1);
}

/// Shapes the fuzzer found panicking in new rules: a cue after one comma
/// that closes a long subject (no aside to read), and `From` followed by
/// ` in ` at once (no name to read).
#[test]
fn a_lone_comma_before_a_late_cue_and_from_with_no_name() {
    for input in [
        "Title here\n\nThe council met on Monday to discuss the plan.\n\n\
         “It is over,” the chairman of the long regional growers association board, said on \
         Monday.\n",
        "Title\n\nFrom in Zanzibar\n\nMarch 3, 2026\n\nBody text here, officials said.\n",
    ] {
        let rec = one_record(input.as_bytes());
        assert!(rec["blocks"].as_array().is_some_and(|b| !b.is_empty()));
    }
}
