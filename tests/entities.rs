//! Entities and acronyms on invented snippets: people with roles and one
//! canonical name, places (gazetteer, aliases, patterns), organisations and
//! acronym definitions with later uses.

fn entities(text: &str) -> Vec<(String, String, String, Option<String>)> {
    let article = newsprint::parse_with(text.as_bytes(), &newsprint::Options::new().plain(true));
    let s = |span: newsprint::Span| String::from_utf8_lossy(article.text(span)).into_owned();
    article
        .entities()
        .iter()
        .map(|e| {
            let canonical = e.alias.map_or_else(|| s(e.canonical), str::to_owned);
            (
                e.kind.as_str().to_owned(),
                s(e.span),
                canonical,
                e.role.map(s),
            )
        })
        .collect()
}

fn find<'a>(
    found: &'a [(String, String, String, Option<String>)],
    kind: &str,
    text: &str,
) -> Option<&'a (String, String, String, Option<String>)> {
    found.iter().find(|e| e.0 == kind && e.1 == text)
}

#[test]
fn roles_before_names_and_canonical_surnames() {
    let text =
        "Visiting Dutch Deputy Prime Minister Anke Verhoef met Governor Samuel Mwangi in Nakuru. \
                Verhoef said the talks went well, and Mwangi told reporters the same.";
    let found = entities(text);
    let anke = find(&found, "person", "Anke Verhoef").expect("Anke Verhoef");
    assert!(anke.3.as_deref().unwrap().contains("Deputy Prime Minister"));
    assert_eq!(find(&found, "person", "Verhoef").unwrap().2, "Anke Verhoef");
    assert_eq!(find(&found, "person", "Mwangi").unwrap().2, "Samuel Mwangi");
    assert_eq!(
        find(&found, "person", "Samuel Mwangi")
            .unwrap()
            .3
            .as_deref(),
        Some("Governor")
    );
    assert!(find(&found, "place", "Nakuru").is_some());
}

#[test]
fn lower_case_roles_appositives_and_role_references() {
    let text = "Harbour authority spokeswoman Ilse Brandt spoke first. Tomas Keller, the port's chief engineer, \
                disagreed. Later, Deputy Secretary Rana Idris arrived, and the Secretary said little.";
    let found = entities(text);
    // Lower-case qualifiers join the role; the sentence's capitalised
    // first word does not (it could be `The` or `But`).
    assert_eq!(
        find(&found, "person", "Ilse Brandt").unwrap().3.as_deref(),
        Some("authority spokeswoman")
    );
    let keller = find(&found, "person", "Tomas Keller").unwrap();
    assert_eq!(keller.3.as_deref(), Some("chief engineer"));
    let reference = find(&found, "person", "Secretary").expect("the Secretary resolves");
    assert_eq!(reference.2, "Rana Idris");
}

#[test]
fn places_organisations_and_things_that_are_not_people() {
    let text = "The destroyer USS Carl Peterson left Sasebo for the Sea of Japan, and the U.S. Navy and \
                the Ministry of Transport said the Prime Minister's Office agreed. Kanagawa Prefecture \
                and East Asia were calm.";
    let found = entities(text);
    assert!(!found.iter().any(|e| e.0 == "person"), "{found:?}");
    assert!(find(&found, "place", "Sea of Japan").is_some());
    assert!(find(&found, "place", "Kanagawa Prefecture").is_some());
    assert!(find(&found, "place", "East Asia").is_some());
    assert!(find(&found, "organization", "U.S. Navy").is_some());
    assert!(find(&found, "organization", "Ministry of Transport").is_some());
}

#[test]
fn acronyms_in_either_order_and_later_uses() {
    let text = "The Coastal Fisheries Authority (CFA) met the NRB (National Rivers Board). \
                The CFA and the NRB agreed.";
    let article = newsprint::parse_with(text.as_bytes(), &newsprint::Options::new().plain(true));
    let s = |span: newsprint::Span| std::str::from_utf8(article.text(span)).unwrap();
    let pairs: Vec<(&str, &str)> = article
        .acronyms()
        .iter()
        .map(|a| (s(a.short), s(a.long)))
        .collect();
    assert_eq!(
        pairs,
        [
            ("CFA", "Coastal Fisheries Authority"),
            ("NRB", "National Rivers Board"),
            ("CFA", "Coastal Fisheries Authority"),
            ("NRB", "National Rivers Board"),
        ]
    );
}

#[test]
fn evidence_from_honorifics_leaders_and_given_names() {
    let text =
        "The lawyers met Ms. Qirella Vantosh at noon. The Ostrander administration approved it. \
                Victoria Hallbeck lives in Victoria with the Mirren Council Resolutions team.";
    let found = entities(text);
    assert!(
        find(&found, "person", "Qirella Vantosh").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "person", "Ostrander").is_some(), "{found:?}");
    // A city that is also a given name, before a surname, opens a name.
    assert!(
        find(&found, "person", "Victoria Hallbeck").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "place", "Victoria").is_some(), "{found:?}");
    // An organisation's name used as a modifier is not a person.
    assert!(
        !found
            .iter()
            .any(|e| e.0 == "person" && e.1.contains("Council")),
        "{found:?}"
    );
}

#[test]
fn abbreviated_titles_join_the_name_and_are_roles() {
    let found = entities("The plan passed, said Coun. Aisha Brennock, who lives in St. Louis.");
    let coun = find(&found, "person", "Aisha Brennock").expect("a person");
    assert_eq!(coun.3.as_deref(), Some("Coun."));
    assert!(find(&found, "place", "St. Louis").is_some(), "{found:?}");
}

/// The role of `name` (a person), or a panic that shows what was found.
fn role_of(found: &[(String, String, String, Option<String>)], name: &str) -> String {
    find(found, "person", name)
        .unwrap_or_else(|| panic!("{name} is not a person in {found:?}"))
        .3
        .clone()
        .unwrap_or_default()
}

#[test]
fn roles_from_occupations_commas_and_unlisted_qualifiers() {
    let text = "Dr. Orla Venn, a marine hydrologist at the Selk Basin Trust, spoke first. \
                \"It is late,\" said the trust's chief executive, Bram Okoro. \
                Fire Commander Ilias Mavros and Chief Financial Officer Ruth Dalby agreed. \
                Tilde Marsk, director of planning for the county, and union coordinator Pim Ashe \
                disagreed. Minister for Coastal Roads Hana Rell was away.";
    let found = entities(text);
    // An occupation from the lexicon, after a comma, replaces a bare `Dr.`.
    assert_eq!(role_of(&found, "Orla Venn"), "marine hydrologist");
    assert_eq!(role_of(&found, "Bram Okoro"), "chief executive");
    assert_eq!(role_of(&found, "Ilias Mavros"), "Fire Commander");
    assert_eq!(role_of(&found, "Ruth Dalby"), "Chief Financial Officer");
    assert_eq!(role_of(&found, "Tilde Marsk"), "director of planning");
    assert_eq!(role_of(&found, "Pim Ashe"), "union coordinator");
    assert_eq!(role_of(&found, "Hana Rell"), "Minister for Coastal Roads");
    assert!(
        find(&found, "organization", "Selk Basin Trust").is_some(),
        "{found:?}"
    );
}

#[test]
fn names_with_initials_particles_ages_and_relatives() {
    let text = "Judge Wendell P. Carrow ruled. Joost van der Brink, 61, runs the yard. \
                Her brother Tamsin Orrell, who farms nearby, agreed, and Ilko Varga, 45, did not.";
    let found = entities(text);
    for name in [
        "Wendell P. Carrow",
        "Joost van der Brink",
        "Tamsin Orrell",
        "Ilko Varga",
    ] {
        assert!(find(&found, "person", name).is_some(), "{name}: {found:?}");
    }
}

#[test]
fn context_says_organisation_vessel_or_place() {
    let text = "Analyst Mira Solberg of the consultancy Fjordvik Analys said the tug Alda Merrow \
                was late. Orrin Kestrel, chief executive of Tavelle Rinn, said so. \
                Vennick Halstrom said it would appeal. Near the town of Okolla, officials waited. \
                Officials said Missouri city councils agreed.";
    let found = entities(text);
    assert!(
        find(&found, "organization", "Fjordvik Analys").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "other", "Alda Merrow").is_some(), "{found:?}");
    assert!(
        find(&found, "organization", "Tavelle Rinn").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Vennick Halstrom").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "place", "Okolla").is_some(), "{found:?}");
    assert!(find(&found, "place", "Missouri").is_some(), "{found:?}");
    assert!(find(&found, "person", "Officials").is_none(), "{found:?}");
    assert_eq!(role_of(&found, "Mira Solberg"), "Analyst");
    assert_eq!(role_of(&found, "Orrin Kestrel"), "chief executive");
}

#[test]
fn an_article_reads_one_name_one_way() {
    // The headline alone cannot tell; the body says it is a company.
    let text = "Quillon Marsh expands\n\nQuillon Marsh said its new plant opens in May. \
                Quillon, based in Leeds, hired 40 people.";
    let found = entities(text);
    assert!(
        !found.iter().any(|e| e.0 == "person"),
        "no person: {found:?}"
    );
    assert!(
        found.iter().filter(|e| e.0 == "organization").count() >= 2,
        "{found:?}"
    );
}

#[test]
fn acronyms_prefer_one_word_per_letter() {
    let text = "The Red River Valley Growers Association (RRVGA) met.";
    let article = newsprint::parse_with(text.as_bytes(), &newsprint::Options::new().plain(true));
    let a = article.acronyms().first().expect("an acronym");
    assert_eq!(
        article.text(a.long),
        b"Red River Valley Growers Association"
    );
}

#[test]
fn organisation_and_place_shapes() {
    let text = "Brindle & Co closed two shops. Yarrow Vale, which runs the depot, agreed. \
                Tessick Radio reported it first. Police said the road near Lake Ormery was shut \
                over Christmas.";
    let found = entities(text);
    assert!(
        find(&found, "organization", "Brindle & Co").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Yarrow Vale").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Tessick Radio").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Police").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "place", "Lake Ormery").is_some(), "{found:?}");
    assert!(!found.iter().any(|e| e.1 == "Christmas"), "{found:?}");
    assert!(!found.iter().any(|e| e.0 == "person"), "{found:?}");
}

#[test]
fn unknown_names_listed_with_a_place_are_places() {
    // `Nakuru` is in the gazetteer; `Kipsaret`, `Ol Moran` and `Tembeni` are
    // invented and reach the list only through it, both ways along the list.
    let text = "Floods cut roads around Kipsaret, Ol Moran and Nakuru on Monday. \
                Buses between Tembeni and Nakuru stopped. \
                Crews also worked 10 km north of Lassiter, said Amina Odhiambo.";
    let found = entities(text);
    for place in ["Kipsaret", "Ol Moran", "Tembeni", "Lassiter"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    assert!(find(&found, "person", "Amina Odhiambo").is_some());
}

#[test]
fn lists_stop_at_line_breaks_codes_and_compass_words() {
    let text = "Fares rose in Nakuru and Mombasa\nForecasters expect rain. \
                Tickets cost between KES 200 and KES 400. \
                Aid reached West and Central Africa.";
    let found = entities(text);
    assert!(find(&found, "place", "Mombasa").is_some(), "{found:?}");
    for not_place in ["Forecasters", "KES", "West"] {
        assert!(
            find(&found, "place", not_place).is_none(),
            "{not_place}: {found:?}"
        );
    }
}

#[test]
fn a_name_wrapped_across_lines_of_prose_is_one_name() {
    let text = "Paper bags cost three to four times more, said the guild's president, Wen\n\
                Hui Chong, who runs a stall near the jetty. She said prices had doubled\n\
                since the spring, and that most traders would pass the cost on to buyers.\n\n\
                By Anna Bakker\nTom Reyes\n";
    let found = entities(text);
    assert!(
        find(&found, "person", "Wen\nHui Chong").is_some(),
        "{found:?}"
    );
    // Short lines are lines of their own: a byline is not one name.
    assert!(
        find(&found, "person", "Anna Bakker\nTom Reyes").is_none(),
        "{found:?}"
    );
}

#[test]
fn a_plural_possessive_goes_on_into_an_organisation_head() {
    let text = "The Lakeland Growers’ Council said prices fell. A spokesman for \
                Harwick Magistrates' Court confirmed the date. The Hendersons' farm was spared.";
    let found = entities(text);
    for org in ["Lakeland Growers’ Council", "Harwick Magistrates' Court"] {
        assert!(
            find(&found, "organization", org).is_some(),
            "{org}: {found:?}"
        );
    }
    assert!(
        !found
            .iter()
            .any(|e| e.0 == "person" && e.1.contains("Growers")),
        "{found:?}"
    );
}

#[test]
fn a_company_based_somewhere_names_the_place() {
    let found = entities(
        "The trains are built by Kessford-based Marlow Rail Works, which said delivery would slip.",
    );
    assert!(find(&found, "place", "Kessford").is_some(), "{found:?}");
    assert!(
        find(&found, "place", "Kessford-based").is_none(),
        "{found:?}"
    );
}

#[test]
fn a_list_reaches_back_and_a_lone_comma_is_no_list() {
    let found = entities(
        "Kipsaret and Nakuru reported floods. Buses left Tembeni, Ol Moran or Nakuru late. \
         In Nakuru, Kiptoo is the favourite to win the mayoral race.",
    );
    for place in ["Kipsaret", "Tembeni", "Ol Moran"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    assert!(find(&found, "place", "Kiptoo").is_none(), "{found:?}");
}

#[test]
fn more_place_cues() {
    let found = entities("Residents of nearby Kelsworth fled toward Ardmere as the river rose.");
    for place in ["Kelsworth", "Ardmere"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
}

#[test]
fn roles_of_the_noun_and_not_the_sentence_opener() {
    let found = entities(
        "The chairman of the bench, Ivor Pembridge, said the fine stood. \
         But Rovers coach Tomasz Lind sent on two forwards.",
    );
    let ivor = find(&found, "person", "Ivor Pembridge").expect("Ivor Pembridge");
    assert_eq!(ivor.3.as_deref(), Some("chairman of the bench"));
    let tomasz = find(&found, "person", "Tomasz Lind").expect("Tomasz Lind");
    assert_eq!(tomasz.3.as_deref(), Some("Rovers coach"));
}

#[test]
fn honorifics_and_long_of_roles() {
    let found = entities(
        "The chairman of the market traders’ association, Alhaji Bala Dankwambo, said stock was lost. \
         Minority leader Hon. Ruth Achieng Odera opposed the plan. \
         Cr Pia Lindqvist said the beach would reopen.",
    );
    let bala = find(&found, "person", "Bala Dankwambo").expect("Bala Dankwambo");
    assert_eq!(
        bala.3.as_deref(),
        Some("chairman of the market traders’ association")
    );
    let ruth = find(&found, "person", "Ruth Achieng Odera").expect("Ruth Achieng Odera");
    assert_eq!(ruth.3.as_deref(), Some("Minority leader"));
    let pia = find(&found, "person", "Pia Lindqvist").expect("Pia Lindqvist");
    assert_eq!(pia.3.as_deref(), Some("Cr"));
    // No role from a phrase with a preposition, and no name in it.
    let cattle = entities("Gil Ramos, who runs 300 head of cattle near La Jara, said so.");
    assert!(find(&cattle, "person", "La Jara").is_none(), "{cattle:?}");
}

#[test]
fn a_first_surname_alone_and_schools_and_engineers() {
    let found = entities(
        "Agriculture Minister Ana Lucía Cárdenas Ruiz spoke in Bogotá. Cárdenas said help \
         would come. A boiler failed at Whitney Elementary in January.",
    );
    let alone = find(&found, "person", "Cárdenas").expect("Cárdenas as a person");
    assert_eq!(alone.2, "Ana Lucía Cárdenas Ruiz");
    assert!(find(&found, "place", "Cárdenas").is_none());
    assert!(
        find(&found, "organization", "Whitney Elementary").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "person", "Whitney Elementary").is_none());
    // `Eng.` is a title: no sentence ends there, and the name follows it.
    let article = newsprint::parse_with(
        "“We expect two million trips,” said Eng. Khalid Al Mansoori, the agency's director."
            .as_bytes(),
        &newsprint::Options::new().plain(true),
    );
    let speaker = article.quotes()[0]
        .speaker
        .map(|s| article.text(s).to_vec());
    assert_eq!(speaker.as_deref(), Some(&b"Khalid Al Mansoori"[..]));
}

#[test]
fn places_from_settlement_cues_and_ages() {
    let found = entities(
        "Money was moved from road projects in rural wards such as Kiptere and Olenguruone. \
         Dana Voss, 31, of Wexcombe, was fined. The mill is the third in the Haute-Sarre \
         region to close. She lives in Al Rashidiya with her sons. \
         Trade in the Asia-Pacific region grew.",
    );
    for place in [
        "Kiptere",
        "Olenguruone",
        "Wexcombe",
        "Haute-Sarre",
        "Al Rashidiya",
    ] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    assert!(find(&found, "person", "Al Rashidiya").is_none());
    assert!(find(&found, "place", "Asia-Pacific").is_none());
}

#[test]
fn roles_for_and_of_an_organisation_before_an_appositive() {
    let found = entities(
        "A spokesman for the fire service, Saminu Dabo, denied the claim. \
         The president of the Association of Small Coffee Producers of Caldas, \
         Julián Andrés Ospina, welcomed the measure.",
    );
    let dabo = find(&found, "person", "Saminu Dabo").expect("Saminu Dabo");
    assert_eq!(dabo.3.as_deref(), Some("spokesman for the fire service"));
    let ospina = find(&found, "person", "Julián Andrés Ospina").expect("Ospina");
    assert!(ospina
        .3
        .as_deref()
        .is_some_and(|r| r.starts_with("president of the Association")));
}

#[test]
fn club_names_and_courtesy_titles_that_give_way() {
    let found = entities(
        "Ayrshire Rovers drew with Lanark Thistle. Lanark Thistle manager Rhona Bell \
         was pleased. Cllr Morwenna Tresize, chair of the partnership, said bins would move.",
    );
    assert!(
        find(&found, "organization", "Ayrshire Rovers").is_some(),
        "{found:?}"
    );
    let rhona = find(&found, "person", "Rhona Bell").expect("Rhona Bell");
    assert_eq!(rhona.3.as_deref(), Some("Lanark Thistle manager"));
    let chair = find(&found, "person", "Morwenna Tresize").expect("Morwenna Tresize");
    assert!(
        chair.3.as_deref().is_some_and(|r| r.starts_with("chair")),
        "{chair:?}"
    );
}

#[test]
fn a_route_to_somewhere() {
    let found =
        entities("Extra buses will run on routes to Kalvenmoor and Drosselby this weekend.");
    assert!(find(&found, "place", "Kalvenmoor").is_some(), "{found:?}");
    assert!(find(&found, "place", "Drosselby").is_some(), "{found:?}");
    // `to` after other words is no cue.
    let found = entities("She spoke to Tamsin Oduya about it.");
    assert!(find(&found, "place", "Tamsin Oduya").is_none(), "{found:?}");
}

#[test]
fn residents_of_and_articles_in_place_names() {
    let found = entities(
        "About 1,100 residents of Quintela, Ardegão and Vila Seca lost water. \
         The blaze started near Les Arcs-Varenne on Sunday.",
    );
    for place in ["Quintela", "Ardegão", "Vila Seca", "Les Arcs-Varenne"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    assert!(find(&found, "person", "Les Arcs-Varenne").is_none());
}

#[test]
fn roles_joined_by_and() {
    let found = entities(
        "Tembusu's founder and chief executive, Goh Kian Seng, owns 31%. \
         Ong Li Ping, a consumer and logistics analyst at Marina Bay Securities, agreed.",
    );
    let goh = find(&found, "person", "Goh Kian Seng").expect("Goh Kian Seng");
    assert_eq!(goh.3.as_deref(), Some("founder and chief executive"));
    let ong = find(&found, "person", "Ong Li Ping").expect("Ong Li Ping");
    assert_eq!(ong.3.as_deref(), Some("consumer and logistics analyst"));
}

#[test]
fn a_name_after_said_and_maori_honorifics() {
    let found = entities(
        "“Snow will arrive tonight,” said Eachann Moireach, duty forecaster at the centre. \
         Whaea Mereana Tāwhiri opened the gathering.",
    );
    assert!(
        find(&found, "person", "Eachann Moireach").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "person", "Mereana Tāwhiri").is_some(),
        "{found:?}"
    );
}

#[test]
fn a_person_after_between_or_in_stays_a_person() {
    let found = entities(
        "The meeting between Joe Biden and Xi Jinping ended. Investors lost faith in Jerome \
         Powell, analysts said.",
    );
    for name in ["Joe Biden", "Jerome Powell"] {
        assert!(find(&found, "place", name).is_none(), "{name}: {found:?}");
    }
    assert!(find(&found, "person", "Joe Biden").is_some(), "{found:?}");
}

#[test]
fn a_role_before_the_next_name_is_no_appositive() {
    let text = "At a depot in Tarvale, bus driver Omar Quist, 51, said fares had doubled.";
    let found = entities(text);
    assert!(
        find(&found, "person", "Tarvale").is_none(),
        "the role belongs to the next name: {found:?}"
    );
    let quist = find(&found, "person", "Omar Quist").expect("Omar Quist");
    assert_eq!(quist.3.as_deref(), Some("bus driver"), "{found:?}");
}

#[test]
fn residents_of_a_list_of_places_that_said_something() {
    let text = "Residents of Vellmar-Ost, Koradi and North Tarbela said the water was late. \
                \"We pay twice,\" said Imran Qadir, a resident of Koradi.";
    let found = entities(text);
    for place in ["Vellmar-Ost", "Koradi", "North Tarbela"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    assert!(
        find(&found, "person", "North Tarbela").is_none(),
        "{found:?}"
    );
    assert!(
        found.iter().all(|e| e.0 != "organization"),
        "a resident of a place is no member of an organisation: {found:?}"
    );
    // Two names are no list: the second may well be the one who spoke.
    let found = entities("Officials in Nairobi and Kiptoo said the plan would go ahead.");
    assert!(find(&found, "person", "Kiptoo").is_some(), "{found:?}");
}

#[test]
fn a_magistrate_is_a_role_title() {
    let found = entities("Magistrate Rhona Keevil said the fire was reckless.");
    let keevil = find(&found, "person", "Rhona Keevil").expect("the name without its title");
    assert_eq!(keevil.3.as_deref(), Some("Magistrate"), "{found:?}");
}

#[test]
fn bands_town_halls_and_utilities_are_no_people() {
    let found = entities(
        "Dorian Pike played for the Harbour Lights Serenaders for years. \
         Ministers met at the Red Town Hall. Lake Hydro said power was back, \
         and the Tarvale Rain Observatory agreed.",
    );
    for org in [
        "Harbour Lights Serenaders",
        "Red Town Hall",
        "Lake Hydro",
        "Tarvale Rain Observatory",
    ] {
        assert!(
            find(&found, "organization", org).is_some(),
            "{org}: {found:?}"
        );
    }
    assert!(
        found.iter().filter(|e| e.0 == "person").count() == 1,
        "{found:?}"
    );
    // Not a group: a titled man with an initial, islands, a river, a family.
    let found = entities(
        "said the Rev. Amos K. Gaines. Boats sailed to the Aran Islands, up the Tagus, \
         and past the Jones family farm.",
    );
    assert!(found.iter().all(|e| e.0 != "organization"), "{found:?}");
}

#[test]
fn the_present_role_over_a_former_one_and_academic_ranks() {
    let found = entities(
        "Former pupil Odile Marsh, now captain of the Quay Rowers, said the club had grown. \
         Doctoral student Piet Ansel said the samples were ready.",
    );
    let role = |name: &str| find(&found, "person", name).and_then(|e| e.3.clone());
    assert_eq!(role("Odile Marsh").as_deref(), Some("captain"), "{found:?}");
    assert_eq!(
        role("Piet Ansel").as_deref(),
        Some("Doctoral student"),
        "{found:?}"
    );
}

#[test]
fn rivers_falls_and_points_are_places() {
    let found = entities(
        "Boats on the River Wend turned back. Growth in Fergus Falls slowed, \
         and the walkway on Kohi Point stayed shut.",
    );
    for place in ["River Wend", "Fergus Falls", "Kohi Point"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    assert!(found.iter().all(|e| e.0 != "person"), "{found:?}");
}

#[test]
fn welsh_and_irish_particles_join_a_name() {
    let found =
        entities("Councillor Eluned ap Rhys said the pier would reopen. Ap Rhys said it was time.");
    let full = find(&found, "person", "Eluned ap Rhys").expect("the particle joins the name");
    assert_eq!(full.2, "Eluned ap Rhys");
    let short = find(&found, "person", "Ap Rhys").expect("a surname with its particle");
    assert_eq!(short.2, "Eluned ap Rhys", "{found:?}");
}

#[test]
fn a_nickname_in_quotes_stays_inside_the_name() {
    let found = entities(
        "Farmer Jacobus \"Koos\" van Rooyen said the dam was low. Van Rooyen said it was dry.",
    );
    let full = find(&found, "person", "Jacobus \"Koos\" van Rooyen").expect("one name");
    assert_eq!(full.3.as_deref(), Some("Farmer"), "{found:?}");
    let short = find(&found, "person", "Van Rooyen").expect("the surname alone");
    assert_eq!(short.2, "Jacobus \"Koos\" van Rooyen");
    // A quoted word between capitalised words that are not one name: no join.
    let found = entities("Officials said \"Yes\" Tuesday.");
    assert!(found.iter().all(|e| e.0 != "person"), "{found:?}");
}

#[test]
fn office_titles_and_positions_before_names_are_roles_not_names() {
    let text =
        "Provincial transport MEC Lindiwe Sithole and Crown Counsel Marcus Ebanks met on Monday. \
                Wing Tomos Pryce scored twice and fly-half Dai Morgan kicked four goals. \
                The union spokesperson Hester Jacobs said its members would vote.";
    let found = entities(text);
    for (name, role) in [
        ("Lindiwe Sithole", "MEC"),
        ("Marcus Ebanks", "Crown Counsel"),
        ("Tomos Pryce", "Wing"),
        ("Dai Morgan", "fly-half"),
        ("Hester Jacobs", "spokesperson"),
    ] {
        let person = find(&found, "person", name).unwrap_or_else(|| panic!("{name}: {found:?}"));
        assert!(
            person.3.as_deref().is_some_and(|r| r.ends_with(role)),
            "{name}: {person:?}"
        );
    }
    // An office whose holder is named after it is no person; a role word
    // inside a quotation is not the speaker's.
    let found = entities(
        "Counsel for Redwater Mills, Joan Abbey, said the firm would appeal. \
         \"Mark their striker,\" Tariq Osei said.",
    );
    assert!(!found.iter().any(|e| e.1 == "Mills"), "{found:?}");
    assert!(find(&found, "person", "Joan Abbey").is_some(), "{found:?}");
    assert_eq!(
        find(&found, "person", "Tariq Osei").expect("Tariq Osei").3,
        None
    );
    // A position inside a name is part of it; an office before a surname
    // still names its holder.
    let found =
        entities("Lam Wing Kee said the ferry was late. Minister for Health Donnelly said so too.");
    let lam = find(&found, "person", "Lam Wing Kee").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(lam.3, None);
    assert!(find(&found, "person", "Donnelly").is_some(), "{found:?}");
}

#[test]
fn malay_styles_offices_with_and_and_descriptive_compounds() {
    // Two-word Malaysian styles are not part of the name, and a name
    // shortened from its end is the same person.
    let found = entities(
        "Tan Sri Rahim Bakar Osman opened the plant. Datuk Seri Nur Aisyah Kamal, the chairman, \
         was there. Nur Aisyah said the tariff would hold. John Tully and John Tully Jr. watched.",
    );
    assert!(
        find(&found, "person", "Rahim Bakar Osman").is_some(),
        "{found:?}"
    );
    let chair = find(&found, "person", "Nur Aisyah Kamal").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(chair.3.as_deref(), Some("chairman"));
    assert_eq!(
        find(&found, "person", "Nur Aisyah").unwrap().2,
        "Nur Aisyah Kamal"
    );
    assert_eq!(
        find(&found, "person", "John Tully").unwrap().2,
        "John Tully"
    );
    // A department with `and` belongs to the office; with no name after
    // it the office is nobody.
    let found = entities(
        "Under Secretary for Transport and Logistics Irene Kwok Wai-man spoke first. \
         The Minister of Finance, Obed Lartey, agreed. The Minister of Trade said no. \
         The Secretary of State and NATO allies met.",
    );
    assert!(
        !found
            .iter()
            .any(|e| e.0 == "person" && e.1.starts_with("Minister")),
        "{found:?}"
    );
    assert!(found.iter().any(|e| e.1 == "NATO"), "{found:?}");
    let kwok = find(&found, "person", "Irene Kwok Wai-man").unwrap_or_else(|| panic!("{found:?}"));
    assert!(kwok
        .3
        .as_deref()
        .unwrap()
        .ends_with("for Transport and Logistics"));
    assert!(
        !found
            .iter()
            .any(|e| e.1.starts_with("and ") || e.1.starts_with("of ")),
        "{found:?}"
    );
    // `Mum-of-two` describes the person; `Queen's Park` is a place.
    let found = entities(
        "Mum-of-two Carys Bellamy said the closure was cruel. \
         MPPs returned to Queen's Park on Monday.",
    );
    assert!(
        find(&found, "person", "Carys Bellamy").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "place", "Queen's Park").is_some(), "{found:?}");
    assert!(!found.iter().any(|e| e.1 == "Park"), "{found:?}");
    // Not any possessive (a player's surname) nor a place's `-in-`.
    let found = entities("Celtic's Green scored twice. Residents of Barrow-in-Furness voted.");
    assert!(
        !found
            .iter()
            .any(|e| e.0 == "place" && e.1.contains("Green")),
        "{found:?}"
    );
    assert!(
        find(&found, "place", "Barrow-in-Furness").is_some(),
        "{found:?}"
    );
}

#[test]
fn capitals_with_accents_are_found_in_the_gazetteer() {
    let found = entities("Crowds filled the streets. SÃO PAULO, BOGOTÁ and KRAKÓW followed.");
    for place in ["SÃO PAULO", "BOGOTÁ", "KRAKÓW"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    // The tables keep some capitals as their sources spell them: a given
    // name written so is still found.
    let found = entities("The mayor met Ádám Kertész on Monday.");
    assert!(
        find(&found, "person", "Ádám Kertész").is_some(),
        "{found:?}"
    );
}

#[test]
fn venues_institutions_offices_in_appositives_and_court_positions() {
    let found = entities(
        "The final was played at Harrow Arena on Friday. The Royal Coastal Rescue Institution \
         said both men were safe. Kwesi Boadu, the Minister of Roads and Highways, cut the tape. \
         Hon. Dr. Efua Sarpong, the Minister of Health, spoke next. \
         \"We heard you,\" Council President Mavis Oduro said. Junior guard Tessa Lund scored.",
    );
    assert!(find(&found, "place", "Harrow Arena").is_some(), "{found:?}");
    assert!(
        find(&found, "organization", "Royal Coastal Rescue Institution").is_some(),
        "{found:?}"
    );
    for (name, role) in [
        ("Kwesi Boadu", "Minister of Roads and Highways"),
        ("Efua Sarpong", "Minister of Health"),
        ("Mavis Oduro", "Council President"),
        ("Tessa Lund", "Junior guard"),
    ] {
        let person = find(&found, "person", name).unwrap_or_else(|| panic!("{name}: {found:?}"));
        assert_eq!(person.3.as_deref(), Some(role), "{name}");
    }
}

#[test]
fn departments_public_bodies_credited_names_and_names_after_the() {
    let found = entities(
        "Minister for Rural and Maritime Development Tevita Ravula, who sailed with the crew, \
         inspected the jetty. Transport Scotland said a second vessel would be chartered. \
         Police Scotland said no one was hurt. Ewan Baird, chairman of the Mull and Iona Ferry \
         Committee, said the island was losing money. The company opened its Sol de Taltal \
         plant on Monday.",
    );
    let minister = find(&found, "person", "Tevita Ravula").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(
        minister.3.as_deref(),
        Some("Minister for Rural and Maritime Development")
    );
    for org in ["Transport Scotland", "Police Scotland"] {
        assert!(
            find(&found, "organization", org).is_some(),
            "{org}: {found:?}"
        );
    }
    for not_a_person in ["Mull", "Sol de Taltal"] {
        assert!(
            find(&found, "person", not_a_person).is_none(),
            "{not_a_person}: {found:?}"
        );
    }
    // A reporting credit names a person even with no given name or role
    // the tables know.
    let article = newsprint::parse(
        "Cyclone cuts power to outer islands\n\nBy Nell Varga\n\n\
         Boats carrying generators left the capital on Friday, officials said.\n\n\
         Additional reporting by Asenaca Tuimoala\n"
            .as_bytes(),
    );
    let people: Vec<&[u8]> = article
        .entities()
        .iter()
        .filter(|e| e.kind == newsprint::EntityKind::Person)
        .map(|e| article.text(e.span))
        .collect();
    assert!(people.contains(&&b"Asenaca Tuimoala"[..]), "{people:?}");
}

#[test]
fn plural_titles_coordinated_names_long_appositive_roles_and_place_surnames() {
    let found = entities(
        "Council members Anita Gore and Phil Draper voted against it. \
         Priya Raman, the company's chief technology officer, said the tool was safe. \
         Siobhan Walsh, officer in charge of the coast guard unit, said both men were well. \
         Coach Bruce Arena said the squad was ready. The final was played at Harrow Arena.",
    );
    for (name, role) in [
        ("Anita Gore", "Council members"),
        ("Phil Draper", "Council members"),
        ("Priya Raman", "chief technology officer"),
        ("Siobhan Walsh", "officer in charge"),
        ("Bruce Arena", "Coach"),
    ] {
        let person = find(&found, "person", name).unwrap_or_else(|| panic!("{name}: {found:?}"));
        assert_eq!(person.3.as_deref(), Some(role), "{name}");
    }
    assert!(find(&found, "place", "Harrow Arena").is_some(), "{found:?}");
    // A place named for its owner is not a plural title (`Queens Wharf`).
    let found = entities("Passengers wait at Queens Wharf for the Stockton Ferry Line on Friday.");
    assert!(find(&found, "place", "Queens Wharf").is_some(), "{found:?}");
}

#[test]
fn what_the_new_entity_rules_leave_alone() {
    let found = entities(
        "Visit Japan in spring and you will see the blossom. \
         Tom Hanks visited the Jack Charlton statue on Monday.",
    );
    assert!(
        find(&found, "organization", "Visit Japan").is_none(),
        "{found:?}"
    );
    assert!(
        find(&found, "person", "Jack Charlton").is_some(),
        "{found:?}"
    );
    // An agency credited for reporting is no person.
    let article = newsprint::parse(
        "Storm cuts power\n\nBy Jane Roe\n\nA storm knocked out power on Tuesday, officials said.\n\n\
         Reporting by Agence France-Presse\n\nAdditional reporting by Radio Free Asia\n"
            .as_bytes(),
    );
    assert!(
        article
            .entities()
            .iter()
            .all(|e| e.kind != newsprint::EntityKind::Person),
        "{:?}",
        article.entities()
    );
}

#[test]
fn departments_before_titles_southern_african_honorifics_and_civic_offices() {
    let found = entities(
        "The road will be finished by December, Infrastructure, Housing and Urban Development \
         Minister Bernard Mwape has said. Local Government and Public Works Deputy Minister Cde \
         Farai Nyandoro, who toured the plant, spoke next. Human rights lawyer Adv Rutendo \
         Mushonga said the case was ready. The claim was settled, according to County Clerk \
         Vicki Spradling. Planning officer Gareth Lloyd told members it was fine. \"It is tight,\" \
         said Helen Marsh, head of metals research at Kestrel Commodities. The board meets at \
         the Lyle County Courthouse.",
    );
    for (name, role) in [
        ("Bernard Mwape", "Urban Development Minister"),
        ("Farai Nyandoro", "Public Works Deputy Minister"),
        ("Rutendo Mushonga", "rights lawyer"),
        ("Vicki Spradling", "County Clerk"),
        ("Gareth Lloyd", "Planning officer"),
        ("Helen Marsh", "head of metals research"),
    ] {
        let person = find(&found, "person", name).unwrap_or_else(|| panic!("{name}: {found:?}"));
        assert_eq!(person.3.as_deref(), Some(role), "{name}");
    }
    assert!(
        find(&found, "place", "Lyle County Courthouse").is_some(),
        "{found:?}"
    );
}

#[test]
fn offices_of_state_for_a_department_and_companies_by_their_opening_word() {
    let found = entities(
        "Senior Minister of State for Transport Tan Kok Wee said the rules were fair. \
         Miners walked out after talks with operator Minera Cordillera broke down. \
         The plans were submitted by Cwm Valley Homes on Monday.",
    );
    let tan = find(&found, "person", "Tan Kok Wee").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(
        tan.3.as_deref(),
        Some("Senior Minister of State for Transport")
    );
    for org in ["Minera Cordillera", "Cwm Valley Homes"] {
        assert!(
            find(&found, "organization", org).is_some(),
            "{org}: {found:?}"
        );
    }
}

#[test]
fn what_plural_titles_coordination_and_long_roles_leave_alone() {
    let found = entities(
        "Talks between Prime Minister Keir Starmer and Sinn Fein collapsed. \
         Celtic boss Brendan Rodgers and Philippe Clement shook hands. \
         Fans lined the route for the Chiefs Super Bowl parade. \
         The judges President Trump appointed ruled on Friday. \
         Marion County said Tuesday it would close the road. \
         Nordvik Marine, the group's shipping arm, was sold. \
         John Smith, a lawyer representing Mayor Jane Doe, said the case was weak. \
         Ann Lee, head of sales spoke at the conference in Paris.",
    );
    for not_a_person in ["Sinn Fein", "Super Bowl", "Marion County"] {
        assert!(
            find(&found, "person", not_a_person).is_none(),
            "{not_a_person}: {found:?}"
        );
    }
    assert!(
        find(&found, "person", "Philippe Clement").is_none_or(|p| p.3.is_none()),
        "{found:?}"
    );
    assert!(
        find(&found, "person", "Trump").is_none_or(|p| p.3.as_deref() == Some("President")),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Nordvik Marine").is_some(),
        "{found:?}"
    );
    for (name, role) in [("John Smith", "lawyer"), ("Ann Lee", "head of sales")] {
        let person = find(&found, "person", name).unwrap_or_else(|| panic!("{name}: {found:?}"));
        assert_eq!(person.3.as_deref(), Some(role), "{name}");
    }
}

#[test]
fn a_given_names_person_ending_a_list_of_places_is_a_place() {
    let found = entities("The association will monitor supply in Budiriro and Glen View.");
    assert!(find(&found, "place", "Glen View").is_some(), "{found:?}");
    // (Not when a verb follows: `in Nairobi and Mary Smith met`.)
    let found = entities("Officials in Nairobi and Mary Smith met on Friday.");
    assert!(find(&found, "person", "Mary Smith").is_some(), "{found:?}");
}

#[test]
fn cricket_positions_hajji_and_a_ministry_of_water_supply() {
    let found = entities(
        "Wicketkeeper Liam Dempsey held four catches. Hajji Abdul Kiyimba said riders were ready. \
         Minister for Water Supply Ramkumari Thapa, who inspected the headworks, said it was safe.",
    );
    let keeper = find(&found, "person", "Liam Dempsey").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(keeper.3.as_deref(), Some("Wicketkeeper"));
    assert!(
        find(&found, "person", "Abdul Kiyimba").is_some(),
        "{found:?}"
    );
    let minister = find(&found, "person", "Ramkumari Thapa").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(minister.3.as_deref(), Some("Minister for Water Supply"));
}

#[test]
fn what_offices_lists_and_openers_leave_alone() {
    let found = entities(
        "Kyiv praised Secretary of State Antony Blinken for American leadership. \
         The memo revealed tensions between Washington and Elon Musk, officials said. \
         In Sunday's opener Real Madrid beat Getafe 2-0.",
    );
    assert!(
        find(&found, "person", "Antony Blinken").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "person", "Elon Musk").is_some(), "{found:?}");
    assert!(find(&found, "person", "Real Madrid").is_none(), "{found:?}");
}

#[test]
fn letters_after_a_name_are_no_part_of_it() {
    let found = entities(
        "John Smith MP said no. Defence counsel Aoife Lynch SC said her client was sorry. \
         Joe Bloggs OBE agreed. Former Labour MP Jane Doe left.",
    );
    let smith = find(&found, "person", "John Smith").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(smith.2, "John Smith");
    let lynch = find(&found, "person", "Aoife Lynch").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(lynch.3.as_deref(), Some("Defence counsel"));
    assert!(find(&found, "person", "Joe Bloggs").is_some(), "{found:?}");
    let doe = find(&found, "person", "Jane Doe").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(doe.3.as_deref(), Some("Former Labour MP"));
    assert!(
        !found.iter().any(|e| e.1 == "SC" || e.1 == "OBE"),
        "{found:?}"
    );
}

#[test]
fn es_joins_a_place_name() {
    let found = entities("He flew to Dar es Salaam on Monday.");
    assert!(
        find(&found, "place", "Dar es Salaam").is_some(),
        "{found:?}"
    );
}

#[test]
fn excellencies_places_in_a_list_and_numbered_names() {
    let found = entities(
        "H.E. Dr. Hamad Al Kaabi, Director-General of the authority, said the plan worked. \
         Farms in Al Ain, Al Dhafra and the Abu Dhabi region will get sensors. \
         Wells in parts of Al Dhafra are salty. Drivers wait outside the station in District 1. \
         Passengers leave Metro Line No. 1 stations, and Metro Line No.2 opens later.",
    );
    let kaabi = find(&found, "person", "Hamad Al Kaabi").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(kaabi.3.as_deref(), Some("Director-General"));
    assert_eq!(
        found
            .iter()
            .filter(|e| e.0 == "place" && e.1 == "Al Dhafra")
            .count(),
        2,
        "{found:?}"
    );
    assert!(find(&found, "place", "District 1").is_some(), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|e| e.0 == "person" && e.1.starts_with("Metro")),
        "{found:?}"
    );
}

#[test]
fn a_corps_is_an_organisation() {
    let found =
        entities("The Army Corps of Engineers said the levee was safe. The Marine Corps agreed.");
    assert!(
        find(&found, "organization", "Army Corps of Engineers").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Marine Corps").is_some(),
        "{found:?}"
    );
}

#[test]
fn names_with_and_before_their_head_and_acronyms_in_lower_case() {
    let found = entities(
        "He took a course with Kerry Education and Training Board. \
         Argyll and Bute Council agreed. AgriNorth Capital and Plainview Partners invested.",
    );
    assert!(
        find(&found, "organization", "Kerry Education and Training Board").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Argyll and Bute Council").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Plainview Partners").is_some(),
        "{found:?}"
    );
    let text = "She said she had asked the federal Agriculture Ministry (SADER) for help. \
                Boxes of expanded polystyrene (EPS) piled up.";
    let article = newsprint::parse_with(text.as_bytes(), &newsprint::Options::new().plain(true));
    let longs: Vec<String> = article
        .acronyms()
        .iter()
        .map(|a| String::from_utf8_lossy(article.text(a.long)).into_owned())
        .collect();
    assert!(
        longs.iter().any(|l| l == "expanded polystyrene"),
        "{longs:?}"
    );
    assert!(!longs.iter().any(|l| l.starts_with("she")), "{longs:?}");
}

#[test]
fn what_a_reviewer_found_the_new_name_rules_getting_wrong() {
    let found = entities(
        "Independent School District 196 said no. The Federal High Court No. 3 ruled. \
         Orlando City SC won. Winners came from London, Paris Hilton and Berlin.",
    );
    assert!(
        find(&found, "organization", "Independent School District 196").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Federal High Court No. 3").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Orlando City SC").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "person", "Paris Hilton").is_some(),
        "{found:?}"
    );
}

#[test]
fn bodies_named_with_for_and_parties_in_the_plural() {
    let found = entities(
        "A study by the German Institute for Urban Affairs found it. The Bank for International \
         Settlements warned. The Christian Democrats agreed.",
    );
    for name in [
        "German Institute for Urban Affairs",
        "Bank for International Settlements",
        "Christian Democrats",
    ] {
        assert!(
            find(&found, "organization", name).is_some(),
            "{name}: {found:?}"
        );
    }
}

#[test]
fn an_okina_inside_a_word_and_transit_lines() {
    let found = entities(
        "Minister for Fisheries Viliami Tu\u{2018}akalau said stocks off Nuku\u{2018}alofa recovered. \
         The minister said the Red Line was late.",
    );
    assert!(
        find(&found, "person", "Viliami Tu\u{2018}akalau").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "other", "Red Line").is_some(), "{found:?}");
}

#[test]
fn an_acronym_before_a_persons_name_is_the_organisation() {
    let found = entities("Head of the SPA Eng. Amr Fathy said so. USS Ronald Reagan docked.");
    assert!(find(&found, "organization", "SPA").is_some(), "{found:?}");
    assert!(find(&found, "person", "Amr Fathy").is_some(), "{found:?}");
    assert!(!found.iter().any(|e| e.1 == "USS"), "{found:?}");
}

#[test]
fn a_first_surname_alone_is_the_full_name() {
    let found = entities("Edgar Paredes Linares said the plan failed. Paredes said more.");
    let later = found
        .iter()
        .find(|e| e.1 == "Paredes")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(later.2, "Edgar Paredes Linares");
}

#[test]
fn a_shire_is_a_county() {
    let found = entities("Flooding hit Shropshire and Perthshire on Monday, forecasters said.");
    assert!(find(&found, "place", "Shropshire").is_some(), "{found:?}");
    assert!(find(&found, "place", "Perthshire").is_some(), "{found:?}");
}

#[test]
fn what_a_second_review_found_the_new_name_rules_getting_wrong() {
    let found = entities(
        "Shares of Norwegian Cruise Line fell. The City Council for Monday's meeting met. \
         Thanks to the Ford Foundation for Nigeria support. MK Dons beat Stevenage. \
         DCI Jane Tennison said the case was closed.",
    );
    assert!(!found.iter().any(|e| e.0 == "other"), "{found:?}");
    assert!(
        find(&found, "organization", "City Council").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Ford Foundation").is_some(),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|e| e.0 == "person" && e.1 == "Dons"),
        "{found:?}"
    );
    assert!(!found.iter().any(|e| e.1 == "DCI"), "{found:?}");
}

#[test]
fn a_ministrys_two_fields_before_the_title() {
    let found = entities(
        "Energy and Mines Minister Romulo Cardenas agreed. \
         Finance Minister Paul Roe and Trade Minister Jane Doe met. \
         Infrastructure, Housing and Urban Development Minister Bernard Mwape spoke.",
    );
    let cardenas = find(&found, "person", "Romulo Cardenas").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(cardenas.3.as_deref(), Some("Energy and Mines Minister"));
    let roe = find(&found, "person", "Paul Roe").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(roe.3.as_deref(), Some("Finance Minister"));
    assert!(
        find(&found, "person", "Bernard Mwape").is_some(),
        "{found:?}"
    );
}

/// A page saved in Windows-1252: `\x92` is its apostrophe and `\xE9` its
/// `é`. The possessive ends the role before the name, and the accented
/// given name is looked up as the letters it stands for.
#[test]
fn windows_1252_possessives_and_given_names() {
    let bytes: &[u8] = b"The harbour board\x92s chief engineer, Sipho Ndlovu, said repairs would take a month.\n\n\
        Hydrologist Ren\xe9 Marais of Rhodes University said the losses were typical.\n";
    let article = newsprint::parse_with(bytes, &newsprint::Options::new().plain(true));
    let people: Vec<(String, Option<String>)> = article
        .entities()
        .iter()
        .filter(|e| e.kind == newsprint::EntityKind::Person)
        .map(|e| {
            (
                String::from_utf8_lossy(article.text(e.span)).into_owned(),
                e.role
                    .map(|r| String::from_utf8_lossy(article.text(r)).into_owned()),
            )
        })
        .collect();
    assert!(
        people.contains(&("Sipho Ndlovu".into(), Some("chief engineer".into()))),
        "{people:?}"
    );
    assert!(
        people.contains(&("Ren\u{FFFD} Marais".into(), Some("Hydrologist".into()))),
        "{people:?}"
    );
}

#[test]
fn romanised_cyrillic_and_greek_given_names_are_given_names() {
    // No role, no honorific, no speech verb: only the given-name table
    // makes these people (Ukrainian, Russian, Bulgarian and Greek spellings).
    let text = "The shelter opened at dawn. Dmytro Savchuk was there with Oksana Lysenko. \
                Later Dmitry Orlov and Hristo Zhelev came by. Yorgos Pappas waved from the gate.";
    let found = entities(text);
    for name in [
        "Dmytro Savchuk",
        "Oksana Lysenko",
        "Dmitry Orlov",
        "Hristo Zhelev",
        "Yorgos Pappas",
    ] {
        assert!(find(&found, "person", name).is_some(), "{name}: {found:?}");
    }
    // A romanised form that is also a name of something else stays out.
    let found = entities("Exports to Latin America rose. Median rents fell.");
    assert!(found.iter().all(|e| e.0 != "person"), "{found:?}");
}

#[test]
fn a_club_named_for_its_town_is_an_organisation() {
    let found = entities(
        "Kelso Harriers lost at home on Saturday. The Harriers, who had won six in a row, \
         conceded twice. Harriers coach Dan Moore said little.",
    );
    assert!(
        find(&found, "organization", "Kelso Harriers").is_some(),
        "{found:?}"
    );
    assert!(
        found.iter().all(|e| e.0 != "person" || e.1 == "Dan Moore"),
        "{found:?}"
    );
}

#[test]
fn roles_after_an_age_for_traders_and_before_an_academic_title() {
    let found = entities(
        "Tom Reid, 58, chairman of the market committee, said stalls would move. \
         Mrs Ada Okoro, a fish seller in Oshodi, said she would stay. \
         District medical officer Dr Lena Voss said the water was safe.",
    );
    assert_eq!(role_of(&found, "Tom Reid"), "chairman");
    assert_eq!(role_of(&found, "Ada Okoro"), "fish seller");
    assert_eq!(role_of(&found, "Lena Voss"), "medical officer");
}

#[test]
fn bodies_by_their_last_two_words_and_by_their_first_words() {
    let found = entities(
        "Kawerau Public Health issued a warning. Kawerau advises swimmers to stay out. \
         The Official Opposition at city hall said the plan failed. \
         Medical officer of health Dr Rua Tane said the bloom was toxic. \
         Water flows from Dillon Reservoir into the river.",
    );
    assert!(
        find(&found, "organization", "Kawerau Public Health").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Official Opposition").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "place", "Dillon Reservoir").is_some(),
        "{found:?}"
    );
    assert_eq!(role_of(&found, "Rua Tane"), "Medical officer of health");
    assert!(
        found.iter().all(|e| e.0 != "person" || e.1 == "Rua Tane"),
        "{found:?}"
    );
    let found = entities("Ana Roa, a biologist with the agency, said the river was warm.");
    assert_eq!(role_of(&found, "Ana Roa"), "biologist");
}

#[test]
fn the_first_words_of_an_organisation_named_before_are_that_organisation() {
    let found = entities(
        "Toi Te Ora Public Health issued the warning. Later, Toi Te Ora advised swimmers to stay out.",
    );
    let short = find(&found, "organization", "Toi Te Ora").expect("short name");
    assert_eq!(short.2, "Toi Te Ora Public Health");
    // A person named first keeps the reading when a body after bears
    // the name.
    let found = entities("Mara Quill said the fund would grow. The Mara Quill Trust agreed.");
    assert!(find(&found, "person", "Mara Quill").is_some(), "{found:?}");
}

#[test]
fn a_short_form_in_mixed_case_is_defined_in_parentheses() {
    let article = newsprint::parse_with(
        b"The Nigerian Meteorological Agency (NiMet) warned of floods, and the \
          Department for Education (DfE) closed schools. Dr Ann McCall (McCall) spoke.",
        &newsprint::Options::new().plain(true),
    );
    let s = |span: newsprint::Span| String::from_utf8_lossy(article.text(span)).into_owned();
    let pairs: Vec<(String, String)> = article
        .acronyms()
        .iter()
        .map(|a| (s(a.short), s(a.long)))
        .collect();
    assert!(
        pairs.contains(&("NiMet".into(), "Nigerian Meteorological Agency".into())),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("DfE".into(), "Department for Education".into())),
        "{pairs:?}"
    );
    assert!(pairs.iter().all(|p| p.0 != "McCall"), "{pairs:?}");
}

#[test]
fn short_given_names_call_signs_academic_titles_and_two_titles() {
    let found = entities(
        "In Barangay Pasil, fish vendor Ma. Lourdes Basco, 58, said she woke at 3 a.m. to queue. \
         Later, KPXR First Alert Meteorologist Dana Fortier said ice would form. \
         Professor Colin Baird, an aquatic ecologist at the University of Aberdeen, agreed. \
         Defence counsel Advocate Hendrik Vorster spoke next. \
         Profit rose, managing director and CEO Vikram Suri told reporters. \
         Loch Insh lies in the Cairngorms National Park, and water flows to Metro Manila.",
    );
    assert_eq!(role_of(&found, "Ma. Lourdes Basco"), "fish vendor");
    assert!(role_of(&found, "Dana Fortier").ends_with("Meteorologist"));
    assert_eq!(role_of(&found, "Colin Baird"), "aquatic ecologist");
    assert_eq!(role_of(&found, "Hendrik Vorster"), "Defence counsel");
    assert_eq!(role_of(&found, "Vikram Suri"), "managing director and CEO");
    assert!(
        find(&found, "place", "Cairngorms National Park").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "place", "Metro Manila").is_some(), "{found:?}");
}

#[test]
fn short_forms_said_as_words_match_their_initials() {
    let article = newsprint::parse_with(
        "The bureau, the Philippine Atmospheric, Geophysical and Astronomical Services \
         Administration (Pagasa), warned of drought. Earnings before interest, tax, depreciation \
         and amortisation (Ebitda) rose. He met Jane Smith (Jane) and the news agency (Reuters)."
            .as_bytes(),
        &newsprint::Options::new().plain(true),
    );
    let s = |span: newsprint::Span| String::from_utf8_lossy(article.text(span)).into_owned();
    let shorts: Vec<String> = article.acronyms().iter().map(|a| s(a.short)).collect();
    assert_eq!(shorts, ["Pagasa", "Ebitda"]);
}

#[test]
fn marked_given_names_and_an_officer_after_the_office() {
    let found = entities(
        "His wife of 52 years, Siân Morgan, said the family was grateful. \
         Kaohsiung Department of Health Director-General Lin Pei-shan said crews were out. \
         Earlier, CDC Deputy Director-General Hsu Chia-hao said cases rose.",
    );
    assert!(find(&found, "person", "Siân Morgan").is_some(), "{found:?}");
    assert!(
        find(&found, "organization", "Kaohsiung Department of Health").is_some(),
        "{found:?}"
    );
    assert!(role_of(&found, "Lin Pei-shan").ends_with("Director-General"));
    assert_eq!(role_of(&found, "Hsu Chia-hao"), "Deputy Director-General");
}

#[test]
fn officers_of_bodies_keep_their_titles_and_people_keep_their_names() {
    let found = entities(
        "The Director of Public Health said the risk was low. \
         FBI Deputy Director Dan Bongino spoke. \
         The Department of Health Deputy Director-General Mark Lee agreed. \
         The Elton John AIDS Foundation gave money, and Elton John said thanks.",
    );
    assert!(
        found.iter().all(|e| !e.1.starts_with("Director")),
        "{found:?}"
    );
    assert_eq!(role_of(&found, "Dan Bongino"), "FBI Deputy Director");
    assert!(
        find(&found, "organization", "Department of Health").is_some(),
        "{found:?}"
    );
    assert_eq!(
        role_of(&found, "Mark Lee"),
        "Department of Health Deputy Director-General"
    );
    assert!(find(&found, "person", "Elton John").is_some(), "{found:?}");
}

#[test]
fn seas_rivers_ranges_and_parts_of_regions_are_places() {
    let text = "The barge left the Rhine for the Danube, far from the Alps. Growers in the Upper \
                Midwest and the Middle Rhine watched prices. Water behind Korvale Dam fell as fires \
                burned in the Tarrin Ranges and the Eastern Highlands.";
    let found = entities(text);
    for place in [
        "Rhine",
        "Danube",
        "Alps",
        "Upper Midwest",
        "Middle Rhine",
        "Korvale Dam",
        "Tarrin Ranges",
        "Eastern Highlands",
    ] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    // Cities GeoNames names with a qualifier, by the short form news uses.
    let found = entities("Flights from Frankfurt and Al Ain were delayed.");
    assert!(find(&found, "place", "Frankfurt").is_some(), "{found:?}");
    assert!(find(&found, "place", "Al Ain").is_some(), "{found:?}");
    // A part word before a word that is no place is not a place.
    let found = entities("Upper Fenwick said the vote was close.");
    assert!(
        find(&found, "place", "Upper Fenwick").is_none(),
        "{found:?}"
    );
}

#[test]
fn honorifics_ranks_and_kin_appositives() {
    let text =
        "Hajia Asana Mahama said the rains came late. Utility general manager Ir. Lim Boon Keat \
                said the pumps would run. Brigadier Faris Al Nuaimi, director of road safety at the city police, said \
                speeds would fall. Waleda Tamimi, a mother of three, said the road was busy.";
    let found = entities(text);
    // Courtesy words are not part of the name.
    assert!(
        find(&found, "person", "Asana Mahama").is_some(),
        "{found:?}"
    );
    // (`Ir.` ends no sentence and breaks no title from its name.)
    let lim = find(&found, "person", "Lim Boon Keat").expect("Lim Boon Keat");
    assert!(
        lim.3
            .as_deref()
            .is_some_and(|r| r.ends_with("general manager")),
        "{found:?}"
    );
    // A bare rank gives way to the appositive's fuller role.
    let brigadier = find(&found, "person", "Faris Al Nuaimi").expect("the brigadier");
    assert!(
        brigadier.3.as_deref().unwrap_or("").starts_with("director"),
        "{brigadier:?}"
    );
    // An appositive that says whose kin the name is makes a person.
    assert!(
        find(&found, "person", "Waleda Tamimi").is_some(),
        "{found:?}"
    );
}

#[test]
fn trades_and_offices_in_appositives_and_before_names_are_roles() {
    let text = "Marek Nowicki, a carpenter who has lived in Korrin for nine years, said the pipes froze. \
                Lena Ostrova, a schoolteacher, said classes moved online. County Warden Ailsa MacRae \
                said help was coming. Frances Baker said little.";
    let found = entities(text);
    let role = |name: &str| find(&found, "person", name).and_then(|e| e.3.clone());
    assert_eq!(role("Marek Nowicki").as_deref(), Some("carpenter"));
    assert_eq!(role("Lena Ostrova").as_deref(), Some("schoolteacher"));
    assert!(
        role("Ailsa MacRae").is_some_and(|r| r.ends_with("Warden")),
        "{found:?}"
    );
    // A trade that is also a surname stays the surname after a given name.
    assert!(
        find(&found, "person", "Frances Baker").is_some(),
        "{found:?}"
    );
}

#[test]
fn company_endings_indices_and_camel_case_brands_are_no_people() {
    let text = "Korvale Construction Limited said the work was late. The Tarrin Price Index fell. \
                VicRoads says the road is shut. McKenzie said the crews would stay.";
    let found = entities(text);
    assert!(
        find(&found, "organization", "Korvale Construction Limited").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "other", "Tarrin Price Index").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "VicRoads").is_some(),
        "{found:?}"
    );
    // A surname with a capital inside after `Mc` is still a person's.
    assert!(find(&found, "person", "McKenzie").is_some(), "{found:?}");
}

#[test]
fn a_jurisdiction_before_a_title_stays_in_the_role() {
    let found = entities("“The road is safe,” said Tarrin County Commissioner Ilse Varga.");
    let varga = find(&found, "person", "Ilse Varga").expect("Ilse Varga");
    assert_eq!(varga.3.as_deref(), Some("Tarrin County Commissioner"));
    let found = entities("The vote was close, said Nairobi Governor Amos Kariuki.");
    let kariuki = find(&found, "person", "Amos Kariuki").expect("Amos Kariuki");
    assert_eq!(kariuki.3.as_deref(), Some("Nairobi Governor"));
}

#[test]
fn a_saint_surname_with_a_place_head_is_a_persons() {
    let found = entities(
        "Fisheries Minister Marcia St Hill said the rebate would stay. “We will not leave them,” \
         St Hill told reporters. Tourists walked to Korrin Hill.",
    );
    let minister = find(&found, "person", "Marcia St Hill").expect("the minister");
    assert_eq!(minister.3.as_deref(), Some("Fisheries Minister"));
    assert_eq!(
        find(&found, "person", "St Hill").unwrap().2,
        "Marcia St Hill"
    );
    assert!(find(&found, "place", "Korrin Hill").is_some(), "{found:?}");
    // (And in the possessive.)
    let found = entities(
        "Fisheries Minister Marcia St Hill said the rebate would stay. St Hill's office agreed.",
    );
    assert!(find(&found, "place", "St Hill").is_none(), "{found:?}");
}

#[test]
fn heads_and_relations_that_name_no_body_or_kin_here() {
    let found = entities(
        "Gov. Charlie Baker said the rules stand. Henrik Dam said the test worked. Limited data \
         exist on the risk. Harbour Lights, a sister restaurant to The Wharf, will open in May.",
    );
    // A trade that is a surname after a title and a given name.
    let baker = find(&found, "person", "Charlie Baker").expect("the governor");
    assert_eq!(baker.3.as_deref(), Some("Gov."));
    // `Dam` ends a place's name, but not after a given name that says.
    assert!(find(&found, "person", "Henrik Dam").is_some(), "{found:?}");
    assert!(
        find(&found, "organization", "Limited").is_none(),
        "{found:?}"
    );
    // `sister` before another noun is no kin.
    assert!(
        find(&found, "person", "Harbour Lights").is_none(),
        "{found:?}"
    );
}

#[test]
fn a_dateline_place_and_a_hometown_after_an_age_are_places() {
    // The dateline vouches for a town the gazetteer does not know; `a
    // 19-year-old from X` names where someone comes from.
    let input = "Hosts win at home\n\nNov 16, 2025\n\n\
                 TARNSVILLE, Que. — The Tarnsville side won 4-2 on Saturday. \
                 Keeper Jo Brault, a 19-year-old from Vellacourt, made 41 saves.\n\n\
                 Tarnsville moved into sixth, coach Luc Paré said.\n";
    let article = newsprint::parse(input.as_bytes());
    let places: Vec<String> = article
        .entities()
        .iter()
        .filter(|e| e.kind == newsprint::EntityKind::Place)
        .map(|e| String::from_utf8_lossy(article.text(e.span)).into_owned())
        .collect();
    assert!(places.iter().any(|p| p == "Tarnsville"), "{places:?}");
    assert!(places.iter().any(|p| p == "Vellacourt"), "{places:?}");
}

#[test]
fn pubs_town_governments_and_product_codes_are_nobody() {
    let found = entities(
        "Regulars met at the Brig Inn on Friday. The break cut pressure, the City of \
         Dorrance said. Its lead candidate, MRD-201, is in a trial. \
         \"We train them,\" said Mr. Daniel Koh, Principal of Westbay Polytechnic.",
    );
    assert!(
        found.iter().all(|e| e.0 != "person" || e.1 == "Daniel Koh"),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Brig Inn").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "City of Dorrance").is_some(),
        "{found:?}"
    );
}

#[test]
fn offices_with_listed_fields_and_compound_trades_are_roles() {
    let found = entities(
        "Minister of Youth, Culture and Sport Kathleen Dill-Burrows said the island had lost \
         a friend. Clarence Outerbridge, the Somerset boatbuilder who trained dozens, died. \
         Speaking at Rail Bhavan, Minister of State for Railways Devendra Singh Rautela said \
         the cameras would help.",
    );
    let role = |name: &str| find(&found, "person", name).and_then(|e| e.3.clone());
    assert_eq!(
        role("Kathleen Dill-Burrows").as_deref(),
        Some("Minister of Youth, Culture and Sport")
    );
    assert_eq!(
        role("Clarence Outerbridge").as_deref(),
        Some("Somerset boatbuilder")
    );
    assert_eq!(
        role("Devendra Singh Rautela").as_deref(),
        Some("Minister of State for Railways")
    );
    assert!(find(&found, "person", "Rail Bhavan").is_none(), "{found:?}");
    // A trade ending in `-maker` is mostly a company's: no person here.
    let firm = entities("Kelana Gloves Bhd, a Malaysian glovemaker, said sales rose.");
    assert!(firm.iter().all(|e| e.0 != "person"), "{firm:?}");
}

#[test]
fn a_direction_and_a_preposition_lead_to_a_place() {
    let found = entities("The heaviest rain had moved east towards Sai Kung and was easing.");
    assert!(find(&found, "place", "Sai Kung").is_some(), "{found:?}");
    assert!(find(&found, "person", "Sai Kung").is_none(), "{found:?}");
}

#[test]
fn counsel_to_a_party_is_a_role() {
    let found = entities(
        "The judge ruled on Monday. The counsel to the defendants, Mr Babatunde Ojo, \
         said his clients would study the judgment.",
    );
    let ojo = find(&found, "person", "Babatunde Ojo").expect("Ojo");
    assert_eq!(ojo.3.as_deref(), Some("counsel to the defendants"));
}

#[test]
fn a_name_then_a_comma_and_now_at_the_end_of_a_block_is_no_panic() {
    // `appositive_role` once read past the last word here.
    for text in [
        "Where is Bernie Madoff, now",
        "He met John Smith, 58, now",
        "He met John Smith, the",
    ] {
        let found = entities(text);
        assert!(
            found
                .iter()
                .any(|e| e.1.contains("Smith") || e.1.contains("Madoff")),
            "{found:?}"
        );
    }
}

#[test]
fn courtesy_titles_of_botswana_and_sierra_leone_and_offices_over_places() {
    let found = entities(
        "Mma Kelebogile Segokgo said the water rose. Pa Alimamy Conteh sells wood. \
         Haja Fatmata Sesay chairs the union. Kgosi Tebogo Mothibi, the headman of Shorobe, \
         said crops were lost. Families on the north coast of Savaiʻi agreed.",
    );
    for name in [
        "Kelebogile Segokgo",
        "Alimamy Conteh",
        "Fatmata Sesay",
        "Tebogo Mothibi",
    ] {
        assert!(find(&found, "person", name).is_some(), "{name}: {found:?}");
    }
    assert_eq!(
        find(&found, "person", "Tebogo Mothibi").and_then(|e| e.3.as_deref()),
        Some("headman")
    );
    assert!(find(&found, "place", "Shorobe").is_some(), "{found:?}");
    assert!(find(&found, "place", "Savaiʻi").is_some(), "{found:?}");
}

#[test]
fn a_currency_prefix_is_no_name_and_a_role_phrase_can_open_the_sentence() {
    let found = entities("Each acre costs a farmer G$180,000 and HK$2 in fees, said Ann Lee.");
    assert!(
        !found.iter().any(|e| e.0 == "person" && e.1.len() <= 2),
        "{found:?}"
    );
    let found = entities(
        "The court ruled on Monday. Counsel to the defendants, Mr Babatunde Ojo, said \
         his clients would study the judgment.",
    );
    assert_eq!(
        find(&found, "person", "Babatunde Ojo").and_then(|e| e.3.as_deref()),
        Some("Counsel to the defendants")
    );
}

#[test]
fn a_name_in_english_before_a_short_form_in_its_own_language() {
    let text = "Kovia's Supreme Audit Office (NKV) found the dams unsafe. \
                Later - The National Nutrition Agency (BGN) will grow. \
                A man in Cape Town (AP) said so. She asked the federal Water Ministry (SAGUA) \
                for help.";
    let article = newsprint::parse_with(text.as_bytes(), &newsprint::Options::new().plain(true));
    let s = |span: newsprint::Span| std::str::from_utf8(article.text(span)).unwrap();
    let pairs: Vec<(&str, &str)> = article
        .acronyms()
        .iter()
        .map(|a| (s(a.short), s(a.long)))
        .collect();
    assert_eq!(
        pairs,
        [
            ("NKV", "Supreme Audit Office"),
            ("BGN", "National Nutrition Agency"),
            ("SAGUA", "Water Ministry"),
        ]
    );
}

#[test]
fn where_someone_travels_or_comes_from_is_a_place() {
    let found = entities(
        "The ferry sailed to Dunmorrow for repairs. A pump was flown in from Velidhoo on \
         Sunday. Ann Lee, 81, from Tregarrick, was hurt. Jo Hart, a retired joiner from \
         Kilbrannan, died. The 6.10am service from Craigmore ran late. She moved to Google.",
    );
    for place in [
        "Dunmorrow",
        "Velidhoo",
        "Tregarrick",
        "Kilbrannan",
        "Craigmore",
    ] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    assert!(find(&found, "place", "Google").is_none(), "{found:?}");
}

#[test]
fn an_abbreviated_title_keeps_its_period_and_a_doctor_takes_the_appositive() {
    let found = entities(
        "Rep. Angela Marchetti said so. Dr. Lena Hargrove, an allergist at the clinic, \
         spoke. Ruth Okoro, a care assistant, and Joost Dekker, an alderman, agreed.",
    );
    let role = |name: &str| find(&found, "person", name).and_then(|e| e.3.clone());
    assert_eq!(role("Angela Marchetti").as_deref(), Some("Rep."));
    assert_eq!(role("Lena Hargrove").as_deref(), Some("allergist"));
    assert_eq!(role("Ruth Okoro").as_deref(), Some("care assistant"));
    assert_eq!(role("Joost Dekker").as_deref(), Some("alderman"));
}

#[test]
fn lists_after_an_opening_role_initials_and_organisations_after_an_office() {
    let found = entities(
        "Minister for Health, Education and Sport, Peter Obi and others attended. \
         Speaking to PA Sport, Gareth Southgate said so. The MMA Fighting website agreed. \
         The mayor of Microsoft's hometown praised it.",
    );
    for not_person in ["Education", "Education and Sport", "Sport", "Fighting"] {
        assert!(
            find(&found, "person", not_person).is_none(),
            "{not_person}: {found:?}"
        );
    }
    assert!(find(&found, "place", "Microsoft").is_none(), "{found:?}");
}

#[test]
fn a_shared_surname_after_mr_or_ms_goes_by_gender_and_alone_to_the_first() {
    let found = entities(
        "Jean-Marc Perrine, 58, fishes the lagoon. His sister, Liseby Perrine, buys octopus. \
         Ms Perrine said prices fell. Mr Perrine said that was the price of success.",
    );
    let canon: Vec<&str> = found
        .iter()
        .filter(|e| e.0 == "person" && e.1 == "Perrine")
        .map(|e| e.2.as_str())
        .collect();
    assert_eq!(canon, ["Liseby Perrine", "Jean-Marc Perrine"], "{found:?}");
    let found = entities(
        "Ruth Calloway-Pryce delivers post. Her husband, Dev Calloway-Pryce, drove behind. \
         Calloway-Pryce finished first.",
    );
    let last = found
        .iter()
        .rfind(|e| e.0 == "person" && e.1 == "Calloway-Pryce")
        .expect("the surname");
    assert_eq!(last.2, "Ruth Calloway-Pryce");
}

#[test]
fn a_faroese_particle_a_town_called_city_and_a_ferry_named_for_someone() {
    let found = entities(
        "Sámal í Dali, the cooperative's chairman, spoke. The crossing between Dawson City and \
         West Dawson closed. Nobody could cross until the George Black ferry arrived. Stoke City \
         lost. The Donald Trump boat parade sailed.",
    );
    assert!(
        find(&found, "person", "Sámal í Dali").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "place", "Dawson City").is_some(), "{found:?}");
    assert!(
        find(&found, "person", "George Black").is_none(),
        "{found:?}"
    );
    assert!(find(&found, "place", "Stoke City").is_none(), "{found:?}");
    assert!(
        find(&found, "person", "Donald Trump").is_some(),
        "{found:?}"
    );
}

#[test]
fn a_titled_surname_after_a_bare_one_and_names_of_no_known_gender() {
    let found = entities(
        "Jean-Marc Perrine, 58, fishes the lagoon. His sister, Liseby Perrine, buys octopus. \
         Perrine shrugged. Ms Perrine said prices fell.",
    );
    let canon: Vec<&str> = found
        .iter()
        .filter(|e| e.0 == "person" && e.1 == "Perrine")
        .map(|e| e.2.as_str())
        .collect();
    assert_eq!(canon, ["Jean-Marc Perrine", "Liseby Perrine"], "{found:?}");
    let found = entities(
        "Taylor Reyes founded the bakery. Her son, Jordan Reyes, now runs it. Ms Reyes said \
         it was hard.",
    );
    let last = found
        .iter()
        .rfind(|e| e.0 == "person" && e.1 == "Reyes")
        .expect("the surname");
    assert_eq!(last.2, "Taylor Reyes");
}

#[test]
fn places_of_plural_settlement_nouns_and_lists_a_cue_opened() {
    let found = entities(
        "Tankers reached the hill barangays of Tabuelan, Maslog and Cantipla. Farmers in the \
         Wenchi and Techiman municipalities will share the pump. Buses will run on routes to \
         Qusais, Al Warsan and Nahda. The streets lie in the residential areas of Toolo and \
         Kumpula.",
    );
    for place in [
        "Tabuelan",
        "Maslog",
        "Cantipla",
        "Wenchi",
        "Techiman",
        "Qusais",
        "Al Warsan",
        "Nahda",
        "Toolo",
        "Kumpula",
    ] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    // (A given name in a list of people stays a person: no cue opened it.)
    let found = entities("Ana Cruz, Al Reyes and Jo Lim said the vote was fair.");
    assert!(find(&found, "person", "Al Reyes").is_some(), "{found:?}");
}

#[test]
fn a_name_ending_in_an_organisations_head_is_no_titled_person() {
    let found = entities(
        "She was taken to the Bradford General Infirmary on Monday. General Dynamics said \
         orders rose. Surgeon General Ruth Okafor said the ward was full.",
    );
    assert!(
        !found
            .iter()
            .any(|e| e.0 == "person" && matches!(e.1.as_str(), "Infirmary" | "Dynamics")),
        "{found:?}"
    );
    let surgeon = find(&found, "person", "Ruth Okafor").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(surgeon.3.as_deref(), Some("Surgeon General"));
}

#[test]
fn a_bodys_fields_after_and_or_commas_stay_in_its_name() {
    let found = entities(
        "The Oregon Department of Fish and Wildlife Conservation said the run was late. A \
         spokeswoman for the Department for Transport, Tourism and Recreation said the road \
         would reopen. The Ministry of Mines and Irrigation said so.",
    );
    assert!(!found.iter().any(|e| e.0 == "person"), "{found:?}");
    assert!(
        find(
            &found,
            "organization",
            "Department for Transport, Tourism and Recreation"
        )
        .is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Ministry of Mines and Irrigation").is_some(),
        "{found:?}"
    );
}

#[test]
fn a_possessive_business_name_and_given_names_that_are_titles_elsewhere() {
    let found = entities(
        "Customers queued outside Mama Rosa’s Kitchen on Monday. The coach, Papa Bouba Ndiaye, said \
         they won. Governor Janet Mills and Professor Anna Kitchen said the plan was sound.",
    );
    assert!(
        find(&found, "organization", "Mama Rosa’s Kitchen").is_some(),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|e| e.0 == "person" && e.1 == "Rosa"),
        "{found:?}"
    );
    // (`Papa` is a given name in Senegal, `Mills` and `Kitchen` surnames.)
    for name in ["Papa Bouba Ndiaye", "Janet Mills", "Anna Kitchen"] {
        assert!(find(&found, "person", name).is_some(), "{name}: {found:?}");
    }
}

#[test]
fn place_cues_that_leave_other_readings_alone() {
    let found = entities(
        "The Jewish and Muslim communities met. Families on Medicaid struggled. She dropped \
         out of Harvard. Threats from Hamas in the south and Hezbollah in the north grew. \
         The files were turned over to Interpol. He studied areas of Google strategy. In St \
         Petersburg’s main square it rained.",
    );
    for name in [
        "Jewish",
        "Muslim",
        "Medicaid",
        "Harvard",
        "Hezbollah",
        "Interpol",
        "Google",
    ] {
        assert!(find(&found, "place", name).is_none(), "{name}: {found:?}");
    }
    assert!(
        find(&found, "place", "St Petersburg").is_some(),
        "{found:?}"
    );
    // (A straight mark before a name opens a quotation, not the name.)
    let found = entities("The MP wrote 'Boris Johnson must go' on Friday.");
    assert!(
        find(&found, "person", "Boris Johnson").is_some(),
        "{found:?}"
    );
}

#[test]
fn islands_bases_returns_compass_ends_and_saints_towns() {
    let found = entities(
        "Growers on Atiu say the ship turned back to Mauke. Most boats work out of Hopkins and \
         Sittee Point. Volunteers will travel from Scalloway and Unst. The log runs from \
         Hamnavoe in the south to Isbister and Vidlin in the north. Samples went to \
         researchers in St. John’s and St. Lunaire. People on Zoom watched.",
    );
    for place in [
        "Atiu",
        "Mauke",
        "Hopkins",
        "Sittee Point",
        "Scalloway",
        "Unst",
        "Hamnavoe",
        "Isbister",
        "Vidlin",
        "St. John’s",
        "St. Lunaire",
    ] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    assert!(find(&found, "place", "Zoom").is_none(), "{found:?}");
    // (A saint's church keeps no `’s` as a town.)
    let found = entities("The funeral will be at St Ninian's Church in Lerwick.");
    assert!(find(&found, "place", "St Ninian's").is_none(), "{found:?}");
}

#[test]
fn a_surnames_full_name_a_suffix_and_roads_cayes_and_collectives() {
    let found = entities(
        "The wall was rebuilt by volunteers working under dyker Arne Halcrow. Halcrow said \
         it took a week. The co-op's president, Dale Moberg Jr., farms barley. Trucks use the \
         Stuart Highway past Laughing Bird Caye. The Darwin Mango Growers Collective met.",
    );
    let dyker = find(&found, "person", "Arne Halcrow").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(dyker.3.as_deref(), Some("dyker"));
    let bare = find(&found, "person", "Halcrow").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(bare.2, "Arne Halcrow");
    assert!(
        find(&found, "person", "Dale Moberg Jr.").is_some(),
        "{found:?}"
    );
    for place in ["Stuart Highway", "Laughing Bird Caye"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    assert!(
        find(&found, "organization", "Darwin Mango Growers Collective").is_some(),
        "{found:?}"
    );
    // (A given name before `Bridge` and a reporting verb is a person.)
    let found = entities("Frankie Bridge said the choir would sing. The Red Bridge was shut.");
    assert!(
        find(&found, "person", "Frankie Bridge").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "place", "Red Bridge").is_some(), "{found:?}");
    // (A name around a person already known keeps its own reading.)
    let found = entities(
        "Harvester Tomasi Vea tests the ice. “It is thin,” said Tomasi Vea. Vea went home.",
    );
    assert!(
        !found.iter().any(|e| e.2 == "Harvester Tomasi Vea"),
        "{found:?}"
    );
}

#[test]
fn clubs_named_for_towns_and_islanders_who_said_something() {
    let found = entities(
        "Leeds United beat Bristol Rovers on Saturday. The growers on Rakahanga said the \
         ship was late. The United States agreed.",
    );
    for club in ["Leeds United", "Bristol Rovers"] {
        assert!(
            find(&found, "organization", club).is_some(),
            "{club}: {found:?}"
        );
    }
    assert!(find(&found, "place", "Rakahanga").is_some(), "{found:?}");
    assert!(
        find(&found, "place", "United States").is_some(),
        "{found:?}"
    );
    let found = entities("Her family has run trawlers out of Chauvin since the 1950s.");
    assert!(find(&found, "place", "Chauvin").is_some(), "{found:?}");
}

#[test]
fn sides_ways_shores_and_town_officers_name_places() {
    let found = entities(
        "Visitors drove to north Kerrowan and then drove via Acleby to the ferry. A reef off \
         Upoluva’s south coast closed, and the promenade on Aberwyth's seafront opened.",
    );
    for place in ["Kerrowan", "Acleby", "Upoluva", "Aberwyth"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    let found = entities(
        "Pembrooke Mayor Angela Brisette spoke. Later the Cardrigan councillor Rhian \
         Evanson spoke, and so did the Kirkwallen Town Mayor Jo Fletton.",
    );
    for place in ["Pembrooke", "Cardrigan", "Kirkwallen"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    assert_eq!(role_of(&found, "Angela Brisette"), "Pembrooke Mayor");
    // (Not a party, a rank, a seat, a platform, the end of a longer name,
    // nor `central` before a body.)
    let found = entities(
        "Labour councillor Ann Blake, Lord Mayor Jo Cole and Deputy Mayor Tom Ware met. \
         Banff and District councillor Derek Shand agreed. Fellow councillor Jo Dee \
         joined via Zoom. Power moved to central Government.",
    );
    for word in [
        "Labour",
        "Lord",
        "Deputy",
        "District",
        "Fellow",
        "Zoom",
        "Government",
    ] {
        assert!(
            !found.iter().any(|e| e.0 == "place" && e.2 == word),
            "{word}: {found:?}"
        );
    }
}

#[test]
fn a_scots_depute_is_a_role() {
    let found = entities(
        "Sheriff Morag Lennie fined him. Fiscal depute Eilidh Rossiter, for the Crown, \
         told the court he had lied.",
    );
    assert_eq!(role_of(&found, "Eilidh Rossiter"), "Fiscal depute");
}

#[test]
fn an_initial_a_opens_a_name() {
    let found = entities("The secretary, A. Jebarathan, said the pans flooded.");
    assert_eq!(role_of(&found, "A. Jebarathan"), "secretary");
}

#[test]
fn outskirts_distances_and_townspeople_name_places() {
    let found = entities(
        "Crowds gathered on the drive via Ballymorrow on Sunday. The farm lies 20 km from \
         Kilmorrin, an hour away from Tuamore. The anger of Dunlearo residents grew, and the \
         mayor met Athborough villagers. Later Carnmore’s mayor spoke.",
    );
    for place in [
        "Ballymorrow",
        "Kilmorrin",
        "Tuamore",
        "Dunlearo",
        "Athborough",
        "Carnmore",
    ] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    // (Not a platform, a firm or a player after `via`, a shop or a home
    // outside which something happened, a possessive after a distance, a
    // people's adjective, a party or a faith after a side of the map.)
    let found = entities(
        "She joined via Zoom, booked via Eurostar, and the equaliser came via Salahu. Police \
         stood outside Tescoma and outside Smithers’s home, a mile from Jonesby’s farm. It is \
         the Korean peninsula, and Gozitan residents complained about northern Labour seats, \
         east Asian markets and eastern Orthodox churches, and the Arlaby farmers agreed.",
    );
    for word in [
        "Zoom", "Eurostar", "Salahu", "Tescoma", "Smithers", "Jonesby", "Korean", "Gozitan",
        "Labour", "Asian", "Orthodox", "Arlaby",
    ] {
        assert!(
            !found.iter().any(|e| e.0 == "place" && e.2 == word),
            "{word}: {found:?}"
        );
    }
}

#[test]
fn letters_a_chinese_bi_and_adjectives_before_a_mayor_are_no_names_or_towns() {
    let found = entities(
        "They had no plan A. Smithson said it. Bi Fujing said no, and Bi Mwanaisha Juma Haji \
         agreed. Later Bi Mwanaisha spoke. Interim Mayor Jo Rayner spoke. Embattled Mayor Al \
         Beeson spoke.",
    );
    assert!(!found.iter().any(|e| e.1.starts_with("A. ")), "{found:?}");
    assert!(find(&found, "person", "Bi Fujing").is_some(), "{found:?}");
    assert!(
        find(&found, "person", "Mwanaisha Juma Haji").is_some(),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|e| e.1 == "Mwanaisha" && e.2 == "Mwanaisha Juma Haji"),
        "{found:?}"
    );
    for word in ["Interim", "Embattled"] {
        assert!(
            !found.iter().any(|e| e.0 == "place" && e.2 == word),
            "{word}: {found:?}"
        );
    }
}

#[test]
fn cities_openers_hyphenated_sides_and_speakers_in_a_place() {
    let found = entities(
        "My daughter moved to Québec City last year. Around Lenakoro, prices fell. Farmers \
         in Pajeni, on Ungujara's south-east coast, moved. A feed supplier in Altavik said \
         orders had doubled. It was the largest the Chilova archipelago has seen, and \
         the Finnmarka herders agreed.",
    );
    for place in [
        "Québec City",
        "Lenakoro",
        "Ungujara",
        "Altavik",
        "Chilova",
        "Finnmarka",
    ] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    assert!(
        !found.iter().any(|e| e.0 == "person" && e.2 == "Altavik"),
        "{found:?}"
    );
    // (A crop or a stock before its farmers opening a sentence is no place.)
    let found = entities("MOKHOTLONG – Wool farmers in the district say prices fell.");
    assert!(!found.iter().any(|e| e.2 == "Wool"), "{found:?}");
}

#[test]
fn a_chief_gives_way_to_an_office_and_foresters_are_a_trade() {
    let found = entities(
        "Chief Nikiau Yapo, chairman of the Tanna Kava Growers Network, said prices fell. \
         Paolo Murru, a forester who advises the cooperative, said the bark was thin. \
         Chief Emeka Nwosa said nothing.",
    );
    assert_eq!(role_of(&found, "Nikiau Yapo"), "chairman");
    assert_eq!(role_of(&found, "Paolo Murru"), "forester");
    assert_eq!(role_of(&found, "Emeka Nwosa"), "Chief");
}

#[test]
fn rail_bodies_bargaining_and_a_wire_after_a_province() {
    let found = entities(
        "A spokesperson for CN Rail said 300 cars were idle. Collective bargaining works best, \
         he said. Rail services will resume on Friday.",
    );
    assert!(
        find(&found, "organization", "CN Rail").is_some(),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|e| e.1 == "Collective" || e.1 == "Rail" || e.0 == "person"),
        "{found:?}"
    );
    let article = newsprint::parse(
        "Port strike enters second week\n\nHALIFAX, Nova Scotia (CP) — A strike by dockworkers \
         entered its second week on Thursday.\n\nTalks stalled."
            .as_bytes(),
    );
    assert!(
        article
            .acronyms()
            .iter()
            .all(|a| article.text(a.short) != b"CP"),
        "a wire's initials are no acronym of the place before them"
    );
}

#[test]
fn leagues_and_cups_are_no_people() {
    let found = entities(
        "Rovers moved to the top of the Premier Division after a win. They meet again in the \
         Challenge Cup final, and the West Indies Championship resumes in May.",
    );
    assert!(!found.iter().any(|e| e.0 == "person"), "{found:?}");
    assert!(
        find(&found, "other", "Premier Division").is_some(),
        "{found:?}"
    );
}

#[test]
fn a_legislature_is_a_body() {
    let found = entities("Pruitt testified before the Montana Legislature in Helena on Monday.");
    assert!(
        find(&found, "organization", "Montana Legislature").is_some(),
        "{found:?}"
    );
}

#[test]
fn railway_words_hospitals_and_countries_named_like_people() {
    let found = entities(
        "Railway stations were closed on Monday. Legislature staff said they would strike. \
         The Prince of Wales Hospital said the patient was stable. Tom Jordan visited the \
         camps. Officials said Jordan, which hosts refugees, would need more aid.",
    );
    assert!(
        !found
            .iter()
            .any(|e| e.1 == "Railway" || e.1 == "Legislature"),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Prince of Wales Hospital").is_some(),
        "{found:?}"
    );
    assert!(
        found.iter().any(|e| e.1 == "Jordan" && e.0 == "place"),
        "{found:?}"
    );
}

#[test]
fn acronyms_that_speak_and_firms_described_by_their_trade_are_bodies() {
    let found = entities(
        "Output rose, the country's statistics agency INE said on Friday. State-owned \
         Codelcor, the world's top copper producer, produced 118,000 tons. Kofi, a cocoa \
         producer, said prices fell.",
    );
    for body in ["INE", "Codelcor"] {
        assert!(
            find(&found, "organization", body).is_some(),
            "{body}: {found:?}"
        );
    }
    assert!(find(&found, "person", "Kofi").is_some(), "{found:?}");
}

#[test]
fn a_body_for_the_field_is_one_name() {
    let found = entities(
        "The Royal Society for the Protection of Birds said gulls were clever. The Ford \
         Foundation for the first time gave money.",
    );
    assert!(
        find(
            &found,
            "organization",
            "Royal Society for the Protection of Birds"
        )
        .is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Ford Foundation").is_some(),
        "{found:?}"
    );
}

#[test]
fn people_at_or_from_a_place_who_speak_leave_it_a_place() {
    for text in [
        "Passengers at Corvenby said the dispute had already cost them.",
        "Volunteers from Corvenby said the hall was full.",
    ] {
        let found = entities(text);
        assert!(
            !found.iter().any(|e| e.0 == "person" && e.2 == "Corvenby"),
            "{text}: {found:?}"
        );
    }
    // (The speaker stays a person when nothing stands before the name.)
    let found = entities("The hall was full. Corvenby said it was the busiest night.");
    assert!(find(&found, "person", "Corvenby").is_some(), "{found:?}");
}

#[test]
fn a_plural_noun_opening_a_sentence_is_a_group_not_a_person() {
    let found = entities(
        "Forecasters said more rain would come. Organisers say the fair will go ahead. \
         Lena Brookers chairs the board. Brookers said she was pleased.",
    );
    for word in ["Forecasters", "Organisers"] {
        assert!(
            !found.iter().any(|e| e.0 == "person" && e.1 == word),
            "{word}: {found:?}"
        );
    }
    // (A surname of that shape named before in full stays the person.)
    assert!(
        found
            .iter()
            .any(|e| e.0 == "person" && e.1 == "Brookers" && e.2 == "Lena Brookers"),
        "{found:?}"
    );
}

#[test]
fn masters_deputies_more_trades_and_a_noun_opening_a_role() {
    let found = entities(
        "The harbour master, Sigrun Tvedal, warned owners. Her deputy, Jonas Moberg, agreed. \
         The skipper, Arne Dahlvik, said little. Festival director Hanne Lisvik said more. \
         But coach Per Aasland said nothing.",
    );
    assert_eq!(role_of(&found, "Sigrun Tvedal"), "harbour master");
    assert_eq!(role_of(&found, "Jonas Moberg"), "deputy");
    assert_eq!(role_of(&found, "Arne Dahlvik"), "skipper");
    assert_eq!(role_of(&found, "Hanne Lisvik"), "Festival director");
    assert_eq!(role_of(&found, "Per Aasland"), "coach");
    // (A capitalised `Deputy` still opens a longer title.)
    let found = entities("Deputy Agriculture and Forestry Minister Ahmet Kayaoglu said no.");
    assert_eq!(
        role_of(&found, "Ahmet Kayaoglu"),
        "Deputy Agriculture and Forestry Minister"
    );
}

#[test]
fn a_saints_name_alone_or_before_a_places_head_is_a_town() {
    let found = entities(
        "Boats will leave St Aldric’s Harbour in May. He moved to St Ivelle last year. \
         It will follow St Aldric’s. She was taken to St Brenna’s Hospital. They marked \
         St Corran’s Day. The funeral is at St Odran’s Church.",
    );
    for place in ["St Aldric’s", "St Ivelle"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    // (A possessive owning a lower-case noun is no part of the name.)
    let found_owner = entities("In St Aldric’s main square it rained.");
    assert!(
        find(&found_owner, "place", "St Aldric").is_some(),
        "{found_owner:?}"
    );
    for not_place in ["St Brenna’s", "St Corran’s", "St Odran’s", "St Corran"] {
        assert!(
            find(&found, "place", not_place).is_none(),
            "{not_place}: {found:?}"
        );
    }
}

#[test]
fn fijian_malay_and_ewe_titles_open_names_and_malay_words_open_places() {
    let found = entities(
        "The high chief, Ratu Isoa Vunidilo, spoke first. Ratu Isoa said the wait was long. \
         Adi Mereani Tuilau leads the women. Haji Zulkifli Amat chairs the traders. \
         Togbe Kofi Dzamesi IV, chief of the town, agreed. A trader from Kampung Lobou \
         said prices rose.",
    );
    for (name, canonical) in [
        ("Isoa Vunidilo", "Isoa Vunidilo"),
        ("Isoa", "Isoa Vunidilo"),
        ("Mereani Tuilau", "Mereani Tuilau"),
        ("Zulkifli Amat", "Zulkifli Amat"),
    ] {
        assert!(
            found
                .iter()
                .any(|e| e.0 == "person" && e.1 == name && e.2 == canonical),
            "{name}: {found:?}"
        );
    }
    assert!(
        find(&found, "person", "Kofi Dzamesi IV").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "place", "Kampung Lobou").is_some(),
        "{found:?}"
    );
    // (`Adi` is also a given name: a title only before a full name.)
    let found = entities("Adi said the shop was closed.");
    assert!(find(&found, "person", "Adi").is_some(), "{found:?}");
}

#[test]
fn a_name_before_a_temple_is_no_person() {
    let found = entities("We came to see the Tal Varahi temple, and it was shut.");
    assert!(!found.iter().any(|e| e.0 == "person"), "{found:?}");
    // (A statue is still the person's.)
    let found = entities("They laid flowers at the Jack Charlwood statue on Sunday.");
    assert!(
        find(&found, "person", "Jack Charlwood").is_some(),
        "{found:?}"
    );
}

#[test]
fn a_name_off_which_boats_work_is_a_place() {
    let found = entities("The boats that work the deeper beds off Ouvressant would suffer most.");
    assert!(find(&found, "place", "Ouvressant").is_some(), "{found:?}");
}

#[test]
fn lower_case_words_between_an_inverted_cue_and_a_name_are_a_title() {
    let found = entities(
        "“We are buying water,” said turaga ni koro Josefa Nakalovo. The plan will fail, \
         said village elder Semi Tuilau. The chief said bamboo rafts John Rakavula built were gone.",
    );
    assert_eq!(role_of(&found, "Josefa Nakalovo"), "turaga ni koro");
    assert_eq!(role_of(&found, "Semi Tuilau"), "village elder");
    assert_eq!(role_of(&found, "John Rakavula"), "");
}

#[test]
fn a_name_between_an_article_and_man_or_woman_is_a_hometown() {
    let found = entities(
        "A Leominsterby man faces six charges. The Hexworth woman, 54, was hurt. \
         A Catholic woman and a Labour man also spoke.",
    );
    for place in ["Leominsterby", "Hexworth"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    for word in ["Catholic", "Labour"] {
        assert!(find(&found, "place", word).is_none(), "{word}: {found:?}");
    }
}

#[test]
fn review_cases_that_stay_as_they_were() {
    // A detective's rank is the role, not part of the name.
    let found = entities("Detective Inspector Jane Smithson said the case was closed.");
    assert!(
        find(&found, "person", "Jane Smithson").is_some(),
        "{found:?}"
    );
    // `off` after contact in a game is no place, nor a road with its number.
    let found = entities(
        "The ball deflected off Smithers and went in. He hit four boundaries off Starcke. \
         Stay off Interstate 95 tonight.",
    );
    for word in ["Smithers", "Starcke", "Interstate"] {
        assert!(find(&found, "place", word).is_none(), "{word}: {found:?}");
    }
    // A surname ending in -ers that speaks is still a person.
    let found = entities("Chambers said the plan would fail.");
    assert!(find(&found, "person", "Chambers").is_some(), "{found:?}");
    // A saint's name as a surname, or described by an appositive, is no
    // town; a town in a list or before its people is.
    let found = entities(
        "Ian St John has died. St John scored 118 goals. St Clair, the former striker, agreed.",
    );
    assert!(!found.iter().any(|e| e.0 == "place"), "{found:?}");
    let found = entities("The storm hit St Ivel, Penzance and Falmouth. A St Ivel man was hurt.");
    assert_eq!(
        found
            .iter()
            .filter(|e| e.0 == "place" && e.1 == "St Ivel")
            .count(),
        2,
        "{found:?}"
    );
    // Groups in -ers speak as groups; people at a place leave it a place.
    let found =
        entities("Anglers said the river was low. Police at Dovercourt said the port was shut.");
    assert!(!found.iter().any(|e| e.0 == "person"), "{found:?}");
    assert!(find(&found, "place", "Dovercourt").is_some(), "{found:?}");
    // A country ending in -ly still qualifies a role.
    let found = entities("Italy coach Luca Bianchetti said no.");
    assert_eq!(role_of(&found, "Luca Bianchetti"), "Italy coach");
    // The word opening the sentence is no part of a role unless a noun.
    let found = entities("Like coach Bill Reedman, she was angry.");
    assert_eq!(role_of(&found, "Bill Reedman"), "coach");
    // A letter from someone keeps them a person.
    let found = entities("A letter from Johnstone said the school was closing.");
    assert!(find(&found, "person", "Johnstone").is_some(), "{found:?}");
    // A table's points after a club are no age.
    let found = entities("The leaders were followed by Manchester City, 55.");
    assert!(!found.iter().any(|e| e.0 == "person"), "{found:?}");
    // An adverb after an inverted cue is no title.
    let found = entities("“It is over,” said quietly John Smithers.");
    assert_eq!(role_of(&found, "John Smithers"), "");
}

#[test]
fn a_substitute_is_a_position_and_a_verb_opens_no_role() {
    let found = entities(
        "Substitute Kwame Asantey scored a penalty. He sent goalkeeper Dan Whitlow the wrong \
         way. The retired teacher Jane Smithers agreed.",
    );
    assert_eq!(role_of(&found, "Kwame Asantey"), "Substitute");
    assert_eq!(role_of(&found, "Dan Whitlow"), "goalkeeper");
    assert_eq!(role_of(&found, "Jane Smithers"), "retired teacher");
}

#[test]
fn a_town_between_commas_after_a_building_is_a_place() {
    let found = entities(
        "Her funeral will be held at St Michael's Church, Abergwyn, on March 2. She died at \
         Glan Clwyd Hospital, Bodelwydd, on Tuesday.",
    );
    for place in ["Abergwyn", "Bodelwydd"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
    assert!(find(&found, "place", "Church").is_none(), "{found:?}");
}

#[test]
fn known_bodies_and_company_heads_are_organisations() {
    let found = entities(
        "Volunteers from the Red Cross and Greenpeace joined staff from Amnesty International. \
         Analysts at Brightwater Securities and Orrin Industries expect growth. \
         The Securities and Exchange Board of India will rule, and Durham Constabulary said \
         it would help.",
    );
    for name in [
        "Red Cross",
        "Greenpeace",
        "Amnesty International",
        "Brightwater Securities",
        "Orrin Industries",
        "Securities and Exchange Board of India",
        "Durham Constabulary",
    ] {
        assert!(
            find(&found, "organization", name).is_some(),
            "{name}: {found:?}"
        );
    }
}

#[test]
fn police_ranks_with_detective_keep_their_whole_title() {
    let found = entities(
        "Detective Constable Sarah Iqbal of Cleveland Police said the force welcomed it. \
         Detective Chief Inspector Mark Dunne led the search.",
    );
    let iqbal = find(&found, "person", "Sarah Iqbal").expect("Sarah Iqbal");
    assert_eq!(iqbal.3.as_deref(), Some("Detective Constable"));
    assert!(
        find(&found, "organization", "Cleveland Police").is_some(),
        "{found:?}"
    );
    let dunne = find(&found, "person", "Mark Dunne").expect("Mark Dunne");
    assert_eq!(dunne.3.as_deref(), Some("Detective Chief Inspector"));
    // A surname that is a rank stays a name.
    let found = entities("The painting by John Constable sold for millions.");
    assert!(
        find(&found, "person", "John Constable").is_some(),
        "{found:?}"
    );
}

#[test]
fn street_types_end_a_place_after_a_preposition_or_a_house_number() {
    let found = entities(
        "She has lived on Pepper Drive since 1990, works at 12 Harbour Crescent and shops \
         along Eastern Boulevard. They met at Canada Place.",
    );
    for name in [
        "Pepper Drive",
        "Harbour Crescent",
        "Eastern Boulevard",
        "Canada Place",
    ] {
        assert!(find(&found, "place", name).is_some(), "{name}: {found:?}");
    }
    // The same words are surnames too.
    for (text, name) in [
        ("Nathan Lane said the show would go on.", "Nathan Lane"),
        (
            "Councillor Ann Crescent said the plan was flawed.",
            "Ann Crescent",
        ),
        ("“I loved it,” Mary Kay Place said.", "Mary Kay Place"),
        (
            "Jim Drive, a local farmer, said the crop was lost.",
            "Jim Drive",
        ),
    ] {
        let found = entities(text);
        assert!(find(&found, "person", name).is_some(), "{text}: {found:?}");
    }
}

#[test]
fn a_broadcasters_word_before_its_area_names_a_station() {
    let found = entities(
        "“We should have been three up,” Paul Kerrigan told BBC Radio Ashfield. \
         He later spoke to Radio Kerry and Television New Zealand.",
    );
    for name in [
        "BBC Radio Ashfield",
        "Radio Kerry",
        "Television New Zealand",
    ] {
        assert!(
            find(&found, "organization", name).is_some(),
            "{name}: {found:?}"
        );
        assert!(find(&found, "person", name).is_none(), "{name}: {found:?}");
    }
}

#[test]
fn a_title_in_apposition_names_the_body_after_its_of() {
    let found = entities(
        "“Storage is the missing piece,” said Karin Lindqvist, Chief Executive Officer \
         of Norrland Grid. Norrland Grid AB runs lines in the north.",
    );
    let karin = find(&found, "person", "Karin Lindqvist").expect("Karin Lindqvist");
    assert_eq!(karin.3.as_deref(), Some("Chief Executive Officer"));
    assert!(
        find(&found, "organization", "Norrland Grid").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Norrland Grid AB").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "person", "Grid").is_none(), "{found:?}");
}

#[test]
fn batch_31_names_roles_and_places() {
    // A role after `whose`, set off by commas.
    let found = entities(
        "The service is run by the Porth Conger Launch Company, whose skipper, Piran \
         Woodcock, has taken the children across for 14 years.",
    );
    let skipper = find(&found, "person", "Piran Woodcock").expect("Piran Woodcock");
    assert_eq!(skipper.3.as_deref(), Some("skipper"));
    // A saint's town keeps its `’s` before a verb or a determiner.
    let found = entities(
        "Pupils from Tresco and St Martin’s make the crossing. She meets them off the \
         boat on St Martin’s each afternoon. St Petersburg’s main square was full.",
    );
    assert_eq!(
        found
            .iter()
            .filter(|e| e.0 == "place" && e.1 == "St Martin’s")
            .count(),
        2,
        "{found:?}"
    );
    assert!(
        find(&found, "place", "St Petersburg").is_some(),
        "{found:?}"
    );
    // A Spanish river; a company that is no river.
    let found = entities("The headgate on the Rio Embudo broke. Rio Tinto said it would help.");
    assert!(find(&found, "place", "Rio Embudo").is_some(), "{found:?}");
    assert!(
        find(&found, "organization", "Rio Tinto").is_some(),
        "{found:?}"
    );
    // A person, `of`, and the one word of their home.
    let found =
        entities("Homestay owner Sheeba Mathew of Kainakary said guests had started asking.");
    let sheeba = find(&found, "person", "Sheeba Mathew").expect("Sheeba Mathew");
    assert_eq!(sheeba.3.as_deref(), Some("Homestay owner"));
    assert!(find(&found, "place", "Kainakary").is_some(), "{found:?}");
    assert!(find(&found, "person", "Kainakary").is_none(), "{found:?}");
}

#[test]
fn a_named_wildfire_is_a_thing() {
    let found = entities(
        "The Hanson Ridge Fire had burned 18 square miles, and the Tamarack Fire Department \
         sent two crews. Fire Chief Tom Hale said the line held.",
    );
    assert!(
        find(&found, "other", "Hanson Ridge Fire").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "person", "Hanson Ridge Fire").is_none(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Tamarack Fire Department").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "person", "Tom Hale").is_some(), "{found:?}");
}

#[test]
fn coast_features_keep_their_owner_and_storms_are_things() {
    let found = entities(
        "Orchardists in Hawke’s Bay say the crop is gone. We met at Fisherman's Wharf, \
         where growers still recovering from Cyclone Gabrielle talked of Storm Ciarán.",
    );
    assert!(find(&found, "place", "Hawke’s Bay").is_some(), "{found:?}");
    assert!(
        find(&found, "place", "Fisherman's Wharf").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "other", "Cyclone Gabrielle").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "other", "Storm Ciarán").is_some(), "{found:?}");
    assert!(!found.iter().any(|e| e.0 == "person"), "{found:?}");
}

#[test]
fn review_cases_for_bodies_streets_rivers_and_stations() {
    // Company tails need a name before them and are no portfolio.
    for text in [
        "Insurance claims rose sharply last year.",
        "Plantation Industries Minister Lalith Jayakody opened it.",
    ] {
        let found = entities(text);
        assert!(
            !found
                .iter()
                .any(|e| e.0 == "organization" && e.1.ends_with("Industries")
                    || e.1 == "Insurance"),
            "{text}: {found:?}"
        );
    }
    // Two bodies joined by `and` stay two.
    let found =
        entities("The Army and Navy were deployed, and Microsoft and Reliance Industries signed.");
    for name in ["Army", "Navy", "Microsoft", "Reliance Industries"] {
        assert!(
            find(&found, "organization", name).is_some(),
            "{name}: {found:?}"
        );
    }
    // `Rio` opens a river after `the` only.
    let found = entities("Rio Ferdinand said the team played well.");
    assert!(
        find(&found, "person", "Rio Ferdinand").is_some(),
        "{found:?}"
    );
    // A broadcaster's word before a person's name or role is no station.
    let found = entities("Radio DJ Tom Hale said he was leaving. Radio Kerry will miss him.");
    assert!(
        !found
            .iter()
            .any(|e| e.0 == "organization" && e.1.contains("Tom Hale")),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Radio Kerry").is_some(),
        "{found:?}"
    );
    // One word after `of` and a person is no speaker, and a place only
    // after a role or an inverted cue.
    let found = entities("Jane Doe of Accenture said the project was late.");
    assert!(find(&found, "person", "Accenture").is_none(), "{found:?}");
    assert!(find(&found, "place", "Accenture").is_none(), "{found:?}");
    let found = entities("“It was late,” said Andrea Lindo of Waterhouse.");
    assert!(find(&found, "place", "Waterhouse").is_some(), "{found:?}");
    let found = entities("Jane Doe of Save the Children said the camp was full.");
    assert!(find(&found, "place", "Save").is_none(), "{found:?}");
}

#[test]
fn a_known_body_with_one_word_more_or_a_nations_branch_is_an_organisation() {
    let found = entities(
        "Analysts at Goldman Sachs expect rates to fall. Samsung Electronics said profit rose. \
         The British Red Cross opened a shelter. Barclays Capital said the deal was done.",
    );
    for name in [
        "Goldman Sachs",
        "Samsung Electronics",
        "British Red Cross",
        "Barclays Capital",
    ] {
        assert!(
            find(&found, "organization", name).is_some(),
            "{name}: {found:?}"
        );
    }
    // A title after the known name is the title of the person after it.
    let found = entities("Netflix Chief Executive Ted Sarandos spoke on Monday.");
    let person = find(&found, "person", "Ted Sarandos").expect("Ted Sarandos");
    assert!(person.3.is_some(), "{found:?}");
}

#[test]
fn more_plural_nouns_opening_a_sentence_are_groups_not_people() {
    let found = entities(
        "Colleagues recalled her insistence on fieldwork. Relatives said he was kind. \
         Politicians said little.",
    );
    for word in ["Colleagues", "Relatives", "Politicians"] {
        assert!(find(&found, "person", word).is_none(), "{word}: {found:?}");
    }
    // A surname named before still speaks alone.
    let found = entities("Clare Ives chaired the meeting. Ives said it went well.");
    assert!(find(&found, "person", "Clare Ives").is_some(), "{found:?}");
}

#[test]
fn a_saints_institution_keeps_its_words_and_letter_compounds_name_nothing() {
    let found = entities(
        "At St Louise's Comprehensive College in west Belfast, staff cheered. Pupils at St \
         Mary's Grammar School did well.",
    );
    for name in [
        "St Louise's Comprehensive College",
        "St Mary's Grammar School",
    ] {
        assert!(
            find(&found, "organization", name).is_some(),
            "{name}: {found:?}"
        );
    }
    assert!(find(&found, "place", "St Louise").is_none(), "{found:?}");
    let found = entities("She will study chemistry at A-level. An X-ray at Altnagelvin helped.");
    for word in ["A-level", "X-ray"] {
        assert!(found.iter().all(|e| e.1 != word), "{word}: {found:?}");
    }
}

#[test]
fn names_listed_before_and_other_islands_are_places() {
    let found = entities(
        "Pupils cross from Bwama, Kyahugye and other islands to reach schools on the mainland.",
    );
    for place in ["Bwama", "Kyahugye"] {
        assert!(find(&found, "place", place).is_some(), "{place}: {found:?}");
    }
}

#[test]
fn a_preposition_opening_the_sentence_is_no_part_of_a_name() {
    let found = entities(
        "Outside Parliament, police used teargas on protesters. Across Kenya, schools closed.",
    );
    assert!(
        find(&found, "organization", "Parliament").is_some(),
        "{found:?}"
    );
    assert!(
        found.iter().all(|e| e.1 != "Outside Parliament"),
        "{found:?}"
    );
}

#[test]
fn a_partys_letters_after_a_name_expand_nothing() {
    let text = "Cllr Niall Murphy (FF) said yes. Mary Lou McDonald (SF) said no. The \
                Christian Democrats (CDU) abstained.";
    let article = newsprint::parse_with(text.as_bytes(), &newsprint::Options::new().plain(true));
    let shorts: Vec<&[u8]> = article
        .acronyms()
        .iter()
        .map(|a| article.text(a.short))
        .collect();
    assert_eq!(shorts, [&b"CDU"[..]]);
}

#[test]
fn review_cases_for_known_bodies_lists_and_surnames() {
    // A product after a known company's name is no organisation.
    let found = entities("Microsoft Teams crashed for an hour on Monday morning.");
    assert!(
        find(&found, "organization", "Microsoft Teams").is_none(),
        "{found:?}"
    );
    // An owner's plural after `and other` lists no places.
    let found = entities("Rangers, Celtic and other cities’ clubs agreed the new rules.");
    assert!(find(&found, "place", "Celtic").is_none(), "{found:?}");
    // A Hungarian surname in `-vics` still speaks alone.
    let found = entities("Vukovics said the plan would fail.");
    assert!(find(&found, "person", "Vukovics").is_some(), "{found:?}");
}

#[test]
fn a_town_right_after_a_bodys_name_that_speaks_is_a_place() {
    let found = entities(
        "Dr Ana Ruiz of the Westfjords Institute for Coastal Communities in Isafjordur said \
         the closure would hurt.",
    );
    assert!(find(&found, "place", "Isafjordur").is_some(), "{found:?}");
    assert!(find(&found, "person", "Isafjordur").is_none(), "{found:?}");
}

#[test]
fn second_review_cases_for_names_and_acronyms() {
    // `Beyond` opens a company's name.
    let found = entities("Beyond Meat said sales fell in the third quarter.");
    assert!(found.iter().all(|e| e.1 != "Meat"), "{found:?}");
    // Letters that are the name's initials stay an acronym.
    let text = "Price Waterhouse Coopers (PwC) audited the accounts.";
    let article = newsprint::parse_with(text.as_bytes(), &newsprint::Options::new().plain(true));
    assert_eq!(article.acronyms().len(), 1);
}

#[test]
fn a_name_an_investor_holds_shares_in_is_a_company() {
    for text in [
        "Shares in Halvorsen were down 4% in early trading.",
        "The pension fund sold its stake in Brightwell last year.",
    ] {
        let found = entities(text);
        let name = if text.contains("Halvorsen") {
            "Halvorsen"
        } else {
            "Brightwell"
        };
        assert!(find(&found, "organization", name).is_some(), "{found:?}");
        assert!(find(&found, "place", name).is_none(), "{found:?}");
    }
    // Other things in an unknown name stay places.
    let found = entities("Flooding closed roads in Halvorsen on Monday.");
    assert!(
        find(&found, "organization", "Halvorsen").is_none(),
        "{found:?}"
    );
}

#[test]
fn a_bodys_head_word_before_a_lower_case_noun_names_no_body() {
    let found = entities(
        "Board member Linda Park voted against. Council leader Tom Ray agreed. \
         Police said the road was shut.",
    );
    assert!(find(&found, "organization", "Board").is_none(), "{found:?}");
    assert!(
        find(&found, "organization", "Council").is_none(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Police").is_some(),
        "{found:?}"
    );
    assert_eq!(role_of(&found, "Linda Park"), "Board member");
    // A team's plural is its name.
    let found = entities("Rovers manager Dai Price was furious.");
    assert!(
        find(&found, "organization", "Rovers").is_some(),
        "{found:?}"
    );
}

#[test]
fn a_bodys_name_runs_on_after_and_to_a_head_four_words_on() {
    let found = entities(
        "The trial was paid for by the Biotechnology and Biological Sciences Research Council. \
         The Food and Drug Administration said it would look again.",
    );
    for name in [
        "Biotechnology and Biological Sciences Research Council",
        "Food and Drug Administration",
    ] {
        assert!(find(&found, "organization", name).is_some(), "{found:?}");
    }
    assert!(found.iter().all(|e| e.0 != "person"), "{found:?}");
}

#[test]
fn an_indefinite_appositive_role_goes_on_into_a_participle() {
    let found = entities(
        "According to Keisuke Oshiro, an engineer hired by the association to test the water, \
         the level was high.",
    );
    assert_eq!(role_of(&found, "Keisuke Oshiro"), "engineer");
    let found = entities("Tom Ivanoff, a tender operator based in Kodiak, said he could do it.");
    assert_eq!(role_of(&found, "Tom Ivanoff"), "tender operator");
    // A firm's Spanish `Hermanos` (brothers) closes a company's name.
    let found = entities("Engineers from Maritima Ortega Hermanos, a marine contractor based in Cadiz, will start work.");
    assert!(
        find(&found, "person", "Maritima Ortega Hermanos").is_none(),
        "{found:?}"
    );
}

#[test]
fn an_events_name_after_a_given_name_is_no_person() {
    let found = entities("Demand peaks during the Golden Week holidays, which begin on Sunday.");
    assert!(find(&found, "person", "Golden Week").is_none(), "{found:?}");
    // A surname that is an event word still speaks.
    let found = entities("Mary Fair said the stalls would open.");
    assert!(find(&found, "person", "Mary Fair").is_some(), "{found:?}");
}

#[test]
fn a_group_of_islands_is_a_place_and_so_is_what_a_capital_is_of() {
    let found = entities(
        "Farmers on Taluyo say the crop failed. Taluyo, a group of islands in the Sulu Sea, \
         lies north of Puerto Princesa, the capital of Pinalawan, and is reached by ferry.",
    );
    assert!(find(&found, "place", "Taluyo").is_some(), "{found:?}");
    assert!(
        find(&found, "organization", "Taluyo").is_none(),
        "{found:?}"
    );
    assert!(find(&found, "place", "Pinalawan").is_some(), "{found:?}");
    // A company's field in its name's tail.
    let found =
        entities("The cannery’s owner, Uyak Cove Seafoods, told permit holders it would close.");
    assert!(
        find(&found, "person", "Uyak Cove Seafoods").is_none(),
        "{found:?}"
    );
}

#[test]
fn a_hyphenated_given_name_of_two_given_names_opens_a_persons_name() {
    for name in ["Marie-Claire St. Jean", "Jan-Ole Petersen"] {
        let found = entities(&format!(
            "{name}, one of three guides on the river, has worked there for years."
        ));
        assert!(find(&found, "person", name).is_some(), "{found:?}");
    }
    // Not a firm's name of three words.
    let found = entities("Sun-Ridge Fruit Packers, one of three buyers, has closed.");
    assert!(
        find(&found, "person", "Sun-Ridge Fruit Packers").is_none(),
        "{found:?}"
    );
}

#[test]
fn a_reeve_before_a_full_name_and_a_broadcaster_who_is_a_person() {
    let found = entities("Mackenzie County Reeve Josh Knelsen said buses were waiting.");
    assert!(
        find(&found, "person", "Josh Knelsen").is_some(),
        "{found:?}"
    );
    // The surname alone still speaks once the full name is known.
    let found = entities("Christopher Reeve arrived on Monday.\n\nReeve said he would ride again.");
    assert!(find(&found, "person", "Reeve").is_some(), "{found:?}");
    let found = entities("She was discovered by the broadcaster Hamish Gillies, who recorded her.");
    assert!(
        find(&found, "person", "Hamish Gillies").is_some(),
        "{found:?}"
    );
    let found = entities("The broadcaster Sky News said it would appeal.");
    assert!(
        find(&found, "organization", "Sky News").is_some(),
        "{found:?}"
    );
}

#[test]
fn a_works_title_after_its_noun_names_no_one_and_nowhere() {
    let found = entities("Her album Oran na Mara, released in 1967, is still loved.");
    assert!(found.iter().all(|e| e.0 != "place"), "{found:?}");
    let found = entities("The documentary Silver Darlings was made over four years.");
    assert!(
        find(&found, "person", "Silver Darlings").is_none(),
        "{found:?}"
    );
    // A verb before a name is no work's noun.
    let found = entities("Ann Roe will film Harbour Rovers on Saturday, she said.");
    assert!(find(&found, "person", "Ann Roe").is_some(), "{found:?}");
}

#[test]
fn review_cases_for_this_rounds_entity_rules() {
    // An investment in a town is no company.
    let found = entities("The council approved a large investment in Tobermory on Monday.");
    assert!(find(&found, "place", "Tobermory").is_some(), "{found:?}");
    // After an opening place's preposition, the comma's `a fisherman …`
    // is the sentence's subject.
    for text in [
        "In Kodiak, a fisherman rescued two people on Monday.",
        "At Ardmore, a tender operator based in Kodiak said the run was long.",
    ] {
        let found = entities(text);
        assert!(
            found
                .iter()
                .all(|e| e.0 != "person" && e.0 != "organization"),
            "{found:?}"
        );
    }
    // Money's `capital of` names no place.
    let found = entities("The share capital of Northwind rose by a third.");
    assert!(find(&found, "place", "Northwind").is_none(), "{found:?}");
    // A named body before a lower-case title stays a body.
    let found = entities("Senate leader Chuck Schumer said the vote would go ahead.");
    assert!(
        find(&found, "organization", "Senate").is_some(),
        "{found:?}"
    );
    // A group of villages is a place.
    let found = entities("Ashfield, a group of villages in the hills, lies north of here.");
    assert!(find(&found, "place", "Ashfield").is_some(), "{found:?}");
}

#[test]
fn a_name_that_speaks_as_its_blocks_second_word_does_not_panic() {
    // Found by the property tests: the rule for a town right after a
    // body's name looked two words back from a block's second word.
    let input = b"Latest News$\n\xe9Latest News said U.S.U.S.U.S.Mr. ";
    let article = newsprint::parse_with(input, &newsprint::Options::new().plain(true));
    assert!(article
        .entities()
        .iter()
        .all(|e| e.span.end as usize <= input.len()));
}

#[test]
fn a_language_after_in_is_no_place() {
    for language in ["Gaelic", "Swahili", "Urdu"] {
        let found = entities(&format!(
            "She sang in {language} at the festival on Friday."
        ));
        assert!(find(&found, "place", language).is_none(), "{found:?}");
    }
    // A place that opens with a language's name is still a place.
    let found = entities("He moved to Tamil Nadu last year.");
    assert!(find(&found, "place", "Tamil Nadu").is_some(), "{found:?}");
}

#[test]
fn dame_is_a_courtesy_title_as_sir_is() {
    let found =
        entities("Its chair, Dame Meg Hillary, said the committee would meet. Dame Meg said so.");
    assert!(find(&found, "person", "Meg Hillary").is_some(), "{found:?}");
    assert!(found.iter().all(|e| e.2 != "Dame Meg Hillary"), "{found:?}");
}

#[test]
fn a_works_title_takes_only_capitalised_and_small_words() {
    let found = entities("The film Jaws was a hit in Boston.");
    assert!(find(&found, "place", "Boston").is_some(), "{found:?}");
    assert!(find(&found, "other", "Jaws").is_some(), "{found:?}");
    let found = entities("She performed the song Saturday at the Fillmore in San Francisco.");
    assert!(
        find(&found, "place", "San Francisco").is_some(),
        "{found:?}"
    );
    // A prize is no person.
    let found = entities("His novel The Quiet Harbour won the Booker Prize.");
    assert!(found.iter().all(|e| e.0 != "person"), "{found:?}");
    // A broadcaster's name that is no man's or woman's given name.
    let found = entities("The broadcaster Al Jazeera said it would appeal.");
    assert!(find(&found, "person", "Al Jazeera").is_none(), "{found:?}");
}

#[test]
fn first_opening_a_title_stays_in_the_role() {
    let found = entities("First Minister Catriona Lees described her as a national treasure.");
    assert_eq!(role_of(&found, "Catriona Lees"), "First Minister");
    // An ordinal opening the sentence is still dropped.
    let found = entities("First, Ann Roe said the plan would fail.");
    assert_eq!(role_of(&found, "Ann Roe"), "");
}

#[test]
fn public_bodies_named_by_a_word_and_a_nation_are_known() {
    let found = entities(
        "The festival is funded by Creative Scotland. Historic England said the wall was listed.",
    );
    assert!(
        find(&found, "organization", "Creative Scotland").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Historic England").is_some(),
        "{found:?}"
    );
    assert!(found.iter().all(|e| e.0 != "person"), "{found:?}");
}

#[test]
fn a_bodys_fields_run_on_after_and_following_of_or_for() {
    for (text, name) in [
        (
            "The National Agency for Meteorology and Environmental Monitoring said it was cold.",
            "National Agency for Meteorology and Environmental Monitoring",
        ),
        (
            "The Department of Fisheries and Oceans said the stock was low.",
            "Department of Fisheries and Oceans",
        ),
        (
            "She joined the Department of Health and Social Care in 2020.",
            "Department of Health and Social Care",
        ),
    ] {
        let found = entities(text);
        assert!(find(&found, "organization", name).is_some(), "{found:?}");
        assert!(found.iter().all(|e| e.0 != "person"), "{found:?}");
    }
    // A second body after the `and` stays apart.
    let found = entities("The Ministry of Health and Pfizer agreed on a price.");
    assert!(
        find(&found, "organization", "Ministry of Health").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "organization", "Pfizer").is_some(),
        "{found:?}"
    );
}

#[test]
fn more_trades_make_an_unknown_name_a_person_with_a_role() {
    for trade in [
        "ski instructor",
        "mountain guide",
        "weaver",
        "winemaker",
        "monk",
        "hotelier",
    ] {
        let text = format!("Levan Chkhetiani, a {trade} in the town, said the road was closed.");
        let found = entities(&text);
        let person =
            find(&found, "person", "Levan Chkhetiani").unwrap_or_else(|| panic!("{found:?}"));
        assert!(
            person
                .3
                .as_deref()
                .is_some_and(|r| r.ends_with(trade.rsplit(' ').next().unwrap())),
            "{found:?}"
        );
    }
}

#[test]
fn going_or_coming_back_to_or_from_a_name_makes_it_a_place() {
    for (text, place) in [
        (
            "The crew were brought back to Kilmurry after dark.",
            "Kilmurry",
        ),
        ("Families came back from Ushguli for the market.", "Ushguli"),
    ] {
        let found = entities(text);
        assert!(find(&found, "place", place).is_some(), "{found:?}");
    }
    // Without `back`, a firm, a party or a club after the verb is no place.
    for (text, name) in [
        ("She went to Google in 2019.", "Google"),
        ("The seat went to Labour for the first time.", "Labour"),
        ("He came from Bayern for 40 million euros.", "Bayern"),
    ] {
        let found = entities(text);
        assert!(find(&found, "place", name).is_none(), "{found:?}");
    }
}

#[test]
fn settlements_such_as_or_like_a_name_make_it_a_place() {
    for text in [
        "Smaller settlements nearby, such as Narsaq and Eqalugaarsuit, have had no dentist.",
        "Villages like Narsaq and Eqalugaarsuit have no dentist.",
    ] {
        let found = entities(text);
        for place in ["Narsaq", "Eqalugaarsuit"] {
            assert!(find(&found, "place", place).is_some(), "{found:?}");
        }
    }
    // Not people like someone.
    let found = entities("Leaders like Narsaq Olsen spoke on Monday.");
    assert!(find(&found, "place", "Narsaq").is_none(), "{found:?}");
}

#[test]
fn people_opening_a_sentence_are_no_town_of_their_name() {
    for text in [
        "Fishers in Dover say the pens will cut them off.",
        "Fishers say the pens will cut them off.",
    ] {
        let found = entities(text);
        assert!(find(&found, "place", "Fishers").is_none(), "{found:?}");
    }
    let found = entities("Fishers is a city in Indiana.");
    assert!(find(&found, "place", "Fishers").is_some(), "{found:?}");
}

#[test]
fn a_place_or_a_body_named_storm_is_no_storm() {
    let found =
        entities("Opponents, led by the Storm Bay Coastal Alliance, fear the pens in Storm Bay.");
    assert!(
        find(&found, "organization", "Storm Bay Coastal Alliance").is_some(),
        "{found:?}"
    );
    assert!(find(&found, "place", "Storm Bay").is_some(), "{found:?}");
    let found = entities("Storm Ciarán hit the coast on Monday.");
    assert!(find(&found, "other", "Storm Ciarán").is_some(), "{found:?}");
}

#[test]
fn a_companys_short_name_stands_for_its_name_with_the_legal_form() {
    let found = entities(
        "Turbine maker Northwind Energy ASA said on Tuesday it would cut 300 jobs. \
         Northwind's chief executive, Lars Tveit, said orders fell. Shares in Northwind \
         closed down 9%.",
    );
    let short: Vec<_> = found
        .iter()
        .filter(|e| e.0 == "organization" && e.1 == "Northwind")
        .collect();
    assert!(!short.is_empty(), "{found:?}");
    assert!(
        short.iter().all(|e| e.2 == "Northwind Energy ASA"),
        "{found:?}"
    );
    // Whole words only: `Northwind Ltd` is no short name of `Northwinds
    // Energy ASA`.
    let found = entities(
        "Turbine maker Northwinds Energy ASA said on Tuesday it would cut jobs. Shares in \
         Northwind Ltd, a ferry firm, rose.",
    );
    assert!(
        found
            .iter()
            .all(|e| e.2 != "Northwinds Energy ASA" || e.1 == e.2),
        "{found:?}"
    );
}

#[test]
fn a_field_list_ends_before_people_named_for_a_body_and_short_titles_need_a_full_name() {
    for (text, name) in [
        (
            "The Institute for Government and Labour sources said it was close.",
            "Institute for Government",
        ),
        (
            "The Office for National Statistics and Treasury officials agreed.",
            "Office for National Statistics",
        ),
        (
            "The Department of Energy and Climate activists met on Tuesday.",
            "Department of Energy",
        ),
    ] {
        let found = entities(text);
        assert!(find(&found, "organization", name).is_some(), "{found:?}");
    }
    // `Dasho` before one word is no title; `areas like X` names no place.
    let found = entities("The Dasho Award went to the author.");
    assert!(found.iter().all(|e| e.0 != "person"), "{found:?}");
    let found = entities("Cuts fell on areas like Medicaid and housing.");
    assert!(find(&found, "place", "Medicaid").is_none(), "{found:?}");
}

#[test]
fn a_role_before_a_name_stops_at_a_preposition() {
    let found =
        entities("Sydney looked comfortable until coach Giancarlo Italiano sent on a substitute.");
    let coach = find(&found, "person", "Giancarlo Italiano").expect("Italiano");
    assert_eq!(coach.3.as_deref(), Some("coach"), "{found:?}");
    let found = entities("He struck a low shot across goalkeeper Sean Boyle.");
    let keeper = find(&found, "person", "Sean Boyle").expect("Boyle");
    assert_eq!(keeper.3.as_deref(), Some("goalkeeper"), "{found:?}");
}

#[test]
fn a_parent_named_before_its_arm_keeps_its_own_name() {
    let found = entities(
        "The BBC said it would cut jobs. BBC Studios Ltd, its commercial arm, grew. The BBC \
         said more cuts would follow.",
    );
    assert!(
        found.iter().filter(|e| e.1 == "BBC").all(|e| e.2 == "BBC"),
        "{found:?}"
    );
    // Two names with legal forms that start alike: neither is chosen.
    let found =
        entities("Toyota Motor Corp raised prices. Toyota Tsusho Corp fell. Toyota said so.");
    assert!(
        found
            .iter()
            .filter(|e| e.1 == "Toyota")
            .all(|e| e.2 == "Toyota"),
        "{found:?}"
    );
}

#[test]
fn a_departments_field_list_keeps_its_people_after_it() {
    let found =
        entities("Department of Health and Human Services officials said the rule would change.");
    assert!(
        find(
            &found,
            "organization",
            "Department of Health and Human Services"
        )
        .is_some(),
        "{found:?}"
    );
    let found = entities("Shri Narendra Modi spoke. Khun Yuam is a district in the north.");
    assert!(
        find(&found, "person", "Narendra Modi").is_some(),
        "{found:?}"
    );
    assert!(found.iter().all(|e| e.1 != "Yuam"), "{found:?}");
}
