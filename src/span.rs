//! Byte spans: the currency every output of newsprint is paid in.
//!
//! A [`Span`] is a half-open `[start, end)` range of byte offsets relative to
//! the first byte of one article. Offsets are `u32`, which keeps tokens small
//! (12 bytes) and caps one article at 4 GiB − 1; the article grammar enforces
//! that cap.

use core::ops::Range;

/// A half-open `[start, end)` byte range inside one article.
///
/// # Example
/// ```
/// use newsprint::Span;
/// let text = b"Hello, world";
/// let span = Span::new(7, 12);
/// assert_eq!(span.slice(text), b"world");
/// assert_eq!(span.len(), 5);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: u32,
    /// Offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped up to `start`.
    #[inline]
    pub const fn new(start: u32, end: u32) -> Span {
        Span {
            start,
            end: if end < start { start } else { end },
        }
    }

    /// A span from `usize` offsets (offsets are always below `u32::MAX` inside
    /// an article; larger values saturate).
    #[inline]
    pub fn from_usize(start: usize, end: usize) -> Span {
        Span::new(to_u32(start), to_u32(end))
    }

    /// Number of bytes covered.
    #[inline]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }

    /// Whether the span covers no byte.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The span as a `usize` range, for slicing.
    #[inline]
    pub const fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The bytes of `input` this span covers; an out-of-bounds span yields the
    /// in-bounds part (possibly empty) rather than panicking.
    #[inline]
    pub fn slice(self, input: &[u8]) -> &[u8] {
        let end = (self.end as usize).min(input.len());
        let start = (self.start as usize).min(end);
        &input[start..end]
    }

    /// The smallest span covering both `self` and `other`.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Saturating `usize` → `u32` conversion used for offsets.
#[inline]
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
