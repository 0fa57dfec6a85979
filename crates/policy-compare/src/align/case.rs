//! One case judged under each policy, side by side: eligibility, the cap and
//! the weekly hours, the findings (aligned by the rule that reported them),
//! the missing documents, the pay mode, and the obligations the case
//! brings about (duties with a deadline, a frequency or a condition; the
//! standing duties every case has are counted, and shown in the duties
//! topic).

use policy_check::model::{DutyDef, Model, Severity};
use policy_check::text::number as format_number;
use policy_eval::{titles, Report, ReportValue};
use policy_i18n::{message_with, tr, Lang};

use super::{by_key, cite, distinct, title_in_any};
use crate::comparison::{Cell, Row, Topic};

/// A reported value as people read it, numbers with `unit`.
fn shown(v: &ReportValue, unit: &str) -> String {
    match v {
        ReportValue::Number(n) if unit.is_empty() => format_number(n),
        ReportValue::Number(n) => format!("{} {unit}", format_number(n)),
        ReportValue::Bool(true) => "yes".into(),
        ReportValue::Bool(false) => "no".into(),
        ReportValue::Text(t) | ReportValue::Symbol(t) | ReportValue::Duration(t) => t.clone(),
        ReportValue::Date(d) => d.to_string(),
        ReportValue::Interval(a, b) => format!("{a}/{b}"),
        ReportValue::Range(a, b) => format!("{a}..{b}"),
        ReportValue::List(items) => items.iter().map(|i| shown(i, unit)).collect::<Vec<_>>().join(", "),
    }
}

/// The citation of the value or table reported under `name`.
fn value_clause<'m>(model: &'m Model, name: &str) -> Option<&'m str> {
    model
        .values
        .iter()
        .find(|v| v.name == name)
        .and_then(|v| cite(&v.citation))
        .or_else(|| model.tables.iter().find(|t| t.name == name).and_then(|t| cite(&t.citation)))
}

/// A reported value's cell: compared as the JSON writes it, read in words (`unit_message`,
/// a message and the argument it takes, puts a number with its unit); `absent` (its value
/// and its message) when the report has no such value.
fn value_cell(
    model: &Model,
    lang: Lang,
    report: &Report,
    name: &str,
    (absent, absent_id): (&str, &'static str),
) -> Cell {
    match report.value(name) {
        Some(v) => Cell::new(shown(v, crate::expr::unit_of(name)), value_clause(model, name))
            .in_words(policy_eval::words::report_value(model, lang, name, v)),
        None => Cell::plain(absent).in_words(message_with(lang, absent_id, &[])),
    }
}

/// Whether the policy has the rule, document or duty a finding names
/// (`weekly_load`, `document.schedule`, `duty.administration.substitution`).
fn knows(model: &Model, rule: &str) -> bool {
    if let Some(kind) = rule.strip_prefix("document.") {
        return model.documents.iter().any(|d| model.symbol_name(d.kind) == kind);
    }
    if let Some((role, key)) = rule.strip_prefix("duty.").and_then(|r| r.split_once('.')) {
        return model.roles.iter().any(|r| {
            r.name == role
                && (r.items.iter().any(|d| d.key.as_deref() == Some(key))
                    || key.parse::<usize>().is_ok_and(|i| i >= 1 && i <= r.items.len()))
        });
    }
    model.rules.iter().any(|r| r.name == rule)
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A row per rule that reported a finding under some policy, violations
/// first.
fn finding_rows(models: &[&Model], reports: &[&Report], lang: Lang) -> Vec<Row> {
    let per_policy: Vec<Vec<(String, Cell)>> = reports
        .iter()
        .map(|r| {
            r.findings
                .iter()
                .map(|f| {
                    let cell = Cell::new(f.severity.as_str(), f.clause.as_deref())
                        .in_words(super::rules::severity_words(lang, f.severity))
                        .with_note(Some(&f.message.render(lang)));
                    (f.rule.clone(), cell)
                })
                .collect()
        })
        .collect();
    let severity =
        |rule: &str| reports.iter().flat_map(|r| &r.findings).filter(|f| f.rule == rule).map(|f| f.severity).min();
    let mut aligned = by_key(per_policy);
    aligned.sort_by_key(|(rule, _)| severity(rule).unwrap_or(Severity::Info));
    aligned
        .into_iter()
        .map(|(rule, cells)| {
            let cells = cells
                .into_iter()
                .zip(models)
                .map(|(cell, model)| {
                    cell.or_else(|| {
                        knows(model, &rule)
                            .then(|| Cell::plain("no finding").in_words(tr!(lang, "compare-case-no-finding")))
                    })
                })
                .collect();
            // The rule by its title in the first policy that has one.
            let title = title_in_any(models, &rule, |m, k| titles::rule(m, lang, k).to_string())
                .unwrap_or_else(|| rule.clone());
            Row::new(Topic::Case, format!("finding.{rule}"), rule.clone(), cells).titled(title)
        })
        .collect()
}

/// The duty behind an obligation, with its 1-based place in its role.
fn duty_of<'m>(model: &'m Model, role: &str, text: &str) -> Option<(usize, &'m DutyDef)> {
    let role = model.roles.iter().find(|r| r.name == role)?;
    role.items.iter().enumerate().find(|(_, d)| !d.is_right && d.text == text).map(|(i, d)| (i + 1, d))
}

/// The obligations summary and a row per case-specific obligation.
fn obligation_rows(models: &[&Model], reports: &[&Report], lang: Lang) -> Vec<Row> {
    let summary = reports
        .iter()
        .map(|r| {
            let due = r.obligations.iter().filter(|o| o.due.is_some()).count();
            let mut value = plural(r.obligations.len(), "obligation", "obligations");
            if due > 0 {
                value.push_str(&format!(", {} with a due date", due));
            }
            let count = i64::try_from(r.obligations.len()).unwrap_or(i64::MAX);
            let due = i64::try_from(due).unwrap_or(i64::MAX);
            Some(Cell::plain(value).in_words(tr!(lang, "compare-case-obligations-count", n = count, due = due)))
        })
        .collect();
    let mut rows = vec![
        Row::new(Topic::Case, "obligations", "obligations", summary).titled(tr!(lang, "compare-case-obligations"))
    ];
    let per_policy: Vec<Vec<(String, Cell)>> = models
        .iter()
        .zip(reports)
        .map(|(model, report)| {
            let mut out = Vec::new();
            for ob in &report.obligations {
                let Some((index, duty)) = duty_of(model, &ob.role, &ob.duty) else { continue };
                if duty.deadline.is_none() && duty.frequency.is_none() && duty.when.is_none() {
                    continue;
                }
                let key = duty.key.clone().unwrap_or_else(|| index.to_string());
                // A duty whose condition the case cannot decide only may apply.
                let (value, words) = match (ob.due, ob.condition) {
                    (Some(due), _) => {
                        (format!("due {due}"), tr!(lang, "compare-case-due", date = policy_i18n::date(lang, due)))
                    }
                    (None, Some(_)) => ("may apply".to_string(), tr!(lang, "compare-case-may-apply")),
                    (None, None) => ("applies".to_string(), tr!(lang, "compare-case-applies")),
                };
                out.push((
                    format!("{}.{key}", ob.role),
                    Cell::new(value, ob.clause.as_deref()).in_words(words).with_note(Some(&ob.duty)),
                ));
            }
            out
        })
        .collect();
    for (key, cells) in by_key(per_policy) {
        let label = key.replacen('.', " · ", 1);
        // The role by its title in the first policy that has one, then the duty's key.
        let (role, duty) = key.split_once('.').unwrap_or((key.as_str(), ""));
        let role_title = title_in_any(models, role, |m, k| titles::role(m, lang, k).to_string())
            .map(|t| titles::capitalised(&t).into_owned())
            .unwrap_or_else(|| role.to_string());
        let title = format!("{role_title} · {duty}");
        rows.push(Row::new(Topic::Case, format!("obligation.{key}"), label, cells).titled(title));
    }
    rows
}

/// The case rows.
pub(super) fn rows(models: &[&Model], reports: &[&Report], lang: Lang) -> Vec<Row> {
    let pairs = || models.iter().zip(reports);
    let mut rows = vec![
        Row::new(
            Topic::Case,
            "eligible",
            "eligible",
            pairs()
                .map(|(m, r)| {
                    let (value, words) = match r.eligible {
                        Some(true) => ("yes", tr!(lang, "report-yes")),
                        Some(false) => ("no", tr!(lang, "report-no")),
                        None => ("not decided", tr!(lang, "report-undecided")),
                    };
                    let clause = m.eligible.and_then(|id| m.values.get(id)).and_then(|v| cite(&v.citation));
                    Some(Cell::new(value, clause).in_words(words))
                })
                .collect(),
        )
        .titled(tr!(lang, "compare-case-eligible")),
        Row::new(
            Topic::Case,
            "max_weekly_hours",
            "weekly cap",
            pairs()
                .map(|(m, r)| Some(value_cell(m, lang, r, "max_weekly_hours", ("no cap", "compare-value-no-cap"))))
                .collect(),
        )
        .titled(tr!(lang, "compare-case-weekly-cap")),
        Row::new(
            Topic::Case,
            "weekly_hours",
            "weekly hours",
            pairs()
                .map(|(m, r)| Some(value_cell(m, lang, r, "weekly_hours", ("not known", "compare-case-not-known"))))
                .collect(),
        )
        .titled(tr!(lang, "compare-case-weekly-hours")),
        Row::new(
            Topic::Case,
            "violations",
            "violations",
            reports
                .iter()
                .map(|r| {
                    let violations: Vec<_> = r.findings.iter().filter(|f| f.severity == Severity::Violation).collect();
                    let clause = distinct(violations.iter().map(|f| f.clause.as_deref()));
                    let value = if violations.is_empty() {
                        "none".to_string()
                    } else {
                        plural(violations.len(), "violation", "violations")
                    };
                    let count = i64::try_from(violations.len()).unwrap_or(i64::MAX);
                    let words = tr!(lang, "compare-case-violations-count", n = count);
                    Some(Cell::new(value, clause.as_deref()).in_words(words))
                })
                .collect(),
        )
        .titled(tr!(lang, "compare-case-violations")),
    ];
    rows.extend(finding_rows(models, reports, lang));
    rows.push(
        Row::new(
            Topic::Case,
            "missing_documents",
            "missing documents",
            pairs()
                .map(|(m, r)| {
                    if r.missing_documents.is_empty() {
                        return Some(Cell::plain("none").in_words(tr!(lang, "compare-value-none")));
                    }
                    let clause = distinct(r.missing_documents.iter().map(|kind| {
                        m.documents
                            .iter()
                            .find(|d| m.symbol_name(d.kind) == kind.as_str())
                            .and_then(|d| cite(&d.citation))
                    }));
                    let titles: Vec<&str> =
                        r.missing_documents.iter().map(|kind| titles::document(m, lang, kind)).collect();
                    Some(Cell::new(r.missing_documents.join(", "), clause.as_deref()).in_words(titles.join(", ")))
                })
                .collect(),
        )
        .titled(tr!(lang, "compare-case-missing-documents")),
    );
    rows.push(
        Row::new(
            Topic::Case,
            "pay_mode",
            "pay mode",
            pairs()
                .map(|(m, r)| Some(value_cell(m, lang, r, "pay_mode", ("not decided", "report-undecided"))))
                .collect(),
        )
        .titled(tr!(lang, "compare-case-pay-mode")),
    );
    rows.push(
        Row::new(
            Topic::Case,
            "teacher_bonus_percent",
            "teacher bonus",
            pairs()
                .map(|(m, r)| Some(value_cell(m, lang, r, "teacher_bonus_percent", ("none", "compare-value-none"))))
                .collect(),
        )
        .titled(tr!(lang, "compare-case-teacher-bonus")),
    );
    rows.extend(obligation_rows(models, reports, lang));
    rows
}
