//! Loading one policy for evaluation (read, check, refuse it when it has
//! errors) and picking the version of it in force on a date.

use std::borrow::Cow;
use std::fmt;
use std::path::Path;

use jiff::civil::Date;
use policy_check::model::{FileId, Model};
use policy_check::versions::InForce;
use policy_check::{Checked, FileDiagnostic, Workspace};
use policy_i18n::{tr, Lang, Message};

use crate::files::{load_policy, Unreadable};

/// A checked policy without errors, ready to evaluate.
pub struct LoadedPolicy {
    /// The checked policy.
    pub checked: Checked,
    /// Its files (to check an earlier version of it).
    pub workspace: Workspace,
    /// The file of the policy itself (the others are its imports and earlier versions).
    pub root: FileId,
}

/// The version of a policy in force on a date, ready to judge a case by.
pub struct InForceModel<'a> {
    /// The model of that version.
    pub model: Cow<'a, Model>,
    /// Its name and the day it came into force, when the policy has versions.
    pub version: Option<(String, Date)>,
}

/// Why a policy could not be loaded for evaluation.
pub enum LoadError {
    /// A file could not be read.
    Unreadable(Unreadable),
    /// The policy has errors: its workspace and the error diagnostics.
    Errors {
        /// The files read (to render the diagnostics).
        workspace: Workspace,
        /// The errors, in the checker's order.
        errors: Vec<FileDiagnostic>,
    },
}

/// Why no version of a policy can judge a case on a date; in words with
/// [`NotInForce::render`] (its `Display` is English).
#[derive(Debug)]
pub enum NotInForce {
    /// The date is before the first version comes into force, or between
    /// the end of one and the start of the next: why (see
    /// [`InForce::refusal`]).
    NoVersion(Message),
    /// The version in force has errors of its own.
    VersionErrors {
        /// The version's name.
        version: String,
        /// The policy's id.
        policy: String,
        /// The version's errors.
        errors: Vec<FileDiagnostic>,
    },
}

impl NotInForce {
    /// The failure in `lang`, as printed: `error: …` and how to fix it.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            NotInForce::NoVersion(refusal) => tr!(lang, "cli-no-version-in-force", refusal = refusal.clone()),
            NotInForce::VersionErrors { version, policy, errors } => {
                tr!(lang, "cli-version-has-errors", version = version, policy = policy, n = errors.len())
            }
        }
    }
}

/// In English (the language of the HTTP API's problems); readers get [`NotInForce::render`].
impl fmt::Display for NotInForce {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl LoadedPolicy {
    /// The keyword language the policy itself is written in (it chooses the
    /// language of what is printed about it when nothing else does).
    pub fn keywords(&self) -> policy_syntax::KeywordLanguage {
        self.workspace.files[self.root].keyword_language()
    }

    /// The version in force on `date`: the policy itself when it declares no
    /// versions. Fails when no version is in force that day.
    pub fn in_force(&self, date: Date) -> Result<InForceModel<'_>, NotInForce> {
        let model = &self.checked.model;
        let id = &model.meta.id;
        let in_force = model.in_force_on(date);
        if let Some(refusal) = in_force.refusal(id, date) {
            return Err(NotInForce::NoVersion(refusal));
        }
        let InForce::Version(index, version) = in_force else {
            return Ok(InForceModel { model: Cow::Borrowed(model), version: None });
        };
        let stamp = version.in_force.map(|d| (version.name.clone(), d));
        Ok(InForceModel { model: self.version(index)?, version: stamp })
    }

    /// The model of every version of the policy, oldest first (just the
    /// policy when it declares no versions).
    pub fn versions(&self) -> Result<Vec<Cow<'_, Model>>, NotInForce> {
        let count = self.checked.model.versions.len().max(1);
        (0..count).map(|i| self.version(i)).collect()
    }

    /// The model of version `index` (the last is the policy's own): the
    /// version's file checked again, knowing the versions up to it.
    fn version(&self, index: usize) -> Result<Cow<'_, Model>, NotInForce> {
        let model = &self.checked.model;
        let Some(version) = model.versions.get(index).filter(|_| index + 1 < model.versions.len()) else {
            return Ok(Cow::Borrowed(model));
        };
        let mut checked = policy_check::check(&self.workspace, version.file);
        if checked.has_errors() {
            let errors: Vec<_> = checked.diagnostics.iter().filter(|d| d.diagnostic.is_error()).cloned().collect();
            return Err(NotInForce::VersionErrors {
                version: version.name.clone(),
                policy: model.meta.id.clone(),
                errors,
            });
        }
        checked.model.versions = model.versions[..=index].to_vec();
        Ok(Cow::Owned(checked.model))
    }
}

/// Loads and checks the policy at `path`. Fails on an unreadable file, or on
/// a policy with errors (with the errors).
pub fn load_checked(path: &Path) -> Result<LoadedPolicy, LoadError> {
    let mut workspace = Workspace::new();
    let root = load_policy(&mut workspace, path).map_err(LoadError::Unreadable)?;
    let checked = policy_check::check(&workspace, root);
    if checked.has_errors() {
        let errors: Vec<_> = checked.diagnostics.iter().filter(|d| d.diagnostic.is_error()).cloned().collect();
        return Err(LoadError::Errors { workspace, errors });
    }
    Ok(LoadedPolicy { checked, workspace, root })
}
