//! Calendar dates and the nom grammar that reads them.
//!
//! The forms are the ones news sites print: `April 19, 2017`, `Apr 25, 2018`,
//! `Jan. 5, 2020`, `14 November 2025`, `Thursday, March 16, 2017`,
//! `2017-03-16`, `3/16/2017`, and `March 3` without a year (datelines). Clock
//! times (`2:45 PM EST`, `10:15 AM UTC`) are recognised so that date lines can
//! be read whole. All parsers run in nom's complete mode over one line.

use core::fmt;

use nom::bytes::complete::{tag, tag_no_case, take_while_m_n};
use nom::character::complete::{char, digit1, space0, space1};
use nom::combinator::{opt, recognize};
use nom::{IResult, Parser};

/// A calendar date; the year may be unknown (`XXXX` in TIMEX3 values) and
/// the day may be absent (a month).
///
/// # Example
/// ```
/// use newsprint::Date;
/// let d = Date::ymd(2017, 4, 19).unwrap();
/// assert_eq!(d.to_string(), "2017-04-19");
/// assert_eq!(d.weekday(), Some(3)); // Wednesday (ISO: Monday = 1)
/// let d: Date = "2017-03-16".parse().unwrap();
/// assert_eq!(d.day, Some(16));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Date {
    /// The year, if the text states or implies one.
    pub year: Option<u16>,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31, if given.
    pub day: Option<u8>,
}

impl Date {
    /// A full date, if it exists in the proleptic Gregorian calendar.
    pub fn ymd(year: u16, month: u8, day: u8) -> Option<Date> {
        (day >= 1 && day <= days_in_month(Some(year), month)).then_some(Date {
            year: Some(year),
            month,
            day: Some(day),
        })
    }

    /// ISO weekday (Monday = 1 … Sunday = 7) when year, month and day are known.
    pub fn weekday(self) -> Option<u8> {
        let days = self.days_since_epoch()?;
        // 1970-01-01 was a Thursday (4).
        Some(((days + 3).rem_euclid(7) + 1) as u8)
    }

    /// Days since 1970-01-01 (negative before), when the date is complete.
    pub fn days_since_epoch(self) -> Option<i64> {
        let (y, m, d) = (self.year? as i64, self.month as i64, self.day? as i64);
        // Howard Hinnant's days_from_civil.
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(era * 146_097 + doe - 719_468)
    }

    /// The date `days` days after 1970-01-01 (before it when negative), if
    /// its year is between 1 and 9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        // Howard Hinnant's civil_from_days.
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe.checked_add(era.checked_mul(400)?)? + i64::from(m <= 2);
        let y = u16::try_from(y).ok().filter(|y| (1..=9999).contains(y))?;
        Date::ymd(y, m as u8, d as u8)
    }

    /// The date `n` days later (earlier when negative), when complete.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch()?.checked_add(n)?)
    }

    /// The ISO 8601 week `(week-year, week 1–53)` of a complete date: weeks
    /// start on Monday and week 1 holds the year's first Thursday, so
    /// 2016-01-01 is in week 53 of 2015.
    pub fn iso_week(self) -> Option<(u16, u8)> {
        let days = self.days_since_epoch()?;
        let weekday = i64::from(self.weekday()?);
        // The Thursday of the same week decides the week's year.
        let thursday = Date::from_days_since_epoch(days + 4 - weekday)?;
        let year = thursday.year?;
        let jan1 = Date::ymd(year, 1, 1)?.days_since_epoch()?;
        let week = (thursday.days_since_epoch()? - jan1) / 7 + 1;
        Some((year, week as u8))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}", self.month)?,
            None => write!(f, "XXXX-{:02}", self.month)?,
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// The error of parsing a [`Date`] from `YYYY-MM-DD` text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a date in YYYY-MM-DD form")]
pub struct DateParseError;

impl core::str::FromStr for Date {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Date, DateParseError> {
        match iso_date(s.as_bytes()) {
            Ok((b"", d)) => Ok(d),
            _ => Err(DateParseError),
        }
    }
}

fn is_leap(y: u16) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in `month` (29 for February when the year is unknown).
pub(crate) fn days_in_month(year: Option<u16>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// Month names and the abbreviations news style uses, in English and in the
/// languages whose pages print dates in their own words (French, German,
/// Spanish, Italian). Each is matched as a whole word, so `March` is never
/// read as `Mar` + `ch`.
const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("febr", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
];

/// Weekday names, full and abbreviated, with their ISO number.
const WEEKDAYS: [(&str, u8); 18] = [
    ("wednesday", 3),
    ("thursday", 4),
    ("saturday", 6),
    ("tuesday", 2),
    ("monday", 1),
    ("friday", 5),
    ("sunday", 7),
    ("tues", 2),
    ("thurs", 4),
    ("thur", 4),
    ("wed", 3),
    ("thu", 4),
    ("mon", 1),
    ("tue", 2),
    ("fri", 5),
    ("sat", 6),
    ("sun", 7),
    ("weds", 3),
];

fn word_end(rest: &[u8]) -> bool {
    rest.first()
        .is_none_or(|&b| !b.is_ascii_alphabetic() && b < 0x80)
}

/// Try each name of `table` (case-insensitively, as a whole word, with an
/// optional period after an abbreviation).
fn name_from<'a>(table: &[(&str, u8)], i: &'a [u8]) -> IResult<&'a [u8], u8> {
    // Every name is at least three letters long: a cheap first filter.
    if !i.first().is_some_and(u8::is_ascii_alphabetic) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    for &(name, n) in table {
        if let Ok((rest, _)) = tag_no_case::<_, _, nom::error::Error<&[u8]>>(name.as_bytes())(i) {
            if word_end(rest) {
                let rest = rest.strip_prefix(b".").unwrap_or(rest);
                return Ok((rest, n));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// A month name: `April`, `Apr`, `Apr.`, `Sept.` → 1–12.
pub(crate) fn month_name(i: &[u8]) -> IResult<&[u8], u8> {
    name_from(MONTHS, i)
}

/// A full English month name (`December`, no abbreviation) → 1–12. The
/// first twelve entries of the month table are these, in order.
pub(crate) fn english_month(word: &[u8]) -> Option<u8> {
    MONTHS[..12]
        .iter()
        .find(|(name, _)| word.eq_ignore_ascii_case(name.as_bytes()))
        .map(|&(_, m)| m)
}

/// A weekday name: `Thursday`, `Thu`, `Thu.` → ISO 1–7.
pub(crate) fn weekday_name(i: &[u8]) -> IResult<&[u8], u8> {
    name_from(&WEEKDAYS, i)
}

fn fail<T>(i: &[u8]) -> IResult<&[u8], T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// Up to `max` ASCII digits as a number, and not followed by another digit.
fn number(min: usize, max: usize) -> impl Fn(&[u8]) -> IResult<&[u8], u32> {
    move |i| {
        let (rest, d) = take_while_m_n(min, max, |b: u8| b.is_ascii_digit())(i)?;
        if rest.first().is_some_and(u8::is_ascii_digit) {
            return fail(i);
        }
        Ok((rest, d.iter().fold(0u32, |n, b| n * 10 + (b - b'0') as u32)))
    }
}

/// A day of the month with an optional ordinal suffix: `5`, `05`, `21st`.
fn day(i: &[u8]) -> IResult<&[u8], u8> {
    let (rest, d) = number(1, 2)(i)?;
    let (rest, _) = opt(nom::branch::alt((
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
    )))
    .parse(rest)?;
    if !(1..=31).contains(&d) || !word_end(rest) {
        return fail(i);
    }
    Ok((rest, d as u8))
}

/// A four-digit year between 1000 and 2999.
fn year(i: &[u8]) -> IResult<&[u8], u16> {
    let (rest, y) = number(4, 4)(i)?;
    // (A month's name right after it is the next item glued on by a
    // copy: `03/12/2025March 12, 2025`, and so is a page's `Updated`:
    // `03 Apr 2025Updated 11:02`; not a time's zone, `1700GMT`.)
    let glued = rest.first().is_some_and(u8::is_ascii_uppercase)
        && (month_name(rest).is_ok()
            || rest.starts_with(b"Updated")
            || rest.starts_with(b"Published"));
    if !(1000..=2999).contains(&y) || !(word_end(rest) || glued) {
        return fail(i);
    }
    Ok((rest, y as u16))
}

fn checked<'a>(
    i: &'a [u8],
    rest: &'a [u8],
    year: Option<u16>,
    month: u8,
    day: u8,
) -> IResult<&'a [u8], Date> {
    if day == 0 || day > days_in_month(year, month) {
        return fail(i);
    }
    Ok((
        rest,
        Date {
            year,
            month,
            day: Some(day),
        },
    ))
}

/// `2017-03-16` (optionally followed by `T…`, left unread).
pub(crate) fn iso_date(i: &[u8]) -> IResult<&[u8], Date> {
    let (rest, (y, _, m, _, d)) = (
        number(4, 4),
        char('-'),
        number(2, 2),
        char('-'),
        number(2, 2),
    )
        .parse(i)?;
    if !(1..=12).contains(&m) || !(1000..=2999).contains(&y) {
        return fail(i);
    }
    checked(i, rest, Some(y as u16), m as u8, d as u8)
}

/// `3/16/2017` (US order).
fn slash_date(i: &[u8]) -> IResult<&[u8], Date> {
    slash_date_ordered(i, false)
}

/// `07/05/2025`: month first (US) unless `day_first`, or unless the first
/// number cannot be a month (`25/12/2024`); also `17/07/26`, two digits
/// each, with a two-digit year (`00`–`69` this century, `70`–`99` the last,
/// as POSIX `strptime` reads them), ending the word.
fn slash_date_ordered(i: &[u8], day_first: bool) -> IResult<&[u8], Date> {
    let short_year = |i| {
        let (rest, y) = number(2, 2)(i)?;
        if matches!(rest.first(), Some(b'/' | b'.')) || !word_end(rest) {
            return fail(i);
        }
        Ok((rest, if y < 70 { 2000 } else { 1900 } + y as u16))
    };
    let (rest, (a, _, b, _, y)) = nom::branch::alt((
        (number(1, 2), char('/'), number(1, 2), char('/'), year),
        (number(2, 2), char('/'), number(2, 2), char('/'), short_year),
    ))
    .parse(i)?;
    let (m, d) = if day_first || a > 12 { (b, a) } else { (a, b) };
    if !(1..=12).contains(&m) {
        return fail(i);
    }
    checked(i, rest, Some(y), m as u8, d as u8)
}

/// [`parse_date`], reading `07/05/2025` day first (as French, German,
/// Spanish and British pages print it).
pub fn parse_date_day_first(i: &[u8]) -> IResult<&[u8], Date> {
    match slash_date_ordered(i, true) {
        Ok(ok) => Ok(ok),
        Err(_) => parse_date(i),
    }
}

/// `2026/03/07`, `2026.03.07` (year first, as printed in East Asia).
fn year_first_date(i: &[u8]) -> IResult<&[u8], Date> {
    let (rest, (y, sep, m, _, d)) = (
        year,
        nom::branch::alt((char('/'), char('.'))),
        number(1, 2),
        nom::branch::alt((char('/'), char('.'))),
        number(1, 2),
    )
        .parse(i)?;
    if !(1..=12).contains(&m)
        || rest.first().is_some_and(u8::is_ascii_digit)
        || (sep == '.' && rest.first() == Some(&b'.'))
    {
        return fail(i);
    }
    checked(i, rest, Some(y), m as u8, d as u8)
}

/// A numeric zone offset after a time: `+0000`, `-05:00`, `+05:30`.
pub(crate) fn zone_offset(i: &[u8]) -> IResult<&[u8], ()> {
    let two = |i| take_while_m_n(2, 2, |b: u8| b.is_ascii_digit())(i);
    let (rest, (_, h, _, m)) = (
        nom::branch::alt((char('+'), char('-'))),
        two,
        opt(char(':')),
        number(2, 2),
    )
        .parse(i)?;
    let h = (h[0] - b'0') * 10 + (h[1] - b'0');
    if h > 14 || m > 59 {
        return fail(i);
    }
    Ok((rest, ()))
}

/// `20.02.2026` (day first, as printed in Europe), and `03.12.25` with a
/// two-digit year of this century when day and month have two digits
/// each (as Israeli and Russian pages print it).
fn dotted_date(i: &[u8]) -> IResult<&[u8], Date> {
    let short_year = |i| {
        let (rest, y) = number(2, 2)(i)?;
        if rest.first() == Some(&b'.') || !word_end(rest) {
            return fail(i);
        }
        Ok((rest, 2000 + y as u16))
    };
    let (rest, (d, _, m, _, y)) = nom::branch::alt((
        (number(1, 2), char('.'), number(1, 2), char('.'), year),
        (number(2, 2), char('.'), number(2, 2), char('.'), short_year),
    ))
    .parse(i)?;
    if !(1..=12).contains(&m) {
        return fail(i);
    }
    checked(i, rest, Some(y), m as u8, d as u8)
}

/// `April 19, 2017`, `Apr 25 2018`, `March 3` (no year).
fn month_day_year(i: &[u8]) -> IResult<&[u8], Date> {
    let (rest, (m, _, d)) = (month_name, space1, day).parse(i)?;
    // (`Feb 17,2025`: a comma may stand for the space.)
    let before_year = nom::branch::alt((
        (char(','), nom::character::complete::space0).map(|_| ()),
        space1.map(|_| ()),
    ));
    let (rest, y) = opt((before_year, year).map(|(_, y)| y)).parse(rest)?;
    checked(i, rest, y, m, d)
}

/// `14 November 2025`, `14 Nov. 2025`, `18th of February 2026`.
fn day_month_year(i: &[u8]) -> IResult<&[u8], Date> {
    // `14 November 2025`, and `12. März 2025` as German prints it;
    // `18th of February 2026` as Irish papers do.
    let (rest, (d, _, _, _, m, _, y)) = (
        day,
        opt(char('.')),
        space1,
        opt((tag_no_case("of"), space1)),
        month_name,
        opt(char(',')),
        opt((space1, year)),
    )
        .parse(i)?;
    match y {
        Some((_, y)) => checked(i, rest, Some(y), m, d),
        // `14 November` without a year is a date too, but only as a whole.
        None => checked(i, rest, None, m, d),
    }
}

/// Any of the date forms above, optionally preceded by a weekday:
/// `Thursday, March 16, 2017`, `Thu January 22, 2026`, `20.02.2026`.
///
/// # Example
/// ```
/// use newsprint::date::parse_date;
/// let (rest, d) = parse_date(b"Thu January 22, 2026 rest").unwrap();
/// assert_eq!(d.to_string(), "2026-01-22");
/// assert_eq!(rest, b" rest");
/// ```
pub fn parse_date(i: &[u8]) -> IResult<&[u8], Date> {
    let (after_wd, wd) = opt((weekday_name, opt(char(',')), space1)).parse(i)?;
    let r = nom::branch::alt((
        iso_date,
        year_first_date,
        slash_date,
        dotted_date,
        month_day_year,
        day_month_year,
    ))
    .parse(after_wd);
    match (r, wd) {
        // `Sunday 09/04/2028`: the weekday settles which of two numbers
        // that could both be months is the day.
        (Ok((rest, d)), Some((w, _, _))) => Ok((rest, by_weekday(after_wd, d, w))),
        (Ok(ok), None) => Ok(ok),
        (Err(_), Some(_)) => fail(i),
        (Err(e), None) => Err(e),
    }
}

/// `d`, read from a slash date at the start of `i`, or the same numbers in
/// the other order when only that order falls on weekday `w`.
fn by_weekday(i: &[u8], d: Date, w: u8) -> Date {
    let other = match (slash_date_ordered(i, false), slash_date_ordered(i, true)) {
        (Ok((_, a)), Ok((_, b))) if a != b => {
            if a == d {
                b
            } else {
                a
            }
        }
        _ => return d,
    };
    if d.weekday() != Some(w) && other.weekday() == Some(w) {
        other
    } else {
        d
    }
}

/// Time-zone abbreviations, longest first where one is a prefix of another.
const ZONES: &[&str] = &[
    "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST",
    "AST", "ADT", "NST", "NDT", "BST", "CEST", "CET", "EEST", "EET", "WEST", "WET", "MSK", "IST",
    "PKT", "GST", "IRST", "JST", "KST", "HKT", "SGT", "PHT", "ICT", "WIB", "AEST", "AEDT", "ACST",
    "ACDT", "AWST", "NZST", "NZDT", "SAST", "EAT", "CAT", "WAT", "ART", "BRT", "MYT", "WITA",
    "WIT", "NPT", "BDT", "TRT", "CLT", "COT", "PET", "IDT", "MMT", "ALMT", "AMT", "AZT", "BTT",
    "CVT", "GET", "MUT", "MVT", "RET", "SCT", "ULAT", "UZT", "WGST", "WGT", "ET", "PT", "CT", "MT",
    "NT", "AT",
];

/// A time-zone abbreviation (upper case, as printed), or a zone spelled out
/// ([`spelled_zone`]).
pub(crate) fn zone(i: &[u8]) -> IResult<&[u8], &[u8]> {
    for z in ZONES {
        if let Ok((rest, _)) = tag::<_, _, nom::error::Error<&[u8]>>(z.as_bytes())(i) {
            // (`NT` and `AT` are words too: not `5pm NT Police`, `9 a.m.
            // AT&T`.)
            let short_word = matches!(*z, "NT" | "AT")
                && (rest.first() == Some(&b'&')
                    || rest
                        .trim_ascii_start()
                        .first()
                        .is_some_and(u8::is_ascii_uppercase));
            // `GMTUpdated 2 hours ago`: pages glue the next label on.
            if !short_word && (word_end(rest) || rest.first().is_some_and(u8::is_ascii_uppercase)) {
                // `GMT+3`, `UTC-05:00`
                let rest = match rest {
                    [b'+' | b'-', d, ..] if d.is_ascii_digit() => {
                        let n = rest[1..]
                            .iter()
                            .take_while(|b| b.is_ascii_digit() || **b == b':')
                            .count();
                        &rest[1 + n.min(5)..]
                    }
                    _ => rest,
                };
                return Ok((rest, &i[..i.len() - rest.len()]));
            }
        }
    }
    spelled_zone(i)
}

/// A zone spelled out, as press-release wires print it: `Eastern Daylight
/// Time`, `Central European Summer Time`, `Greenwich Mean Time`, `Eastern
/// Time`: up to four capitalised words ending in `Time`, one of them saying
/// which time or naming a North American zone.
fn spelled_zone(i: &[u8]) -> IResult<&[u8], &[u8]> {
    let mut at = 0;
    let mut kind_seen = false;
    for _ in 0..4 {
        let word_len = i[at..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let word = &i[at..at + word_len];
        if word_len < 2 || !word[0].is_ascii_uppercase() {
            break;
        }
        if word == b"Time" {
            if kind_seen && word_end(&i[at + word_len..]) {
                return Ok((&i[at + word_len..], &i[..at + word_len]));
            }
            break;
        }
        // (`Eastern Time` and `Pacific Time` are North America's zones
        // without saying which time.)
        kind_seen |= matches!(
            word,
            b"Standard"
                | b"Daylight"
                | b"Summer"
                | b"Mean"
                | b"Universal"
                | b"Eastern"
                | b"Central"
                | b"Mountain"
                | b"Pacific"
        );
        at += word_len;
        if i.get(at) != Some(&b' ') {
            break;
        }
        at += 1;
    }
    fail(i)
}

/// `AM`, `pm`, `a.m.`, `P.M.`: true for PM.
fn meridiem(i: &[u8]) -> IResult<&[u8], bool> {
    let (rest, m) = nom::branch::alt((
        tag_no_case("a.m."),
        tag_no_case("p.m."),
        tag_no_case("am"),
        tag_no_case("pm"),
    ))
    .parse(i)?;
    if !m.ends_with(b".") && !word_end(rest) {
        return fail(i);
    }
    Ok((rest, m[0].eq_ignore_ascii_case(&b'p')))
}

/// A clock time: `2:45 PM EST`, `10:15 AM UTC`, `14:30`, `9 a.m.`,
/// `10.15 GMT`, and four digits before a zone (`0815 GMT`, `1430 local
/// time`) → (hour 0–23, minute).
pub fn parse_time(i: &[u8]) -> IResult<&[u8], (u8, u8)> {
    // `0815 GMT`, `1430 local time`: a wire's 24-hour clock, four digits
    // with no mark, only before a zone.
    if let Ok((r, hm)) = number(4, 4)(i) {
        let zoned = (space1, zone).map(|_| ()).parse(r).or_else(|_| {
            (
                space1::<_, nom::error::Error<&[u8]>>,
                tag_no_case("local time"),
            )
                .map(|_| ())
                .parse(r)
        });
        // (A leading `0` is a clock's alone: `By 0930 GMT Brent crude`.
        // From `1000` on, a year reads the same, `The 2019 UTC report`,
        // `In 2015 GMT Holdings`: only the sentence's end or a mark, a
        // weekday or `on`/`and`/`to`/`until` may follow.)
        let clock_only = i.first() == Some(&b'0');
        let ends_there = |r: &[u8]| {
            let next = r.trim_ascii_start();
            let word = next
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .map_or(next, |n| &next[..n]);
            next.first().is_none_or(|b| !b.is_ascii_alphanumeric())
                || weekday_name(next).is_ok()
                || [&b"on"[..], b"and", b"to", b"until"].contains(&word)
        };
        if let Ok((r, ())) = zoned {
            let (h, m) = (hm / 100, hm % 100);
            return if h <= 23 && m <= 59 && word_end(r) && (clock_only || ends_there(r)) {
                Ok((r, (h as u8, m as u8)))
            } else {
                fail(i)
            };
        }
    }
    let (rest, h) = number(1, 2)(i)?;
    // `08h30`, as French and Portuguese pages print it.
    if let Ok((r, (_, m))) = (char('h'), number(2, 2)).parse(rest) {
        return if h <= 23 && m <= 59 && word_end(r) {
            Ok((r, (h as u8, m as u8)))
        } else {
            fail(i)
        };
    }
    let (rest, sep_m) =
        opt((nom::branch::alt((char(':'), char('.'))), number(2, 2))).parse(rest)?;
    // Seconds, when minutes were given with a colon: `10:15:22`.
    let (rest, seconds) = match sep_m {
        Some((':', _)) => opt((char(':'), number(2, 2))).parse(rest)?,
        _ => (rest, None),
    };
    // `14:22:00.000Z`: fractions of a second and the UTC designator of a
    // machine's time stamp.
    let rest = match seconds {
        Some(_) => {
            let (rest, _) = opt((char('.'), digit1)).parse(rest)?;
            rest.strip_prefix(b"Z").unwrap_or(rest)
        }
        None => rest,
    };
    let (rest, mer) = opt((space0, meridiem).map(|(_, p)| p)).parse(rest)?;
    if sep_m.is_none() && mer.is_none() {
        return fail(i);
    }
    let (rest, z) = opt((space1, zone)).parse(rest)?;
    // `10.15` is a time only with a zone or a meridiem (else a decimal).
    if sep_m.is_some_and(|(sep, _)| sep == '.') && mer.is_none() && z.is_none() {
        return fail(i);
    }
    let m = sep_m.map(|(_, m)| m);
    let m = m.unwrap_or(0);
    let h = match mer {
        Some(pm) if (1..=12).contains(&h) => (h % 12) + if pm { 12 } else { 0 },
        Some(_) => return fail(i),
        None if h <= 23 => h,
        None => return fail(i),
    };
    if m > 59 || (z.is_none() && !word_end(rest)) {
        return fail(i);
    }
    Ok((rest, (h as u8, m as u8)))
}

/// Reading time: `3 min read`, `5 minute read`, `4 mins`, `4-minute read`.
/// The trailing `read` may be glued to what follows (`3 min readMar 16`).
pub(crate) fn reading_time(i: &[u8]) -> IResult<&[u8], u32> {
    let (rest, (n, _, _)) = (
        recognize(digit1),
        nom::branch::alt((tag("-"), space0)),
        nom::branch::alt((
            tag_no_case("minutes"),
            tag_no_case("minuten"),
            tag_no_case("minutos"),
            tag_no_case("minute"),
            tag_no_case("minuti"),
            tag_no_case("mins"),
            tag_no_case("min"),
        )),
    )
        .parse(i)?;
    let rest = rest.strip_prefix(b".").unwrap_or(rest);
    let (rest, read) = opt((space1, tag_no_case("read"))).parse(rest)?;
    if read.is_none() && !word_end(rest) {
        return fail(i);
    }
    let n = n.iter().try_fold(0u32, |n, b| {
        n.checked_mul(10)?.checked_add((b - b'0') as u32)
    });
    match n {
        Some(n) if n > 0 && n < 1000 => Ok((rest, n)),
        _ => fail(i),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn english_month_takes_full_names_only() {
        assert_eq!(english_month(b"December"), Some(12));
        assert_eq!(english_month(b"may"), Some(5));
        assert_eq!(english_month(b"Dec"), None);
        assert_eq!(english_month(b"Dezember"), None);
    }

    use super::*;
    use alloc::string::ToString;

    fn date(s: &str) -> Option<(usize, alloc::string::String)> {
        parse_date(s.as_bytes())
            .ok()
            .map(|(rest, d)| (s.len() - rest.len(), d.to_string()))
    }

    #[test]
    fn a_weekday_settles_the_order_of_a_slash_date() {
        // 9 April 2028 was a Sunday, 4 September 2028 a Monday.
        assert_eq!(date("Sunday 09/04/2028").unwrap().1, "2028-04-09");
        assert_eq!(date("Monday 09/04/2028").unwrap().1, "2028-09-04");
        // Neither order on the weekday: month first, as without one.
        assert_eq!(date("Tuesday 03/04/2028").unwrap().1, "2028-03-04");
        assert_eq!(date("03/04/2028").unwrap().1, "2028-03-04");
    }

    #[test]
    fn news_date_forms() {
        assert_eq!(date("April 19, 2017").unwrap().1, "2017-04-19");
        assert_eq!(date("Apr 25, 2018").unwrap().1, "2018-04-25");
        assert_eq!(date("Jan. 5, 2020").unwrap().1, "2020-01-05");
        assert_eq!(date("Sept. 30, 2021").unwrap().1, "2021-09-30");
        assert_eq!(date("14 November 2025").unwrap().1, "2025-11-14");
        assert_eq!(date("Thursday, March 16, 2017").unwrap().1, "2017-03-16");
        assert_eq!(date("Thu January 22, 2026").unwrap().1, "2026-01-22");
        assert_eq!(date("2017-03-16T09:00").unwrap(), (10, "2017-03-16".into()));
        assert_eq!(date("3/16/2017").unwrap().1, "2017-03-16");
        assert_eq!(date("March 3 (Reuters)").unwrap(), (7, "XXXX-03-03".into()));
        assert_eq!(date("May 1st, 2020").unwrap().1, "2020-05-01");
        assert_eq!(date("20.02.2026 14:05").unwrap(), (10, "2026-02-20".into()));
        assert_eq!(date("25/12/2024").unwrap().1, "2024-12-25");
        assert_eq!(date("2026/03/07 10:15").unwrap().1, "2026-03-07");
        assert_eq!(date("2026.03.07").unwrap().1, "2026-03-07");
        assert!(date("1026.253.553").is_none());
        assert_eq!(date("12. März 2025").unwrap().1, "2025-03-12");
        assert_eq!(date("7 mai 2025").unwrap().1, "2025-05-07");
        assert_eq!(date("3 de marzo").map(|d| d.0), None);
        assert!(date("Mars 2020 mission").is_none());
        assert_eq!(
            parse_date_day_first(b"07/05/2025").unwrap().1.to_string(),
            "2025-05-07"
        );
        assert!(date("9.5 percent").is_none());
    }

    #[test]
    fn rejects_non_dates() {
        assert!(date("Mayor Smith").is_none());
        assert!(date("February 30, 2017").is_none());
        assert!(date("March 2017x").is_none() || date("March 2017x").unwrap().0 < 11);
        assert!(date("2017-13-01").is_none());
        assert!(date("Marching 3").is_none());
        assert!(date("Monday morning").is_none());
    }

    #[test]
    fn times() {
        assert_eq!(parse_time(b"2:45 PM EST").unwrap(), (&b""[..], (14, 45)));
        assert_eq!(parse_time(b"10:15 AM UTC").unwrap().1, (10, 15));
        assert_eq!(parse_time(b"12 a.m.").unwrap().1, (0, 0));
        assert_eq!(parse_time(b"14:30").unwrap().1, (14, 30));
        assert!(parse_time(b"14").is_err());
        assert_eq!(parse_time(b"10.15 GMT").unwrap().1, (10, 15));
        assert_eq!(parse_time(b"10:15:22 AM").unwrap().1, (10, 15));
        assert!(zone_offset(b"+05:30").is_ok() && zone_offset(b"-0500").is_ok());
        assert_eq!(parse_time(b"8:54 PM GMT+3").unwrap(), (&b""[..], (20, 54)));
        assert_eq!(
            parse_time(b"08:00 AM Eastern Daylight Time").unwrap(),
            (&b""[..], (8, 0))
        );
        assert_eq!(
            parse_time(b"14:05 Central European Summer Time here").unwrap(),
            (&b" here"[..], (14, 5))
        );
        assert!(zone(b"Eastern Time").is_ok());
        // (A capitalised word before `Time` is no zone unless it says which
        // time.)
        assert!(zone(b"Show Time").is_err() && zone(b"Daylight Saving").is_err());
        assert!(parse_time(b"10.15 percent").is_err());
        assert!(parse_time(b"25:00").is_err());
        assert_eq!(parse_time(b"08h30 rest").unwrap(), (&b" rest"[..], (8, 30)));
        assert!(parse_time(b"8h3").is_err());
        assert!(parse_time(b"24h00").is_err());
    }

    #[test]
    fn reading_times() {
        assert_eq!(
            reading_time(b"3 min readMar 16").unwrap(),
            (&b"Mar 16"[..], 3)
        );
        assert_eq!(reading_time(b"5 minute read").unwrap().1, 5);
        assert_eq!(reading_time(b"4-minute read").unwrap().1, 4);
        assert!(reading_time(b"3 ministers").is_err());
    }

    #[test]
    fn weekdays_and_epoch() {
        assert_eq!(Date::ymd(2017, 4, 19).unwrap().weekday(), Some(3));
        assert_eq!(Date::ymd(1970, 1, 1).unwrap().days_since_epoch(), Some(0));
        assert_eq!(Date::ymd(2000, 3, 1).unwrap().weekday(), Some(3));
        assert!(Date::ymd(2019, 2, 29).is_none());
        assert!(Date::ymd(2020, 2, 29).is_some());
    }

    #[test]
    fn day_arithmetic_and_iso_weeks() {
        let d = |y, m, d| Date::ymd(y, m, d).unwrap();
        for days in [-700_000i64, -1, 0, 59, 10_956, 17_275, 2_000_000] {
            let date = Date::from_days_since_epoch(days).unwrap();
            assert_eq!(date.days_since_epoch(), Some(days));
        }
        assert_eq!(d(2016, 2, 28).add_days(1), Some(d(2016, 2, 29)));
        assert_eq!(d(2017, 2, 28).add_days(1), Some(d(2017, 3, 1)));
        assert_eq!(d(2000, 2, 28).add_days(1), Some(d(2000, 2, 29)));
        assert_eq!(d(1900, 2, 28).add_days(1), Some(d(1900, 3, 1)));
        assert_eq!(d(2017, 1, 1).add_days(-1), Some(d(2016, 12, 31)));
        assert_eq!(d(9999, 12, 31).add_days(1), None);
        assert_eq!(d(1, 1, 1).add_days(-1), None);
        assert_eq!(d(2017, 4, 19).add_days(i64::MAX), None);
        assert_eq!(d(2017, 4, 19).iso_week(), Some((2017, 16)));
        assert_eq!(d(2016, 1, 1).iso_week(), Some((2015, 53)));
        assert_eq!(d(2019, 12, 30).iso_week(), Some((2020, 1)));
        assert_eq!(d(2021, 1, 3).iso_week(), Some((2020, 53)));
        assert_eq!(d(2021, 1, 4).iso_week(), Some((2021, 1)));
        assert_eq!(d(2024, 12, 30).iso_week(), Some((2025, 1)));
    }
}
