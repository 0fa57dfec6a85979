//! Rules and their exceptions: whether a rule fires, which exception
//! applies, and the finding with its explanation.

use policy_check::model::{Expr, MessagePart, OutcomeDef, RuleDef};

use policy_i18n::{msg, Message};

use super::trace::{Facts, Quiet, Sink};
use super::{Cur, Evaluator, Unknown};
use crate::report::{Finding, Report};

/// How a rule's conditions came out.
enum Status {
    Fires,
    Quiet,
    Unknown,
}

impl<'m> Evaluator<'m> {
    /// Judges a rule: a finding when it fires (after its exceptions), a warning when it cannot be decided.
    pub(super) fn rule(&self, rule: &'m RuleDef, report: &mut Report) {
        match self.rule_status(rule) {
            Status::Quiet => {}
            Status::Unknown => {
                let conds: Vec<&Expr> = rule.when.iter().collect();
                self.undecided(
                    report,
                    msg!("eval-rule", name = super::say::quoted(rule.description.as_deref(), &rule.name)),
                    rule.name.clone(),
                    rule.citation.as_deref(),
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
                        report.policy_errors.push(msg!(
                            "eval-exceptions-conflict",
                            rule = rule.name.clone(),
                            first = x.name.clone(),
                            second = rule.exceptions[j].name.clone()
                        ));
                    } else {
                        outcome = x.outcome.as_ref().map(|o| (o, x.citation.as_ref().or(rule.citation.as_ref())));
                    }
                }
                let Some((outcome, citation)) = outcome else {
                    return;
                };
                // Every `when` held and every `unless` failed or was not
                // established: each decided that the rule fires.
                let mut facts = Facts::default();
                for e in rule.when.iter().chain(&rule.unless) {
                    let _ = self.truth(e, None, &mut facts);
                }
                for (i, x) in rule.exceptions.iter().enumerate() {
                    self.trace_all(&x.when, None, &mut facts);
                    let verdict = if applicable.contains(&i) {
                        "applied"
                    } else if undecided.contains(&i) {
                        "undecided"
                    } else {
                        "other"
                    };
                    facts.fact(msg!("eval-fact-exception", name = x.name.clone(), verdict = verdict));
                }
                report.findings.push(Finding {
                    severity: outcome.severity,
                    rule: rule.name.clone(),
                    clause: citation.map(|c| c.text.clone()),
                    message: Message::from(self.message(&outcome.message)),
                    readings: Vec::new(),
                    explanation: facts.into_list(),
                });
            }
        }
    }

    /// How a rule's `when` and `unless` come out.
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

    /// Whether all conditions hold; unknown when one cannot be decided and none fails.
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

    /// Traces conditions read together (`when` … `when`) as [`Self::all_hold`]
    /// judges them, keeping the facts that decided: of the first that fails,
    /// its own; else of those that cannot be decided, theirs; else (all hold)
    /// every condition's.
    pub(super) fn trace_all(&self, conds: impl IntoIterator<Item = &'m Expr>, cur: Cur, facts: &mut Facts) {
        let start = facts.mark();
        let mut held = Vec::new();
        let mut unknown = false;
        for e in conds {
            let from = facts.mark();
            match self.truth(e, cur, facts) {
                Ok(true) => held.push((from, facts.mark())),
                Ok(false) => {
                    facts.cut(start, from);
                    return;
                }
                Err(Unknown) => unknown = true,
            }
        }
        if unknown {
            for (from, to) in held.into_iter().rev() {
                facts.cut(from, to);
            }
        }
    }

    /// Whether two outcomes have the same severity and message.
    fn same_effect(&self, a: Option<&'m OutcomeDef>, b: Option<&'m OutcomeDef>) -> bool {
        match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => a.severity == b.severity && self.message(&a.message) == self.message(&b.message),
            _ => false,
        }
    }

    /// An outcome's message with its expressions' values.
    fn message(&self, parts: &'m [MessagePart]) -> String {
        let mut out = String::new();
        for p in parts {
            match p {
                MessagePart::Text(t) => out.push_str(t),
                MessagePart::Expr(e) => match self.eval(e, None, &mut Quiet) {
                    Ok(v) => out.push_str(&self.words(&v)),
                    Err(Unknown) => out.push('?'),
                },
            }
        }
        out
    }
}
