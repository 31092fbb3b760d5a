//! Allocation counts on the hot path, with a counting global allocator.
//!
//! The counter is per thread, so tests running in parallel do not see each
//! other's allocations. Tokenizing must not allocate at all; a full parse
//! may allocate at most a small constant per block and per reported item,
//! never per token or per byte.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

#[path = "../benches/support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a thread-local `Cell` that never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations (and reallocations) made on this thread while `f` runs.
fn allocations<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = f();
    (ALLOCATIONS.with(Cell::get) - before, out)
}

/// About a megabyte of generated news text as one article: many blocks,
/// quotes, names, dates and numbers.
fn megabyte_article() -> Vec<u8> {
    corpus::stream(1 << 20, 11).replace('\x0c', "").into_bytes()
}

#[test]
fn the_counter_sees_allocations() {
    // Guards the other tests: a counter that never counts would pass them.
    let (n, v) = allocations(|| vec![1u8; 64]);
    assert!(n >= 1);
    assert_eq!(v.len(), 64);
}

#[test]
fn tokenizing_a_megabyte_does_not_allocate() {
    let input = megabyte_article();
    let (n, count) = allocations(|| newsprint::Tokens::new(&input).count());
    assert!(count > 100_000, "{count} tokens");
    assert_eq!(n, 0, "allocations while tokenizing {} bytes", input.len());
}

#[test]
fn sentence_splitting_does_not_allocate() {
    let input = megabyte_article();
    let tokens: Vec<_> = newsprint::Tokens::new(&input).collect();
    let (n, sentences) = allocations(|| {
        let mut count = 0;
        newsprint::sentences::split(&input, &tokens, |_| count += 1);
        count
    });
    assert!(sentences > 1000);
    assert_eq!(n, 0);
}

#[test]
fn a_full_parse_allocates_per_block_and_item_not_per_token() {
    let input = megabyte_article();
    let (n, (tokens, blocks, items)) = allocations(|| {
        let a = newsprint::parse(&input);
        let items = a.sentences().len()
            + a.entities().len()
            + a.quotes().len()
            + a.times().len()
            + a.numbers().len()
            + a.acronyms().len()
            + a.warnings().len();
        (a.tokens().len(), a.blocks().len(), items)
    });
    assert!(blocks > 1000 && items > blocks);
    // Vectors are reused or grow by doubling, so a parse makes about a
    // thousand allocations here (10k blocks, 40k items); the bound allows a
    // fraction per block and per item and fails on any per-token or
    // per-sentence allocation.
    let bound = blocks / 4 + items / 16 + 256;
    assert!(
        n <= bound,
        "{n} allocations for {tokens} tokens, {blocks} blocks, {items} items (bound {bound})"
    );
    assert!(n < tokens / 20, "{n} allocations for {tokens} tokens");
}
