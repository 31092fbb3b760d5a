//! Numbers with their units on invented sentences.

use newsprint::{Date, NumberKind, Options};

/// `(text, kind, value, unit)` of every number in `text`, read as body text.
fn numbers(text: &str) -> Vec<(String, NumberKind, f64, Option<&'static str>)> {
    let options = Options::new()
        .plain(true)
        .reference_date(Date::ymd(2017, 4, 19));
    let article = newsprint::parse_with(text.as_bytes(), &options);
    article
        .numbers()
        .iter()
        .map(|n| {
            (
                String::from_utf8_lossy(article.text(n.span)).into_owned(),
                n.kind,
                n.value,
                n.unit,
            )
        })
        .collect()
}

fn one(text: &str) -> (String, NumberKind, f64, Option<&'static str>) {
    let found = numbers(text);
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    found.into_iter().next().unwrap()
}

use NumberKind::*;

#[test]
fn cardinals_with_digits_and_words() {
    let found = numbers(
        "The port moved 1,000 boxes and 127,350 tonnes; 9.5 was the average. \
         Two cranes and fifty-three workers stood by, with a dozen trucks.",
    );
    let got: Vec<(&str, NumberKind, f64)> = found
        .iter()
        .map(|(t, k, v, _)| (t.as_str(), *k, *v))
        .collect();
    assert_eq!(
        got,
        [
            ("1,000", Cardinal, 1000.0),
            ("127,350 tonnes", Quantity, 127_350.0),
            ("9.5", Cardinal, 9.5),
            ("Two", Cardinal, 2.0),
            ("fifty-three", Cardinal, 53.0),
            ("a dozen", Cardinal, 12.0),
        ]
    );
}

#[test]
fn scales() {
    assert_eq!(
        one("Revenue hit 1.13bn."),
        ("1.13bn".into(), Cardinal, 1.13e9, None)
    );
    assert_eq!(
        one("Some 120 million voters."),
        ("120 million".into(), Cardinal, 120e6, None)
    );
}

#[test]
fn ordinals() {
    let found = numbers("It was the second stop and the 3rd visit.");
    assert_eq!(
        found,
        [
            ("second".into(), Ordinal, 2.0, None),
            ("3rd".into(), Ordinal, 3.0, None),
        ]
    );
}

#[test]
fn percents_and_basis_points() {
    let found =
        numbers("Prices rose 6.5 percent, 76% of firms agreed, and rates fell 50 basis points.");
    assert_eq!(
        found,
        [
            ("6.5 percent".into(), Percent, 6.5, Some("percent")),
            ("76%".into(), Percent, 76.0, Some("percent")),
            (
                "50 basis points".into(),
                Percent,
                50.0,
                Some("basis points")
            ),
        ]
    );
}

#[test]
fn money_with_currencies() {
    let found = numbers(
        "The deal is worth $48 million, or 120 million euros; the club paid £600m \
         and the bank lent ¥100 billion.",
    );
    assert_eq!(
        found,
        [
            ("$48 million".into(), Money, 48e6, Some("USD")),
            ("120 million euros".into(), Money, 120e6, Some("EUR")),
            ("£600m".into(), Money, 600e6, Some("GBP")),
            ("¥100 billion".into(), Money, 100e9, Some("JPY")),
        ]
    );
}

#[test]
fn scores_and_ranges() {
    let options = Options::new().plain(true);
    let article = newsprint::parse_with(
        b"The Hawks won 7-2 and then 2-1, and the council voted between 5 and 10 times.",
        &options,
    );
    let got: Vec<(&str, f64, Option<f64>, Option<&str>)> = article
        .numbers()
        .iter()
        .map(|n| {
            (
                std::str::from_utf8(article.text(n.span)).unwrap(),
                n.value,
                n.to,
                n.unit,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("7-2", 7.0, Some(2.0), Some("score")),
            ("2-1", 2.0, Some(1.0), Some("score")),
            ("between 5 and 10", 5.0, Some(10.0), None),
        ]
    );
}

#[test]
fn dates_and_times_are_not_numbers() {
    // Years, days of the month, clock times and durations belong to times.
    let found = numbers(
        "On April 19, 2017 at 2:45 PM EST, after a 10-day tour and five years of talks, \
         3 ships left in 2016.",
    );
    assert_eq!(found, [("3".into(), Cardinal, 3.0, None)]);
}

#[test]
fn huge_numbers_do_not_overflow() {
    let (_, kind, v, _) = one("It cost 99999999999999999999 won.");
    assert_eq!(kind, Cardinal);
    assert!(v > 9e19);
}

#[test]
fn ranks_and_codes() {
    // `No. 3` is a rank; phone numbers and dockets are no numbers.
    let found = numbers(
        "The seed, ranked No. 4, won 12 matches. Call 0161 496 0735 or 212-555-0147. \
         The filing is No. 1:19-cv-04410.",
    );
    let got: Vec<(&str, NumberKind, f64)> = found
        .iter()
        .map(|(t, k, v, _)| (t.as_str(), *k, *v))
        .collect();
    assert_eq!(got, [("No. 4", Ordinal, 4.0), ("12", Cardinal, 12.0)]);
}

#[test]
fn numbers_in_headlines_but_not_in_date_lines() {
    let text = "Harbour board approves $48 million dredging plan\n\n\
                March 3, 2026 | 4 min read\n\n\
                The board voted 7-2 on Tuesday after a long meeting.\n";
    let article = newsprint::parse(text.as_bytes());
    let found: Vec<&[u8]> = article
        .numbers()
        .iter()
        .map(|n| article.text(n.span))
        .collect();
    assert!(found.contains(&&b"$48 million"[..]), "{found:?}");
    assert!(found.contains(&&b"7-2"[..]), "{found:?}");
    // The date line's digits are a date and a reading time.
    assert!(
        !found
            .iter()
            .any(|n| n.starts_with(b"4") || n.starts_with(b"3")),
        "{found:?}"
    );
}

#[test]
fn yards_are_a_unit_and_make_a_rate() {
    assert_eq!(
        one("The striker ran 40 yards before she shot."),
        ("40 yards".into(), Quantity, 40.0, Some("yd"))
    );
}
