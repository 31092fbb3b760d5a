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
    let found =
        quotes("The plan, called “Harbour Forward,” won the “best” prize, Marta Ilse said.");
    assert!(found.is_empty(), "{found:?}");
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
