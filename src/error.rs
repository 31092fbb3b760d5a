//! The crate's error type: limits and I/O, never content.
//!
//! Parsing never fails on content (odd input becomes odd blocks and
//! warnings). What can fail is framing a stream: an article over the size
//! limit, a delimiter that cannot be one, or the reader underneath.

/// An error from framing a stream of articles.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An article longer than the configured limit. Its bytes (from
    /// `offset`, `len` of them, through its closing delimiter) were skipped;
    /// the stream goes on with the next article.
    #[error("article at byte {offset} is {len} bytes long, over the {limit}-byte limit; skipped")]
    ArticleTooLarge {
        /// Stream offset of the article's first byte.
        offset: u64,
        /// Bytes skipped, its delimiter line included.
        len: u64,
        /// The limit in force.
        limit: usize,
    },
    /// A delimiter line that cannot be one (see
    /// [`Delimiter::new`](crate::split::Delimiter::new)).
    #[error("invalid article delimiter: {reason}")]
    InvalidDelimiter {
        /// Why.
        reason: &'static str,
    },
    /// The underlying reader failed (feature `std`).
    #[cfg(feature = "std")]
    #[error("read failed: {0}")]
    Io(alloc::sync::Arc<std::io::Error>),
}
