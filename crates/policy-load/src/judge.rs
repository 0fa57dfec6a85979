//! Judging a case under the version of a policy in force on its date: the one
//! home of that choice, for `policy eval`, `policy compare --case` and
//! `policy serve`.

use std::borrow::Cow;

use jiff::civil::Date;
use policy_check::model::Model;
use policy_eval::{Case, Report};

use crate::{today, LoadedPolicy, NotInForce};

/// A case judged under the version of a policy in force on its date.
pub struct Judged<'a, D> {
    /// The report, naming the version when the policy has versions.
    pub report: Report,
    /// The model of the version it was judged by.
    pub model: Cow<'a, Model>,
    /// The case as decoded for that version.
    pub decoded: D,
}

/// Why a case could not be judged.
pub enum JudgeError<E> {
    /// The case could not be decoded (the caller's error).
    Case(E),
    /// No version of the policy is in force on the date.
    NotInForce(NotInForce),
}

impl LoadedPolicy {
    /// Judges a case under the version in force: `decode` reads the case for a
    /// model's schema (`case` gives the decoded case), the judging date is
    /// `as_of`, else the case's `as_of`, else today; the version is the one in
    /// force on `version_date` (given the case read with the latest version),
    /// else on the judging date. The case is decoded again only when that
    /// version is not the latest.
    pub fn judge<D, E>(
        &self,
        decode: impl Fn(&Model) -> Result<D, E>,
        case: impl Fn(&D) -> &Case,
        as_of: Option<Date>,
        version_date: impl FnOnce(&D, &Model) -> Result<Option<Date>, E>,
    ) -> Result<Judged<'_, D>, JudgeError<E>> {
        let latest = &self.checked.model;
        let decoded = decode(latest).map_err(JudgeError::Case)?;
        let as_of = as_of.or_else(|| case(&decoded).as_of(&latest.schema)).unwrap_or_else(today);
        let version_date = version_date(&decoded, latest).map_err(JudgeError::Case)?;
        let in_force = self.in_force(version_date.unwrap_or(as_of)).map_err(JudgeError::NotInForce)?;
        let decoded = match &in_force.model {
            Cow::Borrowed(model) if std::ptr::eq(*model, latest) => decoded,
            model => decode(model).map_err(JudgeError::Case)?,
        };
        let mut report = policy_eval::evaluate(&in_force.model, case(&decoded), as_of);
        (report.version, report.in_force_from) = in_force.version.unzip();
        Ok(Judged { report, model: in_force.model, decoded })
    }
}
