//! Record serialisation: the JSON of any article is valid, has every key of
//! the record, and every span in it is in bounds and runs forwards.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsprint::record::Record;
use serde_json::Value;

/// Check every `span` (and `speaker_span`) below `v`.
fn spans_in_bounds(v: &Value, len: u64) {
    match v {
        Value::Object(map) => {
            for (key, value) in map {
                if key.ends_with("span") && !value.is_null() {
                    let pair = value.as_array().expect("a span is an array");
                    let a = pair[0].as_u64().expect("span start");
                    let b = pair[1].as_u64().expect("span end");
                    assert!(a <= b && b <= len, "{key} {a}..{b} of {len}");
                }
                spans_in_bounds(value, len);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| spans_in_bounds(i, len)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let article = newsprint::parse(data);
    let record = Record::new(&article, "fuzz", 0, 0);
    let json = serde_json::to_string(&record).expect("serialises");
    let value: Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["length"].as_u64(), Some(data.len() as u64));
    for key in [
        "title", "blocks", "warnings", "quotes", "entities", "credits",
    ] {
        assert!(value.get(key).is_some(), "missing {key}");
    }
    spans_in_bounds(&value, data.len() as u64);
});
