//! Framing: where one article ends and the next begins in a multi-article
//! input.
//!
//! The delimiter is a line holding only a form feed (`\x0c`, optionally
//! followed by `\r`). The delimiter line belongs to the article it closes, so
//! the articles tile the input: every byte belongs to exactly one article.

use bytes::Bytes;
use memchr::memchr_iter;

/// Iterate over `(offset, bytes)` of each article of `input`.
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
    let mut start = 0;
    let mut delimiters = memchr_iter(0x0c, input);
    core::iter::from_fn(move || {
        if start >= input.len() {
            return None;
        }
        for ff in delimiters.by_ref() {
            if ff < start {
                continue;
            }
            if let Some(end) = delimiter_line_end(input, ff) {
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

/// If the form feed at `ff` is alone on its line, the offset just past that
/// line.
fn delimiter_line_end(input: &[u8], ff: usize) -> Option<usize> {
    let at_line_start = ff == 0 || input[ff - 1] == b'\n' || input[ff - 1] == b'\r';
    if !at_line_start {
        return None;
    }
    let mut end = ff + 1;
    if input.get(end) == Some(&b'\r') {
        end += 1;
    }
    match input.get(end) {
        None => Some(end),
        Some(b'\n') => Some(end + 1),
        Some(_) if input[end - 1] == b'\r' => Some(end),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
}
