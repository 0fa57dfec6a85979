//! Conversion of the declarations that state norms: rules and their
//! exceptions, required documents, and roles with their duties and rights.

use super::converter::{empty_text, ident, placeholder, Converter};
use super::literals::severity_of;
use super::spans::span_of;
use crate::ast::*;
use crate::grammar::Rule;
use crate::tree::Pair;
use policy_i18n::{msg, Message};

impl Converter<'_> {
    /// A `rule`: its conditions and outcome.
    pub(super) fn rule(&self, pair: Pair<'_>) -> RuleDecl {
        let block = span_of(&pair);
        let mut decl = RuleDecl {
            name: placeholder(block),
            citation: None,
            description: None,
            when: Vec::new(),
            unless: Vec::new(),
            outcome: None,
            readings: Vec::new(),
            errors: Vec::new(),
        };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::rule_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::when_item => decl.when.extend(self.inner_expr(child)),
                Rule::unless_item => decl.unless.extend(self.inner_expr(child)),
                Rule::outcome => {
                    let span = span_of(&child);
                    self.once(&mut decl.outcome, self.outcome(child), span, msg!("check-an-outcome"))
                }
                Rule::reading_item => decl.readings.push(self.first_text(child)),
                _ => {}
            }
        }
        decl
    }

    /// An `exception` to a rule.
    pub(super) fn exception(&self, pair: Pair<'_>) -> ExceptionDecl {
        let block = span_of(&pair);
        let mut decl = ExceptionDecl {
            name: placeholder(block),
            rule: placeholder(block),
            citation: None,
            description: None,
            when: Vec::new(),
            outcome: None,
            allow: None,
            errors: Vec::new(),
        };
        let mut idents = 0;
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::exception_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => {
                    if idents == 0 {
                        decl.name = ident(&child);
                    } else {
                        decl.rule = ident(&child);
                    }
                    idents += 1;
                }
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::when_item => decl.when.extend(self.inner_expr(child)),
                Rule::allow_item => {
                    let span = span_of(&child);
                    self.once(&mut decl.allow, span, span, Message::from("`allow`"))
                }
                Rule::outcome => {
                    let span = span_of(&child);
                    self.once(&mut decl.outcome, self.outcome(child), span, msg!("check-an-outcome"))
                }
                _ => {}
            }
        }
        decl
    }

    /// A `document` and its requirements.
    pub(super) fn document(&self, pair: Pair<'_>) -> DocumentDecl {
        let block = span_of(&pair);
        let mut decl = DocumentDecl {
            kind: placeholder(block),
            citation: None,
            description: None,
            when: None,
            requires: Vec::new(),
            readings: Vec::new(),
            errors: Vec::new(),
        };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::document_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => decl.kind = ident(&child),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::when_item => decl.when = self.inner_expr(child),
                Rule::reading_item => decl.readings.push(self.first_text(child)),
                Rule::require_item => {
                    let span = span_of(&child);
                    let mut req = Requirement {
                        expr: Expr { kind: ExprKind::Literal(Literal::Bool(true)), span },
                        citation: None,
                        description: None,
                        readings: Vec::new(),
                        span,
                    };
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::expr => req.expr = self.expr(part),
                            Rule::citation => req.citation = Some(self.citation(part)),
                            Rule::string => req.description = Some(self.text_of(part)),
                            Rule::reading_item => req.readings.push(self.first_text(part)),
                            _ => {}
                        }
                    }
                    decl.requires.push(req);
                }
                _ => {}
            }
        }
        decl
    }

    /// A `role` with its duties and rights.
    pub(super) fn role(&self, pair: Pair<'_>) -> RoleDecl {
        let block = span_of(&pair);
        let mut decl =
            RoleDecl { name: placeholder(block), title: None, citation: None, items: Vec::new(), errors: Vec::new() };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::role_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::string => decl.title = Some(self.text_of(child)),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::duty_item => decl.items.push(self.role_item(child, RoleItemKind::Duty)),
                Rule::right_item => decl.items.push(self.role_item(child, RoleItemKind::Right)),
                _ => {}
            }
        }
        decl
    }

    /// A duty or right of a role, with its deadline or frequency.
    fn role_item(&self, pair: Pair<'_>, kind: RoleItemKind) -> RoleItem {
        let span = span_of(&pair);
        let mut item = RoleItem {
            kind,
            key: None,
            text: empty_text(span.start),
            citation: None,
            when: None,
            deadline: None,
            frequency: None,
            readings: Vec::new(),
            span,
        };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::ident => item.key = Some(ident(&child)),
                Rule::string => item.text = self.text_of(child),
                Rule::citation => item.citation = Some(self.citation(child)),
                Rule::when_item => item.when = self.inner_expr(child),
                Rule::reading_item => item.readings.push(self.first_text(child)),
                Rule::deadline => {
                    let dspan = span_of(&child);
                    let mut within = Duration { amount: 0, unit: DurationUnit::Days };
                    let mut after = None;
                    let mut fulfilled_by = None;
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::duration_lit => within = self.duration(part),
                            Rule::unknown_duration => within = self.unknown_duration(part),
                            Rule::expr => after = Some(self.expr(part)),
                            Rule::ident => fulfilled_by = Some(ident(&part)),
                            _ => {}
                        }
                    }
                    let after = after.unwrap_or_else(|| {
                        let name = placeholder(dspan);
                        Expr { span: name.span, kind: ExprKind::Path(vec![name]) }
                    });
                    item.deadline = Some(Deadline { within, after, fulfilled_by, span: dspan });
                }
                Rule::frequency => {
                    let fspan = span_of(&child);
                    let mut every = Duration { amount: 3, unit: DurationUnit::Months };
                    let mut named = None;
                    let mut fulfilled_by = None;
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::duration_lit => every = self.duration(part),
                            Rule::unknown_duration => every = self.unknown_duration(part),
                            Rule::period => {
                                let (period, duration) = match part.into_inner().next().map(|p| p.as_rule()) {
                                    Some(Rule::kw_trimester) => (Period::Trimester, (3, DurationUnit::Months)),
                                    Some(Rule::kw_year_period) => (Period::Year, (12, DurationUnit::Months)),
                                    Some(Rule::kw_month_period) => (Period::Month, (1, DurationUnit::Months)),
                                    Some(Rule::kw_week_period) => (Period::Week, (7, DurationUnit::Days)),
                                    // The terms of the school year: `every` keeps an approximate
                                    // length for the texts that need one; the evaluator follows the terms.
                                    Some(Rule::kw_term) => (Period::Term, (3, DurationUnit::Months)),
                                    _ => (Period::Quarter, (3, DurationUnit::Months)),
                                };
                                named = Some(period);
                                every = Duration { amount: duration.0, unit: duration.1 };
                            }
                            Rule::ident => fulfilled_by = Some(ident(&part)),
                            _ => {}
                        }
                    }
                    item.frequency = Some(Frequency { every, named, fulfilled_by, span: fspan });
                }
                _ => {}
            }
        }
        item
    }

    /// An outcome: a severity and its message.
    fn outcome(&self, pair: Pair<'_>) -> Outcome {
        let span = span_of(&pair);
        let mut severity = Severity::Violation;
        let mut message = Template { parts: Vec::new(), span };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::severity => severity = severity_of(&child),
                Rule::string => message = self.template(child),
                _ => {}
            }
        }
        Outcome { severity, message, span }
    }
}
