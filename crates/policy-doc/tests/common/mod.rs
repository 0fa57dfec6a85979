//! Loading the shipped policies for the document's tests.

use std::path::{Path, PathBuf};

use policy_check::{Checked, Workspace};

/// The repository's root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The policy at `path` (relative to the repository), checked without errors.
pub fn checked(path: &str) -> (Workspace, Checked) {
    let mut ws = Workspace::new();
    let root = ws.load(&repo().join(path), &mut |p: &Path| std::fs::read_to_string(p)).expect("the policy reads");
    let checked = policy_check::check(&ws, root);
    assert!(!checked.has_errors(), "{path}: {:?}", checked.diagnostics);
    (ws, checked)
}

/// The example amendment of murmansk-16 (two versions).
pub const AMENDMENT: &str = "tests/versions/murmansk-16-amendment-example.policy";
