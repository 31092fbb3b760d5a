//! Parsing one article never panics, and every block and sentence span is in
//! bounds and ordered.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let article = newsprint::parse(data);
    let mut end = 0;
    for b in article.blocks() {
        assert!(b.span.start >= end && b.span.end as usize <= data.len());
        end = b.span.end;
        for s in article.block_sentences(b) {
            assert!(s.start >= b.span.start && s.end <= b.span.end);
        }
    }
});
