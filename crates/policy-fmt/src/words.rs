//! Formatter-specific words: `every` agreeing with its period and the keyword
//! of a named period. The unit words themselves live in [`policy_syntax::units`].

use policy_syntax::ast::Period;
use policy_syntax::{Keyword, KeywordLanguage};

/// The language a unit or keyword is written in.
pub(crate) fn language_of(written: &str) -> KeywordLanguage {
    Keyword::language_of(written)
}

/// `every` in `language`, agreeing in Russian with what follows it: `каждую неделю`,
/// `каждый квартал`, `каждые 14 дней`.
pub(crate) fn every(period: Option<Period>, language: KeywordLanguage) -> &'static str {
    match (language, period) {
        (KeywordLanguage::English, _) => "every",
        (KeywordLanguage::Russian, Some(Period::Week | Period::Term)) => "каждую",
        (KeywordLanguage::Russian, Some(_)) => "каждый",
        (KeywordLanguage::Russian, None) => "каждые",
    }
}

/// The keyword of a named period.
pub(crate) fn period_keyword(period: Period) -> Keyword {
    match period {
        Period::Quarter => Keyword::Quarter,
        Period::Trimester => Keyword::Trimester,
        Period::Year => Keyword::Year,
        Period::Month => Keyword::Month,
        Period::Week => Keyword::Week,
        Period::Term => Keyword::Term,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use KeywordLanguage::{English, Russian};

    #[test]
    fn russian_every_agrees_with_its_period() {
        assert_eq!(every(Some(Period::Quarter), Russian), "каждый");
        assert_eq!(every(Some(Period::Week), Russian), "каждую");
        assert_eq!(every(None, Russian), "каждые");
        assert_eq!(every(Some(Period::Week), English), "every");
    }
}
