//! A generated news-like corpus for benches: articles with headers, wire
//! datelines, quotes, numbers, abbreviations, CRLF and one-paragraph-per-line
//! layouts, varied by a deterministic pseudo-random generator so that no two
//! articles are the same.

/// A small deterministic generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const NAMES: &[&str] = &[
    "Anna Bakker",
    "Tom Reyes",
    "Grace Wanjiru",
    "Linda Okafor",
    "Hans Muller",
    "Jose Herrera",
    "Mei Tanaka",
    "Samuel Mwangi",
    "Olga Petrova",
    "Ravi Iyer",
    "Claire Dubois",
    "Kwame Mensah",
];
const TITLES: &[&str] = &[
    "Mayor",
    "Dr.",
    "Gov.",
    "Finance Minister",
    "Prime Minister",
    "spokeswoman",
    "Sen.",
];
const PLACES: &[&str] = &[
    "ROTTERDAM",
    "NAIROBI",
    "GENEVA",
    "PORTLAND, Maine",
    "TOKYO",
    "LIMA",
    "ST. LOUIS",
];
const AGENCIES: &[&str] = &["Reuters", "AP", "AFP", "Kyodo"];
const SUBJECTS: &[&str] = &[
    "The council",
    "The U.S. Department of Transportation",
    "Officials",
    "The ministry",
    "Dock workers",
    "The company",
    "Analysts at the bank",
    "The World Health Organization (WHO)",
    "Residents",
];
const VERBS: &[&str] = &[
    "said on Tuesday that",
    "warned that",
    "voted to approve a plan under which",
    "announced that",
    "told reporters in Washington that",
    "estimated that",
    "confirmed that",
];
const CLAUSES: &[&str] = &[
    "the port would reopen by Jan. 5 after 18 months of delays",
    "prices rose 9.5 percent in the year to March",
    "the project would cost $1.13bn, or about 1,000 euros per resident",
    "talks with the U.S. and the U.K. would resume next week",
    "the new line will carry 21,000 riders a day by 2035",
    "the country’s reserves fell to their lowest level since the 1990s",
    "No. 3 on the list was Mar-a-Lago, a club in Palm Beach",
    "a 10-day review found no evidence of wrongdoing",
];
const QUOTES: &[&str] = &[
    "We are with you 100 percent.",
    "This is not the end of the story, but it is a start.",
    "Nobody expected the vote to pass — least of all us.",
    "Will the families who live there now still afford it?",
    "We will keep working… and we will not stop.",
];

fn article(rng: &mut Rng, out: &mut String) {
    let crlf = rng.below(5) == 0;
    let one_per_line = rng.below(4) == 0;
    let nl = if crlf { "\r\n" } else { "\n" };
    let para = if one_per_line {
        nl.to_string()
    } else {
        format!("{nl}{nl}")
    };
    let subject = rng.pick(SUBJECTS);
    out.push_str(&format!(
        "{} {} {}{nl}{nl}",
        subject,
        rng.pick(&["weighs", "backs", "rejects"]),
        "new plan"
    ));
    out.push_str(&format!(
        "By {} and {}{nl}",
        rng.pick(NAMES),
        rng.pick(NAMES)
    ));
    out.push_str(&format!(
        "March {}, 20{} 10:15 AM UTC{nl}{nl}",
        1 + rng.below(28),
        10 + rng.below(16)
    ));
    out.push_str(&format!(
        "{}, March {} ({}) - {} {} {}.{para}",
        rng.pick(PLACES),
        1 + rng.below(28),
        rng.pick(AGENCIES),
        subject,
        rng.pick(VERBS),
        rng.pick(CLAUSES)
    ));
    for _ in 0..(4 + rng.below(8)) {
        match rng.below(3) {
            0 => out.push_str(&format!(
                "“{}” {} {} said. {} {} {}.{para}",
                rng.pick(QUOTES),
                rng.pick(TITLES),
                rng.pick(NAMES),
                rng.pick(SUBJECTS),
                rng.pick(VERBS),
                rng.pick(CLAUSES)
            )),
            1 => out.push_str(&format!(
                "{}, {} {}, said {}. \"{}\"{para}",
                rng.pick(NAMES),
                rng.pick(TITLES),
                rng.pick(&["of the port authority", "at the bank", "of the city"]),
                rng.pick(CLAUSES),
                rng.pick(QUOTES)
            )),
            _ => out.push_str(&format!(
                "{} {} {}.{para}",
                rng.pick(SUBJECTS),
                rng.pick(VERBS),
                rng.pick(CLAUSES)
            )),
        }
    }
    out.push_str(&format!(
        "Reporting by {}; Editing by {}{nl}",
        rng.pick(NAMES),
        rng.pick(NAMES)
    ));
}

/// About `bytes` bytes of articles separated by form-feed lines.
pub fn stream(bytes: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 4096);
    while out.len() < bytes {
        article(&mut rng, &mut out);
        out.push_str("\x0c\n");
    }
    out
}
