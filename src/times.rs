//! Time expressions (TIMEX3, as TempEval-3 annotates news), read from the
//! title, standfirst, date lines, body paragraphs, headings and captions.
//!
//! One forward pass over each block's tokens tries the grammar only at
//! tokens that can open an expression: a number, or a word of a short
//! closed list (month and weekday names, `last`, `next`, `this`, `today`,
//! `every`, spelled-out counts, modifiers such as `more`, `about`, `mid-`).
//! The grammar is a nom parser over the bytes from that token on: absolute
//! dates reuse [`crate::date`] (`April 19, 2017`, `2017-03-16`, clock
//! times), and this module adds months and years alone, decades and
//! seasons, weekdays with a part of the day, relative dates (`last month`,
//! `three days ago`), references (`recently`), durations (`18 months`,
//! `10-day`, `more than a decade`) and sets (`every Monday`, `annually`).
//!
//! Values are resolved against a reference date (the article's
//! publication date, else [`Options::reference_date`](crate::Options)):
//! a weekday, a month alone or a day without a year is placed by the tense
//! of the nearest verb in its sentence (`said … on Tuesday` looks back,
//! `will … on Friday` looks ahead). Without a reference date values stay
//! underspecified (`XXXX-WXX-2`, `XXXX-07`). Spans are TimeML's: without the
//! preposition (`on`, `in`), with `last`, `the past` and modifiers such as
//! `more than`, which are also recorded as a [`TimeMod`].

use alloc::vec::Vec;
use core::fmt;

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;
use nom::{IResult, Parser};

use crate::article::{Block, BlockKind};
use crate::date::{self, Date};
use crate::lexicon::{contains, letter_bit, Prefilter, WordSet};
use crate::span::{to_u32, Span};
use crate::token::{Token, TokenKind};

/// The TIMEX3 type of a time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TimeKind {
    /// A calendar date or period: `April 19, 2017`, `last month`, `2025`.
    Date,
    /// A time of day: `2:45 PM EST`, `noon`, `Wednesday night`.
    Time,
    /// A length of time: `18 months`, `10-day`.
    Duration,
    /// A recurring time: `every Monday`, `annually`.
    Set,
}

impl TimeKind {
    /// The name used in the JSON record.
    pub const fn as_str(self) -> &'static str {
        match self {
            TimeKind::Date => "date",
            TimeKind::Time => "time",
            TimeKind::Duration => "duration",
            TimeKind::Set => "set",
        }
    }
}

/// A TIMEX3 `mod`: how the expression qualifies its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[non_exhaustive]
pub enum TimeMod {
    /// `more than a decade`, `over two years`.
    MoreThan,
    /// `less than an hour`, `under a week`, `nearly two years`.
    LessThan,
    /// `at least three days`.
    EqualOrMore,
    /// `up to five years`, `at most`.
    EqualOrLess,
    /// `about three weeks`, `some 40 years`.
    Approx,
    /// `early 2019`, `the start of March`.
    Start,
    /// `mid-December`.
    Mid,
    /// `late last year`, `the end of March`.
    End,
}

impl TimeMod {
    /// The TIMEX3 name (`MORE_THAN`, `MID`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            TimeMod::MoreThan => "MORE_THAN",
            TimeMod::LessThan => "LESS_THAN",
            TimeMod::EqualOrMore => "EQUAL_OR_MORE",
            TimeMod::EqualOrLess => "EQUAL_OR_LESS",
            TimeMod::Approx => "APPROX",
            TimeMod::Start => "START",
            TimeMod::Mid => "MID",
            TimeMod::End => "END",
        }
    }
}

/// A TIMEX3 value (`2017-04-18`, `2017-W16`, `P18M`, `XXXX-WXX-2`,
/// `PAST_REF`), held inline: values never allocate.
///
/// # Example
/// ```
/// let text = b"Talks ended on Tuesday after 18 months.";
/// let options = newsprint::Options::new().plain(true).reference_date(newsprint::Date::ymd(2017, 4, 19));
/// let article = newsprint::parse_with(text, &options);
/// let values: Vec<&str> = article.times().iter().map(|t| t.value.as_str()).collect();
/// assert_eq!(values, ["2017-04-18", "P18M"]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimexValue {
    buf: [u8; TimexValue::CAPACITY],
    len: u8,
}

impl TimexValue {
    const CAPACITY: usize = 24;

    const fn new() -> TimexValue {
        TimexValue {
            buf: [0; TimexValue::CAPACITY],
            len: 0,
        }
    }

    /// The value as text.
    pub fn as_str(&self) -> &str {
        // Only ASCII is ever written.
        core::str::from_utf8(self.buf.get(..self.len as usize).unwrap_or(&[])).unwrap_or("")
    }

    fn push(&mut self, s: &str) {
        for &b in s.as_bytes() {
            if let Some(slot) = self.buf.get_mut(self.len as usize) {
                *slot = b;
                self.len += 1;
            }
        }
    }

    /// Append `n` with at least `width` digits.
    fn num(&mut self, n: u64, width: usize) {
        let mut digits = [0u8; 20];
        let mut k = 0;
        let mut n = n;
        loop {
            digits[k] = b'0' + (n % 10) as u8;
            k += 1;
            n /= 10;
            if n == 0 || k == digits.len() {
                break;
            }
        }
        for _ in k..width {
            self.push("0");
        }
        for &d in digits[..k].iter().rev() {
            if let Some(slot) = self.buf.get_mut(self.len as usize) {
                *slot = d;
                self.len += 1;
            }
        }
    }

    fn from_str(s: &str) -> TimexValue {
        let mut v = TimexValue::new();
        v.push(s);
        v
    }
}

impl fmt::Display for TimexValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for TimexValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for TimexValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TimeExpr {
    /// Date, time, duration or set.
    pub kind: TimeKind,
    /// The expression as TimeML marks it (`Tuesday` in `on Tuesday`).
    pub span: Span,
    /// The TIMEX3 value.
    pub value: TimexValue,
    /// The modifier, when the expression has one (`more than`).
    pub modifier: Option<TimeMod>,
}

// ---------------------------------------------------------------------------
// The grammar's results, before resolution.

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// A part of the day (`TMO`, `TAF`, `TEV`, `TNI`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl Part {
    const fn code(self) -> &'static str {
        match self {
            Part::Morning => "TMO",
            Part::Afternoon => "TAF",
            Part::Evening => "TEV",
            Part::Night => "TNI",
        }
    }
}

/// Which occurrence a weekday, month or season means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shift {
    /// By the tense of the sentence.
    Tense,
    /// `last`: strictly before the reference.
    Last,
    /// `next`: strictly after.
    Next,
    /// `this`: the one of the current period.
    This,
}

/// A count: a number, or unspecified (`several`, `years`).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Count {
    N(f64),
    Some,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Raw {
    /// A day; the year may be left to the tense, or to the weekday written
    /// with it (`Saturday 25 January`).
    Day {
        year: Option<u16>,
        month: u8,
        day: u8,
        weekday: Option<u8>,
        /// Years from the reference's when a year is named by `last year`
        /// (−1), `next year` (1) or `this year` (0): `December 22 last year`.
        year_shift: Option<i8>,
    },
    /// A month; the year may be left to the tense, or named as a day's is
    /// (`January last year`).
    Month {
        year: Option<u16>,
        month: u8,
        shift: Shift,
        year_shift: Option<i8>,
    },
    Year(u16),
    /// `199` for the 1990s.
    Decade(u16),
    /// `20` for the 21st century.
    Century(u16),
    Season {
        year: Option<u16>,
        season: u8,
        shift: Shift,
    },
    Quarter {
        year: Option<u16>,
        quarter: u8,
        /// Years from the reference's when the year is `next year` (1),
        /// `last year` (-1) or `this year` (0).
        year_shift: i8,
    },
    Weekday {
        weekday: u8,
        part: Option<Part>,
        shift: Shift,
    },
    /// `today` (0), `yesterday` (−1), `tomorrow` (1), with a part of day.
    Relative {
        days: i8,
        part: Option<Part>,
    },
    /// `the weekend`: by the tense.
    Weekend,
    /// `last week` (−1), `this year` (0), `next month` (1).
    Period {
        shift: i8,
        unit: Unit,
    },
    /// `three days ago`.
    Ago {
        count: Count,
        unit: Unit,
    },
    Reference(&'static str),
    Duration {
        count: Count,
        unit: Unit,
    },
    Clock {
        hour: u8,
        minute: u8,
    },
    /// A clock time with its day after it (`4 p.m. Tuesday`, `9:30 a.m.
    /// yesterday`).
    ClockOn {
        hour: u8,
        minute: u8,
        day: DayRef,
    },
    /// An elapsed time written like a clock (`2:21:47` in a race result).
    Elapsed {
        hours: u8,
        minutes: u8,
        seconds: u8,
    },
    /// `every Monday`, `Fridays`, `Sunday mornings`.
    EveryWeekday {
        weekday: u8,
        part: Option<Part>,
    },
    /// A named holiday (`Christmas Eve`, `Thanksgiving`); the year may be
    /// left to the tense.
    Holiday {
        holiday: Holiday,
        year: Option<u16>,
        shift: Shift,
    },
    /// `every summer` (`XXXX-SU`), `every morning` (`XXXX-XX-XXTMO`).
    EveryOf(&'static str),
    /// `every two weeks`, `annually`.
    Every {
        count: Count,
        unit: Unit,
    },
}

/// The day after a clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DayRef {
    /// A weekday, by the tense.
    Weekday(u8),
    /// `today` (0), `yesterday` (−1), `tomorrow` (1).
    Days(i8),
}

/// Where a holiday falls in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Holiday {
    /// The same day every year (`Christmas Day`).
    Fixed { month: u8, day: u8 },
    /// Days after Easter Sunday (`Good Friday`: −2).
    Easter(i8),
    /// The `n`th `weekday` (1–7) of `month`, or the last for `n` = −1
    /// (`Thanksgiving`: the fourth Thursday of November).
    Nth { month: u8, weekday: u8, n: i8 },
}

impl Holiday {
    /// The holiday's date in year `y`.
    fn on(self, y: u16) -> Option<Date> {
        match self {
            Holiday::Fixed { month, day } => Date::ymd(y, month, day),
            Holiday::Easter(offset) => easter(y)?.add_days(i64::from(offset)),
            Holiday::Nth { month, weekday, n } => {
                if n > 0 {
                    let first = Date::ymd(y, month, 1)?;
                    let ahead = (i64::from(weekday) - i64::from(first.weekday()?)).rem_euclid(7);
                    first.add_days(ahead + 7 * i64::from(n - 1))
                } else {
                    let last = Date::ymd(y, month, date::days_in_month(Some(y), month))?;
                    let back = (i64::from(last.weekday()?) - i64::from(weekday)).rem_euclid(7);
                    last.add_days(-back)
                }
            }
        }
    }
}

/// Easter Sunday of year `y` in the Gregorian calendar (the anonymous
/// Gregorian computus).
fn easter(y: u16) -> Option<Date> {
    let y = i32::from(y);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    Date::ymd(
        u16::try_from(y).ok()?,
        u8::try_from(n / 31).ok()?,
        u8::try_from(n % 31 + 1).ok()?,
    )
}

/// The tense a sentence gives a weekday or a month alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    None,
}

type R<'a, T> = IResult<&'a [u8], T>;

fn fail<T>(i: &[u8]) -> R<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

// ---------------------------------------------------------------------------
// Word lists. Every list searched with `contains` is sorted.

/// What kind of expression a word can open: the grammar tries only the
/// parsers of its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Opener {
    /// A digit.
    Digit,
    /// A month or weekday name, or an apostrophe before digits (`’90s`).
    Name,
    /// `a`, `two`, `several`: a count before a unit.
    Count,
    /// `more`, `about`, `at`: a modifier before a count.
    Modifier,
    /// `every`, `annually`, `twice`.
    Set,
    /// `last`, `next`, `this`, `past`.
    Relative,
    /// `today`, `now`, `recently`, `earlier`.
    Deictic,
    /// `early`, `late`, `mid-`.
    Point,
    /// `the`.
    The,
    /// `spring` … `winter`.
    Season,
    /// `years` after `for`.
    Plural,
    /// `recent years`.
    Recent,
    /// `noon`, `midnight`.
    Clock,
    /// A unit word before a hyphen (`year-long`).
    Unit,
}

/// Words that can open a time expression (besides numbers, month names and
/// weekday names), with what they open; sorted.
const TRIGGERS: &[(&str, Opener)] = &[
    ("a", Opener::Count),
    ("about", Opener::Modifier),
    ("almost", Opener::Modifier),
    ("an", Opener::Count),
    ("annually", Opener::Set),
    ("approximately", Opener::Modifier),
    ("around", Opener::Modifier),
    ("at", Opener::Modifier),
    ("autumn", Opener::Season),
    ("biannually", Opener::Set),
    ("centuries", Opener::Plural),
    ("coming", Opener::Relative),
    ("currently", Opener::Deictic),
    ("daily", Opener::Set),
    ("days", Opener::Plural),
    ("decades", Opener::Plural),
    ("each", Opener::Set),
    ("earlier", Opener::Deictic),
    ("early", Opener::Point),
    ("eight", Opener::Count),
    ("eighteen", Opener::Count),
    ("eighty", Opener::Count),
    ("eleven", Opener::Count),
    ("every", Opener::Set),
    ("fall", Opener::Season),
    ("few", Opener::Count),
    ("fewer", Opener::Modifier),
    ("fifteen", Opener::Count),
    ("fifty", Opener::Count),
    ("five", Opener::Count),
    ("forty", Opener::Count),
    ("four", Opener::Count),
    ("fourteen", Opener::Count),
    ("half", Opener::Count),
    ("hourly", Opener::Set),
    ("hours", Opener::Plural),
    ("just", Opener::Modifier),
    ("last", Opener::Relative),
    ("late", Opener::Point),
    ("lately", Opener::Deictic),
    ("later", Opener::Deictic),
    ("less", Opener::Modifier),
    ("many", Opener::Count),
    ("mid", Opener::Point),
    ("midday", Opener::Clock),
    ("midnight", Opener::Clock),
    ("minutes", Opener::Plural),
    ("monthly", Opener::Set),
    ("months", Opener::Plural),
    ("more", Opener::Modifier),
    ("nearly", Opener::Modifier),
    ("next", Opener::Relative),
    ("nightly", Opener::Set),
    ("nine", Opener::Count),
    ("nineteen", Opener::Count),
    ("ninety", Opener::Count),
    ("noon", Opener::Clock),
    ("now", Opener::Deictic),
    ("once", Opener::Set),
    ("one", Opener::Count),
    ("over", Opener::Modifier),
    ("past", Opener::Relative),
    ("previous", Opener::Relative),
    ("recent", Opener::Recent),
    ("recently", Opener::Deictic),
    ("roughly", Opener::Modifier),
    ("seven", Opener::Count),
    ("seventeen", Opener::Count),
    ("seventy", Opener::Count),
    ("several", Opener::Count),
    ("six", Opener::Count),
    ("sixteen", Opener::Count),
    ("sixty", Opener::Count),
    ("some", Opener::Modifier),
    ("spring", Opener::Season),
    ("summer", Opener::Season),
    ("ten", Opener::Count),
    ("the", Opener::The),
    ("these", Opener::Deictic),
    ("thirteen", Opener::Count),
    ("thirty", Opener::Count),
    ("this", Opener::Relative),
    ("three", Opener::Count),
    ("today", Opener::Deictic),
    ("tomorrow", Opener::Deictic),
    ("tonight", Opener::Deictic),
    ("twelve", Opener::Count),
    ("twenty", Opener::Count),
    ("twice", Opener::Set),
    ("two", Opener::Count),
    ("under", Opener::Modifier),
    ("up", Opener::Modifier),
    ("weekdays", Opener::Set),
    ("weekends", Opener::Set),
    ("weekly", Opener::Set),
    ("weeks", Opener::Plural),
    ("well", Opener::Modifier),
    ("winter", Opener::Season),
    ("yearly", Opener::Set),
    ("years", Opener::Plural),
    ("yesterday", Opener::Deictic),
];

/// Month names (with the abbreviations dates use), weekday names (also
/// plural, for habits) and the first words of holidays: the capitalised
/// words that open a date.
const NAMES: &WordSet = &WordSet::new(&[
    "anzac",
    "apr",
    "april",
    "ash",
    "aug",
    "august",
    "australia",
    "bastille",
    "boxing",
    "canada",
    "christmas",
    "dec",
    "december",
    "easter",
    "feb",
    "february",
    "friday",
    "fridays",
    "good",
    "groundhog",
    "halloween",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "labor",
    "mar",
    "march",
    "may",
    "memorial",
    "monday",
    "mondays",
    "new",
    "nov",
    "november",
    "oct",
    "october",
    "palm",
    "remembrance",
    "saturday",
    "saturdays",
    "sep",
    "sept",
    "september",
    "st",
    "sunday",
    "sundays",
    "thanksgiving",
    "thursday",
    "thursdays",
    "tuesday",
    "tuesdays",
    "valentine",
    "veterans",
    "wednesday",
    "wednesdays",
    "xmas",
]);

/// The unit words, for hyphenated adjectives (`two-year`, `year-long`).
const UNIT_WORDS: &WordSet = &WordSet::new(&[
    "centuries",
    "century",
    "day",
    "days",
    "decade",
    "decades",
    "fortnight",
    "fortnights",
    "hour",
    "hours",
    "minute",
    "minutes",
    "month",
    "months",
    "night",
    "nights",
    "quarter",
    "quarters",
    "second",
    "seconds",
    "week",
    "weekend",
    "weekends",
    "weeks",
    "year",
    "years",
]);

/// Words after `a`, `an` or `one` in a time expression (`a decade`).
const AFTER_A: &WordSet = &WordSet::new(&[
    "centuries",
    "century",
    "couple",
    "day",
    "daylong",
    "days",
    "decade",
    "decadelong",
    "decades",
    "dozen",
    "few",
    "fortnight",
    "fortnights",
    "hour",
    "hours",
    "minute",
    "minutes",
    "month",
    "monthlong",
    "months",
    "night",
    "nights",
    "quarter",
    "quarters",
    "second",
    "seconds",
    "week",
    "weekend",
    "weekends",
    "weeklong",
    "weeks",
    "year",
    "yearlong",
    "years",
]);

/// Words after `the` in a time expression (`the past`; `the 1990s` is
/// checked by its digit).
const AFTER_THE: &WordSet = &WordSet::new(&[
    "autumn",
    "beginning",
    "close",
    "coming",
    "days",
    "end",
    "fall",
    "final",
    "first",
    "fourth",
    "future",
    "last",
    "middle",
    "months",
    "near",
    "next",
    "nineteenth",
    "past",
    "previous",
    "second",
    "spring",
    "start",
    "summer",
    "third",
    "twentieth",
    "weekend",
    "weeks",
    "winter",
    "years",
]);

/// Words that open a count, after a modifier (`about two`, `over a`).
const COUNT_WORDS: &WordSet = &WordSet::new(&[
    "a",
    "an",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "few",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "half",
    "nine",
    "nineteen",
    "ninety",
    "one",
    "seven",
    "seventeen",
    "seventy",
    "several",
    "six",
    "sixteen",
    "sixty",
    "ten",
    "thirteen",
    "thirty",
    "three",
    "twelve",
    "twenty",
    "two",
]);

/// Words that open a modifier before a count (`more than`, `about`).
const MODIFIER_WORDS: &WordSet = &WordSet::new(&[
    "about",
    "almost",
    "approximately",
    "around",
    "at",
    "fewer",
    "just",
    "less",
    "more",
    "nearly",
    "over",
    "roughly",
    "some",
    "under",
    "up",
    "well",
]);

/// Words that open `the past 18 months` and its kin.
const DURATION_LEADS: &WordSet = &WordSet::new(&[
    "coming", "final", "first", "last", "next", "past", "previous", "the",
]);

/// Spelled-out numbers up to twenty, and the tens.
pub(crate) const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Units of time, singular and plural.
const UNITS: &[(&str, Unit)] = &[
    ("seconds", Unit::Second),
    ("second", Unit::Second),
    ("minutes", Unit::Minute),
    ("minute", Unit::Minute),
    ("hours", Unit::Hour),
    ("hour", Unit::Hour),
    ("days", Unit::Day),
    ("day", Unit::Day),
    ("nights", Unit::Day),
    ("night", Unit::Day),
    ("weeks", Unit::Week),
    ("week", Unit::Week),
    // Two weeks each: see `fortnights`.
    ("fortnights", Unit::Week),
    ("fortnight", Unit::Week),
    ("weekends", Unit::Weekend),
    ("weekend", Unit::Weekend),
    ("months", Unit::Month),
    ("month", Unit::Month),
    ("quarters", Unit::Quarter),
    ("quarter", Unit::Quarter),
    ("years", Unit::Year),
    ("year", Unit::Year),
    ("decades", Unit::Decade),
    ("decade", Unit::Decade),
    ("centuries", Unit::Century),
    ("century", Unit::Century),
];

/// Words after which a verb is in the future.
const FUTURE_CUES: &WordSet = &WordSet::new(&[
    "'ll",
    "aim",
    "aiming",
    "aims",
    "due",
    "expect",
    "expected",
    "expects",
    "forecast",
    "going",
    "hope",
    "hopes",
    "hoping",
    "intend",
    "intends",
    "may",
    "might",
    "next",
    "plan",
    "planned",
    "plans",
    "scheduled",
    "shall",
    "slated",
    "upcoming",
    "will",
    "would",
    "‘ll",
    "’ll",
]);

/// Verbs after `due to` that make it a schedule (`due to open on
/// Monday`), not a cause (`due to rain`).
const DUE_TO_VERBS: &WordSet = &WordSet::new(&[
    "appear", "arrive", "be", "begin", "close", "come", "end", "finish", "get", "go", "hold",
    "land", "launch", "leave", "meet", "open", "receive", "resume", "retire", "return", "sign",
    "start", "step", "take", "vote",
]);

/// Present-tense verbs of schedules and words before a time that look
/// ahead (`the final begins on Thursday`, `starting Monday`, `take effect
/// Friday`): weak cues of the future.
const SCHEDULE_CUES: &WordSet = &WordSet::new(&[
    "arrive",
    "arrives",
    "begin",
    "begins",
    "beyond",
    "closes",
    "could",
    "depart",
    "departs",
    "effect",
    "ends",
    "expires",
    "face",
    "faces",
    "falls",
    "goes",
    "hears",
    "host",
    "hosts",
    "kicks",
    "launch",
    "launches",
    "meet",
    "meets",
    "open",
    "opens",
    "play",
    "plays",
    "publishes",
    "releases",
    "resume",
    "resumes",
    "return",
    "returns",
    "runs",
    "sits",
    "start",
    "starting",
    "starts",
    "takes",
]);

/// Auxiliaries after which a past form is a participle, not a past tense
/// (`has called`, `will be held`), and determiners after which it is an
/// adjective (`a related proposal`).
const AUXILIARIES: &WordSet = &WordSet::new(&[
    "a", "am", "an", "are", "be", "been", "being", "get", "gets", "has", "have", "his", "is",
    "its", "the", "their",
]);

/// Irregular past forms (and `ago`), besides words ending in `-ed`.
const PAST_CUES: &WordSet = &WordSet::new(&[
    "ago",
    "arose",
    "ate",
    "became",
    "began",
    "blew",
    "bought",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "dealt",
    "did",
    "drew",
    "drove",
    "dug",
    "earlier",
    "fell",
    "felt",
    "fled",
    "flew",
    "forgave",
    "forgot",
    "fought",
    "found",
    "froze",
    "gave",
    "got",
    "grew",
    "had",
    "heard",
    "held",
    "hit",
    "kept",
    "knew",
    "laid",
    "last",
    "led",
    "left",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "ran",
    "rang",
    "rode",
    "rose",
    "said",
    "sang",
    "sank",
    "sat",
    "saw",
    "sent",
    "shook",
    "shot",
    "slid",
    "sold",
    "sought",
    "sped",
    "spent",
    "spoke",
    "stole",
    "stood",
    "struck",
    "swam",
    "swept",
    "swore",
    "taught",
    "thought",
    "threw",
    "told",
    "took",
    "tore",
    "understood",
    "was",
    "went",
    "wept",
    "were",
    "withdrew",
    "woke",
    "won",
    "wore",
    "wrote",
]);

/// More words after which an `-ed` form modifies a noun and is no verb
/// (`for affected families`, `many injured drivers`), beyond the
/// determiners of [`AUXILIARIES`]; unlike those they do not turn away
/// an irregular past form (`many were hurt`).
const MODIFIER_SLOTS: &WordSet = &WordSet::new(&[
    "all", "any", "each", "every", "for", "from", "her", "many", "my", "no", "of", "our", "some",
    "these", "those", "to", "with", "your",
]);

/// Past participles not ending in `-ed` that differ from the past tense
/// or commonly follow an auxiliary (`will be weighed and sold`).
const IRREGULAR_PARTICIPLES: &WordSet = &WordSet::new(&[
    "brought", "built", "chosen", "done", "drawn", "given", "grown", "held", "kept", "known",
    "made", "paid", "sent", "shown", "sold", "spent", "taken", "told", "written",
]);

/// Words ending in `-ed` that are not past forms.
const NOT_PAST_ED: &WordSet = &WordSet::new(&[
    "bed", "breed", "embed", "exceed", "feed", "hundred", "indeed", "need", "proceed", "red",
    "seed", "shed", "speed", "succeed", "united", "wed", "weed",
]);

/// Words before a month name alone, a season or a year that make it a date
/// (`in May`, `bookings for March`, not `May` the modal verb).
const MONTH_LEAD_INS: &WordSet = &WordSet::new(&[
    "after",
    "and",
    "around",
    "before",
    "between",
    "by",
    "during",
    "early",
    "for",
    "from",
    "in",
    "into",
    "last",
    "late",
    "mid",
    "next",
    "of",
    "or",
    "since",
    "the",
    "this",
    "through",
    "throughout",
    "till",
    "to",
    "until",
]);

/// Whether what follows a month's name shows it is a person's: a
/// capitalised word (`June Brown`) or `, who`.
fn names_someone(after: &[u8]) -> bool {
    let rest = after.trim_ascii_start();
    let capitalised =
        after.first() == Some(&b' ') && rest.first().is_some_and(u8::is_ascii_uppercase);
    capitalised || after.starts_with(b", who")
}

/// Plural nouns that follow a number that is not a year (`2000 people`).
const NOT_AFTER_YEAR: &WordSet = &WordSet::new(&[
    "%",
    "acres",
    "cars",
    "children",
    "dollars",
    "euros",
    "families",
    "feet",
    "homes",
    "jobs",
    "km",
    "meters",
    "metres",
    "miles",
    "people",
    "percent",
    "points",
    "pounds",
    "residents",
    "seats",
    "soldiers",
    "students",
    "tonnes",
    "tons",
    "troops",
    "units",
    "users",
    "votes",
    "workers",
    "yen",
]);

// ---------------------------------------------------------------------------
// Word-level nom parsers over bytes.

fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// One or more blanks (spaces, tabs, no-break spaces), with at most one
/// line break among them, between the words of this module's grammar:
/// hard-wrapped text breaks lines anywhere (`next` / `month`). (The date
/// grammar of [`crate::date`] keeps to one line.)
pub(crate) fn sp(i: &[u8]) -> R<'_, ()> {
    let mut n = 0;
    let mut line_break = false;
    loop {
        match i.get(n..) {
            Some([b, ..]) if is_space(*b) => n += 1,
            Some([0xC2, 0xA0, ..]) => n += 2,
            Some([b'\r', b'\n', ..]) if !line_break => (n, line_break) = (n + 2, true),
            Some([b'\n', ..]) if !line_break => (n, line_break) = (n + 1, true),
            _ => break,
        }
    }
    if n == 0 {
        return fail(i);
    }
    Ok((i.get(n..).unwrap_or(&[]), ()))
}

/// Whether `rest` starts outside a word.
pub(crate) fn boundary(rest: &[u8]) -> bool {
    !rest.first().is_some_and(u8::is_ascii_alphanumeric)
}

/// An ASCII word (letters only) ending at a word boundary.
pub(crate) fn word(i: &[u8]) -> R<'_, &[u8]> {
    let (rest, w) = take_while1(|b: u8| b.is_ascii_alphabetic())(i)?;
    if !boundary(rest) {
        return fail(i);
    }
    Ok((rest, w))
}

/// The word `w` (lower case), in any case.
pub(crate) fn kw(w: &'static str) -> impl Fn(&[u8]) -> R<'_, ()> {
    move |i| {
        let (rest, got) = word(i)?;
        if got.eq_ignore_ascii_case(w.as_bytes()) {
            Ok((rest, ()))
        } else {
            fail(i)
        }
    }
}

/// A word looked up in a table of `(name, value)`.
pub(crate) fn table<T: Copy>(names: &'static [(&'static str, T)]) -> impl Fn(&[u8]) -> R<'_, T> {
    move |i| {
        let (rest, got) = word(i)?;
        match names
            .iter()
            .find(|(n, _)| got.eq_ignore_ascii_case(n.as_bytes()))
        {
            Some(&(_, v)) => Ok((rest, v)),
            None => fail(i),
        }
    }
}

/// Digits with thousands commas and one decimal point: `18`, `1,000`, `1.5`.
pub(crate) fn digits(i: &[u8]) -> R<'_, f64> {
    let (_, d) = take_while1(|b: u8| b.is_ascii_digit() || b == b',' || b == b'.')(i)?;
    // Only the inner marks belong to the number.
    let d = match d.iter().rposition(u8::is_ascii_digit) {
        Some(last) => d.get(..=last).unwrap_or(d),
        None => return fail(i),
    };
    let rest = i.get(d.len()..).unwrap_or(&[]);
    if !d.first().is_some_and(u8::is_ascii_digit) || d.len() > 24 {
        return fail(i);
    }
    let mut buf = [0u8; 24];
    let mut n = 0;
    for &b in d {
        if b != b',' {
            buf[n] = b;
            n += 1;
        }
    }
    let s = core::str::from_utf8(&buf[..n]).unwrap_or("");
    match s.parse::<f64>() {
        Ok(v) if rest.first().is_none_or(|b| !b.is_ascii_alphanumeric()) => Ok((rest, v)),
        _ => fail(i),
    }
}

/// `five`, `twenty-five`, `twenty five` → the number.
pub(crate) fn spelled(i: &[u8]) -> R<'_, u32> {
    let (rest, n) = table(SMALL_NUMBERS)(i)?;
    if n >= 20 {
        let unit = |i| {
            let (r, u) = table(SMALL_NUMBERS)(i)?;
            if (1..=9).contains(&u) {
                Ok((r, u))
            } else {
                fail(i)
            }
        };
        if let Ok((r, (_, u))) = (char('-'), unit).parse(rest) {
            return Ok((r, n + u));
        }
    }
    Ok((rest, n))
}

/// A count before a unit: digits, spelled numbers, `a`/`an`, `a dozen`,
/// `a couple of`, `several`, `a few`, `half a`.
fn count(i: &[u8]) -> R<'_, Count> {
    if let Ok((r, n)) = digits(i) {
        return Ok((r, Count::N(n)));
    }
    if let Ok((r, n)) = spelled(i) {
        return Ok((r, Count::N(f64::from(n))));
    }
    if let Ok((r, _)) = (kw("a"), sp, kw("dozen")).parse(i) {
        return Ok((r, Count::N(12.0)));
    }
    if let Ok((r, _)) = (kw("a"), sp, kw("couple"), sp, kw("of")).parse(i) {
        return Ok((r, Count::N(2.0)));
    }
    if let Ok((r, _)) = (kw("half"), sp, alt((kw("a"), kw("an")))).parse(i) {
        return Ok((r, Count::N(0.5)));
    }
    if let Ok((r, _)) = (kw("a"), sp, kw("few")).parse(i) {
        return Ok((r, Count::Some));
    }
    if let Ok((r, _)) = alt((kw("several"), kw("few"), kw("many"))).parse(i) {
        return Ok((r, Count::Some));
    }
    if let Ok((r, _)) = alt((kw("a"), kw("an"), kw("one"))).parse(i) {
        return Ok((r, Count::N(1.0)));
    }
    fail(i)
}

/// A unit word, with whether it is plural.
fn unit(i: &[u8]) -> R<'_, (Unit, bool)> {
    let (rest, w) = word(i)?;
    match UNITS
        .iter()
        .find(|(n, _)| w.eq_ignore_ascii_case(n.as_bytes()))
    {
        Some(&(name, u)) => Ok((rest, (u, name.ends_with('s')))),
        None => fail(i),
    }
}

fn part_of_day(i: &[u8]) -> R<'_, Part> {
    table(&[
        ("morning", Part::Morning),
        ("afternoon", Part::Afternoon),
        ("evening", Part::Evening),
        ("night", Part::Night),
        ("overnight", Part::Night),
    ])(i)
}

/// A full weekday name (`Tuesday`), capitalised.
fn weekday(i: &[u8]) -> R<'_, u8> {
    let (rest, w) = word(i)?;
    if w.len() < 6 || !w.first().is_some_and(u8::is_ascii_uppercase) {
        return fail(i);
    }
    let (_, d) = date::weekday_name(w)?;
    Ok((rest, d))
}

/// A plural weekday name (`Fridays`), capitalised: a habit.
fn weekday_plural(i: &[u8]) -> R<'_, u8> {
    let (rest, w) = word(i)?;
    match w.split_last() {
        Some((b's', stem)) if stem.len() >= 6 && w[0].is_ascii_uppercase() => {
            match date::weekday_name(stem) {
                Ok((b"", d)) => Ok((rest, d)),
                _ => fail(i),
            }
        }
        _ => fail(i),
    }
}

/// `mornings` … `nights`: a part of the day as a habit (`Sunday mornings`).
fn part_of_day_plural(i: &[u8]) -> R<'_, Part> {
    table(&[
        ("mornings", Part::Morning),
        ("afternoons", Part::Afternoon),
        ("evenings", Part::Evening),
        ("nights", Part::Night),
    ])(i)
}

/// A named holiday with a date every year: fixed (`Christmas Eve`),
/// from Easter (`Good Friday`) or a weekday of a month (`Thanksgiving`,
/// `Labor Day`; the United States' dates). Not a holiday before a noun it
/// names a kind of (`Christmas tree`, `Easter eggs`).
fn holiday(i: &[u8]) -> R<'_, Holiday> {
    // Most names here are months and weekdays: their first word alone
    // rules every phrase out.
    let (_, first) = word(i)?;
    if !contains(HOLIDAY_HEADS, first) {
        return fail(i);
    }
    for &(phrase, h) in HOLIDAYS {
        let p = phrase.as_bytes();
        let head_matches = p
            .get(..first.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(first))
            && matches!(p.get(first.len()), None | Some(b' ' | b'\''));
        if !head_matches {
            continue;
        }
        if let Some(rest) = holiday_phrase(i, phrase) {
            let next = sp(rest).map_or(&[][..], |(r, _)| r);
            let n = next
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(next.len());
            // `Christmas tree`; `Easter Island`, `Good Friday Agreement`:
            // a capitalised word after the name makes it another name.
            // (Not the pronoun: `On Boxing Day I sat …`.)
            let capitalised =
                n > 0 && next.first().is_some_and(u8::is_ascii_uppercase) && &next[..n] != b"I";
            if capitalised || contains(NOT_AFTER_HOLIDAY, &next[..n]) {
                return fail(i);
            }
            return Ok((rest, h));
        }
    }
    fail(i)
}

/// The rest of `i` after `phrase`: capitalised words one blank apart, and
/// `'s` or `'` glued to the word before (straight or curly).
fn holiday_phrase<'a>(i: &'a [u8], phrase: &str) -> Option<&'a [u8]> {
    let mut rest = i;
    for (k, part) in phrase.split(' ').enumerate() {
        if k > 0 {
            rest = sp(rest).ok()?.0;
        }
        let (head, mark) = match part.find('\'') {
            Some(at) => part.split_at(at),
            None => (part, ""),
        };
        let (r, w) = word(rest).ok()?;
        if !w.eq_ignore_ascii_case(head.as_bytes()) || !w.first()?.is_ascii_uppercase() {
            return None;
        }
        rest = r;
        // `St. Patrick's Day`
        if w == b"St" {
            rest = rest.strip_prefix(b".").unwrap_or(rest);
        }
        if !mark.is_empty() {
            // Straight, curly, or Windows-1252's 0x92 (a page saved in
            // that code).
            let quote = [&b"'"[..], "\u{2019}".as_bytes(), b"\x92"]
                .into_iter()
                .find_map(|q| rest.strip_prefix(q))?;
            rest = match &mark[1..] {
                "" => quote,
                s => quote.strip_prefix(s.as_bytes())?,
            };
        }
    }
    Some(rest)
}

/// Holidays by name, the longer of two names with the same start first.
const HOLIDAYS: &[(&str, Holiday)] = &[
    ("Christmas Eve", Holiday::Fixed { month: 12, day: 24 }),
    ("Christmas Day", Holiday::Fixed { month: 12, day: 25 }),
    ("Christmas", Holiday::Fixed { month: 12, day: 25 }),
    ("Xmas", Holiday::Fixed { month: 12, day: 25 }),
    ("New Year's Eve", Holiday::Fixed { month: 12, day: 31 }),
    ("New Year's Day", Holiday::Fixed { month: 1, day: 1 }),
    ("Boxing Day", Holiday::Fixed { month: 12, day: 26 }),
    ("Valentine's Day", Holiday::Fixed { month: 2, day: 14 }),
    ("Halloween", Holiday::Fixed { month: 10, day: 31 }),
    ("Groundhog Day", Holiday::Fixed { month: 2, day: 2 }),
    ("May Day", Holiday::Fixed { month: 5, day: 1 }),
    ("Bastille Day", Holiday::Fixed { month: 7, day: 14 }),
    ("Canada Day", Holiday::Fixed { month: 7, day: 1 }),
    ("Australia Day", Holiday::Fixed { month: 1, day: 26 }),
    ("Anzac Day", Holiday::Fixed { month: 4, day: 25 }),
    ("Veterans Day", Holiday::Fixed { month: 11, day: 11 }),
    ("Veterans' Day", Holiday::Fixed { month: 11, day: 11 }),
    ("Remembrance Day", Holiday::Fixed { month: 11, day: 11 }),
    ("St Patrick's Day", Holiday::Fixed { month: 3, day: 17 }),
    ("St David's Day", Holiday::Fixed { month: 3, day: 1 }),
    ("St George's Day", Holiday::Fixed { month: 4, day: 23 }),
    ("St Andrew's Day", Holiday::Fixed { month: 11, day: 30 }),
    ("Easter Sunday", Holiday::Easter(0)),
    ("Easter Monday", Holiday::Easter(1)),
    ("Easter", Holiday::Easter(0)),
    ("Good Friday", Holiday::Easter(-2)),
    ("Palm Sunday", Holiday::Easter(-7)),
    ("Ash Wednesday", Holiday::Easter(-46)),
    (
        "Thanksgiving Day",
        Holiday::Nth {
            month: 11,
            weekday: 4,
            n: 4,
        },
    ),
    (
        "Thanksgiving",
        Holiday::Nth {
            month: 11,
            weekday: 4,
            n: 4,
        },
    ),
    (
        "Labor Day",
        Holiday::Nth {
            month: 9,
            weekday: 1,
            n: 1,
        },
    ),
    (
        "Memorial Day",
        Holiday::Nth {
            month: 5,
            weekday: 1,
            n: -1,
        },
    ),
];

/// The first words of [`HOLIDAYS`].
const HOLIDAY_HEADS: &WordSet = &WordSet::new(&[
    "anzac",
    "ash",
    "australia",
    "bastille",
    "boxing",
    "canada",
    "christmas",
    "easter",
    "good",
    "groundhog",
    "halloween",
    "labor",
    "may",
    "memorial",
    "new",
    "palm",
    "remembrance",
    "st",
    "thanksgiving",
    "valentine",
    "veterans",
    "xmas",
]);

/// Nouns after a holiday's name that make it a kind of thing, not a day.
const NOT_AFTER_HOLIDAY: &WordSet = &WordSet::new(&[
    "agreement",
    "album",
    "bunny",
    "candy",
    "card",
    "cards",
    "carol",
    "carols",
    "costume",
    "costumes",
    "cracker",
    "crackers",
    "decorations",
    "dinner",
    "egg",
    "eggs",
    "film",
    "gift",
    "gifts",
    "island",
    "jumper",
    "lights",
    "lunch",
    "market",
    "markets",
    "menu",
    "movie",
    "ornaments",
    "party",
    "presents",
    "pudding",
    "rising",
    "song",
    "songs",
    "special",
    "stocking",
    "stockings",
    "sweater",
    "sweaters",
    "tree",
    "trees",
]);

/// A full English month name (`December`), capitalised.
fn month_full(i: &[u8]) -> R<'_, u8> {
    let (rest, w) = word(i)?;
    if !w.first().is_some_and(u8::is_ascii_uppercase) {
        return fail(i);
    }
    match date::english_month(w) {
        Some(m) => Ok((rest, m)),
        None => fail(i),
    }
}

/// A four-digit year, 1000–2999.
fn year(i: &[u8]) -> R<'_, u16> {
    let (rest, d) = take_while_m_n(4, 4, |b: u8| b.is_ascii_digit())(i)?;
    let y = d.iter().fold(0u16, |n, b| n * 10 + u16::from(b - b'0'));
    if !(1000..=2999).contains(&y) || !boundary(rest) {
        return fail(i);
    }
    Ok((rest, y))
}

/// `spring` … `winter` → 1–4 (SP, SU, FA, WI).
fn season(i: &[u8]) -> R<'_, u8> {
    table(&[
        ("spring", 1u8),
        ("summer", 2),
        ("fall", 3),
        ("autumn", 3),
        ("winter", 4),
    ])(i)
}

/// `the 1990s`, `1990s`, `’90s`, `the '90s` → `199`.
fn decade(i: &[u8]) -> R<'_, u16> {
    let (r, _) = opt((kw("the"), sp)).parse(i)?;
    let apostrophe = alt((
        tag::<_, _, nom::error::Error<&[u8]>>("'"),
        tag("’"),
        tag("‘"),
    ));
    if let Ok((r, (_, d, _))) = (
        apostrophe,
        take_while_m_n(2, 2, |b: u8| b.is_ascii_digit()),
        tag("s"),
    )
        .parse(r)
    {
        let n = u16::from(d[0] - b'0') * 10 + u16::from(d[1] - b'0');
        if !boundary(r) || n % 10 != 0 {
            return fail(i);
        }
        // `’90s` → the 1990s; `’20s` → the 2020s.
        let century = if n >= 30 { 190 } else { 200 };
        return Ok((r, century + n / 10));
    }
    let (r, (y, _)) = (
        take_while_m_n(4, 4, |b: u8| b.is_ascii_digit()),
        alt((tag("s"), tag("'s"), tag("’s"))),
    )
        .parse(r)?;
    let y = y.iter().fold(0u16, |n, b| n * 10 + u16::from(b - b'0'));
    if !boundary(r) || y % 10 != 0 || !(1000..=2999).contains(&y) {
        return fail(i);
    }
    Ok((r, y / 10))
}

/// An ordinal word or number up to 31, for quarters and centuries.
fn ordinal(i: &[u8]) -> R<'_, u8> {
    if let Ok(ok) = table(&[
        ("first", 1u8),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("nineteenth", 19),
        ("twentieth", 20),
        ("last", 4),
        ("final", 4),
    ])(i)
    {
        return Ok(ok);
    }
    let (r, d) = take_while_m_n(1, 2, |b: u8| b.is_ascii_digit())(i)?;
    let n = d.iter().fold(0u8, |n, b| n * 10 + (b - b'0'));
    let (r, _) = alt((
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
    ))
    .parse(r)?;
    if !boundary(r) {
        return fail(i);
    }
    Ok((r, n))
}

/// A modifier before a duration or a count.
fn count_modifier(i: &[u8]) -> R<'_, TimeMod> {
    alt((
        (kw("more"), sp, kw("than")).map(|_| TimeMod::MoreThan),
        (kw("less"), sp, kw("than")).map(|_| TimeMod::LessThan),
        (kw("fewer"), sp, kw("than")).map(|_| TimeMod::LessThan),
        (kw("at"), sp, kw("least")).map(|_| TimeMod::EqualOrMore),
        (kw("at"), sp, kw("most")).map(|_| TimeMod::EqualOrLess),
        (kw("up"), sp, kw("to")).map(|_| TimeMod::EqualOrLess),
        (kw("just"), sp, kw("over")).map(|_| TimeMod::MoreThan),
        (kw("just"), sp, kw("under")).map(|_| TimeMod::LessThan),
        (kw("well"), sp, kw("over")).map(|_| TimeMod::MoreThan),
        kw("over").map(|_| TimeMod::MoreThan),
        kw("under").map(|_| TimeMod::LessThan),
        kw("nearly").map(|_| TimeMod::LessThan),
        kw("almost").map(|_| TimeMod::LessThan),
        kw("about").map(|_| TimeMod::Approx),
        kw("around").map(|_| TimeMod::Approx),
        kw("approximately").map(|_| TimeMod::Approx),
        kw("roughly").map(|_| TimeMod::Approx),
        kw("some").map(|_| TimeMod::Approx),
    ))
    .parse(i)
}

/// A modifier before a point in time: `early`, `late`, `mid-`.
fn point_modifier(i: &[u8]) -> R<'_, TimeMod> {
    alt((
        (kw("early"), sp).map(|_| TimeMod::Start),
        (kw("late"), sp).map(|_| TimeMod::End),
        (kw("mid"), alt((tag("-"), tag("–")))).map(|_| TimeMod::Mid),
        (kw("mid"), sp).map(|_| TimeMod::Mid),
        (
            opt((kw("the"), sp)),
            alt((kw("end"), kw("close"))),
            sp,
            kw("of"),
            sp,
        )
            .map(|_| TimeMod::End),
        (
            opt((kw("the"), sp)),
            alt((kw("start"), kw("beginning"))),
            sp,
            kw("of"),
            sp,
        )
            .map(|_| TimeMod::Start),
        (opt((kw("the"), sp)), kw("middle"), sp, kw("of"), sp).map(|_| TimeMod::Mid),
    ))
    .parse(i)
}

// ---------------------------------------------------------------------------
// The grammar.

/// `N unit` or `N-unit` (`18 months`, `10-day`, `two-year`), with `-long`;
/// `six and a half hours`; an age `N-year-old` is a duration, as TimeML
/// marks it.
fn count_unit(i: &[u8]) -> R<'_, (Count, Unit)> {
    let (r, c) = count(i)?;
    let (r, c) = match (c, (sp, kw("and"), sp, kw("a"), sp, kw("half")).parse(r)) {
        (Count::N(n), Ok((r2, _))) => (r2, Count::N(n + 0.5)),
        _ => (r, c),
    };
    let (r, _) = alt((sp, tag("-").map(|_| ()))).parse(r)?;
    let c = fortnights(r, c);
    let (r, (u, plural)) = unit(r)?;
    if let Ok((r2, _)) = (tag("-"), kw("old")).parse(r) {
        return Ok((r2, (c, u)));
    }
    let (r, long) = opt((tag("-"), kw("long"))).parse(r)?;
    // `a year-long probe`: the article is not part of the adjective.
    if long.is_some() && alt((kw("a"), kw("an"))).parse(i).is_ok() {
        return fail(i);
    }
    // `a years`, `one days` are not counts of units; `1.5 years` is.
    if c == Count::N(1.0) && plural && !i.first().is_some_and(u8::is_ascii_digit) {
        return fail(i);
    }
    // `a second term`, `a quarter of`: ordinals and fractions.
    if !plural && matches!(u, Unit::Second | Unit::Quarter) {
        return fail(i);
    }
    Ok((r, (c, u)))
}

/// `c` weeks for each of `c` fortnights when the unit word at `i` is
/// `fortnight(s)` (`a fortnight` is P2W), else `c`.
fn fortnights(i: &[u8], c: Count) -> Count {
    // (The first byte first: this runs at every count and unit.)
    let fortnight = i.first().is_some_and(|b| b | 0x20 == b'f')
        && word(i).is_ok_and(|(_, w)| w.len() >= 9 && w[..9].eq_ignore_ascii_case(b"fortnight"));
    match c {
        Count::N(n) if fortnight => Count::N(2.0 * n),
        c => c,
    }
}

/// A unit used alone as an adjective: `year-long`, `yearlong`.
fn unit_long(i: &[u8]) -> R<'_, Unit> {
    if let Ok((r, u)) = table(&[
        ("yearlong", Unit::Year),
        ("monthlong", Unit::Month),
        ("weeklong", Unit::Week),
        ("daylong", Unit::Day),
        ("decadelong", Unit::Decade),
    ])(i)
    {
        return Ok((r, u));
    }
    let (r, ((u, plural), _, _)) = (unit, tag("-"), kw("long")).parse(i)?;
    if plural {
        return fail(i);
    }
    Ok((r, u))
}

/// Durations and `… ago`, with an optional modifier and `the past`.
fn duration(i: &[u8]) -> R<'_, (Raw, Option<TimeMod>)> {
    // Each part is tried only when the first word can open it.
    let first = |i| word(i).map_or(&[][..], |(_, w)| w);
    let (r, m) = if contains(MODIFIER_WORDS, first(i)) {
        opt((count_modifier, sp).map(|(m, _)| m)).parse(i)?
    } else {
        (i, None)
    };
    let leads = contains(DURATION_LEADS, first(r));
    // `the past 18 months`, `the next five years`, `the past week`.
    let mut lead = (
        opt((kw("the"), sp)),
        alt((
            kw("past").map(|_| true),
            kw("last").map(|_| true),
            kw("next").map(|_| true),
            kw("coming").map(|_| true),
            kw("previous").map(|_| true),
            kw("first").map(|_| false),
            kw("final").map(|_| false),
        )),
        sp,
    );
    if let Ok((r2, (the, span_word, _))) = if leads { lead.parse(r) } else { fail(r) } {
        // `over the past 18 months`: `over` is a preposition there.
        if m.is_some() && the.is_some() {
            return fail(i);
        }
        if let Ok((r3, (c, u))) = count_unit(r2) {
            return Ok((r3, (Raw::Duration { count: c, unit: u }, m)));
        }
        // `the past week` (singular, one) or `the past few weeks` (plural);
        // `the next day` is a date, `the first quarter` a quarter.
        if the.is_some() && span_word {
            if let Ok((r3, (u, plural))) = unit(r2).and_then(|(r3, (u, plural))| {
                if u == Unit::Day && !plural {
                    fail(r2)
                } else {
                    Ok((r3, (u, plural)))
                }
            }) {
                let c = if plural { Count::Some } else { Count::N(1.0) };
                let c = fortnights(r2, c);
                return Ok((r3, (Raw::Duration { count: c, unit: u }, m)));
            }
        }
        return fail(i);
    }
    if let Ok((r2, u)) = unit_long(r) {
        return Ok((
            r2,
            (
                Raw::Duration {
                    count: fortnights(r, Count::N(1.0)),
                    unit: u,
                },
                m,
            ),
        ));
    }
    let (r, (c, u)) = count_unit(r)?;
    if let Ok((r2, _)) = (sp, kw("ago")).parse(r) {
        return Ok((r2, (Raw::Ago { count: c, unit: u }, m)));
    }
    Ok((r, (Raw::Duration { count: c, unit: u }, m)))
}

/// `last Thursday`, `next month`, `this week`, `last night`, `this spring`.
fn relative(i: &[u8]) -> R<'_, Raw> {
    let (r, (which, _)) = (
        alt((
            kw("last").map(|_| Shift::Last),
            kw("previous").map(|_| Shift::Last),
            kw("past").map(|_| Shift::Last),
            kw("next").map(|_| Shift::Next),
            kw("coming").map(|_| Shift::Next),
            kw("this").map(|_| Shift::This),
        )),
        sp,
    )
        .parse(i)?;
    let n = match which {
        Shift::Last => -1,
        Shift::Next => 1,
        _ => 0,
    };
    if let Ok((r2, d)) = weekday(r) {
        let (r2, part) = opt((sp, part_of_day).map(|(_, p)| p)).parse(r2)?;
        return Ok((
            r2,
            Raw::Weekday {
                weekday: d,
                part,
                shift: which,
            },
        ));
    }
    if let Ok((r2, h)) = holiday(r) {
        return Ok((
            r2,
            Raw::Holiday {
                holiday: h,
                year: None,
                shift: which,
            },
        ));
    }
    if let Ok((r2, m)) = month_full(r) {
        return Ok((
            r2,
            Raw::Month {
                year: None,
                month: m,
                shift: which,
                year_shift: None,
            },
        ));
    }
    if let Ok((r2, s)) = season(r) {
        return Ok((
            r2,
            Raw::Season {
                year: None,
                season: s,
                shift: which,
            },
        ));
    }
    if let Ok((r2, p)) = part_of_day(r) {
        // `last night` is yesterday's; `this morning` today's.
        let days = if which == Shift::Last { -1 } else { 0 };
        if which == Shift::Next {
            return fail(i);
        }
        return Ok((
            r2,
            Raw::Relative {
                days,
                part: Some(p),
            },
        ));
    }
    let (r2, (u, plural)) = unit(r)?;
    // (`last fortnight` spans two weeks: no one ISO week.)
    if plural
        || matches!(u, Unit::Second | Unit::Minute | Unit::Hour | Unit::Day)
        || fortnights(r, Count::N(1.0)) != Count::N(1.0)
    {
        return fail(i);
    }
    Ok((r2, Raw::Period { shift: n, unit: u }))
}

/// `today`, `yesterday afternoon`, `tonight`, `now`, `recently`.
fn deictic(i: &[u8]) -> R<'_, Raw> {
    let day = alt((
        kw("today").map(|_| 0i8),
        kw("yesterday").map(|_| -1),
        kw("tomorrow").map(|_| 1),
    ));
    if let Ok((r, (d, part))) = (day, opt((sp, part_of_day).map(|(_, p)| p))).parse(i) {
        return Ok((r, Raw::Relative { days: d, part }));
    }
    alt((
        kw("tonight").map(|_| Raw::Relative {
            days: 0,
            part: Some(Part::Night),
        }),
        kw("now").map(|_| Raw::Reference("PRESENT_REF")),
        kw("currently").map(|_| Raw::Reference("PRESENT_REF")),
        kw("recently").map(|_| Raw::Reference("PAST_REF")),
        kw("lately").map(|_| Raw::Reference("PAST_REF")),
        (kw("these"), sp, kw("days")).map(|_| Raw::Reference("PRESENT_REF")),
        (kw("the"), sp, opt((kw("near"), sp)), kw("future")).map(|_| Raw::Reference("FUTURE_REF")),
        // `over the weekend`: the last one, or the coming one.
        (kw("the"), sp, kw("weekend")).map(|_| Raw::Weekend),
        // `in the past` (a count or unit after it is a duration, above).
        (kw("the"), sp, kw("past")).map(|_| Raw::Reference("PAST_REF")),
        (
            kw("the"),
            sp,
            alt((kw("days"), kw("weeks"), kw("months"), kw("years"))),
            sp,
            kw("ahead"),
        )
            .map(|_| Raw::Reference("FUTURE_REF")),
        (
            kw("the"),
            sp,
            kw("coming"),
            sp,
            alt((kw("days"), kw("weeks"), kw("months"), kw("years"))),
        )
            .map(|_| Raw::Reference("FUTURE_REF")),
        (
            alt((kw("earlier"), kw("later"))),
            sp,
            kw("in"),
            sp,
            kw("the"),
            sp,
            kw("day"),
        )
            .map(|_| Raw::Relative {
                days: 0,
                part: None,
            }),
        (
            alt((kw("earlier"), kw("later"))),
            sp,
            kw("in"),
            sp,
            kw("the"),
            sp,
            alt((
                kw("week").map(|_| Unit::Week),
                kw("month").map(|_| Unit::Month),
                kw("year").map(|_| Unit::Year),
            )),
        )
            .map(|(_, _, _, _, _, _, u)| Raw::Period { shift: 0, unit: u }),
    ))
    .parse(i)
}

/// `every Monday`, `every two weeks`, `each year`, `annually`, `twice a
/// year`.
fn set(i: &[u8]) -> R<'_, Raw> {
    if let Ok(ok) = table(&[
        (
            "daily",
            Raw::Every {
                count: Count::N(1.0),
                unit: Unit::Day,
            },
        ),
        (
            "nightly",
            Raw::Every {
                count: Count::N(1.0),
                unit: Unit::Day,
            },
        ),
        (
            "weekly",
            Raw::Every {
                count: Count::N(1.0),
                unit: Unit::Week,
            },
        ),
        (
            "monthly",
            Raw::Every {
                count: Count::N(1.0),
                unit: Unit::Month,
            },
        ),
        (
            "annually",
            Raw::Every {
                count: Count::N(1.0),
                unit: Unit::Year,
            },
        ),
        (
            "yearly",
            Raw::Every {
                count: Count::N(1.0),
                unit: Unit::Year,
            },
        ),
        (
            "hourly",
            Raw::Every {
                count: Count::N(1.0),
                unit: Unit::Hour,
            },
        ),
        ("weekdays", Raw::EveryOf("XXXX-WXX-WD")),
        ("weekends", Raw::EveryOf("XXXX-WXX-WE")),
        (
            "biannually",
            Raw::Every {
                count: Count::N(6.0),
                unit: Unit::Month,
            },
        ),
    ])(i)
    {
        return Ok(ok);
    }
    if let Ok((r, _)) = (
        alt((
            kw("once").map(|_| ()),
            kw("twice").map(|_| ()),
            (count, sp, kw("times")).map(|_| ()),
        )),
        sp,
        alt((kw("a"), kw("an"), kw("per"), kw("each"), kw("every"))),
        sp,
    )
        .parse(i)
    {
        let (r, (u, plural)) = unit(r)?;
        if plural {
            return fail(i);
        }
        return Ok((
            r,
            Raw::Every {
                count: Count::N(1.0),
                unit: u,
            },
        ));
    }
    // `five days a week`: a frequency.
    if let Ok((r, (_, _, _, _, (u, plural)))) = (
        count_unit,
        sp,
        alt((kw("a"), kw("an"), kw("per"))),
        sp,
        unit,
    )
        .parse(i)
    {
        if !plural {
            return Ok((
                r,
                Raw::Every {
                    count: Count::N(1.0),
                    unit: u,
                },
            ));
        }
    }
    let (r, _) = (alt((kw("every"), kw("each"))), sp).parse(i)?;
    // `every Monday (morning)`; `every other Monday`: still a Monday of
    // some weeks.
    if let Ok((r2, (_, d, part))) = (
        opt((kw("other"), sp)),
        weekday,
        opt((sp, part_of_day).map(|(_, p)| p)),
    )
        .parse(r)
    {
        return Ok((r2, Raw::EveryWeekday { weekday: d, part }));
    }
    if let Ok((r2, s)) = season(r) {
        let v = ["XXXX-SP", "XXXX-SU", "XXXX-FA", "XXXX-WI"];
        if let Some(v) = v.get(usize::from(s.saturating_sub(1))) {
            return Ok((r2, Raw::EveryOf(v)));
        }
    }
    if let Ok((r2, p)) = part_of_day(r) {
        return Ok((
            r2,
            Raw::EveryOf(match p {
                Part::Morning => "XXXX-XX-XXTMO",
                Part::Afternoon => "XXXX-XX-XXTAF",
                Part::Evening => "XXXX-XX-XXTEV",
                Part::Night => "XXXX-XX-XXTNI",
            }),
        ));
    }
    if let Ok((r2, _)) = (kw("other"), sp).parse(r) {
        let (r3, (u, _)) = unit(r2)?;
        return Ok((
            r3,
            Raw::Every {
                count: fortnights(r2, Count::N(2.0)),
                unit: u,
            },
        ));
    }
    if let Ok((r2, (c, u))) = count_unit(r) {
        return Ok((r2, Raw::Every { count: c, unit: u }));
    }
    if let Ok((r2, _)) = kw("season")(r) {
        return Ok((
            r2,
            Raw::Every {
                count: Count::N(1.0),
                unit: Unit::Year,
            },
        ));
    }
    let (r2, (u, plural)) = unit(r)?;
    if plural {
        return fail(i);
    }
    Ok((
        r2,
        Raw::Every {
            count: fortnights(r, Count::N(1.0)),
            unit: u,
        },
    ))
}

/// `noon`, `midnight`, `2:45 PM EST`, `9 a.m.`.
fn clock(i: &[u8]) -> R<'_, Raw> {
    if let Ok((r, _)) = alt((kw("noon"), kw("midday"))).parse(i) {
        return Ok((
            r,
            Raw::Clock {
                hour: 12,
                minute: 0,
            },
        ));
    }
    if let Ok((r, _)) = kw("midnight")(i) {
        return Ok((
            r,
            Raw::Clock {
                hour: 24,
                minute: 0,
            },
        ));
    }
    // `2:21:47` with no meridiem: an elapsed time (race results).
    if let Some(raw) = elapsed(i) {
        let n = i
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b':')
            .count();
        return Ok((i.get(n..).unwrap_or(&[]), raw));
    }
    let (r, (h, m)) = date::parse_time(i)?;
    let read = i.get(..i.len() - r.len()).unwrap_or(&[]);
    let bare = read.iter().all(|b| b.is_ascii_digit() || *b == b':');
    // `No. 3:21-cr-00457` (a docket), `at 2:14 of the second` (a game
    // clock): a bare `H:MM` glued to more marks, or before `of`.
    if bare
        && (matches!(r.first(), Some(b'-' | b'/' | b':' | b'.'))
            && r.get(1).is_some_and(u8::is_ascii_alphanumeric)
            || (sp, kw("of")).parse(r).is_ok())
    {
        return fail(i);
    }
    // `4 p.m. Tuesday`, `9:30 a.m. yesterday`: the day is part of it.
    let day = alt((
        weekday.map(DayRef::Weekday),
        kw("today").map(|_| DayRef::Days(0)),
        kw("yesterday").map(|_| DayRef::Days(-1)),
        kw("tomorrow").map(|_| DayRef::Days(1)),
    ));
    if let Ok((r2, (_, day))) = (sp, day).parse(r) {
        // Not a possessive or a name: `Monday’s` is fine, `Sunday Times` is
        // not read here anyway (the weekday alone is the day).
        return Ok((
            r2,
            Raw::ClockOn {
                hour: h,
                minute: m,
                day,
            },
        ));
    }
    Ok((r, Raw::Clock { hour: h, minute: m }))
}

/// `2:21:47` (one or two digits, then two two-digit fields, no meridiem).
fn elapsed(i: &[u8]) -> Option<Raw> {
    let n = i.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&n) {
        return None;
    }
    let field = |k: usize| -> Option<u8> {
        match i.get(k..k + 3)? {
            [b':', a, b] if a.is_ascii_digit() && b.is_ascii_digit() => {
                Some((a - b'0') * 10 + (b - b'0'))
            }
            _ => None,
        }
    };
    let minutes = field(n)?;
    let seconds = field(n + 3)?;
    let rest = i.get(n + 6..).unwrap_or(&[]);
    // Not `10:15:22 a.m.`, nor longer runs of fields.
    if minutes > 59
        || seconds > 59
        || rest
            .first()
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b':')
        || (sp, alt((kw("a.m."), kw("p.m."), kw("am"), kw("pm"))))
            .parse(rest)
            .is_ok()
    {
        return None;
    }
    let hours = i.iter().take(n).fold(0u8, |h, b| h * 10 + (b - b'0'));
    Some(Raw::Elapsed {
        hours,
        minutes,
        seconds,
    })
}

/// `between August and November 2023`, `from May to July 2022`: the first
/// month or day of a range, written without a year, takes the second's
/// (the one before when its month comes later: `December to February
/// 2024`). `rest` is what follows the first.
fn year_from_range(rest: &[u8], raw: Raw) -> Raw {
    let first_month = match raw {
        Raw::Month {
            year: None,
            year_shift: None,
            month,
            ..
        }
        | Raw::Day {
            year: None,
            year_shift: None,
            month,
            ..
        } => month,
        _ => return raw,
    };
    let second = (
        sp,
        alt((kw("and"), kw("to"), kw("through"), kw("until"))),
        sp,
    )
        .parse(rest)
        .ok()
        .and_then(|(after, _)| calendar(after, true).ok());
    // The second's year, as a number or named from the reference's
    // (`from January to March last year`).
    let (year, year_shift, month) = match second {
        Some((
            _,
            Raw::Month {
                year,
                year_shift,
                month,
                ..
            }
            | Raw::Day {
                year,
                year_shift,
                month,
                ..
            },
        )) if year.is_some() || year_shift.is_some() => (year, year_shift, month),
        _ => return raw,
    };
    // A month later than the second's is the year before's.
    let back = u16::from(first_month > month);
    let year = match year {
        Some(y) => match y.checked_sub(back) {
            Some(y) => Some(y),
            None => return raw,
        },
        None => None,
    };
    let year_shift = year_shift.map(|s| s - back as i8);
    match raw {
        Raw::Month { month, shift, .. } => Raw::Month {
            year,
            month,
            shift,
            year_shift,
        },
        Raw::Day {
            month,
            day,
            weekday,
            ..
        } => Raw::Day {
            year,
            month,
            day,
            weekday,
            year_shift,
        },
        other => other,
    }
}

/// A year named from the reference's after a month or a day: ` last
/// year` (−1), ` next year` (1), ` this year` (0), perhaps after `of`.
fn named_year(i: &[u8]) -> R<'_, i8> {
    let (i, _) = (sp, opt((kw("of"), sp))).parse(i)?;
    let (rest, shift) = alt((
        (kw("last"), sp, kw("year")).map(|_| -1),
        (kw("next"), sp, kw("year")).map(|_| 1),
        (kw("this"), sp, kw("year")).map(|_| 0),
    ))
    .parse(i)?;
    // (Not `In March last year's champion withdrew`.)
    if rest.starts_with(b"'") || rest.starts_with("’".as_bytes()) {
        return fail(i);
    }
    Ok((rest, shift))
}

/// Calendar dates, months, years, seasons, quarters, decades, weekdays.
fn calendar(i: &[u8], lead_in: bool) -> R<'_, Raw> {
    // `the September quarter`: a quarter named for its last month, as
    // Australian and New Zealand reports do.
    // (`quarter` after the first word first: a month's name costs more.)
    let month_quarter = word(i)
        .and_then(|(r, _)| (sp, kw("quarter")).parse(r))
        .is_ok();
    if let Some((r, (m, _, _))) = month_quarter
        .then(|| (crate::date::month_name, sp, kw("quarter")).parse(i).ok())
        .flatten()
    {
        // (Not `the June quarter-final`.)
        if m % 3 == 0 && r.first() != Some(&b'-') {
            // `the March quarter of 2024`.
            let (r, year) = opt((sp, kw("of"), sp, year).map(|(_, _, _, y)| y)).parse(r)?;
            return Ok((
                r,
                Raw::Quarter {
                    year,
                    quarter: m / 3,
                    year_shift: 0,
                },
            ));
        }
    }
    // `the January-March period`, `the April-June quarter`: three months
    // that make a calendar quarter.
    if word(i).is_ok_and(|(r, _)| r.first() == Some(&b'-')) {
        let mut months = (crate::date::month_name, char('-'), crate::date::month_name);
        if let Ok((r, (first, _, last))) = months.parse(i) {
            let quarter = first % 3 == 1 && last == first + 2;
            let named = (sp, alt((kw("period"), kw("quarter")))).parse(r);
            if let (true, Ok((r, _))) = (quarter, named) {
                let (r, year) = opt((sp, kw("of"), sp, year).map(|(_, _, _, y)| y)).parse(r)?;
                return Ok((
                    r,
                    Raw::Quarter {
                        year,
                        quarter: last / 3,
                        year_shift: 0,
                    },
                ));
            }
            // (Another span of months, `the January-April period`, is
            // not read by halves.)
            return fail(i);
        }
    }
    // `Thursday, March 16, 2017`, `April 19, 2017`, `14 November 2025`,
    // `2017-03-16`, `3/16/2017`, `March 16`: a number first, or a name
    // followed by a number or another name.
    let full_date = match word(i) {
        Err(_) => i.first().is_some_and(u8::is_ascii_digit),
        Ok((r, _)) => {
            let r = r.strip_prefix(b".").unwrap_or(r);
            let r = r.strip_prefix(b",").unwrap_or(r);
            sp(r).is_ok_and(|(r, _)| {
                r.first()
                    .is_some_and(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
            })
        }
    };
    if let Ok((r, d)) = if full_date {
        date::parse_date(i)
    } else {
        fail(i)
    } {
        if let Some(day) = d.day {
            // A weekday alone before a date the grammar does not read is
            // still a weekday (below); a bare `14 Nov` is fine.
            let (r, year_shift) = match d.year {
                None => opt(named_year).parse(r)?,
                Some(_) => (r, None),
            };
            return Ok((
                r,
                Raw::Day {
                    year: d.year,
                    month: d.month,
                    day,
                    weekday: date::weekday_name(i).ok().map(|(_, w)| w),
                    year_shift,
                },
            ));
        }
    }
    // `Christmas`, `Good Friday`, `Easter 2027` (before `May` and the
    // weekdays, which start some of them).
    if let Ok((r, h)) = holiday(i) {
        let (r, year) = opt((sp, opt((kw("of"), sp)), year).map(|(_, _, y)| y)).parse(r)?;
        return Ok((
            r,
            Raw::Holiday {
                holiday: h,
                year,
                shift: Shift::Tense,
            },
        ));
    }
    // `Fridays`, `Wednesday afternoons`: habits.
    if let Ok((r, d)) = weekday_plural(i) {
        let (r, part) =
            opt((sp, alt((part_of_day_plural, part_of_day))).map(|(_, p)| p)).parse(r)?;
        return Ok((r, Raw::EveryWeekday { weekday: d, part }));
    }
    if let Ok((r, (d, _, p))) = (weekday, sp, part_of_day_plural).parse(i) {
        return Ok((
            r,
            Raw::EveryWeekday {
                weekday: d,
                part: Some(p),
            },
        ));
    }
    if let Ok((r, m)) = month_full(i) {
        // `July 2026`, `July of 2026`.
        if let Ok((r2, (_, _, y))) = (
            opt(char(',')),
            alt((sp.map(|_| ()), (sp, kw("of"), sp).map(|_| ()))),
            year,
        )
            .parse(r)
        {
            return Ok((
                r2,
                Raw::Month {
                    year: Some(y),
                    month: m,
                    shift: Shift::Tense,
                    year_shift: None,
                },
            ));
        }
        // `January last year`, `June of next year`.
        if let Ok((r2, shift)) = named_year(r) {
            return Ok((
                r2,
                Raw::Month {
                    year: None,
                    month: m,
                    shift: Shift::Tense,
                    year_shift: Some(shift),
                },
            ));
        }
        // `May` and `March` are verbs too, `June` and `April` names: a
        // month alone needs a lead-in (`in May`) unless its name is
        // unambiguous and no name follows (`June Carter`).
        let name_follows = (sp, take_while_m_n(1, 1, |b: u8| b.is_ascii_uppercase()))
            .parse(r)
            .is_ok();
        if lead_in || (!matches!(m, 3 | 5) && !name_follows) {
            return Ok((
                r,
                Raw::Month {
                    year: None,
                    month: m,
                    shift: Shift::Tense,
                    year_shift: None,
                },
            ));
        }
        return fail(i);
    }
    if let Ok((r, d)) = weekday(i) {
        let (r, part) = opt((sp, part_of_day).map(|(_, p)| p)).parse(r)?;
        return Ok((
            r,
            Raw::Weekday {
                weekday: d,
                part,
                shift: Shift::Tense,
            },
        ));
    }
    if let Ok((r, d)) = decade(i) {
        return Ok((r, Raw::Decade(d)));
    }
    // `spring 2027`; a season alone after a lead-in (`in the fall`).
    if let Ok((r, (the, s))) = (opt((kw("the"), sp)), season).parse(i) {
        // `spring 2027`, `the summer of 2020`.
        if let Ok((r2, (_, _, y))) = (sp, opt((kw("of"), sp)), year).parse(r) {
            return Ok((
                r2,
                Raw::Season {
                    year: Some(y),
                    season: s,
                    shift: Shift::Tense,
                },
            ));
        }
        if lead_in || the.is_some() {
            return Ok((
                r,
                Raw::Season {
                    year: None,
                    season: s,
                    shift: Shift::Tense,
                },
            ));
        }
        return fail(i);
    }
    // `the third quarter (of 2016)`, `Q3 2016`.
    if let Ok((r, (_, q, _, _))) = (opt((kw("the"), sp)), ordinal, sp, kw("quarter")).parse(i) {
        if (1..=4).contains(&q) {
            // `of 2016`, or `of next year`.
            let named_year = alt((
                year.map(|y| (Some(y), 0)),
                (kw("next"), sp, kw("year")).map(|_| (None, 1)),
                (kw("last"), sp, kw("year")).map(|_| (None, -1)),
                (kw("this"), sp, kw("year")).map(|_| (None, 0)),
            ));
            let (r, of) = opt((sp, kw("of"), sp, named_year).map(|(_, _, _, y)| y)).parse(r)?;
            let (year, year_shift) = of.unwrap_or((None, 0));
            return Ok((
                r,
                Raw::Quarter {
                    year,
                    quarter: q,
                    year_shift,
                },
            ));
        }
    }
    // `the 20th century` → `19`.
    if let Ok((r, (_, _, c, _, _))) = (kw("the"), sp, ordinal, sp, kw("century")).parse(i) {
        if (1..=30).contains(&c) {
            return Ok((r, Raw::Century(u16::from(c) - 1)));
        }
    }
    let (r, y) = year(i)?;
    Ok((r, Raw::Year(y)))
}

/// The parsers for what a token opens, tried in order. `lead_in`: the word
/// before is a preposition or determiner that makes a bare month or season
/// a date; `after_for`: the word before is `for` (`for years`).
fn timex(
    i: &[u8],
    opener: Opener,
    lead_in: bool,
    after_for: bool,
) -> Option<(usize, Raw, Option<TimeMod>)> {
    let done = |r: &[u8], raw, m| Some((i.len() - r.len(), raw, m));
    let set = || set(i).ok().and_then(|(r, raw)| done(r, raw, None));
    let duration = || duration(i).ok().and_then(|(r, (raw, m))| done(r, raw, m));
    let relative = || relative(i).ok().and_then(|(r, raw)| done(r, raw, None));
    let deictic = || deictic(i).ok().and_then(|(r, raw)| done(r, raw, None));
    let clock = || clock(i).ok().and_then(|(r, raw)| done(r, raw, None));
    let calendar = || {
        calendar(i, lead_in)
            .ok()
            .and_then(|(r, raw)| done(r, raw, None))
    };
    // `early 2019`, `mid-December`, `late last year`, `the end of March`.
    let point = || {
        let (r, m) = point_modifier(i).ok()?;
        // `the end of the year`: the current one.
        let this = |i| {
            (
                kw("the"),
                sp,
                alt((
                    kw("year").map(|_| Unit::Year),
                    kw("month").map(|_| Unit::Month),
                    kw("week").map(|_| Unit::Week),
                    kw("decade").map(|_| Unit::Decade),
                    kw("century").map(|_| Unit::Century),
                )),
            )
                .map(|(_, _, u)| Raw::Period { shift: 0, unit: u })
                .parse(i)
        };
        let (r2, raw) = self::relative(r)
            .or_else(|_| this(r))
            .or_else(|_| self::calendar(r, true))
            .ok()?;
        // `early Tuesday` (TimeML's extent, with `mod="START"`); a full
        // date takes only `mid-`, as before.
        (!matches!(raw, Raw::Day { .. }) || m == TimeMod::Mid)
            .then(|| done(r2, raw, Some(m)))
            .flatten()
    };
    // `for years`, `in recent decades`.
    let plural_unit = |i| -> R<'_, Unit> {
        let (r, (u, plural)) = unit(i)?;
        if !plural || matches!(u, Unit::Weekend | Unit::Quarter) {
            return fail(i);
        }
        Ok((r, u))
    };
    let some = |u| Raw::Duration {
        count: Count::Some,
        unit: u,
    };
    match opener {
        Opener::Digit => set().or_else(duration).or_else(clock).or_else(calendar),
        Opener::Name | Opener::Season => calendar(),
        Opener::Count => set().or_else(duration),
        Opener::Modifier | Opener::Unit => duration(),
        Opener::Set => set(),
        Opener::Relative => duration().or_else(relative),
        Opener::Deictic => deictic(),
        Opener::Point => point(),
        Opener::The => duration().or_else(deictic).or_else(point).or_else(calendar),
        Opener::Clock => clock(),
        Opener::Recent => {
            let (r, (_, _, u)) = (kw("recent"), sp, plural_unit).parse(i).ok()?;
            done(r, some(u), None)
        }
        Opener::Plural if after_for => {
            let (r, u) = plural_unit(i).ok()?;
            done(r, some(u), None)
        }
        Opener::Plural => None,
    }
}

// ---------------------------------------------------------------------------
// Resolution.

fn months_of(y: u16, m: u8) -> i64 {
    i64::from(y) * 12 + i64::from(m) - 1
}

fn from_months(n: i64) -> Option<(u16, u8)> {
    let y = u16::try_from(n.div_euclid(12)).ok()?;
    (1..=9999)
        .contains(&y)
        .then_some((y, (n.rem_euclid(12) + 1) as u8))
}

/// The year of a month (1–12) given alone, by tense: the past looks back to
/// the latest such month, the future ahead, and otherwise the nearest.
fn year_of_month(r: Date, month: u8, tense: Tense) -> Option<u16> {
    let y = r.year?;
    Some(match tense {
        Tense::Past if month > r.month => y.checked_sub(1)?,
        Tense::Future if month < r.month => y.checked_add(1)?,
        Tense::None if i16::from(month) - i16::from(r.month) > 6 => y.checked_sub(1)?,
        Tense::None if i16::from(r.month) - i16::from(month) > 6 => y.checked_add(1)?,
        _ => y,
    })
}

/// The year of a day without one, by tense, as for a month; but a day
/// within a week after the reference, or a month before it, stays in its
/// year whatever the verb (`said the season would begin between March 28
/// and April 11` in an April article: a forecast reported late, or a tense
/// read from the wrong verb). Past that week a past verb still means last
/// year's (`On 2 May, talks ended` in mid-April).
fn year_of_day(r: Date, month: u8, day: u8, tense: Tense) -> Option<u16> {
    let y = r.year?;
    let this = Date::ymd(y, month, day.min(date::days_in_month(Some(y), month)))?;
    let gap = this.days_since_epoch()? - r.days_since_epoch()?;
    Some(match tense {
        Tense::Past if gap > 7 => y.checked_sub(1)?,
        Tense::Future if gap < -31 => y.checked_add(1)?,
        Tense::None if gap > 183 => y.checked_sub(1)?,
        Tense::None if gap < -183 => y.checked_add(1)?,
        _ => y,
    })
}

/// The year, next to the reference's, in which `month`/`day` falls on
/// `weekday`: the one the tense chose if it does, else the nearest that
/// does (`Saturday 25 January` in January 2025 is 2025's, whatever the
/// verb), else none.
fn year_of_weekday(r: Date, month: u8, day: u8, weekday: u8, by_tense: Option<u16>) -> Option<u16> {
    let y = r.year?;
    let falls = |year: u16| Date::ymd(year, month, day).and_then(Date::weekday) == Some(weekday);
    if by_tense.is_some_and(falls) {
        return by_tense;
    }
    [y, y.checked_sub(1)?, y.checked_add(1)?]
        .into_iter()
        .filter(|&c| falls(c))
        .min_by_key(|&c| {
            Date::ymd(c, month, day)
                .and_then(Date::days_since_epoch)
                .zip(r.days_since_epoch())
                .map_or(i64::MAX, |(a, b)| (a - b).abs())
        })
}

fn push_date(v: &mut TimexValue, d: Date) {
    match d.year {
        Some(y) => v.num(u64::from(y), 4),
        None => v.push("XXXX"),
    }
    v.push("-");
    v.num(u64::from(d.month), 2);
    if let Some(day) = d.day {
        v.push("-");
        v.num(u64::from(day), 2);
    }
}

fn push_week(v: &mut TimexValue, d: Date) -> Option<()> {
    let (y, w) = d.iso_week()?;
    v.num(u64::from(y), 4);
    v.push("-W");
    v.num(u64::from(w), 2);
    Some(())
}

fn unit_code(u: Unit) -> (&'static str, bool, u64) {
    // (letter, is a time unit (after `T`), multiplier)
    match u {
        Unit::Second => ("S", true, 1),
        Unit::Minute => ("M", true, 1),
        Unit::Hour => ("H", true, 1),
        Unit::Day => ("D", false, 1),
        Unit::Week | Unit::Weekend => ("W", false, 1),
        Unit::Month => ("M", false, 1),
        Unit::Quarter => ("Q", false, 1),
        Unit::Year => ("Y", false, 1),
        Unit::Decade => ("Y", false, 10),
        Unit::Century => ("Y", false, 100),
    }
}

fn push_duration(v: &mut TimexValue, count: Count, unit: Unit) {
    let (letter, time, mult) = unit_code(unit);
    v.push(if time { "PT" } else { "P" });
    match count {
        Count::Some => {
            // `decades` → PXDE, `centuries` → PXCE, as TimeML writes them.
            v.push("X");
            match unit {
                Unit::Decade => v.push("DE"),
                Unit::Century => v.push("CE"),
                _ => v.push(letter),
            }
            return;
        }
        Count::N(n) => {
            let whole = n as u64;
            if (0.0..1e12).contains(&n) && (whole as f64) == n {
                v.num(whole.saturating_mul(mult), 1);
            } else if let (Some(sub), true) = (
                half_of(unit),
                n > 0.0 && n < 1e9 && ((n - 0.5) as u64) as f64 == n - 0.5,
            ) {
                // `two and a half years` → `P2Y6M`, as TimeML writes halves.
                if n >= 1.0 {
                    v.num(((n - 0.5) as u64).saturating_mul(mult), 1);
                    v.push(letter);
                }
                // `P1DT12H`: hours after days need the `T`.
                if unit == Unit::Day {
                    v.push("T");
                }
                v.push(sub);
                return;
            } else if n > 0.0 && n < 1e6 {
                // `1.7 years`: one decimal.
                let tenths = (n * 10.0 * mult as f64 + 0.5) as u64;
                v.num(tenths / 10, 1);
                if tenths % 10 != 0 {
                    v.push(".");
                    v.num(tenths % 10, 1);
                }
            } else {
                v.push("X");
            }
        }
    }
    v.push(letter);
}

/// Half of a unit in the next smaller one (`6M` for half a year).
fn half_of(u: Unit) -> Option<&'static str> {
    match u {
        Unit::Year => Some("6M"),
        Unit::Day => Some("12H"),
        Unit::Hour => Some("30M"),
        Unit::Minute => Some("30S"),
        _ => None,
    }
}

/// The most recent day `weekday` on or before `r` (past), the next on or
/// after it (future); `Last`/`Next` skip the reference day itself.
fn shift_weekday(r: Date, weekday: u8, shift: Shift, tense: Tense) -> Option<Date> {
    let today = i64::from(r.weekday()?);
    let target = i64::from(weekday);
    let back = (today - target).rem_euclid(7);
    let ahead = (target - today).rem_euclid(7);
    let offset = match shift {
        Shift::Last => -(if back == 0 { 7 } else { back }),
        // (`next Tuesday` on a Monday is next week's, not tomorrow: a
        // day still ahead in the reference's own week (Monday first) is
        // `this` one's.)
        Shift::Next => {
            if ahead == 0 || today + ahead <= 7 {
                ahead + 7
            } else {
                ahead
            }
        }
        Shift::This => {
            if tense == Tense::Past {
                -back
            } else {
                ahead
            }
        }
        Shift::Tense => match tense {
            Tense::Future => ahead,
            _ => -back,
        },
    };
    r.add_days(offset)
}

const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

/// Resolve a grammar result into a kind and a value.
fn resolve(raw: Raw, reference: Option<Date>, tense: Tense) -> (TimeKind, TimexValue) {
    let mut v = TimexValue::new();
    let kind = resolve_into(raw, reference, tense, &mut v).unwrap_or_else(|| {
        // Arithmetic that left the calendar: say only that it is a date.
        v = TimexValue::from_str("XXXX-XX-XX");
        TimeKind::Date
    });
    // `2017-04-18TNI` is a time; `PRESENT_REF` (with its `T`) a date.
    let kind =
        if kind == TimeKind::Date && v.as_str().contains('T') && !v.as_str().ends_with("_REF") {
            TimeKind::Time
        } else {
            kind
        };
    (kind, v)
}

/// `year` moved by `shift` years.
fn shifted_year(year: u16, shift: i8) -> Option<u16> {
    year.checked_add_signed(i16::from(shift))
}

fn resolve_into(
    raw: Raw,
    reference: Option<Date>,
    tense: Tense,
    v: &mut TimexValue,
) -> Option<TimeKind> {
    let r = reference.filter(|d| d.day.is_some() && d.year.is_some());
    match raw {
        Raw::Day {
            year,
            month,
            day,
            weekday,
            year_shift,
        } => {
            let year = match (year, year_shift, r) {
                (Some(y), _, _) => Some(y),
                (None, Some(s), Some(r)) => shifted_year(r.year?, s),
                (None, None, Some(r)) => {
                    let by_tense = year_of_day(r, month, day, tense);
                    weekday
                        .and_then(|w| year_of_weekday(r, month, day, w, by_tense))
                        .or(by_tense)
                }
                (None, _, None) => None,
            };
            push_date(
                v,
                Date {
                    year,
                    month,
                    day: Some(day),
                },
            );
        }
        Raw::Month {
            year,
            month,
            shift,
            year_shift,
        } => {
            let year = match (year, year_shift, r) {
                (Some(y), _, _) => Some(y),
                (None, Some(s), Some(r)) => shifted_year(r.year?, s),
                (None, None, Some(r)) => Some(match shift {
                    Shift::Last if month >= r.month => r.year?.checked_sub(1)?,
                    Shift::Next if month <= r.month => r.year?.checked_add(1)?,
                    Shift::Last | Shift::Next | Shift::This => r.year?,
                    Shift::Tense => year_of_month(r, month, tense)?,
                }),
                (None, _, None) => None,
            };
            push_date(
                v,
                Date {
                    year,
                    month,
                    day: None,
                },
            );
        }
        Raw::Year(y) => v.num(u64::from(y), 4),
        Raw::Decade(d) => v.num(u64::from(d), 3),
        Raw::Century(c) => v.num(u64::from(c), 2),
        Raw::Season {
            year,
            season,
            shift,
        } => {
            let year = match (year, r) {
                (Some(y), _) => Some(y),
                (None, Some(r)) => {
                    let y = r.year?;
                    // The season's first and last month (winter: December
                    // to February, counted as months 12–14).
                    // Only winter straddles the new year: in February,
                    // `this spring` is the coming one.
                    let first = season * 3;
                    let last = first + 2;
                    let winter = season == 4 && r.month <= 2;
                    let month = if winter { r.month + 12 } else { r.month };
                    let y = if winter { y.checked_sub(1)? } else { y };
                    Some(match (shift, tense) {
                        (Shift::This, _) => y,
                        (Shift::Last, _) if month <= last => y.checked_sub(1)?,
                        (Shift::Next, _) if month >= first => y.checked_add(1)?,
                        (Shift::Tense, Tense::Past) if month < first => y.checked_sub(1)?,
                        (Shift::Tense, Tense::Future) if month > last => y.checked_add(1)?,
                        _ => y,
                    })
                }
                (None, None) => None,
            };
            match year {
                Some(y) => v.num(u64::from(y), 4),
                None => v.push("XXXX"),
            }
            v.push("-");
            v.push(SEASONS.get(usize::from(season.saturating_sub(1)))?);
        }
        Raw::Quarter {
            year,
            quarter,
            year_shift,
        } => {
            // (By tense when no year is named: `profit rose in the
            // October-December quarter` in March is last year's; `expects
            // growth in the January-March quarter` in May, next year's.)
            let by_tense = |r: &Date| {
                let (first, last) = (quarter * 3 - 2, quarter * 3);
                let y = r.year?;
                match tense {
                    Tense::Past if year_shift == 0 && first > r.month => y.checked_sub(1),
                    Tense::Future if year_shift == 0 && last < r.month => y.checked_add(1),
                    _ => y.checked_add_signed(i16::from(year_shift)),
                }
            };
            let shifted = r.as_ref().and_then(by_tense);
            match year.or(shifted) {
                Some(y) => v.num(u64::from(y), 4),
                None => v.push("XXXX"),
            }
            v.push("-Q");
            v.num(u64::from(quarter), 1);
        }
        Raw::Weekday {
            weekday,
            part,
            shift,
        } => {
            match r {
                Some(r) => push_date(v, shift_weekday(r, weekday, shift, tense)?),
                None => {
                    v.push("XXXX-WXX-");
                    v.num(u64::from(weekday), 1);
                }
            }
            if let Some(p) = part {
                v.push(p.code());
            }
        }
        Raw::Relative { days, part } => {
            match r {
                Some(r) => push_date(v, r.add_days(i64::from(days))?),
                None => v.push("XXXX-XX-XX"),
            }
            if let Some(p) = part {
                v.push(p.code());
            }
        }
        Raw::Period { shift, unit } => period(v, r, i64::from(shift), unit)?,
        Raw::Weekend => {
            // Past: the weekend before the reference date (its own week's
            // when it falls on one); future: the one ahead.
            let shift = match (tense, r.and_then(|r| r.weekday())) {
                (Tense::Future, _) | (_, Some(6 | 7)) => 0,
                _ => -1,
            };
            period(v, r, shift, Unit::Weekend)?
        }
        Raw::Ago { count, unit } => match (r, count) {
            (Some(r), Count::N(n)) if (0.0..10_000.0).contains(&n) && (n as i64) as f64 == n => {
                period(v, Some(r), -(n as i64), unit)?
            }
            _ => v.push("PAST_REF"),
        },
        Raw::Reference(s) => v.push(s),
        Raw::Duration { count, unit } => {
            push_duration(v, count, unit);
            return Some(TimeKind::Duration);
        }
        Raw::Clock { hour, minute } => {
            match r {
                Some(r) => push_date(v, r),
                None => v.push("XXXX-XX-XX"),
            }
            v.push("T");
            v.num(u64::from(hour), 2);
            v.push(":");
            v.num(u64::from(minute), 2);
            return Some(TimeKind::Time);
        }
        Raw::ClockOn { hour, minute, day } => {
            let d = match (r, day) {
                (Some(r), DayRef::Weekday(d)) => Some(shift_weekday(r, d, Shift::Tense, tense)?),
                (Some(r), DayRef::Days(n)) => Some(r.add_days(i64::from(n))?),
                (None, _) => None,
            };
            match (d, day) {
                (Some(d), _) => push_date(v, d),
                (None, DayRef::Weekday(d)) => {
                    v.push("XXXX-WXX-");
                    v.num(u64::from(d), 1);
                }
                (None, DayRef::Days(_)) => v.push("XXXX-XX-XX"),
            }
            v.push("T");
            v.num(u64::from(hour), 2);
            v.push(":");
            v.num(u64::from(minute), 2);
            return Some(TimeKind::Time);
        }
        Raw::Elapsed {
            hours,
            minutes,
            seconds,
        } => {
            v.push("PT");
            for (n, letter) in [(hours, "H"), (minutes, "M"), (seconds, "S")] {
                if n > 0 {
                    v.num(u64::from(n), 1);
                    v.push(letter);
                }
            }
            return Some(TimeKind::Duration);
        }
        Raw::EveryOf(s) => {
            v.push(s);
            return Some(TimeKind::Set);
        }
        Raw::EveryWeekday { weekday, part } => {
            v.push("XXXX-WXX-");
            v.num(u64::from(weekday), 1);
            if let Some(p) = part {
                v.push(p.code());
            }
            return Some(TimeKind::Set);
        }
        Raw::Holiday {
            holiday,
            year,
            shift,
        } => {
            let day = match (year, r) {
                (Some(y), _) => holiday.on(y),
                (None, Some(r)) => {
                    let y = r.year?;
                    let gap = holiday.on(y)?.days_since_epoch()? - r.days_since_epoch()?;
                    // A holiday within six weeks either way is that one,
                    // whatever the tense (`sold before Christmas` on 3
                    // December).
                    let near = gap.abs() <= 45;
                    let y = match (shift, tense) {
                        (Shift::Tense, _) if near => y,
                        (Shift::Last, _) if gap >= 0 => y.checked_sub(1)?,
                        (Shift::Next, _) if gap <= 0 => y.checked_add(1)?,
                        (Shift::Tense, Tense::Past) if gap > 0 => y.checked_sub(1)?,
                        (Shift::Tense, Tense::Future) if gap < 0 => y.checked_add(1)?,
                        (Shift::Tense, Tense::None) if gap > 183 => y.checked_sub(1)?,
                        (Shift::Tense, Tense::None) if gap < -183 => y.checked_add(1)?,
                        _ => y,
                    };
                    holiday.on(y)
                }
                (None, None) => None,
            };
            match (day, holiday) {
                (Some(d), _) => push_date(v, d),
                (None, Holiday::Fixed { month, day }) => push_date(
                    v,
                    Date {
                        year: None,
                        month,
                        day: Some(day),
                    },
                ),
                (None, _) => v.push("XXXX-XX-XX"),
            }
        }
        Raw::Every { count, unit } => {
            push_duration(v, count, unit);
            return Some(TimeKind::Set);
        }
    }
    Some(TimeKind::Date)
}

/// The period `n` units from the reference's: `2017-W16`, `2017-03`, `2016`.
fn period(v: &mut TimexValue, r: Option<Date>, n: i64, unit: Unit) -> Option<()> {
    let Some(r) = r else {
        v.push(match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
            Unit::Week => "XXXX-WXX",
            Unit::Weekend => "XXXX-WXX-WE",
            Unit::Month => "XXXX-XX",
            Unit::Quarter => "XXXX-QX",
            Unit::Year => "XXXX",
            Unit::Decade => "XXX",
            Unit::Century => "XX",
        });
        return Some(());
    };
    let y = i64::from(r.year?);
    let year = |y: i64| u16::try_from(y).ok().filter(|y| (1..=9999).contains(y));
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => push_date(v, r),
        Unit::Day => push_date(v, r.add_days(n)?),
        Unit::Week => push_week(v, r.add_days(n.checked_mul(7)?)?)?,
        Unit::Weekend => {
            push_week(v, r.add_days(n.checked_mul(7)?)?)?;
            v.push("-WE");
        }
        Unit::Month => {
            let (y, m) = from_months(months_of(r.year?, r.month).checked_add(n)?)?;
            push_date(
                v,
                Date {
                    year: Some(y),
                    month: m,
                    day: None,
                },
            );
        }
        Unit::Quarter => {
            let q = y * 4 + (i64::from(r.month) - 1) / 3 + n;
            v.num(u64::from(year(q.div_euclid(4))?), 4);
            v.push("-Q");
            v.num(q.rem_euclid(4) as u64 + 1, 1);
        }
        Unit::Year => v.num(u64::from(year(y.checked_add(n)?)?), 4),
        Unit::Decade => v.num(u64::from(year(y.checked_add(n.checked_mul(10)?)?)?) / 10, 3),
        Unit::Century => v.num(
            u64::from(year(y.checked_add(n.checked_mul(100)?)?)?) / 100,
            2,
        ),
    }
    Some(())
}

// ---------------------------------------------------------------------------
// Tense.

/// The tense nearest to token `at` among the sentence's tokens: each past
/// or future cue votes, the closest wins (cues before the expression win
/// ties).
///
/// Strong cues (auxiliaries and modals, irregular past forms) outrank weak
/// ones (`-ed` forms, schedule verbs) unless much farther; a past form
/// after an auxiliary (`has voted`, `is secured`) is no cue.
///
/// A reporting verb after the expression (`…, she said.`) is a weak cue;
/// `deadline` (`by Thursday`, `until May`) looks ahead unless a strong past
/// cue other than a reporting verb before it says otherwise (`had fled by
/// Tuesday`). Inside a quotation only the quotation's words are cues.
fn tense_near(input: &[u8], tokens: &[Token], at: usize, within: Span, deadline: bool) -> Tense {
    // Inside a quotation only the speaker's own words count: `“… running
    // through July,” she said` looks at `running`, not at `said`.
    let (tokens, at) = match quotation_around(tokens, at) {
        Some((open, close)) => (&tokens[open..close], at - open),
        None => (tokens, at),
    };
    // (distance, tense) of the nearest strong and weak cue.
    let mut strong: Option<(usize, Tense)> = None;
    let mut weak: Option<(usize, Tense)> = None;
    // Whether the nearest strong cue is a reporting verb before the
    // expression.
    let mut strong_reporting = false;
    // The nearest weak cue that is no reporting verb after the expression
    // (one there dates the saying, not what was said).
    let mut weak_plain: Option<(usize, Tense)> = None;
    let mut prev: &[u8] = &[];
    let mut prev2: &[u8] = &[];
    // The last participle after an auxiliary (`weighed` in `will be
    // weighed`).
    let mut aux_participle: &[u8] = &[];
    // A reporting verb stands before the expression, right before a
    // preposition or the expression.
    let mut reported_before = false;
    // A word after the expression has been seen.
    let mut seen_after = false;
    // A comma after the expression has been passed, and a cue before it
    // was found.
    let mut comma_after = false;
    let mut cue_before_found = false;
    // A cue before the expression that is no reporting verb (`skated`,
    // not the `said` of `The city said the rules apply from Monday and
    // will be enforced`).
    let mut plain_cue_before = false;
    // The distance of the nearest `could` of a possibility before the
    // expression.
    let mut could_before: Option<usize> = None;
    // The nearest cue is a verb of lasting (`stayed open until March
    // 23`): a past state that ran up to it, unlike `extended … until`
    // (and not `stayed closed and remains closed until`, whose nearest
    // cue is another verb). `d` is the cue's distance before `at`.
    let lasted = |d: usize| {
        at.checked_sub(d / 2)
            .and_then(|k| tokens.get(k))
            .is_some_and(|t| {
                matches!(
                    t.bytes(input),
                    b"stayed" | b"remained" | b"lasted" | b"continued" | b"persisted"
                )
            })
    };
    // The first word among `tokens[from..to]`.
    let next_word = |from: usize, to: usize| {
        tokens
            .get(from..to)
            .and_then(|rest| rest.iter().find(|n| n.kind == TokenKind::Word))
    };
    // Quotation marks open so far after a colon: such a quotation is what
    // was said, whose words are no cues of the expression's tense (`on
    // Monday, the network said: “Racks will be allocated”`); a partial
    // quote carries its sentence's verb (`said the match “will go ahead”
    // on Saturday`).
    let mut quoted = 0u32;
    let mut prev_mark: &[u8] = &[];
    for (k, t) in tokens.iter().enumerate() {
        match t.kind {
            TokenKind::OpenQuote if quoted > 0 || prev_mark == b":" => quoted += 1,
            TokenKind::CloseQuote => quoted = quoted.saturating_sub(1),
            _ => {}
        }
        if !matches!(t.kind, TokenKind::Space | TokenKind::Newline) {
            prev_mark = t.bytes(input);
        }
        if quoted > 0 {
            continue;
        }
        if k > at
            && t.span.start >= within.end
            && t.kind == TokenKind::Punct
            && t.bytes(input) == b","
        {
            comma_after = true;
        }
        // The expression's own words (`May` in `May 20`) are no cues.
        if t.kind != TokenKind::Word || (within.start <= t.span.start && t.span.start < within.end)
        {
            continue;
        }
        // `was declared … on Wednesday, ahead of what forecasters said
        // would be`: past the comma closing the expression's clause, a
        // cue belongs to another clause when the expression's own clause
        // gave one.
        if k > at && comma_after && cue_before_found {
            break;
        }
        let w = t.bytes(input);
        // `skated with the team on Friday and could return next week`: a
        // second verb after `and` or `but` is another clause's, when the
        // expression's own clause gave a cue.
        if k > at
            && plain_cue_before
            && matches!(w, b"and" | b"but")
            && next_word(k + 1, tokens.len()).is_some_and(|n| {
                // (Or a present verb of its own: `asked for help on Monday
                // and expects an answer`.)
                matches!(
                    n.bytes(input),
                    b"could"
                        | b"will"
                        | b"would"
                        | b"may"
                        | b"might"
                        | b"should"
                        | b"can"
                        | b"expects"
                        | b"hopes"
                        | b"plans"
                        | b"intends"
                        | b"wants"
                        | b"aims"
                )
            })
        {
            break;
        }
        let first_after = k > at && !seen_after;
        seen_after |= k > at;
        // `said in a statement on Monday that its members would lend`: the
        // `that` right after the expression, when a reporting verb opens
        // the phrase holding it, begins what was said, whose tense is not
        // the expression's (not `said the referendum on Sunday that will
        // decide`, whose `that` begins a relative clause).
        // So does a reporting participle after a verb (`sought to calm
        // investors on Friday, saying the government would trim
        // spending`; not `On Friday, warning of costs, the board will`).
        let cue_before =
            strong.is_some_and(|(d, _)| d % 2 == 0) || weak.is_some_and(|(d, _)| d % 2 == 0);
        if (first_after && w == b"that" && reported_before)
            || (k > at
                && cue_before
                && matches!(
                    w,
                    b"saying" | b"adding" | b"warning" | b"noting" | b"arguing" | b"insisting"
                ))
        {
            break;
        }
        // `On Saturday, the governor said that the government would …`: a
        // reporting verb after the expression, before `that`, dates the
        // saying; what follows is what was said.
        // So does one past the comma that closes the expression's phrase
        // (`In a statement on Wednesday, she said the Government would
        // work`), unless a comma sets the verb apart (`By Friday, officials
        // said, the roads would be clear`).
        // (Nor a parenthetical `, the minister told parliament, will`.)
        // (Nor after `From Monday, the province said masks will …`: a
        // start date governs what follows.)
        let reporting_opens_clause = || {
            let mut after = tokens[k + 1..]
                .iter()
                .filter(|n| n.kind != TokenKind::Space);
            let opens_from = tokens[..at]
                .iter()
                .rev()
                .find(|n| n.kind == TokenKind::Word)
                .is_some_and(|n| {
                    let b = n.bytes(input);
                    ["from", "starting", "beginning", "effective", "of"]
                        .iter()
                        .any(|f| b.eq_ignore_ascii_case(f.as_bytes()))
                });
            !opens_from
                && comma_after
                && after.next().is_some_and(|n| n.kind == TokenKind::Word)
                && !after
                    .take(3)
                    .any(|n| n.kind == TokenKind::Punct && n.bytes(input) == b",")
        };
        if k > at
            && (contains(crate::lexicon::REPORTING_VERBS, w)
                || matches!(
                    w,
                    b"pledged" | b"promised" | b"vowed" | b"agreed" | b"decided" | b"ruled"
                ))
            && (next_word(k + 1, tokens.len()).is_some_and(|n| n.bytes(input) == b"that")
                || reporting_opens_clause())
        {
            if contains(PAST_CUES, w) || is_past_ed(w) {
                let distance = (k - at) * 2 + 1;
                if weak.is_none_or(|(d, _)| distance < d) {
                    weak = Some((distance, Tense::Past));
                }
            }
            break;
        }
        // (A reporting verb right before a preposition or the expression:
        // `said on Monday`, `announced in a statement on Monday`.)
        if k < at && contains(crate::lexicon::REPORTING_VERBS, w) {
            reported_before = next_word(k + 1, at).is_some_and(|n| {
                n.span.start >= within.start
                    || matches!(
                        n.bytes(input),
                        b"on" | b"in" | b"at" | b"late" | b"early" | b"earlier" | b"last"
                    )
            });
            // (`told its six staff on Monday that`: a verb that takes
            // its hearers first, a few words and no punctuation before
            // the preposition.)
            if !reported_before
                && matches!(
                    w,
                    b"told" | b"informed" | b"assured" | b"notified" | b"reminded"
                )
            {
                let between = &tokens[k + 1..at];
                let mut words = between.iter().filter(|n| n.kind == TokenKind::Word);
                reported_before = between
                    .iter()
                    .all(|n| matches!(n.kind, TokenKind::Word | TokenKind::Space))
                    && words.clone().count() <= 6
                    && words
                        .next_back()
                        .is_some_and(|n| matches!(n.bytes(input), b"on" | b"at"));
            }
        }
        let before = core::mem::replace(&mut prev, w);
        let two_before = core::mem::replace(&mut prev2, before);
        // `was set to end in May`, `was set for October 3`: what lies
        // ahead. (`set at` only right before the expression: `bail was set
        // at $500` dates nothing.)
        let set_to = w == b"set"
            && tokens.get(k + 2).is_some_and(|n| match n.bytes(input) {
                b"to" => true,
                b"for" | b"at" => tokens
                    .get(k + 4)
                    .is_some_and(|e| e.span.start == within.start),
                _ => false,
            });
        if !set_to && !CUE_FILTER.may_contain(w) && !w.ends_with(b"ed") && !w.ends_with(b"ll") {
            continue;
        }
        // `is due in court on April 14` and `is due to be handed back on
        // Friday`, but not `due to rain`.
        // (`is due to`, not `closed on Monday due to close contacts`.)
        let scheduled = k >= 2
            && matches!(
                tokens[k - 2].bytes(input),
                b"is" | b"are" | b"was" | b"were" | b"be" | b"'s" | [0xE2, 0x80, 0x99, b's']
            )
            && tokens
                .get(k + 4)
                .is_some_and(|v| contains(DUE_TO_VERBS, v.bytes(input)));
        if w == b"due" && tokens.get(k + 2).is_some_and(|n| n.bytes(input) == b"to") && !scheduled {
            continue;
        }
        // `could last until May`: the verb, not `last year`'s adjective.
        if w == b"last"
            && (contains(FUTURE_CUES, before)
                || matches!(before, b"to" | b"can" | b"could" | b"should" | b"must"))
        {
            continue;
        }
        // `hope to have made it by September 10`: a hope or an aim looks
        // ahead only before `to` and a verb, and not when it was one that
        // came to nothing (`was hoping to sign him on Friday, but`) or the
        // noun (`little hope on Monday`).
        if matches!(
            w,
            b"hope" | b"hopes" | b"hoping" | b"aim" | b"aims" | b"aiming"
        ) {
            let to_a_verb = next_word(k + 1, tokens.len()).is_some_and(|n| n.bytes(input) == b"to")
                && tokens
                    .get(k + 1..)
                    .and_then(|rest| rest.iter().filter(|n| n.kind == TokenKind::Word).nth(1))
                    .is_some_and(|v| {
                        let v = v.bytes(input);
                        v.first().is_some_and(u8::is_ascii_lowercase)
                            && !matches!(v, b"the" | b"a" | b"an")
                    });
            let dashed = matches!(before, b"was" | b"were" | b"had" | b"little" | b"no")
                || tokens[at.min(tokens.len())..]
                    .iter()
                    .any(|n| n.bytes(input) == b"but");
            if !to_a_verb || dashed {
                continue;
            }
        }
        // A reporting verb after the expression is a weak cue; before it,
        // it dates the saying, not a deadline in what was said (`said
        // drivers should register by March 28`).
        let reporting = matches!(w, b"said" | b"told");
        let reported_after = reporting && k > at;
        let (tense, is_strong) = if k < at
            && matches!(w, b"backdated" | b"backdate" | b"backdates")
            && next_word(k + 1, at).is_some_and(|n| n.bytes(input) == b"to")
        {
            // `will be backdated to January 20`: a day before the backdating,
            // which may itself lie ahead; the nearest such day.
            (Tense::None, true)
        } else if set_to
            || contains(FUTURE_CUES, w)
            || w.ends_with(b"'ll")
            || w.ends_with("’ll".as_bytes())
        {
            (Tense::Future, true)
        } else if contains(AUXILIARIES, before)
            || (matches!(
                two_before,
                b"have" | b"has" | b"had" | b"get" | b"gets" | b"got"
            ) && matches!(
                before,
                b"her" | b"him" | b"it" | b"me" | b"them" | b"us" | b"you"
            ))
        {
            // `has voted`; `will have them collected`.
            aux_participle = w;
            continue;
        } else if before == b"and"
            && !aux_participle.is_empty()
            && two_before == aux_participle
            && (w.ends_with(b"ed") || contains(IRREGULAR_PARTICIPLES, w))
        {
            // `will be weighed and sold on Thursday`: a participle joined
            // to one after its auxiliary shares it.
            continue;
        } else if contains(PAST_CUES, w)
            // (`in all newly built homes`: a participle after an adverb,
            // after a determiner or a preposition, describes a noun; not
            // `who reportedly left`.)
            && !(before.len() > 4
                && before.ends_with(b"ly")
                && before[0].is_ascii_lowercase()
                && (contains(MODIFIER_SLOTS, two_before)
                    || matches!(two_before, b"the" | b"a" | b"an" | b"in" | b"on")))
        {
            (Tense::Past, !reported_after)
        } else if is_past_ed(w) && !contains(MODIFIER_SLOTS, before) {
            // `The expansion, announced Monday, will …`: a participle
            // right before the expression dates it.
            let adjacent = k < at
                && tokens[k + 1..at].iter().all(|n| n.kind == TokenKind::Space)
                && !matches!(
                    w,
                    b"expected"
                        | b"scheduled"
                        | b"planned"
                        | b"slated"
                        | b"rescheduled"
                        | b"postponed"
                        | b"delayed"
                        | b"moved"
                        | b"proposed"
                );
            (Tense::Past, adjacent)
        } else if contains(SCHEDULE_CUES, w)
            // (`stayed open until`, `was open on`: the adjective.)
            && !(w == b"open"
                && matches!(
                    before,
                    b"stayed" | b"remained" | b"was" | b"were" | b"kept" | b"left" | b"been"
                ))
        {
            (Tense::Future, false)
        } else if w == b"ahead"
            && k < at
            // (Not after a past verb: `were out in force ahead of
            // Saturday's match, which ended …`.)
            && ![strong, weak]
                .iter()
                .any(|c| c.is_some_and(|(_, t)| t == Tense::Past))
            && next_word(k + 1, at).is_some_and(|n| n.bytes(input) == b"of")
            && tokens[k + 1..at]
                .iter()
                .filter(|n| n.kind == TokenKind::Word)
                .count()
                == 1
        {
            // `scrambling ahead of Thursday's holiday`: what is ahead.
            (Tense::Future, false)
        } else {
            continue;
        };
        // `asked schools to share the timings by Monday`: a deadline after
        // an infinitive lies ahead of the asking, not with it.
        // (Only an infinitive, `to` before a lower-case word that is no
        // determiner: not `had fled to the hills by Tuesday`, `rose to 40
        // by Tuesday`.)
        if deadline
            && tense == Tense::Past
            && k < at
            && tokens[k + 1..at].windows(3).any(|n| {
                n[0].bytes(input) == b"to"
                    && n[2].kind == TokenKind::Word
                    && n[2]
                        .bytes(input)
                        .first()
                        .is_some_and(u8::is_ascii_lowercase)
                    && !matches!(
                        n[2].bytes(input),
                        b"the" | b"a" | b"an" | b"his" | b"her" | b"their" | b"its" | b"our"
                    )
            })
        {
            continue;
        }
        // `hoped to hold an open day on April 27`: what was hoped, planned
        // or promised lies ahead of the hoping.
        // (Not `had hoped to retire in March`, nor `hoped to sign him in
        // January but the deal collapsed`: a hope that came to nothing.)
        let (tense, is_strong) = if tense == Tense::Past
            && k < at
            && before != b"had"
            && !tokens[at..].iter().any(|n| n.bytes(input) == b"but")
            && matches!(
                w,
                b"hoped"
                    | b"planned"
                    | b"intended"
                    | b"aimed"
                    | b"wanted"
                    | b"promised"
                    | b"pledged"
                    | b"vowed"
            )
            && ((next_word(k + 1, at).is_some_and(|n| n.bytes(input) == b"to")
                && next_word(k + 3, at).is_some_and(|n| {
                    n.bytes(input).first().is_some_and(u8::is_ascii_lowercase)
                        && !matches!(n.bytes(input), b"the" | b"a" | b"an")
                }))
                // (`hoped for an answer before Christmas`: what was hoped
                // for by a time, not `hoped for a win on Friday`.)
                || (w == b"hoped"
                    && next_word(k + 1, at).is_some_and(|n| n.bytes(input) == b"for")
                    && tokens[..at]
                        .iter()
                        .rev()
                        .find(|n| n.kind == TokenKind::Word)
                        .is_some_and(|n| matches!(n.bytes(input), b"before" | b"by"))))
        {
            (Tense::Future, true)
        } else if deadline
            && tense == Tense::Past
            && k < at
            && (matches!(w, b"gave" | b"granted" | b"allowed")
                || (w == b"had"
                    && next_word(k + 1, at)
                        .is_some_and(|n| matches!(n.bytes(input), b"given" | b"granted"))))
        {
            // `had given it until the end of September to pay`: a time
            // granted runs on ahead of the granting.
            (Tense::Future, true)
        } else {
            (tense, is_strong)
        };
        let distance = if k < at {
            (at - k) * 2
        } else {
            (k - at) * 2 + 1
        };
        // (`said a dentist could hold a clinic in June`: what could happen,
        // not `could not`, `could have`.)
        // (Nor what could be perceived or done then: `said they could hear
        // gunfire on Sunday`, `screams could be heard`, `could barely walk`.)
        let possibility = || {
            let mut after = tokens[k + 1..at.max(k + 1)]
                .iter()
                .filter(|n| n.kind == TokenKind::Word)
                .map(|n| n.bytes(input));
            match after.next() {
                Some(b"be") => !after.next().is_some_and(|p| {
                    matches!(
                        p,
                        b"heard" | b"seen" | b"felt" | b"smelled" | b"smelt" | b"spotted"
                    )
                }),
                Some(v) => !matches!(
                    v,
                    b"not"
                        | b"have"
                        | b"n't"
                        | b"only"
                        | b"never"
                        | b"hear"
                        | b"smell"
                        | b"feel"
                        | b"taste"
                        | b"sense"
                        | b"remember"
                        | b"recall"
                        | b"afford"
                        | b"barely"
                        | b"hardly"
                        | b"scarcely"
                        | b"just"
                ),
                None => false,
            }
        };
        if w == b"could" && k < at && could_before.is_none_or(|d| distance < d) && possibility() {
            could_before = Some(distance);
        }
        cue_before_found |= k < at;
        plain_cue_before |= k < at && !reporting;
        let slot = if is_strong { &mut strong } else { &mut weak };
        if slot.is_none_or(|(d, _)| distance < d) {
            *slot = Some((distance, tense));
            if is_strong {
                strong_reporting = reporting && k < at;
            }
        }
        if !(is_strong || reported_after) && weak_plain.is_none_or(|(d, _)| distance < d) {
            weak_plain = Some((distance, tense));
        }
        // `X, who toured the plant on Monday, said Government would …`:
        // what follows a reporting verb right after the comma closing the
        // expression's clause is what was said, another clause (not `in
        // May, the minister told parliament, will …`).
        if reported_after
            && k >= 2
            && tokens[k - 1].kind == TokenKind::Space
            && tokens[k - 2].kind == TokenKind::Punct
            && tokens[k - 2].bytes(input) == b","
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.kind == TokenKind::Space || n.kind == TokenKind::Word)
            && tokens.get(k + 2).is_some_and(|n| n.kind == TokenKind::Word)
        {
            break;
        }
    }
    // A weak cue much nearer than the strong one wins (`will pay … after
    // the council voted on Wednesday`).
    // (A reporting verb after it never outweighs a strong cue: `will ban
    // … from July 1, the city's executive said`; the nearest other weak
    // cue still may: `will add flights … now that the airport reopened on
    // Monday, it said`.)
    match (strong, weak) {
        // `stayed open until March 23`: a past verb a few words before the
        // deadline, and nothing stronger, dates it.
        (None, Some((d, Tense::Past))) if deadline && d % 2 == 0 && d <= 16 && lasted(d) => {
            Tense::Past
        }
        (None | Some((_, Tense::Future)), _) if deadline => Tense::Future,
        (Some(_), _) if deadline && strong_reporting => Tense::Future,
        // `said a visiting dentist could hold a clinic in June`: what was
        // said could happen lies ahead of the saying.
        (Some((s, Tense::Past)), _) if strong_reporting && could_before.is_some_and(|c| c < s) => {
            Tense::Future
        }
        (Some((s, _)), _) if weak_plain.is_some_and(|(w, _)| s > 2 * w + 2) => {
            weak_plain.map_or(Tense::None, |(_, t)| t)
        }
        (Some((_, t)), _) | (None, Some((_, t))) => t,
        (None, None) => Tense::None,
    }
}

/// The tokens inside the outermost quotation around token `at`, as
/// `open..close` (the marks left out), if `at` is quoted: a quotation left
/// open runs to the end, one closed but not opened began before it.
fn quotation_around(tokens: &[Token], at: usize) -> Option<(usize, usize)> {
    let mut depth = 0u32;
    let mut open = 0;
    for (k, t) in tokens.iter().enumerate() {
        match t.kind {
            TokenKind::OpenQuote => {
                if depth == 0 {
                    open = k + 1;
                }
                depth += 1;
            }
            TokenKind::CloseQuote if depth > 0 => {
                depth -= 1;
                if depth == 0 && open <= at && at < k {
                    return Some((open, k));
                }
            }
            // The sentence began inside a quotation that an earlier one
            // opened.
            TokenKind::CloseQuote if at < k => return Some((0, k)),
            _ => {}
        }
        if k > at && depth > 0 && open > at {
            // A quotation opened after `at`, which stands outside it.
            return None;
        }
    }
    (depth > 0 && open <= at).then_some((open, tokens.len()))
}

/// The words [`tense_near`] looks up.
static CUE_FILTER: Prefilter = Prefilter::new(&[
    FUTURE_CUES.words(),
    PAST_CUES.words(),
    SCHEDULE_CUES.words(),
    &["ahead"],
]);

/// A lower-case word ending in `-ed` that is a past form (`arrived`).
fn is_past_ed(w: &[u8]) -> bool {
    w.len() > 3
        && w.ends_with(b"ed")
        && w.first().is_some_and(u8::is_ascii_lowercase)
        && !contains(NOT_PAST_ED, w)
}

// ---------------------------------------------------------------------------
// The pass.

/// The words [`opener`] looks up.
static TRIGGER_FILTER: Prefilter =
    Prefilter::new(&[&TRIGGER_WORDS, NAMES.words(), UNIT_WORDS.words()]);

/// The words of [`TRIGGERS`], for the filter.
const TRIGGER_WORDS: [&str; TRIGGERS.len()] = {
    let mut words = [""; TRIGGERS.len()];
    let mut k = 0;
    while k < TRIGGERS.len() {
        words[k] = TRIGGERS[k].0;
        k += 1;
    }
    words
};

/// The first letters of the words that open a hyphenated expression
/// (`two-year`, `year-long`, `mid-December`).
const HEAD_LETTERS: u32 = {
    let mut mask = letter_bit(b'e') | letter_bit(b'f') | letter_bit(b'n') | letter_bit(b's');
    mask |= letter_bit(b't');
    let mut k = 0;
    while k < UNIT_WORDS.words().len() {
        mask |= letter_bit(UNIT_WORDS.words()[k].as_bytes()[0]);
        k += 1;
    }
    let mut k = 0;
    while k < TRIGGERS.len() {
        if matches!(TRIGGERS[k].1, Opener::Count | Opener::Point) {
            mask |= letter_bit(TRIGGERS[k].0.as_bytes()[0]);
        }
        k += 1;
    }
    mask
};

/// What a word token can open, if anything.
fn opener(w: &[u8]) -> Option<Opener> {
    // Most words fail on their first letter and length alone; only the
    // letters that start a count or a unit are looked into for a hyphen.
    // The leading letters: `Monday` in `Monday’s`, `two` in `two-year`.
    let n = w
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(w.len());
    let (head, tail) = w.split_at(n);
    if head.len() > 13 || !TRIGGER_FILTER.may_contain(head) {
        return None;
    }
    let hyphen = tail.first() == Some(&b'-');
    if !hyphen && !matches!(tail, b"" | b"'s" | [0xE2, 0x80, 0x99, b's']) {
        return None;
    }
    // Month and weekday names (and capitalised triggers: `Last year`);
    // hyphenated only to another (`January-March`).
    let name_after_hyphen = || {
        let t = &tail[1..];
        let k = t
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(t.len());
        is_name(&t[..k])
    };
    if is_name(head)
        && (!hyphen || (crate::date::english_month(head).is_some() && name_after_hyphen()))
    {
        return Some(Opener::Name);
    }
    let mut buf = [0u8; 13];
    let lower = &mut buf[..head.len()];
    lower.copy_from_slice(head);
    lower.make_ascii_lowercase();
    let lower = &*lower;
    if let Ok(at) =
        TRIGGERS.binary_search_by(|(t, _)| crate::lexicon::cmp_short(t.as_bytes(), lower))
    {
        return Some(TRIGGERS[at].1);
    }
    // `year-long`, `two-year` (a count, above).
    (hyphen && contains(UNIT_WORDS, head)).then_some(Opener::Unit)
}

/// A number opens a time expression only as a year (four digits), a date
/// or clock form (`2017-03-16`, `3/16/2017`, `2:45`, `1990s`, `9am`), or
/// before a unit, a month name, a meridiem or `times` (`18 months`,
/// `10-day`, `14 November`, `9 a.m.`, `3 times a year`).
fn number_worth_trying(i: &[u8]) -> bool {
    // The number's own characters: digits with inner marks.
    let mut n = 0;
    let (mut dots, mut date_marks, mut commas) = (0, false, false);
    while let Some(&b) = i.get(n) {
        if b.is_ascii_digit() {
            n += 1;
        } else if matches!(b, b',' | b'.' | b':' | b'/' | b'-')
            && i.get(n + 1).is_some_and(u8::is_ascii_digit)
        {
            dots += usize::from(b == b'.');
            commas |= b == b',';
            date_marks |= matches!(b, b':' | b'/' | b'-');
            n += 1;
        } else {
            break;
        }
    }
    // `2017-03-16`, `3/16/2017`, `2:45`, `20.02.2026`; a bare year.
    if date_marks || dots >= 2 || (n == 4 && !commas && dots == 0) {
        return true;
    }
    let mut rest = &i[n..];
    // `22nd March`, `3rd of March`: a day's ordinal before a month name
    // (below); not `3rd place`.
    if n <= 2 && dots == 0 && !commas {
        if let Some(after) = [b"st", b"nd", b"rd", b"th"].iter().find_map(|s| {
            rest.get(..2)
                .filter(|r| r.eq_ignore_ascii_case(*s))
                .and_then(|_| rest.get(2..))
                .filter(|r| !r.first().is_some_and(u8::is_ascii_alphanumeric))
        }) {
            let after = sp(after).map_or(after, |(r, _)| r);
            rest = after
                .get(..3)
                .filter(|w| w.eq_ignore_ascii_case(b"of "))
                .map_or(after, |_| &after[3..]);
            let m = rest
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(rest.len());
            return is_name(&rest[..m]);
        }
    }
    match rest.first() {
        // `1990s`, `9am`, `10pm`; not `3rd`, `10km`, `1.13bn`.
        Some(b) if b.is_ascii_alphabetic() => {
            return matches!(rest, [b's' | b'a' | b'p' | b'A' | b'P', ..])
        }
        Some(b'-') => {}
        _ => {}
    }
    // The word after the number, past blanks or a hyphen (`18 months`,
    // `10-day`, `14 November`, `9 a.m.`, `10.15 GMT`, `3 times a year`).
    let rest = match rest {
        [b'-', ..] => &rest[1..],
        _ => sp(rest).map_or(rest, |(r, _)| r),
    };
    let m = rest
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let next = &rest[..m];
    if dots == 1 {
        // `10.15 GMT`: a decimal is a time only before a zone or meridiem.
        return next.first().is_some_and(u8::is_ascii_uppercase)
            || next.eq_ignore_ascii_case(b"a")
            || next.eq_ignore_ascii_case(b"p")
            || UNIT_FILTER.may_contain(next) && contains(UNIT_WORDS, next);
    }
    NUMBER_NEXT_FILTER.may_contain(next)
        && (contains(UNIT_WORDS, next)
            || contains(NAMES, next)
            || next.eq_ignore_ascii_case(b"times")
            || next.eq_ignore_ascii_case(b"a")
            || next.eq_ignore_ascii_case(b"p")
            || next.eq_ignore_ascii_case(b"am")
            || next.eq_ignore_ascii_case(b"pm"))
}

/// The unit words, filtered.
static UNIT_FILTER: Prefilter = Prefilter::new(&[UNIT_WORDS.words()]);

/// The words [`number_worth_trying`] looks for after a number.
static NUMBER_NEXT_FILTER: Prefilter = Prefilter::new(&[
    UNIT_WORDS.words(),
    NAMES.words(),
    &["times", "a", "p", "am", "pm"],
]);

/// Whether a capitalised word is a month or weekday name.
fn is_name(w: &[u8]) -> bool {
    w.first().is_some_and(u8::is_ascii_uppercase) && contains(NAMES, w)
}

/// A cheap check before the grammar: frequent words that open an
/// expression only before certain words (`a` + unit, `the` + `past`,
/// `more` + `than`).
fn worth_trying(i: &[u8], opener: Opener) -> bool {
    match opener {
        Opener::Digit => return number_worth_trying(i),
        Opener::Count | Opener::The | Opener::Modifier => {}
        _ => return true,
    }
    let Ok((r, w)) = word(i) else {
        return true;
    };
    let after = sp(r).map_or(&[][..], |(r, _)| r);
    let n = after
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(after.len());
    let next = &after[..n];
    let is = |s: &str| w.eq_ignore_ascii_case(s.as_bytes());
    let next_is = |s: &str| next.eq_ignore_ascii_case(s.as_bytes());
    if is("a") || is("an") || is("one") {
        contains(AFTER_A, next)
    } else if is("the") {
        contains(AFTER_THE, next)
            || after
                .first()
                .is_some_and(|&b| b.is_ascii_digit() || b == b'\'' || b == 0xE2)
    } else if is("at") {
        next_is("least") || next_is("most")
    } else if is("up") {
        next_is("to")
    } else if is("more") || is("less") || is("fewer") {
        next_is("than")
    } else if is("just") || is("well") {
        next_is("over") || next_is("under")
    } else if is("over")
        || is("under")
        || is("some")
        || is("about")
        || is("around")
        || is("nearly")
        || is("almost")
        || is("approximately")
        || is("roughly")
    {
        after.first().is_some_and(u8::is_ascii_digit) || contains(COUNT_WORDS, next)
    } else {
        true
    }
}

/// Extract the time expressions of an article's blocks.
pub(crate) fn extract(
    input: &[u8],
    tokens: &[Token],
    blocks: &[Block],
    sentences: &[Span],
    reference: Option<Date>,
    candidates: &[u32],
    numbers: &mut Vec<(u32, u32)>,
) -> Vec<TimeExpr> {
    let mut out: Vec<TimeExpr> = Vec::new();
    // A year opening the current sentence, for the days after it.
    let mut year_scope: Option<YearScope> = None;
    // The clock times read without a day (`at 7 p.m.`), to anchor below.
    let mut bare: Vec<usize> = Vec::new();
    // Which of those sit in a sentence in the past tense.
    let mut bare_past: Vec<bool> = Vec::new();
    // Where the body starts: expressions before it date the article.
    let body_start = blocks
        .iter()
        .find(|b| b.kind == BlockKind::Body)
        .map_or(0, |b| b.span.start);
    let mut sentence = 0;
    let mut next = 0;
    for b in blocks {
        if !matches!(
            b.kind,
            BlockKind::Title
                | BlockKind::Subtitle
                | BlockKind::Date
                | BlockKind::Dateline
                | BlockKind::Body
                | BlockKind::Heading
                | BlockKind::Caption
        ) {
            continue;
        }
        let (t0, t1) = b.token_range();
        let Some(toks) = tokens.get(t0..t1) else {
            continue;
        };
        let end = (b.span.end as usize).min(input.len());
        // Numbers are read in running text and headlines, not in date lines
        // and datelines, whose digits are dates or reading times.
        let with_numbers = matches!(
            b.kind,
            BlockKind::Title
                | BlockKind::Subtitle
                | BlockKind::Heading
                | BlockKind::Body
                | BlockKind::Caption
        );
        // The block's candidates (token indices noted while tokenizing).
        while next < candidates.len() && (candidates[next] as usize) < t0 {
            next += 1;
        }
        // Where the last expression ended: candidates before it are in it.
        let mut consumed = 0;
        while let Some(&index) = candidates.get(next).filter(|&&i| (i as usize) < t1) {
            next += 1;
            let k = index as usize - t0;
            let Some(&t) = toks.get(k) else {
                continue;
            };
            let start = t.span.start as usize;
            if start < consumed {
                continue;
            }
            let candidate = match t.kind {
                TokenKind::Number => Some(Opener::Digit),
                TokenKind::Word => opener(t.bytes(input)),
                TokenKind::Apostrophe => input
                    .get(t.span.end as usize)
                    .is_some_and(u8::is_ascii_digit)
                    .then_some(Opener::Name),
                _ => None,
            };
            let window = input.get(start..end).unwrap_or(&[]);
            let found = candidate.and_then(|what| {
                if !worth_trying(window, what) {
                    return None;
                }
                // The word before, past blanks.
                let prev = k
                    .checked_sub(1)
                    .and_then(|j| toks.get(j))
                    .filter(|p| p.kind == TokenKind::Space)
                    .and_then(|_| k.checked_sub(2).and_then(|j| toks.get(j)))
                    .filter(|p| p.kind == TokenKind::Word)
                    .map_or(&[][..], |p| p.bytes(input));
                // (After `for`, `into`, `throughout` or `around`, a
                // month's name that goes on as a person's is no month: `a
                // blow for May, who …`, `ran into June Smith`; and `May's`,
                // also a surname's possessive: `for May's autograph`.)
                let loose = [&b"for"[..], b"into", b"throughout", b"around"]
                    .iter()
                    .any(|w| prev.eq_ignore_ascii_case(w));
                // `as early as March`, `as late as May`, `as soon as June`.
                let as_early_as = prev == b"as"
                    && k.checked_sub(4)
                        .and_then(|j| toks.get(j))
                        .is_some_and(|p| matches!(p.bytes(input), b"early" | b"late" | b"soon"));
                // (After `and`, `or`, `to`, `by` or `of`, a month that is
                // also a given name before a capitalised word that names no
                // place is a person's: `and May Brown agreed`, `a letter to
                // June Carter`; not `and May Londoners`, `by June Labour`.)
                let own = t.bytes(input);
                let given_month = matches!(own, b"April" | b"May" | b"June" | b"August");
                let joined = [&b"and"[..], b"or", b"to", b"by", b"of"]
                    .iter()
                    .any(|w| prev.eq_ignore_ascii_case(w));
                let person = given_month && joined && {
                    let after = input.get(t.span.end as usize..).unwrap_or(&[]);
                    let next = after
                        .strip_prefix(b" ")
                        .map(|r| {
                            let n = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
                            &r[..n]
                        })
                        .unwrap_or(&[]);
                    let known_one = |w: &[u8]| {
                        let mut key = crate::names::Key::new();
                        key.push(w)
                            && (crate::names::PLACES.find(key.as_bytes()).is_some()
                                || crate::names::DEMONYMS.find(key.as_bytes()).is_some())
                    };
                    // (`Londoners`: a demonym in the plural.)
                    let known =
                        |w: &[u8]| known_one(w) || w.strip_suffix(b"s").is_some_and(known_one);
                    next.len() >= 2
                        && next[0].is_ascii_uppercase()
                        && next[1..].iter().all(u8::is_ascii_lowercase)
                        && !known(next)
                        && !matches!(next, b"Labour" | b"Parliament" | b"Congress")
                };
                let lead_in = (contains(MONTH_LEAD_INS, prev) || as_early_as)
                    && !person
                    && !(loose
                        && ((crate::text::ends_in_possessive_s(t.bytes(input))
                            && t.bytes(input).starts_with(b"May"))
                            || names_someone(input.get(t.span.end as usize..).unwrap_or(&[]))));
                let after_for = prev.eq_ignore_ascii_case(b"for");
                // `3 inches an hour`, `$1.3 million a year`: a rate.
                timex(window, what, lead_in, after_for).filter(|&(len, raw, _)| {
                    len > 0
                        && plausible(input, toks, k, start + len, raw)
                        && !(matches!(
                            raw,
                            Raw::Duration {
                                count: Count::N(1.0),
                                ..
                            }
                        ) && what == Opener::Count
                            && crate::numbers::is_unit_word(prev))
                })
            });
            let Some((len, raw, modifier)) = found else {
                if with_numbers && crate::numbers::is_opener(input, t) {
                    numbers.push((index, to_u32(end)));
                }
                continue;
            };
            let raw = year_from_range(window.get(len..).unwrap_or_default(), raw);
            // `1 June,`: a comma the date grammar read past is not part of it.
            let mut stop = start + len;
            while stop > start + 1 && matches!(input.get(stop - 1), Some(b',' | b' ' | b'\t')) {
                stop -= 1;
            }
            // `in May.`: a sentence's full stop after a whole word (not the
            // period of `Sept.` or `p.m.`).
            if input.get(stop.wrapping_sub(1)) == Some(&b'.') {
                let word = input
                    .get(start..stop - 1)
                    .unwrap_or(&[])
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                if word > 4
                    || matches!(
                        input.get(stop - 1 - word..stop - 1),
                        Some(b"May" | b"June" | b"July")
                    )
                {
                    stop -= 1;
                }
            }
            // The sentence holding the expression, for its tense.
            while sentence < sentences.len() && sentences[sentence].end as usize <= start {
                sentence += 1;
            }
            // `the Dec. 31 game`: a day named as a noun's modifier is not
            // the time of the sentence's verb; the nearest one is meant.
            let attributive = matches!(raw, Raw::Day { year: None, .. })
                && k.checked_sub(2)
                    .and_then(|j| toks.get(j))
                    .is_some_and(|p| p.bytes(input).eq_ignore_ascii_case(b"the"));
            let needs_tense = !attributive
                && matches!(
                    raw,
                    Raw::Day { year: None, .. }
                        | Raw::Month { year: None, .. }
                        | Raw::Season { year: None, .. }
                        | Raw::Quarter {
                            year: None,
                            year_shift: 0,
                            ..
                        }
                        | Raw::Weekend
                        | Raw::Holiday { year: None, .. }
                        | Raw::Weekday {
                            shift: Shift::Tense | Shift::This,
                            ..
                        }
                        | Raw::ClockOn {
                            day: DayRef::Weekday(_),
                            ..
                        }
                        | Raw::Clock { .. }
                );
            let tense = match (needs_tense && reference.is_some(), sentences.get(sentence)) {
                (true, Some(s)) => {
                    // (At most `TENSE_WINDOW` tokens either side: a
                    // sentence of a megabyte must not make every expression
                    // in it read all of it.)
                    let lo = toks.partition_point(|t| t.span.start < s.start);
                    let hi = toks.partition_point(|t| t.span.start < s.end);
                    let lo = lo.min(k).max(k.saturating_sub(TENSE_WINDOW));
                    let hi = hi.min(k + TENSE_WINDOW).max(lo);
                    let word = |back: usize| {
                        k.checked_sub(back)
                            .and_then(|j| toks.get(j))
                            .map_or(&[][..], |p| p.bytes(input))
                    };
                    // `by Thursday`, `until May`: a deadline, also as the
                    // second of a pair (`until Thursday and Friday`).
                    let before = |w: &[u8]| {
                        (word(2) == w)
                            || (matches!(word(2), b"and" | b"or")
                                && is_name(word(4))
                                && word(6) == w)
                    };
                    // Also through a clock time (`until noon on Thursday`,
                    // `by 6pm on Friday`).
                    let through_time = || {
                        (1..=4)
                            .map(|k| word(2 * k))
                            .take_while(|w| {
                                matches!(
                                    *w,
                                    b"on"
                                        | b"noon"
                                        | b"midnight"
                                        | b"a.m."
                                        | b"p.m."
                                        | b"am"
                                        | b"pm"
                                ) || w.first().is_some_and(u8::is_ascii_digit)
                            })
                            .count()
                    };
                    let deadline = before(b"by") || before(b"until") || before(b"till") || {
                        let n = through_time();
                        n >= 2 && matches!(word(2 * n + 2), b"by" | b"until" | b"till")
                    };
                    let tense = tense_near(
                        input,
                        toks.get(lo..hi).unwrap_or(&[]),
                        k - lo,
                        Span::from_usize(start, stop),
                        deadline,
                    );
                    // `cancelled classes for Friday`: a weekday after `for`
                    // with no past cue at all is ahead (not `for Friday's
                    // attack`, nor a month: `sales for April`).
                    let own = t.bytes(input);
                    let possessive = crate::text::ends_in_possessive_s(own);
                    let weekday = matches!(raw, Raw::Weekday { .. });
                    // `since Wednesday`, `since late Wednesday`: always
                    // behind.
                    let since = before(b"since")
                        || (matches!(word(2), b"early" | b"late") && word(4) == b"since");
                    // `postponed to 23 June`, `adjourned to Monday`,
                    // `rescheduled for Thursday`: the
                    // new date lies ahead of the past verb.
                    // A past state that ended on the day: `remained on bail
                    // until March 1`, `until March 1, when charges were
                    // dropped` (a `when` clause in the past, not `until June
                    // 2, when he will be sentenced`).
                    let ended = input.get(stop..).is_some_and(|r| {
                        (r.starts_with(b", when") || r.starts_with(b" when"))
                            && !r.get(..r.len().min(80)).is_some_and(|c| {
                                [
                                    &b" will "[..],
                                    b" would ",
                                    b" is due",
                                    b" are due",
                                    b" is expected",
                                ]
                                .iter()
                                .any(|w| memchr::memmem::find(c, w).is_some())
                            })
                    }) || matches!(word(6), b"remained" | b"stayed")
                        || matches!(word(8), b"remained" | b"stayed");
                    // (So does a court's `adjourned until`, `remanded until`,
                    // `released on bail until`, `remanded in custody until`:
                    // the next hearing, unless the state ended then.)
                    let until = matches!(word(2), b"until" | b"till") && !ended;
                    let put_off = (matches!(word(2), b"to" | b"for")
                        && matches!(
                            word(4),
                            b"postponed" | b"adjourned" | b"deferred" | b"rescheduled"
                        ))
                        || (until
                            && (matches!(
                                word(4),
                                b"postponed" | b"adjourned" | b"deferred" | b"remanded" | b"bailed"
                            ) || matches!(
                                (word(6), word(4)),
                                (b"on", b"bail") | (b"in", b"custody")
                            )));
                    // `bookings for February were down` in late January:
                    // a month after `for` that is one of the next two is
                    // the coming one, whatever the verb's tense (not
                    // `sales for April` in May).
                    let month_ahead = before(b"for")
                        && match (raw, reference) {
                            (
                                Raw::Month {
                                    year: None,
                                    month,
                                    shift: Shift::Tense,
                                    year_shift: None,
                                },
                                Some(r),
                            ) => (1..=2).contains(&((month + 12 - r.month) % 12)),
                            _ => false,
                        };
                    // `compulsory on all boats from June 1`, written in
                    // mid-May: a day after `from` within the next month is
                    // when a rule starts, whatever the verb's tense.
                    // (Not a range's start: `rose from June 1 to June 9`.)
                    let range = input.get(stop..).is_some_and(|r| {
                        [
                            &b" to "[..],
                            b" until ",
                            b" through ",
                            b" till ",
                            b"-",
                            " – ".as_bytes(),
                        ]
                        .iter()
                        .any(|w| r.starts_with(w))
                    });
                    // (Nor in a sentence that names its year: `In 2023 the
                    // festival was held from June 3`, `Last year, the
                    // scheme ran from May 20`.)
                    let year_named = || {
                        let from = toks.get(lo).map_or(s.start, |t| t.span.start.max(s.start));
                        let to = hi
                            .checked_sub(1)
                            .and_then(|j| toks.get(j))
                            .map_or(s.end, |t| t.span.end.min(s.end));
                        names_a_year(
                            input
                                .get(from as usize..(to as usize).min(input.len()))
                                .unwrap_or_default(),
                        )
                    };
                    let starts_soon = before(b"from")
                        && !range
                        && match (raw, reference) {
                            (
                                Raw::Day {
                                    year: None,
                                    month,
                                    day,
                                    weekday: None,
                                    year_shift: None,
                                },
                                Some(r),
                            ) => r.year.is_some_and(|y| {
                                let ahead = Date {
                                    year: Some(y),
                                    month,
                                    day: Some(day),
                                }
                                .days_since_epoch()
                                .zip(r.days_since_epoch())
                                .map(|(d, r)| d - r);
                                ahead.is_some_and(|n| (1..=31).contains(&n))
                            }),
                            _ => false,
                        }
                        && !year_named();
                    // `has issued a warning from 6am on Thursday`: a period
                    // from a weekday, announced in the present perfect,
                    // starts ahead (not `the road was closed from Monday`).
                    let from_weekday_announced = || {
                        let clock = through_time();
                        let from =
                            before(b"from") || (clock >= 2 && word(2 * clock + 2) == b"from");
                        let weekday_day = weekday
                            || matches!(
                                raw,
                                Raw::ClockOn {
                                    day: DayRef::Weekday(_),
                                    ..
                                }
                            );
                        // (A notice's verb right after `has`, `have`: not
                        // `has been closed from Monday`, `have been queuing`.)
                        // (Nor past another clause or participle between:
                        // `has confirmed it received 200 patients from
                        // Friday`, `the week, which covers from Monday`.)
                        let mut announced = false;
                        let mut verb: &[u8] = &[];
                        let mut clause_between = false;
                        for w in toks
                            .get(lo..k)
                            .unwrap_or_default()
                            .iter()
                            .rev()
                            .filter(|t| t.kind == TokenKind::Word)
                            .map(|t| t.bytes(input))
                        {
                            if matches!(
                                w,
                                b"has" | b"have" | b"had" | b"was" | b"were" | b"is" | b"are"
                            ) {
                                announced = matches!(w, b"has" | b"have")
                                    && contains(ANNOUNCING_VERBS, verb)
                                    && !clause_between;
                                break;
                            }
                            if !verb.is_empty()
                                && (verb.ends_with(b"ed")
                                    || matches!(
                                        verb,
                                        b"which"
                                            | b"who"
                                            | b"that"
                                            | b"it"
                                            | b"they"
                                            | b"he"
                                            | b"she"
                                    ))
                            {
                                clause_between = true;
                            }
                            verb = w;
                        }
                        weekday_day && from && announced
                    };
                    // `“Half of us are on a flight on Friday,” the deckhand
                    // said`: in a quotation, a weekday after a present `is`
                    // or `are`, no past verb between, is the coming one.
                    // (Not a noun's day after a preposition: `is still in
                    // shock after the crash on Friday`, `are angry about the
                    // vote on Monday`.)
                    let quoted_present = || {
                        let sentence_toks = toks.get(lo..hi).unwrap_or_default();
                        quotation_around(sentence_toks, k - lo).is_some_and(|(open, _)| {
                            sentence_toks[open..k - lo]
                                .iter()
                                .rev()
                                .filter(|t| t.kind == TokenKind::Word)
                                .map(|t| t.bytes(input))
                                .find(|w| {
                                    matches!(
                                        *w,
                                        b"is"
                                            | b"are"
                                            | b"was"
                                            | b"were"
                                            | b"had"
                                            | b"did"
                                            | b"after"
                                            | b"about"
                                            | b"since"
                                            | b"following"
                                            | b"of"
                                            | b"over"
                                            | b"from"
                                            | b"before"
                                            | b"like"
                                            | b"as"
                                            | b"than"
                                    ) || w.ends_with(b"ed")
                                })
                                .is_some_and(|w| matches!(w, b"is" | b"are"))
                        })
                    };
                    if since {
                        Tense::Past
                    } else if put_off
                        || month_ahead
                        || starts_soon
                        || (tense != Tense::Future && from_weekday_announced())
                        || (tense == Tense::None && weekday && quoted_present())
                        || (tense == Tense::None && weekday && !possessive && before(b"for"))
                    {
                        Tense::Future
                    } else {
                        tense
                    }
                }
                _ => Tense::None,
            };
            // `closes at 4:30 on a Friday`: any Friday, not a dated one.
            let any_day = matches!(raw, Raw::Weekday { .. })
                && k.checked_sub(2)
                    .and_then(|j| toks.get(j))
                    .is_some_and(|p| p.bytes(input) == b"a");
            let (kind, mut value) = resolve(raw, reference.filter(|_| !any_day), tense);
            // `Last year the monsoon reached Kerala on June 3`, `In 2019,
            // … on June 8 and left in October`: days and months without
            // their year right after a year that opens the sentence take
            // that year, while nothing else dated comes between, the months
            // run on in order (`Last year, … mid-October, and … late
            // January` ends in the next year), no new clause (`, and`, `;`)
            // and no future tense intervene.
            let mut anchored = false;
            if let Some(scope) = year_scope.take() {
                let between = input.get(scope.end as usize..start).unwrap_or(&[]);
                let clause = between.contains(&b';')
                    || memchr::memmem::find(between, b", and ").is_some()
                    || memchr::memmem::find(between, b", but ").is_some();
                let month = value
                    .buf
                    .get(5..7)
                    .and_then(|m| <[u8; 2]>::try_from(m).ok());
                if scope.sentence == sentence
                    && scope.next == out.len()
                    && kind == TimeKind::Date
                    && matches!(
                        raw,
                        Raw::Day { year: None, .. } | Raw::Month { year: None, .. }
                    )
                    && !clause
                    && tense != Tense::Future
                    && month.is_some_and(|m| m >= scope.month)
                {
                    if let (Some(head), Some(month)) = (value.buf.get_mut(..4), month) {
                        head.copy_from_slice(&scope.year);
                        anchored = true;
                        year_scope = Some(YearScope {
                            month,
                            next: out.len() + 1,
                            end: to_u32(stop),
                            ..scope
                        });
                    }
                }
            }
            if matches!(raw, Raw::Clock { .. }) && reference.is_some() {
                bare.push(out.len());
                bare_past.push(tense == Tense::Past);
            }
            out.push(TimeExpr {
                kind,
                span: Span::from_usize(start, stop),
                value,
                modifier,
            });
            if !anchored {
                let from = sentences.get(sentence).map_or(u32::MAX, |s| s.start);
                year_scope = out
                    .last()
                    .and_then(|e| sentence_year(input, from, e))
                    .map(|year| YearScope {
                        year,
                        month: *b"00",
                        sentence,
                        next: out.len(),
                        end: to_u32(stop),
                    });
            }
            consumed = stop;
        }
    }
    anchor_clocks(
        &mut out,
        &bare,
        &bare_past,
        sentences,
        (reference, body_start),
    );
    out
}

/// How many expressions either side of a clock time in its sentence are
/// looked at for its day: more than any real sentence holds.
const ANCHOR_REACH: usize = 40;

/// How many tokens either side of an expression the tense cues are read
/// from: far more than any real sentence's reach (about 150 words).
const TENSE_WINDOW: usize = 300;

/// Participles that announce a period ahead after `has`/`have` and before
/// its `from` (`has issued a warning from 6am on Thursday`).
const ANNOUNCING_VERBS: &WordSet = &WordSet::new(&[
    "announced",
    "approved",
    "declared",
    "extended",
    "imposed",
    "introduced",
    "issued",
    "ordered",
    "put",
    "scheduled",
    "set",
]);

/// Whether `text` names a year: `last year`, `next year`, or a number from
/// 1900 to 2099 standing alone.
fn names_a_year(text: &[u8]) -> bool {
    ["last year", "next year", "a year earlier", "a year ago"]
        .iter()
        .any(|w| crate::lexicon::contains_ignore_case(text, w))
        || text.windows(6).any(|w| {
            !w[0].is_ascii_digit()
                && matches!(&w[1..3], b"19" | b"20")
                && w[3].is_ascii_digit()
                && w[4].is_ascii_digit()
                && !w[5].is_ascii_digit()
        })
}

/// A year that opened a sentence (`Last year`, `In 2019,`), carried to
/// the days and months right after it.
#[derive(Clone, Copy)]
struct YearScope {
    year: [u8; 4],
    /// The last month dated with it (`00` before any).
    month: [u8; 2],
    /// The index in the sentence list of its sentence.
    sentence: usize,
    /// The index the next expression must take in the output to go on.
    next: usize,
    /// Where the last expression dated with it ends.
    end: u32,
}

/// The year a sentence's opening sets for all of it: `Last year …`, `Next
/// year …`, `In 2019, …` (the expression `e` opens the sentence that starts
/// at `from`); not a year further on, which scopes over its clause only
/// (`… weighed 650 grams in 2014, against a kilo in January`).
fn sentence_year(input: &[u8], from: u32, e: &TimeExpr) -> Option<[u8; 4]> {
    let value = e.value.as_str().as_bytes();
    if e.kind != TimeKind::Date || value.len() != 4 || !value.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let text = e.span.slice(input);
    let named = [&b"last year"[..], b"next year", b"this year"]
        .iter()
        .any(|w| text.eq_ignore_ascii_case(w));
    let before = input
        .get(from as usize..e.span.start as usize)
        .unwrap_or(&[])
        .trim_ascii();
    // (A plain year: not `In 2019-20,`, a fiscal year.)
    let opens = if named {
        before.is_empty()
    } else {
        let after = input.get(e.span.end as usize..).unwrap_or(&[]);
        before.eq_ignore_ascii_case(b"in")
            && text.iter().all(u8::is_ascii_digit)
            && !matches!(after.first(), Some(b'-' | b'/'))
            && !after.starts_with("–".as_bytes())
    };
    opens.then(|| [value[0], value[1], value[2], value[3]])
}

/// A clock time read without its day takes the day of the nearest dated
/// expression in its sentence (`postponed the vote Tuesday night after a
/// hearing that ran past 11 p.m.`), or no date at all in a sentence of
/// habits (`meets twice a month at 7 p.m.`, `from 9 a.m. to 9 p.m.
/// daily`); else it keeps the reference date.
fn anchor_clocks(
    out: &mut [TimeExpr],
    bare: &[usize],
    past: &[bool],
    sentences: &[Span],
    (reference, body_start): (Option<Date>, u32),
) {
    // The story's day, found once: (index in `out`, date).
    let story = story_day(out, bare, reference, body_start);
    for (n, &at) in bare.iter().enumerate() {
        let Some(clock) = out.get(at) else {
            continue;
        };
        let start = clock.span.start;
        let s = sentences.partition_point(|s| s.end <= start);
        let Some(&s) = sentences.get(s).filter(|s| s.start <= start) else {
            continue;
        };
        let in_sentence = |t: &TimeExpr| s.start <= t.span.start && t.span.start < s.end;
        let mut habit = false;
        // (distance, date) of the nearest expression with a day.
        let mut day: Option<(u32, [u8; 10])> = None;
        let before = out.get(..at).unwrap_or(&[]).iter().enumerate().rev();
        let after = out.iter().enumerate().skip(at + 1);
        // (The nearest `ANCHOR_REACH` each side: a sentence of a megabyte
        // must not make each of its clock times read all of it.)
        for (k, t) in before
            .take_while(|(_, t)| in_sentence(t))
            .take(ANCHOR_REACH)
            .chain(after.take_while(|(_, t)| in_sentence(t)).take(ANCHOR_REACH))
        {
            if t.kind == TimeKind::Set {
                habit = true;
                break;
            }
            let v = t.value.as_str().as_bytes();
            let dated = matches!(t.kind, TimeKind::Date | TimeKind::Time)
                && bare.binary_search(&k).is_err()
                && v.get(..10).is_some_and(|d| {
                    d.iter().enumerate().all(|(n, b)| {
                        if n == 4 || n == 7 {
                            *b == b'-'
                        } else {
                            b.is_ascii_digit()
                        }
                    })
                });
            if !dated {
                continue;
            }
            let distance = if t.span.start < start {
                start - t.span.end.min(start)
            } else {
                t.span.start - clock.span.end.min(t.span.start)
            };
            if day.is_none_or(|(d, _)| distance < d) {
                let mut date = [0u8; 10];
                date.copy_from_slice(v.get(..10).unwrap_or(&[0; 10]));
                day = Some((distance, date));
            }
        }
        // A story told in the past goes on on its last day: `Crews worked
        // through Tuesday. … The line reopened at 6 p.m.`
        if day.is_none() && !habit && past.get(n) == Some(&true) {
            day = story.filter(|&(k, _)| k < at).map(|(_, d)| (0, d));
        }
        let date: &[u8] = match (habit, &day) {
            (true, _) => b"XXXX-XX-XX",
            (false, Some((_, date))) => date,
            (false, None) => continue,
        };
        let Some(clock) = out.get_mut(at) else {
            continue;
        };
        let old = clock.value;
        let time = old.as_str().get(10..).unwrap_or("");
        let mut v = TimexValue::new();
        v.push(core::str::from_utf8(date).unwrap_or("XXXX-XX-XX"));
        v.push(time);
        clock.value = v;
    }
}

/// The day a story told in the past is about: the first full date in the
/// body (the lead's `on Sunday`, `voted Tuesday`) and its index in `out`,
/// if it is in the week up to `reference`, where a date further off is more
/// likely background (`founded on March 3, 1999`). A clock time uses it only
/// when it comes after that date.
fn story_day(
    out: &[TimeExpr],
    bare: &[usize],
    reference: Option<Date>,
    body_start: u32,
) -> Option<(usize, [u8; 10])> {
    let today = reference?.days_since_epoch()?;
    let (k, value, day) = out
        .iter()
        .enumerate()
        .filter(|(k, t)| {
            t.span.start >= body_start
                && matches!(t.kind, TimeKind::Date | TimeKind::Time)
                && bare.binary_search(k).is_err()
        })
        .find_map(|(k, t)| {
            let v = t.value.as_str().as_bytes().get(..10)?;
            let (_, d) = date::iso_date(v).ok()?;
            Some((k, v, d))
        })?;
    if !(0..=7).contains(&(today - day.days_since_epoch()?)) {
        return None;
    }
    let mut date = [0u8; 10];
    date.copy_from_slice(value);
    Some((k, date))
}

/// The words that open a time expression or a number, for [`may_open`].
static OPEN_FILTER: Prefilter = Prefilter::new(&[
    &TRIGGER_WORDS,
    NAMES.words(),
    UNIT_WORDS.words(),
    crate::numbers::OPENERS.words(),
]);

/// Whether a token may open a time expression or a number: the cheap test
/// [`crate::parse`] makes on every token as it is read, so that the
/// extractors visit only these (numbers, currency signs, apostrophes before
/// digits, and words whose first letter and length fit a trigger).
#[inline]
pub(crate) fn may_open(input: &[u8], t: Token) -> bool {
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            let w = t.bytes(input);
            let Some(&first) = w.first() else {
                return false;
            };
            if OPEN_FILTER.may_contain(w) {
                return true;
            }
            // `Monday’s`, `today's`: the word before the possessive.
            let n = w.len();
            let bare = match w {
                [.., b'\'', b's'] => &w[..n - 2],
                [.., 0xE2, 0x80, 0x99, b's'] => &w[..n - 4],
                _ => &[][..],
            };
            if TRIGGER_FILTER.may_contain(bare) {
                return true;
            }
            // `two-year`, `fifty-three`, `mid-December`: a hyphen after a
            // head of up to seven letters that starts like a count or unit.
            (n > 3
                && first.is_ascii_alphabetic()
                && HEAD_LETTERS & letter_bit(first) != 0
                && w[1..n.min(9)]
                    .iter()
                    .position(|&b| b == b'-')
                    .is_some_and(|at| {
                        let head = &w[..at + 1];
                        OPEN_FILTER.may_contain(head)
                    }))
                || (n <= 2 && input.get(t.span.end as usize) == Some(&b'$'))
                // `January-March`: a month's name before a hyphen.
                || (n > 7
                    && first.is_ascii_uppercase()
                    && w[3..n.min(10)]
                        .iter()
                        .position(|&b| b == b'-')
                        .is_some_and(|at| TRIGGER_FILTER.may_contain(&w[..at + 3])))
        }
        TokenKind::Apostrophe => input
            .get(t.span.end as usize)
            .is_some_and(u8::is_ascii_digit),
        TokenKind::Punct => matches!(
            t.bytes(input),
            b"$" | [0xC2, 0xA3] | [0xC2, 0xA5] | [0xE2, 0x82, 0xAC] | [0xE2, 0x82, 0xB9]
        ),
        _ => false,
    }
}

/// Checks that need the tokens around a match: a bare number is a year only
/// when it reads like one (`in 2019`, not `2019 people` or `$2019`).
fn plausible(input: &[u8], toks: &[Token], k: usize, stop: usize, raw: Raw) -> bool {
    let Raw::Year(y) = raw else {
        return true;
    };
    // A year in news text: 1900–2099 and not money, a count or an address.
    if !(1900..=2099).contains(&y) {
        return false;
    }
    let before = k.checked_sub(1).and_then(|j| toks.get(j));
    if before.is_some_and(|t| {
        matches!(
            t.bytes(input),
            b"$" | b"#" | [0xC2, 0xA3] | [0xE2, 0x82, 0xAC]
        )
    }) {
        return false;
    }
    // `call the helpline 1916`, `Route 1960`, `Room 2010`: a number named
    // by what it numbers.
    let word_before = k
        .checked_sub(2)
        .and_then(|j| toks.get(j))
        .filter(|t| t.kind == TokenKind::Word);
    if word_before.is_some_and(|t| contains(NUMBERED_THINGS, t.bytes(input))) {
        return false;
    }
    // The word after, past blanks.
    let next = toks
        .iter()
        .skip(k + 1)
        .find(|t| (t.span.start as usize) >= stop && t.kind != TokenKind::Space);
    !next.is_some_and(|t| contains(NOT_AFTER_YEAR, t.bytes(input)))
}

/// Words before a number that name what it numbers, so that it is no
/// year: `helpline 1916`, `Route 1960`, `flight 2024`.
const NUMBERED_THINGS: &WordSet = &WordSet::new(&[
    "bus",
    "dial",
    "extension",
    "flight",
    "helpline",
    "highway",
    "hotline",
    "number",
    "pin",
    "room",
    "route",
    "toll-free",
]);

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str, reference: Option<Date>, tense: Tense) -> (usize, alloc::string::String) {
        let (len, raw, _) = timex_at(s.as_bytes()).expect(s);
        let (_, v) = resolve(raw, reference, tense);
        (len, v.as_str().into())
    }

    /// The grammar at the start of `s`, as the pass would try it.
    fn timex_at(s: &[u8]) -> Option<(usize, Raw, Option<TimeMod>)> {
        let what = if s.first().is_some_and(u8::is_ascii_digit) {
            Opener::Digit
        } else {
            let n = s
                .iter()
                .position(|&b| matches!(b, b' ' | b',' | b'\''))
                .unwrap_or(s.len());
            opener(&s[..n])?
        };
        timex(s, what, true, false)
    }

    #[test]
    fn word_lists_are_sorted_and_found() {
        assert!(TRIGGERS.windows(2).all(|w| w[0].0 < w[1].0));
        // The sets are sorted by construction (a compile-time check); each
        // word passes its set's filter in any case.
        for list in [
            FUTURE_CUES,
            MODIFIER_WORDS,
            DURATION_LEADS,
            SCHEDULE_CUES,
            AUXILIARIES,
            PAST_CUES,
            ANNOUNCING_VERBS,
            NAMES,
            UNIT_WORDS,
            AFTER_A,
            AFTER_THE,
            COUNT_WORDS,
            NOT_PAST_ED,
            IRREGULAR_PARTICIPLES,
            MODIFIER_SLOTS,
            MONTH_LEAD_INS,
            NOT_AFTER_YEAR,
            NUMBERED_THINGS,
        ] {
            crate::lexicon::tests::assert_set_finds_its_words(list);
        }
    }

    #[test]
    fn weekday_shifting() {
        let wed = Date::ymd(2017, 4, 19);
        assert_eq!(value("Tuesday", wed, Tense::Past).1, "2017-04-18");
        assert_eq!(value("Tuesday", wed, Tense::Future).1, "2017-04-25");
        assert_eq!(value("Wednesday", wed, Tense::Past).1, "2017-04-19");
        assert_eq!(value("Wednesday", wed, Tense::Future).1, "2017-04-19");
        assert_eq!(value("last Wednesday", wed, Tense::None).1, "2017-04-12");
        assert_eq!(value("next Wednesday", wed, Tense::None).1, "2017-04-26");
        assert_eq!(value("Thursday", wed, Tense::None).1, "2017-04-13");
        // Across a month and a year.
        let jan2 = Date::ymd(2017, 1, 2);
        assert_eq!(value("Friday", jan2, Tense::Past).1, "2016-12-30");
        assert_eq!(
            value("Friday night", jan2, Tense::Future).1,
            "2017-01-06TNI"
        );
    }

    #[test]
    fn holidays_by_rule_and_by_tense() {
        // Easter by the computus, and the days counted from it.
        for (y, m, d) in [(2000, 4, 23), (2019, 4, 21), (2024, 3, 31), (2026, 4, 5)] {
            assert_eq!(easter(y), Date::ymd(y, m, d), "{y}");
        }
        let day = |s: &str, y| -> Option<Date> {
            let (_, raw, _) = timex_at(s.as_bytes())?;
            match raw {
                Raw::Holiday { holiday, .. } => holiday.on(y),
                _ => None,
            }
        };
        assert_eq!(day("Good Friday", 2026), Date::ymd(2026, 4, 3));
        assert_eq!(day("Ash Wednesday", 2026), Date::ymd(2026, 2, 18));
        // A weekday of a month: the fourth Thursday, the first Monday, the
        // last Monday.
        assert_eq!(day("Thanksgiving", 2025), Date::ymd(2025, 11, 27));
        assert_eq!(day("Labor Day", 2027), Date::ymd(2027, 9, 6));
        assert_eq!(day("Memorial Day", 2026), Date::ymd(2026, 5, 25));
        assert_eq!(day("Memorial Day", 2027), Date::ymd(2027, 5, 31));
        // The year by the tense, or by `last`/`next`, or written.
        let april = Date::ymd(2017, 4, 19);
        assert_eq!(
            value("Christmas Eve", april, Tense::Past),
            (13, "2016-12-24".into())
        );
        assert_eq!(value("Christmas", april, Tense::Future).1, "2017-12-25");
        assert_eq!(value("Easter", april, Tense::Past).1, "2017-04-16");
        assert_eq!(
            value("New Year’s Eve", april, Tense::Future).1,
            "2017-12-31"
        );
        assert_eq!(value("Veterans' Day", april, Tense::Past).1, "2016-11-11");
        let late_dec = Date::ymd(2017, 12, 30);
        assert_eq!(
            value("last Christmas", late_dec, Tense::None).1,
            "2017-12-25"
        );
        assert_eq!(
            value("next Christmas", late_dec, Tense::None).1,
            "2018-12-25"
        );
        assert_eq!(value("Easter 2027", late_dec, Tense::Past).1, "2027-03-28");
        assert_eq!(value("Christmas", None, Tense::None).1, "XXXX-12-25");
        // A kind of thing, not a day; a name that only starts like one.
        assert!(timex_at(b"Christmas tree").is_none());
        assert!(timex_at(b"Easter eggs").is_none());
        assert!(timex_at(b"New York").is_none());
        assert!(timex_at(b"Good news").is_none());
    }

    #[test]
    fn every_holiday_head_is_listed() {
        for (phrase, _) in HOLIDAYS {
            let head = phrase.split([' ', '\'']).next().unwrap_or(phrase);
            assert!(contains(HOLIDAY_HEADS, head.as_bytes()), "{phrase}");
            assert!(contains(NAMES, head.as_bytes()), "{phrase}");
        }
        crate::lexicon::tests::assert_set_finds_its_words(HOLIDAY_HEADS);
    }

    #[test]
    fn habits_on_weekdays_are_sets() {
        let wed = Date::ymd(2017, 4, 19);
        let set = |s: &str| {
            let (len, raw, _) = timex_at(s.as_bytes()).expect(s);
            let (kind, v) = resolve(raw, wed, Tense::Past);
            (kind, len, alloc::string::String::from(v.as_str()))
        };
        assert_eq!(set("Fridays"), (TimeKind::Set, 7, "XXXX-WXX-5".into()));
        assert_eq!(
            set("Wednesday afternoons"),
            (TimeKind::Set, 20, "XXXX-WXX-3TAF".into())
        );
        assert_eq!(
            set("Sunday mornings"),
            (TimeKind::Set, 15, "XXXX-WXX-7TMO".into())
        );
        assert_eq!(
            set("every Monday morning"),
            (TimeKind::Set, 20, "XXXX-WXX-1TMO".into())
        );
        assert_eq!(set("weekdays"), (TimeKind::Set, 8, "XXXX-WXX-WD".into()));
        assert_eq!(set("weekends"), (TimeKind::Set, 8, "XXXX-WXX-WE".into()));
        // One weekday is still a date, and a morning of it a time.
        assert_eq!(
            set("Sunday morning"),
            (TimeKind::Time, 14, "2017-04-16TMO".into())
        );
    }

    #[test]
    fn early_and_late_take_a_weekday() {
        let (len, raw, m) = timex_at(b"early Tuesday, officials said").expect("early Tuesday");
        assert_eq!((len, m), (13, Some(TimeMod::Start)));
        let (_, v) = resolve(raw, Date::ymd(2017, 4, 19), Tense::Past);
        assert_eq!(v.as_str(), "2017-04-18");
        assert_eq!(
            timex_at(b"late Friday").map(|x| x.2),
            Some(Some(TimeMod::End))
        );
    }

    #[test]
    fn periods_and_iso_weeks() {
        let d = Date::ymd(2017, 1, 2);
        assert_eq!(value("last week", d, Tense::None).1, "2016-W52");
        assert_eq!(value("this week", d, Tense::None).1, "2017-W01");
        assert_eq!(value("last month", d, Tense::None).1, "2016-12");
        assert_eq!(value("next quarter", d, Tense::None).1, "2017-Q2");
        assert_eq!(value("last quarter", d, Tense::None).1, "2016-Q4");
        assert_eq!(value("two weeks ago", d, Tense::None).1, "2016-W51");
        assert_eq!(value("five years ago", d, Tense::None).1, "2012");
        assert_eq!(value("this week", None, Tense::None).1, "XXXX-WXX");
        let leap = Date::ymd(2016, 2, 29);
        assert_eq!(value("yesterday", leap, Tense::None).1, "2016-02-28");
        assert_eq!(value("tomorrow", leap, Tense::None).1, "2016-03-01");
        assert_eq!(
            value("99999999999999999999 years ago", leap, Tense::None).1,
            "PAST_REF"
        );
    }

    #[test]
    fn durations_and_values() {
        assert_eq!(value("18 months", None, Tense::None), (9, "P18M".into()));
        assert_eq!(value("10-day", None, Tense::None).1, "P10D");
        assert_eq!(value("1.5 years", None, Tense::None).1, "P1Y6M");
        assert_eq!(value("1.7 years", None, Tense::None).1, "P1.7Y");
        assert_eq!(value("a decade", None, Tense::None).1, "P10Y");
        assert_eq!(value("two centuries", None, Tense::None).1, "P200Y");
        assert_eq!(value("several decades", None, Tense::None).1, "PXDE");
        assert_eq!(value("twenty-five minutes", None, Tense::None).1, "PT25M");
        assert_eq!(
            value("99999999999999999999 years", None, Tense::None).1,
            "PXY"
        );
        assert_eq!(value("47-year-old", None, Tense::None).1, "P47Y");
    }

    #[test]
    fn months_by_tense() {
        let d = Date::ymd(2017, 4, 19);
        assert_eq!(value("December", d, Tense::Past).1, "2016-12");
        assert_eq!(value("December", d, Tense::Future).1, "2017-12");
        assert_eq!(value("February", d, Tense::Future).1, "2018-02");
        assert_eq!(value("February", d, Tense::Past).1, "2017-02");
        assert_eq!(value("March 3", d, Tense::Future).1, "2018-03-03");
        assert_eq!(value("May 20", d, Tense::Past).1, "2016-05-20");
        assert_eq!(value("May 28", d, Tense::None).1, "2017-05-28");
    }
}
