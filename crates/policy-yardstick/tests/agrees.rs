//! The yardstick judges as the evaluator does: on every test case of
//! `policies/murmansk-16.policy` and on cases from the seeded generator, the
//! eligibility, the values, the missing documents, each finding's rule,
//! severity and clause, and each obligation's role, duty, clause, due date,
//! condition and what an undecided condition depends on are the same.

use std::path::{Path, PathBuf};

use jiff::civil::{date, Date};
use policy_check::model::{Model, Severity};
use policy_eval::report::DutyCondition;
use policy_eval::{decode, evaluate, CaseFormat, Report, ReportValue, Vocabulary};

/// The date a case without `as_of` is judged on (the same for both).
const DEFAULT_AS_OF: Date = date(2025, 12, 15);

/// How many generated cases are compared.
const GENERATED: usize = 400;

/// How many different findings (rule and severity) the evaluator must give
/// on the generated cases at the least (19 with seed 7 today).
const MIN_RULES: usize = 16;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn murmansk() -> Model {
    let path = repo().join("policies/murmansk-16.policy");
    let mut ws = policy_check::Workspace::new();
    let root =
        ws.load(&path, &mut |p| std::fs::read_to_string(p)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let checked = policy_check::check(&ws, root);
    assert!(!checked.has_errors(), "{} has errors", path.display());
    checked.model
}

/// What must agree: everything but the wording of messages and explanations.
type Key = (
    Option<bool>,
    Vec<(String, ReportValue)>,
    Vec<String>,
    Vec<(String, Severity, Option<String>)>,
    Vec<(String, String, Option<String>, Option<Date>, Option<DutyCondition>, Vec<policy_i18n::Message>)>,
);

fn key(r: &Report) -> Key {
    (
        r.eligible,
        r.values.clone(),
        r.missing_documents.clone(),
        r.findings.iter().map(|f| (f.rule.clone(), f.severity, f.clause.clone())).collect(),
        r.obligations
            .iter()
            .map(|o| (o.role.clone(), o.duty.clone(), o.clause.clone(), o.due, o.condition, o.depends_on.clone()))
            .collect(),
    )
}

/// Both judges on one JSON case: the evaluator's key and the yardstick's
/// (an error when the yardstick cannot read the case).
fn both(model: &Model, vocab: &Vocabulary, json: &str) -> (Key, Result<Key, String>) {
    let (case, _) = decode(json, CaseFormat::Json, &model.schema, vocab).unwrap_or_else(|e| panic!("{e:?}"));
    let as_of = case.as_of(&model.schema).unwrap_or(DEFAULT_AS_OF);
    let theirs = key(&evaluate(model, &case, as_of));
    let mine = serde_json::from_str::<policy_yardstick::Case>(json)
        .map(|plain| key(&policy_yardstick::judge(&plain, as_of)))
        .map_err(|e| e.to_string());
    (theirs, mine)
}

#[test]
fn agrees_on_every_test_case_of_the_policy() {
    let model = murmansk();
    let vocab = Vocabulary::new(&model);
    let paths = policy_yardstick::murmansk_test_cases();
    assert!(paths.len() >= 43, "the murmansk-16 test cases: {}", paths.len());
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value: serde_json::Value =
            serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (theirs, mine) = both(&model, &vocab, &value.to_string());
        let mine = mine.unwrap_or_else(|e| panic!("{}: the yardstick cannot read it: {e}", path.display()));
        assert_eq!(mine, theirs, "{}: the yardstick disagrees with the evaluator", path.display());
    }
}

#[test]
fn agrees_on_generated_cases() {
    let model = murmansk();
    let vocab = Vocabulary::new(&model);
    let mut cases = policy_casegen::Generator::new(7);
    let mut disagreements = Vec::new();
    let mut rules = std::collections::BTreeSet::new();
    for _ in 0..GENERATED {
        let line = cases.line();
        let (theirs, mine) = both(&model, &vocab, &line);
        rules.extend(theirs.3.iter().map(|(rule, severity, _)| (rule.clone(), *severity)));
        if mine.as_ref() != Ok(&theirs) {
            disagreements.push((line, theirs, mine));
        }
    }
    // The comparison means something only if the cases reach most of the rules.
    assert!(rules.len() >= MIN_RULES, "the generated cases reach only {} rules: {rules:?}", rules.len());
    if let Some((line, theirs, mine)) = disagreements.first() {
        panic!(
            "the yardstick disagrees with the evaluator on {} of {GENERATED} generated cases; the first:\n{line}\n\
             evaluator: {theirs:#?}\nyardstick: {mine:#?}",
            disagreements.len()
        );
    }
}
