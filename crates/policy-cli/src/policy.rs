//! Loading one policy for evaluation: read, check, and refuse it with its
//! diagnostics when it has errors (`policy_load`, with the failures rendered
//! for standard error).

use std::borrow::Cow;
use std::io::IsTerminal;
use std::ops::Deref;
use std::path::Path;

use jiff::civil::Date;
use policy_check::model::Model;
use policy_load::{JudgeError, LoadError, NotInForce};

pub use policy_load::InForceModel;

use crate::case_file::{self, CaseText, Decoded};
use crate::exit::Failure;
use crate::{load, render};

/// A checked policy without errors, ready to evaluate.
pub struct LoadedPolicy(pub policy_load::LoadedPolicy);

impl Deref for LoadedPolicy {
    type Target = policy_load::LoadedPolicy;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

/// Which date picks the version of a policy to judge a case by
/// (`--version-on`): a date, or the case's `request.start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionOn {
    /// This date.
    Date(Date),
    /// The day the individual education starts (`request.start` of the case).
    RequestStart,
}

impl std::str::FromStr for VersionOn {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s == "start" {
            return Ok(VersionOn::RequestStart);
        }
        s.parse::<Date>()
            .map(VersionOn::Date)
            .map_err(|e| format!("`{s}` is neither a date (YYYY-MM-DD) nor `start`: {e}"))
    }
}

impl VersionOn {
    /// The date this names for `case` (read with `model`'s schema).
    pub fn date(self, case: &policy_eval::Case, model: &Model) -> Result<Date, Failure> {
        match self {
            VersionOn::Date(date) => Ok(date),
            VersionOn::RequestStart => {
                let start = model.schema.period.and_then(|(start, _)| case.slots.get(start));
                match start {
                    Some(policy_check::model::Value::Date(date)) => Ok(*date),
                    _ => Err(Failure::new(policy_i18n::tr!(crate::lang::chosen(None), "cli-version-on-start-missing"))),
                }
            }
        }
    }
}

/// A case judged under the version of a policy in force on its date, with
/// the case as read for that version (with its warnings).
pub type Judged<'a> = policy_load::Judged<'a, Decoded>;

/// How to date a judgement: the date to judge on and the date that picks the version.
#[derive(Debug, Clone, Copy, Default)]
pub struct JudgeOn {
    /// The date to judge the case on (`--as-of`); else the case's `as_of`, else today.
    pub as_of: Option<Date>,
    /// The date that picks the version in force (`--version-on`); else the judging date.
    pub version_on: Option<VersionOn>,
}

impl LoadedPolicy {
    /// Judges `case` under the version of this policy in force on the case's
    /// date (or the date `on` names): the one home of that choice, for `eval`
    /// and `compare --case`.
    pub fn judge(&self, case: &CaseText, on: JudgeOn) -> Result<Judged<'_>, Failure> {
        self.0
            .judge(
                |model| case_file::decode(case, model),
                |decoded| &decoded.case,
                on.as_of,
                |decoded, latest| on.version_on.map(|v| v.date(&decoded.case, latest)).transpose(),
            )
            .map_err(|e| match e {
                JudgeError::Case(failure) => failure,
                JudgeError::NotInForce(e) => self.failure(e),
            })
    }

    /// The version in force on `date`: the policy itself when it declares no
    /// versions. Fails (exit 2) when no version is in force that day.
    pub fn in_force(&self, date: Date) -> Result<InForceModel<'_>, Failure> {
        self.0.in_force(date).map_err(|e| self.failure(e))
    }

    /// The model of every version of the policy, oldest first (just the
    /// policy when it declares no versions).
    pub fn versions(&self) -> Result<Vec<Cow<'_, Model>>, Failure> {
        self.0.versions().map_err(|e| self.failure(e))
    }

    /// The failure of a version that cannot judge, with its errors rendered.
    fn failure(&self, e: NotInForce) -> Failure {
        let lang = render::lang_of(&self.0.workspace);
        match &e {
            NotInForce::NoVersion(_) => Failure(e.render(lang)),
            NotInForce::VersionErrors { errors, .. } => {
                let rendered = render::human(&self.0.workspace, errors, std::io::stderr().is_terminal(), lang);
                Failure(format!("{rendered}{}", e.render(lang)))
            }
        }
    }
}

/// Loads and checks the policy at `path`. Fails (exit 2) on an unreadable
/// file, or on a policy with errors, with the errors rendered for standard
/// error.
pub fn load_checked(path: &Path) -> Result<LoadedPolicy, Failure> {
    match policy_load::load_checked(path) {
        Ok(loaded) => Ok(LoadedPolicy(loaded)),
        Err(LoadError::Unreadable(e)) => Err(load::policy_unreadable(&e)),
        Err(LoadError::Errors { workspace, errors }) => {
            let rendered =
                render::human(&workspace, &errors, std::io::stderr().is_terminal(), render::lang_of(&workspace));
            Err(load::policy_has_errors(rendered, path, errors.len()))
        }
    }
}
