//! The summary of a batch, one per school (policy), added up report by report
//! so that it does not grow with the input.
//!
//! What is counted, per policy:
//! - **cases judged** and **unusable** (a case the decoder refused under this
//!   policy's schema), cases **with violations**, cases the policy could not
//!   judge (**policy errors**: a contradiction or an overflow on the case);
//! - **eligible**: reports with `eligible` true, false, and null (undecided);
//! - **pay modes**: reports by the value `pay_mode` (`hourly`, `tariff`,
//!   `ambiguous`; [`NO_PAY_MODE`] when the report has none);
//! - **violations per clause**: for each clause, the judged cases with at
//!   least one violation citing it (a case counts once per clause; a
//!   violation without a citation is counted under [`NO_CLAUSE`]); the share
//!   is of the cases judged;
//! - **missing documents** per kind: the judged cases whose report lists the kind;
//! - **obligations per role**: *due* — the report's obligations of the role
//!   that carry a due date (a deadline not yet passed on `as_of`); *overdue* —
//!   the violations whose rule is one of the role's duties
//!   (`duty.<role>.<duty>`: the deadline passed unmet). Both count
//!   obligations, not cases.

use std::collections::BTreeMap;

use policy_check::model::Severity;
use policy_eval::report::cmp_clauses;
use policy_eval::{CaseError, CaseErrorKind, Report, ReportValue};
use serde::Serialize;

use crate::input::Origin;
use crate::judge::{Judged, Verdict};
use policy_i18n::{tr, Arg, Lang, Message};

/// The key of the reports without a `pay_mode` value.
pub const NO_PAY_MODE: &str = "none";

/// The key of violations that cite no clause.
pub const NO_CLAUSE: &str = "—";

/// How many unusable cases are listed by place (all of them are counted).
pub const LISTED_UNUSABLE: usize = 1000;

/// One school's figures. In JSON, `violations` is a list of
/// `{clause, cases, share}` in the regulation's order of clauses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// The policy id.
    pub policy: String,
    /// The school's name, when the policy gives it.
    pub school: Option<String>,
    /// Cases judged under this policy.
    pub cases_judged: u64,
    /// Cases this policy's schema refused.
    pub unusable: u64,
    /// Judged cases with at least one violation.
    pub with_violations: u64,
    /// Judged cases on which the policy contradicted itself or overflowed.
    pub policy_errors: u64,
    /// Judged cases by eligibility.
    pub eligible: Eligibility,
    /// Judged cases by `pay_mode`.
    pub pay_modes: BTreeMap<String, u64>,
    /// Judged cases with a violation citing each clause.
    pub violations: BTreeMap<String, u64>,
    /// Judged cases missing each kind of document (absent or defective).
    pub missing_documents: BTreeMap<String, u64>,
    /// Obligations due and overdue, per role.
    pub obligations: BTreeMap<String, Duties>,
}

/// Judged cases by eligibility.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Eligibility {
    /// `eligible: true`.
    pub yes: u64,
    /// `eligible: false`.
    pub no: u64,
    /// `eligible: null`: the policy does not decide it, or the case lacks what it needs.
    pub undecided: u64,
}

/// One role's obligations over the batch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Duties {
    /// Obligations with a due date not yet passed.
    pub due: u64,
    /// Duties whose deadline passed unmet (violations `duty.<role>.…`).
    pub overdue: u64,
}

impl Summary {
    /// An empty summary for a policy.
    pub fn new(policy: &str, school: Option<&str>) -> Summary {
        Summary { policy: policy.into(), school: school.map(Into::into), ..Summary::default() }
    }

    /// Adds one judged case.
    pub fn add(&mut self, tally: &Tally) {
        self.cases_judged += 1;
        self.with_violations += u64::from(tally.has_violations);
        self.policy_errors += u64::from(!tally.policy_errors.is_empty());
        match tally.eligible {
            Some(true) => self.eligible.yes += 1,
            Some(false) => self.eligible.no += 1,
            None => self.eligible.undecided += 1,
        }
        *self.pay_modes.entry(tally.pay_mode.clone()).or_default() += 1;
        for clause in &tally.violated_clauses {
            *self.violations.entry(clause.clone()).or_default() += 1;
        }
        for kind in &tally.missing_documents {
            *self.missing_documents.entry(kind.clone()).or_default() += 1;
        }
        for role in &tally.due {
            self.obligations.entry(role.clone()).or_default().due += 1;
        }
        for role in &tally.overdue {
            self.obligations.entry(role.clone()).or_default().overdue += 1;
        }
    }

    /// `count` as a share of the cases judged (0 when none was).
    pub fn share(&self, count: u64) -> f64 {
        if self.cases_judged == 0 {
            0.0
        } else {
            count as f64 / self.cases_judged as f64
        }
    }
}

/// What the summary counts of one report, taken while the report is at hand
/// (on the thread that judged the case), so that the report itself need not
/// be kept until the summary adds it up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Whether any finding is a violation.
    pub has_violations: bool,
    /// The report's `eligible`.
    pub eligible: Option<bool>,
    /// The value `pay_mode`, or [`NO_PAY_MODE`].
    pub pay_mode: String,
    /// The clauses cited by violations, each once ([`NO_CLAUSE`] for none).
    pub violated_clauses: Vec<String>,
    /// The missing documents' kinds, each once.
    pub missing_documents: Vec<String>,
    /// The role of each obligation with a due date.
    pub due: Vec<String>,
    /// The role of each violated duty (`duty.<role>.…`).
    pub overdue: Vec<String>,
    /// What kept the policy from judging the case (see [`Report::policy_errors`]).
    pub policy_errors: Vec<Message>,
}

impl Tally {
    /// What the summary counts of `report`.
    pub fn of(report: &Report) -> Tally {
        let violations = || report.findings.iter().filter(|f| f.severity == Severity::Violation);
        let mut violated_clauses: Vec<String> =
            violations().map(|f| f.clause.as_deref().unwrap_or(NO_CLAUSE).to_string()).collect();
        violated_clauses.sort_unstable();
        violated_clauses.dedup();
        let mut missing_documents = report.missing_documents.clone();
        missing_documents.sort_unstable();
        missing_documents.dedup();
        let pay_mode = match report.value("pay_mode") {
            Some(ReportValue::Symbol(s) | ReportValue::Text(s)) => s.clone(),
            _ => NO_PAY_MODE.to_string(),
        };
        Tally {
            has_violations: report.has_violations(),
            eligible: report.eligible,
            pay_mode,
            violated_clauses,
            missing_documents,
            due: report.obligations.iter().filter(|o| o.due.is_some()).map(|o| o.role.clone()).collect(),
            overdue: violations()
                .filter_map(|f| f.rule.strip_prefix("duty.").and_then(|r| r.split('.').next()))
                .map(str::to_string)
                .collect(),
            policy_errors: report.policy_errors.clone(),
        }
    }
}

/// A clause's violations in JSON.
#[derive(Serialize)]
struct ClauseJson<'a> {
    clause: &'a str,
    cases: u64,
    share: f64,
}

/// [`Summary`] as JSON: its fields, with the violations as a list.
#[derive(Serialize)]
struct SummaryJson<'a> {
    policy: &'a str,
    school: Option<&'a str>,
    cases_judged: u64,
    unusable: u64,
    with_violations: u64,
    policy_errors: u64,
    eligible: Eligibility,
    pay_modes: &'a BTreeMap<String, u64>,
    violations: Vec<ClauseJson<'a>>,
    missing_documents: &'a BTreeMap<String, u64>,
    obligations: &'a BTreeMap<String, Duties>,
}

impl Serialize for Summary {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut violations: Vec<ClauseJson<'_>> =
            self.violations.iter().map(|(clause, n)| ClauseJson { clause, cases: *n, share: self.share(*n) }).collect();
        violations.sort_by(|a, b| by_clause(a.clause, b.clause));
        SummaryJson {
            policy: &self.policy,
            school: self.school.as_deref(),
            cases_judged: self.cases_judged,
            unusable: self.unusable,
            with_violations: self.with_violations,
            policy_errors: self.policy_errors,
            eligible: self.eligible,
            pay_modes: &self.pay_modes,
            violations,
            missing_documents: &self.missing_documents,
            obligations: &self.obligations,
        }
        .serialize(s)
    }
}

/// Clauses in the regulation's order (numbers as numbers), [`NO_CLAUSE`] last.
pub fn by_clause(a: &str, b: &str) -> std::cmp::Ordering {
    cmp_clauses(Some(a).filter(|c| *c != NO_CLAUSE), Some(b).filter(|c| *c != NO_CLAUSE))
}

/// A case some policy could not use, by place: what is wrong, by field path
/// and kind of mistake only (the summary goes to an office: no case data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnusableCase {
    /// The line of a JSON Lines input (`"line": 17`), or the file of a directory
    /// (`"file": "cases/a.yaml"`).
    #[serde(flatten)]
    pub origin: Origin,
    /// The case's errors under the first policy that refused it.
    pub errors: Vec<ErrorPlace>,
}

/// One error of an unusable case: where, and what kind of mistake.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorPlace {
    /// The field path (`pupil.grade`); empty for the whole case.
    pub path: String,
    /// The line in the input, when known.
    pub line: Option<u32>,
    /// What kind of mistake (`type`, `unknown_value`): see [`kind_text`] for its words.
    pub kind: CaseErrorKind,
}

impl ErrorPlace {
    /// The place and kind of a decoder error.
    pub fn of(e: &CaseError) -> ErrorPlace {
        ErrorPlace { path: e.path.clone(), line: e.line, kind: e.kind }
    }
}

/// The error with the case's own values taken out of its message (the
/// decoder quotes the offending input in backticks and passes it to the
/// message as an argument: each quote becomes `` `…` ``), for printing a
/// batch's errors where they may end up in a log: the place, the field path,
/// the message's own words, what kind of value was expected and the policy's
/// own "did you mean" stay.
pub fn without_values(e: &CaseError) -> CaseError {
    CaseError { message: message_without_values(&e.message), ..e.clone() }
}

/// A message with the quotes in its texts and text arguments hidden.
fn message_without_values(message: &Message) -> Message {
    match message {
        Message::Fluent { id, args } => {
            let args = args
                .iter()
                .map(|(name, arg)| {
                    let arg = match arg {
                        Arg::Text(text) => Arg::from(text_without_values(text)),
                        Arg::Message(inner) => Arg::from(message_without_values(inner)),
                        other => other.clone(),
                    };
                    (*name, arg)
                })
                .collect();
            Message::new(id, args)
        }
        Message::Text(text) => Message::from(text_without_values(text)),
        Message::Each { ru, en } => Message::each(text_without_values(ru), text_without_values(en)),
        Message::List { items, separator } => {
            Message::list(items.iter().map(message_without_values).collect(), separator)
        }
    }
}

/// A text with each part in backticks replaced by `` `…` `` (an unclosed
/// quote hides the rest).
fn text_without_values(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, part) in text.split('`').enumerate() {
        match i {
            0 => out.push_str(part),
            _ if i % 2 == 1 => out.push_str("`…"),
            _ => {
                out.push('`');
                out.push_str(part);
            }
        }
    }
    out
}

/// A kind of case error in a lawyer's words.
pub fn kind_text(lang: Lang, kind: CaseErrorKind) -> String {
    match kind {
        CaseErrorKind::Syntax => tr!(lang, "batch-error-syntax"),
        CaseErrorKind::Type => tr!(lang, "batch-error-type"),
        CaseErrorKind::Date => tr!(lang, "batch-error-date"),
        CaseErrorKind::Negative => tr!(lang, "batch-error-negative"),
        CaseErrorKind::Range => tr!(lang, "batch-error-range"),
        CaseErrorKind::UnknownValue => tr!(lang, "batch-error-unknown-value"),
        CaseErrorKind::Missing => tr!(lang, "batch-error-missing"),
    }
}

/// The summary of a whole batch: one [`Summary`] per policy, side by side,
/// and the unusable cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BatchSummary {
    /// The version of this JSON's shape (raised when a key is renamed or removed).
    pub schema_version: u32,
    /// The input's name.
    pub input: String,
    /// Cases read (usable or not).
    pub cases_read: u64,
    /// Cases some policy could not use.
    pub unusable: u64,
    /// One summary per policy, in the order given.
    pub policies: Vec<Summary>,
    /// The first [`LISTED_UNUSABLE`] unusable cases, in input order.
    pub unusable_cases: Vec<UnusableCase>,
}

/// The version of the summary's JSON shape.
pub const SUMMARY_SCHEMA_VERSION: u32 = 2;

impl BatchSummary {
    /// An empty summary for `input` judged under policies `(id, school)`.
    pub fn new<'a>(input: &str, policies: impl IntoIterator<Item = (&'a str, Option<&'a str>)>) -> BatchSummary {
        BatchSummary {
            schema_version: SUMMARY_SCHEMA_VERSION,
            input: input.into(),
            cases_read: 0,
            unusable: 0,
            policies: policies.into_iter().map(|(id, school)| Summary::new(id, school)).collect(),
            unusable_cases: Vec::new(),
        }
    }

    /// Adds one judged case.
    pub fn add(&mut self, judged: &Judged) {
        self.cases_read += 1;
        let mut first_errors = None;
        for (summary, verdict) in self.policies.iter_mut().zip(&judged.verdicts) {
            match verdict {
                Verdict::Judged { tally, .. } => summary.add(tally),
                Verdict::Unusable(errors) => {
                    summary.unusable += 1;
                    first_errors.get_or_insert(errors);
                }
            }
        }
        if let Some(errors) = first_errors {
            self.unusable += 1;
            if self.unusable_cases.len() < LISTED_UNUSABLE {
                self.unusable_cases.push(UnusableCase {
                    origin: judged.origin.clone(),
                    errors: errors.iter().map(ErrorPlace::of).collect(),
                });
            }
        }
    }

    /// Whether any case has a violation under any policy.
    pub fn has_violations(&self) -> bool {
        self.policies.iter().any(|s| s.with_violations > 0)
    }

    /// Whether any case could not be judged: unusable, or a policy error on it.
    pub fn has_unusable(&self) -> bool {
        self.unusable > 0 || self.policies.iter().any(|s| s.policy_errors > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_taken_out_of_error_messages() {
        let e = CaseError {
            kind: CaseErrorKind::Type,
            path: "pupil.grade".into(),
            line: Some(3),
            column: Some(7),
            message: "неверное значение `пятый`, а не `5`".into(),
            expected: Some("целое число".into()),
            suggestion: None,
        };
        let shown = without_values(&e);
        assert_eq!(
            shown.to_string(),
            "pupil.grade (строка 3, столбец 7): неверное значение `…`, а не `…`; ожидалось: целое число"
        );
        let unbalanced = CaseError { message: "см. `тайна".into(), ..e.clone() };
        assert!(!without_values(&unbalanced).message.render(Lang::Ru).contains("тайна"));
        let nested = policy_i18n::msg!("case-wrong-value", value = "`тайна`");
        let decoded = CaseError { message: policy_i18n::msg!("case-syntax", format = "JSON", problem = nested), ..e };
        let hidden = without_values(&decoded).message;
        assert_eq!(hidden.render(Lang::Ru), "файл не читается как JSON: неверное значение `…`");
        assert_eq!(hidden.render(Lang::En), "the file cannot be read as JSON: wrong value: `…`");
    }
}
