//! Chunking invariance: for any input and any way of cutting it into chunks
//! (one-byte chunks included), the streamed articles and errors are exactly
//! what framing the whole buffer at once gives, every byte belongs to one
//! of them, and parsing a streamed article gives the same result as parsing
//! the same bytes from the whole buffer.

use bytes::Bytes;
use newsprint::split::Delimiter;
use newsprint::stream::{Feeder, Status};
use newsprint::{split, Error};
use proptest::prelude::*;

/// `Ok((offset, bytes))` for an article, `Err((offset, len))` for one over
/// the limit.
type Item = Result<(u64, Vec<u8>), (u64, u64)>;

fn streamed(input: &[u8], cuts: &[usize], max: usize) -> Vec<Item> {
    streamed_by(input, cuts, max, Delimiter::FORM_FEED)
}

fn streamed_by(input: &[u8], cuts: &[usize], max: usize, delimiter: Delimiter) -> Vec<Item> {
    let mut feeder = Feeder::with_max_article(max).delimiter(delimiter);
    let mut out = Vec::new();
    let drain = |feeder: &mut Feeder, out: &mut Vec<Item>| loop {
        match feeder.next_article() {
            Ok(Status::Ready(a)) => out.push(Ok((a.offset, a.bytes.to_vec()))),
            Ok(Status::NeedMore) | Ok(Status::Done) => break,
            Err(Error::ArticleTooLarge { offset, len, .. }) => out.push(Err((offset, len))),
            Err(e) => panic!("unexpected {e}"),
        }
    };
    let mut pos = 0;
    let mut sorted: Vec<usize> = cuts.iter().map(|&c| c.min(input.len())).collect();
    sorted.sort_unstable();
    for c in sorted.into_iter().chain([input.len()]) {
        feeder.push(Bytes::copy_from_slice(&input[pos..c.max(pos)]));
        pos = c.max(pos);
        drain(&mut feeder, &mut out);
    }
    feeder.finish();
    drain(&mut feeder, &mut out);
    out
}

fn whole(input: &[u8], max: usize) -> Vec<Item> {
    whole_by(input, max, Delimiter::FORM_FEED)
}

fn whole_by(input: &[u8], max: usize, delimiter: Delimiter) -> Vec<Item> {
    split::articles_by(input, delimiter)
        .map(|(o, a)| {
            if a.len() > max {
                Err((o as u64, a.len() as u64))
            } else {
                Ok((o as u64, a.to_vec()))
            }
        })
        .collect()
}

/// Text with form-feed lines, CRs and bare form feeds, so delimiters are
/// common and their edge cases reachable.
fn framed_text() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop::sample::select(vec![
        &b"Story text. "[..],
        b"\n",
        b"\r\n",
        b"\r",
        b"\x0c",
        b"\x0c\n",
        b"\n\x0c\n",
        b"\n\x0c\r\n",
        b"x",
        b"\xff",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Text cut by a multi-byte delimiter line (`-=-`), with near misses.
fn dashed_text() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop::sample::select(vec![
        &b"Story text. "[..],
        b"\n",
        b"\r\n",
        b"\r",
        b"-",
        b"=",
        b"-=",
        b"-=-",
        b"\n-=-\n",
        b"\n-=-\r\n",
        b"\n-=--\n",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn any_input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![prop::collection::vec(any::<u8>(), 0..300), framed_text()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_chunking_gives_the_whole_buffer_framing(
        input in any_input(),
        cuts in prop::collection::vec(0usize..400, 0..40),
        max in prop_oneof![Just(1usize << 20), 1usize..64],
    ) {
        let got = streamed(&input, &cuts, max);
        prop_assert_eq!(&got, &whole(&input, max));
        let covered: u64 = got.iter().map(|i| match i { Ok((_, b)) => b.len() as u64, Err((_, l)) => *l }).sum();
        prop_assert_eq!(covered, input.len() as u64);
    }

    #[test]
    fn one_byte_chunks_give_the_whole_buffer_framing(input in framed_text()) {
        let cuts: Vec<usize> = (1..input.len()).collect();
        prop_assert_eq!(streamed(&input, &cuts, 1 << 20), whole(&input, 1 << 20));
    }

    #[test]
    fn any_chunking_gives_the_whole_buffer_framing_with_another_delimiter(
        input in dashed_text(),
        cuts in prop::collection::vec(0usize..400, 0..40),
        max in prop_oneof![Just(1usize << 20), 1usize..64],
    ) {
        let rule = Delimiter::new(b"-=-").unwrap();
        prop_assert_eq!(streamed_by(&input, &cuts, max, rule), whole_by(&input, max, rule));
        let one_byte: Vec<usize> = (1..input.len()).collect();
        prop_assert_eq!(streamed_by(&input, &one_byte, max, rule), whole_by(&input, max, rule));
    }

    #[test]
    fn streamed_articles_parse_like_the_whole_buffer(input in framed_text(), cuts in prop::collection::vec(0usize..400, 0..10)) {
        for item in streamed(&input, &cuts, 1 << 20) {
            let (offset, bytes) = item.unwrap();
            let from_whole = &input[offset as usize..offset as usize + bytes.len()];
            let (a, b) = (newsprint::parse(&bytes), newsprint::parse(from_whole));
            prop_assert_eq!(a.blocks(), b.blocks());
            prop_assert_eq!(a.sentences(), b.sentences());
        }
    }
}

#[test]
fn reader_over_io_read_streams_in_small_reads() {
    let input = b"One story.\n\x0c\nTwo stories.\n\x0c\nThree.\n".repeat(50);
    let reader = newsprint::stream::ArticleReader::with_feeder(&input[..], Feeder::new(), 7);
    let offsets: Vec<u64> = reader.map(|a| a.unwrap().offset).collect();
    let expected: Vec<u64> = split::articles(&input).map(|(o, _)| o as u64).collect();
    assert_eq!(offsets, expected);
}
