//! The words to quote: the one home for what every report, comparison,
//! document and hover shows of a clause. A citation that names its words
//! (`§ "17" «утверждается заместителем директора по УВР»`) is quoted as the
//! sentence around them, the words marked; one that does not is quoted as
//! the sentence of the clause that best matches what is being explained
//! (see [`sentence`]), never a blind prefix. Long sentences are shortened
//! around the words with `…`.

mod normal;
mod sentence;

use std::ops::Range;

use crate::citation::{CitationRef, ClauseId, Occurrences};
use crate::markup;
use crate::model::{Clause, Model};

pub use normal::find;

/// How many characters of a sentence are kept on each side of the words.
const CONTEXT_CHARS: usize = 90;
/// How long a sentence quoted without words may be before it is shortened.
const SENTENCE_CHARS: usize = 240;

/// A passage of a clause on one line: the words a citation names (`marked`,
/// empty when it names none) with the text around them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The text before the words (`…` first when shortened).
    pub before: String,
    /// The citation's words as the clause writes them; empty when the
    /// citation names none.
    pub marked: String,
    /// The text after the words (`…` last when shortened).
    pub after: String,
}

impl Quote {
    /// The passage as plain text (the terminal: nothing marked).
    pub fn plain(&self) -> String {
        format!("{}{}{}", self.before, self.marked, self.after)
    }

    /// The passage in Markdown, the words in bold.
    pub fn markdown(&self) -> String {
        let marked =
            if self.marked.is_empty() { String::new() } else { format!("**{}**", markup::markdown(&self.marked)) };
        format!("{}{marked}{}", markup::markdown(&self.before), markup::markdown(&self.after))
    }

    /// The passage in HTML, the words in `<mark>`.
    pub fn html(&self) -> String {
        let marked =
            if self.marked.is_empty() { String::new() } else { format!("<mark>{}</mark>", markup::html(&self.marked)) };
        format!("{}{marked}{}", markup::html(&self.before), markup::html(&self.after))
    }

    /// The sentences of `text` around `words` (a byte range of it), the
    /// words marked, shortened around them.
    pub fn around(text: &str, words: Range<usize>) -> Quote {
        let sentences = sentence::sentences(text);
        let start = sentences.iter().find(|s| s.end > words.start).map_or(words.start, |s| s.start.min(words.start));
        let end = sentences.iter().rev().find(|s| s.start < words.end).map_or(words.end, |s| s.end.max(words.end));
        Quote {
            before: keep_end(&flat(&text[start..words.start]), CONTEXT_CHARS),
            marked: flat(&text[words.clone()]).trim().to_string(),
            after: keep_start(&flat(&text[words.end..end]), CONTEXT_CHARS),
        }
    }

    /// The sentence of `text` that best matches `hints` (a finding's message
    /// and facts), shortened when very long.
    pub fn best(text: &str, hints: &[&str]) -> Quote {
        let range = sentence::best(text, hints).unwrap_or(0..0);
        Quote {
            before: keep_start(flat(&text[range]).trim(), SENTENCE_CHARS),
            marked: String::new(),
            after: String::new(),
        }
    }
}

impl CitationRef {
    /// The passages to quote for this citation, at most `max` clauses: where
    /// it names words, the sentences around them in each clause holding them;
    /// else the sentence of each clause named that best matches `hints`.
    pub fn quotes<'m>(&self, model: &'m Model, hints: &[&str], max: usize) -> Vec<(&'m Clause, Quote)> {
        let found = self.words.as_ref().map(|w| w.found.as_slice()).unwrap_or_default();
        if !found.is_empty() {
            return found
                .iter()
                .take(max)
                .filter_map(|(c, range)| {
                    model.clauses.get(*c).map(|clause| (clause, Quote::around(&clause.text, range.clone())))
                })
                .collect();
        }
        self.clauses_to_quote(max)
            .into_iter()
            .filter_map(|c| model.clauses.get(c))
            .map(|clause| (clause, Quote::best(&clause.text, hints)))
            .collect()
    }
}

/// How much a citation's named words are preferred to the best-matching sentence
/// of another item's citation of the same text (in matching terms).
const NAMED_WORDS_BONUS: usize = 3;

impl Model {
    /// The passages to quote for a finding or obligation whose citation is
    /// `citation` (its `clause`), explained by `hints` (its message and
    /// facts). When several items write that citation, with different words
    /// or without, the passage that best matches the hints is quoted.
    pub fn quotes(&self, citation: &str, hints: &[&str], max: usize) -> Vec<(&Clause, Quote)> {
        let wanted = sentence::Terms::of(&hints.join(" "));
        let mut best: Option<(usize, &CitationRef)> = None;
        for c in self.citations.iter().filter(|c| c.text == citation && !c.in_test) {
            // Named words compete with the best sentence of an item that names none (a rule
            // and its exception cite the same clause, the finding may rest on either); the
            // words win unless that sentence matches the finding clearly better.
            let score = match c.words.as_ref().filter(|w| !w.found.is_empty()) {
                Some(w) => NAMED_WORDS_BONUS + wanted.score(&sentence::Terms::of(&w.text)),
                None => c
                    .clauses
                    .iter()
                    .filter_map(|id| self.clauses.get(*id))
                    .filter_map(|clause| {
                        sentence::best(&clause.text, hints).map(|s| wanted.score(&sentence::Terms::of(&clause.text[s])))
                    })
                    .max()
                    .unwrap_or(0),
            };
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, c));
            }
        }
        best.map(|(_, c)| c.quotes(self, hints, max)).unwrap_or_default()
    }
}

/// Where `words` occur in each of `clauses`, for a citation's words.
pub(crate) fn occurrences(model: &Model, clauses: &[ClauseId], words: &str) -> Occurrences {
    let wanted = normal::Normal::new(words);
    clauses
        .iter()
        .filter_map(|c| {
            model.clauses.get(*c).and_then(|clause| normal::Normal::new(&clause.text).find(&wanted)).map(|r| (*c, r))
        })
        .collect()
}

/// The sentence of the clause `text` closest to `words` (for a diagnostic
/// whose words are not found), flattened and shortened.
pub(crate) fn closest(text: &str, words: &str) -> String {
    keep_start(flat(&text[sentence::best(text, &[words]).unwrap_or(0..0)]).trim(), SENTENCE_CHARS)
}

/// `text` on one line: runs of white space as one space, a word hyphenated
/// at a line's end (`сло-\nво`) joined. Spaces at the ends are kept (as one).
fn flat(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            space.push(c);
            continue;
        }
        if !space.is_empty() {
            let hyphenated = space.contains('\n')
                && c.is_lowercase()
                && out.ends_with('-')
                && out.chars().rev().nth(1).is_some_and(char::is_alphabetic);
            if hyphenated {
                out.pop();
            } else {
                out.push(' ');
            }
            space.clear();
        }
        out.push(c);
    }
    if !space.is_empty() {
        out.push(' ');
    }
    out
}

/// At most the first `max` characters of `text`, cut at a space, `…` after.
fn keep_start(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if cut[..i].chars().count() > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// At most the last `max` characters of `text`, cut at a space, `…` before.
fn keep_end(text: &str, max: usize) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_string();
    }
    let cut: String = text.chars().skip(count - max).collect();
    let cut = match cut.find(' ') {
        Some(i) if cut[i..].chars().count() > max / 2 => &cut[i + 1..],
        _ => cut.as_str(),
    };
    format!("…{cut}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_are_marked_in_their_sentence() {
        let text = "Первое предложение. Расписание составляется\nв двух экземплярах и утвер-\nждается заместителем директора по УВР. Третье.";
        let q = Quote::around(text, find(text, "утверждается заместителем директора").unwrap_or(0..0));
        assert_eq!(q.before, "Расписание составляется в двух экземплярах и ");
        assert_eq!(q.marked, "утверждается заместителем директора");
        assert_eq!(q.after, " по УВР.");
        assert_eq!(
            q.markdown(),
            "Расписание составляется в двух экземплярах и **утверждается заместителем директора** по УВР."
        );
        assert!(q.html().contains("<mark>утверждается заместителем директора</mark>"));
    }

    #[test]
    fn a_long_sentence_is_shortened_around_the_words() {
        let text = format!("{} ключевые слова {}", "слово ".repeat(40), "слово ".repeat(40));
        let q = Quote::around(&text, find(&text, "ключевые слова").unwrap_or(0..0));
        assert!(q.before.starts_with('…') && q.after.ends_with('…'), "{q:?}");
        assert!(q.plain().chars().count() < 2 * CONTEXT_CHARS + 20);
    }

    #[test]
    fn flat_text_joins_lines_and_hyphenated_words() {
        assert_eq!(flat("a\n  b сло-\nво X-\nY"), "a b слово X- Y");
    }
}
