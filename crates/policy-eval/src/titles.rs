//! Titles, not identifiers: how a report names an enumeration value, a value
//! or table, a document kind and a role — by the title the schema and the
//! policy give it (`ОВЗ`, `ребёнок-инвалид`, `медицинское заключение`).
//! Looked up at render time: a [`crate::Report`] keeps identifiers (they are
//! what the JSON report carries), so building it copies no titles.
//!
//! The titles a policy writes are Russian, the language of its regulation.
//! In English the identifier is shown: the model has no English titles.

use std::borrow::Cow;

use policy_check::model::{Model, SymbolId};
use policy_i18n::Lang;

/// The Russian title, when the language reads it; else the identifier.
fn pick<'a>(lang: Lang, title: Option<&'a str>, identifier: &'a str) -> &'a str {
    match (lang, title) {
        (Lang::Ru, Some(title)) if !title.trim().is_empty() => title,
        _ => identifier,
    }
}

/// The description of an enumeration value, when it has one.
pub fn symbol_description<'m>(model: &'m Model, name: &str) -> Option<&'m str> {
    description_of(model, model.symbol(name)?)
}

/// The description of the enumeration value `sym`, when it has one.
pub(crate) fn description_of(model: &Model, sym: SymbolId) -> Option<&str> {
    model.enums.iter().find_map(|e| e.variants.iter().find(|(s, _)| *s == sym).and_then(|(_, d)| d.as_deref()))
}

/// An enumeration value (`ovz` → «ОВЗ»).
pub fn symbol<'a>(model: &'a Model, lang: Lang, name: &'a str) -> &'a str {
    pick(lang, symbol_description(model, name), name)
}

/// A value or case-keyed table of the report (`max_weekly_hours` →
/// «предельная недельная нагрузка»).
pub fn value<'a>(model: &'a Model, lang: Lang, name: &'a str) -> &'a str {
    let description = model
        .values
        .iter()
        .find(|v| v.name == name)
        .and_then(|v| v.description.as_deref())
        .or_else(|| model.tables.iter().find(|t| t.name == name).and_then(|t| t.description.as_deref()));
    pick(lang, description, name)
}

/// A kind of document: its `document` declaration's title, else the
/// enumeration value's (`medical_certificate` → «медицинское заключение»).
pub fn document<'a>(model: &'a Model, lang: Lang, kind: &'a str) -> &'a str {
    let declared = model
        .symbol(kind)
        .and_then(|sym| model.documents.iter().find(|d| d.kind == sym).and_then(|d| d.description.as_deref()));
    pick(lang, declared.or_else(|| symbol_description(model, kind)), kind)
}

/// A role (`class_teacher` → «классный руководитель»).
pub fn role<'a>(model: &'a Model, lang: Lang, name: &'a str) -> &'a str {
    let title = model.roles.iter().find(|r| r.name == name).and_then(|r| r.title.as_deref());
    pick(lang, title, name)
}

/// The rule a finding comes from: a rule's title, a required document's
/// title (`document.medical_certificate`), the title of the role whose duty it is
/// (`duty.administration.control` → «Администрация школы»: the message says which duty),
/// else the identifier.
pub fn rule<'a>(model: &'a Model, lang: Lang, name: &'a str) -> &'a str {
    if let Some(kind) = name.strip_prefix("document.") {
        let title = document(model, lang, kind);
        return if title == kind { name } else { title };
    }
    if let Some(duty) = name.strip_prefix("duty.") {
        let role_name = duty.split('.').next().unwrap_or(duty);
        let title = role(model, lang, role_name);
        return if title == role_name { name } else { title };
    }
    let title = model.rules.iter().find(|r| r.name == name).and_then(|r| r.description.as_deref());
    pick(lang, title, name)
}

/// The first letter in upper case (a title used as a heading).
pub fn capitalised(text: &str) -> Cow<'_, str> {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if !first.is_uppercase() => Cow::Owned(first.to_uppercase().chain(chars).collect()),
        _ => Cow::Borrowed(text),
    }
}
