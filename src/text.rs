//! Encoding at the edges: UTF-8 decoding of one character, the Windows-1252
//! reading of bytes that are not valid UTF-8, and the coarse character
//! classes the tokenizer works with.
//!
//! Text is *conventionally* UTF-8 (as in bstr): a valid UTF-8 sequence is read
//! as UTF-8; any byte that does not start one is read as Windows-1252, so that
//! smart quotes and dashes saved by old Windows tools are recognised for what
//! they are. Nothing is ever rejected; lossy conversion to `str` happens only
//! when text is printed.

/// The class of one character, as far as tokenizing news text needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ch {
    /// A letter of any script (everything not classified otherwise).
    Alpha,
    /// An ASCII digit.
    Digit,
    /// Horizontal white space, no-break space, BOM, form feed, zero-width space.
    Space,
    /// `\n`.
    Lf,
    /// `\r`.
    Cr,
    /// U+2028 / U+2029: line and paragraph separators.
    LineSep,
    /// `'`.
    Apos,
    /// `‘` and other left single quotes.
    LeftSingle,
    /// `’`.
    RightSingle,
    /// `"`.
    Straight,
    /// `“`, `„`, `«`, `‹`, `「`: marks that open a quotation.
    LeftDouble,
    /// `”`, `»`, `›`, `」`: marks that close a quotation.
    RightDouble,
    /// `-`, U+2010, U+2011.
    Hyphen,
    /// `–`, `—`, `―`, U+2012.
    Dash,
    /// `…`.
    Ellipsis,
    /// `.`.
    Period,
    /// `&`.
    Amp,
    /// Any other punctuation or symbol.
    Punct,
    /// Control characters and bytes with no reading at all.
    Other,
}

/// Classes of the 128 ASCII bytes.
static ASCII: [Ch; 128] = {
    let mut t = [Ch::Punct; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = match b {
            b'a'..=b'z' | b'A'..=b'Z' => Ch::Alpha,
            b'0'..=b'9' => Ch::Digit,
            b' ' | b'\t' | 0x0B | 0x0C => Ch::Space,
            b'\n' => Ch::Lf,
            b'\r' => Ch::Cr,
            b'\'' => Ch::Apos,
            b'"' => Ch::Straight,
            b'-' => Ch::Hyphen,
            b'.' => Ch::Period,
            b'&' => Ch::Amp,
            0x00..=0x1F | 0x7F => Ch::Other,
            _ => Ch::Punct,
        };
        i += 1;
    }
    t
};

/// One decoded character: its class, its byte length, and whether it was read
/// as Windows-1252 because it is not valid UTF-8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub ch: Ch,
    pub len: usize,
    pub invalid: bool,
}

/// Classify the character that starts at `input[i]`; `i` must be in bounds.
#[inline(always)]
pub(crate) fn decode(input: &[u8], i: usize) -> Decoded {
    let b = input[i];
    if b < 0x80 {
        return Decoded {
            ch: ASCII[b as usize],
            len: 1,
            invalid: false,
        };
    }
    match utf8_char(input, i) {
        Some((cp, len)) => Decoded {
            ch: class_of(cp),
            len,
            invalid: false,
        },
        None => Decoded {
            ch: cp1252_class(b),
            len: 1,
            invalid: true,
        },
    }
}

/// Decode one UTF-8 character at `input[i]` (a non-ASCII lead byte), checking
/// continuation bytes, overlong forms and surrogates.
#[inline]
pub(crate) fn utf8_char(input: &[u8], i: usize) -> Option<(u32, usize)> {
    let b0 = input[i];
    let cont = |k: usize| -> Option<u32> {
        let b = *input.get(i + k)?;
        (b & 0xC0 == 0x80).then_some((b & 0x3F) as u32)
    };
    match b0 {
        0xC2..=0xDF => Some((((b0 & 0x1F) as u32) << 6 | cont(1)?, 2)),
        0xE0..=0xEF => {
            let cp = ((b0 & 0x0F) as u32) << 12 | cont(1)? << 6 | cont(2)?;
            (cp >= 0x800 && !(0xD800..=0xDFFF).contains(&cp)).then_some((cp, 3))
        }
        0xF0..=0xF4 => {
            let cp = ((b0 & 0x07) as u32) << 18 | cont(1)? << 12 | cont(2)? << 6 | cont(3)?;
            (0x10000..=0x10FFFF).contains(&cp).then_some((cp, 4))
        }
        _ => None,
    }
}

/// Class of a non-ASCII code point.
fn class_of(cp: u32) -> Ch {
    match cp {
        // Soft hyphen and zero-width (non-)joiners live inside words.
        0xAD | 0x200C | 0x200D => Ch::Alpha,
        0xA0 | 0x1680 | 0x2000..=0x200B | 0x202F | 0x205F | 0x2060 | 0x3000 | 0xFEFF => Ch::Space,
        0xAB | 0x2039 | 0x201C | 0x201E | 0x201F | 0x300C | 0x300E => Ch::LeftDouble,
        0xBB | 0x203A | 0x201D | 0x300D | 0x300F => Ch::RightDouble,
        0x2018 | 0x201A | 0x201B => Ch::LeftSingle,
        0x2019 => Ch::RightSingle,
        0x2010 | 0x2011 => Ch::Hyphen,
        0x2012..=0x2015 => Ch::Dash,
        0x2026 => Ch::Ellipsis,
        0x2028 | 0x2029 => Ch::LineSep,
        0x80..=0x9F => Ch::Other,
        0xAA | 0xB5 | 0xBA => Ch::Alpha,
        0xA1..=0xBF | 0xD7 | 0xF7 => Ch::Punct,
        0x2016..=0x2BFF => Ch::Punct,
        0x3001..=0x303F => Ch::Punct,
        0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 => Ch::Punct,
        0x1F000..=0x1FAFF => Ch::Punct,
        _ => Ch::Alpha,
    }
}

/// Class of a byte that is not valid UTF-8, read as Windows-1252.
fn cp1252_class(b: u8) -> Ch {
    match b {
        0x85 => Ch::Ellipsis,
        0x91 | 0x82 => Ch::LeftSingle,
        0x92 => Ch::RightSingle,
        0x93 | 0x84 | 0x8B => Ch::LeftDouble,
        0x94 | 0x9B => Ch::RightDouble,
        0x96 | 0x97 => Ch::Dash,
        0xA0 => Ch::Space,
        0x83 | 0x8A | 0x8C | 0x8E | 0x9A | 0x9C | 0x9E | 0x9F | 0xAA | 0xB5 | 0xBA => Ch::Alpha,
        0xC0..=0xFF if b != 0xD7 && b != 0xF7 => Ch::Alpha,
        0x81 | 0x8D | 0x8F | 0x90 | 0x9D => Ch::Other,
        _ => Ch::Punct,
    }
}

/// The Unicode character a Windows-1252 byte stands for (`None` for the five
/// undefined bytes). Used when cp1252 text has to be shown as text.
pub fn cp1252_char(b: u8) -> Option<char> {
    const HIGH: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => match HIGH[(b - 0x80) as usize] {
            0 => None,
            cp => char::from_u32(cp as u32),
        },
        _ => Some(b as char),
    }
}

/// The byte a character stands for when it is the Windows-1252 (or
/// Latin-1) reading of a UTF-8 continuation byte (`0x80..=0xBF`).
fn continuation_byte(cp: u32) -> Option<u8> {
    match cp {
        // Latin-1 and the C1 controls read themselves.
        0x80..=0xBF => Some(cp as u8),
        _ => (0x80u8..0xA0).find(|&b| cp1252_char(b).is_some_and(|c| c as u32 == cp)),
    }
}

/// Mojibake at `input[i]`: UTF-8 text that was read as Windows-1252 and
/// written out again as UTF-8, so that one character became two to four
/// (`“` → `â€œ`, `’` → `â€™`, `é` → `Ã©`). Returns how many bytes the
/// garbled character takes and the character it was.
///
/// Every such sequence starts with the byte `0xC3` (the lead byte read as
/// one of `Â`…`ô`), which is what callers search for.
///
/// # Example
/// ```
/// use newsprint::text::mojibake_at;
/// assert_eq!(mojibake_at("â€œHi".as_bytes(), 0), Some((7, '“')));
/// assert_eq!(mojibake_at("Ã©t".as_bytes(), 0), Some((4, 'é')));
/// assert_eq!(mojibake_at("â€ x".as_bytes(), 0), Some((5, char::REPLACEMENT_CHARACTER)));
/// assert_eq!(mojibake_at("Ãs".as_bytes(), 0), None);
/// ```
pub fn mojibake_at(input: &[u8], i: usize) -> Option<(usize, char)> {
    // The first character: U+00C2..=U+00F4, the reading of a lead byte.
    let lead = match input.get(i..i + 2)? {
        [0xC3, b @ 0x82..=0xB4] => b + 0x40,
        _ => return None,
    };
    let n = match lead {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        _ => 3,
    };
    let mut original = [lead, 0, 0, 0];
    let mut pos = i + 2;
    for k in 1..=n {
        let next = input
            .get(pos)
            .filter(|&&b| b >= 0x80)
            .and_then(|_| utf8_char(input, pos));
        match next.and_then(|(cp, len)| Some((continuation_byte(cp)?, len))) {
            Some((b, len)) => {
                original[k] = b;
                pos += len;
            }
            // `â€` then a lost byte (cp1252 leaves 0x81, 0x8D, 0x8F, 0x90 and
            // 0x9D undefined, so `”` often comes out as `â€` or `â€�`): the
            // pair alone is telling enough; the character is unknown.
            None if k == 2 && original[..2] == [0xE2, 0x80] => {
                if next.is_some_and(|(cp, _)| cp == 0xFFFD) {
                    pos += 3;
                }
                return Some((pos - i, char::REPLACEMENT_CHARACTER));
            }
            None => return None,
        }
    }
    let (cp, len) = utf8_char(&original[..n + 1], 0)?;
    (len == n + 1).then_some(())?;
    Some((pos - i, char::from_u32(cp)?))
}

/// Whether a word ends in a possessive `'s` or `’s` (`Europe’s`,
/// `KZPH's`).
pub(crate) fn ends_in_possessive_s(word: &[u8]) -> bool {
    possessive_s_len(word).is_some()
}

/// The length in bytes of the possessive `'s` or `’s` ending a word (also
/// `\x92s`, the Windows-1252 apostrophe of a page saved in that code).
pub(crate) fn possessive_s_len(word: &[u8]) -> Option<usize> {
    [&b"'s"[..], "\u{2019}s".as_bytes(), b"\x92s"]
        .into_iter()
        .find(|s| word.ends_with(s))
        .map(<[u8]>::len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    #[test]
    fn possessives_in_every_apostrophe() {
        assert_eq!(possessive_s_len(b"Europe's"), Some(2));
        assert_eq!(possessive_s_len("Europe’s".as_bytes()), Some(4));
        assert_eq!(possessive_s_len(b"Europe\x92s"), Some(2));
        assert_eq!(possessive_s_len(b"Europes"), None);
        assert!(ends_in_possessive_s(b"town\x92s"));
    }

    /// `c` as UTF-8, read byte by byte as Windows-1252 (Latin-1 for the
    /// undefined bytes), written again as UTF-8.
    fn garble(c: char) -> Vec<u8> {
        let mut utf8 = [0u8; 4];
        let mut out = [0u8; 4];
        let mut garbled = Vec::new();
        for &b in c.encode_utf8(&mut utf8).as_bytes() {
            let read = cp1252_char(b).unwrap_or(b as char);
            garbled.extend_from_slice(read.encode_utf8(&mut out).as_bytes());
        }
        garbled
    }

    #[test]
    fn mojibake_of_every_latin_and_punctuation_character_is_found() {
        let chars = (0xA0u32..0x250)
            .chain(0x2000..0x2070)
            .chain([0x20AC, 0x2122, 0x1F600]);
        for c in chars.filter_map(char::from_u32) {
            let mut text = garble(c);
            let len = text.len();
            text.extend_from_slice(b" and more");
            assert_eq!(mojibake_at(&text, 0), Some((len, c)), "{c:?}");
        }
    }

    #[test]
    fn clean_text_is_not_mojibake() {
        let clean = "São Paulo, CORAÇÃO, Ãngel, Âme, naïve café, Ã la carte, ÃÃÃ, £5";
        let bytes = clean.as_bytes();
        for i in 0..bytes.len() {
            assert_eq!(mojibake_at(bytes, i), None, "at {i} in {clean}");
        }
    }

    #[test]
    fn ascii_classes() {
        assert_eq!(decode(b"a", 0).ch, Ch::Alpha);
        assert_eq!(decode(b"7", 0).ch, Ch::Digit);
        assert_eq!(decode(b"\"", 0).ch, Ch::Straight);
        assert_eq!(decode(b"\x00", 0).ch, Ch::Other);
    }

    #[test]
    fn utf8_quotes_and_spaces() {
        let s = "“”’‘—…\u{a0}é".as_bytes();
        let mut i = 0;
        let mut got = [Ch::Other; 8];
        for slot in got.iter_mut() {
            let d = decode(s, i);
            assert!(!d.invalid);
            *slot = d.ch;
            i += d.len;
        }
        assert_eq!(
            got,
            [
                Ch::LeftDouble,
                Ch::RightDouble,
                Ch::RightSingle,
                Ch::LeftSingle,
                Ch::Dash,
                Ch::Ellipsis,
                Ch::Space,
                Ch::Alpha
            ]
        );
        assert_eq!(i, s.len());
    }

    #[test]
    fn invalid_bytes_read_as_cp1252() {
        for (b, ch) in [
            (0x93, Ch::LeftDouble),
            (0x94, Ch::RightDouble),
            (0x92, Ch::RightSingle),
            (0x97, Ch::Dash),
            (0xE9, Ch::Alpha),
        ] {
            let d = decode(&[b], 0);
            assert!(d.invalid);
            assert_eq!(d.ch, ch, "byte {b:#x}");
        }
    }

    #[test]
    fn rejects_overlong_and_surrogates() {
        assert!(utf8_char(&[0xC0, 0x80], 0).is_none());
        assert!(utf8_char(&[0xE0, 0x80, 0x80], 0).is_none());
        assert!(utf8_char(&[0xED, 0xA0, 0x80], 0).is_none());
        assert!(utf8_char(&[0xF4, 0x90, 0x80, 0x80], 0).is_none());
        assert_eq!(utf8_char("€".as_bytes(), 0), Some((0x20AC, 3)));
    }

    #[test]
    fn cp1252_chars() {
        assert_eq!(cp1252_char(0x93), Some('“'));
        assert_eq!(cp1252_char(0x81), None);
        assert_eq!(cp1252_char(0xE9), Some('é'));
    }
}
