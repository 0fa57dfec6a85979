//! The weekly cap, grade by grade, and the curricula's totals, grade by grade.
//!
//! The cap is what the load rule compares `weekly_hours` with: a table by
//! `pupil.grade` (looked up row by row for each grade, the first matching
//! row winning as in evaluation) or an external parameter; failing a load
//! rule, the table named `max_weekly_hours` (the case-file contract's name).

use policy_check::model::{CurriculumDef, ExprKind, Model, ParamDef, PatternDef, TableDef, Value};
use policy_check::text::number as format_number;
use policy_i18n::{tr, Lang};
use policy_syntax::ast::BinaryOp;
use rust_decimal::Decimal;

use super::{add, cite, rules};
use crate::comparison::{CapChart, Cell, Row, Topic};
use crate::{expr, words};

/// Where a policy's weekly cap comes from.
enum Source<'m> {
    /// A table keyed by the grade.
    Table(&'m TableDef),
    /// An external norm.
    Param(&'m ParamDef),
    /// Nowhere.
    None,
}

/// The grades compared: those the case schema allows for `pupil.grade`
/// (1–12 in the shipped schema).
fn grades(models: &[&Model]) -> Vec<i64> {
    let range = models
        .iter()
        .flat_map(|m| &m.schema.slots)
        .find(|f| f.path == "pupil.grade")
        .and_then(|f| f.int_range)
        .unwrap_or((1, 12));
    (range.0..=range.1).collect()
}

fn source(model: &Model) -> Source<'_> {
    let weekly = model.values.iter().position(|v| v.name == "weekly_hours");
    for rule in &model.rules {
        for when in &rule.when {
            if let ExprKind::Binary(BinaryOp::Gt, a, b) = &when.kind {
                if weekly.is_some_and(|w| matches!(a.kind, ExprKind::Value(v) if v == w)) {
                    match b.kind {
                        ExprKind::Table(t) => return model.tables.get(t).map_or(Source::None, Source::Table),
                        ExprKind::Param(p) => return model.params.get(p).map_or(Source::None, Source::Param),
                        _ => {}
                    }
                }
            }
        }
    }
    model.tables.iter().find(|t| t.name == "max_weekly_hours").map_or(Source::None, Source::Table)
}

/// The row of a grade-keyed table that applies to `grade`, if any.
fn lookup(table: &TableDef, grade: i64) -> Option<&policy_check::model::TableRowDef> {
    table.rows.iter().find(|row| match row.patterns.first() {
        None => true,
        Some(PatternDef::Range(lo, hi)) => (*lo..=*hi).contains(&grade),
        Some(PatternDef::Equals(Value::Number(n))) => *n == Decimal::from(grade),
        Some(PatternDef::Equals(_)) => false,
    })
}

/// The number a row gives, when it is a constant.
fn row_number(row: &policy_check::model::TableRowDef) -> Option<Decimal> {
    match row.value.kind {
        ExprKind::Const(Value::Number(n)) => Some(n),
        _ => None,
    }
}

fn hours(n: &Decimal) -> String {
    format!("{} h", format_number(n))
}

/// "None", in words for people.
fn none(lang: Lang) -> Cell {
    Cell::plain("none").in_words(tr!(lang, "compare-value-none"))
}

/// "No cap", in words for people.
fn no_cap(lang: Lang) -> Cell {
    Cell::plain("no cap").in_words(tr!(lang, "compare-value-no-cap"))
}

/// The cap for one grade: the cell and the number for the chart.
fn cap_for(model: &Model, lang: Lang, source: &Source<'_>, grade: i64) -> (Cell, Option<Decimal>) {
    match source {
        Source::Table(table) => match lookup(table, grade) {
            Some(row) => {
                let clause = cite(&row.citation).or(cite(&table.citation));
                match row_number(row) {
                    Some(n) => (Cell::new(hours(&n), clause).in_words(words::hours(lang, &n)), Some(n)),
                    None => (
                        Cell::new(expr::result_text(model, &row.value, "h"), clause)
                            .in_words(policy_eval::words::expr(model, lang, &row.value)),
                        None,
                    ),
                }
            }
            None => (no_cap(lang), None),
        },
        Source::Param(param) => match param.value.as_ref().map(|v| &v.kind) {
            Some(ExprKind::Const(Value::Number(n))) => {
                (Cell::new(hours(n), cite(&param.citation)).in_words(words::hours(lang, n)), Some(*n))
            }
            _ => (no_cap(lang), None),
        },
        Source::None => (no_cap(lang), None),
    }
}

/// How the cap is set: in words, with the bands as the regulation writes them
/// («по полю «класс»: I–IV (1–4 классы): 8 ч; …»); the note is the policy's own title.
fn source_cell(model: &Model, lang: Lang, source: &Source<'_>) -> Cell {
    match source {
        Source::Table(table) => {
            let bands: Vec<String> = table.rows.iter().map(|row| band(model, lang, row)).collect();
            let keys = table.key_sources.join(", ");
            let key_titles = table.keys.iter().map(|k| policy_eval::words::expr(model, lang, k)).collect::<Vec<_>>();
            let mut said = tr!(lang, "compare-cap-table", keys = key_titles.join(", "));
            if !bands.is_empty() {
                said.push_str(": ");
                said.push_str(&bands.join("; "));
            }
            Cell::new(format!("table {} by {keys}", table.name), cite(&table.citation))
                .in_words(said)
                .with_note(table.description.as_deref())
        }
        Source::Param(param) => {
            let norm = param.description.as_deref().unwrap_or(&param.name).to_string();
            let (value, said) = match &param.value {
                Some(v) => (
                    format!("external norm {} = {}", param.name, expr::result_text(model, v, "h")),
                    tr!(lang, "compare-cap-norm", norm = norm, value = policy_eval::words::expr(model, lang, v)),
                ),
                None => (
                    format!("external norm {}, no number given", param.name),
                    tr!(lang, "compare-cap-norm-unset", norm = norm),
                ),
            };
            Cell::new(value, cite(&param.citation)).in_words(said).with_note(param.description.as_deref())
        }
        Source::None => none(lang),
    }
}

/// One band of a cap table in words: its label with its grades, and its hours.
fn band(model: &Model, lang: Lang, row: &policy_check::model::TableRowDef) -> String {
    let grades = match row.patterns.first() {
        Some(PatternDef::Range(lo, hi)) => words::grades(lang, *lo, *hi),
        Some(PatternDef::Equals(Value::Number(n))) => match n.to_string().parse::<i64>() {
            Ok(g) => words::grades(lang, g, g),
            Err(_) => row.source.clone(),
        },
        _ => row.source.clone(),
    };
    // A label with digits names the grades itself («1–4 кл.»); a Roman one gets them («I–IV (1–4 классы)»).
    let said = match row.label.as_deref() {
        Some(label) if label.chars().any(|c| c.is_ascii_digit()) => label.to_string(),
        Some(label) => format!("{label} ({grades})"),
        None => grades,
    };
    let value = match row_number(row) {
        Some(n) => words::hours(lang, &n),
        None => policy_eval::words::expr(model, lang, &row.value),
    };
    format!("{said}: {value}")
}

/// How the cap may be exceeded: the exceptions to the load rule.
fn exceptions_cell(model: &Model, lang: Lang) -> Cell {
    let weekly = model.values.iter().position(|v| v.name == "weekly_hours");
    let mut found: Option<Cell> = None;
    let load_rules = model.rules.iter().filter(|r| {
        r.when.iter().any(|w| {
            matches!(&w.kind, ExprKind::Binary(BinaryOp::Gt, a, _)
                if weekly.is_some_and(|id| matches!(a.kind, ExprKind::Value(v) if v == id)))
        })
    });
    for rule in load_rules {
        for exception in &rule.exceptions {
            let effect = match &exception.outcome {
                None => "allowed".to_string(),
                Some(outcome) => format!("{} instead", outcome.severity.as_str()),
            };
            let value = if exception.when.is_empty() {
                effect
            } else {
                format!("{effect} when {}", rules::all_of(model, &exception.when))
            };
            let cell = Cell::new(value, cite(&exception.citation).or(cite(&rule.citation)))
                .in_words(rules::exception_words(model, lang, exception));
            add(&mut found, cell);
        }
    }
    found.unwrap_or_else(|| none(lang))
}

/// The cap rows (how the cap is set, one row per grade, the exceptions) and
/// the chart's data.
pub(super) fn cap_rows(models: &[&Model], lang: Lang) -> (Vec<Row>, CapChart) {
    let grades = grades(models);
    let sources: Vec<Source<'_>> = models.iter().map(|m| source(m)).collect();
    let mut rows = vec![Row::new(
        Topic::Cap,
        "source",
        "how the cap is set",
        models.iter().zip(&sources).map(|(m, s)| Some(source_cell(m, lang, s))).collect(),
    )
    .titled(tr!(lang, "compare-row-cap-source"))];
    let mut caps = vec![Vec::new(); models.len()];
    for &grade in &grades {
        let mut cells = Vec::new();
        for (i, (model, source)) in models.iter().zip(&sources).enumerate() {
            let (cell, number) = cap_for(model, lang, source, grade);
            caps[i].push(number);
            cells.push(Some(cell));
        }
        rows.push(Row::new(Topic::Cap, format!("grade_{grade}"), format!("grade {grade}"), cells).titled(tr!(
            lang,
            "compare-row-grade",
            grade = grade.to_string()
        )));
    }
    rows.push(
        Row::new(
            Topic::Cap,
            "exceptions",
            "above the cap",
            models.iter().map(|m| Some(exceptions_cell(m, lang))).collect(),
        )
        .titled(tr!(lang, "compare-row-cap-exceptions")),
    );
    (rows, CapChart { grades, caps })
}

/// A curriculum's total for a grade: its totals row, else the sum of its
/// subjects (none when that sum passes the decimal maximum: the checker
/// reports it).
fn total(curriculum: &CurriculumDef, column: usize) -> Option<Decimal> {
    match &curriculum.totals {
        Some(totals) => totals.get(column).copied().flatten(),
        None => {
            let cells: Vec<Decimal> =
                curriculum.subjects.iter().filter_map(|(_, cells)| cells.get(column).copied().flatten()).collect();
            if cells.is_empty() {
                None
            } else {
                cells.iter().try_fold(Decimal::ZERO, |sum, c| sum.checked_add(*c))
            }
        }
    }
}

fn grade_span(grades: &[i64]) -> String {
    match (grades.first(), grades.last()) {
        (Some(a), Some(b)) if a == b => format!("grade {a}"),
        (Some(a), Some(b)) => format!("grades {a}–{b}"),
        _ => "no grades".into(),
    }
}

/// A curriculum's title: in Russian its description, else (and in English) its name.
fn curriculum_title(lang: Lang, c: &CurriculumDef) -> &str {
    match (lang, c.description.as_deref()) {
        (Lang::Ru, Some(description)) => description,
        _ => &c.name,
    }
}

/// A curriculum with its grades in words: «учебный план 1–4 классов (1–4 классы)».
fn curriculum_words(lang: Lang, c: &CurriculumDef) -> String {
    match (c.grades.first(), c.grades.last()) {
        (Some(a), Some(b)) => format!("{} ({})", curriculum_title(lang, c), words::grades(lang, *a, *b)),
        _ => curriculum_title(lang, c).to_string(),
    }
}

/// The curriculum rows: which curricula each policy has, then each grade's
/// totals, marked where a total is above the curriculum's own cap.
pub(super) fn curriculum_rows(models: &[&Model], lang: Lang) -> Vec<Row> {
    let mut rows = vec![Row::new(
        Topic::Curricula,
        "curricula",
        "curricula",
        models
            .iter()
            .map(|m| {
                let mut acc: Option<Cell> = None;
                for c in &m.curricula {
                    add(
                        &mut acc,
                        Cell::new(format!("{} ({})", c.name, grade_span(&c.grades)), cite(&c.citation))
                            .in_words(curriculum_words(lang, c)),
                    );
                }
                Some(acc.unwrap_or_else(|| none(lang)))
            })
            .collect(),
    )
    .titled(tr!(lang, "compare-row-curricula"))];
    for grade in grades(models) {
        let cells = models
            .iter()
            .map(|m| {
                if m.curricula.is_empty() {
                    return None;
                }
                let mut acc: Option<Cell> = None;
                for c in &m.curricula {
                    let Some(column) = c.grades.iter().position(|g| *g == grade) else { continue };
                    let Some(t) = total(c, column) else { continue };
                    let cap = c
                        .cap
                        .and_then(|id| m.tables.get(id))
                        .and_then(|table| lookup(table, grade))
                        .and_then(row_number);
                    let (over, over_said) = match cap {
                        Some(cap) if t > cap => (
                            format!(", over the cap of {}", hours(&cap)),
                            tr!(lang, "compare-value-over-cap", cap = words::hours(lang, &cap)),
                        ),
                        _ => (String::new(), String::new()),
                    };
                    let said = format!("{} ({}{over_said})", words::hours(lang, &t), curriculum_title(lang, c));
                    let cell = Cell::new(format!("{} ({}{over})", hours(&t), c.name), cite(&c.citation)).in_words(said);
                    add(&mut acc, cell);
                }
                Some(acc.unwrap_or_else(|| Cell::plain("not covered").in_words(tr!(lang, "compare-value-not-covered"))))
            })
            .collect();
        rows.push(Row::new(Topic::Curricula, format!("grade_{grade}"), format!("grade {grade}"), cells).titled(tr!(
            lang,
            "compare-row-grade",
            grade = grade.to_string()
        )));
    }
    rows
}
