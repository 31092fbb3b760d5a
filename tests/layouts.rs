//! Layout rules on small invented snippets: each test is a case a real
//! article can present, with what a reader would take it to be. Many came
//! from a review of early versions that got them wrong.

use newsprint::{parse, Article, BlockKind, Span};

fn text(a: &Article, s: Span) -> String {
    String::from_utf8_lossy(a.text(s)).into_owned()
}

/// `(kind, first 30 characters)` of every block.
fn blocks(input: &str) -> Vec<(BlockKind, String)> {
    let a = parse(input.as_bytes());
    a.blocks()
        .iter()
        .map(|b| (b.kind, text(&a, b.span).chars().take(30).collect()))
        .collect()
}

/// The byline's authors, as text.
fn authors(a: &Article) -> Vec<String> {
    a.header().authors.iter().map(|&s| text(a, s)).collect()
}

/// The publisher, as text.
fn publisher(a: &Article) -> Option<String> {
    a.header().publisher.map(|s| text(a, s))
}

/// The publication date, as `YYYY-MM-DD`.
fn published(a: &Article) -> Option<String> {
    a.header().published.map(|d| d.date.to_string())
}

fn kinds(input: &str) -> Vec<BlockKind> {
    blocks(input).into_iter().map(|b| b.0).collect()
}

use BlockKind::*;

#[test]
fn one_paragraph_per_line_keeps_its_body_before_a_pitch() {
    let k = kinds(
        "Harbour strike ends\nBy Anna Bakker\nMarch 3, 2026\nDock workers voted to end the strike on Tuesday.\n\
         The union said the deal raised wages by 4 percent.\nPort traffic is expected to recover within a week.\n\
         Shipping firms welcomed the vote.\nSubscribe to our newsletter for daily port news.",
    );
    assert_eq!(
        k,
        [Title, Byline, Date, Body, Body, Body, Body, Boilerplate]
    );
}

#[test]
fn a_heading_mid_story_does_not_swallow_the_rest() {
    let mut s = String::from("Council debates budget\n\nThe council met on Monday to debate the budget for next year.\n\nDiscussion\n\n");
    for i in 0..14 {
        s.push_str(&format!("Councillor number {i} said the plan would raise taxes on small shops by a few percent.\n\n"));
    }
    let k = kinds(&s);
    assert_eq!(k.iter().filter(|&&k| k == Body).count(), 15, "{k:?}");
}

#[test]
fn parentheses_in_story_sentences_are_not_captions() {
    for para in [
        "The train reached a top speed of 300 km (186 miles/hour).",
        "Prices rose sharply last year (Jan. 1, 2024).",
        "The figures were reported by the Associated Press (AP).",
        "Sen. Lisa Murkowski (R) said the bill would pass.",
        "Voters from left and right backed the measure, the poll found.",
    ] {
        let k = kinds(&format!(
            "Story\n\nFirst paragraph of the story here.\n\n{para}\n\nLast paragraph here."
        ));
        assert_eq!(k[2], Body, "{para}");
    }
}

#[test]
fn captions_with_credits_dates_and_positions() {
    for caption in [
        "Workers repair the dike near Westkapelle. (Photo by Jan Vos/Delta Images)",
        "The mayor speaks while touring the site. (April 18, 2018)",
        "Minister Eva Hoekstra, left, talks with engineers at the dike",
        "Ferries wait at the quay in Helsingor. Photograph: Anders Holm/Nordfoto",
    ] {
        let k = kinds(&format!(
            "Story\n\nFirst paragraph of the story here.\n\n{caption}\n\nLast paragraph here."
        ));
        assert_eq!(k[2], Caption, "{caption}");
    }
}

#[test]
fn title_case_headline_naming_a_photo_agency_is_still_the_title() {
    let a = parse(b"Shutterstock Shares Jump After Earnings\n\nShares of the image library rose 12 percent on Thursday.");
    assert_eq!(
        text(&a, a.title().unwrap()),
        "Shutterstock Shares Jump After Earnings"
    );
}

#[test]
fn story_sentences_that_start_like_furniture_stay_body() {
    for para in [
        "Copyright lawsuits against AI firms rose sharply this year.",
        "Sign up rates for the program fell in March, officials said.",
    ] {
        let k = kinds(&format!(
            "Story\n\nFirst paragraph of the story here.\n\n{para}\n\nLast paragraph here."
        ));
        assert_eq!(k[2], Body, "{para}");
    }
    let k = kinds("Story\n\nFirst paragraph here.\n\nSecond paragraph here.\n\nNetflix added 5 million subscribers, the company said.");
    assert_eq!(k[3], Body);
    let k = kinds("Story\n\nFirst paragraph here.\n\nSecond paragraph here.\n\nRead more »");
    assert_eq!(k[3], Boilerplate);
}

#[test]
fn mastheads_and_navigation_bars_are_not_the_title() {
    let a = parse(b"The Northern Ledger\n\nNews | Sports | Opinion | Obituaries\n\nSudbury hospital adds night shuttle for staff\n\nBy Connor MacLeod\n\nThe hospital said on Monday that a shuttle would run.");
    assert_eq!(
        text(&a, a.title().unwrap()),
        "Sudbury hospital adds night shuttle for staff"
    );
    assert_eq!(
        text(&a, a.header().publisher.unwrap()),
        "The Northern Ledger"
    );
    assert_eq!(a.blocks()[1].kind, Boilerplate);
    // A rule between a headline and its deck does not demote the headline.
    let a = parse(b"Storm Watch\n\n* * *\n\nForecasters expect heavy rain across the coast this week.\n\nThe storm formed on Sunday.");
    assert_eq!(text(&a, a.title().unwrap()), "Storm Watch");
}

#[test]
fn kickers_key_points_and_subheads() {
    let k = kinds(
        "Opinion\n\nCities should stop paying to lure offices\n\nBy Harriet Lane\n\nKey points:\n• Deals cost too much\n• Jobs rarely follow\n\n\
         Every few years a city announces a deal with great fanfare.\n\nThe Hidden Costs\n\nThe deals often cost far more than the jobs are worth to the city.",
    );
    assert_eq!(
        k,
        [
            Boilerplate,
            Title,
            Byline,
            Heading,
            Subtitle,
            Subtitle,
            Body,
            Heading,
            Body
        ]
    );
}

#[test]
fn bylines_in_the_forms_sites_print() {
    let a =
        parse(b"Talks resume\n\nBy Jane Doe | March 3, 2026\n\nNegotiators met again on Tuesday.");
    assert_eq!(a.published().unwrap().date.to_string(), "2026-03-03");
    assert_eq!(text(&a, a.header().authors[0]), "Jane Doe");
    let a = parse(b"Talks resume\n\nBy Reuters\n\nNegotiators met again on Tuesday.");
    assert_eq!(text(&a, a.header().publisher.unwrap()), "Reuters");
    assert!(a.header().authors.is_empty());
    let a = parse(
        b"Talks resume\n\nTama Ruatapu, Political Reporter\n\nNegotiators met again on Tuesday.",
    );
    assert_eq!(text(&a, a.header().authors[0]), "Tama Ruatapu");
    let a = parse(b"Talks resume\n\nKofi Mensah | Accra Tribune | 21 July 2025\n\nNegotiators met again on Tuesday.");
    assert_eq!(text(&a, a.header().publisher.unwrap()), "Accra Tribune");
    assert_eq!(a.published().unwrap().date.to_string(), "2025-07-21");
}

#[test]
fn datelines_in_edge_forms() {
    let a = parse("WASHINGTON—The Federal Reserve held rates on Wednesday.".as_bytes());
    assert_eq!(text(&a, a.dateline().unwrap().place), "WASHINGTON");
    let a = parse("AI — the technology — dominated the fair.".as_bytes());
    assert!(a.dateline().is_none());
    // Across New Year: `Dec. 31` in an article dated 2 January.
    let a = parse(
        b"Fireworks ban\n\nJanuary 2, 2026\n\nBERLIN, Dec. 31 (Reuters) - Police banned fireworks.",
    );
    assert_eq!(
        a.dateline().unwrap().date.unwrap().date.to_string(),
        "2025-12-31"
    );
    // A reference date places the dateline but is not a publication date.
    let opts = newsprint::Options::new().reference_date(newsprint::Date::ymd(2020, 1, 1));
    let a = newsprint::parse_with(b"TOKYO, March 3 (Kyodo) - Talks began.", &opts);
    assert_eq!(
        a.dateline().unwrap().date.unwrap().date.to_string(),
        "2020-03-03"
    );
    assert!(a.published().is_none());
}

#[test]
fn publication_date_beats_update_date() {
    let a = parse(b"Talks resume\n\nUpdated 2:45 PM EST, Thu January 22, 2026 | Published 9:00 AM EST, Wed January 21, 2026\n\nNegotiators met.");
    assert_eq!(a.published().unwrap().date.to_string(), "2026-01-21");
    let a = parse(
        b"Talks resume\n\nUpdated: March 5, 2026\n\nPublished: March 4, 2026\n\nNegotiators met.",
    );
    assert_eq!(a.published().unwrap().date.to_string(), "2026-03-04");
}

#[test]
fn pathological_block_counts_stay_fast_enough_to_finish() {
    // Many distinct short lines and many rules: these were quadratic once.
    let lines: String = (0..20_000).map(|i| format!("Line {i} here.\n")).collect();
    assert_eq!(parse(lines.as_bytes()).blocks().len(), 20_000);
    let rules = "--\n\n".repeat(50_000);
    assert!(parse(rules.as_bytes())
        .blocks()
        .iter()
        .all(|b| b.kind == Boilerplate));
}

#[test]
fn date_lines_of_other_languages_read_day_first() {
    let a = parse("Les roses du lac\n\nPublié le : 07/05/2025 - 11:20\nTemps de lecture : 3 min\n\nLes producteurs comptent leurs pertes.".as_bytes());
    assert_eq!(a.published().unwrap().date.to_string(), "2025-05-07");
    assert_eq!(a.header().reading_minutes, Some(3));
    let a = parse("Bäckerei meldet Insolvenz an\n\nStand: 12.03.2025, 14:37 Uhr\n\nDie Kette hat Insolvenz angemeldet.".as_bytes());
    assert_eq!(a.published().unwrap().date.to_string(), "2025-03-12");
}

#[test]
fn sentence_case_subheads_and_pull_quotes_are_not_body() {
    let k = kinds(
        "Co-op solar comes to town\n\nThe array went live in May after three years of work by its members.\n\n\
         The money part\n\nMembers paid between $500 and $4,000 each, and the savings are real, one said.\n\n\
         “Peat is only peat when it is wet.”\n\nThe warden said peat is only peat when it is wet, and the dams keep it that way.",
    );
    assert_eq!(k, [Title, Body, Heading, Body, Duplicate, Body]);
}

#[test]
fn photo_credit_lines_credit_the_photographer_and_caption_the_line_above() {
    let a = parse("Roses wilt\n\nGrowers count losses as the lake shrinks.\n\nA worker sorts roses in a greenhouse near Naivasha.\n© Daniel Kiprop, AFP\n\nThe lake has fallen to a decade low, officials said.".as_bytes());
    let k: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(k, [Title, Body, Caption, Credit, Body]);
    assert_eq!(text(&a, a.credits()[0]), "Daniel Kiprop");
}

fn story(middle: &str) -> Vec<BlockKind> {
    kinds(&format!("Bridge repairs begin\n\nCrews began work on the bridge on Monday, the city said.\n\n{middle}\n\nThe work should finish by the end of the year, officials said."))
}

#[test]
fn story_sentences_are_not_credits_captions_or_furniture() {
    for para in [
        "Heavy rain over many winters contributed to the corrosion, according to the report.",
        "Research by the Resolution Foundation found that repairs cost twice the estimate.",
        "Cases of similar damage were reported from six other bridges.",
        "The president speaks at the General Assembly on Thursday.",
        "The closure was first reported by a news agency (Reuters).",
        "An AP/NORC poll found most residents back the repairs.",
        "The wind blew from left to right across the span all week.",
        "Critics on the left, right, and centre questioned the cost.",
    ] {
        assert_eq!(story(para)[2], Body, "{para}");
    }
}

#[test]
fn closing_paragraphs_and_lists_stay_body() {
    let k = kinds("Streaming grows\n\nThe service added users in every region, the company said.\n\nIt now has 310 million subscribers worldwide, up from 270 million.");
    assert_eq!(k[2], Body);
    let k = kinds("Rules tighten\n\nThe council set new rules on Monday, officials said.\n\nThe measures include:\n\n- a ban on night work\n\n- fines for noise");
    assert_eq!(&k[2..], [Body, Body, Body]);
}

#[test]
fn short_headlines_over_decks_and_labels() {
    let a = parse(b"Business\n\nMarkets tumble again\n\nBy Jane Doe\n\nMarch 3, 2026\n\nShares fell for a third day on Tuesday.");
    assert_eq!(text(&a, a.title().unwrap()), "Markets tumble again");
    assert_eq!(a.published().unwrap().date.to_string(), "2026-03-03");
    let a = parse(b"Rates on hold\n\nBank of England pauses as inflation cools\n\nBy Jane Doe\n\nThe bank kept rates at 4 percent.");
    assert_eq!(text(&a, a.title().unwrap()), "Rates on hold");
    let a = parse(b"The bigger picture: why rates will fall this year\n\nBy Jane Doe\n\nThe bank kept rates at 4 percent.");
    assert!(a.title().is_some());
}

#[test]
fn furniture_headings_do_not_swallow_story_text() {
    let k = kinds("Storm hits coast\n\nWinds reached 90 km/h on Monday.\n\nUp next\n\nThe mayor said schools would reopen on Wednesday, she said.\n\nPower returned to most homes, the utility said.");
    assert_eq!(&k[2..], [Heading, Body, Body]);
}

#[test]
fn interviews_repeat_short_answers_and_years_head_timelines() {
    let k = kinds("Q&A with a keeper\n\nDid you expect the award?\n\nYes.\n\nWould you do it again?\n\nYes.\n\nWhat changed?\n\nThe job got harder every year, she said.");
    assert!(!k.contains(&Duplicate));
    let k = kinds("A short history\n\nThe lighthouse opened in 1902, records show.\n\n2019\n\nThe lamp was replaced with LEDs after a storm damaged it.");
    assert_eq!(k[2], Heading);
}

#[test]
fn foreign_date_lines_and_bylines_with_capital_and() {
    let a = parse(b"Nuovo ponte\n\nPubblicato: 06/05/2025 - 11:20\n\nIl ponte apre oggi.");
    assert_eq!(a.published().unwrap().date.to_string(), "2025-05-06");
    let a = parse(
        b"Talks resume\n\nBy JANE HOLLIS AND TOM REYES, Associated Press\n\nNegotiators met again.",
    );
    assert_eq!(a.header().authors.len(), 2);
    let a = parse(b"Talks resume\n\nBy Jane Hollis with Tom Reyes\n\nNegotiators met again.");
    assert_eq!(a.header().authors.len(), 2);
}

#[test]
fn reference_year_zero_does_not_overflow() {
    let opts = newsprint::Options::new().reference_date(newsprint::Date::ymd(0, 1, 1));
    let a = newsprint::parse_with(b"PARIS, Dec. 31 (AFP) - The ban began.", &opts);
    assert!(a.dateline().is_some());
}

#[test]
fn pull_quote_checks_stay_linear() {
    // Thousands of quote/paragraph pairs: once compared all against all.
    let pairs: String = (0..5_000)
        .map(|i| format!("“We are not leaving number {i} today at all.”\n\nThe crew said they were not leaving number {i} today at all, despite the storm.\n\n"))
        .collect();
    let a = parse(pairs.as_bytes());
    assert_eq!(a.blocks().len(), 10_000);
}

#[test]
fn a_page_printed_from_a_browser_keeps_its_story() {
    // Print-to-PDF text: a running header (time stamp, page title) and a
    // running footer (address, page counter) on every page.
    let input = "3/9/26, 4:17 PM                 Ferry fares frozen for winter | Harbour Courier\n\n\
                 Ferry fares frozen for winter\n\n\
                 Tuesday, 9 Mar 2026 10:05 AM MYT\n\n\
                 The island council froze ferry fares until April, citing the cost of fuel.\n\n\
                 https://www.harbourcourier.example/news/2026/03/09/ferry-fares    1/2\n\n\
                 3/9/26, 4:17 PM                 Ferry fares frozen for winter | Harbour Courier\n\n\
                 Operators said the freeze would cost them about 4 percent of revenue.\n\n\
                 https://www.harbourcourier.example/news/2026/03/09/ferry-fares    2/2\n";
    let a = parse(input.as_bytes());
    let k: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(
        k,
        [
            Boilerplate,
            Title,
            Date,
            Body,
            Boilerplate,
            Duplicate,
            Body,
            Boilerplate
        ]
    );
    let title = a.header().title.expect("title");
    assert_eq!(text(&a, title), "Ferry fares frozen for winter");
    let published = a.header().published.expect("published");
    assert_eq!((published.date.year, published.date.month), (Some(2026), 3));
    // A counter that cannot be a page's (`3/2`), or one without the wide
    // gap, is not the footer.
    for line in [
        "https://example.org/report    3/2",
        "https://example.org/report 1/2",
    ] {
        let story = format!("Ferry fares frozen\n\nThe council met.\n\n{line}\n\nIt voted.");
        assert_eq!(kinds(&story)[2], Body, "{line}");
    }
}

#[test]
fn a_live_blog_stamps_each_entry_with_a_time() {
    let input = "Storm closes coastal road as tide peaks\n\n\
                 By Grace Wanjiru\n\n\
                 4:15 p.m.\n\n\
                 Road reopens\n\n\
                 Crews cleared the last of the debris and the coastal road reopened to traffic.\n\n\
                 1:30 PM EAT\n\n\
                 Police shut the road after waves pushed gravel across both lanes near the pier.\n";
    let k = kinds(input);
    assert_eq!(k, [Title, Byline, Date, Heading, Body, Date, Body]);
    // A time inside a sentence is story text.
    assert_eq!(
        kinds("Road shut\n\nAt 4:15 p.m. the road reopened to traffic.\n")[1],
        Body
    );
}

#[test]
fn a_market_data_notice_is_furniture() {
    let k = kinds(
        "Port operator cuts forecast\n\nShares fell 4 percent after the port operator cut its forecast.\n\n\
         The dividend will be paid on December 13.\n\nMarket data delayed by at least 20 minutes.\n",
    );
    assert_eq!(k, [Title, Body, Body, Boilerplate]);
}

#[test]
fn delay_notices_and_zoned_entry_stamps() {
    for notice in [
        "Data delayed 15 minutes.",
        "Quotes delayed at least 20 minutes.",
    ] {
        let input = format!(
            "Port operator cuts forecast\n\nShares fell 4 percent after the port operator cut its forecast.\n\n\
             The dividend will be paid on December 13.\n\n{notice}\n"
        );
        assert_eq!(kinds(&input)[3], Boilerplate, "{notice}");
    }
    let k = kinds(
        "Ferry delayed by swell\n\n1:30 PM WITA\n\nThe morning ferry left two hours late after the swell eased.\n",
    );
    assert_eq!(k, [Title, Date, Body]);
}

#[test]
fn a_place_line_under_an_obituary_name_is_not_the_story() {
    let b = blocks(
        "Obituaries\n\nHenrietta Vale Osgood\n\nMay 9, 1941 – October 2, 2025\n\
         Zanesville, Ohio\n\nHenrietta Vale Osgood, 84, of Zanesville, died on \
         Thursday at home.\n\nShe taught piano for forty years.\n",
    );
    let kinds: Vec<BlockKind> = b.iter().map(|x| x.0).collect();
    assert_eq!(kinds[3], Dateline, "{b:?}");
    assert_eq!(
        b.iter().find(|x| x.0 == Body).map(|x| x.1.as_str()),
        Some("Henrietta Vale Osgood, 84, of ")
    );
}

#[test]
fn a_release_sender_block_and_a_wrapped_caps_headline() {
    let a = parse(
        "MEDIA RELEASE\n\nThe Hon. Tomasz Wren MP\nMinister for Inland Waterways\n\n\
         Friday, 7 March 2025\n\n\
         TWELVE NEW LOCK KEEPERS HIRED FOR THE UPPER CANAL NETWORK AND\n\
         THE SOUTHERN FEEDER LINES\n\n\
         Twelve lock keepers will join the upper canal network from 1 April,\n\
         under a recruitment round announced today by the Minister for Inland\n\
         Waterways.\n\n\
         The hires end a two-year freeze on new keepers and let the network\n\
         open its northern locks on Sundays for the first time since 2019.\n"
            .as_bytes(),
    );
    let title = a.title().map(|t| text(&a, t)).unwrap_or_default();
    assert!(title.starts_with("TWELVE NEW LOCK KEEPERS"), "{title:?}");
    assert!(title.ends_with("SOUTHERN FEEDER LINES"), "{title:?}");
    let kinds: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(kinds[1..3], [Byline, Byline], "{kinds:?}");
    assert!(a.header().authors.is_empty());
    assert_eq!(kinds.iter().filter(|&&k| k == Body).count(), 2, "{kinds:?}");
}

#[test]
fn the_sender_under_a_release_label_is_the_publisher() {
    let a = parse(
        "PRESS RELEASE\nAlliance for Clean Rivers in the Balkans\n21 March 2025\n\n\
         Sava basin: fish kills doubled in two years, alliance survey finds\n\n\
         BELGRADE (21 March 2025) – Fish kills reported along the Sava doubled between \
         2022 and 2024, according to a survey published today.\n\n\
         The survey counted 212 incidents, most of them in late summer.\n"
            .as_bytes(),
    );
    let title = a.title().map(|t| text(&a, t)).unwrap_or_default();
    assert!(title.starts_with("Sava basin"), "{title:?}");
    let publisher = a.header().publisher.map(|p| text(&a, p));
    assert_eq!(
        publisher.as_deref(),
        Some("Alliance for Clean Rivers in the Balkans")
    );
    let d = a.dateline().expect("dateline");
    assert_eq!(text(&a, d.place), "BELGRADE");
    assert!(d.agency.is_none());
    assert_eq!(
        d.date.map(|x| x.date.to_string()).as_deref(),
        Some("2025-03-21")
    );
}

#[test]
fn a_date_line_with_a_slash_is_no_breadcrumb() {
    let a = parse(
        "KTVQ 4 News\nOld boilers fail in three district schools\n\
         Posted: Oct 15, 2024 / 05:42 PM MDT\nby: Jenna Ruiz, KTVQ 4 News\n\n\
         The school board voted on Tuesday to replace the boilers at three schools.\n\n\
         The work would start next summer if voters approve the bond in March.\n"
            .as_bytes(),
    );
    let kinds: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(kinds[1..], [Title, Date, Byline, Body, Body]);
    assert_eq!(a.published().unwrap().date.to_string(), "2024-10-15");
    let authors = authors(&a);
    assert_eq!(authors, ["Jenna Ruiz"]);
}

#[test]
fn captions_labelled_at_their_end_and_two_word_credit_labels() {
    let k = kinds(
        "Ferry fares to rise in April\nBy Ama Owusu\nMarch 2, 2025\n\
         Passengers queue at the Tema terminal on Friday. PHOTO | FILE\n\
         Fares on all routes will rise by 8 percent from April, the operator said on Monday.\n\
         The operator blamed fuel costs.",
    );
    assert_eq!(k, [Title, Byline, Date, Caption, Body, Body]);
    let k = kinds(
        "Ferry fares to rise in April\nBy Ama Owusu\nMarch 2, 2025\n\n\
         Passengers queue at the Tema terminal. File photo\n\
         Image Credit: Harbour Times Archives\n\n\
         Fares on all routes will rise by 8 percent from April, the operator said on Monday.\n\n\
         The operator blamed fuel costs.",
    );
    assert_eq!(k, [Title, Byline, Date, Caption, Credit, Body, Body]);
}

#[test]
fn closing_disclaimers_tags_and_app_pitches_are_furniture() {
    let k = kinds(
        "Pollen season starts earlier\nBy Ines Duarte\nMay 2, 2025\n\
         Birch pollen now peaks three weeks earlier than in the 1990s, researchers said on Friday.\n\
         The team counted grains on a rooftop trap every day for thirty years.\n\
         Doctors advise checking the daily forecast.\n\
         Charges are accusations; anyone charged is presumed innocent until proven guilty.\n\
         This article is for general information only and is not a substitute for medical advice.\n\
         (For more health news and tips, download the Daily Ledger app.)\n\
         Read more on: pollen | allergies | Aberdeen",
    );
    assert_eq!(
        k,
        [
            Title,
            Byline,
            Date,
            Body,
            Body,
            Body,
            Boilerplate,
            Boilerplate,
            Boilerplate,
            Boilerplate
        ]
    );
}

#[test]
fn a_standfirst_under_a_synopsis_label() {
    let a = parse(
        "The Coast Ledger\nCompanies\nShipyard wins Rs 900 crore order for six tugs\nSynopsis\n\
         The Kochi yard will deliver the first tug within 18 months and the rest by 2028.\n\
         Anil Varma, The Coast Ledger\nLast Updated: Jan 14, 2025, 10:32 AM IST\n\n\
         Kochi Harbour Works has won an order worth Rs 900 crore for six harbour tugs.\n\n\
         The yard said the order was its largest this year.\n"
            .as_bytes(),
    );
    let subtitle = a.header().subtitle.map(|s| text(&a, s)).unwrap_or_default();
    assert!(
        subtitle.starts_with("The Kochi yard will deliver"),
        "{subtitle:?}"
    );
    let authors = authors(&a);
    assert_eq!(authors, ["Anil Varma"]);
    let kinds: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(kinds.iter().filter(|&&k| k == Body).count(), 2, "{kinds:?}");
}

#[test]
fn with_files_from_is_a_credit() {
    let a = parse(
        "Mill to close in January\n\nThe mill will close in January, the owner said on Tuesday.\n\n\
         Workers were told on Monday.\n\n— With files from Morgan Osei in Ottawa\n"
            .as_bytes(),
    );
    let kinds: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(kinds.last(), Some(&Credit));
    let credits: Vec<String> = a.credits().iter().map(|&s| text(&a, s)).collect();
    assert_eq!(credits, ["Morgan Osei"]);
}

#[test]
fn link_labels_and_social_pitches_after_the_story() {
    let k = kinds(
        "Power cuts to rise in June\nBy Sana Mir\nJune 2, 2025\n\
         The utility said on Monday that cuts would rise to six hours a day.\n\
         It blamed a shortage of gas at two plants.\n\
         Also read: Cuts to be shorter during Eid, says utility\n\
         Follow the Karachi Courier on Facebook and X for the latest updates.",
    );
    assert_eq!(
        k,
        [Title, Byline, Date, Body, Body, Boilerplate, Boilerplate]
    );
}

#[test]
fn review_cases_headline_with_letters_file_photo_in_prose_and_a_name_with_letters() {
    let a = parse(
        "Living With MS\n\nBy Ama Owusu\n\nNurses say the clinic is full every week. Her office \
         declined to comment and released an old file photo.\n\nThe clinic opened in 2019.\n"
            .as_bytes(),
    );
    assert_eq!(
        a.title().map(|t| text(&a, t)).as_deref(),
        Some("Living With MS")
    );
    let found: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert!(!found.contains(&Caption), "{found:?}");
    let k = kinds("Clinic hours extended\nJane Doe, MD\n\nThe clinic will open on Saturdays.\n");
    assert_ne!(k[1], Dateline, "{k:?}");
}

#[test]
fn a_web_address_and_a_tagline_are_not_the_headline() {
    let body = "By Tomas Ilves\nApril 10, 2025\n\n\
                The student senate voted on Wednesday to keep the library open until 2 a.m.\n\n\
                The change starts next month.\n";
    for top in [
        "News App\n← Back\nriver-lantern.example.org/amp\nThe River Lantern\n",
        "THE RIVER LANTERN\nThe independent student newspaper of Marlow College since 1968\nNews\n",
    ] {
        let input = format!("{top}Senate backs longer library hours before exams\n{body}");
        let a = parse(input.as_bytes());
        let title = a.title().map(|t| text(&a, t)).unwrap_or_default();
        assert_eq!(
            title, "Senate backs longer library hours before exams",
            "{top:?}"
        );
    }
}

#[test]
fn a_broadcaster_page_with_a_bare_author_outlet_line_and_caption_labels() {
    let input = "Lock gates jammed as river levels fall\n\
                 2 June 2025\n\
                 Share\n\
                 Tomasz Wrona\n\
                 KRT News, Lincolnshire\n\
                 Image source, Getty Images\n\
                 Image caption,\n\
                 Boats waiting below the lock on Sunday evening\n\
                 Boats have been stuck below a lock on the river for three days after its gates jammed.\n\
                 The canal trust said engineers would arrive on Wednesday.";
    let a = parse(input.as_bytes());
    let authors = authors(&a);
    assert_eq!(authors, ["Tomasz Wrona"]);
    assert_eq!(publisher(&a).as_deref(), Some("KRT News"));
    let k = kinds(input);
    assert_eq!(k[3..6], [Byline, Byline, Caption]);
    assert_eq!(k[7], Caption, "{k:?}");
    assert_eq!(k[8..], [Body, Body]);
}

#[test]
fn a_blog_post_with_a_follow_button_and_an_author_box_after_it() {
    let input = "Why our library kept its Sunday hours\n\
                 A trustee on a year of budget fights\n\
                 Maren Ostby\n\
                 Follow\n\
                 4 min readJun 2, 2025\n\
                 Share\n\
                 The library board voted last week to keep the branch open on Sundays.\n\
                 I was one of the four who voted yes, and I want to explain why.\n\
                 The cost is about $60,000 a year, which is real money for a town of our size.\n\
                 Written by Maren Ostby\n\
                 2.3K Followers\n\
                 Library trustee in a small river town. Writing about local budgets.\n\
                 Follow";
    let a = parse(input.as_bytes());
    let authors = authors(&a);
    assert_eq!(authors, ["Maren Ostby"]);
    let k = kinds(input);
    assert_eq!(k[2..6], [Byline, Boilerplate, Date, Boilerplate], "{k:?}");
    assert_eq!(k[6..9], [Body, Body, Body], "{k:?}");
    assert!(k[9..].iter().all(|&k| k == Boilerplate), "{k:?}");
}

#[test]
fn a_story_copied_from_an_email_newsletter() {
    let input = "View in browser\n\
                 THE HARBOUR BRIEF\n\
                 Monday, March 2, 2026\n\
                 From the newsroom of Bayline Community Radio\n\n\
                 Good morning, Portsea. Here's what you need to know today.\n\n\
                 FERRY FARES RISE FOR THE FIRST TIME IN SIX YEARS\n\
                 By Ines Carvalho\n\n\
                 Ferry fares to the island will rise by 8 percent from April, the operator said.\n\
                 Commuters said the rise would hit families hardest.\n\n\
                 Listen live at 99.1 FM or on the Bayline app.\n\
                 If you or someone you know needs help with travel costs, call the council.\n\
                 Unsubscribe | Manage preferences";
    let a = parse(input.as_bytes());
    assert_eq!(
        a.header().title.map(|s| text(&a, s)).as_deref(),
        Some("FERRY FARES RISE FOR THE FIRST TIME IN SIX YEARS")
    );
    let authors = authors(&a);
    assert_eq!(authors, ["Ines Carvalho"]);
    let k = kinds(input);
    assert_eq!(k[3..7], [Boilerplate, Boilerplate, Title, Byline], "{k:?}");
    assert_eq!(k[7..9], [Body, Body], "{k:?}");
    assert!(k[9..].iter().all(|&k| k == Boilerplate), "{k:?}");
}

#[test]
fn a_wire_page_line_gives_the_date() {
    let input = "Ferry line to add night sailings from June\n\
                 KITA WIRE - May 2, 2025 - 09:40 | Japan, Business\n\
                 OTARU, May 2 (Kita) -- A ferry line will add night sailings from June, it said on Friday.\n\
                 The operator said demand had doubled.";
    let a = parse(input.as_bytes());
    let published = a.header().published.expect("the date in the page line");
    assert_eq!(published.date.to_string(), "2025-05-02");
    assert_eq!(kinds(input)[1], Date);
}

#[test]
fn a_correction_after_the_story_is_furniture() {
    let input = "Council approves new bus lanes\n\
                 By Mara Quist\n\
                 The council approved four new bus lanes on Tuesday after a long debate.\n\
                 Work will begin in the autumn, officials said.\n\
                 Correction, 4 March 2025: An earlier version of this article gave the wrong number of lanes.";
    let k = kinds(input);
    assert_eq!(k[2..], [Body, Body, Boilerplate], "{k:?}");
}

#[test]
fn live_blog_labels_and_app_pitches_are_furniture() {
    let input = "Storm live: power cut to 40,000 homes\n\
                 Updated Jan. 16, 2025 at 11:48 a.m.\n\
                 Latest updates\n\
                 Crews said power would be back in most homes by Friday evening.\n\
                 The utility asked people to keep away from fallen lines.\n\
                 Stay informed: turn on alerts for this story.\n\
                 Join our channel on WhatsApp.\n\
                 Clarification, 17 January 2025: An earlier version of this story gave the wrong day.";
    let k = kinds(input);
    assert_eq!(k[2], Boilerplate, "{k:?}");
    assert_eq!(k[3..5], [Body, Body], "{k:?}");
    assert_eq!(k[5..], [Boilerplate, Boilerplate, Boilerplate], "{k:?}");
}

#[test]
fn a_lower_case_outlet_under_the_title_is_not_the_title_s_tail() {
    let input = "Ferry fares rise for island commuters\nkestrel wire service\n14.03.2025, 09:12\n\n\
                 Harbor (kws) - Fares on the island ferry will rise by a tenth in April, the operator said.\n\n\
                 Commuters said the rise was hard to bear.\n";
    let a = parse(input.as_bytes());
    assert_eq!(
        kinds(input),
        [Title, Byline, Date, Body, Body],
        "{:?}",
        blocks(input)
    );
    assert_eq!(
        text(&a, a.title().unwrap()),
        "Ferry fares rise for island commuters"
    );
    assert_eq!(
        text(&a, a.header().publisher.unwrap()),
        "kestrel wire service"
    );
    // A title wrapped onto a lower-case clause stays one line of text.
    let wrapped =
        "Ferry fares rise for island commuters across\nthe northern sound\n\nFares rose.\n";
    assert_eq!(blocks(wrapped)[0].1, "Ferry fares rise for island co");
    assert_eq!(parse(wrapped.as_bytes()).blocks().len(), 2);
}

/// The kinds of a story with `block` right under its byline and date,
/// followed by two story paragraphs.
fn under_a_header(block: &str) -> Vec<BlockKind> {
    kinds(&format!(
        "Quarry blast rattles valley homes\nBy Nell Varga\nMay 6, 2025\n{block}\n\n\
         Homes near the Orrin quarry were shaken on Tuesday by a blast that went wrong, the operator said.\n\n\
         Residents said cracks had appeared in several walls.\n"
    ))
}

#[test]
fn captions_by_credit_letters_gallery_number_scene_verb_or_name_at_a_place() {
    for caption in [
        "Dust rises over the Orrin quarry on Tuesday afternoon. (KVLT)",
        "Dust over the quarry on Tuesday. (Pia Holm/Valley Courier)",
        "[2/5] Dust rises over the Orrin quarry, May 6, 2025",
        "Quarry manager Otto Brandt leaves the site on Tuesday.",
        "Otto Brandt at the quarry gate, where he has worked since 1998.",
    ] {
        assert_eq!(
            under_a_header(caption),
            [Title, Byline, Date, Caption, Body, Body],
            "{caption}"
        );
    }
    // The same shapes that tell a story stay body: a past verb, a
    // bracketed acronym inside a sentence, a name with its age.
    for lede in [
        "Quarry manager Otto Brandt left the site on Tuesday.",
        "The blast was reported to the Valley Mining Authority (VMA).",
        "Otto Brandt, 61, at the quarry gate said the blast was an accident.",
    ] {
        assert_eq!(under_a_header(lede)[3], Body, "{lede}");
    }
}

#[test]
fn disclaimers_standards_and_more_links_after_the_story_are_furniture() {
    for tail in [
        "Disclaimer: The Valley Courier welcomes debate in its comment sections.",
        "(Disclaimer: This report is carried unedited from the agency feed.)",
        "Our Standards: The Courier Trust Principles.",
        "More features: The family that still builds canal boats by hand",
        "READ | Quarry neighbours want a say in blasting hours",
    ] {
        let input = format!(
            "Quarry blast rattles valley homes\n\nHomes near the quarry were shaken on Tuesday, the operator said.\n\n\
             Residents said cracks had appeared in several walls.\n\n{tail}\n"
        );
        assert_eq!(kinds(&input), [Title, Body, Body, Boilerplate], "{tail}");
    }
}

#[test]
fn header_furniture_editor_line_photo_button_author_box_and_slogan() {
    // An editor's line under the date is a credit, so the wire dateline
    // after it still opens the story.
    let input = "Harbour Daily Online\nFerry operator orders six electric boats\nUpdated: Mar 4, 2025, 10:05 IST\n\
                 Edited By: Meera Kulkarni\n\nPanaji, Mar 4 (WNS) The state ferry operator said on Tuesday it had ordered six boats.\n\n\
                 The boats will enter service next year, officials said.\n";
    let a = parse(input.as_bytes());
    assert_eq!(
        kinds(input),
        [Byline, Title, Date, Credit, Body, Body],
        "{:?}",
        blocks(input)
    );
    assert_eq!(text(&a, a.dateline().expect("dateline").place), "Panaji");

    // A photo page's licensing button sits between the caption and the story.
    let input = "Mill fire halts sugar crushing\nBy Tomasi Rika\nMarch 4, 2025\n\
                 [1/3] Smoke rises over the mill near Labasa, March 3, 2025.\nPurchase Licensing Rights\n\n\
                 LABASA, March 4 (PWS) - A fire has stopped crushing at the mill, its owner said on Tuesday.\n\n\
                 Growers said the delay would cost them.\n";
    let a = parse(input.as_bytes());
    assert_eq!(
        kinds(input),
        [Title, Byline, Date, Caption, Boilerplate, Body, Body],
        "{:?}",
        blocks(input)
    );
    assert_eq!(text(&a, a.dateline().expect("dateline").place), "LABASA");

    // An author box: each name over its job line.
    let input = "KXVM 4\nTanker crash closes Route 9 for hours\nUpdated: 5:10 PM EST Feb 3, 2025\nEditorial Standards\n\
                 Rosa Delgado\nReporter\nOwen Pryce\nDigital Producer\n\
                 A tanker overturned on Route 9 on Monday, police said.\nThe road reopened at night.\n";
    let a = parse(input.as_bytes());
    let authors = authors(&a);
    assert_eq!(authors, ["Rosa Delgado", "Owen Pryce"]);
    assert_eq!(
        kinds(input)[1..],
        [
            Title,
            Date,
            Boilerplate,
            Byline,
            Byline,
            Byline,
            Byline,
            Body,
            Body
        ],
        "{:?}",
        blocks(input)
    );

    // A masthead's slogan is not the headline.
    for slogan in [
        "Tasmania's independent news source",
        "Your Community Station",
    ] {
        let input = format!(
            "NORTH COAST BEACON\n{slogan}\nJetty repairs to start in spring\nApril 2, 2025\n\n\
             Repairs to the town jetty will start in September, the council said on Wednesday.\n"
        );
        let a = parse(input.as_bytes());
        assert_eq!(
            text(&a, a.title().expect("title")),
            "Jetty repairs to start in spring",
            "{slogan}"
        );
    }
}

#[test]
fn fact_boxes_are_set_apart_from_the_story() {
    let story =
        "Harbour Town won the derby on Saturday, their first win at the ground in six years.\n\n\
                 The home side led at half-time, coach Ria Mallon said.\n\n";
    // A labelled box, a box of three `Label: value` lines, bullets under a
    // label: not story.
    for (box_lines, n) in [
        (
            "Match facts\nVenue: Quay Park, Fowey\nReferee: Ewan Dale.\n",
            3,
        ),
        (
            "Result: Harbour Town 21 Mill End 14\nHalf-time: 13-7\nAttendance: 950\n",
            3,
        ),
        ("Key facts\n• First win: six years\n• Crowd: about 950\n", 3),
        ("Teams:\nHarbour Town: Penna; Rowe, Hale; Tonkin\n", 2),
    ] {
        let input =
            format!("Harbour Town edge derby\nBy Ann Lee\nMay 3, 2025\n\n{box_lines}\n{story}");
        let k = kinds(&input);
        // (Bullets right under the header are its key points.)
        assert!(
            k[3..3 + n].iter().all(|&k| k == Heading || k == Subtitle),
            "{box_lines}: {:?}",
            blocks(&input)
        );
        assert_eq!(k[3 + n..], [Body, Body], "{box_lines}");
    }
    // Two labelled lines with no box label, an interview's `Q:`, and a
    // sentence after a colon stay story.
    for lines in [
        "Venue: Quay Park, Fowey\nReferee: Ewan Dale\n",
        "Q: Why did the match start late\nA: The lights failed\nQ: Who fixed them\n",
        "Mallon: We were the better side and we deserved it.\nDale: The pitch was fine.\nRowe: It was a hard game for us.\n",
        "HOST: Welcome back.\nRALLS: Thanks.\nHOST: Let us start.\n",
    ] {
        let input = format!("Harbour Town edge derby\nBy Ann Lee\nMay 3, 2025\n\n{lines}\n{story}");
        // (A short last line over the story may still read as a subhead.)
        let k = kinds(&input);
        assert!(
            k[3..k.len() - 3].iter().all(|&k| k == Body),
            "{lines}: {:?}",
            blocks(&input)
        );
    }
}

#[test]
fn captions_ending_in_a_photographer_or_left_unfinished() {
    for caption in [
        "Dust hangs over the Orrin quarry. Picture by Nell Varga",
        "The quarry employs about 80 people. NELL VARGA | VC",
        "Otto Brandt (centre) speaking to residents at the hall. — NELL VARGA/The Valley Courier",
        "Otto Brandt talks to residents on Tuesday. THE VALLEY COURIER/Pia Holm",
        "The quarry has been worked since 1921. Residents were told on Monday that blasting would stop",
    ] {
        assert_eq!(
            under_a_header(caption),
            [Title, Byline, Date, Caption, Body, Body],
            "{caption}"
        );
    }
    // A story's sentence naming an outlet in capitals, or a one-sentence
    // deck without a stop, stays what it was.
    for lede in [
        "The quarry was sold in 2019. Its buyer, ORRIN STONE/GRAVEL LTD, said on Tuesday it would pay for repairs.",
        "Residents near the quarry say blasting has cracked their walls",
    ] {
        assert_ne!(under_a_header(lede)[3], Caption, "{lede}");
    }
}

#[test]
fn a_subscriber_badge_and_a_ledger_masthead_are_not_the_headline() {
    let input = "Hudson Valley Business Ledger\nSubscriber exclusive\nCannery to cut 60 jobs as salmon catch falls\n\
                 By Ann Lee\nApril 3, 2025\n\nThe Ostrava Cannery will cut 60 jobs by June, it told the state on Wednesday.\n";
    let a = parse(input.as_bytes());
    assert_eq!(
        text(&a, a.title().expect("title")),
        "Cannery to cut 60 jobs as salmon catch falls"
    );
    assert_eq!(
        text(&a, a.header().publisher.expect("publisher")),
        "Hudson Valley Business Ledger"
    );
    assert_eq!(kinds(input)[1], Boilerplate);
}

#[test]
fn bylines_with_an_editor_a_fact_checker_a_job_or_on_a_line_of_their_own() {
    for (line, author) in [
        ("Written by Lena Ortiz; Edited by Sam Pryor", "Lena Ortiz"),
        ("Fact check by Lena Ortiz", "Lena Ortiz"),
        ("Lena Ortiz | Staff Writer", "Lena Ortiz"),
    ] {
        let input = format!(
            "Ferry fares to rise from June\n{line}\nMarch 3, 2025\n\nFares will rise by 8 percent, the operator said on Monday.\n"
        );
        let a = parse(input.as_bytes());
        let authors = authors(&a);
        assert_eq!(authors, [author], "{line}");
        assert_eq!(kinds(&input), [Title, Byline, Date, Body], "{line}");
    }
    // A byline in lower case under a deck is not the deck's second line.
    let input = "Ferry fares to rise from June\nOperator says fuel costs forced its hand; riders call for a cap\n\
                 by LENA ORTIZ\nMarch 3, 2025\n\nFares will rise by 8 percent, the operator said on Monday.\n";
    assert_eq!(
        kinds(input),
        [Title, Subtitle, Byline, Date, Body],
        "{:?}",
        blocks(input)
    );
}

#[test]
fn trust_affiliate_share_and_tip_lines_are_furniture() {
    for line in [
        "Why you can trust the Courier",
        "The Courier may earn a commission when you buy through links on our site.",
        "Share or comment on this article:",
        "Do you work at the cannery? Email tips@example.com",
    ] {
        let input = format!(
            "Cannery to cut 60 jobs\n\nThe Ostrava Cannery will cut 60 jobs by June, it said on Wednesday.\n\n{line}\n\n\
             Workers said they had not been told.\n"
        );
        assert_eq!(kinds(&input)[2], Boilerplate, "{line}");
    }
    // A story's sentence about commissions is story.
    let input = "Cannery to cut 60 jobs\n\nThe Ostrava Cannery will cut 60 jobs by June, it said on Wednesday.\n\n\
                 Under the new rules, brokers will no longer earn a commission from the cannery.\n\n\
                 Workers said they had not been told.\n";
    assert_eq!(kinds(input)[2], Body);
}

#[test]
fn tag_lines_error_reports_disclaimers_and_update_notes_are_furniture() {
    for line in [
        "Tags / Keywords: Ostrava , Cannery , Jobs , Pavel Novak , Moravia , Food",
        "Found a mistake in this article? Report it to us.",
        "Prices are compiled from sale reports and are provided for information only.",
        "Update (6/2, 3:15 PM ET): The cannery has confirmed the figure.",
    ] {
        let input = format!(
            "Cannery to cut 60 jobs\n\nThe Ostrava Cannery will cut 60 jobs by June, it said on Wednesday.\n\n{line}\n\n\
             Workers said they had not been told.\n"
        );
        assert_eq!(kinds(&input)[2], Boilerplate, "{line}");
    }
    // `Related News` closes the story: the headlines under it are links.
    let input = "Cannery to cut 60 jobs\n\nThe Ostrava Cannery will cut 60 jobs by June, it said on Wednesday.\n\n\
                 Workers said they had not been told.\n\nRelated News\n\nBrewery expands, says owner\n";
    assert_eq!(kinds(input), [Title, Body, Body, Boilerplate, Boilerplate]);
    // A dated note that is no update stays story.
    let input = "Cannery to cut 60 jobs\n\nThe Ostrava Cannery will cut 60 jobs by June, it said on Wednesday.\n\n\
                 Update (the union's word for a new offer) came late on Friday.\n";
    assert_eq!(kinds(input)[2], Body);
}

#[test]
fn tables_embedded_posts_and_rating_boxes_are_not_story() {
    // A table saved with tabs, under the line that names it.
    let input =
        "Calf prices climb\n\nFeeder calf prices rose again this week at the Dry Creek sale.\n\n\
                 Dry Creek Auction – Monday, May 5\nSteers 400-500 lb\t$401.00-$420.00\n\
                 Heifers 400-500 lb\t$350.00-$371.00\nBulls\t$150.00-$162.00\n\n\
                 Hog prices fell for a second week, traders said.\n";
    assert_eq!(
        kinds(input),
        [Title, Body, Heading, Heading, Heading, Heading, Body]
    );
    // An embedded post: its text and its signature line.
    let input = "Locks fail in outage\n\nSmart locks lost their app for nine hours, the maker said on Tuesday.\n\n\
                 The company posted on its support account:\n\n\
                 We know some customers cannot reach their locks. Keypads still work.\n\n\
                 — Doorly Help (@DoorlyHelp) June 3, 2025\n\n\
                 Service came back early on Tuesday, the company said.\n";
    assert_eq!(
        kinds(input),
        [Title, Body, Body, Boilerplate, Boilerplate, Body]
    );
    // A fact check's rating box, and its list of sources at the end.
    let input = "Fact check: No, the city is not banning wood stoves\n\n\
                 The claim: The city will ban wood stoves in all homes next year.\n\n\
                 Our rating: False\n\n\
                 A post shared thousands of times says the city will ban wood stoves.\n\n\
                 The rule the council passed on Monday applies only to new buildings, a spokesman said.\n\n\
                 We rate the claim false.\n\nSources\n\nCity council, ordinance text\n\nInterview with a council member\n";
    assert_eq!(
        kinds(input),
        [
            Title,
            Heading,
            Heading,
            Body,
            Body,
            Body,
            Boilerplate,
            Boilerplate,
            Boilerplate
        ]
    );
}

#[test]
fn captions_with_a_pic_label_a_bracketed_source_or_a_place_in_the_picture() {
    for caption in [
        "Divers inspect the quarry pond on Monday. Pic: Orla Keane",
        "A crack in the east wall of the quarry office (Orrin Parish Council)",
        "Cllr Sean Doherty (middle) cuts the ribbon at the quarry gate on Monday.",
    ] {
        assert_eq!(
            under_a_header(caption),
            [Title, Byline, Date, Caption, Body, Body],
            "{caption}"
        );
    }
    let story = "The bridge will stay closed until the spring, engineers said on Monday.\n\n\
                 Repairs will cost about 2 million euros, the council said.\n";
    // An author's name over the outlet's name and the date.
    let input = format!(
        "Bridge to stay shut until spring\n\nAine Boyle\nDonegal Gazette\n\n\
         Published 5:10 p.m. March 3, 2025\n\n{story}"
    );
    let a = parse(input.as_bytes());
    let authors = authors(&a);
    assert_eq!(authors, ["Aine Boyle"]);
    assert_eq!(publisher(&a).as_deref(), Some("Donegal Gazette"));
}

#[test]
fn section_paths_scare_quoted_standfirsts_two_line_dates_and_comment_prompts() {
    // A section path above the headline is furniture, not a byline.
    let k = kinds(
        "Sport | Rowing\n\nHarbour crew wins the coastal cup for a third year\n\nBy Nell Varga\n\
         May 6, 2025\n\nThe harbour crew won the coastal cup on Saturday, its third win in a row.\n",
    );
    assert_eq!(k[..3], [Boilerplate, Title, Byline], "{k:?}");
    // A standfirst may hold a scare quote; the byline under it is still one.
    let a = parse(
        "Ferry cancelled again as islanders demand answers\n\
         Residents say they have been left 'stranded' as the vessel is withdrawn\n\n\
         By Nell Varga, Local Democracy Reporter\nPublished: 14:10 Wednesday 12 October 2022\n\n\
         Islanders have called for a meeting with the operator after a third cancellation.\n\n\
         Have your say: leave a comment below.\n"
            .as_bytes(),
    );
    let k: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(
        k,
        [Title, Subtitle, Byline, Date, Body, Boilerplate],
        "{k:?}"
    );
    assert_eq!(a.header().authors.len(), 1);
    // A date line that goes on with its update on a second line.
    let a = parse(
        "Brush fire forces evacuations\nBy: Jordan Reyes\nPosted at 5:47 PM, Mar 03, 2021\n\
         and last updated 7:12 PM, Mar 03, 2021\n\nA brush fire burned 350 acres on Wednesday.\n"
            .as_bytes(),
    );
    assert_eq!(a.blocks()[2].kind, Date);
    let published = a.header().published.map(|p| p.date);
    assert_eq!(
        published.map(|d| (d.year, d.month, d.day)),
        Some((Some(2021), 3, Some(3)))
    );
}

#[test]
fn credits_with_a_report_from_and_an_outlet_owning_the_name() {
    let credited = |line: &str| {
        let input = format!(
            "Water supply cut in three towns\n\nBy Nell Varga\n\n\
             Crews worked through the night to repair the main, the utility said.\n\n{line}\n"
        );
        let a = parse(input.as_bytes());
        let names: Vec<String> = a.credits().iter().map(|&c| text(&a, c)).collect();
        names
    };
    // `from` before a name that is also a town's (Jericho) still credits.
    assert_eq!(
        credited("With a report from Jericho Santos"),
        ["Jericho Santos"]
    );
    assert_eq!(
        credited("KZPH's Mia Castellanos contributed to this report."),
        ["Mia Castellanos"]
    );
}

#[test]
fn what_the_new_header_and_credit_rules_leave_alone() {
    // An outlet after the section is the publisher.
    let a = parse(
        "News | Daily Nation\n\nFarmers protest over unpaid milk deliveries\n\nBy Jane Roe\n\n\
         Hundreds of farmers protested on Friday, officials said.\n"
            .as_bytes(),
    );
    assert_eq!(
        a.header().publisher.map(|p| text(&a, p)).as_deref(),
        Some("Daily Nation")
    );
    // Days listed in the story are no date line, and a drop-in invitation
    // is no comment prompt.
    let a = parse(
        "Village fair returns\n\nBy Jane Roe\n\nThe fair will return this summer, organisers said.\n\n\
         Saturday 12 July 2025 and Sunday 13 July 2025\n\n\
         Have your say on the plans at a drop-in session at the town hall on Thursday.\n"
            .as_bytes(),
    );
    let k: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(k.len(), 5, "{k:?}");
    assert!(k[3] != Date && k[4] == Body, "{k:?}");
    assert!(a.header().published.is_none());
    // `With reports from Gaza suggesting …` is a sentence, and the place
    // after `this report from` is no credited name.
    let a = parse(
        "Aid convoy turned back\n\nBy Jane Roe\n\nThe convoy was stopped at the border on Monday, officials said.\n\n\
         With reports from Gaza suggesting food stocks were running out, the United Nations called for an inquiry.\n\n\
         Ellen Marsh contributed to this report from New York.\n"
            .as_bytes(),
    );
    let k: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(k, [Title, Byline, Body, Body, Credit], "{k:?}");
    let credits: Vec<String> = a.credits().iter().map(|&c| text(&a, c)).collect();
    assert_eq!(credits, ["Ellen Marsh"]);
    let people: Vec<String> = a
        .entities()
        .iter()
        .filter(|e| e.kind == newsprint::EntityKind::Person)
        .map(|e| text(&a, e.span))
        .collect();
    assert_eq!(people, ["Ellen Marsh"], "{people:?}");
}

#[test]
fn tail_furniture_set_close_credits_and_noun_waves() {
    let a = parse(
        "Copper climbs as mine strike drags on\n\nBy Nell Varga\n\n\
         Copper rose for a third day on Tuesday as a strike at a Chilean mine dragged on, traders said.\n\n\
         The country's weather agency had warned on Sunday of waves of up to 4 meters off the coast through Wednesday.\n\n\
         Stocks of the metal in London warehouses fell 2% to their lowest since March.\n\n\
         \u{2014}With assistance from Tomas Reyes\n\n\
         (Updates prices in second paragraph.)\n\n\
         Support independent journalism\n\n\
         Comments not loading? Try refreshing the page.\n\n\
         Join our Telegram channel for breaking news.\n\n\
         Latest Headlines\n\n\
         Dockers vote to end strike at northern port\n\n\
         Fans wave flags as the champions return on Monday\n"
            .as_bytes(),
    );
    let k: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(
        k,
        [
            Title,
            Byline,
            Body,
            Body,
            Body,
            Credit,
            Boilerplate,
            Boilerplate,
            Boilerplate,
            Boilerplate,
            Boilerplate,
            Boilerplate,
            Boilerplate
        ],
        "{k:?}"
    );
    let credits: Vec<String> = a.credits().iter().map(|&c| text(&a, c)).collect();
    assert_eq!(credits, ["Tomas Reyes"]);
}

#[test]
fn placeless_wire_datelines_source_items_and_world_kickers() {
    let a = parse(
        "World News\n\nFerry runs aground off a remote island\n\nBy Nell Varga\nNov. 14, 2023 / 3:42 AM\n\n\
         Nov. 14 (UPI) -- Rescuers pulled 87 people from a ferry on Tuesday, officials said.\n"
            .as_bytes(),
    );
    let k: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(k[0], Boilerplate, "{k:?}");
    assert!(a.header().publisher.is_none());
    let d = a.dateline().expect("dateline");
    assert!(d.place.is_empty());
    assert_eq!(d.agency.map(|s| text(&a, s)).as_deref(), Some("UPI"));
    let a = parse(
        "Dairy prices slip for a third auction\n\nSource: Xinhua | 2022-08-17 14:22:10 | Editor: Li Wen\n\n\
         WELLINGTON, Aug. 17 (Xinhua) -- Dairy prices fell for the third time, the auction showed.\n"
            .as_bytes(),
    );
    assert_eq!(
        a.header().publisher.map(|p| text(&a, p)).as_deref(),
        Some("Xinhua")
    );
}

#[test]
fn a_sentence_opening_with_assistance_from_is_story() {
    let k = kinds(
        "Grid rebuilt after a hard winter\n\nBy Nell Varga\n\n\
         Power returned to most homes by March, the operator said.\n\n\
         With assistance from Washington, Kyiv rebuilt most of its substations within months.\n",
    );
    assert_eq!(k, [Title, Byline, Body, Body], "{k:?}");
}

#[test]
fn comment_policies_counters_usefulness_prompts_and_a_standfirst_with_a_scene_verb() {
    let a = parse(
        "Lake community lifts boil water advisory after 19 years\n\n\
         Community celebrates new treatment plant, but chief warns operators are underpaid\n\n\
         Leah Morin, Local Journalism Initiative Reporter\nNov 9, 2023\n\n\
         Families can drink water straight from the tap for the first time since 2004, officials said.\n\n\
         Did you find this article useful? Support our newsroom.\n\n\
         Comments - 0\n\n\
         Disclaimer: All the comments will be moderated by the editorial team. Comments that are \
         abusive, obscene, defamatory or off-topic will not be published, and repeat offenders may \
         be blocked from commenting on the site.\n\n\
         Editor: Helen Wright\n"
            .as_bytes(),
    );
    let k: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(
        k,
        [
            Title,
            Subtitle,
            Byline,
            Date,
            Body,
            Boilerplate,
            Boilerplate,
            Boilerplate,
            Credit
        ],
        "{k:?}"
    );
    let credits: Vec<String> = a.credits().iter().map(|&c| text(&a, c)).collect();
    assert_eq!(credits, ["Helen Wright"]);
}

#[test]
fn what_the_standfirst_and_furniture_rules_leave_alone() {
    // A photo's scene between the headline and the byline stays a caption.
    let k = kinds(
        "Leaders agree to resume climate talks\n\n\
         President Ana Ruiz shakes hands with Prime Minister Tom Hale in Bali, Indonesia, on Monday, Nov. 14, 2022.\n\n\
         By Jane Roe\n\nThe two leaders agreed to resume talks on Monday, officials said.\n",
    );
    assert_eq!(k, [Title, Caption, Byline, Body], "{k:?}");
    // A letter opening `Editor:` and a question about this year's forms
    // are story; a comment policy of any length is furniture.
    let mut policy =
        String::from("Disclaimer: All the comments will be moderated by the editorial team.");
    for _ in 0..8 {
        policy.push_str(" Comments that are abusive or off-topic will not be published.");
    }
    let k = kinds(&format!(
        "Letters: the bypass plan ignores residents\n\n\
         Editor: I was appalled by your coverage of the Route 9 bypass last week.\n\n\
         Did you find this year's forms harder to follow than last year's? You are not alone.\n\n{policy}\n"
    ));
    assert_eq!(k, [Title, Body, Body, Boilerplate], "{k:?}");
}

#[test]
fn follow_prompts_author_notes_posted_in_lines_and_share_buttons() {
    let k = kinds(
        "Shipping rules tighten on emissions\n\nBy Jane Roe\n\nShare\n\nX\n\n\
         Regulators agreed new limits on ship emissions on Tuesday, officials said.\n\n\
         Follow Jane Roe on X\n\n\
         (The author is a columnist. The opinions expressed are her own.)\n\n\
         Posted in Local News on Friday, August 9, 2024 12:05 am.\n",
    );
    assert_eq!(
        k,
        [
            Title,
            Byline,
            Boilerplate,
            Boilerplate,
            Body,
            Boilerplate,
            Boilerplate,
            Boilerplate
        ],
        "{k:?}"
    );
}

#[test]
fn a_news_service_line_under_the_masthead_and_a_font_size_widget_after_the_date() {
    let a = parse(
        "The Coast Courier\n\nHarbour road blocked over delayed dredging\n\nHerald News Service\n\
         Updated: 18th June 2024 08:41 PM   |   A+ A A-\n\n\
         KOCHI: Hundreds of fishermen blocked the harbour road on Tuesday, officials said.\n"
            .as_bytes(),
    );
    let k: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(k, [Byline, Title, Byline, Date, Body], "{k:?}");
    assert_eq!(
        a.header()
            .published
            .map(|p| (p.date.year, p.date.month, p.date.day)),
        Some((Some(2024), 6, Some(18)))
    );
    assert_eq!(text(&a, a.dateline().expect("dateline").place), "KOCHI");
}

#[test]
fn what_the_posted_in_editor_and_scene_rules_leave_alone() {
    let k = kinds(
        "High street rallies before Christmas\n\n\
         High street shakes off its slump as shoppers return ahead of Christmas, figures show\n\n\
         By Jane Roe\nDecember 1, 2024\n\n\
         Shoppers returned to high streets in November, figures showed on Monday.\n\n\
         Posted in Kandahar in 2009, Sergeant Tom Hale lost two friends within a month.\n\n\
         Editor: Helen Wright.\n",
    );
    assert_eq!(
        k,
        [Title, Subtitle, Byline, Date, Body, Body, Credit],
        "{k:?}"
    );
}

#[test]
fn a_label_repeated_between_paragraphs_and_page_buttons_are_furniture() {
    let mut s = String::from(
        "Council delays vote on levy\n\nAuthor of the article:\n\nDana Roe\n\nPublished Mar 04, 2025\n\n\
         Join the conversation\n\nCity hall on Monday. Photo by Dana Roe /The Courier\n\n",
    );
    for i in 0..4 {
        s.push_str(&format!(
            "Paragraph {i} of the story says the council met and talked about the levy.\n\nArticle content\n\n"
        ));
    }
    s.push_str("You can save this article by registering for free here.\n\n");
    s.push_str("The Courier is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful.\n\n");
    s.push_str("Download our mobile app for the latest news.\n");
    let b = blocks(&s);
    let kind_of = |start: &str| {
        b.iter()
            .find(|(_, t)| t.starts_with(start))
            .map(|x| x.0)
            .unwrap_or_else(|| panic!("{start}: {b:?}"))
    };
    assert_eq!(kind_of("Author of the article"), Boilerplate, "{b:?}");
    assert_eq!(kind_of("Dana Roe"), Byline, "{b:?}");
    assert_eq!(kind_of("Join the conversation"), Boilerplate, "{b:?}");
    assert_eq!(kind_of("City hall on Monday"), Caption, "{b:?}");
    assert!(
        b.iter()
            .filter(|(_, t)| t == "Article content")
            .all(|(k, _)| *k == Boilerplate),
        "{b:?}"
    );
    assert_eq!(kind_of("You can save"), Boilerplate, "{b:?}");
    assert_eq!(kind_of("The Courier is committed"), Boilerplate, "{b:?}");
    assert_eq!(kind_of("Download our mobile"), Boilerplate, "{b:?}");
    assert_eq!(b.iter().filter(|(k, _)| *k == Body).count(), 4, "{b:?}");
    let a = parse(s.as_bytes());
    let authors = authors(&a);
    assert_eq!(authors, ["Dana Roe"]);
}

#[test]
fn a_heading_used_twice_is_still_a_heading() {
    // (Three times or more makes a label furniture; twice may be a story's
    // own subheads, and a label with a number or a full stop is text.)
    let k = kinds(
        "Story\n\nFirst paragraph of the story here, long enough to read.\n\nWhat happened\n\n\
         Second paragraph of the story here, long enough to read.\n\nWhat happened\n\n\
         Third paragraph of the story here, long enough to read.",
    );
    assert!(!k.contains(&Boilerplate), "{k:?}");
}

#[test]
fn a_box_of_links_inside_the_story_a_wire_desk_line_and_a_close_set_credit() {
    let s = "Rupiah slides to weakest since 1998\n\n(Bloomberg) -- The rupiah fell on Tuesday as funds sold bonds.\n\n\
             The currency dropped 1.1% before paring losses, traders said.\n\n\
             Most Read from Bloomberg\n\nGold Hits Record as Traders Pile Into Havens\n\n\
             Why Japan's Bond Market Is Suddenly Nervous\n\n\
             Investors have grown uneasy about the spending plans, analysts said.\n\n\
             --With assistance from Grace Sihombing.\n\nWAM/Amjad Saleh/Hazem Hussein\n";
    let b = blocks(s);
    let kind_of = |start: &str| {
        b.iter()
            .find(|(_, t)| t.starts_with(start))
            .map(|x| x.0)
            .unwrap_or_else(|| panic!("{start}: {b:?}"))
    };
    assert_eq!(kind_of("Most Read from"), Boilerplate, "{b:?}");
    assert_eq!(kind_of("Gold Hits Record"), Boilerplate, "{b:?}");
    assert_eq!(kind_of("Why Japan"), Boilerplate, "{b:?}");
    assert_eq!(kind_of("Investors have"), Body, "{b:?}");
    assert_eq!(kind_of("--With assistance"), Credit, "{b:?}");
    assert_eq!(kind_of("WAM/Amjad"), Credit, "{b:?}");
    let a = parse(s.as_bytes());
    let credits: Vec<String> = a.credits().iter().map(|&r| text(&a, r)).collect();
    assert_eq!(credits, ["Grace Sihombing", "Amjad Saleh", "Hazem Hussein"]);
    let dateline = a.dateline().expect("dateline");
    assert_eq!(
        dateline.agency.map(|r| text(&a, r)).as_deref(),
        Some("Bloomberg")
    );
}

#[test]
fn a_byline_with_its_date_after_spaces() {
    for (line, authors) in [
        (
            "By Le Hoang Phong   March 20, 2025 | 07:45 pm GMT+7",
            &["Le Hoang Phong"][..],
        ),
        (
            "By Jane Doe and Sam Roe March 20, 2025",
            &["Jane Doe", "Sam Roe"][..],
        ),
    ] {
        let s = format!(
            "City to fine drivers at metro exits\n\n{line}\n\nThe city will fine drivers from April 1, officials said on Tuesday.\n"
        );
        let a = parse(s.as_bytes());
        let h = a.header();
        let names: Vec<String> = h.authors.iter().map(|&r| text(&a, r)).collect();
        assert_eq!(names, authors, "{line}");
        let date = h.published.as_ref().expect("date");
        assert_eq!(text(&a, date.span), "March 20, 2025", "{line}");
        assert!(h.subtitle.is_none(), "{line}");
    }
}

#[test]
fn a_wire_update_with_its_version_tag_key_points_and_update_note() {
    let s = "UPDATE 2-Rail firm to cut 1,100 jobs as freight slumps\n\nBy Priya Natarajan\n\n\
             March 26, 2025 7:48 PM UTC\n\n* To close Toledo yard by end of June\n* Shares rise 3.8%\n\n\
             (Adds quotes from union in paragraphs 6-8)\n\n\
             CLEVELAND, March 26 (Reuters) - The railway said on Wednesday it would cut jobs.\n\n\
             The cuts will save about $185 million a year, it said.\n";
    let a = parse(s.as_bytes());
    let title = a.header().title.expect("title");
    assert_eq!(
        text(&a, title),
        "Rail firm to cut 1,100 jobs as freight slumps"
    );
    let b = blocks(s);
    assert!(
        b.iter()
            .filter(|(_, t)| t.starts_with('*'))
            .all(|(k, _)| *k == Subtitle),
        "{b:?}"
    );
    assert!(
        b.iter()
            .any(|(k, t)| *k == Boilerplate && t.starts_with("(Adds")),
        "{b:?}"
    );
    let place = a.dateline().expect("dateline").place;
    assert_eq!(text(&a, place), "CLEVELAND");
}

#[test]
fn names_before_dates_in_european_forms_and_a_place_alone_over_the_story() {
    let s = "Hazelnut exports hit record in six months\n\n\
             Merve Aydogan   |08.03.2025 - Update : 08.03.2025\n\nANKARA\n\n\
             Exports climbed to a record on Saturday, the exporters said.\n";
    let a = parse(s.as_bytes());
    let h = a.header();
    let names: Vec<String> = h.authors.iter().map(|&r| text(&a, r)).collect();
    assert_eq!(names, ["Merve Aydogan"]);
    assert_eq!(
        h.published.as_ref().map(|d| text(&a, d.span)).as_deref(),
        Some("08.03.2025")
    );
    let dateline = a.dateline().expect("dateline");
    assert_eq!(text(&a, dateline.place), "ANKARA");
    assert_eq!(blocks(s)[2].0, Dateline);

    let s = "Purple Line delayed again until 2028, ministry says\n\n\
             Noa Shefer-Ravid|Published: 03.12.25, 14:05\n\n\
             The ministry said on Wednesday the line would open late.\n";
    let a = parse(s.as_bytes());
    let h = a.header();
    let names: Vec<String> = h.authors.iter().map(|&r| text(&a, r)).collect();
    assert_eq!(names, ["Noa Shefer-Ravid"]);
    let date = h.published.as_ref().expect("date");
    assert_eq!(text(&a, date.span), "03.12.25");
    assert_eq!(date.date.to_string(), "2025-12-03");

    // An outlet's masthead and date: the date's span is the date's.
    let s = "COLD CHAIN WEEKLY | Issue 412 | 12 February 2025\n\n\
             Reefer rates climb for a third month\n\nRates rose again in January, brokers said.\n";
    let a = parse(s.as_bytes());
    let date = a.header().published.as_ref().expect("date");
    assert_eq!(text(&a, date.span), "12 February 2025");
}

#[test]
fn a_byline_with_a_name_in_capitals_and_a_job() {
    let s = "Council approves road repairs\n\nBy KEOLA MAKAIWI Tribune-Ledger staff writer\n\n\
             The council on Wednesday approved $4.2 million for the road.\n";
    let a = parse(s.as_bytes());
    let names = authors(&a);
    assert_eq!(names, ["KEOLA MAKAIWI"]);
}

#[test]
fn what_a_reviewer_found_the_new_furniture_rules_getting_wrong() {
    // A forum in a story is no comment policy, and a photo agency is no
    // contributor.
    let s = "Panel to meet residents\n\nThe council set up a panel on Monday, officials said.\n\n\
             The panel will serve as a forum for discussion between residents and the police.\n\n\
             Councillors approved it unanimously, the clerk said.\n\nAFP/Getty Images\n";
    let b = blocks(s);
    assert!(
        b.iter()
            .any(|(k, t)| *k == Body && t.starts_with("The panel will")),
        "{b:?}"
    );
    let a = parse(s.as_bytes());
    assert!(a.credits().is_empty(), "{b:?}");
    // One-word subheads of a review repeat for every product.
    let mut s = String::from(
        "Three phones reviewed\n\nWe tried three phones this month, our reviewer said.\n\n",
    );
    for i in 0..3 {
        s.push_str(&format!(
            "Phone {i}\n\nThe phone is fast and light, and it lasts a day.\n\nPros\n\nBattery life is long and the screen is sharp.\n\n\
             Cons\n\nThe camera struggles at night and in rain.\n\n"
        ));
    }
    let b = blocks(&s);
    assert!(
        b.iter()
            .filter(|(_, t)| t == "Pros" || t == "Cons")
            .all(|(k, _)| *k != Boilerplate),
        "{b:?}"
    );
}

#[test]
fn glued_dates_links_and_credits_of_copied_pages() {
    let s = "Berlin rents: landlords dodge rent brake\n\
             More and more flats are let furnished, a study has found. Tenant groups want action.\n\
             Lena Hartwig\n03/12/2025March 12, 2025\nhttps://p.dw.com/p/4rQk7\n\
             Rents for furnished flats have risen faster than for unfurnished onesImage: Jan Roe/dpa\n\
             Almost two in three flats were offered furnished last year, the study found.\n\
             Read moreBerlin votes to cap rents for five years\n\
             The city will debate the study on Tuesday, officials said.\n";
    let a = parse(s.as_bytes());
    let h = a.header();
    let names: Vec<String> = h.authors.iter().map(|&r| text(&a, r)).collect();
    assert_eq!(names, ["Lena Hartwig"]);
    assert_eq!(
        h.published.as_ref().map(|d| d.date.to_string()).as_deref(),
        Some("2025-03-12")
    );
    let b = blocks(s);
    let kind_of = |start: &str| {
        b.iter()
            .find(|(_, t)| t.starts_with(start))
            .map(|x| x.0)
            .unwrap_or_else(|| panic!("{start}: {b:?}"))
    };
    assert_eq!(kind_of("https://"), Boilerplate, "{b:?}");
    assert_eq!(kind_of("Rents for furnished"), Caption, "{b:?}");
    assert_eq!(kind_of("Read moreBerlin"), Boilerplate, "{b:?}");
    assert_eq!(kind_of("Almost two"), Body, "{b:?}");
    // A caption ending in `© Name, Agency`, and `Text by:` over the wires.
    let s = "Cafe owners fight plan\n\nIssued on: 14/05/2025 - 17:42\n\n\
             A waiter serves customers on a terrace in Paris on May 13, 2025. \u{a9} Julien Mercier, AFP\n\n\
             Text by:\n\nNEWS WIRES\n\n\
             Paris (AFP) \u{2013} Cafe owners urged City Hall on Wednesday to drop the plan.\n";
    let b = blocks(s);
    assert_eq!(b[2].0, Caption, "{b:?}");
    assert_eq!(b[3].0, Boilerplate, "{b:?}");
    let a = parse(s.as_bytes());
    assert!(a.dateline().is_some(), "{b:?}");
}

#[test]
fn a_release_end_mark_and_its_contact_label() {
    let b = blocks(
        "Ministry opens sea cucumber season\n\nThe ministry said on Friday the season would open.\n\n\
         Harvesters must register by Monday, it said.\n\n\u{2013} ENDS \u{2013}\n\n\
         For more information, please contact:\n\nMedia Unit, Ministry of Fisheries\n",
    );
    assert!(
        b.iter()
            .any(|(k, t)| *k == Boilerplate && t.contains("ENDS")),
        "{b:?}"
    );
    assert!(
        b.iter()
            .any(|(k, t)| *k == Boilerplate && t.starts_with("For more information")),
        "{b:?}"
    );
}

#[test]
fn agency_pages_author_labels_view_counters_and_sign_offs() {
    let s = "Saiga numbers top 4 million, census shows\n\n21 April 2025 11:20\n\n\
             Author: Aigerim Seitkali\n\nViews: 1,204\n\nComments: 0\n\n\
             ASTANA. KAZINFORM \u{2013} The number of saigas has reached 4.1 million, the ministry said.\n\n\
             The census covered three populations, officials said on Monday.\n\n\
             Related news: Saiga calving season begins early\n\n\
             Reporter: Dana Seitova\n\nTranslator: Aditya Eko Wibowo\n";
    let a = parse(s.as_bytes());
    let names = authors(&a);
    assert_eq!(names, ["Aigerim Seitkali"]);
    let dateline = a.dateline().expect("dateline");
    assert_eq!(
        dateline.agency.map(|r| text(&a, r)).as_deref(),
        Some("KAZINFORM")
    );
    let credits: Vec<String> = a.credits().iter().map(|&r| text(&a, r)).collect();
    assert_eq!(credits, ["Dana Seitova", "Aditya Eko Wibowo"]);
    let b = blocks(s);
    for start in ["Views:", "Comments:", "Related news:"] {
        assert!(
            b.iter()
                .any(|(k, t)| *k == Boilerplate && t.starts_with(start)),
            "{start}: {b:?}"
        );
    }
    // `Feb 17,2025`: a comma for the space before the year.
    let s = "Bus fares to rise in March\n\nBy Rana Haddad - Feb 17,2025 - Last updated at Feb 17,2025\n\n\
             AMMAN \u{2014} Fares will rise on March 1, the ministry said on Monday.\n";
    let a = parse(s.as_bytes());
    let h = a.header();
    assert_eq!(
        h.published.as_ref().map(|d| d.date.to_string()).as_deref(),
        Some("2025-02-17")
    );
    assert_eq!(h.authors.len(), 1);
}

#[test]
fn what_a_second_review_found_the_new_header_and_furniture_rules_getting_wrong() {
    // A headline about an author stays the headline.
    let s = "Author Jane Doe Wins Booker Prize\n\nMarch 3, 2025\n\nThe novelist won on Monday, judges said.\n";
    let a = parse(s.as_bytes());
    assert_eq!(
        a.header().title.map(|t| text(&a, t)).as_deref(),
        Some("Author Jane Doe Wins Booker Prize")
    );
    assert!(a.header().authors.is_empty());
    // A place under the date line is no byline.
    let s = "Heat wave hits the outback\n\n10.09.2025 14:32\n\nAlice Springs\n\nTemperatures passed 45C on Tuesday, forecasters said.\n";
    assert!(parse(s.as_bytes()).header().authors.is_empty());
    // A story's own copyright notice, a transcript's question and a
    // readers' page heading are text.
    let b = blocks(
        "Markets slide\n\nStocks fell on Monday, traders said.\n\n\
         Reporter: Will taxes go up?\n\nViews: Readers respond to the park plan\n\n\
         The index closed lower, the mayor said. \u{a9} Copyright Agence France-Presse\n",
    );
    assert!(
        b.iter()
            .any(|(k, t)| *k != Credit && t.starts_with("Reporter:")),
        "{b:?}"
    );
    assert!(
        b.iter()
            .any(|(k, t)| *k != Boilerplate && t.starts_with("Views:")),
        "{b:?}"
    );
    assert!(
        b.iter()
            .any(|(k, t)| *k != Caption && t.starts_with("The index")),
        "{b:?}"
    );
}

#[test]
fn sharing_and_listening_buttons_a_writer_label_and_a_section_label() {
    let s = "Transit buses to get new heaters\n\nSocial Sharing\n\nWRITER: Penchan Srisuwan\n\n\
             NEWSPAPER SECTION: News\n\n4-Minute Listen\n\nPlaylist\n\n\
             The city will fit new heaters to 200 buses by April, officials said on Tuesday.\n\n\
             Users with an account can comment on our news stories.\n";
    let b = blocks(s);
    for start in [
        "Social Sharing",
        "4-Minute Listen",
        "Playlist",
        "Users with",
    ] {
        assert!(
            b.iter()
                .any(|(k, t)| *k == Boilerplate && t.starts_with(start)),
            "{start}: {b:?}"
        );
    }
    let a = parse(s.as_bytes());
    let names = authors(&a);
    assert_eq!(names, ["Penchan Srisuwan"]);
    assert!(a.dateline().is_none(), "{b:?}");
}

#[test]
fn a_masthead_tagline_above_section_labels_is_not_the_headline() {
    // The outlet's name and its tagline read like headlines; the line with
    // its deck and byline under it, past the section labels, is the one.
    let a = parse(
        "The Glenbrae & Dunmore Courier\nNews\nCouncil\nLibrary opening hours cut to three days a week\n\
         Budget gap forces a shorter week at four branches\nBy Iona Grant\nPublished: 04 March 2026\n\
         Opening hours at four libraries will be cut from April, the council said on Tuesday.\n"
            .as_bytes(),
    );
    assert_eq!(
        text(&a, a.title().unwrap()),
        "Library opening hours cut to three days a week"
    );
    let a = parse(
        "Harbour Voices\nStories from every quay and quayside\nEnvironment\n\
         Storm surge floods harbour front for second time this month\n12 March 2026\n\
         Sea water poured over the harbour wall on Tuesday night, the port authority said.\n"
            .as_bytes(),
    );
    assert_eq!(
        text(&a, a.title().unwrap()),
        "Storm surge floods harbour front for second time this month"
    );
    // A headline with its own byline right under it stays, whatever the
    // lines below it look like.
    let a = parse(
        "Ferry fares rise for island residents\nBy Iona Grant\nTransport\n\
         Night crossing to be cut from timetable next year\n\
         Fares on the island ferry will rise by 6 percent, the operator said.\n"
            .as_bytes(),
    );
    assert_eq!(
        text(&a, a.title().unwrap()),
        "Ferry fares rise for island residents"
    );
}

#[test]
fn a_release_with_its_media_contact_above_the_headline() {
    let a = parse(
        "Tri-County Water Cooperative\n\n44 Mill Road | Keene, NH 03431 | tcwc.org\n\nFOR IMMEDIATE RELEASE\n\n\
         Media contact:\nDana Whitcomb, Communications Manager\n603-555-0199 | dwhitcomb@tcwc.org\n\n\
         Cooperative to replace lead service lines in three towns this summer\n\n\
         Work will start in Swanzey and reach Marlborough by August\n\n\
         KEENE, N.H. (March 2, 2026) — The Tri-County Water Cooperative said on Monday it will replace 400 lead service lines.\n\n\
         Crews will begin in Swanzey in May.\n"
            .as_bytes(),
    );
    assert_eq!(
        text(&a, a.title().unwrap()),
        "Cooperative to replace lead service lines in three towns this summer"
    );
    let kinds: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds[3..6],
        [Boilerplate, Boilerplate, Boilerplate],
        "the label, the name and the numbers"
    );
    assert_eq!(a.published().unwrap().date.to_string(), "2026-03-02");
    assert_eq!(text(&a, a.dateline().unwrap().place), "KEENE");
}

#[test]
fn a_blog_post_headline_with_a_full_stop_its_author_and_publication() {
    let a = parse(
        "We tried to run a tool library for a year. Here is what we learned.\n\n\
         Lending drills, ladders and patience on one street in east Leeds\n\n\
         Priya Haldane\n\nFollow\n\nPublished in\n\nNeighbourhood Notes\n\n6 min read\n·\nMar 4, 2026\n\n\
         Last spring we put a shed at the end of our street and filled it with tools.\n\n\
         By the autumn, 140 households had borrowed something.\n"
            .as_bytes(),
    );
    assert_eq!(
        text(&a, a.title().unwrap()),
        "We tried to run a tool library for a year. Here is what we learned."
    );
    let h = a.header();
    assert_eq!(text(&a, h.authors[0]), "Priya Haldane");
    assert_eq!(text(&a, h.publisher.unwrap()), "Neighbourhood Notes");
    assert_eq!(h.reading_minutes, Some(6));
    // A story's first paragraph with no header lines under it stays body.
    let a = parse(
        "The council voted on Tuesday to close the pool. Swimmers were angry.\n\n\
         The pool opened in 1968.\n\nIt will shut in May.\n"
            .as_bytes(),
    );
    assert!(a.title().is_none());
}

#[test]
fn a_tabloid_summary_box_outlet_after_for_and_share_counters() {
    let input = "Cyclist, 64, thrown into canal after swan charges him on towpath\n\
                 • Derek Allan was riding home from work on Tuesday evening\n\
                 • Passers-by pulled him out of the water near the lock\n\
                 By Sophie Lund For Riverside Online\n\
                 Published: 10:02 BST, 4 June 2025 | Updated: 12:30 BST, 4 June 2025\n\
                 87 shares\n\
                 View comments\n\
                 A cyclist was thrown into a canal on Tuesday after a swan charged at him on the towpath.\n\
                 Derek Allan, 64, said the bird came out of the reeds without warning.";
    let a = parse(input.as_bytes());
    let kinds: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            Title,
            Subtitle,
            Subtitle,
            Byline,
            Date,
            Boilerplate,
            Boilerplate,
            Body,
            Body
        ]
    );
    // Key points are no standfirst.
    assert!(a.header().subtitle.is_none());
    assert_eq!(text(&a, a.header().authors[0]), "Sophie Lund");
    assert_eq!(text(&a, a.header().publisher.unwrap()), "Riverside Online");
}

#[test]
fn a_wire_byline_in_capitals_with_the_agency_and_no_comma() {
    let a = parse(
        "Dam release floods farm roads in valley\nBy MARCO DIAZ Associated Press\n\
         Updated 9:15 AM MDT, May 2, 2025\nBOISE, Idaho (AP) — Water released from a dam flooded farm roads on Thursday."
            .as_bytes(),
    );
    assert_eq!(text(&a, a.header().authors[0]), "MARCO DIAZ");
    assert_eq!(text(&a, a.header().publisher.unwrap()), "Associated Press");
}

#[test]
fn a_closing_line_about_the_author_is_furniture_that_credits_them() {
    let input = "Ferry fares rise in spring\nBy Lena Ortiz\nMarch 3, 2026\n\
                 Ferry fares will rise by 6 percent in April, the operator said on Monday.\n\
                 The operator blamed fuel costs and said timetables would not change.\n\
                 Lena Ortiz covers transport for the Bay Courier. Reach her at lortiz@example.com.";
    let a = parse(input.as_bytes());
    let kinds: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(kinds, [Title, Byline, Date, Body, Body, Boilerplate]);
    let credits: Vec<String> = a.credits().iter().map(|&c| text(&a, c)).collect();
    assert_eq!(credits, ["Lena Ortiz"]);
}

#[test]
fn team_sheets_and_match_facts_after_a_report_are_not_prose() {
    let input = "Town 3-0 United\nBy Ewan Pike\nSaturday 4 October 2025\n\
                 Town scored three times in the second half to beat United at Mill Lane.\n\
                 United had the better of the first half but could not find a way through.\n\
                 Town: Reed; Cole, Marsh, Young, Platt; Hart (Dunn 70), Lowe; Webb.\n\
                 United: Ash; Fox, Gray, Bell; Kemp, Shaw (Lord 60); Price.\n\
                 Referee: Alan Rowe. Attendance: 2,406.";
    assert_eq!(
        kinds(input),
        [
            Title,
            Byline,
            Date,
            Body,
            Body,
            Boilerplate,
            Boilerplate,
            Boilerplate
        ]
    );
}

#[test]
fn a_messaging_channel_pitch_after_the_story_is_furniture() {
    let k = kinds(
        "Night market moves for repairs\nBy Lim Wen Hui\nMarch 3, 2026\n\
         The night market will move to a car park for six months while its roof is repaired.\n\
         Stallholders said the new site was smaller but easier to reach by bus.\n\
         Join the Courier's Telegram channel and get the day's headlines and must-reads.",
    );
    assert_eq!(k, [Title, Byline, Date, Body, Body, Boilerplate]);
}

#[test]
fn a_slash_separated_masthead_and_a_byline_with_a_handle() {
    let input = "Ferry fares rise in Iloilo\n\
                 By: Ma. Teresa Dimaculangan - Correspondent / @IloiloDesk\n\
                 Panay Morning Star / 06:15 AM March 4, 2026\n\
                 Ferry operators raised fares by 8 percent on Monday, citing fuel costs.\n\
                 Commuters said the increase would hurt daily workers most.";
    let a = parse(input.as_bytes());
    let kinds: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(kinds, [Title, Byline, Byline, Body, Body]);
    let authors = authors(&a);
    assert_eq!(authors, ["Ma. Teresa Dimaculangan"]);
    assert_eq!(publisher(&a).as_deref(), Some("Panay Morning Star"));
    assert_eq!(published(&a).as_deref(), Some("2026-03-04"));
}

#[test]
fn a_section_label_a_name_with_its_desk_and_a_glued_update() {
    let input = "Harbour Live\n\
                 Lifeboat station marks 150 years of rescues\n\
                 Bookmark\n\
                 News\n\
                 Gwen Ellis Morgan Community Reporter\n\
                 10:38, 03 Apr 2025Updated 11:02, 03 Apr 2025\n\
                 The lifeboat station opened its doors to visitors on Saturday.\n\
                 Volunteers showed the new boat to families from the village.";
    let a = parse(input.as_bytes());
    let kinds: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            Byline,
            Title,
            Boilerplate,
            Boilerplate,
            Byline,
            Date,
            Body,
            Body
        ]
    );
    let authors = authors(&a);
    assert_eq!(authors, ["Gwen Ellis Morgan"]);
    assert_eq!(publisher(&a).as_deref(), Some("Harbour Live"));
    assert_eq!(published(&a).as_deref(), Some("2025-04-03"));
}

#[test]
fn a_font_widget_a_stock_picture_and_an_agency_note_around_a_colon_dateline() {
    let input = "Tyre maker posts record quarter\n\
                 By Anil Mehra\n\
                 Nov 13, 2025\n\
                 AA\n\
                 Representative image\n\
                 CHENNAI: Tyre maker Roadline Ltd on Thursday reported a 20% rise in profit.\n\
                 The company said demand from carmakers stayed strong.\n\
                 (With inputs from agencies)";
    let a = parse(input.as_bytes());
    let kinds: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            Title,
            Byline,
            Date,
            Boilerplate,
            Caption,
            Body,
            Body,
            Boilerplate
        ]
    );
    let place = a.dateline().map(|d| text(&a, d.place));
    assert_eq!(place.as_deref(), Some("CHENNAI"));
}

#[test]
fn windows_1252_middle_dot_between_byline_and_date() {
    let input: &[u8] = b"Court jails former official\nBy Zanele Dube \xb7 14 May 2025, 17:32\n\
                         A former official was jailed for 15 years on Wednesday.\n\
                         The court heard the money was never repaid.";
    let a = parse(input);
    let kinds: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(kinds, [Title, Byline, Body, Body]);
    let authors = authors(&a);
    assert_eq!(authors, ["Zanele Dube"]);
    assert_eq!(published(&a).as_deref(), Some("2025-05-14"));
}

#[test]
fn a_closing_byline_in_parentheses_is_a_credit() {
    let input = "Dengue cases rise in Tainan\n\
                 Tainan, Nov. 4 (CNA) Dengue cases rose again last week, health officials said.\n\
                 The city has sprayed insecticide in three districts.\n\
                 (By Chen Mei-ling and Paul Hsieh)\n\
                 Join the conversation: tell us what you think in the comments below\n\
                 Enditem/ML\n\
                 End of Article";
    let a = parse(input.as_bytes());
    let kinds: Vec<BlockKind> = a.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            Title,
            Body,
            Body,
            Credit,
            Boilerplate,
            Boilerplate,
            Boilerplate
        ]
    );
    let credits: Vec<String> = a.credits().iter().map(|&c| text(&a, c)).collect();
    assert_eq!(credits, ["Chen Mei-ling", "Paul Hsieh"]);
}

#[test]
fn a_release_date_line_with_its_zone_spelled_out() {
    let input = "Korvale Energy Picks Site for Battery Plant\n\n\
                 March 04, 2026 09:30 AM Central Standard Time\n\n\
                 TULSA, Okla.--(BUSINESS WIRE)--Korvale Energy, Inc. today announced a site for its \
                 first battery plant. Work starts in May.\n\nThe plant will employ 120 people.\n";
    let a = parse(input.as_bytes());
    assert_eq!(published(&a).as_deref(), Some("2026-03-04"));
    assert_eq!(kinds(input), [Title, Date, Body, Body]);
}

#[test]
fn a_title_case_headline_with_for_is_no_byline() {
    let k = kinds("Energy Firm Picks Site for Battery Plant\n\nThe plant will employ 120 people. It opens in May.\n");
    assert_eq!(k, [Title, Body]);
    // A given name before `for` and an outlet is still a byline.
    let a = parse(
        "Storm hits the coast\n\nMaria Lopez for The Coast Herald\n\nThe storm hit on Monday. It was big.\n"
            .as_bytes(),
    );
    assert_eq!(authors(&a), ["Maria Lopez"]);
    assert_eq!(publisher(&a).as_deref(), Some("The Coast Herald"));
}

#[test]
fn live_pages_update_times_entry_stamps_and_text_credits() {
    let input = "Live: Grass fire threatens Korrin Valley homes\n\nText: Ása Birna Jónsdóttir\n\n\
                 March 3, 2026 - 1:12PM\n\nLast Updated 9:48PM\n\nNoah Reyes 9:45 PM\n\n\
                 The fire has burnt 900 hectares. Crews are still at work.\n\n\
                 Noah Reyes 8.52pm\n\nA relief centre has opened in the town hall.\n";
    let a = parse(input.as_bytes());
    assert_eq!(authors(&a), ["Ása Birna Jónsdóttir"]);
    assert_eq!(published(&a).as_deref(), Some("2026-03-03"));
    assert_eq!(
        kinds(input),
        [Title, Byline, Date, Date, Heading, Body, Heading, Body]
    );
}

#[test]
fn share_rows_read_next_links_and_print_edition_lines() {
    let input = "Ferry fares rise on the Korrin route\n\nBy Tomas Vale\n\nFacebook  Twitter  WhatsApp  Email\n\n\
                 Fares on the Korrin ferry will rise by 8 percent in May, the operator said.\n\n\
                 Published in 2019, the last review found the route lost money.\n\n\
                 Published in The Lancet, March 4, the study followed 3,000 adults.\n\n\
                 Read next: Harbour dredging to start in June\n\n\
                 Published in The Korrin Times, October 25th, 2025.\n";
    let b = blocks(input);
    let kinds: Vec<BlockKind> = b.iter().map(|x| x.0).collect();
    assert_eq!(
        kinds,
        [
            Title,
            Byline,
            Boilerplate,
            Body,
            Body,
            Body,
            Boilerplate,
            Boilerplate
        ],
        "{b:?}"
    );
}

#[test]
fn an_email_address_glued_to_the_byline_is_no_part_of_the_name() {
    let a = parse(
        "Pool bond passes in Korrin\n\nBy Anna Lindqvist alindqvist@korrincourier.com\n\nNov 6, 2025\n\n\
         Voters approved the pool bond on Tuesday. The count ended late.\n"
            .as_bytes(),
    );
    assert_eq!(authors(&a), ["Anna Lindqvist"]);
    assert_eq!(published(&a).as_deref(), Some("2025-11-06"));
}

#[test]
fn a_box_score_under_its_label_is_no_story() {
    let input = "Hosts end the visitors' streak\n\nBy Lea Morin\n\nNov 16, 2025\n\n\
                 The Tarnsville side won 4-2 on Saturday night. The keeper made 41 saves.\n\n\
                 The teams meet again on Wednesday.\n\n\
                 SCORING SUMMARY\n\n\
                 First period: 1. TAR, Roussel 5 (Caron, Dionne), 11:02.\n\n\
                 Second period: 2. VEL, Ouellet 9 (Fortin), 3:15. 3. TAR, Dionne 3, 18:40 (pp).\n\n\
                 Shots on goal: VEL 43, TAR 24. Attendance: 3,412.\n";
    assert_eq!(
        kinds(input),
        [Title, Byline, Date, Body, Body, Heading, Heading, Heading, Heading]
    );
}

#[test]
fn a_writer_beside_the_outlet_is_a_byline() {
    let a = parse(
        "Hosts end the visitors' streak\n\nMarc-Antoine Morin | The North Shore Beacon\n\n\
         Nov 16, 2025\n\nThe Tarnsville side won 4-2 on Saturday. The keeper made 41 saves.\n"
            .as_bytes(),
    );
    assert_eq!(authors(&a), ["Marc-Antoine Morin"]);
    assert_eq!(publisher(&a).as_deref(), Some("The North Shore Beacon"));
}

#[test]
fn a_live_blogs_first_stamp_ends_the_header_and_syndication_notes_are_furniture() {
    let input = "Rainstorm live: signal lifted\n\nBy Jo Lau\n\nTuesday 14 Oct 2025\n\n\
                 7.05pm\n\n\
                 Schools to reopen on Wednesday\n\n\
                 The bureau says all schools will reopen on Wednesday. Six will stay shut.\n\n\
                 5.48pm\n\n\
                 Black signal cancelled\n\n\
                 The observatory has replaced the black signal with the amber one.\n\n\
                 (Only the headline of this report may have been reworked by our staff; the rest \
                 of the content is auto-generated from a syndicated feed.)\n\n\
                 Follow The Harbour Desk on Google News for the latest updates\n";
    let b = blocks(input);
    let kinds: Vec<BlockKind> = b.iter().map(|x| x.0).collect();
    assert_eq!(kinds[4], Heading, "{b:?}");
    assert_eq!(kinds[7], Heading, "{b:?}");
    assert_eq!(
        kinds[kinds.len() - 2..],
        [Boilerplate, Boilerplate],
        "{b:?}"
    );
    assert_eq!(kinds.iter().filter(|&&k| k == Body).count(), 2, "{b:?}");
}

#[test]
fn magazine_and_cms_header_lines_and_closing_pitches() {
    // `Words: X | Photos: Y` is a byline with a photo credit; an e-mail
    // address after a bar is no author; Joomla's `Details`, `Category:`
    // and `Hits:` lines are furniture.
    let input = "Harbour pool to reopen after repairs\n\n\
                 Details\n\n\
                 Words: Marta Quinlan | Photos: Desmond Achterberg\n\n\
                 Category: Heritage\n\n\
                 Thursday 8th January 2026, 7.45am\n\n\
                 Hits: 1204\n\n\
                 The tidal pool at the south harbour will reopen in spring, the trust said. Repairs cost £1.8m.\n\n\
                 Swimmers have waited since 1994 for the pool to reopen.\n\n\
                 Also in the news:\n\n\
                 Ferry fares to rise from February\n\n\
                 Do you have news from your village? Call or WhatsApp the newsroom on 7100 0000.\n\n\
                 Follow The Harbour Post on Viber and Telegram for the latest news.\n\n\
                 The Harbour Post is a nonprofit newsroom supported by readers. Donate today.\n";
    let a = parse(input.as_bytes());
    assert_eq!(authors(&a), ["Marta Quinlan"]);
    let b = blocks(input);
    let kinds: Vec<BlockKind> = b.iter().map(|x| x.0).collect();
    assert_eq!(kinds[1], Boilerplate, "{b:?}");
    assert_eq!(kinds[2], Byline, "{b:?}");
    assert_eq!(kinds[3], Boilerplate, "{b:?}");
    assert_eq!(kinds[5], Boilerplate, "{b:?}");
    assert_eq!(kinds.iter().filter(|&&k| k == Body).count(), 2, "{b:?}");
    assert!(kinds[8..].iter().all(|&k| k == Boilerplate), "{b:?}");

    let a = parse(
        "Farmers race to save crop\n\nBy Ravi Persaud | rpersaud@ledger.example\n\n\
         Monday, January 05, 2026\n\nRice farmers say they are racing against time.\n"
            .as_bytes(),
    );
    assert_eq!(authors(&a), ["Ravi Persaud"]);
}

#[test]
fn a_pull_quote_with_its_attribution_after_a_dash_is_a_duplicate() {
    let input = "Ice road opens at last\n\nBy Elena Marsh\n\n\
                 The ice road opened on Friday to the first villages downriver.\n\n\
                 \"On the road it is a short drive to town with my truck,\" Alexie said. \
                 \"By plane it is money I do not have.\"\n\n\
                 \"By plane it is money I do not have.\" — Mary Alexie, store owner\n\n\
                 The committee is funded by tribal councils along the river.\n";
    let b = blocks(input);
    assert!(
        b.iter()
            .any(|(k, t)| *k == Duplicate && t.starts_with("\"By plane")),
        "{b:?}"
    );
    assert_eq!(b.iter().filter(|x| x.0 == Body).count(), 3, "{b:?}");
}

#[test]
fn a_story_ending_on_telegram_a_spaced_photo_label_and_a_dash_comment_are_kept() {
    let input = "Shelling hits the port\n\nBy Olena Marsh\n\n\
                 Photo : Jean Dupont\n\n\
                 Shelling damaged the port on Monday. Cranes burned.\n\n\
                 \"We waited all winter for this road to open,\" she said. It opened.\n\n\
                 \"We waited all winter for this road to open\" — that was the refrain in town\n\n\
                 The regional governor posted photos of the damage on Telegram.\n";
    let b = blocks(input);
    assert_eq!(b[2].0, Credit, "{b:?}");
    assert_eq!(b.last().map(|x| x.0), Some(Body), "{b:?}");
    assert_eq!(b.iter().filter(|x| x.0 == Body).count(), 4, "{b:?}");
}

#[test]
fn report_story_and_reporter_bylines_special_to_and_dates_with_comments() {
    for (line, author) in [
        ("Report by Nadia Ramsamy", "Nadia Ramsamy"),
        ("Story and photos by Remy Guidrot", "Remy Guidrot"),
        ("Reporter: Ciara Doolan", "Ciara Doolan"),
        ("Jeela Pitsiulak, Special to the Signal", "Jeela Pitsiulak"),
    ] {
        let input = format!(
            "Thin ice keeps fishers off the sound\n\n{line}\n\nMarch 9, 2026\n\n\
             The winter fishery has not started. Harvesters say the ice is thin.\n"
        );
        let a = parse(input.as_bytes());
        assert_eq!(authors(&a), [author], "{line}");
    }
    for line in [
        "Wednesday, 18th of February 2026",
        "February 18, 2026 • 5 Comments",
    ] {
        let input = format!(
            "Bike hub opens in the town\n\n{line}\n\nThe hub opened on Monday. It has 40 bikes.\n"
        );
        let a = parse(input.as_bytes());
        assert_eq!(published(&a).as_deref(), Some("2026-02-18"), "{line}");
    }
}

#[test]
fn a_quoted_subhead_and_comment_notes_at_the_end() {
    let input = "Bike hub opens in the town\n\nBy Ciara Doolan\n\n\
                 A group of former workers has opened a bike hub in the town this week.\n\n\
                 ‘Nobody has heard of us’\n\n\
                 The group hopes visitors will come from abroad. Bookings have started already.\n\n\
                 Comments are moderated and may take up to 24 hours to appear.\n\n\
                 Comments on this story are closed.\n";
    let b = blocks(input);
    assert!(
        b.iter()
            .any(|(k, t)| *k == Heading && t.starts_with("‘Nobody")),
        "{b:?}"
    );
    assert_eq!(b.iter().filter(|x| x.0 == Body).count(), 2, "{b:?}");
    assert!(b[b.len() - 2..].iter().all(|x| x.0 == Boilerplate), "{b:?}");
}

#[test]
fn a_column_headline_of_two_short_sentences_under_a_masthead() {
    let input = "THE HARBOUR REVIEW\n\nOpinion | Island life\n\n\
                 The ferry queue is not a traffic problem. It is a housing problem\n\n\
                 Islanders blame day-trippers for the waits. They are looking at the wrong end\n\n\
                 Harriet Lyle\n\n\
                 Sun 15 Mar 2026 06.00 AEDT\n\n\
                 On the holiday I sat in my car at the terminal for three hours. It was slow.\n\n\
                 Nobody I know can afford to live on the island any more, and the queue shows it.\n";
    let a = parse(input.as_bytes());
    assert_eq!(
        a.header().title.map(|t| text(&a, t)).as_deref(),
        Some("The ferry queue is not a traffic problem. It is a housing problem")
    );
    assert_eq!(authors(&a), ["Harriet Lyle"]);
    assert_eq!(kinds(input).iter().filter(|&&k| k == Body).count(), 2);
}

#[test]
fn a_translators_line_at_the_end_is_a_credit() {
    let input = "Villagers buy their only shop\n\nBy Sunna Hanssen\n\n\
                 Residents of the village voted on Thursday to buy the shop. Shares cost 500 each.\n\n\
                 The cooperative will hold its first general meeting next week.\n\n\
                 Quotes translated from Faroese by Hedin Mikkelsen\n";
    let a = parse(input.as_bytes());
    let credits: Vec<String> = a.credits().iter().map(|s| text(&a, *s)).collect();
    assert_eq!(credits, ["Hedin Mikkelsen"]);
}

#[test]
fn second_review_misfires_stay_body_or_title() {
    // A translation named in a story's sentence, a closing paragraph on
    // public comments and a `Report by` headline.
    let input = "Report by Watchdog Finds Failings at Hospital\n\nBy Ann Lee\n\n\
                 The county tests its emergency sirens on Wednesday.\n\n\
                 The novel was translated from French by Frank Wynne.\n\n\
                 Public comments are closed until the hearing resumes on April 3.\n";
    let a = parse(input.as_bytes());
    assert_eq!(
        a.header().title.map(|t| text(&a, t)).as_deref(),
        Some("Report by Watchdog Finds Failings at Hospital")
    );
    assert!(a.credits().is_empty());
    let b = blocks(input);
    assert_eq!(b.iter().filter(|x| x.0 == Body).count(), 3, "{b:?}");
}

#[test]
fn writers_filing_from_places_glued_by_and_an_unknown_name_under_a_masthead() {
    let a = parse(
        "Oyster farms lose half their stock\n\n\
         By Selma Nghidinwa in Walvis Bay and Jason Beukes in Windhoek\n\n\
         12 August 2026\n\n\
         Oyster growers say they have lost half their stock. The water turned green.\n"
            .as_bytes(),
    );
    assert_eq!(authors(&a), ["Selma Nghidinwa", "Jason Beukes"]);
    let a = parse(
        "Mango growers race the heat\n\nByBryce Malone\n\n7 Sep 2026\n\n\
         Growers started picking early. The fruit is small.\n"
            .as_bytes(),
    );
    assert_eq!(authors(&a), ["Bryce Malone"]);
    // A name not known as a given name, beside the date, under the outlet's
    // masthead, is the writer (not a second outlet).
    let a = parse(
        "THE RARO CURRENT\n\nTaro rots on the wharf after the ship misses two calls\n\n\
         Teuira Tangaroa • Wednesday 10 June 2026, 4:05 pm • 3 min read\n\n\
         Taro growers say they have thrown away two tonnes of crop. The ship did not come.\n"
            .as_bytes(),
    );
    assert_eq!(authors(&a), ["Teuira Tangaroa"]);
    assert_eq!(publisher(&a).as_deref(), Some("THE RARO CURRENT"));
    // (Not a label beside the date, nor a brand glued to `By`.)
    for line in ["Editorial Board", "Avarua Harbour"] {
        let input = format!(
            "THE RARO CURRENT\n\nTaro rots on the wharf after the ship misses two calls\n\n\
             {line} • Wednesday 10 June 2026\n\nTaro growers threw away crops. The ship did not \
             come.\n"
        );
        assert!(authors(&parse(input.as_bytes())).is_empty(), "{line}");
    }
    let a = parse(
        "ByHeart Recall Expands to More Stores\n\nThe recall grew on Monday. It covers formula.\n"
            .as_bytes(),
    );
    assert!(authors(&a).is_empty());
}

#[test]
fn a_two_digit_year_and_key_points_without_their_bullets() {
    let input = "Crofters win funding to rebuild walls\n\nby Magnus Tait\n\n17/07/26 07:30\n\n\
                 Key points:\n\n\
                 Growers started picking up to three weeks early\n\n\
                 Early fruit is small, and hotter days are forecast\n\n\
                 Crofters have been awarded money to rebuild the walls. Work starts soon.\n";
    let a = parse(input.as_bytes());
    assert_eq!(published(&a).as_deref(), Some("2026-07-17"));
    // (A year of the last century from 70 up; a short day or month is no
    // such date.)
    for (line, date) in [("12/05/85", Some("1985-12-05")), ("3/4/10", None)] {
        let input = format!(
            "Crofters win funding\n\nby Magnus Tait\n\n{line}\n\nWork starts soon. It is late.\n"
        );
        assert_eq!(
            published(&parse(input.as_bytes())).as_deref(),
            date,
            "{line}"
        );
    }
    let kinds = kinds(input);
    assert_eq!(kinds.iter().filter(|&&k| k == Body).count(), 1, "{kinds:?}");
}

#[test]
fn european_clock_times_work_notes_agencies_and_slashed_writers() {
    // (`08h30` and `kl. 12.05` after a dotted date.)
    for (line, date) in [
        ("22.09.2026 – 08h30", "2026-09-22"),
        (
            "Published 03.03.2026 kl. 12.05 · Updated 03.03.2026 kl. 14.40",
            "2026-03-03",
        ),
    ] {
        let input = format!(
            "Walls rise again on the island\n\nSigrid Holm (text and photo)\n\n{line}\n\n\
             Volunteers rebuilt the walls this summer, the group said.\n\n\
             The work will go on next year."
        );
        let a = parse(input.as_bytes());
        assert_eq!(published(&a).as_deref(), Some(date), "{line}");
        assert_eq!(authors(&a), ["Sigrid Holm"], "{line}");
    }
    let a = parse(
        "Oxen haul a house across the channel\n\nCamila Ortega Ruiz, Agencia Austral de Noticias\n\n\
         16 March 2026\n\nNeighbours hauled the house on ropes, the family said.\n\n\
         It took six hours."
            .as_bytes(),
    );
    assert_eq!(authors(&a), ["Camila Ortega Ruiz"]);
    assert!(a.header().subtitle.is_none());
    let a = parse(
        "Cork harvest starts early\n\nGiovanni Pirelli / Chiara Fadelli\n\nSat 30 May 2026 - 09:10\n\n\
         The harvest began on Monday, growers said.\n\nIt will end in July."
            .as_bytes(),
    );
    assert_eq!(authors(&a), ["Giovanni Pirelli", "Chiara Fadelli"]);
    let a = parse(
        "Seaweed farmers move to deeper water\n\nFrom SALMA OTHMANI in Zanzibar\n\n13 Aug 2026\n\n\
         Farmers moved their lines, the cooperative said.\n\nPrices fell."
            .as_bytes(),
    );
    assert_eq!(authors(&a), ["SALMA OTHMANI"]);
}

#[test]
fn related_labels_credits_with_inputs_and_provinces_in_datelines() {
    let k = kinds(
        "Walls rise again\n\nVolunteers rebuilt the walls this summer, the group said.\n\n\
         Also on Pico: Whale-watching skippers report a record season\n\n\
         Also in the news: Cocoa growers form a marketing group\n\n\
         Also on Tuesday, the council approved the grant.",
    );
    assert_eq!(k, [Title, Body, Boilerplate, Boilerplate, Body]);
    let a = parse(
        "Rain washes out salt pans\n\nRain flooded the pans on Monday, workers said.\n\n\
         With inputs from R. Karthikeyan in Ramanathapuram\n\n(With inputs from agencies)"
            .as_bytes(),
    );
    let credits: Vec<String> = a.credits().iter().map(|&s| text(&a, s)).collect();
    assert_eq!(credits, ["R. Karthikeyan"]);
    let a = parse(
        "Cork harvest starts early\n\nTEMPIO PAUSANIA (Sassari) – The cork harvest began on Monday.\n\n\
         It will end in July."
            .as_bytes(),
    );
    let d = a.dateline().expect("a dateline");
    assert_eq!(text(&a, d.place), "TEMPIO PAUSANIA");
    assert!(d.agency.is_none());
    let a = parse(
        "A house crosses the water\n\nDalcahue (Chile), 16 Mar (AAN).- A wooden house crossed \
         the channel on Saturday.\n\nIt took six hours."
            .as_bytes(),
    );
    let d = a.dateline().expect("a dateline");
    assert_eq!(text(&a, d.place), "Dalcahue");
    assert_eq!(d.agency.map(|s| text(&a, s)).as_deref(), Some("AAN"));
}

#[test]
fn clubs_split_by_a_slash_picture_labels_and_days_are_no_bylines_or_labels() {
    for line in ["Premier League / Champions League", "Full Report (video)"] {
        let input = format!(
            "Storm hits the coast\n\n{line}\n\nMarch 3, 2026\n\n\
             The storm hit the coast on Monday, officials said.\n\nIt will ease next week."
        );
        let a = parse(input.as_bytes());
        assert!(authors(&a).is_empty(), "{line}: {:?}", authors(&a));
    }
    let k = kinds(
        "Walls rise again\n\nVolunteers rebuilt the walls this summer, the group said.\n\n\
         Also on Monday: Police named the victim as John Smith\n\nThe council met later.",
    );
    assert_eq!(k[2], Body, "{k:?}");
}

#[test]
fn posted_and_written_by_on_a_date_handles_and_machine_time_stamps() {
    let body = "\n\nThe ferry will run twice a day from Monday, the operator said.\n\n\
                It will stop at two more piers in the summer.\n";
    for (header, author, date) in [
        (
            "Ferry timetable changes\n\nWritten by Ilse Varrow on 3 March 2026",
            "Ilse Varrow",
            "2026-03-03",
        ),
        (
            "Ferry timetable changes\n\nPosted by Ilse Varrow on Tuesday, March 3, 2026 at 9:14 am",
            "Ilse Varrow",
            "2026-03-03",
        ),
        (
            "Ferry timetable changes\n\nBy Ilse Varrow @ivarrow\n\nTue 3 Mar 2026 14.22 GMT",
            "Ilse Varrow",
            "2026-03-03",
        ),
        (
            "Ferry timetable changes\n\n2026-03-03T14:22:00.000Z\n\nIlse Varrow",
            "Ilse Varrow",
            "2026-03-03",
        ),
    ] {
        let input = format!("{header}{body}");
        let a = parse(input.as_bytes());
        assert_eq!(authors(&a), [author], "{header}");
        assert_eq!(published(&a).as_deref(), Some(date), "{header}");
    }
}

#[test]
fn related_coverage_and_stories_labels_are_boilerplate() {
    for label in ["Related coverage:", "Related stories:", "Related articles:"] {
        let input = format!(
            "Ferry timetable changes\n\nThe ferry will run twice a day from Monday, the operator said.\n\n\
             It will stop at two more piers in the summer, officials said.\n\n\
             {label} Harbour fees rise for a second year\n"
        );
        assert_eq!(kinds(&input), [Title, Body, Body, Boilerplate], "{label}");
    }
}

#[test]
fn a_writer_and_the_bureau_they_file_for() {
    let input = "Drought empties the tanks\n\nMakereta Tuinasau | Northern Bureau\n\n\
                 November 9, 2026\n\nThe village has bought water by the drum since September, \
                 its headman said.\n\nA borehole is promised before Christmas.\n";
    let a = parse(input.as_bytes());
    assert_eq!(authors(&a), ["Makereta Tuinasau"]);
    assert_eq!(publisher(&a), None);
}

#[test]
fn an_outlet_posted_on_a_day_and_a_label_before_a_day_is_no_dateline() {
    let input = "Ferry timetable changes\n\nPosted by The Associated Press on March 3, 2026\n\n\
                 The ferry will run twice a day from Monday, the operator said.\n\n\
                 It will stop at two more piers in the summer.\n";
    let a = parse(input.as_bytes());
    assert_eq!(publisher(&a).as_deref(), Some("The Associated Press"));
    assert_eq!(published(&a).as_deref(), Some("2026-03-03"));
    let input = "Council vote delayed\n\nMarch 3, 2026\n\nUpdate, March 3 — The council has \
                 postponed the vote on the harbour plan.\n\nIt will meet again next week.\n";
    let a = parse(input.as_bytes());
    assert!(a.dateline().is_none(), "{:?}", a.dateline());
}

#[test]
fn the_line_after_a_bare_news_provided_by_is_the_outlet() {
    for gap in ["\n", "\n\n"] {
        let input = format!(
            "Norrland Grid to build battery park near Sundsvall\n\n\
             NEWS PROVIDED BY{gap}Norrland Grid AB{gap}Feb 16, 2027, 08:00 ET\n\n\
             SUNDSVALL, Sweden, Feb. 16, 2027 /PRNewswire/ -- The grid operator today \
             announced plans for a battery park.\n"
        );
        let a = parse(input.as_bytes());
        assert_eq!(
            publisher(&a).as_deref(),
            Some("Norrland Grid AB"),
            "{gap:?}"
        );
        assert!(authors(&a).is_empty(), "{gap:?}: {:?}", authors(&a));
    }
}

#[test]
fn more_from_a_place_and_also_read_bars_are_link_labels() {
    let input = "Dyke repairs begin on North Ronaldsay\n\n\
                 By Jo Flett\n\n\
                 KIRKWALL — Work to rebuild the sheep dyke began on Monday, the trust said.\n\n\
                 Volunteers will work in shifts until the autumn, organisers said.\n\n\
                 More from Orkney: Stromness pier lights to be replaced before winter\n\n\
                 Also Read | Kumarakom bird sanctuary to reopen after the nesting season\n";
    let found = blocks(input);
    for label in ["More from Orkney", "Also Read | Kuma"] {
        let block = found
            .iter()
            .find(|b| b.1.starts_with(label))
            .unwrap_or_else(|| panic!("{label}: {found:?}"));
        assert_eq!(block.0, Boilerplate, "{found:?}");
    }
}

#[test]
fn a_byline_after_a_bare_news_provided_by_stays_a_byline() {
    let input = "Grid operator plans a battery park\n\nNEWS PROVIDED BY\n\nBy Jane Doe\n\n\
                 Feb 16, 2027\n\nThe grid operator today announced plans for a battery park.\n";
    let a = parse(input.as_bytes());
    assert_eq!(authors(&a), ["Jane Doe"]);
    assert_ne!(publisher(&a).as_deref(), Some("By Jane Doe"));
}

#[test]
fn a_broadcasters_schedule_under_the_story_is_boilerplate() {
    let k = kinds(
        "Ferry cancelled for a third day\n\nBy Jane Roe\n\n\
         The morning ferry was cancelled again on Tuesday, the port authority said.\n\n\
         Watch Harbour TV News weeknights at 7 pm on Channel 9.\n\n\
         Watch the harbour master explain why the crossing was unsafe.\n",
    );
    // (A line that only opens with `Watch` stays in the story.)
    assert_eq!(k, [Title, Byline, Body, Boilerplate, Body], "{k:?}");
}

#[test]
fn a_place_and_a_date_on_their_own_line_are_the_dateline() {
    for (line, place) in [
        ("BENGALURU, July 14, 2025", "BENGALURU"),
        ("Lagos, Nigeria, July 14, 2025", "Lagos"),
    ] {
        let input = format!(
            "Water supply to be hit in 40 wards\n\nStaff Reporter\n\n{line}\n\n\
             The water board said on Monday that supply would be cut for two days.\n"
        );
        let a = parse(input.as_bytes());
        let d = a.dateline().expect(line);
        assert_eq!(text(&a, d.place), place);
        assert!(a.header().publisher.is_none(), "{line}");
        assert_eq!(a.published().unwrap().date.to_string(), "2025-07-14");
    }
}

#[test]
fn a_story_sentence_opening_with_watch_stays_in_the_story() {
    let k = kinds(
        "Rain to return\n\nBy Jane Roe\n\n\
         The council met on Monday to plan for floods, officials said.\n\n\
         Watch out for more rain this weekend, forecasters say, with showers on weekday \
         evenings too.\n\n\
         Sandbags are available at the depot, the council said.\n",
    );
    assert_eq!(k, [Title, Byline, Body, Body, Body], "{k:?}");
}

#[test]
fn a_releases_for_immediate_release_line_gives_its_date() {
    let a = parse(
        "Slipway to close for ten weeks\n\nFor immediate release: 18 September 2028\n\n\
         The slipway will close on Monday for repairs, the partnership said.\n"
            .as_bytes(),
    );
    assert_eq!(a.published().unwrap().date.to_string(), "2028-09-18");
    // Without a date it is still furniture.
    let k = kinds(
        "Slipway to close for ten weeks\n\nFor immediate release\n\n\
         The slipway will close on Monday for repairs, the partnership said.\n",
    );
    assert_eq!(k, [Title, Boilerplate, Body], "{k:?}");
}

#[test]
fn the_outlet_selling_itself_under_the_story_is_boilerplate() {
    let k = kinds(
        "Fuel pump to close\n\nHarbour Radio\n\nBy Jane Roe\n\n\
         The last fuel pump at the north end of the island will close in October, the \
         trust said on Tuesday.\n\n\
         Volunteers hope to raise the money by the end of the year, she said.\n\n\
         Harbour Radio News is on air every hour from 7am on 106.4 FM.\n",
    );
    assert_eq!(k.last(), Some(&Boilerplate), "{k:?}");
    assert_eq!(k.iter().filter(|&&b| b == Body).count(), 2, "{k:?}");
}

#[test]
fn second_review_cases_for_outlet_lines_and_place_date_lines() {
    // The outlet named in a story's own last sentence stays in the story.
    let k = kinds(
        "Ferry cut\n\nMinch Radio\n\nBy Jane Roe\n\n\
         The ferry was cut on Monday, the council said.\n\n\
         More ferries will follow next year, she said.\n\n\
         Minch Radio has launched an appeal for donations to the fund.\n",
    );
    assert_eq!(k.last(), Some(&Body), "{k:?}");
    // A place and a date with a time after it are the dateline.
    let a = parse(
        "Talks resume\n\nBy Jane Roe\n\nSydney, March 3, 2025, 5:00pm\n\n\
         Negotiators met again on Monday, officials said.\n"
            .as_bytes(),
    );
    assert_eq!(text(&a, a.dateline().expect("dateline").place), "Sydney");
    assert_eq!(a.published().unwrap().date.to_string(), "2025-03-03");
}

#[test]
fn a_name_above_the_headline_echoed_in_the_footer_is_the_outlet() {
    let story = "Harbour Lines\n\n\
                 Ferry crews in the bay vote to strike over winter rosters\n\n\
                 Mara Quist\n\n\
                 4 min readNov 2, 2028\n\n\
                 Crews on the three bay ferries voted on Tuesday to strike.\n\n\
                 The union said talks would resume next week.\n\n\
                 Follow Harbour Lines for more stories from the waterfront.\n";
    let a = parse(story.as_bytes());
    assert_eq!(publisher(&a).as_deref(), Some("Harbour Lines"));
    assert_eq!(kinds(story).last(), Some(&Boilerplate));
    // Without the echo, a line right above the headline is a topic label.
    let label = story.replace("Follow Harbour Lines", "Follow the union");
    let a = parse(label.as_bytes());
    assert_eq!(publisher(&a), None);
}

#[test]
fn an_outlet_saying_who_pays_for_it_under_the_story_is_boilerplate() {
    let story = "BAYSIDE COMMUNITY RADIO\n\n\
                 Pier repairs to start in spring after council vote\n\n\
                 By Dale Amos\n\n\
                 Published March 3, 2028 at 4:10 PM\n\n\
                 The council voted on Monday to repair the pier.\n\n\
                 Work is expected to take six months.\n\n\
                 Bayside Community Radio is listener-supported. Support local news today.\n";
    let found = kinds(story);
    assert_eq!(found.last(), Some(&Boilerplate), "{found:?}");
    assert_eq!(found.iter().filter(|k| **k == Body).count(), 2, "{found:?}");
}

#[test]
fn a_topic_or_a_writer_echoed_in_the_footer_is_no_outlet() {
    for (first, footer) in [
        ("Climate Change", "Follow Climate Change coverage here."),
        ("Scottish Football", "Follow Scottish Football on Facebook"),
        ("Tom Hill", "Follow Tom Hill for more stories"),
    ] {
        let story = format!(
            "{first}\n\nFerry crews in the bay vote to strike over winter rosters\n\n\
             Mara Quist\n\n4 min readNov 2, 2028\n\n\
             Crews on the three bay ferries voted on Tuesday to strike.\n\n{footer}\n"
        );
        let a = parse(story.as_bytes());
        assert_eq!(publisher(&a), None, "{first}");
    }
}

#[test]
fn a_masthead_in_capitals_echoed_in_title_case_is_the_outlet() {
    let story = "HARBOUR LINES\n\nPier repairs to start in spring after council vote\n\n\
                 By Dale Amos\n\nMarch 3, 2028\n\n\
                 The council voted on Monday to repair the pier.\n\n\
                 Subscribe to Harbour Lines for $4 a month.\n";
    let a = parse(story.as_bytes());
    assert_eq!(publisher(&a).as_deref(), Some("HARBOUR LINES"));
    // Without the echo, the capitals are a label.
    let label = story.replace("Subscribe to Harbour Lines", "Subscribe to us");
    assert_eq!(publisher(&parse(label.as_bytes())), None);
}

#[test]
fn a_writer_over_the_place_they_file_from_and_the_date() {
    for (lines, author) in [
        (
            "Anna Schmidt\n\nHamburg\n\nUpdated: 14/05/2029 11:32",
            "Anna Schmidt",
        ),
        // (A place the gazetteer does not know, under a known given name.)
        (
            "Rui Medeiros\nPonta Delgada\nUpdated: 14/05/2029 11:32",
            "Rui Medeiros",
        ),
        (
            "4 min readAug 9, 2029\nLachlan Webb\nHobart",
            "Lachlan Webb",
        ),
        (
            "Lachlan Webb\n\nHobart, Tasmania\n\nMay 3, 2029",
            "Lachlan Webb",
        ),
        ("May 22, 2029 | By Karma Wangchuk", "Karma Wangchuk"),
    ] {
        let story = format!(
            "Whale-watching boats ordered to keep their distance\n\n{lines}\n\n\
             The regional government will require boats to stay back.\n\n\
             Operators were divided on the rule.\n"
        );
        let a = parse(story.as_bytes());
        assert_eq!(authors(&a), [author], "{lines}");
        // (A known place under the name is no outlet; an unknown word
        // there, `Ponta Delgada` or `Politico`, may be.)
        if !lines.contains("Ponta") {
            assert_eq!(publisher(&a), None, "{lines}");
        }
        assert!(
            published(&a).is_some_and(|d| d.starts_with("2029-")),
            "{lines}"
        );
        let found = kinds(&story);
        assert_eq!(
            found.iter().filter(|k| **k == Body).count(),
            2,
            "{lines}: {found:?}"
        );
    }
}

#[test]
fn a_blog_named_above_the_headline_and_in_the_writers_footer_is_the_outlet() {
    let story = "Dragon Valley Notes\n\nThe last water mills of the valley\n\n\
                 Kinley Wangmo\n\n6 min read·Sep 4, 2029\n\n\
                 The mill house is no bigger than a garden shed.\n\n\
                 Written by Kinley Wangmo\n\n212 followers · Writer for Dragon Valley Notes\n";
    let a = parse(story.as_bytes());
    assert_eq!(publisher(&a).as_deref(), Some("Dragon Valley Notes"));
    let label = story.replace("Writer for Dragon Valley Notes", "Writer");
    assert_eq!(publisher(&parse(label.as_bytes())), None);
}

#[test]
fn an_unknown_writer_beside_the_outlet_named_above_is_the_author() {
    let story = "Arctic Shore Post\n\nGreenland | Society\n\n\
                 The town's only dentist is leaving\n\n\
                 Aviaja Berthelsen | Arctic Shore Post\n\n2029-04-23 08:15\n\n\
                 The only dentist in town will leave at the end of May.\n";
    let a = parse(story.as_bytes());
    assert_eq!(authors(&a), ["Aviaja Berthelsen"]);
    assert_eq!(publisher(&a).as_deref(), Some("Arctic Shore Post"));
    // Beside another outlet's name, an unknown name stays unread.
    let other = story.replace(
        "Aviaja Berthelsen | Arctic Shore Post",
        "Aviaja Berthelsen | Polar Times",
    );
    assert!(authors(&parse(other.as_bytes())).is_empty());
}

#[test]
fn a_section_label_beside_the_reading_time_is_no_outlet() {
    let story = "Phoenix stun Sydney with late double\n\nSport | 2 min read\n\n\
                 Sunday, 21 January 2029, 9:05 pm\n\n\
                 The Phoenix came from behind to win on Sunday night.\n";
    let a = parse(story.as_bytes());
    assert_eq!(publisher(&a), None);
    assert_eq!(a.header().reading_minutes, Some(2));
    // An outlet's name there is still the outlet.
    let outlet = story.replace("Sport |", "Harbour Lines |");
    assert_eq!(
        publisher(&parse(outlet.as_bytes())).as_deref(),
        Some("Harbour Lines")
    );
}
