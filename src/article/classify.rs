//! Block classification: which block is the title, a byline, a date line, a
//! caption, a credit, boilerplate, a duplicate, or body.
//!
//! First the headline is chosen among the leading blocks (sites print their
//! name, section labels and breadcrumbs above it). Then one walk over the
//! blocks, in two phases. In the *header* phase (until the first body block,
//! or a live blog's first entry stamp) header lines are looked for: date lines, bylines, mastheads, the title,
//! publisher lines, a subtitle, key points. In the *body* phase, credits,
//! photo credits, captions, subheads, stray date lines and furniture sections
//! are recognised. Then a walk back from the end marks trailing furniture
//! (pitches, contact lines, notes about the piece) and credits a closing
//! author bio; pull quotes repeating a nearby paragraph become duplicates;
//! and the first body block is read for a wire dateline.
//!
//! No rule is written for a particular site: rules are shapes of lines and
//! closed lexicons of layout words (which include common outlet and agency
//! names). Rules look at tokens, not bytes, except the few readers in
//! `header` and `dateline` and the print-furniture shapes here, which run
//! on one short block.

use crate::lexicon::WordSet;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::cell::OnceCell;

use super::blocks::RawBlock;
use super::header::{self, is_capitalised};
use super::{Article, BlockKind, DateField, Dateline, Options};
use crate::date;
use crate::lexicon::{self, contains, contains_ignore_case, starts_with_ignore_case};
use crate::sentences::{is_blank, is_closer, is_terminal};
use crate::span::{to_u32, Span};
use crate::token::{Token, TokenKind};

/// What the classifier needs to know of a block, from one look at its tokens.
#[derive(Clone, Copy, Debug, Default)]
struct Features {
    /// Word and number tokens.
    words: u32,
    /// Quote-mark tokens.
    quotes: u32,
    /// Sentences in the block.
    sentences: u32,
    /// Ends with `.` (or an ellipsis), after closing quotes/brackets.
    ends_with_period: bool,
    /// Ends with any terminal mark.
    ends_terminal: bool,
    /// Ends with `:`, `;`, `,` or a dash: the text goes on in the next block.
    ends_open: bool,
    /// For duplicate detection: non-blank token count, their total length,
    /// and a hash of their bytes.
    fingerprint: (u32, u32, u64),
    /// `rights reserved`.
    rights_reserved: bool,
    /// `contributed to`, `contributed reporting`, `editing by`, `reported
    /// from`: phrases of contributor credits.
    credit_phrase: bool,
    /// `reported from` (a credit only in a short block).
    reported_from: bool,
    /// A caption position: `, left,`, `(from left)`, `left to right`.
    position: bool,
    /// A photo label: `Photograph: Jane Doe/AP`, `Photo: …`.
    photo_label: bool,
    /// A reporting verb (`said`, `says`, `told`): story text, not furniture.
    said: bool,
    /// Number tokens.
    numbers: u32,
    /// `|`, `·`, `•` separators between words (navigation bars).
    bars: u32,
    /// `subscribe`, `newsletter`, `journalism`: words of subscription pitches.
    pitch_word: bool,
}

/// A reporting verb (`said`, `says`, `told`, `asked`, …) that marks a block
/// as story text, matched by length first: this runs on every word.
fn is_said(w: &[u8]) -> bool {
    match w.len() {
        4 => is(w, "said") || is(w, "says") || is(w, "told"),
        5 => is(w, "added") || is(w, "asked") || is(w, "wrote"),
        7 => is(w, "replied"),
        9 => is(w, "explained"),
        _ => false,
    }
}

/// Words of subscription and newsletter pitches.
const PITCH_WORDS: &WordSet = &WordSet::new(&[
    "inbox",
    "journalism",
    "newsletter",
    "newsletters",
    "subscribe",
    "subscribing",
    "subscription",
    "subscriptions",
    "unsubscribe",
]);

/// Words that label a photo credit when a colon follows: `Photograph:`.
const PHOTO_LABELS: &WordSet = &WordSet::new(&[
    "credit",
    "illustration",
    "image",
    "photo",
    "photograph",
    "photographs",
    "photos",
    "picture",
    "pictures",
]);

/// Words that give a person's place in a photo: `X, left, and Y`.
const POSITION_WORDS: &WordSet = &WordSet::new(&[
    "back",
    "background",
    "bottom",
    "center",
    "centre",
    "foreground",
    "front",
    "left",
    "middle",
    "right",
    "top",
]);

fn is(w: &[u8], word: &str) -> bool {
    w.eq_ignore_ascii_case(word.as_bytes())
}

/// Mix a token's bytes into a block fingerprint eight at a time (a match is
/// confirmed by comparing the texts, so the hash only has to spread).
fn mix(h: u64, bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let step = |h: u64, word: u64| (h ^ word).wrapping_mul(K).rotate_left(29);
    let mut chunks = bytes.chunks_exact(8);
    let mut h = h;
    for c in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(c);
        h = step(h, u64::from_le_bytes(word));
    }
    let tail = chunks
        .remainder()
        .iter()
        .rev()
        .fold(0u64, |w, &b| (w << 8) | u64::from(b));
    step(h, tail ^ ((bytes.len() as u64) << 56))
}

fn features(input: &[u8], toks: &[Token]) -> Features {
    let mut f = Features::default();
    let mut n = 0u32;
    let mut len = 0u32;
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    // Where the last photo label (`Photograph:`, `REUTERS/`) stood.
    let mut label_at: Option<u32> = None;
    // The word before the last comma is capitalised (`Tillerson,`).
    let mut before_comma_capitalised = false;
    // The last two non-blank tokens, to read short phrases in this one pass.
    let mut prev: [Option<Token>; 2] = [None, None];
    let word = |t: Option<Token>| {
        t.filter(|t| t.kind == TokenKind::Word)
            .map_or(&b""[..], |t| t.bytes(input))
    };
    let punct = |t: Option<Token>, p: &[u8]| {
        t.is_some_and(|t| t.kind == TokenKind::Punct && t.bytes(input) == p)
    };
    for &t in toks {
        if is_blank(t) {
            continue;
        }
        n += 1;
        len = len.wrapping_add(t.span.len() as u32);
        let b = t.bytes(input);
        hash = mix(hash, b);
        match t.kind {
            TokenKind::Word => {
                f.words += 1;
                f.said |= is_said(b);
                // Pitch words start with i, j, n, s or u: test that first.
                f.pitch_word |= (5..=13).contains(&b.len())
                    && matches!(b[0] | 0x20, b'i' | b'j' | b'n' | b's' | b'u')
                    && contains(PITCH_WORDS, b);
                let p = word(prev[1]);
                // Cue words are 2–9 letters and start with one of these.
                let cue = b.len() <= 9 && matches!(b[0] | 0x20, b'b' | b'f' | b'r' | b't');
                if cue && !p.is_empty() {
                    f.rights_reserved |= is(b, "reserved") && is(p, "rights");
                    f.credit_phrase |= is(b, "reporting") && is(p, "contributed");
                    f.credit_phrase |=
                        is(b, "this") && is(p, "to") && is(word(prev[0]), "contributed");
                    f.credit_phrase |= is(b, "by") && is(p, "editing");
                    f.reported_from |= is(b, "from") && is(p, "reported");
                }
            }
            TokenKind::Number => {
                f.words += 1;
                f.numbers += 1;
            }
            TokenKind::OpenQuote | TokenKind::CloseQuote => f.quotes += 1,
            TokenKind::Punct if b == b"," || b == b")" => {
                // `X, left, and Y`; `(from left)`, `(left)`, `from left, X, Y`
                let p = word(prev[1]);
                // `Tillerson, left,`: the position follows a name.
                f.position |= b == b","
                    && punct(prev[0], b",")
                    && contains(POSITION_WORDS, p)
                    && before_comma_capitalised;
                f.position |= (is(p, "left") || is(p, "right"))
                    && (is(word(prev[0]), "from") || is(word(prev[0]), "second"));
                // `Kwame Boateng (middle) cuts the tape`
                f.position |= b == b")" && punct(prev[0], b"(") && contains(POSITION_WORDS, p);
                if b == b"," && !punct(prev[0], b",") {
                    before_comma_capitalised = prev[1].is_some_and(|t| {
                        t.kind == TokenKind::Word && is_capitalised(t.bytes(input))
                    });
                }
            }
            TokenKind::Punct if matches!(b, b"|" | [0xC2, 0xB7] | [0xE2, 0x80, 0xA2]) => {
                f.bars += 1;
                // `… on Monday. PHOTO | FILE`
                if b == b"|" && contains(PHOTO_LABELS, word(prev[1])) {
                    label_at = Some(n);
                }
            }
            TokenKind::Punct if b == b":" && contains(PHOTO_LABELS, word(prev[1])) => {
                // `Image Credit:` counts as one label.
                let two = contains(PHOTO_LABELS, word(prev[0]));
                label_at = Some(n - u32::from(two));
            }
            TokenKind::Punct if b == b"/" => {
                // `REUTERS/Rita Marques`, `AP Photo/Jane Doe`
                let p = word(prev[1]);
                let shouted = p.len() >= 2 && p.iter().all(u8::is_ascii_uppercase);
                if contains(lexicon::PHOTO_CREDIT_WORDS, p) && (shouted || is(p, "photo")) {
                    label_at = Some(n);
                }
            }

            _ => {}
        }
        prev = [prev[1], Some(t)];
    }
    let mut k = toks.len();
    while k > 0 && (is_blank(toks[k - 1]) || is_closer(input, toks[k - 1])) {
        k -= 1;
    }
    if k > 0 {
        let last = toks[k - 1];
        f.ends_open = last.kind == TokenKind::Dash
            || (last.kind == TokenKind::Punct && matches!(last.bytes(input), b":" | b";" | b","));
        if is_terminal(input, last) {
            f.ends_terminal = true;
            let b = last.bytes(input);
            // `U.S.` at the end is an initialism, not a full stop.
            f.ends_with_period = last.kind == TokenKind::Ellipsis || b == b".";
        }
    }
    // `… at a Dubai Metro station. File photo`: a capitalised label that
    // ends the block (not `… released an old file photo.`).
    let mut last_words = toks[..k].iter().rev().filter(|t| t.kind == TokenKind::Word);
    if let (Some(b), Some(a)) = (last_words.next(), last_words.next()) {
        let ends_block = k > 0 && toks[k - 1].span == b.span;
        if ends_block && a.bytes(input) == b"File" && contains(PHOTO_LABELS, b.bytes(input)) {
            label_at = Some(n);
        }
    }
    f.fingerprint = (n, len, hash);
    // A photo label opens the block or credits at its end, never mid-text
    // (`The bigger picture: why…`, `An AP/NORC poll`).
    f.photo_label = label_at.is_some_and(|at| at <= 2 || (n - at <= 6 && at * 2 > n));
    f
}

/// Two blocks have the same text, white space aside.
fn same_text(input: &[u8], a: &[Token], b: &[Token]) -> bool {
    let mut ia = a.iter().filter(|t| !is_blank(**t));
    let mut ib = b.iter().filter(|t| !is_blank(**t));
    loop {
        match (ia.next(), ib.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.bytes(input) == y.bytes(input) => {}
            _ => return false,
        }
    }
}

struct Ctx<'x, 'a> {
    input: &'a [u8],
    tokens: &'x [Token],
    raw: &'x [RawBlock],
    feats: Vec<Features>,
    readings: Vec<Readings>,
}

/// What the header grammars make of one block, read when first asked: the
/// headline pick, the header rules, the boilerplate rules and the rule for
/// the line above all ask about the same short lines.
#[derive(Default)]
struct Readings {
    date_line: OnceCell<Option<header::DateLine>>,
    byline: OnceCell<Option<header::Byline>>,
    bare_author_line: OnceCell<Option<header::Byline>>,
}

impl<'a> Ctx<'_, 'a> {
    fn text(&self, i: usize) -> &'a [u8] {
        self.raw[i].span.slice(self.input)
    }

    /// Block `i` read as a date line ([`header::date_line`]).
    fn date_line(&self, i: usize) -> Option<&header::DateLine> {
        self.readings[i]
            .date_line
            .get_or_init(|| header::date_line(self.text(i)))
            .as_ref()
    }

    /// Block `i` read as a byline ([`header::byline`]).
    fn byline(&self, i: usize) -> Option<&header::Byline> {
        self.readings[i]
            .byline
            .get_or_init(|| header::byline(self.text(i)))
            .as_ref()
    }

    /// Block `i` read as names alone ([`header::bare_author_line`]).
    fn bare_author_line(&self, i: usize) -> Option<&header::Byline> {
        self.readings[i]
            .bare_author_line
            .get_or_init(|| header::bare_author_line(self.text(i)))
            .as_ref()
    }

    fn toks(&self, i: usize) -> &[Token] {
        let (s, e) = self.raw[i].tokens;
        &self.tokens[s as usize..e as usize]
    }

    /// Span of a byte range relative to block `i`.
    fn sub(&self, i: usize, r: core::ops::Range<usize>) -> Span {
        let base = self.raw[i].span.start;
        Span::new(base + to_u32(r.start), base + to_u32(r.end))
    }

    /// An earlier block with the same text, looked up in `seen` (first block
    /// of each fingerprint); records `i` there when it is new.
    fn duplicate_of(&self, i: usize, seen: &mut BTreeMap<(u32, u32, u64), usize>) -> Option<usize> {
        let f = self.feats[i];
        if f.words <= 2 {
            return None; // `Yes.` twice in an interview is not a repeat
        }
        match seen.get(&f.fingerprint) {
            Some(&j) if same_text(self.input, self.toks(i), self.toks(j)) => Some(j),
            Some(_) => None,
            None => {
                seen.insert(f.fingerprint, i);
                None
            }
        }
    }

    /// The block after `i` is a header line (date line, byline, a repeat of
    /// `i`, a publisher line).
    fn next_is_header(&self, i: usize) -> bool {
        let j = i + 1;
        if j >= self.raw.len() {
            return false;
        }
        let t = self.text(j);
        self.date_line(j).is_some()
            || self.byline(j).is_some()
            || (self.feats[j].fingerprint == self.feats[i].fingerprint
                && same_text(self.input, self.toks(i), self.toks(j)))
            || header::publisher_line(t, false)
            || self.bare_author_line(j).is_some_and(|b| {
                // (A name alone needs a date or a job under it; `Elin Haf
                // Roberts Community Reporter` carries its own.)
                b.role
                    || (j + 1 < self.raw.len()
                        && (self.date_line(j + 1).is_some()
                            || header::role_line(self.text(j + 1)).is_some()))
            })
    }
}

/// Classify every block, filling the header, dateline and credits of `a`.
pub(super) fn classify(
    a: &mut Article<'_>,
    raw: &[RawBlock],
    sentences: &[(u32, u32)],
    options: &Options,
) -> Vec<BlockKind> {
    let input = a.input;
    let tokens = core::mem::take(&mut a.tokens);
    let cx = Ctx {
        input,
        tokens: &tokens,
        raw,
        feats: raw
            .iter()
            .zip(sentences)
            .map(|(b, s)| Features {
                sentences: s.1 - s.0,
                ..features(input, &tokens[b.tokens.0 as usize..b.tokens.1 as usize])
            })
            .collect(),
        readings: raw.iter().map(|_| Readings::default()).collect(),
    };
    let n = raw.len();
    let mut kinds = alloc::vec![BlockKind::Body; n];
    let mut in_header = true;
    let mut updated_date = false;
    let mut in_furniture = false;
    // Under a `Media contact:` label, before the story: the contact's lines.
    let mut in_contact = false;
    let headline = pick_headline(&cx);
    let mut seen = BTreeMap::new();
    let repeated = repeated_labels(&cx);
    // Words from each block to the end: furniture sections are short.
    let mut words_after = alloc::vec![0u32; n + 1];
    for i in (0..n).rev() {
        words_after[i] = words_after[i + 1] + cx.feats[i].words;
    }
    for i in 0..n {
        let kind = if !in_header
            && n - i <= 12
            && words_after[i + 1] <= 200
            && !cx
                .feats
                .get(i + 1)
                .is_some_and(|next| next.said && next.ends_terminal)
            && is_section_start(&cx, i)
        {
            in_furniture = true;
            BlockKind::Boilerplate
        } else if is_print_furniture(cx.text(i)) {
            // The running header repeats on every printed page.
            match cx.duplicate_of(i, &mut seen) {
                Some(_) => BlockKind::Duplicate,
                None => BlockKind::Boilerplate,
            }
        } else if repeated.contains(&cx.feats[i].fingerprint) && is_short_label(&cx, i) {
            // `Article content` between every few paragraphs.
            BlockKind::Boilerplate
        } else if (is_boilerplate(&cx, i)
            && !is_photo_credit_line(&cx, i)
            && header::provided_by(cx.text(i)).is_none())
            || (in_header && in_contact && is_contact_line(&cx, i))
        {
            // (A live blog's first entry stamp read as furniture still
            // ends the header: `7.05pm`, then the entry's headline.)
            if in_header && a.header.title.is_some() && header::time_stamp_line(cx.text(i)) {
                in_header = false;
            }
            BlockKind::Boilerplate
        } else if cx.duplicate_of(i, &mut seen).is_some() {
            BlockKind::Duplicate
        } else if in_header && a.header.title.is_some() && header::time_stamp_line(cx.text(i)) {
            // A live blog's first entry stamp: the story begins.
            in_header = false;
            BlockKind::Date
        } else if in_header && a.header.title.is_some() && header::named_time_stamp_line(cx.text(i))
        {
            // (`Lachlan Price 9.45pm`: the first entry's writer and time,
            // a heading as every later entry's is.)
            in_header = false;
            BlockKind::Heading
        } else if in_header {
            let prev = i.checked_sub(1).map(|p| kinds[p]);
            let k = header_kind(&cx, a, i, prev, headline, &mut updated_date);
            if k == BlockKind::Body && headline.is_some_and(|h| i < h) {
                // Above the headline, past the furniture the header rules
                // know (a newsletter's greeting): not the story yet.
                BlockKind::Boilerplate
            } else {
                in_header = k != BlockKind::Body;
                k
            }
        } else {
            match body_kind(&cx, a, i, &mut updated_date) {
                // (A linked headline with a scene verb reads as a caption.)
                BlockKind::Body | BlockKind::Heading | BlockKind::Caption if in_furniture => {
                    BlockKind::Boilerplate
                }
                BlockKind::Credit
                    if i > 0 && kinds[i - 1] == BlockKind::Body && is_photo_credit_line(&cx, i) =>
                {
                    // `Photo: Jane Doe` under a one-sentence block: that block
                    // was the caption.
                    let p = cx.feats[i - 1];
                    if p.sentences <= 2 && p.quotes == 0 && !p.said {
                        kinds[i - 1] = BlockKind::Caption;
                    }
                    BlockKind::Credit
                }
                k => k,
            }
        };
        in_contact = kind == BlockKind::Boilerplate && (in_contact || is_contact_label(cx.text(i)));
        kinds[i] = kind;
    }
    mark_fact_boxes(&cx, &mut kinds);
    mark_embedded_posts(&cx, &mut kinds);
    mark_link_boxes(&cx, &mut kinds);
    mark_trailing_boilerplate(&cx, a, &mut kinds);
    for i in 0..n {
        if kinds[i] == BlockKind::Body && is_pull_quote(&cx, &kinds, i) {
            kinds[i] = BlockKind::Duplicate;
        }
    }

    if let Some(first) = kinds.iter().position(|&k| k == BlockKind::Body) {
        if let Some(d) = super::dateline::dateline(cx.text(first)) {
            let year = a
                .header
                .published
                .and_then(|p| p.date.year)
                .or(options.reference_date.and_then(|d| d.year));
            a.dateline = Some(Dateline {
                span: cx.sub(first, 0..d.end),
                place: cx.sub(first, d.place.clone()),
                agency: d.agency.map(|r| cx.sub(first, r)),
                date: d.date.clone().map(|(mut date, r)| {
                    // `Dec. 31` in an article of 2 January is last year's.
                    let published_month = a.header.published.map(|p| p.date.month);
                    date.year = date.year.or(year.map(|y| match published_month {
                        Some(m) if date.month > m => y.saturating_sub(1),
                        _ => y,
                    }));
                    DateField {
                        date,
                        span: cx.sub(first, r),
                    }
                }),
            });
            // A press-release dateline may be the only full date there is;
            // only a year written in the dateline counts.
            if a.header.published.is_none() {
                if let Some((date, r)) = d.date.filter(|(d, _)| d.year.is_some() && d.day.is_some())
                {
                    a.header.published = Some(DateField {
                        date,
                        span: cx.sub(first, r),
                    });
                }
            }
            if cx.text(first)[d.end..].iter().all(u8::is_ascii_whitespace) {
                // The dateline stands alone on its line.
                kinds[first] = BlockKind::Dateline;
            }
        }
    }
    drop(cx);
    a.tokens = tokens;
    kinds
}

/// Which block is the headline. Sites print their name, a section label, a
/// breadcrumb or a "view in browser" line above it, so the headline is the
/// first title-like block of four or more words that is not an
/// organisation's name, among the blocks before the first story paragraph;
/// failing that, the first title-like block there (`Japan-US ties`).
fn pick_headline(cx: &Ctx) -> Option<usize> {
    if headline_with_full_stop(cx) {
        return Some(0);
    }
    let mut first = None;
    for i in 0..cx.raw.len().min(16) {
        let f = cx.feats[i];
        let text = cx.text(i);
        if f.ends_with_period && (f.words >= 12 || (f.words >= 6 && first.is_some())) {
            break; // the story (or the deck under the headline) has begun
        }
        if first.is_some() && is_page_top_furniture(cx, i) {
            // `Coalition for Children on the Move` / `PRESS RELEASE` /
            // headline: what stood above the furniture was the sender.
            first = None;
            continue;
        }
        if !headline_candidate(cx, i) {
            continue;
        }
        let named = header::publisher_line(text, true);
        let sentence_case = f.words >= 2
            && cx
                .toks(i)
                .first()
                .is_some_and(|t| is_capitalised(t.bytes(cx.input)));
        if first.is_none() && f.words < 4 && !named && sentence_case {
            return Some(i); // a short headline in sentence case: `Rates on hold`
        }
        first.get_or_insert(i);
        let outlet = header::publisher_line(text, false)
            && (f.words <= 4 || header::is_all_caps(cx.text(i)));
        if f.words >= 4 && !outlet {
            return Some(later_headline(cx, i).unwrap_or(i));
        }
    }
    // Only a short line or an outlet's name was found: a headline of four
    // words or more right above a `By` line is the better reading (a
    // newsletter's name, its greeting, then the story).
    let above_byline = (0..cx.raw.len().min(16).saturating_sub(1)).find(|&i| {
        cx.feats[i].words >= 4
            && !cx.feats[i].ends_with_period
            && cx.byline(i + 1).is_some()
            && headline_candidate(cx, i)
    });
    above_byline.or(first)
}

/// A blog's headline may end in a full stop (`The city told us to unplug
/// our fridge. Here's what happened next.`): the first line is still the
/// headline when it is short, and a date line or byline follows within a
/// few short lines with no full stop (the deck, the author's name).
fn headline_with_full_stop(cx: &Ctx) -> bool {
    let Some(&f) = cx.feats.first() else {
        return false;
    };
    let text = cx.text(0);
    if !(f.ends_with_period
        && (4..=25).contains(&f.words)
        && f.sentences <= 2
        && f.quotes == 0
        && !text.contains(&b'\n'))
    {
        return false;
    }
    for k in 1..cx.raw.len().min(9) {
        if cx.date_line(k).is_some() || cx.byline(k).is_some() {
            return true;
        }
        let g = cx.feats[k];
        if g.ends_with_period || g.words > 30 || g.sentences > 1 {
            return false;
        }
    }
    false
}

/// A masthead's tagline or an outlet's name can read like a headline
/// (`Global perspective Human stories`, `The Moray & Nairn Record`). When a
/// section label (a short line) or page-top furniture stands between the
/// line found, `i`, and a later title-like line with its byline or date
/// line right under it (or under its deck), that later line is the
/// headline, unless `i` has its own byline or date line right under it and
/// no furniture follows.
fn later_headline(cx: &Ctx, i: usize) -> Option<usize> {
    let n = cx.raw.len().min(16);
    let header_line = |k: usize| k < n && (cx.date_line(k).is_some() || cx.byline(k).is_some());
    // A byline, a date line or a release's dateline paragraph under `k`, or
    // under the deck below `k`.
    let opens =
        |k: usize| header_line(k) || (k < n && super::dateline::dateline(cx.text(k)).is_some());
    let anchored = |k: usize| {
        opens(k + 1)
            || (k + 1 < n && is_title_like(cx.feats[k + 1], cx.text(k + 1)) && opens(k + 2))
    };
    let own = anchored(i);
    let (mut label, mut furniture) = (false, false);
    for j in i + 1..n.min(i + 9) {
        let f = cx.feats[j];
        if f.ends_with_period || header_line(j) {
            return None; // the story or the header lines have begun
        }
        if is_page_top_furniture(cx, j) {
            furniture = true;
            continue;
        }
        if f.words < 4 {
            label |= f.words > 0 && !f.ends_terminal;
            continue;
        }
        if (furniture || (label && !own)) && headline_candidate(cx, j) && anchored(j) {
            return Some(j);
        }
    }
    None
}

/// A press release's `Media contact:` heading, alone on its line.
fn is_contact_label(text: &[u8]) -> bool {
    const LABELS: [&[u8]; 8] = [
        b"contact",
        b"contacts",
        b"media contact",
        b"media contacts",
        b"media inquiries",
        b"media enquiries",
        b"press contact",
        b"press contacts",
    ];
    let text = trim_end_marks(text.trim_ascii());
    LABELS.iter().any(|l| text.eq_ignore_ascii_case(l))
}

/// A line of a contact's details under [`is_contact_label`]: an e-mail
/// address, a telephone number, or a name with its job (`Leah Thibodeau,
/// Director of Communications`), short and with no full stop.
fn is_contact_line(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    let text = cx.text(i).trim_ascii();
    if f.words == 0 || f.words > 12 || f.ends_with_period || f.said {
        return false;
    }
    let email = text.contains(&b'@');
    let phone = text.iter().filter(|b| b.is_ascii_digit()).count() >= 7;
    let name = f.numbers == 0
        && f.words <= 8
        && (f.words <= 4 || text.contains(&b','))
        && text
            .split(|&b| matches!(b, b' ' | b','))
            .filter(|w| !w.is_empty())
            .all(|w| is_capitalised(w) || contains(lexicon::NAME_FUNCTION_WORDS, w));
    email || phone || name
}

/// Whether block `i` may be the headline by its own shape and words.
fn headline_candidate(cx: &Ctx, i: usize) -> bool {
    let text = cx.text(i);
    is_title_like(cx.feats[i], text)
        && !is_address_or_tagline(text)
        && !is_release_sender(cx, i)
        && !contains(lexicon::KICKERS, trim_end_marks(text))
        && !has_photo_cue(cx, i)
        && !is_boilerplate(cx, i)
        && !is_header_line(cx, i)
        && !header::sender_line(text)
}

/// Block `i` is a place the gazetteer knows and nothing else (`Hobart`,
/// `Hobart, Tasmania`): a writer's base under the byline. (Not in
/// capitals: `ANKARA` alone over the story is its dateline.)
fn is_place_line(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    let text = cx.text(i).trim_ascii();
    let town = text
        .split(|&b| b == b',')
        .next()
        .unwrap_or(text)
        .trim_ascii();
    (1..=4).contains(&f.words)
        && f.numbers == 0
        && !header::is_all_caps(text)
        && text
            .split(|&b| b == b' ')
            .all(|w| is_capitalised(w.strip_suffix(b",").unwrap_or(w)))
        && header::is_known_place_name(town)
}

/// Block `i` is one to three capitalised words that do not open with a
/// given name we know (`Ponta Delgada`, `Horta`, `Cymru Heddiw English`):
/// under a writer's name and over the date line, where the writer files
/// from or the outlet.
fn is_unknown_name_line(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    let text = cx.text(i).trim_ascii();
    (1..=3).contains(&f.words)
        && f.numbers == 0
        && !header::is_all_caps(text)
        && text.split(|&c| c == b' ').all(is_capitalised)
        && !header::opens_with_given_name(text)
}

/// A date line, byline, masthead or provided-by line, or an author line
/// that names a job, an outlet or a date: never the headline.
fn is_header_line(cx: &Ctx, i: usize) -> bool {
    let text = cx.text(i);
    cx.date_line(i).is_some()
        || header::masthead_line(text).is_some()
        || cx.byline(i).is_some()
        || header::provided_by(text).is_some()
        || cx
            .bare_author_line(i)
            .is_some_and(|b| b.role || b.date.is_some() || b.publisher.is_some())
}

/// Furniture printed at the top of a page, above a headline: a navigation
/// bar, a breadcrumb, a section label, `PRESS RELEASE`, `Skip to main
/// content`, a `View this email` line.
fn is_page_top_furniture(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    let text = trim_end_marks(cx.text(i));
    f.words > 0
        && f.words <= 8
        && (contains(lexicon::KICKERS, text)
            || contains(lexicon::BOILERPLATE_WHOLE, text)
            || (is_boilerplate(cx, i)
                && (f.bars >= 2
                    || lexicon::starts_with_any(text, lexicon::BOILERPLATE_PREFIXES)
                    || lexicon::starts_with_any(text, lexicon::LINK_LABELS))))
}

/// A web address (`cambrian-coast-news.co.uk/amp`) or a masthead's tagline
/// (`The independent student newspaper of X since 1921`): never the
/// headline.
fn is_address_or_tagline(text: &[u8]) -> bool {
    let text = text.trim_ascii();
    let address = !text.contains(&b' ')
        && text.contains(&b'.')
        && text
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'/' | b':' | b'_'));
    let since_year = text.len() > 11 && {
        let (head, year) = text.split_at(text.len() - 4);
        year.iter().all(u8::is_ascii_digit) && head.ends_with(b" since ")
    };
    // A newsletter's sender line: `From the newsroom of X`.
    let sender = [
        "from the newsroom of ",
        "from the newsroom at ",
        "a newsletter from ",
    ]
    .iter()
    .any(|p| starts_with_ignore_case(text, p));
    address
        || sender
        || is_outlet_slogan(text)
        || (since_year
            && (contains_ignore_case(text, "newspaper")
                || contains_ignore_case(text, "news source")))
}

/// An outlet's slogan under its masthead: a short noun phrase led by a
/// possessive or `Your`, ending in what the outlet is (`Belize's independent
/// news source`, `Your Community Station`).
fn is_outlet_slogan(text: &[u8]) -> bool {
    const OUTLET_NOUNS: [&str; 10] = [
        "channel",
        "daily",
        "network",
        "newspaper",
        "paper",
        "radio",
        "source",
        "station",
        "voice",
        "weekly",
    ];
    // (`Hong Kong's Apple Daily` is a headline: a slogan praises.)
    const SLOGAN_WORDS: [&str; 8] = [
        "community",
        "favorite",
        "favourite",
        "home",
        "independent",
        "leading",
        "number",
        "trusted",
    ];
    let text = trim_end_marks(text);
    let words = || text.split(|&b| b == b' ').filter(|w| !w.is_empty());
    let your = words()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(b"your"));
    let praise = words().any(|w| {
        SLOGAN_WORDS
            .iter()
            .any(|s| w.eq_ignore_ascii_case(s.as_bytes()))
    });
    (3..=6).contains(&words().count())
        && (your || (words().take(2).any(crate::text::ends_in_possessive_s) && praise))
        && words().next_back().is_some_and(|w| {
            OUTLET_NOUNS
                .iter()
                .any(|n| w.eq_ignore_ascii_case(n.as_bytes()))
        })
}

/// A label over a standfirst: `Synopsis`, `Summary`, `In brief`.
fn is_standfirst_label(text: &[u8]) -> bool {
    let text = trim_end_marks(text.trim_ascii());
    [
        &b"synopsis"[..],
        b"summary",
        b"in brief",
        b"at a glance",
        b"story highlights",
        b"highlights",
        b"in short",
    ]
    .iter()
    .any(|l| text.eq_ignore_ascii_case(l))
}

/// A name between a `PRESS RELEASE` label and a date line (`Coalition for
/// Children on the Move`): the organisation sending the release, not its
/// headline (which a title-case headline right under the label, with no
/// date line after it, is). Capitalised words and the function words of
/// names only, no digits.
fn is_release_sender(cx: &Ctx, i: usize) -> bool {
    const LABELS: [&[u8]; 5] = [
        b"press release",
        b"media release",
        b"news release",
        b"for immediate release",
        b"media statement",
    ];
    let Some(label) = i
        .checked_sub(1)
        .map(|p| trim_end_marks(cx.text(p).trim_ascii()))
    else {
        return false;
    };
    if !LABELS.iter().any(|l| label.eq_ignore_ascii_case(l)) {
        return false;
    }
    let text = cx.text(i).trim_ascii();
    let f = cx.feats[i];
    (2..=8).contains(&f.words)
        && f.numbers == 0
        && next_is_date_line(cx, i)
        && !text.contains(&b'\n')
        && text
            .split(|&b| b == b' ')
            .filter(|w| !w.is_empty())
            .all(|w| header::is_capitalised(w) || contains(lexicon::NAME_FUNCTION_WORDS, w))
}

fn set_published(
    cx: &Ctx,
    a: &mut Article<'_>,
    i: usize,
    d: &header::DateLine,
    updated_date: &mut bool,
) {
    if let Some((date, r)) = d
        .date
        .as_ref()
        .filter(|(date, _)| !d.range && date.year.is_some())
    {
        let yearless =
            a.header.published.is_some_and(|p| p.date.year.is_none()) && date.year.is_some();
        let weaker = a.header.published.is_none() || (*updated_date && !d.updated) || yearless;
        if weaker {
            a.header.published = Some(DateField {
                date: *date,
                span: cx.sub(i, r.clone()),
            });
            *updated_date = d.updated;
        }
    }
    if a.header.reading_minutes.is_none() {
        a.header.reading_minutes = d.reading_minutes;
    }
}

fn header_kind(
    cx: &Ctx,
    a: &mut Article<'_>,
    i: usize,
    prev: Option<BlockKind>,
    headline: Option<usize>,
    updated: &mut bool,
) -> BlockKind {
    let text = cx.text(i);
    let f = cx.feats[i];

    if a.header.title.is_none()
        && (f.words <= 3 && contains(lexicon::KICKERS, text) || is_section_path(text))
    {
        return BlockKind::Boilerplate;
    }
    // `BENGALURU, July 14, 2025`, `London, March 3, 2025. Updated …`: a
    // place and a full date on their own line, the dateline.
    if a.dateline.is_none() {
        if let Some(d) = super::dateline::place_date_alone(text) {
            let date = d.date.map(|(date, r)| DateField {
                date,
                span: cx.sub(i, r),
            });
            a.dateline = Some(Dateline {
                span: cx.sub(i, 0..d.end),
                place: cx.sub(i, d.place),
                agency: None,
                date,
            });
            if a.header.published.is_none() {
                a.header.published = date;
            }
            return BlockKind::Dateline;
        }
    }
    if a.header.title.is_none() && a.header.publisher.is_none() {
        // `News | Daily Nation`: a section's name, then the outlet's.
        if let Some(outlet) = section_then_outlet(text) {
            a.header.publisher = Some(cx.sub(i, outlet));
            return BlockKind::Byline;
        }
    }
    // `Published in` / `The Curb Report`: a blog platform's line for the
    // publication, whose name stands on the next line.
    let published_in =
        |k: usize| trim_end_marks(cx.text(k).trim_ascii()).eq_ignore_ascii_case(b"published in");
    if published_in(i) && i + 1 < cx.raw.len() {
        let g = cx.feats[i + 1];
        if (1..=8).contains(&g.words) && !g.ends_terminal && cx.date_line(i + 1).is_none() {
            a.header.publisher.get_or_insert(cx.raw[i + 1].span);
            return BlockKind::Byline;
        }
    }
    if i > 0 && published_in(i - 1) && a.header.publisher == Some(cx.raw[i].span) {
        return BlockKind::Byline;
    }
    // `Merve Aydoğan | 08.03.2025`, `Noa Shefer-Ravid|Published: 03.12.25`:
    // a person's name before the date line (not an outlet's: `COLD CHAIN
    // WEEKLY | 12 February 2025`).
    // (Or a name we do not know as a given name, in title case, when the
    // outlet is already named above: `Teuira Marsters • Wednesday 10 June
    // 2026`.)
    let outlet_known = a.header.publisher.is_some();
    if a.header.title.is_some() && a.header.authors.is_empty() && f.numbers > 0 && f.words <= 12 {
        if let Some(b) = cx.bare_author_line(i).filter(|b| {
            b.date.is_some()
                && b.publisher.is_none()
                && b.authors.first().is_some_and(|r| {
                    let name = &text[r.clone()];
                    header::opens_with_given_name(name)
                        || (outlet_known
                            && b.authors.len() == 1
                            && cx.byline(i).is_none()
                            && !header::is_all_caps(name)
                            && name.split(|&c| c == b' ').count() <= 3
                            // (Not a label: `Avarua Harbour`, `Editorial
                            // Board`.)
                            && !header::is_known_place_name(name)
                            && name.split(|&c| c == b' ').all(|w| {
                                !header::is_known_place_name(w)
                                    && !contains(lexicon::ORG_WORDS, w)
                                    && !contains(crate::entities::ORG_HEADS, w)
                                    && !contains(crate::entities::PLACE_HEADS, w)
                            }))
                })
        }) {
            apply_byline(cx, a, i, b.clone(), updated);
            return BlockKind::Byline;
        }
    }
    if let Some(d) = cx.date_line(i) {
        set_published(cx, a, i, d, updated);
        return BlockKind::Date;
    }
    if is_photo_credit_line(cx, i) {
        // `Image Credit: X` under a picture: not a byline.
        add_credits(cx, a, i);
        return BlockKind::Credit;
    }
    // `NEWS PROVIDED BY` alone on its line: the next line names the
    // outlet, however much it looks like a person's name.
    let after_provided_by = (0..i)
        .rev()
        .find(|&j| cx.feats[j].words > 0)
        .is_some_and(|j| header::provided_by(cx.text(j)) == Some(None));
    // (Not a byline: `NEWS PROVIDED BY`, then `By Jane Doe`.)
    if after_provided_by && f.words <= 8 && !f.ends_terminal && !text.starts_with(b"By ") {
        if a.header.publisher.is_none() {
            a.header.publisher = Some(cx.raw[i].span);
        }
        return BlockKind::Byline;
    }
    if let Some(b) = cx.byline(i) {
        apply_byline(cx, a, i, b.clone(), updated);
        return BlockKind::Byline;
    }
    // `Aviaja Berthelsen | Arctic Shore Post` under the masthead of that
    // outlet: a writer, even one whose given name we do not know.
    if a.header.title.is_some() && a.header.authors.is_empty() {
        if let (Some(outlet), Some(b)) = (a.header.publisher, cx.bare_author_line(i)) {
            let outlet = outlet.slice(cx.input).trim_ascii();
            let named = b
                .publisher
                .as_ref()
                .is_some_and(|r| text[r.clone()].eq_ignore_ascii_case(outlet));
            if named && b.authors.len() == 1 && !b.role {
                apply_byline(cx, a, i, b.clone(), updated);
                return BlockKind::Byline;
            }
        }
    }
    if let Some((outlet, d)) = header::masthead_line(text) {
        // (`Sport | 2 min read`: a section's label beside the reading
        // time, not an outlet.)
        let label = contains(lexicon::KICKERS, text[outlet.clone()].trim_ascii());
        if a.header.publisher.is_none() && !label {
            a.header.publisher = Some(cx.sub(i, outlet));
        }
        set_published(cx, a, i, &d, updated);
        return BlockKind::Byline;
    }
    if let Some(outlet) = header::provided_by(text) {
        if a.header.publisher.is_none() {
            a.header.publisher = outlet.map(|r| cx.sub(i, r));
        }
        return BlockKind::Byline;
    }
    if header::sender_line(text) {
        // A release's sender block: the office-holder and the offices.
        return BlockKind::Byline;
    }
    if is_release_sender(cx, i) {
        if a.header.publisher.is_none() {
            a.header.publisher = Some(cx.raw[i].span);
        }
        return BlockKind::Byline;
    }
    if headline.is_some_and(|h| i < h) && is_title_like(f, text) {
        // Above the headline: the outlet's name (an organisation, or the
        // first capitalised line of two words or more that is not a
        // section label), else a section label or a breadcrumb.
        // (A first line right above the headline is as likely a topic
        // label: `Climate Change`.)
        let first_line =
            (0..i).all(|j| cx.feats[j].words == 0) && headline.is_some_and(|h| h > i + 1);
        let named = header::publisher_line(text, false)
            || (first_line
                && f.words >= 2
                && !contains(lexicon::KICKERS, text)
                && header::publisher_line(text, true))
            || (i + 1 == headline.unwrap_or(0)
                && f.words >= 2
                && header::publisher_line(text, true)
                && echoed_as_outlet(cx, i));
        if a.header.publisher.is_none() && named {
            a.header.publisher = Some(cx.raw[i].span);
            return BlockKind::Byline;
        }
        return BlockKind::Boilerplate;
    }
    if a.header.title.is_some() {
        // A key-points list under the headline: `Key points:` and `• …`.
        if (f.ends_open || !f.ends_terminal)
            && f.words <= 4
            && !starts_item(cx, i)
            && i + 1 < cx.raw.len()
            && starts_item(cx, i + 1)
        {
            return BlockKind::Heading;
        }
        if starts_item(cx, i) && matches!(prev, Some(BlockKind::Heading | BlockKind::Subtitle)) {
            return BlockKind::Subtitle;
        }
        // `Synopsis` / the standfirst under it.
        if f.words <= 3 && is_standfirst_label(text) && i + 1 < cx.raw.len() {
            return BlockKind::Heading;
        }
        if prev == Some(BlockKind::Heading)
            && a.header.subtitle.is_none()
            && f.words <= 60
            && f.quotes == 0
            && is_standfirst_label(cx.text(i - 1))
        {
            a.header.subtitle = Some(cx.raw[i].span);
            return BlockKind::Subtitle;
        }
    }
    if let Some(b) = cx.byline(i) {
        apply_byline(cx, a, i, b.clone(), updated);
        return BlockKind::Byline;
    }
    if a.header.title.is_some() && f.words <= 4 && (is_author_label(text) || is_button(text)) {
        // `Author of the article:` over the name; `Join the conversation`.
        return BlockKind::Boilerplate;
    }
    // `News` between the headline and the byline: the section's label.
    if a.header.title.is_some()
        && f.words == 1
        && contains(lexicon::KICKERS, trim_end_marks(text))
        && cx.next_is_header(i)
    {
        return BlockKind::Boilerplate;
    }
    if let Some((d, b)) = header::dated_byline(text) {
        set_published(cx, a, i, &d, updated);
        apply_byline(cx, a, i, b, updated);
        return BlockKind::Byline;
    }
    if a.header.title.is_some() && a.header.authors.is_empty() && header::role_line(text).is_some()
    {
        // `CKRN News Staff`, `Staff Reports`: a byline without names.
        return BlockKind::Byline;
    }
    if prev == Some(BlockKind::Byline) {
        if let Some(outlet) = header::role_line(text) {
            if a.header.publisher.is_none() {
                a.header.publisher = outlet.map(|r| cx.sub(i, r));
            }
            return BlockKind::Byline;
        }
        if let Some(outlet) = header::outlet_place_line(text) {
            if a.header.publisher.is_none() {
                a.header.publisher = Some(cx.sub(i, outlet));
            }
            return BlockKind::Byline;
        }
        // `Lachlan Webb` / `Hobart`: where the writer files from. (An
        // unknown word there, `Horta` or `Politico`, is as likely the
        // outlet: read as one below.)
        if !a.header.authors.is_empty() && is_place_line(cx, i) {
            return BlockKind::Byline;
        }
        // `Greg Tolliver` / `Millbrook Gazette`: the author's outlet.
        if !a.header.authors.is_empty() && header::publisher_line(text, false) {
            if a.header.publisher.is_none() {
                a.header.publisher = Some(cx.raw[i].span);
            }
            return BlockKind::Byline;
        }
    }
    // (An author box stacks name and job lines: `Jane Roe` / `Reporter` /
    // `Sam Poe` / `Digital Producer`; a second name needs its job line.)
    let second_in_box = prev == Some(BlockKind::Byline) && !a.header.authors.is_empty();
    if a.header.title.is_some() && (a.header.authors.is_empty() || second_in_box) {
        if let Some(b) = cx.bare_author_line(i) {
            // (`10.09.2025 14:32` / `Oksana Melnyk`: a person's name right
            // under the date line.)
            let under_date = prev == Some(BlockKind::Date)
                && b.authors.len() == 1
                && b.authors.first().is_some_and(|r| {
                    header::opens_with_given_name(&text[r.clone()])
                        && !header::is_known_place_name(&text[r.clone()])
                });
            let evidence = b.role
                || b.date.is_some()
                || b.publisher.is_some()
                || b.reading_minutes.is_some()
                || under_date
                || i.checked_sub(1)
                    .is_some_and(|p| is_author_label(cx.text(p)))
                // `Jane Doe` / `Follow`: a blog's author and its button.
                || is_follow_button(cx, i + 1);
            // `Hannah Lowther` over `ABN News, Norfolk`, or over a role.
            // (Or over an outlet's name and then the date.)
            let next_is_role = i + 1 < cx.raw.len()
                && (header::role_line(cx.text(i + 1)).is_some()
                    // (`Rui Medeiros` / `Ponta Delgada` / the date line: a
                    // place, or capitalised words that open with no given
                    // name, under a name that does.)
                    || ((is_place_line(cx, i + 1)
                        || (b.authors.len() == 1
                            && header::opens_with_given_name(text)
                            && is_unknown_name_line(cx, i + 1)))
                        && next_is_date_line(cx, i + 1))
                    || header::outlet_place_line(cx.text(i + 1)).is_some()
                    || (header::publisher_line(cx.text(i + 1), false)
                        && next_is_date_line(cx, i + 1)));
            if next_is_role || (!second_in_box && (evidence || next_is_date_line(cx, i))) {
                apply_byline(cx, a, i, b.clone(), updated);
                return BlockKind::Byline;
            }
        }
    }
    if a.header.title.is_none() && headline == Some(i) {
        // `UPDATE 2-Great Lakes …`: a wire's version tag is no part of the
        // headline.
        let tag = wire_version_tag(text);
        let span = cx.raw[i].span;
        a.header.title = Some(Span::new(span.start + tag as u32, span.end));
        return BlockKind::Title;
    }
    // `* To close Toledo yard by June`: a wire's key points under the
    // date line or the byline.
    if a.header.title.is_some()
        && starts_item(cx, i)
        && matches!(prev, Some(BlockKind::Date | BlockKind::Byline))
    {
        return BlockKind::Subtitle;
    }
    // `Herald News Service` under the masthead's outlet: a second outlet
    // line in the header.
    if a.header.title.is_some()
        && a.header.publisher.is_some()
        && cx.next_is_header(i)
        && header::publisher_line(text, false)
    {
        return BlockKind::Byline;
    }
    if a.header.title.is_some()
        && a.header.publisher.is_none()
        && (header::publisher_line(text, cx.next_is_header(i))
            || (prev == Some(BlockKind::Title)
                && cx.next_is_header(i)
                && header::lower_label_line(text)))
    {
        a.header.publisher = Some(cx.raw[i].span);
        return BlockKind::Byline;
    }
    // (Between the headline and the byline or date, a line with a scene
    // verb is the standfirst unless a photo cue marks it: `Community
    // celebrates new plant, but chief warns …`.)
    let standfirst_slot = prev == Some(BlockKind::Title)
        && cx.next_is_header(i)
        && !is_captioned(cx, i)
        // (A photo's scene keeps its caption: `X shakes hands with Y … on
        // Monday, Nov. 14, 2022.`)
        && !ends_with_day_or_date(cx.input, cx.toks(i))
        && !photo_scene(cx, i);
    if (is_caption(cx, i) && !standfirst_slot)
        || (a.header.title.is_some()
            && matches!(
                prev,
                Some(BlockKind::Date | BlockKind::Byline | BlockKind::Credit)
            )
            && (names_a_scene(cx, i)
                || scene_on_a_weekday(cx, i)
                || someone_at_work_above_the_dateline(cx, i)
                || credits_a_source(cx, i)
                || unfinished_after_sentences(cx, i)))
    {
        return BlockKind::Caption;
    }
    if a.header.title.is_some() && super::dateline::place_line(text) {
        // `Marietta, Ohio` under an obituary's name: where it is from.
        return BlockKind::Dateline;
    }
    if a.header.published.is_none() {
        // (After the bylines: `Kofi Mensah | Accra Tribune | 21 July 2025`
        // names its author.)
        if let Some(d) = header::outlet_date_line(text) {
            set_published(cx, a, i, &d, updated);
            if a.header.publisher.is_none() {
                a.header.publisher = source_item(text).map(|r| cx.sub(i, r));
            }
            return BlockKind::Date;
        }
    }
    // Bulleted key points right under the headline (a tabloid's summary
    // box) are header furniture but no standfirst: the subtitle stays
    // empty for them, and the bullets after the first follow as above.
    if prev == Some(BlockKind::Title)
        && starts_item(cx, i)
        && i + 1 < cx.raw.len()
        && starts_item(cx, i + 1)
    {
        return BlockKind::Subtitle;
    }
    let same_group_as_title = i > 0 && cx.raw[i - 1].group == cx.raw[i].group;
    if prev == Some(BlockKind::Title)
        && a.header.subtitle.is_none()
        && f.words <= 60
        && f.sentences <= 2
        && (f.quotes == 0 || only_scare_quotes(cx, i))
        && ((same_group_as_title && !f.ends_with_period)
            || (!f.ends_terminal && !f.ends_open && f.words >= 6 && f.sentences == 1)
            || cx.next_is_header(i))
    {
        a.header.subtitle = Some(cx.raw[i].span);
        return BlockKind::Subtitle;
    }
    if is_credit(cx, i) {
        add_credits(cx, a, i);
        return BlockKind::Credit;
    }
    BlockKind::Body
}

/// A section label with its subsection above the headline: `News | Energy
/// Storage`, `Sport | Rugby` (two or three short items between bars, the
/// first a section's name, no digit; not `News | Daily Nation`, `Opinion |
/// By Jane Roe`, whose outlet or byline the header needs).
fn is_section_path(text: &[u8]) -> bool {
    let text = text.trim_ascii();
    if text.len() > 60 || text.iter().any(|b| b.is_ascii_digit() || *b == b'\n') {
        return false;
    }
    let mut items = text.split(|&b| b == b'|').map(<[u8]>::trim_ascii);
    let first = items.next().unwrap_or_default();
    let mut count = 1;
    for item in items {
        let words = item.split(|&b| b == b' ').filter(|w| !w.is_empty()).count();
        if !(1..=3).contains(&words)
            || !is_capitalised(item)
            || header::publisher_line(item, false)
            || header::byline(item).is_some()
        {
            return false;
        }
        count += 1;
    }
    (2..=3).contains(&count) && contains(lexicon::KICKERS, first)
}

/// The outlet named by a `Source: Xinhua` item of a line of items between
/// bars (`Source: Xinhua | 2022-08-17 14:22:10 | Editor: X`), as a range of
/// `text`.
fn source_item(text: &[u8]) -> Option<core::ops::Range<usize>> {
    let mut start = 0;
    for item in text.split(|&b| b == b'|') {
        let lead = item.len() - item.trim_ascii_start().len();
        let trimmed = item.trim_ascii();
        if starts_with_ignore_case(trimmed, "source:") {
            let name = trimmed[7..].trim_ascii_start();
            let from = start + lead + (trimmed.len() - name.len());
            return (!name.is_empty()).then_some(from..from + name.len());
        }
        start += item.len() + 1;
    }
    None
}

/// The outlet's name in `Section | Outlet` (`News | Daily Nation`), as a
/// range of `text`.
fn section_then_outlet(text: &[u8]) -> Option<core::ops::Range<usize>> {
    let bar = memchr::memchr(b'|', text)?;
    let (section, rest) = (text[..bar].trim_ascii(), &text[bar + 1..]);
    if rest.contains(&b'|') || !contains(lexicon::KICKERS, section) {
        return None;
    }
    let outlet = rest.trim_ascii();
    let start = bar + 1 + (rest.len() - rest.trim_ascii_start().len());
    header::publisher_line(outlet, false).then_some(start..start + outlet.len())
}

/// Whether every quotation in block `i` is a scare quote inside the line:
/// a pair of marks around at most three words, after the first word
/// (`residents say they were left 'stranded'`). A standfirst may hold
/// those; a quotation that opens the block or runs longer is someone
/// speaking.
fn only_scare_quotes(cx: &Ctx, i: usize) -> bool {
    let mut words = 0u32;
    let mut inside = false;
    let mut pairs = 0u32;
    for t in cx.toks(i) {
        match t.kind {
            TokenKind::OpenQuote if !inside && words > 0 => {
                inside = true;
                words = 0;
            }
            TokenKind::CloseQuote if inside && (1..=3).contains(&words) => {
                inside = false;
                pairs += 1;
                words = 1;
            }
            TokenKind::OpenQuote | TokenKind::CloseQuote => return false,
            TokenKind::Word | TokenKind::Number => words += 1,
            _ => {}
        }
    }
    !inside && pairs > 0
}

fn apply_byline(cx: &Ctx, a: &mut Article<'_>, i: usize, b: header::Byline, updated: &mut bool) {
    a.header
        .authors
        .extend(b.authors.into_iter().map(|r| cx.sub(i, r)));
    a.credits
        .extend(b.credits.into_iter().map(|r| cx.sub(i, r)));
    if a.header.reading_minutes.is_none() {
        a.header.reading_minutes = b.reading_minutes;
    }
    if a.header.publisher.is_none() {
        a.header.publisher = b.publisher.map(|r| cx.sub(i, r));
    }
    if let Some(date) = b.date {
        let d = header::DateLine {
            date: Some(date),
            ..Default::default()
        };
        set_published(cx, a, i, &d, updated);
    }
}

fn next_is_date_line(cx: &Ctx, i: usize) -> bool {
    // A blog platform prints a `Follow` button between the author's name
    // and the date.
    let next = if is_follow_button(cx, i + 1) {
        i + 2
    } else {
        i + 1
    };
    next < cx.raw.len() && cx.date_line(next).is_some()
}

/// Block `k` is a blog platform's `Follow` button, printed under the
/// author's name.
fn is_follow_button(cx: &Ctx, k: usize) -> bool {
    k < cx.raw.len() && trim_end_marks(cx.text(k).trim_ascii()).eq_ignore_ascii_case(b"follow")
}

fn body_kind(cx: &Ctx, a: &mut Article<'_>, i: usize, updated: &mut bool) -> BlockKind {
    if is_credit(cx, i) || is_photo_credit_line(cx, i) {
        add_credits(cx, a, i);
        return BlockKind::Credit;
    }
    if is_caption(cx, i) {
        return BlockKind::Caption;
    }
    if cx.feats[i].words <= 16 {
        if let Some(d) = cx.date_line(i) {
            set_published(cx, a, i, d, updated);
            return BlockKind::Date;
        }
        if header::time_stamp_line(cx.text(i)) {
            return BlockKind::Date;
        }
    }
    if is_subhead(cx, i) {
        return BlockKind::Heading;
    }
    let f = cx.feats[i];
    if f.words >= 12
        && f.sentences == 1
        && !f.ends_terminal
        && !f.ends_open
        && f.quotes == 0
        && i + 1 < cx.raw.len()
        && cx.feats[i + 1].ends_terminal
    {
        // Story paragraphs end in punctuation; a long line that does not,
        // between paragraphs that do, describes a picture (unless it ends
        // in a link).
        let text = cx.text(i);
        if !contains_ignore_case(text, "://")
            && !contains_ignore_case(text, "www.")
            && !text.contains(&b'@')
        {
            return BlockKind::Caption;
        }
    }
    if cx.feats[i].words <= 16 {
        if let Some(d) = cx.date_line(i) {
            set_published(cx, a, i, d, updated);
            return BlockKind::Date;
        }
    }
    BlockKind::Body
}

/// The block opens with a list marker (`•`, `-`, `1.`).
fn starts_item(cx: &Ctx, i: usize) -> bool {
    super::blocks::starts_item(cx.input, cx.toks(i))
}

/// `Photo: Jane Doe`, `© Daniel Kiprop, AFP`: a short line naming a
/// photographer.
fn is_photo_credit_line(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    let toks = cx.toks(i);
    // `Photo: X`, `Image Credit: X`: the label's colon among the first
    // tokens.
    // (The colon a label's own: not `Words: X | Photos: Y`, a byline.)
    let labelled = f.photo_label
        && toks.iter().take(4).enumerate().any(|(k, t)| {
            t.kind == TokenKind::Punct
                && t.bytes(cx.input) == b":"
                && toks[..k]
                    .iter()
                    .rfind(|t| !is_blank(**t))
                    .is_some_and(|w| contains(PHOTO_LABELS, w.bytes(cx.input)))
        });
    let copyright = cx.text(i).starts_with("©".as_bytes())
        && f.numbers == 0
        && !f.rights_reserved
        && header::provided_by(cx.text(i)).is_none();
    (labelled || copyright) && f.words <= 6 && !f.ends_terminal
}

/// A section heading between story paragraphs: a line without final
/// punctuation, short or in title case, followed by a longer paragraph.
fn is_subhead(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    // `‘Nobody has heard of Ferbane’`: a subhead may be one quotation in
    // single marks, as British papers print them (not `“It was
    // terrifying”`, a quotation standing alone).
    let toks = cx.toks(i);
    let one_quotation = f.quotes == 2
        && toks.first().is_some_and(|t| {
            t.kind == TokenKind::OpenQuote && matches!(t.bytes(cx.input), b"'" | b"\xE2\x80\x98")
        })
        && toks
            .iter()
            .rfind(|t| !is_blank(**t))
            .is_some_and(|t| t.kind == TokenKind::CloseQuote);
    if f.words == 0
        || f.words > 10
        || f.ends_terminal
        || f.ends_open
        || (f.quotes > 0 && !one_quotation)
        || f.sentences != 1
    {
        return false;
    }
    if starts_item(cx, i)
        || !cx
            .feats
            .get(i + 1)
            .is_some_and(|n| n.ends_terminal && n.words > f.words)
    {
        return false;
    }
    // Short (`Food volumes flat`), or in title case: every word of four or
    // more letters capitalised.
    f.words <= 8
        || cx
            .toks(i)
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .all(|t| t.bytes(cx.input).len() < 4 || is_capitalised(t.bytes(cx.input)))
}

/// A headline: short, one line of words, not ending in a full stop.
fn is_title_like(f: Features, text: &[u8]) -> bool {
    // (`The queue is not a traffic problem. It is a housing problem`: a
    // column's headline may be two short sentences.)
    (1..=25).contains(&f.words)
        && text.len() <= 300
        && !f.ends_with_period
        && (f.sentences == 1 || (f.sentences == 2 && f.words <= 16 && !f.ends_terminal))
        && (!text.contains(&b'\n') || is_wrapped_line(text))
}

/// A headline hard-wrapped over two or three lines, as plain-text releases
/// print it: every line but the last runs to the wrap width (50 bytes or
/// more) and the last is shorter than the first.
fn is_wrapped_line(text: &[u8]) -> bool {
    let mut lines = text.trim_ascii().split(|&b| b == b'\n');
    let Some(first) = lines.next() else {
        return false;
    };
    let first = first.trim_ascii_end().len();
    let mut n = 1;
    let mut prev = first;
    for line in lines {
        if prev < 50 {
            return false;
        }
        prev = line.trim_ascii_end().len();
        n += 1;
    }
    (2..=3).contains(&n) && prev < first
}

/// The length of a wire story's version tag opening a headline:
/// `UPDATE 2-`, `REFILE-`, `CORRECTED-`, `EXCLUSIVE-` (0 when there is none).
fn wire_version_tag(text: &[u8]) -> usize {
    const TAGS: [&str; 7] = [
        "UPDATE",
        "REFILE",
        "CORRECTED",
        "EXCLUSIVE",
        "RPT",
        "INSIGHT",
        "ANALYSIS",
    ];
    for tag in TAGS {
        let Some(rest) = text.strip_prefix(tag.as_bytes()) else {
            continue;
        };
        // `UPDATE 2-`: a number may follow.
        let rest = match rest.strip_prefix(b" ") {
            Some(r) => &r[r.iter().take_while(|b| b.is_ascii_digit()).count()..],
            None => rest,
        };
        if let Some(after) = rest.strip_prefix(b"-") {
            if after
                .first()
                .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            {
                return text.len() - after.len();
            }
        }
    }
    0
}

/// A label on its own line over the author's name: `Author of the
/// article:`, `Author:`, `Written by:`.
fn is_author_label(text: &[u8]) -> bool {
    let Some(label) = text.trim_ascii().strip_suffix(b":") else {
        return false;
    };
    [
        "author of the article",
        "author",
        "authors",
        "text by",
        "written by",
        "words by",
    ]
    .iter()
    .any(|l| label.trim_ascii_end().eq_ignore_ascii_case(l.as_bytes()))
}

/// A button under the headline that names a section of the page rather
/// than opening it (`Join the conversation`, `Comments`, `Share`).
fn is_button(text: &[u8]) -> bool {
    contains(lexicon::SECTION_WHOLE, trim_end_marks(text))
}

/// A short line of two to four words that is no sentence, no label of
/// what follows and holds no number: what a page repeats between
/// paragraphs (`Article content`, `Story continues below`).
fn is_short_label(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    (2..=4).contains(&f.words)
        && !f.ends_terminal
        && !f.ends_open
        && f.quotes == 0
        && f.numbers == 0
        && !f.said
}

/// The fingerprints of the short labels ([`is_short_label`]) that an
/// article prints four times or more, word for word: page furniture, not
/// headings, wherever they stand. (A story's own subheads repeat less, and
/// one-word ones like `Pros` and `Cons` may repeat for every product of a
/// review.)
fn repeated_labels(cx: &Ctx) -> alloc::vec::Vec<(u32, u32, u64)> {
    let mut first: BTreeMap<(u32, u32, u64), (usize, u32)> = BTreeMap::new();
    for i in (0..cx.raw.len()).filter(|&i| is_short_label(cx, i)) {
        let entry = first.entry(cx.feats[i].fingerprint).or_insert((i, 0));
        if same_text(cx.input, cx.toks(i), cx.toks(entry.0)) {
            entry.1 += 1;
        }
    }
    first
        .into_iter()
        .filter(|(_, (_, count))| *count >= 4)
        .map(|(print, _)| print)
        .collect()
}

/// What a page's counters count (`214 shares`, `Comments: 0`).
const COUNTER_WORDS: [&str; 8] = [
    "shares",
    "comments",
    "views",
    "likes",
    "reactions",
    "responses",
    "claps",
    "reads",
];

/// `Views: 1,204`, `Comments: 0`: a counter's word, a colon and a number.
fn is_labelled_counter(text: &[u8]) -> bool {
    let Some(colon) = text.iter().position(|&b| b == b':') else {
        return false;
    };
    COUNTER_WORDS
        .iter()
        .any(|w| text[..colon].eq_ignore_ascii_case(w.as_bytes()))
        && text[colon + 1..]
            .trim_ascii_start()
            .first()
            .is_some_and(u8::is_ascii_digit)
}

/// `214 shares`, `1.2K comments`, `3 reactions`: a count and what a page
/// counts, and nothing else.
fn is_counter_line(text: &[u8]) -> bool {
    let text = text.trim_ascii();
    let Some(gap) = text.iter().position(|&b| b == b' ') else {
        return false;
    };
    let (count, what) = (&text[..gap], text[gap + 1..].trim_ascii_start());
    let count = count
        .strip_suffix(b"K")
        .or_else(|| count.strip_suffix(b"k"))
        .or_else(|| count.strip_suffix(b"M"))
        .unwrap_or(count);
    count
        .iter()
        .all(|&b| b.is_ascii_digit() || b == b',' || b == b'.')
        && COUNTER_WORDS
            .iter()
            .any(|w| what.eq_ignore_ascii_case(w.as_bytes()))
}

/// Site furniture recognisable wherever it stands.
fn is_boilerplate(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    if f.words == 0 {
        return true; // `--`, `***`, `• • •`
    }
    let text = cx.text(i);
    // `For immediate release: 18 September 2028`: a release's date line.
    if starts_with_ignore_case(text, "for immediate release")
        && cx.date_line(i).is_some_and(|d| d.date.is_some())
    {
        return false;
    }
    // `Users with an ID can comment on our news stories.`: a comment prompt.
    if !f.said && f.words <= 40 && contains_ignore_case(text, "can comment on") {
        return true;
    }
    // `4-Minute Listen`: a player's button.
    if f.words <= 3 && lexicon::ends_with_ignore_case(text.trim_ascii_end(), "minute listen") {
        return true;
    }
    // `Views: 1,204`, `Comments: 0`: a page's counter.
    if f.words <= 3 && is_labelled_counter(text) {
        return true;
    }
    // `214 shares`, `1.2K comments`: a page's counter.
    if f.words == 2 && text.first().is_some_and(u8::is_ascii_digit) && is_counter_line(text) {
        return true;
    }
    // `https://p.dw.com/p/4rQk7`: a link alone.
    if f.words <= 12
        && (text.starts_with(b"http://") || text.starts_with(b"https://"))
        && !text.trim_ascii().contains(&b' ')
    {
        return true;
    }
    // `Read moreParis bans cars …`: a link's label glued to its headline.
    if starts_with_ignore_case(text, "read more")
        && text.get(9).is_some_and(u8::is_ascii_uppercase)
        && f.words <= 30
    {
        return true;
    }
    // `Disclaimer: All the comments will be moderated …`: a comment policy
    // runs longer than other furniture.
    if !f.said && starts_with_ignore_case(text, "disclaimer:") {
        return true;
    }
    // `X is committed to maintaining a lively but civil forum for
    // discussion …`
    // (Only about comments: not `the panel will be a forum for discussion
    // between residents and the police`.)
    if !f.said
        && f.words <= 150
        && contains_ignore_case(text, "comment")
        && [
            "civil forum",
            "keep comments relevant",
            "forum for discussion",
        ]
        .iter()
        .any(|p| contains_ignore_case(text, p))
    {
        return true;
    }
    if f.words > 60 {
        return false;
    }
    // `Facebook  Twitter  WhatsApp  Email`: a row of share buttons.
    if (2..=8).contains(&f.words)
        && !f.ends_terminal
        && text
            .split(|&b| b.is_ascii_whitespace() || matches!(b, b'|' | b','))
            .filter(|w| !w.is_empty())
            .all(|w| contains(lexicon::BOILERPLATE_WHOLE, w))
    {
        return true;
    }
    // `Published in The Margalla Times, October 25th, 2025.`: a print
    // edition's line under the story.
    if f.words <= 14 && starts_with_ignore_case(text, "published in ") && {
        let t = text.trim_ascii_end();
        let t = t.strip_suffix(b".").unwrap_or(t);
        t.iter().position(|&b| b == b',').is_some_and(|c| {
            date::parse_date(t[c + 1..].trim_ascii_start())
                .is_ok_and(|(rest, _)| rest.trim_ascii().is_empty())
        })
    } {
        return true;
    }
    // `News | Sports | Opinion | Obituaries`
    let nav_bar =
        f.bars >= 2 && f.numbers == 0 && f.words <= 2 * (f.bars + 1) && !f.ends_terminal && !f.said;
    // `14`, `3`: like and comment counters.
    let year = text.len() == 4 && (text.starts_with(b"19") || text.starts_with(b"20"));
    let counter = f.words <= 2 && f.numbers == f.words && !year && cx.date_line(i).is_none();
    // `Get weekly news … delivered to your inbox. Sign up here.`
    let promo = f.pitch_word
        && f.words <= 40
        && !f.said
        && [
            "your inbox",
            "sign up",
            "subscribe now",
            "click here",
            "subscribe to",
        ]
        .iter()
        .any(|p| contains_ignore_case(text, p));
    // `Home > News > Stroud`, `News › Research`
    let breadcrumb = f.words <= 8
        && !f.ends_terminal
        && [&b" > "[..], b" / ", " › ".as_bytes(), " » ".as_bytes()]
            .iter()
            .any(|s| memchr::memmem::find(text, s).is_some())
        // `Posted: Oct 15, 2024 / 05:42 PM MDT`, `Daily Sun / March 11,
        // 2025`, `By: Ana Cruz - Correspondent / @handle`
        && cx.date_line(i).is_none()
        && cx.byline(i).is_none()
        && header::masthead_line(text).is_none()
        // (`Giovanni Piras / Chiara Fadda`: two writers.)
        && cx.bare_author_line(i).is_none();
    // `X may earn a commission when you buy through links on our site.`
    let affiliate = f.words <= 40
        && !f.said
        && (contains_ignore_case(text, "affiliate")
            || (contains_ignore_case(text, "earn a commission")
                && ["when you buy", "through links", "through our links"]
                    .iter()
                    .any(|p| contains_ignore_case(text, p))));
    // `Prices are provided for information only.`: a disclaimer.
    let disclaimer = f.words <= 30
        && !f.said
        && f.ends_terminal
        && [
            "for information only",
            "for informational purposes only",
            "not financial advice",
            "not constitute financial",
        ]
        .iter()
        .any(|p| contains_ignore_case(text, p));
    // `A A A`, `AA`, `A+ A-`: a font-size widget.
    let widget = (f.words <= 5
        && f.words >= 2
        && cx
            .toks(i)
            .iter()
            .filter(|t| t.is_wordlike())
            .all(|t| t.span.len() == 1))
        || ((2..=6).contains(&text.trim_ascii().len())
            && text.iter().filter(|&&b| b == b'A').count() >= 2
            && text
                .trim_ascii()
                .iter()
                .all(|&b| matches!(b, b'A' | b'+' | b'-' | b' ')));
    // `Follow Jane Roe on X`, `Follow the Courier on Google News`.
    let follow = f.words <= 12
        && starts_with_ignore_case(text, "follow ")
        && [
            " on x",
            " on twitter",
            " on facebook",
            " on instagram",
            " on linkedin",
            " on whatsapp",
            " on telegram",
            " on threads",
            " on bluesky",
            " on tiktok",
            " on youtube",
            " on google news",
        ]
        .iter()
        .any(|p| lexicon::ends_with_ignore_case(trim_end_marks(text), p));
    // `Watch Tobago Wave TV News weeknights at 7 pm on Channel 9.`: a
    // broadcaster's schedule.
    let schedule = f.words <= 25
        && !f.said
        && ["watch ", "listen to ", "tune in", "catch "]
            .iter()
            .any(|p| starts_with_ignore_case(text, p))
        && !starts_with_ignore_case(text, "watch out")
        && ["weeknight", "weekday", "on channel", "live on", "on demand"]
            .iter()
            .any(|p| contains_ignore_case(text, p));
    // `Posted in Local News on Friday, August 9, 2024 12:05 am.`: a
    // section and a date, not `Posted in Kandahar in 2009, Sergeant …`.
    let posted_in = starts_with_ignore_case(text, "posted in ")
        && memchr::memmem::find(text, b" on ").is_some_and(|on| {
            header::date_line(trim_end_marks(&text[on + 4..])).is_some_and(|d| d.date.is_some())
        });
    contains(lexicon::BOILERPLATE_WHOLE, trim_end_marks(text))
        // `– ENDS –`, `— MORE —`: a release's mark between dashes.
        || contains(lexicon::BOILERPLATE_WHOLE, trim_dashes(text))
        || follow
        || schedule
        || posted_in
        || is_print_furniture(text)
        || nav_bar
        || counter
        || promo
        || affiliate
        || disclaimer
        || breadcrumb
        || widget
        || (f.words <= 30
            && !f.said
            && lexicon::starts_with_any(text, lexicon::BOILERPLATE_PREFIXES))
        // `Also read: Power cuts to be reduced, says utility`: a linked
        // headline may say `says`.
        || (f.words <= 30 && lexicon::starts_with_any(text, lexicon::LINK_LABELS))
        || (f.words <= 20 && !f.ends_terminal && !f.said && is_also_on_label(text))
        || f.rights_reserved
        || lexicon::starts_with_any(text, lexicon::NOTE_PREFIXES)
        || is_dated_note_label(text)
}

/// `Also on Pico: Whale-watching skippers report …`, `Also in Business:
/// …`, `More from Orkney: …`: a label naming a place or a section, one to
/// three capitalised words, before a linked headline.
fn is_also_on_label(text: &[u8]) -> bool {
    let Some(rest) = text
        .strip_prefix(b"Also on ")
        .or_else(|| text.strip_prefix(b"Also in "))
        .or_else(|| text.strip_prefix(b"More from "))
    else {
        return false;
    };
    let Some(colon) = rest.iter().take(40).position(|&b| b == b':') else {
        return false;
    };
    let name = &rest[..colon];
    let n = name.split(|&b| b == b' ').count();
    // (Not `Also on Monday: Police named …`: a day, not a section.)
    let first = name.split(|&b| b == b' ').next().unwrap_or(name);
    let calendar =
        crate::date::weekday_name(first).is_ok() || crate::date::month_name(first).is_ok();
    !calendar
        && (1..=3).contains(&n)
        && name.split(|&b| b == b' ').all(|w| {
            w.first()
                .is_some_and(|b| b.is_ascii_uppercase() || *b >= 0x80)
        })
        && rest.get(colon + 1) == Some(&b' ')
}

/// The running header and footer a browser prints on every page of a
/// saved article, kept by text extraction from the PDF: `8/15/24, 9:03 AM`
/// (then, after a wide gap, the page's title) at the top, and the page's
/// address with a page counter (`https://… 1/2`) at the bottom.
fn is_print_furniture(text: &[u8]) -> bool {
    // The shapes first: they turn away almost every block at its first
    // bytes, before the block is read for a line break.
    let shaped = print_timestamp(text).is_some_and(|rest| rest.is_empty() || wide_gap(rest))
        || (text.starts_with(b"http") && ends_with_page_counter(text));
    shaped && memchr::memchr2(b'\n', b'\r', text).is_none()
}

/// `8/15/24, 9:03 AM` (or `2024`, `21:03`, `9:03:15 PM`) at the start of
/// `text`: what follows it.
fn print_timestamp(text: &[u8]) -> Option<&[u8]> {
    // The date, with the two-digit year browsers print (which
    // `date::parse_date` does not read as a year); the time by the clock
    // grammar of the date module.
    fn digits<'a>(t: &'a [u8], allowed: &[usize]) -> Option<&'a [u8]> {
        let n = t.iter().take_while(|b| b.is_ascii_digit()).count();
        allowed.contains(&n).then(|| &t[n..])
    }
    let t = digits(text, &[1, 2])?.strip_prefix(b"/")?;
    let t = digits(t, &[1, 2])?.strip_prefix(b"/")?;
    let t = digits(t, &[2, 4])?.strip_prefix(b",")?.trim_ascii_start();
    date::parse_time(t).ok().map(|(rest, _)| rest)
}

/// At least two blanks (or a tab) first: a gap between a printed page's
/// running items.
fn wide_gap(text: &[u8]) -> bool {
    text.starts_with(b"  ") || text.starts_with(b"\t")
}

/// `…    1/2`: a page counter after a wide gap, its page no more than the
/// count.
fn ends_with_page_counter(text: &[u8]) -> bool {
    let text = text.trim_ascii_end();
    let split = text.iter().rposition(|&b| b == b' ' || b == b'\t');
    let Some(split) = split else { return false };
    let (before, counter) = (&text[..=split], &text[split + 1..]);
    let mut parts = counter.split(|&b| b == b'/');
    let number = |p: Option<&[u8]>| {
        p.filter(|p| (1..=3).contains(&p.len()) && p.iter().all(u8::is_ascii_digit))
            .map(|p| p.iter().fold(0u32, |n, &d| n * 10 + u32::from(d - b'0')))
    };
    match (number(parts.next()), number(parts.next()), parts.next()) {
        (Some(page), Some(pages), None) => {
            (1..=pages).contains(&page) && (before.ends_with(b"  ") || before.ends_with(b"\t"))
        }
        _ => false,
    }
}

/// `text` without the dashes and spaces around it: `– ENDS –` → `ENDS`.
fn trim_dashes(mut text: &[u8]) -> &[u8] {
    loop {
        text = match text {
            [b' ' | b'-', rest @ ..] | [rest @ .., b' ' | b'-'] => rest,
            [0xE2, 0x80, 0x93 | 0x94, rest @ ..] | [rest @ .., 0xE2, 0x80, 0x93 | 0x94] => rest,
            _ => return text,
        }
    }
}

/// `text` without trailing spaces and marks like `:`, `.`, `»`, `›`, `…`.
fn trim_end_marks(mut text: &[u8]) -> &[u8] {
    loop {
        text = match text {
            [rest @ .., b':' | b'.' | b'!' | b' ' | b'>'] => rest,
            [rest @ .., 0xC2, 0xBB] => rest,
            [rest @ .., 0xE2, 0x80, 0xBA | 0xA6] => rest,
            _ => return text,
        }
    }
}

/// `Jane Roe is a professor of economics at …`: a closing line about a
/// byline author. Returns the name's span.
fn author_bio(cx: &Ctx, a: &Article<'_>, i: usize) -> Option<Span> {
    let f = cx.feats[i];
    if f.sentences > 2 || f.words > 60 {
        return None;
    }
    let block = cx.raw[i].span;
    let text = cx.text(i);
    a.header.authors.iter().find_map(|&author| {
        let name = author.slice(a.input);
        let rest = text.strip_prefix(name)?;
        let is_bio = [
            &b" is a"[..],
            b" is an ",
            b" is the ",
            b" was a",
            b" writes ",
            b" covers ",
            b" reports on ",
        ]
        .iter()
        .any(|p| rest.starts_with(p))
            || (rest.starts_with(b" is ") && names_a_job(cx, i));
        is_bio.then(|| Span::new(block.start, block.start + to_u32(name.len())))
    })
}

/// A pull quote: a block that is one quotation, alone or with a dash and
/// its speaker's name after it, whose words repeat, word for word
/// (punctuation and case aside), a run of another body block.
fn is_pull_quote(cx: &Ctx, kinds: &[BlockKind], i: usize) -> bool {
    let f = cx.feats[i];
    let toks = cx.toks(i);
    // (Most blocks open with no quote mark: nothing else is looked at.)
    if f.quotes != 2 || !toks.first().is_some_and(|t| t.kind == TokenKind::OpenQuote) {
        return false;
    }
    // The quotation: the whole block, or up to its closing mark when a
    // dash and a short attribution follow (`"…" — Mary Alexie, store
    // owner`).
    let close = toks.iter().position(|t| t.kind == TokenKind::CloseQuote);
    let quoted = close.is_some_and(|c| {
        let after = &toks[c + 1..];
        let mut rest = after.iter().filter(|t| !is_blank(**t));
        let whole = after
            .iter()
            .all(|t| is_blank(*t) || is_closer(cx.input, *t));
        // (A name after the dash: not `"…" — that was the refrain`.)
        let attributed = rest.next().is_some_and(|t| t.kind == TokenKind::Dash)
            && rest.next().is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.bytes(cx.input)
                        .first()
                        .is_some_and(u8::is_ascii_uppercase)
            })
            && after.iter().filter(|t| t.is_wordlike()).count() <= 10
            && !f.ends_terminal;
        whole || attributed
    });
    let Some(close) = close.filter(|_| quoted) else {
        return false;
    };
    let quote = &toks[..close];
    let quote_words = quote.iter().filter(|t| t.is_wordlike()).count() as u32;
    if !(6..=40).contains(&quote_words) {
        return false;
    }
    // Pull quotes repeat a nearby paragraph: look a few blocks either way,
    // so the work stays linear in the article.
    let words = || {
        quote
            .iter()
            .filter(|t| t.is_wordlike())
            .map(|t| t.bytes(cx.input))
    };
    let first = words().next().unwrap_or(b"");
    let near = i.saturating_sub(PULL_QUOTE_REACH)..(i + PULL_QUOTE_REACH + 1).min(kinds.len());
    near.filter(|&j| j != i && kinds[j] == BlockKind::Body && cx.feats[j].words > quote_words)
        .any(|j| {
            let hay = cx
                .toks(j)
                .iter()
                .filter(|t| t.is_wordlike())
                .map(|t| t.bytes(cx.input));
            // Try each place where the first word matches; compare in step.
            (0..cx.feats[j].words as usize).any(|start| {
                let mut h = hay.clone().skip(start);
                h.clone()
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(first))
                    && words().all(|w| h.next().is_some_and(|x| x.eq_ignore_ascii_case(w)))
            })
        })
}

/// How many blocks away a pull quote's source may stand.
const PULL_QUOTE_REACH: usize = 6;

/// The block names a writer's job (`senior editor`, `correspondent`,
/// `author`, `professor`).
fn names_a_job(cx: &Ctx, i: usize) -> bool {
    const JOBS: &[&str] = &[
        "author",
        "freelance",
        "journalist",
        "professor",
        "researcher",
    ];
    cx.toks(i)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .any(|t| {
            contains(lexicon::WRITER_ROLES, t.bytes(cx.input)) || contains(JOBS, t.bytes(cx.input))
        })
}

/// A heading that opens a section of site or press-release furniture:
/// everything after it is boilerplate (`About Acme Corp`, `Media Contact:`,
/// `Related Topics`, `More on this story`).
fn is_section_start(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    if f.words == 0
        || f.words > 8
        || f.quotes > 0
        || (f.ends_with_period && !ends_with_abbreviation(cx, i))
    {
        return false;
    }
    let text = cx.text(i);
    let about = starts_with_ignore_case(text, "about ")
        && cx
            .toks(i)
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .skip(1)
            .all(|t| {
                is_capitalised(t.bytes(cx.input))
                    || contains(lexicon::NAME_FUNCTION_WORDS, t.bytes(cx.input))
            });
    about
        || contains(lexicon::SECTION_WHOLE, trim_end_marks(text))
        || lexicon::starts_with_any(text, lexicon::SECTION_STARTS)
}

/// The block's final period belongs to an abbreviation (`Inc.`, `Ltd.`).
fn ends_with_abbreviation(cx: &Ctx, i: usize) -> bool {
    let toks = cx.toks(i);
    toks.len() >= 2
        && toks[toks.len() - 1].bytes(cx.input) == b"."
        && contains(
            lexicon::OTHER_ABBREVIATIONS,
            toks[toks.len() - 2].bytes(cx.input),
        )
}

/// Labels of a box of facts set apart from the story.
const FACT_BOX_LABELS: &WordSet = &WordSet::new(&[
    "at a glance",
    "box score",
    "by the numbers",
    "fact box",
    "fact file",
    "factbox",
    "fast facts",
    "game summary",
    "key dates",
    "key facts",
    "key points",
    "line-ups",
    "lineups",
    "match facts",
    "quick facts",
    "results",
    "scoring summary",
    "teams",
    "the facts",
]);

/// A fact box is data, not story: a run of `Label: value` lines
/// (`Referee: Owen Prothero`, `Attendance: 1,240`), with its label
/// (`Match facts`, `Teams:`) or bullets under such a label, become headings.
/// Three such lines make a box on their own; under a label, one does.
fn mark_fact_boxes(cx: &Ctx, kinds: &mut [BlockKind]) {
    let n = kinds.len();
    let open = |k: BlockKind| matches!(k, BlockKind::Body | BlockKind::Heading);
    let mut i = 0;
    while i < n {
        let labelled = open(kinds[i]) && is_fact_box_label(cx, i);
        let first = if labelled { i + 1 } else { i };
        let mut end = first;
        // (Under a label, bullets, or short lines without a stop whose
        // bullets were lost in the copy: `Key points:` then `Growers
        // started picking early`.)
        let summary = labelled && {
            let label = trim_end_marks(cx.text(i).trim_ascii());
            label.len() > 4 && label[..4].eq_ignore_ascii_case(b"key ")
        };
        let bare_item = |k: usize| {
            let f = cx.feats[k];
            summary && f.words <= 20 && !f.ends_terminal && !f.said && f.sentences <= 1
        };
        while end < n
            && open(kinds[end])
            && (is_fact_line(cx, end, labelled)
                || (labelled
                    && (starts_item(cx, end) || bare_item(end))
                    && cx.feats[end].quotes == 0))
        {
            end += 1;
        }
        let lines = end - first;
        // A table: two rows or more of cells split by tabs, under the
        // short line that names it.
        let mut rows = first;
        while rows < n && open(kinds[rows]) && is_table_row(cx, rows) {
            rows += 1;
        }
        if rows >= first + 2 && rows > end {
            let named = !labelled && i > 0 && open(kinds[i - 1]) && names_a_table(cx, i - 1);
            let from = if named { i - 1 } else { i };
            for k in &mut kinds[from..rows] {
                *k = BlockKind::Heading;
            }
            i = rows;
            continue;
        }
        // A fact check's rating box: `The claim: …`, `Our rating: False`.
        let mut verdicts = i;
        while verdicts < n && open(kinds[verdicts]) && is_verdict_line(cx, verdicts) {
            verdicts += 1;
        }
        if verdicts >= i + 2 {
            for k in &mut kinds[i..verdicts] {
                *k = BlockKind::Heading;
            }
            i = verdicts;
            continue;
        }
        if (labelled && lines >= 1) || lines >= 3 {
            for k in &mut kinds[i..end] {
                *k = BlockKind::Heading;
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

/// A social-media post embedded in the page, saved as its text and then
/// its signature line (`— Acme Support (@AcmeHelp) March 3, 2025`): both
/// are furniture, not the story's paragraphs.
fn mark_embedded_posts(cx: &Ctx, kinds: &mut [BlockKind]) {
    for i in 0..kinds.len() {
        if kinds[i] != BlockKind::Body || !is_post_signature(cx, i) {
            continue;
        }
        kinds[i] = BlockKind::Boilerplate;
        if i > 0 && kinds[i - 1] == BlockKind::Body {
            let p = cx.feats[i - 1];
            if p.words <= 70 && p.quotes == 0 {
                kinds[i - 1] = BlockKind::Boilerplate;
            }
        }
    }
}

/// A box of links inside the story: a label (`Most Read from Bloomberg`,
/// `Related`, `Read more`) over one to six linked headlines (one line
/// each, no full stop, no quotation), then the story again. The label and
/// the headlines are furniture.
fn mark_link_boxes(cx: &Ctx, kinds: &mut [BlockKind]) {
    let n = kinds.len();
    let mut i = 0;
    while i < n {
        let f = cx.feats[i];
        let text = cx.text(i);
        let label = matches!(kinds[i], BlockKind::Body | BlockKind::Heading)
            && (1..=6).contains(&f.words)
            && !f.ends_terminal
            && (contains(lexicon::SECTION_WHOLE, trim_end_marks(text))
                || ["most read from ", "more from ", "related:", "read more:"]
                    .iter()
                    .any(|p| starts_with_ignore_case(text, p)));
        if !label {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < n && j <= i + 6 {
            let h = cx.feats[j];
            let headline = matches!(kinds[j], BlockKind::Body | BlockKind::Heading)
                && (3..=18).contains(&h.words)
                && !h.ends_with_period
                && h.quotes == 0
                && h.sentences == 1
                && !cx.text(j).contains(&b'\n');
            if !headline {
                break;
            }
            j += 1;
        }
        // The story goes on after the box.
        if j > i + 1 && j < n && kinds[j] == BlockKind::Body {
            for k in &mut kinds[i..j] {
                *k = BlockKind::Boilerplate;
            }
        }
        i = j.max(i + 1);
    }
}

/// The text after a leading dash and space (`— `, `– `, `-- `, `- `), or a
/// long dash set close to a capital (`—With`), which sets off a credit or a
/// signature.
fn after_dash(text: &[u8]) -> Option<&[u8]> {
    ["— ".as_bytes(), "– ".as_bytes(), b"-- ", b"- "]
        .iter()
        .find_map(|d| text.strip_prefix(*d))
        .or_else(|| {
            // `—With assistance from X`, `--With …`: a long dash set close.
            ["—".as_bytes(), b"--"]
                .iter()
                .find_map(|d| text.strip_prefix(*d))
                .filter(|rest| rest.first().is_some_and(u8::is_ascii_uppercase))
        })
}

/// `— Name (@handle) March 3, 2025`: a dash, a name, a handle in brackets
/// and a date.
fn is_post_signature(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    let text = cx.text(i).trim_ascii();
    let Some(rest) = after_dash(text) else {
        return false;
    };
    if f.words > 14 || f.said {
        return false;
    }
    let Some(at) = memchr::memmem::find(rest, b"(@") else {
        return false;
    };
    let Some(close) = rest[at..].iter().position(|&b| b == b')') else {
        return false;
    };
    let handle = &rest[at + 2..at + close];
    let date = rest[at + close + 1..].trim_ascii();
    at > 0
        && !handle.is_empty()
        && handle
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'_')
        && header::date_line(date).is_some_and(|d| d.date.is_some())
}

/// A line of a fact check's rating box: `The claim: …`, `Our rating:
/// False`, `Verdict: Misleading`.
fn is_verdict_line(cx: &Ctx, i: usize) -> bool {
    const LABELS: &[&str] = &[
        "claim:",
        "our rating:",
        "our ruling:",
        "rating:",
        "the claim:",
        "the facts:",
        "the verdict:",
        "verdict:",
        "what we found:",
    ];
    const _: () = lexicon::assert_prefix_list(LABELS);
    let f = cx.feats[i];
    f.sentences <= 2
        && f.words <= 60
        && f.quotes == 0
        && lexicon::starts_with_any(cx.text(i), LABELS)
}

/// `Steers 500-600 lb<TAB>$368.00-$392.50`: a row of a table saved as text,
/// cells split by a tab inside the line.
fn is_table_row(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    let text = cx.text(i).trim_ascii();
    f.words <= 20
        && f.quotes == 0
        && !f.said
        && f.sentences <= 1
        && memchr::memchr(b'\t', text).is_some()
        && !text.contains(&b'\n')
}

/// The short line over a table (`Big Sioux Auction – Tuesday, March 4`):
/// no sentence, no quotation.
fn names_a_table(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    f.words <= 15 && f.quotes == 0 && !f.said && !f.ends_terminal && f.sentences <= 1
}

/// `Match facts`, `Key facts`, `Teams:` on a line of its own.
fn is_fact_box_label(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    f.words <= 3
        && f.quotes == 0
        && contains(FACT_BOX_LABELS, trim_end_marks(cx.text(i).trim_ascii()))
}

/// `Venue: Polglaze Park, Redruth`: a capitalised label of one to four
/// words without digits, a colon, and a value that is no sentence.
fn is_fact_line(cx: &Ctx, i: usize, labelled: bool) -> bool {
    let f = cx.feats[i];
    let text = cx.text(i).trim_ascii();
    let Some(colon) = text.iter().take(40).position(|&b| b == b':') else {
        return false;
    };
    let (label, value) = (&text[..colon], text[colon + 1..].trim_ascii());
    let label_words = label
        .split(|&b| b == b' ')
        .filter(|w| !w.is_empty())
        .count();
    let labelled_line = f.quotes == 0
        && !f.said
        && (1..=4).contains(&label_words)
        && label.first().is_some_and(u8::is_ascii_uppercase)
        && !label.iter().any(u8::is_ascii_digit)
        && label.len() > 1 // `Q:` / `A:` of an interview
        && text.get(colon + 1) == Some(&b' ')
        && !value.is_empty();
    // Under a label, a game's figures: `Second period: 2. SI, Ouellet 9
    // (Fortin), 3:15.`, `Shots on goal: SI 43, RIM 24.`, however many
    // full stops their numbering puts in.
    if labelled_line && labelled && f.words <= 60 && is_stat_value(cx, i, colon) {
        return true;
    }
    labelled_line
        && f.sentences <= 1
        && f.words <= 40
        // (Under a label, `Referee: Colin Mathers.` and a line-up with its
        // semicolons; without one, `HOST: Welcome back.` is a transcript.)
        && (!f.ends_terminal
            || (labelled
                && f.ends_with_period
                && (value.split(|&b| b == b' ').count() <= 6 || value.contains(&b';'))))
}

/// Whether block `i`'s text after its label's colon (at byte `colon` of
/// the trimmed text) is figures: a number, and no word in lower case
/// outside brackets (`(pp)`, `(en)` are a box score's marks). A further
/// label's own words (`Goalies:`) are capitalised, so they pass.
fn is_stat_value(cx: &Ctx, i: usize, colon: usize) -> bool {
    let text = cx.text(i);
    let from = cx.raw[i].span.start as usize + (text.len() - text.trim_ascii_start().len()) + colon;
    let mut depth = 0u32;
    let mut numbers = 0;
    for t in cx.toks(i).iter().filter(|t| t.span.start as usize > from) {
        let b = t.bytes(cx.input);
        match t.kind {
            TokenKind::Number => numbers += 1,
            TokenKind::Word if depth == 0 && b[0].is_ascii_lowercase() => return false,
            TokenKind::Punct if b == b"(" => depth += 1,
            TokenKind::Punct if b == b")" => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    numbers > 0
}

/// From the end, short fragments and pitches after the last body paragraph.
fn mark_trailing_boilerplate(cx: &Ctx, a: &mut Article<'_>, kinds: &mut [BlockKind]) {
    let mut bodies_left = kinds.iter().filter(|&&k| k == BlockKind::Body).count();
    let mut bio_seen = false;
    for i in (0..kinds.len()).rev() {
        match kinds[i] {
            BlockKind::Body => {}
            _ => continue,
        }
        // A closing line about the author (once) is the site's furniture,
        // as the line about the outlet is (`Jane Roe covers city hall.
        // Reach her at …`), but it still credits the author by name.
        if !bio_seen {
            if let Some(name) = author_bio(cx, a, i) {
                kinds[i] = BlockKind::Boilerplate;
                a.credits.push(name);
                bio_seen = true;
                continue;
            }
        }
        if bodies_left <= 1 {
            break;
        }
        let f = cx.feats[i];
        let text = cx.text(i);
        // `More for you`; an address line `The Morning Ferry, 1201 Western Ave`.
        let in_list = starts_item(cx, i) && i > 0 && starts_item(cx, i - 1);
        let fragment = (f.words <= 8 || (f.words <= 12 && f.numbers > 0))
            && !f.ends_terminal
            && !f.ends_open
            && !in_list;
        let pitch = f.words <= 60
            && !f.said
            && ((f.pitch_word && f.words <= 15)
                || lexicon::TAIL_BOILERPLATE_PHRASES
                    .iter()
                    .any(|p| contains_ignore_case(text, p)));
        // `Follow The Lagoon Herald on Viber and Telegram for the latest
        // news`: an invitation to follow the outlet somewhere.
        let follow = f.words <= 25
            && !f.said
            && lexicon::starts_with_ignore_case(text, "follow ")
            && contains_ignore_case(text, " on ");
        let unwrapped = text.strip_prefix(b"(").unwrap_or(text);
        let contact = f.words <= 25 && text.contains(&b'@') && !f.said;
        let note = f.words <= 60
            && lexicon::starts_with_any(unwrapped, lexicon::PIECE_NOTES)
            && lexicon::PIECE_NOTE_WORDS
                .iter()
                .any(|w| contains_ignore_case(text, w));
        // `Minch Radio News is on air every hour from 7am on 106.4 FM.`,
        // `Get breaking news on The Lake Zone Post app.`: the outlet,
        // named, selling itself.
        // (A notice's shape: an imperative first, a schedule, or how it
        // is paid for (`X is listener-supported.`); not `X has launched an
        // appeal`, `told X on air last year`.)
        let notice = || {
            [
                "get ",
                "download ",
                "listen ",
                "watch ",
                "subscribe ",
                "join ",
                "follow ",
            ]
            .iter()
            .any(|p| starts_with_ignore_case(text, p))
                || OUTLET_SCHEDULES
                    .iter()
                    .any(|w| contains_ignore_case(text, w))
        };
        let outlet_promo = f.words <= 25
            && !f.said
            && a.header.publisher.is_some_and(|p| {
                // (In any case: `KODIAK HARBOR RADIO` on the masthead.)
                let name = p.slice(cx.input);
                name.len() >= 4
                    && core::str::from_utf8(name).is_ok_and(|n| contains_ignore_case(text, n))
            })
            && notice();
        if fragment || pitch || follow || note || contact || outlet_promo || is_data_line(cx, i) {
            kinds[i] = BlockKind::Boilerplate;
            bodies_left -= 1;
        } else {
            break;
        }
    }
}

/// When an outlet says it can be heard or watched, or who pays for it, in
/// its notice about itself under the story.
const OUTLET_SCHEDULES: [&str; 9] = [
    "every hour",
    "on the hour",
    "weeknights",
    "every weekday",
    "24 hours a day",
    "listener-supported",
    "reader-supported",
    "viewer-supported",
    "member-supported",
];

/// `Rovers: Carr; Dunn, Pattinson (Hall 46), Reid; Bell.`, `Referee: Neil
/// Armitage. Attendance: 1,187.`: a team sheet or a match's facts after a
/// report, names and numbers under labels with no word in lower case.
fn is_data_line(cx: &Ctx, i: usize) -> bool {
    let toks = cx.toks(i);
    let mut separators = 0;
    let mut words = 0;
    for t in toks {
        let b = t.bytes(cx.input);
        match t.kind {
            TokenKind::Word if b[0].is_ascii_lowercase() => return false,
            TokenKind::Word => words += 1,
            TokenKind::Punct if b == b";" || b == b":" => separators += 1,
            _ => {}
        }
    }
    words >= 3 && separators >= 2
}

/// A correction's label, maybe dated: `Correction:`, `Clarification, 3 May
/// 2025:`, `Update (3/4, 1:40 PM ET):` (the editor's notes of
/// [`lexicon::NOTE_PREFIXES`] need no colon).
fn is_dated_note_label(text: &[u8]) -> bool {
    // `Update (3/4, 1:40 PM ET): …`: a dated update note.
    if starts_with_ignore_case(text, "update (") {
        return memchr::memmem::find(&text[..text.len().min(56)], b"):")
            .is_some_and(|close| text[8..close].iter().any(u8::is_ascii_digit));
    }
    ["correction", "clarification"].iter().any(|label| {
        let Some(rest) = text
            .get(label.len()..)
            .filter(|_| starts_with_ignore_case(text, label))
        else {
            return false;
        };
        match rest.first() {
            Some(b':') => true,
            Some(b',') => rest
                .iter()
                .take(40)
                .position(|&b| b == b':')
                .is_some_and(|colon| {
                    header::date_line(&rest[1..colon]).is_some_and(|d| d.date.is_some())
                }),
            _ => false,
        }
    })
}

/// `WAM/Amjad Saleh/Hazem Hussein`: a wire service in capitals and the
/// names of its writer and editor, split by slashes.
fn is_wire_desk_line(text: &[u8]) -> bool {
    let text = text.trim_ascii();
    let mut parts = text.split(|&b| b == b'/');
    let Some(wire) = parts.next() else {
        return false;
    };
    let mut names = 0;
    for part in parts {
        let words = || part.split(|&b| b == b' ').filter(|w| !w.is_empty());
        let n = words().count();
        // (People's names: not `AFP/Getty Images`, `REUTERS/Alamy`.)
        if !(2..=4).contains(&n)
            || !words().all(is_capitalised)
            || words().any(|w| contains(lexicon::PHOTO_CREDIT_WORDS, w))
        {
            return false;
        }
        names += 1;
    }
    names >= 1
        && text.len() <= 80
        && wire.iter().all(u8::is_ascii_uppercase)
        && contains(lexicon::CAPS_AGENCIES, wire)
}

fn is_credit(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    if f.words > 60 || f.quotes > 0 {
        return false;
    }
    let text = cx.text(i);
    let t = text.strip_prefix(b"(").unwrap_or(text);
    // `— With files from X`: a dash before the credit.
    let t = after_dash(t).unwrap_or(t);
    const PREFIXES: [&str; 21] = [
        "with files from",
        "with inputs from",
        "reporting by",
        "additional reporting by",
        "writing by",
        "editing by",
        "compiled by",
        "with reporting by",
        "reporting and writing by",
        "edited by",
        "research by",
        "contributing:",
        "photographs by",
        "photography by",
        "photos by",
        "illustrations by",
        "illustration by",
        "graphics by",
        "video by",
        "translated by",
        "translation by",
    ];
    // `Research by the Resolution Foundation found…` is a sentence: a credit
    // names people right after `by`, in a short block with no clause.
    // (`Edited By: Jane Doe`: a colon may stand after the phrase.)
    let by_names = PREFIXES.iter().any(|p| {
        if !starts_with_ignore_case(t, p) {
            return false;
        }
        let rest = t[p.len()..].trim_ascii_start();
        let rest = rest.strip_prefix(b":").unwrap_or(rest).trim_ascii_start();
        rest.first()
            .is_some_and(|c| c.is_ascii_uppercase() || *c >= 0xC0)
            && !rest.starts_with(b"The ")
    });
    // `With a report from Jericho Santos`, `—With assistance from X`; not
    // `With reports from Gaza suggesting …, the UN called …`.
    let from_source = f.words <= 8
        && !f.said
        && SOURCE_PREFIXES[1..]
            .iter()
            .any(|p| starts_with_ignore_case(t, p))
        && t.iter().all(|&b| b != b',');
    // `Editor: Helen Wright`; not a letter's `Editor: I was appalled …`.
    // (`Reporter: X`, `Translator: X`, as wires sign off.)
    // (Not a transcript's `Reporter: Will taxes go up?`.)
    let editor = ["editor:", "reporter:", "translator:"].iter().any(|p| {
        starts_with_ignore_case(t, p)
            && t[p.len()..]
                .split(|&b| b == b' ')
                .filter(|w| !w.is_empty())
                .all(|w| is_capitalised(w) && !w.contains(&b'?'))
    }) && f.words <= 5;
    // `Quotes translated from Faroese by Heðin Mikkelsen`: the translator,
    // in a line of its own (not `The novel was translated from French by
    // Frank Wynne.`).
    let translated = f.words <= 12
        && !f.said
        && [
            "translated from ",
            "quotes translated from ",
            "interview translated from ",
        ]
        .iter()
        .any(|p| starts_with_ignore_case(t, p))
        && t.windows(4).enumerate().any(|(k, w)| {
            w == b" by "
                && t.get(k + 4)
                    .is_some_and(|c| c.is_ascii_uppercase() || *c >= 0xC0)
        });
    // `(By Chen Yu-ting and Marcus Liao)`: a wire's byline at the end.
    let closing_byline = f.words <= 12
        && text
            .trim_ascii()
            .strip_prefix(b"(")
            .and_then(|t| t.strip_suffix(b")"))
            .and_then(header::byline)
            .is_some_and(|b| !b.authors.is_empty());
    (by_names && f.words <= 30 && !f.said)
        || translated
        || closing_byline
        || from_source
        || editor
        || is_wire_desk_line(t)
        || (f.credit_phrase && f.words <= 30)
        || (f.words <= 12 && f.reported_from && f.sentences == 1 && name_before_reported(cx, i))
}

/// Credit phrases whose `from` names a source, not a place (with the
/// space before the name).
const SOURCE_PREFIXES: [&str; 5] = [
    "with files from ",
    "with inputs from ",
    "with a report from ",
    "with reports from ",
    "with assistance from ",
];

/// `Jane Doe reported from Nairobi.`: a capitalised name right before
/// `reported`.
fn name_before_reported(cx: &Ctx, i: usize) -> bool {
    let words: Vec<&[u8]> = cx
        .toks(i)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.bytes(cx.input))
        .collect();
    words.windows(2).any(|w| {
        is(w[1], "reported") && is_capitalised(w[0]) && !contains(lexicon::SENTENCE_STARTERS, w[0])
    })
}

/// Words that open credit phrases or name jobs, never part of a name.
const CREDIT_WORDS: &WordSet = &WordSet::new(&[
    "additional",
    "and",
    "by",
    "compiled",
    "contributing",
    "credit",
    "edited",
    "editing",
    "files",
    "from",
    "graphics",
    "illustration",
    "illustrations",
    "photo",
    "photographs",
    "photography",
    "photos",
    "produced",
    "reporting",
    "research",
    "with",
    "writing",
]);

/// Names in a credit block: runs of capitalised words, without job words,
/// outlets, and places after `in`/`from`.
fn add_credits(cx: &Ctx, a: &mut Article<'_>, i: usize) {
    let input = cx.input;
    let toks = cx.toks(i);
    // Where the name after an opening `With files from` / `With a report
    // from` starts.
    let source_at = {
        let text = cx.text(i);
        let t = text.strip_prefix(b"(").unwrap_or(text);
        let t = after_dash(t).unwrap_or(t);
        SOURCE_PREFIXES
            .iter()
            .find(|p| starts_with_ignore_case(t, p))
            .map(|p| cx.raw[i].span.start as usize + (text.len() - t.len()) + p.len())
    };
    let mut k = 0;
    while k < toks.len() {
        let t = toks[k];
        let w = t.bytes(input);
        // (`KZPH's Mia Castellanos contributed`: the outlet owning the
        // name is no part of it.)
        let possessive = crate::text::ends_in_possessive_s(w);
        let starts_name = t.kind == TokenKind::Word
            && is_capitalised(w)
            && !possessive
            && !contains(lexicon::WRITER_ROLES, w)
            && !contains(CREDIT_WORDS, w)
            && !contains(lexicon::ORG_WORDS, w)
            && !contains(lexicon::CAPS_AGENCIES, w);
        if !starts_name {
            // (`Radio Free Asia`, `Agence France-Presse`: an outlet's word
            // opens a run that is all the outlet's name.)
            k += 1;
            if t.kind == TokenKind::Word && is_capitalised(w) && contains(lexicon::ORG_WORDS, w) {
                while toks.get(k).is_some_and(|s| s.kind == TokenKind::Space)
                    && toks.get(k + 1).is_some_and(|n| {
                        n.kind == TokenKind::Word && is_capitalised(n.bytes(input))
                    })
                {
                    k += 2;
                }
            }
            continue;
        }
        // Extend over `Word (Space Word)*` and initials `J.`.
        let mut end = k + 1;
        let mut words = 1;
        let mut j = k + 1;
        loop {
            // Allow a period after an initial.
            if j < toks.len()
                && toks[j].kind == TokenKind::Punct
                && toks[j].bytes(input) == b"."
                && toks[j - 1].span.len() == 1
            {
                j += 1;
                end = j;
            }
            if j + 1 < toks.len()
                && toks[j].kind == TokenKind::Space
                && toks[j + 1].kind == TokenKind::Word
            {
                let w = toks[j + 1].bytes(input);
                if is_capitalised(w)
                    && !contains(lexicon::WRITER_ROLES, w)
                    && !contains(CREDIT_WORDS, w)
                {
                    words += 1;
                    j += 2;
                    end = j;
                    continue;
                }
                if contains(lexicon::NAME_PARTICLES, w)
                    && toks.get(j + 3).is_some_and(|t| {
                        t.kind == TokenKind::Word && is_capitalised(t.bytes(input))
                    })
                {
                    j += 2;
                    continue;
                }
            }
            break;
        }
        // `in Ottawa`, `from Kyiv`: places; but the name right after
        // `With files from` or `With a report from` is the source's.
        let files_from = k >= 4 && toks[k - 4].bytes(input).eq_ignore_ascii_case(b"files");
        let after_in = k >= 2
            && matches!(toks[k - 2].bytes(input), b"in" | b"from" | b"at" | b"of")
            && !files_from
            && Some(t.span.start as usize) != source_at;
        let last = toks[end - 1].bytes(input);
        let outlet = contains(lexicon::ORG_WORDS, last);
        if words >= 2 && !after_in && !outlet {
            a.credits
                .push(Span::new(t.span.start, toks[end - 1].span.end));
        }
        k = end;
    }
}

/// Photo captions: a photo credit or a date in a closing bracket, a position
/// (`, left,`), a `Photo:` label, or a present-tense scene verb in a single
/// sentence that ends without a full stop or with a date.
fn is_caption(cx: &Ctx, i: usize) -> bool {
    if is_captioned(cx, i) {
        return true;
    }
    let f = cx.feats[i];
    let Some(verb) = caption_verb(cx, i) else {
        return false;
    };
    if !f.ends_terminal {
        // A short line with a verb and no stop may be a subhead instead; a
        // line ending in a colon introduces what follows. (`the decision
        // leaves a hole in the budget` is a deck.)
        return f.words >= 8 && !f.ends_open && !LEAVING.contains(&verb);
    }
    // Ends with a full stop: only a vivid scene verb with a day or date near
    // the end makes it a caption (`X shakes hands with Y on Thursday.`).
    const SCENE: [&[u8]; 7] = [
        b"shakes",
        b"shake",
        b"waves",
        b"wave",
        b"poses",
        b"pose",
        b"gestures",
    ];
    // (`waves of up to 4 meters … through Wednesday.`: a noun; the words
    // are read again only for a scene verb.)
    SCENE.contains(&verb)
        && ends_with_day_or_date(cx.input, cx.toks(i))
        && word_after(cx, i, verb) != b"of"
}

/// The word after the first `word` among block `i`'s words (empty if none).
fn word_after<'a>(cx: &Ctx<'_, 'a>, i: usize, word: &[u8]) -> &'a [u8] {
    let mut words = cx
        .toks(i)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.bytes(cx.input));
    words.find(|&w| w == word);
    words.next().unwrap_or_default()
}

/// A photo's scene: `shakes hands`, `waves to`, `poses for`, `gestures`
/// (not `High street shakes off its slump`).
fn photo_scene(cx: &Ctx, i: usize) -> bool {
    let Some(verb) = caption_verb(cx, i) else {
        return false;
    };
    let next = word_after(cx, i, verb);
    match verb {
        b"shakes" | b"shake" => next == b"hands",
        b"waves" | b"wave" => matches!(next, b"to" | b"at" | b"goodbye"),
        b"poses" | b"pose" => matches!(next, b"for" | b"with"),
        b"gestures" => true,
        _ => false,
    }
}

/// `leave` and `leaves` name a scene in a caption, but only with a full stop
/// and a weekday (see [`scene_on_a_weekday`]).
const LEAVING: [&[u8]; 2] = [b"leave", b"leaves"];

/// The scene verb of a one-sentence block without quotes that may be a
/// caption: a [`lexicon::CAPTION_VERBS`] word or `leave(s)` in lower case
/// after a capitalised word, among its first twelve words.
fn caption_verb<'a>(cx: &Ctx<'_, 'a>, i: usize) -> Option<&'a [u8]> {
    let f = cx.feats[i];
    if f.words == 0 || f.words > 80 || f.quotes > 0 || f.sentences > 1 {
        return None;
    }
    let input = cx.input;
    let mut seen_capital = false;
    for t in cx
        .toks(i)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .take(12)
    {
        let w = t.bytes(input);
        if seen_capital
            && w[0].is_ascii_lowercase()
            && (contains(lexicon::CAPTION_VERBS, w) || LEAVING.contains(&w))
        {
            return Some(w);
        }
        seen_capital |= is_capitalised(w);
    }
    None
}

/// Under the byline or date, a scene verb in the present with a weekday at
/// the end (`Dwayne Castillo leaves the court on Thursday.`): the story
/// would tell it in the past, so it is the picture's caption. (In the story
/// the same shape is a schedule: `The president speaks on Thursday.`)
fn scene_on_a_weekday(cx: &Ctx, i: usize) -> bool {
    let input = cx.input;
    cx.feats[i].ends_terminal
        && !cx.feats[i].said
        && caption_verb(cx, i).is_some()
        && cx
            .toks(i)
            .iter()
            .rev()
            .filter(|t| t.is_wordlike())
            .take(3)
            .any(|t| date::weekday_name(t.bytes(input)).is_ok_and(|(r, _)| r.is_empty()))
}

/// `Alcide Verdin unloads brown shrimp at a dock on Wednesday.` right above
/// the story's dateline (`DULAC, La. —`): someone named at work in the
/// present, under the byline or date, where the story would open with its
/// dateline (not a lede such as `The county tests its sirens on
/// Wednesday.`, which has no name and is the dateline's own block).
fn someone_at_work_above_the_dateline(cx: &Ctx, i: usize) -> bool {
    const WORK_VERBS: &[&[u8]] = &[
        b"carries", b"checks", b"fills", b"hauls", b"loads", b"repairs", b"sorts", b"spreads",
        b"tends", b"tests", b"unloads",
    ];
    let f = cx.feats[i];
    if !f.ends_terminal || f.said || f.quotes > 0 || f.sentences != 1 || i + 1 >= cx.raw.len() {
        return false;
    }
    let input = cx.input;
    let mut words = cx
        .toks(i)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.bytes(input));
    let (Some(given), Some(surname), Some(verb)) = (words.next(), words.next(), words.next())
    else {
        return false;
    };
    header::opens_with_given_name(given)
        && is_capitalised(surname)
        && WORK_VERBS.contains(&verb)
        && super::dateline::dateline(cx.text(i + 1)).is_some()
}

/// A short line that only credits an image: `Getty Images`, `AFP via Getty
/// Images`, `Reuters/Jane Doe`, `Photograph: Jane Doe/AP`.
fn is_image_credit_line(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    if f.words > 4 || f.ends_terminal || f.quotes > 0 {
        return false;
    }
    let input = cx.input;
    let toks = cx.toks(i);
    let credit_word = |t: &Token| {
        t.kind == TokenKind::Word && contains(lexicon::PHOTO_CREDIT_WORDS, t.bytes(input))
    };
    let slash = toks
        .iter()
        .any(|t| t.kind == TokenKind::Punct && t.bytes(input) == b"/");
    // `Getty Images`, `AFP via Getty Images`, `Reuters/Jane Doe`; not a
    // subhead that merely says `Photo Finish`.
    let agency_like = |t: &Token| {
        credit_word(t)
            && !matches!(
                t.bytes(input).to_ascii_lowercase().as_slice(),
                b"photo" | b"photograph" | b"image" | b"picture" | b"file" | b"credit"
            )
    };
    let via = toks.iter().any(|t| t.bytes(input) == b"via");
    toks.iter()
        .filter(|t| t.kind == TokenKind::Word)
        .all(|t| is_capitalised(t.bytes(input)) || t.bytes(input) == b"via")
        && (toks.iter().any(agency_like) || ((slash || via) && toks.iter().any(credit_word)))
}

/// Strong caption cues: a photo label or credit, a date in a closing
/// bracket, a position (`, left,`), an image-credit line.
fn is_captioned(cx: &Ctx, i: usize) -> bool {
    has_photo_cue(cx, i) || is_image_credit_line(cx, i) || follows_caption_label(cx, i)
}

/// The block under a bare caption label (`Image caption,` or `Caption:` on a
/// line of its own) is the caption.
fn follows_caption_label(cx: &Ctx, i: usize) -> bool {
    let Some(label) = i.checked_sub(1).map(|p| cx.text(p)) else {
        return false;
    };
    let label = label.trim_ascii_end();
    let Some(label) = label.strip_suffix(b",").or(label.strip_suffix(b":")) else {
        return false;
    };
    cx.feats[i].quotes == 0
        && cx.feats[i].words <= 80
        && ["image caption", "media caption", "caption"]
            .iter()
            .any(|l| label.eq_ignore_ascii_case(l.as_bytes()))
}

/// Caption cues that a headline never has (an image-credit line can look
/// like a Title Case headline: `Shutterstock Shares Jump`).
fn has_photo_cue(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    if f.words == 0 || f.words > 80 {
        return false;
    }
    let text = cx.text(i);
    const LABELS: [&str; 10] = [
        "photo:",
        "photograph:",
        "image:",
        "caption:",
        "file photo",
        "pictured:",
        "image caption",
        "image source",
        "photo credit",
        "media caption",
    ];
    // `Representative image`, `File image (PTI)`: a stock picture's
    // whole caption.
    const STOCK: [&str; 5] = [
        "file image",
        "file picture",
        "representational image",
        "representative image",
        "stock image",
    ];
    LABELS.iter().any(|p| starts_with_ignore_case(text, p))
        || (f.words <= 5 && STOCK.iter().any(|p| starts_with_ignore_case(text, p)))
        || glued_image_credit(text)
        || gallery_index(text)
        || f.photo_label
        || closing_bracket_is_credit_or_date(text)
        || ends_with_photo_credit(text)
        || (f.words <= 60 && f.position && !f.said)
}

/// `… than for unfurnished onesImage: Jane Roe/dpa`: a picture's label
/// glued to the caption's last word, in the block's last 100 bytes.
fn glued_image_credit(text: &[u8]) -> bool {
    let from = text.len().saturating_sub(100);
    // Each colon of the tail, then the label before it.
    memchr::memchr_iter(b':', &text[from..]).any(|colon| {
        let before = &text[from..from + colon];
        ["Image", "Photo", "Picture"].iter().any(|label| {
            before.ends_with(label.as_bytes())
                && before.len() > label.len()
                && before[before.len() - label.len() - 1].is_ascii_lowercase()
        }) && text.get(from + colon + 1) == Some(&b' ')
    })
}

/// After the caption's last sentence, who took the picture: `Picture by
/// Jess Roe`, `Photo by …`, or a name in capitals with the outlet after a
/// slash or a bar (`JANE ROE/The Courier`, `— JANE ROE | PSBL`,
/// `THE COURIER/Dana Pruitt`).
fn ends_with_photo_credit(text: &[u8]) -> bool {
    let text = text.trim_ascii_end();
    let Some(stop) = text.windows(2).rposition(|w| w == b". ") else {
        return false;
    };
    let tail = text[stop + 2..].trim_ascii();
    let tail = after_dash(tail).unwrap_or(tail);
    // `© Julien Mercier, AFP` (the sign in UTF-8 or Windows-1252).
    if let Some(owner) = tail
        .strip_prefix("©".as_bytes())
        .or_else(|| tail.strip_prefix(b"\xA9"))
    {
        let owner = owner.trim_ascii();
        let n = owner
            .split(|&b| b == b' ')
            .filter(|w| !w.is_empty())
            .count();
        // (Not a story's own notice: `© Copyright Agence France-Presse`,
        // `© Project Syndicate, 2025`.)
        return (1..=6).contains(&n)
            && header::is_capitalised(owner)
            && !starts_with_ignore_case(owner, "copyright")
            && !owner.iter().any(u8::is_ascii_digit);
    }
    let words = || tail.split(|&b| b == b' ').filter(|w| !w.is_empty());
    let n = words().count();
    if n == 0 || n > 9 {
        return false;
    }
    const BY: [&str; 6] = [
        "picture by ",
        "pictures by ",
        "photo by ",
        "photos by ",
        "photograph by ",
        "image by ",
    ];
    // (`Photo by Dana Roe /The Courier`: the outlet after a slash.)
    let capitalised = |w: &[u8]| {
        let w = w.strip_prefix(b"/").unwrap_or(w);
        w.is_empty() || header::is_capitalised(w)
    };
    if BY.iter().any(|p| starts_with_ignore_case(tail, p))
        && n <= 6
        && words().skip(2).all(capitalised)
    {
        return true;
    }
    // `Pic: Gerard Keane`, `Photo: Irish Coast Guard`.
    const LABELS: [&str; 5] = ["pic: ", "picture: ", "photo: ", "image: ", "photograph: "];
    if LABELS.iter().any(|p| starts_with_ignore_case(tail, p))
        && (2..=6).contains(&n)
        && words().skip(1).all(header::is_capitalised)
    {
        return true;
    }
    // The capitals run up to the slash or bar; the outlet may follow in
    // any case.
    let Some(cut) = tail.iter().position(|&b| b == b'/' || b == b'|') else {
        return false;
    };
    let (before, after) = (tail[..cut].trim_ascii(), tail[cut + 1..].trim_ascii());
    let caps_words = before.split(|&b| b == b' ').filter(|w| !w.is_empty());
    let caps = before.len() >= 4
        && caps_words.clone().count() >= 2
        && caps_words.clone().all(header::is_all_caps);
    let after_caps = after
        .split(|&b| b == b' ')
        .filter(|w| !w.is_empty())
        .all(header::is_capitalised);
    caps && !after.is_empty() && after_caps && !after.ends_with(b".")
}

/// `A nursing room at Sindorim Station (Seoul Metropolitan Government)`:
/// no stop, no quotation, and the picture's source in capitalised words in
/// brackets at the end: under the byline or date, a caption.
fn credits_a_source(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    if f.quotes > 0 || f.said || f.words > 40 || f.ends_terminal || f.sentences > 1 {
        return false;
    }
    let text = cx.text(i).trim_ascii_end();
    let Some(inner) = text
        .strip_suffix(b")")
        .and_then(|t| t.iter().rposition(|&b| b == b'(').map(|o| &t[o + 1..]))
    else {
        return false;
    };
    let words = inner.split(|&b| b == b' ').filter(|w| !w.is_empty());
    // (Two words at least: not `… Agency (EPA)`.)
    (2..=6).contains(&words.clone().count())
        && words
            .clone()
            .all(|w| header::is_capitalised(w) || contains(lexicon::NAME_FUNCTION_WORDS, w))
        && text.len() > inner.len() + 20
}

/// A name and where it is, with no verb of a story (`Walt Brenner at his
/// workbench in Chillicothe, where …`): under the byline or date, a
/// picture's caption.
fn names_a_scene(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    if f.quotes > 0 || f.sentences > 1 || f.said || f.words > 40 {
        return false;
    }
    let input = cx.input;
    let mut capitalised = 0;
    for t in cx.toks(i) {
        match t.kind {
            TokenKind::Space => {}
            TokenKind::Word if is_capitalised(t.bytes(input)) => capitalised += 1,
            TokenKind::Word => {
                return (2..=3).contains(&capitalised)
                    && matches!(
                        t.bytes(input),
                        b"at" | b"outside" | b"inside" | b"during" | b"beside"
                    );
            }
            // A comma or a bracket before it: `Jane Doe, 44, at …`.
            _ => return false,
        }
    }
    false
}

/// Two sentences or more whose last has no stop, above a finished
/// paragraph: a caption as sites print it (`X has been closed since
/// October. Staff were told on Tuesday …`); a deck has one sentence.
fn unfinished_after_sentences(cx: &Ctx, i: usize) -> bool {
    let f = cx.feats[i];
    f.quotes == 0
        && f.sentences >= 2
        && f.words <= 60
        && !f.ends_terminal
        && !f.ends_open
        && cx
            .feats
            .get(i + 1)
            .is_some_and(|n| n.ends_terminal && n.words > f.words / 2)
}

/// A gallery's picture number opening a caption: `[1/2] Workers inspect …`.
fn gallery_index(text: &[u8]) -> bool {
    let Some(rest) = text.strip_prefix(b"[") else {
        return false;
    };
    let digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    let n = digits(rest);
    let m = rest.get(n + 1..).map_or(0, digits);
    (1..=3).contains(&n)
        && rest.get(n) == Some(&b'/')
        && (1..=3).contains(&m)
        && rest.get(n + 1 + m) == Some(&b']')
}

/// `Fuegian Notes` above the headline, and `Follow Fuegian Notes for more
/// stories` (or `Copyright 2029 …`, `Subscribe to …`) further down: the
/// line names the outlet, not the story's topic (`Climate Change`).
fn echoed_as_outlet(cx: &Ctx<'_, '_>, i: usize) -> bool {
    let name = cx.text(i).trim_ascii();
    // (Not a writer to follow: `Follow Tom Hill for more stories`.)
    if header::opens_with_given_name(name) {
        return false;
    }
    let after = cx.raw[i].span.end as usize;
    let end = cx.raw.last().map_or(after, |b| b.span.end as usize);
    let rest = cx.input.get(after..end).unwrap_or_default();
    // (A masthead in capitals, `AZORES TODAY`, is echoed in title case:
    // compared without case.)
    let Some(&first) = name.first() else {
        return false;
    };
    let mut starts =
        memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), rest).filter(
            |&at| {
                rest.get(at..at + name.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(name))
            },
        );
    starts.any(|at| {
        let before = &rest[at.saturating_sub(24)..at];
        let before = before.trim_ascii_end();
        // (`Copyright 2029 X`, `© X`, `Follow X`, `Subscribe to X`.)
        let word_start = before
            .iter()
            .rposition(|&b| b == b' ' || b == b'\n')
            .map_or(0, |p| p + 1);
        let word = &before[word_start..];
        let year_after = |mark: &[u8]| {
            !word.is_empty()
                && word.iter().all(u8::is_ascii_digit)
                && before[..word_start].trim_ascii_end().ends_with(mark)
        };
        let copyright = [&b"Copyright"[..], "\u{a9}".as_bytes()]
            .iter()
            .any(|mark| before.ends_with(mark) || year_after(mark));
        // (`Follow X for more stories`, `Subscribe to X.`: the name, then
        // `for` or the line's end; not a topic's coverage, `Follow Climate
        // Change coverage`, `Follow Scottish Football on Facebook`.)
        let tail = rest[at + name.len()..].trim_ascii_start();
        let name_ends = tail.is_empty()
            || tail.starts_with(b"for ")
            || matches!(tail[0], b'.' | b'!' | b'\n' | b'\r');
        copyright
            || (name_ends
                && [
                    &b"Follow"[..],
                    b"follow",
                    b"Subscribe to",
                    b"subscribe to",
                    // (A blog platform's footer: `Writer for X`,
                    // `Published in X`.)
                    b"Writer for",
                    b"Published in",
                ]
                .iter()
                .any(|w| before.ends_with(w)))
    })
}

/// The last few words include a weekday, a month or a year.
fn ends_with_day_or_date(input: &[u8], toks: &[Token]) -> bool {
    toks.iter()
        .rev()
        .filter(|t| t.is_wordlike())
        .take(5)
        .any(|t| {
            let w = t.bytes(input);
            date::weekday_name(w).is_ok_and(|(r, _)| r.is_empty())
                || date::month_name(w).is_ok_and(|(r, _)| r.is_empty())
                || (t.kind == TokenKind::Number && w.len() == 4 && w.iter().all(u8::is_ascii_digit))
        })
}

/// `… [Embassy Tokyo/State Department Photo].`, `… (AP Photo/Jane Doe)`,
/// `… (April 18, 2018)`.
fn closing_bracket_is_credit_or_date(text: &[u8]) -> bool {
    let mut t = text;
    let mut stop_after = false;
    while let [rest @ .., b'.' | b' '] = t {
        stop_after |= t.ends_with(b".");
        t = rest;
    }
    let open = match t.last() {
        Some(b')') => b'(',
        Some(b']') => b'[',
        _ => return false,
    };
    let Some(start) = t.iter().rposition(|&b| b == open) else {
        return false;
    };
    let inner = &t[start + 1..t.len() - 1];
    if inner.is_empty() || inner.len() > 100 {
        return false;
    }
    // The bracket stands after a finished sentence: `… lake. (Reuters)`.
    let after_sentence = t[..start].trim_ascii_end().ends_with(b".");
    if let Ok((rest, _)) = date::parse_date(inner) {
        // `… estate. (April 18, 2018)`: a date standing after the sentence,
        // not a date inside it (`… last year (Jan. 1, 2024).`).
        if rest.iter().all(u8::is_ascii_whitespace) && (after_sentence || !stop_after) {
            return true;
        }
    }
    // `(Hunter Radio: Bec Tranter)`: a source, a colon, a person.
    if let Some(colon) = inner.iter().position(|&b| b == b':') {
        let who = inner[colon + 1..].trim_ascii();
        let names = who.split(|&b| b == b' ').filter(|w| !w.is_empty());
        if (2..=4).contains(&names.clone().count()) && names.clone().all(is_capitalised) {
            return true;
        }
    }
    // `… morning. (Lindiwe Mahlangu/Mzansi Today)`: a photographer's name
    // and the outlet, standing after the sentence.
    if let Some(slash) = inner.iter().position(|&b| b == b'/') {
        let capitalised_words = |s: &[u8]| {
            let words = s.split(|&b| b == b' ').filter(|w| !w.is_empty());
            words.clone().all(is_capitalised).then(|| words.count())
        };
        if after_sentence
            && capitalised_words(&inner[..slash]).is_some_and(|n| (2..=3).contains(&n))
            && capitalised_words(&inner[slash + 1..]).is_some_and(|n| (1..=4).contains(&n))
        {
            return true;
        }
    }
    // `… afternoon. (WHGV)`: a station's call sign or an agency's letters
    // standing after the sentence.
    if after_sentence && (2..=6).contains(&inner.len()) && inner.iter().all(u8::is_ascii_uppercase)
    {
        return true;
    }
    let mut credit_words = inner
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|w| !w.is_empty() && contains(lexicon::PHOTO_CREDIT_WORDS, w));
    let slash = inner.contains(&b'/');
    // `[… State Department Photo]`, `(AP Photo/Jane Doe)`, `… lake. (Reuters)`;
    // not `(186 miles/hour)`, nor `… reported (Reuters).` inside a sentence.
    let standalone = after_sentence || !stop_after;
    (slash && credit_words.clone().next().is_some())
        || (standalone && credit_words.any(|w| w.len() >= 4))
}
