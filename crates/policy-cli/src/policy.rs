//! Loading one policy for evaluation: read, check, and refuse it with its
//! diagnostics when it has errors.

use std::io::IsTerminal;
use std::path::Path;

use policy_check::{Checked, Workspace};

use crate::{load, render};

/// A checked policy without errors, ready to evaluate.
pub struct LoadedPolicy {
    /// The checked policy.
    pub checked: Checked,
}

/// Loads and checks the policy at `path`. On an unreadable file or a policy
/// with errors, prints why to standard error and returns `None` (exit 2).
pub fn load_checked(path: &Path) -> Option<LoadedPolicy> {
    let mut workspace = Workspace::new();
    let root = match load::load_policy(&mut workspace, path) {
        Ok(root) => root,
        Err(e) => {
            eprintln!("error: cannot read policy `{}`: {}", e.path.display(), e.reason);
            return None;
        }
    };
    let checked = policy_check::check(&workspace, root);
    if checked.has_errors() {
        let errors: Vec<_> = checked.diagnostics.iter().filter(|d| d.diagnostic.is_error()).cloned().collect();
        eprint!("{}", render::human(&workspace, &errors, std::io::stderr().is_terminal()));
        eprintln!(
            "error: policy `{}` has {} error(s); fix them with `policy check` first",
            path.display(),
            errors.len()
        );
        return None;
    }
    Some(LoadedPolicy { checked })
}
