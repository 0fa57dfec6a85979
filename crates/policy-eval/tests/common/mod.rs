//! Helpers shared by the integration tests: the repository root and the
//! fixture policy every report and bad-case test is judged under.

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
