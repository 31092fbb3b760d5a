//! Time expressions on invented sentences, with a fixed reference date.

use newsprint::{Date, Options, TimeKind, TimeMod};

/// `(text, value, kind, mod)` of every time expression in `text`, read as
/// body text with the reference date `reference`.
fn times(text: &str, reference: Option<Date>) -> Vec<(String, String, TimeKind, Option<TimeMod>)> {
    let options = Options::new().plain(true).reference_date(reference);
    let article = newsprint::parse_with(text.as_bytes(), &options);
    article
        .times()
        .iter()
        .map(|t| {
            (
                String::from_utf8_lossy(article.text(t.span)).into_owned(),
                t.value.as_str().to_owned(),
                t.kind,
                t.modifier,
            )
        })
        .collect()
}

/// `(text, value)` pairs only.
fn values(text: &str, reference: Option<Date>) -> Vec<(String, String)> {
    times(text, reference)
        .into_iter()
        .map(|(t, v, _, _)| (t, v))
        .collect()
}

/// `(text, value, kind)` of each expression, for asserting against literals.
fn without_modifiers(
    found: &[(String, String, TimeKind, Option<TimeMod>)],
) -> Vec<(&str, &str, TimeKind)> {
    found
        .iter()
        .map(|t| (t.0.as_str(), t.1.as_str(), t.2))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|&(t, v)| (t.to_owned(), v.to_owned()))
        .collect()
}

/// Wednesday 19 April 2017.
fn wednesday() -> Option<Date> {
    Date::ymd(2017, 4, 19)
}

#[test]
fn absolute_dates() {
    let found = values(
        "The pact was signed on April 19, 2017 and renewed Apr 25, 2018. \
         A memo dated 14 November 2025 cites 2017-03-16 and 3/16/2017. \
         It took effect Thursday, March 16, 2017. On 2 May, talks ended.",
        wednesday(),
    );
    assert_eq!(
        found,
        pairs(&[
            ("April 19, 2017", "2017-04-19"),
            ("Apr 25, 2018", "2018-04-25"),
            ("14 November 2025", "2025-11-14"),
            ("2017-03-16", "2017-03-16"),
            ("3/16/2017", "2017-03-16"),
            ("Thursday, March 16, 2017", "2017-03-16"),
            // Past tense, and `May` itself is no modal: the last 2 May.
            ("2 May", "2016-05-02"),
        ])
    );
}

#[test]
fn months_years_decades_seasons() {
    let found = values(
        "The plant opened in 2025 after delays in the 1990s. \
         Work on the line resumes in spring 2027 and finishes in July 2026. \
         Prices peaked in mid-December.",
        wednesday(),
    );
    assert_eq!(
        found,
        pairs(&[
            ("2025", "2025"),
            ("the 1990s", "199"),
            ("spring 2027", "2027-SP"),
            ("July 2026", "2026-07"),
            ("mid-December", "2016-12"),
        ])
    );
    let t = times("Prices peaked in mid-December.", wednesday());
    assert_eq!(t[0].3, Some(TimeMod::Mid));
    // A number that is not a year, and money, stay out.
    assert!(values("About 2019 people paid $2019 each.", wednesday()).is_empty());
}

#[test]
fn weekdays_by_tense() {
    // Past: the latest such day on or before the reference date.
    assert_eq!(
        values("Pence arrived in Japan on Tuesday.", wednesday()),
        pairs(&[("Tuesday", "2017-04-18")])
    );
    assert_eq!(
        values(
            "The minister said on Wednesday that talks ended.",
            wednesday()
        ),
        pairs(&[("Wednesday", "2017-04-19")])
    );
    // Future: the next one.
    assert_eq!(
        values("Pence will visit Seoul on Tuesday.", wednesday()),
        pairs(&[("Tuesday", "2017-04-25")])
    );
    // The nearest verb decides: one sentence, two tenses.
    assert_eq!(
        values(
            "Officials said on Monday that the ship would dock on Friday.",
            wednesday()
        ),
        pairs(&[("Monday", "2017-04-17"), ("Friday", "2017-04-21")])
    );
    // `last` and `next` skip the reference day's own weekday.
    assert_eq!(
        values(
            "Talks stalled last Wednesday and resume next Monday.",
            wednesday()
        ),
        pairs(&[
            ("last Wednesday", "2017-04-12"),
            ("next Monday", "2017-04-24")
        ])
    );
    // A rule that `takes effect` on a day has not yet; one that `took
    // effect` has.
    assert_eq!(
        values(
            "The closures take effect Friday. The last ban took effect Monday.",
            wednesday()
        ),
        pairs(&[("Friday", "2017-04-21"), ("Monday", "2017-04-17")])
    );
    // `next Friday` said on a Wednesday is next week's; `this Friday` is
    // this week's.
    assert_eq!(
        values("Talks resume next Friday, not this Friday.", wednesday()),
        pairs(&[("next Friday", "2017-04-28"), ("this Friday", "2017-04-21")])
    );
    // A hearing put off to a day lies ahead of the verb that put it off.
    assert_eq!(
        values("The case was postponed to Monday.", wednesday()),
        pairs(&[("Monday", "2017-04-24")])
    );
    // A part of the day makes a time.
    let t = times("The vote came Tuesday night.", wednesday());
    assert_eq!(t[0].0, "Tuesday night");
    assert_eq!(t[0].1, "2017-04-18TNI");
    assert_eq!(t[0].2, TimeKind::Time);
}

#[test]
fn relative_days_and_periods() {
    let found = values(
        "Shares fell today after a drop yesterday; trading resumes tomorrow. \
         Sales rose last month and will rise next year. Output dipped this week.",
        wednesday(),
    );
    assert_eq!(
        found,
        pairs(&[
            ("today", "2017-04-19"),
            ("yesterday", "2017-04-18"),
            ("tomorrow", "2017-04-20"),
            ("last month", "2017-03"),
            ("next year", "2018"),
            ("this week", "2017-W16"),
        ])
    );
    assert_eq!(
        values(
            "Earlier in the day, the mayor spoke. Crews recently left, but the works go on now and in the days ahead.",
            wednesday()
        ),
        pairs(&[
            ("Earlier in the day", "2017-04-19"),
            ("recently", "PAST_REF"),
            ("now", "PRESENT_REF"),
            ("the days ahead", "FUTURE_REF"),
        ])
    );
    assert_eq!(
        values(
            "Prices fell over the weekend, as in the past, and will rise by the end of the year.",
            wednesday()
        ),
        pairs(&[
            ("the weekend", "2017-W15-WE"),
            ("the past", "PAST_REF"),
            ("the end of the year", "2017"),
        ])
    );
    assert_eq!(
        values("The dam failed three days ago.", wednesday()),
        pairs(&[("three days ago", "2017-04-16")])
    );
}

#[test]
fn iso_weeks_across_a_year_boundary() {
    // Monday 2 January 2017 is in ISO week 1 of 2017; the week before is
    // week 52 of 2016; 1 January 2016 was in week 53 of 2015.
    let found = values(
        "Markets were closed last week and reopen this week.",
        Date::ymd(2017, 1, 2),
    );
    assert_eq!(
        found,
        pairs(&[("last week", "2016-W52"), ("this week", "2017-W01")])
    );
    assert_eq!(
        values("Markets reopen this week.", Date::ymd(2016, 1, 1)),
        pairs(&[("this week", "2015-W53")])
    );
}

#[test]
fn months_alone_by_tense() {
    // `last` after a modal is the verb, not `last year`'s adjective.
    assert_eq!(
        values("The dry spell could last until June.", wednesday()),
        pairs(&[("June", "2017-06")])
    );
    assert_eq!(
        values("Abe visited the US in February.", wednesday()),
        pairs(&[("February", "2017-02")])
    );
    assert_eq!(
        values("Talks are scheduled for December.", wednesday()),
        pairs(&[("December", "2017-12")])
    );
    assert_eq!(
        values("The plant closed in December.", wednesday()),
        pairs(&[("December", "2016-12")])
    );
    assert_eq!(
        values("The plant will reopen in February.", wednesday()),
        pairs(&[("February", "2018-02")])
    );
    // `May` the verb is no month; `in May` is.
    assert_eq!(
        values(
            "Rates may rise. Voters go to the polls in May.",
            wednesday()
        ),
        pairs(&[("May", "2017-05")])
    );
    // A day without a year: `March 16` and `May 28`.
    assert_eq!(
        values(
            "The board met on March 16 and will meet again on May 28.",
            wednesday()
        ),
        pairs(&[("March 16", "2017-03-16"), ("May 28", "2017-05-28")])
    );
}

#[test]
fn durations() {
    let found = times(
        "Tensions have risen over the past 18 months, after five years of calm. \
         The 10-day tour included a 60-minute lunch, two weeks after more than a decade \
         of silence.",
        wednesday(),
    );
    let got: Vec<(&str, &str, TimeKind, Option<TimeMod>)> = found
        .iter()
        .map(|(t, v, k, m)| (t.as_str(), v.as_str(), *k, *m))
        .collect();
    assert_eq!(
        got,
        [
            ("the past 18 months", "P18M", TimeKind::Duration, None),
            ("five years", "P5Y", TimeKind::Duration, None),
            ("10-day", "P10D", TimeKind::Duration, None),
            ("60-minute", "PT60M", TimeKind::Duration, None),
            ("two weeks", "P2W", TimeKind::Duration, None),
            (
                "more than a decade",
                "P10Y",
                TimeKind::Duration,
                Some(TimeMod::MoreThan)
            ),
        ]
    );
    assert_eq!(
        values(
            "A two-year plan, a year-long probe and six hours of talks; for years nothing moved.",
            None
        ),
        pairs(&[
            ("two-year", "P2Y"),
            ("year-long", "P1Y"),
            ("six hours", "PT6H"),
            ("years", "PXY"),
        ])
    );
    // Ages are durations, as TimeML marks them.
    assert_eq!(
        values("The 47-year-old driver was unhurt.", None),
        pairs(&[("47-year-old", "P47Y")])
    );
}

#[test]
fn clock_times() {
    let found = times(
        "The quake struck at 2:45 PM EST and aftershocks followed at 10:15 AM UTC and at noon.",
        wednesday(),
    );
    let got: Vec<(&str, &str, TimeKind)> = found
        .iter()
        .map(|(t, v, k, _)| (t.as_str(), v.as_str(), *k))
        .collect();
    assert_eq!(
        got,
        [
            ("2:45 PM EST", "2017-04-19T14:45", TimeKind::Time),
            ("10:15 AM UTC", "2017-04-19T10:15", TimeKind::Time),
            ("noon", "2017-04-19T12:00", TimeKind::Time),
        ]
    );
}

#[test]
fn sets() {
    let found = times(
        "The market opens every Monday, the fair is held annually and the league \
         changes its rules each season; trains run twice a day.",
        wednesday(),
    );
    let got: Vec<(&str, &str, TimeKind)> = found
        .iter()
        .map(|(t, v, k, _)| (t.as_str(), v.as_str(), *k))
        .collect();
    assert_eq!(
        got,
        [
            ("every Monday", "XXXX-WXX-1", TimeKind::Set),
            ("annually", "P1Y", TimeKind::Set),
            ("each season", "P1Y", TimeKind::Set),
            ("twice a day", "P1D", TimeKind::Set),
        ]
    );
}

#[test]
fn underspecified_without_a_reference_date() {
    let found = values(
        "Pence arrived on Tuesday and leaves in July; the report came out last year.",
        None,
    );
    assert_eq!(
        found,
        pairs(&[
            ("Tuesday", "XXXX-WXX-2"),
            ("July", "XXXX-07"),
            ("last year", "XXXX"),
        ])
    );
}

#[test]
fn the_publication_date_is_the_reference() {
    // The header's date wins over the option.
    let text = "Talks end in Tokyo\n\nApril 19, 2017\n\nPence arrived in Japan on Tuesday.";
    let options = Options::new().reference_date(Date::ymd(2020, 1, 1));
    let article = newsprint::parse_with(text.as_bytes(), &options);
    let values: Vec<&str> = article.times().iter().map(|t| t.value.as_str()).collect();
    assert!(values.contains(&"2017-04-18"), "{values:?}");
}

#[test]
fn spans_leave_out_prepositions() {
    let text = "Pence arrived on Tuesday.";
    let options = Options::new().plain(true).reference_date(wednesday());
    let article = newsprint::parse_with(text.as_bytes(), &options);
    let t = article.times()[0];
    assert_eq!((t.span.start, t.span.end), (17, 24));
}

#[test]
fn references_are_dates() {
    let found = times(
        "Crews are busy now, the depot closed recently, and fares rise in the weeks ahead.",
        wednesday(),
    );
    let kinds: Vec<(&str, TimeKind)> = found.iter().map(|t| (t.1.as_str(), t.2)).collect();
    assert_eq!(
        kinds,
        [
            ("PRESENT_REF", TimeKind::Date),
            ("PAST_REF", TimeKind::Date),
            ("FUTURE_REF", TimeKind::Date),
        ]
    );
}

#[test]
fn a_clock_time_takes_its_day() {
    // The day right after the clock time is part of it.
    assert_eq!(
        values(
            "The pier reopened at 4 p.m. Tuesday, and the ferry left at 9:30 a.m. yesterday.",
            wednesday()
        ),
        pairs(&[
            ("4 p.m. Tuesday", "2017-04-18T16:00"),
            ("9:30 a.m. yesterday", "2017-04-18T09:30"),
        ])
    );
    // Otherwise the nearest day in its sentence.
    assert_eq!(
        values(
            "The board adjourned Monday night after a debate that ran past 11 p.m.",
            wednesday()
        ),
        pairs(&[
            ("Monday night", "2017-04-17TNI"),
            ("11 p.m.", "2017-04-17T23:00"),
        ])
    );
    // A habit has no date; a clock time alone keeps the reference's.
    assert_eq!(
        values(
            "The pool opens from 6 a.m. to 8 p.m. daily. The mayor spoke at 2 p.m.",
            wednesday()
        ),
        pairs(&[
            ("6 a.m.", "XXXX-XX-XXT06:00"),
            ("8 p.m.", "XXXX-XX-XXT20:00"),
            ("daily", "P1D"),
            ("2 p.m.", "2017-04-19T14:00"),
        ])
    );
}

#[test]
fn clock_lookalikes() {
    let found = times(
        "She won the 10K in 0:41:05 and the half in 1:32:40. The suit is No. 2:19-cv-01234. \
         Rovers scored at 4:51 of the third period.",
        wednesday(),
    );
    let found = without_modifiers(&found);
    assert_eq!(
        found,
        [
            ("0:41:05", "PT41M5S", TimeKind::Duration),
            ("1:32:40", "PT1H32M40S", TimeKind::Duration),
        ]
    );
}

#[test]
fn future_cues_and_deadlines() {
    // Wednesday 19 April 2017.
    assert_eq!(
        values(
            "The ferry company plans to resume crossings Friday. Repairs begun Monday should be finished by Saturday, the mayor said. \
             The league hosts its final Sunday.",
            wednesday()
        ),
        pairs(&[
            ("Friday", "2017-04-21"),
            ("Monday", "2017-04-17"),
            ("Saturday", "2017-04-22"),
            ("Sunday", "2017-04-23"),
        ])
    );
    // A strong past cue still wins over `by`.
    assert_eq!(
        values("Most residents had fled by Tuesday.", wednesday()),
        pairs(&[("Tuesday", "2017-04-18")])
    );
    // `due to` and a verb is a schedule; `due to` and a noun is a cause.
    assert_eq!(
        values(
            "The depot is due to be handed back on Friday. \
             Matches postponed due to rain on Monday were replayed. \
             The school closed on Tuesday due to close contact cases.",
            wednesday()
        ),
        pairs(&[
            ("Friday", "2017-04-21"),
            ("Monday", "2017-04-17"),
            ("Tuesday", "2017-04-18")
        ])
    );
}

#[test]
fn seasons_and_days_near_the_reference() {
    // Tuesday 9 February 2021: `this spring` is 2021's, winter straddles.
    assert_eq!(
        values(
            "She wants the bill signed this spring; the snow came this winter.",
            Date::ymd(2021, 2, 9)
        ),
        pairs(&[("this spring", "2021-SP"), ("this winter", "2020-WI")])
    );
    // A day just ahead stays in the year even in a past sentence.
    assert_eq!(
        values(
            "The club said it had sold out the Dec. 28 match.",
            Date::ymd(2019, 12, 20)
        ),
        pairs(&[("Dec. 28", "2019-12-28")])
    );
    assert_eq!(
        values(
            "The fraud came to light in the spring of 2016.",
            wednesday()
        ),
        pairs(&[("the spring of 2016", "2016-SP")])
    );
}

#[test]
fn halves_frequencies_and_rates() {
    assert_eq!(
        values(
            "The count took three and a half hours, the rebuild two and a half years. \
             Volunteers sort parcels four days a week.",
            None
        ),
        pairs(&[
            ("three and a half hours", "PT3H30M"),
            ("two and a half years", "P2Y6M"),
            ("four days a week", "P1W"),
        ])
    );
    // A unit after a quantity is a rate, not a duration.
    assert!(values(
        "The river rose 2 feet an hour, and the levy raises $4 million a year.",
        None
    )
    .is_empty());
}

#[test]
fn sets_of_seasons_and_parts_of_day() {
    let found = times(
        "The camp reopens every summer and each winter; the baker rises every morning \
         and the poet reads every other Thursday.",
        wednesday(),
    );
    let found = without_modifiers(&found);
    assert_eq!(
        found,
        [
            ("every summer", "XXXX-SU", TimeKind::Set),
            ("each winter", "XXXX-WI", TimeKind::Set),
            ("every morning", "XXXX-XX-XXTMO", TimeKind::Set),
            ("every other Thursday", "XXXX-WXX-4", TimeKind::Set),
        ]
    );
}

#[test]
fn holidays_and_weekday_habits() {
    let found = times(
        "Ferries stopped on Christmas Eve and ran again after Easter. \
         The market opens on Saturdays and on Wednesday evenings, and the \
         library closes early on weekdays. Crews strung lights on a \
         Christmas tree. Early Tuesday, pumps failed again.",
        wednesday(),
    );
    assert_eq!(
        without_modifiers(&found),
        [
            ("Christmas Eve", "2016-12-24", TimeKind::Date),
            ("Easter", "2017-04-16", TimeKind::Date),
            ("Saturdays", "XXXX-WXX-6", TimeKind::Set),
            ("Wednesday evenings", "XXXX-WXX-3TEV", TimeKind::Set),
            ("weekdays", "XXXX-WXX-WD", TimeKind::Set),
            ("Early Tuesday", "2017-04-18", TimeKind::Date),
        ]
    );
    assert_eq!(found[5].3, Some(TimeMod::Start));
}

#[test]
fn a_past_clock_time_takes_the_story_day() {
    // Told in the past, a clock time alone is on the day the body names
    // first, if that day is in the week before the reference; what lies
    // ahead keeps the reference date.
    assert_eq!(
        values(
            "Harbour crews voted on Monday to end the strike. The union was founded on \
             March 3, 1999. Its ballot closed at 6 p.m. Ferries will sail at 7 a.m.",
            wednesday()
        ),
        pairs(&[
            ("Monday", "2017-04-17"),
            ("March 3, 1999", "1999-03-03"),
            ("6 p.m.", "2017-04-17T18:00"),
            ("7 a.m.", "2017-04-19T07:00"),
        ])
    );
    // A date far from the reference is background, not the story's day
    // (within the clock time's own sentence the nearest day still wins).
    assert_eq!(
        values(
            "The mill opened on March 3, 1999. It closed at 6 p.m.",
            wednesday()
        ),
        pairs(&[
            ("March 3, 1999", "1999-03-03"),
            ("6 p.m.", "2017-04-19T18:00"),
        ])
    );
}

#[test]
fn a_weekday_after_for_looks_ahead() {
    // What is planned or called off `for` a day is ahead, also the second
    // day of a pair; a possessive (`Friday's attack`) is not.
    let thursday = Date::ymd(2025, 1, 9);
    assert_eq!(
        values(
            "Both divisions have cancelled classes for Thursday and Friday. \
             Police arrested a man for Tuesday's break-in.",
            thursday
        ),
        pairs(&[
            ("Thursday", "2025-01-09"),
            ("Friday", "2025-01-10"),
            ("Tuesday", "2025-01-07"),
        ])
    );
}

#[test]
fn plans_causatives_and_holidays_near_the_reference() {
    let wed = wednesday(); // 2017-04-19
    assert_eq!(
        values(
            "Crews will have them collected on Saturday. \
             She planned to take the bus to the coast on Friday.",
            wed
        ),
        pairs(&[("Saturday", "2017-04-22"), ("Friday", "2017-04-21")])
    );
    // Within six weeks of the reference a holiday is that year's, even in
    // a sentence in the past.
    assert_eq!(
        values(
            "Farmers sold their crop before Christmas.",
            Date::ymd(2024, 12, 3)
        ),
        pairs(&[("Christmas", "2024-12-25")])
    );
    assert_eq!(
        values("Farmers sold their crop before Christmas.", wed),
        pairs(&[("Christmas", "2016-12-25")])
    );
}

#[test]
fn due_looks_ahead_but_not_due_to() {
    let wed = wednesday(); // 2017-04-19
    assert_eq!(
        values(
            "He was released and is due in court on Friday. \
             The match was called off due to rain on Friday.",
            wed
        ),
        pairs(&[("Friday", "2017-04-21"), ("Friday", "2017-04-14")])
    );
}

#[test]
fn saints_days_and_set_to() {
    let wed = wednesday(); // 2017-04-19
    assert_eq!(
        values(
            "The parade on St. Patrick's Day drew crowds. \
             The grant was set to end in May.",
            wed
        ),
        pairs(&[("St. Patrick's Day", "2017-03-17"), ("May", "2017-05")])
    );
}

#[test]
fn set_for_a_date_looks_ahead_but_set_at_an_amount_does_not() {
    let wed = wednesday(); // 2017-04-19
    assert_eq!(
        values(
            "Sentencing was set for March 3, after he has served his remand. \
             Bail was set at $500 on Monday.",
            wed
        ),
        pairs(&[("March 3", "2018-03-03"), ("Monday", "2017-04-17")])
    );
}

#[test]
fn review_cases_months_after_for_capitalised_us_and_holiday_lookalikes() {
    let may = Date::ymd(2024, 5, 1);
    assert_eq!(
        values(
            "The chain reported higher sales for April. The US imposed new sanctions in June.",
            may
        ),
        pairs(&[("April", "2024-04"), ("June", "2023-06")])
    );
    let found = values(
        "Ships called at Easter Island and Christmas Island after the Good Friday Agreement.",
        may,
    );
    assert!(
        found
            .iter()
            .all(|(t, _)| !t.contains("Easter") && !t.contains("Christmas") && !t.contains("Good")),
        "{found:?}"
    );
}

#[test]
fn a_quotation_keeps_its_own_tense() {
    // The quotation has no cue of its own: `said` outside it is no past
    // cue for it, also when the sentence begins inside a quotation that an
    // earlier sentence opened. Outside a quotation `said` still counts.
    let found = values(
        "“We sell water at a loss. We cannot keep the pumps running through June,” she said. \
         She said in June that “nothing works”.",
        wednesday(),
    );
    assert_eq!(found, pairs(&[("June", "2017-06"), ("June", "2016-06")]));
}

#[test]
fn since_looks_back_and_participles_before_nouns_are_no_verbs() {
    // Wednesday 19 April 2017: `since` looks back past the `will` of the
    // sentence; `affected` before a noun is no past form, so `will` decides.
    let found = values(
        "We will keep reporting on the flood that has covered the road since late Friday. \
         The council will meet the affected families on May 2 at the school.",
        wednesday(),
    );
    assert_eq!(
        found,
        pairs(&[("late Friday", "2017-04-14"), ("May 2", "2017-05-02")])
    );
}

#[test]
fn could_looks_ahead() {
    // Wednesday 19 April 2017: `could` is a weak cue of what lies ahead,
    // nearer than the `arrived` of an earlier clause.
    let found = values(
        "The crews arrived early, and the new rules could take effect in March.",
        wednesday(),
    );
    assert_eq!(found, pairs(&[("March", "2018-03")]));
}

#[test]
fn a_weekday_written_with_a_day_picks_the_year() {
    // Wednesday 19 April 2017. `said` looks back, but 16 March falls on a
    // Thursday only in 2017 of the years around it, and 21 April on a
    // Saturday only in 2018 (2017's is a Friday).
    let found = values(
        "The vote on Thursday 16 March was close, officials said. \
         Organisers of the fair on Saturday 21 April said it was sold out.",
        wednesday(),
    );
    assert_eq!(
        found,
        pairs(&[
            ("Thursday 16 March", "2017-03-16"),
            ("Saturday 21 April", "2018-04-21")
        ])
    );
}

#[test]
fn a_deadline_through_a_clock_time() {
    // Wednesday 19 April 2017: `until noon on Friday` looks ahead past the
    // clock time, as `until Friday` does.
    let found = values(
        "A warning for ice applies until noon on Friday.",
        wednesday(),
    );
    assert_eq!(
        found,
        pairs(&[("noon", "2017-04-21T12:00"), ("Friday", "2017-04-21")])
    );
}

#[test]
fn a_deadline_in_reported_speech_looks_ahead() {
    // Wednesday 19 April 2017: `said` dates the saying, not the deadline
    // inside what was said; a strong past of the sentence's own (`had
    // fled`) still looks back.
    let found = values(
        "The minister said drivers should register by May 2. \
         The rebels had fled by April 2, officials said.",
        wednesday(),
    );
    assert_eq!(
        found,
        pairs(&[("May 2", "2017-05-02"), ("April 2", "2017-04-02")])
    );
}

#[test]
fn hard_wrapped_lines_break_inside_an_expression() {
    // Wednesday 19 April 2017; one line break is a space, a blank line is not.
    assert_eq!(
        values(
            "A report is expected to go to Cabinet next\nmonth, and crews have worked for nearly\r\nthree years.",
            wednesday()
        ),
        pairs(&[("next\nmonth", "2017-05"), ("nearly\r\nthree years", "P3Y")])
    );
}

#[test]
fn a_quarter_of_next_or_last_year() {
    // Wednesday 19 April 2017.
    assert_eq!(
        values(
            "The plant opens in the first quarter of next year. Sales fell in the fourth quarter of last year.",
            wednesday()
        ),
        pairs(&[
            ("the first quarter of next year", "2018-Q1"),
            ("the fourth quarter of last year", "2016-Q4"),
        ])
    );
}

#[test]
fn a_reported_clause_after_the_expressions_clause() {
    // Wednesday 19 April 2017: what follows `, said` closing a relative
    // clause is another clause; a parenthetical `told X,` is not.
    assert_eq!(
        values(
            "The minister, who toured the plant on Monday, said the work would not stall.",
            wednesday()
        ),
        pairs(&[("Monday", "2017-04-17")])
    );
    assert_eq!(
        values(
            "The referendum in May, the minister told parliament, will settle the question.",
            wednesday()
        ),
        pairs(&[("May", "2017-05")])
    );
}

#[test]
fn a_quarter_named_for_its_last_month() {
    // Wednesday 19 April 2017.
    assert_eq!(
        values(
            "Prices rose in the September quarter, and fell in the June quarter.",
            wednesday()
        ),
        pairs(&[
            // (Prices that rose in a September quarter, in April: last
            // year's; the June quarter has begun.)
            ("September quarter", "2016-Q3"),
            ("June quarter", "2017-Q2")
        ])
    );
}

#[test]
fn a_participle_after_an_adverb_and_a_later_reporting_verb_leave_the_future() {
    // Wednesday 19 April 2017.
    assert_eq!(
        values(
            "The city will ban wood-burning stoves and open fireplaces in all newly built homes from July 1, the city's executive said on Tuesday.",
            wednesday()
        ),
        pairs(&[("July 1", "2017-07-01"), ("Tuesday", "2017-04-18")])
    );
}

#[test]
fn a_month_quarter_with_its_year_and_not_a_quarter_final() {
    // Wednesday 19 April 2017.
    assert_eq!(
        values(
            "Sales rose in the March quarter of 2016, and the team reached the June quarter-final.",
            wednesday()
        ),
        pairs(&[("March quarter of 2016", "2016-Q1"), ("June", "2016-06")])
    );
}

#[test]
fn what_the_participle_and_reporting_verb_rules_leave_alone() {
    // Wednesday 19 April 2017.
    assert_eq!(
        values(
            "Police will question the driver, who reportedly left the scene on Monday.",
            wednesday()
        ),
        pairs(&[("Monday", "2017-04-17")])
    );
    assert_eq!(
        values(
            "Airlines will add more flights now that the airport reopened to all traffic early on Monday, it said.",
            wednesday()
        ),
        pairs(&[("now", "PRESENT_REF"), ("Monday", "2017-04-17")])
    );
}

#[test]
fn a_year_named_after_a_month_and_the_year_of_a_range() {
    let april = Date::ymd(2025, 4, 1);
    assert_eq!(
        values(
            "Loans have doubled since January last year. The plan ends in June next year. \
             It opened on December 22 last year. Prices rose in May this year.",
            april
        ),
        pairs(&[
            ("January last year", "2024-01"),
            ("June next year", "2026-06"),
            ("December 22 last year", "2024-12-22"),
            ("May this year", "2025-05"),
        ])
    );
    assert_eq!(
        values(
            "The thefts took place between August and November 2023. \
             Snow fell from December to February 2024. Prices rose in August.",
            april
        ),
        pairs(&[
            ("August", "2023-08"),
            ("November 2023", "2023-11"),
            ("December", "2023-12"),
            ("February 2024", "2024-02"),
            ("August", "2024-08"),
        ])
    );
}

#[test]
fn what_was_said_after_the_expression_does_not_give_its_tense() {
    let april = Date::ymd(2025, 4, 1);
    assert_eq!(
        values(
            "The association said in a statement on Monday that its members would lend more.",
            april
        ),
        pairs(&[("Monday", "2025-03-31")])
    );
    assert_eq!(
        values(
            "The minister tried to calm investors on Friday, saying the government would act.",
            april
        ),
        pairs(&[("Friday", "2025-03-28")])
    );
    // (Nor is a plain past form missed: `sought`.)
    assert_eq!(
        values("She sought talks on Friday.", april),
        pairs(&[("Friday", "2025-03-28")])
    );
    // A future cue before the expression still counts.
    assert_eq!(
        values(
            "The firm will report results on Friday, saying little.",
            april
        ),
        pairs(&[("Friday", "2025-04-04")])
    );
}

#[test]
fn what_a_reviewer_found_the_breaks_and_named_years_getting_wrong() {
    let wednesday = Date::ymd(2025, 3, 12);
    // `that` opening a relative clause is no report: the vote lies ahead.
    assert_eq!(
        values(
            "Officials said the referendum on Sunday that will decide the matter is on track.",
            wednesday
        )[0],
        ("Sunday".to_owned(), "2025-03-16".to_owned())
    );
    // A fronted expression: the participle is no report either.
    assert_eq!(
        values(
            "On Friday, warning of higher costs, the board will vote on the plan.",
            wednesday
        ),
        pairs(&[("Friday", "2025-03-14")])
    );
    // Any reporting verb before a preposition opens what was said.
    assert_eq!(
        values(
            "The ministry warned on Monday that exports will fall.",
            wednesday
        ),
        pairs(&[("Monday", "2025-03-10")])
    );
    // A possessive is no named year, and a range takes a named year too.
    let april = Date::ymd(2025, 4, 1);
    assert!(!values("In March last year's champion withdrew.", april)
        .iter()
        .any(|(t, _)| t == "March last year"));
    assert_eq!(
        values("Sales rose from January to March last year.", april),
        pairs(&[("January", "2024-01"), ("March last year", "2024-03")])
    );
}

#[test]
fn a_reporting_verb_before_that_after_the_expression_dates_the_saying() {
    let sunday = Date::ymd(2025, 3, 2);
    assert_eq!(
        values(
            "On Saturday, the governor pledged that the government would provide land.",
            sunday
        ),
        pairs(&[("Saturday", "2025-03-01")])
    );
    // (A strong cue before the expression still wins.)
    assert_eq!(
        values(
            "The minister will travel on Friday and said that talks would follow.",
            sunday
        ),
        pairs(&[("Friday", "2025-03-07")])
    );
}

#[test]
fn a_zone_glued_to_a_clock_time_is_no_year() {
    let v = values(
        "The offer closes on March 31 1700GMT.",
        Date::ymd(2025, 3, 12),
    );
    assert!(
        v.iter().all(|(_, value)| !value.starts_with("1700")),
        "{v:?}"
    );
}

#[test]
fn days_a_few_weeks_away_stay_in_the_reference_year_whatever_the_verb() {
    let reference = Date::ymd(2025, 4, 9);
    // A forecast reported after its first day had passed.
    assert_eq!(
        values(
            "The agency said the rains would begin between March 28 and April 11.",
            reference
        ),
        pairs(&[("March 28", "2025-03-28"), ("April 11", "2025-04-11")])
    );
    // A wire dateline a day before the page's date, on a story in the future tense.
    assert_eq!(
        values(
            "The council will vote on April 8 on the plan, officials said.",
            reference
        ),
        pairs(&[("April 8", "2025-04-08")])
    );
    // Months away, the tense still decides.
    assert_eq!(
        values("The bridge will reopen on January 20.", reference),
        pairs(&[("January 20", "2026-01-20")])
    );
    assert_eq!(
        values("The bridge was closed on October 3.", reference),
        pairs(&[("October 3", "2024-10-03")])
    );
}

#[test]
fn tense_from_the_expressions_own_clause_participles_and_deadlines() {
    // Reference: Friday, January 17, 2025.
    let on = |text: &str| {
        let article = format!("Title of the story here\n\nFriday, January 17, 2025\n\n{text}\n");
        let a = newsprint::parse(article.as_bytes());
        a.times()
            .iter()
            .filter(|t| {
                a.text(t.span).starts_with(b"Wednesday") || a.text(t.span).starts_with(b"Monday")
            })
            .map(|t| t.value.to_string())
            .collect::<Vec<_>>()
    };
    // A cue past the comma closing the clause belongs to another clause.
    assert_eq!(
        on("A fire ban was declared on Wednesday, ahead of what forecasters said would be the hottest day."),
        ["2025-01-15"]
    );
    // A participle right before the weekday dates it, whatever follows.
    assert_eq!(
        on("The expansion, announced Monday, will raise the intake."),
        ["2025-01-13"]
    );
    // A deadline after an infinitive lies ahead of the asking.
    assert_eq!(
        on("The board said it had asked schools to share the timings by Monday."),
        ["2025-01-20"]
    );
    // (Not a preposition's `to`: `fled to the hills by Tuesday` is past.)
    assert_eq!(
        on("Most residents had fled to the hills by Monday."),
        ["2025-01-13"]
    );
    // Only a strong cue before closes the clause at the comma.
    assert_eq!(
        on("The summit, rescheduled for Wednesday, will now take place in Geneva."),
        ["2025-01-22"]
    );
    // A spelled-out zone does not end the sentence before the weekday.
    assert_eq!(
        on("The firm will host a call at 11:00 a.m. Eastern Time on Wednesday to discuss it."),
        ["2025-01-22"]
    );
}

#[test]
fn a_holiday_with_a_windows_1252_apostrophe() {
    // A page saved in Windows-1252 spells `St Andrew’s Day` with byte 0x92.
    let options = Options::new().plain(true).reference_date(wednesday());
    let article = newsprint::parse_with(
        b"A ceilidh is planned for St Andrew\x92s Day in the village hall.",
        &options,
    );
    let found: Vec<_> = article
        .times()
        .iter()
        .map(|t| (article.text(t.span).to_vec(), t.value.as_str().to_owned()))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.starts_with(b"St Andrew"));
    assert_eq!(found[0].1, "2017-11-30");
}

#[test]
fn clauses_after_and_ahead_of_and_a_reporting_verb_after_the_phrase() {
    // Sunday 16 November 2025.
    let sunday = newsprint::Date::ymd(2025, 11, 16);
    assert_eq!(
        values(
            "The forward skated with the team on Friday and could return next week.",
            sunday
        )[0],
        ("Friday".to_owned(), "2025-11-14".to_owned())
    );
    assert_eq!(
        values(
            "Families are scrambling ahead of Thursday's holiday.",
            sunday
        )[0],
        ("Thursday".to_owned(), "2025-11-20".to_owned())
    );
    assert_eq!(
        values(
            "Police were out in force ahead of Saturday's match, which ended in a draw.",
            sunday
        )[0],
        ("Saturday".to_owned(), "2025-11-15".to_owned())
    );
    assert_eq!(
        values(
            "In a statement on Wednesday, she said the Government would work with the guild.",
            sunday
        )[0],
        ("Wednesday".to_owned(), "2025-11-12".to_owned())
    );
}

#[test]
fn fortnights_hearers_before_the_day_and_what_was_hoped() {
    let wednesday = Date::ymd(2025, 12, 17);
    assert_eq!(
        values("Work on the sea wall will start in a fortnight.", wednesday),
        pairs(&[("a fortnight", "P2W")])
    );
    assert_eq!(
        values("Two fortnights passed.", wednesday),
        pairs(&[("Two fortnights", "P4W")])
    );
    // The hearers between `told` and the day: the telling dates the day.
    assert_eq!(
        values(
            "The firm told its six staff on Monday that it would not reopen.",
            wednesday
        ),
        pairs(&[("Monday", "2025-12-15")])
    );
    // What was hoped lies ahead of the hoping.
    let tuesday = Date::ymd(2026, 1, 20);
    assert_eq!(
        values(
            "She said the union hoped to hold an open day at the wharf on April 27.",
            tuesday
        ),
        pairs(&[("April 27", "2026-04-27")])
    );
}

#[test]
fn hopes_that_came_to_nothing_and_fortnights_as_sets() {
    let wednesday = Date::ymd(2024, 5, 15);
    assert_eq!(
        values(
            "The airline had intended to resume flights in April, but the strike dragged on.",
            wednesday
        ),
        pairs(&[("April", "2024-04")])
    );
    assert_eq!(
        values(
            "She wanted to see her son on Friday, but he died on Thursday.",
            wednesday
        ),
        pairs(&[("Friday", "2024-05-10"), ("Thursday", "2024-05-09")])
    );
    assert_eq!(
        values("The board meets every fortnight.", wednesday),
        pairs(&[("every fortnight", "P2W")])
    );
    assert!(values("It rained last fortnight.", wednesday).is_empty());
}

#[test]
fn a_holiday_before_i_and_a_state_that_lasted_until_a_day() {
    let sunday = Date::ymd(2026, 3, 15);
    assert_eq!(
        values("On Boxing Day I sat in my car at the ferry.", sunday),
        pairs(&[("Boxing Day", "2025-12-26")])
    );
    let thursday = Date::ymd(2026, 2, 26);
    assert_eq!(
        values("The crossing stayed open until March 23.", thursday),
        pairs(&[("March 23", "2025-03-23")])
    );
    assert_eq!(
        values("Officials extended the curfew until Friday.", thursday),
        pairs(&[("Friday", "2026-02-27")])
    );
}

#[test]
fn only_a_lasting_verb_next_to_the_deadline_dates_it() {
    let thursday = Date::ymd(2026, 2, 26);
    assert_eq!(
        values(
            "The port stayed closed and remains closed until March 23.",
            thursday
        ),
        pairs(&[("March 23", "2026-03-23")])
    );
}

#[test]
fn what_people_hope_for_and_time_granted_lie_ahead() {
    let june = Date::ymd(2026, 6, 20);
    assert_eq!(
        values(
            "He said most boats hope to have made their money by September 10.",
            june
        ),
        pairs(&[("September 10", "2026-09-10")])
    );
    let august = Date::ymd(2026, 8, 5);
    assert_eq!(
        values(
            "She said the union had given the buyer until the end of September to pay.",
            august
        ),
        pairs(&[("the end of September", "2026-09")])
    );
    // (Not a hope that came to nothing, one of a noun, or the noun.)
    let june = Date::ymd(2025, 6, 11);
    for text in [
        "The club was hoping to sign him on Friday, but the deal collapsed.",
        "Fans were hoping for a win on Friday.",
        "There was little hope on Friday of a deal.",
    ] {
        assert_eq!(
            values(text, june),
            pairs(&[("Friday", "2025-06-06")]),
            "{text}"
        );
    }
    // (A past verb that grants nothing still dates a month in the past.)
    assert_eq!(
        values("She said the buyer had paid until the end of June.", august),
        pairs(&[("the end of June", "2026-06")])
    );
}

#[test]
fn hoped_for_by_a_time_coordinated_participles_and_each_registered() {
    let november = Date::ymd(2026, 11, 6);
    assert_eq!(
        values(
            "She said the co-op hoped for an answer before Christmas.",
            november
        ),
        pairs(&[("Christmas", "2026-12-25")])
    );
    // (Not a hope for what happened on a day.)
    assert_eq!(
        values("Fans hoped for a win on Wednesday.", november),
        pairs(&[("Wednesday", "2026-11-04")])
    );
    let saturday = Date::ymd(2026, 5, 30);
    assert_eq!(
        values(
            "The first cork will be weighed and sold at auction on Thursday.",
            saturday
        ),
        pairs(&[("Thursday", "2026-06-04")])
    );
    // (A finite past verb after `and` keeps its tense.)
    assert_eq!(
        values(
            "He boiled seawater to see what would be left, and gave the salt away on Thursday.",
            saturday
        ),
        pairs(&[("Thursday", "2026-05-28")])
    );
    let july = Date::ymd(2026, 7, 2);
    assert_eq!(
        values(
            "They will ask for relief for each registered worker and for the season to be \
             extended to the end of October.",
            july
        ),
        pairs(&[("the end of October", "2026-10")])
    );
}

#[test]
fn a_sentence_backdated_to_a_day_looks_back() {
    let april = Date::ymd(2026, 4, 14);
    assert_eq!(
        values(
            "The sentence will be backdated to January 20, when he entered custody.",
            april
        ),
        pairs(&[("January 20", "2026-01-20")])
    );
}

#[test]
fn backdating_ahead_of_the_article_takes_the_nearest_day() {
    let march = Date::ymd(2025, 3, 5);
    assert_eq!(
        values("The award will be backdated to April 1.", march),
        pairs(&[("April 1", "2025-04-01")])
    );
}

#[test]
fn scheduled_events_in_the_present_lie_ahead() {
    let tuesday = Date::ymd(2026, 9, 22);
    assert_eq!(
        values(
            "Another group of volunteers arrives on Sunday. The vote takes place on Thursday.",
            tuesday
        ),
        pairs(&[("Sunday", "2026-09-27"), ("Thursday", "2026-09-24")])
    );
    // (Not a noun that looks like a verb: `kava leaves … on Monday`.)
    assert_eq!(
        values("A grower shows ash-covered kava leaves on Monday.", tuesday),
        pairs(&[("Monday", "2026-09-21")])
    );
}

#[test]
fn a_weekday_after_a_is_any_such_day() {
    let tuesday = Date::ymd(2026, 9, 22);
    assert_eq!(
        values(
            "A clinic that closes on a Friday is no use to a miner.",
            tuesday
        ),
        pairs(&[("Friday", "XXXX-WXX-5")])
    );
}

#[test]
fn a_day_with_any_ordinal_suffix_before_a_month() {
    let wednesday = Date::ymd(2026, 3, 4);
    assert_eq!(
        values(
            "The fair opened on 2nd March. The vote is on the 23rd of March. \
             The bridge shuts on 22nd April. She came 3rd in the race.",
            wednesday
        ),
        pairs(&[
            ("2nd March", "2026-03-02"),
            ("23rd of March", "2026-03-23"),
            ("22nd April", "2026-04-22"),
        ])
    );
}

#[test]
fn a_month_after_for_into_or_throughout_is_a_date() {
    let friday = Date::ymd(2027, 1, 15);
    assert_eq!(
        values(
            "Hotels already have bookings for March. The work will run into April.",
            friday
        ),
        pairs(&[("March", "2027-03"), ("April", "2027-04")])
    );
    assert_eq!(
        values("Sales will peak around March.", friday),
        pairs(&[("March", "2027-03")])
    );
}

#[test]
fn one_of_the_next_two_months_after_for_lies_ahead() {
    let late_january = Date::ymd(2027, 1, 27);
    assert_eq!(
        values(
            "Hotel bookings for February were down. Sales for December were weak.",
            late_january
        ),
        pairs(&[("February", "2027-02"), ("December", "2026-12")])
    );
}

#[test]
fn a_month_that_goes_on_as_a_name_after_for_is_no_date() {
    let friday = Date::ymd(2027, 1, 15);
    assert_eq!(
        values(
            "It was a blow for May, who had hoped to win. Tributes poured in for June Brown. \
             They queued for May's autograph.",
            friday
        ),
        pairs(&[])
    );
}

#[test]
fn a_year_opening_the_sentence_dates_its_days_and_months() {
    // Thursday 27 May 2027.
    let reference = Date::ymd(2027, 5, 27);
    assert_eq!(
        values(
            "Last year the monsoon reached Kerala on June 3. \
             In 2019, it arrived on June 8 and left in October.",
            reference,
        ),
        pairs(&[
            ("Last year", "2026"),
            ("June 3", "2026-06-03"),
            ("2019", "2019"),
            ("June 8", "2019-06-08"),
            ("October", "2019-10"),
        ])
    );
    // Months that run past December go on into the next year; a year
    // further on scopes over its clause only.
    assert_eq!(
        values(
            "Last year, the first case came in mid-October, and the season peaked in \
             late January.",
            Date::ymd(2014, 3, 3),
        ),
        pairs(&[
            ("Last year", "2013"),
            ("mid-October", "2013-10"),
            ("late January", "2014-01"),
        ])
    );
    assert_eq!(
        values(
            "The crop weighed 650 tonnes in 2014, against 900 in January.",
            Date::ymd(2016, 3, 3),
        ),
        pairs(&[("2014", "2014"), ("January", "2016-01")])
    );
}

#[test]
fn an_opening_year_stops_at_a_new_clause_a_date_or_the_future() {
    let reference = Date::ymd(2024, 3, 5);
    let value_of = |text: &str, expression: &str| {
        values(text, reference)
            .into_iter()
            .find(|(t, _)| t == expression)
            .map(|(_, v)| v)
    };
    assert_eq!(
        value_of(
            "Last year the river flooded in June, and on Monday officials said it would \
             flood again in May.",
            "May"
        )
        .as_deref(),
        Some("2024-05")
    );
    assert_eq!(
        value_of(
            "Last year, officials warned that the reservoir would be empty by June 2025 \
             and dry by August.",
            "August"
        )
        .as_deref(),
        Some("2024-08")
    );
    assert_eq!(
        value_of("In 2019 he was elected; he will retire in June.", "June").as_deref(),
        Some("2024-06")
    );
    assert_ne!(
        value_of("In 2019-20, the deficit rose in March.", "March").as_deref(),
        Some("2019-03")
    );
    assert_ne!(
        value_of(
            "In 2019 and 2020, the monsoon reached Kerala in June.",
            "June"
        )
        .as_deref(),
        Some("2019-06")
    );
}

#[test]
fn a_courts_until_names_the_next_hearing_ahead() {
    // Written on Wednesday 19 April 2017: the dates after `until` are the
    // next hearing, ahead of the past verb.
    for text in [
        "Two men were arrested and released on bail until May 10.",
        "He was remanded in custody until May 10.",
        "The case was adjourned until May 10.",
        "She was bailed until May 10.",
    ] {
        assert_eq!(
            values(text, wednesday()),
            pairs(&[("May 10", "2017-05-10")]),
            "{text}"
        );
    }
    // A past state that ran until a day stays in the past.
    assert_eq!(
        values(
            "The road was closed until May 10 while crews worked.",
            wednesday()
        ),
        pairs(&[("May 10", "2016-05-10")])
    );
}

#[test]
fn a_period_from_a_weekday_announced_in_the_present_perfect_lies_ahead() {
    // Written on Wednesday 19 April 2017.
    assert_eq!(
        values(
            "The Met Office has issued a wind warning from 6am on Friday until midnight.",
            wednesday()
        ),
        pairs(&[
            ("6am", "2017-04-21T06:00"),
            ("Friday", "2017-04-21"),
            ("midnight", "2017-04-21T24:00"),
        ])
    );
    assert_eq!(
        values(
            "Police have announced a road closure from Monday until Tuesday.",
            wednesday()
        ),
        pairs(&[("Monday", "2017-04-24"), ("Tuesday", "2017-04-25")])
    );
    // A simple past keeps the week behind, and so does a state that has
    // lasted since.
    assert_eq!(
        values(
            "The road was closed from Monday until Tuesday.",
            wednesday()
        ),
        pairs(&[("Monday", "2017-04-17"), ("Tuesday", "2017-04-18")])
    );
    assert_eq!(
        values(
            "The road has been closed from Monday after a landslip.",
            wednesday()
        ),
        pairs(&[("Monday", "2017-04-17")])
    );
    // Nor past another clause: what it received was received.
    assert_eq!(
        values(
            "The hospital has issued figures which show it received 200 patients from Monday.",
            wednesday()
        ),
        pairs(&[("Monday", "2017-04-17")])
    );
}

#[test]
fn a_weekday_in_a_quotation_after_a_present_is_or_are_lies_ahead() {
    // Written on Wednesday 19 April 2017.
    assert_eq!(
        values(
            "“Half of us are on a flight on Friday,” the deckhand said.",
            wednesday()
        ),
        pairs(&[("Friday", "2017-04-21")])
    );
    // A past verb in the quotation keeps it behind, and so does a noun's
    // day after a preposition.
    for text in [
        "“Half of us were on a flight on Friday,” the deckhand said.",
        "“My son is still in shock after the crash on Friday,” his mother said.",
        "“It is like the storm on Friday,” he said.",
    ] {
        assert_eq!(
            values(text, wednesday()),
            pairs(&[("Friday", "2017-04-14")]),
            "{text}"
        );
    }
}

#[test]
fn a_present_verb_after_and_opens_another_clause() {
    // Written on Wednesday 19 April 2017: `asked` dates Monday.
    assert_eq!(
        values(
            "The association asked for help at a meeting on Monday and expects an answer soon.",
            wednesday()
        ),
        pairs(&[("Monday", "2017-04-17")])
    );
}

#[test]
fn a_month_after_as_early_as_is_a_month() {
    assert_eq!(
        values(
            "The weed could return as early as March, the scientist warned.",
            wednesday()
        ),
        pairs(&[("March", "2018-03")])
    );
}

#[test]
fn a_day_after_from_within_the_next_month_is_when_a_rule_starts() {
    // Written on Wednesday 19 April 2017.
    assert_eq!(
        values(
            "The council said it had made helmets compulsory from May 1.",
            wednesday()
        ),
        pairs(&[("May 1", "2017-05-01")])
    );
    // A range's start keeps the tense: last year's May.
    assert_eq!(
        values("Prices rose from May 1 to May 9.", wednesday())[0],
        ("May 1".to_owned(), "2016-05-01".to_owned())
    );
}

#[test]
fn a_number_named_by_what_it_numbers_is_no_year() {
    assert_eq!(
        values(
            "Residents can call the helpline 1916 or take Route 1960 to the depot.",
            wednesday()
        ),
        pairs(&[])
    );
}

#[test]
fn review_cases_for_from_and_until() {
    // A sentence that names its year keeps it for a day after `from`.
    assert_eq!(
        values(
            "In 2016 the festival was held from May 3 and drew big crowds.",
            wednesday()
        ),
        pairs(&[("2016", "2016"), ("May 3", "2016-05-03")])
    );
    // A past state that ended on the day after `until` is past.
    assert_eq!(
        values(
            "He remained on bail until March 1, when charges were dropped.",
            wednesday()
        ),
        pairs(&[("March 1", "2017-03-01")])
    );
}

#[test]
fn a_quotations_words_are_no_cues_for_a_day_outside_it() {
    // Written on Wednesday 19 April 2017: the notice came on the Monday
    // before; the quotation's `will` is what the notice said.
    assert_eq!(
        values(
            "In a notice on Monday, the network said: “Racks will be allocated by lottery.”",
            wednesday()
        ),
        pairs(&[("Monday", "2017-04-17")])
    );
}

#[test]
fn second_review_cases_for_quoted_verbs_courts_and_months() {
    // A partial quote carries its sentence's verb.
    assert_eq!(
        values(
            "The club said the match “will go ahead” on Saturday.",
            wednesday()
        ),
        pairs(&[("Saturday", "2017-04-22")])
    );
    // A `when` clause that looks ahead keeps the hearing ahead.
    assert_eq!(
        values(
            "He was released on bail until May 2, when he will be sentenced.",
            wednesday()
        ),
        pairs(&[("May 2", "2017-05-02")])
    );
    // A month that is a given name before a name is a person's; before a
    // party's it is a month.
    assert_eq!(
        values("He and May Brown agreed the terms.", wednesday()),
        pairs(&[])
    );
    assert_eq!(
        values("By June Labour expects the bill to pass.", wednesday()),
        pairs(&[("June", "2017-06")])
    );
}

#[test]
fn what_was_said_could_happen_lies_ahead_of_the_saying() {
    let date = Date::ymd(2029, 4, 23);
    assert_eq!(
        values(
            "He said a visiting dentist could hold a clinic in June.",
            date
        ),
        pairs(&[("June", "2029-06")])
    );
    // Not what could not be done, or could have been.
    assert_eq!(
        values("He said he could not attend in March.", date),
        pairs(&[("March", "2029-03")])
    );
    assert_eq!(
        values("She said the ferry could have sailed in February.", date),
        pairs(&[("February", "2029-02")])
    );
}

#[test]
fn a_wires_four_digit_clock_before_a_zone_and_a_quarter_spelled_by_its_months() {
    let date = Date::ymd(2025, 5, 5);
    assert_eq!(
        values(
            "The blast happened at 0815 GMT on Friday, police said.",
            date
        ),
        pairs(&[("0815 GMT", "2025-05-02T08:15"), ("Friday", "2025-05-02")])
    );
    assert_eq!(
        values("The talks ended at 1430 local time.", date),
        pairs(&[("1430 local time", "2025-05-05T14:30")])
    );
    // A year before a name is no clock.
    assert_eq!(
        values("In 2015 GMT Holdings was sold.", date),
        pairs(&[("2015", "2015")])
    );
    assert_eq!(
        values(
            "Exports rose in the January-March period and fell in the April-June quarter.",
            date
        ),
        pairs(&[
            ("January-March period", "2025-Q1"),
            ("April-June quarter", "2025-Q2")
        ])
    );
    // Other spans of months are not read by halves, nor weekday spans.
    assert!(values("Sales in the January-April period rose.", date).is_empty());
    assert!(values("The Monday-Friday service is busy.", date).is_empty());
}

#[test]
fn what_could_be_perceived_then_stays_with_the_saying() {
    let date = Date::ymd(2029, 3, 5);
    assert_eq!(
        values("Neighbours said screams could be heard on Saturday.", date),
        pairs(&[("Saturday", "2029-03-03")])
    );
    assert_eq!(
        values("Residents said they could smell smoke on Tuesday.", date),
        pairs(&[("Tuesday", "2029-02-27")])
    );
    // `NT` and `AT` are no zones before a name or `&`.
    assert_eq!(
        values("About 5pm NT Police were called to the house.", date),
        pairs(&[("5pm", "2029-03-05T17:00")])
    );
}

#[test]
fn a_clock_of_four_digits_from_ten_needs_the_end_of_its_phrase() {
    let date = Date::ymd(2025, 3, 5);
    assert_eq!(
        values("By 0930 GMT Brent crude was up.", date),
        pairs(&[("0930 GMT", "2025-03-05T09:30")])
    );
    assert_eq!(
        values("The 2019 UTC report found errors.", date),
        pairs(&[("2019", "2019")])
    );
    // A quarter spelled by its months takes its year from the tense.
    assert_eq!(
        values(
            "The company said profit rose in the October-December quarter.",
            date
        ),
        pairs(&[("October-December quarter", "2024-Q4")])
    );
}
