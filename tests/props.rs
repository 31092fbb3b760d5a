//! Property tests: tokens tile any input, and the fast tokenizer gives the
//! reference scanner's tokens; the fast sentence splitter gives the
//! reference splitter's sentences; every span the parser reports is in
//! bounds and ordered; parsing never panics; invalid-UTF-8 warnings cover
//! exactly the bytes std's decoder rejects; framing tiles a stream.

use newsprint::{parse, split, Tokens, WarningKind};
use proptest::prelude::*;

/// Pieces of news text, markup and broken encodings, to build inputs that
/// reach the interesting paths far more often than uniform bytes do.
const PIECES: &[&[u8]] = &[
    b"U.S.",
    b"Mr.",
    b"Dr. ",
    b"Pence",
    b"said",
    b"the",
    b" ",
    b"  ",
    b"\n",
    b"\n\n",
    b"\r\n",
    b"\r",
    b"\x0c\n",
    b"\t",
    "\u{a0}".as_bytes(),
    "\u{feff}".as_bytes(),
    b".",
    b",",
    b":",
    b"?",
    b"!",
    b"...",
    b". . .",
    "…".as_bytes(),
    b"\"",
    b"'",
    "“".as_bytes(),
    "”".as_bytes(),
    "‘".as_bytes(),
    "’".as_bytes(),
    "«".as_bytes(),
    b"\x93",
    b"\x94",
    b"\x92",
    b"\x97",
    b"\xe9",
    b"\xff",
    b"\xe2\x80",
    b"\xf0\x9f",
    b"\x00",
    "—".as_bytes(),
    b"--",
    b"-",
    b" - ",
    b"(",
    b")",
    b"[",
    b"]",
    b"12",
    b"1,000",
    b"9.5",
    b"2:45",
    b"7-2",
    b"3rd",
    b"By ",
    b"Reuters",
    b"(AP)",
    b"TOKYO, ",
    b"April 19, 2017",
    b"3 min read",
    b"Latest News",
    b"Photo",
    b"contributed to this report.",
    b"O'Neill",
    b"Mar-a-Lago",
    b"e.g.",
    b"St.",
    b"No. 3",
    b"\xc3\xa9",
    "東京".as_bytes(),
    b"last ",
    b"the past ",
    b"more than a ",
    b"every ",
    b"Tuesday",
    b" night",
    b"years",
    b"-day",
    b"mid-",
    b"December",
    b"99999999999999999999",
    b"$",
    "£".as_bytes(),
    b" million",
    b"fifty-three",
    b"percent",
    b" ago",
    b"the 1990s",
    b" in ",
    b"AT&T",
    b"&",
    b"A",
    b"x",
    b"\x0b",
    b"5G",
    b". .",
    b"..",
    b". ",
    b"\r\r\n",
    b"a.",
    b"a.b.",
    b"10-day",
    b"1,000,",
    b"1990s.",
    b"it's",
    "country\u{2019}s".as_bytes(),
    "\u{2026}".as_bytes(),
    "\u{2014}".as_bytes(),
    "\u{2013}".as_bytes(),
    "\u{2014}\u{2014}".as_bytes(),
    "\u{2014}\u{2015}".as_bytes(),
    b"\xe2\x80\x94\x97",
    "\u{2018}".as_bytes(),
    "x\u{201d}".as_bytes(),
    "7\u{2026}".as_bytes(),
    b"2025, ",
    b"9/",
    b"5-.",
    b"12:",
    b"A&.",
    b"x' ",
    b"q- ",
    b"a.-",
    b"Z.",
];

/// Runs that cross the tokenizer's 64-byte blocks: long words, numbers and
/// white space, of every length around a block.
fn long_run() -> impl Strategy<Value = Vec<u8>> {
    let byte = prop::sample::select(&b"aZ7 \t."[..]);
    (byte, 1usize..140).prop_map(|(b, n)| vec![b; n])
}

/// Text whose tokens end at every offset of a block: a prefix of any length
/// before news-like pieces and long runs, often longer than two blocks.
fn blocky() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(<[u8]>::to_vec),
        1 => long_run(),
    ];
    (0usize..70, prop::collection::vec(piece, 0..80)).prop_map(|(pad, pieces)| {
        let mut v = vec![b'x'; pad];
        v.push(b' ');
        v.extend(pieces.concat());
        v
    })
}

/// Pieces of text around sentence boundaries: abbreviations, initials, list
/// markers, ellipses, quotes and brackets around terminal marks, numbers
/// ending in a period, upper- and lower-case continuations, attributions.
const SENTENCE_PIECES: &[&[u8]] = &[
    b"Dr.",
    b"Mr.",
    b"Gov.",
    b"U.S.",
    b"U.S.A.",
    b"Jan.",
    b"No.",
    b"no.",
    b"Inc.",
    b"St.",
    b"etc.",
    b"e.g.",
    b"i.e.",
    b"a.m.",
    b"p.m.",
    b"P.M.",
    b"F.",
    b"I.",
    b"I",
    b"I'm",
    "\u{c9}.".as_bytes(),
    b"1.",
    b"2.",
    b"3.",
    b"10.",
    b"1)",
    b"2)",
    b"2.)",
    b"a.",
    b"b.",
    b"a)",
    b"b)",
    b"c)",
    b" 2. ",
    b" 3) ",
    b" b. ",
    b" c) ",
    "\u{2022}".as_bytes(),
    "\u{25a0}".as_bytes(),
    "\u{25cf}".as_bytes(),
    "\u{b0}".as_bytes(),
    b"N",
    b"...",
    "\u{2026}".as_bytes(),
    b". . .",
    b"\x85",
    b".",
    b".",
    b"?",
    b"!",
    b"?!",
    b",",
    b";",
    b"\"",
    b"'",
    "\u{201c}".as_bytes(),
    "\u{201d}".as_bytes(),
    "\u{2019}".as_bytes(),
    b"(",
    b")",
    b"]",
    "\u{2014}".as_bytes(),
    b"-",
    b" - ",
    b"5",
    b"5.",
    b"9.5",
    b"2019",
    b"1026.253.553",
    b"The",
    b"He",
    b"It",
    b"But",
    b"We",
    b"Crews",
    b"Tuesday",
    b"EST",
    b"Smith",
    b"Mayor",
    b"Jo",
    b"said",
    b"asked",
    b"the",
    b"he",
    b"war",
    b"x",
    b"\x00",
    b" ",
    b" ",
    b" ",
    b"  ",
    "\u{a0}".as_bytes(),
    b"\t",
    b"\n",
    b"\n\n",
    b"\r\n",
];

/// How a text of [`SENTENCE_PIECES`] may open: often with a list marker, so
/// that the next one (` 2. `, ` b. `) can follow.
const OPENINGS: &[&[u8]] = &[
    b"",
    b"",
    b"1. ",
    b"1) ",
    b"a. ",
    b"b) ",
    "\u{2022} ".as_bytes(),
];

/// Text built of [`SENTENCE_PIECES`], and a range of its tokens to split
/// (as a block of an article is split: a part of the tokens, the whole input).
fn sentence_like() -> impl Strategy<Value = (Vec<u8>, usize, usize)> {
    (
        prop::sample::select(OPENINGS),
        prop::collection::vec(prop::sample::select(SENTENCE_PIECES), 0..60),
        any::<usize>(),
        any::<usize>(),
    )
        .prop_map(|(open, v, a, b)| ([open.to_vec(), v.concat()].concat(), a, b))
}

fn news_like() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

fn any_input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        news_like(),
        blocky(),
    ]
}

/// Byte positions that std's UTF-8 decoder does not accept.
fn invalid_positions(data: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        match std::str::from_utf8(&data[i..]) {
            Ok(_) => break,
            Err(e) => {
                let bad = i + e.valid_up_to();
                let len = e.error_len().unwrap_or(data.len() - bad);
                out.extend(bad..bad + len);
                i = bad + len;
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn tokens_tile_the_input(data in any_input()) {
        let mut pos = 0usize;
        for t in Tokens::new(&data) {
            prop_assert_eq!(t.span.start as usize, pos);
            prop_assert!(t.span.end > t.span.start);
            pos = t.span.end as usize;
        }
        prop_assert_eq!(pos, data.len());
    }

    #[test]
    fn fast_tokenizer_matches_the_reference(data in any_input()) {
        let fast: Vec<_> = Tokens::new(&data).collect();
        let reference: Vec<_> = newsprint::token_reference::Tokens::new(&data).collect();
        prop_assert_eq!(fast, reference);
    }

    #[test]
    fn parse_spans_are_in_bounds_and_ordered(data in any_input()) {
        let a = parse(&data);
        let len = data.len() as u32;
        let mut prev_end = 0;
        for b in a.blocks() {
            prop_assert!(b.span.start >= prev_end && b.span.end <= len && b.span.start < b.span.end);
            prev_end = b.span.end;
            let mut s_end = b.span.start;
            for s in a.block_sentences(b) {
                prop_assert!(s.start >= s_end && s.end <= b.span.end && s.start < s.end);
                s_end = s.end;
            }
            prop_assert!(!a.block_tokens(b).is_empty());
        }
        let h = a.header();
        let spans = h.title.iter().chain(&h.subtitle).chain(&h.authors).chain(&h.publisher)
            .chain(h.published.as_ref().map(|d| &d.span)).chain(a.credits());
        for s in spans {
            prop_assert!(s.start <= s.end && s.end <= len);
        }
        if let Some(d) = a.dateline() {
            prop_assert!(d.span.end <= len);
        }
        for w in a.warnings() {
            prop_assert!(w.span.end <= len);
        }
        let mut t_end = 0;
        for t in a.times() {
            prop_assert!(t.span.start >= t_end && t.span.start < t.span.end && t.span.end <= len);
            prop_assert!(!t.value.as_str().is_empty());
            t_end = t.span.end;
        }
        let mut n_end = 0;
        for n in a.numbers() {
            prop_assert!(n.span.start >= n_end && n.span.start < n.span.end && n.span.end <= len);
            prop_assert!(!a.times().iter().any(|t| t.span.start < n.span.end && n.span.start < t.span.end));
            n_end = n.span.end;
        }
    }

    #[test]
    fn plain_mode_makes_every_block_body(data in news_like()) {
        let a = newsprint::parse_with(&data, &newsprint::Options::new().plain(true));
        prop_assert!(a.blocks().iter().all(|b| b.kind == newsprint::BlockKind::Body));
        prop_assert!(a.header().title.is_none() && a.dateline().is_none());
    }

    #[test]
    fn invalid_utf8_warnings_match_std(data in any_input()) {
        let a = parse(&data);
        let mut flagged: Vec<usize> = a.warnings().iter()
            .filter(|w| w.kind == WarningKind::InvalidUtf8)
            .flat_map(|w| w.span.range())
            .collect();
        flagged.sort_unstable();
        prop_assert_eq!(flagged, invalid_positions(&data));
    }

    #[test]
    fn framing_tiles_the_stream(data in any_input()) {
        let mut pos = 0;
        for (offset, article) in split::articles(&data) {
            prop_assert_eq!(offset, pos);
            prop_assert!(!article.is_empty());
            pos += article.len();
        }
        prop_assert_eq!(pos, data.len());
    }
}

proptest! {
    // Cheap cases, and the rules have many corners: many cases.
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn fast_splitter_matches_the_reference((data, a, b) in sentence_like()) {
        let tokens: Vec<_> = Tokens::new(&data).collect();
        // All the tokens, and a range of them (most often the whole).
        let (a, b) = (a % (tokens.len() + 1), b % (tokens.len() + 1));
        let part = if a % 4 == 0 { &tokens[..] } else { &tokens[a.min(b)..a.max(b)] };
        for toks in [&tokens[..], part] {
            let (mut fast, mut reference) = (Vec::new(), Vec::new());
            newsprint::sentences::split(&data, toks, |s| fast.push(s));
            newsprint::sentences::reference::split(&data, toks, |s| reference.push(s));
            prop_assert_eq!(fast, reference, "{:?}", String::from_utf8_lossy(&data));
        }
    }

    #[test]
    fn fast_splitter_matches_the_reference_on_any_tokens(
        (data, raw) in (
            prop::collection::vec(prop::sample::select(SENTENCE_PIECES), 0..12),
            prop::collection::vec((0u8..11, 0u32..80, 0u32..8), 0..40),
        )
    ) {
        // Token slices that no tokenizer makes: any kind over any span, in
        // or out of the input, flagged as `split` asks for the bytes the
        // rules will see. Nothing panics, and both splitters agree.
        let data = data.concat();
        let tokens: Vec<_> = raw.iter().map(|&(k, start, len)| {
            let mut t = newsprint::Token {
                kind: KINDS[usize::from(k)],
                flags: 0,
                span: newsprint::Span::new(start, start + len),
            };
            let mark = t.bytes(&data).last().map_or(t.kind == newsprint::TokenKind::Ellipsis, |&b| {
                newsprint::Token::may_end_sentence(t.kind, b)
            });
            if mark {
                t.flags |= newsprint::Token::SENTENCE_MARK;
            }
            t
        }).collect();
        let (mut fast, mut reference) = (Vec::new(), Vec::new());
        newsprint::sentences::split(&data, &tokens, |s| fast.push(s));
        newsprint::sentences::reference::split(&data, &tokens, |s| reference.push(s));
        prop_assert_eq!(fast, reference);
    }
}

/// Every token kind, for token slices made up in tests.
const KINDS: [newsprint::TokenKind; 11] = {
    use newsprint::TokenKind::*;
    [
        Word, Number, Punct, OpenQuote, CloseQuote, Apostrophe, Dash, Ellipsis, Space, Newline,
        Other,
    ]
};

/// The case proptest found in CI: after `p.m.` the splitter asks whether a
/// spelled-out zone follows, and the next word's span lies past the input.
/// Both splitters must answer without slicing out of range.
#[test]
fn a_word_past_the_input_after_pm_is_no_panic() {
    use newsprint::{Span, Token, TokenKind};
    let data = b"Doors open at nine p.m.";
    let word = |start: u32, end: u32| Token {
        kind: TokenKind::Word,
        flags: 0,
        span: Span::new(start, end),
    };
    let mut pm = word(19, 23);
    pm.flags |= Token::SENTENCE_MARK;
    let space = |at: u32| Token {
        kind: TokenKind::Space,
        flags: 0,
        span: Span::new(at, at + 1),
    };
    let tokens = [
        word(0, 5),
        space(5),
        word(6, 10),
        space(10),
        word(11, 13),
        space(13),
        word(14, 18),
        space(18),
        pm,
        space(23),
        word(40, 47),
        space(47),
        word(50, 52),
    ];
    let (mut fast, mut reference) = (Vec::new(), Vec::new());
    newsprint::sentences::split(data, &tokens, |s| fast.push(s));
    newsprint::sentences::reference::split(data, &tokens, |s| reference.push(s));
    assert_eq!(fast, reference);
    assert!(!fast.is_empty());
}
