//! Entities and acronyms: people (with roles and one canonical name),
//! organisations, places and nationalities, read from an article's tokens.
//!
//! One pass over the words of each text block groups capitalised words into
//! chunks (`U.S. Vice President Mike Pence`, `Sea of Japan`) and classifies
//! each by its own words (role titles, organisation and place heads, the
//! gazetteer) and by its neighbours (`spokesman Sean Spicer`, `Smith, an
//! economist`, `Wang said`, `in Ayase`). A second pass over the mentions
//! (not the bytes) gives each person the fullest name the article uses, and
//! resolves `Pence`, `the Secretary` and bare surnames. Acronyms are found
//! as `Long Form (LF)` or `LF (Long Form)`, checked in the manner of
//! Schwartz and Hearst, and later uses of the short form are linked.

use crate::lexicon::WordSet;
use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::article::{Block, BlockKind};
use crate::lexicon::{self, contains, letter_bit};
use crate::names::{Gender, Key, DEMONYMS, GIVEN_NAMES, OCCUPATIONS, PLACES};
use crate::sentences::reference::is_initial;
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, agency, party, ministry, newsroom…
    Organization,
    /// A country, region, city, sea, base…
    Place,
    /// A nationality or demonym (`Japanese`, `North Korean`).
    Nationality,
    /// A named thing that is none of these (a ship, a building).
    Other,
}

impl EntityKind {
    /// The name used in the JSON record.
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Nationality => "nationality",
            EntityKind::Other => "other",
        }
    }
}

/// One mention of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// The mention.
    pub span: Span,
    /// The fullest mention of the same entity in the article (the mention
    /// itself when there is none fuller).
    pub canonical: Span,
    /// The title or role attached to a person (`U.S. Vice President`).
    pub role: Option<Span>,
    /// The standard name when the text uses a short form the article never
    /// spells out (`U.S.` → `United States`).
    pub alias: Option<&'static str>,
}

/// An acronym and its expansion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Acronym {
    /// The short form (`DPRK`), at its definition.
    pub short: Span,
    /// The long form (`Democratic People's Republic of Korea`).
    pub long: Span,
    /// This use of the short form (the definition or a later use).
    pub span: Span,
}

/// A word of a block, with what separates it from the previous one.
#[derive(Clone, Copy, Debug)]
struct Word {
    span: Span,
    /// Only one space (or `Dr.`'s period and a space) since the previous
    /// word: the two can belong to one name.
    joined: bool,
    /// The punctuation byte right before it (after the previous word), if
    /// any: `,` for an appositive, `(` for an acronym.
    punct_before: u8,
    /// A quotation mark since the previous word: `striker," Varghese`.
    quote_before: bool,
    /// First word of a sentence.
    sentence_start: bool,
    /// Where the word ends without a possessive `'s` / `’s` / `s'`
    /// (computed once: the rules ask for it many times).
    stem_end: u32,
    /// The word has a possessive: `'s` within it, or an apostrophe right
    /// after its final `s` (`Nurses’ Council`), which the tokenizer leaves
    /// outside the word.
    possessive: bool,
}

/// The shortest line (in bytes) whose line break [`Extractor::load_words`]
/// reads as the wrap of a paragraph: hard-wrapped text runs 60 to 80 bytes a
/// line.
const WRAPPED_LINE: u32 = 50;

/// Where word `w` at `s` ends without a possessive `'s` / `’s` / `s'`.
fn stem_end(w: &[u8], s: Span) -> u32 {
    // (The suffix's length, and how much of it is not the stem's.)
    let (suffix, cut) = match crate::text::possessive_s_len(w) {
        Some(len) => (len, len),
        None if w.ends_with(b"s'") => (2, 1),
        None => return s.end,
    };
    if w.len() > suffix + 1 {
        s.end - cut as u32
    } else {
        s.end
    }
}

/// Extract entities and acronyms from the text blocks of an article.
pub(crate) fn extract(
    input: &[u8],
    tokens: &[Token],
    blocks: &[Block],
    sentences: &[Span],
    credits: &[Span],
    dateline_place: Option<Span>,
) -> (Vec<Entity>, Vec<Acronym>) {
    let mut x = Extractor {
        input,
        mentions: Vec::new(),
        acronyms: Vec::new(),
        words: Vec::new(),
        dateline_place: dateline_place.map(|p| p.slice(input)),
    };
    let mut sentence = 0;
    for b in blocks {
        if !matches!(
            b.kind,
            BlockKind::Title
                | BlockKind::Subtitle
                | BlockKind::Body
                | BlockKind::Heading
                | BlockKind::Caption
                | BlockKind::Credit
        ) {
            continue;
        }
        while sentence < sentences.len() && sentences[sentence].end <= b.span.start {
            sentence += 1;
        }
        let (t0, t1) = b.token_range();
        x.load_words(&tokens[t0..t1], &sentences[sentence..]);
        let before = x.mentions.len();
        x.block();
        // (Only a reporting credit: a photo credit may name an archive.)
        if b.kind == BlockKind::Credit
            && ["report", "contribut", "writing"]
                .iter()
                .any(|w| lexicon::contains_ignore_case(b.span.slice(input), w))
        {
            x.credited_people(&tokens[t0..t1], credits, b.span, before);
        }
    }
    x.resolve();
    x.resolve_coordinated_places();
    x.link_acronyms(tokens, blocks);
    let entities = x.mentions.iter().filter_map(|m| m.entity(input)).collect();
    (entities, x.acronyms)
}

/// A mention before resolution.
#[derive(Clone, Copy, Debug)]
struct Mention {
    kind: Option<EntityKind>,
    span: Span,
    /// The name's last word.
    last: Span,
    words: u8,
    canonical: Span,
    role: Option<Span>,
    alias: Option<&'static str>,
    /// Weak evidence for a place (`in Ayase`) if nothing else claims it.
    after_place_preposition: bool,
    /// `the Secretary`: a role that stands for a person.
    role_reference: bool,
    /// A person only because a reporting verb follows (`… and North
    /// Nazimabad said`): a list of places before it outweighs that.
    said_only: bool,
    /// A person only because its first word is a given name (`Glen View`):
    /// right after a place and `and` in a place preposition's list, it is a
    /// place.
    given_only: bool,
}

impl Mention {
    fn new(kind: Option<EntityKind>, first: Span, last: Span, words: usize) -> Mention {
        let span = Span::new(first.start, last.end);
        Mention {
            kind,
            span,
            last,
            words: words.min(255) as u8,
            canonical: span,
            role: None,
            alias: None,
            after_place_preposition: false,
            role_reference: false,
            said_only: false,
            given_only: false,
        }
    }

    fn entity(&self, input: &[u8]) -> Option<Entity> {
        let kind = self.kind?;
        // `’Mamosa Lebona`: a person's name keeps the apostrophe that
        // opens it (the tokenizer leaves it out of the word).
        let named = |span: Span| {
            if kind != EntityKind::Person {
                return span;
            }
            let start = span.start as usize;
            let before = input.get(..start).unwrap_or_default();
            // (Only the typographic mark: a straight one as often opens a
            // quotation, `wrote 'Boris Johnson must go'`.)
            let mark = if before.ends_with("’".as_bytes()) {
                3
            } else {
                return span;
            };
            let opens = start == mark
                || before
                    .get(start - mark - 1)
                    .is_some_and(|&b| b.is_ascii_whitespace() || b == b'(');
            if opens {
                Span::new(span.start - mark as u32, span.end)
            } else {
                span
            }
        };
        // `St. John’s`, `St George’s`: a saint's town of one name keeps its
        // `’s` where no noun follows (not `St Petersburg’s main square`).
        let saints = |span: Span| {
            if kind != EntityKind::Place {
                return span;
            }
            let saint = is_saint_town(span.slice(input));
            let after = input.get(span.end as usize..).unwrap_or_default();
            let mark = if after.starts_with("’s".as_bytes()) {
                4
            } else if after.starts_with(b"'s") {
                2
            } else {
                return span;
            };
            // (Punctuation after it, or a word that no noun of the town's
            // is: not `St Matthew's Church`, `St. Louis’s downtown`.)
            let rest = after.get(mark..).unwrap_or_default();
            let ends = match rest.strip_prefix(b" ") {
                Some(rest) => {
                    let word = rest
                        .split(|b| !b.is_ascii_alphabetic())
                        .next()
                        .unwrap_or_default();
                    matches!(
                        word,
                        b"and"
                            | b"or"
                            | b"in"
                            | b"on"
                            | b"at"
                            | b"to"
                            | b"who"
                            | b"for"
                            | b"from"
                            | b"with"
                            | b"was"
                            | b"is"
                            | b"has"
                            | b"had"
                    )
                }
                None => rest.first().is_none_or(|b| !b.is_ascii_alphanumeric()),
            };
            if saint && ends {
                Span::new(span.start, span.end + mark as u32)
            } else {
                span
            }
        };
        Some(Entity {
            kind,
            span: saints(named(self.span)),
            canonical: saints(named(self.canonical)),
            role: self.role,
            alias: self.alias,
        })
    }
}

struct Extractor<'a> {
    input: &'a [u8],
    mentions: Vec<Mention>,
    acronyms: Vec<Acronym>,
    /// The words of the current block (reused between blocks).
    words: Vec<Word>,
    /// The place the wire dateline names (`RIMOUSKI`): the writer vouches
    /// for it as a place, gazetteer or not.
    dateline_place: Option<&'a [u8]>,
}

/// A saint's name of one word, as towns are named (`St. John`, `St
/// George`, `Saint Lucia`), whose possessive `’s` may be the town's.
fn is_saint_town(text: &[u8]) -> bool {
    [&b"St "[..], b"St. ", b"Saint "].iter().any(|p| {
        text.strip_prefix(*p)
            .is_some_and(|name| !name.is_empty() && !name.contains(&b' '))
    })
}

/// A role whose last word is a plural title (`Council members`,
/// `Councillors`), with no `of` or `for` phrase.
fn is_plural_title(role: &[u8]) -> bool {
    let last = role.rsplit(|&b| b == b' ').next().unwrap_or_default();
    last.len() > 4
        && last.ends_with(b"s")
        && contains(ROLE_HEADS, &last[..last.len() - 1])
        && !role
            .split(|&b| b == b' ')
            .any(|w| w == b"of" || w == b"for")
}

/// A hyphenated word with `of` or `in` between its parts (`Mum-of-two`,
/// `Father-in-law`), or a letter before a lower-case word (`A-level`,
/// `X-ray`, `U-turn`): a description, never part of a name.
fn is_descriptive_compound(w: &[u8]) -> bool {
    let lettered = w.len() > 3 && w[1] == b'-' && w[2..].iter().all(u8::is_ascii_lowercase);
    // (Not `Barrow-in-Furness`: the last part of a place is capitalised.)
    lettered
        || w.len() > 5
            && w.split(|&b| b == b'-')
                .skip(1)
                .any(|part| part == b"of" || part == b"in")
            && w.rsplit(|&b| b == b'-')
                .next()
                .and_then(|last| last.first())
                .is_some_and(|&b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

impl<'a> Extractor<'a> {
    fn text(&self, s: Span) -> &'a [u8] {
        s.slice(self.input)
    }

    /// The names a reporting credit gives (`Additional reporting by Asenaca
    /// Nainima`) are people, whether or not the words say so: each stands
    /// in for what the block's words made of it.
    fn credited_people(&mut self, tokens: &[Token], credits: &[Span], block: Span, from: usize) {
        for &c in credits
            .iter()
            .filter(|c| c.start >= block.start && c.end <= block.end)
        {
            // The credit's first and last words, and how many.
            let (mut first, mut last, mut count) = (None, None, 0);
            for t in tokens.iter().filter(|t| {
                t.kind == TokenKind::Word && t.span.start >= c.start && t.span.end <= c.end
            }) {
                first = first.or(Some(t.span));
                last = Some(t.span);
                count += 1;
            }
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            // What the block's words made of the name: an organisation or
            // a place (`Reporting by Agence France-Presse`, `Radio Free
            // Asia`) stays one.
            let overlapping = |m: &Mention| m.span.start < c.end && c.start < m.span.end;
            if self.mentions[from..].iter().any(|m| {
                overlapping(m)
                    && m.span.start <= c.start
                    && m.span.end >= c.end
                    && matches!(
                        m.kind,
                        Some(EntityKind::Organization | EntityKind::Place | EntityKind::Other)
                    )
            }) {
                continue;
            }
            // A mention of just the name keeps its role (`Staff writer X`);
            // any other mention inside the name goes (`Jordan` in `Asenaca
            // Jordan`).
            let mut k = from;
            while k < self.mentions.len() {
                let m = self.mentions[k];
                if m.span != c && overlapping(&m) {
                    self.mentions.remove(k);
                } else {
                    k += 1;
                }
            }
            if let Some(m) = self.mentions[from..].iter_mut().find(|m| m.span == c) {
                m.kind = Some(EntityKind::Person);
                continue;
            }
            let at = self.mentions[from..]
                .iter()
                .position(|m| m.span.start > c.start)
                .map_or(self.mentions.len(), |p| from + p);
            self.mentions.insert(
                at,
                Mention::new(Some(EntityKind::Person), first, last, count),
            );
        }
    }

    /// Collect the block's words and how they are joined.
    fn load_words(&mut self, tokens: &[Token], sentences: &[Span]) {
        self.words.clear();
        let mut gap_spaces = 0usize;
        let mut gap_other = false;
        let mut punct = 0u8;
        let mut dotted_title = false;
        let mut quote = false;
        let mut s = 0;
        let mut line_start = tokens.first().map_or(0, |t| t.span.start);
        for (q, t) in tokens.iter().enumerate() {
            match t.kind {
                // `Marthinus "Tienie" du Plessis`: a nickname's quote marks
                // keep the name whole.
                TokenKind::OpenQuote | TokenKind::CloseQuote
                    if nickname_quotes(self.input, tokens, q) => {}
                // A line break inside hard-wrapped prose (a long line that
                // stops after a word) is a space: `its president, Lo` /
                // `Kim Fatt`. Short lines are lines of their own: `By Jane
                // Roe` / `Staff Writer`.
                TokenKind::Newline => {
                    let wrapped = t.span.start - line_start >= WRAPPED_LINE
                        && punct == 0
                        && gap_spaces == 0
                        && !gap_other
                        && !self.words.is_empty();
                    line_start = t.span.end;
                    if wrapped {
                        gap_spaces += 1;
                    } else {
                        gap_other = true;
                        gap_spaces += 2;
                    }
                }
                // `G$180,000`, `NZ$5`, `HK$1.2bn`: a currency's letters,
                // no name's.
                TokenKind::Word
                    if t.span.len() <= 3 && self.input.get(t.span.end as usize) == Some(&b'$') =>
                {
                    gap_other = true;
                }
                TokenKind::Word | TokenKind::Number => {
                    while s < sentences.len() && sentences[s].end <= t.span.start {
                        s += 1;
                    }
                    let sentence_start = sentences.get(s).is_some_and(|x| x.start == t.span.start);
                    // `Dr. Hans Kluge`, `Coun. Aisha MacLeod`, `St. Louis`,
                    // and middle initials: `Helen M. Okonjo`.
                    // (`Ma. Lourdes Basco`, where `Ma` opens the name: not
                    // the surname of `Jack Ma. It`.)
                    let n = self.words.len();
                    let prev_title = self.words.last().is_some_and(|last| {
                        let w = self.text(last.span);
                        let opens_name = lexicon::is_given_name_abbreviation(w)
                            && !(last.joined && n >= 2 && self.capitalised(n - 2));
                        punct == b'.'
                            && (contains(lexicon::TITLE_ABBREVIATIONS, w)
                                || opens_name
                                || w.eq_ignore_ascii_case(b"st")
                                || (w.len() == 1 && w[0].is_ascii_uppercase()))
                    });
                    // `Crumb & Co`: an ampersand between two words joins
                    // them into one (organisation) name.
                    let ampersand = punct == b'&' && gap_spaces <= 2;
                    let joined = !self.words.is_empty()
                        && (gap_spaces == 1 || ampersand)
                        && (!gap_other || (dotted_title && prev_title) || ampersand);
                    let stem_end = stem_end(self.text(t.span), t.span);
                    self.words.push(Word {
                        span: t.span,
                        joined,
                        punct_before: punct,
                        quote_before: quote,
                        sentence_start,
                        stem_end,
                        possessive: stem_end != t.span.end,
                    });
                    gap_spaces = 0;
                    gap_other = false;
                    punct = 0;
                    dotted_title = false;
                    quote = false;
                }
                TokenKind::Space => gap_spaces += 1,
                // `Nurses’ Council`: a plural possessive, which may go on
                // into an organisation's head word (see `chunk_end`).
                TokenKind::Apostrophe
                    if gap_spaces == 0
                        && !gap_other
                        && self.words.last().is_some_and(|w| {
                            w.span.end == t.span.start
                                && matches!(self.text(w.span).last(), Some(b's' | b'S'))
                        }) =>
                {
                    if let Some(w) = self.words.last_mut() {
                        w.possessive = true;
                    }
                }
                TokenKind::Punct if t.span.len() == 1 => {
                    let b = self.input.get(t.span.start as usize).copied().unwrap_or(0);
                    dotted_title = b == b'.' && punct == 0 && gap_spaces == 0;
                    if punct == 0 {
                        punct = b;
                    }
                    gap_other = true;
                }
                kind => {
                    quote |= matches!(kind, TokenKind::OpenQuote | TokenKind::CloseQuote);
                    gap_other = true;
                    gap_spaces += 2; // newlines, quotes and dashes split names
                }
            }
        }
    }

    fn word(&self, i: usize) -> &'a [u8] {
        self.text(self.words[i].span)
    }

    /// The word without a possessive `'s` / `’s`, and whether it had one.
    #[inline]
    fn stem(&self, i: usize) -> (Span, bool) {
        let w = &self.words[i];
        (Span::new(w.span.start, w.stem_end), w.possessive)
    }

    /// Whether word `i` opens with a capital letter, as names do; a
    /// compound with `of` or `in` inside (`Mum-of-two`, `Editor-in-chief`)
    /// describes a person and is read as a lower-case word.
    fn capitalised(&self, i: usize) -> bool {
        let w = self.word(i);
        match w.first() {
            Some(b) if b.is_ascii_uppercase() => !is_descriptive_compound(w),
            // (`0x8A` and the like: `Š`, `Œ`, `Ž`, `Ÿ` in Windows-1252.)
            Some(&b) if b >= 0xC0 || matches!(b, 0x8A | 0x8C | 0x8E | 0x9F) => {
                match core::str::from_utf8(&w[..w.len().min(4)])
                    .ok()
                    .or_else(|| core::str::from_utf8(&w[..2.min(w.len())]).ok())
                {
                    Some(s) => s.chars().next().is_some_and(char::is_uppercase),
                    // Not UTF-8: the tokenizer read it as Windows-1252 (`\xC9amonn`).
                    None => crate::text::cp1252_char(b).is_some_and(char::is_uppercase),
                }
            }
            _ => false,
        }
    }

    /// A word that opens sentences and is not a name (`The`, `But`,
    /// `Separately`); honorifics stay, they open names.
    fn opens_sentence(&self, i: usize) -> bool {
        self.lower_in(i, lexicon::SENTENCE_STARTERS) && !self.is_honorific(i)
    }

    fn lower_in<L: lexicon::WordList + ?Sized>(&self, i: usize, list: &L) -> bool {
        contains(list, self.text(self.stem(i).0))
    }

    /// A department's field (`Irrigation`, `Affairs`, `Agriculture`).
    fn is_field_word(&self, i: usize) -> bool {
        self.lower_in(i, DEPARTMENT_NOUNS) || self.lower_in(i, ROLE_MODIFIERS)
    }

    /// Process the current block's words.
    fn block(&mut self) {
        let n = self.words.len();
        // Ordinary text has a lower-case letter within its first words, so
        // this stops early; only a block without one is counted.
        let has_lower = self
            .words
            .iter()
            .any(|w| self.text(w.span).iter().any(u8::is_ascii_lowercase));
        let all_caps = !has_lower
            && self
                .words
                .iter()
                .filter(|w| self.text(w.span).iter().any(u8::is_ascii_alphabetic))
                .count()
                >= 3;
        let (acronyms_before, mentions_before) = (self.acronyms.len(), self.mentions.len());
        self.find_acronyms();
        let mut i = 0;
        while i < n {
            if all_caps {
                i = self.lexicon_match(i, i + 1, true).max(i + 1);
                continue;
            }
            if !self.capitalised(i) {
                i += 1;
                continue;
            }
            if let Some(end) = self.work_title_end(i) {
                // A work's title names no one and nowhere.
                let first = self.words[i].span;
                let last = self.words[end - 1].span;
                self.push(Mention::new(Some(EntityKind::Other), first, last, end - i));
                i = end;
                continue;
            }
            let mut end = self.chunk_end(i);
            self.chunk(i, end);
            if end >= i + 2 && end < n && self.post_nominal_ends(i, end) {
                // The letters after the name are nobody's.
                end += 1;
            }
            i = end;
        }
        // A person's name before a party's letters (`Cllr Niall Murphy
        // (FF)`) is no long form.
        let people = &self.mentions[mentions_before..];
        let mut k = acronyms_before;
        while k < self.acronyms.len() {
            let Acronym { short, long, .. } = self.acronyms[k];
            // (Letters that are the name's initials stay: `Price
            // Waterhouse Coopers (PwC)`, `Jacob Zuma (JZ)`.)
            let initials = {
                let mut letters = short
                    .slice(self.input)
                    .iter()
                    .filter(|b| b.is_ascii_alphabetic())
                    .map(u8::to_ascii_lowercase);
                let mut words = long
                    .slice(self.input)
                    .split(|&b| b == b' ' || b == b'-')
                    .filter(|w| !w.is_empty())
                    .map(|w| w[0].to_ascii_lowercase());
                loop {
                    match (letters.next(), words.next()) {
                        (None, None) => break true,
                        (Some(a), Some(b)) if a == b => {}
                        _ => break false,
                    }
                }
            };
            let named = !initials
                && people.iter().any(|m| {
                    m.kind == Some(EntityKind::Person)
                        && m.span.end == long.end
                        && m.span.start >= long.start
                });
            if named {
                self.acronyms.remove(k);
            } else {
                k += 1;
            }
        }
    }

    /// From word `j` right after a comma in an office's name: capitalised
    /// fields, each one word after a comma, then `and` and the last field
    /// followed by more capitalised words (the holder's name). The index of
    /// that last field, or `None` when the words are no such list.
    fn office_fields_after_comma(&self, j: usize) -> Option<usize> {
        let n = self.words.len();
        let mut k = j;
        // (At most a few fields: `Youth, Culture and Sport`.)
        for _ in 0..4 {
            if k >= n || !self.capitalised(k) || self.given_not_place(k) {
                return None;
            }
            match self.words.get(k + 1) {
                Some(w) if w.punct_before == b',' => k += 1,
                Some(w) if w.joined && self.word(k + 1) == b"and" => {
                    let last = k + 2;
                    let named = last + 1 < n
                        && self.words[last].joined
                        && self.capitalised(last)
                        && self.words[last + 1].joined
                        && self.capitalised(last + 1)
                        && !self.lower_in(last + 1, ROLE_HEADS);
                    return named.then_some(last);
                }
                _ => return None,
            }
        }
        None
    }

    /// `Department for Levelling Up, Housing and Communities said`: after a
    /// body's `of` or `for` and a comma at word `j`, fields (a field noun
    /// after at most one other capitalised word) listed with commas, the
    /// last after `and`; the end of the name, if they are.
    fn body_fields_after_comma(&self, j: usize) -> Option<usize> {
        let n = self.words.len();
        let field_end = |k: usize| {
            let field = |t: usize| t < n && self.capitalised(t) && self.is_field_word(t);
            if field(k) {
                Some(k + 1)
            } else if k + 1 < n && self.capitalised(k) && self.words[k + 1].joined && field(k + 1) {
                Some(k + 2)
            } else {
                None
            }
        };
        let mut k = j;
        for _ in 0..4 {
            let end = field_end(k)?;
            match self.words.get(end) {
                Some(w) if w.punct_before == b',' => k = end,
                Some(w) if w.joined && self.word(end) == b"and" => {
                    let last = field_end(end + 1)?;
                    let closed = last >= n || !self.words[last].joined || !self.capitalised(last);
                    return closed.then_some(last);
                }
                _ => return None,
            }
        }
        None
    }

    /// The end (exclusive) of the chunk of capitalised words from `i`.
    fn chunk_end(&self, i: usize) -> usize {
        let n = self.words.len();
        let mut j = i + 1;
        // Whether the chunk holds an office's `for` or `of` (`Secretary for
        // Transport and Logistics`), whose department may have an `and`.
        let mut office = false;
        // The scans of the words so far look back at most
        // `MAX_CHUNK_WORDS` (no real name is longer): a hostile run of `and
        // Oceans and Oceans …` stays linear.
        let recent = |j: usize| i.max(j.saturating_sub(MAX_CHUNK_WORDS));
        loop {
            if self.stem(j - 1).1 {
                // A possessive ends a name, unless an organisation head
                // follows (`Prime Minister's Office`).
                // (Or a shop's: `Mama Rosa’s Kitchen`; `kitchen` alone is
                // a surname too.)
                let org = j < n
                    && self.words[j].joined
                    && (self.lower_in(j, ORG_HEADS) || self.lower_in(j, BUSINESS_HEADS));
                // Nor a place's last word (`Queen's Park`, `King's Cross`;
                // not `Korea's Park Chung-hee` nor `Labour's Park said`).
                let place = j < n
                    && self.words[j].joined
                    && self.owned_place(j - 1)
                    && !(j + 1 < n && self.words[j + 1].joined && self.capitalised(j + 1));
                // Nor a saint's institution, one or two capitalised words
                // before its head: `St Mary's Grammar School`, `St John's
                // Catholic Church`.
                let saints = j >= i + 2
                    && matches!(self.word(j - 2), b"St" | b"St." | b"Saint")
                    && (j..n.min(j + 3))
                        .take_while(|&k| self.words[k].joined && self.capitalised(k))
                        .skip(1)
                        .any(|k| self.lower_in(k, ORG_HEADS) || self.lower_in(k, SHRINES));
                if !org && !place && !saints {
                    return j;
                }
            }
            // `Minister of Youth, Culture and Sport Kathleen Dill-Burrows`:
            // an office's fields listed with commas, the last after `and`.
            // (Not once a name has come: `Minister of Finance Kate Roy,
            // Jobs and Economy Minister Ravi Kahlon`.)
            if office
                && j < n
                && self.words[j].punct_before == b','
                && !(recent(j)..j).any(|k| self.given_not_place(k))
            {
                if let Some(next) = self.office_fields_after_comma(j) {
                    j = next;
                    continue;
                }
            }
            if j < n
                && self.words[j].punct_before == b','
                && (recent(j) + 1..j).any(|k| {
                    matches!(self.word(k), b"of" | b"for") && self.lower_in(k - 1, ORG_HEADS)
                })
            {
                if let Some(next) = self.body_fields_after_comma(j) {
                    j = next;
                    continue;
                }
            }
            if j >= n || !self.words[j].joined {
                return j;
            }
            // `Metro Line No. 1`, `No.2`: the number is the name's.
            if self.word(j) == b"No"
                && j >= i + 2
                && j + 1 < n
                && self.words[j + 1].punct_before == b'.'
                && self.word(j + 1).iter().all(u8::is_ascii_digit)
                && self.words[j + 1].span.start <= self.words[j].span.end + 2
            {
                return j + 2;
            }
            // `District 1`: a numbered division of a city.
            if self.lower_in(j - 1, NUMBERED_DIVISIONS)
                && self.word(j).iter().all(u8::is_ascii_digit)
                && self.word(j).len() <= 3
            {
                return j + 1;
            }
            if self.capitalised(j) && !self.lower_in(j, CALENDAR) {
                if self.post_nominal_ends(i, j) {
                    return j;
                }
                j += 1;
                continue;
            }
            // `Sea of Japan`, `Joost van der Laan`, `Viana do Castelo`: a run
            // of particles between capitalised words.
            let mut k = j;
            // (Also right after an office's `of` and one word: `Minister of
            // State for Transport`; not `Secretary of State Antony Blinken
            // for American leadership`.)
            let office_for = self.word(j) == b"for"
                && (self.lower_in(j - 1, ROLE_HEADS)
                    || (office && j >= 2 && self.word(j - 2) == b"of"));
            office |= office_for || (self.word(j) == b"of" && self.lower_in(j - 1, ROLE_HEADS));
            // `German Institute for Urban Affairs`, `Centre for Policy
            // Studies`: a body's name goes on after its head's `for`.
            // (Not `the City Council for Monday's meeting`, `the Ford
            // Foundation for Nigeria`.)
            // (Also after `for the`: `Royal Society for the Protection of
            // Birds`.)
            let the = usize::from(j + 2 < n && self.word(j + 1) == b"the");
            let body_for = self.word(j) == b"for"
                && self.lower_in(j - 1, FOR_HEADS)
                && j + 1 + the < n
                && self.words[j + 1 + the].joined
                && !self.lower_in(j + 1 + the, CALENDAR)
                && !self.stem(j + 1 + the).1
                && !key_in(self, &PLACES, j + 1 + the, j + 2 + the);
            // (Not `the Secretary of State and Mrs Clinton`: a person
            // after the `and`.)
            let department_and = office
                && self.word(j) == b"and"
                && j + 1 < n
                && !self.is_honorific(j + 1)
                && !self.lower_in(j + 1, lexicon::TITLE_ABBREVIATIONS)
                && !key_in(self, &GIVEN_NAMES, j + 1, j + 2)
                && self.word(j + 1).iter().any(u8::is_ascii_lowercase)
                && {
                    // (Not `the Minister of Health and Pfizer agreed`: the
                    // holder's given name follows, or a comma closes it.)
                    let mut k = j + 1;
                    while k < n && k < j + 6 && self.words[k].joined && self.capitalised(k) {
                        k += 1;
                    }
                    (k < n && self.words[k].punct_before == b',')
                        || (j + 2..k).any(|g| key_in(self, &GIVEN_NAMES, g, g + 1))
                };
            // `Kerry Education and Training Board`, `Argyll and Bute
            // Council`: an organisation's name whose head follows the `and`
            // (not `Kenya and Uganda Revenue Authority`: a place before it).
            // (Up to four words after it: `Biotechnology and Biological
            // Sciences Research Council`.)
            let org_and = self.word(j) == b"and"
                && {
                    let mut k = j + 1;
                    while k < n && k < j + 5 && self.words[k].joined && self.capitalised(k) {
                        k += 1;
                    }
                    k > j + 1 && self.lower_in(k - 1, ORG_HEADS)
                }
                // (Not `AgriNorth Capital and Plainview Partners`: two
                // whole names.)
                && !self.lower_in(j - 1, ORG_HEADS)
                && !self.lower_in(j - 1, WHOLE_NAME_ENDS)
                && !key_in(self, &crate::names::PLACES, j - 1, j)
                && !key_in(self, &GIVEN_NAMES, j - 1, j);
            // `Energy and Mines Minister Romulo Cardenas`, `Deputy
            // Agriculture and Forestry Minister X`: a ministry's two
            // fields before the title, and the holder's name after it (not
            // `John Smith and Trade Minister Jane Doe`: a person before).
            let title_and = self.word(j) == b"and"
                && j > i
                && !(recent(j)..j).any(|k| self.lower_in(k, ROLE_HEADS))
                && {
                    let mut k = j + 1;
                    while k < n && k < j + 5 && self.words[k].joined && self.capitalised(k) {
                        k += 1;
                    }
                    // (One field after the `and`, then the title and a
                    // name.)
                    k > j + 3 && self.lower_in(j + 2, ROLE_HEADS) && !self.is_honorific(j + 3)
                }
                && !key_in(self, &GIVEN_NAMES, i, i + 1)
                && !key_in(self, &GIVEN_NAMES, j - 1, j)
                && !key_in(self, &crate::names::PLACES, j - 1, j);
            // `the Department of Conservation and Recreation`, `Ministry of
            // Water Resources and Irrigation`: a body's field list goes on
            // after `and` with a field noun (not `the Ministry of Health
            // and Pfizer`).
            let body_and = self.word(j) == b"and"
                && j >= i + 3
                && j + 1 < n
                && (recent(j)..j - 1).any(|k| {
                    // (`National Agency for Meteorology and Environmental
                    // Monitoring`: after `for` as after `of`.)
                    matches!(self.word(k), b"of" | b"for")
                        && k > i
                        && self.lower_in(k - 1, ORG_HEADS)
                })
                && self.capitalised(j + 1)
                && {
                    // (One field word, or two with the field noun last:
                    // `Fish and Wildlife Conservation`.)
                    let open_after =
                        |k: usize| k < n && self.words[k].joined && self.capitalised(k);
                    // (The name ends the field list: not `Institute for
                    // Government and Labour sources`, `Department for
                    // Transport and Transport for London`.)
                    let ends_name = |e: usize| {
                        e >= n
                            || !self.words[e].joined
                            || !((self.lower_in(e, GROUP_AFTER_NAME)
                                && self.lower_in(e - 1, BODIES_OF_THEIR_OWN))
                                || (self.word(e) == b"for" && e + 1 < n && self.capitalised(e + 1)))
                    };
                    (!open_after(j + 2) && self.is_field_word(j + 1) && ends_name(j + 2))
                        || (open_after(j + 2)
                            && !open_after(j + 3)
                            && self.is_field_word(j + 2)
                            && ends_name(j + 3))
                };
            if body_for {
                k += 1 + the;
            } else if self.word(j) == b"of"
                || office_for
                || department_and
                || org_and
                || title_and
                || body_and
            {
                k += 1;
            } else {
                while k < n
                    && k < j + 3
                    && (k == j || self.words[k].joined)
                    && self.lower_in(k, lexicon::NAME_PARTICLES)
                {
                    k += 1;
                }
            }
            if k > j && k < n && self.words[k].joined && self.capitalised(k) {
                j = k + 1;
            } else {
                return j;
            }
        }
    }

    /// Whether word `j`, after at least two words of a chunk from `i`, is
    /// letters after a name that are no part of it (`John Smith MP said`,
    /// `Aoife Byrne BL`, `Joe Bloggs OBE`): capitals from
    /// [`POST_NOMINALS`] with no capitalised word after them (`Labour MP
    /// Jane Doe` goes on).
    fn post_nominal_ends(&self, i: usize, j: usize) -> bool {
        // (`SC` is a club's too, `Orlando City SC`: a senior counsel's only
        // after `counsel`.)
        let club =
            self.word(j) == b"SC" && !(i > 0 && self.word(i - 1).eq_ignore_ascii_case(b"counsel"));
        j >= i + 2
            && !club
            && self.word(j).iter().all(u8::is_ascii_uppercase)
            && self.lower_in(j, POST_NOMINALS)
            && !(j + 1 < self.words.len() && self.words[j + 1].joined && self.capitalised(j + 1))
    }

    /// `Puerto Princesa, the capital of Palawan`: after a place named
    /// right before, `, the capital of` names the place it is in.
    fn capital_of_place(&self, i: usize) -> bool {
        i > 4
            && self.word(i - 2) == b"capital"
            && self.word(i - 3) == b"the"
            && self.words[i - 3].punct_before == b','
            && self.mentions.last().is_some_and(|m| {
                m.kind == Some(EntityKind::Place) && m.span.end == self.words[i - 4].span.end
            })
    }

    /// `her album Òran na Mara,`, `the documentary Silver Darlings`: after
    /// a lower-case noun for a work, its title: capitalised words and short
    /// lower-case ones between them, up to the end of the run. Returns the
    /// title's end.
    fn work_title_end(&self, i: usize) -> Option<usize> {
        let n = self.words.len();
        if i == 0 || !self.words[i].joined || !self.lower_in(i - 1, WORK_NOUNS) {
            return None;
        }
        if self.word(i - 1).first().is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        // (Not a day: `performed the song Saturday`.)
        if self.lower_in(i, CALENDAR) {
            return None;
        }
        let mut end = i + 1;
        let mut k = i + 1;
        while k < n && k < i + 8 && self.words[k].joined {
            // (Capitalised words and a title's small words between them:
            // `Òran na Mara`, `Pride and Prejudice`; not `Jaws was a hit in
            // Boston`.)
            if self.capitalised(k) && !self.lower_in(k, CALENDAR) {
                end = k + 1;
            } else if !self.lower_in(k, TITLE_SMALL_WORDS) {
                break;
            }
            k += 1;
        }
        Some(end)
    }

    /// Classify the chunk of words `i..end`, first cutting it at an `of`
    /// that follows a person (`Priyanka Bose of Ridgeline Capital`).
    fn chunk(&mut self, mut i: usize, end: usize) {
        // `Residents of Korangi …` opening a sentence: a common noun
        // capitalised by its place, then the name.
        if self.words[i].sentence_start
            && i + 2 < end
            && self.word(i + 1) == b"of"
            && self.lower_in(i, RESIDENT_NOUNS)
        {
            i += 2;
        }
        while let Some(k) = (i + 1..end).find(|&k| self.word(k) == b"of") {
            if k + 1 >= end || !self.person_before_of(i, k) {
                break;
            }
            self.classify(i, k);
            i = k + 1;
        }
        self.classify(i, end);
    }

    /// Whether words `i..k`, before an `of`, are a person: a role and a name,
    /// or a given name and a surname.
    fn person_before_of(&self, i: usize, k: usize) -> bool {
        let i = if self.opens_sentence(i) { i + 1 } else { i };
        if i >= k {
            return false;
        }
        if self.role_prefix(i, k).is_some_and(|(_, name)| name < k) {
            return true;
        }
        // (Or a lower-case role right before the name, however unknown
        // its given name: `Homestay owner Sheeba Mathew of Kainakary`.)
        let role_before =
            i > 0 && self.words[i].joined && !self.capitalised(i - 1) && self.is_role_word(i - 1);
        (2..=3).contains(&(k - i))
            && (key_in(self, &GIVEN_NAMES, i, i + 1) || role_before)
            && !(i..k).any(|j| self.lower_in(j, ORG_HEADS) || self.lower_in(j, PLACE_HEADS))
            && !self.whole_lexicon_match(i, k)
    }

    /// Classify the chunk of words `i..end`.
    fn classify(&mut self, mut i: usize, end: usize) {
        // Drop sentence-opening function words and calendar words: `The`,
        // `But`, `Monday`.
        // (Not `A. Jebaraj`: an initial and its period before a name.)
        // (`Around Lenakel, …`: a place preposition opening the sentence;
        // not `Outside Magazine`, `Beyond Meat`.)
        // (`First Minister X`: an ordinal opening a title stays.)
        while i < end
            && ((self.opens_sentence(i)
                && !(i + 1 < end && self.word(i) == b"First" && self.lower_in(i + 1, ROLE_HEADS)))
                || self.lower_in(i, CALENDAR)
                || (self.words[i].sentence_start
                    && i + 1 < end
                    && matches!(self.word(i), b"Around" | b"Across")))
            && !(i + 1 < end
                && self.word(i) == b"A"
                && self.input.get(self.words[i].span.end as usize) == Some(&b'.')
                // (Not `plan A. Smith said`, `vitamin A. Doctors`: a
                // word's letter ending a sentence.)
                && (i == 0 || !self.words[i].joined || self.words[i].punct_before == b','))
        {
            i += 1;
        }
        // `State-owned Codelco`, `Family-run Brightwater`: a describing
        // compound opening the sentence is no part of the name.
        if i + 1 < end {
            let w = self.word(i);
            if let Some(dash) = w.iter().position(|&b| b == b'-') {
                let tail = &w[dash + 1..];
                if matches!(
                    tail,
                    b"owned" | b"run" | b"backed" | b"controlled" | b"listed" | b"funded" | b"led"
                ) {
                    i += 1;
                }
            }
        }
        // `Nagoya-based Sanshu Rolling Stock`: the place a company is based
        // in, then the company.
        if i < end {
            let w = self.words[i].span;
            let text = self.text(w);
            let cut = text.len().saturating_sub(b"-based".len());
            if cut > 0 && text[cut..].eq_ignore_ascii_case(b"-based") {
                let stem = Span::new(w.start, w.start + cut as u32);
                if looks_like_place_name(self.text(stem)) {
                    self.push(Mention::new(Some(EntityKind::Place), stem, stem, 1));
                }
                i += 1;
            }
        }
        if i >= end {
            return;
        }
        let n = end - i;
        let last = end - 1;
        let (last_stem, _) = self.stem(last);
        let span = Span::new(self.words[i].span.start, last_stem.end);
        let first = self.words[i].span;

        if n == 1 && (self.lower_in(i, GENERIC_SUBJECTS) || is_contraction(self.text(first))) {
            return;
        }
        if let Some(town) = self.saint_town(i, end) {
            self.push(town);
            return;
        }
        // (`Limited data exist`, `Exchange rates fell`, `Collective
        // bargaining works`, `Rail services`, `Legislature staff`: heads
        // that name a body only after a name.)
        if n == 1
            && self.lower_in(i, ORG_HEADS)
            && !self.lower_in(i, ROLE_HEADS)
            && !matches!(
                self.text(self.stem(i).0),
                b"Limited"
                    | b"Exchange"
                    | b"Exchanges"
                    | b"Cooperative"
                    | b"Co-operative"
                    | b"Collective"
                    | b"Rail"
                    | b"Railway"
                    | b"Railways"
                    | b"Legislature"
            )
        {
            // `Police said`, `Parliament voted`; but `Board member`,
            // `Council leader`, `School board` name no body: a generic
            // head is a lower-case noun's modifier (not `Senate leader`,
            // `Police chief`, `Rovers manager`).
            let modifier = self.words[i].sentence_start
                && self.lower_in(i, GENERIC_BODIES)
                && i + 1 < self.words.len()
                && self.words[i + 1].joined
                && self.word(i + 1).first().is_some_and(u8::is_ascii_lowercase)
                && (self.lower_in(i + 1, ORG_HEADS) || self.lower_in(i + 1, ROLE_HEADS));
            if !modifier {
                let org = Mention::new(Some(EntityKind::Organization), first, last_stem, 1);
                self.push(org);
            }
            return;
        }
        // `the City of Lawton said`: a town's government speaking, whether
        // or not the gazetteer knows the town.
        if (3..=4).contains(&n)
            && self.capitalised(i)
            && self.lower_in(i, CIVIC_BODIES)
            && self.word(i + 1) == b"of"
            && (i + 2..end).all(|k| self.capitalised(k))
            && self.says_after(end)
        {
            let org = Mention::new(Some(EntityKind::Organization), first, last_stem, n);
            self.push(org);
            return;
        }
        // `the Brig Inn`, `the Black Bull Tavern`: a pub, whatever title
        // its first word looks like.
        if n >= 2 && matches!(self.text(last_stem), b"Inn" | b"Tavern") {
            let org = Mention::new(Some(EntityKind::Organization), first, last_stem, n);
            self.push(org);
            return;
        }
        // `the head of the KCSA Oleksandr Hrytsenko`, `the SPA Eng. Amr
        // Fathy`: an acronym in capitals, then a person's name (a given
        // name, an honorific or a role next).
        if n >= 3
            && (2..=6).contains(&self.word(i).len())
            && self.word(i).iter().all(u8::is_ascii_uppercase)
            && !self.lower_in(i, ROLE_HEADS)
            && !self.is_honorific(i)
            && !self.lower_in(i, lexicon::TITLE_ABBREVIATIONS)
            && !self.lower_in(i, SHIP_PREFIXES)
            // (Police ranks are titles: `PC Andrew Harper`; `UK` a place.)
            && !self.lower_in(i, POLICE_RANKS)
            && !key_in(self, &PLACES, i, i + 1)
            && self.alias(i, i + 1).is_none()
            && !self.lower_in(i + 1, ROLE_HEADS)
            && self.word(i + 1).iter().any(u8::is_ascii_lowercase)
            && (key_in(self, &GIVEN_NAMES, i + 1, i + 2)
                || self.is_honorific(i + 1)
                // `KPXR First Alert Meteorologist Dustin Fontenot`: a
                // station's call sign, then a role and a name the role
                // rules cannot reach past it (`FBI Deputy Director X`
                // keeps the acronym in its role).
                || (self
                    .role_prefix(i + 1, end)
                    .is_some_and(|(_, name)| name < end)
                    && self.role_prefix(i, end).is_none()))
        {
            let acronym = self.words[i].span;
            self.push(Mention::new(
                Some(EntityKind::Organization),
                acronym,
                acronym,
                1,
            ));
            self.classify(i + 1, end);
            return;
        }
        // `the Red Line`, `the Purple Line`: a transit line by its colour,
        // no person (not `Norwegian Cruise Line`, a company).
        if n == 2
            && self.word(last) == b"Line"
            && self.lower_in(i, LINE_COLOURS)
            && !self.says_after(end)
        {
            self.push(Mention::new(Some(EntityKind::Other), first, last_stem, n));
            return;
        }
        // A name ending in a number is a place's (`District 1`) or a
        // thing's (`Metro Line No. 1`), never a person's.
        // (Organisations keep their heads: `Independent School District
        // 196`, `Federal High Court No. 3`.)
        if n > 1
            && self.word(last).iter().all(u8::is_ascii_digit)
            && !(i + 1..last).any(|k| self.lower_in(k, ORG_HEADS))
        {
            let kind = if self.lower_in(last - 1, NUMBERED_DIVISIONS) {
                EntityKind::Place
            } else {
                EntityKind::Other
            };
            self.push(Mention::new(Some(kind), first, last_stem, n));
            return;
        }
        // `Hang Seng Index`, `Consumer Price Index`: a market index or a
        // measure by its last word, a thing.
        if n > 1 && self.lower_in(last, THING_HEADS) && !self.says_after(end) {
            self.push(Mention::new(Some(EntityKind::Other), first, last_stem, n));
            return;
        }
        // (And a storm by its name: `Cyclone Gabrielle`, `Storm Ciarán`.)
        // (Not a place or a body named for one: `Storm Bay`, `Storm Bay
        // Coastal Alliance`.)
        let storm = self.lower_in(i, STORM_TITLES)
            && !self.lower_in(end - 1, PLACE_HEADS)
            && !self.lower_in(end - 1, ORG_HEADS);
        if (self.lower_in(i, SHIP_PREFIXES) || storm) && n > 1 {
            self.push(Mention::new(Some(EntityKind::Other), first, last_stem, n));
            return;
        }
        // A noun before the name says what it names: `the tug Margaret
        // Ann`, `the consultancy Blåvand Advisory`, `chief executive of
        // Nordlys Linjer`.
        if let Some(kind) = self.kind_from_context(i, end) {
            self.push(Mention::new(Some(kind), first, last_stem, n));
            return;
        }
        if self.plural_group(i, end) || self.civic_hall(i, end) {
            let group = Mention::new(Some(EntityKind::Organization), first, last_stem, n);
            self.push(group);
            return;
        }
        // A role title, then the name: `U.S. Vice President Mike Pence`,
        // maybe after a capitalised sentence opener (`Visiting U.S. …`).
        let role = self
            .role_prefix(i, end)
            .or_else(|| {
                (self.words[i].sentence_start && n > 2)
                    .then(|| self.role_prefix(i + 1, end))
                    .flatten()
                    .inspect(|_| i += 1)
            })
            .or_else(|| {
                // `said Hays County Commissioner Darlene Voss`: a
                // jurisdiction of a word or two before the title (a known
                // place, or a name ending in a place's head), kept in the
                // role.
                (1..=2usize)
                    .filter(|&k| {
                        n >= k + 3
                            && (key_in(self, &PLACES, i, i + k)
                                || (k == 2 && self.lower_in(i + 1, PLACE_HEADS)))
                    })
                    .find_map(|k| {
                        self.role_prefix(i + k, end)
                            .filter(|&(_, name)| end - name >= 2)
                    })
            });
        if let Some((role_end, name)) = role {
            // (`the Premier Division`, `the Premier Conference`: a title
            // word naming a league, not a premier.)
            if end - name == 1 && matches!(self.word(name), b"Division" | b"Conference" | b"League")
            {
                self.push(Mention::new(Some(EntityKind::Other), first, last_stem, n));
                return;
            }
            if name >= end {
                // `Counsel for Prairie Gold`, `the MCA for Bahati Ward`: the
                // office, whose holder is named elsewhere.
                return;
            }
            // `said Karin Lindqvist, Chief Executive Officer of Norrland
            // Grid`: a title in apposition to the person just named; the
            // word after its `of` opens the body's name, not a person's.
            let of = (i + 1..role_end).rfind(|&k| self.word(k) == b"of");
            let apposed = self.words[i].punct_before == b','
                && self.mentions.last().is_some_and(|m| {
                    m.kind == Some(EntityKind::Person)
                        && m.span.end < self.words[i].span.start
                        && self.words[i].span.start - m.span.end <= 2
                });
            if let (Some(of), true) = (of, end - name == 1 && apposed) {
                let body = Mention::new(
                    Some(EntityKind::Organization),
                    self.words[of + 1].span,
                    last_stem,
                    end - of - 1,
                );
                self.push(body);
                return;
            }
            let mut role = Span::new(self.words[i].span.start, self.words[role_end - 1].span.end);
            if self.lexicon_match(i, role_end, false) == i {
                // `Pembroke Mayor Angela Brisebois`: an unlisted town.
                if let Some(place) = self.civic_place(i, role_end - 1) {
                    self.push(place);
                }
            }
            // `Supreme Court Justice …`: the organisation inside the title
            // (not an office's field: `Minister for Regional Rail X`).
            let field = self.is_role_word(i)
                && (i..role_end).any(|k| matches!(self.word(k), b"for" | b"of"));
            if let Some(h) = (i + 1..role_end)
                .rfind(|&h| self.lower_in(h, ORG_HEADS))
                .filter(|_| !field)
            {
                let org = Mention::new(
                    Some(EntityKind::Organization),
                    first,
                    self.words[h].span,
                    h + 1 - i,
                );
                self.push(org);
            }
            // A bare `Dr.` gives way to a fuller role around the name;
            // `fire service spokesman Lieutenant-Colonel …` keeps both.
            let weak = self.is_weak_title(i, role_end);
            // `managing director and CEO Vikram Suri`: two titles of one
            // holder.
            let outer = self.role_before(i).or_else(|| {
                (i >= 2 && self.word(i - 1) == b"and" && self.words[i].joined)
                    .then(|| self.role_before(i - 1))
                    .flatten()
                    .filter(|&(_, comma)| !comma)
            });
            match outer {
                // (`medical officer of health Dr Hamish Tuhoro`.)
                Some((outer, _)) if weak => role = outer,
                Some((outer, false)) => role = Span::new(outer.start, role.end),
                _ => {
                    if weak {
                        if let Some(after) = self.appositive_role(end) {
                            role = after;
                        }
                    }
                }
            }
            // `Minister Datuk Jaafar Latip`: an honorific after the role.
            let name = name + self.honorific_len(name, end);
            let mut m = Mention::new(
                Some(EntityKind::Person),
                self.words[name].span,
                last_stem,
                end - name,
            );
            m.role = Some(role);
            self.push(m);
            return;
        }
        // `Kaohsiung Department of Health Director-General Lin Pei-shan`:
        // an organisation's name, its officer's title, then the officer.
        if let Some(head) = self.org_then_title(i, end) {
            // (`… Department of Health Deputy Director-General`: the
            // title's qualifiers are not the organisation's.)
            let mut org_end = head;
            const RANKS: [&str; 8] = [
                "acting",
                "assistant",
                "associate",
                "chief",
                "deputy",
                "executive",
                "interim",
                "senior",
            ];
            while org_end > i + 1
                && RANKS
                    .iter()
                    .any(|r| self.word(org_end - 1).eq_ignore_ascii_case(r.as_bytes()))
            {
                org_end -= 1;
            }
            self.push(Mention::new(
                Some(EntityKind::Organization),
                first,
                self.words[org_end - 1].span,
                org_end - i,
            ));
            let mut m = Mention::new(
                Some(EntityKind::Person),
                self.words[head + 1].span,
                last_stem,
                end - head - 1,
            );
            m.role = Some(Span::new(first.start, self.words[head].span.end));
            self.push(m);
            return;
        }
        if self.is_organization(i, end) {
            self.push(Mention::new(
                Some(EntityKind::Organization),
                first,
                last_stem,
                n,
            ));
            return;
        }
        if self.is_place_pattern(i, end) {
            self.push(Mention::new(Some(EntityKind::Place), first, last_stem, n));
            return;
        }
        if n == 1 || self.whole_lexicon_match(i, end) {
            // A single role word standing for its holder: `the Secretary`.
            if n <= 2 && self.lower_in(last, ROLE_HEADS) {
                let the = i > 0 && self.word(i - 1).eq_ignore_ascii_case(b"the");
                if the {
                    let mut m = Mention::new(None, first, last_stem, n);
                    m.role_reference = true;
                    m.role = Some(span);
                    self.push(m);
                }
                return;
            }
            // `Republic of Korea`: a gazetteer name with a lower-case word,
            // which the word-by-word match stops at.
            if n > 2 && !(i..end).all(|k| self.capitalised(k)) && key_in(self, &PLACES, i, end) {
                self.push(Mention::new(Some(EntityKind::Place), first, last_stem, n));
                return;
            }
            // (`Chin said`, `“…,” said Chin.`, after `Paulette Chin`: a
            // surname named before, not the place of that name; the cue
            // before it only inverted after a quote, not `Officials said
            // Jordan, which …`, nor `Fans in Chester said`.)
            let said_before = self.alone_after_said(i, end)
                && (self.words[i - 1].quote_before || self.words[i - 1].punct_before == b',');
            let placed = i > 0
                && self.words[i].joined
                && matches!(self.word(i - 1), b"in" | b"near" | b"at" | b"from" | b"to");
            let surname = n == 1
                && !placed
                && (self.says_after(end) || said_before)
                && self.in_full_name_before(i, false);
            if !surname && self.lexicon_match(i, end, true) >= end {
                return;
            }
        }
        let honorific = self.honorific_len(i, end);
        if honorific > 0 {
            let mut m = Mention::new(
                Some(EntityKind::Person),
                self.words[i + honorific].span,
                last_stem,
                n - honorific,
            );
            m.role = self
                .role_before(i)
                .map(|r| r.0)
                .or_else(|| self.appositive_role(end));
            self.push(m);
            return;
        }
        // Evidence from the neighbours.
        let role_before = self.role_before(i).map(|r| r.0);
        // (`In Kodiak, a fisherman based in Homer said`: after an opening
        // place's preposition, what follows the comma is the sentence's
        // subject, not the name's appositive.)
        let opening_place =
            i > 0 && self.words[i - 1].sentence_start && self.lower_in(i - 1, PLACE_PREPOSITIONS);
        let role_after = if opening_place {
            None
        } else {
            self.appositive_role(end)
        };
        let says = self.says_after(end);
        // `INE said`, `Codelco, the world's top copper producer,`: one word
        // in capitals that speaks, or one a trade's firm describes, is a
        // body.
        let capitals = n == 1 && {
            let w = self.word(i);
            w.len() >= 2 && w.iter().all(u8::is_ascii_uppercase)
        };
        let firm = n == 1
            && role_after.is_some_and(|r| {
                let last = r
                    .slice(self.input)
                    .rsplit(|&b| b == b' ')
                    .next()
                    .unwrap_or(&[]);
                contains(FIRM_NOUNS, last)
            });
        // (Not a given name described by a trade: `Kofi, a cocoa
        // producer,`; a given name in capitals that speaks is rarer than
        // an acronym that is one: `INE`, `ANA`.)
        if (capitals && says) || (firm && !key_in(self, &GIVEN_NAMES, i, i + 1)) {
            self.push(Mention::new(
                Some(EntityKind::Organization),
                first,
                last_stem,
                n,
            ));
            return;
        }
        let leads = end < self.words.len()
            && self.words[end].joined
            && self.lower_in(end, LEADER_NOUNS)
            && !self.words[end].sentence_start;
        // `in Al Nahda`, `near Les Pennes-Mirabeau`: an article in a place's
        // name after a place preposition, not the given name `Al` or `Les`.
        let article_opens_place = i > 0
            && self.words[i].joined
            && self.lower_in(i - 1, PLACE_PREPOSITIONS)
            && matches!(
                self.word(i),
                b"Al" | b"El" | b"La" | b"Le" | b"Les" | b"Los" | b"Las"
            );
        // (`North`, `West` are in the given-name lists, but before another
        // name they are mostly a compass point: `North Nazimabad`.)
        let given = (2..=4).contains(&n)
            && !article_opens_place
            // (`Golden Week`, `Davis Cup`: an event.)
            && !self.lower_in(end - 1, EVENT_TAILS)
            && !self.lower_in(i, COMPASS)
            && (key_in(self, &GIVEN_NAMES, i, i + 1)
                && !self.word(i).iter().skip(1).any(u8::is_ascii_uppercase)
                // (Before one surname, an initial or `St.`: not
                // `Sun-Ridge Fruit Packers`.)
                || (self.hyphenated_given(i)
                    && (n == 2
                        || (n == 3
                            && (self.word(i + 1).ends_with(b".")
                                || matches!(self.word(i + 1), b"St" | b"Ste")
                                || self.word(i + 1).len() == 1)))))
            && (!key_in(self, &PLACES, i, i + 1) || self.city_opening_a_name(i))
            && !key_in(self, &DEMONYMS, i, i + 1)
            && self.alias(i, i + 1).is_none()
            // (`its Sol de Taltal plant`: a name with a lower-case word
            // after `the` or `its` names a thing; not `the Jack Charlton
            // statue`.)
            && !(i > 0
                && self.words[i].joined
                && matches!(self.word(i - 1), b"the" | b"its" | b"their")
                && !(i..end).all(|k| self.capitalised(k)))
            // (`the Tal Barahi temple`, `the Ganesh festival`: a deity's
            // or a place's name before a lower-case house of worship,
            // feast or place; a statue is still the person's.)
            && !(i > 0
                && self.words[i].joined
                && self.word(i - 1) == b"the"
                && end < self.words.len()
                && self.words[end].joined
                && !self.capitalised(end)
                && (self.lower_in(end, PLACE_HEADS) || self.lower_in(end, SHRINES)));
        let aged = n >= 2 && (self.age_after(end) || self.age_ends_appositive(i, end));
        let relative = i > 0
            && (self.words[i].joined || self.words[i].punct_before == b',')
            && self.lower_in(i - 1, RELATIONSHIPS);
        let who = n <= 4 && (self.comma_then(end, b"who") || (n >= 2 && self.kin_after(end)));
        // `…,” said Alasdair Robertson, duty forecaster`: a name of two words
        // or more right after a reporting verb.
        // (`said Rosnah`, after `Rosnah Abdul Latif`: one word, when a full
        // name named before opens with it.)
        let said_by = i > 0
            && self.words[i].joined
            && self.lower_in(i - 1, lexicon::REPORTING_VERBS)
            && !self.capitalised(i - 1)
            && ((2..=4).contains(&n)
                || (n == 1
                    && !self.stem(i).1
                    && self.alone_after_said(i, end)
                    && self.in_full_name_before(i, true)));
        // `Nordlys Linjer said it …`, `X, which carries …`: a thing.
        // (Not a surname with its particle: `Van der Merwe said it …`; not
        // a name after a role: `association spokesperson X said its …`.)
        let said_it = says
            && role_before.is_none()
            && !self.lower_in(i, lexicon::NAME_PARTICLES)
            && end + 1 < self.words.len()
            && {
                let w = self.word(end + 1);
                w == b"it" || w == b"its"
            };
        if n >= 2 && (said_it || self.comma_then(end, b"which")) {
            self.push(Mention::new(
                Some(EntityKind::Organization),
                first,
                last_stem,
                n,
            ));
            return;
        }
        // `Council members Anita Gore and Phil Draper`: a name joined by
        // `and` to a person's just before it is a person's, and a plural
        // title before the first is the second's too.
        let coordinated = ((2..=3).contains(&n)
            && i >= 2
            && self.words[i].joined
            && self.words[i - 1].joined
            && self.word(i - 1) == b"and")
            .then(|| self.mentions.last().copied())
            .flatten()
            .filter(|m| {
                m.kind == Some(EntityKind::Person)
                    && m.words >= 2
                    && !m.said_only
                    && m.span.end == self.words[i - 2].span.end
            });
        let mut m = Mention::new(None, first, last_stem, n);
        if let Some(before) = coordinated {
            // (Only a plural title is shared: not `boss Brendan Rodgers and
            // Philippe Clement`, nor `Minister of Home Affairs X and Y`.)
            let shared = before.role.filter(|r| is_plural_title(r.slice(self.input)));
            // (Not `Keir Starmer and Sinn Fein`: a given name or a shared
            // title.)
            if shared.is_some() || given {
                m.kind = Some(EntityKind::Person);
                m.role = shared.or_else(|| self.appositive_role(end));
                self.push(m);
                return;
            }
        }
        // Evidence of a person other than the given name.
        let other_evidence = role_before.is_some()
            || role_after.is_some()
            || leads
            || aged
            || relative
            || who
            || said_by;
        // (`moved east towards Sai Kung`: a direction and a preposition
        // lead to a place, whatever its first word's use as a given name.)
        let headed_for = !other_evidence
            && i > 1
            && self.words[i].joined
            && self.words[i - 1].joined
            && matches!(self.word(i - 1), b"toward" | b"towards")
            && self.lower_in(i - 2, COMPASS)
            && looks_like_place_name(self.text(span));
        let given = given && !headed_for;
        let evidence = other_evidence || given;
        // (`Residents of Tarvale said`: the residents said it.)
        // (`A feed supplier in Alta said`, `Passengers at Hexham said`,
        // `Volunteers from Alnwick said`: the supplier, the passengers,
        // the volunteers said it.)
        // (After `at` or `from`, not after a message: `A letter from
        // Johnson said`.)
        let in_place = || {
            let not_a_message = || {
                !matches!(
                    self.word(i - 2),
                    b"letter"
                        | b"email"
                        | b"e-mail"
                        | b"statement"
                        | b"message"
                        | b"note"
                        | b"post"
                        | b"call"
                        | b"word"
                        | b"text"
                        | b"tweet"
                        | b"memo"
                )
            };
            // (Or right after a body's name: `the Westfjords Institute for
            // Coastal Communities in Ísafjörður said`.)
            let after_body = i > 1
                && self.mentions.last().is_some_and(|m| {
                    m.kind == Some(EntityKind::Organization)
                        && m.span.end == self.words[i - 2].span.end
                });
            i > 1
                && (matches!(self.word(i - 1), b"in" | b"near")
                    || (matches!(self.word(i - 1), b"at" | b"from") && not_a_message()))
                && (!self.capitalised(i - 2) || self.words[i - 2].sentence_start || after_body)
                && n <= 2
        };
        let by_says = says
            && n <= 4
            && !self.group_noun_opening(i, n)
            && !(self.words[i].joined
                && (self.residents_of(i)
                    || (n == 1 && self.home_of_person(i, false))
                    || self.on_an_island(i)
                    || in_place()));
        // (`MRD-201`, `Falcon 9`: a product's code names no one.)
        let coded = self.text(span).iter().any(u8::is_ascii_digit);
        if (evidence || by_says) && !coded {
            if let Some(place) = self.place_before_civic_title(i) {
                self.push(place);
            }
            m.kind = Some(EntityKind::Person);
            m.role = self.current_role(role_before, role_after);
            m.said_only = !evidence;
            m.given_only = given && !other_evidence && !by_says;
        } else {
            // Unknown: a surname resolved later, or a place after `in`
            // or `north of`.
            m.after_place_preposition = n <= 3
                && looks_like_place_name(self.text(span))
                && i > 0
                && !self.words[i].sentence_start
                && ((self.words[i].joined
                    && (self.lower_in(i - 1, PLACE_PREPOSITIONS)
                        || self.compass_of_before(i)
                        || self.settlements_such_as(i)
                        || self.route_to(i)
                        || self.residents_of(i)
                        || (n == 1 && self.home_of_person(i, true))
                        || self.on_an_island(i)
                        || self.compass_side_before(i)
                        || self.by_way_of(i)
                        || self.off_shore(i, end)))
                    || self.feature_of_possessive(end)
                    || self.of_after_age(i)
                    || self.hometown_after_age(i)
                    || self.moved_to_or_from(i)
                    || headed_for
                    || self.settlement_noun_after(i, end)
                    || self.hometown_of_someone(i, end)
                    || self.address_after_venue(i, end)
                    || self.range_with_compass(i, end));
            // (`shares in Northwind`, `a stake in Halden`: a company.)
            if self.words[i].joined
                && i > 1
                && self.word(i - 1) == b"in"
                && self.lower_in(i - 2, HOLDINGS)
            {
                m.kind = Some(EntityKind::Organization);
                m.after_place_preposition = false;
            }
            // Places inside a longer unknown name are still places.
            if n > 1 {
                let mut j = i;
                while j < end {
                    j = self.lexicon_match(j, end, false).max(j + 1);
                }
            }
        }
        self.push(m);
    }

    /// `Marie-Claire`, `Jean-Pierre`: a hyphenated word whose two halves
    /// are both given names.
    fn hyphenated_given(&self, i: usize) -> bool {
        let w = self.text(self.stem(i).0);
        let Some(dash) = w.iter().position(|&b| b == b'-') else {
            return false;
        };
        let (a, b) = (&w[..dash], &w[dash + 1..]);
        let given = |part: &[u8]| {
            let mut k = Key::new();
            part.first().is_some_and(u8::is_ascii_uppercase)
                && k.push(part)
                && GIVEN_NAMES.find(k.as_bytes()).is_some()
        };
        // (One half a man's or a woman's name: not `Sun-Ridge Fruit
        // Packers`.)
        let gendered = |part: &[u8]| crate::names::given_name_gender(part) != Gender::Unknown;
        given(a) && given(b) && (gendered(a) || gendered(b))
    }

    /// `the Hilltop Serenaders`, `the Harbour Rovers`: `the` and a name
    /// ending in a plural names a band, a team or a group, never one person
    /// (not `the Philippines`, a listed place, nor `the Jones family`).
    fn plural_group(&self, i: usize, end: usize) -> bool {
        let last = self.word(end - 1);
        // One word alone may be a river (`the Tagus`, `the Thames`).
        let plural = (end - i >= 2 || last.ends_with(b"ers"))
            && last.len() >= 4
            && last.ends_with(b"s")
            && !last.ends_with(b"ss")
            && last.iter().all(u8::is_ascii_alphabetic);
        let family = end < self.words.len()
            && self.words[end].joined
            && matches!(
                self.word(end),
                b"family" | b"families" | b"brothers" | b"sisters" | b"twins" | b"household"
            );
        // (`the Rev. Anthony L. Gaines` is one man; `the Aran Islands` a
        // place.)
        let titled = self.is_honorific(i)
            || self.lower_in(i, lexicon::TITLE_ABBREVIATIONS)
            || self.is_role_word(i)
            || (i..end).any(|k| is_initial(self.word(k)));
        plural
            && !family
            && !titled
            && !self.lower_in(end - 1, PLACE_HEADS)
            && i > 0
            && self.words[i].joined
            && self.word(i - 1) == b"the"
            && !self.whole_lexicon_match(i, end)
    }

    /// `Red Town Hall`, `Stellenbosch City Hall`: a council and its seat
    /// (`Stuart Hall` is a man, so only a civic hall).
    fn civic_hall(&self, i: usize, end: usize) -> bool {
        end - i >= 2
            && self.word(end - 1).eq_ignore_ascii_case(b"hall")
            && ["town", "city", "county", "village", "guild"]
                .iter()
                .any(|w| self.word(end - 2).eq_ignore_ascii_case(w.as_bytes()))
    }

    /// The role before the name, unless it is a former one and the
    /// appositive gives the present one (`Former student X, now captain of
    /// …`).
    fn current_role(&self, before: Option<Span>, after: Option<Span>) -> Option<Span> {
        let former = before.is_some_and(|r| {
            let t = self.text(r);
            t.len() > 7 && (t[..7].eq_ignore_ascii_case(b"former ") || t.starts_with(b"ex-"))
        });
        match (before, after) {
            (Some(_), Some(a)) if former => Some(a),
            _ => before.or(after),
        }
    }

    /// `wards such as` right before word `i`: `rural wards such as Molo`,
    /// `smaller settlements nearby, such as Narsaq`, `villages like Ulu`.
    fn settlements_such_as(&self, i: usize) -> bool {
        let noun = if i > 2 && self.word(i - 1) == b"as" && self.word(i - 2) == b"such" {
            i - 3
        } else if i > 1
            && self.word(i - 1) == b"like"
            // (Not `areas like Medicaid`, `communities like Reddit`.)
            && !matches!(
                self.word(i - 2),
                b"areas" | b"communities" | b"regions" | b"constituencies"
            )
        {
            i - 2
        } else {
            return false;
        };
        // (Past one word of where they lie: `nearby`, `around`.)
        let noun =
            if matches!(self.word(noun), b"nearby" | b"around" | b"there" | b"too") && noun > 0 {
                noun - 1
            } else {
                noun
            };
        self.words[i - 1].joined && self.lower_in(noun, SETTLEMENTS_PLURAL)
    }

    /// `residents of Soutelo`, `the outskirts of Kisumu`, `the mountain
    /// barangays of Sirao`, `residential areas of Kallio`.
    /// `Sheeba Mathew of Kainakary said`: the name after an `of` that
    /// follows a person's does not speak (the callers take one word only:
    /// `of Reuss & Hoekstra PC` is a firm); it is where they are from only
    /// after a person with a role (`Homestay owner Sheeba Mathew`) or an
    /// inverted cue (`said Andrea Lindo of Waterhouse`), with `with_role`
    /// (`Jane Doe of Accenture said` may name her employer).
    fn home_of_person(&self, i: usize, with_role: bool) -> bool {
        // (Not a body's first word, `of Save the Children`, nor a brand's
        // inner capital, `of JPMorgan`.)
        let word = self.word(i);
        let name_goes_on = self.words.get(i + 1).is_some_and(|w| {
            w.joined && matches!(self.text(w.span), b"the" | b"and" | b"of" | b"&")
        });
        i > 1
            && self.word(i - 1) == b"of"
            && self.words[i - 1].joined
            && !name_goes_on
            && !word.iter().skip(1).any(u8::is_ascii_uppercase)
            && self.mentions.last().is_some_and(|m| {
                m.kind == Some(EntityKind::Person)
                    && m.span.end == self.words[i - 2].span.end
                    && (!with_role || m.role.is_some() || self.cue_before(m.span.start))
            })
    }

    /// Whether a reporting verb is the word right before offset `at`
    /// (`said Andrea Lindo of Waterhouse`: a home town, as wires give it).
    fn cue_before(&self, at: u32) -> bool {
        let w = self.words.partition_point(|w| w.span.start < at);
        w > 0
            && self.words.get(w).is_some_and(|x| x.joined)
            && self.lower_in(w - 1, lexicon::REPORTING_VERBS)
    }

    fn residents_of(&self, i: usize) -> bool {
        i > 1
            && self.word(i - 1) == b"of"
            && self.words[i - 1].joined
            && (self.lower_in(i - 2, RESIDENT_NOUNS)
                || (self.lower_in(i - 2, SETTLEMENTS_PLURAL)
                    && (!matches!(self.word(i - 2), b"areas" | b"regions")
                        || (i > 2 && self.lower_in(i - 3, AREA_QUALIFIERS)))))
    }

    /// `from Uyeasound in the south to Norwick and Skaw in the north`: the
    /// ends of a stretch, each with its side of the map.
    fn range_with_compass(&self, i: usize, end: usize) -> bool {
        let n = self.words.len();
        // `in the south` at word `k`.
        let side = |k: usize| {
            k + 2 < n
                && self.word(k) == b"in"
                && self.word(k + 1) == b"the"
                && self.words[k].joined
                && self.words[k + 1].joined
                && self.words[k + 2].joined
                && self.lower_in(k + 2, COMPASS)
        };
        if i == 0 || !self.words[i].joined || !side(end) {
            return false;
        }
        // Both ends: `from X in the south to …`, or `… to Y (and Z) in the
        // north` after such a `from` (not `Hamas in the south and Hezbollah
        // in the north`).
        match self.word(i - 1) {
            b"from" => end + 3 < n && self.word(end + 3) == b"to",
            b"to" | b"and" => (i.saturating_sub(14)..i - 1).any(|k| {
                self.word(k) == b"from"
                    && (k + 1..i - 1).any(|q| side(q) && self.word(q + 3) == b"to")
            }),
            _ => false,
        }
    }

    /// `growers on Mangaia`, `stranded on Gau`: where people live or are,
    /// on an island.
    fn on_an_island(&self, i: usize) -> bool {
        i > 1
            && self.word(i - 1) == b"on"
            && self.words[i - 1].joined
            && self.lower_in(i - 2, ISLAND_DWELLERS)
            // (Not `people on Zoom`.)
            && !self.lower_in(i, PLATFORMS)
    }

    /// `routes to Jumeirah`, `flights to Entebbe`: a way to somewhere;
    /// `boats that work out of Placencia`: a base.
    fn route_to(&self, i: usize) -> bool {
        i > 1
            && ((self.word(i - 1) == b"to" && self.lower_in(i - 2, ROUTE_NOUNS))
                || (self.word(i - 1) == b"of"
                    && self.word(i - 2) == b"out"
                    && i > 2
                    && self.lower_in(i - 3, BASE_VERBS)))
            && self.words[i - 1].joined
    }

    /// `sailed to Greenock`, `flown in from Malé`, `a retired joiner from
    /// Kinloss`, `81, from Camborne`, `the 6.10am service from Crieff`:
    /// where someone or something travels or comes from.
    fn moved_to_or_from(&self, i: usize) -> bool {
        if i < 2 || !self.words[i].joined {
            return false;
        }
        let from = self.word(i - 1) == b"from";
        if !(from || self.word(i - 1) == b"to") {
            return false;
        }
        // (`flown in from`, `moved back to`.)
        let verb = if matches!(
            self.word(i - 2),
            b"in" | b"back" | b"out" | b"over" | b"up" | b"down"
        ) && self.words[i - 2].joined
        {
            i - 3
        } else {
            i - 2
        };
        let age = self.words[i - 1].punct_before == b','
            && (1..=3).contains(&self.word(i - 2).len())
            && self.word(i - 2).iter().all(u8::is_ascii_digit);
        let joined = self.words[i - 1].joined;
        // (`a farmer from`, `a retired joiner from`.)
        let described = !self.capitalised(i - 2)
            && self.is_role_word(i - 2)
            && (i.saturating_sub(4)..i - 2).any(|k| self.lower_in(k, DETERMINERS));
        // (`turned back to Rarotonga`, not `turned to Smith`.)
        let turned_back = verb + 3 == i
            && self.word(i - 2) == b"back"
            && matches!(self.word(verb), b"turned" | b"headed");
        (from && age)
            || (joined
                && ((verb < i
                    && (self.lower_in(verb, MOTION_VERBS)
                        || (verb + 3 == i
                            && self.word(i - 2) == b"back"
                            && self.lower_in(verb, GOING_VERBS))
                        || turned_back)
                    && !self.capitalised(verb))
                    || (self.lower_in(i - 2, ROUTE_NOUNS) && !self.capitalised(i - 2))
                    || (from && described)))
    }

    /// `Kyle Marchetti, 27, of Brattleboro`: where someone is from, after
    /// their age.
    fn of_after_age(&self, i: usize) -> bool {
        i > 1
            && self.words[i].joined
            && self.word(i - 1) == b"of"
            && self.words[i - 1].punct_before == b','
            && self.words[i - 2].punct_before == b','
            && (1..=3).contains(&self.word(i - 2).len())
            && self.word(i - 2).iter().all(u8::is_ascii_digit)
    }

    /// `a 19-year-old from Matane`: where someone of an age comes from.
    fn hometown_after_age(&self, i: usize) -> bool {
        i > 1
            && self.words[i].joined
            && self.word(i - 1) == b"from"
            && self
                .input
                .get(..self.words[i - 1].span.start as usize)
                .is_some_and(|before| {
                    // (`a 19-year-old from Matane`, not `signed the
                    // 19-year-old from Palmeiras`.)
                    let before = before.trim_ascii_end();
                    let mut words = before.rsplit(|&b| b == b' ');
                    before.ends_with(b"-year-old")
                        && words.next().is_some()
                        && words.next().is_some_and(|a| {
                            a.eq_ignore_ascii_case(b"a") || a.eq_ignore_ascii_case(b"an")
                        })
                })
    }

    /// `the Mauricie region`: a settlement noun in lower case right after
    /// (not a macro-region such as `the Asia-Pacific region`, which gold
    /// writers leave out of places).
    /// `the beds off Ouessant`, `shelter off Gau`: a name after `off` (not
    /// `deflected off Smith`, a given name or a surname named before, nor
    /// `off Route 9`).
    fn off_shore(&self, i: usize, end: usize) -> bool {
        i > 1
            && self.word(i - 1) == b"off"
            && self.words[i - 1].joined
            && !self.lower_in(i - 2, OFF_CONTACT_WORDS)
            && !key_in(self, &GIVEN_NAMES, i, i + 1)
            && !self.in_full_name_before(i, false)
            && !self
                .words
                .get(end)
                .is_some_and(|w| w.joined && self.text(w.span)[0].is_ascii_digit())
    }

    /// `at St Michael's Church, Abergele, on March 2`, `at Glan Clwyd
    /// Hospital, Bodelwyddan.`: one or two words set off by commas after a
    /// building's name are the town it stands in.
    fn address_after_venue(&self, i: usize, end: usize) -> bool {
        i > 0
            && end - i <= 2
            && self.words[i].punct_before == b','
            && VENUES.contains(&self.word(i - 1))
            && self
                .words
                .get(end)
                .is_none_or(|w| matches!(w.punct_before, b',' | b'.'))
            && self
                .input
                .get(self.words[end - 1].span.end as usize)
                .is_some_and(|&b| matches!(b, b',' | b'.'))
    }

    /// `A Leominster man`, `two Hexham teenagers`, `the Worcester woman`:
    /// one name between an article or a count and a lower-case person
    /// noun is the person's town (not a family's name: `the Smith
    /// family` has no such noun).
    fn hometown_of_someone(&self, i: usize, end: usize) -> bool {
        const PERSON_NOUNS: [&[u8]; 16] = [
            b"man",
            b"woman",
            b"men",
            b"women",
            b"boy",
            b"girl",
            b"teen",
            b"teenager",
            b"teenagers",
            b"teens",
            b"couple",
            b"mother",
            b"father",
            b"native",
            b"motorist",
            b"pedestrian",
        ];
        end == i + 1
            && i > 0
            && self.words[i].joined
            && matches!(
                self.word(i - 1),
                b"a" | b"A"
                    | b"an"
                    | b"An"
                    | b"the"
                    | b"The"
                    | b"two"
                    | b"Two"
                    | b"three"
                    | b"Three"
                    | b"several"
            )
            && end < self.words.len()
            && self.words[end].joined
            && PERSON_NOUNS.contains(&self.word(end))
            && !self.is_peoples_word(i)
    }

    fn settlement_noun_after(&self, i: usize, end: usize) -> bool {
        let macro_region = || {
            (i..end).any(|k| {
                self.word(k)
                    .split(|&b| b == b'-')
                    .any(|part| contains(MACRO_REGIONS, part))
            })
        };
        // (`the Savelugu and Kumbungu municipalities`: a plural after the
        // last of a list, which carries the kind to the others.)
        // (Not `the Jewish and Muslim communities`, `Kurdish and Arab
        // districts`: peoples' adjectives, and nouns as loose as
        // `communities` or `areas`.)
        let listed_before = || {
            i > 1
                && self.words[i].joined
                && matches!(self.word(i - 1), b"and" | b"or")
                && self.words[i - 1].joined
                && !self.is_peoples_word(i - 2)
                && !matches!(self.word(end), b"communities" | b"areas" | b"regions")
        };
        // (Not `the Korean peninsula`, `Gozitan residents`: a people's
        // adjective.)
        end < self.words.len()
            && self.words[end].joined
            && !self.capitalised(end)
            && !self.is_peoples_word(i)
            && (self.lower_in(end, SETTLEMENT_NOUNS)
                || (self.lower_in(end, TOWNSPEOPLE) && end - i == 1)
                || (self.lower_in(end, DISTRICT_TRADES)
                    && end - i == 1
                    && i > 0
                    && self.words[i].joined
                    && !self.capitalised(i - 1))
                || (self.lower_in(end, SETTLEMENTS_PLURAL) && listed_before()))
            && !macro_region()
    }

    /// `Pembroke Mayor Angela Brisebois`, `the Ceredigion councillor Rhian
    /// Evans`: the town a civic title right before name `i` serves (not a
    /// party's or an office's word: `Labour councillor`, `Deputy Mayor`;
    /// an opening word only before a capitalised title, as ordinary
    /// words open sentences too: `Fellow councillor X`).
    fn place_before_civic_title(&self, i: usize) -> Option<Mention> {
        if i < 2 || !self.words[i].joined || !self.words[i - 1].joined {
            return None;
        }
        let title = i - 1;
        if !self.lower_in(title, CIVIC_TITLES) {
            return None;
        }
        let mut start = title;
        while start > 0
            && title - start < 3
            && (start == title || self.words[start].joined)
            && self.capitalised(start - 1)
            && !self.stem(start - 1).1
        {
            start -= 1;
            if self.words[start].sentence_start {
                break;
            }
        }
        if self.words[start].sentence_start && !self.capitalised(title) {
            return None;
        }
        self.civic_place(start, title)
    }

    /// Words `start..title` as the town the civic title at `title` serves,
    /// unless one of them says something else (a party, a rank, an office,
    /// a people, a given name).
    fn civic_place(&self, start: usize, title: usize) -> Option<Mention> {
        if start >= title || title - start > 3 || !self.lower_in(title, CIVIC_TITLES) {
            return None;
        }
        // (`the Kirkwall Town Mayor`: the town is the words before its
        // seat's word, which alone names none.)
        let title = if title - start >= 2
            && matches!(
                self.word(title - 1),
                b"Town" | b"Borough" | b"County" | b"Parish" | b"Village"
            ) {
            title - 1
        } else {
            title
        };
        // (`Banff and District councillor`: the end of a longer name.)
        if start > 0 && self.words[start].joined && matches!(self.word(start - 1), b"and" | b"of") {
            return None;
        }
        if !looks_like_place_name(self.text(Span::new(
            self.words[start].span.start,
            self.words[title - 1].span.end,
        ))) {
            return None;
        }
        let plain = (start..title).all(|k| {
            // (`Embattled Mayor`, `Re-elected councillor`: an adjective.)
            let w = self.word(k);
            let adjective = w.ends_with(b"ed") || w.ends_with(b"ing") || w.ends_with(b"ly");
            !(adjective
                || self.lower_in(k, ROLE_MODIFIERS)
                || self.lower_in(k, CIVIC_QUALIFIERS)
                || self.lower_in(k, PARTY_WORDS)
                || self.lower_in(k, ORG_HEADS)
                || self.lower_in(k, DEPARTMENT_NOUNS)
                || self.lower_in(k, COMPASS)
                || self.is_role_word(k)
                || self.is_honorific(k)
                || self.lower_in(k, lexicon::TITLE_ABBREVIATIONS)
                || key_in(self, &DEMONYMS, k, k + 1)
                || key_in(self, &GIVEN_NAMES, k, k + 1) && !key_in(self, &PLACES, k, k + 1))
        });
        plain.then(|| {
            Mention::new(
                Some(EntityKind::Place),
                self.words[start].span,
                self.stem(title - 1).0,
                title - start,
            )
        })
    }

    /// `Bi` at word `i` as the Swahili courtesy title: two or more
    /// capitalised words after it, or one that opened a name introduced
    /// with it before.
    fn bi_opens_a_name(&self, i: usize) -> bool {
        let caps = (i + 1..self.words.len().min(i + 4))
            .take_while(|&k| self.words[k].joined && self.capitalised(k))
            .count();
        caps >= 2 || (caps == 1 && self.in_full_name_before(i + 1, true))
    }

    /// Whether word `i` is the first (`first`) or the last word of a
    /// person's full name named earlier in the article (`Rosnah` of
    /// `Rosnah Abdul Latif`, `Chin` of `Paulette Chin`).
    fn in_full_name_before(&self, i: usize, first: bool) -> bool {
        let word = self.text(self.stem(i).0);
        self.mentions.iter().rev().take(200).any(|m| {
            let name = m.span.slice(self.input);
            m.kind == Some(EntityKind::Person)
                && m.words >= 2
                && if first {
                    name.len() > word.len() && name.starts_with(word) && name[word.len()] == b' '
                } else {
                    m.last.slice(self.input) == word
                }
        })
    }

    /// `Forecasters said`, `Investigators believe`: one word opening a
    /// sentence with a plural noun's ending (-ers, -ors, -ists, -ents,
    /// -ants, -ees), no given name and no surname of anyone named before,
    /// is a group of people, not a person.
    fn group_noun_opening(&self, i: usize, n: usize) -> bool {
        // (`Colleagues recalled`, `Neighbours described`, `Relatives
        // said`, `Critics argued`, `Officials said`, `Politicians said`;
        // not `-ies` or `-erts`, which end `Davies` and `Roberts`.)
        const ENDINGS: [&[u8]; 15] = [
            b"ers", b"ors", b"ists", b"ents", b"ants", b"ees", b"gues", b"ours", b"iends", b"ives",
            b"ics", b"sses", b"ysts", b"ials", b"ians",
        ];
        // (`-ers` ends some common surnames, `Peters`, `Chambers`,
        // `Waters`: those, and any word named as a person before, speak as
        // one.)
        const SURNAMES: [&[u8]; 24] = [
            b"chambers",
            b"childers",
            b"flowers",
            b"masters",
            b"meyers",
            b"myers",
            b"peters",
            b"powers",
            b"rivers",
            b"rodgers",
            b"rogers",
            b"sanders",
            b"saunders",
            b"sayers",
            b"sellers",
            b"somers",
            b"struthers",
            b"summers",
            b"travers",
            b"vickers",
            b"walters",
            b"waters",
            b"winters",
            b"withers",
        ];
        let word = self.text(self.words[i].span);
        // (`-vics` ends Hungarian surnames: `Vukovics`, `Petrovics`.)
        let surname =
            || SURNAMES.iter().any(|s| word.eq_ignore_ascii_case(s)) || word.ends_with(b"vics");
        let named_before = || {
            self.mentions
                .iter()
                .any(|m| m.kind == Some(EntityKind::Person) && m.last.slice(self.input) == word)
        };
        n == 1
            && self.words[i].sentence_start
            && word.len() > 5
            && word[1..].iter().all(u8::is_ascii_lowercase)
            && ENDINGS.iter().any(|e| word.ends_with(e))
            && !surname()
            && !named_before()
            && !key_in(self, &GIVEN_NAMES, i, i + 1)
            && !self.in_full_name_before(i, false)
    }

    /// `St Ives`, `St George’s`, `St George’s Harbour`, `Saint Lucia`: a
    /// saint's name (with the town's `’s`) is a town. Not a church, school
    /// or holiday after it (`St Mary’s Hospital`, `St Patrick’s Day`), nor
    /// a surname (`Ian St John … St John`), nor one an appositive
    /// describes (`St John, the former striker,`).
    fn saint_town(&self, i: usize, end: usize) -> Option<Mention> {
        let n = end - i;
        let saint = matches!(self.word(i), b"St" | b"St." | b"Saint");
        if !saint || !(2..=3).contains(&n) || !self.capitalised(i + 1) {
            return None;
        }
        let headed = n == 3 && self.lower_in(end - 1, PLACE_HEADS) && !self.stem(i + 1).1;
        if n == 3 && !headed {
            return None;
        }
        let next_is = |list: &WordSet| {
            self.words
                .get(end)
                .is_some_and(|w| w.joined && contains(list, self.text(w.span)))
        };
        // (Nor a name going on past the possessive: `St Anne's Community
        // Hall`, `St Matthew's Church`.)
        // (A place's head after it still leaves the town: `St George’s
        // Harbour`.)
        let name_goes_on = end < self.words.len()
            && self.words[end].joined
            && self.capitalised(end)
            && !self.lower_in(end, PLACE_HEADS);
        // (`St. George’s Caye Day`: a holiday.)
        let holiday = (end..self.words.len().min(end + 2))
            .take_while(|&k| self.words[k].joined)
            .any(|k| self.word(k) == b"Day");
        if name_goes_on
            || holiday
            || next_is(ORG_HEADS)
            || next_is(CALENDAR)
            || self.says_after(end)
        {
            return None;
        }
        // (A comma and a determiner after it open an appositive about a
        // person or a body: `St John, the former striker,`, `St Mungo's,
        // the homelessness charity,`.)
        let appositive = self.words.get(end).is_some_and(|w| w.punct_before == b',')
            && self.lower_in(end, DETERMINERS);
        if appositive || self.in_full_name_before(i + 1, false) {
            return None;
        }
        // (The town's `’s` stays on its name, `St George’s`, `St
        // George’s harbour`, unless a lower-case noun it owns follows: `St
        // Petersburg’s main square`.)
        let owns = !headed
            && self.stem(i + 1).1
            && self.words.get(end).is_some_and(|w| {
                w.joined
                    && self
                        .text(w.span)
                        .first()
                        .is_some_and(u8::is_ascii_lowercase)
            })
            && !self.lower_in(end, PLACE_HEADS)
            // (No noun follows a determiner, a preposition or a verb: `on
            // St Martin’s each afternoon`, `Tresco and St Martin’s make the
            // crossing`.)
            && !self.lower_in(end, NOT_OWNED);
        let last = if headed {
            self.words[end - 1].span
        } else if owns {
            self.stem(i + 1).0
        } else {
            self.words[i + 1].span
        };
        let span = Span::new(self.words[i].span.start, last.end);
        Some(Mention::new(Some(EntityKind::Place), span, last, n))
    }

    /// `“…,” said turaga ni koro Josefa Nakalevu`: one to four lower-case
    /// words between an inverted reporting verb and a full name are the
    /// speaker's title, known head or not. Returns the first word's index.
    fn title_after_cue(&self, i: usize) -> Option<usize> {
        const NOT_TITLE: [&[u8]; 19] = [
            b"week",
            b"month",
            b"year",
            b"today",
            b"yesterday",
            b"tonight",
            b"morning",
            b"evening",
            b"night",
            b"earlier",
            b"later",
            b"again",
            b"too",
            b"reporters",
            b"afterwards",
            b"afterward",
            b"both",
            b"only",
            b"all",
        ];
        let full_name =
            i + 1 < self.words.len() && self.words[i + 1].joined && self.capitalised(i + 1);
        if !full_name {
            return None;
        }
        let mut k = i;
        while k > 0 && i - k < 5 {
            let p = k - 1;
            if !self.words[k].joined || self.capitalised(p) {
                return None;
            }
            // (Only an inverted cue after a quotation or a clause: `“…,”
            // said`, `…, said`; not `said bamboo rafts X built`.)
            if self.lower_in(p, lexicon::REPORTING_VERBS) {
                let inverted = self.words[p].quote_before || self.words[p].punct_before == b',';
                return (k < i && inverted).then_some(k);
            }
            let w = self.word(p);
            // (Not an adverb or a quantifier: `said quietly John Smith`,
            // `said both John Smith and Mary Jones`.)
            if !w.iter().all(u8::is_ascii_lowercase)
                || w.ends_with(b"ly")
                || self.lower_in(p, ROLE_STOP_WORDS)
                || self.lower_in(p, DETERMINERS)
                || NOT_TITLE.contains(&w)
            {
                return None;
            }
            k = p;
        }
        None
    }

    /// Word `i` right after a lower-case reporting verb, ending its clause
    /// there (`said Rosnah.`, `said Chin,`).
    fn alone_after_said(&self, i: usize, end: usize) -> bool {
        i > 1
            && self.words[i].joined
            && self.lower_in(i - 1, lexicon::REPORTING_VERBS)
            && !self.capitalised(i - 1)
            && self.words.get(end).is_none_or(|w| !w.joined)
    }

    /// `to north Kerry`, `across western Kyushu`: a side of the map in
    /// lower case between a preposition and the name (not `central`, which
    /// also qualifies bodies: `in central Government`).
    fn compass_side_before(&self, i: usize) -> bool {
        // (Not `northern Labour seats`, `east Asian markets`: a word that
        // qualifies a noun after it.)
        let qualifies = || {
            self.words.get(i + 1).is_some_and(|w| w.joined)
                && !self.capitalised(i + 1)
                && !self.lower_in(i + 1, ROLE_STOP_WORDS)
        };
        i > 1
            && !self.is_peoples_word(i)
            && !qualifies()
            && self.words[i - 1].joined
            && !self.capitalised(i - 1)
            && self.word(i - 1) != b"central"
            && self.lower_in(i - 1, COMPASS)
            && (self.lower_in(i - 2, PLACE_PREPOSITIONS)
                || matches!(
                    self.word(i - 2),
                    b"to" | b"from" | b"of" | b"into" | b"through"
                ))
    }

    /// `a drive via Acle`, `20 km from Kilmoran`, `an hour away from
    /// Tuam`: a way through somewhere, a distance from it (not `via
    /// Zoom`; `outside X` is left out, as shops, offices and homes stand
    /// there more often than towns).
    fn by_way_of(&self, i: usize) -> bool {
        if i == 0 || self.lower_in(i, PLATFORMS) {
            return false;
        }
        // (Not a possessive: `outside Smith's home`, `a mile from Jones's
        // farm`.)
        if self.words[i].possessive {
            return false;
        }
        match self.word(i - 1) {
            // (A route: not `via Eurostar`, `the equaliser came via Salah`.)
            b"via" => {
                i > 1
                    && (self.lower_in(i - 2, ROUTE_NOUNS)
                        || self.lower_in(i - 2, MOTION_VERBS)
                        || self.word(i - 2) == b"drive")
            }
            b"from" if i > 1 => {
                let unit = if self.word(i - 2) == b"away" && i > 2 {
                    i - 3
                } else {
                    i - 2
                };
                self.words[i - 1].joined && self.lower_in(unit, DISTANCE_UNITS)
            }
            _ => false,
        }
    }

    /// `Upolu’s south coast`, `Aberystwyth's promenade`: a stretch of a
    /// place's ground after its possessive, maybe after one side word.
    fn feature_of_possessive(&self, end: usize) -> bool {
        let n = self.words.len();
        if end == 0 || end >= n || !self.words[end - 1].possessive || !self.words[end].joined {
            return false;
        }
        // (`south coast`, `south-east coast`.)
        let side = |k: usize| {
            self.word(k)
                .split(|&b| b == b'-')
                .all(|part| contains(COMPASS, part))
        };
        let k = if side(end) && end + 1 < n && self.words[end + 1].joined {
            end + 1
        } else {
            end
        };
        !self.capitalised(k) && self.lower_in(k, PLACE_FEATURES)
    }

    /// A people's word: a demonym (`Korean`), an adjective of one
    /// (`Kurdish`, `Gozitan`, `Maldivian`), or a faith or party.
    fn is_peoples_word(&self, k: usize) -> bool {
        let w = self.text(self.stem(k).0);
        key_in(self, &DEMONYMS, k, k + 1)
            || [&b"ish"[..], b"ian", b"ese", b"itan", b"ean"]
                .iter()
                .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
            || contains(PEOPLES_WORDS, w)
            || contains(PARTY_WORDS, w)
    }

    /// `north of` right before word `i`: `a stretch north of Vlissingen`.
    fn compass_of_before(&self, i: usize) -> bool {
        i > 1
            && self.word(i - 1) == b"of"
            && self.words[i - 1].joined
            && !self.capitalised(i - 2)
            && self.lower_in(i - 2, COMPASS)
    }

    /// A reporting verb right after the name: `Wang said`.
    fn says_after(&self, end: usize) -> bool {
        let n = self.words.len();
        end < n && self.words[end].joined && self.lower_in(end, lexicon::REPORTING_VERBS)
    }

    /// A comma and then `word` right after the chunk (`, who`).
    fn comma_then(&self, end: usize, word: &[u8]) -> bool {
        end < self.words.len() && self.words[end].punct_before == b',' && self.word(end) == word
    }

    /// `Manal Haddad, a mother of three,` or `X, the victim's widow,`: an
    /// appositive that says whose kin the name is, in one of the four words
    /// after its article or possessive.
    fn kin_after(&self, end: usize) -> bool {
        let n = self.words.len();
        if end >= n
            || self.words[end].punct_before != b','
            || !matches!(
                self.word(end),
                b"a" | b"an" | b"the" | b"his" | b"her" | b"their"
            )
        {
            return false;
        }
        // (The relation ends its phrase or goes on with `of`: not `a
        // sister restaurant to The Wharf`.)
        (end + 1..n.min(end + 5))
            .take_while(|&k| self.words[k].joined)
            .any(|k| {
                self.lower_in(k, RELATIONSHIPS)
                    && !self.capitalised(k)
                    && (k + 1 >= n || !self.words[k + 1].joined || self.word(k + 1) == b"of")
            })
    }

    /// `Inês Rocha, 34, said`: an age between commas.
    fn age_after(&self, end: usize) -> bool {
        let n = self.words.len();
        end + 1 < n
            && self.words[end].punct_before == b','
            && self.words[end + 1].punct_before == b','
            && (1..=3).contains(&self.word(end).len())
            && self.word(end).iter().all(u8::is_ascii_digit)
    }

    /// `said a visitor from Kathmandu, Anjana Shrestha, 34.`: a name set
    /// off by a comma, then an age ending the sentence (not `followed by
    /// Manchester City, 55.`, a table's points).
    fn age_ends_appositive(&self, i: usize, end: usize) -> bool {
        let Some(age) = self.words.get(end) else {
            return false;
        };
        let after = age.span.end as usize;
        (self.words[i].punct_before == b',' || key_in(self, &GIVEN_NAMES, i, i + 1))
            && age.punct_before == b','
            && (1..=3).contains(&self.word(end).len())
            && self.word(end).iter().all(u8::is_ascii_digit)
            && self.input.get(after) == Some(&b'.')
            && self
                .input
                .get(after + 1)
                .is_none_or(|b| b.is_ascii_whitespace())
    }

    /// What the words around a chunk say it is, when they say it plainly:
    /// a vessel noun before it, an organisation noun before it, a role
    /// before `of` / `at` / `with` before it, or an appositive that is an
    /// organisation (`Kessler Koelhuis, the Dutch warehousing group,`).
    fn kind_from_context(&self, i: usize, end: usize) -> Option<EntityKind> {
        if self.whole_lexicon_match(i, end) {
            return None;
        }
        let settlement = i > 1
            && self.word(i - 1) == b"of"
            && self.words[i - 1].joined
            && (((self.lower_in(i - 2, SETTLEMENT_NOUNS) || self.lower_in(i - 2, RESIDENT_NOUNS))
                && !self.capitalised(i - 2))
                || (self.lower_in(i - 2, PLACE_OFFICES) && end - i <= 2)
                || self.capital_of_place(i))
            // (Not `the mayor of Microsoft's hometown`, `the coast of
            // Cornwall Wildlife Trust volunteers`.)
            && !self.stem(end - 1).1
            && !(i..end).any(|k| self.lower_in(k, ORG_HEADS));
        if settlement {
            return Some(EntityKind::Place);
        }
        // `the George Black ferry`: a ferry named for someone (not `the
        // Bruny ferry`, named for where it goes; not `the Donald Trump boat
        // parade`).
        if i > 0
            && end - i >= 2
            && key_in(self, &GIVEN_NAMES, i, i + 1)
            && end < self.words.len()
            && self.words[end].joined
            && self.word(end) == b"ferry"
            && self.word(i - 1).eq_ignore_ascii_case(b"the")
        {
            return Some(EntityKind::Other);
        }
        if i > 0 && self.words[i].joined && !self.capitalised(i - 1) {
            if self.lower_in(i - 1, VESSEL_NOUNS) {
                return Some(EntityKind::Other);
            }
            // (`the broadcaster Hamish Gillies`: a person's trade before a
            // man's or a woman's full name; not `the broadcaster Al
            // Jazeera`.)
            let personal = self.word(i - 1) == b"broadcaster"
                && (2..=3).contains(&(end - i))
                && self.word(i) != b"Al"
                && crate::names::given_name_gender(self.word(i)) != Gender::Unknown;
            if self.lower_in(i - 1, ORG_NOUNS) && !personal {
                return Some(EntityKind::Organization);
            }
            let linked = self.lower_in(i - 1, AFFILIATION_PREPOSITIONS)
                && i > 1
                && self.words[i - 1].joined
                && (self.is_role_word(i - 2) || self.lower_in(i - 2, ORG_NOUNS));
            if linked && !self.is_weak_title(i - 2, i - 1) {
                return Some(EntityKind::Organization);
            }
        }
        if self.appositive_group_of_places(end) {
            return Some(EntityKind::Place);
        }
        self.appositive_is_organization(end)
            .then_some(EntityKind::Organization)
    }

    /// `Cuyo, a group of islands in the Sulu Sea,`: an appositive that
    /// says the name is a group (a chain, a cluster) of settlements.
    fn appositive_group_of_places(&self, end: usize) -> bool {
        let n = self.words.len();
        end + 3 < n
            && self.words[end].punct_before == b','
            && matches!(self.word(end), b"a" | b"an" | b"the")
            && matches!(self.word(end + 1), b"group" | b"chain" | b"cluster")
            && self.word(end + 2) == b"of"
            && (end + 1..end + 4).all(|k| self.words[k].joined)
            && self.lower_in(end + 3, SETTLEMENTS_PLURAL)
    }

    /// `, the Dutch refrigerated warehousing group,`: a determiner, a few
    /// modifiers and an organisation noun after the comma.
    fn appositive_is_organization(&self, end: usize) -> bool {
        let n = self.words.len();
        if end >= n || self.words[end].punct_before != b',' || !self.lower_in(end, DETERMINERS) {
            return false;
        }
        let mut j = end + 1;
        while j < n && j < end + 6 && self.words[j].joined {
            if self.lower_in(j, ORG_NOUNS) {
                // (`, the company's chief technology officer,`: a role after
                // the owner makes the name a person's; not `, the group's
                // shipping arm,`.)
                // (Nor `, the union president,`: a role right after the
                // noun.)
                let role_follows = (self.stem(j).1
                    && (j + 1..(j + 4).min(n))
                        .take_while(|&k| self.words[k].joined)
                        .any(|k| self.is_role_word(k)))
                    || (j + 1 < n && self.words[j + 1].joined && self.is_role_word(j + 1));
                if role_follows {
                    return false;
                }
                let next_joined = j + 1 < n && self.words[j + 1].joined;
                // (`, a group of islands in the Sulu Sea,`: a place.)
                return !self.appositive_group_of_places(end)
                    && (!next_joined || !self.lower_in(j + 1, ORG_NOUNS));
            }
            if self.is_role_word(j) || self.lower_in(j, ROLE_STOP_WORDS) {
                return false;
            }
            j += 1;
        }
        false
    }

    /// Word `i` is a courtesy title ([`HONORIFICS`]); the short ones that
    /// are also initials only in title case (`Pa Conteh`, not `PA Sport`;
    /// `Mma Segokgo`, not `MMA Fighting`).
    fn is_honorific(&self, i: usize) -> bool {
        // `Bi` is also a Chinese surname (`Bi Sheng`): a courtesy title
        // only before a full name (`Bi Mwanaisha Juma Haji`) or before a
        // given name that one opened earlier.
        // (`Adi`, a Fijian woman's title, is also a given name in India.)
        // (So are Bhutan's `Ap` and `Aum`: not the Welsh `ap Dafydd`, nor
        // `AP Photo`.)
        if matches!(
            self.word(i),
            b"Bi" | b"Adi" | b"Ap" | b"Aum" | b"Dasho" | b"Lyonpo" | b"Bapak" | b"Shri" | b"Khun"
        ) {
            return self.bi_opens_a_name(i);
        }
        self.lower_in(i, HONORIFICS)
            && !matches!(
                self.word(i),
                b"PA" | b"MMA" | b"RRA" | b"HAJA" | b"NTATE" | b"BI" | b"MZEE" | b"ADI"
            )
    }

    fn push(&mut self, mut m: Mention) {
        // `Dale Hutchins Jr.`: the suffix keeps its period.
        if matches!(self.text(m.last), b"Jr" | b"Sr" | b"Snr" | b"Jnr")
            && m.last.end == m.span.end
            && self.input.get(m.span.end as usize) == Some(&b'.')
        {
            m.span = Span::new(m.span.start, m.span.end + 1);
            m.canonical = m.span;
        }
        // `Rep.`, `Sen.`, `Gov.`: an abbreviated title keeps its period.
        if let Some(r) = m.role {
            let end = r.end as usize;
            let last = self
                .input
                .get(r.start as usize..end)
                .unwrap_or(&[])
                .rsplit(|b| *b == b' ')
                .next()
                .unwrap_or(&[]);
            if self.input.get(end) == Some(&b'.') && contains(lexicon::TITLE_ABBREVIATIONS, last) {
                m.role = Some(Span::new(r.start, r.end + 1));
            }
        }
        self.mentions.push(m);
    }

    /// `Foreign Ministry`, `Department of State`, `White House`, `Reuters`.
    fn is_organization(&self, i: usize, end: usize) -> bool {
        // `VicRoads`, `BlackRock`, `YouTube`: one word with a capital
        // inside after three letters or more is a brand, not a person's
        // name (`McKenzie`, `DeShawn`, `LaToya`, `MacArthur` open with a
        // particle of two letters or `Mac`).
        if end - i == 1 && is_camel_case_brand(self.text(self.stem(i).0)) {
            return true;
        }
        // `Foreign Ministry`, and `UN Security Council Resolutions` (an
        // organisation's name used as a modifier) too.
        if end - i >= 2 && (i + 1..end).any(|j| self.lower_in(j, ORG_HEADS)) {
            return true;
        }
        // `Mama Lupe’s Kitchen`: a shop after its owner's possessive.
        if end - i >= 2 && self.stem(end - 2).1 && self.lower_in(end - 1, BUSINESS_HEADS) {
            return true;
        }
        // `Toi Te Ora Public Health`, `the Official Opposition`: two words
        // that end a body's name, though neither does alone (`Health
        // Minister`, `Opposition councillors`).
        if self.org_ending(i, end) {
            return true;
        }
        // `Brightwater Securities`, `Norrland Grid AB`: a company's field or
        // legal form ends the name (not a minister's portfolio:
        // `Plantation Industries Minister X`).
        if end - i >= 2
            && self.lower_in(end - 1, COMPANY_TAILS)
            && !self
                .words
                .get(end)
                .is_some_and(|w| w.joined && self.lower_in(end, ROLE_HEADS))
        {
            return true;
        }
        // `Hunter Radio`, `Financial Times`: a newsroom word ends the name.
        if end - i >= 2 && self.lower_in(end - 1, lexicon::ORG_WORDS) {
            return true;
        }
        // `BBC Radio Kent`, `Radio Kerry`, `Television New Zealand`: a
        // broadcaster's word before its area.
        // (One or two words of area after it, no given name nor role among
        // them: not `Radio DJ Tom Hale`, `Reality TV Star Kim Kardashian`.)
        if let Some(b) =
            (i..end - 1).find(|&k| matches!(self.word(k), b"Radio" | b"Television" | b"TV"))
        {
            let full_name = end - b - 1 == 2 && self.given_not_place(b + 1);
            if end - b - 1 <= 2
                && !full_name
                && (b + 1..end).all(|k| !self.is_role_word(k) && !self.lower_in(k, ROLE_HEADS))
            {
                return true;
            }
        }
        if end - i >= 3
            && self.lower_in(i, ORG_HEADS)
            && self.word(i + 1).eq_ignore_ascii_case(b"of")
        {
            return true;
        }
        // `Bank for International Settlements`, `Centre for Policy Studies`.
        if end - i >= 3
            && (i..end - 1).any(|j| self.lower_in(j, FOR_HEADS) && self.word(j + 1) == b"for")
        {
            return true;
        }
        // `Minera Cordillera`, `Grupo Bimbo`: a word that opens companies'
        // names in other languages.
        if end - i >= 2 && self.lower_in(i, ORG_OPENERS) {
            return true;
        }
        // `Transport Scotland`, `Police Scotland`, `Statistics Norway`: a
        // public body named by its field and its country.
        if end - i == 2
            && self.lower_in(i, AGENCY_FIELDS)
            && !self.stem(i).1
            && key_in(self, &PLACES, i + 1, end)
        {
            return true;
        }
        let known = |from: usize, to: usize| {
            let mut key = Key::new();
            (from..to).all(|j| key.push(self.text(self.stem(j).0)))
                && contains(KNOWN_ORGANIZATIONS, key.as_bytes())
        };
        known(i, end)
            // `Samsung Electronics`, `Barclays Capital`: a known name and
            // one word more naming a business's arm (not a product, an
            // event or a title: `Microsoft Teams`, `Nato Summit`, `Netflix
            // Chief`).
            || (end - i >= 2
                && known(i, end - 1)
                && (self.lower_in(end - 1, BUSINESS_ARMS) || self.lower_in(end - 1, COMPANY_TAILS)))
            // `British Red Cross`, `Kenya Red Cross`: a nation's branch.
            || (end - i >= 3
                && known(i + 1, end)
                && (key_in(self, &DEMONYMS, i, i + 1) || key_in(self, &PLACES, i, i + 1)))
    }

    /// The title word in `i..end` that stands between an organisation's
    /// name (with an organisation head) and a name of two or three words:
    /// `Kaohsiung Department of Health Director-General Lin Pei-shan`.
    fn org_then_title(&self, i: usize, end: usize) -> Option<usize> {
        if end - i < 5 {
            return None;
        }
        let head = (i + 2..end - 2).rev().find(|&k| {
            let w = self.text(self.stem(k).0);
            contains(ROLE_HEADS, w) || is_title_of_two_heads(w)
        })?;
        let name = head + 1..end;
        ((2..=3).contains(&name.len())
            && (i..head).any(|k| self.lower_in(k, ORG_HEADS))
            && name.clone().all(|k| {
                self.capitalised(k)
                    && !self.lower_in(k, ROLE_HEADS)
                    && !self.lower_in(k, ORG_HEADS)
                    && !self.lower_in(k, PLACE_HEADS)
            })
            && !self.stem(head).1)
            .then_some(head)
    }

    /// Words `i..end` end with a pair of [`ORG_ENDINGS`].
    fn org_ending(&self, i: usize, end: usize) -> bool {
        self.ends_with_pair(i, end, &ORG_ENDINGS)
    }

    /// The last two of words `i..end` are one of `pairs`.
    fn ends_with_pair(&self, i: usize, end: usize, pairs: &[(&str, &str)]) -> bool {
        end - i >= 2
            && pairs.iter().any(|(a, b)| {
                self.word(end - 2).eq_ignore_ascii_case(a.as_bytes())
                    && self.word(end - 1).eq_ignore_ascii_case(b.as_bytes())
            })
    }

    /// `Coach Bruce Arena`, `Jonah Hill said`: a given name (not a place's
    /// name too) and a surname that is also a place's head word, with a
    /// role before it or a reporting verb after it (or `St` before it).
    fn person_with_a_place_surname(&self, i: usize, end: usize) -> bool {
        // Heads that are common surnames (not `Marion County said`).
        const SURNAME_HEADS: [&[u8]; 12] = [
            b"arena", b"bay", b"beach", b"bridge", b"dam", b"falls", b"hill", b"lake", b"point",
            b"street", b"town", b"valley",
        ];
        // (`Ronald St Hill`: a given name, then a surname of `St` and a
        // place's head, needs no other evidence.)
        let saint_surname = end - i == 3 && matches!(self.word(i + 1), b"St" | b"St.");
        (end - i == 2 || saint_surname)
            && SURNAME_HEADS
                .iter()
                .any(|h| self.word(end - 1).eq_ignore_ascii_case(h))
            && (saint_surname
                || self.says_after(end)
                || (i > 0 && self.words[i].joined && self.is_role_word(i - 1)))
            && self.given_not_place(i)
    }

    /// `St Hill` after `Ronald St Hill`: the last words of a person named
    /// earlier in the article.
    fn surname_of_earlier_person(&self, i: usize, end: usize) -> bool {
        // (Up to the last word's stem: `St Hill's` too.)
        let chunk = self.text(Span::new(
            self.words[i].span.start,
            self.stem(end - 1).0.end,
        ));
        self.mentions.iter().any(|m| {
            m.kind == Some(EntityKind::Person) && usize::from(m.words) > end - i && {
                let name = self.text(m.span);
                name.len() > chunk.len()
                    && name.ends_with(chunk)
                    && name[name.len() - chunk.len() - 1] == b' '
            }
        })
    }

    /// Word `k` is a given name and no place's name.
    fn given_not_place(&self, k: usize) -> bool {
        key_in(self, &GIVEN_NAMES, k, k + 1) && !key_in(self, &PLACES, k, k + 1)
    }

    /// `Kanagawa Prefecture`, `Sea of Japan`, `South China Sea`, `East Asia`,
    /// `Queen's Park`, and seas, rivers and ranges known by one word (`the
    /// Rhine`).
    fn is_place_pattern(&self, i: usize, end: usize) -> bool {
        let n = end - i;
        // `lives on Pepper Drive`, `at 12 Harbour Crescent`: a street type
        // that is also a surname (`Ann Crescent said`, `Mary Kay Place`)
        // ends a place only after a preposition or a house number.
        if n >= 2
            && self.lower_in(end - 1, STREET_TYPES)
            && i > 0
            && self.words[i].joined
            && (matches!(
                self.word(i - 1),
                b"on" | b"off" | b"along" | b"at" | b"in" | b"onto" | b"of"
            ) || self.word(i - 1).iter().all(u8::is_ascii_digit))
            && !self.says_after(end)
        {
            return true;
        }
        if n >= 2
            && self.lower_in(end - 1, PLACE_HEADS)
            && !self.person_with_a_place_surname(i, end)
            && !self.surname_of_earlier_person(i, end)
        {
            return true;
        }
        if n >= 2 && self.stem(end - 2).1 && self.owned_place(end - 2) {
            return true;
        }
        // `between Dawson City and West Dawson`: a town or a district after a
        // place preposition, when its first word is no known place
        // (`Manchester City`, `Stoke City` are clubs).
        if n == 2
            && self.word(i + 1) == b"City"
            && i > 0
            && self.words[i].joined
            && self.lower_in(i - 1, PLACE_PREPOSITIONS)
            && !key_in(self, &PLACES, i, i + 1)
        {
            return true;
        }
        if n >= 3 && self.lower_in(i, PLACE_HEADS) && self.word(i + 1).eq_ignore_ascii_case(b"of") {
            return true;
        }
        // (`Rio` opens a river's name after `the` only: `the Rio Embudo`,
        // not `Rio Ferdinand said`.)
        let rio = self.word(i) == b"Rio" || self.word(i) == "Río".as_bytes();
        if n >= 2
            && self.lower_in(i, PLACE_OPENERS)
            && (!rio || (i > 0 && self.words[i].joined && self.word(i - 1) == b"the"))
        {
            return true;
        }
        // `Cairngorms National Park`, `Kruger National Park`: a protected
        // area by its last two words (`Park` alone is a surname).
        if n >= 3 && self.ends_with_pair(i, end, &PLACE_ENDINGS) {
            return true;
        }
        // `Shropshire`, `Perthshire`: an English or Scottish county (not
        // a possessive `shire` of a name in two words).
        if n == 1 {
            let w = self.text(self.stem(i).0);
            if w.len() > 7 && lexicon::ends_with_ignore_case(w, "shire") && !self.stem(i).1 {
                return true;
            }
        }
        // (Not a name that says something: `The Atlantic reported`.)
        if n == 1 && self.lower_in(i, WORLD_FEATURES) && !self.says_after(end) {
            return true;
        }
        // `North Yorkshire`, `Metro Manila`, `Upper Midwest`, `Middle
        // Rhine`: a compass word, `Metro` or a part word before a known
        // place or feature.
        n == 2
            && (self.lower_in(i, COMPASS)
                || self.lower_in(i, PART_WORDS)
                || self.word(i).eq_ignore_ascii_case(b"metro"))
            && (key_in(self, &PLACES, i + 1, end) || self.lower_in(i + 1, WORLD_FEATURES))
    }

    /// Whether word `i` heads a role: a title (`President`, `Gen.`), an
    /// occupation from the lexicon (`hydrologist`), either half of a
    /// hyphenated one (`vice-president`, `secretary-general`, `co-founder`).
    fn is_role_word(&self, i: usize) -> bool {
        let w = self.text(self.stem(i).0);
        let known = |w: &[u8]| contains(ROLE_HEADS, w) || is_trade(w);
        let suffix = |w: &[u8]| has_occupation_suffix(w);
        // (A capitalised position opens a sentence: `Lock Tom Rowe`, not
        // `Lam Wing Kee`.)
        let position = contains(SPORT_POSITIONS, w)
            && (w[0].is_ascii_lowercase() || self.words[i].sentence_start);
        // A batting `opener` before a name of two words (`Ireland opener
        // Patrick Doyle`), not a season's (`In Sunday's opener Real Madrid
        // beat`, `the home opener`).
        let opener = w.eq_ignore_ascii_case(b"opener")
            && (i + 1..i + 3)
                .all(|k| k < self.words.len() && self.words[k].joined && self.capitalised(k))
            && !(i > 0
                && (self.stem(i - 1).1
                    || matches!(self.word(i - 1), b"home" | b"season" | b"series")));
        known(w)
            || position
            || opener
            || ((suffix(w) || is_compound_trade(w)) && w.iter().all(u8::is_ascii_lowercase))
            || (w.contains(&b'-')
                && w.split(|&b| b == b'-')
                    .any(|part| part.len() > 2 && known(part)))
    }

    /// Whether words `owner` and the next are a place named for its owner
    /// (`Queen's Park`, `King's Cross`), not any possessive and a surname
    /// (`Celtic's Green scored`, `Labour's Park said`).
    fn owned_place(&self, owner: usize) -> bool {
        // (Or a coast's or a river's feature, whoever its owner: `Hawke's
        // Bay`, `Fisherman's Wharf`, `Cook's Cove`; not after a given
        // name, `Sarah's Point`.)
        let feature = self.lower_in(owner + 1, OWNED_FEATURES)
            && self.capitalised(owner + 1)
            && !key_in(self, &GIVEN_NAMES, owner, owner + 1);
        (feature
            || (self.lower_in(owner, PLACE_OWNERS)
                && self.lower_in(owner + 1, POSSESSIVE_PLACE_HEADS)))
            && !self.says_after(owner + 2)
    }

    /// How many words at `i` are an honorific before a name inside the
    /// chunk `i..end` (`Mrs`, `Datuk`; Malaysian two-word styles such as
    /// `Tan Sri`, `Datuk Seri`, `Puan Sri`), or 0; a name must follow.
    fn honorific_len(&self, i: usize, end: usize) -> usize {
        let next_is = |second: &[&[u8]]| {
            i + 1 < end && self.words[i + 1].joined && second.contains(&self.word(i + 1))
        };
        const STYLE: &[&[u8]] = &[b"Seri", b"Sri", b"Paduka"];
        let len = match self.word(i) {
            b"Datuk" | b"Dato" | b"Datin" | b"Tun" | b"Tan" | b"Puan" if next_is(STYLE) => 2,
            b"Toh" if next_is(&[b"Puan"]) => 2,
            _ if self.is_honorific(i) => 1,
            _ => 0,
        };
        // A name must follow.
        if i + len < end {
            len
        } else {
            0
        }
    }

    /// Whether words `i..end` are only an academic courtesy title (`Dr.`),
    /// which a fuller role around the name replaces.
    fn is_weak_title(&self, i: usize, end: usize) -> bool {
        // (`Hon. Dr.`: courtesy words before the academic title.)
        end > i && self.lower_in(end - 1, WEAK_TITLES) && (i..end - 1).all(|k| self.is_honorific(k))
    }

    /// The end of a role title at the chunk's start and where the name
    /// begins, when both are there: `U.S. Vice President Mike Pence`,
    /// `Agriculture Cabinet Secretary Daniel Otieno`, `Striker Nadia Kerr`;
    /// `(end, end)` for an office with no name (`Counsel for Prairie Gold`).
    fn role_prefix(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        // Only a head word makes a role, and most chunks have none: look
        // for one first, before the lookups of every other rule.
        // (`the Official Opposition` is a body, not an official; `the
        // Director of Public Health` is an official.)
        if !(i..end).any(|j| self.is_role_head(i, j)) || (end - i == 2 && self.org_ending(i, end)) {
            return None;
        }
        // (`the Leeds General Infirmary`, `General Motors`: a name that
        // ends in an organisation's head word is no titled person.)
        // (`Minister for Regional Rail` is an office: a minister's or a
        // secretary's field follows `for` or `of`; not `Prince of Wales
        // Hospital`.)
        let office = matches!(
            self.word(i),
            b"Minister" | b"Secretary" | b"Commissioner" | b"Director" | b"Member" | b"Shadow"
        ) && (i..end).any(|k| matches!(self.word(k), b"for" | b"of"));
        if end - i >= 2 && self.lower_in(end - 1, ORG_HEADS) && !office {
            return None;
        }
        let mut j = i;
        let mut head_end = None;
        let mut unknown = 0;
        // `Counsel for Prairie Gold, Timothy Reuss`: after `for` or `of`
        // and no given name, a last lone word ends the organisation, not a
        // name.
        let mut for_without_given = false;
        // An `and` joined two fields before the head, and whether one comes
        // within the next two words.
        let mut saw_and = false;
        let and_ahead = |j: usize| (j + 1..end.min(j + 3)).any(|t| self.word(t) == b"and");
        while j < end {
            let w = self.text(self.stem(j).0);
            if self.is_role_head(i, j) {
                head_end = Some(j + 1);
            } else if contains(ROLE_MODIFIERS, w) || self.whole_lexicon_match(j, j + 1) {
            } else if (w == b"of" || w == b"for") && head_end == Some(j) && j + 2 < end {
                // `Secretary of State Rex Tillerson`: the role takes one
                // word after `of` (two for `Foreign Affairs`), or runs up
                // to a given name (`Minister for Regional Rail Rachel …`).
                let mut k = j + 2;
                if k + 1 < end && self.lower_in(k, ROLE_MODIFIERS) {
                    k += 1;
                }
                // `for Transport and Logistics`.
                while k + 1 < end && self.word(k) == b"and" {
                    k += 2;
                }
                let given = |g: usize| self.given_not_place(g) && !self.lower_in(g, COMPASS);
                if let Some(g) = (j + 2..end - 1).find(|&g| given(g)) {
                    k = g;
                } else {
                    // `for Rural and Maritime Development Pita Ravuvu`: a
                    // department's last noun stays in the role while two
                    // words are left for a name.
                    while k + 2 < end && self.is_field_word(k) {
                        k += 1;
                    }
                    for_without_given = true;
                }
                head_end = Some(k);
                j = k;
                continue;
            } else if w == b"and"
                && head_end.is_none()
                && j > i
                && (j + 1..end.min(j + 5)).any(|k| self.lower_in(k, ROLE_HEADS))
            {
                // `Housing and Urban Development Minister X`: a ministry's
                // fields joined before the title.
                saw_and = true;
            } else if unknown < 2 + usize::from(saw_and || and_ahead(j))
                // (`Council` and `County`, given names in the table, are
                // an organisation's or a place's word first: `Council
                // President X`, `County Clerk X`.)
                // (Nor a given name before a department's noun or a role
                // modifier: `Urban Development Minister X`.)
                && (j != i
                    || !key_in(self, &GIVEN_NAMES, j, j + 1)
                    || self.lower_in(j, ORG_HEADS)
                    || self.lower_in(j, PLACE_HEADS)
                    || (j + 1 < end && self.is_field_word(j + 1)))
                && !self.stem(j).1
                // (`Public Works Deputy Minister`: a modifier may stand
                // between.)
                && (j + 1..end.min(j + 4 + usize::from(saw_and || and_ahead(j)))).any(|k| {
                    (self.lower_in(k, ROLE_HEADS) || has_occupation_suffix(self.word(k)))
                        && (k < j + 3 + usize::from(saw_and || and_ahead(j))
                            || (self.lower_in(k - 1, ROLE_MODIFIERS)
                                && !self.words[j].sentence_start))
                })
            {
                // `Fire Commander`, `Cabinet Secretary`: a qualifier the
                // lists do not know, before the title (not a given name:
                // `Mary Baker Eddy`).
                unknown += 1;
            } else {
                break;
            }
            j += 1;
        }
        let role_end = head_end?;
        // `The Minister of Health said`: an office and its department, no
        // holder (not `Governor of Tokyo`, whose place is a place).
        if role_end + 2 == end
            && matches!(self.word(role_end), b"of" | b"for")
            && !key_in(self, &PLACES, role_end + 1, end)
        {
            return Some((end, end));
        }
        // (`Minister for Health Donnelly said` names him: only before an
        // appositive or after `the` is the last word the organisation's.)
        let appositive = end < self.words.len() && self.words[end].punct_before == b',';
        let determined = i > 0 && self.lower_in(i - 1, DETERMINERS);
        if for_without_given && role_end + 1 >= end && (appositive || determined) {
            return Some((end, end)); // a role with no name
        }
        // The name: not another title, not an office (`Prime Minister's
        // Office`), not a place (`Governor of Tokyo`).
        // (A possessive title owns what follows: `Queen's Park`.)
        let name_ok = role_end < end
            && self.capitalised(role_end)
            && !self.stem(role_end - 1).1
            && !self.lower_in(role_end, ROLE_HEADS)
            && !(role_end..end).any(|k| {
                self.lower_in(k, ORG_HEADS)
                    || (self.lower_in(k, PLACE_HEADS)
                        && !self.person_with_a_place_surname(role_end, end))
            })
            && !self.whole_lexicon_match(role_end, end);
        name_ok.then_some((role_end, role_end))
    }

    /// `members` in `Council members Anita Gore and Phil Draper`: a plural
    /// title in lower case (or opening the sentence) right before a name of
    /// two words or more that is no title itself (not `the Chiefs Super
    /// Bowl parade`, `the judges President Trump appointed`).
    fn plural_title_before_names(&self, k: usize) -> bool {
        let w = self.word(k);
        (w[0].is_ascii_lowercase() || self.words[k].sentence_start)
            && is_plural_title(w)
            && (k + 1..k + 3)
                .all(|j| j < self.words.len() && self.words[j].joined && self.capitalised(j))
            && !self.lower_in(k + 1, ROLE_HEADS)
            && !self.lower_in(k + 1, lexicon::TITLE_ABBREVIATIONS)
    }

    /// Whether word `j` of a chunk starting at word `i` heads a role:
    /// abbreviated titles (`Gen.`, `Coun.`) do, courtesy titles (`Mr.`) do
    /// not; occupations from the lexicon open a chunk (`Hydrologist Ann
    /// Lee`), but inside one they are more often surnames.
    fn is_role_head(&self, i: usize, j: usize) -> bool {
        let w = self.text(self.stem(j).0);
        let title = contains(lexicon::TITLE_ABBREVIATIONS, w) && !contains(HONORIFICS, w);
        // (An occupation from the lexicon heads a role only first, where
        // it is no surname: `Baker` in `Mary Baker Eddy`; but `-ologist`
        // names no family: `First Alert Meteorologist Dustin Fontenot`.)
        title
            || contains(ROLE_HEADS, w)
            || (j == i && self.is_role_word(j))
            || (has_occupation_suffix(w) && !self.stem(j).1)
            // `Deputy Director-General`.
            || is_title_of_two_heads(w)
            || self.plural_title_before_names(j)
    }

    /// The role right before a name, and whether a comma separates them:
    /// `spokesman Sean Spicer`, `union coordinator Marta Vilela`, `North
    /// Korean leader …` (with the capitalised qualifier), or `the
    /// company's chief executive, Henrik Dahl`.
    fn role_before(&self, i: usize) -> Option<(Span, bool)> {
        if i < 1 {
            return None;
        }
        // (`mark their striker," Varghese said`: that comma ends a
        // quotation, not an appositive.)
        let comma = self.words[i].punct_before == b',' && !self.words[i].quote_before;
        if !(self.words[i].joined || comma) {
            return None;
        }
        // `the city's director of water, Anil Chaudhry`.
        let of_noun = i >= 3
            && self.word(i - 2) == b"of"
            && self.words[i - 1].joined
            && self.words[i - 2].joined
            && !self.capitalised(i - 1)
            // (`chairman of the Mull and Iona Ferry Committee`: `the`
            // before a name makes it no person's.)
            && !self.lower_in(i - 1, DETERMINERS)
            && self.is_role_word(i - 3);
        // `The chairman of the bench, Philip Askew`, `the chairperson of
        // the assembly’s health committee, Hon. Grace Kamau`: up to four
        // lower-case words after `of`.
        // (Only before an appositive name, and with no preposition after
        // `of`: not `head of cattle near La Veta`.)
        // Also after `for` (`A spokesman for the fire service, Saminu
        // Abdullahi`), and across an organisation's name (`The president
        // of the Association of Small Coffee Producers of Caldas, Julián
        // Ospina`): up to nine words, four of them lower case.
        let of_phrase = || {
            if !comma {
                return None;
            }
            let link = (i.saturating_sub(10).max(1)..i - 1).find(|&k| {
                // (`Counsel to the buyers, Chief Emeka Nwosu`.)
                matches!(self.word(k), b"of" | b"for" | b"to") && self.is_role_word(k - 1)
            })?;
            let words = link + 1..i;
            let plain = self.words[link].joined
                && words.clone().all(|k| {
                    self.words[k].joined
                        && (self.capitalised(k)
                            || matches!(self.word(k), b"of" | b"the" | b"and")
                            || !(self.lower_in(k, AFFILIATION_PREPOSITIONS)
                                || self.lower_in(k, PLACE_PREPOSITIONS)))
                });
            let lower = words.filter(|&k| !self.capitalised(k)).count();
            (plain && lower <= 4).then_some(link - 1)
        };
        let (head, role_last) = if self.is_role_word(i - 1) || self.plural_title_before_names(i - 1)
        {
            (i - 1, i - 1)
        } else if of_noun {
            (i - 3, i - 1)
        } else if let Some(head) = of_phrase() {
            (head, i - 1)
        } else {
            return self.title_after_cue(i).map(|start| {
                (
                    Span::new(self.words[start].span.start, self.words[i - 1].span.end),
                    false,
                )
            });
        };
        if self.capitalised(head)
            && self.words[head].sentence_start
            && !self.lower_in(head, ROLE_HEADS)
        {
            return None;
        }
        let mut start = head;
        while start > 0 && self.words[start].joined && head - start < 4 {
            let p = start - 1;
            if self.stem(p).1 {
                break; // `Ashford's goalkeeper`: the owner is not the role
            }
            if self.capitalised(p) {
                // `Council member`, `Board chair`, `Planning officer`: an
                // organisation's or department's word qualifies a role even
                // at a sentence's start.
                let modifier = self.lower_in(p, ROLE_MODIFIERS)
                    || self.lower_in(p, DEPARTMENT_NOUNS)
                    || self.is_role_word(p)
                    || self.lower_in(p, ORG_HEADS);
                // `Harbour master X`, `Festival director X`: a noun opening
                // the sentence right before a lower-case head qualifies it
                // (not an opener, `But coach X`, nor a given name).
                // (Nor a preposition, an adverb, a verb or a day: `Like
                // coach X`, `Eventually manager X`, `Ask chairman X`,
                // `Monday striker X`.)
                const NOT_NOUNS: [&[u8]; 12] = [
                    b"like",
                    b"unlike",
                    b"including",
                    b"ask",
                    b"despite",
                    b"following",
                    b"amid",
                    b"among",
                    b"without",
                    b"per",
                    b"plus",
                    b"meet",
                ];
                let noun_opening = p + 1 == head
                    && !self.capitalised(head)
                    && self.words[p].sentence_start
                    && self.word(p).iter().all(u8::is_ascii_alphabetic)
                    && !(self.word(p).ends_with(b"ly")
                        && !key_in(self, &PLACES, p, p + 1)
                        && !matches!(
                            self.word(p),
                            b"Family" | b"Rally" | b"Assembly" | b"Supply" | b"Ally"
                        ))
                    && !self.lower_in(p, lexicon::SENTENCE_STARTERS)
                    && !self.lower_in(p, DETERMINERS)
                    && !self.lower_in(p, ROLE_STOP_WORDS)
                    && !self.lower_in(p, CALENDAR)
                    && !NOT_NOUNS
                        .iter()
                        .any(|w| self.word(p).eq_ignore_ascii_case(w))
                    && !key_in(self, &GIVEN_NAMES, p, p + 1);
                if self.words[p].sentence_start && !modifier && !noun_opening {
                    break;
                }
                if noun_opening && !modifier {
                    start = p;
                    break;
                }
                start = p;
                // An organisation's head (`Leith Athletic manager`, `City
                // Council member`) brings the rest of its name.
                let org_head = self.lower_in(p, ORG_HEADS)
                    && !self.lower_in(p, ROLE_MODIFIERS)
                    && !self.is_role_word(p);
                if !modifier || org_head {
                    // A qualifier (`White House`, `North Korean`): take its
                    // chunk and stop.
                    // (Not into a sentence's opening word: `But United
                    // coach …`.)
                    while start > 0
                        && self.words[start].joined
                        && self.capitalised(start - 1)
                        && !self.opens_sentence(start - 1)
                    {
                        start -= 1;
                    }
                    break;
                }
            } else if self.word(p) == b"and"
                && p > 0
                && self.words[p].joined
                && self.is_role_word(p - 1)
            {
                // `founder and chief executive, Lim Wei Jie`.
                start = p - 1;
            } else if self.lower_in(p, ROLE_STOP_WORDS)
                || self.word(p) == b"whose"
                || self.lower_in(p, lexicon::REPORTING_VERBS)
                || self.lower_in(p, DETERMINERS)
                || self.lower_in(p, RELATIONSHIPS)
                || is_verb_before_object(self.word(p))
                || !self
                    .word(p)
                    .iter()
                    .all(|b| b.is_ascii_alphabetic() || *b == b'-')
            {
                break;
            } else {
                start = p;
            }
        }
        if comma {
            // `the company's chief executive, Henrik Dahl`: only after a
            // determiner or a possessive, so that lists do not qualify;
            // or opening the sentence with a role and its `of`/`for`/`to`
            // phrase (`Counsel to the buyers, Chief Emeka Nwosu`).
            // (The name must look like one: a given name, an honorific or
            // a title first; not `Minister for Health, Education and
            // Sport`, a list.)
            let opens = self.words[start].sentence_start
                && role_last > head
                && (self.is_honorific(i)
                    || self.is_role_word(i)
                    || key_in(self, &GIVEN_NAMES, i, i + 1));
            if !opens {
                // (Also `whose`: `the launch company, whose skipper, Piran
                // Woodcock, has …`.)
                let p = start.checked_sub(1)?;
                if !(self.lower_in(p, DETERMINERS) || self.stem(p).1 || self.word(p) == b"whose") {
                    return None;
                }
            }
        }
        let role = Span::new(self.words[start].span.start, self.words[role_last].span.end);
        Some((role, comma))
    }

    /// `Victor Smith, Pence's commerce secretary` / `Grace Wanjiru, an
    /// economist at …` / `Marit Halvorsen, founder and chief executive of
    /// …` / `Claudia Meierhans, the operator's head of operations`: the role
    /// after the comma.
    fn appositive_role(&self, end: usize) -> Option<Span> {
        let n = self.words.len();
        if end >= n || self.words[end].punct_before != b',' {
            return None;
        }
        let mut j = end;
        // `X, 58, chairman of …`: the age between its commas comes first.
        if self.age_after(end) {
            j += 1;
        }
        // `X, now captain of …`: the role as it stands.
        // (Either may be the block's last word: `Where is X, now?`.)
        if j < n && self.word(j) == b"now" {
            j += 1;
        }
        let indefinite = j < n && matches!(self.word(j), b"a" | b"an");
        if j < n && self.lower_in(j, DETERMINERS) {
            j += 1;
        }
        if j < n && self.stem(j).1 && (j == end || self.words[j].joined) {
            j += 1; // `the port's chief engineer`
        }
        let start = j;
        let mut role_end = None;
        while j < n && j < start + 6 && (j == start || self.words[j].joined) {
            if self.is_role_word(j) {
                role_end = Some(j);
                // `head of operations`, `director of education`: the role
                // takes a lower-case `of` phrase.
                let head_of = j + 2 < n
                    && self.words[j + 1].joined
                    && self.word(j + 1) == b"of"
                    && self.words[j + 2].joined
                    && !self.capitalised(j + 2)
                    && !self.lower_in(j + 2, DETERMINERS)
                    && self.word(j + 2).iter().all(u8::is_ascii_alphabetic);
                if head_of {
                    // `head of metals research at X`: a second lower-case
                    // noun before the appositive's end or a preposition and
                    // a name (not `head of sales spoke at the conference`).
                    let plain = |k: usize| {
                        k < n
                            && self.words[k].joined
                            && self.word(k).iter().all(u8::is_ascii_lowercase)
                            && !self.lower_in(k, ROLE_STOP_WORDS)
                            && !self.lower_in(k, lexicon::REPORTING_VERBS)
                            && !self.lower_in(k, AFFILIATION_PREPOSITIONS)
                            && !self.lower_in(k, PLACE_PREPOSITIONS)
                            && !self.lower_in(k, DETERMINERS)
                    };
                    let closes = |k: usize| {
                        k >= n
                            || !self.words[k].joined
                            || ((self.lower_in(k, AFFILIATION_PREPOSITIONS)
                                || self.lower_in(k, PLACE_PREPOSITIONS)
                                || self.word(k) == b"for")
                                && {
                                    // (`at the Hokuriku Institute`.)
                                    let name = if k + 1 < n && self.lower_in(k + 1, DETERMINERS) {
                                        k + 2
                                    } else {
                                        k + 1
                                    };
                                    name < n && self.words[name].joined && self.capitalised(name)
                                })
                    };
                    role_end = Some(if plain(j + 3) && closes(j + 4) {
                        j + 3
                    } else {
                        j + 2
                    });
                    break;
                }
                // `the Minister of Health,`, `the Secretary of Foreign
                // Affairs and Trade.`: a capitalised office takes its
                // department up to the end of the appositive.
                let office = matches!(
                    self.word(j),
                    b"Minister" | b"Secretary" | b"Commissioner" | b"Governor" | b"Ambassador"
                );
                if office && j + 2 < n && self.word(j + 1) == b"of" {
                    let mut k = j + 2;
                    while k < n
                        && k < j + 7
                        && self.words[k].joined
                        && (self.capitalised(k)
                            || (matches!(self.word(k), b"and" | b"for") && k > j + 2))
                        && !(k > j + 2 && key_in(self, &GIVEN_NAMES, k, k + 1))
                    {
                        k += 1;
                    }
                    let closed = k >= n || !self.words[k].joined;
                    if k > j + 2 && closed && !matches!(self.word(k - 1), b"and" | b"for") {
                        role_end = Some(k - 1);
                        break;
                    }
                    // `at Rail Bhavan, Minister of State for Railways
                    // Devendra Singh Rautela said`: the office runs on into
                    // a name, whose title it is.
                    let mut m = k;
                    while m < n
                        && m < j + 10
                        && self.words[m].joined
                        && (self.capitalised(m) || matches!(self.word(m), b"of" | b"for" | b"and"))
                    {
                        m += 1;
                    }
                    // Capitalised words since the last `of`, `for` or `and`.
                    let tail = (j + 1..m)
                        .rev()
                        .take_while(|&x| self.capitalised(x))
                        .count();
                    // (The office's last field, a name of two words or more
                    // and the verb, with no comma: not `X, Minister of State
                    // for Trade and Industry said`.)
                    if m < n
                        && tail >= 3
                        && self.words[m].joined
                        && self.lower_in(m, lexicon::REPORTING_VERBS)
                    {
                        return None;
                    }
                }
            } else if self.word(j) == b"and" {
                // `founder and chief executive`, `a consumer and logistics
                // analyst`: go on only into a role.
                let more = (j + 1..(j + 4).min(n))
                    .take_while(|&k| self.words[k].joined)
                    .any(|k| self.is_role_word(k));
                if !more {
                    break;
                }
            } else if role_end.is_some_and(|e| e + 1 == j)
                && self.word(j) == b"in"
                && j + 1 < n
                && self.words[j + 1].joined
                && self.word(j + 1) == b"charge"
            {
                // `officer in charge of the unit`.
                role_end = Some(j + 1);
                break;
            } else if (role_end.is_some()
                // `chief technology officer`: a lower-case word between two
                // role words stays in the role.
                && !(self.word(j).iter().all(u8::is_ascii_lowercase)
                    && !self.lower_in(j, ROLE_STOP_WORDS)
                    && (j + 1..(j + 3).min(n))
                        .take_while(|&k| self.words[k].joined)
                        // (Not `a lawyer representing Mayor Jane Doe`.)
                        .any(|k| self.is_role_word(k) && !self.capitalised(k))))
                || self.lower_in(j, ROLE_STOP_WORDS)
                || self.lower_in(j, lexicon::REPORTING_VERBS)
                || (self.capitalised(j) && j != start && !self.lower_in(j, ROLE_MODIFIERS))
                || !self
                    .word(j)
                    .iter()
                    .all(|b| b.is_ascii_alphabetic() || *b == b'-')
            {
                break;
            }
            j += 1;
        }
        let e = role_end?;
        // `Westkapelle, the Minister explained …` is a new subject, not an
        // appositive.
        // (After `a`, `an`, a participle: `X, an engineer hired by the
        // board`, `X, a tender operator based in Kodiak`.)
        // (A participle takes a preposition: not `In Kodiak, a fisherman
        // rescued two people`.)
        let participle = indefinite
            && e + 2 < n
            && self.words[e + 2].joined
            && matches!(
                self.word(e + 2),
                b"by" | b"in" | b"at" | b"on" | b"from" | b"for" | b"with" | b"near"
            );
        let verb_after = e + 1 < n && self.words[e + 1].joined && {
            let w = self.word(e + 1);
            lexicon::contains(lexicon::REPORTING_VERBS, w) || (w.ends_with(b"ed") && !participle)
        };
        // `in Cubao, jeepney driver Rodel Santiago`: a role right before a
        // capitalised name is that name's title, not this one's.
        let title_of_next = e + 1 < n
            && self.words[e + 1].joined
            && !self.words[e + 1].sentence_start
            && self.capitalised(e + 1)
            && !self.lower_in(e + 1, ROLE_MODIFIERS);
        (!verb_after && !title_of_next)
            .then(|| Span::new(self.words[start].span.start, self.words[e].span.end))
    }

    /// Does the whole of `i..end` name a place or a nationality? (One key
    /// for the three lists.)
    fn whole_lexicon_match(&self, i: usize, end: usize) -> bool {
        self.key(i, end).is_some_and(|k| {
            let k = k.as_bytes();
            PLACES.find(k).is_some() || DEMONYMS.find(k).is_some() || self.alias_key(i, k).is_some()
        })
    }

    /// Words `i..end` (possessives stripped) as a lexicon key, if not too
    /// long for one.
    fn key(&self, i: usize, end: usize) -> Option<Key> {
        let mut k = Key::new();
        for j in i..end {
            if !k.push(self.text(self.stem(j).0)) {
                return None;
            }
        }
        Some(k)
    }

    /// The full name when words `i..end` are a known short form of a place.
    fn alias(&self, i: usize, end: usize) -> Option<&'static str> {
        if !self.may_be_alias(i) {
            return None;
        }
        self.alias_key(i, self.key(i, end)?.as_bytes())
    }

    /// The aliases are few: most words are turned away by their letter.
    fn may_be_alias(&self, i: usize) -> bool {
        let first = self.text(self.stem(i).0).first();
        first.is_some_and(|&b| b.is_ascii_alphabetic() && ALIAS_LETTERS & letter_bit(b) != 0)
    }

    /// [`Extractor::alias`] of the words from `i` whose key is `key`.
    fn alias_key(&self, i: usize, key: &[u8]) -> Option<&'static str> {
        if !self.may_be_alias(i) {
            return None;
        }
        PLACE_ALIASES
            .iter()
            .find(|(a, _)| a.as_bytes() == key)
            .map(|(_, full)| *full)
    }

    /// The longest gazetteer or demonym match starting at word `i`, within
    /// `i..end` (or any length when `open`); pushes it and returns its end,
    /// or `i` when none.
    fn lexicon_match(&mut self, i: usize, end: usize, open: bool) -> usize {
        let limit = if open {
            self.words.len().min(i + 4)
        } else {
            end
        };
        let mut best = None;
        // The key of words `i..k`, one word longer each round.
        let mut key = Key::new();
        let mut k = i + 1;
        while k <= limit {
            if k > i + 1 && (!self.words[k - 1].joined || !self.capitalised(k - 1)) {
                // `Missouri city` is not `Missouri City`; `Sea of Japan`
                // is a pattern, not a gazetteer key.
                break;
            }
            if !key.push(self.text(self.stem(k - 1).0)) {
                break; // too long for any key, and so are longer spans
            }
            let kb = key.as_bytes();
            if PLACES.find(kb).is_some() || self.alias_key(i, kb).is_some() {
                best = Some((k, EntityKind::Place));
            } else if DEMONYMS.find(kb).is_some() {
                best = Some((k, EntityKind::Nationality));
            }
            if self.stem(k - 1).1 {
                break;
            }
            k += 1;
        }
        let Some((mut k, kind)) = best else { return i };
        // `Québec City`, `Davao City`: a known place and `City` after it
        // (when the gazetteer has only the first).
        if kind == EntityKind::Place
            && k < self.words.len()
            && k < limit
            && self.words[k].joined
            && self.word(k) == b"City"
            && !self.stem(k - 1).1
        {
            k += 1;
        }
        if k == i + 1 && kind == EntityKind::Place && self.city_opening_a_name(i) {
            return i;
        }
        // (`Fishers in Dover say`: people opening the sentence, not the
        // town of Fishers; `Fishers is a city` stays one.)
        if k == i + 1
            && kind == EntityKind::Place
            && self.group_noun_opening(i, 1)
            && self.words.get(i + 1).is_some_and(|w| {
                w.joined
                    && matches!(
                        self.text(w.span),
                        b"in"
                            | b"from"
                            | b"at"
                            | b"on"
                            | b"across"
                            | b"along"
                            | b"near"
                            | b"say"
                            | b"said"
                            | b"who"
                            | b"have"
                            | b"are"
                            | b"were"
                            | b"fear"
                            | b"want"
                    )
            })
        {
            return i;
        }
        let (last, _) = self.stem(k - 1);
        let mut m = Mention::new(Some(kind), self.words[i].span, last, k - i);
        m.alias = self.alias(i, k);
        self.push(m);
        k
    }

    /// A city that is also a given name, before another capitalised word,
    /// opens a person's name (`Florence Nightingale`, `Victoria Hallbeck`).
    fn city_opening_a_name(&self, i: usize) -> bool {
        // The next word first: it costs no lookup.
        i + 1 < self.words.len()
            && self.words[i + 1].joined
            && self.capitalised(i + 1)
            && key_index(self, &PLACES, i, i + 1)
                .is_some_and(|p| crate::names::place_kind(p) == crate::names::PlaceKind::City)
            && key_in(self, &GIVEN_NAMES, i, i + 1)
            // (`London Mayor Sadiq Khan`: a town's officer.)
            && !self.lower_in(i + 1, CIVIC_TITLES)
    }

    /// Give every mention its canonical name and settle the unknowns.
    fn resolve(&mut self) {
        self.resolve_organizations();
        let input = self.input;
        let text = |s: Span| s.slice(input);
        let ci = |a: Span, b: Span| cmp_ignore_case(text(a), text(b));
        // Every person mention by last word, then position: sorted, so
        // that every lookup is a binary search (no mention-by-mention
        // scans).
        let mut by_last: Vec<(Span, Span, u8)> = self
            .mentions
            .iter()
            .filter(|m| m.kind == Some(EntityKind::Person))
            .map(|m| (m.last, m.span, m.words))
            .collect();
        by_last.sort_by(|a, b| ci(a.0, b.0).then(a.1.start.cmp(&b.1.start)));
        // The fullest name a mention stands for: among the names with its
        // last word that end with its words (`Prentiss` → `Walter
        // Prentiss`, never `Denise Prentiss` → `Walter Prentiss`), the
        // fullest one named first: a bare surname is the story's main
        // bearer of it, relatives go by given names.
        let fullest_of = |m: Span, last: Span, words: u8| {
            let from = by_last.partition_point(|p| ci(p.0, last) == Ordering::Less);
            let to = by_last.partition_point(|p| ci(p.0, last) != Ordering::Greater);
            let mention = text(m);
            let fits = |p: &&(Span, Span, u8)| {
                let full = text(p.1);
                let cut = full.len().wrapping_sub(mention.len());
                full.len() >= mention.len()
                    && full[cut..].eq_ignore_ascii_case(mention)
                    && (cut == 0 || full[cut - 1] == b' ')
            };
            let group = &by_last[from..to];
            let most = group.iter().filter(fits).map(|p| p.2).max()?;
            let best = |p: &&(Span, Span, u8)| p.2 == most && fits(p);
            let fit = group.iter().find(best).map(|p| (p.1, p.2));
            if fit.is_some_and(|f| f.1 > words) {
                return fit;
            }
            let other = || {
                // `Cr Truong` for `Mei Lin Truong`: a title the role
                // rules missed, not a given name of its own.
                let first = mention.split(|&b| b == b' ').next()?;
                let mut key = Key::new();
                if !key.push(first) || GIVEN_NAMES.find(key.as_bytes()).is_some() {
                    return None;
                }
                let most = group.iter().map(|p| p.2).max()?;
                group
                    .iter()
                    .find(|p| p.2 == most && p.2 > words)
                    .map(|p| (p.1, p.2))
            };
            other().or(fit)
        };
        // Answers by mention text: every mention of a surname looks at all
        // the names with that last word, so an article naming one person
        // a thousand times would cost a million comparisons without this.
        let memo: core::cell::RefCell<FullestMemo> = core::cell::RefCell::default();
        let fullest_by_text = |m: Span, last: Span, words: u8| {
            // FNV-1a of the lower-cased text and the word count; an entry
            // counts only if its text is the same (no allocation per look).
            let key = text(m).iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
                (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
            }) ^ u64::from(words);
            if let Some(&(seen, found)) = memo.borrow().get(&key) {
                if ci(seen, m) == Ordering::Equal {
                    return found;
                }
            }
            let found = fullest_of(m, last, words);
            memo.borrow_mut().entry(key).or_insert((m, found));
            found
        };
        // Two people of one surname (`Jean-Marc Perrine` and his sister
        // `Liseby Perrine`): `Mr Perrine` is the nearest man of the name
        // named before, `Ms Perrine` the nearest woman; failing one of
        // that gender, one of no known gender when the story's first
        // bearer of the name is of the other. Only names of two words or
        // more are looked at (few, even where the surname comes a
        // thousand times), and only after a gendered title.
        let mut full_names: Vec<(Span, Span)> = self
            .mentions
            .iter()
            .filter(|m| m.kind == Some(EntityKind::Person) && m.words >= 2)
            .map(|m| (m.last, m.span))
            .collect();
        full_names.sort_by(|a, b| ci(a.0, b.0).then(a.1.start.cmp(&b.1.start)));
        let gender_of = |full: Span| crate::names::name_gender(text(full));
        let by_title = |m: Span, last: Span| -> Option<(Span, u8)> {
            let before = input.get(..m.start as usize)?.trim_ascii_end();
            let title = before.rsplit(u8::is_ascii_whitespace).next()?;
            let wanted = crate::names::title_gender(title);
            if wanted == Gender::Unknown {
                return None;
            }
            let from = full_names.partition_point(|p| ci(p.0, last) == Ordering::Less);
            let to = full_names.partition_point(|p| ci(p.0, last) != Ordering::Greater);
            let group = &full_names[from..to];
            let first = group.first()?;
            // One name only: the usual answer stands.
            if group.iter().all(|p| ci(p.1, first.1) == Ordering::Equal) {
                return None;
            }
            let nearest = |g: Gender| {
                group
                    .iter()
                    .filter(|p| p.1.end <= m.start && gender_of(p.1) == g)
                    .max_by_key(|p| p.1.end)
            };
            let opposite = match wanted {
                Gender::Male => Gender::Female,
                _ => Gender::Male,
            };
            let found = nearest(wanted).or_else(|| {
                (gender_of(first.1) == opposite)
                    .then(|| nearest(Gender::Unknown))
                    .flatten()
            })?;
            let words = text(found.1).split(|&b| b == b' ').count().min(255) as u8;
            Some((found.1, words))
        };
        let fullest = |m: Span, last: Span, words: u8| {
            if words == 1 {
                if let Some(found) = by_title(m, last) {
                    return Some(found);
                }
            }
            fullest_by_text(m, last, words)
        };
        // Full names by first word, for a given name used alone (`Isobel`
        // for `Isobel Cruickshank`); only when one full name has it.
        let first_word = |s: Span| {
            let end = text(s).iter().position(|&b| b == b' ').unwrap_or(s.len());
            Span::from_usize(s.start as usize, s.start as usize + end)
        };
        let mut by_first: Vec<(Span, Span)> = self
            .mentions
            .iter()
            .filter(|m| m.kind == Some(EntityKind::Person) && m.words >= 2)
            .map(|m| (first_word(m.span), m.span))
            .collect();
        by_first.sort_by(|a, b| ci(a.0, b.0).then(ci(a.1, b.1)));
        by_first.dedup_by(|later, kept| {
            ci(later.0, kept.0) == Ordering::Equal && ci(later.1, kept.1) == Ordering::Equal
        });
        let with_first = |given: Span| {
            let from = by_first.partition_point(|p| ci(p.0, given) == Ordering::Less);
            let to = by_first.partition_point(|p| ci(p.0, given) != Ordering::Greater);
            &by_first[from..to]
        };
        let by_given = |given: Span| match with_first(given) {
            [one] => Some(one.1),
            _ => None,
        };
        // A longer name that opens with all of a two-word mention's words
        // (`Mohd Hafiz` for `Mohd Hafiz Ariffin`, `Leung Mei-ki` never for
        // `Angela Leung Mei-ki`), when only one does: Malay and Chinese
        // names are shortened from the end.
        let by_opening = |m: Span| {
            let mention = text(m);
            let mut longer = with_first(first_word(m)).iter().filter(|p| {
                let full = text(p.1);
                // (Not a father's or son's name: `John Smith Jr`.)
                let rest = full.get(mention.len() + 1..).unwrap_or_default();
                full.len() > mention.len() + 1
                    && full[mention.len()] == b' '
                    && full[..mention.len()].eq_ignore_ascii_case(mention)
                    && !matches!(
                        rest.strip_suffix(b".").unwrap_or(rest),
                        b"Jr" | b"Sr" | b"Jnr" | b"Snr" | b"II" | b"III" | b"IV"
                    )
            });
            let one = longer.next()?.1;
            longer
                .all(|p| ci(p.1, one) == Ordering::Equal)
                .then_some(one)
        };
        // Who holds which role word (`Secretary` → Rex Tillerson).
        let mut holders: Vec<(Span, Span, Span)> = Vec::new();
        for m in self
            .mentions
            .iter()
            .filter(|m| m.kind == Some(EntityKind::Person))
        {
            let Some(role) = m.role else { continue };
            let full = fullest(m.span, m.last, m.words).map_or(m.span, |f| f.0);
            let mut start = role.start as usize;
            for (k, &b) in text(role).iter().enumerate().chain([(role.len(), &b' ')]) {
                if b == b' ' {
                    let at = role.start as usize + k;
                    let word = Span::from_usize(start, at);
                    if contains(ROLE_HEADS, text(word)) {
                        holders.push((word, full, role));
                    }
                    start = at + 1;
                }
            }
        }
        holders.sort_by(|a, b| ci(a.0, b.0).then(ci(a.1, b.1)));
        let holder = |head: Span| {
            let from = holders.partition_point(|h| ci(h.0, head) == Ordering::Less);
            let to = holders.partition_point(|h| ci(h.0, head) != Ordering::Greater);
            let found = &holders[from..to];
            let one = found.first()?;
            found
                .iter()
                .all(|h| ci(h.1, one.1) == Ordering::Equal)
                .then_some((one.1, one.2))
        };
        // A single word that is a middle word of a longer person's name,
        // and no given name, is that person (`Cárdenas` for `Luz Marina
        // Cárdenas Ruiz`, whose first surname it is), though the gazetteer
        // or nothing at all says otherwise.
        let mut middles: Vec<(Span, Span)> = Vec::new();
        for m in self
            .mentions
            .iter()
            .filter(|m| m.kind == Some(EntityKind::Person) && m.words >= 3)
        {
            let full = m.span;
            let count = text(full).split(|&b| b == b' ').count();
            let mut at = full.start as usize;
            for (k, w) in text(full).split(|&b| b == b' ').enumerate() {
                let word = Span::from_usize(at, at + w.len());
                at += w.len() + 1;
                let mut key = Key::new();
                if k > 0
                    && k + 1 < count
                    && key.push(w)
                    && GIVEN_NAMES.find(key.as_bytes()).is_none()
                {
                    middles.push((word, full));
                }
            }
        }
        middles.sort_by(|a, b| ci(a.0, b.0));
        let middle = |word: Span| {
            let at = middles.partition_point(|p| ci(p.0, word) == Ordering::Less);
            middles
                .get(at)
                .filter(|p| ci(p.0, word) == Ordering::Equal)
                .map(|p| p.1)
        };
        for m in &mut self.mentions {
            if m.words == 1 && matches!(m.kind, None | Some(EntityKind::Place)) {
                if let Some(full) = middle(m.span) {
                    m.kind = Some(EntityKind::Person);
                    m.canonical = full;
                    continue;
                }
            }
            match m.kind {
                Some(EntityKind::Person) => match fullest(m.span, m.last, m.words) {
                    Some((_, 1)) | None if m.words == 1 => {
                        // (`Paredes said` for `Edgar Paredes Linares`: a
                        // first surname, when no name ends with it.)
                        if let Some(full) = by_given(m.span).or_else(|| middle(m.span)) {
                            m.canonical = full;
                        }
                    }
                    found => {
                        // A fuller name with the same last word first, then
                        // one that opens with both words.
                        let longer = found.filter(|f| f.1 > m.words).map(|f| f.0);
                        let opening = || (m.words == 2).then(|| by_opening(m.span)).flatten();
                        if let Some(full) = longer.or_else(opening).or(found.map(|f| f.0)) {
                            m.canonical = full;
                        }
                    }
                },
                // `RIMOUSKI, Que. —` above: `Rimouski` is that place.
                // (Not a person's surname named before: `Washington's`
                // under `WASHINGTON —`.)
                None if self
                    .dateline_place
                    .is_some_and(|p| p.eq_ignore_ascii_case(text(m.span)))
                    && fullest(m.span, m.last, m.words).is_none() =>
                {
                    m.kind = Some(EntityKind::Place);
                }
                None if m.role_reference => {
                    // `the Secretary`: the one person with that role.
                    if let Some((full, role)) = holder(m.last) {
                        m.kind = Some(EntityKind::Person);
                        m.canonical = full;
                        m.role = Some(role);
                    }
                }
                None if m.words <= 2 => {
                    if let Some((full, words)) = fullest(m.span, m.last, m.words) {
                        m.kind = Some(EntityKind::Person);
                        m.canonical = full;
                        if words == 1 && m.words == 1 {
                            if let Some(full) = by_given(m.span) {
                                m.canonical = full;
                            }
                        }
                    } else if m.after_place_preposition {
                        m.kind = Some(EntityKind::Place);
                    }
                }
                None if m.after_place_preposition => m.kind = Some(EntityKind::Place),
                _ => {}
            }
        }
    }

    /// Unknown names listed with a place are places: `Regina, Moose Jaw,
    /// Weyburn and much of …`, `between Carbondale and Scranton`. A name
    /// is listed with its neighbour when only a comma, `and` or `or` (or a
    /// comma and one of those) stands between them (`&` joins two words
    /// into one name before this, see `load_words`); the kind runs
    /// along the list both ways. Mentions inside a name that becomes a
    /// place (`Indian` in `Indian Head`) are dropped.
    fn resolve_coordinated_places(&mut self) {
        let input = self.input;
        let listed = |a: &Mention, b: &Mention| {
            let Some(gap) = input.get(a.span.end as usize..b.span.start as usize) else {
                return false;
            };
            if gap.iter().any(|&b| b == b'\n' || b == b'\r') {
                return false;
            }
            // (`St. John’s and St. Anthony`: the saint's town's `’s`.)
            let saint = is_saint_town(a.span.slice(input));
            let gap = match (
                saint,
                gap.strip_prefix("’s".as_bytes()),
                gap.strip_prefix(b"'s"),
            ) {
                (true, Some(rest), _) | (true, None, Some(rest)) => rest,
                _ => gap,
            };
            let gap = gap.trim_ascii();
            match gap.strip_prefix(b",") {
                // A comma alone links two names only inside a list that
                // goes on (`Regina, Moose Jaw and …`): `In Nakuru, Kiptoo
                // told reporters` is no list.
                Some(b"") => {
                    let after = input.get(b.span.end as usize..).unwrap_or_default();
                    let after = after.trim_ascii_start();
                    [&b","[..], b"and ", b"or "]
                        .iter()
                        .any(|c| after.starts_with(c))
                }
                Some(rest) => matches!(rest.trim_ascii_start(), b"and" | b"or"),
                None => matches!(gap, b"and" | b"or"),
            }
        };
        // (A building's name is no town of a list: `Church` in `St
        // Michael's Church, Abergele`, `Anglican Church` in `St James’
        // Anglican Church, Sandys`.)
        let open = |m: &Mention| {
            m.kind.is_none()
                && !m.role_reference
                && m.words <= 3
                && looks_like_place_name(m.span.slice(input))
                && !VENUES.contains(&m.last.slice(input))
        };
        // `Bwama, Kyahugye and other islands`: a list that ends in other
        // places of a kind is a list of places.
        for m in self.mentions.iter_mut() {
            if !open(m) {
                continue;
            }
            let after = input.get(m.span.end as usize..).unwrap_or_default();
            let kind_of_place = after
                .strip_prefix(b" and other ")
                .or_else(|| after.strip_prefix(b", and other "))
                .map(|rest| {
                    let noun = rest
                        .split(|b| !b.is_ascii_alphabetic())
                        .next()
                        .unwrap_or_default();
                    // (Not an owner: `Celtic and other cities' clubs`.)
                    let owner = rest
                        .get(noun.len()..)
                        .is_some_and(|r| r.starts_with(b"'") || r.starts_with("’".as_bytes()));
                    contains(SETTLEMENTS_PLURAL, noun) && !owner
                });
            if kind_of_place == Some(true) {
                m.kind = Some(EntityKind::Place);
            }
        }
        // Mentions are pushed in text order except those nested in a name;
        // the list rule looks at neighbours in text order only.
        let mut order: Vec<usize> = (0..self.mentions.len()).collect();
        order.sort_by_key(|&k| {
            (
                self.mentions[k].span.start,
                core::cmp::Reverse(self.mentions[k].span.end),
            )
        });
        // Names nested in an earlier one (`Indian` in `Indian Head`) are
        // not its neighbours in a list.
        let mut reach = 0;
        order.retain(|&k| {
            let m = &self.mentions[k];
            let nested = m.span.end <= reach;
            reach = reach.max(m.span.end);
            !nested && (m.kind == Some(EntityKind::Place) || open(m) || m.said_only || m.given_only)
        });
        let mut promoted = Vec::new();
        // `in Al Ain, Al Dhafra and the Abu Dhabi region`: a name that is a
        // person only by its given name, inside a list between two places.
        for w in order.windows(3) {
            let (a, b, c) = (
                self.mentions[w[0]],
                self.mentions[w[1]],
                self.mentions[w[2]],
            );
            let then_place = input
                .get(b.span.end as usize..c.span.start as usize)
                .map(<[u8]>::trim_ascii)
                .is_some_and(|gap| {
                    matches!(
                        gap,
                        b"," | b"and" | b"or" | b", and" | b"and the" | b", and the"
                    )
                });
            // (After `in`, where a list is of places: not `from London,
            // Paris Hilton and Berlin`.)
            let after_in = input
                .get(..a.span.start as usize)
                .map(<[u8]>::trim_ascii_end)
                .is_some_and(|before| before.ends_with(b" in") || before.ends_with(b" In"));
            // (Or a list that a place cue opened, `routes to Jumeirah, Al
            // Mamzar and Hatta`, whose last name is not yet known.)
            let cued = a.after_place_preposition && open(&c);
            if b.given_only
                && (after_in || cued)
                && a.kind == Some(EntityKind::Place)
                && (c.kind == Some(EntityKind::Place) || cued)
                && a.span.end <= b.span.start
                && b.span.end <= c.span.start
                && listed(&a, &b)
                && then_place
            {
                self.mentions[w[1]].kind = Some(EntityKind::Place);
                promoted.push(b.span);
            }
        }
        let forward = order.windows(2).map(|w| (w[0], w[1]));
        let backward = order.windows(2).rev().map(|w| (w[1], w[0]));
        for (from, to) in forward.chain(backward) {
            let (a, b) = (self.mentions[from], self.mentions[to]);
            let pair = if a.span.start < b.span.start {
                (a, b)
            } else {
                (b, a)
            };
            // A name that is a person only by the verb after it may be the
            // last of a list of places (`Korangi and North Nazimabad said`).
            // Only in a list of three or more: `Officials in Nairobi and
            // Kiptoo said` names a person.
            let last_said = b.said_only
                && pair.1.span == b.span
                && input
                    .get(..a.span.start as usize)
                    .is_some_and(|before| before.trim_ascii_end().ends_with(b","));
            // `in Budiriro and Glen View.`: a given name's person second of
            // two names after a place preposition (not `between`), ending
            // a clause, whose last word is a place's (not `in Nairobi and
            // Mary Smith met`, `between Washington and Elon Musk`).
            let last_given = b.given_only
                && pair.1.span == b.span
                && {
                    let last = b.last.slice(input);
                    contains(PLACE_HEADS, last) || contains(PLACE_TAILS, last)
                }
                && matches!(
                    input.get(b.span.end as usize),
                    None | Some(b'.' | b',' | b';' | b'\n' | b'\r')
                )
                && input
                    .get(..pair.0.span.start as usize)
                    .map(<[u8]>::trim_ascii_end)
                    .and_then(|before| before.rsplit(|&c| c == b' ').next())
                    .is_some_and(|w| contains(PLACE_PREPOSITIONS, w) && w != b"between");
            if a.kind == Some(EntityKind::Place)
                && (open(&b) || last_said || last_given)
                && listed(&pair.0, &pair.1)
            {
                self.mentions[to].kind = Some(EntityKind::Place);
                promoted.push(b.span);
            }
        }
        if promoted.is_empty() {
            return;
        }
        // (Sorted, so that each mention is checked by a search: a long
        // list promotes many names.) Promoted names do not nest.
        promoted.sort_unstable_by_key(|p| (p.start, p.end));
        promoted.dedup();
        let mut names: Vec<&[u8]> = promoted.iter().map(|p| p.slice(input)).collect();
        names.sort_unstable();
        names.dedup();
        for m in &mut self.mentions {
            let k = promoted.partition_point(|p| p.start <= m.span.start);
            let inside = k > 0 && {
                let p = promoted[k - 1];
                m.span.end <= p.end && p != m.span
            };
            if inside {
                m.kind = None;
            }
            // The same name elsewhere, a person only by its given name, is
            // the place too (`in parts of Al Dhafra`).
            if m.given_only
                && m.kind != Some(EntityKind::Place)
                && names.binary_search(&m.span.slice(input)).is_ok()
            {
                m.kind = Some(EntityKind::Place);
            }
        }
    }

    /// A name the article once shows to be an organisation is one
    /// everywhere (`Nordlys Linjer said it …` makes the headline's
    /// `Nordlys Linjer` one too), and so is its first word alone
    /// (`Halcyon` for `Halcyon Robotics`), unless a role says otherwise.
    fn resolve_organizations(&mut self) {
        let input = self.input;
        let text = |s: Span| s.slice(input);
        let ci = |a: &[u8], b: &[u8]| cmp_ignore_case(a, b);
        // (name, first word), sorted by name and by first word.
        let mut names: Vec<(Span, Span)> = self
            .mentions
            .iter()
            .filter(|m| m.kind == Some(EntityKind::Organization))
            .map(|m| {
                let t = text(m.span);
                let first = t.iter().position(|&b| b == b' ').unwrap_or(t.len());
                (m.span, Span::new(m.span.start, m.span.start + first as u32))
            })
            .collect();
        if names.is_empty() {
            return;
        }
        names.sort_by(|a, b| ci(text(a.0), text(b.0)));
        let mut firsts: Vec<(Span, Span)> = names
            .iter()
            .filter(|n| n.1 != n.0)
            .map(|&(full, first)| (first, full))
            .collect();
        firsts.sort_by(|a, b| ci(text(a.0), text(b.0)));
        // Surnames of people named in full keep their person reading
        // (`Johnson` for `Boris Johnson`, beside `Johnson Controls`).
        let mut surnames: Vec<Span> = self
            .mentions
            .iter()
            .filter(|m| m.kind == Some(EntityKind::Person) && m.words > 1)
            .map(|m| m.last)
            .collect();
        surnames.sort_by(|a, b| ci(text(*a), text(*b)));
        for m in &mut self.mentions {
            let weak = m.kind.is_none() || (m.kind == Some(EntityKind::Person) && m.role.is_none());
            if !weak || m.role_reference {
                continue;
            }
            let t = text(m.span);
            let whole = names
                .binary_search_by(|n| ci(text(n.0), t))
                .ok()
                .map(|k| names[k].0);
            let surname = surnames.binary_search_by(|n| ci(text(*n), t)).is_ok();
            // Only for a name read as a person (`Halcyon said`), not for an
            // unknown word (`in Parkersburg` beside `Parkersburg High School`).
            let by_first = (m.words == 1 && !surname && m.kind.is_some())
                .then(|| firsts.binary_search_by(|n| ci(text(n.0), t)).ok())
                .flatten()
                .map(|k| firsts[k].1);
            // `Toi Te Ora` after `Toi Te Ora Public Health`: the first
            // words of an organisation named earlier, not a person's name
            // (but `John Smith said` beside a later `John Smith Trust`
            // keeps its reading).
            // (Not a given name and a surname: `Tony Blair said` beside
            // the `Tony Blair Institute for Global Change` is the man.)
            let by_prefix = || {
                let given = || {
                    let mut k = Key::new();
                    let first = t.split(|&b| b == b' ').next().unwrap_or_default();
                    k.push(first) && GIVEN_NAMES.find(k.as_bytes()).is_some()
                };
                if m.words < 2 || m.kind.is_none() || (m.words == 2 && given()) {
                    return None;
                }
                let from = names.partition_point(|n| ci(text(n.0), t) == Ordering::Less);
                names[from..]
                    .iter()
                    .take_while(|n| {
                        let full = text(n.0);
                        full.len() > t.len() && full[..t.len()].eq_ignore_ascii_case(t)
                    })
                    .find(|n| text(n.0)[t.len()] == b' ' && n.0.end <= m.span.start)
                    .map(|n| n.0)
            };
            if let Some(full) = whole.or(by_first).or_else(by_prefix) {
                m.kind = Some(EntityKind::Organization);
                m.canonical = full;
            }
        }
        // `Northwind` beside `Northwind Energy ASA`: a company's short name
        // (its first words) stands for the one name with its legal form
        // that starts with it, once that name is given; before it, only
        // in the headline (`The BBC said … BBC Studios Ltd, its arm` names
        // the parent first).
        // Each legal name's first mention, by name.
        let mut legal: Vec<Span> = names
            .iter()
            .map(|n| n.0)
            .filter(|&full| {
                let t = text(full);
                let last = t.rsplit(|&b| b == b' ').next().unwrap_or(t);
                last.len() < t.len() && contains(LEGAL_TAILS, last)
            })
            .collect();
        if legal.is_empty() {
            return;
        }
        legal.sort_by(|a, b| text(*a).cmp(text(*b)).then(a.start.cmp(&b.start)));
        legal.dedup_by(|later, first| text(*later) == text(*first));
        // (The headline: a first line of up to 150 bytes that ends with no
        // period.)
        let lead = input.trim_ascii_start();
        let first_line = memchr::memchr(b'\n', lead).unwrap_or(lead.len());
        let headline = first_line <= 150 && !lead[..first_line].trim_ascii_end().ends_with(b".");
        let headline_end = if headline {
            (input.len() - lead.len() + first_line) as u32
        } else {
            0
        };
        // Organisation mentions by canonical text, then position.
        let mut orgs: Vec<usize> = (0..self.mentions.len())
            .filter(|&k| {
                let m = &self.mentions[k];
                m.kind == Some(EntityKind::Organization) && m.alias.is_none()
            })
            .collect();
        orgs.sort_by(|&a, &b| {
            let (a, b) = (&self.mentions[a], &self.mentions[b]);
            text(a.canonical)
                .cmp(text(b.canonical))
                .then(a.span.start.cmp(&b.span.start))
        });
        let mut g = 0;
        while g < orgs.len() {
            let t = text(self.mentions[orgs[g]].canonical);
            let end = g + orgs[g..]
                .iter()
                .take_while(|&&k| text(self.mentions[k].canonical) == t)
                .count();
            // The legal names that start with `t` and a space: exactly one.
            let from = legal.partition_point(|&l| text(l) < t);
            let mut found = None;
            let mut several = false;
            for &l in legal[from..]
                .iter()
                .take_while(|&&l| text(l).starts_with(t))
                .take(64)
            {
                let f = text(l);
                if f.len() > t.len() && f[t.len()] == b' ' {
                    several |= found.is_some();
                    found = Some(l);
                }
            }
            if let (Some(full), false) = (found, several) {
                let early = orgs[g..end].iter().any(|&k| {
                    let start = self.mentions[k].span.start;
                    start < full.start && start >= headline_end
                });
                if !early {
                    for &k in &orgs[g..end] {
                        self.mentions[k].canonical = full;
                    }
                }
            }
            g = end;
        }
    }

    /// Find `Long Form (LF)` and `LF (Long Form)` in the current block.
    fn find_acronyms(&mut self) {
        let n = self.words.len();
        for j in 0..n {
            if self.words[j].punct_before != b'(' {
                continue;
            }
            let w = self.word(j);
            // `Long Form (LF)`: one short word inside the parentheses.
            let closes = j + 1 >= n || self.words[j + 1].punct_before == b')';
            // (`Pagasa`, `Sebi`: a short form with one capital only where
            // its letters are the long form's initials.)
            let title_case = is_title_case_short_form(w);
            if (is_short_form(w) || is_mixed_case_short_form(w) || title_case) && closes && j > 0 {
                let from = j.saturating_sub(w.len().min(10) * 2 + 1);
                // (A name in English for a short form in the source
                // language: `Supreme Audit Office (NIK)`.)
                let translated = || {
                    (!title_case && w.iter().all(|b| b.is_ascii_uppercase()))
                        .then(|| self.translated_long(j))
                        .flatten()
                };
                if let Some(long) = self.match_long(from, j, w, title_case).or_else(translated) {
                    let short = self.words[j].span;
                    self.acronyms.push(Acronym {
                        short,
                        long,
                        span: short,
                    });
                }
                continue;
            }
            // `LF (Long Form)`.
            if j > 0 && is_short_form(self.word(j - 1)) {
                let short = self.words[j - 1].span;
                let mut k = j + 1;
                while k < n && self.words[k].punct_before != b')' && k < j + 12 {
                    k += 1;
                }
                if let Some(long) = self.match_long(j, k, self.text(short), false) {
                    if long.start == self.words[j].span.start {
                        self.acronyms.push(Acronym {
                            short,
                            long,
                            span: short,
                        });
                    }
                }
            }
        }
    }

    /// `Poland's Supreme Audit Office (NIK)`, `the Turkish Grain Board
    /// (TMO)`: a name in English right before a short form in capitals
    /// (2–6 letters, no news agency's) whose letters it does not hold, as
    /// the initials of a name in its own language. The name is a run of
    /// title-case words (small linking words inside it) after a determiner,
    /// a possessive, a preposition or the sentence's start, with two
    /// capitalised words at least.
    fn translated_long(&self, j: usize) -> Option<Span> {
        let short = self.word(j);
        if !(2..=6).contains(&short.len()) || contains(lexicon::CAPS_AGENCIES, short) {
            return None;
        }
        let title = |k: usize| {
            let w = self.word(k);
            self.capitalised(k) && w.iter().any(u8::is_ascii_lowercase)
        };
        let mut start = j;
        let mut capitalised = 0;
        while start > 0 && j - start < 10 {
            let k = start - 1;
            // (Words of one name: no punctuation between them.)
            if k + 1 < j && !self.words[k + 1].joined {
                break;
            }
            let linking = matches!(
                self.word(k),
                b"of" | b"and" | b"for" | b"the" | b"on" | b"in"
            );
            let opens_sentence = self.words[k].sentence_start;
            if !(title(k) || linking) || self.stem(k).1 && !self.word(k).ends_with(b"'") {
                break;
            }
            if title(k) && !(opens_sentence && self.lower_in(k, DETERMINERS)) {
                capitalised += 1;
                start = k;
            } else if linking {
                start = k;
            } else {
                break;
            }
            if opens_sentence {
                break;
            }
        }
        // Linking words and determiners open no name (`of the Mezcal …`
        // starts at Mezcal, `The National Nutrition Agency` at National).
        while start < j && (!self.capitalised(start) || self.lower_in(start, DETERMINERS)) {
            start += 1;
        }
        (capitalised >= 2 && start < j)
            .then(|| Span::new(self.words[start].span.start, self.words[j - 1].span.end))
    }

    /// Schwartz–Hearst: the shortest run of words ending at word `end - 1`
    /// and starting no earlier than `from` whose letters contain the short
    /// form's letters in order, its first letter opening a word. With
    /// `initials_only`, only the reading with one word per letter.
    fn match_long(
        &self,
        from: usize,
        end: usize,
        short: &[u8],
        initials_only: bool,
    ) -> Option<Span> {
        if end == 0 || from >= end {
            return None;
        }
        // Short forms are at most 10 bytes (`is_short_form`): no allocation.
        let mut buf = [0u8; 10];
        let mut count = 0;
        for &b in short
            .iter()
            .filter(|b| b.is_ascii_alphanumeric())
            .take(buf.len())
        {
            buf[count] = b.to_ascii_lowercase();
            count += 1;
        }
        let letters = &buf[..count];
        let first_letter = *letters.first()?;
        // First the plain reading: one word per letter, small function
        // words skipped (`Red River Valley Growers Association`), which the
        // shortest match would cut to `River Valley …`.
        let mut matched = letters.len();
        for start in (from..end).rev() {
            let w = self.word(start);
            if matches!(w, b"of" | b"the" | b"and" | b"for" | b"on" | b"in" | b"&") {
                continue;
            }
            if matched == 0 || w.first().map(u8::to_ascii_lowercase) != Some(letters[matched - 1]) {
                break;
            }
            matched -= 1;
            if matched == 0 && end - start > 1 {
                return Some(Span::new(
                    self.words[start].span.start,
                    self.words[end - 1].span.end,
                ));
            }
        }
        if initials_only {
            return None;
        }
        for start in (from..end).rev() {
            let w = self.word(start);
            if w.first()
                .is_none_or(|b| b.to_ascii_lowercase() != first_letter)
            {
                continue;
            }
            let span = Span::new(self.words[start].span.start, self.words[end - 1].span.end);
            let text = self.text(span);
            // A long form in lower case has no more words than letters
            // (`expanded polystyrene` for EPS; not `she had asked the
            // federal Agriculture Ministry` for SADER).
            // (Nor one opening with a sentence's `A`, `The`, `She`: `A man
            // in Cape Town` for AP.)
            let lower = !self.capitalised(start)
                || (self.words[start].sentence_start
                    && (self.lower_in(start, DETERMINERS)
                        || [&b"he"[..], b"she", b"it", b"we", b"they", b"i"]
                            .iter()
                            .any(|p| w.eq_ignore_ascii_case(p))));
            if lower && end - start > letters.len() {
                continue;
            }
            // Match the letters from the end, right to left.
            let mut li = text.len();
            let mut ok = true;
            for (k, &c) in letters.iter().enumerate().rev() {
                let mut found = false;
                while li > 0 {
                    li -= 1;
                    let at_word_start = li == 0 || !text[li - 1].is_ascii_alphanumeric();
                    if text[li].to_ascii_lowercase() == c && (k > 0 || at_word_start) {
                        found = true;
                        break;
                    }
                }
                if !found {
                    ok = false;
                    break;
                }
            }
            if ok && li == 0 && end - start > 1 {
                return Some(span);
            }
        }
        None
    }

    /// Later uses of each defined short form, in one pass over the tokens
    /// with a binary search per candidate word.
    fn link_acronyms(&mut self, tokens: &[Token], blocks: &[Block]) {
        let input = self.input;
        let mut defined = self.acronyms.clone();
        defined.sort_by(|a, b| {
            a.short
                .slice(input)
                .cmp(b.short.slice(input))
                .then(a.short.start.cmp(&b.short.start))
        });
        defined.dedup_by(|later, kept| later.short.slice(input) == kept.short.slice(input));
        if defined.is_empty() {
            return;
        }
        for b in blocks {
            let (t0, t1) = b.token_range();
            for t in &tokens[t0..t1] {
                let w = t.bytes(input);
                if t.kind != TokenKind::Word || !is_short_form(w) {
                    continue;
                }
                if let Ok(k) = defined.binary_search_by(|d| d.short.slice(input).cmp(w)) {
                    let def = defined[k];
                    if t.span.start > def.short.end {
                        self.acronyms.push(Acronym {
                            span: t.span,
                            ..def
                        });
                    }
                }
            }
        }
    }
}

/// Whether the quote mark at `tokens[q]` wraps a nickname inside a name:
/// a capitalised word, one space, a quoted capitalised word, one space and
/// a capitalised word or a particle (`Marthinus "Tienie" du Plessis`).
fn nickname_quotes(input: &[u8], tokens: &[Token], q: usize) -> bool {
    let open = match tokens[q].kind {
        TokenKind::OpenQuote => q,
        _ => match q.checked_sub(2) {
            Some(o) => o,
            None => return false,
        },
    };
    let kind = |k: usize| tokens.get(k).map(|t| t.kind);
    let capital = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word && t.bytes(input).first().is_some_and(u8::is_ascii_uppercase)
        })
    };
    let single_space = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Space && t.span.len() == 1)
    };
    open >= 2
        && kind(open) == Some(TokenKind::OpenQuote)
        && kind(open + 2) == Some(TokenKind::CloseQuote)
        && capital(open - 2)
        && single_space(open - 1)
        && capital(open + 1)
        && single_space(open + 3)
        && (capital(open + 4)
            || tokens.get(open + 4).is_some_and(|t| {
                t.kind == TokenKind::Word && contains(lexicon::NAME_PARTICLES, t.bytes(input))
            }))
}

/// A past-tense verb before its object (`sent goalkeeper Dan Whitlock the
/// wrong way`, `praised captain X`), which no role begins with: a regular
/// `-ed` form (not `-eed`, `need`) or a common irregular one.
fn is_verb_before_object(w: &[u8]) -> bool {
    const IRREGULAR: [&[u8]; 16] = [
        b"beat", b"brought", b"caught", b"found", b"gave", b"got", b"held", b"hit", b"left",
        b"let", b"lost", b"met", b"put", b"sent", b"took", b"won",
    ];
    // (Adjectives of a role in `-ed` stay: `retired teacher`, `qualified
    // nurse`, `elected mayor`.)
    const ROLE_ADJECTIVES: [&[u8]; 10] = [
        b"acclaimed",
        b"appointed",
        b"celebrated",
        b"certified",
        b"elected",
        b"licensed",
        b"qualified",
        b"registered",
        b"retired",
        b"trained",
    ];
    (w.len() > 4 && w.ends_with(b"ed") && !w.ends_with(b"eed") && !ROLE_ADJECTIVES.contains(&w))
        || IRREGULAR.contains(&w)
}

/// The last words of buildings' names, after which a town may follow
/// between commas (`St Michael's Church, Abergele,`).
const VENUES: [&[u8]; 12] = [
    b"Cathedral",
    b"Centre",
    b"Center",
    b"Chapel",
    b"Church",
    b"College",
    b"Crematorium",
    b"Hall",
    b"Hospital",
    b"Hotel",
    b"School",
    b"Stadium",
];

/// A trade or occupation in lower case (`harvester`, `operator`), which
/// can head an unnamed speaker (`a boat operator said`).
pub(crate) fn is_trade(word: &[u8]) -> bool {
    contains(TRADES, word) || {
        let mut k = Key::new();
        k.push(word) && OCCUPATIONS.find(k.as_bytes()).is_some()
    }
}

/// Whether an unknown name may be a place on weak evidence (a preposition,
/// a list): not a code or an initial (`NOK`, `AM`, `W` of `W.Va.`), which
/// have no lower-case letter or are too short, and not a bare compass word
/// (`West and Central Africa`).
fn looks_like_place_name(text: &[u8]) -> bool {
    text.len() >= 3
        && text.iter().any(|&b| b.is_ascii_lowercase() || b >= 0x80)
        && !contains(COMPASS, text)
        // (`sang in Gaelic`, `a sign in Swahili`: a language.)
        && !contains(LANGUAGES, text)
}

/// Languages that are no country's people (`Gaelic`, `Swahili`, `Urdu`),
/// which `in` puts before as it does places.
const LANGUAGES: &WordSet = &WordSet::new(&[
    "afrikaans",
    "arabic",
    "aramaic",
    "bengali",
    "cantonese",
    "cornish",
    "creole",
    "esperanto",
    "farsi",
    "gaelic",
    "guarani",
    "gujarati",
    "hausa",
    "hebrew",
    "hindi",
    "igbo",
    "kannada",
    "kiswahili",
    "latin",
    "malayalam",
    "mandarin",
    "marathi",
    "pashto",
    "patois",
    "punjabi",
    "quechua",
    "sanskrit",
    "scots",
    "swahili",
    "tagalog",
    "tamil",
    "telugu",
    "tigrinya",
    "twi",
    "urdu",
    "yiddish",
    "yoruba",
]);

/// Byte order of two words, ignoring ASCII case.
fn cmp_ignore_case(a: &[u8], b: &[u8]) -> Ordering {
    a.iter()
        .map(u8::to_ascii_lowercase)
        .cmp(b.iter().map(u8::to_ascii_lowercase))
}

/// Whether words `i..end` (possessives stripped) form a key of `keys`.
fn key_in(x: &Extractor<'_>, keys: &crate::names::Keys, i: usize, end: usize) -> bool {
    key_index(x, keys, i, end).is_some()
}

/// The index in `keys` of words `i..end` (possessives stripped).
fn key_index(x: &Extractor<'_>, keys: &crate::names::Keys, i: usize, end: usize) -> Option<usize> {
    let mut k = Key::new();
    for j in i..end {
        if !k.push(x.text(x.stem(j).0)) {
            return None;
        }
    }
    keys.find(k.as_bytes())
}

/// `DPRK`, `UN`, `KORUS`: 2–10 characters, mostly capitals.
fn is_short_form(w: &[u8]) -> bool {
    (2..=10).contains(&w.len())
        && w[0].is_ascii_alphabetic()
        && w.iter().filter(|b| b.is_ascii_uppercase()).count() * 2 > w.len()
        && w.iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'&')
}

/// `NiMet`, `DfE`, `FoI`: a short form in mixed case, read only inside
/// parentheses after its long form, where a long form must match it.
fn is_mixed_case_short_form(w: &[u8]) -> bool {
    (3..=8).contains(&w.len())
        && w[0].is_ascii_uppercase()
        && w[1..].iter().any(u8::is_ascii_uppercase)
        && w.iter().all(u8::is_ascii_alphabetic)
}

/// `Director-General`, `Secretary-General`: a hyphenated title whose
/// halves are both [`ROLE_HEADS`].
fn is_title_of_two_heads(w: &[u8]) -> bool {
    w.contains(&b'-') && w.split(|&b| b == b'-').all(|h| contains(ROLE_HEADS, h))
}

/// `hydrologist`, `statistician`, `psychiatrist`, `photographer`: the
/// endings of occupations (lower case).
fn has_occupation_suffix(w: &[u8]) -> bool {
    [
        "ologist", "onomist", "ician", "iatrist", "ographer", "ergist",
    ]
    .iter()
    .any(|s| w.len() >= s.len() + 2 && w.ends_with(s.as_bytes()))
}

/// `boatbuilder`, `locksmith`, `shipwright`: a trade made of
/// a thing and its maker (only in lower case: `Goldsmith` and `Cartwright`
/// are surnames).
/// (`-maker` is left out, and builders of houses and ships: `glovemaker`,
/// `carmaker` and `homebuilder` are mostly companies.)
fn is_compound_trade(w: &[u8]) -> bool {
    ["builder", "smith", "wright"]
        .iter()
        .any(|s| w.len() >= s.len() + 3 && w.ends_with(s.as_bytes()))
        && !matches!(w, b"homebuilder" | b"housebuilder" | b"shipbuilder")
}

/// `Pagasa`, `Sebi`, `Ebitda`: a word of one capital that may be a short
/// form said as a word.
fn is_title_case_short_form(w: &[u8]) -> bool {
    (3..=8).contains(&w.len())
        && w[0].is_ascii_uppercase()
        && w[1..].iter().all(u8::is_ascii_lowercase)
}

/// The first letters of [`PLACE_ALIASES`], a bit each.
const ALIAS_LETTERS: u32 = {
    let mut bits = 0;
    let mut k = 0;
    while k < PLACE_ALIASES.len() {
        bits |= letter_bit(PLACE_ALIASES[k].0.as_bytes()[0]);
        k += 1;
    }
    bits
};

/// Short forms of places the gazetteer lists only in full.
const PLACE_ALIASES: &[(&str, &str)] = &[
    ("america", "United States"),
    ("britain", "United Kingdom"),
    ("korean peninsula", "Korean Peninsula"),
    ("middle east", "Middle East"),
    ("u.k.", "United Kingdom"),
    ("u.s.", "United States"),
    ("u.s.a.", "United States"),
    ("uk", "United Kingdom"),
    ("us", "United States"),
    ("usa", "United States"),
];

/// Prepositions and conjunctions that open a phrase or clause before a
/// sentence's subject (`After meeting Joe Biden, the council …`).
pub(crate) const CLAUSE_OPENERS: &WordSet = &WordSet::new(&[
    "about", "after", "against", "as", "before", "by", "despite", "during", "for", "from", "if",
    "in", "like", "on", "since", "to", "unlike", "when", "while", "with",
]);

/// Courtesy titles: they open a name but are not a role.
pub(crate) const HONORIFICS: &WordSet = &WordSet::new(&[
    // `Adv` (advocate) and `Cde` (comrade) in southern Africa.
    // `Mma`/`Rra` (Mrs/Mr) and `Kgosi` (chief) in Botswana; `Pa` and
    // `Haja` in Sierra Leone; `Ntate` and `’M’e` (Mr and Mrs) in Lesotho;
    // `Bi` and `Mzee` (Ms, and an elder man) in Swahili.
    // `Ratu` and `Adi` (chiefly titles, a man's and a woman's) in Fiji;
    // `Haji`/`Hajah` in Malaysia; `Togbe` (a chief) among the Ewe.
    // `Ap`/`Aum` (an older man, woman) and `Dasho`, `Lyonpo` (titles) in
    // Bhutan; `Bapak` in Indonesia; `Khun` in Thailand; `Shri`, `Smt`,
    // `Shrimati` in India. `Dasho`, `Lyonpo`, `Bapak`, `Khun` and `Shri`
    // count only before a full name (`Khun Yuam` is a district); `Ap` and
    // `Aum` too, spelled so, and are not listed (not the Welsh `ap`, nor
    // `AP`).
    "adi",
    "adv",
    "advocate",
    "alhaja",
    "alhaji",
    "bapak",
    "bi",
    "cde",
    "dame",
    "dasho",
    "datin",
    "dato",
    "datuk",
    "eng",
    "engr",
    "h.e.",
    "haja",
    "hajah",
    "haji",
    "hajia",
    "hajiya",
    "hajji",
    "hon",
    "ir",
    "kaumātua",
    "kgosi",
    "khun",
    "lyonpo",
    "m'e",
    "madam",
    "matua",
    "miss",
    "mma",
    "mr",
    "mrs",
    "ms",
    "mx",
    "mzee",
    "m’e",
    "ntate",
    "pa",
    "ratu",
    "rra",
    "sheikh",
    "shri",
    "shrimati",
    "sir",
    "smt",
    "togbe",
    "tun",
    "whaea",
]);

/// Trades and conditions that say what a person does or is (`a Polish
/// carpenter`, `a schoolteacher`, `landlord Ahmed Rahimi`). Like the
/// lexicon's occupations, they head a role only where no surname can stand
/// (`Baker` in `Gov. Charlie Baker`, `Carpenter`, `Shepherd`).
const TRADES: &WordSet = &WordSet::new(&[
    "abbot",
    "artisan",
    "assistant",
    "baker",
    "barber",
    "bartender",
    "beekeeper",
    "blogger",
    "boatman",
    "bricklayer",
    "builder",
    "butcher",
    "cabbie",
    "carer",
    "caretaker",
    "carpenter",
    "carver",
    "cashier",
    "ceramicist",
    "chef",
    "cleaner",
    "cobbler",
    "composer",
    "constable",
    "cook",
    "craftsman",
    "craftswoman",
    "crofter",
    "deckhand",
    "deputy",
    "distiller",
    "diver",
    "dockworker",
    "doorman",
    "drummer",
    "dyker",
    "electrician",
    "ferryman",
    "filmmaker",
    "fisherwoman",
    "fishmonger",
    "florist",
    "forecaster",
    "forester",
    "gamekeeper",
    "gardener",
    "goldsmith",
    "greengrocer",
    "grocer",
    "guide",
    "guitarist",
    "hairdresser",
    "harbormaster",
    "harbourmaster",
    "harvester",
    "headmaster",
    "headmistress",
    "headteacher",
    "herder",
    "herdsman",
    "herdswoman",
    "homeowner",
    "hotelier",
    "housekeeper",
    "innkeeper",
    "instructor",
    "janitor",
    "jeweler",
    "jeweller",
    "jockey",
    "joiner",
    "laborer",
    "labourer",
    "landlord",
    "landowner",
    "lifeguard",
    "lineman",
    "lobsterman",
    "locksmith",
    "logger",
    "longshoreman",
    "mechanic",
    "miller",
    "miner",
    "monk",
    "mountaineer",
    "musher",
    "novelist",
    "nun",
    "orchardist",
    "organizer",
    "painter",
    "pianist",
    "picker",
    "plasterer",
    "playwright",
    "plumber",
    "poet",
    "porter",
    "postmaster",
    "potter",
    "publican",
    "rancher",
    "reeve",
    "restaurateur",
    "retiree",
    "rider",
    "roofer",
    "sailor",
    "salesman",
    "saleswoman",
    "schoolteacher",
    "sculptor",
    "seaman",
    "shepherd",
    "shoemaker",
    "shopkeeper",
    "silversmith",
    "singer",
    "skipper",
    "sommelier",
    "songwriter",
    "stevedore",
    "stonemason",
    "storyteller",
    "tailor",
    "tattooist",
    "tenant",
    "thatcher",
    "trapper",
    "trawlerman",
    "vet",
    "veterinarian",
    "villager",
    "vintner",
    "violinist",
    "waiter",
    "waitress",
    "weaver",
    "welder",
    "winemaker",
    "woodcarver",
]);

/// Words that head a role or title.
pub(crate) const ROLE_HEADS: &WordSet = &WordSet::new(&[
    "activist",
    "adm",
    "admiral",
    "adviser",
    "advisor",
    "aide",
    "alderman",
    "alderwoman",
    "ambassador",
    "analyst",
    "anchor",
    "archbishop",
    "assessor",
    "attorney",
    "auditor",
    "bishop",
    "boss",
    "brigadier",
    "campaigner",
    "candidate",
    "capt",
    "captain",
    "cardinal",
    "cathaoirleach",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "chancellor",
    "chaplain",
    "chef",
    "chief",
    "clerk",
    "cllr",
    "coach",
    "col",
    "colonel",
    "columnist",
    "commander",
    "commissioner",
    "commuter",
    "congressman",
    "congresswoman",
    "constable",
    "convener",
    "convenor",
    "coo",
    "coordinator",
    "coroner",
    "correspondent",
    "councillor",
    "councilman",
    "councilmember",
    "councilor",
    "councilwoman",
    "counsel",
    "counterpart",
    "cr",
    "cto",
    "customer",
    "defenceman",
    "defender",
    "defenseman",
    "depute",
    "dictator",
    "diplomat",
    "director",
    "doctor",
    "dr",
    "driver",
    "economist",
    "editor",
    "emperor",
    "engineer",
    "entrepreneur",
    "envoy",
    "executive",
    "expert",
    "farmer",
    "fisherman",
    "forward",
    "founder",
    "gen",
    "general",
    "goalkeeper",
    "goaltender",
    "gov",
    "governor",
    "grower",
    "head",
    "headman",
    "headwoman",
    "herder",
    "imam",
    "inspector",
    "judge",
    "justice",
    "king",
    "lawmaker",
    "lawyer",
    "leader",
    "lieutenant",
    "lifesaver",
    "lt",
    "magistrate",
    "manager",
    "master",
    "mayor",
    "mca",
    "mec",
    "member",
    "mep",
    "midfielder",
    "midwife",
    "minister",
    "mla",
    "mna",
    "mp",
    "mpp",
    "msp",
    "negotiator",
    "nurse",
    "officer",
    "official",
    "owner",
    "partner",
    "pastor",
    "pensioner",
    "pilot",
    "pitcher",
    "pope",
    "premier",
    "president",
    "president-elect",
    "priest",
    "prince",
    "princess",
    "principal",
    "prof",
    "professor",
    "prosecutor",
    "quarterback",
    "queen",
    "rabbi",
    "referee",
    "registrar",
    "rep",
    "reporter",
    "representative",
    "researcher",
    "resident",
    "secretary",
    "seller",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheriff",
    "shopkeeper",
    "shopper",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "stallholder",
    "steward",
    "strategist",
    "striker",
    "student",
    "superintendent",
    "supervisor",
    "td",
    "teacher",
    "trader",
    "treasurer",
    "trustee",
    "vendor",
    "vicar",
    "volunteer",
    "warden",
    "winger",
    "writer",
]);

/// Team positions (`wing Jory Pascoe`, `Lock Tom Rowe scored`): roles only
/// right before a name or opening one, since inside a name they are more
/// often a part of it (`Lam Wing Kee`).
const SPORT_POSITIONS: &WordSet = &WordSet::new(&[
    "all-rounder",
    "batsman",
    "batter",
    "bowler",
    "flanker",
    "fly-half",
    "full-back",
    "fullback",
    "guard",
    "half-back",
    "hooker",
    "lock",
    "number-eight",
    "paceman",
    "prop",
    "scrum-half",
    "seamer",
    "spinner",
    "substitute",
    "wicket-keeper",
    "wicketkeeper",
    "wing",
]);

/// Family words before a name (`her sister Catrin Pritchard`, `Gwen's
/// father, Huw Pritchard`): a person, though not a role.
const RELATIONSHIPS: &WordSet = &WordSet::new(&[
    "aunt",
    "brother",
    "cousin",
    "daughter",
    "father",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "husband",
    "mother",
    "nephew",
    "niece",
    "sister",
    "son",
    "uncle",
    "widow",
    "wife",
]);

/// A word with a contracted verb or negation (`We’ve`, `Don't`): never
/// a name.
fn is_contraction(word: &[u8]) -> bool {
    const ENDINGS: [&[u8]; 12] = [
        b"'ve",
        b"'re",
        b"'ll",
        b"'m",
        b"'d",
        b"n't",
        "’ve".as_bytes(),
        "’re".as_bytes(),
        "’ll".as_bytes(),
        "’m".as_bytes(),
        "’d".as_bytes(),
        "n’t".as_bytes(),
    ];
    ENDINGS.iter().any(|e| word.ends_with(e))
}

const GENERIC_SUBJECTS: &WordSet = &WordSet::new(&[
    "analysts",
    "anyone",
    "authorities",
    "critics",
    "economists",
    "everybody",
    "everyone",
    "experts",
    "investigators",
    "many",
    "nobody",
    "officials",
    "opponents",
    "others",
    "protesters",
    "researchers",
    "residents",
    "scientists",
    "somebody",
    "someone",
    "supporters",
    "voters",
    "witnesses",
]);

/// Local governments named for their town (`the City of Lawton`).
const CIVIC_BODIES: &WordSet = &WordSet::new(&[
    "borough",
    "city",
    "county",
    "municipality",
    "shire",
    "town",
    "township",
    "village",
]);

/// Offices held over a place (`the headman of Shorobe`, `Mayor of
/// Kisumu`): what follows their `of` is a place.
const PLACE_OFFICES: &WordSet =
    &WordSet::new(&["governor", "headman", "headwoman", "mayor", "premier"]);

/// Nouns for settlements before `of` (`the town of Kakuma`).
const SETTLEMENT_NOUNS: &WordSet = &WordSet::new(&[
    "archipelago",
    "atoll",
    "city",
    "coast",
    "district",
    "hamlet",
    "island",
    "municipality",
    "neighborhood",
    "neighbourhood",
    "outskirts",
    "peninsula",
    "port",
    "province",
    "region",
    "shore",
    "shores",
    "suburb",
    "town",
    "valley",
    "village",
]);

/// Plural nouns of places: before `such as` (`rural wards such as Molo`),
/// and after `and other` at a list's end (`Bwama, Kyahugye and other
/// islands`).
const SETTLEMENTS_PLURAL: &WordSet = &WordSet::new(&[
    "areas",
    "atolls",
    "barangays",
    "cities",
    "communities",
    "constituencies",
    "counties",
    "districts",
    "islands",
    "municipalities",
    "neighborhoods",
    "neighbourhoods",
    "parishes",
    "ports",
    "provinces",
    "regions",
    "settlements",
    "suburbs",
    "towns",
    "townships",
    "villages",
    "wards",
]);

/// Nouns before `of` and a place: its people and its parts.
const RESIDENT_NOUNS: &WordSet = &WordSet::new(&[
    "center",
    "centre",
    "citizen",
    "citizens",
    "inhabitant",
    "inhabitants",
    "native",
    "outskirts",
    "resident",
    "residents",
    "streets",
    "suburbs",
    "villager",
    "villagers",
]);

/// Islanders and their trades, and verbs of landing, before `on` and an
/// island (`growers on Mangaia`, `born on Lakeba`; not `people on
/// Medicaid`, `homes on Airbnb`).
const ISLAND_DWELLERS: &WordSet = &WordSet::new(&[
    "born",
    "crofters",
    "farmers",
    "fishermen",
    "fishers",
    "growers",
    "guesthouses",
    "holidaying",
    "islanders",
    "landed",
    "stranded",
    "villagers",
    "villages",
]);

/// Shops named for an owner, after the owner's possessive (`Mama Rosa’s
/// Kitchen`).
const BUSINESS_HEADS: &WordSet =
    &WordSet::new(&["bakery", "cafe", "diner", "kitchen", "restaurant"]);

/// Words that name a business's arm after a known organisation's name
/// (`Samsung Electronics`, `Barclays Capital`, `Toyota Motors`), besides
/// the [`COMPANY_TAILS`] that end any company's name.
const BUSINESS_ARMS: &WordSet = &WordSet::new(&[
    "airlines",
    "airways",
    "bank",
    "biologics",
    "capital",
    "chemicals",
    "digital",
    "electronics",
    "energy",
    "engineering",
    "entertainment",
    "financial",
    "foundation",
    "group",
    "holdings",
    "international",
    "media",
    "motors",
    "pharma",
    "research",
    "semiconductor",
    "services",
    "shipping",
    "studios",
    "technologies",
    "technology",
    "ventures",
]);

/// Faiths and other words for peoples that are no demonyms, capitalised
/// before a plural (`the Muslim and Sikh communities`).
const PEOPLES_WORDS: &WordSet = &WordSet::new(&[
    "aboriginal",
    "arab",
    "asian",
    "black",
    "buddhist",
    "catholic",
    "christian",
    "hindu",
    "indigenous",
    "jewish",
    "muslim",
    "orthodox",
    "protestant",
    "shia",
    "sikh",
    "sunni",
    "white",
]);

/// Verbs of working from a base, and the craft that do, before `out of`
/// and the place (`boats that work out of Placencia`, `run boats out of
/// Cocodrie`; not `dropped out of Harvard`).
const BASE_VERBS: &WordSet = &WordSet::new(&[
    "boats",
    "fish",
    "fished",
    "fishes",
    "fishing",
    "flies",
    "flights",
    "fly",
    "flying",
    "operate",
    "operated",
    "operates",
    "operating",
    "sail",
    "sailed",
    "sailing",
    "sails",
    "trawlers",
    "vessels",
    "work",
    "worked",
    "working",
    "works",
]);

/// Words that make `areas of` or `regions of` a map's (`residential areas
/// of Kallio`; not `areas of Google strategy`).
const AREA_QUALIFIERS: &WordSet = &WordSet::new(&[
    "affected",
    "coastal",
    "flooded",
    "mountain",
    "mountainous",
    "outlying",
    "remote",
    "residential",
    "rural",
    "surrounding",
    "urban",
]);

/// Apps and sites people are `on`.
const PLATFORMS: &WordSet = &WordSet::new(&[
    "facebook",
    "instagram",
    "linkedin",
    "netflix",
    "skype",
    "snapchat",
    "teams",
    "telegram",
    "tiktok",
    "twitter",
    "whatsapp",
    "youtube",
    "zoom",
]);

/// Nouns of ways and trips before `to` and a place.
const ROUTE_NOUNS: &WordSet = &WordSet::new(&[
    "bus",
    "buses",
    "causeway",
    "causeways",
    "ferries",
    "ferry",
    "flight",
    "flights",
    "journey",
    "road",
    "roads",
    "route",
    "routes",
    "service",
    "services",
    "trail",
    "trails",
    "train",
    "trains",
    "trip",
    "trips",
]);

/// Verbs of going and sending before `to` or `from` and a place
/// (`sailed to Greenock`, `was flown in from Malé`).
const MOTION_VERBS: &WordSet = &WordSet::new(&[
    "commute",
    "commuted",
    "commuting",
    "drove",
    "emigrated",
    "evacuated",
    "ferried",
    "fled",
    "flew",
    "flown",
    "relocated",
    "sailed",
    "sent",
    "shipped",
    "travel",
    "traveled",
    "traveling",
    "travelled",
    "travelling",
    "trucked",
]);

/// Verbs of going and coming that, unlike [`MOTION_VERBS`], say nothing of
/// a route (`the equaliser came via Salah`), nor of a place (`went to
/// Google`, `returned to Labour`): a name after their `back to` or `back
/// from` is a place (`brought back to Kilbaha`).
const GOING_VERBS: &WordSet = &WordSet::new(&[
    "arrived",
    "bring",
    "brings",
    "brought",
    "came",
    "carried",
    "carries",
    "carry",
    "come",
    "comes",
    "coming",
    "go",
    "goes",
    "going",
    "headed",
    "heading",
    "hiked",
    "return",
    "returned",
    "returning",
    "rode",
    "walk",
    "walked",
    "went",
]);

/// [`Extractor::resolve`]'s fullest names by a hash of the mention's text
/// and word count: the first mention with that hash and its answer.
type FullestMemo = alloc::collections::BTreeMap<u64, (Span, Option<(Span, u8)>)>;

/// Words of regions that span seas and continents (`Asia-Pacific`).
const MACRO_REGIONS: &WordSet = &WordSet::new(&[
    "africa",
    "america",
    "americas",
    "antarctic",
    "arctic",
    "asia",
    "atlantic",
    "baltic",
    "caribbean",
    "europe",
    "indo",
    "mediterranean",
    "nordic",
    "pacific",
]);

/// Titles that give way to a fuller role (`Dr. X, a hydrologist`).
const WEAK_TITLES: &WordSet = &WordSet::new(&[
    "brigadier",
    "capt",
    "captain",
    "chief",
    "cllr",
    "col",
    "colonel",
    "cr",
    "dr",
    "fr",
    "lieutenant",
    "lt",
    "prof",
    "professor",
    "rev",
    "sergeant",
    "sgt",
]);

/// Words that end a role phrase when walking away from its head.
const ROLE_STOP_WORDS: &WordSet = &WordSet::new(&[
    "about", "across", "after", "against", "ahead", "also", "although", "among", "and", "are",
    "around", "as", "at", "be", "because", "been", "before", "behind", "between", "beyond", "but",
    "by", "can", "could", "despite", "did", "do", "does", "during", "for", "from", "had", "has",
    "have", "he", "if", "in", "into", "is", "it", "last", "may", "might", "must", "near", "not",
    "now", "of", "on", "or", "our", "over", "past", "she", "should", "since", "than", "that",
    "then", "they", "this", "though", "through", "to", "toward", "towards", "under", "unlike",
    "until", "upon", "was", "we", "were", "when", "where", "which", "while", "who", "will", "with",
    "within", "without", "would",
]);

/// Common nouns that, right before a capitalised name, say it is an
/// organisation (`the consultancy Blåvand Advisory`).
const ORG_NOUNS: &WordSet = &WordSet::new(&[
    "airline",
    "bank",
    "brand",
    "broadcaster",
    "carmaker",
    "chain",
    "charity",
    "club",
    "company",
    "consultancy",
    "cooperative",
    "firm",
    "group",
    "insurer",
    "lender",
    "manufacturer",
    "newspaper",
    "nonprofit",
    "publisher",
    "retailer",
    "shipyard",
    "start-up",
    "startup",
    "supplier",
    "union",
    "utility",
]);

/// Common nouns that, right before a capitalised name, say it is a vessel.
const VESSEL_NOUNS: &WordSet = &WordSet::new(&[
    "boat",
    "cruiser",
    "destroyer",
    "ferry",
    "freighter",
    "frigate",
    "ship",
    "submarine",
    "tanker",
    "trawler",
    "tug",
    "vessel",
    "yacht",
]);

/// Prepositions that tie a role to its organisation (`chief executive of
/// X`, `analyst at Y`, `a hydrologist with Z`).
const AFFILIATION_PREPOSITIONS: &WordSet = &WordSet::new(&["at", "of", "with"]);

/// Last words of suburbs' and estates' names that are no surnames (`Glen
/// View`, `Mount Pleasant`), beyond the [`PLACE_HEADS`].
const PLACE_TAILS: &WordSet = &WordSet::new(&[
    "downs", "estate", "fields", "gardens", "grove", "park", "pleasant", "ridge", "side",
    "township", "vale", "view", "woods",
]);

/// Words that open companies' names in Spanish, Portuguese, French and
/// Italian (`Minera Cordillera`, `Grupo Bimbo`, `Banca Intesa`).
const ORG_OPENERS: &WordSet = &WordSet::new(&[
    "banca",
    "banco",
    "compagnie",
    "companhia",
    "compañía",
    "empresa",
    "empresas",
    "groupe",
    "grupo",
    "industrias",
    "minera",
    "petróleos",
    "sociedad",
    "société",
]);

/// Fields that, before a country's or region's name, name its public body
/// (`Transport Scotland`, `Statistics Canada`, `Sport England`): nouns
/// only, not words that also open a sentence about the place (`Visit
/// Japan in spring`, `Historic Kingston was packed`).
const AGENCY_FIELDS: &WordSet = &WordSet::new(&[
    "environment",
    "fisheries",
    "health",
    "housing",
    "parks",
    "police",
    "revenue",
    "sport",
    "statistics",
    "tourism",
    "transport",
]);

/// Nouns that end a ministry's or department's name (`Rural and Maritime
/// Development`, `Lands and Mineral Resources`), beyond the
/// [`ROLE_MODIFIERS`] that also do.
const DEPARTMENT_NOUNS: &WordSet = &WordSet::new(&[
    "aviation",
    "broadcasting",
    "care",
    "climate",
    "communications",
    "communities",
    "conservation",
    "cooperatives",
    "culture",
    "development",
    "employment",
    "enterprise",
    "equality",
    "fisheries",
    "food",
    "forestry",
    "government",
    "heritage",
    "highways",
    "housing",
    "immigration",
    "industry",
    "information",
    "infrastructure",
    "innovation",
    "investment",
    "irrigation",
    "justice",
    "labor",
    "labour",
    "lands",
    "livestock",
    "marine",
    "meteorology",
    "mines",
    "monitoring",
    "oceans",
    "parks",
    "planning",
    "ports",
    "power",
    "railways",
    "recreation",
    "relations",
    "research",
    "resources",
    "roads",
    "safety",
    "sanitation",
    "science",
    "security",
    "services",
    "shipping",
    "skills",
    "sport",
    "standards",
    "statistics",
    "supplies",
    "supply",
    "technology",
    "telecommunications",
    "tourism",
    "trade",
    "training",
    "transport",
    "water",
    "welfare",
    "wildlife",
    "works",
    "youth",
]);

/// Words that qualify a role (`Vice`, `Deputy Prime`, `commerce`).
const ROLE_MODIFIERS: &WordSet = &WordSet::new(&[
    "acting",
    "affairs",
    "agriculture",
    "assistant",
    "associate",
    "attorney",
    "chief",
    "clinical",
    "commerce",
    "contributing",
    "defence",
    "defense",
    "deputy",
    "detective",
    "doctoral",
    "economic",
    "economy",
    "education",
    "energy",
    "environment",
    "executive",
    "finance",
    "first",
    "fiscal",
    "foreign",
    "former",
    "general",
    "graduate",
    "health",
    "home",
    "homeland",
    "incoming",
    "interior",
    "junior",
    "justice",
    "labor",
    "labour",
    "majority",
    "managing",
    "medical",
    "minority",
    "national",
    "opposition",
    "outgoing",
    "political",
    "postdoctoral",
    "press",
    "prime",
    "principal",
    "research",
    "scientific",
    "security",
    "senior",
    "special",
    "staff",
    "state",
    "supreme",
    "technical",
    "trade",
    "transport",
    "treasury",
    "undergraduate",
    "vice",
]);

/// Words that end an organisation's name, or open one before `of`.
pub(crate) const ORG_HEADS: &WordSet = &WordSet::new(&[
    "academy",
    "administration",
    "advisory",
    "agency",
    "airlines",
    "airways",
    "albion",
    "alliance",
    "army",
    "assembly",
    "association",
    "athletic",
    "authority",
    "bakery",
    "bank",
    "bhd",
    "board",
    "bureau",
    "cabinet",
    "cafe",
    "café",
    "cell",
    "center",
    "centre",
    "choir",
    "club",
    "co",
    "co-operative",
    "co.",
    "coalition",
    "collective",
    "college",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "constabulary",
    "cooperative",
    "corp",
    "corp.",
    "corporation",
    "corps",
    "council",
    "court",
    "democrats",
    "department",
    "dynamics",
    "electric",
    "elementary",
    "ensemble",
    "exchange",
    "exchanges",
    "fc",
    "federation",
    "ferries",
    "force",
    "forces",
    "forum",
    "foundation",
    "fund",
    "gendarmerie",
    "gmbh",
    "group",
    "guard",
    "guesthouse",
    "guild",
    "harriers",
    "holdings",
    "homes",
    "hospital",
    "hotel",
    "hotspur",
    "hydro",
    "inc",
    "inc.",
    "infirmary",
    "institute",
    "institution",
    "journal",
    "labs",
    "league",
    "legislature",
    "letters",
    "library",
    "limited",
    "llc",
    "llp",
    "ltd",
    "markets",
    "metro",
    "ministry",
    "motors",
    "movement",
    "museum",
    "navy",
    "network",
    "observatory",
    "office",
    "orchestra",
    "organisation",
    "organization",
    "parliament",
    "partners",
    "partnership",
    "party",
    "plc",
    "police",
    "polytechnic",
    "ports",
    "rail",
    "railway",
    "railways",
    "rangers",
    "republicans",
    "restaurant",
    "robotics",
    "rovers",
    "sc",
    "school",
    "senate",
    "service",
    "society",
    "station",
    "systems",
    "technologies",
    "thistle",
    "trust",
    "union",
    "united",
    "university",
    "utilities",
    "ventures",
    "wanderers",
]);

/// Pairs of words that end a place's name (see
/// [`Extractor::is_place_pattern`]).
const PLACE_ENDINGS: [(&str, &str); 6] = [
    ("country", "park"),
    ("game", "reserve"),
    ("national", "park"),
    ("nature", "reserve"),
    ("state", "park"),
    ("wildlife", "refuge"),
];

/// Pairs of words that end an organisation's name (see
/// [`Extractor::is_organization`]).
const ORG_ENDINGS: [(&str, &str); 4] = [
    ("civil", "defence"),
    ("civil", "protection"),
    ("official", "opposition"),
    ("public", "health"),
];

/// Organisations known by a bare name: news agencies, public bodies,
/// international charities and agencies, and large companies whose names
/// read as no one's (not `Ford`, `Honda`, `Lloyds`: surnames).
const KNOWN_ORGANIZATIONS: &WordSet = &WordSet::new(&[
    "afp",
    "airbus",
    "alibaba",
    "amnesty international",
    "associated press",
    "astrazeneca",
    "barclays",
    "blackrock",
    "bloomberg",
    "boeing",
    "caritas",
    "cia",
    "citigroup",
    "congress",
    "creative scotland",
    "deloitte",
    "doctors without borders",
    "easyjet",
    "european union",
    "europol",
    "fbi",
    "frontex",
    "gazprom",
    "glencore",
    "goldman sachs",
    "greenpeace",
    "historic england",
    "historic environment scotland",
    "huawei",
    "human rights watch",
    "ikea",
    "imf",
    "interpol",
    "jpmorgan",
    "jpmorgan chase",
    "kremlin",
    "kyodo",
    "lufthansa",
    "maersk",
    "mastercard",
    "microsoft",
    "moderna",
    "morgan stanley",
    "médecins sans frontières",
    "nato",
    "natural england",
    "natural resources wales",
    "netflix",
    "nokia",
    "novartis",
    "nvidia",
    "oxfam",
    "paypal",
    "pentagon",
    "pfizer",
    "qantas",
    "red crescent",
    "red cross",
    "reuters",
    "rio tinto",
    "ryanair",
    "samsung",
    "siemens",
    "spotify",
    "starbucks",
    "state department",
    "tencent",
    "tesco",
    "toyota",
    "u.n.",
    "un",
    "unesco",
    "unhcr",
    "unicef",
    "unilever",
    "united nations",
    "vodafone",
    "volkswagen",
    "walmart",
    "white house",
    "world bank",
    "world vision",
    "xinhua",
]);

/// Words that end a place's name, or open one before `of`.
pub(crate) const PLACE_HEADS: &WordSet = &WordSet::new(&[
    "airport",
    "arena",
    "avenue",
    "ballpark",
    "base",
    "bay",
    "beach",
    "bight",
    "bridge",
    "canal",
    "canyon",
    "cay",
    "caye",
    "coast",
    "coliseum",
    "county",
    "courthouse",
    "cove",
    "creek",
    "dam",
    "desert",
    "district",
    "estuary",
    "expressway",
    "falls",
    "fieldhouse",
    "freeway",
    "glacier",
    "gulf",
    "harbor",
    "harbour",
    "heights",
    "highlands",
    "highway",
    "hill",
    "island",
    "islands",
    "isle",
    "jail",
    "lagoon",
    "lake",
    "motorway",
    "mount",
    "mountains",
    "ocean",
    "peninsula",
    "point",
    "prefecture",
    "prison",
    "province",
    "racecourse",
    "ranges",
    "reef",
    "region",
    "reservoir",
    "river",
    "road",
    "sea",
    "showground",
    "showgrounds",
    "speedway",
    "springs",
    "square",
    "stadium",
    "strait",
    "street",
    "town",
    "valley",
    "walkway",
    "wharf",
]);

/// Houses of worship and feasts, named for a deity or a saint more often
/// than for a person (`the Tal Barahi temple`).
const SHRINES: &WordSet = &WordSet::new(&[
    "cathedral",
    "chapel",
    "church",
    "festival",
    "gompa",
    "monastery",
    "mosque",
    "pagoda",
    "shrine",
    "stupa",
    "synagogue",
    "temple",
]);

/// Last words of places named for an owner (`Queen's Park`, `Parson's
/// Green`).
const POSSESSIVE_PLACE_HEADS: &WordSet = &WordSet::new(&[
    "bay", "bridge", "common", "cross", "gardens", "green", "hill", "park", "square", "wharf",
]);

/// Last words of companies' names that are fields or legal forms, not
/// heads anywhere else (`Brightwater Securities`, `Norrland Grid AB`; not
/// `Insurance claims rose`, `Plantation Industries Minister X`).
const COMPANY_TAILS: &WordSet = &WordSet::new(&[
    "ab",
    "asa",
    "brewery",
    "bv",
    "foods",
    "hermanos",
    "industries",
    "insurance",
    "investments",
    "logistics",
    "nv",
    "oyj",
    "pharmaceuticals",
    "pty",
    "seafoods",
    "securities",
]);

/// Street types that are surnames too (`Mary Kay Place`): a place's end
/// only after a preposition or a house number.
const STREET_TYPES: &WordSet = &WordSet::new(&[
    "boulevard",
    "close",
    "crescent",
    "drive",
    "lane",
    "parkway",
    "place",
    "terrace",
    "way",
]);

/// Words before a storm's given name (`Hurricane Katrina`).
const STORM_TITLES: &WordSet =
    &WordSet::new(&["cyclone", "hurricane", "storm", "tornado", "typhoon"]);

/// Features of a coast or a river that keep their owner's name as a
/// place's (`Hawke's Bay`, `Fisherman's Wharf`).
const OWNED_FEATURES: &WordSet = &WordSet::new(&[
    "bay", "beach", "cove", "creek", "ferry", "harbor", "harbour", "inlet", "island", "landing",
    "point", "sound", "wharf",
]);

/// Owners in places' names (`Queen's Park`, `St James's Park`), not any
/// possessive (`Celtic's Green scored`).
const PLACE_OWNERS: &WordSet = &WordSet::new(&[
    "bishop", "duke", "earl", "james", "king", "lord", "parson", "prince", "princess", "queen",
    "regent", "shepherd",
]);

/// Words that open a place's name (`Lake Naivasha`, `Mount Vernon`,
/// `Rua da Graça`), with Malay and Filipino ones (`Kampung Taun Gusi`,
/// `Pulau Gaya`, `Bukit Merah`, `Barangay Mabolo`).
const PLACE_OPENERS: &WordSet = &WordSet::new(&[
    "avenida", "barangay", "bukit", "cape", "fort", "gunung", "kampong", "kampung", "lake", "loch",
    "lough", "mount", "mt", "pulau", "rio", "river", "rua", "rue", "río", "sungai", "tanjung",
]);

/// Compass words that make a region of a continent (`East Asia`).
const COMPASS: &WordSet = &WordSet::new(&[
    "central",
    "east",
    "eastern",
    "north",
    "northeast",
    "northern",
    "northwest",
    "south",
    "southeast",
    "southern",
    "southwest",
    "west",
    "western",
]);

/// Oceans, seas, rivers, mountain ranges, deserts and world regions known
/// by one word (`the Rhine`, `the Alps`, `the Caribbean`). The gazetteer
/// holds countries, subdivisions and cities only; these names are common in
/// news and none is mostly a person's or a company's (so not `Amazon`,
/// `Shannon`, `Hudson`, `Jordan`).
const WORLD_FEATURES: &WordSet = &WordSet::new(&[
    "adriatic",
    "aegean",
    "alps",
    "amazonia",
    "andes",
    "antarctic",
    "apennines",
    "appalachians",
    "arctic",
    "atlantic",
    "balkans",
    "baltic",
    "baltics",
    "brahmaputra",
    "caribbean",
    "carpathians",
    "caucasus",
    "danube",
    "dnieper",
    "dnipro",
    "dolomites",
    "elbe",
    "euphrates",
    "everest",
    "ganges",
    "gobi",
    "himalaya",
    "himalayas",
    "indus",
    "irrawaddy",
    "kalahari",
    "karakoram",
    "kilimanjaro",
    "levant",
    "limpopo",
    "loire",
    "maghreb",
    "matterhorn",
    "mediterranean",
    "mekong",
    "mid-west",
    "midwest",
    "nile",
    "oder",
    "orinoco",
    "outback",
    "pacific",
    "pyrenees",
    "rhine",
    "rhone",
    "sahara",
    "sahel",
    "scandinavia",
    "seine",
    "serengeti",
    "siberia",
    "tagus",
    "thames",
    "tigris",
    "urals",
    "volga",
    "yangtze",
    "zambezi",
]);

/// Words that name a part of a place or feature (`Upper Midwest`, `Middle
/// Rhine`, `Lower Saxony`), beside the [`COMPASS`] words.
const PART_WORDS: &WordSet = &WordSet::new(&["lower", "mid", "middle", "upper"]);

/// `VicRoads`, `FedEx`: a capital inside the word, after a lower-case
/// run of two letters or more that does not open surnames (`Mac`, `Fitz`,
/// `Van`), and a lower-case letter after it.
fn is_camel_case_brand(w: &[u8]) -> bool {
    if w.len() < 5 || !w[0].is_ascii_uppercase() || !w[1..].iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let Some(k) = w[1..]
        .iter()
        .position(u8::is_ascii_uppercase)
        .map(|k| k + 1)
    else {
        return false;
    };
    k >= 3
        && w[1..k].iter().all(u8::is_ascii_lowercase)
        && w.get(k + 1).is_some_and(u8::is_ascii_lowercase)
        && !matches!(
            &w[..k],
            b"Mac"
                | b"Fitz"
                | b"Van"
                | b"Von"
                | b"Del"
                | b"Della"
                | b"Des"
                | b"Dos"
                | b"Dela"
                | b"Vander"
                | b"Nic"
                | b"Las"
                | b"Los"
                | b"San"
                | b"Ten"
                | b"Ter"
        )
}

/// Last words of things' names: market indices and measures (`Hang Seng
/// Index`, `Consumer Price Index`), contests, and named wildfires (`the
/// Hanson Ridge Fire`).
const THING_HEADS: &WordSet = &WordSet::new(&[
    "bushfire",
    "championship",
    "championships",
    "cup",
    "fire",
    "index",
    "indices",
    "series",
    "tournament",
    "trophy",
    "wildfire",
]);

/// Prefixes of ships' names.
const SHIP_PREFIXES: &WordSet = &WordSet::new(&["hmas", "hms", "ins", "mv", "rms", "uss"]);

/// Police ranks written before a name (`PC Andrew Harper`).
const POLICE_RANKS: &WordSet = &WordSet::new(&[
    "dc", "dci", "dcs", "di", "ds", "dsu", "insp", "pc", "pcso", "sgt", "supt", "wpc",
]);

/// Colours of transit lines (`the Red Line`).
const LINE_COLOURS: &WordSet = &WordSet::new(&[
    "blue", "brown", "gold", "green", "orange", "pink", "purple", "red", "silver", "yellow",
]);

/// Heads of bodies whose names go on with `for` (`Institute for Urban
/// Affairs`, `Bank for International Settlements`).
const FOR_HEADS: &WordSet = &WordSet::new(&[
    "agency",
    "alliance",
    "association",
    "bank",
    "center",
    "centre",
    "coalition",
    "commission",
    "committee",
    "council",
    "department",
    "foundation",
    "fund",
    "institute",
    "ministry",
    "office",
    "organisation",
    "organization",
    "society",
    "trust",
]);

/// Last words of organisations' names beyond [`ORG_HEADS`], after which an
/// `and` starts another name (`AgriNorth Capital and Plainview Partners`).
const WHOLE_NAME_ENDS: &WordSet = &WordSet::new(&[
    "capital",
    "corp",
    "government",
    "inc",
    "llc",
    "ltd",
    "ministry",
    "plc",
]);

/// People and papers named by a body or a party before them (`Labour
/// sources`, `Treasury officials`): after a name, it was a modifier.
const GROUP_AFTER_NAME: &WordSet = &WordSet::new(&[
    "activists",
    "aides",
    "analysts",
    "bosses",
    "campaigners",
    "chiefs",
    "data",
    "economists",
    "experts",
    "figures",
    "groups",
    "insiders",
    "leaders",
    "members",
    "ministers",
    "officers",
    "officials",
    "protesters",
    "researchers",
    "scientists",
    "sources",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staff",
    "statistics",
    "unions",
    "workers",
]);

/// Field words that also name a body or a party of their own (`Labour
/// sources`, `Treasury officials`), unlike `Oceans` in `Department of
/// Fisheries and Oceans scientists`.
const BODIES_OF_THEIR_OWN: &WordSet = &WordSet::new(&[
    "climate",
    "conservative",
    "government",
    "labor",
    "labour",
    "security",
    "treasury",
]);

/// The most words back a chunk's rules look (no real name is longer).
const MAX_CHUNK_WORDS: usize = 24;

/// A company's legal form after its name (`Northwind Energy ASA`,
/// `Acme Holdings Ltd`), which its short name leaves off (`Northwind`).
const LEGAL_TAILS: &WordSet = &WordSet::new(&[
    "ab",
    "ag",
    "as",
    "asa",
    "bhd",
    "bv",
    "co",
    "co.",
    "corp",
    "corp.",
    "corporation",
    "gmbh",
    "inc",
    "inc.",
    "kk",
    "limited",
    "llc",
    "llp",
    "lp",
    "ltd",
    "ltd.",
    "nv",
    "oyj",
    "plc",
    "pte",
    "pty",
    "sa",
    "sas",
    "spa",
]);

/// Divisions of a city known by a number after them (`District 1`).
const NUMBERED_DIVISIONS: &WordSet = &WordSet::new(&["arrondissement", "district"]);

/// Letters written after a person's name: offices (`MP`, `TD`, `MSP`),
/// barristers' ranks (`SC`, `BL`, `KC`, `QC`) and honours (`OBE`).
pub(crate) const POST_NOMINALS: &WordSet = &WordSet::new(&[
    "bl", "cbe", "dbe", "kbe", "kc", "mbe", "mep", "mhk", "mla", "mp", "mpp", "ms", "msp", "obe",
    "qc", "sc", "td",
]);

/// Months and weekdays: capitalised, never names here.
const CALENDAR: &WordSet = &WordSet::new(&[
    "apr",
    "april",
    "aug",
    "august",
    "christmas",
    "dec",
    "december",
    "diwali",
    "easter",
    "feb",
    "february",
    "fri",
    "friday",
    "hanukkah",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "mon",
    "monday",
    "nov",
    "november",
    "oct",
    "october",
    "ramadan",
    "sat",
    "saturday",
    "sep",
    "sept",
    "september",
    "sun",
    "sunday",
    "thanksgiving",
    "thu",
    "thursday",
    "tue",
    "tuesday",
    "wed",
    "wednesday",
]);

/// Nouns after a leader's surname (`the Trump administration`).
const LEADER_NOUNS: &WordSet = &WordSet::new(&["administration", "campaign", "presidency"]);

/// Determiners before an appositive role.
/// Words that no possessive owns: after `’s`, they show the `’s` is the
/// name's own (`St Martin’s each afternoon`).
const NOT_OWNED: &WordSet = &WordSet::new(&[
    "a", "after", "and", "are", "at", "before", "by", "did", "each", "every", "for", "from", "had",
    "has", "have", "in", "is", "made", "make", "makes", "on", "or", "the", "this", "to", "was",
    "were", "will", "with", "would",
]);

const DETERMINERS: &WordSet = &WordSet::new(&["a", "an", "her", "his", "its", "the", "their"]);

/// Words after which an unknown capitalised name is a place (`between`
/// opens a pair, whose second name [`Extractor::resolve_coordinated_places`]
/// reaches).
/// What a firm is, at the end of an appositive (`Codelco, the world's top
/// copper producer`).
const FIRM_NOUNS: &WordSet = &WordSet::new(&[
    "airline",
    "bank",
    "broadcaster",
    "carrier",
    "company",
    "conglomerate",
    "exporter",
    "firm",
    "insurer",
    "lender",
    "maker",
    "manufacturer",
    "miner",
    "operator",
    "producer",
    "retailer",
    "supplier",
    "utility",
]);

/// Titles of a town's elected officers, which a town's name qualifies
/// (`Pembroke Mayor`, `Ceredigion councillor`).
const CIVIC_TITLES: &WordSet = &WordSet::new(&[
    "alderman",
    "alderwoman",
    "councillor",
    "councilman",
    "councilor",
    "councilwoman",
    "mayor",
    "mayoress",
    "reeve",
    "selectman",
    "selectwoman",
]);

/// Parties' and factions' words (`Labour councillor`, `Republican
/// Mayor`, `northern Labour seats`): a people's word, never a town's.
const PARTY_WORDS: &WordSet = &WordSet::new(&[
    "conservative",
    "democrat",
    "democratic",
    "green",
    "independent",
    "labour",
    "liberal",
    "opposition",
    "republican",
    "socialist",
    "tory",
]);

/// Words that qualify a civic title the way a town does but name none,
/// besides parties: ranks and seats (`Lord Mayor`, `Town Mayor`), terms
/// (`Interim Mayor`, `Longtime Mayor`).
const CIVIC_QUALIFIERS: &WordSet = &WordSet::new(&[
    "at-large",
    "beleaguered",
    "borough",
    "city",
    "county",
    "current",
    "district",
    "division",
    "elected",
    "embattled",
    "first-term",
    "interim",
    "lady",
    "late",
    "longtime",
    "lord",
    "new",
    "newly",
    "outgoing",
    "parish",
    "popular",
    "sitting",
    "then",
    "town",
    "two-term",
    "veteran",
    "vice",
    "village",
    "ward",
]);

/// A place's ground and its people after its possessive (`Upolu’s south
/// coast`, `Tuam’s mayor`): what a person does not have.
const PLACE_FEATURES: &WordSet = &WordSet::new(&[
    "beaches",
    "coast",
    "coastline",
    "downtown",
    "harbor",
    "harbour",
    "hinterland",
    "mayor",
    "outskirts",
    "promenade",
    "ratepayers",
    "residents",
    "seafront",
    "shoreline",
    "skyline",
    "streets",
    "suburbs",
    "townspeople",
    "villagers",
    "waterfront",
]);

/// Trades of a district's people right after its name, in a phrase
/// (`that Finnmark herders`; not `farmers`, whom crops, stock and buyers
/// name as often: `Rice farmers`, `the Arla farmers`).
const DISTRICT_TRADES: &WordSet = &WordSet::new(&["crofters", "fishermen", "herders"]);

/// Measures of a distance before `from` and a place (`20 km from X`, `an
/// hour's drive from X`).
const DISTANCE_UNITS: &WordSet = &WordSet::new(&[
    "drive",
    "hour",
    "hours",
    "kilometers",
    "kilometres",
    "km",
    "mi",
    "mile",
    "miles",
    "minutes",
]);

/// The people of a town right after its name (`Kilmoran residents`).
const TOWNSPEOPLE: &WordSet = &WordSet::new(&[
    "islanders",
    "ratepayers",
    "residents",
    "townsfolk",
    "townspeople",
    "villagers",
]);

/// Last words of events' names, after a given name or not (`Golden
/// Week`, `Davis Cup`, `Harvey Festival`).
const EVENT_TAILS: &WordSet = &WordSet::new(&[
    "award", "awards", "carnival", "cup", "expo", "fair", "fest", "festival", "marathon", "medal",
    "prize", "regatta", "trophy", "week", "weekend",
]);

/// Nouns for works before their titles (`her album Òran na Mara`).
const WORK_NOUNS: &WordSet = &WordSet::new(&[
    "album",
    "book",
    "documentary",
    "ep",
    "film",
    "memoir",
    "novel",
    "opera",
    "poem",
    "song",
]);

/// Heads of bodies that name no particular one alone, before a lower-case
/// noun at a sentence's start (`Board member`, `Council leader`; unlike
/// `Senate leader`, `Police chief`, `Army chief`).
const GENERIC_BODIES: &WordSet = &WordSet::new(&[
    "association",
    "board",
    "club",
    "committee",
    "council",
    "group",
    "library",
    "school",
    "society",
    "union",
]);

/// Small words inside a work's title (`Òran na Mara`, `Pride and
/// Prejudice`, `Gone with the Wind`).
const TITLE_SMALL_WORDS: &WordSet = &WordSet::new(&[
    "a", "an", "and", "de", "du", "la", "le", "na", "of", "the", "with",
]);

/// What an investor holds in a company: `shares in X`, `a stake in X`.
const HOLDINGS: &WordSet = &WordSet::new(&["shareholding", "shareholdings", "shares", "stake"]);

const PLACE_PREPOSITIONS: &WordSet = &WordSet::new(&[
    "across", "around", "at", "between", "in", "near", "nearby", "toward", "towards",
]);

/// Words before `off` after which the name is a person's or a thing's,
/// not a place at sea (`deflected off Smith`, `four boundaries off Starc`,
/// `bought the car off Jones`).
const OFF_CONTACT_WORDS: &WordSet = &WordSet::new(&[
    "ball",
    "borrowed",
    "bought",
    "bounced",
    "boundaries",
    "boundary",
    "came",
    "car",
    "caught",
    "deflected",
    "glanced",
    "got",
    "hit",
    "job",
    "picked",
    "ricocheted",
    "runs",
    "scored",
    "stole",
    "title",
    "took",
    "wicket",
    "wickets",
    "won",
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_find_their_words() {
        for set in [
            HONORIFICS,
            ISLAND_DWELLERS,
            PLATFORMS,
            MOTION_VERBS,
            GOING_VERBS,
            BUSINESS_HEADS,
            PEOPLES_WORDS,
            BASE_VERBS,
            AREA_QUALIFIERS,
            ROLE_HEADS,
            ROLE_MODIFIERS,
            ORG_HEADS,
            KNOWN_ORGANIZATIONS,
            PLACE_HEADS,
            COMPASS,
            SHIP_PREFIXES,
            CALENDAR,
            DETERMINERS,
            LEADER_NOUNS,
            PLACE_PREPOSITIONS,
            PLACE_FEATURES,
            FIRM_NOUNS,
            DISTANCE_UNITS,
            TOWNSPEOPLE,
            DISTRICT_TRADES,
            CIVIC_TITLES,
            CIVIC_QUALIFIERS,
            PARTY_WORDS,
            PLACE_OPENERS,
            HOLDINGS,
            EVENT_TAILS,
            WORK_NOUNS,
            GENERIC_BODIES,
            LANGUAGES,
            TITLE_SMALL_WORDS,
            BUSINESS_ARMS,
            OWNED_FEATURES,
            STORM_TITLES,
            STREET_TYPES,
            COMPANY_TAILS,
            LEGAL_TAILS,
            GROUP_AFTER_NAME,
            BODIES_OF_THEIR_OWN,
            NOT_OWNED,
            GENERIC_SUBJECTS,
            SETTLEMENT_NOUNS,
            RELATIONSHIPS,
            WEAK_TITLES,
            ROLE_STOP_WORDS,
            ORG_NOUNS,
            VESSEL_NOUNS,
            AFFILIATION_PREPOSITIONS,
            DEPARTMENT_NOUNS,
            AGENCY_FIELDS,
            ORG_OPENERS,
            PLACE_TAILS,
        ] {
            crate::lexicon::tests::assert_set_finds_its_words(set);
        }
    }
}
