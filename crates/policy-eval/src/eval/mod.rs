//! Judging a case under a checked policy: [`evaluate`].
//!
//! Pure (no I/O) and always terminating: expressions are trees, values are
//! memoized per case and guarded against cycles, periods are bounded.
//!
//! # Semantics
//!
//! - Numbers are exact decimals; dates are calendar dates; `date + 2 months`
//!   is calendar arithmetic (31 January + 1 month = 28 or 29 February);
//!   `d2 - d1` is an interval and `d2 - d1 <= 2 months` means
//!   `d2 <= d1 + 2 months`.
//! - Null: an absent optional field is null; `x = null` tests it; a field of a
//!   null element is null; a comparison, arithmetic or membership with a null
//!   operand, and a null used as a condition, cannot be decided. `and`/`or`
//!   are three-valued (false and unknown = false, true or unknown = true;
//!   not unknown = unknown). A `where` drops the elements its condition cannot
//!   decide.
//! - A rule fires when all `when` hold and no `unless` holds. When a `when`
//!   cannot be decided, the rule gives a `warning` naming the missing fields
//!   (or the external norm: a `param` without value) — never a silent pass.
//! - What excuses a case must be established: an `unless` or an exception's
//!   `when` that cannot be decided does not hold (an absent
//!   `load_increase.director_decision` is no decision), and a `require` that
//!   cannot be decided makes the document defective.
//! - Exceptions whose `when` all hold override the rule: `allow` drops the
//!   finding, an outcome replaces it (citing the exception's clause). Two
//!   applicable exceptions that disagree are a policy error
//!   ([`Report::policy_errors`]); the rule's own outcome is then reported.
//! - A case is judged as it stood on `as_of`: events dated after it are
//!   ignored everywhere (deadlines, frequencies, and every expression that
//!   reads the events list).
//! - A required document whose `when` cannot be decided gives a `warning`
//!   naming what is missing. A duty whose `when` cannot be decided may apply:
//!   it is listed in `obligations` with `"condition": "unknown"` and what it
//!   depends on (`depends_on`).
//! - A value or table that cannot be decided, or is null, is absent from
//!   `values`.
//! - Arithmetic whose result passes the decimal maximum
//!   (79228162514264337593543950335), in an operator or in `sum`, cannot be
//!   decided, and the case cannot be judged: the report names the expression
//!   ("сумма часов слишком велика: …") in [`Report::policy_errors`] (exit
//!   status 2), and a rule it leaves undecided says so, not that a field is
//!   missing.
//!
//! The fast path evaluates without building any explanation. When a rule
//! fires (or cannot be decided), its conditions are evaluated once more with
//! tracing on to collect the facts for its explanation — only those that
//! decided it: of a false `and` (true `or`) the operand that settled it, the
//! first when both did; of a true `and` (false `or`) both; of an undecided
//! one the undecided operands; the witness of `any` true (`all` false); an
//! absent `x` in `x ?? constant` is not a reason (see `trace`).
//!
//! # Layout
//!
//! This module holds the entry points ([`evaluate`], and [`Scratch`] for
//! many cases) and the evaluator's state; its parts:
//! `values` (named values and tables), `expr` (expressions and truth),
//! `elements` (the case's lists), `builtins`, `ops` (operations on
//! values), `rules` (rules and exceptions), `documents`, `duties`
//! (deadlines and frequencies), `trace` (collecting facts), `explain` (the
//! text of facts), `blame` (what an undecidable condition lacks) and
//! `wording` (Russian wording of values, durations and citations).

mod blame;
mod builtins;
mod documents;
mod duties;
mod elements;
mod explain;
mod expr;
mod ops;
mod readings;
mod rules;
mod say;
mod terms;
mod trace;
mod values;
mod wording;

use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};

use jiff::civil::Date;
use policy_check::model::{DutyDef, ListId, Model, RoleDef, SymbolId, Value};
use policy_i18n::{msg, Message};

use crate::case::Case;
use crate::report::{Obligation, Report, REPORT_SCHEMA_VERSION};

pub(crate) use say::cite;

/// Judges a case under a policy on a date. `as_of` is the date used for
/// everything, including reads of the schema's `as_of` field: the caller
/// passes the case's own `as_of` when it has one (see
/// [`Case::as_of`]), else today.
///
/// A convenience for one case; to judge many cases under one policy, keep a
/// [`Scratch`] (one per thread) and call [`Scratch::evaluate`], which reuses
/// the per-case memory.
pub fn evaluate(model: &Model, case: &Case, as_of: Date) -> Report {
    Scratch::new(model).evaluate(case, as_of)
}

/// What evaluating a case under one policy needs besides the case: the memo
/// of values and tables, allocated once and reused for every case.
///
/// ```
/// # let (_, checked) = policy_check::check_text("value x = 1");
/// # let model = checked.model;
/// let mut scratch = policy_eval::eval::Scratch::new(&model);
/// let case = policy_eval::Case::empty(&model.schema);
/// let report = scratch.evaluate(&case, jiff::civil::date(2025, 9, 1));
/// assert_eq!(report.exit_code(), 0);
/// ```
#[derive(Debug)]
pub struct Scratch<'m> {
    model: &'m Model,
    memo: Memo,
    /// How many duties the policy has: room for the report's obligations.
    duties: usize,
}

/// The memo of one evaluation, emptied before each case.
#[derive(Debug)]
struct Memo {
    values: Vec<OnceCell<Result<Value, Unknown>>>,
    values_busy: Vec<Cell<bool>>,
    tables: Vec<OnceCell<Lookup>>,
    tables_busy: Vec<Cell<bool>>,
    /// Texts of a previous report, to be written over ([`Scratch::evaluate_into`]).
    strings: RefCell<Vec<String>>,
}

impl Memo {
    fn new(model: &Model) -> Memo {
        Memo {
            values: (0..model.values.len()).map(|_| OnceCell::new()).collect(),
            values_busy: (0..model.values.len()).map(|_| Cell::new(false)).collect(),
            tables: (0..model.tables.len()).map(|_| OnceCell::new()).collect(),
            tables_busy: (0..model.tables.len()).map(|_| Cell::new(false)).collect(),
            strings: RefCell::new(Vec::new()),
        }
    }

    /// Forgets the previous case.
    fn clear(&mut self) {
        self.values.iter_mut().for_each(|c| drop(c.take()));
        self.tables.iter_mut().for_each(|c| drop(c.take()));
        self.values_busy.iter().chain(&self.tables_busy).for_each(|b| b.set(false));
    }
}

impl<'m> Scratch<'m> {
    /// Prepares the evaluation of cases under this model.
    pub fn new(model: &'m Model) -> Scratch<'m> {
        let duties = model.roles.iter().map(|r| r.items.iter().filter(|d| !d.is_right).count()).sum();
        Scratch { model, memo: Memo::new(model), duties }
    }

    /// Judges a case on a date, as [`evaluate`] does.
    pub fn evaluate(&mut self, case: &Case, as_of: Date) -> Report {
        let mut report = Report {
            schema_version: REPORT_SCHEMA_VERSION,
            id: None,
            policy: String::new(),
            school: None,
            as_of,
            version: None,
            in_force_from: None,
            eligible: None,
            values: Vec::new(),
            missing_documents: Vec::new(),
            findings: Vec::new(),
            obligations: Vec::with_capacity(self.duties),
            policy_errors: Vec::new(),
            value_readings: Vec::new(),
            not_stated: Vec::new(),
        };
        self.judge(case, as_of, &mut report);
        report
    }

    /// Judges a case on a date into `report`, replacing what it held: the
    /// same report as [`Scratch::evaluate`] gives, written into the lists and
    /// texts of the previous one (for a batch, where one report per thread is
    /// written out after each case).
    pub fn evaluate_into(&mut self, case: &Case, as_of: Date, report: &mut Report) {
        // The texts of the previous report are reused in the order they are
        // written again: values' names, then obligations'.
        let strings = self.memo.strings.get_mut();
        strings.clear();
        for o in report.obligations.drain(..).rev() {
            strings.extend(o.clause);
            strings.push(o.duty);
            strings.push(o.role);
        }
        strings.extend(report.values.drain(..).rev().map(|(name, _)| name));
        report.schema_version = REPORT_SCHEMA_VERSION;
        report.as_of = as_of;
        report.version = None;
        report.in_force_from = None;
        report.eligible = None;
        report.missing_documents.clear();
        report.findings.clear();
        report.policy_errors.clear();
        report.value_readings.clear();
        self.judge(case, as_of, report);
    }

    /// Judges a case into an emptied report.
    fn judge(&mut self, case: &Case, as_of: Date, report: &mut Report) {
        self.memo.clear();
        let model = self.model;
        report.id = case.id(&model.schema).map(str::to_owned);
        report.policy.clear();
        report.policy.push_str(&model.meta.id);
        report.school.clone_from(&model.meta.school);
        let ev = Evaluator::new(model, case, as_of, &self.memo);
        ev.eligibility(report);
        ev.values(report);
        ev.not_stated(report);
        let readings = &model.readings;
        for (i, rule) in model.rules.iter().enumerate() {
            let at = report.findings.len();
            ev.rule(rule, report);
            readings::findings_rest_on(readings, readings.of_rule(i), &mut report.findings[at..]);
        }
        for (i, doc) in model.documents.iter().enumerate() {
            let at = report.findings.len();
            ev.document(i, doc, report);
            readings::findings_rest_on(readings, readings.of_document(i), &mut report.findings[at..]);
        }
        for (i, role) in model.roles.iter().enumerate() {
            ev.role(i, role, report);
        }
        // Arithmetic past the decimal maximum leaves the case unjudged, whatever
        // else it decided: it is reported as such, never as a pass.
        for (_, problem) in ev.overflows.take() {
            report.policy_errors.push(msg!("eval-cannot-judge", problem = problem));
        }
        report.sort_findings();
    }
}

/// The result of evaluating an expression: a value, borrowed where possible,
/// or "cannot be decided".
type R<'s> = Result<Cow<'s, Value>, Unknown>;

/// The evaluation cannot be decided on this case (a null operand, a missing
/// external norm, a type mismatch left by an earlier policy error).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Unknown;

/// A memoized table lookup: the value and the row that gave it.
type Lookup = (Result<Value, Unknown>, Option<usize>);

/// The element a `where` condition or a `require` is evaluated on.
type Cur = Option<(ListId, u32)>;

/// The state of one evaluation: the case, the date, and the memo of values and tables.
struct Evaluator<'m> {
    model: &'m Model,
    case: &'m Case,
    as_of: Date,
    as_of_value: Value,
    values: &'m [OnceCell<Result<Value, Unknown>>],
    values_busy: &'m [Cell<bool>],
    tables: &'m [OnceCell<Lookup>],
    tables_busy: &'m [Cell<bool>],
    /// Texts to be written over (see [`Evaluator::text`]).
    strings: &'m RefCell<Vec<String>>,
    events: OnceCell<Vec<EventRef<'m>>>,
    /// Arithmetic that passed the decimal maximum: the expression (by
    /// address, for [`Blame`](blame::Blame)) and what to say of it, once each.
    overflows: RefCell<Vec<(usize, Message)>>,
}

/// An event of the case up to `as_of`: type, date, subject.
type EventRef<'m> = (SymbolId, Date, Option<&'m Value>);

impl<'m> Evaluator<'m> {
    fn new(model: &'m Model, case: &'m Case, as_of: Date, memo: &'m Memo) -> Self {
        Evaluator {
            model,
            case,
            as_of,
            as_of_value: Value::Date(as_of),
            values: &memo.values,
            values_busy: &memo.values_busy,
            tables: &memo.tables,
            tables_busy: &memo.tables_busy,
            strings: &memo.strings,
            events: OnceCell::new(),
            overflows: RefCell::new(Vec::new()),
        }
    }
}

impl<'m> Evaluator<'m> {
    /// A text for the report: a previous report's string written over when
    /// one is left (no allocation when it is long enough), else a new one.
    fn text(&self, s: &str) -> String {
        match self.strings.borrow_mut().pop() {
            Some(mut out) => {
                out.clear();
                out.push_str(s);
                out
            }
            None => s.to_owned(),
        }
    }

    /// A duty of a role as an obligation of the report.
    fn obligation(&self, role: &RoleDef, duty: &DutyDef, due: Option<Date>) -> Obligation {
        Obligation {
            role: self.text(&role.name),
            duty: self.text(&duty.text),
            clause: duty.citation.as_ref().map(|c| self.text(&c.text)),
            due,
            condition: None,
            depends_on: Vec::new(),
            readings: Vec::new(),
        }
    }
}
