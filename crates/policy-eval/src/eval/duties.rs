//! Roles' duties: plain obligations, deadlines after events, and periodic
//! duties (frequencies).

use jiff::civil::Date;
use policy_calendar::CalendarError;
use policy_check::model::{DeadlineStart, DutyDef, Expr, Period, RoleDef, Severity, SymbolId, Value};
use policy_i18n::{msg, Message};
use policy_syntax::ast::{Duration, DurationUnit};

use super::blame::Blame;
use super::ops::{add_duration, IsNull};
use super::say::{self, cite};
use super::trace::Quiet;
use super::{Evaluator, EventRef, Unknown};
use crate::report::{DutyCondition, Finding, Report};

/// At most this many periods of a periodic duty are examined.
const MAX_PERIODS: i64 = 10_000;

/// The start of one run of a deadline's clock.
struct Start<'m> {
    /// The day the clock starts after.
    date: Date,
    /// The event's subject, when an event with one started it.
    subject: Option<&'m Value>,
    /// What it is.
    what: StartWhat<'m>,
}

/// What starts a deadline's clock.
#[derive(Clone, Copy)]
enum StartWhat<'m> {
    /// An event of this type.
    Event(SymbolId),
    /// The date this expression gives.
    Date(&'m Expr),
}

/// Why a deadline's last day is not known.
enum DueError {
    /// Past the range of dates.
    Overflow,
    /// The production calendar has no data for this year.
    MissingYear(i16),
}

impl<'m> Evaluator<'m> {
    /// Judges a role's duties (rights are not judged).
    pub(super) fn role(&self, role_index: usize, role: &'m RoleDef, report: &mut Report) {
        let readings = &self.model.readings;
        for (index, duty) in role.items.iter().enumerate() {
            if duty.is_right {
                continue;
            }
            let (findings, obligations) = (report.findings.len(), report.obligations.len());
            self.duty(role, index, duty, report);
            let ids = readings.of_duty(role_index, index);
            super::readings::findings_rest_on(readings, ids, &mut report.findings[findings..]);
            super::readings::obligations_rest_on(readings, ids, &mut report.obligations[obligations..]);
        }
    }

    /// Judges duty `index` of `role`.
    fn duty(&self, role: &'m RoleDef, index: usize, duty: &'m DutyDef, report: &mut Report) {
        {
            let rule = || match &duty.key {
                Some(key) => format!("duty.{}.{key}", role.name),
                None => format!("duty.{}.{}", role.name, index + 1),
            };
            if let Some(w) = &duty.when {
                match self.truth(w, None, &mut Quiet) {
                    Ok(true) => {}
                    Ok(false) => return,
                    Err(Unknown) => {
                        // Three-valued logic reaches obligations: a duty that
                        // may apply is listed as such, with what it depends on.
                        let mut blame = Blame::default();
                        self.blame_truth(w, None, &mut blame, 0);
                        let cited = duty.citation.as_ref().map(|c| c.text.as_str());
                        let mut depends_on = self.blame_items(&blame, cited);
                        if depends_on.is_empty() {
                            depends_on.push(Message::from(self.expr_text(w)));
                        }
                        let mut obligation = self.obligation(role, duty, None);
                        obligation.condition = Some(DutyCondition::Unknown);
                        obligation.depends_on = depends_on;
                        report.obligations.push(obligation);
                        return;
                    }
                }
            }
            if duty.deadline.is_some() {
                self.deadline(role, duty, &rule, report);
            } else if duty.frequency.is_some() {
                self.frequency(role, duty, &rule, report);
            } else {
                report.obligations.push(self.obligation(role, duty, None));
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

    /// A duty due within a time after an event or a date: an obligation
    /// while due, a violation when overdue.
    fn deadline(&self, role: &'m RoleDef, duty: &'m DutyDef, rule: &dyn Fn() -> String, report: &mut Report) {
        let Some(dl) = &duty.deadline else {
            return;
        };
        match &dl.after {
            DeadlineStart::Event(kind) => {
                for &(k, date, subject) in self.events() {
                    if k == *kind {
                        let start = Start { date, subject, what: StartWhat::Event(*kind) };
                        self.deadline_from(role, duty, &start, rule, report);
                    }
                }
            }
            DeadlineStart::Date(e) => {
                // An absent date has not started the clock: nothing is due yet.
                if let Ok(Value::Date(date)) = self.eval(e, None, &mut Quiet).as_deref() {
                    if *date <= self.as_of {
                        let start = Start { date: *date, subject: None, what: StartWhat::Date(e) };
                        self.deadline_from(role, duty, &start, rule, report);
                    }
                }
            }
        }
    }

    /// One run of a deadline's clock, from `start`.
    fn deadline_from(
        &self,
        role: &'m RoleDef,
        duty: &'m DutyDef,
        start: &Start<'m>,
        rule: &dyn Fn() -> String,
        report: &mut Report,
    ) {
        let Some(dl) = &duty.deadline else {
            return;
        };
        let clause = duty.citation.as_ref().map(|c| c.text.clone());
        let date = start.date;
        let due = match self.due_date(date, dl.within) {
            Ok(due) => due,
            Err(DueError::Overflow) => return,
            Err(DueError::MissingYear(year)) => {
                report.findings.push(Finding {
                    severity: Severity::Warning,
                    rule: rule(),
                    clause,
                    message: msg!(
                        "eval-calendar-missing",
                        duty = duty.text.clone(),
                        within = say::duration(dl.within),
                        start = self.start_words(start),
                        year = year.to_string()
                    ),
                    readings: Vec::new(),
                    explanation: vec![self.start_fact(start, None), self.as_of_fact()],
                });
                return;
            }
        };
        let subject = start.subject;
        let events = self.events();
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
            return;
        }
        if due >= self.as_of {
            report.obligations.push(self.obligation(role, duty, Some(due)));
        } else if let Some(by) = dl.fulfilled_by {
            let subject_text = subject.map(|s| format!(" ({})", self.fmt_value(s))).unwrap_or_default();
            report.findings.push(Finding {
                severity: Severity::Violation,
                rule: rule(),
                clause,
                message: msg!(
                    "eval-duty-overdue",
                    duty = duty.text.clone(),
                    start = self.start_words(start),
                    date = date,
                    subject = subject_text.clone(),
                    due = due,
                    event = self.symbol_named(by),
                ),
                readings: Vec::new(),
                explanation: vec![
                    self.start_fact(start, Some(subject_text)),
                    msg!("eval-fact-deadline", within = say::duration(dl.within), due = due.to_string()),
                    self.as_of_fact(),
                ],
            });
        }
    }

    /// The last day of a term of `within` after `date`: calendar arithmetic,
    /// or working days of the production calendar.
    fn due_date(&self, date: Date, within: Duration) -> Result<Date, DueError> {
        if within.unit == DurationUnit::WorkingDays {
            return self.model.calendar().add_working_days(date, within.amount).map_err(|e| match e {
                CalendarError::MissingYear(year) => DueError::MissingYear(year),
                CalendarError::Overflow | CalendarError::Invalid(_) => DueError::Overflow,
            });
        }
        add_duration(date, within, 1).ok_or(DueError::Overflow)
    }

    /// What started the clock, in a message: `после события «…»`, `со дня request.start`.
    fn start_words(&self, start: &Start<'m>) -> Message {
        match start.what {
            StartWhat::Event(kind) => msg!("eval-after-event", event = self.symbol_named(kind)),
            StartWhat::Date(e) => msg!("eval-from-day", date = self.date_words(e)),
        }
    }

    /// What started the clock, as an explanation's fact: `событие teacher_ill 2025-10-01
    /// (Математика)`, `request.start = 2025-09-01`.
    fn start_fact(&self, start: &Start<'m>, subject: Option<String>) -> Message {
        let (date, subject) = (start.date.to_string(), subject.unwrap_or_default());
        match start.what {
            StartWhat::Event(kind) => {
                msg!("eval-fact-event", kind = self.model.symbol_name(kind).to_owned(), date = date, subject = subject)
            }
            StartWhat::Date(e) => msg!("eval-fact-date", expr = self.expr_text(e), date = date, subject = subject),
        }
    }

    /// The day of judgement, as an explanation's fact: `as_of = 2025-09-15`.
    fn as_of_fact(&self) -> Message {
        say::equals("as_of", Message::from(self.as_of.to_string()))
    }

    /// A periodic duty: a violation for each period that ended before `as_of`
    /// without it, an obligation for the current one (due at its last day).
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
                .map_or_else(|| "request.start".to_owned(), |f| f.path.clone());
            let message = match &duty.citation {
                Some(c) => msg!("eval-duty-unchecked-cited", duty = duty.text.clone(), clause = cite(c), path = path),
                None => msg!("eval-duty-unchecked", duty = duty.text.clone(), path = path),
            };
            report.findings.push(Finding {
                severity: Severity::Warning,
                rule: rule(),
                clause,
                message,
                readings: Vec::new(),
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
        // `every term`: the terms of the school year, not a fixed length (see `terms.rs`).
        let terms = fr.named.is_some_and(Period::follows_school_year).then(|| self.terms_within(*start, end, limit));
        for k in 0..MAX_PERIODS {
            let (from, to, term) = match &terms {
                Some(terms) => match usize::try_from(k).ok().and_then(|k| terms.get(k)) {
                    Some(&(from, to, name)) => (from, to, Some(name)),
                    None => break,
                },
                None => {
                    let (Some(from), Some(next)) =
                        (add_duration(*start, fr.every, k), add_duration(*start, fr.every, k + 1))
                    else {
                        break;
                    };
                    if next <= from {
                        break;
                    }
                    let Some(to) = next.yesterday().ok() else {
                        break;
                    };
                    (from, to, None)
                }
            };
            if from > limit {
                break;
            }
            // A period is missed only once its last day has passed: on that
            // day the duty is still due (ГК РФ ст. 194 п. 1).
            if to <= limit && to < self.as_of {
                if fr.fulfilled_by.is_some() && !done(from, to) {
                    let by = fr.fulfilled_by.map_or_else(|| Message::from(""), |b| self.symbol_named(b));
                    let (period, every) = match term {
                        Some(name) => {
                            (msg!("eval-term-period", term = name.to_owned(), from = from, to = to), self.every_term())
                        }
                        None => (
                            msg!("eval-period", from = from, to = to),
                            msg!("eval-fact-every", every = say::every(fr.every), start = *start),
                        ),
                    };
                    report.findings.push(Finding {
                        severity: Severity::Violation,
                        rule: rule(),
                        clause: clause.clone(),
                        message: msg!("eval-duty-missed", duty = duty.text.clone(), period = period, event = by),
                        readings: Vec::new(),
                        explanation: vec![every, self.as_of_fact()],
                    });
                }
            } else if from <= self.as_of && (to <= limit || end.is_none_or(|e| self.as_of < e)) {
                // The current period (its last day may be today).
                if !done(from, self.as_of) {
                    report.obligations.push(self.obligation(role, duty, Some(end.map_or(to, |e| e.min(to)))));
                }
                break;
            } else {
                break;
            }
        }
    }
}
