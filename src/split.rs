//! Framing: where one article ends and the next begins in a multi-article
//! input.
//!
//! The delimiter is a line holding only a given byte string (by default a
//! form feed, `\x0c`), optionally followed by `\r`; see [`Delimiter`]. The
//! delimiter line belongs to the article it closes, so the articles tile the
//! input: every byte belongs to exactly one article.

use bytes::Bytes;
use memchr::memchr_iter;

use crate::error::Error;

/// The line that separates articles: a line holding only these bytes (up to
/// [`Delimiter::MAX`] of them, no line break), then `\n`, `\r\n`, `\r` or
/// the end of the input.
///
/// Stored inline, so a `Delimiter` is `Copy` and needs no allocation.
///
/// # Example
/// ```
/// use newsprint::split::{articles_by, Delimiter};
/// let rule = Delimiter::new(b"%%").unwrap();
/// let parts: Vec<usize> = articles_by(b"One.\n%%\nTwo %% in text.\n", rule).map(|(o, _)| o).collect();
/// assert_eq!(parts, [0, 8]);
/// assert!(Delimiter::new(b"").is_err() && Delimiter::new(b"a\nb").is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Delimiter {
    line: [u8; Delimiter::MAX],
    len: u8,
}

impl Delimiter {
    /// The longest delimiter line, in bytes.
    pub const MAX: usize = 32;

    /// The default: a line holding only a form feed.
    pub const FORM_FEED: Delimiter = {
        let mut line = [0u8; Delimiter::MAX];
        line[0] = 0x0c;
        Delimiter { line, len: 1 }
    };

    /// A delimiter line of these bytes.
    ///
    /// # Errors
    /// [`Error::InvalidDelimiter`] when `line` is empty, longer than
    /// [`Delimiter::MAX`], or holds a `\r` or `\n`.
    pub fn new(line: &[u8]) -> Result<Delimiter, Error> {
        let reason = if line.is_empty() {
            Some("it is empty")
        } else if line.len() > Delimiter::MAX {
            Some("it is longer than 32 bytes")
        } else if line.iter().any(|&b| b == b'\n' || b == b'\r') {
            Some("it holds a line break")
        } else {
            None
        };
        if let Some(reason) = reason {
            return Err(Error::InvalidDelimiter { reason });
        }
        let mut d = Delimiter {
            line: [0; Delimiter::MAX],
            len: line.len() as u8,
        };
        d.line[..line.len()].copy_from_slice(line);
        Ok(d)
    }

    /// The delimiter line's bytes, without the line break.
    pub fn as_bytes(&self) -> &[u8] {
        &self.line[..self.len as usize]
    }

    /// The byte a delimiter line starts with (what the scan looks for).
    pub(crate) fn first(&self) -> u8 {
        self.line[0]
    }

    /// Whether a delimiter line starts at `at`, given `byte(i)` for the
    /// input's bytes (`None` past what is known) and `before`, the byte
    /// before `at` (`None` at the input's start). `finished` says whether
    /// unknown bytes are the end of the input or just not there yet.
    pub(crate) fn check(
        &self,
        at: usize,
        before: Option<u8>,
        byte: impl Fn(usize) -> Option<u8>,
        finished: bool,
    ) -> Check {
        if matches!(before, Some(b) if b != b'\n' && b != b'\r') {
            return Check::NotOne;
        }
        let line = self.as_bytes();
        for (k, &want) in line.iter().enumerate().skip(1) {
            match byte(at + k) {
                Some(b) if b == want => {}
                Some(_) => return Check::NotOne,
                None if finished => return Check::NotOne,
                None => return Check::Wait,
            }
        }
        let mut end = at + line.len();
        let mut after = byte(end);
        let cr = after == Some(b'\r');
        if cr {
            end += 1;
            after = byte(end);
        }
        match after {
            None if finished => Check::Delimiter(end),
            None => Check::Wait,
            Some(b'\n') => Check::Delimiter(end + 1),
            Some(_) if cr => Check::Delimiter(end),
            Some(_) => Check::NotOne,
        }
    }
}

impl Default for Delimiter {
    fn default() -> Delimiter {
        Delimiter::FORM_FEED
    }
}

impl core::fmt::Debug for Delimiter {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_tuple("Delimiter")
            .field(&format_args!("\"{}\"", self.as_bytes().escape_ascii()))
            .finish()
    }
}

/// What a candidate delimiter position turned out to be.
pub(crate) enum Check {
    /// A delimiter line ending just before this offset.
    Delimiter(usize),
    /// Not a delimiter line.
    NotOne,
    /// The bytes that decide it have not arrived.
    Wait,
}

/// Iterate over `(offset, bytes)` of each article of `input`, split on
/// form-feed lines ([`Delimiter::FORM_FEED`]).
///
/// An input without a delimiter is one article; an empty input has none; a
/// delimiter at the very end does not open an empty article after it.
///
/// # Example
/// ```
/// let stream = b"First story.\n\x0c\nSecond story.\n";
/// let parts: Vec<(usize, &[u8])> = newsprint::split::articles(stream).collect();
/// assert_eq!(parts, [(0, &b"First story.\n\x0c\n"[..]), (15, &b"Second story.\n"[..])]);
/// ```
pub fn articles(input: &[u8]) -> impl Iterator<Item = (usize, &[u8])> + '_ {
    articles_by(input, Delimiter::FORM_FEED)
}

/// Like [`articles`], with another [`Delimiter`].
pub fn articles_by(
    input: &[u8],
    delimiter: Delimiter,
) -> impl Iterator<Item = (usize, &[u8])> + '_ {
    let mut start = 0;
    let mut candidates = memchr_iter(delimiter.first(), input);
    core::iter::from_fn(move || {
        if start >= input.len() {
            return None;
        }
        for at in candidates.by_ref() {
            if at < start {
                continue;
            }
            let before = at.checked_sub(1).map(|i| input[i]);
            if let Check::Delimiter(end) =
                delimiter.check(at, before, |i| input.get(i).copied(), true)
            {
                let from = start;
                start = end;
                return Some((from, &input[from..end]));
            }
        }
        let from = start;
        start = input.len();
        Some((from, &input[from..]))
    })
}

/// Like [`articles`], over shared bytes: each article is a `Bytes` that
/// shares `input`'s buffer (no copy), so it can outlive the borrow and move
/// to another thread.
///
/// # Example
/// ```
/// use bytes::Bytes;
/// let stream = Bytes::from_static(b"One.\n\x0c\nTwo.\n");
/// let parts: Vec<(usize, Bytes)> = newsprint::split::articles_shared(&stream).collect();
/// assert_eq!(parts[1], (7, Bytes::from_static(b"Two.\n")));
/// assert_eq!(parts[1].1.as_ptr(), stream[7..].as_ptr());
/// ```
pub fn articles_shared(input: &Bytes) -> impl Iterator<Item = (usize, Bytes)> + '_ {
    articles(input).map(move |(offset, article)| (offset, input.slice_ref(article)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;
    use alloc::vec::Vec;

    fn offsets(s: &[u8]) -> Vec<(usize, usize)> {
        articles(s).map(|(o, a)| (o, a.len())).collect()
    }

    #[test]
    fn tiles_input() {
        let s = b"a\n\x0c\nb\r\n\x0c\r\nc\x0cstill c\n\x0c";
        let parts = offsets(s);
        assert_eq!(parts, [(0, 4), (4, 6), (10, 11)]);
        assert_eq!(parts.iter().map(|p| p.1).sum::<usize>(), s.len());
    }

    #[test]
    fn no_delimiter_and_empty() {
        assert_eq!(offsets(b"one"), [(0, 3)]);
        assert!(offsets(b"").is_empty());
        assert_eq!(offsets(b"\x0c\n\x0c\n"), [(0, 2), (2, 2)]);
    }

    #[test]
    fn other_delimiters() {
        let rule = Delimiter::new(b"-----").unwrap();
        let s = b"a\n-----\nb ----- b\n----\n------\n-----\r\nc\n-----";
        let parts: Vec<(usize, usize)> = articles_by(s, rule).map(|(o, a)| (o, a.len())).collect();
        assert_eq!(parts, [(0, 8), (8, 29), (37, 7)]);
        assert_eq!(format!("{rule:?}"), "Delimiter(\"-----\")");
        assert!(Delimiter::new(&[b'x'; 33]).is_err());
        assert_eq!(Delimiter::new(b"\x0c").unwrap(), Delimiter::default());
    }
}
