//! One case judged under every policy of the batch: decoded for each policy's
//! schema, evaluated on its date, and (when asked) its report serialized as
//! one line of the contract's JSON.

use jiff::civil::Date;
use policy_check::versions::InForce;
use policy_check::Model;
use policy_eval::{Case, CaseError, CaseErrorKind, CaseFormat, CaseWarning, Report, Scratch, Vocabulary};
use policy_i18n::msg;

use crate::input::{Item, Origin};
use crate::summary::Tally;

/// A policy ready to judge cases: its model and what decoding needs from it
/// (built once per batch, shared by every thread), and for a policy with
/// versions, each version's: a case is judged by the version in force on its date.
pub struct Judge<'m> {
    /// The checked policy (its latest version).
    pub model: &'m Model,
    vocabulary: Vocabulary,
    /// The model of each version, oldest first, with its name and the day it
    /// came into force; empty when the policy declares no versions.
    versions: Vec<Version<'m>>,
}

/// One version of a policy, ready to judge cases.
struct Version<'m> {
    model: &'m Model,
    vocabulary: Vocabulary,
    stamp: Option<(String, Date)>,
}

impl<'m> Judge<'m> {
    /// The judge for `model`, a policy without versions (or judged by its latest).
    pub fn new(model: &'m Model) -> Judge<'m> {
        Judge { model, vocabulary: Vocabulary::new(model), versions: Vec::new() }
    }

    /// The judge for `model` whose versions, oldest first, have the models
    /// `versions` (as `policy_cli`'s loader builds them: one per entry of
    /// `model.versions`).
    pub fn with_versions(model: &'m Model, versions: Vec<&'m Model>) -> Judge<'m> {
        let versions = versions
            .into_iter()
            .zip(&model.versions)
            .map(|(m, v)| Version {
                model: m,
                vocabulary: Vocabulary::new(m),
                stamp: v.in_force.map(|d| (v.name.clone(), d)),
            })
            .collect();
        Judge { model, vocabulary: Vocabulary::new(model), versions }
    }

    /// Judges a decoded case on `as_of` by the version in force that day,
    /// in the memory `reuse` keeps for this judge.
    fn verdict(
        &self,
        text: &str,
        format: CaseFormat,
        case: Case,
        as_of: Date,
        json: bool,
        reuse: &mut [Option<Reused<'m>>],
    ) -> Verdict {
        let in_force = self.model.in_force_on(as_of);
        if let Some(refusal) = in_force.refusal(&self.model.meta.id, as_of) {
            return Verdict::Unusable(vec![CaseError {
                kind: CaseErrorKind::Range,
                path: "as_of".into(),
                line: None,
                column: None,
                message: refusal,
                expected: Some(msg!("case-expected-date-in-force")),
                suggestion: None,
            }]);
        }
        let (slot, model, case, stamp) = match (in_force, self.versions.as_slice()) {
            (InForce::Version(i, _), versions) if i < versions.len() => {
                let v = &versions[i];
                let case = if std::ptr::eq(v.model, self.model) {
                    case
                } else {
                    match policy_eval::decode(text, format, &v.model.schema, &v.vocabulary) {
                        Ok((case, _)) => case,
                        Err(errors) => return Verdict::Unusable(errors),
                    }
                };
                (i, v.model, case, v.stamp.clone())
            }
            _ => (0, self.model, case, None),
        };
        // `reuse` has a place for every version (see `Reuse::new`); a fresh
        // one is made should it not.
        let mut fresh = None;
        let reused = reuse.get_mut(slot).unwrap_or(&mut fresh);
        let reused = reused.get_or_insert_with(|| Reused { scratch: Scratch::new(model), report: None });
        let report = match &mut reused.report {
            Some(report) => {
                reused.scratch.evaluate_into(&case, as_of, report);
                report
            }
            none => none.insert(reused.scratch.evaluate(&case, as_of)),
        };
        (report.version, report.in_force_from) = stamp.unzip();
        let json = if json { serde_json::to_string(&*report).ok() } else { None };
        Verdict::Judged { tally: Tally::of(report), json }
    }
}

/// What one thread keeps from case to case for one version of one policy:
/// the evaluator's scratch and the last report, written over by the next case.
pub struct Reused<'m> {
    scratch: Scratch<'m>,
    report: Option<Report>,
}

/// The memory one thread reuses across cases: for every judge, one
/// [`Reused`] per version of its policy, made on first use.
pub struct Reuse<'m> {
    per_judge: Vec<Vec<Option<Reused<'m>>>>,
}

impl<'m> Reuse<'m> {
    /// Empty memory for these judges.
    pub fn new(judges: &[Judge<'m>]) -> Reuse<'m> {
        Reuse { per_judge: judges.iter().map(|j| (0..j.versions.len().max(1)).map(|_| None).collect()).collect() }
    }
}

/// How the cases are judged.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The date every case is judged on (`--as-of`); else each case's own
    /// `as_of`, else `today`.
    pub as_of: Option<Date>,
    /// The date when neither gives one.
    pub today: Date,
    /// Whether each report is also serialized as a line of JSON.
    pub json: bool,
}

/// A case under one policy.
#[derive(Debug)]
pub enum Verdict {
    /// Judged: what the summary counts of the report, and the report's JSON
    /// line when asked for (the report itself is dropped on the thread that
    /// made it, so that a chunk's reports are never all in memory).
    Judged {
        /// What the summary counts.
        tally: Tally,
        /// The report as one line of the contract's JSON (without the line break).
        json: Option<String>,
    },
    /// Not usable under this policy: every error, with its place in the input.
    Unusable(Vec<CaseError>),
}

/// One case judged under every policy, in the order of the policies.
#[derive(Debug)]
pub struct Judged {
    /// Where the case is in the input.
    pub origin: Origin,
    /// One verdict per policy.
    pub verdicts: Vec<Verdict>,
    /// What the decoder noticed but accepted (under the first policy).
    pub warnings: Vec<CaseWarning>,
}

impl Judged {
    /// Whether any policy could not use the case.
    pub fn is_unusable(&self) -> bool {
        self.verdicts.iter().any(|v| matches!(v, Verdict::Unusable(_)))
    }
}

/// Judges one case under every policy, in the memory `reuse` keeps for this thread.
pub fn judge<'m>(item: Item, judges: &[Judge<'m>], options: Options, reuse: &mut Reuse<'m>) -> Judged {
    let Item { origin, text, format } = item;
    let mut warnings = Vec::new();
    let verdicts = match text {
        Err(e) => judges.iter().map(|_| Verdict::Unusable(vec![placed(e.clone(), &origin)])).collect(),
        Ok(text) => judges
            .iter()
            .enumerate()
            .map(|(i, judge)| {
                let schema = &judge.model.schema;
                match policy_eval::decode(&text, format, schema, &judge.vocabulary) {
                    Err(errors) => Verdict::Unusable(errors.into_iter().map(|e| placed(e, &origin)).collect()),
                    Ok((case, found)) => {
                        if i == 0 {
                            warnings = found.into_iter().map(|w| placed_warning(w, &origin)).collect();
                        }
                        let as_of = options.as_of.or_else(|| case.as_of(schema)).unwrap_or(options.today);
                        match judge.verdict(&text, format, case, as_of, options.json, &mut reuse.per_judge[i]) {
                            Verdict::Unusable(errors) => {
                                Verdict::Unusable(errors.into_iter().map(|e| placed(e, &origin)).collect())
                            }
                            judged => judged,
                        }
                    }
                }
            })
            .collect(),
    };
    Judged { origin, verdicts, warnings }
}

/// A JSON Lines case is one line: the decoder's line 1 is the input's line.
fn line_of(origin: &Origin, line: Option<u32>) -> Option<u32> {
    match origin {
        Origin::Line(n) => u32::try_from(*n).ok(),
        Origin::File(_) => line,
    }
}

fn placed(mut e: CaseError, origin: &Origin) -> CaseError {
    e.line = line_of(origin, e.line);
    e
}

fn placed_warning(mut w: CaseWarning, origin: &Origin) -> CaseWarning {
    w.line = line_of(origin, w.line);
    w
}
