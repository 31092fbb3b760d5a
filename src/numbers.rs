//! Numbers with their units, read from body paragraphs and captions.
//!
//! Like the time expressions, a nom grammar over the bytes runs only at
//! tokens that can open a number: a digit, a currency sign (`$`, `£`, `€`,
//! `¥`, `₹`), a spelled-out number (`two`, `fifty-three`, `a dozen`), an
//! ordinal word or `between`. It reads cardinals (`1,000`, `9.5`), scales
//! (`1.13bn`, `120 million`), ordinals (`second`, `3rd`), percents
//! (`6.5 percent`, `76%`, `50 basis points`), money (`$48 million`,
//! `120 million euros`, `£600m`), measured quantities (`40 km`), scores
//! (`7-2`) and ranges (`between 5 and 10`). Tokens inside a time expression
//! (years, days of the month, `10-day`) are not numbers.

use alloc::vec::Vec;

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1};
use nom::combinator::opt;
use nom::{IResult, Parser};

use crate::lexicon::{contains, Prefilter, WordSet};
use crate::span::Span;
use crate::times::{boundary, kw, sp, spelled, table, TimeExpr};
use crate::token::{Token, TokenKind};

/// What a number counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum NumberKind {
    /// A count: `1,000`, `fifty-three`, `a dozen`.
    Cardinal,
    /// A rank: `second`, `3rd`.
    Ordinal,
    /// `6.5 percent`, `76%`, `50 basis points`.
    Percent,
    /// An amount of a currency: `$48 million`.
    Money,
    /// A measure with a unit, or a score: `40 km`, `7-2`.
    Quantity,
}

impl NumberKind {
    /// The name used in the JSON record.
    pub const fn as_str(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Percent => "percent",
            NumberKind::Money => "money",
            NumberKind::Quantity => "quantity",
        }
    }
}

/// One number.
///
/// # Example
/// ```
/// use newsprint::NumberKind;
/// let article = newsprint::parse_with(
///     b"The fund raised $48 million, up 6.5 percent.",
///     &newsprint::Options::new().plain(true),
/// );
/// let n = article.numbers();
/// assert_eq!((n[0].kind, n[0].value, n[0].unit), (NumberKind::Money, 48e6, Some("USD")));
/// assert_eq!((n[1].kind, n[1].value, n[1].unit), (NumberKind::Percent, 6.5, Some("percent")));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct NumberExpr {
    /// Cardinal, ordinal, percent, money or quantity.
    pub kind: NumberKind,
    /// The number with its unit, as written.
    pub span: Span,
    /// The value, scales applied (`1.13bn` → 1.13e9); the first of a score
    /// or a range.
    pub value: f64,
    /// The second number of a score (`7-2` → 2) or a range.
    pub to: Option<f64>,
    /// The unit: `percent`, `basis points`, a currency code (`USD`), a
    /// measure (`km`), `score`; `None` for plain counts and ordinals.
    pub unit: Option<&'static str>,
}

type R<'a, T> = IResult<&'a [u8], T>;

fn fail<T>(i: &[u8]) -> R<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// Currency signs and prefixed signs, longest first.
const SIGNS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("S$", "SGD"),
    ("R$", "BRL"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
];

/// Currency words after an amount.
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rupees", "INR"),
    ("francs", "CHF"),
    ("pesos", "MXN"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
];

/// Units of measure after a number (`40 km`, `3 tonnes`).
const MEASURES: &[(&str, &str)] = &[
    ("km", "km"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("miles", "mile"),
    ("mile", "mile"),
    ("metres", "m"),
    ("meters", "m"),
    ("metre", "m"),
    ("meter", "m"),
    ("feet", "ft"),
    ("foot", "ft"),
    ("inches", "in"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("kg", "kg"),
    ("kilograms", "kg"),
    ("kilos", "kg"),
    ("grams", "g"),
    ("tonnes", "t"),
    ("tons", "t"),
    ("lbs", "lb"),
    ("acres", "acre"),
    ("hectares", "ha"),
    ("litres", "l"),
    ("liters", "l"),
    ("gallons", "gal"),
    ("yards", "yd"),
    ("barrels", "bbl"),
    ("mph", "mph"),
    ("kph", "km/h"),
    ("mw", "MW"),
    ("gw", "GW"),
    ("kwh", "kWh"),
    ("degrees", "degree"),
];

/// Scale words: `thousand` … `trillion`, and their news abbreviations.
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("mn", 1e6),
    ("mln", 1e6),
    ("bn", 1e9),
    ("bln", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
];

/// The words after `a` that make a number.
const SCALE_WORDS: &WordSet = &WordSet::new(&[
    "billion", "dozen", "hundred", "million", "thousand", "trillion",
]);

/// Ordinal words.
const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("hundredth", 100),
];

/// Words that can open a number: spelled numbers, ordinals, `a` (`a
/// dozen`) and `between`.
pub(crate) const OPENERS: &WordSet = &WordSet::new(&[
    "a",
    "an",
    "between",
    "eight",
    "eighteen",
    "eighteenth",
    "eighth",
    "eighty",
    "eleven",
    "eleventh",
    "fifteen",
    "fifteenth",
    "fifth",
    "fiftieth",
    "fifty",
    "first",
    "five",
    "fortieth",
    "forty",
    "four",
    "fourteen",
    "fourteenth",
    "fourth",
    "hundredth",
    "nine",
    "nineteen",
    "nineteenth",
    "ninety",
    "ninth",
    "one",
    "second",
    "seven",
    "seventeen",
    "seventeenth",
    "seventh",
    "seventy",
    "six",
    "sixteen",
    "sixteenth",
    "sixth",
    "sixty",
    "ten",
    "tenth",
    "third",
    "thirteen",
    "thirteenth",
    "thirtieth",
    "thirty",
    "three",
    "twelfth",
    "twelve",
    "twentieth",
    "twenty",
    "two",
]);

/// The digits of a number (`1,000`, `9.5`), without a word-boundary check
/// (`1.13bn`, `600m` go on into a suffix).
fn numeral(i: &[u8]) -> R<'_, f64> {
    let (_, d) = take_while1(|b: u8| b.is_ascii_digit() || b == b',' || b == b'.')(i)?;
    let d = match d.iter().rposition(u8::is_ascii_digit) {
        Some(last) => d.get(..=last).unwrap_or(d),
        None => return fail(i),
    };
    let rest = i.get(d.len()..).unwrap_or(&[]);
    if !d.first().is_some_and(u8::is_ascii_digit) || d.len() > 40 {
        return fail(i);
    }
    // `1,000` groups: commas only between digits.
    let mut buf = [0u8; 40];
    let mut n = 0;
    for &b in d {
        if b != b',' {
            buf[n] = b;
            n += 1;
        }
    }
    match core::str::from_utf8(&buf[..n])
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
    {
        Some(v) => Ok((rest, v)),
        None => fail(i),
    }
}

/// `fifty-three`, `two hundred`, `a dozen`, `three million` → the value.
fn spelled_number(i: &[u8]) -> R<'_, f64> {
    let big = |i| {
        alt((
            kw("dozen").map(|_| 12.0),
            kw("hundred").map(|_| 100.0),
            table(SCALES),
        ))
        .parse(i)
    };
    // `a dozen`, `a hundred`, `a million`.
    if let Ok((r, (_, _, m))) = (alt((kw("a"), kw("an"))), sp, big).parse(i) {
        return Ok((r, m));
    }
    let (r, n) = spelled(i)?;
    let mut v = f64::from(n);
    let (r, m) = opt((sp, big).map(|(_, m)| m)).parse(r)?;
    let mut r = r;
    if let Some(m) = m {
        v *= m;
        // `two hundred (and) fifty`, `two hundred million`.
        if m == 100.0 {
            if let Ok((r2, (_, _, k))) = (sp, opt((kw("and"), sp)), spelled).parse(r) {
                v += f64::from(k);
                r = r2;
            }
            if let Ok((r2, (_, m2))) = (sp, table(SCALES)).parse(r) {
                v *= m2;
                r = r2;
            }
        }
    }
    Ok((r, v))
}

/// An amount: digits with an optional glued or spaced scale, or a spelled
/// number. The flag tells whether a glued `m`/`k` was read (`600m`), which
/// is a scale only for money.
fn amount(i: &[u8]) -> R<'_, (f64, Option<f64>)> {
    if let Ok((r, v)) = numeral(i) {
        // Glued scale: `1.13bn`, `600m`, `5k`.
        let mut glued = alt((
            alt((
                tag_no_case::<_, _, nom::error::Error<&[u8]>>("bn"),
                tag_no_case("billion"),
            ))
            .map(|_| 1e9),
            alt((tag_no_case("mn"), tag_no_case("million"))).map(|_| 1e6),
            tag_no_case("tn").map(|_| 1e12),
            tag("m").map(|_| -1e6),
            tag("k").map(|_| -1e3),
        ));
        if let Ok((r2, m)) = glued.parse(r) {
            if boundary(r2) {
                return Ok((r2, (v, Some(m))));
            }
        }
        if !boundary(r) {
            return fail(i);
        }
        let (r, m) = opt((sp, table(SCALES)).map(|(_, m)| m)).parse(r)?;
        return Ok((r, (v, m)));
    }
    let (r, v) = spelled_number(i)?;
    Ok((r, (v, None)))
}

/// What follows an amount.
enum Suffix {
    Percent(&'static str),
    Currency(&'static str),
    Measure(&'static str),
}

fn suffix(i: &[u8]) -> R<'_, Suffix> {
    if let Ok((r, _)) = tag::<_, _, nom::error::Error<&[u8]>>("%")(i) {
        return Ok((r, Suffix::Percent("percent")));
    }
    let (r, _) = sp(i)?;
    alt((
        alt((
            kw("percent"),
            (kw("per"), sp, kw("cent")).map(|_| ()),
            kw("pct"),
        ))
        .map(|_| Suffix::Percent("percent")),
        (kw("percentage"), sp, alt((kw("points"), kw("point"))))
            .map(|_| Suffix::Percent("percentage points")),
        (kw("basis"), sp, alt((kw("points"), kw("point"))))
            .map(|_| Suffix::Percent("basis points")),
        table(CURRENCY_WORDS).map(Suffix::Currency),
        table(MEASURES).map(Suffix::Measure),
    ))
    .parse(r)
}

/// A currency sign before an amount.
fn sign(i: &[u8]) -> R<'_, &'static str> {
    for &(s, code) in SIGNS {
        if let Some(rest) = i.strip_prefix(s.as_bytes()) {
            // `$ 5` is rare but printed.
            let rest = sp(rest).map_or(rest, |(r, _)| r);
            return Ok((rest, code));
        }
    }
    fail(i)
}

/// One or two digits.
fn small(i: &[u8]) -> R<'_, f64> {
    let (r, d) = take_while1(|b: u8| b.is_ascii_digit())(i)?;
    if d.len() > 2 {
        return fail(i);
    }
    Ok((r, d.iter().fold(0.0, |n, b| n * 10.0 + f64::from(b - b'0'))))
}

/// A score or a tally: `7-2`, `5–4` (one or two digits a side).
fn score(i: &[u8]) -> R<'_, (f64, f64)> {
    let (r, (a, _, b)) = (small, alt((tag("-"), tag("–"))), small).parse(i)?;
    if !boundary(r) || r.first() == Some(&b'-') {
        return fail(i);
    }
    Ok((r, (a, b)))
}

/// A number read by the grammar: `(length, kind, value, to, unit)`.
type Found = (usize, NumberKind, f64, Option<f64>, Option<&'static str>);

/// One number at the start of `i`.
fn number(i: &[u8]) -> Option<Found> {
    let len = |r: &[u8]| i.len() - r.len();
    let &first = i.first()?;
    let digit = first.is_ascii_digit();
    if digit {
        if let Ok((r, (a, b))) = score(i) {
            return Some((len(r), NumberKind::Quantity, a, Some(b), Some("score")));
        }
    }
    // The letters right after the digits decide an ordinal (`3rd`).
    let suffix_letter = digit && {
        let n = i
            .iter()
            .position(|b| !b.is_ascii_digit() && *b != b',')
            .unwrap_or(i.len());
        i.get(n).is_some_and(u8::is_ascii_alphabetic)
    };
    // Ordinals: `3rd`, `21st`, `second`, `twenty-first`.
    if !suffix_letter {
        // (not an ordinal number)
    } else if let Ok((r, (n, _))) = (
        numeral,
        alt((
            tag_no_case("st"),
            tag_no_case("nd"),
            tag_no_case("rd"),
            tag_no_case("th"),
        )),
    )
        .parse(i)
    {
        if boundary(r) {
            return Some((len(r), NumberKind::Ordinal, n, None, None));
        }
    }
    let letter = first.is_ascii_alphabetic();
    if letter {
        if let Ok((r, n)) = table(ORDINALS)(i) {
            return Some((len(r), NumberKind::Ordinal, f64::from(n), None, None));
        }
        if let Ok((r, (tens, _, n))) = (spelled, tag("-"), table(ORDINALS)).parse(i) {
            if tens >= 20 && tens % 10 == 0 && n < 10 {
                return Some((len(r), NumberKind::Ordinal, f64::from(tens + n), None, None));
            }
        }
    }
    // `between 5 and 10 (percent)`.
    if let Ok((r, (_, _, (a, ma), _, _, _, (b, mb)))) = if letter {
        (kw("between"), sp, amount, sp, kw("and"), sp, amount).parse(i)
    } else {
        fail(i)
    } {
        let scale = |v: f64, m: Option<f64>| v * m.map_or(1.0, f64::abs);
        let (r, unit) = match suffix(r) {
            Ok((r2, Suffix::Percent(u) | Suffix::Currency(u) | Suffix::Measure(u))) => {
                (r2, Some(u))
            }
            Err(_) => (r, None),
        };
        return Some((
            len(r),
            NumberKind::Cardinal,
            scale(a, ma),
            Some(scale(b, mb)),
            unit,
        ));
    }
    // Money with a sign: `$48 million`, `£600m`, `US$1.2bn`.
    if let Ok((r, code)) = if digit { fail(i) } else { sign(i) } {
        let (r, (v, m)) = amount(r).ok()?;
        let v = v * m.map_or(1.0, f64::abs);
        return Some((len(r), NumberKind::Money, v, None, Some(code)));
    }
    let (r, (v, m)) = amount(i).ok()?;
    // A glued `m` or `k` without a currency is a measure (`600m`).
    let (v, glued_unit) = match m {
        Some(m) if m < 0.0 => (v, Some(if m == -1e6 { "m" } else { "k" })),
        Some(m) => (v * m, None),
        None => (v, None),
    };
    if let Some(u) = glued_unit {
        return Some((len(r), NumberKind::Quantity, v, None, Some(u)));
    }
    match suffix(r) {
        Ok((r2, Suffix::Percent(u))) => Some((len(r2), NumberKind::Percent, v, None, Some(u))),
        Ok((r2, Suffix::Currency(u))) => Some((len(r2), NumberKind::Money, v, None, Some(u))),
        Ok((r2, Suffix::Measure(u))) => Some((len(r2), NumberKind::Quantity, v, None, Some(u))),
        Err(_) => Some((len(r), NumberKind::Cardinal, v, None, None)),
    }
}

/// The words [`is_opener`] looks up.
pub(crate) static OPENER_FILTER: Prefilter = Prefilter::new(&[OPENERS.words()]);

/// Whether a token can open a number.
pub(crate) fn is_opener(input: &[u8], t: Token) -> bool {
    let w = t.bytes(input);
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => matches!(
            w,
            b"$" | [0xC2, 0xA3] | [0xC2, 0xA5] | [0xE2, 0x82, 0xAC] | [0xE2, 0x82, 0xB9]
        ),
        TokenKind::Word => {
            // `US$`, `C$`: a prefixed currency sign.
            if w.len() <= 2 && input.get(t.span.end as usize) == Some(&b'$') {
                return true;
            }
            // `fifty-three`, `twenty-first`: the letters before a hyphen.
            let n = w
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(w.len());
            let head = &w[..n];
            if !OPENER_FILTER.may_contain(head)
                || !matches!(w.get(n), None | Some(b'-'))
                || !contains(OPENERS, head)
            {
                return false;
            }
            // `a`/`an` only before a scale word: `a dozen`, `a million`.
            if head.len() <= 2 {
                let after = input.get(t.span.end as usize..).unwrap_or(&[]);
                let after = sp(after).map_or(&[][..], |(r, _)| r);
                let n = after
                    .iter()
                    .position(|b| !b.is_ascii_alphabetic())
                    .unwrap_or(after.len());
                return contains(SCALE_WORDS, &after[..n]);
            }
            true
        }
        _ => false,
    }
}

/// Extract the numbers starting at the candidate tokens `starts` (token
/// index, end of its block; in order, noted by the time pass), leaving out
/// the tokens of `times` (sorted by position).
pub(crate) fn extract(
    input: &[u8],
    tokens: &[Token],
    starts: &[(u32, u32)],
    times: &[TimeExpr],
) -> Vec<NumberExpr> {
    let mut out = Vec::new();
    let mut next_time = 0;
    // Where the last number ended: candidates before it are inside it.
    let mut consumed = 0;
    for &(index, end) in starts {
        let Some(&t) = tokens.get(index as usize) else {
            continue;
        };
        let start = t.span.start as usize;
        if start < consumed {
            continue;
        }
        let end = (end as usize).min(input.len());
        // The next time expression that does not end before this token.
        while times
            .get(next_time)
            .is_some_and(|e| (e.span.end as usize) <= start)
        {
            next_time += 1;
        }
        let time = times.get(next_time).map(|e| e.span);
        if time.is_some_and(|s| (s.start as usize) <= start) {
            continue;
        }
        let window = input.get(start..end).unwrap_or(&[]);
        let Some((len, kind, value, to, unit)) = number(window) else {
            continue;
        };
        let plain = kind == NumberKind::Cardinal && unit.is_none();
        if plain && code_like(input, start, start + len) {
            continue;
        }
        // `No. 3`: a rank, with its sign.
        let ranked = plain
            .then(|| rank_sign(input, start))
            .flatten()
            .filter(|&s| s >= consumed);
        let (kind, start) = match ranked {
            Some(s) => (NumberKind::Ordinal, s),
            None => (kind, start),
        };
        // A number never runs into a time expression.
        let mut stop = t.span.start as usize + len;
        if let Some(s) = time {
            if (s.start as usize) < stop {
                if kind == NumberKind::Cardinal && unit.is_none() {
                    stop = s.start as usize;
                } else {
                    continue;
                }
            }
        }
        let span = Span::from_usize(start, stop);
        // Trim blanks a shortened span may end with.
        let text = span.slice(input);
        let trimmed = text.len()
            - text
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
        if trimmed == 0 {
            continue;
        }
        out.push(NumberExpr {
            kind,
            span: Span::from_usize(start, start + trimmed),
            value,
            to,
            unit,
        });
        consumed = stop;
    }
    out
}

/// Digits that are a code, not an amount: a phone number (`0800 555 0199`,
/// `314-555-0188`) or a docket (`3:21-cr-00457`): a leading zero, digits
/// glued to `-` or `:` and more digits, or a group beside one of those.
fn code_like(input: &[u8], start: usize, stop: usize) -> bool {
    let digit_at = |k: usize| input.get(k).is_some_and(u8::is_ascii_digit);
    let zero_lead = |k: usize| input.get(k) == Some(&b'0') && digit_at(k + 1);
    if zero_lead(start) {
        return true;
    }
    // Glued: `314-555`, `3:21`, `555-0188`.
    let glued_after = matches!(input.get(stop), Some(b'-' | b':')) && digit_at(stop + 1);
    let glued_before =
        start >= 2 && matches!(input.get(start - 1), Some(b'-' | b':')) && digit_at(start - 2);
    // A group beside a zero-led group: `555` in `0800 555 0199`.
    let next_zero = input.get(stop) == Some(&b' ') && zero_lead(stop + 1);
    let prev_zero = start >= 2 && input.get(start - 1) == Some(&b' ') && digit_at(start - 2) && {
        let mut k = start - 2;
        while k > 0 && digit_at(k - 1) {
            k -= 1;
        }
        zero_lead(k)
    };
    glued_after || glued_before || next_zero || prev_zero
}

/// Whether `w` is a unit an amount can carry: a currency word, a unit of
/// measure, a scale word or `percent`. Before `a year` or `an hour` it makes
/// a rate (`$1.3 million a year`, `3 inches an hour`), not a duration.
pub(crate) fn is_unit_word(w: &[u8]) -> bool {
    let is = |k: &&str| w.eq_ignore_ascii_case(k.as_bytes());
    is(&"percent")
        || CURRENCY_WORDS.iter().any(|(k, _)| is(k))
        || MEASURES.iter().any(|(k, _)| is(k))
        || SCALES.iter().any(|(k, _)| is(k))
}

/// Where `No. ` before `start` begins, if it does (`No. 3`, `No.3`).
fn rank_sign(input: &[u8], start: usize) -> Option<usize> {
    let before = input.get(..start)?;
    let before = before.strip_suffix(b" ").unwrap_or(before);
    let s = before.strip_suffix(b"No.")?.len();
    let word_start = s == 0 || input.get(s - 1).is_some_and(|b| !b.is_ascii_alphanumeric());
    word_start.then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> (usize, NumberKind, f64, Option<&'static str>) {
        let (len, kind, v, _, unit) = number(s.as_bytes()).expect(s);
        (len, kind, v, unit)
    }

    #[test]
    fn word_lists_find_their_words() {
        crate::lexicon::tests::assert_set_finds_its_words(OPENERS);
        crate::lexicon::tests::assert_set_finds_its_words(SCALE_WORDS);
    }

    #[test]
    fn values_and_scales() {
        assert_eq!(num("1,000 people"), (5, NumberKind::Cardinal, 1000.0, None));
        assert_eq!(num("1.13bn").2, 1.13e9);
        assert_eq!(
            num("120 million euros"),
            (17, NumberKind::Money, 120e6, Some("EUR"))
        );
        assert_eq!(num("£600m").2, 600e6);
        assert_eq!(num("¥100 billion").3, Some("JPY"));
        assert_eq!(num("fifty-three").2, 53.0);
        assert_eq!(num("two hundred and fifty").2, 250.0);
        assert_eq!(num("a dozen").2, 12.0);
        assert_eq!(num("twenty-first").1, NumberKind::Ordinal);
        assert_eq!(num("99999999999999999999").2, 1e20);
        assert!(number(b"a few").is_none());
    }
}
