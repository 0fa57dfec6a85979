//! One case judged under every policy of the batch: decoded for each policy's
//! schema, evaluated on its date, and (when asked) its report serialized as
//! one line of the contract's JSON.

use jiff::civil::Date;
use policy_check::Model;
use policy_eval::{CaseError, CaseWarning, Vocabulary};

use crate::input::{Item, Origin};
use crate::summary::Tally;

/// A policy ready to judge cases: its model and what decoding needs from it
/// (built once per batch, shared by every thread).
pub struct Judge<'m> {
    /// The checked policy.
    pub model: &'m Model,
    vocabulary: Vocabulary,
}

impl<'m> Judge<'m> {
    /// The judge for `model`.
    pub fn new(model: &'m Model) -> Judge<'m> {
        Judge { model, vocabulary: Vocabulary::new(model) }
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

/// Judges one case under every policy.
pub fn judge(item: Item, judges: &[Judge<'_>], options: Options) -> Judged {
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
                        let report = policy_eval::evaluate(judge.model, &case, as_of);
                        let json = if options.json { serde_json::to_string(&report).ok() } else { None };
                        Verdict::Judged { tally: Tally::of(&report), json }
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
