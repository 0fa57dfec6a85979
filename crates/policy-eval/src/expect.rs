//! Checking a report against a policy test's expectations — the one
//! implementation behind `policy test`, for library users too.

use std::collections::BTreeSet;

use policy_check::model::{ExpectDef, ExpectDefKind, Model, Severity, TestDef, Value};
use policy_i18n::Lang;

use crate::report::{Finding, Report, ReportValue};

/// One expectation that does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The expectation as written in the policy.
    pub expectation: String,
    /// What it expects.
    pub expected: String,
    /// What the report shows.
    pub actual: String,
}

/// The expectations of `test` that `report` does not meet (empty: the test
/// passes). A case the policy could not judge ([`Report::policy_errors`]: a
/// contradiction, arithmetic past the decimal maximum) fails the test
/// whatever it expects.
pub fn check(model: &Model, test: &TestDef, report: &Report) -> Vec<Failure> {
    let unjudged = report.policy_errors.iter().map(|problem| Failure {
        expectation: "(the case can be judged)".into(),
        expected: "no policy error".into(),
        actual: problem.render(Lang::Ru),
    });
    unjudged.chain(test.expects.iter().filter_map(|e| check_one(model, e, report))).collect()
}

fn check_one(model: &Model, expect: &ExpectDef, report: &Report) -> Option<Failure> {
    let fail = |expected: String, actual: String| {
        Some(Failure { expectation: expect.source.trim().to_string(), expected, actual })
    };
    match &expect.kind {
        ExpectDefKind::Eligible(expected) => {
            let show = |v: Option<bool>| v.map(|b| b.to_string()).unwrap_or_else(|| "null".into());
            if report.eligible == *expected {
                None
            } else {
                fail(show(*expected), show(report.eligible))
            }
        }
        ExpectDefKind::Value(name, expected) => {
            let actual = report.value(name);
            if same_value(model, expected, actual) {
                None
            } else {
                fail(show_value(model, expected), show_report_value(actual))
            }
        }
        ExpectDefKind::Finding { negated, severity, clause } => {
            let found: Vec<String> = match severity {
                Some(sev) => report
                    .findings
                    .iter()
                    .filter(|f| f.severity == *sev && f.clause.as_deref() == Some(clause.as_str()))
                    .map(Finding::text)
                    .collect(),
                None => report
                    .obligations
                    .iter()
                    .filter(|o| o.clause.as_deref() == Some(clause.as_str()))
                    .map(|o| o.duty.clone())
                    .collect(),
            };
            let what = severity.map(Severity::as_str).unwrap_or("obligation");
            match (negated, found.is_empty()) {
                (false, true) => fail(format!("a {what} citing \"{clause}\""), format!("none; {}", summary(report))),
                (true, false) => fail(format!("no {what} citing \"{clause}\""), found.join("; ")),
                _ => None,
            }
        }
        ExpectDefKind::Violations(clauses) => {
            let expected: BTreeSet<&str> = clauses.iter().map(String::as_str).collect();
            let actual: BTreeSet<&str> = report
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Violation)
                .filter_map(|f| f.clause.as_deref())
                .collect();
            if expected == actual {
                None
            } else {
                fail(show_set(&expected), show_set(&actual))
            }
        }
        ExpectDefKind::Missing(kinds) => {
            let expected: BTreeSet<&str> = kinds.iter().map(String::as_str).collect();
            let actual: BTreeSet<&str> = report.missing_documents.iter().map(String::as_str).collect();
            if expected == actual {
                None
            } else {
                fail(show_set(&expected), show_set(&actual))
            }
        }
    }
}

/// Whether a reported value equals an expected constant (`null`: absent).
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

/// A model constant as the report would print it.
fn show_value(model: &Model, value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => policy_check::text::number(n),
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

fn show_set(set: &BTreeSet<&str>) -> String {
    let items: Vec<String> = set.iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", items.join(", "))
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
