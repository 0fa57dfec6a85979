//! Russian wording: values as a lawyer reads them (in the policy's messages and
//! the JSON report's facts).

use std::fmt::Write as _;

use policy_check::model::{ListId, Model, Value};
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
        Value::Duration(d) => out.push_str(&units::write_duration(*d, KeywordLanguage::Russian)),
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
