//! Lines and blocks: where one paragraph ends and the next begins.
//!
//! Blocks are split at blank lines. Inside a run of non-blank lines, a single
//! newline also splits, because many saved articles put one paragraph per
//! line, unless the run looks hard-wrapped: most of its lines are long and
//! stop mid-sentence, or the next line plainly continues the sentence (it
//! starts in lower case after a line that did not end one, or the line ends
//! with a comma).
//!
//! Works on the token stream, so CRLF, lone CR, U+2028 and a BOM (white
//! space) need no special casing here.

use alloc::vec::Vec;

use crate::sentences::{is_blank, is_closer, is_terminal};
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// A block before classification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawBlock {
    /// From the first to the last non-blank byte.
    pub span: Span,
    /// Token index range `[start, end)`, trimmed of blank tokens.
    pub tokens: (u32, u32),
    /// Index of the run of lines (between blank lines) the block came from.
    pub group: u32,
}

#[derive(Clone, Copy, Debug)]
struct Line {
    /// Trimmed token range `[start, end)`; empty when the line is blank.
    first: usize,
    end: usize,
}

impl Line {
    fn is_blank(self) -> bool {
        self.first == self.end
    }
}

/// Lines longer than this that stop mid-sentence suggest hard wrapping.
const WRAP_MIN_BYTES: usize = 40;

/// A shorter line followed by one in lower case is a list entry (`Europe` /
/// `news`), not a wrapped sentence.
const CONTINUED_MIN_BYTES: usize = 30;

/// Split an article's tokens into blocks.
pub(crate) fn split(input: &[u8], tokens: &[Token]) -> Vec<RawBlock> {
    // Lines, and runs of non-blank lines (`groups`, as line index ranges).
    let mut lines: Vec<Line> = Vec::new();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    let mut group_start = 0;
    for i in 0..=tokens.len() {
        if i < tokens.len() && tokens[i].kind != TokenKind::Newline {
            continue;
        }
        let line = trim(tokens, start, i);
        start = i + 1;
        if line.is_blank() {
            if group_start < lines.len() {
                groups.push((group_start, lines.len()));
            }
            group_start = lines.len();
        } else {
            lines.push(line);
        }
    }
    if group_start < lines.len() {
        groups.push((group_start, lines.len()));
    }
    // One clearly hard-wrapped paragraph makes the whole text hard-wrapped,
    // at the width of its longest line.
    let wrapped: Vec<bool> = groups
        .iter()
        .map(|&(s, e)| is_wrapped(input, tokens, &lines[s..e]))
        .collect();
    let wrap_width = groups
        .iter()
        .zip(&wrapped)
        .filter(|(_, &w)| w)
        .flat_map(|(&(s, e), _)| lines[s..e - 1].iter().map(|&l| line_len(tokens, l)))
        .max();
    let mut blocks = Vec::new();
    for (g, &(s, e)) in groups.iter().enumerate() {
        split_group(
            input,
            tokens,
            &lines[s..e],
            g as u32,
            wrapped[g],
            wrap_width,
            &mut blocks,
        );
    }
    blocks
}

fn trim(tokens: &[Token], mut first: usize, mut end: usize) -> Line {
    while first < end && is_blank(tokens[first]) {
        first += 1;
    }
    while end > first && is_blank(tokens[end - 1]) {
        end -= 1;
    }
    Line { first, end }
}

fn line_len(tokens: &[Token], l: Line) -> usize {
    (tokens[l.end - 1].span.end - tokens[l.first].span.start) as usize
}

/// The line ends a sentence: `.`, `?`, `!`, `:`, an ellipsis or `U.S.`,
/// possibly followed by closing quotes or brackets, but not `Mr.`.
fn ends_sentence(input: &[u8], tokens: &[Token], l: Line) -> bool {
    let mut k = l.end;
    while k > l.first && is_closer(input, tokens[k - 1]) {
        k -= 1;
    }
    k > l.first && {
        let t = tokens[k - 1];
        (is_terminal(input, t) && !ends_with_title(input, tokens, l))
            || (t.kind == TokenKind::Punct && matches!(t.bytes(input), b":" | b";"))
    }
}

/// The line ends with a title that always precedes a name: `Mr.`, `Dr.`.
fn ends_with_title(input: &[u8], tokens: &[Token], l: Line) -> bool {
    let k = l.end;
    k >= l.first + 2
        && tokens[k - 1].bytes(input) == b"."
        && tokens[k - 2].kind == TokenKind::Word
        && crate::lexicon::contains(
            crate::lexicon::TITLE_ABBREVIATIONS,
            tokens[k - 2].bytes(input),
        )
}

fn is_dash_start(tokens: &[Token], l: Line) -> bool {
    tokens[l.first].kind == TokenKind::Dash
}

/// The line ends with a comma, a hyphen or a word that cannot end a sentence.
fn ends_mid_clause(input: &[u8], tokens: &[Token], l: Line) -> bool {
    let t = tokens[l.end - 1];
    match t.kind {
        TokenKind::Punct => matches!(t.bytes(input), b"," | b"-"),
        TokenKind::Word => matches!(
            t.bytes(input),
            b"and" | b"or" | b"the" | b"of" | b"a" | b"an" | b"to" | b"in" | b"for" | b"with"
        ),
        _ => false,
    }
}

/// `l` is a label of one or two words ending in a comma over a line that
/// opens with a capital (`Image caption,` / `The ferry …`): a line of its
/// own, not a clause that goes on.
fn is_label_line(input: &[u8], tokens: &[Token], l: Line, next: Line) -> bool {
    let words = tokens[l.first..l.end]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let capital = tokens[next.first].kind == TokenKind::Word
        && tokens[next.first].bytes(input)[0].is_ascii_uppercase();
    words <= 2 && l.end - l.first <= 4 && capital
}

/// `next` opens a byline in lower case after line `l`: `by: Jenna Ruiz`,
/// or `by Jenna Ruiz` under a date line.
fn starts_byline(input: &[u8], tokens: &[Token], l: Line, next: Line) -> bool {
    let words = &tokens[next.first..next.end];
    if words.first().map(|t| t.bytes(input)) != Some(b"by") {
        return false;
    }
    let colon = words.get(1).is_some_and(|t| t.bytes(input) == b":");
    colon || super::header::date_line(line_text(input, tokens, l)).is_some() || {
        // `by FARAH NADIA ISMAIL`: a name and nothing else on the line.
        let names = words[1..].iter().filter(|t| t.is_wordlike());
        let count = names.clone().count();
        (2..=6).contains(&count)
            && names.clone().all(|t| {
                let w = t.bytes(input);
                super::header::is_all_caps(w) || w == b"and"
            })
            && words[1..].iter().all(|t| {
                t.is_wordlike() || matches!(t.kind, TokenKind::Space) || t.bytes(input) == b","
            })
    }
}

/// The bytes of a non-blank line.
fn line_text<'a>(input: &'a [u8], tokens: &[Token], l: Line) -> &'a [u8] {
    Span::new(tokens[l.first].span.start, tokens[l.end - 1].span.end).slice(input)
}

fn starts_lower(input: &[u8], tokens: &[Token], l: Line) -> bool {
    let t = tokens[l.first];
    t.kind == TokenKind::Word && t.bytes(input)[0].is_ascii_lowercase()
}

/// The tokens (of a line or a block) open with a list marker: `•`, `*`,
/// `-`, `–`, `1.`, `2)`. At a line start ASCII marks and `·` count too,
/// which inside running text would not.
pub(super) fn starts_item(input: &[u8], tokens: &[Token]) -> bool {
    let Some(&t) = tokens.first() else {
        return false;
    };
    let b = t.bytes(input);
    match t.kind {
        TokenKind::Dash => true,
        TokenKind::Punct => {
            matches!(b, b"*" | b"-" | b"+" | [0xC2, 0xB7]) || crate::lexicon::BULLETS.contains(&b)
        }
        TokenKind::Number if b.len() <= 2 => tokens
            .get(1)
            .is_some_and(|n| n.kind == TokenKind::Punct && matches!(n.bytes(input), b"." | b")")),
        _ => false,
    }
}

fn line_starts_item(input: &[u8], tokens: &[Token], l: Line) -> bool {
    starts_item(input, &tokens[l.first..l.end])
}

/// Most lines of the run (three or more) are long and stop mid-sentence.
fn is_wrapped(input: &[u8], tokens: &[Token], lines: &[Line]) -> bool {
    let n = lines.len();
    if n < 3 {
        return false;
    }
    // Wrapped lines run close to the width of the longest line, and some
    // line goes on with the sentence in lower case; a header of short
    // unpunctuated lines or a list of linked headlines does neither.
    let longest = lines
        .iter()
        .map(|&l| line_len(tokens, l))
        .max()
        .unwrap_or(0);
    let near_width = |l: Line| line_len(tokens, l) >= WRAP_MIN_BYTES.max(longest * 4 / 5);
    let long_open = lines[..n - 1]
        .iter()
        .filter(|&&l| {
            !ends_sentence(input, tokens, l) && near_width(l) && !line_starts_item(input, tokens, l)
        })
        .count();
    let continued = lines[1..].iter().any(|&l| starts_lower(input, tokens, l));
    long_open * 2 > n - 1 && continued
}

fn split_group(
    input: &[u8],
    tokens: &[Token],
    lines: &[Line],
    group: u32,
    wrapped: bool,
    wrap_width: Option<usize>,
    out: &mut Vec<RawBlock>,
) {
    let n = lines.len();
    let mut first = lines[0];
    for k in 0..n {
        let l = lines[k];
        let join_next = k + 1 < n && {
            let next = lines[k + 1];
            let open = !ends_sentence(input, tokens, l);
            let len = line_len(tokens, l);
            let at_wrap_width = wrap_width
                .is_some_and(|w| len >= WRAP_MIN_BYTES && len * 4 >= w * 3 && len <= w + 2);
            let item =
                line_starts_item(input, tokens, next) && (!is_dash_start(tokens, next) || !open);
            // In hard-wrapped text a long line continues its paragraph even
            // when a sentence ends on it (`…the area.` / `"Tonight…"`).
            !item
                && (wrapped
                    || at_wrap_width
                    || ends_with_title(input, tokens, l)
                    || (open
                        && ((starts_lower(input, tokens, next)
                            && line_len(tokens, l) >= CONTINUED_MIN_BYTES
                            && !starts_byline(input, tokens, l, next)
                            && !(group == 0
                                && k == 0
                                && super::header::lower_label_line(line_text(
                                    input, tokens, next,
                                ))))
                            || (ends_mid_clause(input, tokens, l)
                                && !is_label_line(input, tokens, l, next)))))
        };
        if !join_next {
            out.push(RawBlock {
                span: Span::new(tokens[first.first].span.start, tokens[l.end - 1].span.end),
                tokens: (first.first as u32, l.end as u32),
                group,
            });
            if k + 1 < n {
                first = lines[k + 1];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::Tokens;

    fn blocks(s: &str) -> Vec<&str> {
        let toks: Vec<Token> = Tokens::new(s.as_bytes()).collect();
        split(s.as_bytes(), &toks)
            .iter()
            .map(|b| &s[b.span.range()])
            .collect()
    }

    #[test]
    fn blank_lines_split() {
        assert_eq!(blocks("A b.\n\n\n  C d.  \r\n\r\nE"), ["A b.", "C d.", "E"]);
    }

    #[test]
    fn one_paragraph_per_line() {
        assert_eq!(
            blocks("First one.\nSecond one.\n“Third.”"),
            ["First one.", "Second one.", "“Third.”"]
        );
        assert_eq!(
            blocks("Publisher Name\nPublisher Name\n3 min read"),
            ["Publisher Name", "Publisher Name", "3 min read"]
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_join() {
        let text = "The council met on Tuesday to discuss the budget and\nvoted to approve the plan after a long debate over the\ncost of the new bridge across the river.\n\nNext para.";
        assert_eq!(blocks(text).len(), 2);
        assert_eq!(
            blocks("He said that the plan,\nwhich was new, would work."),
            ["He said that the plan,\nwhich was new, would work."]
        );
    }

    #[test]
    fn two_line_paragraphs_join_in_hard_wrapped_text() {
        let text = "The council met on Tuesday to discuss the budget and\nvoted to approve the plan after a long debate over the\ncost of the new bridge across the river.\n\nThe mayor said the bridge would open in the spring of\nNext Year, as planned.";
        assert_eq!(blocks(text).len(), 2);
        let unwrapped =
            "A headline without a full stop at the end of it here\nNext Year, as planned.";
        assert_eq!(blocks(unwrapped).len(), 2);
    }

    #[test]
    fn wrap_width_limits_text_wide_joining() {
        // A 3-line wrapped paragraph must not glue the header lines above it.
        let text = "Harbour strike ends after three weeks of talks\nBy Anna Bakker\nMarch 3, 2026\n\nDock workers in the port voted on Tuesday to end a strike that\nhad halted most container traffic since early February, their\nunion said.";
        assert_eq!(blocks(text).len(), 4);
        // Nor one-paragraph-per-line text far longer than the wrap width.
        let long = "x".repeat(150);
        let text = alloc::format!("A {long} first.\nA {long} second.\n\nDock workers in the port voted on Tuesday to end a strike that\nhad halted most container traffic since early February, their\nunion said.");
        assert_eq!(blocks(&text).len(), 3);
    }

    #[test]
    fn a_short_label_ending_in_a_comma_stands_alone() {
        assert_eq!(
            blocks("Image caption,\nThe ferry can carry two cars."),
            ["Image caption,", "The ferry can carry two cars."]
        );
        assert_eq!(blocks("In the end,\nthe ferry sailed.").len(), 1);
    }

    #[test]
    fn dashes_and_titles_at_line_ends() {
        assert_eq!(blocks("She spoke to Mr.\nSmith about it.").len(), 1);
        assert_eq!(
            blocks("The vote was close and\n— as expected — contested.").len(),
            1
        );
        assert_eq!(blocks("It ended.\n— A new line").len(), 2);
    }

    #[test]
    fn list_items_stand_alone() {
        let text = "It includes:\n• Eight new stations between the old town and the river\n• A new depot on the site of a former brewery\n- Bike lanes on four streets in the center";
        assert_eq!(blocks(text).len(), 4);
        assert_eq!(
            blocks("Steps:\n1. Mix the flour and water\n2) Bake it")[1],
            "1. Mix the flour and water"
        );
    }

    #[test]
    fn empty_and_blank_input() {
        assert!(blocks("").is_empty());
        assert!(blocks(" \n\t\n\u{feff}").is_empty());
    }
}
