//! Rules and the exceptions that override them, with their outcomes.

use policy_i18n::msg;
use policy_syntax::ast;
use policy_syntax::suggest::{did_you_mean, did_you_mean_help};
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{loc, Lowerer};
use crate::model::*;
use crate::Target;

impl<'w> Lowerer<'w> {
    /// The outcome of a rule or exception: its severity and message.
    fn outcome(&mut self, f: FileId, o: &ast::Outcome) -> OutcomeDef {
        let mut message = Vec::new();
        for part in &o.message.parts {
            message.push(match part {
                ast::TemplatePart::Text(t) => MessagePart::Text(t.clone()),
                ast::TemplatePart::Expr(e) => MessagePart::Expr(self.expr(f, e, None).0),
            });
        }
        OutcomeDef { severity: o.severity, message }
    }

    /// Adds rule `r` to the model.
    pub(super) fn rule(&mut self, f: FileId, r: &ast::RuleDecl) {
        if !self.first_declaration(f, "rule", &r.name) {
            return;
        }
        let citation = self.citation(f, &r.citation);
        let when = r.when.iter().map(|e| self.condition(f, e, None)).collect();
        let unless = r.unless.iter().map(|e| self.condition(f, e, None)).collect();
        let outcome = match &r.outcome {
            Some(o) => self.outcome(f, o),
            None => {
                self.push(
                    f,
                    Diagnostic::new(
                        Code::MissingPart,
                        msg!("check-rule-without-outcome", name = &r.name.name),
                        r.name.span,
                        msg!("check-rule-without-outcome-label"),
                    )
                    .with_help(msg!("check-rule-without-outcome-help")),
                );
                OutcomeDef { severity: ast::Severity::Violation, message: vec![MessagePart::Text(r.name.name.clone())] }
            }
        };
        if r.when.is_empty() && r.errors.is_empty() {
            self.push(
                f,
                Diagnostic::new(
                    Code::RuleWithoutCondition,
                    msg!("check-rule-without-condition", name = &r.name.name),
                    r.name.span,
                    msg!("check-rule-without-condition-label"),
                )
                .with_help(msg!("check-rule-without-condition-help")),
            );
        }
        self.own_readings(f, ReadingItem::Rule(self.model.rules.len()), &r.readings);
        self.model.rules.push(RuleDef {
            name: r.name.name.clone(),
            citation,
            description: r.description.as_ref().map(|t| t.value.clone()),
            when,
            unless,
            outcome,
            exceptions: Vec::new(),
            location: loc(f, r.name.span),
        });
    }

    /// Attaches exception `e` to the rule it overrides.
    pub(super) fn exception(&mut self, f: FileId, e: &ast::ExceptionDecl) {
        let Some(rule) = self.model.rules.iter().position(|r| r.name == e.rule.name) else {
            let candidates: Vec<&str> = self.model.rules.iter().map(|r| r.name.as_str()).collect();
            let mut d = Diagnostic::new(
                Code::UnknownRule,
                msg!("check-unknown-rule", name = &e.name.name, rule = &e.rule.name),
                e.rule.span,
                msg!("check-unknown-rule-label"),
            )
            .with_help(msg!("check-unknown-rule-help"));
            if let Some(s) = did_you_mean(&e.rule.name, candidates) {
                d = d.with_help(did_you_mean_help(s)).with_suggestion(s);
            }
            self.push(f, d);
            return;
        };
        self.references.push((loc(f, e.rule.span), Target::Rule(rule)));
        let citation = self.citation(f, &e.citation);
        let when = e.when.iter().map(|x| self.condition(f, x, None)).collect();
        let outcome = e.outcome.as_ref().map(|o| self.outcome(f, o));
        if outcome.is_some() == e.allow.is_some() {
            self.push(
                f,
                Diagnostic::new(
                    Code::MissingPart,
                    msg!("check-exception-effect", name = &e.name.name),
                    e.name.span,
                    msg!("check-exception-effect-label"),
                )
                .with_help(msg!("check-exception-effect-help")),
            );
        }
        self.model.rules[rule].exceptions.push(ExceptionDef {
            name: e.name.name.clone(),
            citation,
            description: e.description.as_ref().map(|t| t.value.clone()),
            when,
            outcome,
            location: loc(f, e.name.span),
        });
    }
}
