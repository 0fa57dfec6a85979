//! Duties and rights, aligned by role name and then by the duty's key (what
//! it is about: `substitution`, `control`, `marks_transfer`); duties without
//! a key are gathered per role. The deadlines topic lines up every keyed
//! duty that has a deadline or a frequency in some policy, whatever role
//! holds it.

use policy_check::model::{DeadlineStart, DutyDef, Model, Period, RoleDef};
use policy_eval::titles;
use policy_i18n::{tr, Lang};
use policy_syntax::units::{write_duration, write_every_russian};
use policy_syntax::KeywordLanguage;

use super::{by_key, cite, distinct, keyed_rows, title_in_any};
use crate::comparison::{Cell, Row, Topic};
use crate::expr;

/// A row of the duties topic.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    /// The role itself (its title).
    Role,
    /// A duty or right with a key.
    Keyed { right: bool, key: String },
    /// The duties or rights without a key.
    Others { right: bool },
}

impl Item {
    fn rank(&self) -> u8 {
        match self {
            Item::Role => 0,
            Item::Keyed { .. } => 1,
            Item::Others { right: false } => 2,
            Item::Others { right: true } => 3,
        }
    }
}

/// When a duty falls due: `7 days after teacher_ill`, `5 working days after
/// request.start`, `every term — раз в четверть (учебную)`.
fn timing(model: &Model, duty: &DutyDef) -> Option<String> {
    if let Some(d) = &duty.deadline {
        let after = match &d.after {
            DeadlineStart::Event(kind) => model.symbol_name(*kind).to_string(),
            DeadlineStart::Date(e) => expr::text(model, e),
        };
        return Some(format!("{} after {after}", expr::duration(d.within)));
    }
    duty.frequency.as_ref().map(|f| {
        let every = expr::every(f.named, f.every);
        // A school term and a quarter of three months read alike: say which one it is.
        match f.named {
            Some(Period::Term) => format!("{every} — раз в четверть (учебную)"),
            Some(Period::Trimester) => format!("{every} — раз в триместр (учебный)"),
            Some(Period::Quarter) => format!("{every} — раз в квартал (3 месяца от начала обучения)"),
            _ => every,
        }
    })
}

/// When a duty falls due, in `lang`'s words: «срок: 7 дней после события «болезнь учителя»»,
/// «срок: 5 рабочих дней со дня «начало обучения»», «каждую учебную четверть».
fn timing_words(model: &Model, lang: Lang, duty: &DutyDef) -> Option<String> {
    if lang != Lang::Ru {
        return timing(model, duty);
    }
    if let Some(d) = &duty.deadline {
        let within = write_duration(d.within, KeywordLanguage::Russian);
        return Some(match &d.after {
            DeadlineStart::Event(kind) => {
                let event = titles::symbol(model, lang, model.symbol_name(*kind));
                tr!(lang, "compare-duty-within-after-event", within = within, event = event.to_string())
            }
            DeadlineStart::Date(e) => {
                tr!(lang, "compare-duty-within-after-date", within = within, date = titles::date_expr(model, lang, e))
            }
        });
    }
    duty.frequency.as_ref().map(|f| match f.named {
        Some(Period::Term) => tr!(lang, "compare-duty-every-term"),
        Some(Period::Trimester) => tr!(lang, "compare-duty-every-trimester"),
        Some(Period::Quarter) => tr!(lang, "compare-duty-every-quarter"),
        _ => write_every_russian(f.every),
    })
}

/// [`duty_value`] in `lang`'s words.
fn duty_words(model: &Model, lang: Lang, duty: &DutyDef) -> String {
    let mut parts: Vec<String> = timing_words(model, lang, duty).into_iter().collect();
    if let Some(w) = &duty.when {
        parts.push(tr!(lang, "compare-value-when", condition = policy_eval::words::expr(model, lang, w)));
    }
    if duty.is_right {
        parts.insert(0, tr!(lang, "compare-duty-right"));
    } else if parts.is_empty() {
        parts.push(tr!(lang, "compare-duty-no-deadline"));
    }
    parts.join(", ")
}

/// A duty as compared: its timing and condition (`no deadline` when it has
/// neither); a right is `right`.
fn duty_value(model: &Model, duty: &DutyDef) -> String {
    let mut parts: Vec<String> = timing(model, duty).into_iter().collect();
    if let Some(w) = &duty.when {
        parts.push(format!("when {}", expr::text(model, w)));
    }
    if duty.is_right {
        parts.insert(0, "right".into());
    } else if parts.is_empty() {
        parts.push("no deadline".into());
    }
    parts.join(", ")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The duties or rights of a role that have no key, as one cell.
fn others(role: &RoleDef, lang: Lang, right: bool) -> Option<Cell> {
    let items: Vec<&DutyDef> = role.items.iter().filter(|d| d.key.is_none() && d.is_right == right).collect();
    if items.is_empty() {
        return None;
    }
    let value = if right { plural(items.len(), "right", "rights") } else { plural(items.len(), "duty", "duties") };
    let n = i64::try_from(items.len()).unwrap_or(i64::MAX);
    let words = if right {
        tr!(lang, "compare-duty-rights-count", n = n)
    } else {
        tr!(lang, "compare-duty-duties-count", n = n)
    };
    let note = items.iter().map(|d| format!("• {}", d.text)).collect::<Vec<_>>().join("\n");
    let clause = distinct(items.iter().map(|d| cite(&d.citation)));
    Some(Cell::new(value, clause.as_deref()).in_words(words).with_note(Some(&note)))
}

fn role_cells(model: &Model, lang: Lang) -> Vec<((String, Item), Cell)> {
    let mut out = Vec::new();
    for role in &model.roles {
        let title = role.title.clone().unwrap_or_else(|| role.name.clone());
        out.push(((role.name.clone(), Item::Role), Cell::new(title, cite(&role.citation))));
        for item in &role.items {
            if let Some(key) = &item.key {
                let cell = Cell::new(duty_value(model, item), cite(&item.citation))
                    .in_words(duty_words(model, lang, item))
                    .with_note(Some(&item.text));
                out.push(((role.name.clone(), Item::Keyed { right: item.is_right, key: key.clone() }), cell));
            }
        }
        for right in [false, true] {
            if let Some(cell) = others(role, lang, right) {
                out.push(((role.name.clone(), Item::Others { right }), cell));
            }
        }
    }
    out
}

/// The duties topic: per role, its title, its keyed duties and rights, and
/// the rest.
pub(super) fn duty_rows(models: &[&Model], lang: Lang) -> Vec<Row> {
    let mut aligned = by_key(models.iter().map(|m| role_cells(m, lang)).collect());
    let mut roles: Vec<String> = Vec::new();
    for ((role, _), _) in &aligned {
        if !roles.contains(role) {
            roles.push(role.clone());
        }
    }
    aligned.sort_by_key(|((role, item), _)| (roles.iter().position(|r| r == role), item.rank()));
    aligned
        .into_iter()
        .map(|((role, item), cells)| {
            let (key, label) = match &item {
                Item::Role => (role.clone(), role.clone()),
                Item::Keyed { right: false, key } => (format!("{role}.{key}"), format!("{role} · {key}")),
                Item::Keyed { right: true, key } => (format!("{role}.right.{key}"), format!("{role} · {key} (right)")),
                Item::Others { right: false } => (format!("{role}.other_duties"), format!("{role} · other duties")),
                Item::Others { right: true } => (format!("{role}.other_rights"), format!("{role} · other rights")),
            };
            // The role by its title in the first policy that has one.
            let role_title = title_in_any(models, &role, |m, k| titles::role(m, lang, k).to_string())
                .map(|t| titles::capitalised(&t).into_owned())
                .unwrap_or_else(|| role.clone());
            let duty_title = |key: &str| {
                let of_role = |m: &Model, k: &str| {
                    let duty = m
                        .roles
                        .iter()
                        .filter(|r| r.name == role)
                        .flat_map(|r| &r.items)
                        .find(|d| d.key.as_deref() == Some(k));
                    duty_headline(lang, duty, k)
                };
                title_in_any(models, key, of_role).unwrap_or_else(|| key.to_string())
            };
            let title = match &item {
                Item::Role => role_title,
                Item::Keyed { right: false, key } => format!("{role_title} · {}", duty_title(key)),
                Item::Keyed { right: true, key } => {
                    tr!(lang, "compare-duty-row-right", role = role_title, key = duty_title(key))
                }
                Item::Others { right: false } => tr!(lang, "compare-duty-row-other-duties", role = role_title),
                Item::Others { right: true } => tr!(lang, "compare-duty-row-other-rights", role = role_title),
            };
            Row::new(Topic::Duties, key, label, cells).titled(title)
        })
        .collect()
}

/// A duty's row title in `lang`: in Russian, the first words of what it says (see
/// [`super::headline`]); in English, and where there is no such duty, its key.
pub(super) fn duty_headline(lang: Lang, duty: Option<&DutyDef>, key: &str) -> String {
    match (lang, duty) {
        (Lang::Ru, Some(duty)) => super::headline(&duty.text),
        _ => key.to_string(),
    }
}

/// The key a duty is aligned by across roles: its own, else the event that
/// fulfils or triggers it.
fn deadline_key(model: &Model, duty: &DutyDef) -> Option<String> {
    let event = duty
        .deadline
        .as_ref()
        .and_then(|d| d.fulfilled_by.or(d.after.event()))
        .or(duty.frequency.as_ref().and_then(|f| f.fulfilled_by));
    duty.key.clone().or_else(|| event.map(|e| model.symbol_name(e).to_string()))
}

/// The deadlines topic: every duty key with a deadline or a frequency in
/// some policy, and what each policy says (`none` for a duty with that key
/// and no timing).
pub(super) fn deadline_rows(models: &[&Model], lang: Lang) -> Vec<Row> {
    let mut timed: Vec<String> = Vec::new();
    let per_policy: Vec<Vec<(String, Cell)>> = models
        .iter()
        .map(|m| {
            let mut out = Vec::new();
            for role in &m.roles {
                for duty in role.items.iter().filter(|d| !d.is_right) {
                    let Some(key) = deadline_key(m, duty) else { continue };
                    let (value, words) = match timing(m, duty) {
                        Some(t) => {
                            if !timed.contains(&key) {
                                timed.push(key.clone());
                            }
                            (t, timing_words(m, lang, duty).unwrap_or_default())
                        }
                        None => ("none".into(), tr!(lang, "compare-value-none")),
                    };
                    // The role in the policy's own words (a note is the same in every language).
                    let role_title = titles::capitalised(role.title.as_deref().unwrap_or(&role.name));
                    let note = format!("{role_title}: {}", duty.text);
                    out.push((key, Cell::new(value, cite(&duty.citation)).in_words(words).with_note(Some(&note))));
                }
            }
            out
        })
        .collect();
    let per_policy =
        per_policy.into_iter().map(|items| items.into_iter().filter(|(k, _)| timed.contains(k)).collect()).collect();
    keyed_rows(Topic::Deadlines, per_policy, String::clone, String::clone)
        .into_iter()
        .map(|row| {
            let of_key = |m: &Model, k: &str| {
                let duty = m
                    .roles
                    .iter()
                    .flat_map(|r| &r.items)
                    .find(|d| !d.is_right && deadline_key(m, d).as_deref() == Some(k));
                duty_headline(lang, duty, k)
            };
            match title_in_any(models, &row.key, of_key) {
                Some(title) => row.titled(title),
                None => row,
            }
        })
        .collect()
}
