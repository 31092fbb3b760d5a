//! Quotations and speakers on invented snippets.

fn quotes(text: &str) -> Vec<(String, &'static str, Option<String>)> {
    let article = newsprint::parse_with(text.as_bytes(), &newsprint::Options::new().plain(true));
    let s = |span: newsprint::Span| String::from_utf8_lossy(article.text(span)).into_owned();
    article
        .quotes()
        .iter()
        .map(|q| (s(q.span), q.kind.as_str(), q.speaker.map(s)))
        .collect()
}

fn speaker_of(found: &[(String, &'static str, Option<String>)], starts: &str) -> Option<String> {
    found
        .iter()
        .find(|q| q.0.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?} in {found:?}"))
        .2
        .clone()
}

#[test]
fn cue_and_speaker_in_either_order_and_pronouns() {
    let text = "Mayor Linda Ostrow opened the bridge on Monday.\n\n\
                “We waited ten years for this,” said Mayor Linda Ostrow.\n\n\
                “It will carry buses too,” she said.\n\n\
                Engineer Pavel Dunn said: “The steel came from three mills.”\n\n\
                Ostrow said it was “a gift to the next generation of drivers.”";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "We waited").as_deref(),
        Some("Linda Ostrow")
    );
    assert_eq!(
        speaker_of(&found, "It will carry").as_deref(),
        Some("Linda Ostrow")
    );
    assert_eq!(
        speaker_of(&found, "The steel").as_deref(),
        Some("Pavel Dunn")
    );
    let partial = found.iter().find(|q| q.0.starts_with("a gift")).unwrap();
    assert_eq!(partial.1, "partial");
    assert_eq!(partial.2.as_deref(), Some("Linda Ostrow"));
}

#[test]
fn continuation_paragraphs_keep_the_speaker_and_unattributed_get_none() {
    let text = "“The ferry is full every morning,” said Captain Ines Varro.\n\n\
                “We need a second boat before the summer.”\n\n\
                Tourism rose by a third.\n\n\
                “Nobody planned for this many visitors.”";
    let found = quotes(text);
    assert_eq!(speaker_of(&found, "We need").as_deref(), Some("Ines Varro"));
    assert_eq!(speaker_of(&found, "Nobody planned"), None);
}

#[test]
fn labels_and_scare_quotes_are_not_quotations() {
    let found = quotes(
        "The plan, called “Harbour Forward,” won the “best” prize from the “Friends of the \
                Old Harbour” group, Marta Ilse said.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_word_or_two_quoted_after_their_cue_are_the_speakers() {
    let found = quotes(
        "Coach Ines Marr said her side had “switched off” after the break.\n\n\
         A “mezcal boom” drew farmers to the hills.\n\n\
         Ines Marr and Tom Reed agreed to “work closely” on it, the club said.",
    );
    assert_eq!(
        speaker_of(&found, "switched off").as_deref(),
        Some("Ines Marr")
    );
    assert_eq!(found[0].1, "partial");
    // No cue: a scare quote. A cue on each side: whose is unclear.
    assert_eq!(found.len(), 1, "{found:?}");
    // A title in capitals, and words a relative clause gives to others.
    let found = quotes(
        "Jane Roe said she had watched “Squid Game” twice.\n\n\
         The minister said the policy, which critics have branded “cruel”, was needed.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_unnamed_speaker_keeps_the_complement_that_says_whose() {
    let found = quotes(
        "“The gulls are feeding chicks,” a spokesperson for the charity said.\n\n\
         “Nobody was hurt,” a spokeswoman at Harbour Trust said.",
    );
    assert_eq!(
        speaker_of(&found, "The gulls").as_deref(),
        Some("a spokesperson for the charity")
    );
    assert_eq!(
        speaker_of(&found, "Nobody").as_deref(),
        Some("a spokeswoman at Harbour Trust")
    );
    let found =
        quotes("“Schools stay open,” a spokesperson for the Department for Education said.");
    assert_eq!(
        speaker_of(&found, "Schools").as_deref(),
        Some("a spokesperson for the Department for Education")
    );
    // (A long name in the complement: the cue is the tenth word.)
    let found = quotes(
        "“The pumps are back on,” a spokesman for the Ministry of Lands and Water Resources said.",
    );
    assert_eq!(
        speaker_of(&found, "The pumps").as_deref(),
        Some("a spokesman for the Ministry of Lands and Water Resources")
    );
}

#[test]
fn a_pronoun_is_the_speaker_not_the_one_spoken_of() {
    let found = quotes(
        "Station manager Gareth Pugh said Mr Tom Jenkins had been the heart of the crew.\n\n\
         “Half of our crew were trained by him,” he said.",
    );
    assert_eq!(
        speaker_of(&found, "Half of our").as_deref(),
        Some("Gareth Pugh")
    );
}

#[test]
fn a_quote_left_open_runs_on_into_a_paragraph_without_a_mark() {
    // Found by fuzzing: the run-on paragraph has no opening mark of its own.
    let text = "“The first part goes on and on\n\nand the second part has no mark of its own.";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[1].0.starts_with("and the second"), "{found:?}");
}

#[test]
fn speaker_from_the_sentence_before_and_unnamed_speakers() {
    let text =
        "Councillor Ada Brummel said she would vote last. “We owe the riverside a plan.”\n\n\
                “Nobody in the ministry expected this,” a senior transport official said.";
    let found = quotes(text);
    assert_eq!(speaker_of(&found, "We owe").as_deref(), Some("Ada Brummel"));
    assert_eq!(
        speaker_of(&found, "Nobody in").as_deref(),
        Some("a senior transport official")
    );
}

/// The quote starting with `starts`, as (text, kind, speaker).
fn quote<'a>(
    found: &'a [(String, &'static str, Option<String>)],
    starts: &str,
) -> &'a (String, &'static str, Option<String>) {
    found
        .iter()
        .find(|q| q.0.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?} in {found:?}"))
}

#[test]
fn split_quotes_and_later_sentences_keep_the_speaker() {
    let text = "“The pier is safe,” said harbour master Tove Lindqvist. \
                “We checked every pile twice.”\n\n\
                “Nobody will fish from it this winter,” she said, “because the ice comes early.”\n\n\
                “It is too late,” Arvid Holm said. Karin Sollen disagreed: “It is not.”";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "We checked").as_deref(),
        Some("Tove Lindqvist")
    );
    assert_eq!(
        speaker_of(&found, "because the ice").as_deref(),
        Some("Tove Lindqvist")
    );
    // Another person named between the two quotes stops the inheritance.
    assert_ne!(
        speaker_of(&found, "It is not").as_deref(),
        Some("Arvid Holm")
    );
}

#[test]
fn colon_introduced_quote_in_the_next_paragraph() {
    let text = "Transport Minister Olga Vesna visited the depot on Friday.\n\n\
                Speaking to drivers in the canteen, the Minister explained why the fares must rise:\n\n\
                “Diesel costs twice what it did. We cannot run buses on goodwill.”";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "Diesel costs").as_deref(),
        Some("Olga Vesna")
    );
}

#[test]
fn passive_and_framed_attributions() {
    let text = "Prime Minister Ruth Kalnins met the delegation.\n\n\
                The visit “will deepen the ties between our ports,” Kalnins was quoted as saying.\n\n\
                “Our exports doubled in a year,” according to trade envoy Mikael Ora.\n\n\
                Port director Samir Haddad told a news conference: “The cranes arrive in May.”\n\n\
                Councillor Bea Strand, who chairs the harbour committee, said the board had \
                “rushed a decision that will outlive all of us.”\n\n\
                The envoy discussed tariffs with the delegation, noting, “Trade is a two-way street.”\n\n\
                Marsh's lawyer, Tilde Voss of Voss Ekberg LLP, said her client was \
                “relieved and ready to tell the court everything.”";
    let found = quotes(text);
    let partial = quote(&found, "will deepen");
    assert_eq!(
        (partial.1, partial.2.as_deref()),
        ("partial", Some("Ruth Kalnins"))
    );
    assert_eq!(
        speaker_of(&found, "Our exports").as_deref(),
        Some("Mikael Ora")
    );
    assert_eq!(
        speaker_of(&found, "The cranes").as_deref(),
        Some("Samir Haddad")
    );
    assert_eq!(
        speaker_of(&found, "rushed a decision").as_deref(),
        Some("Bea Strand")
    );
    // (`The envoy` is the trade envoy named above.)
    assert_eq!(
        speaker_of(&found, "Trade is").as_deref(),
        Some("Mikael Ora")
    );
    assert_eq!(
        speaker_of(&found, "relieved and").as_deref(),
        Some("Tilde Voss")
    );
}

#[test]
fn pronouns_resolve_to_the_last_person_of_fitting_gender_outside_quotes() {
    let text = "Margaret Okoye runs the bakery with her nephew, Thomas Reed.\n\n\
                “Thomas does the bread and I do the books,” she said.\n\n\
                Reed laughed. “She does the cakes too,” he said.";
    let found = quotes(text);
    // `Thomas` inside the quote and `Thomas Reed` (a man) are skipped.
    assert_eq!(
        speaker_of(&found, "Thomas does").as_deref(),
        Some("Margaret Okoye")
    );
    assert_eq!(
        speaker_of(&found, "She does").as_deref(),
        Some("Thomas Reed")
    );
}

#[test]
fn a_quote_ending_its_sentence_is_not_attributed_by_the_next_one() {
    let text =
        "Senator Ida Morn called the bill “the largest housing investment in a generation.” \
                Carl Bjorn said the state would add its own money.";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "the largest").as_deref(),
        Some("Ida Morn")
    );
}

#[test]
fn short_replies_with_a_cue_are_quotes_and_other_marks_are_not() {
    let text = "“Will the line close?” one reporter asked.\n\n\
                “No,” Anouk Brandt replied. «We will run it every day of the year.»\n\n\
                The union’s leaders and the States’ lawyers met. The ‘new’ plan is off.";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "Will the line").as_deref(),
        Some("one reporter")
    );
    assert_eq!(speaker_of(&found, "No").as_deref(), Some("Anouk Brandt"));
    assert_eq!(
        speaker_of(&found, "We will run").as_deref(),
        Some("Anouk Brandt")
    );
    assert!(found.iter().all(|q| !q.0.starts_with("new")), "{found:?}");
}

#[test]
fn an_unbalanced_mark_does_not_spoil_the_next_paragraphs() {
    let text = "The sign read “Closed for repairs.\n\n\
                Crews arrived on Monday.\n\n\
                “The roof held up,” said site manager Jonas Pirk.";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "The roof").as_deref(),
        Some("Jonas Pirk")
    );
}

#[test]
fn indirect_speech_with_and_without_that_and_after_the_clause() {
    let text = "Mayor Lena Fromm told business leaders on Tuesday that the city would \
                review every parking contract.\n\n\
                Fromm said the review would take six months.\n\n\
                The tunnel will reopen in March after the repairs, the operator's spokesman said.\n\n\
                Fromm was told to wait for the auditors. A noted author attended. \
                The council announced a plan for new bike lanes.";
    let found = quotes(text);
    let review = quote(&found, "the city would review");
    assert_eq!(
        (review.1, review.2.as_deref()),
        ("indirect", Some("Lena Fromm"))
    );
    let months = quote(&found, "the review would take");
    assert_eq!(
        (months.1, months.2.as_deref()),
        ("indirect", Some("Lena Fromm"))
    );
    let tunnel = quote(&found, "The tunnel will reopen");
    assert_eq!(
        (tunnel.1, tunnel.2.as_deref()),
        ("indirect", Some("the operator's spokesman"))
    );
    // Passives, adjectives and a noun object are not reported speech.
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn frames_without_a_cue_verb_and_sentence_subjects() {
    let text = "Prosecutor Ines Kade argued that the fraud was \"careful, patient and cruel,\" \
                noting that Paul Ferro had hidden the losses for years.\n\n\
                Asked about the sentence, Kade was blunt: \"Nobody should ever do this again.\"\n\n\
                According to Mara Quist, who studies the sector, the bank risked \
                \"losing every customer it had left.\"\n\n\
                Foreign Minister Jon Aalto, who chaired the talks, described them as \
                \"long but never bitter\" and said both sides had eaten \"far too much cake.\"";
    let found = quotes(text);
    // The name after `noting that` is the object, not the speaker.
    assert_eq!(
        speaker_of(&found, "careful, patient").as_deref(),
        Some("Ines Kade")
    );
    assert_eq!(
        speaker_of(&found, "Nobody should").as_deref(),
        Some("Ines Kade")
    );
    assert_eq!(
        speaker_of(&found, "losing every").as_deref(),
        Some("Mara Quist")
    );
    assert_eq!(
        speaker_of(&found, "long but never").as_deref(),
        Some("Jon Aalto")
    );
    assert_eq!(
        speaker_of(&found, "far too much").as_deref(),
        Some("Jon Aalto")
    );
}

#[test]
fn unnamed_speakers_are_followed_by_pronouns_and_the_definite_noun() {
    let text = "Fire chief Owen Tarr said the blaze was contained.\n\n\
                A senior county official, speaking on condition of anonymity, said the \
                evacuation order would stay. \"We are not taking chances,\" the official said.\n\n\
                At the shelter, one volunteer said the beds had run out. \
                \"We have cots for half of them,\" she said.";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "We are not").as_deref(),
        Some("A senior county official")
    );
    assert_eq!(
        speaker_of(&found, "We have cots").as_deref(),
        Some("one volunteer")
    );
}

#[test]
fn a_quotation_left_open_shares_the_speaker_of_its_next_paragraph() {
    let text = "Farmer Kibet Langat said many families could no longer buy feed.\n\n\
                \"We have been patient. For four months we have not been paid.\n\n\
                \"Some of us now sell to hawkers because they pay cash,\" he said.";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "We have been patient").as_deref(),
        Some("Kibet Langat")
    );
}

#[test]
fn only_a_quotation_left_open_takes_the_next_paragraphs_speaker() {
    // A closed quotation, and a short open one that is no quotation at all,
    // keep no speaker from the paragraph after them.
    let text = "The committee's report called the rollout \"a failure of leadership at every level of the department\".\n\n\
                Councillor Ann Price dismissed it as \"rubbish.\n\n\
                \"We will fight this all the way to the High Court,\" Mark Ellis said.";
    let found = quotes(text);
    assert_eq!(speaker_of(&found, "a failure of leadership"), None);
    let text = "The sign read \"Closed until further notice by order of the board \".\n\n\
                \"We will fight this all the way to the High Court,\" Mark Ellis said.";
    let found = quotes(text);
    assert_eq!(speaker_of(&found, "Closed until"), None);
}

#[test]
fn a_title_between_the_comma_and_the_name_after_the_cue() {
    let found = quotes("“We did not expect them to keep time with the Moon,” said the study’s lead author, Dr Sigrid Halvorsen, a marine biologist.");
    assert_eq!(
        speaker_of(&found, "We did not expect").as_deref(),
        Some("Sigrid Halvorsen")
    );
}

#[test]
fn a_name_before_its_appositive_role_speaks() {
    let found = quotes("Kyle Ramnarine, the coast guard's public information officer, said: \"We are aware of the incidents in the channel.\"");
    assert_eq!(
        speaker_of(&found, "We are aware").as_deref(),
        Some("Kyle Ramnarine")
    );
}

#[test]
fn a_name_inside_an_opening_phrase_does_not_speak() {
    let found = quotes("After meeting Joe Biden, the prime minister, speaking in Jerusalem, said: \"The talks were useful.\"");
    assert_eq!(
        speaker_of(&found, "The talks were useful").as_deref(),
        Some("the prime minister")
    );
}

#[test]
fn a_sentence_adverb_or_a_title_before_the_name_still_lets_it_speak() {
    let found = quotes("But Kyle Ramnarine, the authority's public information officer, said: \"Crews had fixed the main.\"");
    assert_eq!(
        speaker_of(&found, "Crews had fixed").as_deref(),
        Some("Kyle Ramnarine")
    );
}

#[test]
fn the_judge_is_the_judge_named_before_and_a_campaign_name_is_no_quote() {
    let found = quotes(
        "Judge Eamonn Keeffe said the thefts had been planned.\n\n\
         \u{201c}This was not a moment of madness. It was planned,\u{201d} the judge said.\n\n\
         The union backs the government's \u{201c}Kilimo ni Biashara\u{201d} campaign, its leader said.",
    );
    assert_eq!(
        speaker_of(&found, "This was not").as_deref(),
        Some("Eamonn Keeffe"),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|q| q.0.starts_with("Kilimo")),
        "{found:?}"
    );
    // (A role nobody in the story holds leaves the noun phrase.)
    let found = quotes(
        "Prices rose again.\n\n\u{201c}We cannot go on like this,\u{201d} the minister said.",
    );
    assert_ne!(
        speaker_of(&found, "We cannot").as_deref(),
        Some("Eamonn Keeffe"),
        "{found:?}"
    );
}

#[test]
fn a_speaker_then_a_relative_clause_then_the_cue() {
    let found = quotes(
        "Council report\n\n\u{201c}We are not against terraces,\u{201d} Deputy Mayor Aurelie Combes, \
         who is in charge of commerce, told reporters.",
    );
    assert_eq!(
        speaker_of(&found, "We are not").as_deref(),
        Some("Aurelie Combes"),
        "{found:?}"
    );
}

#[test]
fn a_relative_clause_after_someone_elses_name_gives_no_speaker() {
    let found = quotes(
        "Court report\n\n\u{201c}We need more time,\u{201d} the lawyer for Tom Smith, who was \
         arrested on Monday, told reporters.",
    );
    assert_ne!(
        speaker_of(&found, "We need").as_deref(),
        Some("Tom Smith"),
        "{found:?}"
    );
}

#[test]
fn a_caption_between_two_paragraphs_does_not_break_the_speaker_run() {
    let text = "Swan attack on towpath\nBy Sophie Lund\nJune 4, 2025\n\n\
                Derek Allan, 64, was thrown into the canal on Tuesday.\n\n\
                “It came out of the reeds,” Allan told reporters on Wednesday.\n\n\
                Derek Allan, 64, (pictured) was pulled from the water near the lock\n\n\
                “I have cycled that path for thirty years and never seen anything like it.”\n\n\
                The canal trust said swans nest there every spring.";
    let article = newsprint::parse(text.as_bytes());
    let s = |span: newsprint::Span| String::from_utf8_lossy(article.text(span)).into_owned();
    assert!(article
        .blocks()
        .iter()
        .any(|b| b.kind == newsprint::BlockKind::Caption));
    let found: Vec<(String, Option<String>)> = article
        .quotes()
        .iter()
        .map(|q| (s(q.span), q.speaker.map(s)))
        .collect();
    let cycled = found
        .iter()
        .find(|q| q.0.contains("cycled"))
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(cycled.1.as_deref(), Some("Derek Allan"), "{found:?}");
}

#[test]
fn a_long_role_then_the_name_between_commas_before_the_cue() {
    let found = quotes(
        "The federation welcomed the decision. “For years our members have been blamed \
         for accidents,” its general secretary, Ajay Kumar Thakur, said, adding that \
         crews should rest.",
    );
    assert_eq!(
        speaker_of(&found, "For years").as_deref(),
        Some("Ajay Kumar Thakur")
    );
}

#[test]
fn a_name_closing_a_relative_clause_is_not_the_speaker() {
    let found = quotes(
        "Colin Kewley, 66, who runs the smokehouse with his younger brother Ewan, said the \
         decision had been “the hardest thing we have ever done”.",
    );
    assert_eq!(
        speaker_of(&found, "the hardest thing").as_deref(),
        Some("Colin Kewley"),
        "{found:?}"
    );
}

#[test]
fn past_a_relative_clause_an_unnamed_speaker_stays_the_speaker() {
    let found = quotes(
        "A spokeswoman for the firm, which is owned by Elon Musk, said the car was \"safe\".",
    );
    assert_eq!(
        speaker_of(&found, "safe").as_deref(),
        Some("A spokeswoman for the firm"),
        "{found:?}"
    );
}

#[test]
fn past_a_relative_clause_a_role_stands_for_the_name_before_it() {
    let found = quotes(
        "Fr Martin Claffey, the parish priest, who blessed the bikes at the launch, said the \
         town had been “waiting for good news for a long time”.",
    );
    assert_eq!(
        speaker_of(&found, "waiting for good news").as_deref(),
        Some("Martin Claffey"),
        "{found:?}"
    );
}

#[test]
fn past_a_relative_clause_no_name_from_an_opening_phrase() {
    let found = quotes(
        "After meeting Joe Biden, the council, which had voted against the plan, said it would \
         “fight on to the end”.",
    );
    assert_eq!(speaker_of(&found, "fight on"), None, "{found:?}");
}

#[test]
fn an_apostrophe_opening_a_name_opens_no_quotation() {
    let found = quotes(
        "’M’e ’Palesa Mokoena said the fund paid out in May. Ntate Thabo Letsie, 70, waited.\n\n\
         “The money is late,” ’M’e Mokoena said. “We are still waiting.”\n\n\
         “I have sold two cows,” he said.",
    );
    // (Only the two marked quotations: no pair of `’` made one.)
    let marked: Vec<_> = found.iter().filter(|q| q.1 != "indirect").collect();
    assert_eq!(marked.len(), 3, "{found:?}");
    assert_eq!(
        speaker_of(&found, "The money").as_deref(),
        Some("’Palesa Mokoena")
    );
    // `Ntate` is a man's title, `’M’e` a woman's: `he` is Letsie.
    assert_eq!(
        speaker_of(&found, "I have sold").as_deref(),
        Some("Thabo Letsie")
    );
}

#[test]
fn a_phrase_named_in_a_relative_clause_is_its_subjects() {
    let found = quotes(
        "Moberg said the co-op would keep both staff, including manager Ray Lindahl, who has \
         run the site for 26 years and called the sale “a slow goodbye.”",
    );
    assert_eq!(
        speaker_of(&found, "a slow goodbye").as_deref(),
        Some("Ray Lindahl")
    );
    // (Nor one whose subject is another's, or passive.)
    let found = quotes(
        "Smith spoke about Jane Porter, who critics have called “a menace to the town”, on \
         Monday. Reed met Tom Ward, who was described as “a maverick in the party”, at noon.",
    );
    assert!(found.iter().all(|q| q.2.is_none()), "{found:?}");
    // (A clause about a thing quotes no one: `the plan, which critics
    // branded “cruel”`.)
    let found = quotes("The mayor said the plan, which critics have branded “cruel”, was fair.");
    assert!(found.iter().all(|q| q.2.is_none()), "{found:?}");
}

#[test]
fn a_request_without_a_speaker_is_reported_by_the_cue_before_it() {
    let found = quotes(
        "Ms Okafor said prices fell. She said the co-op had asked buyers to take “smaller \
         fruit at a fair price” instead.",
    );
    assert_eq!(
        speaker_of(&found, "smaller fruit").as_deref(),
        Some("Okafor")
    );
    // (Not past a passive request: `the crowd was urged “…”`.)
    let found = quotes("After Smith said no, the crowd was urged “to go home” by police.");
    assert!(found.iter().all(|q| q.2.is_none()), "{found:?}");
}

#[test]
fn a_pronoun_goes_to_the_subject_past_an_aside_naming_someone_else() {
    // (The brother named inside the age and relative clause is not the
    // subject of `said`.)
    let text = "Tomas Kerrigan, 66, who runs the bakery with his younger brother Owen, \
                said the decision had been hard.\n\n\
                “My grandfather lit the first oven,” he said.";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "My grandfather").as_deref(),
        Some("Tomas Kerrigan")
    );
    // (After `X, the leader of …,` the next name is the subject.)
    let text = "Near the home of Peter Vance, the leader of the growers' group, \
                Declan Murray, said the harvest was late.\n\n\
                “The rain never stopped,” he said.";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "The rain").as_deref(),
        Some("Declan Murray")
    );
}

#[test]
fn swahili_courtesy_titles_and_unnamed_trades_speak() {
    let text = "Bi Amina Juma Salim, who chairs the group, said the crop had failed.\n\n\
                \"The water is too hot,\" she said.\n\n\
                Mzee Khamis Ali Vuaru, 81, farmed the lagoon for forty years. \"Now we need boats,\" \
                he said.\n\n\
                A buyer for an exporter, who asked not to be named, said prices had not moved. \
                \"The world price is the world price,\" the buyer said.";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "The water").as_deref(),
        Some("Amina Juma Salim")
    );
    assert_eq!(
        speaker_of(&found, "Now we need").as_deref(),
        Some("Khamis Ali Vuaru")
    );
    assert!(
        speaker_of(&found, "The world price").is_some_and(|s| s.eq_ignore_ascii_case("a buyer"))
    );
}

#[test]
fn a_pronoun_opening_a_colon_frame_speaks() {
    let text = "Joao Goulartes, the treasurer, said the group had applied for a grant.\n\n\
                He was blunt about the alternative: “If the money does not come, we will \
                rebuild fewer walls.”";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "If the money").as_deref(),
        Some("Joao Goulartes")
    );
}

#[test]
fn long_appositives_place_like_surnames_and_names_shortened_to_their_first_word() {
    let text = "“Frequency is the number one thing riders ask for,” Nadia Faroukh, a spokeswoman \
                for the transit agency, told me in an email.\n\n\
                Paulette Chin, the project director, acknowledged the delay.\n\n\
                \"We found corrosion far worse than anyone expected,\" Chin explained.\n\n\
                General manager Rosnah Abdul Latiff said supply would return on Monday.\n\n\
                “We ask consumers to store water,” said Rosnah.";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "Frequency").as_deref(),
        Some("Nadia Faroukh")
    );
    assert_eq!(
        speaker_of(&found, "We found corrosion").as_deref(),
        Some("Paulette Chin")
    );
    assert_eq!(
        speaker_of(&found, "We ask consumers").as_deref(),
        Some("Rosnah Abdul Latiff")
    );
    // (After `said`, a name with more words after it is what was said
    // about: not a speaker.)
    let text = "Engineer Lisa Drakes of the university spoke first.\n\n\
                She said Lisa’s team and Jordan’s losses were high. “It is not unusual,” she said.";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "It is not unusual").as_deref(),
        Some("Lisa Drakes")
    );
}

#[test]
fn letters_signs_and_chants_after_a_pronoun_frame_are_no_ones_words() {
    for frame in [
        "He received a letter from the council last week:",
        "She found a sign on the door:",
        "He was met with chants from the crowd:",
    ] {
        let text = format!(
            "Peter Woodley and Anna Colby spoke to us.\n\n{frame} “Your benefits have been stopped.”"
        );
        let found = quotes(&text);
        assert_eq!(speaker_of(&found, "Your benefits"), None, "{frame}");
    }
    // (A kin word does not name an unnamed speaker over the person named.)
    let found =
        quotes("Sarah Jonesby lost her son in the fire.\n\n“It was hard,” the mother said.");
    assert_ne!(
        speaker_of(&found, "It was hard").as_deref(),
        Some("the mother")
    );
}

#[test]
fn short_answers_after_a_colon_and_surnames_that_are_places_after_said() {
    let text = "The council met on Monday to discuss the budget for next year.\n\n\
                Asked whether he would resign, Mayor Tom Leeson said: “No.”\n\n\
                Dr Paulette Chin led the study. “It matters a great deal,” said Chin.\n\n\
                The sign on the door read: “Closed.”";
    let found = quotes(text);
    assert_eq!(speaker_of(&found, "No.").as_deref(), Some("Tom Leeson"));
    assert_eq!(
        speaker_of(&found, "It matters").as_deref(),
        Some("Paulette Chin")
    );
    assert!(
        !found.iter().any(|q| q.0.starts_with("Closed")),
        "{found:?}"
    );
}

#[test]
fn a_clause_after_the_cue_wins_over_the_words_before_the_speaker() {
    let article = newsprint::parse_with(
        "The council met on Monday to discuss the budget for next year.\n\n\
         On Tuesday the mayor of the town, Jo Bellamy, said the plan would work.\n\n\
         The plan will fail badly this year, Bellamy said on Wednesday."
            .as_bytes(),
        &newsprint::Options::new().plain(true),
    );
    let texts: Vec<String> = article
        .quotes()
        .iter()
        .map(|q| String::from_utf8_lossy(article.text(q.span)).into_owned())
        .collect();
    assert!(
        texts.iter().any(|t| t == "the plan would work"),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t == "The plan will fail badly this year"),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.starts_with("On Tuesday")),
        "{texts:?}"
    );
}

#[test]
fn letters_after_a_name_before_the_cue_and_the_family_as_a_speaker() {
    let text = "The court met on Monday to hear the case against the driver.\n\n\
                Defence counsel Rory Quinlan SC said his client was \"deeply remorseful\" and \
                had not driven since.\n\n\
                In a statement read by her sister, Niamh, the family said: \"Aoife was the light \
                of our lives.\"";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "deeply remorseful").as_deref(),
        Some("Rory Quinlan")
    );
    assert!(speaker_of(&found, "Aoife was").is_some_and(|s| s.eq_ignore_ascii_case("the family")));
}

#[test]
fn narrow_cases_of_short_answers_surnames_letters_and_clauses() {
    let text = "The council met on Monday to discuss the budget for next year.\n\n\
                A sign at the farm owned by Ben Ruizo says: “Keep out.”\n\n\
                A spokesman for the SC said hearings would resume in July.\n\n\
                Tom Jordane, who leads the charity, visited the camps.\n\n\
                The bridge is unsafe, Jo Bellamy said Tuesday, citing a report.";
    let article = newsprint::parse_with(text.as_bytes(), &newsprint::Options::new().plain(true));
    let s = |span: newsprint::Span| String::from_utf8_lossy(article.text(span)).into_owned();
    let found: Vec<(String, Option<String>)> = article
        .quotes()
        .iter()
        .map(|q| (s(q.span), q.speaker.map(s)))
        .collect();
    assert!(
        !found.iter().any(|q| q.0.starts_with("Keep out")),
        "{found:?}"
    );
    assert!(
        found.iter().any(
            |q| q.0.starts_with("hearings") && q.1.as_deref() == Some("A spokesman for the SC")
        ),
        "{found:?}"
    );
    assert!(
        found.iter().any(|q| q.0 == "The bridge is unsafe"),
        "{found:?}"
    );
}

#[test]
fn bodies_that_open_their_sentence_speak() {
    let text = "The state will decide next month whether to require the new reports.\n\n\
                In a written statement, the Panhandle Growers Alliance said: “Our members \
                support good data.”\n\n\
                The Michigan Health Plan Alliance (MHPA), which represents insurers, said in a \
                statement that it supported \"affordable access to insulin\" but warned of costs.\n\n\
                Output rose, the country's statistics agency INE said on Friday.";
    let found = quotes(text);
    assert_eq!(
        speaker_of(&found, "Our members").as_deref(),
        Some("Panhandle Growers Alliance")
    );
    assert_eq!(
        speaker_of(&found, "affordable access").as_deref(),
        Some("Michigan Health Plan Alliance")
    );
}

#[test]
fn a_body_named_alone_after_a_quote_speaks_by_its_full_name() {
    for (text, speaker) in [
        (
            "“We accept it,” the Kpando Cocoa Growers Union said.",
            "Kpando Cocoa Growers Union",
        ),
        (
            "“We accept it,” said the Kpando Cocoa Growers Union.",
            "Kpando Cocoa Growers Union",
        ),
        (
            "The Kpando Cocoa Growers Union (KCGU) met on Monday. “We accept it,” the KCGU said.",
            "Kpando Cocoa Growers Union",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].2.as_deref(), Some(speaker), "{text}: {q:?}");
    }
    // (An unnamed speaker before the body stays the speaker.)
    let q = quotes("“We accept it,” said a spokesman for the Kpando Cocoa Growers Union.");
    assert_eq!(q[0].2.as_deref(), Some("a spokesman"), "{q:?}");
}

#[test]
fn any_trade_heads_an_unnamed_speaker_and_an_age_ends_a_named_one() {
    let found = quotes(
        "A boat operator who has rowed for years said loans were due. “If we pay this fee, \
         we cannot pay the bank,” the boat operator said. “The quota is the same,” said a \
         harvester. “We came to see the temple,” said a visitor from Pokhara, Anjana Shresthova, 34.",
    );
    assert_eq!(
        speaker_of(&found, "If we pay").as_deref(),
        Some("A boat operator")
    );
    assert_eq!(
        speaker_of(&found, "The quota").as_deref(),
        Some("a harvester")
    );
    assert_eq!(
        speaker_of(&found, "We came").as_deref(),
        Some("Anjana Shresthova")
    );
    // (Not a trade owned by someone after a name: the name speaks.)
    let found = quotes(
        "Doctoral student Liam Brodwick, the study’s first author, said the fungus was slow.",
    );
    assert_eq!(
        speaker_of(&found, "the fungus").as_deref(),
        Some("Liam Brodwick")
    );
}

#[test]
fn a_name_before_an_appositive_role_speaks_for_the_quotes_around_it() {
    let found = quotes(
        "“Some boats will work three months,” Jean Morvelec, the union president, told PAO. \
         “A boat costs a fortune.” “We will fight it,” Anna Quemeneur, the union’s secretary, \
         said. “Every boat counts.”",
    );
    for starts in ["Some boats", "A boat costs"] {
        assert_eq!(
            speaker_of(&found, starts).as_deref(),
            Some("Jean Morvelec"),
            "{starts}: {found:?}"
        );
    }
    for starts in ["We will fight", "Every boat"] {
        assert_eq!(
            speaker_of(&found, starts).as_deref(),
            Some("Anna Quemeneur"),
            "{starts}: {found:?}"
        );
    }
}

#[test]
fn an_acronyms_long_form_after_a_quote_is_its_speaker() {
    let found = quotes(
        "The Syndicat des goémoniers du Trégor (SGT) met on Monday. “We accept the review,” \
         the Syndicat des goémoniers du Trégor said.",
    );
    assert_eq!(
        speaker_of(&found, "We accept").as_deref(),
        Some("Syndicat des goémoniers du Trégor")
    );
}

#[test]
fn an_owned_speaker_noun_stays_the_speaker() {
    let found = quotes("“We will appeal,” the family's lawyer said.");
    assert_eq!(
        speaker_of(&found, "We will appeal").as_deref(),
        Some("the family's lawyer")
    );
}

#[test]
fn a_person_of_a_body_speaks_not_the_body() {
    let found = quotes(
        "Tom Hale of Durham Police said the road would stay closed all week. \
         “We are asking drivers to be patient,” Nia Booth of the Red Cross said. \
         Ana Ruiz from the Bank of England said the rate would hold until spring.",
    );
    assert_eq!(
        speaker_of(&found, "the road would").as_deref(),
        Some("Tom Hale")
    );
    assert_eq!(
        speaker_of(&found, "We are asking").as_deref(),
        Some("Nia Booth")
    );
    assert_eq!(
        speaker_of(&found, "the rate would").as_deref(),
        Some("Ana Ruiz")
    );
    // A body alone still speaks for itself.
    let found = quotes("Durham Police said the road would stay closed all week.");
    assert_eq!(
        speaker_of(&found, "the road would").as_deref(),
        Some("Durham Police")
    );
}

#[test]
fn a_parent_introduced_unnamed_speaks_as_the_parent() {
    let found = quotes(
        "A Bryher mother, who asked not to be named, said her son had been seasick on the \
         crossing three times. “He is eleven. He should not arrive soaked,” the mother said.",
    );
    assert_eq!(
        speaker_of(&found, "her son had").as_deref(),
        Some("A Bryher mother")
    );
    assert_eq!(
        speaker_of(&found, "He is eleven").as_deref(),
        Some("A Bryher mother")
    );
}

#[test]
fn review_cases_for_members_and_relatives() {
    // A relation's object is no speaker.
    for text in [
        "“He was fine,” the brother of Tom Hale of Durham said.",
        "“He is innocent,” lawyers for Tom Hale of Acme Corp said.",
    ] {
        let found = quotes(text);
        assert_ne!(found[0].2.as_deref(), Some("Tom Hale"), "{text}: {found:?}");
    }
    // A relative set off after a name is that person.
    let found = quotes("Tom Hale, 45, a widower, said the pension was cut.");
    assert_eq!(
        speaker_of(&found, "the pension").as_deref(),
        Some("Tom Hale")
    );
    let found = quotes(
        "Jane Doe, a mother of three, said the school was shut. “We were not told,” the \
         mother said.",
    );
    assert_eq!(
        speaker_of(&found, "We were not told").as_deref(),
        Some("Jane Doe")
    );
    // `the widow of …` speaks without an introduction, and `the parent`
    // always.
    let found = quotes("“We were not told,” said the widow of the victim.");
    assert_eq!(
        speaker_of(&found, "We were not told").as_deref(),
        Some("the widow")
    );
    let found = quotes("“He was everything,” the parent said.");
    assert_eq!(
        speaker_of(&found, "He was everything").as_deref(),
        Some("the parent")
    );
}

#[test]
fn a_named_speaker_after_a_long_body_name_and_past_an_age() {
    // The cue comes after the speaker's long `of` phrase, past the eighth
    // word.
    let found = quotes(
        "“We have never seen the river this high,” Professor Ian Moss of the University of \
         Leeds said.",
    );
    assert_eq!(
        speaker_of(&found, "We have never").as_deref(),
        Some("Ian Moss")
    );
    // An age between the name and the role: the name speaks, not the role.
    let found = quotes("Tom Hale, 45, a farmer, said the flood took his barn.");
    assert_eq!(
        speaker_of(&found, "the flood took").as_deref(),
        Some("Tom Hale")
    );
    // Without a name before it the role still speaks.
    let found = quotes("A farmer, 45, said the flood took his barn.");
    assert_eq!(
        speaker_of(&found, "the flood took").as_deref(),
        Some("A farmer")
    );
    // A lower-case word inside the long phrase is no body's name.
    let found = quotes(
        "“We have never seen the river this high,” Ian Moss of the university in leafy \
         north Leeds said.",
    );
    assert_ne!(
        speaker_of(&found, "We have never").as_deref(),
        Some("Ian Moss")
    );
}

#[test]
fn a_body_named_before_speaks_by_its_last_word() {
    let found = quotes(
        "Volunteers cheered, with society secretary Gwenan Pritchard at the front. The \
         Cemaes Community Shop Society bought the shop in May. “We do not expect to make a \
         profit,” the society wrote.",
    );
    assert_eq!(
        speaker_of(&found, "We do not expect").as_deref(),
        Some("Cemaes Community Shop Society")
    );
    // A reported clause's subject is no speaker: the frame's is.
    let found = quotes(
        "The Katherine Mango Growers Collective met on Monday. Ms Ruddock said the collective \
         had asked buyers to take “smaller fruit at a fair price” instead.",
    );
    assert_ne!(
        speaker_of(&found, "smaller fruit").as_deref(),
        Some("Katherine Mango Growers Collective")
    );
    // A pensioner introduced unnamed speaks as such.
    let found = quotes(
        "A pensioner who walks to the shop every morning said she had put in £500. “I am 84 \
         and I have never driven,” the pensioner said.",
    );
    assert_eq!(
        speaker_of(&found, "I am 84").as_deref(),
        Some("A pensioner")
    );
}

#[test]
fn review_cases_for_role_references_and_asides() {
    // Any title in a role stands for its holder.
    let found = quotes(
        "Mark Lee, president and CEO of Blue Corp, spoke first. “It was a good year for \
         us,” the president said.",
    );
    assert_eq!(
        speaker_of(&found, "It was a good year").as_deref(),
        Some("Mark Lee")
    );
    // A hobby set off after a name is no speaker of its own.
    let found = quotes("His daughter, Emma, 8, a keen swimmer, said she loved the pool.");
    assert_eq!(speaker_of(&found, "she loved").as_deref(), Some("Emma"));
    // A party's letters in parentheses after the quote's speaker.
    let found = quotes("“The bill goes nowhere near far enough,” Rep. Ro Khanna (D-Calif.) said.");
    assert_eq!(
        speaker_of(&found, "The bill goes").as_deref(),
        Some("Ro Khanna")
    );
}

#[test]
fn batch_33_speaker_shapes() {
    // A hyphenated body word refers back to the body.
    let found = quotes(
        "The Lameque Bay Oyster Growers Co-operative wrote to officials last week. “Without \
         help, some farms will not reopen,” the co-operative said.",
    );
    assert_eq!(
        speaker_of(&found, "Without help").as_deref(),
        Some("Lameque Bay Oyster Growers Co-operative")
    );
    // A guild is a body.
    let found = quotes(
        "Boats are down, according to the Chania Old Harbour Fishers Guild. “We are asking \
         for eight berths,” the guild said.",
    );
    assert_eq!(
        speaker_of(&found, "We are asking").as_deref(),
        Some("Chania Old Harbour Fishers Guild")
    );
    // A crofter and a woman introduced unnamed speak as such.
    let found = quotes(
        "A crofter from Skigersta who runs a tractor said he filled up every day. “It is \
         half a day lost,” the crofter said. A woman who has dried fish since she was a \
         girl said buyers stayed away. “They pay us half,” the woman said.",
    );
    assert_eq!(
        speaker_of(&found, "It is half").as_deref(),
        Some("A crofter")
    );
    assert_eq!(
        speaker_of(&found, "They pay us").as_deref(),
        Some("A woman")
    );
    // A member of a long body's name with its town speaks, not the town.
    let found = quotes(
        "Dr Ana Ruiz of the Westfjords Institute for Coastal Communities in Isafjordur said \
         the closure would hurt the village badly.",
    );
    assert_eq!(
        speaker_of(&found, "the closure").as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn the_man_alone_is_the_person_named_before() {
    let found = quotes(
        "Tom Hale, a farmer, said the fence was down. “It was the wind that did it,” the man \
         said.",
    );
    assert_eq!(
        speaker_of(&found, "It was the wind").as_deref(),
        Some("Tom Hale")
    );
}

#[test]
fn a_body_speaks_by_the_head_before_its_of_and_more_trades_speak() {
    let found = quotes(
        "The Harbour Association of Small Boat Owners met on Monday.\n\n\
         “We cannot pay for the new pontoon alone,” the association said.",
    );
    assert_eq!(
        speaker_of(&found, "We cannot").as_deref(),
        Some("Harbour Association of Small Boat Owners")
    );
    for trade in ["diver", "deckhand", "chef", "trawlerman"] {
        let text = format!(
            "A {trade} who has worked here for ten years said the season was lost.\n\n\
             “Half of us are leaving on Friday,” the {trade} said."
        );
        let found = quotes(&text);
        assert_eq!(
            speaker_of(&found, "Half of us").as_deref(),
            Some(format!("A {trade}").as_str()),
            "{trade}"
        );
    }
}

#[test]
fn a_title_speaking_before_anyone_holds_it_is_the_one_named_in_it_later() {
    let found = quotes(
        "The chairwoman of the kennel owners’ group said they could not pay.\n\n\
         “Nobody here has forgotten the avalanche,” the chairwoman said.\n\n\
         The chairwoman, Tone Bakken, who has run tours for 19 years, said talks would go on.",
    );
    assert_eq!(
        speaker_of(&found, "Nobody here").as_deref(),
        Some("Tone Bakken")
    );
    // Not a plain noun that a later role mentions.
    let found = quotes(
        "“We paid in full,” the buyers said.\n\n\
         Counsel to the buyers, Chief Emeka Obi, welcomed the ruling.",
    );
    assert_ne!(speaker_of(&found, "We paid").as_deref(), Some("Emeka Obi"));
}

#[test]
fn the_bank_is_no_bank_of_a_place_named_in_passing() {
    let found = quotes(
        "Barclays cut its rates after the Bank of England decision on Thursday.\n\n\
         “Savers will see the change next month,” the bank said.",
    );
    assert_ne!(
        speaker_of(&found, "Savers will").as_deref(),
        Some("Bank of England")
    );
}

#[test]
fn a_title_speaking_ahead_of_its_holder_needs_the_bare_title_soon_after() {
    for text in [
        "“That was dreadful,” the manager said. United manager Ally Reid refused to comment.",
        "“We will go on,” the mayor said. Deputy Mayor Tom Ellis agreed.",
        "“The meeting was closed,” the chair said. The chair of the finance committee, Alan Roe, disagreed.",
    ] {
        let found = quotes(text);
        let speaker = found[0].2.as_deref();
        assert!(
            !matches!(speaker, Some("Ally Reid" | "Tom Ellis" | "Alan Roe")),
            "{text}: {speaker:?}"
        );
    }
}

#[test]
fn a_body_named_between_the_commas_before_the_cue_speaks() {
    let found = quotes(
        "The company that runs the jetty, Riverbank Landings Ltd, said in a statement on Monday \
         that the money would pay for repairs to the jetty.",
    );
    assert_eq!(
        speaker_of(&found, "the money").as_deref(),
        Some("Riverbank Landings Ltd")
    );
    // A person before a description of her firm still speaks.
    let found = quotes("Jane Roe, a lawyer for Acme Industries, said the firm would appeal.");
    assert_eq!(speaker_of(&found, "the firm").as_deref(), Some("Jane Roe"));
}

#[test]
fn a_long_sentences_subject_is_still_found_before_and_said() {
    // About 110 words between the name and `and said`: the subject search
    // is bounded, but not below a real sentence's length.
    let clause = "who has represented the ward for many years and who chaired the \
                  planning committee through two long rounds of hearings on the harbour, ";
    let text = format!(
        "Councillor Mary Dunn, {}spoke at the meeting on Tuesday and said the plan would go ahead.",
        clause.repeat(4)
    );
    let found = quotes(&text);
    assert_eq!(speaker_of(&found, "the plan").as_deref(), Some("Mary Dunn"));
}

#[test]
fn a_cue_word_inside_a_name_is_no_cue() {
    // `Said` between two capitalised words is a name's.
    let found = quotes(
        "Managing director Amina Said Ali told reporters on Monday that the corporation \
         could not pay more.",
    );
    assert!(found.iter().all(|q| !q.0.starts_with("Ali")), "{found:?}");
    assert_eq!(
        speaker_of(&found, "the corporation").as_deref(),
        Some("Amina Said Ali")
    );
    let found = quotes(
        "The ferry was late again. Said Hamad, the port director, said the berth would reopen.",
    );
    assert!(found.iter().all(|q| !q.0.starts_with("Hamad")), "{found:?}");
}

#[test]
fn a_quotation_left_open_over_several_paragraphs_shares_the_closing_speaker() {
    let text = "The mill house is no bigger than a garden shed.\n\n\
                “My father built this mill before I was born.\n\n\
                “Some mornings now the wheel does not move until ten.\n\n\
                “If the stream dies, the mill dies,” said Sangay Tenzin, the caretaker.";
    let found = quotes(text);
    for starts in ["My father", "Some mornings", "If the stream"] {
        assert_eq!(
            speaker_of(&found, starts).as_deref(),
            Some("Sangay Tenzin"),
            "{found:?}"
        );
    }
    // A paragraph that closes its own quotation ends the run.
    let text = "“We lost the harvest.” The farmers met on Monday.\n\n\
                “Some mornings now the wheel does not move until ten.\n\n\
                “If the stream dies, the mill dies,” said Sangay Tenzin, the caretaker.";
    let found = quotes(text);
    assert_eq!(speaker_of(&found, "We lost"), None, "{found:?}");
}

#[test]
fn bhutans_courtesy_titles_are_no_part_of_the_name() {
    let found = quotes("“The stream is thin,” said Ap Sangay Tenzin, the caretaker of the mill.");
    assert_eq!(
        speaker_of(&found, "The stream").as_deref(),
        Some("Sangay Tenzin")
    );
    // The Welsh `ap` stays in a name; `AP` is the agency.
    let found = quotes("“It was cold,” said Gwenllian ap Dafydd. (AP Photo/Jane Doe)");
    assert_eq!(
        speaker_of(&found, "It was").as_deref(),
        Some("Gwenllian ap Dafydd")
    );
}
