//! Rewrites a file's keywords into the other keyword language, leaving every
//! other byte (names, strings, clause texts, comments, layout) as it is.

use crate::ast::File;
use crate::keywords::{Keyword, KeywordLanguage};

/// The spelling of `keyword` in `language`, given the keywords around it
/// (Russian `every` agrees with its period: `каждый квартал`, `каждую неделю`,
/// `каждые 14 дней`; `schema` after `extend` is in the accusative: `дополнить схему`).
fn spelling(
    keyword: Keyword,
    previous: Option<Keyword>,
    next: Option<Keyword>,
    language: KeywordLanguage,
) -> &'static str {
    if keyword == Keyword::Schema && previous == Some(Keyword::Extend) {
        return Keyword::extended_schema(language);
    }
    if keyword == Keyword::Every && language == KeywordLanguage::Russian {
        return match next {
            Some(Keyword::Week | Keyword::Term) => "каждую",
            Some(Keyword::Quarter | Keyword::Trimester | Keyword::Year | Keyword::Month) => "каждый",
            _ => "каждые",
        };
    }
    keyword.spelling(language)
}

/// `text` with every keyword of `file` (its parse) written in `language`.
pub fn convert_keywords(text: &str, file: &File, language: KeywordLanguage) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut last = 0;
    for (i, (span, keyword)) in file.keywords.iter().enumerate() {
        if span.start < last || span.end > text.len() {
            continue;
        }
        out.push_str(&text[last..span.start]);
        let next = file.keywords.get(i + 1).map(|(_, k)| *k);
        let previous = i.checked_sub(1).and_then(|p| file.keywords.get(p)).map(|(_, k)| *k);
        out.push_str(spelling(*keyword, previous, next, language));
        last = span.end;
    }
    out.push_str(&text[last..]);
    out
}

/// The keyword language most of a file's keywords are written in (English when none).
pub fn dominant_language(text: &str, file: &File) -> KeywordLanguage {
    let russian =
        file.keywords.iter().filter(|(span, _)| text.get(span.start..span.end).is_some_and(|w| !w.is_ascii())).count();
    if russian * 2 > file.keywords.len() {
        KeywordLanguage::Russian
    } else {
        KeywordLanguage::English
    }
}
