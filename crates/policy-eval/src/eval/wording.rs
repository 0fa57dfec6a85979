//! Russian wording: values as a lawyer reads them, durations and periods
//! with their plural forms, citations of clauses.

use std::fmt::Write as _;

use policy_check::model::{CitationRef, ListId, Model, Value};
use policy_syntax::ast::Duration;
use policy_syntax::units;
use policy_syntax::KeywordLanguage;

/// A value as a lawyer reads it.
pub(super) fn format_value(model: &Model, v: &Value, elem_name: &dyn Fn(ListId, u32) -> String) -> String {
    let mut out = String::new();
    write_value(&mut out, model, v, elem_name);
    out
}

/// Writes a value as a lawyer reads it.
pub(super) fn write_value(out: &mut String, model: &Model, v: &Value, elem_name: &dyn Fn(ListId, u32) -> String) {
    match v {
        Value::Null => out.push('—'),
        Value::Bool(true) => out.push_str("да"),
        Value::Bool(false) => out.push_str("нет"),
        Value::Number(n) if n.is_zero() => out.push('0'),
        Value::Number(n) => {
            let _ = write!(out, "{}", n.normalize());
        }
        Value::Text(t) => out.push_str(t),
        Value::Date(d) => {
            let _ = write!(out, "{d}");
        }
        Value::Duration(d) => out.push_str(&duration_ru(*d)),
        Value::Symbol(s) => out.push_str(model.symbol_name(*s)),
        Value::Range(a, b) => {
            let _ = write!(out, "{a}..{b}");
        }
        Value::Interval(a, b) => {
            let _ = write!(out, "{a} — {b}");
        }
        Value::List(items) if items.is_empty() => out.push_str("[]"),
        Value::List(items) => {
            for (k, i) in items.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                write_value(out, model, i, elem_name);
            }
        }
        Value::Elements(_, idx) if idx.is_empty() => out.push_str("нет"),
        Value::Elements(l, idx) => {
            for (k, i) in idx.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                out.push_str(&elem_name(*l, *i));
            }
        }
        Value::Element(l, i) => out.push_str(&elem_name(*l, *i)),
    }
}

/// A value inside a sentence of Russian text (a policy's message, a
/// document's requirement): numbers and dates written the Russian way
/// (`10,25`, `01.09.2025`), enumeration values by their titles (`ОВЗ`),
/// lists of them joined with commas; other values as [`write_value`].
pub(super) fn write_words(out: &mut String, model: &Model, v: &Value, elem_name: &dyn Fn(ListId, u32) -> String) {
    let lang = policy_i18n::Lang::Ru;
    match v {
        Value::Number(n) => out.push_str(&policy_i18n::decimal(lang, n)),
        Value::Date(d) => out.push_str(&policy_i18n::date(lang, *d)),
        Value::Interval(a, b) => {
            let _ = write!(out, "{} — {}", policy_i18n::date(lang, *a), policy_i18n::date(lang, *b));
        }
        Value::Symbol(s) => {
            let name = model.symbol_name(*s);
            out.push_str(crate::titles::symbol(model, lang, name));
        }
        Value::List(items) if !items.is_empty() => {
            for (k, i) in items.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                write_words(out, model, i, elem_name);
            }
        }
        v => write_value(out, model, v, elem_name),
    }
}

/// A date in Russian text (`01.09.2025`).
pub(super) fn date_ru(d: jiff::civil::Date) -> String {
    policy_i18n::date(policy_i18n::Lang::Ru, d)
}

/// A duration in Russian (`7 дней`, `2 месяца`).
pub(super) fn duration_ru(d: Duration) -> String {
    units::write_duration(d, KeywordLanguage::Russian)
}

/// A period in Russian (`каждый месяц`, `каждые 2 недели`).
pub(super) fn every_ru(d: Duration) -> String {
    units::write_every_russian(d)
}

/// A citation as a lawyer writes it: `п. 16`, `пп. 1.2, 2.9`, `пп. 21–23`,
/// `Приложение 3` (a citation that does not start with a number is written as
/// it is). "пп." when the checked citation names more than one number.
pub(crate) fn cite(citation: &CitationRef) -> String {
    let text = &citation.text;
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        text.clone()
    } else if citation.numbers().nth(1).is_some() {
        format!("пп. {text}")
    } else {
        format!("п. {text}")
    }
}

/// [`cite`] for a report's citation text, read through the model's checked
/// citations (the text as it is when the model has none by that text).
pub(crate) fn cite_text(model: &Model, text: &str) -> String {
    model.citation(text).map_or_else(|| text.to_string(), cite)
}
