//! Readings and silence. The readings topic («Толкования») lines up each
//! policy's readings by the item they are declared at (`value pay_mode`,
//! `table max_weekly_hours`, `duty administration.substitution`), so that the
//! same concept read in two schools stands on one row. [`mark_silence`] puts
//! «в Положении не указано» in the cells of a topic a policy declares its
//! regulation silent on (`not_stated`), where the cell would otherwise say
//! "none", "no cap" or nothing.

use policy_check::model::{Model, ReadingItem, SilentTopic};
use policy_check::readings::NOT_STATED;
use policy_eval::titles;
use policy_i18n::Lang;

use super::{cite, keyed_rows};
use crate::comparison::{Cell, Row, Topic};

/// The cells that say a policy has nothing on a concept: silence replaces them.
const NOTHING: &[&str] = &["none", "no cap", "no requirement", "not required", "not set", "not restricted"];

/// The item a reading is declared at, as a key and a label (`value pay_mode`).
fn item_key(model: &Model, item: ReadingItem) -> String {
    match item {
        ReadingItem::Value(v) => format!("value {}", model.values.get(v).map_or("?", |d| d.name.as_str())),
        ReadingItem::Table(t) => format!("table {}", model.tables.get(t).map_or("?", |d| d.name.as_str())),
        ReadingItem::Rule(r) => format!("rule {}", model.rules.get(r).map_or("?", |d| d.name.as_str())),
        ReadingItem::Document(d) => {
            format!("document {}", model.documents.get(d).map_or("?", |d| model.symbol_name(d.kind)))
        }
        ReadingItem::Requirement(d, j) => {
            let doc = model.documents.get(d);
            let kind = doc.map_or("?", |d| model.symbol_name(d.kind));
            let req = doc.and_then(|d| d.requires.get(j)).map_or("?", |r| r.source.as_str());
            format!("document {kind} · require {req}")
        }
        ReadingItem::Duty(r, j) => {
            let role = model.roles.get(r);
            let duty = role.and_then(|role| role.items.get(j));
            let name = duty.and_then(|d| d.key.clone()).unwrap_or_else(|| (j + 1).to_string());
            format!("duty {}.{name}", role.map_or("?", |r| r.name.as_str()))
        }
    }
}

/// The item a reading is declared at, by its title in `lang` («предельная недельная
/// нагрузка», «Администрация школы · заменить заболевшего учителя…»).
fn item_title(model: &Model, lang: Lang, item: ReadingItem) -> String {
    match item {
        ReadingItem::Value(v) => {
            model.values.get(v).map_or_else(String::new, |d| titles::value(model, lang, &d.name).into())
        }
        ReadingItem::Table(t) => {
            model.tables.get(t).map_or_else(String::new, |d| titles::value(model, lang, &d.name).into())
        }
        ReadingItem::Rule(r) => {
            model.rules.get(r).map_or_else(String::new, |d| titles::rule(model, lang, &d.name).into())
        }
        ReadingItem::Document(d) => model
            .documents
            .get(d)
            .map_or_else(String::new, |d| titles::document(model, lang, model.symbol_name(d.kind)).into()),
        ReadingItem::Requirement(d, j) => {
            let Some(doc) = model.documents.get(d) else { return String::new() };
            let title = titles::document(model, lang, model.symbol_name(doc.kind));
            let req = doc.requires.get(j);
            let said = match (lang, req.and_then(|r| r.description.as_deref())) {
                (Lang::Ru, Some(description)) => description.to_string(),
                _ => req.map_or_else(String::new, |r| r.source.clone()),
            };
            format!("{title} · {said}")
        }
        ReadingItem::Duty(r, j) => {
            let Some(role) = model.roles.get(r) else { return String::new() };
            let role_title = titles::capitalised(titles::role(model, lang, &role.name)).into_owned();
            let key = role.items.get(j).and_then(|d| d.key.clone()).unwrap_or_else(|| (j + 1).to_string());
            format!("{role_title} · {}", super::roles::duty_headline(lang, role.items.get(j), &key))
        }
    }
}

/// The citation of the item a reading is declared at.
fn item_clause(model: &Model, item: ReadingItem) -> Option<&str> {
    match item {
        ReadingItem::Value(v) => model.values.get(v).and_then(|d| cite(&d.citation)),
        ReadingItem::Table(t) => model.tables.get(t).and_then(|d| cite(&d.citation)),
        ReadingItem::Rule(r) => model.rules.get(r).and_then(|d| cite(&d.citation)),
        ReadingItem::Document(d) => model.documents.get(d).and_then(|d| cite(&d.citation)),
        ReadingItem::Requirement(d, j) => model
            .documents
            .get(d)
            .and_then(|doc| doc.requires.get(j).and_then(|r| cite(&r.citation)).or_else(|| cite(&doc.citation))),
        ReadingItem::Duty(r, j) => model.roles.get(r).and_then(|r| r.items.get(j)).and_then(|d| cite(&d.citation)),
    }
}

/// The readings topic: one row per item some policy declares a reading at, by the item's
/// title in the first policy that declares one there.
pub(super) fn rows(models: &[&Model], lang: Lang) -> Vec<Row> {
    let mut titled: Vec<(String, String)> = Vec::new();
    let per_policy = models
        .iter()
        .map(|m| {
            m.readings
                .list
                .iter()
                .map(|r| {
                    let key = item_key(m, r.item);
                    if !titled.iter().any(|(k, _)| *k == key) {
                        titled.push((key.clone(), item_title(m, lang, r.item)));
                    }
                    (key, Cell::new(&*r.text, item_clause(m, r.item)))
                })
                .collect()
        })
        .collect();
    keyed_rows(Topic::Readings, per_policy, String::clone, String::clone)
        .into_iter()
        .map(|row| match titled.iter().find(|(k, t)| *k == row.key && !t.is_empty()) {
            Some((_, title)) if lang == Lang::Ru => row.titled(title.clone()),
            _ => row,
        })
        .collect()
}

/// The topic of the regulation's silence that a row of `topic` belongs to.
fn silent_topic(topic: Topic) -> Option<SilentTopic> {
    Some(match topic {
        Topic::Eligibility => SilentTopic::Eligibility,
        Topic::Cap => SilentTopic::Caps,
        Topic::Curricula => SilentTopic::Curricula,
        Topic::Documents => SilentTopic::Documents,
        Topic::Duties => SilentTopic::Duties,
        Topic::Deadlines => SilentTopic::Deadlines,
        Topic::Pay => SilentTopic::Pay,
        Topic::Case | Topic::Rules | Topic::Provisions | Topic::Extensions | Topic::Readings => return None,
    })
}

/// Says «в Положении не указано» where a policy declares its regulation silent
/// on a row's topic and the cell has nothing else to say.
/// The policy's own words about the silence are shown once per topic, on its first row.
pub(super) fn mark_silence(models: &[&Model], rows: &mut [Row]) {
    let mut explained: Vec<(SilentTopic, usize)> = Vec::new();
    for row in rows {
        let Some(topic) = silent_topic(row.topic) else { continue };
        let mut changed = false;
        for (i, (cell, model)) in row.cells.iter_mut().zip(models).enumerate() {
            let Some(silence) = model.not_stated(topic) else { continue };
            let nothing = cell.as_ref().is_none_or(|c| NOTHING.contains(&c.value.as_str()));
            if nothing {
                let first = !explained.contains(&(topic, i));
                if first {
                    explained.push((topic, i));
                }
                let said = first.then_some(&*silence.text);
                *cell = Some(match cell.take() {
                    // A duty without a deadline: the timing is not stated, the duty still is.
                    Some(Cell { note: Some(note), clause, .. }) => Cell::new(NOT_STATED, clause.as_deref())
                        .with_note(Some(&said.map_or(note.clone(), |s| format!("{s}\n{note}")))),
                    _ => {
                        let clause = silence.citation.as_ref().map(|c| c.text.as_str());
                        Cell::new(NOT_STATED, clause).with_note(said)
                    }
                });
                changed = true;
            }
        }
        if changed {
            let values: Vec<Option<&str>> = row.cells.iter().map(|c| c.as_ref().map(|c| c.value.as_str())).collect();
            row.differs = values.windows(2).any(|w| w[0] != w[1]);
        }
    }
}
