//! Reading policy files from disk (`policy_load::files`), with the failure
//! each command reports when a file cannot be read.

use std::path::{Path, PathBuf};

use policy_check::model::FileId;
use policy_check::Workspace;
use policy_i18n::{io_reason, tr};

pub use policy_load::MAX_POLICY_BYTES;

use crate::exit::Failure;

/// A file that could not be read, with the reason.
#[derive(Debug)]
pub struct Unreadable(pub policy_load::Unreadable);

impl Unreadable {
    /// The failure to report: `error: cannot read `path`: reason`.
    pub fn failure(&self) -> Failure {
        let lang = crate::lang::chosen(None);
        Failure(tr!(lang, "cli-cannot-read", path = self.0.path.display().to_string(), reason = self.0.reason_in(lang)))
    }

    /// The failure to report for a policy: `error: cannot read policy `path`: reason`.
    pub fn policy_failure(&self) -> Failure {
        policy_unreadable(&self.0)
    }
}

/// The failure to report when a policy cannot be read.
pub fn policy_unreadable(u: &policy_load::Unreadable) -> Failure {
    let lang = crate::lang::chosen(None);
    Failure(tr!(lang, "cli-cannot-read-policy", path = u.path.display().to_string(), reason = u.reason_in(lang)))
}

/// The failure to report when a policy has errors (`rendered`: the errors
/// as `policy check` shows them).
pub fn policy_has_errors(rendered: String, path: &Path, errors: usize) -> Failure {
    let lang = crate::lang::chosen(None);
    Failure(rendered + &tr!(lang, "cli-policy-has-errors", path = path.display().to_string(), n = errors))
}

/// Expands `paths` (files or directories) into the `.policy` files to check,
/// sorted, each once. A directory is searched recursively.
pub fn policy_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Unreadable> {
    policy_load::policy_files(paths).map_err(Unreadable)
}

/// Reads a policy file as UTF-8 text, refusing one larger than
/// [`MAX_POLICY_BYTES`] before reading it.
pub fn read_policy(path: &Path) -> Result<String, Unreadable> {
    policy_load::read_policy(path).map_err(Unreadable)
}

/// Loads `path` and its imports into `ws`.
pub fn load_policy(ws: &mut Workspace, path: &Path) -> Result<FileId, Unreadable> {
    policy_load::load_policy(ws, path).map_err(Unreadable)
}

/// Reads `--calendar FILE` and adds its years to the production calendar in
/// use, before anything is evaluated.
pub fn calendar(path: &Path) -> Result<(), Failure> {
    let lang = crate::lang::chosen(None);
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure(tr!(lang, "cli-calendar-unreadable", name = &name, reason = io_reason(lang, &e))))?;
    let years = policy_calendar::Calendar::parse(&text)
        .map_err(|e| Failure(tr!(lang, "cli-calendar-invalid", name = &name, reason = e.to_string())))?;
    policy_calendar::Calendar::add_user_years(years);
    Ok(())
}
