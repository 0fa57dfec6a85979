//! Checking a report against a policy test's expectations — the one
//! implementation behind `policy test`, for library users too.

use std::collections::BTreeSet;

use policy_check::model::{ExpectDef, ExpectDefKind, Model, Severity, TestDef, Value};
use policy_i18n::{msg, Message};

use crate::report::{Finding, Report, ReportValue};

/// One expectation that does not hold, said in the reader's language
/// (`locales/*/eval.ftl`); values and clauses as the JSON report writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The expectation as written in the policy.
    pub expectation: Message,
    /// What it expects.
    pub expected: Message,
    /// What the report shows.
    pub actual: Message,
}

/// The expectations of `test` that `report` does not meet (empty: the test
/// passes). A case the policy could not judge ([`Report::policy_errors`]: a
/// contradiction, arithmetic past the decimal maximum) fails the test
/// whatever it expects.
pub fn check(model: &Model, test: &TestDef, report: &Report) -> Vec<Failure> {
    let unjudged = report.policy_errors.iter().map(|problem| Failure {
        expectation: msg!("expect-judgeable"),
        expected: msg!("expect-no-policy-error"),
        actual: problem.clone(),
    });
    unjudged.chain(test.expects.iter().filter_map(|e| check_one(model, e, report))).collect()
}

fn check_one(model: &Model, expect: &ExpectDef, report: &Report) -> Option<Failure> {
    let fail = |expected: Message, actual: Message| {
        Some(Failure { expectation: Message::from(expect.source.trim().to_string()), expected, actual })
    };
    match &expect.kind {
        ExpectDefKind::Eligible(expected) => {
            let show = |v: Option<bool>| v.map(|b| b.to_string()).unwrap_or_else(|| "null".into());
            if report.eligible == *expected {
                None
            } else {
                fail(Message::from(show(*expected)), Message::from(show(report.eligible)))
            }
        }
        ExpectDefKind::Value(name, expected) => {
            let actual = report.value(name);
            if same_value(model, expected, actual) {
                None
            } else {
                fail(Message::from(show_value(model, expected)), show_report_value(actual))
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
                (false, true) => fail(
                    msg!("expect-finding", what = what, clause = clause.clone()),
                    msg!("expect-none", findings = summary(report)),
                ),
                (true, false) => fail(
                    msg!("expect-no-finding", what = what, clause = clause.clone()),
                    Message::from(found.join("; ")),
                ),
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
                fail(Message::from(show_set(&expected)), Message::from(show_set(&actual)))
            }
        }
        ExpectDefKind::Missing(kinds) => {
            let expected: BTreeSet<&str> = kinds.iter().map(String::as_str).collect();
            let actual: BTreeSet<&str> = report.missing_documents.iter().map(String::as_str).collect();
            if expected == actual {
                None
            } else {
                fail(Message::from(show_set(&expected)), Message::from(show_set(&actual)))
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

fn show_report_value(value: Option<&ReportValue>) -> Message {
    match value {
        None => msg!("expect-absent"),
        Some(v) => Message::from(serde_json::to_string(v).unwrap_or_else(|_| "?".into())),
    }
}

fn show_set(set: &BTreeSet<&str>) -> String {
    let items: Vec<String> = set.iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", items.join(", "))
}

/// A one-line summary of a report's findings, for failure messages.
fn summary(report: &Report) -> Message {
    let items: Vec<Message> = report
        .findings
        .iter()
        .map(|f| {
            let clause = f.clause.clone().unwrap_or_else(|| "-".into());
            msg!("expect-found", what = f.severity.as_str(), clause = clause)
        })
        .collect();
    if items.is_empty() {
        msg!("expect-no-findings")
    } else {
        msg!("expect-findings", items = Message::list(items, ", "))
    }
}
