//! Units in both languages: hours and the duration units with the plural form
//! their number asks for (`1 день`, `2 дня`, `5 дней`; `1 day`, `2 days`).

use policy_syntax::ast::{DurationUnit, Period};
use policy_syntax::{Keyword, KeywordLanguage};

/// The hours unit in `language`.
pub(crate) fn hours(language: KeywordLanguage) -> &'static str {
    match language {
        KeywordLanguage::English => "h",
        KeywordLanguage::Russian => "ч",
    }
}

/// The language a unit or keyword is written in.
pub(crate) fn language_of(written: &str) -> KeywordLanguage {
    Keyword::language_of(written)
}

/// The form of a Russian noun after the number `n`: `one` (1, 21), `few` (2–4, 22–24)
/// or `many` (0, 5–20, 25–30).
fn russian_plural(n: i64, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
    let n = n.unsigned_abs();
    let (last, last_two) = (n % 10, n % 100);
    if (11..=14).contains(&last_two) {
        many
    } else if last == 1 {
        one
    } else if (2..=4).contains(&last) {
        few
    } else {
        many
    }
}

/// The duration unit after the number `n`, in `language`.
pub(crate) fn duration_unit(unit: DurationUnit, n: i64, language: KeywordLanguage) -> &'static str {
    match language {
        KeywordLanguage::English => {
            let one = n == 1;
            match unit {
                DurationUnit::Days if one => "day",
                DurationUnit::Days => "days",
                DurationUnit::Weeks if one => "week",
                DurationUnit::Weeks => "weeks",
                DurationUnit::Months if one => "month",
                DurationUnit::Months => "months",
            }
        }
        KeywordLanguage::Russian => match unit {
            DurationUnit::Days => russian_plural(n, "день", "дня", "дней"),
            DurationUnit::Weeks => russian_plural(n, "неделя", "недели", "недель"),
            DurationUnit::Months => russian_plural(n, "месяц", "месяца", "месяцев"),
        },
    }
}

/// `every` in `language`, agreeing in Russian with what follows it: `каждую неделю`,
/// `каждый квартал`, `каждые 14 дней`.
pub(crate) fn every(period: Option<Period>, language: KeywordLanguage) -> &'static str {
    match (language, period) {
        (KeywordLanguage::English, _) => "every",
        (KeywordLanguage::Russian, Some(Period::Week)) => "каждую",
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use KeywordLanguage::{English, Russian};

    #[test]
    fn russian_units_agree_with_their_number() {
        let days: Vec<&str> =
            [1, 2, 4, 5, 11, 14, 21, 22, 25, 101, 111].map(|n| duration_unit(DurationUnit::Days, n, Russian)).into();
        assert_eq!(days, ["день", "дня", "дня", "дней", "дней", "дней", "день", "дня", "дней", "день", "дней"]);
        assert_eq!(duration_unit(DurationUnit::Weeks, 1, Russian), "неделя");
        assert_eq!(duration_unit(DurationUnit::Weeks, 2, Russian), "недели");
        assert_eq!(duration_unit(DurationUnit::Weeks, 5, Russian), "недель");
        assert_eq!(duration_unit(DurationUnit::Months, 1, Russian), "месяц");
        assert_eq!(duration_unit(DurationUnit::Months, 2, Russian), "месяца");
        assert_eq!(duration_unit(DurationUnit::Months, 5, Russian), "месяцев");
    }

    #[test]
    fn english_units_are_singular_only_for_one() {
        assert_eq!(duration_unit(DurationUnit::Days, 1, English), "day");
        assert_eq!(duration_unit(DurationUnit::Days, 0, English), "days");
        assert_eq!(duration_unit(DurationUnit::Months, 2, English), "months");
    }

    #[test]
    fn russian_every_agrees_with_its_period() {
        assert_eq!(every(Some(Period::Quarter), Russian), "каждый");
        assert_eq!(every(Some(Period::Week), Russian), "каждую");
        assert_eq!(every(None, Russian), "каждые");
        assert_eq!(every(Some(Period::Week), English), "every");
    }
}
