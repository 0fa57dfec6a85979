//! Every rule, aligned by name (`weekly_load`, `not_eligible`): its severity,
//! its conditions and its exceptions.

use policy_check::model::{Expr, ExprKind, Model, RuleDef};
use policy_syntax::ast::BinaryOp;

use super::{cite, keyed_rows};
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

/// The rules topic.
pub(super) fn rows(models: &[&Model]) -> Vec<Row> {
    let per_policy = models
        .iter()
        .map(|m| {
            m.rules
                .iter()
                .map(|r| {
                    (r.name.clone(), Cell::new(rule_value(m, r), cite(&r.citation)).with_note(r.description.as_deref()))
                })
                .collect()
        })
        .collect();
    keyed_rows(Topic::Rules, per_policy, String::clone, String::clone)
}
