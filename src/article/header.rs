//! Header lines: date lines, reading time, bylines and publisher lines.
//!
//! Each reader here takes the bytes of one block and either recognises the
//! whole block or declines; offsets in results are relative to that block.
//! Date lines are read item by item (a keyword, a reading time, a date, a
//! clock time, a zone) between separators, so `Updated 2:45 PM EST, Thu
//! January 22, 2026` and `3 min readMar 16, 2017` need no special rule.

use alloc::vec::Vec;
use core::ops::Range;

use nom::bytes::complete::tag_no_case;
use nom::{IResult, Parser};

use crate::date::{self, Date};
use crate::lexicon::{self, contains, WordSet};

/// What a date line says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct DateLine {
    /// The first date and where it is.
    pub date: Option<(Date, Range<usize>)>,
    /// The date is an update time (`Updated …`), a weaker publication date.
    pub updated: bool,
    /// `3 min read`.
    pub reading_minutes: Option<u32>,
    /// `3 hours ago`, `yesterday`: a date relative to when the page was saved.
    pub relative: bool,
    /// `March 3, 1938 – February 4, 2024`: a span of time (a life, an
    /// event), not when the page was published.
    pub range: bool,
}

/// A dash stands between the previous item and `text[pos..]`.
fn dash_before(text: &[u8], pos: usize) -> bool {
    let before = text[..pos].trim_ascii_end();
    before.ends_with(b"-")
        || before.ends_with("–".as_bytes())
        || before.ends_with("—".as_bytes())
        || before.ends_with(&[0x96])
        || before.ends_with(&[0x97])
}

/// `2d`, `3h`, `45m`: the terse ages aggregators print.
fn terse_age(i: &[u8]) -> IResult<&[u8], ()> {
    let digits = i.iter().take_while(|b| b.is_ascii_digit()).count();
    match i.get(digits..) {
        Some([b'h' | b'd' | b'w' | b'm' | b'y', rest @ ..])
            if (1..=3).contains(&digits)
                && !rest.first().is_some_and(u8::is_ascii_alphanumeric) =>
        {
            Ok((rest, ()))
        }
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        ))),
    }
}

/// `3 hours ago`, `2 days ago`, `an hour ago`.
fn ago(i: &[u8]) -> IResult<&[u8], ()> {
    let (rest, _) = nom::branch::alt((
        nom::character::complete::digit1,
        tag_no_case("an"),
        tag_no_case("a"),
    ))
    .parse(i)?;
    let (rest, _) = nom::character::complete::space1(rest)?;
    let (rest, _) = nom::branch::alt((
        tag_no_case("seconds"),
        tag_no_case("minutes"),
        tag_no_case("minute"),
        tag_no_case("mins"),
        tag_no_case("min"),
        tag_no_case("hours"),
        tag_no_case("hour"),
        tag_no_case("hrs"),
        tag_no_case("days"),
        tag_no_case("day"),
        tag_no_case("weeks"),
        tag_no_case("week"),
    ))
    .parse(rest)?;
    let (rest, _) = nom::character::complete::space1(rest)?;
    let (rest, _) = tag_no_case("ago").parse(rest)?;
    Ok((rest, ()))
}

/// Separators that may stand between the items of a date line.
fn separator_len(s: &[u8]) -> usize {
    match s {
        [b' ' | b'\t' | b',' | b'|' | b'-' | b':' | b'/' | b'(' | b')' | b'.', ..] => 1,
        [0xC2, 0xA0 | 0xB7, ..] => 2,
        [0xE2, 0x80, 0x93 | 0x94 | 0xA2, ..] => 3,
        [0x96 | 0x97, ..] => 1, // Windows-1252 dashes
        _ => 0,
    }
}

/// `12.05` after a line's date (`03.03.2026 kl. 12.05`): a clock time,
/// which elsewhere could be a decimal; what follows it.
fn dotted_clock(i: &[u8]) -> Option<&[u8]> {
    match i {
        [h1, h2, b'.', m1, m2, rest @ ..]
            if [h1, h2, m1, m2].iter().all(|b| b.is_ascii_digit())
                && (h1 - b'0') * 10 + (h2 - b'0') <= 23
                && *m1 <= b'5'
                && !rest
                    .first()
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'.') =>
        {
            Some(rest)
        }
        _ => None,
    }
}

fn keyword(i: &[u8]) -> IResult<&[u8], &[u8]> {
    // Letters, including non-ASCII ones (`Publié`, `veröffentlicht`).
    let end = i
        .iter()
        .position(|&b| !(b.is_ascii_alphabetic() || b >= 0x80))
        .unwrap_or(i.len());
    if end > 0 && contains(lexicon::DATE_LINE_WORDS, &i[..end]) {
        Ok((&i[end..], &i[..end]))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )))
    }
}

/// Whether `text` holds an ASCII digit, `ago`, `today` or `yesterday`
/// (any case), which every date line reading needs: one pass over the
/// bytes, the words checked only where their first letter stands.
fn may_be_date_line(text: &[u8]) -> bool {
    text.iter().enumerate().any(|(at, &b)| {
        let word: &[u8] = match b | 0x20 {
            _ if b.is_ascii_digit() => return true,
            b'a' => b"ago",
            b't' => b"today",
            b'y' => b"yesterday",
            _ => return false,
        };
        text.get(at..at + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    })
}

/// Read `text` as a date line: every item must be a date, a time, a zone, a
/// weekday, a reading time or a date-line word, and there must be a date or
/// a reading time.
pub(crate) fn date_line(text: &[u8]) -> Option<DateLine> {
    if text.len() > 120 {
        return None;
    }
    // Every reading needs a digit (a date, a reading time, `3h`), `ago`, or
    // `today`/`yesterday`: lines with none are turned away before the
    // grammar is tried at all.
    if !may_be_date_line(text) {
        return None;
    }
    let mut out = DateLine::default();
    // The last of `updated`/`published` seen: what the next date is.
    let mut updating = false;
    let mut day_first = false;
    let mut timed_update = false;
    // `For immediate release: 18 September 2028`: a release's date.
    let mut pos = if lexicon::starts_with_ignore_case(text, "for immediate release") {
        "for immediate release".len()
    } else {
        0
    };
    while pos < text.len() {
        let sep = separator_len(&text[pos..]);
        if sep > 0 {
            pos += sep;
            continue;
        }
        let rest = &text[pos..];
        // `Posted at 5:47 PM, Mar 03, 2021` / `and last updated 7:12 PM, …`:
        // a line break, or `and`, only before the update's own words.
        let joins_update = |at: usize| {
            let next = text.get(at..).unwrap_or_default().trim_ascii_start();
            let next = next
                .strip_prefix(b"and ")
                .or_else(|| next.strip_prefix(b"And "))
                .unwrap_or(next)
                .trim_ascii_start();
            let end = next
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(next.len());
            let word = &next[..end];
            word.eq_ignore_ascii_case(b"last")
                || contains(lexicon::DATE_LINE_UPDATE_WORDS, word)
                || contains(lexicon::DATE_LINE_PUBLISH_WORDS, word)
        };
        if matches!(rest[0], b'\r' | b'\n') && out.date.is_some() && joins_update(pos) {
            pos += 1;
            continue;
        }
        if rest.len() > 4 && rest[..4].eq_ignore_ascii_case(b"and ") && joins_update(pos + 4) {
            pos += 4;
            continue;
        }
        // `| A+ A A-`: a font-size widget printed after the date.
        if out.date.is_some() && (rest.starts_with(b"A+") || rest.starts_with(b"A-")) {
            pos += 2;
            continue;
        }
        if out.date.is_some()
            && rest.starts_with(b"A ")
            && rest[2..].trim_ascii_start().starts_with(b"A")
        {
            pos += 1;
            continue;
        }
        // `May 12, 2026 • 5 Comments`: a blog's comment count after the date.
        if let Some(n) = out.date.is_some().then(|| comment_count(rest)).flatten() {
            pos += n;
            continue;
        }
        // `2026-03-03T10:15:00+05:30`: the `T` between date and time.
        if rest.len() > 1 && rest[0] == b'T' && rest[1].is_ascii_digit() && out.date.is_some() {
            pos += 1;
            continue;
        }
        if let Ok((r, ())) = date::zone_offset(rest) {
            pos = text.len() - r.len();
            continue;
        }
        if let Ok((r, ())) = ago(rest).or_else(|_| terse_age(rest)) {
            out.relative = true;
            pos = text.len() - r.len();
        } else if let Ok((r, n)) = date::reading_time(rest) {
            out.reading_minutes.get_or_insert(n);
            pos = text.len() - r.len();
        } else if let Ok((r, d)) = if day_first {
            date::parse_date_day_first(rest)
        } else {
            date::parse_date(rest)
        } {
            let end = text.len() - r.len();
            // `Updated … | Published …`: the publication date wins.
            if out.date.is_none() || (out.updated && !updating) {
                out.date = Some((d, pos..end));
                out.updated = updating;
            } else if dash_before(text, pos) && !updating {
                out.range = true;
            }
            pos = end;
        } else if let Some(r) = date::parse_time(rest)
            .ok()
            .map(|(r, _)| r)
            .or_else(|| out.date.is_some().then(|| dotted_clock(rest)).flatten())
        {
            timed_update |= updating;
            pos = text.len() - r.len();
        } else if let Ok((r, _)) = date::zone(rest) {
            pos = text.len() - r.len();
        } else if let Ok((r, _)) = date::weekday_name(rest) {
            pos = text.len() - r.len();
        } else if let Ok((r, w)) = keyword(rest) {
            if contains(lexicon::DATE_LINE_UPDATE_WORDS, w) {
                updating = true;
            } else if contains(lexicon::DATE_LINE_PUBLISH_WORDS, w) {
                updating = false;
            }
            // Words of other languages: their pages print dates day first.
            day_first |=
                w.iter().any(|&b| b >= 0x80) || contains(lexicon::DATE_LINE_DAY_FIRST_WORDS, w);
            // `Issue 112`, `Vol. 3`, `No. 7`: a number may follow.
            let numbered = [&b"issue"[..], b"edition", b"vol", b"volume", b"no"]
                .iter()
                .any(|k| w.eq_ignore_ascii_case(k));
            let r = match (numbered, r.iter().position(|b| !matches!(b, b'.' | b' '))) {
                (true, Some(k)) if r[k].is_ascii_digit() => {
                    let digits = r[k..].iter().take_while(|b| b.is_ascii_digit()).count();
                    &r[k + digits..]
                }
                _ => r,
            };
            out.relative |=
                w.eq_ignore_ascii_case(b"today") || w.eq_ignore_ascii_case(b"yesterday");
            pos = text.len() - r.len();
        } else {
            return None;
        }
    }
    // (`Updated 9:48PM` under a live page's date line: the update's time
    // alone.)
    (out.date.is_some() || out.reading_minutes.is_some() || out.relative || timed_update)
        .then_some(out)
}

/// The length of a comment count at the start of `text` (`5 Comments`,
/// `1 comment`, `No comments`).
fn comment_count(text: &[u8]) -> Option<usize> {
    let count = match text.iter().take_while(|b| b.is_ascii_digit()).count() {
        0 if lexicon::starts_with_ignore_case(text, "no ") => 2,
        0 => return None,
        n => n,
    };
    let word = text[count..].trim_ascii_start();
    let len = word.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    (word[..len].eq_ignore_ascii_case(b"comment") || word[..len].eq_ignore_ascii_case(b"comments"))
        .then(|| text.len() - word.len() + len)
}

/// A wire's page line: the service's name and sections around a date line,
/// between ` - ` or `|` (`HOKUTO NEWS - Apr 18, 2025 - 18:15 | Japan, All`).
/// The date must give its year; every other item is at most four words.
pub(crate) fn outlet_date_line(text: &[u8]) -> Option<DateLine> {
    if text.len() > 120 || text.ends_with(b".") {
        return None;
    }
    let mut found: Option<DateLine> = None;
    let mut start = 0;
    let mut k = 0;
    let mut items = 0;
    while start <= text.len() {
        // The next separator: `|`, or a hyphen between spaces.
        while k < text.len() && text[k] != b'|' && !(text[k..].starts_with(b" - ")) {
            k += 1;
        }
        let (item_start, item_end) = trim_range(text, start..k);
        let item = &text[item_start..item_end.max(item_start)];
        items += 1;
        match date_line(item) {
            Some(mut d) => {
                if let Some((date, r)) = d.date.take() {
                    if found.is_none() && date.year.is_some() {
                        d.date = Some((date, item_start + r.start..item_start + r.end));
                        found = Some(d);
                    }
                }
            }
            None if words(item, 0..item.len()).count() > 4 => return None,
            None => {}
        }
        k += if text[k..].starts_with(b" - ") { 3 } else { 1 };
        start = k;
    }
    found.filter(|_| items >= 3)
}

/// A line that is only a time of day (`11:58 a.m.`, `14:05 GMT`): the
/// stamp over each entry of a live blog.
pub(crate) fn time_stamp_line(text: &[u8]) -> bool {
    if text.len() > 24 || !text.first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Ok((rest, _)) = date::parse_time(text) else {
        return false;
    };
    let rest = rest.trim_ascii_start();
    let rest = date::zone(rest).map_or(rest, |(r, _)| r);
    rest.trim_ascii().is_empty()
}

/// A live page's entry stamp with its writer: `Lachlan Price 9.45pm`, a
/// name of two to four capitalised words and then a time of day.
pub(crate) fn named_time_stamp_line(text: &[u8]) -> bool {
    let text = text.trim_ascii();
    if text.len() > 48 || !text.last().is_some_and(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    // (The time starts at the first word with a digit: `9:45 AM`.)
    let Some(at) = words(text, 0..text.len())
        .find(|w| text[w.start].is_ascii_digit())
        .map(|w| w.start)
    else {
        return false;
    };
    let name = text[..at].trim_ascii_end();
    let n = words(name, 0..name.len()).count();
    // (`Last Updated 9:48PM` is a date line; a writer's name opens with a
    // given name.)
    (2..=4).contains(&n)
        && words(name, 0..name.len()).all(|w| is_capitalised(&name[w]))
        && opens_with_given_name(name)
        && date_line(text).is_none()
        && time_stamp_line(&text[at..])
}

/// A byline: authors and perhaps the publisher after them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Byline {
    pub authors: Vec<Range<usize>>,
    pub publisher: Option<Range<usize>>,
    /// A date given in the same line (`Kofi Mensah | Accra Tribune | 21 July
    /// 2025`), relative to the line.
    pub date: Option<(Date, Range<usize>)>,
    /// A writer's job was named (`Political Reporter`).
    pub role: bool,
    /// `3 min read` in the same line.
    pub reading_minutes: Option<u32>,
    /// Photographers and other contributors named in the line (`Words by A
    /// | Photographs by B`).
    pub credits: Vec<Range<usize>>,
}

/// Prefixes of contributor credits inside a byline.
const CREDIT_BY: [&str; 17] = [
    "photos: ",
    "photo: ",
    // A broadcaster's crew: `Reporter: X | Camera: Y`.
    "camera: ",
    "cameraman: ",
    "video: ",
    "videographer: ",
    "photographs: ",
    "pictures: ",
    "edited by ",
    "translated by ",
    "translation by ",
    "photographs by ",
    "photography by ",
    "photos by ",
    "pictures by ",
    "illustrations by ",
    "images by ",
];

fn by_prefix(i: &[u8]) -> IResult<&[u8], &[u8]> {
    nom::branch::alt((
        // (Two groups: `alt` takes at most 21 parsers.)
        nom::branch::alt((
            tag_no_case("interview by"),
            tag_no_case("interviewed by"),
            tag_no_case("reported by"),
            tag_no_case("as told to"),
            tag_no_case("written by"),
            tag_no_case("posted by"),
            tag_no_case("story and photos by"),
            tag_no_case("story and pictures by"),
            tag_no_case("words and pictures by"),
            tag_no_case("words and photos by"),
            tag_no_case("story by"),
            tag_no_case("report by"),
            tag_no_case("words by"),
            tag_no_case("text by"),
            tag_no_case("compiled by"),
            tag_no_case("fact check by"),
            tag_no_case("fact-check by"),
            tag_no_case("fact-checked by"),
        )),
        nom::branch::alt((
            tag_no_case("author of the article"),
            // `Author: Aigerim Seitkali`, with its colon (not the headline
            // `Author Jane Doe Wins Booker Prize`).
            tag_no_case("authors:"),
            tag_no_case("author:"),
            tag_no_case("writer:"),
            // `Text: Jón Geir Ólafsson`, `Words: X`: a Nordic or magazine
            // credit for the story's text.
            tag_no_case("text:"),
            tag_no_case("words:"),
            tag_no_case("reporter:"),
            tag_no_case("by"),
        )),
    ))
    .parse(i)
}

/// Split `text[range]` into words (byte ranges), on ASCII white space.
fn words(text: &[u8], range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = range.start;
    let end = range.end;
    core::iter::from_fn(move || {
        while pos < end && text[pos].is_ascii_whitespace() {
            pos += 1;
        }
        if pos >= end {
            return None;
        }
        let s = pos;
        while pos < end && !text[pos].is_ascii_whitespace() {
            pos += 1;
        }
        Some(s..pos)
    })
}

/// Starts with a capital letter (non-ASCII letters are given the benefit of
/// the doubt).
pub(crate) fn is_capitalised(w: &[u8]) -> bool {
    w.first()
        .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0xC0)
}

/// The first word of `name` is a given name the lexicon knows (`Merve`,
/// `Noa`).
/// A hyphenated first word is a given name when its first part is one
/// (`Marc-Antoine`, `Jean-François`).
pub(crate) fn opens_with_given_name(name: &[u8]) -> bool {
    let first = name.split(|&b| b == b' ').next().unwrap_or(name);
    let known = |w: &[u8]| {
        let mut key = crate::names::Key::new();
        key.push(w) && crate::names::GIVEN_NAMES.find(key.as_bytes()).is_some()
    };
    known(first)
        || first.iter().position(|&b| b == b'-').is_some_and(|h| {
            // (Not a place: `Saint-Jérôme`, `Winston-Salem`.)
            h >= 2
                && first.get(h + 1).is_some_and(u8::is_ascii_uppercase)
                && known(&first[..h])
                && !super::dateline::is_known_place(first)
        })
}

/// `name` is a place: the gazetteer knows it, or its last word is a
/// place's (`Alice Springs`, `Victoria Falls`).
pub(crate) fn is_known_place_name(name: &[u8]) -> bool {
    let last = name.rsplit(|&b| b == b' ').next().unwrap_or(name);
    if name.contains(&b' ') && contains(crate::entities::PLACE_HEADS, last) {
        return true;
    }
    super::dateline::is_known_place(name)
}

/// Every letter is a capital (`JANE HOLLIS`, `THE MORNING FERRY`).
pub(crate) fn is_all_caps(w: &[u8]) -> bool {
    w.iter().any(u8::is_ascii_uppercase) && !w.iter().any(u8::is_ascii_lowercase)
}

/// A person's name as printed in a byline: 1–5 capitalised words, initials
/// and particles (`Jean de la Fontaine`, `J. R. Smith`, `JANE HOLLIS`).
fn is_name(text: &[u8], range: Range<usize>) -> bool {
    let mut n = 0;
    let mut caps = 0;
    for w in words(text, range) {
        let w = &text[w];
        n += 1;
        let ok = if is_capitalised(w) {
            caps += 1;
            w.iter()
                .all(|&b| b.is_ascii_alphabetic() || matches!(b, b'.' | b'\'' | b'-') || b >= 0x80)
        } else {
            contains(lexicon::NAME_PARTICLES, w)
        };
        if !ok || n > 5 {
            return false;
        }
    }
    caps >= 1
}

/// The sender block of an office-holder's release: the holder's name with
/// a parliamentary style (`The Hon. Rachel Ward MP`, `Hon Tui Ngata MLA`,
/// `Senator the Hon. Mark Bell`) or an office line (`Minister for Regional
/// Rail`, `Shadow Minister for Health`, `Member for Goulburn`). Never a
/// headline.
pub(crate) fn sender_line(text: &[u8]) -> bool {
    let text = text.trim_ascii();
    if text.is_empty() || text.len() > 90 || text.contains(&b'\n') {
        return false;
    }
    // Most lines fail on their first and last words, and no `Hon`.
    let first_word = text.split(|&b| b == b' ').next().unwrap_or(text);
    let last_word = text.rsplit(|&b| b == b' ').next().unwrap_or(text);
    if !contains(OFFICE_HEADS, first_word)
        && !contains(POST_NOMINALS, last_word)
        && memchr::memmem::find(text, b"Hon").is_none()
    {
        return false;
    }
    let all = || words(text, 0..text.len()).map(|r| &text[r]);
    let n = all().count();
    let (Some(first), Some(last)) = (all().next(), all().last()) else {
        return false;
    };
    let name_word = |w: &[u8]| {
        (is_capitalised(w)
            && w.iter()
                .all(|&b| b.is_ascii_alphabetic() || matches!(b, b'.' | b'\'' | b'-') || b >= 0x80))
            || w == b"the"
            || contains(lexicon::NAME_PARTICLES, w)
    };
    let style = |w: &[u8]| {
        matches!(
            w.strip_suffix(b".").unwrap_or(w),
            b"Hon" | b"Honourable" | b"Honorable"
        )
    };
    // Letters after the name alone are weaker evidence (`Living With MS`,
    // `Chiefs Win On Late TD` are headlines): then a short name in
    // capitalised words, the letters themselves in capitals.
    let styled = all().take(3).any(style);
    let lettered = contains(POST_NOMINALS, last)
        && last.iter().all(u8::is_ascii_uppercase)
        && (2..=5).contains(&n)
        && all().all(|w| is_capitalised(w) && !contains(lexicon::NAME_FUNCTION_WORDS, w))
        && !all().any(|w| {
            [
                &b"with"[..],
                b"on",
                b"in",
                b"to",
                b"at",
                b"for",
                b"of",
                b"the",
                b"a",
                b"an",
            ]
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f))
        });
    if (styled && (2..=7).contains(&n) && all().all(name_word)) || lettered {
        return true;
    }
    // `Minister for Regional Rail`: an office, then `for` or `of`.
    contains(OFFICE_HEADS, first)
        && n <= 10
        && all().skip(1).take(3).any(|w| w == b"for" || w == b"of")
        && all().all(|w| is_capitalised(w) || matches!(w, b"for" | b"of" | b"and" | b"the" | b"&"))
}

/// Letters after a legislator's name.
const POST_NOMINALS: &WordSet = &WordSet::new(&[
    "mha", "mhr", "mla", "mlc", "mna", "mp", "mpp", "ms", "msp", "td",
]);

/// Words that open an office line in a release's sender block.
const OFFICE_HEADS: &WordSet =
    &WordSet::new(&["assistant", "member", "minister", "parliamentary", "shadow"]);

/// An organisation or outlet: capitalised words with an organisation word or
/// a leading `The`.
fn is_org(text: &[u8], range: Range<usize>) -> bool {
    let mut any_org = false;
    let mut n = 0;
    let total = words(text, range.clone()).count();
    for (k, w) in words(text, range).enumerate() {
        let w = &text[w];
        let w = w.strip_suffix(b".").unwrap_or(w);
        n += 1;
        if k == 0 && w.eq_ignore_ascii_case(b"the") && total <= 4 {
            any_org = true;
        }
        if contains(lexicon::ORG_WORDS, w) {
            any_org = true;
        }
        // (`KBVX 6 News`: a channel number.)
        let number = w.first().is_some_and(u8::is_ascii_digit);
        if !is_capitalised(w) && !contains(lexicon::NAME_FUNCTION_WORDS, w) && !number {
            return false;
        }
    }
    any_org && n <= 8
}

/// A writer's job: `Staff Writer`, `Political Reporter`, `Senior Europe
/// Correspondent` (up to four words ending in a job word).
fn is_writer_role(text: &[u8], range: Range<usize>) -> bool {
    let n = words(text, range.clone()).count();
    // `Special to the Signal`: a freelance writing for the outlet.
    let special_to = lexicon::starts_with_ignore_case(&text[range.clone()], "special to ");
    ((1..=4).contains(&n) || (special_to && n <= 7))
        && (special_to
            || words(text, range)
                .last()
                .is_some_and(|w| contains(lexicon::WRITER_ROLES, &text[w])))
}

/// Read `text` as a byline: `By A and B`, `By NAME, Agency`, `By A, B and C |
/// Outlet`.
pub(crate) fn byline(text: &[u8]) -> Option<Byline> {
    if text.len() > 200 || text.contains(&b'\n') {
        return None;
    }
    // `From Aminu Garba, Kano`, `From SALMA OTHMAN in Zanzibar`: a
    // correspondent and where they file from.
    let from = text
        .get(..5)
        .filter(|p| {
            // (Without a comma, a name in capitals or opening with a given
            // name: not `From Farm To Fork in Devon`.)
            p.eq_ignore_ascii_case(b"from ")
                && (text.contains(&b',')
                    || (without_trailing_place(text) < text.len()
                        && text
                            .get(5..without_trailing_place(text))
                            .is_some_and(|name| {
                                !name.is_empty()
                                    && (opens_with_given_name(name)
                                        || !name.iter().any(u8::is_ascii_lowercase))
                            })))
        })
        .map(|_| &text[4..]);
    let (rest, prefix) = match from {
        Some(rest) => (rest, &text[..4]),
        None => by_prefix(text).ok()?,
    };
    // `Report by Nadia Ramdin`, not the headline `Report by Watchdog Finds
    // Failings`: a person's given name after it.
    if prefix.eq_ignore_ascii_case(b"report by") && !opens_with_given_name(rest.trim_ascii_start())
    {
        return None;
    }
    let rest = rest.strip_prefix(b":").unwrap_or(rest);
    // `ByBryce Malone`: the space after `By` lost in the copy, before a
    // capitalised name.
    // (A known given name: not the brand `ByHeart`.)
    let glued = prefix == b"By"
        && rest.first().is_some_and(u8::is_ascii_uppercase)
        && rest.get(1).is_some_and(u8::is_ascii_lowercase)
        && opens_with_given_name(rest);
    if !(glued || rest.first().is_some_and(|b| b.is_ascii_whitespace())) {
        return None;
    }
    let mut from = text.len() - rest.len();
    let to = without_trailing_place(text);
    // `By Local Democracy Reporter Tom Fairley`, `By BBC News reporter Ian
    // Watson`: the writer's job before the name, which opens with a given
    // name and has two words or more.
    let job_end = words(text, from..to).take(4).map(|w| w.end).find(|&end| {
        is_writer_role(text, from..end) && {
            let name = text[end..to].trim_ascii();
            words(name, 0..name.len()).count() >= 2 && opens_with_given_name(name)
        }
    });
    if let Some(end) = job_end {
        from = end;
    }
    names_then_outlet(text, from, to)
        .map(|mut b| {
            b.role |= job_end.is_some();
            b
        })
        .or_else(|| {
            // `By Reuters`: the outlet alone.
            let (s, mut e) = trim_range(text, from..to);
            // (`Posted by The Associated Press on March 3, 2026`: and the day.)
            let mut date = None;
            if let Some(on) = memchr::memmem::find(&text[s..e], b" on ") {
                let q = s + on + 4;
                if let Some((d, dr)) = date_line(&text[q..e])
                    .and_then(|dl| dl.date)
                    .filter(|(_, dr)| dr.start == 0)
                {
                    date = Some((d, q + dr.start..q + dr.end));
                    e = trim_range(text, s..s + on).1;
                }
            }
            (s < e && is_org(text, s..e)).then(|| Byline {
                publisher: Some(s..e),
                date,
                ..Byline::default()
            })
        })
}

/// The end of `text` before a closing note of the writer's work in
/// parentheses (`(text and photo)`, `(photos)`), if it has one.
fn without_work_note(text: &[u8]) -> Option<usize> {
    let t = text.trim_ascii_end().strip_suffix(b")")?;
    let open = memchr::memrchr(b'(', t)?;
    let note = &t[open + 1..];
    let work = !note.trim_ascii().is_empty()
        && note
            .split(|b| b.is_ascii_whitespace() || matches!(b, b',' | b'/' | b'&'))
            .filter(|w| !w.is_empty())
            .all(|w| {
                [
                    &b"text"[..],
                    b"photo",
                    b"photos",
                    b"pictures",
                    b"words",
                    b"video",
                    b"and",
                ]
                .iter()
                .any(|k| w.eq_ignore_ascii_case(k))
            });
    work.then(|| text[..open].trim_ascii_end().len())
}

/// The end of `text` without a trailing ` in Place` or ` at Venue` (one to
/// three capitalised words): `Jane Doe in Berlin`, `Ewan McCrae at Millfield
/// Park`.
fn without_trailing_place(text: &[u8]) -> usize {
    for sep in [&b" in "[..], b" at "] {
        if let Some(at) = memchr::memmem::rfind(text, sep) {
            let place = at + 4..text.len();
            let n = words(text, place.clone()).count();
            if (1..=3).contains(&n) && words(text, place).all(|w| is_capitalised(&text[w])) {
                return at;
            }
        }
    }
    text.len()
}

/// `COLD CHAIN WEEKLY | Issue 412 | 12 February 2025`: an outlet's name and a
/// date line, side by side. Returns the outlet's range and the date line.
pub(crate) fn masthead_line(text: &[u8]) -> Option<(Range<usize>, DateLine)> {
    if text.len() > 120 || text.contains(&b'\n') {
        return None;
    }
    let mut segs = segments(text, 0);
    let first = segs.next()?;
    // An outlet's name needs something beside it.
    if first.end >= text.len() {
        return None;
    }
    let (s, e) = trim_range(text, first.clone());
    let n = words(text, s..e).count();
    let capitalised = (1..=4).contains(&n)
        && words(text, s..e).all(|w| {
            is_capitalised(&text[w.clone()]) || contains(lexicon::NAME_FUNCTION_WORDS, &text[w])
        });
    if s >= e || !(publisher_line(&text[s..e], false) || capitalised) || first.end >= text.len() {
        return None;
    }
    // (`BENGALURU, July 14, 2025`: a place the gazetteer knows and a date,
    // a dateline on its own line, not an outlet.)
    if text.get(first.end) == Some(&b',') && super::dateline::place_date_alone(text).is_some() {
        return None;
    }
    let (rs, _) = trim_range(text, first.end + 1..text.len());
    if let Some(mut dl) = date_line(&text[rs..]) {
        // (The date's range, in `text`.)
        if let Some((_, r)) = &mut dl.date {
            *r = rs + r.start..rs + r.end;
        }
        return Some((s..e, dl));
    }
    // `NORDLYS | News in English`: the outlet over short capitalised labels.
    let labels = segments(text, first.end + 1).all(|seg| {
        let (a, b) = trim_range(text, seg);
        let k = words(text, a..b).count();
        (1..=4).contains(&k)
            && text[a..b].first().is_some_and(|c| c.is_ascii_uppercase())
            && !text[a..b].iter().any(|c| c.is_ascii_digit() || *c == b'@')
    });
    // (`Grace Hollister | Staff Writer` is a byline.)
    let role = || {
        segments(text, first.end + 1).any(|seg| {
            let (a, b) = trim_range(text, seg);
            is_writer_role(text, a..b)
        })
    };
    // (`Marc-Antoine Gagnon | The North Shore Beacon`: a writer and the
    // outlet is a byline too.)
    let writer_and_outlet = || {
        let mut rest = segments(text, first.end + 1);
        let name = &text[s..e];
        (2..=4).contains(&n)
            && is_name(text, s..e)
            && opens_with_given_name(name)
            // (Not an outlet named for a town: `Sydney Morning Herald | The Age`.)
            && !publisher_line(name, false)
            && rest.next().is_some_and(|seg| {
                let (a, b) = trim_range(text, seg);
                lexicon::starts_with_ignore_case(&text[a..b], "the ")
                    || publisher_line(&text[a..b], false)
            })
            && rest.next().is_none()
    };
    (labels && text[first.end] == b'|' && !role() && !writer_and_outlet())
        .then(|| (s..e, DateLine::default()))
}

/// `Posted on 2 October, 2024 by Dale Hutchins`, `May 22, 2029 | By Karma
/// Wangchuk`: a date line, then the authors.
pub(crate) fn dated_byline(text: &[u8]) -> Option<(DateLine, Byline)> {
    if text.len() > 160 || text.contains(&b'\n') {
        return None;
    }
    // (`May 22, 2029 | By Karma Wangchuk`: a capital `By` after the
    // date line's separator.)
    let lower = memchr::memmem::rfind(text, b" by ");
    let at = lower.or_else(|| {
        let at = memchr::memmem::rfind(text, b" By ")?;
        text[..at].trim_ascii_end().ends_with(b"|").then_some(at)
    })?;
    let dl = date_line(&text[..at])?;
    let b = names_then_outlet(text, at + 4, without_trailing_place(text))?;
    // (After a capital `By`, full names only: not `| By Design`.)
    let full_names = || {
        b.authors
            .iter()
            .all(|r| (2..=4).contains(&words(text, r.clone()).count()))
    };
    (lower.is_some() || full_names()).then_some((dl, b))
}

/// `News provided by`, `© Provided by The Valley Ledger`, `Powered by X`:
/// the outlet is named here or on the next line (`None`).
pub(crate) fn provided_by(text: &[u8]) -> Option<Option<Range<usize>>> {
    let t = text
        .strip_prefix("©".as_bytes())
        .unwrap_or(text)
        .trim_ascii_start();
    let skip = text.len() - t.len();
    for p in [
        "news provided by",
        "provided by",
        "content provided by",
        "distributed by",
    ] {
        if lexicon::starts_with_ignore_case(t, p) {
            let (s, e) = trim_range(text, skip + p.len()..text.len());
            return Some((s < e && is_org_or_name(text, s..e)).then_some(s..e));
        }
    }
    None
}

fn is_org_or_name(text: &[u8], r: Range<usize>) -> bool {
    words(text, r).all(|w| {
        is_capitalised(&text[w.clone()]) || contains(lexicon::NAME_FUNCTION_WORDS, &text[w])
    })
}

/// An author line without `By`, as some sites print it under the headline:
/// `Jane Doe in Berlin`, `Ana Silva and Ben Okoye`, `Tama Ruatapu, Political
/// Reporter`, `Kofi Mensah | Accra Tribune | 21 July 2025`. Only names of two
/// to four words qualify; several names need `and` between them; without a
/// role, outlet or date in the line the caller accepts it only before a date
/// line or a role line.
pub(crate) fn bare_author_line(text: &[u8]) -> Option<Byline> {
    if text.len() > 120 || text.contains(&b'\n') {
        return None;
    }
    // `Sigrid Øvergård (text and photo)`: what the writer made, a role.
    if let Some(named) = without_work_note(text) {
        let b = names_then_outlet(text, 0, named)?;
        // (A person's name: not `Storm Damage (photos)`.)
        return (b.authors.len() == 1
            && b.authors.iter().all(|r| {
                (2..=4).contains(&words(text, r.clone()).count())
                    && is_name(text, r.clone())
                    && opens_with_given_name(&text[r.clone()])
            }))
        .then_some(Byline { role: true, ..b });
    }
    let b = names_then_outlet(text, 0, without_trailing_place(text))?;
    // `Firm Picks Site for Plant` is a headline in title case, not a name
    // writing for an outlet: without `By`, the name must open with a given
    // name.
    if b.publisher.is_some()
        && lexicon::contains_ignore_case(text, " for ")
        && !b
            .authors
            .first()
            .is_some_and(|r| opens_with_given_name(&text[r.clone()]))
    {
        return None;
    }
    let full_names = b
        .authors
        .iter()
        .all(|r| (2..=4).contains(&words(text, r.clone()).count()));
    // `Cape Town, South Africa` is not two people: names in a list without a
    // role, outlet or date must be joined by `and`.
    let evidence =
        b.role || b.date.is_some() || b.publisher.is_some() || b.reading_minutes.is_some();
    // (`Giovanni Piras / Chiara Fadda`: a slash between full names joins
    // them as `and` does.)
    // (People's names: not `Premier League / Champions League`.)
    let joined = text.windows(5).any(|w| w.eq_ignore_ascii_case(b" and "))
        || (b.authors.len() == 2
            && memchr::memmem::find(text, b" / ").is_some()
            && b.authors
                .iter()
                .all(|r| opens_with_given_name(&text[r.clone()])));
    if !evidence && b.authors.len() > 1 && !joined {
        return None;
    }
    (full_names && b.authors.len() <= 3).then_some(b)
}

/// Names, then perhaps writer roles and an outlet, in `text[from..to]`.
fn names_then_outlet(text: &[u8], from: usize, to: usize) -> Option<Byline> {
    let mut out = Byline::default();
    for seg in segments(&text[..to], from) {
        let (s, mut e) = trim_range(text, seg.clone());
        // `By Anna Lindqvist alindqvist@courier.com`: the writer's e-mail
        // address glued on after the name.
        if let Some(at) = text[s..e].iter().rposition(|&b| b == b' ') {
            let last = &text[s + at + 1..e];
            // (Or a social handle: `By Jane Doe @janedoe`.)
            if (last.contains(&b'@') && last.contains(&b'.'))
                || (last.len() > 1 && last.starts_with(b"@"))
            {
                e = trim_range(text, s..s + at).1;
            }
        }
        // `By Ravindra Persaud | rpersaud@ledger.gy`: a segment that is
        // only an e-mail address names no one.
        let seg = &text[s..e];
        if s >= e || (!seg.contains(&b' ') && seg.contains(&b'@') && seg.contains(&b'.')) {
            continue;
        }
        // `By Selma Amupolo in Lüderitz and Jason Beukes in Windhoek`:
        // where each writer files from.
        if s < e {
            let named = s + without_trailing_place(&text[s..e]);
            if named < e && is_name(text, s..named) {
                e = named;
            }
        }
        let r = s..e;
        // A date runs to the end of the line (its commas are its own).
        if let Some(dl) = date_line(&text[s..to]) {
            if let Some((d, dr)) = dl.date {
                out.date.get_or_insert((d, s + dr.start..s + dr.end));
            }
            out.reading_minutes = dl.reading_minutes;
            break;
        }
        if let Some(p) = CREDIT_BY
            .iter()
            .find(|p| lexicon::starts_with_ignore_case(&text[r.clone()], p))
        {
            let name = s + p.len()..e;
            if is_name(text, name.clone()) {
                out.credits.push(name);
                continue;
            }
        }
        // `By Jane Doe   March 20, 2025 | 07:45 pm`: the date on the
        // name's line with only spaces between.
        // (Or an outlet's: `By Jane Doe, Reuters March 20, 2025`.)
        if out.publisher.is_none() {
            if let Some((name, date)) = name_then_date(text, r.clone(), to) {
                if is_org(text, name.clone()) {
                    out.publisher = Some(name);
                } else {
                    out.authors.push(name);
                }
                out.date = date.date;
                out.reading_minutes = date.reading_minutes;
                break;
            }
        }
        if out.authors.is_empty() {
            // `By KEOLA MAKAIWI Tribune-Ledger staff writer`: a name in
            // capitals, then the writer's job with no comma.
            if let Some(name) = capitals_then_role(text, r.clone()) {
                out.authors.push(name);
                out.role = true;
                break;
            }
            // `Elin Haf Roberts Community Reporter`: a name, then the
            // writer's job with no comma.
            if let Some(name) = name_then_desk_role(text, r.clone()) {
                out.authors.push(name);
                out.role = true;
                continue;
            }
            // `By JESSE MARLOW Associated Press`, `By Harriet Cole For
            // Tidings Online`: a name and the outlet with no comma.
            if let Some((name, outlet)) = name_then_outlet_no_comma(text, r.clone()) {
                out.authors.push(name);
                out.publisher = Some(outlet);
                continue;
            }
            if !is_name(text, r.clone())
                || is_org(text, r.clone())
                || is_writer_role(text, r.clone())
            {
                return None;
            }
            out.authors.push(r);
        } else if is_writer_role(text, r.clone()) {
            out.role = true;
        } else if text[r.clone()].starts_with(b"@") && !text[r.clone()].contains(&b' ') {
            // `/ @VSCregions`: the writer's or desk's social handle.
        } else if is_org(text, r.clone()) || contains(lexicon::ORG_WORDS, &text[r.clone()]) {
            if out.publisher.is_none() {
                out.publisher = Some(r);
            }
        } else if is_name(text, r.clone()) && out.publisher.is_none() {
            let single = words(text, r.clone()).count() == 1;
            // A lone capitalised word after the names is a place or an
            // outlet we do not know: keep it out of the authors.
            if !single {
                out.authors.push(r);
            }
        } else {
            return None;
        }
    }
    (!out.authors.is_empty()).then_some(out)
}

/// The end of a name of two to four words in capitals opening `r`
/// (`KEOLA MAKAIWI …`).
fn capitals_name_end(text: &[u8], r: Range<usize>) -> Option<usize> {
    let mut name_end = None;
    let mut n = 0;
    for w in words(text, r) {
        if !is_all_caps(&text[w.clone()]) || n == 4 {
            break;
        }
        n += 1;
        name_end = Some(w.end);
    }
    name_end.filter(|_| n >= 2)
}

/// A name of two to four words in capitals and then a writer's job
/// (`KEOLA MAKAIWI Tribune-Ledger staff writer`), in `r`: the name's range.
fn capitals_then_role(text: &[u8], r: Range<usize>) -> Option<Range<usize>> {
    let name_end = capitals_name_end(text, r.clone())?;
    let role = trim_range(text, name_end..r.end);
    (role.0 < role.1 && is_writer_role(text, role.0..role.1)).then_some(r.start..name_end)
}

/// `Elin Haf Roberts Community Reporter`, `Tom Ash Senior Political
/// Correspondent`: a name of two to four words, then a writer's job whose
/// words are all desk words or writer roles. Returns the name's range.
fn name_then_desk_role(text: &[u8], r: Range<usize>) -> Option<Range<usize>> {
    const DESKS: &WordSet = &WordSet::new(&[
        "arts",
        "assistant",
        "breaking",
        "business",
        "community",
        "court",
        "courts",
        "crime",
        "data",
        "democracy",
        "deputy",
        "digital",
        "education",
        "environment",
        "features",
        "health",
        "investigative",
        "junior",
        "local",
        "managing",
        "news",
        "political",
        "politics",
        "property",
        "regional",
        "rural",
        "science",
        "sport",
        "sports",
        "staff",
        "trainee",
        "transport",
        "travel",
        "weather",
    ]);
    let mut ws: [Range<usize>; 8] = Default::default();
    let mut n = 0;
    for w in words(text, r.clone()) {
        if n == ws.len() {
            return None;
        }
        ws[n] = w;
        n += 1;
    }
    let head = ws[..n].last()?;
    if n < 3 || !contains(lexicon::WRITER_ROLES, &text[head.clone()]) {
        return None;
    }
    let mut role_start = n - 1;
    while role_start > 2 && {
        let w = &text[ws[role_start - 1].clone()];
        contains(DESKS, w) || contains(lexicon::WRITER_ROLES, w)
    } {
        role_start -= 1;
    }
    let name = r.start..ws[role_start - 1].end;
    ((2..=4).contains(&role_start)
        && words(text, ws[role_start].start..r.end).all(|w| is_capitalised(&text[w]))
        && is_name(text, name.clone())
        && !is_org(text, name.clone()))
    .then_some(name)
}

/// A name and then its outlet with no comma between, in the segment `r`:
/// `JESSE MARLOW Associated Press` (a name of two to four words in
/// capitals, then an organisation) or `Harriet Cole For Tidings Online` (a
/// name, ` For ` or ` for `, then one to five capitalised words). Returns
/// the name's range and the outlet's.
fn name_then_outlet_no_comma(text: &[u8], r: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    if let Some(at) = memchr::memmem::find(&text[r.clone()], b" For ")
        .or_else(|| memchr::memmem::find(&text[r.clone()], b" for "))
    {
        let name = trim_range(text, r.start..r.start + at);
        let outlet = trim_range(text, r.start + at + 5..r.end);
        let n = words(text, outlet.0..outlet.1).count();
        let outlet_ok = (1..=5).contains(&n)
            && words(text, outlet.0..outlet.1).all(|w| is_capitalised(&text[w]));
        let name_words = words(text, name.0..name.1).count();
        return (outlet_ok
            && (2..=4).contains(&name_words)
            && is_name(text, name.0..name.1)
            && !is_org(text, name.0..name.1))
        .then_some((name.0..name.1, outlet.0..outlet.1));
    }
    let name_end = capitals_name_end(text, r.clone())?;
    let outlet = trim_range(text, name_end..r.end);
    (outlet.0 < outlet.1 && is_name(text, r.start..name_end) && is_org(text, outlet.0..outlet.1))
        .then_some((r.start..name_end, outlet.0..outlet.1))
}

/// A name (a person's or an outlet's) and then, after a space, a date line
/// running to `to`, in the segment `r`: the name's range and the date
/// line, with ranges in `text`.
fn name_then_date(text: &[u8], r: Range<usize>, to: usize) -> Option<(Range<usize>, DateLine)> {
    // Every date the line may hold has a digit: none, no date line is
    // tried at each word.
    if !text[r.start..to].iter().any(u8::is_ascii_digit) {
        return None;
    }
    (r.start + 1..r.end)
        .filter(|&q| {
            text[q - 1] == b' '
                && (text[q].is_ascii_digit()
                    || (text[q].is_ascii_uppercase()
                        && (crate::date::month_name(&text[q..]).is_ok()
                            || crate::date::weekday_name(&text[q..]).is_ok())))
        })
        .find_map(|q| {
            let (s, mut e) = trim_range(text, r.start..q);
            // `Written by Jane Doe on 3 March 2026`: `on` before the date.
            if e >= s + 3 && text[e - 3..e].eq_ignore_ascii_case(b" on") {
                e = trim_range(text, s..e - 3).1;
            }
            if s >= e || !(is_name(text, s..e) || is_org(text, s..e)) {
                return None;
            }
            let mut dl = date_line(&text[q..to])?;
            // (The date itself, right after the name: not a label's.)
            let (d, dr) = dl.date.take().filter(|(_, dr)| dr.start == 0)?;
            dl.date = Some((d, q + dr.start..q + dr.end));
            Some((s..e, dl))
        })
}

/// The line under a byline giving the writer's job and outlet: `Business
/// reporter, BBC News`, `Staff Writer`, `Senior Correspondent | Reuters`.
/// Returns the outlet's range, if one is named.
pub(crate) fn role_line(text: &[u8]) -> Option<Option<Range<usize>>> {
    if text.len() > 100 || text.contains(&b'\n') || text.ends_with(b".") {
        return None;
    }
    let mut publisher = None;
    let mut any = false;
    for seg in segments(text, 0) {
        let (s, e) = trim_range(text, seg);
        if s >= e {
            continue;
        }
        let r = s..e;
        if is_writer_role(text, r.clone()) {
            any = true;
        } else if is_org(text, r.clone()) || contains(lexicon::ORG_WORDS, &text[r.clone()]) {
            publisher.get_or_insert(r);
        } else {
            return None;
        }
    }
    any.then_some(publisher)
}

/// Segments of a byline separated by `,`, `;`, `|`, `/`, ` and `, ` & `,
/// ` - `, ` — `, ` · `, ` • `.
fn segments(text: &[u8], from: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = from;
    core::iter::from_fn(move || {
        if pos > text.len() {
            return None;
        }
        let start = pos;
        let mut i = pos;
        while i < text.len() {
            let sep = match &text[i..] {
                [b',' | b';' | b'|' | b'/', ..] => 1,
                [b' ', b'a' | b'A', b'n' | b'N', b'd' | b'D', b' ', ..] => 5,
                [b' ', b'w', b'i', b't', b'h', b' ', ..] => 6,
                [b' ', b'&', b' ', ..] | [b' ', b'-', b' ', ..] => 3,
                [b' ', 0xE2, 0x80, 0x93 | 0x94 | 0xA2, b' ', ..] => 5,
                [b' ', 0xC2, 0xB7, b' ', ..] => 4,
                // The same marks in Windows-1252 (• – — ·): lone bytes that
                // UTF-8 never puts between spaces.
                [b' ', 0x95 | 0x96 | 0x97 | 0xB7, b' ', ..] => 3,
                _ => 0,
            };
            if sep > 0 {
                pos = i + sep;
                return Some(start..i);
            }
            i += 1;
        }
        pos = text.len() + 1;
        Some(start..text.len())
    })
}

fn trim_range(text: &[u8], r: Range<usize>) -> (usize, usize) {
    let (mut s, mut e) = (r.start, r.end);
    while s < e && (text[s].is_ascii_whitespace() || text[s] == b',') {
        s += 1;
    }
    while e > s && (text[e - 1].is_ascii_whitespace() || text[e - 1] == b',') {
        e -= 1;
    }
    (s, e)
}

/// A short line naming an organisation: `U.S. Department of State`,
/// `Ministry of Coastal Affairs`, `Reuters`. `next_is_header` tells whether
/// the following block is a date line or a repeat of this one, which makes a
/// capitalised line without an organisation word count too.
pub(crate) fn publisher_line(text: &[u8], next_is_header: bool) -> bool {
    if text.len() > 80 || text.contains(&b'\n') {
        return false;
    }
    let n = words(text, 0..text.len()).count();
    // A final period only as part of an abbreviation (`Acme Inc.`, `U.S.`).
    let last = words(text, 0..text.len())
        .last()
        .map_or(&b""[..], |w| &text[w]);
    let abbreviation = last
        .strip_suffix(b".")
        .is_some_and(|w| contains(lexicon::OTHER_ABBREVIATIONS, w) || w.contains(&b'.'));
    if n == 0 || n > 8 || text.ends_with(b".") && !abbreviation {
        return false;
    }
    // (`News` alone is a section's label.)
    if n == 1 && contains(lexicon::KICKERS, text.trim_ascii()) {
        return false;
    }
    if is_org(text, 0..text.len()) {
        return true;
    }
    next_is_header
        && n <= 5
        && words(text, 0..text.len()).all(|w| {
            let w = &text[w];
            // `Hunter Radio 98.7`, `KTVB 7`
            is_capitalised(w) || contains(lexicon::NAME_FUNCTION_WORDS, w) || w[0].is_ascii_digit()
        })
        && words(text, 0..text.len())
            .next()
            .is_some_and(|w| !is_all_caps(&text[w]) || n > 1)
}

/// A line of two or three lower-case words and nothing else, none of them
/// a word that carries a sentence on (`nda international`): under an
/// article's first line, an outlet or a label, not the rest of a title.
pub(crate) fn lower_label_line(text: &[u8]) -> bool {
    let mut n = 0;
    for w in text.split(|&b| b == b' ') {
        if w.is_empty() || !w.iter().all(u8::is_ascii_lowercase) || contains(CLAUSE_WORDS, w) {
            return false;
        }
        n += 1;
    }
    (2..=3).contains(&n)
}

/// Words that show a lower-case line goes on with a sentence.
const CLAUSE_WORDS: &WordSet = &WordSet::new(&[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is",
    "it", "its", "of", "on", "or", "that", "the", "their", "to", "was", "were", "with",
]);

/// An outlet and the place it reports from, on the line under a bare
/// author name: `ABN News, Norfolk`, `Radio Kestrel, West Cork`. Returns
/// the outlet's range.
pub(crate) fn outlet_place_line(text: &[u8]) -> Option<Range<usize>> {
    let comma = text.iter().position(|&b| b == b',')?;
    let (outlet, place) = (&text[..comma], &text[comma + 1..]);
    let place_words = words(place, 0..place.len()).count();
    ((1..=3).contains(&place_words)
        && words(place, 0..place.len()).all(|w| is_capitalised(&place[w]))
        && !place.contains(&b',')
        && is_org(outlet, 0..outlet.len()))
    .then_some(0..comma)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn a_wire_page_line_around_a_date() {
        let d = outlet_date_line(b"HOKUTO NEWS - Apr 18, 2025 - 18:15 | Japan, All").unwrap();
        assert_eq!(
            d.date.map(|(d, r)| (d.to_string(), r)),
            Some(("2025-04-18".into(), 14..26))
        );
        assert!(
            outlet_date_line(b"Talks resume - Apr 18, 2025 - in Geneva after a long pause")
                .is_none()
        );
        assert!(outlet_date_line(b"NEWS - Apr 18 - Japan").is_none());
    }

    #[test]
    fn outlet_and_place_lines() {
        assert_eq!(outlet_place_line(b"ABN News, Norfolk"), Some(0..8));
        assert!(outlet_place_line(b"Radio Kestrel News, West Cork").is_some());
        assert!(outlet_place_line(b"Jane Doe, Norfolk").is_none());
        assert!(outlet_place_line(b"ABN News, the county's broadcaster").is_none());
    }

    fn dl(s: &str) -> Option<(alloc::string::String, &str, bool, Option<u32>)> {
        date_line(s.as_bytes()).map(|d| {
            let (date, r) = d
                .date
                .map(|(d, r)| (d.to_string(), &s[r]))
                .unwrap_or_default();
            (date, r, d.updated, d.reading_minutes)
        })
    }

    #[test]
    fn date_lines() {
        assert_eq!(dl("Added On April 19, 2017").unwrap().0, "2017-04-19");
        assert_eq!(dl("Added On April 19, 2017").unwrap().1, "April 19, 2017");
        assert_eq!(dl("Apr 25, 2018").unwrap().0, "2018-04-25");
        assert_eq!(
            dl("3 min readMar 16, 2017").unwrap(),
            ("2017-03-16".into(), "Mar 16, 2017", false, Some(3))
        );
        assert_eq!(dl("Published: 14 November 2025").unwrap().0, "2025-11-14");
        let u = dl("Updated 2:45 PM EST, Thu January 22, 2026").unwrap();
        assert_eq!((u.0.as_str(), u.2), ("2026-01-22", true));
        assert_eq!(dl("March 3, 2026 10:15 AM UTC").unwrap().0, "2026-03-03");
        assert_eq!(dl("2026-02-09").unwrap().0, "2026-02-09");
        assert_eq!(dl("5 min read").unwrap().3, Some(5));
        assert_eq!(
            dl("Posted on Thursday, March 16, 2017 · 4 min read")
                .unwrap()
                .3,
            Some(4)
        );
        assert_eq!(dl("Sat 14 Mar 2025 10.15 GMT").unwrap().0, "2025-03-14");
        assert_eq!(
            dl("Posted Tuesday, June 3, 2025 5:41 pm").unwrap().0,
            "2025-06-03"
        );
        assert_eq!(dl("April 12, 2026 8:54 PM GMT+3").unwrap().0, "2026-04-12");
        assert_eq!(dl("20.02.2026 14:05").unwrap().0, "2026-02-20");
        assert!(date_line(b"Published 3 hours ago").is_some_and(|d| d.relative && d.date.is_none()));
        // No digit: the early reject must still let these through.
        for line in ["Updated an hour ago", "Published yesterday", "Today"] {
            assert!(
                date_line(line.as_bytes()).is_some_and(|d| d.relative),
                "{line}"
            );
        }
        assert!(date_line(b"Published by the desk").is_none());
        // The early reject itself: a digit or one of the three words,
        // anywhere and in any case, and nothing else.
        for (line, may) in [
            ("Published by the desk", false),
            ("A tale of two cities", false),
            ("Filed 3h", true),
            ("an hour AGO", true),
            ("ToDaY", true),
            ("since yesterday", true),
            ("yesterda", false),
        ] {
            assert_eq!(may_be_date_line(line.as_bytes()), may, "{line}");
        }
        assert!(date_line(b"Updated yesterday").is_some());
        assert_eq!(
            dl("Issue 112 | Thursday, 9 October 2025").unwrap().0,
            "2025-10-09"
        );
        let both = dl("Updated 2:45 PM EST, Thu January 22, 2026 | Published 9:00 AM EST, Wed January 21, 2026").unwrap();
        assert_eq!((both.0.as_str(), both.2), ("2026-01-21", false));
        assert_eq!(
            dl("Published March 2, 2026 | Updated March 3, 2026")
                .unwrap()
                .0,
            "2026-03-02"
        );
        assert_eq!(
            dl("March 4, 2025 6:52 PM GMTUpdated 2 hours ago")
                .unwrap()
                .0,
            "2025-03-04"
        );
        assert_eq!(
            dl("Publié le : 07/05/2025 - 11:20").unwrap().0,
            "2025-05-07"
        );
        let m = dl("Modifié le : 07/05/2025 - 14:05").unwrap();
        assert!(m.2);
        assert_eq!(dl("Stand: 12.03.2025, 14:37 Uhr").unwrap().0, "2025-03-12");
        assert_eq!(dl("Lesedauer: 2 Minuten").unwrap().3, Some(2));
        assert_eq!(dl("Temps de lecture : 3 min").unwrap().3, Some(3));
        assert_eq!(dl("Reading time: 3 minutes").unwrap().3, Some(3));
        assert!(date_line(b"2d").is_some_and(|d| d.relative));
        assert_eq!(
            dl("Tue, 03 Mar 2026 10:15:00 +0000").unwrap().0,
            "2026-03-03"
        );
        assert_eq!(dl("2026-03-03T10:15:00+05:30").unwrap().0, "2026-03-03");
        assert_eq!(dl("2026-03-03 10:15:00").unwrap().0, "2026-03-03");
        assert_eq!(dl("3/3/2026 10:15:22 AM").unwrap().0, "2026-03-03");
        assert_eq!(dl("2026/03/07 10:15 JST").unwrap().0, "2026-03-07");
    }

    #[test]
    fn not_date_lines() {
        assert!(dl("Japan-US ties").is_none());
        assert!(dl("On April 19, 2017, the talks began.").is_none());
        assert!(dl("Updated").is_none());
        assert!(dl("3 hours of talks").is_none());
    }

    fn by(s: &str) -> Option<(alloc::vec::Vec<&str>, Option<&str>)> {
        byline(s.as_bytes()).map(|b| {
            (
                b.authors.iter().map(|r| &s[r.clone()]).collect(),
                b.publisher.map(|r| &s[r]),
            )
        })
    }

    #[test]
    fn sender_lines() {
        for line in [
            "The Hon. Rachel Ward MP",
            "Hon Tui Ngata MLA",
            "Senator the Hon. Mark Bell",
            "Dafydd Rhys MS",
            "Minister for Regional Rail",
            "Minister for the Illawarra and South Coast",
            "Shadow Minister for Health and Ageing",
            "Member for Goulburn",
        ] {
            assert!(sender_line(line.as_bytes()), "{line}");
        }
        for line in [
            "Minister resigns over rail contract",
            "Ministers for Health meet in Canberra to discuss hospital funding",
            "Rail services to rise, minister says",
            "The Hon. member said the plan would fail",
            "Rachel Ward",
        ] {
            assert!(!sender_line(line.as_bytes()), "{line}");
        }
    }

    #[test]
    fn bylines_of_other_shapes() {
        assert_eq!(
            by("by: Jenna Ruiz, KBVX 6 News").unwrap(),
            (alloc::vec!["Jenna Ruiz"], Some("KBVX 6 News"))
        );
        assert_eq!(
            by("Author of the article: Jean Dubois").unwrap().0,
            ["Jean Dubois"]
        );
        assert_eq!(
            by("Compiled by Nate Sorensen").unwrap().0,
            ["Nate Sorensen"]
        );
        assert_eq!(by("From Aminu Garba, Kano").unwrap().0, ["Aminu Garba"]);
        assert!(by("From the archives, 1998").is_none());
        assert!(by("From Reuters").is_none());
        // The outlet after the name with no comma.
        assert_eq!(
            by("By NINA OKAFOR Associated Press").unwrap(),
            (alloc::vec!["NINA OKAFOR"], Some("Associated Press"))
        );
        assert_eq!(
            by("By Tom Beale For Harbour Online").unwrap(),
            (alloc::vec!["Tom Beale"], Some("Harbour Online"))
        );
        assert!(by("By order for Main Street").is_none());
    }

    #[test]
    fn date_lines_issued_and_with_a_slash_before_the_time() {
        assert_eq!(
            dl("Issued: Wednesday 20 November 2024").unwrap().0,
            "2024-11-20"
        );
        assert_eq!(
            dl("Posted: Oct 15, 2024 / 05:42 PM MDT").unwrap().0,
            "2024-10-15"
        );
    }

    #[test]
    fn bylines() {
        assert_eq!(
            by("By Anna Bakker and Tom Reyes").unwrap().0,
            ["Anna Bakker", "Tom Reyes"]
        );
        // The writer's job before the name.
        assert_eq!(
            by("By Local Democracy Reporter Tom Fairley").unwrap().0,
            ["Tom Fairley"]
        );
        assert_eq!(
            by("By BBC News reporter Ian Watson").unwrap().0,
            ["Ian Watson"]
        );
        // A broadcaster's camera operator is a credit, not the outlet.
        assert_eq!(
            by("Reporter: Nikisha Thomas-Caesar | Camera: Kerwin Mc Kenzie").unwrap(),
            (alloc::vec!["Nikisha Thomas-Caesar"], None)
        );
        // (Only before a name opening with a given name.)
        assert!(by("By Editor Mark").is_none_or(|b| b.0 != ["Mark"]));
        assert_eq!(
            by("By JANE HOLLIS, Associated Press").unwrap(),
            (alloc::vec!["JANE HOLLIS"], Some("Associated Press"))
        );
        assert_eq!(
            by("By Jane Doe, Staff Writer").unwrap(),
            (alloc::vec!["Jane Doe"], None)
        );
        assert_eq!(
            by("Written by Jean de la Fontaine | The Daily Planet")
                .unwrap()
                .1,
            Some("The Daily Planet")
        );
        assert_eq!(
            by("By A. B. Cee, Dee Eff and Gee Aitch").unwrap().0.len(),
            3
        );
        assert_eq!(
            by("By Dylan Mercer · Red River Daily").unwrap(),
            (alloc::vec!["Dylan Mercer"], Some("Red River Daily"))
        );
        assert_eq!(by("By Reuters").unwrap(), (alloc::vec![], Some("Reuters")));
        assert_eq!(by("By Jane Doe in Brussels").unwrap().0, ["Jane Doe"]);
        assert_eq!(
            by("By Jane Doe, Chief Economics Correspondent").unwrap(),
            (alloc::vec!["Jane Doe"], None)
        );
        assert_eq!(by("By Jane Doe | March 3, 2026").unwrap().0, ["Jane Doe"]);
    }

    #[test]
    fn bare_author_lines_and_role_lines() {
        let b = bare_author_line(b"Jane Doe in Berlin").unwrap();
        assert_eq!(b.authors.first(), Some(&(0..8)));
        assert_eq!(
            bare_author_line(b"Ana Silva and Ben Okoye")
                .unwrap()
                .authors
                .len(),
            2
        );
        assert!(bare_author_line(b"Reuters").is_none());
        let b = bare_author_line(b"Ewan McCrae at Millfield Park").unwrap();
        assert_eq!(b.authors.first(), Some(&(0..11)));
        let b = byline(b"Words by Isobel Grant | Photographs by Tomas Reyes").unwrap();
        assert_eq!((b.authors.len(), b.credits.len()), (1, 1));
        let b = byline("Story by Carla Jiménez • 2d • 3 min read".as_bytes()).unwrap();
        assert_eq!((b.authors.len(), b.reading_minutes), (1, Some(3)));
        let (outlet, dl) =
            masthead_line(b"COLD CHAIN WEEKLY | Issue 412 | 12 February 2025").unwrap();
        assert_eq!(
            (outlet, dl.date.map(|d| d.0.to_string())),
            (0..17, Some("2025-02-12".into()))
        );
        assert_eq!(
            provided_by("© Provided by The Valley Ledger".as_bytes()),
            Some(Some(15..32))
        );
        assert_eq!(provided_by(b"News provided by"), Some(None));
        assert!(masthead_line(b"NORDLYS | News in English").is_some());
        assert!(masthead_line("SAWA · 2h ago".as_bytes()).is_some());
        let (dl, b) = dated_byline(b"Posted on 2 October, 2024 by Dale Hutchins").unwrap();
        assert_eq!(
            (dl.date.map(|d| d.0.to_string()), b.authors.len()),
            (Some("2024-10-02".into()), 1)
        );
        let (dl, b) = dated_byline(b"May 22, 2029 | By Karma Wangchuk and Deki Choden").unwrap();
        assert_eq!(
            (dl.date.map(|d| d.0.to_string()), b.authors.len()),
            (Some("2029-05-22".into()), 2)
        );
        // (A capital `By` needs the separator, and full names: not a
        // headline's `By`, nor `| By Design`.)
        assert!(dated_byline(b"2029 By the Numbers").is_none());
        assert!(dated_byline(b"May 22, 2029 | By Design").is_none());
        // Newfoundland's and the Atlantic provinces' zones, as CBC prints them.
        assert!(
            date_line(b"Posted: Apr 30, 2029 6:02 PM NT | Last Updated: May 1, 2029").is_some()
        );
        assert!(date_line(b"Posted: Apr 30, 2029 6:02 PM AT").is_some());
        // Georgia's zone after a dotted time.
        assert!(date_line(b"Saturday 29 December 2029 11.32 GET").is_some());
        assert!(date_line("March 3, 1938 – February 4, 2024".as_bytes()).is_some_and(|d| d.range));
        assert!(date_line(b"Wed 6 Nov 2024 \xc2\xb7 4:12pm NZDT").is_some());
        let b = bare_author_line(b"Kofi Mensah | Accra Tribune | 21 July 2025").unwrap();
        assert_eq!(
            (b.authors.len(), b.publisher, b.date.map(|d| d.1)),
            (1, Some(14..27), Some(30..42))
        );
        assert!(
            bare_author_line(b"Tama Ruatapu, Political Reporter")
                .unwrap()
                .role
        );
        assert!(bare_author_line(b"Talks resume in Geneva").is_none());
        let text = b"Business reporter, BBC News";
        assert_eq!(role_line(text), Some(Some(19..27)));
        assert_eq!(role_line(b"Staff Writer"), Some(None));
        assert!(role_line(b"The council met on Monday").is_none());
    }

    #[test]
    fn not_bylines() {
        assert!(by("By subscribing, you can help us get the story right.").is_none());
        assert!(by("By the time the vote came, few were left").is_none());
        assert!(by("Bypass opens").is_none());
    }

    #[test]
    fn publisher_lines() {
        assert!(publisher_line(b"U.S. Department of State", false));
        assert!(publisher_line(b"Reuters", false));
        assert!(publisher_line(b"Ministry of Coastal Affairs", false));
        assert!(publisher_line(b"Halcyon Robotics Inc.", false));
        assert!(!publisher_line(b"The Mayor Spoke.", true));
        assert!(!publisher_line(b"Japan-US ties", false));
        assert!(!publisher_line(b"The talks went well.", true));
    }
}
