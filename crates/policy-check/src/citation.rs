//! Citations: the one reading of a citation's text. A citation (`§ "2.22"`,
//! `§ "1.2, 2.9"`, `§ "2.33–2.35, 2.38"`) is a list of groups separated by `,`
//! or `;`; each group is a clause number or a range `a–b` (en dash, the only
//! dash the language gives a meaning); a citation whose whole text is a
//! quoted clause's number (`§ "разд. 2, абз. 3"`) names that clause, before
//! any splitting. It may name the words it rests on (`«…»`, see
//! [`crate::quote`]). Checking reads every citation once,
//! here, and resolves it against the quoted clauses; every consumer (checks,
//! coverage, reports, comparison, language server) reads the result.

use crate::model::{Location, Model, Span};

/// Index into [`Model::clauses`].
pub type ClauseId = usize;

/// What separates the groups of a citation.
const SEPARATORS: [char; 2] = [',', ';'];
/// What joins the two ends of a range.
const RANGE: char = '–';

/// A citation as written, with where it is written and what it names.
#[derive(Debug, Clone)]
pub struct CitationRef {
    /// The citation text exactly as written (`1.2, 2.9`).
    pub text: String,
    /// Where the whole citation is.
    pub location: Location,
    /// Its parts, with spans in the file (each the whole citation's span when
    /// an escape makes the source differ from the text).
    pub parts: Vec<Part>,
    /// Every quoted clause it names, in the order it names them, each once.
    pub clauses: Vec<ClauseId>,
    /// The words of the clause it names (`«…»`), if any, found at check time.
    pub words: Option<Words>,
    /// Whether a test's expectation writes it (`expect violation § "16"`):
    /// it names what a test looks for, not what an item rests on.
    pub in_test: bool,
}

/// The words a citation names, and where the clauses it names hold them.
#[derive(Debug, Clone)]
pub struct Words {
    /// The words as written between the guillemets.
    pub text: String,
    /// Where they are written, guillemets included.
    pub span: Span,
    /// Each named clause that holds them, with their byte range in its text
    /// (ignoring case, line breaks, hyphenation, dashes and quote marks);
    /// empty when none does.
    pub found: Occurrences,
}

/// Where words occur: each clause holding them, with their byte range in its text.
pub type Occurrences = Vec<(ClauseId, std::ops::Range<usize>)>;

/// One part of a citation: a clause number, or a range of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Where the part is written (a range from its first end to its last).
    pub span: Span,
    /// Its clause numbers: one, or a range's two ends.
    pub numbers: Vec<Number>,
    /// The quoted clauses it names, always consecutive in declaration order:
    /// one clause, every quoted clause declared between a range's ends, or
    /// none when it names no quoted clause.
    pub clauses: std::ops::Range<ClauseId>,
}

/// A clause number as a citation writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// The number without surrounding white space (`2.33`).
    pub text: String,
    /// Where it is written.
    pub span: Span,
    /// The quoted clause with this number, if the policy quotes it.
    pub clause: Option<ClauseId>,
}

impl CitationRef {
    /// The citation `text` written at `location`, whose source is `source`
    /// (`§ "21–23"`, or a quoted text), resolved by `clause_id` (a clause
    /// number's index among the quoted clauses).
    pub(crate) fn new(text: &str, location: Location, source: &str, clause_id: ClauseLookup<'_>) -> CitationRef {
        let start = text_start(source, text).map(|offset| location.span.start + offset);
        let place = |span: Span| match start {
            Some(start) => Span::new(start + span.start, start + span.end),
            None => location.span,
        };
        let parts: Vec<Part> = match whole(text, clause_id) {
            Some(part) => vec![part.placed(place)],
            None => parse(text, clause_id).into_iter().map(|p| p.placed(place)).collect(),
        };
        let mut named: Vec<ClauseId> = Vec::new();
        for c in parts.iter().flat_map(|p| p.clauses.clone()) {
            if !named.contains(&c) {
                named.push(c);
            }
        }
        CitationRef { text: text.to_string(), location, parts, clauses: named, words: None, in_test: false }
    }

    /// The clauses to quote when at most `max` are shown: every clause it
    /// names when they fit, else the clauses its numbers write (a range's
    /// ends), so that § "26.1–26.8" quotes п. 26.1 and п. 26.8 rather than the
    /// first clauses inside the range.
    pub fn clauses_to_quote(&self, max: usize) -> Vec<ClauseId> {
        let mut picked: Vec<ClauseId> = if self.clauses.len() <= max {
            self.clauses.clone()
        } else {
            self.numbers().filter_map(|n| n.clause).collect()
        };
        picked.truncate(max);
        picked
    }

    /// Every clause number it writes (a range's two ends), in order.
    pub fn numbers(&self) -> impl Iterator<Item = &Number> {
        self.parts.iter().flat_map(|p| &p.numbers)
    }

    /// The numbers that name no quoted clause.
    pub fn unquoted(&self) -> impl Iterator<Item = &Number> {
        self.numbers().filter(|n| n.clause.is_none())
    }
}

impl Part {
    /// Whether the part is a range `a–b`.
    pub fn is_range(&self) -> bool {
        self.numbers.len() == 2
    }

    /// The same part with its spans mapped by `place`.
    fn placed(mut self, place: impl Fn(Span) -> Span) -> Part {
        self.span = place(self.span);
        for n in &mut self.numbers {
            n.span = place(n.span);
        }
        self
    }
}

impl Model {
    /// The citation written as `text` (a finding's `clause`), resolved at
    /// check time; `None` when the policy writes no such citation.
    pub fn citation(&self, text: &str) -> Option<&CitationRef> {
        self.citations.iter().find(|c| c.text == text).map(|c| &**c)
    }
}

/// The offset of `text` in `source` when the source between the first quotes
/// is exactly `text` (no escapes).
fn text_start(source: &str, text: &str) -> Option<usize> {
    let start = source.find('"')? + 1;
    (source.get(start..start + text.len()) == Some(text)).then_some(start)
}

/// Finds a quoted clause's index by its number.
pub(crate) type ClauseLookup<'a> = &'a dyn Fn(&str) -> Option<ClauseId>;

/// The one part of citation `text` when its whole text (trimmed) is a quoted
/// clause's number: `разд. 2, абз. 3` names that clause, not two.
fn whole(text: &str, clauses: ClauseLookup<'_>) -> Option<Part> {
    let trimmed = text.trim();
    let clause = clauses(trimmed)?;
    let begin = text.len() - text.trim_start().len();
    let span = Span::new(begin, begin + trimmed.len());
    Some(Part {
        span,
        numbers: vec![Number { text: trimmed.to_string(), span, clause: Some(clause) }],
        clauses: clause..clause + 1,
    })
}

/// The parts of citation `text`, with spans relative to its start, resolved
/// by `clauses`.
fn parse(text: &str, clauses: ClauseLookup<'_>) -> Vec<Part> {
    groups(text).filter_map(|(start, group)| part(start, group, clauses)).collect()
}

/// The groups of `text` (separated by `,` or `;`), each with its offset.
fn groups(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    text.split(SEPARATORS).map(move |group| {
        let start = at;
        // Both separators are one byte long.
        at += group.len() + 1;
        (start, group)
    })
}

/// The part written as `group` at offset `start`; `None` for an empty group.
fn part(start: usize, group: &str, clauses: ClauseLookup<'_>) -> Option<Part> {
    let numbers: Vec<Number> = match group.split_once(RANGE) {
        Some((first, last)) => {
            let last_start = start + first.len() + RANGE.len_utf8();
            [number(start, first, clauses), number(last_start, last, clauses)].into_iter().flatten().collect()
        }
        None => number(start, group, clauses).into_iter().collect(),
    };
    let span = numbers.first()?.span.join(numbers.last()?.span);
    let clauses = match numbers.as_slice() {
        [Number { clause: Some(a), .. }, Number { clause: Some(b), .. }] => *a.min(b)..*a.max(b) + 1,
        _ => numbers.iter().find_map(|n| n.clause).map_or(0..0, |c| c..c + 1),
    };
    Some(Part { span, numbers, clauses })
}

/// The clause number written as `raw` at offset `start`, trimmed; `None` when blank.
fn number(start: usize, raw: &str, clauses: ClauseLookup<'_>) -> Option<Number> {
    let text = raw.trim();
    if text.is_empty() {
        return None;
    }
    let begin = start + (raw.len() - raw.trim_start().len());
    Some(Number { text: text.to_string(), span: Span::new(begin, begin + text.len()), clause: clauses(text) })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A lookup of the quoted clauses `numbers`, in that order.
    fn clauses<'a>(numbers: &'a [&str]) -> impl Fn(&str) -> Option<ClauseId> + 'a {
        move |n| numbers.iter().position(|q| *q == n)
    }

    /// Each part as (numbers as written, the text at each number's span, clauses named).
    fn read(text: &str, quoted: &[&str]) -> Vec<(Vec<String>, Vec<String>, Vec<ClauseId>)> {
        parse(text, &clauses(quoted))
            .into_iter()
            .map(|p| {
                let written = p.numbers.iter().map(|n| text[n.span.start..n.span.end].to_string()).collect();
                (p.numbers.into_iter().map(|n| n.text).collect(), written, p.clauses.collect())
            })
            .collect()
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_single_number_names_its_clause() {
        assert_eq!(read("2.22", &["2.21", "2.22"]), vec![(strings(&["2.22"]), strings(&["2.22"]), vec![1])]);
        assert_eq!(
            read("Приложение 3", &["Приложение 3"]),
            vec![(strings(&["Приложение 3"]), strings(&["Приложение 3"]), vec![0])]
        );
    }

    #[test]
    fn a_range_names_every_clause_declared_between_its_ends() {
        let quoted = ["20", "21", "22", "23", "24"];
        assert_eq!(read("21–23", &quoted), vec![(strings(&["21", "23"]), strings(&["21", "23"]), vec![1, 2, 3])]);
        assert_eq!(read("23–21", &quoted)[0].2, vec![1, 2, 3], "ends in either order");
        assert_eq!(read("21 – 23", &quoted)[0].1, strings(&["21", "23"]), "white space around the dash");
    }

    #[test]
    fn groups_are_separated_by_commas_and_semicolons() {
        let quoted = ["1.2", "2.9", "4.1", "4.2"];
        let parts = read("1.2, 2.9; 4.1–4.2", &quoted);
        let names: Vec<Vec<ClauseId>> = parts.iter().map(|p| p.2.clone()).collect();
        assert_eq!(names, vec![vec![0], vec![1], vec![2, 3]]);
        assert!(parts.iter().all(|p| p.0 == p.1), "spans cover the numbers: {parts:?}");
    }

    #[test]
    fn blank_groups_and_white_space_are_ignored() {
        let parts = read("  16 ,, ;17  ", &["16", "17"]);
        assert_eq!(
            parts,
            vec![(strings(&["16"]), strings(&["16"]), vec![0]), (strings(&["17"]), strings(&["17"]), vec![1])]
        );
        assert!(read("", &["16"]).is_empty());
        assert_eq!(read("16–", &["16"]), vec![(strings(&["16"]), strings(&["16"]), vec![0])], "a range missing an end");
    }

    #[test]
    fn a_whole_citation_naming_a_clause_is_that_clause() {
        let quoted = clauses(&["разд. 2", "абз. 3", "разд. 2, абз. 3"]);
        let source = "§ \"разд. 2, абз. 3\"";
        let location = Location { file: 0, span: Span::new(0, source.len()) };
        let c = CitationRef::new("разд. 2, абз. 3", location, source, &quoted);
        assert_eq!(c.clauses, vec![2], "the whole text, not its two groups");
        assert_eq!(&source[c.parts[0].span.start..c.parts[0].span.end], "разд. 2, абз. 3");
        assert_eq!(read("разд. 2, абз. 3", &["разд. 2", "абз. 3"]).len(), 2, "without such a clause: two groups");
    }

    #[test]
    fn unknown_numbers_name_no_clause() {
        assert_eq!(read("99", &["16"]), vec![(strings(&["99"]), strings(&["99"]), vec![])]);
        assert_eq!(read("16–99", &["16", "17"])[0].2, vec![0], "a range with an unknown end names its known end");
        assert_eq!(read("16-17", &["16", "17"])[0].0, strings(&["16-17"]), "a hyphen is no range");
    }

    #[test]
    fn a_citation_carries_spans_in_the_file_and_its_clauses_once() {
        let quoted = clauses(&["21", "22", "23"]);
        let source = "§ \"21–23, 22, 40\"";
        let location = Location { file: 0, span: Span::new(10, 10 + source.len()) };
        let c = CitationRef::new("21–23, 22, 40", location, source, &quoted);
        assert_eq!(c.clauses, vec![0, 1, 2]);
        let first = c.parts[0].numbers[0].span;
        assert_eq!(&source[first.start - 10..first.end - 10], "21");
        let unquoted: Vec<&str> = c.unquoted().map(|n| n.text.as_str()).collect();
        assert_eq!(unquoted, vec!["40"]);
        let escaped = CitationRef::new("2\"2", location, "§ \"2\\\"2\"", &quoted);
        assert_eq!(escaped.parts[0].span, location.span, "escaped text: the whole citation");
    }
}
