//! Comparing a citation's words with a clause's text: both are normalised
//! (case, «ё», white space and line breaks, hyphenation, dashes, quotes) and
//! the words are looked for in the clause, the match mapped back to the
//! clause's own text.

use std::ops::Range;

/// A text normalised for comparison, with the offset in the original text of
/// every normalised character.
pub(crate) struct Normal {
    /// The normalised characters.
    chars: Vec<char>,
    /// For each normalised character, its byte range in the original text.
    origin: Vec<Range<usize>>,
}

/// The normal form of one character: lower case, «е» for «ё», one dash, one
/// quote mark; `None` for white space.
fn fold(c: char) -> Option<char> {
    match c {
        c if c.is_whitespace() => None,
        'ё' | 'Ё' => Some('е'),
        '–' | '—' | '‑' | '‐' | '−' => Some('-'),
        '«' | '»' | '“' | '”' | '„' | '"' => Some('"'),
        c => Some(c.to_lowercase().next().unwrap_or(c)),
    }
}

impl Normal {
    /// `text` normalised: any run of white space is one space (none at the
    /// ends), and a word broken at a line's end with a hyphen (`сло-\nво`) is
    /// one word.
    pub(crate) fn new(text: &str) -> Normal {
        let mut chars: Vec<char> = Vec::with_capacity(text.len());
        let mut origin: Vec<Range<usize>> = Vec::with_capacity(text.len());
        let mut iter = text.char_indices().peekable();
        let mut space: Option<Range<usize>> = None;
        while let Some((at, c)) = iter.next() {
            let end = at + c.len_utf8();
            let Some(folded) = fold(c) else {
                let run = space.get_or_insert(at..end);
                run.end = end;
                continue;
            };
            if folded == '-' && chars.last().is_some_and(|p| p.is_alphabetic()) && space.is_none() {
                // A hyphen at a line's end between letters: the word goes on.
                let rest = &text[end..];
                let gap = rest.len() - rest.trim_start().len();
                if rest[..gap].contains('\n') && rest[gap..].starts_with(char::is_lowercase) {
                    while iter.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                        iter.next();
                    }
                    continue;
                }
            }
            if let Some(run) = space.take() {
                if !chars.is_empty() {
                    chars.push(' ');
                    origin.push(run);
                }
            }
            chars.push(folded);
            origin.push(at..end);
        }
        Normal { chars, origin }
    }

    /// The byte range in the original text of the first occurrence of
    /// `words` (normalised too); `None` when they do not occur or are blank.
    pub(crate) fn find(&self, words: &Normal) -> Option<Range<usize>> {
        let n = words.chars.len();
        if n == 0 || n > self.chars.len() {
            return None;
        }
        let at = self.chars.windows(n).position(|w| w == words.chars.as_slice())?;
        Some(self.origin[at].start..self.origin[at + n - 1].end)
    }
}

/// Where `words` occur in `text`, ignoring case, «ё», line breaks, white
/// space, hyphenation, the kind of dash and of quote mark.
pub fn find(text: &str, words: &str) -> Option<Range<usize>> {
    Normal::new(text).find(&Normal::new(words))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, words: &str) -> Option<&'a str> {
        find(text, words).map(|r| &text[r])
    }

    #[test]
    fn case_white_space_and_line_breaks_are_ignored() {
        let text = "Расписание  утверждается\nзаместителем Директора по УВР.";
        assert_eq!(found(text, "утверждается заместителем директора"), Some("утверждается\nзаместителем Директора"));
        assert_eq!(found(text, "  по   увр "), Some("по УВР"));
    }

    #[test]
    fn hyphenation_yo_dashes_and_quotes_are_equal() {
        assert_eq!(found("утвер-\n  ждается приказом", "утверждается"), Some("утвер-\n  ждается"));
        assert_eq!(found("учёта успеваемости", "учета"), Some("учёта"));
        assert_eq!(found("В V - VIII классах", "V – VIII"), Some("V - VIII"));
        assert_eq!(found("Закона «Об образовании»", "\"Об образовании\""), Some("«Об образовании»"));
        assert_eq!(found("учителя-предметники", "учителяпредметники"), None, "a hyphen inside a line stays");
    }

    #[test]
    fn absent_or_blank_words_are_not_found() {
        assert_eq!(found("До 8 часов", "до 9 часов"), None);
        assert_eq!(found("До 8 часов", "  "), None);
        assert_eq!(found("", "x"), None);
    }
}
