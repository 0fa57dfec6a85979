//! `policy test [PATH…]`: runs the tests written in policies, prints each
//! failure with what was expected and what came out, and ends with
//! `N passed, M failed`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use policy_check::model::{ExpectDef, ExpectDefKind, Model, TestDef, Value};
use policy_eval::{Report, ReportValue};

use crate::{case_file, load, policy};

/// Arguments of `policy test`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Policy files or directories (default: `policies`).
    pub paths: Vec<PathBuf>,
}

/// Runs the command; returns the exit status (1 on any failure, 2 on unusable input).
pub fn run(args: &Args) -> u8 {
    let paths = if args.paths.is_empty() { vec![PathBuf::from("policies")] } else { args.paths.clone() };
    let files = match load::policy_files(&paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: cannot read `{}`: {}", e.path.display(), e.reason);
            return 2;
        }
    };
    let (mut passed, mut failed) = (0usize, 0usize);
    let mut unusable = false;
    for path in files {
        let Some(loaded) = policy::load_checked(&path) else {
            unusable = true;
            continue;
        };
        let model = &loaded.checked.model;
        for test in &model.tests {
            match run_test(&path, model, test) {
                Ok(()) => passed += 1,
                Err(problems) => {
                    failed += 1;
                    println!("FAIL {} › {}", model.meta.id, test.name);
                    for p in problems {
                        println!("    {p}");
                    }
                }
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if unusable {
        2
    } else {
        u8::from(failed > 0)
    }
}

/// Runs one test; the problems when it fails.
fn run_test(policy_path: &Path, model: &Model, test: &TestDef) -> Result<(), Vec<String>> {
    let Some(case) = &test.case else { return Err(vec!["the test names no case file".into()]) };
    let case_path = policy_path.parent().unwrap_or(Path::new(".")).join(case);
    let Some(text) = case_file::read(&case_path) else {
        return Err(vec![format!("cannot read the case `{}`", case_path.display())]);
    };
    let Some((decoded, _)) = case_file::decode(&text, model, false) else {
        return Err(vec![format!("the case `{}` is not valid", case_path.display())]);
    };
    let as_of = decoded.as_of(&model.schema).unwrap_or_else(super::eval::today);
    let report = policy_eval::evaluate(model, &decoded, as_of);
    let problems: Vec<String> = test.expects.iter().filter_map(|e| check_expect(model, e, &report)).collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// A model constant as the report would print it.
fn show_value(model: &Model, value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.normalize().to_string(),
        Value::Text(t) => format!("\"{t}\""),
        Value::Date(d) => d.to_string(),
        Value::Symbol(s) => model.symbol_name(*s).to_string(),
        other => format!("{other:?}"),
    }
}

fn show_report_value(value: Option<&ReportValue>) -> String {
    match value {
        None => "absent".into(),
        Some(v) => serde_json::to_string(v).unwrap_or_else(|_| "?".into()),
    }
}

fn same_value(model: &Model, expected: &Value, actual: Option<&ReportValue>) -> bool {
    match (expected, actual) {
        (Value::Null, None) => true,
        (Value::Number(a), Some(ReportValue::Number(b))) => a == b,
        (Value::Bool(a), Some(ReportValue::Bool(b))) => a == b,
        (Value::Text(a), Some(ReportValue::Text(b))) => a == b,
        (Value::Date(a), Some(ReportValue::Date(b))) => a == b,
        (Value::Symbol(a), Some(ReportValue::Symbol(b))) => model.symbol_name(*a) == b,
        _ => false,
    }
}

fn show_set(set: &BTreeSet<String>) -> String {
    let items: Vec<String> = set.iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", items.join(", "))
}

/// The problem with one expectation, if it does not hold.
fn check_expect(model: &Model, expect: &ExpectDef, report: &Report) -> Option<String> {
    let mismatch = |expected: String, actual: String| {
        Some(format!("`{}`\n        expected: {expected}\n        got:      {actual}", expect.source.trim()))
    };
    match &expect.kind {
        ExpectDefKind::Eligible(expected) => {
            let show = |v: Option<bool>| v.map(|b| b.to_string()).unwrap_or_else(|| "null".into());
            (report.eligible != *expected).then(|| ()).and_then(|_| mismatch(show(*expected), show(report.eligible)))
        }
        ExpectDefKind::Value(name, expected) => {
            let actual = report.value(name);
            if same_value(model, expected, actual) {
                None
            } else {
                mismatch(show_value(model, expected), show_report_value(actual))
            }
        }
        ExpectDefKind::Finding { negated, severity, clause } => {
            let found: Vec<String> = match severity {
                Some(sev) => report
                    .findings
                    .iter()
                    .filter(|f| f.severity == *sev && f.clause.as_deref() == Some(clause.as_str()))
                    .map(|f| f.message.clone())
                    .collect(),
                None => report
                    .obligations
                    .iter()
                    .filter(|o| o.clause.as_deref() == Some(clause.as_str()))
                    .map(|o| o.duty.clone())
                    .collect(),
            };
            let what = severity.map(|s| s.as_str()).unwrap_or("obligation");
            match (negated, found.is_empty()) {
                (false, true) => {
                    mismatch(format!("a {what} citing \"{clause}\""), format!("none; {}", summary(report)))
                }
                (true, false) => mismatch(format!("no {what} citing \"{clause}\""), found.join("; ")),
                _ => None,
            }
        }
        ExpectDefKind::Violations(clauses) => {
            let expected: BTreeSet<String> = clauses.iter().cloned().collect();
            let actual: BTreeSet<String> = report
                .findings
                .iter()
                .filter(|f| f.severity == policy_check::model::Severity::Violation)
                .filter_map(|f| f.clause.clone())
                .collect();
            (expected != actual).then(|| ()).and_then(|_| mismatch(show_set(&expected), show_set(&actual)))
        }
        ExpectDefKind::Missing(kinds) => {
            let expected: BTreeSet<String> = kinds.iter().cloned().collect();
            let actual: BTreeSet<String> = report.missing_documents.iter().cloned().collect();
            (expected != actual).then(|| ()).and_then(|_| mismatch(show_set(&expected), show_set(&actual)))
        }
    }
}

/// A one-line summary of a report's findings, for failure messages.
fn summary(report: &Report) -> String {
    let items: Vec<String> = report
        .findings
        .iter()
        .map(|f| format!("{} {}", f.severity.as_str(), f.clause.as_deref().unwrap_or("-")))
        .collect();
    if items.is_empty() {
        "no findings".into()
    } else {
        format!("findings: {}", items.join(", "))
    }
}
