//! Differential: framing a stream fed in random chunks (down to one byte),
//! with a random size limit and delimiter, gives exactly the articles and
//! errors of framing the whole buffer at once, and they tile the input.
#![no_main]

use bytes::Bytes;
use libfuzzer_sys::fuzz_target;
use newsprint::split::{articles_by, Delimiter};
use newsprint::stream::{Feeder, Status};
use newsprint::Error;

/// `Ok((offset, len))` for an article, `Err((offset, len))` for one skipped.
type Item = Result<(u64, u64), (u64, u64)>;

fuzz_target!(|data: &[u8]| {
    let [seed0, seed1, limit, rule, input @ ..] = data else {
        return;
    };
    let delimiter = match rule % 3 {
        0 => Delimiter::FORM_FEED,
        1 => Delimiter::new(b"--").unwrap(),
        _ => Delimiter::new(b"\x0c\x0c").unwrap(),
    };
    let max = if *limit == 0 {
        usize::MAX
    } else {
        *limit as usize
    };

    let mut want: Vec<Item> = Vec::new();
    for (offset, article) in articles_by(input, delimiter) {
        let item = (offset as u64, article.len() as u64);
        want.push(if article.len() > max {
            Err(item)
        } else {
            Ok(item)
        });
    }

    let mut feeder = Feeder::with_max_article(max).delimiter(delimiter);
    let mut got: Vec<Item> = Vec::new();
    let mut state = u16::from_le_bytes([*seed0, *seed1]) as u32 | 1;
    let mut pos = 0;
    loop {
        match feeder.next_article() {
            Ok(Status::Ready(a)) => {
                let (o, n) = (a.offset as usize, a.bytes.len());
                assert_eq!(&a.bytes[..], &input[o..o + n]);
                got.push(Ok((a.offset, n as u64)));
            }
            Err(Error::ArticleTooLarge { offset, len, .. }) => got.push(Err((offset, len))),
            Err(e) => panic!("unexpected error {e}"),
            Ok(Status::Done) => break,
            Ok(Status::NeedMore) if pos < input.len() => {
                // xorshift: chunk sizes 1..=64, often 1.
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                let step = if state % 4 == 0 {
                    1
                } else {
                    1 + (state >> 8) as usize % 64
                };
                let end = (pos + step).min(input.len());
                feeder.push(Bytes::copy_from_slice(&input[pos..end]));
                pos = end;
            }
            Ok(Status::NeedMore) => feeder.finish(),
        }
    }
    assert_eq!(got, want);
    let total: u64 = got
        .iter()
        .map(|i| match i {
            Ok((_, n)) | Err((_, n)) => *n,
        })
        .sum();
    assert_eq!(total, input.len() as u64);
});
