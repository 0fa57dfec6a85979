//! The summary laid out once for every renderer: one column per school, one
//! row per figure, rows grouped in sections with Russian titles; enumeration
//! values and roles are labelled with the policies' own titles
//! (`medical_certificate — медицинское заключение`).

use policy_check::Model;
use policy_i18n::{plural, Lang, Plural};

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
    /// The cell for people: `1 234`, `120 (6,0 %)`.
    pub fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Count(n) => count(*n),
            Cell::Share(n, share) => format!("{} ({})", count(*n), percent(*share)),
        }
    }
}

/// A count with its thousands separated by a no-break space (`12 345`).
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(ch);
    }
    out
}

/// A share as a Russian percentage with one decimal (`6,0 %`).
pub fn percent(share: f64) -> String {
    format!("{:.1}\u{a0}%", share * 100.0).replace('.', ",")
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
    /// The title (`Сводка: 2 000 дел из cases.jsonl`).
    pub title: String,
    /// The column headings: the policies' ids.
    pub columns: Vec<String>,
    /// The sections, in a fixed order.
    pub sections: Vec<Section>,
}

/// Lays out `summary`; `models` (in the summary's order) give the labels.
pub fn table(summary: &BatchSummary, models: &[&Model]) -> Table {
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
            label: "Школа".into(),
            cells: s.iter().map(|p| Cell::Text(p.school.clone().unwrap_or_default())).collect(),
        },
        count_row("Оценено дел", &|p| p.cases_judged),
        count_row("Непригодных дел (пропущено)", &|p| p.unusable),
        share_row("Дел с нарушениями".into(), &|p| p.with_violations),
    ];
    if s.iter().any(|p| p.policy_errors > 0) {
        cases.push(count_row("Положение не смогло оценить дело", &|p| p.policy_errors));
    }
    let eligible = vec![
        share_row("да".into(), &|p| p.eligible.yes),
        share_row("нет".into(), &|p| p.eligible.no),
        share_row("не определено".into(), &|p| p.eligible.undecided),
    ];
    let pay = union(s.iter().map(|p| p.pay_modes.keys()))
        .into_iter()
        .map(|mode| {
            let label = if mode == NO_PAY_MODE {
                "не определён".to_string()
            } else {
                labelled(&mode, variant_title(models, "pay_mode", &mode))
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
                "без ссылки на пункт".to_string()
            } else {
                format!("п. {clause}")
            };
            share_row(label, &|p| p.violations.get(&clause).copied().unwrap_or(0))
        })
        .collect();
    let documents = union(s.iter().map(|p| p.missing_documents.keys()))
        .into_iter()
        .map(|kind| {
            let label = labelled(&kind, variant_title(models, "document_kind", &kind));
            share_row(label, &|p| p.missing_documents.get(&kind).copied().unwrap_or(0))
        })
        .collect();
    let mut duties = Vec::new();
    for role in union(s.iter().map(|p| p.obligations.keys())) {
        let title = labelled(&role, role_title(models, &role));
        let of = |p: &crate::summary::Summary| p.obligations.get(&role).copied().unwrap_or_default();
        duties.push(count_row(&format!("{title}: к сроку"), &|p| of(p).due));
        duties.push(count_row(&format!("{title}: просрочено"), &|p| of(p).overdue));
    }
    Table {
        title: format!("Сводка: {} {} из {}", count(summary.cases_read), cases_word(summary.cases_read), summary.input),
        columns: s.iter().map(|p| p.policy.clone()).collect(),
        sections: vec![
            Section { title: "Дела".into(), rows: cases },
            Section { title: "Право на индивидуальное обучение".into(), rows: eligible },
            Section { title: "Порядок оплаты часов".into(), rows: pay },
            Section {
                title: "Нарушения по пунктам (дел с нарушением пункта)".into(), rows: violations
            },
            Section {
                title: "Недостающие или неполные документы (дел)".into(), rows: documents
            },
            Section {
                title: "Обязанности по ролям (к сроку — срок ещё не наступил; просрочено — срок прошёл)".into(),
                rows: duties,
            },
        ],
    }
}

/// «дело» in the form its number asks for (`1 дело`, `2 дела`, `5 дел`).
pub fn cases_word(n: u64) -> &'static str {
    match plural(Lang::Ru, i64::try_from(n).unwrap_or(i64::MAX)) {
        Plural::ONE => "дело",
        Plural::FEW => "дела",
        _ => "дел",
    }
}

/// The keys of several maps, each once, sorted.
fn union<'a>(maps: impl Iterator<Item = impl Iterator<Item = &'a String>>) -> Vec<String> {
    let mut keys: Vec<String> = maps.flatten().cloned().collect();
    keys.sort();
    keys.dedup();
    keys
}

fn labelled(name: &str, title: Option<&str>) -> String {
    match title {
        Some(t) => format!("{name} — {t}"),
        None => name.to_string(),
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
