//! Units and durations: the one home of their words. Every spelling of a
//! duration unit (`day`, `дня`, `неделю`, …) and of a number unit (`h`, `ч`,
//! `%`) that policies and case files accept; reading a unit word; writing an
//! amount with its unit in English or Russian, with the Russian plural form
//! its number asks for (`1 неделя`, `2 недели`, `5 недель`) by CLDR's rules
//! ([`policy_i18n::plural`]).
//!
//! The grammar (`grammar/policy.pest`) repeats the spellings because pest needs
//! them as alternatives; a test checks that the two lists agree.

use crate::ast::{Duration, DurationUnit, NumberUnit};
use crate::KeywordLanguage;
use policy_i18n::{plural, Lang, Plural};

/// The words of one duration unit.
#[derive(Debug, Clone, Copy)]
pub struct DurationWords {
    /// The unit.
    pub unit: DurationUnit,
    /// English singular and plural (`day`, `days`).
    pub english: [&'static str; 2],
    /// Russian forms after a number: one, few, many (`день`, `дня`, `дней`).
    pub russian: [&'static str; 3],
    /// Further accepted spellings (the accusative `неделю`: `1 неделю`).
    pub other: &'static [&'static str],
}

impl DurationWords {
    /// Every spelling of this unit, English first.
    pub fn spellings(&self) -> impl Iterator<Item = &'static str> {
        self.english.into_iter().chain(self.russian).chain(self.other.iter().copied())
    }
}

/// The duration units with all their spellings.
pub const DURATION_UNITS: [DurationWords; 4] = [
    DurationWords {
        unit: DurationUnit::Days, english: ["day", "days"], russian: ["день", "дня", "дней"], other: &[]
    },
    DurationWords {
        unit: DurationUnit::Weeks,
        english: ["week", "weeks"],
        russian: ["неделя", "недели", "недель"],
        other: &["неделю"],
    },
    DurationWords {
        unit: DurationUnit::Months,
        english: ["month", "months"],
        russian: ["месяц", "месяца", "месяцев"],
        other: &[],
    },
    DurationWords {
        unit: DurationUnit::WorkingDays,
        english: ["working day", "working days"],
        russian: ["рабочий день", "рабочих дня", "рабочих дней"],
        other: &[],
    },
];

/// The words of one number unit.
#[derive(Debug, Clone, Copy)]
pub struct NumberUnitWords {
    /// The unit.
    pub unit: NumberUnit,
    /// Its English spelling.
    pub english: &'static str,
    /// Its Russian spelling.
    pub russian: &'static str,
}

/// The number units with their spellings.
pub const NUMBER_UNITS: [NumberUnitWords; 2] = [
    NumberUnitWords { unit: NumberUnit::Hours, english: "h", russian: "ч" },
    NumberUnitWords { unit: NumberUnit::Percent, english: "%", russian: "%" },
];

/// The words of a duration unit.
pub fn duration_words(unit: DurationUnit) -> &'static DurationWords {
    match unit {
        DurationUnit::Days => &DURATION_UNITS[0],
        DurationUnit::Weeks => &DURATION_UNITS[1],
        DurationUnit::Months => &DURATION_UNITS[2],
        DurationUnit::WorkingDays => &DURATION_UNITS[3],
    }
}

/// The duration unit a word spells, in either language and any form.
pub fn parse_duration_unit(word: &str) -> Option<DurationUnit> {
    DURATION_UNITS.iter().find(|w| w.spellings().any(|s| s == word)).map(|w| w.unit)
}

/// The number unit a word spells (`h`, `ч`, `%`).
pub fn parse_number_unit(word: &str) -> Option<NumberUnit> {
    NUMBER_UNITS.iter().find(|w| w.english == word || w.russian == word).map(|w| w.unit)
}

/// A duration as a case file or a policy writes it (`7 days`, `2 недели`):
/// a non-negative whole number, whitespace, a unit word. Working days are not
/// a case file's duration (a case states dates; the policy counts working days).
pub fn parse_duration(text: &str) -> Option<Duration> {
    let mut parts = text.split_whitespace();
    let amount: i64 = parts.next()?.parse().ok()?;
    let unit = parse_duration_unit(parts.next()?)?;
    if parts.next().is_some() || amount < 0 {
        return None;
    }
    Some(Duration { amount, unit })
}

/// Every duration unit's spellings for a message: `days, weeks, months,
/// working days (дней, недель, месяцев, рабочих дней)`.
pub fn known_duration_units() -> String {
    let english: Vec<&str> = DURATION_UNITS.iter().map(|w| w.english[1]).collect();
    let russian: Vec<&str> = DURATION_UNITS.iter().map(|w| w.russian[2]).collect();
    format!("{} ({})", english.join(", "), russian.join(", "))
}

/// The number unit in `language`.
pub fn number_unit_word(unit: NumberUnit, language: KeywordLanguage) -> &'static str {
    let words = match unit {
        NumberUnit::Hours => &NUMBER_UNITS[0],
        NumberUnit::Percent => &NUMBER_UNITS[1],
    };
    match language {
        KeywordLanguage::English => words.english,
        KeywordLanguage::Russian => words.russian,
    }
}

/// The duration unit after the number `n`, in `language` (`1 day`, `2 days`;
/// `1 день`, `2 дня`, `5 дней`).
pub fn duration_unit_word(unit: DurationUnit, n: i64, language: KeywordLanguage) -> &'static str {
    let words = duration_words(unit);
    match language {
        KeywordLanguage::English => match plural(Lang::En, n) {
            Plural::ONE => words.english[0],
            _ => words.english[1],
        },
        KeywordLanguage::Russian => match plural(Lang::Ru, n) {
            Plural::ONE => words.russian[0],
            Plural::FEW => words.russian[1],
            _ => words.russian[2],
        },
    }
}

/// A duration written out in `language` (`7 days`, `2 месяца`).
pub fn write_duration(d: Duration, language: KeywordLanguage) -> String {
    format!("{} {}", d.amount, duration_unit_word(d.unit, d.amount, language))
}

/// A period written out in Russian (`каждый месяц`, `каждые 2 недели`, `каждые 14 дней`).
pub fn write_every_russian(d: Duration) -> String {
    match (d.amount, d.unit) {
        (1, DurationUnit::Days) => "каждый день".into(),
        (1, DurationUnit::Weeks) => "каждую неделю".into(),
        (1, DurationUnit::Months) => "каждый месяц".into(),
        (3, DurationUnit::Months) => "каждый квартал (3 месяца)".into(),
        (12, DurationUnit::Months) => "каждый год".into(),
        _ => format!("каждые {}", write_duration(d, KeywordLanguage::Russian)),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use KeywordLanguage::{English, Russian};

    #[test]
    fn russian_units_agree_with_their_number() {
        let weeks: Vec<String> = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 0, -1, -2, -5, 101, 111]
            .map(|n| write_duration(Duration { amount: n, unit: DurationUnit::Weeks }, Russian))
            .into();
        assert_eq!(
            weeks,
            [
                "1 неделя",
                "2 недели",
                "4 недели",
                "5 недель",
                "11 недель",
                "12 недель",
                "14 недель",
                "21 неделя",
                "22 недели",
                "25 недель",
                "0 недель",
                "-1 неделя",
                "-2 недели",
                "-5 недель",
                "101 неделя",
                "111 недель"
            ]
        );
        assert_eq!(duration_unit_word(DurationUnit::Days, 3, Russian), "дня");
        assert_eq!(duration_unit_word(DurationUnit::Months, 5, Russian), "месяцев");
        let working = |n| write_duration(Duration { amount: n, unit: DurationUnit::WorkingDays }, Russian);
        assert_eq!(
            [working(1), working(3), working(5), working(21)],
            ["1 рабочий день", "3 рабочих дня", "5 рабочих дней", "21 рабочий день"]
        );
        assert_eq!(write_duration(Duration { amount: 1, unit: DurationUnit::WorkingDays }, English), "1 working day");
    }

    #[test]
    fn english_units_are_singular_only_for_one() {
        assert_eq!(duration_unit_word(DurationUnit::Days, 1, English), "day");
        assert_eq!(duration_unit_word(DurationUnit::Days, 0, English), "days");
        assert_eq!(write_duration(Duration { amount: 2, unit: DurationUnit::Months }, English), "2 months");
        assert_eq!(number_unit_word(NumberUnit::Hours, Russian), "ч");
        assert_eq!(number_unit_word(NumberUnit::Percent, English), "%");
    }

    #[test]
    fn every_spelling_reads_back_as_its_unit() {
        for words in &DURATION_UNITS {
            for s in words.spellings() {
                assert_eq!(parse_duration_unit(s), Some(words.unit), "{s}");
            }
        }
        assert_eq!(parse_duration("2 месяца"), Some(Duration { amount: 2, unit: DurationUnit::Months }));
        assert_eq!(parse_duration("1 неделю"), Some(Duration { amount: 1, unit: DurationUnit::Weeks }));
        assert_eq!(parse_duration("-1 day"), None);
        assert_eq!(parse_duration("2 fortnights"), None);
        assert_eq!(parse_duration("5 рабочих дней"), None, "a case file states dates, not working days");
        assert_eq!(parse_duration("2 days later"), None);
        assert_eq!(parse_number_unit("ч"), Some(NumberUnit::Hours));
        assert_eq!(parse_number_unit("hours"), None);
    }

    /// The quoted alternatives of the grammar rule `name`.
    fn grammar_spellings(name: &str) -> BTreeSet<String> {
        const GRAMMAR: &str = include_str!("../grammar/policy.pest");
        let prefix = format!("{name} ");
        let line = GRAMMAR.lines().find(|l| l.starts_with(&prefix)).unwrap_or_else(|| panic!("no rule {name}"));
        line.split('"').skip(1).step_by(2).map(str::to_string).collect()
    }

    #[test]
    fn the_grammar_accepts_exactly_the_spellings_of_the_table() {
        for (rule, unit) in [
            ("unit_days", DurationUnit::Days),
            ("unit_weeks", DurationUnit::Weeks),
            ("unit_months", DurationUnit::Months),
            ("unit_working_days", DurationUnit::WorkingDays),
        ] {
            let table: BTreeSet<String> = duration_words(unit).spellings().map(str::to_string).collect();
            assert_eq!(grammar_spellings(rule), table, "grammar rule {rule} and units::DURATION_UNITS disagree");
        }
        let table: BTreeSet<String> =
            NUMBER_UNITS.iter().flat_map(|w| [w.english, w.russian]).map(str::to_string).collect();
        assert_eq!(grammar_spellings("unit"), table, "grammar rule unit and units::NUMBER_UNITS disagree");
    }
}
