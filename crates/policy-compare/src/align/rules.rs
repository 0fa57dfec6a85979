//! Every rule, aligned by name (`weekly_load`, `not_eligible`): its severity,
//! its conditions and its exceptions.

use policy_check::model::{Expr, ExprKind, Model, RuleDef, Severity};
use policy_eval::titles;
use policy_i18n::{tr, Lang};
use policy_syntax::ast::BinaryOp;

use super::{cite, keyed_rows, title_in_any};
use crate::comparison::{Cell, Row, Topic};
use crate::expr;

/// Conditions that must all hold, joined with `and` (an `or` among them
/// bracketed so that the joined text keeps its meaning).
pub(super) fn all_of(model: &Model, conds: &[Expr]) -> String {
    conds
        .iter()
        .map(|c| {
            let t = expr::text(model, c);
            match c.kind {
                ExprKind::Binary(BinaryOp::Or, ..) | ExprKind::If(..) => format!("({t})"),
                _ => t,
            }
        })
        .collect::<Vec<_>>()
        .join(" and ")
}

/// A rule's outcome and conditions in one line: `violation when a and b`.
pub(super) fn summary(model: &Model, rule: &RuleDef) -> String {
    let mut out = rule.outcome.severity.as_str().to_string();
    if !rule.when.is_empty() {
        out.push_str(&format!(" when {}", all_of(model, &rule.when)));
    }
    if !rule.unless.is_empty() {
        let conds: Vec<String> = rule.unless.iter().map(|c| expr::text(model, c)).collect();
        out.push_str(&format!(" unless {}", conds.join(" or ")));
    }
    out
}

/// A rule with its exceptions, as compared.
fn rule_value(model: &Model, rule: &RuleDef) -> String {
    let mut out = summary(model, rule);
    for exception in &rule.exceptions {
        let effect = match &exception.outcome {
            None => "allowed".to_string(),
            Some(outcome) => format!("{} instead", outcome.severity.as_str()),
        };
        out.push_str(&format!("; except {}: {effect}", exception.name));
        if !exception.when.is_empty() {
            out.push_str(&format!(" when {}", all_of(model, &exception.when)));
        }
    }
    out
}

/// A severity in words («нарушение»).
pub(super) fn severity_words(lang: Lang, severity: Severity) -> String {
    match severity {
        Severity::Violation => tr!(lang, "compare-case-violation"),
        Severity::Warning => tr!(lang, "compare-case-warning"),
        Severity::Info => tr!(lang, "compare-case-info"),
    }
}

/// [`rule_value`] in `lang`'s words: the outcome and its exceptions in words, the
/// conditions as the policy writes them.
fn rule_words(model: &Model, lang: Lang, rule: &RuleDef) -> String {
    let mut out = severity_words(lang, rule.outcome.severity);
    if !rule.when.is_empty() {
        out.push_str(&tr!(lang, "compare-rule-when", condition = all_of(model, &rule.when)));
    }
    if !rule.unless.is_empty() {
        let conds: Vec<String> = rule.unless.iter().map(|c| expr::text(model, c)).collect();
        out.push_str(&tr!(lang, "compare-rule-unless", condition = conds.join(" or ")));
    }
    for exception in &rule.exceptions {
        let effect = match &exception.outcome {
            None => tr!(lang, "compare-rule-allowed"),
            Some(outcome) => tr!(lang, "compare-rule-instead", outcome = severity_words(lang, outcome.severity)),
        };
        out.push_str(&tr!(lang, "compare-rule-except", name = exception.name.clone(), effect = effect));
        if !exception.when.is_empty() {
            out.push_str(&tr!(lang, "compare-rule-when", condition = all_of(model, &exception.when)));
        }
    }
    out
}

/// The rules topic.
pub(super) fn rows(models: &[&Model], lang: Lang) -> Vec<Row> {
    let per_policy = models
        .iter()
        .map(|m| {
            m.rules
                .iter()
                .map(|r| {
                    let cell = Cell::new(rule_value(m, r), cite(&r.citation))
                        .in_words(rule_words(m, lang, r))
                        .with_note(r.description.as_deref());
                    (r.name.clone(), cell)
                })
                .collect()
        })
        .collect();
    // Each rule by its title in the first policy that gives one.
    keyed_rows(Topic::Rules, per_policy, String::clone, String::clone)
        .into_iter()
        .map(|row| match title_in_any(models, &row.key, |m, k| titles::rule(m, lang, k).to_string()) {
            Some(title) => row.titled(title),
            None => row,
        })
        .collect()
}
