//! Tokens tile any input exactly.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut pos = 0usize;
    for t in newsprint::Tokens::new(data) {
        assert_eq!(t.span.start as usize, pos);
        assert!(t.span.end > t.span.start);
        pos = t.span.end as usize;
    }
    assert_eq!(pos, data.len());
});
