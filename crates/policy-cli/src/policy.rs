//! Loading one policy for evaluation: read, check, and refuse it with its
//! diagnostics when it has errors.

use std::io::IsTerminal;
use std::path::Path;

use policy_check::{Checked, Workspace};

use crate::exit::Failure;
use crate::{load, render};

/// A checked policy without errors, ready to evaluate.
pub struct LoadedPolicy {
    /// The checked policy.
    pub checked: Checked,
}

/// Loads and checks the policy at `path`. Fails (exit 2) on an unreadable
/// file, or on a policy with errors, with the errors rendered for standard
/// error.
pub fn load_checked(path: &Path) -> Result<LoadedPolicy, Failure> {
    let mut workspace = Workspace::new();
    let root = load::load_policy(&mut workspace, path).map_err(|e| e.failure("policy"))?;
    let checked = policy_check::check(&workspace, root);
    if checked.has_errors() {
        let errors: Vec<_> = checked.diagnostics.iter().filter(|d| d.diagnostic.is_error()).cloned().collect();
        let rendered = render::human(&workspace, &errors, std::io::stderr().is_terminal());
        return Err(Failure(format!(
            "{rendered}error: policy `{}` has {} error(s); fix them with `policy check` first",
            path.display(),
            errors.len()
        )));
    }
    Ok(LoadedPolicy { checked })
}
