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
//! - A required document whose `when`, or a duty whose `when`, cannot be
//!   decided gives a `warning` naming what is missing.
//! - A value or table that cannot be decided, or is null, is absent from
//!   `values`.
//!
//! The fast path evaluates without building any explanation. When a rule
//! fires (or cannot be decided), its conditions are evaluated once more with
//! tracing on to collect the facts for its explanation.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::fmt::Write as _;

use jiff::civil::Date;
use jiff::Span;
use policy_check::model::{
    Builtin, CitationRef, DocumentDef, DutyDef, ElemSlot, Expr, ExprKind, ListId, MessagePart, Model, OutcomeDef,
    ParamId, PatternDef, RoleDef, RuleDef, Severity, SymbolId, TableId, Value, ValueId,
};
use policy_syntax::ast::{BinaryOp, Duration, DurationUnit, UnaryOp};
use rust_decimal::Decimal;

use crate::case::Case;
use crate::report::{Finding, Obligation, Report, ReportValue};

/// Judges a case under a policy on a date. `as_of` is the date used for
/// everything, including reads of the schema's `as_of` field: the caller
/// passes the case's own `as_of` when it has one (see
/// [`Case::as_of`]), else today.
pub fn evaluate(model: &Model, case: &Case, as_of: Date) -> Report {
    let ev = Evaluator::new(model, case, as_of);
    let mut report = Report {
        policy: model.meta.id.clone(),
        school: model.meta.school.clone(),
        as_of,
        eligible: None,
        values: Vec::new(),
        missing_documents: Vec::new(),
        findings: Vec::new(),
        obligations: Vec::new(),
        policy_errors: Vec::new(),
    };
    ev.eligibility(&mut report);
    ev.values(&mut report);
    for rule in &model.rules {
        ev.rule(rule, &mut report);
    }
    for doc in &model.documents {
        ev.document(doc, &mut report);
    }
    for role in &model.roles {
        ev.role(role, &mut report);
    }
    report.sort_findings();
    report
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

/// Receives the facts of an explanation; [`Quiet`] ignores them at no cost.
trait Sink {
    /// Whether facts are wanted at all (a constant, so the fast path compiles them away).
    const ON: bool;
    /// Records one fact.
    fn fact(&mut self, fact: String);
    /// Whether this value's derivation has not been traced yet.
    fn first_value(&mut self, id: ValueId) -> bool;
    /// Whether this table's lookup has not been traced yet.
    fn first_table(&mut self, id: TableId) -> bool;
}

/// The fast path: no facts.
struct Quiet;

impl Sink for Quiet {
    const ON: bool = false;
    #[inline(always)]
    fn fact(&mut self, _: String) {}
    #[inline(always)]
    fn first_value(&mut self, _: ValueId) -> bool {
        false
    }
    #[inline(always)]
    fn first_table(&mut self, _: TableId) -> bool {
        false
    }
}

/// The slow path: collects facts, each once.
#[derive(Default)]
struct Facts {
    facts: Vec<String>,
    values: Vec<ValueId>,
    tables: Vec<TableId>,
}

impl Sink for Facts {
    const ON: bool = true;
    fn fact(&mut self, fact: String) {
        if !self.facts.contains(&fact) {
            self.facts.push(fact);
        }
    }
    fn first_value(&mut self, id: ValueId) -> bool {
        if self.values.contains(&id) {
            false
        } else {
            self.values.push(id);
            true
        }
    }
    fn first_table(&mut self, id: TableId) -> bool {
        if self.tables.contains(&id) {
            false
        } else {
            self.tables.push(id);
            true
        }
    }
}

/// What an undecidable condition lacks.
#[derive(Default)]
struct Blame {
    fields: Vec<String>,
    params: Vec<ParamId>,
    other: Vec<String>,
}

impl Blame {
    fn field(&mut self, path: String) {
        if !self.fields.contains(&path) {
            self.fields.push(path);
        }
    }
    fn param(&mut self, p: ParamId) {
        if !self.params.contains(&p) {
            self.params.push(p);
        }
    }
    fn other(&mut self, s: String) {
        if !self.other.contains(&s) {
            self.other.push(s);
        }
    }
}

/// The state of one evaluation: the case, the date, and the memo of values and tables.
struct Evaluator<'m> {
    model: &'m Model,
    case: &'m Case,
    as_of: Date,
    as_of_value: Value,
    values: Vec<OnceCell<Result<Value, Unknown>>>,
    values_busy: Vec<Cell<bool>>,
    tables: Vec<OnceCell<Lookup>>,
    tables_busy: Vec<Cell<bool>>,
    events: OnceCell<Vec<EventRef<'m>>>,
}

/// An event of the case up to `as_of`: type, date, subject.
type EventRef<'m> = (SymbolId, Date, Option<&'m Value>);

/// How a rule's conditions came out.
enum Status {
    Fires,
    Quiet,
    Unknown,
}

/// At most this many periods of a periodic duty are examined.
const MAX_PERIODS: i64 = 10_000;

impl<'m> Evaluator<'m> {
    fn new(model: &'m Model, case: &'m Case, as_of: Date) -> Self {
        Evaluator {
            model,
            case,
            as_of,
            as_of_value: Value::Date(as_of),
            values: (0..model.values.len()).map(|_| OnceCell::new()).collect(),
            values_busy: (0..model.values.len()).map(|_| Cell::new(false)).collect(),
            tables: (0..model.tables.len()).map(|_| OnceCell::new()).collect(),
            tables_busy: (0..model.tables.len()).map(|_| Cell::new(false)).collect(),
            events: OnceCell::new(),
        }
    }

    // -----------------------------------------------------------------------
    // The report's sections.

    fn eligibility(&self, report: &mut Report) {
        if let Some(id) = self.model.eligible {
            if let Ok(Value::Bool(b)) = self.value(id) {
                report.eligible = Some(*b);
            }
        }
    }

    fn values(&self, report: &mut Report) {
        let mut out: Vec<(&policy_check::model::Location, String, ReportValue)> = Vec::new();
        for (id, def) in self.model.values.iter().enumerate() {
            if Some(id) == self.model.eligible {
                continue;
            }
            if let Ok(v) = self.value(id) {
                if let Some(rv) = self.report_value(v) {
                    out.push((&def.location, def.name.clone(), rv));
                }
            }
        }
        for (id, def) in self.model.tables.iter().enumerate() {
            if !def.parameters.is_empty() {
                continue;
            }
            if let (Ok(v), _) = self.table(id) {
                if let Some(rv) = self.report_value(v) {
                    out.push((&def.location, def.name.clone(), rv));
                }
            }
        }
        out.sort_by_key(|(loc, _, _)| (loc.file, loc.span.start));
        report.values = out.into_iter().map(|(_, n, v)| (n, v)).collect();
    }

    fn report_value(&self, v: &Value) -> Option<ReportValue> {
        Some(match v {
            Value::Null => return None,
            Value::Bool(b) => ReportValue::Bool(*b),
            Value::Number(d) => ReportValue::Number(d.normalize()),
            Value::Text(t) => ReportValue::Text(t.clone()),
            Value::Date(d) => ReportValue::Date(*d),
            Value::Duration(d) => ReportValue::Duration(policy_check::text::duration(*d)),
            Value::Symbol(s) => ReportValue::Symbol(self.model.symbol_name(*s).to_string()),
            Value::Range(a, b) => ReportValue::Range(*a, *b),
            Value::Interval(a, b) => ReportValue::Interval(*a, *b),
            Value::List(items) => ReportValue::List(items.iter().filter_map(|i| self.report_value(i)).collect()),
            Value::Elements(list, idx) => {
                ReportValue::List(idx.iter().map(|i| ReportValue::Text(self.elem_name(*list, *i))).collect())
            }
            Value::Element(list, i) => ReportValue::Text(self.elem_name(*list, *i)),
        })
    }

    fn rule(&self, rule: &'m RuleDef, report: &mut Report) {
        match self.rule_status(rule) {
            Status::Quiet => {}
            Status::Unknown => {
                let conds: Vec<&Expr> = rule.when.iter().collect();
                self.undecided(
                    report,
                    format!("правило {}", rule.name),
                    rule.name.clone(),
                    rule.citation.as_ref(),
                    &conds,
                );
            }
            Status::Fires => {
                // An exception must be established to apply: one that cannot
                // be decided on this case does not.
                let mut applicable: Vec<usize> = Vec::new();
                let mut undecided: Vec<usize> = Vec::new();
                for (i, x) in rule.exceptions.iter().enumerate() {
                    match self.all_hold(&x.when, None) {
                        Ok(true) => applicable.push(i),
                        Ok(false) => {}
                        Err(Unknown) => undecided.push(i),
                    }
                }
                let mut outcome = Some((&rule.outcome, rule.citation.as_ref()));
                if let Some(&first) = applicable.first() {
                    let x = &rule.exceptions[first];
                    let conflict = applicable[1..]
                        .iter()
                        .find(|&&j| !self.same_effect(x.outcome.as_ref(), rule.exceptions[j].outcome.as_ref()));
                    if let Some(&j) = conflict {
                        report.policy_errors.push(format!(
                            "правило {}: исключения {} и {} применимы к делу одновременно и расходятся",
                            rule.name, x.name, rule.exceptions[j].name
                        ));
                    } else {
                        outcome = x.outcome.as_ref().map(|o| (o, x.citation.as_ref().or(rule.citation.as_ref())));
                    }
                }
                let Some((outcome, citation)) = outcome else {
                    return;
                };
                let mut facts = Facts::default();
                for e in rule.when.iter().chain(&rule.unless) {
                    let _ = self.truth(e, None, &mut facts);
                }
                for (i, x) in rule.exceptions.iter().enumerate() {
                    for e in &x.when {
                        let _ = self.truth(e, None, &mut facts);
                    }
                    let verdict = if applicable.contains(&i) {
                        "применено"
                    } else if undecided.contains(&i) {
                        "не установлено"
                    } else {
                        "не применяется"
                    };
                    facts.fact(format!("исключение {}: {verdict}", x.name));
                }
                report.findings.push(Finding {
                    severity: outcome.severity,
                    rule: rule.name.clone(),
                    clause: citation.map(|c| c.text.clone()),
                    message: self.message(&outcome.message),
                    explanation: facts.facts,
                });
            }
        }
    }

    fn rule_status(&self, rule: &'m RuleDef) -> Status {
        let mut unknown = false;
        for e in &rule.when {
            match self.truth(e, None, &mut Quiet) {
                Ok(true) => {}
                Ok(false) => return Status::Quiet,
                Err(Unknown) => unknown = true,
            }
        }
        // Like an exception, an `unless` must be established to stop the
        // rule: one that cannot be decided does not.
        for e in &rule.unless {
            if self.truth(e, None, &mut Quiet) == Ok(true) {
                return Status::Quiet;
            }
        }
        if unknown {
            Status::Unknown
        } else {
            Status::Fires
        }
    }

    fn all_hold(&self, conds: &'m [Expr], cur: Cur) -> Result<bool, Unknown> {
        let mut unknown = false;
        for e in conds {
            match self.truth(e, cur, &mut Quiet) {
                Ok(true) => {}
                Ok(false) => return Ok(false),
                Err(Unknown) => unknown = true,
            }
        }
        if unknown {
            Err(Unknown)
        } else {
            Ok(true)
        }
    }

    fn same_effect(&self, a: Option<&'m OutcomeDef>, b: Option<&'m OutcomeDef>) -> bool {
        match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => a.severity == b.severity && self.message(&a.message) == self.message(&b.message),
            _ => false,
        }
    }

    /// A warning that something could not be checked, naming what the case lacks.
    fn undecided(
        &self,
        report: &mut Report,
        what: String,
        rule: String,
        citation: Option<&CitationRef>,
        conds: &[&'m Expr],
    ) {
        let mut blame = Blame::default();
        let mut facts = Facts::default();
        for e in conds {
            if self.truth(e, None, &mut Quiet).is_err() {
                self.blame_truth(e, None, &mut blame, 0);
            }
            let _ = self.truth(e, None, &mut facts);
        }
        let mut message = what;
        if let Some(c) = citation {
            let _ = write!(message, " ({})", cite(&c.text));
        }
        message.push_str(" не проверено: ");
        message.push_str(&self.blame_text(&blame, citation.map(|c| c.text.as_str())));
        report.findings.push(Finding {
            severity: Severity::Warning,
            rule,
            clause: citation.map(|c| c.text.clone()),
            message,
            explanation: facts.facts,
        });
    }

    fn blame_text(&self, blame: &Blame, cited: Option<&str>) -> String {
        let mut parts = Vec::new();
        match blame.fields.len() {
            0 => {}
            1 => parts.push(format!("в деле нет поля {}", blame.fields[0])),
            _ => parts.push(format!("в деле нет полей {}", blame.fields.join(", "))),
        }
        for &p in &blame.params {
            if let Some(def) = self.model.params.get(p) {
                let mut s = format!("не задан внешний норматив {}", def.name);
                if let Some(d) = &def.description {
                    let _ = write!(s, " ({d})");
                }
                if let Some(c) = def.citation.as_ref().filter(|c| Some(c.text.as_str()) != cited) {
                    let _ = write!(s, ", {}", cite(&c.text));
                }
                parts.push(s);
            }
        }
        parts.extend(blame.other.iter().cloned());
        if parts.is_empty() {
            "условие не вычисляется на данных дела".into()
        } else {
            parts.join("; ")
        }
    }

    fn document(&self, doc: &'m DocumentDef, report: &mut Report) {
        let kind_name = self.model.symbol_name(doc.kind);
        let rule = || format!("document.{kind_name}");
        let title = || {
            doc.description
                .clone()
                .or_else(|| self.symbol_description(doc.kind).map(str::to_string))
                .unwrap_or_else(|| kind_name.to_string())
        };
        if let Some(w) = &doc.when {
            match self.truth(w, None, &mut Quiet) {
                Ok(true) => {}
                Ok(false) => return,
                Err(Unknown) => {
                    self.undecided(
                        report,
                        format!("требование документа «{}»", title()),
                        rule(),
                        doc.citation.as_ref(),
                        &[w],
                    );
                    return;
                }
            }
        }
        let schema = &self.model.schema;
        let list = doc.list.or(schema.documents.map(|(l, _)| l));
        let kind_slot = schema
            .documents
            .filter(|(l, _)| Some(*l) == list)
            .map(|(_, s)| s)
            .or_else(|| list.and_then(|l| schema.lists.get(l)).and_then(|l| l.key));
        // Of several documents of the kind, judge the first that meets every
        // requirement, else the first.
        let mut first = None;
        let mut good = None;
        if let (Some(l), Some(k)) = (list, kind_slot) {
            for (i, e) in self.elements(l).iter().enumerate() {
                if !matches!(e.get(k), Some(Value::Symbol(s)) if *s == doc.kind) {
                    continue;
                }
                let i = i as u32;
                first.get_or_insert(i);
                if doc.requires.iter().all(|r| self.truth(&r.expr, Some((l, i)), &mut Quiet) == Ok(true)) {
                    good = Some(i);
                    break;
                }
            }
        }
        let when_facts = || {
            let mut facts = Facts::default();
            if let Some(w) = &doc.when {
                let _ = self.truth(w, None, &mut facts);
            }
            facts
        };
        let (Some(list), Some(first)) = (list, first) else {
            report.missing_documents.push(kind_name.to_string());
            report.findings.push(Finding {
                severity: Severity::Violation,
                rule: rule(),
                clause: doc.citation.as_ref().map(|c| c.text.clone()),
                message: format!("нет документа: {}", title()),
                explanation: when_facts().facts,
            });
            return;
        };
        if good.is_some() {
            return;
        }
        let chosen = first;
        let mut defective = false;
        for req in &doc.requires {
            let cur = Some((list, chosen));
            if self.truth(&req.expr, cur, &mut Quiet) == Ok(true) {
                continue;
            }
            defective = true;
            let mut facts = when_facts();
            let _ = self.truth(&req.expr, cur, &mut facts);
            let mut blame = Blame::default();
            if self.truth(&req.expr, cur, &mut Quiet).is_err() {
                self.blame_truth(&req.expr, cur, &mut blame, 0);
                facts.fact(format!("не проверено: {}", self.blame_text(&blame, None)));
            }
            let what = req.description.as_deref().unwrap_or(&req.source);
            report.findings.push(Finding {
                severity: Severity::Violation,
                rule: rule(),
                clause: req.citation.as_ref().or(doc.citation.as_ref()).map(|c| c.text.clone()),
                message: format!("{}: нет — {what}", title()),
                explanation: facts.facts,
            });
        }
        if defective && !report.missing_documents.iter().any(|k| k == kind_name) {
            report.missing_documents.push(kind_name.to_string());
        }
    }

    fn role(&self, role: &'m RoleDef, report: &mut Report) {
        for (index, duty) in role.items.iter().enumerate() {
            if duty.is_right {
                continue;
            }
            let rule = || match &duty.key {
                Some(key) => format!("duty.{}.{key}", role.name),
                None => format!("duty.{}.{}", role.name, index + 1),
            };
            if let Some(w) = &duty.when {
                match self.truth(w, None, &mut Quiet) {
                    Ok(true) => {}
                    Ok(false) => continue,
                    Err(Unknown) => {
                        self.undecided(
                            report,
                            format!("обязанность «{}»", duty.text),
                            rule(),
                            duty.citation.as_ref(),
                            &[w],
                        );
                        continue;
                    }
                }
            }
            let clause = duty.citation.as_ref().map(|c| c.text.clone());
            if duty.deadline.is_some() {
                self.deadline(role, duty, &rule, report);
            } else if duty.frequency.is_some() {
                self.frequency(role, duty, &rule, report);
            } else {
                report.obligations.push(Obligation {
                    role: role.name.clone(),
                    duty: duty.text.clone(),
                    clause,
                    due: None,
                });
            }
        }
    }

    /// The events of the case up to `as_of`, read once per evaluation.
    fn events(&self) -> &[EventRef<'m>] {
        self.events.get_or_init(|| {
            let Some(layout) = self.model.schema.events else {
                return Vec::new();
            };
            self.elements(layout.list)
                .iter()
                .filter_map(|e| {
                    let Some(Value::Symbol(kind)) = e.get(layout.kind) else {
                        return None;
                    };
                    let Some(Value::Date(date)) = e.get(layout.date) else {
                        return None;
                    };
                    let subject = layout.subject.and_then(|s| e.get(s)).filter(|v| !v.is_null());
                    (*date <= self.as_of).then_some((*kind, *date, subject))
                })
                .collect()
        })
    }

    fn deadline(&self, role: &'m RoleDef, duty: &'m DutyDef, rule: &dyn Fn() -> String, report: &mut Report) {
        let Some(dl) = &duty.deadline else {
            return;
        };
        let clause = duty.citation.as_ref().map(|c| c.text.clone());
        let events = self.events();
        for &(kind, date, subject) in events {
            if kind != dl.after {
                continue;
            }
            let Some(due) = add_duration(date, dl.within, 1) else {
                continue;
            };
            let fulfilled = dl.fulfilled_by.is_some_and(|by| {
                events.iter().any(|&(k, d, s)| {
                    k == by
                        && date <= d
                        && d <= due
                        && match (subject, s) {
                            (Some(a), Some(b)) => a == b,
                            _ => true,
                        }
                })
            });
            if fulfilled {
                continue;
            }
            if due >= self.as_of {
                report.obligations.push(Obligation {
                    role: role.name.clone(),
                    duty: duty.text.clone(),
                    clause: clause.clone(),
                    due: Some(due),
                });
            } else if let Some(by) = dl.fulfilled_by {
                let subject_text = subject.map(|s| format!(" ({})", self.fmt_value(s))).unwrap_or_default();
                report.findings.push(Finding {
                    severity: Severity::Violation,
                    rule: rule(),
                    clause: clause.clone(),
                    message: format!(
                        "не исполнено в срок: {} — после события «{}» {date}{subject_text} до {due} нет события «{}»",
                        duty.text,
                        self.symbol_title(dl.after),
                        self.symbol_title(by),
                    ),
                    explanation: vec![
                        format!("событие {} {date}{subject_text}", self.model.symbol_name(dl.after)),
                        format!("срок {} → до {due}", duration_ru(dl.within)),
                        format!("as_of = {}", self.as_of),
                    ],
                });
            }
        }
    }

    fn frequency(&self, role: &'m RoleDef, duty: &'m DutyDef, rule: &dyn Fn() -> String, report: &mut Report) {
        let Some(fr) = &duty.frequency else {
            return;
        };
        let clause = duty.citation.as_ref().map(|c| c.text.clone());
        let (start, end) = match self.model.schema.period {
            Some((s, e)) => (self.case.slots.get(s), self.case.slots.get(e)),
            None => (None, None),
        };
        let Some(Value::Date(start)) = start else {
            let path = self
                .model
                .schema
                .period
                .and_then(|(s, _)| self.model.schema.slots.get(s))
                .map_or("request.start", |f| f.path.as_str());
            let mut message = format!("обязанность «{}»", duty.text);
            if let Some(c) = &duty.citation {
                let _ = write!(message, " ({})", cite(&c.text));
            }
            let _ = write!(message, " не проверена: в деле нет поля {path}");
            report.findings.push(Finding {
                severity: Severity::Warning,
                rule: rule(),
                clause,
                message,
                explanation: Vec::new(),
            });
            return;
        };
        let end = match end {
            Some(Value::Date(e)) => Some(*e),
            _ => None,
        };
        let limit = end.map_or(self.as_of, |e| e.min(self.as_of));
        let events = self.events();
        let done = |from: Date, to: Date| {
            fr.fulfilled_by.is_some_and(|by| events.iter().any(|&(k, d, _)| k == by && from <= d && d <= to))
        };
        for k in 0..MAX_PERIODS {
            let (Some(from), Some(next)) = (add_duration(*start, fr.every, k), add_duration(*start, fr.every, k + 1))
            else {
                break;
            };
            if next <= from {
                break;
            }
            let Some(to) = next.yesterday().ok() else {
                break;
            };
            if from > limit {
                break;
            }
            if to <= limit {
                if fr.fulfilled_by.is_some() && !done(from, to) {
                    let by = fr.fulfilled_by.map(|b| self.symbol_title(b)).unwrap_or_default();
                    report.findings.push(Finding {
                        severity: Severity::Violation,
                        rule: rule(),
                        clause: clause.clone(),
                        message: format!("не исполнено: {} — в период {from} — {to} нет события «{by}»", duty.text),
                        explanation: vec![
                            format!("{} с {start}", every_ru(fr.every)),
                            format!("as_of = {}", self.as_of),
                        ],
                    });
                }
            } else if from <= self.as_of && end.is_none_or(|e| self.as_of < e) {
                // The current, incomplete period.
                if !done(from, self.as_of) {
                    report.obligations.push(Obligation {
                        role: role.name.clone(),
                        duty: duty.text.clone(),
                        clause: clause.clone(),
                        due: Some(end.map_or(to, |e| e.min(to))),
                    });
                }
                break;
            } else {
                break;
            }
        }
    }

    fn message(&self, parts: &'m [MessagePart]) -> String {
        let mut out = String::new();
        for p in parts {
            match p {
                MessagePart::Text(t) => out.push_str(t),
                MessagePart::Expr(e) => match self.eval(e, None, &mut Quiet) {
                    Ok(v) => out.push_str(&self.fmt_value(&v)),
                    Err(Unknown) => out.push('?'),
                },
            }
        }
        out
    }

    // -----------------------------------------------------------------------
    // Values and tables.

    fn value(&self, id: ValueId) -> Result<&Value, Unknown> {
        let cell = self.values.get(id).ok_or(Unknown)?;
        if let Some(r) = cell.get() {
            return r.as_ref().map_err(|_| Unknown);
        }
        let (Some(def), Some(busy)) = (self.model.values.get(id), self.values_busy.get(id)) else {
            return Err(Unknown);
        };
        if busy.replace(true) {
            return Err(Unknown);
        }
        let r = self.eval(&def.expr, None, &mut Quiet).map(Cow::into_owned);
        busy.set(false);
        cell.get_or_init(|| r).as_ref().map_err(|_| Unknown)
    }

    fn table(&self, id: TableId) -> (Result<&Value, Unknown>, Option<usize>) {
        let Some(cell) = self.tables.get(id) else {
            return (Err(Unknown), None);
        };
        if cell.get().is_none() {
            let (Some(def), Some(busy)) = (self.model.tables.get(id), self.tables_busy.get(id)) else {
                return (Err(Unknown), None);
            };
            if busy.replace(true) {
                return (Err(Unknown), None);
            }
            let r = self.lookup(id, def);
            busy.set(false);
            let _ = cell.set(r);
        }
        match cell.get() {
            Some((r, row)) => (r.as_ref().map_err(|_| Unknown), *row),
            None => (Err(Unknown), None),
        }
    }

    fn lookup(&self, _id: TableId, def: &'m policy_check::model::TableDef) -> Lookup {
        let mut keys: Vec<Cow<'_, Value>> = Vec::with_capacity(def.keys.len());
        for k in &def.keys {
            match self.eval(k, None, &mut Quiet) {
                Ok(v) => keys.push(v),
                Err(Unknown) => return (Err(Unknown), None),
            }
        }
        let has_null = keys.iter().any(|k| k.is_null());
        for (i, row) in def.rows.iter().enumerate() {
            let matches = if row.patterns.is_empty() {
                true
            } else if has_null || row.patterns.len() != keys.len() {
                false
            } else {
                row.patterns.iter().zip(&keys).all(|(p, k)| pattern_matches(p, k))
            };
            if matches {
                let v = self.eval(&row.value, None, &mut Quiet).map(Cow::into_owned);
                return (v, Some(i));
            }
        }
        if has_null {
            (Err(Unknown), None)
        } else {
            (Ok(Value::Null), None)
        }
    }

    // -----------------------------------------------------------------------
    // Expressions.

    fn elements(&self, list: ListId) -> &'m [Vec<Value>] {
        self.case.lists.get(list).map_or(&[], Vec::as_slice)
    }

    fn elem_field(&self, list: ListId, i: u32, slot: ElemSlot) -> &'m Value {
        static NULL: Value = Value::Null;
        self.elements(list).get(i as usize).and_then(|e| e.get(slot)).unwrap_or(&NULL)
    }

    fn find(&self, list: ListId, key: &Value) -> Option<u32> {
        let slot = self.model.schema.lists.get(list)?.key?;
        self.elements(list)
            .iter()
            .position(|e| e.get(slot).is_some_and(|v| values_equal(self.model, v, key)))
            .map(|i| i as u32)
    }

    /// The truth of a condition, three-valued: a null cannot be decided.
    fn truth<S: Sink>(&self, e: &'m Expr, cur: Cur, sink: &mut S) -> Result<bool, Unknown> {
        match &e.kind {
            ExprKind::Binary(BinaryOp::And, a, b) => {
                let ta = self.truth(a, cur, sink);
                if ta == Ok(false) {
                    return Ok(false);
                }
                match (ta, self.truth(b, cur, sink)) {
                    (_, Ok(false)) => Ok(false),
                    (Ok(true), Ok(true)) => Ok(true),
                    _ => Err(Unknown),
                }
            }
            ExprKind::Binary(BinaryOp::Or, a, b) => {
                let ta = self.truth(a, cur, sink);
                if ta == Ok(true) {
                    return Ok(true);
                }
                match (ta, self.truth(b, cur, sink)) {
                    (_, Ok(true)) => Ok(true),
                    (Ok(false), Ok(false)) => Ok(false),
                    _ => Err(Unknown),
                }
            }
            ExprKind::Unary(UnaryOp::Not, a) => self.truth(a, cur, sink).map(|b| !b),
            _ => match self.eval(e, cur, sink)?.as_ref() {
                Value::Bool(b) => Ok(*b),
                _ => Err(Unknown),
            },
        }
    }

    fn eval<S: Sink>(&self, e: &'m Expr, cur: Cur, sink: &mut S) -> R<'_> {
        match &e.kind {
            ExprKind::Const(v) => Ok(Cow::Borrowed(v)),
            ExprKind::Field(slot) => {
                let v = if self.model.schema.as_of == Some(*slot) {
                    &self.as_of_value
                } else {
                    self.case.slots.get(*slot).unwrap_or(&Value::Null)
                };
                if S::ON {
                    let path = self.model.schema.slots.get(*slot).map_or("?", |f| f.path.as_str());
                    sink.fact(self.fact_of(path, v));
                }
                Ok(Cow::Borrowed(v))
            }
            ExprKind::List(list) => {
                Ok(Cow::Owned(Value::Elements(*list, (0..self.elements(*list).len() as u32).collect())))
            }
            ExprKind::Find { list, .. } => {
                let mut found = Vec::new();
                self.visit_elems(e, cur, sink, &mut |_, i| {
                    found.push(i);
                    Ok(())
                })?;
                Ok(Cow::Owned(match found.as_slice() {
                    [] => Value::Null,
                    [one] => Value::Element(*list, *one),
                    _ => Value::Elements(*list, found),
                }))
            }
            ExprKind::ElemField { elem, slot, .. } => match self.first_elem(elem, cur, sink)? {
                Some((l, i)) => {
                    let v = self.elem_field(l, i, *slot);
                    if S::ON {
                        sink.fact(self.fact_of(&self.elem_field_path(l, i, *slot), v));
                    }
                    Ok(Cow::Borrowed(v))
                }
                None => Ok(Cow::Owned(Value::Null)),
            },
            ExprKind::Current { list, slot } => match cur {
                Some((l, i)) if l == *list => {
                    let v = self.elem_field(l, i, *slot);
                    if S::ON {
                        sink.fact(self.fact_of(&self.elem_field_path(l, i, *slot), v));
                    }
                    Ok(Cow::Borrowed(v))
                }
                _ => Err(Unknown),
            },
            ExprKind::Project { elems, slot, .. } => {
                let mut out = Vec::new();
                self.visit_elems(elems, cur, sink, &mut |l, i| {
                    out.push(self.elem_field(l, i, *slot).clone());
                    Ok(())
                })?;
                Ok(Cow::Owned(Value::List(out)))
            }
            ExprKind::Filter { list, .. } => {
                let mut out = Vec::new();
                self.visit_elems(e, cur, &mut Quiet, &mut |_, i| {
                    out.push(i);
                    Ok(())
                })?;
                Ok(Cow::Owned(Value::Elements(*list, out)))
            }
            ExprKind::Value(id) => {
                let r = self.value(*id);
                if S::ON && sink.first_value(*id) {
                    if let Some(def) = self.model.values.get(*id) {
                        let _ = self.eval(&def.expr, None, sink);
                        sink.fact(match &r {
                            Ok(v) => self.fact_of(&def.name, v),
                            Err(Unknown) => format!("{}: не вычисляется", def.name),
                        });
                    }
                }
                r.map(Cow::Borrowed)
            }
            ExprKind::Table(id) => {
                let (r, row) = self.table(*id);
                if S::ON && sink.first_table(*id) {
                    sink.fact(self.table_fact(*id, &r, row));
                }
                r.map(Cow::Borrowed)
            }
            ExprKind::Param(id) => {
                let def = self.model.params.get(*id).ok_or(Unknown)?;
                let Some(expr) = &def.value else {
                    if S::ON {
                        sink.fact(format!("{}: внешний норматив не задан", def.name));
                    }
                    return Err(Unknown);
                };
                let v = self.eval(expr, None, &mut Quiet)?;
                if S::ON {
                    sink.fact(self.fact_of(&def.name, &v));
                }
                Ok(v)
            }
            ExprKind::Unary(UnaryOp::Not, _) => self.truth(e, cur, sink).map(bool_value),
            ExprKind::Unary(UnaryOp::Neg, a) => match self.eval(a, cur, sink)?.as_ref() {
                Value::Number(n) => Ok(Cow::Owned(Value::Number(-*n))),
                _ => Err(Unknown),
            },
            ExprKind::Binary(op, a, b) => self.binary(e, *op, a, b, cur, sink),
            ExprKind::If(c, a, b) => {
                if self.truth(c, cur, sink)? {
                    self.eval(a, cur, sink)
                } else {
                    self.eval(b, cur, sink)
                }
            }
            ExprKind::ListOf(items) => {
                let mut out = Vec::with_capacity(items.len());
                for i in items {
                    out.push(self.eval(i, cur, sink)?.into_owned());
                }
                Ok(Cow::Owned(Value::List(out)))
            }
            ExprKind::Call(f, args) => {
                let r = self.call(*f, args, cur);
                if S::ON {
                    sink.fact(match &r {
                        Ok(v) => self.fact_of(&self.expr_text(e), v),
                        Err(Unknown) => format!("{}: не вычисляется", self.expr_text(e)),
                    });
                }
                r
            }
            ExprKind::Error => Ok(Cow::Owned(Value::Null)),
        }
    }

    fn binary<S: Sink>(&self, e: &'m Expr, op: BinaryOp, a: &'m Expr, b: &'m Expr, cur: Cur, sink: &mut S) -> R<'_> {
        match op {
            BinaryOp::And | BinaryOp::Or => self.truth(e, cur, sink).map(bool_value),
            BinaryOp::Coalesce => {
                let va = self.eval(a, cur, sink)?;
                if va.is_null() {
                    self.eval(b, cur, sink)
                } else {
                    Ok(va)
                }
            }
            BinaryOp::Eq | BinaryOp::Ne => {
                let null_test = is_null_literal(a) || is_null_literal(b);
                let va = self.eval(a, cur, sink)?;
                let vb = self.eval(b, cur, sink)?;
                let eq = if null_test {
                    va.is_null() == vb.is_null()
                } else if va.is_null() || vb.is_null() {
                    return Err(Unknown);
                } else {
                    values_equal(self.model, &va, &vb)
                };
                Ok(bool_value(eq == (op == BinaryOp::Eq)))
            }
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => {
                let va = self.eval(a, cur, sink)?;
                let vb = self.eval(b, cur, sink)?;
                let ord = compare(&va, &vb).ok_or(Unknown)?;
                Ok(bool_value(match op {
                    BinaryOp::Lt => ord.is_lt(),
                    BinaryOp::Le => ord.is_le(),
                    BinaryOp::Gt => ord.is_gt(),
                    _ => ord.is_ge(),
                }))
            }
            BinaryOp::In | BinaryOp::NotIn => {
                let found = self.member(a, b, cur, sink)?;
                Ok(bool_value(found == (op == BinaryOp::In)))
            }
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => {
                let va = self.eval(a, cur, sink)?;
                let vb = self.eval(b, cur, sink)?;
                arithmetic(op, &va, &vb).map(Cow::Owned).ok_or(Unknown)
            }
            BinaryOp::Where => {
                let mut out = Vec::new();
                let mut list = None;
                self.visit_elems(e, cur, &mut Quiet, &mut |l, i| {
                    list = Some(l);
                    out.push(i);
                    Ok(())
                })?;
                match list {
                    Some(l) => Ok(Cow::Owned(Value::Elements(l, out))),
                    None => Ok(Cow::Owned(Value::List(Vec::new()))),
                }
            }
        }
    }

    /// The element a field is read from: the first of the elements `e`
    /// denotes, or none.
    fn first_elem<S: Sink>(&self, e: &'m Expr, cur: Cur, sink: &mut S) -> Result<Option<(ListId, u32)>, Unknown> {
        if let ExprKind::Find { list, key } = &e.kind {
            let found = self.find(*list, key);
            if S::ON && found.is_none() {
                sink.fact(format!("{}: нет в деле", self.expr_text(e)));
            }
            return Ok(found.map(|i| (*list, i)));
        }
        Ok(match self.eval(e, cur, sink)?.as_ref() {
            Value::Element(l, i) => Some((*l, *i)),
            Value::Elements(l, idx) => idx.first().map(|i| (*l, *i)),
            Value::Null => None,
            _ => return Err(Unknown),
        })
    }

    /// `a in b`, without building the list on the right where it is a
    /// literal list or a projection of a case list.
    fn member<S: Sink>(&self, a: &'m Expr, b: &'m Expr, cur: Cur, sink: &mut S) -> Result<bool, Unknown> {
        let va = self.eval(a, cur, sink)?;
        if va.is_null() {
            return Err(Unknown);
        }
        match &b.kind {
            ExprKind::ListOf(items) => {
                for i in items {
                    let vi = self.eval(i, cur, sink)?;
                    if values_equal(self.model, &va, &vi) {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            ExprKind::Project { elems, slot, .. } => {
                let mut found = false;
                self.visit_elems(elems, cur, sink, &mut |l, i| {
                    found |= values_equal(self.model, &va, self.elem_field(l, i, *slot));
                    Ok(())
                })?;
                Ok(found)
            }
            _ => match self.eval(b, cur, sink)?.as_ref() {
                Value::Range(lo, hi) => match va.as_ref() {
                    Value::Number(n) => Ok(n.fract().is_zero() && *n >= Decimal::from(*lo) && *n <= Decimal::from(*hi)),
                    _ => Err(Unknown),
                },
                Value::List(items) => Ok(items.iter().any(|i| values_equal(self.model, &va, i))),
                Value::Null => Err(Unknown),
                _ => Err(Unknown),
            },
        }
    }

    /// Calls `f` on each element an element-list expression denotes.
    fn visit_elems<S: Sink>(
        &self,
        e: &'m Expr,
        cur: Cur,
        sink: &mut S,
        f: &mut dyn FnMut(ListId, u32) -> Result<(), Unknown>,
    ) -> Result<(), Unknown> {
        match &e.kind {
            ExprKind::List(l) => {
                for i in 0..self.elements(*l).len() as u32 {
                    f(*l, i)?;
                }
                Ok(())
            }
            ExprKind::Find { list, key } => {
                let slot = self.model.schema.lists.get(*list).and_then(|d| d.key).ok_or(Unknown)?;
                let mut any = false;
                for (i, el) in self.elements(*list).iter().enumerate() {
                    if el.get(slot).is_some_and(|v| values_equal(self.model, v, key)) {
                        any = true;
                        f(*list, i as u32)?;
                    }
                }
                if S::ON && !any {
                    sink.fact(format!("{}: нет в деле", self.expr_text(e)));
                }
                Ok(())
            }
            ExprKind::Filter { elems, cond, .. } | ExprKind::Binary(BinaryOp::Where, elems, cond) => {
                self.visit_elems(elems, cur, sink, &mut |l, i| {
                    if self.truth(cond, Some((l, i)), &mut Quiet) == Ok(true) {
                        f(l, i)
                    } else {
                        Ok(())
                    }
                })
            }
            _ => match self.eval(e, cur, sink)?.as_ref() {
                Value::Elements(l, idx) => {
                    for i in idx {
                        f(*l, *i)?;
                    }
                    Ok(())
                }
                Value::Element(l, i) => f(*l, *i),
                Value::Null => Ok(()),
                _ => Err(Unknown),
            },
        }
    }

    /// Calls `f` on each value a list expression denotes.
    fn visit_values(
        &self,
        e: &'m Expr,
        cur: Cur,
        f: &mut dyn FnMut(&Value) -> Result<(), Unknown>,
    ) -> Result<(), Unknown> {
        match &e.kind {
            ExprKind::Project { elems, slot, .. } => {
                self.visit_elems(elems, cur, &mut Quiet, &mut |l, i| f(self.elem_field(l, i, *slot)))
            }
            ExprKind::ListOf(items) => {
                for i in items {
                    f(self.eval(i, cur, &mut Quiet)?.as_ref())?;
                }
                Ok(())
            }
            _ => match self.eval(e, cur, &mut Quiet)?.as_ref() {
                Value::List(items) => items.iter().try_for_each(f),
                Value::Null => Err(Unknown),
                v @ Value::Number(_) => f(v),
                _ => Err(Unknown),
            },
        }
    }

    fn is_elements_expr(&self, e: &Expr) -> bool {
        matches!(
            e.kind,
            ExprKind::List(_) | ExprKind::Find { .. } | ExprKind::Filter { .. } | ExprKind::Binary(BinaryOp::Where, ..)
        )
    }

    fn call(&self, f: Builtin, args: &'m [Expr], cur: Cur) -> R<'_> {
        let arg = args.first().ok_or(Unknown)?;
        match f {
            Builtin::Sum => {
                let mut total = Decimal::ZERO;
                self.visit_values(arg, cur, &mut |v| match v {
                    Value::Number(n) => {
                        total = total.checked_add(*n).ok_or(Unknown)?;
                        Ok(())
                    }
                    _ => Err(Unknown),
                })?;
                Ok(Cow::Owned(Value::Number(total)))
            }
            Builtin::Count => {
                let mut n: i64 = 0;
                if self.is_elements_expr(arg) {
                    self.visit_elems(arg, cur, &mut Quiet, &mut |_, _| {
                        n += 1;
                        Ok(())
                    })?;
                } else {
                    match self.eval(arg, cur, &mut Quiet)?.as_ref() {
                        Value::List(items) => n = items.len() as i64,
                        Value::Elements(_, idx) => n = idx.len() as i64,
                        Value::Element(..) => n = 1,
                        _ => return Err(Unknown),
                    }
                }
                Ok(Cow::Owned(Value::Number(Decimal::from(n))))
            }
            Builtin::MaxCountBy(slot) => {
                let mut elems: Vec<(ListId, u32)> = Vec::new();
                self.visit_elems(arg, cur, &mut Quiet, &mut |l, i| {
                    elems.push((l, i));
                    Ok(())
                })?;
                let mut best = 0i64;
                for (k, &(l, i)) in elems.iter().enumerate() {
                    let v = self.elem_field(l, i, slot);
                    if v.is_null() {
                        continue;
                    }
                    let n = elems[k..]
                        .iter()
                        .filter(|&&(l2, i2)| values_equal(self.model, v, self.elem_field(l2, i2, slot)))
                        .count() as i64;
                    best = best.max(n);
                }
                Ok(Cow::Owned(Value::Number(Decimal::from(best))))
            }
            Builtin::SchoolYearStart | Builtin::SchoolYearEnd => {
                let Value::Date(d) = self.eval(arg, cur, &mut Quiet)?.as_ref().clone() else {
                    return Err(Unknown);
                };
                let start_year = if d.month() >= 9 { d.year() } else { d.year() - 1 };
                let date = if f == Builtin::SchoolYearStart {
                    Date::new(start_year, 9, 1)
                } else {
                    Date::new(start_year + 1, 5, 31)
                };
                date.map(|d| Cow::Owned(Value::Date(d))).map_err(|_| Unknown)
            }
        }
    }

    // -----------------------------------------------------------------------
    // What an undecidable condition lacks.

    fn undecided_value(&self, e: &'m Expr, cur: Cur) -> bool {
        match self.eval(e, cur, &mut Quiet) {
            Ok(v) => v.is_null(),
            Err(Unknown) => true,
        }
    }

    fn blame_truth(&self, e: &'m Expr, cur: Cur, out: &mut Blame, depth: u32) {
        match &e.kind {
            ExprKind::Binary(BinaryOp::And | BinaryOp::Or, a, b) => {
                for x in [a, b] {
                    if self.truth(x, cur, &mut Quiet).is_err() {
                        self.blame_truth(x, cur, out, depth + 1);
                    }
                }
            }
            ExprKind::Unary(UnaryOp::Not, a) => self.blame_truth(a, cur, out, depth + 1),
            _ => self.blame(e, cur, out, depth + 1),
        }
    }

    fn blame(&self, e: &'m Expr, cur: Cur, out: &mut Blame, depth: u32) {
        if depth > 64 {
            return;
        }
        let schema = &self.model.schema;
        match &e.kind {
            ExprKind::Field(slot) => {
                if self.case.slots.get(*slot).is_none_or(IsNull::is_null) && schema.as_of != Some(*slot) {
                    if let Some(f) = schema.slots.get(*slot) {
                        out.field(f.path.clone());
                    }
                }
            }
            ExprKind::Find { list, key } => {
                if self.find(*list, key).is_none() {
                    out.field(self.expr_text(e));
                }
            }
            ExprKind::ElemField { elem, slot, .. } => match self.first_elem(elem, cur, &mut Quiet) {
                Ok(Some((l, i))) => {
                    if self.elem_field(l, i, *slot).is_null() {
                        out.field(self.elem_field_path(l, i, *slot));
                    }
                }
                Ok(None) => out.field(self.expr_text(e)),
                Err(Unknown) => self.blame(elem, cur, out, depth + 1),
            },
            ExprKind::Current { slot, .. } => {
                if let Some((l, i)) = cur {
                    if self.elem_field(l, i, *slot).is_null() {
                        out.field(self.elem_field_path(l, i, *slot));
                    }
                }
            }
            ExprKind::Project { elems, slot, .. } => {
                let _ = self.visit_elems(elems, cur, &mut Quiet, &mut |l, i| {
                    if self.elem_field(l, i, *slot).is_null() {
                        out.field(self.elem_field_path(l, i, *slot));
                    }
                    Ok(())
                });
            }
            ExprKind::Value(id) => {
                if self.value(*id).is_ok_and(|v| !v.is_null()) {
                    return;
                }
                if let Some(def) = self.model.values.get(*id) {
                    self.blame(&def.expr, None, out, depth + 1);
                }
            }
            ExprKind::Table(id) => {
                let Some(def) = self.model.tables.get(*id) else {
                    return;
                };
                match self.table(*id) {
                    (Ok(v), _) if !v.is_null() => {}
                    (Ok(_), Some(row)) => {
                        if let Some(r) = def.rows.get(row) {
                            self.blame(&r.value, None, out, depth + 1);
                        }
                    }
                    (Ok(_), None) => {
                        out.other(format!("в таблице {} нет строки для {}", def.name, self.table_keys_text(*id)))
                    }
                    (Err(Unknown), _) => {
                        for k in &def.keys {
                            if self.undecided_value(k, None) {
                                self.blame(k, None, out, depth + 1);
                            }
                        }
                    }
                }
            }
            ExprKind::Param(id) => {
                if let Some(def) = self.model.params.get(*id) {
                    match &def.value {
                        None => out.param(*id),
                        Some(v) => self.blame(v, None, out, depth + 1),
                    }
                }
            }
            ExprKind::Binary(BinaryOp::And | BinaryOp::Or, ..) | ExprKind::Unary(UnaryOp::Not, _) => {
                self.blame_truth(e, cur, out, depth + 1)
            }
            ExprKind::Binary(BinaryOp::Eq | BinaryOp::Ne, a, b) if is_null_literal(a) || is_null_literal(b) => {
                for x in [a, b] {
                    if self.eval(x, cur, &mut Quiet).is_err() {
                        self.blame(x, cur, out, depth + 1);
                    }
                }
            }
            ExprKind::Binary(_, a, b) => {
                for x in [a, b] {
                    if self.undecided_value(x, cur) {
                        self.blame(x, cur, out, depth + 1);
                    }
                }
            }
            ExprKind::Unary(_, a) => self.blame(a, cur, out, depth + 1),
            ExprKind::If(c, a, b) => match self.truth(c, cur, &mut Quiet) {
                Err(Unknown) => self.blame_truth(c, cur, out, depth + 1),
                Ok(true) => self.blame(a, cur, out, depth + 1),
                Ok(false) => self.blame(b, cur, out, depth + 1),
            },
            ExprKind::ListOf(items) | ExprKind::Call(_, items) => {
                for x in items {
                    if matches!(x.kind, ExprKind::Project { .. }) || self.undecided_value(x, cur) {
                        self.blame(x, cur, out, depth + 1);
                    }
                }
            }
            ExprKind::Filter { elems, .. } => self.blame(elems, cur, out, depth + 1),
            ExprKind::Const(_) | ExprKind::List(_) | ExprKind::Error => {}
        }
    }

    // -----------------------------------------------------------------------
    // Text: facts, values, expressions.

    fn fact_of(&self, name: &str, v: &Value) -> String {
        let mut out = String::with_capacity(name.len() + 24);
        out.push_str(name);
        if v.is_null() {
            out.push_str(": не указано");
        } else {
            out.push_str(" = ");
            write_value(&mut out, self.model, v, &|l, i| self.elem_name(l, i));
        }
        out
    }

    fn table_keys_text(&self, id: TableId) -> String {
        let Some(def) = self.model.tables.get(id) else {
            return String::new();
        };
        let mut parts = Vec::new();
        for (i, k) in def.keys.iter().enumerate() {
            let v = match self.eval(k, None, &mut Quiet) {
                Ok(v) => self.fmt_value(&v),
                Err(Unknown) => "?".into(),
            };
            let desc = match &k.kind {
                ExprKind::Field(slot) => self.model.schema.slots.get(*slot).and_then(|f| f.description.clone()),
                _ => None,
            };
            parts.push(match desc {
                Some(d) => format!("{d} {v}"),
                None => {
                    let src = def.key_sources.get(i).cloned().unwrap_or_else(|| self.expr_text(k));
                    format!("{src} = {v}")
                }
            });
        }
        parts.join(", ")
    }

    fn table_fact(&self, id: TableId, r: &Result<&Value, Unknown>, row: Option<usize>) -> String {
        let Some(def) = self.model.tables.get(id) else {
            return String::new();
        };
        let keys = self.table_keys_text(id);
        let row_text = row.and_then(|i| def.rows.get(i)).map(|r| {
            r.label.clone().unwrap_or_else(|| if r.patterns.is_empty() { "иначе".into() } else { r.source.clone() })
        });
        match (r, row_text) {
            (Ok(v), Some(row)) => format!("{}: {keys} → {row} → {}", def.name, self.fmt_value(v)),
            (Ok(_), None) => format!("{}: {keys} → нет строки", def.name),
            (Err(Unknown), _) => format!("{}: {keys} → не вычисляется", def.name),
        }
    }

    /// How an element is named: `documents.medical_certificate` for a keyed
    /// list, else `documents[2]`.
    fn write_elem_path(&self, out: &mut String, list: ListId, i: u32) {
        let Some(def) = self.model.schema.lists.get(list) else {
            out.push('?');
            return;
        };
        out.push_str(&def.path);
        let _ = match def.key.map(|k| self.elem_field(list, i, k)) {
            Some(Value::Symbol(s)) => write!(out, ".{}", self.model.symbol_name(*s)),
            Some(Value::Text(t)) => write!(out, "[{t}]"),
            _ => write!(out, "[{i}]"),
        };
    }

    fn elem_name(&self, list: ListId, i: u32) -> String {
        let Some(def) = self.model.schema.lists.get(list) else {
            return i.to_string();
        };
        match def.key.map(|k| self.elem_field(list, i, k)) {
            Some(v @ (Value::Symbol(_) | Value::Text(_))) => self.fmt_value(v),
            _ => format!("{}[{i}]", def.path),
        }
    }

    fn elem_field_path(&self, list: ListId, i: u32, slot: ElemSlot) -> String {
        let name = self.model.schema.lists.get(list).and_then(|l| l.fields.get(slot)).map_or("?", |f| f.path.as_str());
        let mut out = String::with_capacity(32);
        self.write_elem_path(&mut out, list, i);
        out.push('.');
        out.push_str(name);
        out
    }

    fn symbol_description(&self, sym: SymbolId) -> Option<&'m str> {
        self.model.enums.iter().find_map(|e| e.variants.iter().find(|(s, _)| *s == sym).and_then(|(_, d)| d.as_deref()))
    }

    fn symbol_title(&self, sym: SymbolId) -> String {
        self.symbol_description(sym).unwrap_or_else(|| self.model.symbol_name(sym)).to_string()
    }

    fn fmt_value(&self, v: &Value) -> String {
        format_value(self.model, v, &|l, i| self.elem_name(l, i))
    }

    fn expr_text(&self, e: &Expr) -> String {
        policy_check::text::expr(self.model, e)
    }
}

/// `is_null` for values (the model's type has none).
trait IsNull {
    fn is_null(&self) -> bool;
}

impl IsNull for Value {
    fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}

fn bool_value<'s>(b: bool) -> Cow<'s, Value> {
    Cow::Owned(Value::Bool(b))
}

fn is_null_literal(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Const(Value::Null))
}

fn pattern_matches(p: &PatternDef, key: &Value) -> bool {
    match (p, key) {
        (PatternDef::Range(a, b), Value::Number(n)) => {
            n.fract().is_zero() && *n >= Decimal::from(*a) && *n <= Decimal::from(*b)
        }
        (PatternDef::Equals(v), k) => v == k || values_equal_plain(v, k),
        _ => false,
    }
}

fn values_equal_plain(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y,
        _ => a == b,
    }
}

/// Equality of two non-null values (numbers by value, symbols against text by name).
fn values_equal(model: &Model, a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Symbol(s), Value::Text(t)) | (Value::Text(t), Value::Symbol(s)) => model.symbol_name(*s) == t,
        (Value::Null, _) | (_, Value::Null) => false,
        _ => values_equal_plain(a, b),
    }
}

/// Order of two values; `None` when they cannot be compared (or one is null).
fn compare(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => Some(x.cmp(y)),
        (Value::Date(x), Value::Date(y)) => Some(x.cmp(y)),
        (Value::Text(x), Value::Text(y)) => Some(x.cmp(y)),
        (Value::Interval(from, to), Value::Duration(d)) => Some(to.cmp(&add_duration(*from, *d, 1)?)),
        (Value::Duration(d), Value::Interval(from, to)) => Some(add_duration(*from, *d, 1)?.cmp(to)),
        (Value::Interval(a1, a2), Value::Interval(b1, b2)) => {
            let da = a1.until(*a2).ok()?.get_days();
            let db = b1.until(*b2).ok()?.get_days();
            Some(da.cmp(&db))
        }
        (Value::Duration(x), Value::Duration(y)) => match (days_of(*x), days_of(*y)) {
            (Some(dx), Some(dy)) => Some(dx.cmp(&dy)),
            _ if x.unit == y.unit => Some(x.amount.cmp(&y.amount)),
            _ => None,
        },
        _ => None,
    }
}

fn days_of(d: Duration) -> Option<i64> {
    match d.unit {
        DurationUnit::Days => Some(d.amount),
        DurationUnit::Weeks => d.amount.checked_mul(7),
        DurationUnit::Months => None,
    }
}

fn arithmetic(op: BinaryOp, a: &Value, b: &Value) -> Option<Value> {
    use BinaryOp::*;
    Some(match (op, a, b) {
        (Add, Value::Number(x), Value::Number(y)) => Value::Number(x.checked_add(*y)?),
        (Sub, Value::Number(x), Value::Number(y)) => Value::Number(x.checked_sub(*y)?),
        (Mul, Value::Number(x), Value::Number(y)) => Value::Number(x.checked_mul(*y)?),
        (Div, Value::Number(x), Value::Number(y)) => Value::Number(x.checked_div(*y)?),
        (Add, Value::Date(d), Value::Duration(u)) | (Add, Value::Duration(u), Value::Date(d)) => {
            Value::Date(add_duration(*d, *u, 1)?)
        }
        (Sub, Value::Date(d), Value::Duration(u)) => Value::Date(add_duration(*d, *u, -1)?),
        (Sub, Value::Date(to), Value::Date(from)) => Value::Interval(*from, *to),
        (Add, Value::Duration(x), Value::Duration(y)) if x.unit == y.unit => {
            Value::Duration(Duration { amount: x.amount.checked_add(y.amount)?, unit: x.unit })
        }
        (Mul, Value::Duration(x), Value::Number(n)) | (Mul, Value::Number(n), Value::Duration(x))
            if n.fract().is_zero() =>
        {
            let n = i64::try_from(*n).ok()?;
            Value::Duration(Duration { amount: x.amount.checked_mul(n)?, unit: x.unit })
        }
        _ => return None,
    })
}

/// `date + times × duration`, in calendar terms (months keep the day of the
/// month, or the month's last day when it is shorter).
pub(crate) fn add_duration(date: Date, d: Duration, times: i64) -> Option<Date> {
    let n = d.amount.checked_mul(times)?;
    let span = match d.unit {
        DurationUnit::Days => Span::new().try_days(n).ok()?,
        DurationUnit::Weeks => Span::new().try_weeks(n).ok()?,
        DurationUnit::Months => Span::new().try_months(n).ok()?,
    };
    date.checked_add(span).ok()
}

/// A value as a lawyer reads it.
pub(crate) fn format_value(model: &Model, v: &Value, elem_name: &dyn Fn(ListId, u32) -> String) -> String {
    let mut out = String::new();
    write_value(&mut out, model, v, elem_name);
    out
}

/// Writes a value as a lawyer reads it.
fn write_value(out: &mut String, model: &Model, v: &Value, elem_name: &dyn Fn(ListId, u32) -> String) {
    match v {
        Value::Null => out.push('—'),
        Value::Bool(true) => out.push_str("да"),
        Value::Bool(false) => out.push_str("нет"),
        Value::Number(n) if n.is_zero() => out.push('0'),
        Value::Number(n) => {
            let _ = write!(out, "{}", n.normalize());
        }
        Value::Text(t) => out.push_str(t),
        Value::Date(d) => {
            let _ = write!(out, "{d}");
        }
        Value::Duration(d) => out.push_str(&duration_ru(*d)),
        Value::Symbol(s) => out.push_str(model.symbol_name(*s)),
        Value::Range(a, b) => {
            let _ = write!(out, "{a}..{b}");
        }
        Value::Interval(a, b) => {
            let _ = write!(out, "{a} — {b}");
        }
        Value::List(items) if items.is_empty() => out.push_str("[]"),
        Value::List(items) => {
            for (k, i) in items.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                write_value(out, model, i, elem_name);
            }
        }
        Value::Elements(_, idx) if idx.is_empty() => out.push_str("нет"),
        Value::Elements(l, idx) => {
            for (k, i) in idx.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                out.push_str(&elem_name(*l, *i));
            }
        }
        Value::Element(l, i) => out.push_str(&elem_name(*l, *i)),
    }
}

fn plural_ru(n: i64, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
    let n = n.unsigned_abs();
    match (n % 10, n % 100) {
        (1, r) if r != 11 => one,
        (2..=4, r) if !(12..=14).contains(&r) => few,
        _ => many,
    }
}

/// A duration in Russian (`7 дней`, `2 месяца`).
pub(crate) fn duration_ru(d: Duration) -> String {
    let unit = match d.unit {
        DurationUnit::Days => plural_ru(d.amount, "день", "дня", "дней"),
        DurationUnit::Weeks => plural_ru(d.amount, "неделя", "недели", "недель"),
        DurationUnit::Months => plural_ru(d.amount, "месяц", "месяца", "месяцев"),
    };
    format!("{} {unit}", d.amount)
}

fn every_ru(d: Duration) -> String {
    match (d.amount, d.unit) {
        (1, DurationUnit::Days) => "каждый день".into(),
        (1, DurationUnit::Weeks) => "каждую неделю".into(),
        (1, DurationUnit::Months) => "каждый месяц".into(),
        (3, DurationUnit::Months) => "каждый квартал (3 месяца)".into(),
        (12, DurationUnit::Months) => "каждый год".into(),
        _ => format!("каждые {}", duration_ru(d)),
    }
}

/// A citation as a lawyer writes it: `п. 16`, `пп. 1.2, 2.9`, `Приложение 3`.
pub(crate) fn cite(text: &str) -> String {
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        text.to_string()
    } else if text.contains([',', '–']) {
        format!("пп. {text}")
    } else {
        format!("п. {text}")
    }
}
