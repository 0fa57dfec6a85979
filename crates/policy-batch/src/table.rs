//! The summary laid out once for every renderer: one column per school, one
//! row per figure, rows grouped in sections with titles in the summary's
//! language (Fluent, `batch.ftl`); enumeration values and roles are labelled
//! with the policies' own titles in Russian (`медицинское заключение`), by
//! their identifiers in English (the models have no English titles).

use policy_check::Model;
use policy_i18n::{tr, Lang};

use crate::summary::{by_clause, BatchSummary, NO_CLAUSE, NO_PAY_MODE};

/// One figure of one school.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text (the school's name).
    Text(String),
    /// A count.
    Count(u64),
    /// A count of cases and its share of the cases judged (0..=1).
    Share(u64, f64),
}

impl Cell {
    /// The cell for people in `lang`: `12 345`, `120 (6,0 %)` in Russian.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Count(n) => count(lang, *n),
            Cell::Share(n, share) => format!("{} ({})", count(lang, *n), percent(lang, *share)),
        }
    }
}

/// A count as `lang` writes it (`12 345` in Russian, `12,345` in English).
pub fn count(lang: Lang, n: u64) -> String {
    policy_i18n::integer(lang, i64::try_from(n).unwrap_or(i64::MAX))
}

/// A share as a percentage with one decimal (`6,0 %` in Russian, `6.0%` in English).
pub fn percent(lang: Lang, share: f64) -> String {
    let tenths = format!("{:.1}", share * 100.0);
    match lang {
        Lang::Ru => format!("{}\u{a0}%", tenths.replace('.', ",")),
        Lang::En => format!("{tenths}%"),
    }
}

/// One row: a label and one cell per school.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// What the row counts.
    pub label: String,
    /// One cell per school, in the order of the columns.
    pub cells: Vec<Cell>,
}

/// A group of rows under a title.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The section's title.
    pub title: String,
    /// Its rows (none when the batch has nothing to count there).
    pub rows: Vec<Row>,
}

/// The whole summary as a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The language of its words and numbers.
    pub lang: Lang,
    /// The title (`Сводка: 2 000 дел из cases.jsonl`).
    pub title: String,
    /// The column headings: the policies' ids.
    pub columns: Vec<String>,
    /// The sections, in a fixed order.
    pub sections: Vec<Section>,
}

/// Lays out `summary` in `lang`; `models` (in the summary's order) give the labels.
pub fn table(summary: &BatchSummary, models: &[&Model], lang: Lang) -> Table {
    let s = &summary.policies;
    let count_row = |label: &str, f: &dyn Fn(&crate::summary::Summary) -> u64| Row {
        label: label.into(),
        cells: s.iter().map(|p| Cell::Count(f(p))).collect(),
    };
    let share_row = |label: String, f: &dyn Fn(&crate::summary::Summary) -> u64| Row {
        label,
        cells: s.iter().map(|p| Cell::Share(f(p), p.share(f(p)))).collect(),
    };
    let mut cases = vec![
        Row {
            label: tr!(lang, "batch-school"),
            cells: s.iter().map(|p| Cell::Text(p.school.clone().unwrap_or_default())).collect(),
        },
        count_row(&tr!(lang, "batch-judged"), &|p| p.cases_judged),
        count_row(&tr!(lang, "batch-unusable"), &|p| p.unusable),
        share_row(tr!(lang, "batch-with-violations"), &|p| p.with_violations),
    ];
    if s.iter().any(|p| p.policy_errors > 0) {
        cases.push(count_row(&tr!(lang, "batch-policy-errors"), &|p| p.policy_errors));
    }
    let eligible = vec![
        share_row(tr!(lang, "batch-yes"), &|p| p.eligible.yes),
        share_row(tr!(lang, "batch-no"), &|p| p.eligible.no),
        share_row(tr!(lang, "batch-undecided"), &|p| p.eligible.undecided),
    ];
    let pay = union(s.iter().map(|p| p.pay_modes.keys()))
        .into_iter()
        .map(|mode| {
            let label = if mode == NO_PAY_MODE {
                tr!(lang, "batch-pay-undecided")
            } else {
                labelled(lang, &mode, variant_title(models, "pay_mode", &mode))
            };
            share_row(label, &|p| p.pay_modes.get(&mode).copied().unwrap_or(0))
        })
        .collect();
    let mut clauses = union(s.iter().map(|p| p.violations.keys()));
    clauses.sort_by(|a, b| by_clause(a, b));
    let violations = clauses
        .into_iter()
        .map(|clause| {
            let label = if clause == NO_CLAUSE {
                tr!(lang, "batch-no-clause")
            } else {
                let model = models.iter().find(|m| m.citation(&clause).is_some());
                model.map_or_else(|| clause.clone(), |m| policy_eval::titles::clause(m, &clause).render(lang))
            };
            share_row(label, &|p| p.violations.get(&clause).copied().unwrap_or(0))
        })
        .collect();
    let documents = union(s.iter().map(|p| p.missing_documents.keys()))
        .into_iter()
        .map(|kind| {
            let label = labelled(lang, &kind, variant_title(models, "document_kind", &kind));
            share_row(label, &|p| p.missing_documents.get(&kind).copied().unwrap_or(0))
        })
        .collect();
    let mut duties = Vec::new();
    for role in union(s.iter().map(|p| p.obligations.keys())) {
        let title = labelled(lang, &role, role_title(models, &role));
        let of = |p: &crate::summary::Summary| p.obligations.get(&role).copied().unwrap_or_default();
        duties.push(count_row(&tr!(lang, "batch-duty-due", role = &title), &|p| of(p).due));
        duties.push(count_row(&tr!(lang, "batch-duty-overdue", role = &title), &|p| of(p).overdue));
    }
    Table {
        lang,
        title: tr!(
            lang,
            "batch-title",
            count = count(lang, summary.cases_read),
            n = summary.cases_read,
            input = &summary.input
        ),
        columns: s.iter().map(|p| p.policy.clone()).collect(),
        sections: vec![
            Section { title: tr!(lang, "batch-cases"), rows: cases },
            Section { title: tr!(lang, "batch-eligible"), rows: eligible },
            Section { title: tr!(lang, "batch-pay"), rows: pay },
            Section { title: tr!(lang, "batch-violations"), rows: violations },
            Section { title: tr!(lang, "batch-documents"), rows: documents },
            Section { title: tr!(lang, "batch-duties"), rows: duties },
        ],
    }
}

/// The keys of several maps, each once, sorted.
fn union<'a>(maps: impl Iterator<Item = impl Iterator<Item = &'a String>>) -> Vec<String> {
    let mut keys: Vec<String> = maps.flatten().cloned().collect();
    keys.sort();
    keys.dedup();
    keys
}

/// A label by its Russian title, in English (or without a title) by its identifier.
fn labelled(lang: Lang, name: &str, title: Option<&str>) -> String {
    match (lang, title) {
        (Lang::Ru, Some(t)) => t.to_string(),
        _ => name.to_string(),
    }
}

/// The title the first policy that declares it gives an enumeration value.
fn variant_title<'m>(models: &[&'m Model], enumeration: &str, value: &str) -> Option<&'m str> {
    models.iter().find_map(|m| {
        let e = m.enums.iter().find(|e| e.name == enumeration)?;
        e.variants.iter().find(|(id, _)| m.symbol_name(*id) == value).and_then(|(_, t)| t.as_deref())
    })
}

/// The title the first policy that declares the role gives it.
fn role_title<'m>(models: &[&'m Model], role: &str) -> Option<&'m str> {
    models.iter().find_map(|m| m.roles.iter().find(|r| r.name == role).and_then(|r| r.title.as_deref()))
}
