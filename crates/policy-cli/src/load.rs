//! Reading policy files from disk (`policy_load::files`), with the failure
//! each command reports when a file cannot be read.

use std::path::{Path, PathBuf};

use policy_check::model::FileId;
use policy_check::Workspace;
use policy_i18n::tr;

pub use policy_load::MAX_POLICY_BYTES;

use crate::exit::Failure;

/// A file that could not be read, with the reason.
#[derive(Debug)]
pub struct Unreadable(pub policy_load::Unreadable);

impl Unreadable {
    /// The failure to report: `error: cannot read {what} `path`: reason`
    /// (`what` may be empty).
    pub fn failure(&self, what: &str) -> Failure {
        Failure(self.0.message(what))
    }
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
        .map_err(|e| Failure(tr!(lang, "cli-calendar-unreadable", name = &name, reason = e.to_string())))?;
    let years = policy_calendar::Calendar::parse(&text)
        .map_err(|e| Failure(tr!(lang, "cli-calendar-invalid", name = &name, reason = e.to_string())))?;
    policy_calendar::Calendar::add_user_years(years);
    Ok(())
}
