//! Runs the `test` blocks of the shipped policies (`policies/*.policy`)
//! through decoding and evaluation, and checks every expectation.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use policy_check::model::{ExpectDefKind, Model, Severity, Value};
use policy_eval::{decode, evaluate, CaseFormat, Report, ReportValue, Vocabulary};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn load(path: &Path) -> Model {
    let mut ws = policy_check::Workspace::new();
    let root = ws.load(path, &mut |p| std::fs::read_to_string(p)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let checked = policy_check::check(&ws, root);
    assert!(!checked.has_errors(), "{}: {:#?}", path.display(), checked.diagnostics);
    checked.model
}

fn same(model: &Model, got: Option<&ReportValue>, want: &Value) -> bool {
    match (got, want) {
        (None, Value::Null) => true,
        (Some(ReportValue::Number(a)), Value::Number(b)) => a == b,
        (Some(ReportValue::Bool(a)), Value::Bool(b)) => a == b,
        (Some(ReportValue::Text(a)), Value::Text(b)) => a == b,
        (Some(ReportValue::Date(a)), Value::Date(b)) => a == b,
        (Some(ReportValue::Symbol(a)), Value::Symbol(b)) => a == model.symbol_name(*b),
        _ => false,
    }
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v.dedup();
    v
}

/// Checks one report against one test's expectations; returns the failures.
fn expectations(model: &Model, test: usize, report: &Report) -> Vec<String> {
    let mut failures = Vec::new();
    for e in &model.tests[test].expects {
        let ok = match &e.kind {
            ExpectDefKind::Eligible(b) => report.eligible == *b,
            ExpectDefKind::Value(name, v) => same(model, report.value(name), v),
            ExpectDefKind::Finding { negated, severity, clause } => {
                let found = match severity {
                    Some(sev) => {
                        report.findings.iter().any(|f| f.severity == *sev && f.clause.as_deref() == Some(clause))
                    }
                    None => report.obligations.iter().any(|o| o.clause.as_deref() == Some(clause)),
                };
                found != *negated
            }
            ExpectDefKind::Violations(clauses) => {
                let got = sorted(
                    report
                        .findings
                        .iter()
                        .filter(|f| f.severity == Severity::Violation)
                        .filter_map(|f| f.clause.clone())
                        .collect(),
                );
                got == sorted(clauses.clone())
            }
            ExpectDefKind::Missing(kinds) => sorted(report.missing_documents.clone()) == sorted(kinds.clone()),
        };
        if !ok {
            failures.push(e.source.clone());
        }
    }
    failures
}

#[test]
fn shipped_policy_tests_pass() {
    let dir = root().join("policies");
    let mut policies: Vec<PathBuf> =
        std::fs::read_dir(&dir).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    policies.retain(|p| p.extension().is_some_and(|e| e == "policy") && !p.ends_with("case-schema.policy"));
    policies.sort();
    let mut failures = Vec::new();
    let mut ran = 0;
    for path in &policies {
        let model = load(path);
        let vocab = Vocabulary::new(&model);
        for (t, test) in model.tests.iter().enumerate() {
            let Some(case) = &test.case else { continue };
            let case_path = dir.join(case);
            let text = std::fs::read_to_string(&case_path).unwrap_or_else(|e| panic!("{}: {e}", case_path.display()));
            let format = CaseFormat::from_path(&case_path).unwrap_or(CaseFormat::Yaml);
            let (case, _warnings) = match decode(&text, format, &model.schema, &vocab) {
                Ok(c) => c,
                Err(errors) => {
                    let errors: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
                    failures.push(format!("{}: {}: {errors:#?}", model.meta.id, test.name));
                    continue;
                }
            };
            let as_of = case.as_of(&model.schema).unwrap_or(Date::constant(2025, 9, 15));
            let report = evaluate(&model, &case, as_of);
            ran += 1;
            let failed = expectations(&model, t, &report);
            if !failed.is_empty() {
                failures.push(format!(
                    "{} / {}: failed {failed:?}\n{}",
                    model.meta.id,
                    test.name,
                    serde_json::to_string_pretty(&report).unwrap_or_default()
                ));
            }
        }
    }
    assert!(ran > 0, "no shipped test ran");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
