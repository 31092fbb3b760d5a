//! Streaming: articles out of a byte stream of any length, in bounded
//! memory.
//!
//! A [`Feeder`] takes chunks of any size (down to one byte) as
//! [`bytes::Bytes`] and yields whole articles with their stream offsets. The
//! delimiter is a line holding only a form feed, or another
//! [`Delimiter`] line, as in [`crate::split`], and the articles are exactly
//! those `split::articles_by` finds in the whole stream: every byte belongs to one article or to one reported error.
//!
//! - An article inside one chunk is yielded without copying
//!   (`Bytes::split_to`); only an article that straddles chunks is copied.
//! - "Need more input" is a [`Status`], not an error.
//! - No byte is scanned twice: the search for the next delimiter resumes
//!   where it stopped (only the few bytes of a delimiter candidate may be
//!   looked at again when the rest had not arrived yet).
//! - Memory is bounded by the article size limit: an article longer than it
//!   becomes [`Error::ArticleTooLarge`], its bytes are dropped as they come,
//!   and the stream goes on after its delimiter.

use alloc::collections::VecDeque;

use bytes::{Bytes, BytesMut};

use crate::error::Error;
use crate::split::{Check, Delimiter};

/// The default limit on one article: 4 MiB.
pub const DEFAULT_MAX_ARTICLE: usize = 4 << 20;

/// What [`Feeder::next_article`] has to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status<T> {
    /// A complete item.
    Ready(T),
    /// Push more input (or call [`Feeder::finish`]) to go on.
    NeedMore,
    /// The input has ended and everything was yielded.
    Done,
}

/// One article of a stream: its bytes and where they began.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Framed {
    /// Offset of the article's first byte in the stream.
    pub offset: u64,
    /// The article, its closing delimiter line included.
    pub bytes: Bytes,
}

/// Frames articles out of pushed chunks.
///
/// # Example
/// ```
/// use bytes::Bytes;
/// use newsprint::stream::{Feeder, Status};
///
/// let mut feeder = Feeder::new();
/// feeder.push(Bytes::from_static(b"First story.\n\x0c"));
/// assert_eq!(feeder.next_article().unwrap(), Status::NeedMore); // is `\x0c` alone on its line?
/// feeder.push(Bytes::from_static(b"\nSecond story.\n"));
/// let Status::Ready(first) = feeder.next_article().unwrap() else { panic!() };
/// assert_eq!((first.offset, &first.bytes[..]), (0, &b"First story.\n\x0c\n"[..]));
/// feeder.finish();
/// let Status::Ready(second) = feeder.next_article().unwrap() else { panic!() };
/// assert_eq!(second.offset, 15);
/// assert_eq!(feeder.next_article().unwrap(), Status::Done);
/// ```
///
/// # Errors
/// [`next_article`](Feeder::next_article) returns
/// [`Error::ArticleTooLarge`] for an article over the limit, once its end is
/// known; calling it again goes on with the next article.
#[derive(Clone, Debug)]
pub struct Feeder {
    /// Pending input, oldest first; it always starts at an article's start.
    chunks: VecDeque<Bytes>,
    /// Total pending bytes.
    len: usize,
    /// Pending bytes already searched for a delimiter.
    scanned: usize,
    /// The chunk that holds pending position `scanned` (or the first one
    /// past it) and that chunk's pending offset, so that a search resumes
    /// there instead of walking the queue from its front.
    cursor: (usize, usize),
    /// The byte just before the pending input (`None` at the stream start).
    before: Option<u8>,
    /// Stream offset of the pending input.
    offset: u64,
    max_article: usize,
    delimiter: Delimiter,
    /// While dropping an article over the limit: bytes dropped so far.
    skipped: Option<u64>,
    finished: bool,
}

impl Default for Feeder {
    fn default() -> Feeder {
        Feeder::new()
    }
}

impl Feeder {
    /// A feeder with the default article size limit.
    pub fn new() -> Feeder {
        Feeder::with_max_article(DEFAULT_MAX_ARTICLE)
    }

    /// A feeder that refuses articles longer than `max_article` bytes.
    pub fn with_max_article(max_article: usize) -> Feeder {
        Feeder {
            chunks: VecDeque::new(),
            len: 0,
            scanned: 0,
            cursor: (0, 0),
            before: None,
            offset: 0,
            max_article: max_article.max(1),
            delimiter: Delimiter::FORM_FEED,
            skipped: None,
            finished: false,
        }
    }

    /// The same feeder, splitting on another delimiter line.
    ///
    /// # Example
    /// ```
    /// use bytes::Bytes;
    /// use newsprint::split::Delimiter;
    /// use newsprint::stream::{Feeder, Status};
    ///
    /// let mut feeder = Feeder::new().delimiter(Delimiter::new(b"<<END>>").unwrap());
    /// feeder.push(Bytes::from_static(b"One.\n<<END>>\nTwo.\n"));
    /// feeder.finish();
    /// let Status::Ready(first) = feeder.next_article().unwrap() else { panic!() };
    /// assert_eq!(&first.bytes[..], b"One.\n<<END>>\n");
    /// ```
    pub fn delimiter(mut self, delimiter: Delimiter) -> Feeder {
        self.delimiter = delimiter;
        self
    }

    /// Add input. Empty chunks are ignored; input after
    /// [`finish`](Feeder::finish) is ignored too.
    pub fn push(&mut self, chunk: Bytes) {
        if !chunk.is_empty() && !self.finished {
            self.len += chunk.len();
            self.chunks.push_back(chunk);
        }
    }

    /// Declare the end of the input.
    pub fn finish(&mut self) {
        self.finished = true;
    }

    /// Bytes held, waiting to become an article.
    pub fn pending(&self) -> usize {
        self.len
    }

    /// The next article, if one is complete.
    pub fn next_article(&mut self) -> Result<Status<Framed>, Error> {
        match self.find_delimiter() {
            Some(end) => self.yield_article(end),
            None if self.finished && self.len == 0 => match self.skipped.take() {
                Some(dropped) => Err(self.too_large(self.offset - dropped, dropped)),
                None => Ok(Status::Done),
            },
            None if self.finished => self.yield_article(self.len),
            None => {
                if self.len > self.max_article || self.skipped.is_some() {
                    self.drop_scanned();
                }
                Ok(Status::NeedMore)
            }
        }
    }

    /// Hand out the first `end` pending bytes as an article, or as an error
    /// when the article (with what was dropped of it) is over the limit.
    fn yield_article(&mut self, end: usize) -> Result<Status<Framed>, Error> {
        let offset = self.offset;
        let bytes = self.take(end);
        if let Some(dropped) = self.skipped.take() {
            return Err(self.too_large(offset - dropped, dropped + end as u64));
        }
        if end > self.max_article {
            return Err(self.too_large(offset, end as u64));
        }
        Ok(Status::Ready(Framed { offset, bytes }))
    }

    fn too_large(&self, offset: u64, len: u64) -> Error {
        Error::ArticleTooLarge {
            offset,
            len,
            limit: self.max_article,
        }
    }

    /// Drop the scanned part of an article over the limit, keeping memory
    /// bounded; remember how much was dropped.
    fn drop_scanned(&mut self) {
        let n = self.scanned;
        if n == 0 {
            return;
        }
        let _ = self.take(n);
        // `take` moved the offset and the start: the article goes on.
        *self.skipped.get_or_insert(0) += n as u64;
    }

    /// Search the pending input from `scanned` for a delimiter line; return
    /// the offset just past it. Leaves `scanned` where the search must
    /// resume.
    fn find_delimiter(&mut self) -> Option<usize> {
        let first = self.delimiter.first();
        let (mut ci, mut base) = self.cursor;
        while ci < self.chunks.len() {
            self.cursor = (ci, base);
            let chunk = &self.chunks[ci];
            let end = base + chunk.len();
            if end <= self.scanned {
                base = end;
                ci += 1;
                continue;
            }
            let from = self.scanned - base;
            match memchr::memchr(first, &chunk[from..]) {
                None => {
                    self.scanned = end;
                    base = end;
                    ci += 1;
                }
                Some(k) => {
                    let at = base + from + k;
                    let before = match at.checked_sub(1) {
                        None => self.before,
                        Some(i) if i >= base => Some(chunk[i - base]),
                        // `at` opens chunk `ci`: the byte before ends chunk `ci - 1`.
                        Some(_) => self
                            .chunks
                            .get(ci.wrapping_sub(1))
                            .and_then(|c| c.last().copied()),
                    };
                    // Look bytes up from chunk `ci` on, so that many small chunks
                    // do not make each lookup walk the whole queue.
                    let chunks = &self.chunks;
                    let byte = |mut i: usize| {
                        i -= base;
                        for c in chunks.range(ci..) {
                            if i < c.len() {
                                return Some(c[i]);
                            }
                            i -= c.len();
                        }
                        None
                    };
                    match self.delimiter.check(at, before, byte, self.finished) {
                        Check::Delimiter(e) => {
                            self.scanned = 0;
                            return Some(e);
                        }
                        Check::NotOne => self.scanned = at + 1,
                        Check::Wait => {
                            self.scanned = at;
                            return None;
                        }
                    }
                }
            }
        }
        None
    }

    /// Take `n` bytes off the front: without copying when they lie in the
    /// front chunk.
    fn take(&mut self, n: usize) -> Bytes {
        let n = n.min(self.len);
        self.len -= n;
        // Chunks leave the front: the search cursor restarts there (every
        // caller takes at least the scanned bytes, so nothing is rescanned).
        self.cursor = (0, 0);
        self.offset += n as u64;
        self.scanned = self.scanned.saturating_sub(n);
        let out = match self.chunks.front_mut() {
            Some(front) if front.len() > n => front.split_to(n),
            Some(front) if front.len() == n => self.chunks.pop_front().unwrap_or_default(),
            _ => {
                let mut buf = BytesMut::with_capacity(n);
                while buf.len() < n {
                    let Some(mut c) = self.chunks.pop_front() else {
                        break;
                    };
                    let want = n - buf.len();
                    if c.len() > want {
                        buf.extend_from_slice(&c.split_to(want));
                        self.chunks.push_front(c);
                    } else {
                        buf.extend_from_slice(&c);
                    }
                }
                buf.freeze()
            }
        };
        self.before = out.last().copied().or(self.before);
        out
    }
}

#[cfg(feature = "std")]
mod reader {
    use std::io::Read;

    use super::{Feeder, Framed, Status};
    use crate::error::Error;

    /// Articles from any [`std::io::Read`], through a [`Feeder`], reading
    /// `chunk` bytes at a time. Memory stays bounded by the article limit
    /// plus one chunk.
    ///
    /// # Example
    /// ```
    /// use newsprint::stream::ArticleReader;
    /// let input: &[u8] = b"One.\n\x0c\nTwo.\n";
    /// let offsets: Vec<u64> = ArticleReader::new(input).map(|a| a.unwrap().offset).collect();
    /// assert_eq!(offsets, [0, 7]);
    /// ```
    #[derive(Debug)]
    pub struct ArticleReader<R> {
        inner: R,
        feeder: Feeder,
        chunk: usize,
        done: bool,
    }

    impl<R: Read> ArticleReader<R> {
        /// Read articles from `inner` with the default limit and 64 KiB reads.
        pub fn new(inner: R) -> ArticleReader<R> {
            ArticleReader::with_feeder(inner, Feeder::new(), 64 << 10)
        }

        /// Read articles from `inner` through `feeder`, `chunk` bytes a read.
        pub fn with_feeder(inner: R, feeder: Feeder, chunk: usize) -> ArticleReader<R> {
            ArticleReader {
                inner,
                feeder,
                chunk: chunk.max(1),
                done: false,
            }
        }
    }

    impl<R: Read> Iterator for ArticleReader<R> {
        type Item = Result<Framed, Error>;

        fn next(&mut self) -> Option<Self::Item> {
            loop {
                match self.feeder.next_article() {
                    Ok(Status::Ready(a)) => return Some(Ok(a)),
                    Ok(Status::Done) => return None,
                    Err(e) => return Some(Err(e)),
                    Ok(Status::NeedMore) if self.done => return None,
                    Ok(Status::NeedMore) => {}
                }
                let mut buf = vec![0u8; self.chunk];
                match self.inner.read(&mut buf) {
                    Ok(0) => self.feeder.finish(),
                    Ok(n) => {
                        buf.truncate(n);
                        self.feeder.push(bytes::Bytes::from(buf));
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        self.done = true;
                        return Some(Err(Error::Io(alloc::sync::Arc::new(e))));
                    }
                }
            }
        }
    }
}

#[cfg(feature = "std")]
pub use reader::ArticleReader;

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    /// `Ok((offset, bytes))` for an article, `Err((offset, len))` for one over
    /// the limit.
    type Item = Result<(u64, Vec<u8>), (u64, u64)>;

    fn stream_all(input: &[u8], cuts: &[usize], max: usize) -> Vec<Item> {
        let mut f = Feeder::with_max_article(max);
        let mut out = Vec::new();
        let mut pos = 0;
        let drain = |f: &mut Feeder, out: &mut Vec<_>| loop {
            match f.next_article() {
                Ok(Status::Ready(a)) => out.push(Ok((a.offset, a.bytes.to_vec()))),
                Ok(_) => break,
                Err(Error::ArticleTooLarge { offset, len, .. }) => out.push(Err((offset, len))),
                #[allow(unreachable_patterns)]
                Err(_) => break,
            }
        };
        for &c in cuts.iter().chain(core::iter::once(&input.len())) {
            let c = c.min(input.len()).max(pos);
            f.push(Bytes::copy_from_slice(&input[pos..c]));
            pos = c;
            drain(&mut f, &mut out);
        }
        f.finish();
        drain(&mut f, &mut out);
        out
    }

    #[test]
    fn matches_whole_buffer_framing() {
        let input = b"a\n\x0c\nb\r\n\x0c\r\nc\x0cstill c\n\x0c";
        let whole: Vec<_> = crate::split::articles(input)
            .map(|(o, a)| Ok((o as u64, a.to_vec())))
            .collect();
        for step in 1..input.len() {
            let cuts: Vec<usize> = (step..input.len()).step_by(step).collect();
            assert_eq!(stream_all(input, &cuts, 1 << 20), whole, "step {step}");
        }
    }

    #[test]
    fn oversize_articles_are_errors_and_the_stream_goes_on() {
        let input = b"short\n\x0c\nthis one is far too long\n\x0c\nok\n";
        let got = stream_all(input, &[3, 9, 14, 20], 10);
        assert_eq!(
            got,
            [
                Ok((0, b"short\n\x0c\n".to_vec())),
                Err((8, 27)),
                Ok((35, b"ok\n".to_vec()))
            ]
        );
    }

    #[test]
    fn one_chunk_articles_are_not_copied() {
        let data = Bytes::from_static(b"one\n\x0c\ntwo\n\x0c\n");
        let mut f = Feeder::new();
        f.push(data.clone());
        let Ok(Status::Ready(a)) = f.next_article() else {
            panic!()
        };
        assert_eq!(a.bytes.as_ptr(), data.as_ptr());
        let Ok(Status::Ready(b)) = f.next_article() else {
            panic!()
        };
        assert_eq!(b.bytes.as_ptr(), data[6..].as_ptr());
    }

    #[test]
    fn memory_stays_bounded_while_skipping() {
        let mut f = Feeder::with_max_article(100);
        for _ in 0..1000 {
            f.push(Bytes::from_static(&[b'x'; 64]));
            assert!(matches!(f.next_article(), Ok(Status::NeedMore)));
            assert!(f.pending() <= 100 + 64);
        }
        f.finish();
        assert!(matches!(
            f.next_article(),
            Err(Error::ArticleTooLarge {
                offset: 0,
                len: 64_000,
                ..
            })
        ));
        assert!(matches!(f.next_article(), Ok(Status::Done)));
    }
}
