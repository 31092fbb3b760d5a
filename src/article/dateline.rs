//! Wire datelines at the start of the first body paragraph:
//! `ROTTERDAM, March 3 (Reuters) -`, `PORTLAND, Maine (AP) —`,
//! `NAIROBI, Kenya --`, `GENEVA —`, `Tokyo, April 18 (Kyodo) -`,
//! `AUSTIN, Texas, March 3, 2026 /PRNewswire/ --`.
//!
//! The place is in capitals, or in mixed case when an agency in parentheses
//! vouches for it. A dash closes the dateline; so does a colon after a place
//! in capitals (`KOCHI:`), and nothing at all after an agency and a date
//! (`Pune, Jan 15 (IANS) The…`). A short word in capitals alone (`NASA —`,
//! `UPDATE —`) is not a place. Offsets are relative to the block.

use core::ops::Range;

use crate::date::{self, Date};

/// A dateline found at the start of a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ParsedDateline {
    /// The dateline up to and including its dash.
    pub end: usize,
    pub place: Range<usize>,
    pub agency: Option<Range<usize>>,
    pub date: Option<(Date, Range<usize>)>,
}

fn skip_spaces(t: &[u8], mut i: usize) -> usize {
    while i < t.len() && t[i] == b' ' {
        i += 1;
    }
    i
}

/// A word of a place in capitals: `NEW`, `ST.`, `SÃO`, `COX'S`.
fn caps_word(t: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < t.len() {
        if is_dash_at(t, j) {
            break; // `WASHINGTON—The`
        }
        let upper_latin1 = t[j] == 0xC3 && t.get(j + 1).is_some_and(|b| (0x80..=0x9E).contains(b));
        if t[j].is_ascii_uppercase() || upper_latin1 {
            j += if upper_latin1 { 2 } else { 1 };
        } else if j > i && (t[j] >= 0x80 || matches!(t[j], b'.' | b'\'' | b'-' | b'/')) {
            j += 1;
        } else {
            break;
        }
    }
    let starts_upper =
        t.get(i).is_some_and(u8::is_ascii_uppercase) || (t.get(i) == Some(&0xC3) && j > i + 1);
    if j > i && starts_upper {
        j
    } else {
        i
    }
}

/// Wire services that put their name in brackets before the story.
const WIRES: &crate::lexicon::WordSet = &crate::lexicon::WordSet::new(&[
    "akipress",
    "anadolu",
    "antara",
    "belta",
    "bernama",
    "bloomberg",
    "dpa",
    "interfax",
    "kazinform",
    "kyodo",
    "reuters",
    "ria",
    "tass",
    "ukrinform",
    "xinhua",
    "yonhap",
]);

/// A news agency the lists know, in capitals (`UPI`) or not (`Reuters`).
fn is_wire(name: &[u8]) -> bool {
    crate::lexicon::contains(crate::lexicon::CAPS_AGENCIES, name)
        || crate::lexicon::contains(WIRES, name)
}

/// `Nov. 14 (UPI) --`: a date and a known agency in capitals, no place;
/// or the agency alone, `(Bloomberg) --`. The place is then the empty
/// range at the start.
fn placeless(t: &[u8]) -> Option<ParsedDateline> {
    if t.first() == Some(&b'(') {
        let close = t.iter().take(14).position(|&b| b == b')')?;
        let name = &t[1..close];
        if !is_wire(name) {
            return None;
        }
        let end = dash(t, skip_spaces(t, close + 1))?;
        return Some(ParsedDateline {
            end,
            place: 0..0,
            agency: Some(1..close),
            date: None,
        });
    }
    if !t.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let (rest, d) = date::parse_date(t).ok()?;
    let date_end = t.len() - rest.len();
    let open = skip_spaces(t, date_end);
    if t.get(open) != Some(&b'(') {
        return None;
    }
    let close = t[open + 1..].iter().take(12).position(|&b| b == b')')? + open + 1;
    if !crate::lexicon::contains(crate::lexicon::CAPS_AGENCIES, &t[open + 1..close]) {
        return None;
    }
    let end = dash(t, skip_spaces(t, close + 1))?;
    Some(ParsedDateline {
        end,
        place: 0..0,
        agency: Some(open + 1..close),
        date: Some((d, 0..date_end)),
    })
}

/// An em or en dash (UTF-8) starts at `t[j]`.
fn is_dash_at(t: &[u8], j: usize) -> bool {
    matches!(t.get(j..j + 3), Some([0xE2, 0x80, 0x93 | 0x94]))
}

/// A capitalised word: `Maine`, `Calif.`, `N.Y.`.
fn cap_word(t: &[u8], i: usize) -> usize {
    if !t.get(i).is_some_and(u8::is_ascii_uppercase) {
        return i;
    }
    let mut j = i + 1;
    while j < t.len()
        && (t[j].is_ascii_alphabetic() || t[j] >= 0x80 || matches!(t[j], b'.' | b'\'' | b'-'))
    {
        j += 1;
    }
    j
}

/// Words read by `word`, separated by single spaces, at most `max`; a
/// lower-case particle may join two of them (`Frankfurt am Main`, `Rio de
/// Janeiro`).
fn words_with(t: &[u8], i: usize, max: usize, word: fn(&[u8], usize) -> usize) -> usize {
    let mut end = word(t, i);
    if end == i {
        return i;
    }
    let mut n = 1;
    while n < max && t.get(end) == Some(&b' ') {
        let mut from = end + 1;
        if let Some(p) = PARTICLES
            .iter()
            .find(|p| t[from..].starts_with(p.as_bytes()) && t.get(from + p.len()) == Some(&b' '))
        {
            from += p.len() + 1;
        }
        let next = word(t, from);
        if next == from {
            break;
        }
        end = next;
        n += 1;
    }
    end
}

/// A region's code of capitals around a slash (`N/R`, `U/E`), at `i`:
/// its end.
fn region_code(t: &[u8], i: usize) -> Option<usize> {
    let caps = |from: usize| {
        t[from.min(t.len())..]
            .iter()
            .take_while(|b| b.is_ascii_uppercase())
            .count()
    };
    let a = caps(i);
    if !(1..=2).contains(&a) || t.get(i + a) != Some(&b'/') {
        return None;
    }
    let b = caps(i + a + 1);
    ((1..=2).contains(&b)).then_some(i + a + 1 + b)
}

/// Lower-case words inside place names.
const PARTICLES: [&str; 10] = [
    "am", "an", "de", "del", "do", "es", "la", "le", "sur", "upon",
];

/// The dash that closes a dateline: `—`, `–`, `--`, `-`; returns its end.
fn dash(t: &[u8], i: usize) -> Option<usize> {
    match &t[i.min(t.len())..] {
        [0xE2, 0x80, 0x93 | 0x94, ..] => Some(i + 3),
        [b'-', b'-', ..] => Some(i + 2),
        [b'-', b' ', ..] => Some(i + 1),
        // `Bogotá, Dec 3 (ALN).- The …`: as Spanish wires print it.
        [b'.', b'-', ..] => Some(i + 2),
        [0x96 | 0x97, ..] => Some(i + 1), // Windows-1252 dashes
        _ => None,
    }
}

/// A line that is only a place and its region or country, `Marietta,
/// Ohio`, `Bundanoon, NSW`, `Springfield, Ill.`: where an obituary or a
/// release says it is from, under its headline. The last part must be a
/// country or region of the gazetteer, a short code in capitals or an
/// abbreviation with a period, so that `Smith, Jones` is no place line.
pub(crate) fn place_line(t: &[u8]) -> bool {
    let t = t.trim_ascii();
    if t.len() > 48 {
        return false;
    }
    let mut i = words_with(t, 0, 3, cap_word);
    if i == 0 {
        return false;
    }
    let mut last = 0..i;
    let mut parts = 1;
    while parts < 3 && t.get(i) == Some(&b',') {
        let s = skip_spaces(t, i + 1);
        let e = words_with(t, s, 3, cap_word);
        if e == s {
            return false;
        }
        last = s..e;
        i = e;
        parts += 1;
    }
    if parts < 2 || i != t.len() {
        return false;
    }
    let region = &t[last];
    // A code (`NSW`, `MD`) only after a place, not after a person's name
    // (`Jane Doe, MD`).
    let first_word = t.split(|&b| b == b' ' || b == b',').next().unwrap_or(t);
    let mut given = crate::names::Key::new();
    let person =
        given.push(first_word) && crate::names::GIVEN_NAMES.find(given.as_bytes()).is_some();
    let code =
        (2..=4).contains(&region.len()) && region.iter().all(u8::is_ascii_uppercase) && !person;
    let abbreviation = region.ends_with(b".");
    let known = gazetteer_index(region).is_some_and(|k| {
        matches!(
            crate::names::place_kind(k),
            crate::names::PlaceKind::Country | crate::names::PlaceKind::Region
        )
    });
    code || abbreviation || known
}

/// The gazetteer's index of a place name of one or more words.
fn gazetteer_index(place: &[u8]) -> Option<usize> {
    let mut key = crate::names::Key::new();
    if !place.split(|&b| b == b' ').all(|w| key.push(w)) {
        return None;
    }
    crate::names::PLACES.find(key.as_bytes())
}

/// A place the gazetteer lists (`Dubai`, `Nairobi`).
pub(super) fn is_known_place(place: &[u8]) -> bool {
    gazetteer_index(place).is_some()
}

/// `Dar es Salaam. Lending …`: a place the gazetteer knows, in mixed case,
/// and a full stop, as East African papers open their stories.
fn place_then_full_stop(t: &[u8]) -> Option<ParsedDateline> {
    let stop = t.iter().take(40).position(|&b| b == b'.')?;
    let place = &t[..stop];
    let opens_sentence =
        t.get(stop + 1) == Some(&b' ') && t.get(stop + 2).is_some_and(u8::is_ascii_uppercase);
    // (Not a person's name that is a place's too: `Victoria. She was …`,
    // `Jordan. The name …`.)
    let person = super::header::opens_with_given_name(place);
    (opens_sentence
        && stop > 0
        && !person
        && words_with(place, 0, 4, cap_word) == stop
        && is_known_place(place))
    .then_some(ParsedDateline {
        end: stop + 1,
        place: 0..stop,
        agency: None,
        date: None,
    })
}

/// `BENGALURU, July 14, 2025` on a line of its own above the story: a place
/// the gazetteer knows (and maybe its region), a comma and a full date, and
/// nothing but a date line's time, zone or update after it.
pub(crate) fn place_date_alone(t: &[u8]) -> Option<ParsedDateline> {
    let t = t.trim_ascii_end();
    // (A short line with a digit: most first paragraphs are turned away
    // here, before the gazetteer is asked.)
    if t.len() > 80 || t.len() < 10 || !t.iter().any(u8::is_ascii_digit) {
        return None;
    }
    let comma = t.iter().take(40).position(|&b| b == b',')?;
    // (A place's name: up to three capitalised words, no weekday or month:
    // not `Thursday, March 16, 2017`.)
    let name = &t[..comma];
    if name.split(|&b| b == b' ').count() > 3
        || !name.split(|&b| b == b' ').all(|w| {
            w.first()
                .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0xC0)
        })
        || date::weekday_name(name).is_ok()
        || date::month_name(name).is_ok()
    {
        return None;
    }
    let opens_date = |r: &[u8]| {
        r.first().is_some_and(u8::is_ascii_digit)
            || date::month_name(r).is_ok()
            || date::weekday_name(r).is_ok()
    };
    let mut s = skip_spaces(t, comma + 1);
    // (`Lagos, Nigeria, March 3, 2025`: a region or country between.)
    let region = if opens_date(&t[s..]) {
        None
    } else {
        let second = s + t[s..].iter().take(40).position(|&b| b == b',')?;
        let r = s..second;
        s = skip_spaces(t, second + 1);
        if !opens_date(&t[s..]) {
            return None;
        }
        Some(r)
    };
    if comma < 3 || !is_known_place(&t[..comma]) || region.is_some_and(|r| !is_known_place(&t[r])) {
        return None;
    }
    // (A time, a zone or an update may follow the date: `Sydney, March 3,
    // 2025, 5:00pm`, `London, March 3, 2025. Updated March 4, 2025`.)
    let line = super::header::date_line(&t[s..])?;
    let (d, r) = line.date?;
    (d.year.is_some() && d.day.is_some()).then_some(ParsedDateline {
        end: t.len(),
        place: 0..comma,
        agency: None,
        date: Some((d, s + r.start..s + r.end)),
    })
}

/// `ANKARA` on a line of its own above the story: a place in capitals that
/// the gazetteer knows, and nothing else.
fn place_alone(t: &[u8]) -> Option<ParsedDateline> {
    let t = t.trim_ascii_end();
    let end = words_with(t, 0, 3, caps_word);
    (end == t.len() && end >= 4 && is_known_place(t)).then_some(ParsedDateline {
        end,
        place: 0..end,
        agency: None,
        date: None,
    })
}

/// `ASTANA. KAZINFORM –`: a place and an agency in capitals, a full stop
/// between them, then a dash.
fn place_dot_agency(t: &[u8]) -> Option<ParsedDateline> {
    // Up to three words in capitals, the last taking the full stop.
    let mut place_end = 0;
    for _ in 0..3 {
        let from = if place_end == 0 { 0 } else { place_end + 1 };
        let end = caps_word(t, from);
        if end == from || (place_end > 0 && t.get(place_end) != Some(&b' ')) {
            return None;
        }
        place_end = end;
        if t[end - 1] == b'.' {
            break;
        }
    }
    let stop = place_end
        .checked_sub(1)
        .filter(|&s| s >= 3 && t[s] == b'.')?;
    if t.get(place_end) != Some(&b' ') {
        return None;
    }
    let from = place_end + 1;
    let to = from
        + t[from..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
    // A news agency's name (not `U.S. STOCKS –`).
    let agency = &t[from..to];
    if !is_wire(agency) || !agency.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let end = dash(t, skip_spaces(t, to))?;
    Some(ParsedDateline {
        end,
        place: 0..stop,
        agency: Some(from..to),
        date: None,
    })
}

/// Read a dateline at the start of `t`.
pub(crate) fn dateline(t: &[u8]) -> Option<ParsedDateline> {
    if let Some(d) = placeless(t)
        .or_else(|| place_dot_agency(t))
        .or_else(|| place_then_full_stop(t))
        .or_else(|| place_alone(t))
    {
        return Some(d);
    }
    let caps_end = words_with(t, 0, 4, caps_word);
    let (place_end, caps) = if caps_end >= 2 && !t.get(caps_end).is_some_and(u8::is_ascii_lowercase)
    {
        (caps_end, true)
    } else {
        (words_with(t, 0, 3, cap_word), false)
    };
    if place_end == 0 {
        return None;
    }
    let mut i = place_end;
    let mut agency = None;
    let mut date = None;
    let mut parts = 0;
    // The `, Region` part, when it is a known place or a region's code
    // (`N/R`, `N.S.`): a mixed-case place before it may still open a
    // dateline (`Savelugu, N/R –`, `Kisumu, Kenya –`).
    let mut region_known = false;
    // `TEMPIO PAUSANIA (Sassari) –`, `Dalcahue (Chile), 16 Mar (AAN).-`:
    // a province or country in parentheses, which the gazetteer knows and
    // no wire is called.
    let s = skip_spaces(t, i);
    if t.get(s) == Some(&b'(') {
        if let Some(close) = t[s + 1..].iter().take(40).position(|&b| b == b')') {
            let inner = &t[s + 1..s + 1 + close];
            // (Or a region's code: `Hohoe (V/R), Sept 10 –`.)
            let code = region_code(inner, 0) == Some(inner.len());
            if code
                || (inner.iter().any(u8::is_ascii_lowercase)
                    && !is_wire(inner)
                    && is_known_place(inner))
            {
                region_known |= code;
                i = s + 1 + close + 1;
            }
        }
    }
    // `, Region` and/or `, Month Day`
    for _ in 0..2 {
        if t.get(i) != Some(&b',') {
            break;
        }
        parts += 1;
        let s = skip_spaces(t, i + 1);
        if let Ok((rest, d)) = date::parse_date(&t[s..]) {
            let e = t.len() - rest.len();
            date = Some((d, s..e));
            i = e;
        } else if let Some(e) = region_code(t, s) {
            region_known = true;
            i = e;
        } else {
            let e = words_with(t, s, 3, cap_word);
            if e == s {
                return None;
            }
            region_known |= is_known_place(&t[s..e]) || t[s..e].ends_with(b".");
            i = e;
        }
    }
    // `Naivasha (Kenya) (AFP)`: a region in parentheses before the agency.
    let s = skip_spaces(t, i);
    if t.get(s) == Some(&b'(') {
        if let Some(close) = t[s + 1..].iter().take(40).position(|&b| b == b')') {
            let after = skip_spaces(t, s + 1 + close + 1);
            if t.get(after) == Some(&b'(') {
                i = s + 1 + close + 1;
            }
        }
    }
    let s = skip_spaces(t, i);
    // `GENEVA (14 May 2024) –`: a date in the parentheses, not an agency.
    let dated = date.is_none()
        && t.get(s) == Some(&b'(')
        && t[s + 1..]
            .iter()
            .take(40)
            .position(|&b| b == b')')
            .is_some_and(|close| match date::parse_date(&t[s + 1..s + 1 + close]) {
                Ok((b"", d)) => {
                    date = Some((d, s + 1..s + 1 + close));
                    i = s + 1 + close + 1;
                    true
                }
                _ => false,
            });
    if !dated && (t.get(s) == Some(&b'(') || t.get(s) == Some(&b'/')) {
        // `(Reuters)`, or `/PRNewswire/` as press-release wires print it.
        let closer = if t[s] == b'(' { b')' } else { b'/' };
        let close = t[s + 1..].iter().take(40).position(|&b| b == closer)? + s + 1;
        let inner = &t[s + 1..close];
        if inner.is_empty()
            || !inner
                .iter()
                .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b' ' | b'&' | b'.' | b'-'))
        {
            return None;
        }
        agency = Some(s + 1..close);
        i = close + 1;
    }
    // `Dubai: The …`: a known place in mixed case before a colon.
    let known_colon = !caps
        && agency.is_none()
        && parts == 0
        && t.get(i) == Some(&b':')
        && t.get(i + 1) == Some(&b' ')
        && t.get(i + 2).is_some_and(u8::is_ascii_uppercase)
        && is_known_place(&t[..place_end]);
    // A dash after the place, then the story's first capital.
    let dash_then_capital = || {
        let s = skip_spaces(t, i);
        dash(t, s).is_some_and(|e| {
            let after = skip_spaces(t, e);
            after > e && t.get(after).is_some_and(u8::is_ascii_uppercase)
        })
    };
    // `Pretoria – The City of …`: a known place in mixed case before a
    // dash (not a person's name that is a place's too: `Victoria – The`).
    let known_dash = !caps
        && agency.is_none()
        && parts == 0
        && date.is_none()
        && skip_spaces(t, i) > i
        && dash_then_capital()
        && !super::header::opens_with_given_name(&t[..place_end])
        && is_known_place(&t[..place_end]);
    // `Savelugu, N/R – About …`: a place in mixed case, a region the
    // gazetteer or its form vouches for, a dash, then the story.
    let mixed_with_region = !caps
        && agency.is_none()
        && parts == 1
        && date.is_none()
        && region_known
        && dash_then_capital();
    // `Hohoe, Sept 10 – Tour guides …`: a place in mixed case, the day,
    // a dash, then the story (not a weekday's or a month's name).
    // (Nor a label: `Update, March 3 —`, `Correction, Sept 10 –`.)
    const LABELS: [&str; 12] = [
        "breaking",
        "correction",
        "editorial",
        "exclusive",
        "live",
        "opinion",
        "today",
        "tonight",
        "update",
        "updated",
        "video",
        "watch",
    ];
    let mixed_with_date = !caps
        && agency.is_none()
        && date.is_some()
        && date::weekday_name(t).is_err()
        && date::month_name(t).is_err()
        && !crate::lexicon::contains(crate::lexicon::KICKERS, &t[..place_end])
        && !LABELS
            .iter()
            .any(|l| t[..place_end].eq_ignore_ascii_case(l.as_bytes()))
        && dash_then_capital();
    if !caps
        && agency.is_none()
        && !known_colon
        && !known_dash
        && !mixed_with_region
        && !mixed_with_date
    {
        return None;
    }
    // `AI — the technology`, `NASA — the agency`, `UPDATE —`: a short word in
    // capitals alone is an acronym or a label, not a place.
    let letters = t[..place_end]
        .iter()
        .filter(|b| b.is_ascii_alphabetic())
        .count();
    // (`LAE: THE Highlands …`, `ROME: The …`: a short place the gazetteer
    // knows, before a colon.)
    let short_known_colon =
        t.get(place_end) == Some(&b':') && letters >= 3 && is_known_place(&t[..place_end]);
    if parts == 0
        && agency.is_none()
        && ((letters < 5 && !short_known_colon)
            || crate::lexicon::contains(crate::lexicon::KICKERS, &t[..place_end]))
    {
        return None;
    }
    // `Nvidia (NVDA) -`: a mixed-case name with a ticker is no dateline;
    // agencies in capitals stand after places in capitals.
    if !caps
        && date.is_none()
        && agency.as_ref().is_some_and(|r| {
            t[r.clone()].iter().all(|b| !b.is_ascii_lowercase()) && !is_wire(&t[r.clone()])
        })
    {
        return None;
    }
    let s = skip_spaces(t, i);
    // `KOCHI: Malabar United…`: a place in capitals and a colon, or a
    // known one in mixed case.
    if (caps || known_colon)
        && agency.is_none()
        && t.get(i) == Some(&b':')
        && t.get(i + 1) == Some(&b' ')
        && t.get(i + 2).is_some_and(u8::is_ascii_uppercase)
    {
        let letters = t[..place_end]
            .iter()
            .filter(|b| b.is_ascii_alphabetic())
            .count();
        // (A sentence follows: not a label's value, `NEWSPAPER SECTION:
        // News`.)
        let sentence = t[i + 2..].iter().filter(|&&b| b == b' ').count() >= 2;
        if letters >= 3 && sentence {
            return Some(ParsedDateline {
                end: i + 1,
                place: 0..place_end,
                agency,
                date,
            });
        }
    }
    // `Pune, Jan 15 (IANS) The metro…`: an agency may stand without a dash.
    let end = match dash(t, s) {
        Some(end) => end,
        None if agency.is_some()
            && date.is_some()
            && t.get(s).is_some_and(u8::is_ascii_uppercase) =>
        {
            i
        }
        None => return None,
    };
    Some(ParsedDateline {
        end,
        place: 0..place_end,
        agency,
        date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(s: &str) -> Option<(&str, Option<&str>, Option<&str>, &str)> {
        dateline(s.as_bytes()).map(|d| {
            (
                &s[d.place],
                d.agency.map(|r| &s[r]),
                d.date.map(|(_, r)| &s[r]),
                &s[..d.end],
            )
        })
    }

    #[test]
    fn a_known_place_and_a_full_stop_or_an_agency_alone() {
        assert_eq!(
            dl("Dar es Salaam. Lending by banks rose.").unwrap(),
            ("Dar es Salaam", None, None, "Dar es Salaam.")
        );
        assert_eq!(
            dl("Nairobi. The city council met."),
            Some(("Nairobi", None, None, "Nairobi."))
        );
        // (Not a place the gazetteer does not know, nor a name.)
        assert_eq!(dl("Mary Jones. The singer arrived."), None);
        assert_eq!(dl("Victoria. She was only nine."), None);
        assert_eq!(
            dl("(dpa) - The government said.").map(|d| d.1),
            Some(Some("dpa"))
        );
        assert_eq!(
            dl("(Bloomberg) -- The rupiah fell.").unwrap(),
            ("", Some("Bloomberg"), None, "(Bloomberg) --")
        );
        assert_eq!(dl("(Updates with prices) -- The rupiah fell."), None);
        assert_eq!(dl("(Acme) -- The firm said."), None);
        assert_eq!(dl("ANKARA"), Some(("ANKARA", None, None, "ANKARA")));
        assert_eq!(
            dl("ASTANA. KAZINFORM \u{2013} The census ended."),
            Some((
                "ASTANA",
                Some("KAZINFORM"),
                None,
                "ASTANA. KAZINFORM \u{2013}"
            ))
        );
        assert_eq!(
            dl("Kupang (ANTARA) - The agency said.").map(|d| (d.0, d.1)),
            Some(("Kupang", Some("ANTARA")))
        );
        assert_eq!(dl("NOTICE"), None);
    }

    #[test]
    fn wire_forms() {
        assert_eq!(
            dl("ROTTERDAM, March 3 (Reuters) - Dock workers").unwrap(),
            (
                "ROTTERDAM",
                Some("Reuters"),
                Some("March 3"),
                "ROTTERDAM, March 3 (Reuters) -"
            )
        );
        assert_eq!(dl("PORTLAND, Maine (AP) — The city").unwrap().1, Some("AP"));
        assert_eq!(dl("NAIROBI, Kenya -- Rains").unwrap().0, "NAIROBI");
        assert_eq!(dl("GENEVA — Health").unwrap().3, "GENEVA —");
        assert_eq!(dl("NEW YORK (Reuters) - Stocks").unwrap().0, "NEW YORK");
        assert_eq!(dl("Tokyo, April 18 (Kyodo) - Japan").unwrap().0, "Tokyo");
        assert_eq!(
            dl("WASHINGTON—The Federal Reserve").unwrap().3,
            "WASHINGTON—"
        );
        assert_eq!(dl("ÉVREUX, France (AFP) — Farmers").unwrap().0, "ÉVREUX");
        assert_eq!(
            dl("LONDON/PARIS, May 2 (Reuters) - Stocks").unwrap().0,
            "LONDON/PARIS"
        );
        assert_eq!(
            dl("Frankfurt am Main (dpa) - The chain").unwrap().0,
            "Frankfurt am Main"
        );
        let d = dl("Naivasha (Kenya) (AFP) – Growers").unwrap();
        assert_eq!((d.0, d.1), ("Naivasha", Some("AFP")));
        let d = dl("Pune, Jan 15 (IANS) The metro line").unwrap();
        assert_eq!(
            (d.0, d.1, d.3),
            ("Pune", Some("IANS"), "Pune, Jan 15 (IANS)")
        );
        let pr = dl("AUSTIN, Texas, March 3, 2026 /PRNewswire/ -- Acme").unwrap();
        assert_eq!((pr.1, pr.2), (Some("PRNewswire"), Some("March 3, 2026")));
    }

    #[test]
    fn spanish_wire_and_mixed_case_colon_datelines() {
        assert_eq!(
            dl("Bogotá, Dec 3 (ALN).- The government on Tuesday"),
            Some((
                "Bogotá",
                Some("ALN"),
                Some("Dec 3"),
                "Bogotá, Dec 3 (ALN).-"
            ))
        );
        assert_eq!(
            dl("Dubai: The Metro will run late").map(|d| d.0),
            Some("Dubai")
        );
        // Only a place the gazetteer knows, in mixed case.
        assert!(dl("Update: The Metro will run late").is_none());
        assert!(dl("Verdict: The court ruled").is_none());
    }

    #[test]
    fn a_mixed_case_place_with_the_day_or_a_region_code_and_a_dash() {
        assert_eq!(
            dl("Hohoe (V/R), Sept 10 – Tour guides say numbers fell"),
            Some(("Hohoe", None, Some("Sept 10"), "Hohoe (V/R), Sept 10 –"))
        );
        assert_eq!(
            dl("Kpandu, Sept 10 – Tour guides say numbers fell").map(|d| d.0),
            Some("Kpandu")
        );
        // (Not a weekday's or a month's name before the date, nor a label.)
        assert!(dl("Monday, Sept 10 – Tour guides say numbers fell").is_none());
        assert!(dl("Update, March 3 — The council has postponed the vote").is_none());
    }

    #[test]
    fn a_date_in_parentheses_is_no_agency() {
        assert_eq!(
            dl("GENEVA (14 May 2024) – More than 9,000 children"),
            Some((
                "GENEVA",
                None,
                Some("14 May 2024"),
                "GENEVA (14 May 2024) –"
            ))
        );
        assert_eq!(
            dl("LAGOS (Reuters) - Fuel prices rose").map(|d| d.1),
            Some(Some("Reuters"))
        );
    }

    #[test]
    fn place_lines() {
        for line in [
            "Marietta, Ohio",
            "Springfield, Ill.",
            "Bundanoon, NSW",
            "Lagos, Nigeria",
            "Kelowna, British Columbia, Canada\n",
        ] {
            assert!(place_line(line.as_bytes()), "{line}");
        }
        for line in [
            "Marietta",
            "Smith, Jones",
            "John Smith, Reporter",
            "Kochi, Friday",
            "Ohio, the state said",
            "Marietta, Ohio. The town",
        ] {
            assert!(!place_line(line.as_bytes()), "{line}");
        }
    }

    #[test]
    fn not_datelines() {
        assert!(dl("Tokyo - a city").is_none());
        assert!(dl("The council - which met").is_none());
        assert!(dl("US officials said").is_none());
        assert!(dl("NATO said on Monday").is_none());
        assert!(dl("I - for one - agree").is_none());
        assert!(dl("AI — the technology").is_none());
        assert!(dl("US - China talks").is_none());
        assert!(dl("NASA — the agency said").is_none());
        assert!(dl("UPDATE — Roads reopened").is_none());
        assert!(dl("Nvidia (NVDA) - the chipmaker").is_none());
        // A mixed-case place needs a region vouched for, a dash and a
        // capital after it.
        assert!(dl("Smith, Jones \u{2013} A law firm said").is_none());
        assert!(dl("Tamale, Kenya \u{2013} about the town").is_none());
        assert_eq!(
            dl("Savelugu, N/R \u{2013} About 2,400 farmers"),
            Some(("Savelugu", None, None, "Savelugu, N/R \u{2013}"))
        );
        assert_eq!(
            dl("Kisumu, Kenya \u{2013} The county").map(|d| d.0),
            Some("Kisumu")
        );
        assert_eq!(
            dl("Pleasant Bay, N.S. \u{2013} Residents").map(|d| d.0),
            Some("Pleasant Bay")
        );
        // A known place in mixed case before a dash and a capital.
        assert_eq!(
            dl("Pretoria \u{2013} The City of Tshwane will").map(|d| d.0),
            Some("Pretoria")
        );
        assert_eq!(
            dl("Cape Town - The city will").map(|d| d.0),
            Some("Cape Town")
        );
        assert!(dl("Tokyo - a city").is_none());
        assert!(dl("Harbourview \u{2013} The town said").is_none());
        assert_eq!(dl("NEW DELHI: The government said").unwrap().0, "NEW DELHI");
        assert_eq!(dl("KOCHI: Malabar United won").unwrap().3, "KOCHI:");
        assert_eq!(dl("NEWSPAPER SECTION: News"), None);
        // A short place in capitals before a colon, when the gazetteer
        // knows it; a short acronym it does not know is no place.
        assert_eq!(dl("LAE: THE Highlands Highway was shut").unwrap().0, "LAE");
        assert_eq!(dl("NASA: The agency said on Monday"), None);
        assert!(
            dl("NOTE: This is not").is_some_and(|d| d.0 == "NOTE")
                || dl("NOTE: This is not").is_none()
        );
    }
}
