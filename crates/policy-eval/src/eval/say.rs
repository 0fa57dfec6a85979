//! The evaluator's own words, kept as [`Message`]s: said in the reader's language where a
//! report is rendered, in Russian in the JSON report. The words themselves live in
//! `policy-i18n`'s `locales/<lang>/eval.ftl`; this module builds the pieces every finding
//! and fact shares (names, durations, citations, values of facts).

use policy_check::model::CitationRef;
use policy_i18n::{msg, Message};
use policy_syntax::ast::Duration;
use policy_syntax::units;
use policy_syntax::KeywordLanguage;

/// A name as a reader of the language reads it: the title the policy gives it in Russian,
/// its identifier in English (the model has no English titles).
pub(super) fn named(title: Option<&str>, name: &str) -> Message {
    russian_or_identifier(title.map(str::to_owned), name)
}

/// A name by its title in quotes in Russian (`«нагрузка в пределах СанПиН»`), by its
/// identifier in English.
pub(super) fn quoted(title: Option<&str>, name: &str) -> Message {
    russian_or_identifier(title.map(|title| format!("«{title}»")), name)
}

/// A name by its title in quotes with its identifier in Russian (`«действительно до»
/// (documents.medical_certificate.valid_until)`, [`crate::titles::titled`]), by its
/// identifier in English.
pub(super) fn titled(title: Option<&str>, name: &str) -> Message {
    russian_or_identifier(title.map(|title| crate::titles::titled(title, name)), name)
}

/// `russian` in Russian and the identifier `name` in English; `name` in both without it.
fn russian_or_identifier(russian: Option<String>, name: &str) -> Message {
    match russian {
        Some(russian) => Message::each(russian, name.to_owned()),
        None => Message::from(name.to_owned()),
    }
}

/// A duration in each keyword language (`7 дней`, `7 days`).
pub(super) fn duration(d: Duration) -> Message {
    Message::each(
        units::write_duration(d, KeywordLanguage::Russian),
        units::write_duration(d, KeywordLanguage::English),
    )
}

/// A period (`каждые 2 недели`, `every 2 weeks`).
pub(super) fn every(d: Duration) -> Message {
    let en = match d.amount {
        1 => units::duration_unit_word(d.unit, 1, KeywordLanguage::English).to_owned(),
        _ => units::write_duration(d, KeywordLanguage::English),
    };
    Message::each(units::write_every_russian(d), format!("every {en}"))
}

/// A citation as a lawyer writes it: `п. 16`, `пп. 1.2, 2.9`, `пп. 21–23` (`cl. 16`,
/// `cls. 1.2, 2.9` in English), `Приложение 3` (a citation that does not start with a
/// number is written as it is). "пп." when the checked citation names more than one number.
pub(crate) fn cite(citation: &CitationRef) -> Message {
    let text = citation.text.clone();
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        Message::from(text)
    } else if citation.numbers().nth(1).is_some() {
        msg!("eval-cite-many", text = text)
    } else {
        msg!("eval-cite-one", text = text)
    }
}

/// A fact `name = value`, in the notation of the JSON report in every language (the
/// commonest fact: written without a lookup of words).
pub(super) fn equals(name: &str, value: Message) -> Message {
    match value {
        Message::Text(value) => Message::from(format!("{name} = {value}")),
        value => Message::list(vec![Message::from(name.to_owned()), value], " = "),
    }
}

/// Yes or no, as a fact's value: the words of the report's own yes and no.
pub(super) fn yes_no(b: bool) -> Message {
    if b {
        msg!("report-yes")
    } else {
        msg!("report-no")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use policy_i18n::Lang;
    use policy_syntax::ast::DurationUnit;

    #[test]
    fn durations_and_periods_are_said_in_each_language() {
        let two_weeks = Duration { amount: 2, unit: DurationUnit::Weeks };
        assert_eq!(duration(two_weeks).render(Lang::Ru), "2 недели");
        assert_eq!(duration(two_weeks).render(Lang::En), "2 weeks");
        assert_eq!(every(two_weeks).render(Lang::Ru), "каждые 2 недели");
        assert_eq!(every(two_weeks).render(Lang::En), "every 2 weeks");
        let month = Duration { amount: 1, unit: DurationUnit::Months };
        assert_eq!(every(month).render(Lang::En), "every month");
    }

    #[test]
    fn a_name_is_its_title_in_russian_and_its_identifier_in_english() {
        let name = named(Some("медицинское заключение"), "medical_certificate");
        assert_eq!(name.render(Lang::Ru), "медицинское заключение");
        assert_eq!(name.render(Lang::En), "medical_certificate");
        assert_eq!(named(None, "other").render(Lang::Ru), "other");
    }
}
