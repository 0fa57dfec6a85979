//! The sentences of a clause and which of them best matches a finding.
//!
//! A clause is cut at line breaks (list items and the lines of a table stand
//! on their own), at `;` and at the end of a sentence (`. ` before a capital
//! letter, unless the word before the full stop is a short abbreviation such
//! as `г.`, `п.`, `ст.`, `т.д.`). A sentence's score against a finding is the
//! number of the finding's words and numbers it contains (numbers count
//! twice: grades, hours and days decide); Roman numerals count as numbers and
//! a range `V - VIII` as every number in it, so that a grade-5 pupil's
//! finding (`5 класса`, `10 ч`) matches «В V - VIII классах - до 10 часов».
//! The best-scoring sentence wins, the first one on a tie.

use std::collections::HashSet;
use std::ops::Range;

/// The longest range of numbers a written range (`I - XI`) stands for.
const LONGEST_RANGE: u32 = 12;
/// Words are compared by their first this many letters (a crude stem that
/// lets «класса» meet «классах»).
const STEM: usize = 5;
/// Words shorter than this are not compared (prepositions, conjunctions).
const SHORTEST_WORD: usize = 4;

/// The marks that open a list item (left out of the item's sentence).
const LIST_MARKS: [char; 4] = ['-', '–', '—', '•'];

/// The byte ranges of the sentences of `text`, each trimmed and without a
/// list item's mark, none empty.
pub(crate) fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let push = |from: usize, to: usize, out: &mut Vec<Range<usize>>| {
        let piece = &text[from..to];
        let unmarked = piece.trim_start().trim_start_matches(LIST_MARKS).trim_start();
        let lead = piece.len() - unmarked.len();
        let trimmed = unmarked.trim_end();
        if !trimmed.is_empty() {
            out.push(from + lead..from + lead + trimmed.len());
        }
    };
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        let cut = match c {
            '\n' => breaks_line(text, at),
            ';' => true,
            '.' => ends_sentence(text, at),
            _ => false,
        };
        if cut {
            push(start, end, &mut out);
            start = end;
        }
    }
    push(start, text.len(), &mut out);
    out
}

/// Whether the line break at `at` ends a passage: the next line starts with
/// no lower-case letter (a list item, a table's line, a new sentence), or the
/// line ends with `.`, `;` or `:`. A lower-case letter after a line break
/// continues a text wrapped by hand.
fn breaks_line(text: &str, at: usize) -> bool {
    let next = text[at + 1..].trim_start();
    let ended = text[..at].trim_end().ends_with(['.', ';', ':']);
    ended || !next.starts_with(char::is_lowercase)
}

/// Whether the full stop at `at` ends a sentence: white space and a capital
/// letter follow, and the word before it is no short abbreviation.
fn ends_sentence(text: &str, at: usize) -> bool {
    let after = &text[at + 1..];
    let next = after.trim_start();
    if next.len() == after.len() || !next.starts_with(char::is_uppercase) {
        return false;
    }
    let word: String = text[..at].chars().rev().take_while(|c| c.is_alphabetic() || *c == '.').collect();
    let abbreviation = !word.is_empty() && word.chars().count() <= 3 && word.chars().all(|c| !c.is_uppercase());
    !abbreviation
}

/// What a text is compared by: stems of its words and its numbers.
#[derive(Default)]
pub(crate) struct Terms {
    words: HashSet<String>,
    numbers: HashSet<u32>,
}

impl Terms {
    /// The terms of `text` (Roman numerals and ranges read as numbers).
    pub(crate) fn of(text: &str) -> Terms {
        let mut terms = Terms::default();
        let tokens = tokens(text);
        let mut i = 0;
        while i < tokens.len() {
            match &tokens[i] {
                Token::Number(a) => {
                    if let (Some(Token::Dash), Some(Token::Number(b))) = (tokens.get(i + 1), tokens.get(i + 2)) {
                        if a < b && b - a <= LONGEST_RANGE {
                            terms.numbers.extend(*a..=*b);
                            i += 3;
                            continue;
                        }
                    }
                    terms.numbers.insert(*a);
                }
                Token::Word(w) => {
                    terms.words.insert(w.clone());
                }
                Token::Dash => {}
            }
            i += 1;
        }
        terms
    }

    /// How well `other` (a sentence) matches these terms (a finding's).
    pub(crate) fn score(&self, other: &Terms) -> usize {
        self.words.intersection(&other.words).count() + 2 * self.numbers.intersection(&other.numbers).count()
    }
}

/// A word, number or dash of a text.
enum Token {
    Word(String),
    Number(u32),
    Dash,
}

/// The tokens of `text`: words (stemmed, lower case), numbers (Arabic, or
/// Roman in capitals), dashes.
fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<Token>| {
        if word.is_empty() {
            return;
        }
        if let Ok(n) = word.parse::<u32>() {
            out.push(Token::Number(n));
        } else if let Some(n) = roman(word) {
            out.push(Token::Number(n));
        } else if word.chars().count() >= SHORTEST_WORD {
            let stem: String = word.chars().take(STEM).flat_map(char::to_lowercase).collect();
            out.push(Token::Word(stem.replace('ё', "е")));
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            // A digit after letters (or letters after digits) starts a new token.
            if word.chars().last().is_some_and(|p| p.is_ascii_digit() != c.is_ascii_digit()) {
                flush(&mut word, &mut out);
            }
            word.push(c);
            continue;
        }
        flush(&mut word, &mut out);
        if matches!(c, '-' | '–' | '—') {
            out.push(Token::Dash);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The value of a Roman numeral written in capitals (`VIII`), up to 39.
fn roman(word: &str) -> Option<u32> {
    if word.is_empty() || word.len() > 6 || !word.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return None;
    }
    let value = |c: char| match c {
        'I' => 1,
        'V' => 5,
        _ => 10,
    };
    let chars: Vec<u32> = word.chars().map(value).collect();
    let mut total = 0;
    for (i, v) in chars.iter().enumerate() {
        match chars.get(i + 1) {
            Some(next) if next > v => total -= *v as i64,
            _ => total += *v as i64,
        }
    }
    u32::try_from(total).ok().filter(|n| *n > 0)
}

/// The sentence of `text` that best matches `hints` (a finding's message and
/// the facts that decided it); the first sentence when nothing matches;
/// `None` for a blank text.
pub(crate) fn best(text: &str, hints: &[&str]) -> Option<Range<usize>> {
    let all = sentences(text);
    let wanted = Terms::of(&hints.join(" "));
    let mut best: Option<(usize, Range<usize>)> = None;
    for s in all {
        let score = wanted.score(&Terms::of(&text[s.clone()]));
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, s));
        }
    }
    best.map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    const P16: &str = "Недельная учебная нагрузка определяется в объеме:\nВ I - IV классах - до 8 часов;\nВ V - VIII классах - до 10 часов;\nВ IX классах - до 11 часов;\nВ X - XI классах - до 12 часов.\nПри наличии финансовых возможностей нагрузка может быть увеличена.";

    fn texts(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn clauses_are_cut_at_lines_semicolons_and_sentence_ends() {
        assert_eq!(
            texts("Журналы хранятся в г. Мурманске, т.д. Далее. Отметки переносятся; и всё"),
            vec!["Журналы хранятся в г. Мурманске, т.д. Далее.", "Отметки переносятся;", "и всё"]
        );
        assert_eq!(texts(P16).len(), 6);
        assert_eq!(
            texts("Расписание составляется\nв двух экземплярах.\n- пункт"),
            vec!["Расписание составляется\nв двух экземплярах.", "пункт"]
        );
    }

    #[test]
    fn a_grade_five_finding_matches_the_five_to_eight_line() {
        let hints = ["Недельная нагрузка 14 ч превышает предел 10 ч для 5 класса", "pupil.grade = 5"];
        let best = best(P16, &hints).map(|r| &P16[r]);
        assert_eq!(best, Some("В V - VIII классах - до 10 часов;"));
        let tenth = best_of(&["предел 12 ч для 10 класса"]);
        assert_eq!(tenth, "В X - XI классах - до 12 часов.");
    }

    fn best_of(hints: &[&str]) -> &'static str {
        best(P16, hints).map_or("", |r| &P16[r])
    }

    #[test]
    fn nothing_in_common_gives_the_first_sentence() {
        assert_eq!(best_of(&["zzz"]), "Недельная учебная нагрузка определяется в объеме:");
        assert_eq!(best("  ", &["x"]), None);
    }

    #[test]
    fn roman_numerals_are_read() {
        let read: Vec<Option<u32>> =
            ["I", "IV", "VIII", "IX", "XI", "XIV", "IIV", "Ivan"].iter().map(|w| roman(w)).collect();
        assert_eq!(read[..6], [Some(1), Some(4), Some(8), Some(9), Some(11), Some(14)]);
        assert_eq!(read[7], None);
    }
}
