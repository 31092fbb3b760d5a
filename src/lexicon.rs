//! Small closed-class word lists the grammar consults: abbreviations, common
//! sentence openers, boilerplate phrases, caption verbs, role and
//! organisation words, news agencies.
//!
//! These are short, closed lists of function words and conventions of news
//! layout, kept sorted where they are binary-searched. Open-class lexicons
//! (places, given names) are generated data and live elsewhere.

/// A word list that can answer whether it holds a word, compared ASCII
/// case-insensitively: a plain sorted slice or a filtered [`WordSet`].
pub(crate) trait WordList {
    /// Whether `word` is in the list.
    fn has(&self, word: &[u8]) -> bool;
}

impl WordList for [&str] {
    #[inline]
    fn has(&self, word: &[u8]) -> bool {
        binary_search_lower(self, word)
    }
}

/// Whether `list` holds `word`, ASCII case-insensitively.
#[inline]
pub(crate) fn contains<L: WordList + ?Sized>(list: &L, word: &[u8]) -> bool {
    list.has(word)
}

/// The longest word a list lookup considers.
const MAX_WORD: usize = 40;

/// Binary search of an ASCII-lowercase sorted list, comparing `word`
/// case-insensitively.
fn binary_search_lower(sorted: &[&str], word: &[u8]) -> bool {
    if word.len() > MAX_WORD {
        return false;
    }
    // Lower-case once into a stack buffer, then compare bytes.
    let mut buf = [0u8; MAX_WORD];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    let lower = &*lower;
    sorted
        .binary_search_by(|probe| cmp_short(probe.as_bytes(), lower))
        .is_ok()
}

/// A sorted, lower-case word list with a filter built at compile time in
/// front of its binary search: most words of running text are in none of
/// the lists, and the filter turns them away with a load or two and one
/// short hash instead of a search. For each first letter (and one slot for
/// any other first byte) a bit per word length, then a 1024-bit Bloom
/// filter with two bits a word.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    lengths: [u64; 27],
    bloom: [u64; 16],
    /// `firsts[s]..firsts[s + 1]`: the words starting with letter `s`, so
    /// the search that follows the filter looks at one letter's words.
    firsts: [u16; 27],
}

impl WordSet {
    /// The set of `words`, which must be sorted by bytes and hold no ASCII
    /// capital (checked at compile time: the binary search relies on it).
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        let mut k = 1;
        while k < words.len() {
            assert!(
                WordSet::less(words[k - 1].as_bytes(), words[k].as_bytes()),
                "a WordSet's words must be sorted and distinct"
            );
            k += 1;
        }
        k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            let mut i = 0;
            while i < w.len() {
                assert!(
                    !w[i].is_ascii_uppercase(),
                    "a WordSet's words must be lower-case"
                );
                i += 1;
            }
            k += 1;
        }
        let mut lengths = [0u64; 27];
        let mut bloom = [0u64; 16];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            if !w.is_empty() && w.len() <= MAX_WORD {
                lengths[WordSet::slot(w[0])] |= 1 << w.len();
                let (a, b) = WordSet::probes(w);
                bloom[a / 64] |= 1 << (a % 64);
                bloom[b / 64] |= 1 << (b % 64);
            }
            k += 1;
        }
        // Words are sorted by bytes and lower-case: each letter's words
        // are contiguous, after any that start with a digit or a mark.
        let mut firsts = [0u16; 27];
        let mut s = 0;
        let mut k = 0;
        while s < 27 {
            while k < words.len() && words[k].as_bytes()[0] < b'a' + s as u8 {
                k += 1;
            }
            assert!(
                k <= u16::MAX as usize,
                "a WordSet holds at most 65535 words"
            );
            firsts[s] = k as u16;
            s += 1;
        }
        WordSet {
            words,
            lengths,
            bloom,
            firsts,
        }
    }

    /// The words, sorted.
    pub(crate) const fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// Byte order, strict, usable in constants.
    const fn less(a: &[u8], b: &[u8]) -> bool {
        let mut i = 0;
        while i < a.len() && i < b.len() {
            if a[i] != b[i] {
                return a[i] < b[i];
            }
            i += 1;
        }
        a.len() < b.len()
    }

    #[inline]
    const fn slot(first: u8) -> usize {
        if first.is_ascii_alphabetic() {
            (first.to_ascii_lowercase() - b'a') as usize
        } else {
            26
        }
    }

    /// Two bit positions from the lower-cased bytes' hash.
    #[inline]
    const fn probes(w: &[u8]) -> (usize, usize) {
        let h = Prefilter::hash(w);
        ((h & 1023) as usize, ((h >> 10) & 1023) as usize)
    }
}

impl WordList for WordSet {
    #[inline]
    fn has(&self, word: &[u8]) -> bool {
        let Some(&first) = word.first() else {
            return false;
        };
        if word.len() > MAX_WORD || self.lengths[WordSet::slot(first)] & (1 << word.len()) == 0 {
            return false;
        }
        let (a, b) = WordSet::probes(word);
        if self.bloom[a / 64] & (1 << (a % 64)) == 0 || self.bloom[b / 64] & (1 << (b % 64)) == 0 {
            return false;
        }
        let slot = WordSet::slot(first);
        let words = match self.firsts.get(slot..slot + 2) {
            Some(&[from, to]) => self.words.get(usize::from(from)..usize::from(to)),
            _ => None,
        };
        binary_search_lower(words.unwrap_or(self.words), word)
    }
}

/// Byte-wise order of two short slices, inline (a `memcmp` call costs more
/// than the comparison for words this short).
#[inline]
pub(crate) fn cmp_short(a: &[u8], b: &[u8]) -> core::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// A filter in front of word-list lookups on hot paths, built at compile
/// time: first the lengths the listed words have for each first letter (one
/// load), then a 4096-bit Bloom filter (two bits a word from one FNV-1a hash
/// of the lower-cased bytes). A word it rejects is in none of the lists;
/// one it passes still needs the real lookup. Words are ASCII letters.
pub(crate) struct Prefilter {
    lengths: [u32; 26],
    bloom: [u64; 64],
}

impl Prefilter {
    /// The filter of the words of `lists`.
    pub(crate) const fn new(lists: &[&[&str]]) -> Prefilter {
        let mut bits = [0u64; 64];
        let mut lengths = [0u32; 26];
        let mut l = 0;
        while l < lists.len() {
            let list = lists[l];
            let mut k = 0;
            while k < list.len() {
                let w = list[k].as_bytes();
                if !w.is_empty() && w.len() < 32 && w[0].is_ascii_alphabetic() {
                    lengths[(w[0].to_ascii_lowercase() - b'a') as usize] |= 1 << w.len();
                }
                let h = Prefilter::hash(w);
                let (a, b) = ((h & 4095) as usize, ((h >> 12) & 4095) as usize);
                bits[a / 64] |= 1 << (a % 64);
                bits[b / 64] |= 1 << (b % 64);
                k += 1;
            }
            l += 1;
        }
        Prefilter {
            lengths,
            bloom: bits,
        }
    }

    /// FNV-1a of the ASCII-lower-cased bytes, folded once.
    #[inline]
    const fn hash(w: &[u8]) -> u32 {
        let mut h: u32 = 0x811c_9dc5;
        let mut i = 0;
        while i < w.len() {
            h ^= w[i].to_ascii_lowercase() as u32;
            h = h.wrapping_mul(0x0100_0193);
            i += 1;
        }
        h ^ (h >> 15)
    }

    /// Whether `w` may be in one of the lists (case-insensitively).
    #[inline]
    pub(crate) fn may_contain(&self, w: &[u8]) -> bool {
        let Some(&first) = w.first() else {
            return false;
        };
        if w.len() > 24 || !first.is_ascii_alphabetic() {
            return false;
        }
        if self.lengths[(first.to_ascii_lowercase() - b'a') as usize] & (1 << w.len()) == 0 {
            return false;
        }
        let h = Prefilter::hash(w);
        let (a, b) = ((h & 4095) as usize, ((h >> 12) & 4095) as usize);
        self.bloom[a / 64] & (1 << (a % 64)) != 0 && self.bloom[b / 64] & (1 << (b % 64)) != 0
    }
}

/// Whether `text` starts with `prefix`, ASCII case-insensitively.
pub(crate) fn starts_with_ignore_case(text: &[u8], prefix: &str) -> bool {
    text.len() >= prefix.len() && text[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Whether `text` ends with `suffix`, ASCII case-insensitively.
pub(crate) fn ends_with_ignore_case(text: &[u8], suffix: &str) -> bool {
    text.len() >= suffix.len()
        && text[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// The bit of an ASCII letter, either case, in a 26-bit set (other bytes
/// land on some bit: test that the byte is a letter first).
pub(crate) const fn letter_bit(b: u8) -> u32 {
    1 << ((b.to_ascii_lowercase().wrapping_sub(b'a')) % 26)
}

/// Whether `text` starts, case-insensitively, with one of `prefixes` (ASCII
/// lower-case, ordered by first byte): only the prefixes that share the
/// text's first byte are compared.
pub(crate) fn starts_with_any(text: &[u8], prefixes: &[&str]) -> bool {
    let Some(&first) = text.first() else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    let from = prefixes.partition_point(|p| p.as_bytes().first().is_some_and(|&b| b < first));
    prefixes[from..]
        .iter()
        .take_while(|p| p.as_bytes().first() == Some(&first))
        .any(|p| starts_with_ignore_case(text, p))
}

/// Checks at compile time what [`starts_with_any`] needs of a list: no
/// empty prefix, no ASCII capital first, first bytes in order.
pub(crate) const fn assert_prefix_list(prefixes: &[&str]) {
    let mut k = 0;
    while k < prefixes.len() {
        let p = prefixes[k].as_bytes();
        assert!(!p.is_empty(), "an empty prefix");
        assert!(!p[0].is_ascii_uppercase(), "a prefix must start lower-case");
        assert!(
            k == 0 || prefixes[k - 1].as_bytes()[0] <= p[0],
            "prefixes must be ordered by first byte"
        );
        k += 1;
    }
}

const _: () = {
    assert_prefix_list(BOILERPLATE_PREFIXES);
    assert_prefix_list(LINK_LABELS);
    assert_prefix_list(NOTE_PREFIXES);
    assert_prefix_list(SECTION_STARTS);
    assert_prefix_list(PIECE_NOTES);
};

/// Whether `text` contains `needle` (ASCII lower-case), case-insensitively.
/// The scan looks for the needle's rarest byte in English text, not its
/// first: `comment` is searched by its `m`, `your inbox` by its `x`, so
/// fewer false starts stop the vector scan.
pub(crate) fn contains_ignore_case(text: &[u8], needle: &str) -> bool {
    let n = needle.as_bytes();
    if n.is_empty() || text.len() < n.len() {
        return n.is_empty();
    }
    let mut rare = 0;
    for (k, &b) in n.iter().enumerate() {
        if COMMONNESS[usize::from(b)] < COMMONNESS[usize::from(n[rare])] {
            rare = k;
        }
    }
    let b = n[rare];
    // Hits of the rare byte past this end leave no room for the needle.
    let end = text.len() - (n.len() - 1 - rare);
    let mut from = rare;
    while let Some(p) = memchr::memchr2(
        b.to_ascii_lowercase(),
        b.to_ascii_uppercase(),
        &text[from..end],
    ) {
        let at = from + p - rare;
        if text[at..at + n.len()].eq_ignore_ascii_case(n) {
            return true;
        }
        from += p + 1;
    }
    false
}

/// How common a byte is in English news text, roughly (higher is more
/// common): letters by their frequency rank, the space most of all, digits
/// and marks rarer than most letters. A table, so that choosing a needle's
/// rare byte costs a load a byte.
static COMMONNESS: [u8; 256] = {
    const BY_FREQUENCY: &[u8; 26] = b"zqxjkvbpygfwmucldrhsnioate";
    let mut table = [12u8; 256];
    table[b' ' as usize] = 40;
    let mut k = 0;
    while k < 26 {
        let b = BY_FREQUENCY[k];
        table[b as usize] = k as u8 + 10;
        table[b.to_ascii_uppercase() as usize] = k as u8 + 10;
        k += 1;
    }
    table
};

/// Bullet characters that open a list item, at a line start or inside
/// running text (`• 9. First • 10. Second`).
pub(crate) const BULLETS: [&[u8]; 7] = [
    "•".as_bytes(),
    "⁃".as_bytes(),
    "◦".as_bytes(),
    "▪".as_bytes(),
    "‣".as_bytes(),
    "●".as_bytes(),
    "■".as_bytes(),
];

/// Titles that always precede a name: a period after them never ends a
/// sentence.
pub(crate) const TITLE_ABBREVIATIONS: &WordSet = &WordSet::new(&[
    "adm", "ald", "amb", "assoc", "asst", "atty", "brig", "capt", "cdr", "cllr", "cmdr", "col",
    "coun", "cpl", "det", "dist", "dr", "eng", "engr", "fr", "gen", "gov", "hon", "insp", "ir",
    "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "msgr", "mssrs", "pfc", "pres",
    "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "spc", "sup", "supt", "treas",
]);

/// Given names written short, like initials (`Ma. Lourdes Basco`, `Wm.
/// Hale`): where one opens a name, a period after it joins the name and
/// ends no sentence before a word that does not open one.
pub(crate) const GIVEN_NAME_ABBREVIATIONS: &WordSet =
    &WordSet::new(&["chas", "geo", "jas", "jno", "ma", "thos", "wm"]);

/// `Ma`, `Wm`: one of [`GIVEN_NAME_ABBREVIATIONS`] in title case (not the
/// degree `MA`).
pub(crate) fn is_given_name_abbreviation(w: &[u8]) -> bool {
    w.first().is_some_and(u8::is_ascii_uppercase)
        && w[1..].iter().all(u8::is_ascii_lowercase)
        && contains(GIVEN_NAME_ABBREVIATIONS, w)
}

/// Abbreviations that precede a number (`No. 3`, `Jan. 5`).
pub(crate) const NUMERIC_ABBREVIATIONS: &WordSet = &WordSet::new(&[
    "apr", "art", "aug", "ch", "dec", "feb", "fig", "jan", "jul", "jun", "mar", "no", "nos", "nov",
    "nr", "oct", "p", "para", "pp", "sec", "sep", "sept", "vol",
]);

/// Abbreviations that can also end a sentence (`Apple Inc.`, `etc.`).
pub(crate) const OTHER_ABBREVIATIONS: &WordSet = &WordSet::new(&[
    "approx", "ave", "bhd", "bldg", "blvd", "bros", "cie", "co", "corp", "dept", "est", "etc",
    "ft", "govt", "inc", "jr", "ltd", "mt", "mts", "plc", "pte", "pty", "rd", "sdn", "sr", "st",
    "ste", "univ", "vs",
]);

/// Initialisms after which a period never ends a sentence.
pub(crate) const NEVER_FINAL: &WordSet = &WordSet::new(&["cf.", "e.g.", "i.e.", "viz."]);

/// Capitalised words that commonly open a sentence; after an ambiguous
/// abbreviation (`U.S.`, `Inc.`) such a word signals a new sentence.
pub(crate) const SENTENCE_STARTERS: &WordSet = &WordSet::new(&[
    "a",
    "about",
    "according",
    "across",
    "after",
    "afterwards",
    "again",
    "also",
    "although",
    "amid",
    "amidst",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "can",
    "could",
    "currently",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "even",
    "every",
    "finally",
    "first",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "instead",
    "is",
    "it",
    "it's",
    "its",
    "last",
    "later",
    "let",
    "many",
    "may",
    "meanwhile",
    "might",
    "more",
    "most",
    "mr",
    "mrs",
    "ms",
    "much",
    "must",
    "my",
    "neither",
    "nevertheless",
    "next",
    "no",
    "none",
    "not",
    "now",
    "officials",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "otherwise",
    "our",
    "outside",
    "over",
    "overall",
    "please",
    "recently",
    "separately",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "throughout",
    "thus",
    "to",
    "today",
    "tomorrow",
    "under",
    "until",
    "upon",
    "was",
    "we",
    "we're",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "without",
    "would",
    "yes",
    "yesterday",
    "yet",
    "you",
    "your",
]);

/// Blocks that are boilerplate when they are exactly this text (ignoring
/// case and trailing `:`/`.`).
pub(crate) const BOILERPLATE_WHOLE: &WordSet = &WordSet::new(&[
    "add topic",
    "advertisement",
    "advertisement - scroll to continue",
    "advertisement continue reading below",
    "back to top",
    "bookmark",
    "breaking",
    "click to expand",
    "comments",
    "continue reading",
    "copy link",
    "details",
    "editor's picks",
    "editorial standards",
    "email",
    "end",
    "end of article",
    "ends",
    "enlarge this image",
    "explore more on these topics",
    "facebook",
    "follow",
    "for immediate release",
    "gift this article",
    "hide caption",
    "latest",
    "latest news",
    "latest stories",
    "latest updates",
    "linkedin",
    "listen",
    "listen to this article",
    "live",
    "loading",
    "log in",
    "media release",
    "more",
    "more news",
    "more on this story",
    "more stories",
    "most popular",
    "most read",
    "most viewed",
    "news release",
    "newsletter",
    "open in app",
    "photo gallery",
    "play video",
    "playlist",
    "press release",
    "print",
    "purchase licensing rights",
    "read in app",
    "read more",
    "recommended",
    "recommended stories",
    "related",
    "related articles",
    "related content",
    "related coverage",
    "related news",
    "related stories",
    "related topics",
    "reuse this content",
    "save",
    "share",
    "share page",
    "share this",
    "share this article",
    "share this story",
    "show more",
    "sign up",
    "skip advertisement",
    "social sharing",
    "sponsored",
    "sponsored content",
    "story continues below advertisement",
    "subscribe",
    "subscribe now",
    "support independent journalism",
    "toggle caption",
    "top of page",
    "top stories",
    "trending",
    "trending now",
    "tweet",
    "twitter",
    "view comments",
    "view gallery",
    "view image in fullscreen",
    "view in app",
    "watch video",
    "whatsapp",
    "x",
]);

/// Labels before a linked headline (`Also read: Cuts to be shorter, says
/// utility`): furniture even when the headline says `says`.
pub(crate) const LINK_LABELS: &[&str] = &[
    "also in the news:",
    "also read |",
    "also read:",
    "more features:",
    "more news:",
    "more stories:",
    "more:",
    "read also:",
    "read more:",
    "read next:",
    "read:",
    "read |",
    "related articles:",
    "related coverage:",
    "related news:",
    "related stories:",
    "related story:",
    "related:",
    "see also:",
];

/// Prefixes that mark a block as boilerplate wherever it stands.
pub(crate) const BOILERPLATE_PREFIXES: &[&str] = &[
    "(c) ",
    "(disclaimer:",
    "(the author is ",
    "(adds ",
    "(corrects ",
    "(recasts ",
    "(updates ",
    "(with inputs from ",
    "---------- forwarded message",
    "all rights reserved",
    "cc:",
    // A CMS's article-info lines: `Category: Business`, `Hits: 1204`.
    "categories:",
    "category:",
    "citation:",
    "click here",
    "click to",
    "comments - ",
    "comments not loading",
    "comments are closed",
    "comments are moderated",
    "comments on this story are closed",
    "contact:",
    "copyright (c)",
    "copyright 1",
    "copyright 2",
    "copyright ©",
    "data delayed",
    "disclaimer:",
    "do you have a story",
    "did you find this article",
    "did you find this story",
    "did you find this useful",
    "do you know more",
    "do you work at",
    "download our ",
    "download the ",
    "email us at",
    "enjoyed this",
    "explore more on these topics",
    "filed under",
    "follow @",
    "follow us",
    "follow us :",
    "follow us on",
    "for a reprint",
    "for more information, contact",
    "for more information, please contact",
    "for immediate release",
    "forwarded message",
    "forwarded this email",
    "found a mistake",
    "found an error",
    "from:",
    "get our",
    "get the latest",
    "got a news tip",
    "got a story",
    "have a news tip",
    "have a story",
    "have your say:",
    "hits:",
    // A helpline sign-off under a story on abuse or suicide.
    "if you or someone you know",
    "join our telegram",
    "join our whatsapp",
    "join the conversation",
    "join the discussion",
    "journal reference",
    "keywords:",
    "like this story",
    "listen live",
    "listen to this",
    "listen to this article",
    "manage your subscription",
    "market data delayed",
    "media contact",
    "more by this author",
    "originally published",
    "our standards:",
    "please enable javascript",
    "published by",
    "quotes delayed",
    "read more on",
    "reference:",
    "references:",
    "related topics:",
    "report a correction",
    "report an error",
    "reprints",
    "send us your",
    "sent:",
    "share a memory",
    "share on",
    "share or comment",
    "share this article",
    "share this story",
    "share this with",
    "sign in to",
    "sign up for",
    "sign up here",
    "sign up now",
    "sign up to",
    "sign up today",
    "skip navigation",
    "skip to content",
    "skip to main content",
    "spotted a mistake",
    "spotted an error",
    "stay informed:",
    "story continues below",
    "subject:",
    "subscribe now",
    "subscribe to",
    "tags /",
    "tags:",
    "thank you for reading",
    "thanks for reading",
    "this article is more than",
    "this article originally appeared",
    "this article was originally",
    "this entry originally appeared",
    "this post is public",
    "this story originally appeared",
    "this story was originally",
    "to:",
    "topics:",
    "the views expressed in this column",
    "the views expressed in this article",
    "unsubscribe",
    "update your preferences",
    "update:",
    "view in browser",
    "view it in your browser",
    "view online",
    "view this email",
    "view this post on the web",
    "why you can trust",
    "you are receiving",
    "you can save this",
    "you may also like",
    "you're receiving",
    "you’re receiving",
    "©",
];

/// Section labels printed above a headline (`Opinion`, `Analysis`).
pub(crate) const KICKERS: &WordSet = &WordSet::new(&[
    "africa",
    "agriculture",
    "americas",
    "analysis",
    "asia",
    "breaking",
    "breaking news",
    "briefly",
    "business",
    "commentary",
    "courts",
    "crime",
    "culture",
    "deaths",
    "developing",
    "developing story",
    "economy",
    "editorial",
    "education",
    "energy",
    "environment",
    "europe",
    "exclusive",
    "explainer",
    "fact check",
    "feature",
    "football",
    "health",
    "in brief",
    "international",
    "interview",
    "just in",
    "letters",
    "lifestyle",
    "live",
    "local",
    "local news",
    "manufacturing",
    "markets",
    "member exclusive",
    "members only",
    "middle east",
    "national",
    "national news",
    "news",
    "news in brief",
    "obits",
    "obituaries",
    "obituary",
    "op-ed",
    "opinion",
    "perspective",
    "photos",
    "podcast",
    "politics",
    "premium",
    "real estate",
    "review",
    "science",
    "security",
    "sponsored",
    "sport",
    "sports",
    "subscriber exclusive",
    "subscriber only",
    "subscribers only",
    "technology",
    "top news",
    "transport",
    "travel",
    "uk news",
    "update",
    "us news",
    "video",
    "watch",
    "weather",
    "world",
    "world news",
]);

/// Headings that open a closing section of furniture (prefixes).
pub(crate) const SECTION_STARTS: &[&str] = &[
    "explore more on",
    "media contact",
    "media inquiries",
    "more from",
    "more on this story",
    "notes to editors",
    "press contact",
    "related articles",
    "related content",
    "related coverage",
    "related stories",
    "related topics",
    // A blog platform's author box after the post: `Written by X`.
    "written by ",
    "you may also like",
];

/// Headings that open a closing section of furniture (whole block).
pub(crate) const SECTION_WHOLE: &WordSet = &WordSet::new(&[
    "also in the news",
    "also read",
    "comments",
    "conversation",
    "discussion",
    "don't miss",
    "don’t miss",
    "further reading",
    "join the conversation",
    "join the discussion",
    "latest",
    "latest headlines",
    "latest news",
    "leave a comment",
    "more like this",
    "more news",
    "more on this topic",
    "more stories",
    "more to read",
    "most popular",
    "most read",
    "our sources",
    "read more",
    "read next",
    "read this next",
    "reader comments",
    "recommended",
    "recommended reading",
    "related",
    "related news",
    "related posts",
    "related reading",
    "see also",
    "sources",
    "tags",
    "topics",
    "trending",
    "up next",
    "what to read next",
    "you might also like",
    "you might like",
]);

/// Openings of editorial notes about the article (boilerplate even when
/// long and full of `said`).
pub(crate) const NOTE_PREFIXES: &[&str] = &[
    "editor's note",
    "editors' note",
    "editors’ note",
    "editor’s note",
];

/// Phrases that make a short block near the end of an article boilerplate.
pub(crate) const TAIL_BOILERPLATE_PHRASES: &[&str] = &[
    "all rights reserved",
    "already a subscriber",
    "app store",
    "call or whatsapp",
    "contact the newsroom",
    "create an account",
    "do you have news",
    "download the",
    "follow us",
    "for general information only",
    "journalism",
    "log in to",
    "news tip",
    "newsletter",
    "non-profit newsroom",
    "nonprofit newsroom",
    "not a substitute for",
    "on facebook",
    "on google news",
    "on instagram",
    "on twitter",
    "on whatsapp",
    "presumed innocent",
    "sign in to",
    "sign up for our",
    "sign up here",
    "sign up now",
    "sign up to our",
    "sign up today",
    "story idea",
    "support our",
    "syndicated feed",
    "telegram channel",
    "tips@",
    "unlimited access",
    "whatsapp channel",
];

/// Present-tense verbs of photo captions (`X shakes hands with Y`); reporting
/// verbs (`says`) are deliberately absent.
pub(crate) const CAPTION_VERBS: &WordSet = &WordSet::new(&[
    "applaud",
    "applauds",
    "arrive",
    "arrives",
    "attend",
    "attends",
    "boards",
    "bow",
    "bows",
    "celebrate",
    "celebrates",
    "cheer",
    "cheers",
    "dine",
    "dines",
    "embrace",
    "embraces",
    "gather",
    "gathers",
    "gesture",
    "gestures",
    "greet",
    "greets",
    "hold",
    "holds",
    "hug",
    "hugs",
    "inspect",
    "inspects",
    "kneel",
    "kneels",
    "laugh",
    "laughs",
    "listen",
    "listens",
    "look",
    "looks",
    "pose",
    "poses",
    "queue",
    "queues",
    "react",
    "reacts",
    "salute",
    "salutes",
    "shake",
    "shakes",
    "sit",
    "sits",
    "smile",
    "smiles",
    "speak",
    "speaks",
    "stand",
    "stands",
    "wait",
    "waits",
    "walk",
    "walks",
    "watch",
    "watches",
    "wave",
    "waves",
]);

/// Words of photo credits inside a trailing bracket: `[Embassy/State
/// Department Photo]`, `(AP Photo/Jane Doe)`.
pub(crate) const PHOTO_CREDIT_WORDS: &WordSet = &WordSet::new(&[
    "afp",
    "ap",
    "courtesy",
    "credit",
    "epa",
    "file",
    "getty",
    "image",
    "images",
    "photo",
    "photograph",
    "photographer",
    "photos",
    "pool",
    "reuters",
    "shutterstock",
    "xinhua",
]);

/// Openings of closing notes about the piece itself (`This article appears
/// in the Winter issue of …`), boilerplate when [`PIECE_NOTE_WORDS`] follow.
pub(crate) const PIECE_NOTES: &[&str] = &[
    "a version of this",
    "an earlier version of this",
    "this article",
    "this content",
    "this email",
    "this interview",
    "this newsletter",
    "this piece",
    "this post",
    "this report",
    "this story",
    "this wire report",
    "this wire story",
];

/// Words that make a [`PIECE_NOTES`] opening a note about publication.
pub(crate) const PIECE_NOTE_WORDS: &[&str] = &[
    " appear",
    "advice",
    "amended",
    "constitute",
    "corrected",
    "edition",
    "feed",
    "forwarded",
    "information only",
    "issue of",
    "originally",
    "part of",
    "produced",
    "published",
    "series",
    "unedited",
    "updated",
    "version",
];

/// News agencies whose names are written in capitals (a mixed-case place
/// may stand before them in a dateline: `Pune, Jan 15 (IANS)`).
pub(crate) const CAPS_AGENCIES: &WordSet = &WordSet::new(&[
    "aap", "afp", "ani", "ansa", "ap", "apa", "bna", "bss", "cna", "cp", "efe", "ians", "kuna",
    "mena", "ntb", "pap", "pti", "spa", "tass", "uni", "upi", "wam",
]);

/// Words that make a short capitalised header line an organisation.
pub(crate) const ORG_WORDS: &WordSet = &WordSet::new(&[
    "advertiser",
    "afp",
    "agence",
    "agencia",
    "agency",
    "agentur",
    "agenzia",
    "ap",
    "argus",
    "association",
    "bbc",
    "beacon",
    "blog",
    "bloomberg",
    "broadcasting",
    "bugle",
    "bulletin",
    "bureau",
    "center",
    "centre",
    "chronicle",
    "clarion",
    "cnn",
    "college",
    "commission",
    "company",
    "corporation",
    "council",
    "courant",
    "courier",
    "daily",
    "department",
    "dispatch",
    "economist",
    "embassy",
    "enquirer",
    "express",
    "foundation",
    "gazette",
    "gleaner",
    "group",
    "guardian",
    "herald",
    "inc",
    "independent",
    "inquirer",
    "institute",
    "journal",
    "kyodo",
    "ledger",
    "live",
    "ltd",
    "magazine",
    "media",
    "ministry",
    "mirror",
    "monitor",
    "network",
    "news",
    "newsroom",
    "nhk",
    "noticias",
    "notizie",
    "npr",
    "observer",
    "office",
    "online",
    "packet",
    "post",
    "press",
    "radio",
    "recorder",
    "reuters",
    "review",
    "school",
    "sentinel",
    "service",
    "standard",
    "telegraph",
    "television",
    "times",
    "tribune",
    "tv",
    "university",
    "weekly",
    "wire",
    "xinhua",
    "yonhap",
]);

/// Words that describe a writer's job, not a name (`Staff Writer`).
pub(crate) const WRITER_ROLES: &WordSet = &WordSet::new(&[
    "analyst",
    "associate",
    "bureau",
    "chief",
    "columnist",
    "contributing",
    "contributor",
    "correspondent",
    "correspondents",
    "critic",
    "desk",
    "editor",
    "editors",
    "journalist",
    "photographer",
    "presenter",
    "producer",
    "reporter",
    "reporters",
    "senior",
    "special",
    "staff",
    "writer",
    "writers",
]);

/// Verbs that attribute speech: after a name they make it a person
/// (`Wang said`); around a quote they find its speaker (`“…,” he said`).
pub(crate) const REPORTING_VERBS: &WordSet = &WordSet::new(&[
    "added",
    "admitted",
    "announced",
    "argued",
    "asked",
    "asserted",
    "believes",
    "claimed",
    "commented",
    "complained",
    "conceded",
    "confirmed",
    "continued",
    "declared",
    "denied",
    "explained",
    "insisted",
    "noted",
    "noting",
    "recalled",
    "remarked",
    "replied",
    "reported",
    "said",
    "saying",
    "says",
    "stated",
    "stressed",
    "suggested",
    "tells",
    "testified",
    "told",
    "tweeted",
    "urged",
    "warned",
    "wrote",
]);

/// Lower-case words allowed inside a person's name (`Ludwig van Beethoven`).
pub(crate) const NAME_PARTICLES: &WordSet = &WordSet::new(&[
    "af", "al", "ap", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "des", "di",
    "do", "dos", "du", "es", "ibn", "la", "le", "nic", "ní", "ten", "ter", "uí", "van", "von",
    // Faroese: `Sámal í Dali`.
    "í",
]);

/// Function words allowed inside an organisation's name.
pub(crate) const NAME_FUNCTION_WORDS: &WordSet = &WordSet::new(&[
    "&", "and", "at", "de", "des", "du", "for", "in", "of", "on", "the", "van", "von",
]);

/// Words that say the next date in a date line is an update time.
pub(crate) const DATE_LINE_UPDATE_WORDS: &WordSet = &WordSet::new(&[
    "actualizado",
    "aggiornato",
    "aktualisiert",
    "modified",
    "modifié",
    "update",
    "updated",
]);

/// Words that say the next date in a date line is the publication date.
pub(crate) const DATE_LINE_PUBLISH_WORDS: &WordSet = &WordSet::new(&[
    "issued",
    "posted",
    "pubblicato",
    "publicado",
    "published",
    "publié",
    "veröffentlicht",
]);

/// Date-line words of languages whose pages print `dd/mm/yyyy`.
pub(crate) const DATE_LINE_DAY_FIRST_WORDS: &WordSet = &WordSet::new(&[
    "actualizado",
    "aggiornato",
    "aktualisiert",
    "alle",
    "am",
    "de",
    "di",
    "el",
    "il",
    "jour",
    "kl",
    "le",
    "lesedauer",
    "mis",
    "ore",
    "pubblicato",
    "publicado",
    "stand",
    "temps",
    "tiempo",
    "uhr",
    "um",
]);

/// Words a date line may contain besides the date, time and reading time.
pub(crate) const DATE_LINE_WORDS: &WordSet = &WordSet::new(&[
    "actualizado",
    "added",
    "aggiornato",
    "ago",
    "aktualisiert",
    "alle",
    "am",
    "at",
    "date",
    "de",
    "di",
    "edition",
    "el",
    "estimated",
    "first",
    "h",
    "il",
    "issue",
    "issued",
    "jour",
    "kl",
    "last",
    "le",
    "lectura",
    "lecture",
    "lesedauer",
    "lettura",
    "min",
    "mis",
    "modified",
    "modifié",
    "no",
    "on",
    "ore",
    "originally",
    "posted",
    "pubblicato",
    "publicado",
    "published",
    "publié",
    "read",
    "reading",
    "stand",
    "temps",
    "tiempo",
    "time",
    "today",
    "uhr",
    "um",
    "update",
    "updated",
    "veröffentlicht",
    "vol",
    "volume",
    "yesterday",
    "zuletzt",
    "à",
]);

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn prefix_lists_match_as_a_scan_would() {
        for list in [
            BOILERPLATE_PREFIXES,
            NOTE_PREFIXES,
            SECTION_STARTS,
            PIECE_NOTES,
        ] {
            for p in list {
                let upper = alloc::format!("{} and more", p.to_ascii_uppercase());
                assert!(starts_with_any(upper.as_bytes(), list), "{p:?}");
                // One byte short of the prefix: only a shorter prefix of
                // the list may match it, as a plain scan would say.
                let short = &p.as_bytes()[..p.len() - 1];
                let scan = list.iter().any(|q| starts_with_ignore_case(short, q));
                assert_eq!(starts_with_any(short, list), scan, "{p:?}");
            }
        }
        assert!(!starts_with_any(b"", BOILERPLATE_PREFIXES));
    }

    /// Every word of a set passes its filter and is found, in any ASCII
    /// case; a word just past it is not. (Sortedness and case are checked
    /// when the sets are built, at compile time.)
    pub(crate) fn assert_set_finds_its_words(set: &WordSet) {
        for w in set.words() {
            assert!(contains(set, w.as_bytes()), "{w:?}");
            assert!(contains(set, w.to_ascii_uppercase().as_bytes()), "{w:?}");
            let past = alloc::format!("{w}~");
            assert!(!contains(set, past.as_bytes()), "{past:?}");
        }
    }

    #[test]
    fn word_sets_find_their_words() {
        for set in [
            TITLE_ABBREVIATIONS,
            NUMERIC_ABBREVIATIONS,
            OTHER_ABBREVIATIONS,
            NEVER_FINAL,
            SENTENCE_STARTERS,
            BOILERPLATE_WHOLE,
            KICKERS,
            SECTION_WHOLE,
            CAPTION_VERBS,
            PHOTO_CREDIT_WORDS,
            CAPS_AGENCIES,
            ORG_WORDS,
            WRITER_ROLES,
            NAME_PARTICLES,
            REPORTING_VERBS,
            NAME_FUNCTION_WORDS,
            DATE_LINE_UPDATE_WORDS,
            DATE_LINE_PUBLISH_WORDS,
            DATE_LINE_DAY_FIRST_WORDS,
            DATE_LINE_WORDS,
        ] {
            assert_set_finds_its_words(set);
        }
    }

    #[test]
    fn lookups() {
        assert!(contains(TITLE_ABBREVIATIONS, b"Dr"));
        assert!(!contains(TITLE_ABBREVIATIONS, b"Dry"));
        assert!(starts_with_ignore_case(b"Latest News", "latest"));
        assert!(contains_ignore_case(b"By SUBSCRIBING, you", "subscri"));
        assert!(!contains_ignore_case(b"short", "longer needle"));
    }

    /// The rare-byte search finds exactly what a window-by-window
    /// comparison finds: needles at either end, in any case, overlapping
    /// false starts, and texts as short as the needle.
    #[test]
    fn contains_ignore_case_agrees_with_every_window() {
        let texts: &[&[u8]] = &[
            b"Your INBOX",
            b"your inbo",
            b"xx your inboxx",
            b"comm comment",
            b"COMMENTS are closed",
            b"commen",
            b"a can comment on",
            b"can comment o",
            b"http://x",
            b":// ",
            b"www.example.com",
            b"ww.w",
            b"earn a commissio earn a commission",
        ];
        let needles = [
            "your inbox",
            "comment",
            "can comment on",
            "://",
            "www.",
            "earn a commission",
            "x",
            "m",
        ];
        for text in texts {
            for needle in needles {
                let n = needle.as_bytes();
                let naive = text.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n));
                assert_eq!(
                    contains_ignore_case(text, needle),
                    naive,
                    "{needle:?} in {:?}",
                    core::str::from_utf8(text)
                );
            }
        }
    }
}
