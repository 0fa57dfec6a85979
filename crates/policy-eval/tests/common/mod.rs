//! Helpers shared by the integration tests: the repository root, the
//! fixture policy every report and bad-case test is judged under, and a
//! test's own policy checked and judged.
#![allow(dead_code, reason = "each test binary uses the helpers it needs")]

use std::path::{Path, PathBuf};

use policy_check::model::Model;

/// The repository's root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The checked fixture policy `tests/fixtures/eval.policy`.
pub fn fixture() -> Model {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eval.policy");
    let mut ws = policy_check::Workspace::new();
    let root = ws.load(&path, &mut |p| std::fs::read_to_string(p)).expect("the fixture policy is readable");
    let checked = policy_check::check(&ws, root);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.model
}

/// `policy` checked after a test's own `schema` (and enumerations), in one text; fails the
/// test on any error.
pub fn model_with(schema: &str, policy: &str) -> Model {
    let text = format!("{schema}\n{policy}");
    let (_, checked) = policy_check::check_text(&text);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.model
}

/// `case` (YAML) decoded under `model` and judged on `as_of`; fails the test when it does
/// not decode.
pub fn judge_yaml(model: &Model, case: &str, as_of: jiff::civil::Date) -> policy_eval::Report {
    let vocab = policy_eval::Vocabulary::new(model);
    let (case, _) = policy_eval::decode(case, policy_eval::CaseFormat::Yaml, &model.schema, &vocab)
        .unwrap_or_else(|e| panic!("{e:#?}"));
    policy_eval::evaluate(model, &case, as_of)
}
