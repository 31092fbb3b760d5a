//! The sentence splitter against rule cases in the style of the "Golden
//! Rules" of pragmatic_segmenter / pySBD, written for this project
//! (`tests/sentences/cases.txt`: `# rule`, `IN: text`, `OUT: sentence`…).

use newsprint::{sentences, Tokens};

struct Case {
    rule: String,
    input: String,
    expected: Vec<String>,
}

fn cases() -> Vec<Case> {
    let text = include_str!("sentences/cases.txt");
    let mut out = Vec::new();
    for chunk in text.split("\n\n").filter(|c| !c.trim().is_empty()) {
        let mut case = Case {
            rule: String::new(),
            input: String::new(),
            expected: Vec::new(),
        };
        for line in chunk.lines() {
            if let Some(r) = line.strip_prefix("# ") {
                case.rule = r.to_string();
            } else if let Some(i) = line.strip_prefix("IN: ") {
                case.input = i.to_string();
            } else if let Some(o) = line.strip_prefix("OUT: ") {
                case.expected.push(o.to_string());
            }
        }
        out.push(case);
    }
    out
}

fn split(text: &str) -> Vec<String> {
    let tokens: Vec<_> = Tokens::new(text.as_bytes()).collect();
    let mut out = Vec::new();
    sentences::split(text.as_bytes(), &tokens, |s| {
        out.push(text[s.range()].to_string())
    });
    out
}

#[test]
fn every_rule_case_splits_as_expected() {
    let cases = cases();
    assert!(cases.len() >= 60, "only {} cases parsed", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let got = split(&c.input);
            (got != c.expected).then(|| {
                format!(
                    "[{}] {:?}\n   want {:?}\n   got  {:?}",
                    c.rule, c.input, c.expected, got
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
