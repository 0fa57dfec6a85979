//! Every rule, aligned by name (`weekly_load`, `not_eligible`): its severity,
//! its conditions and its exceptions.

use policy_check::model::{ExceptionDef, Expr, ExprKind, Model, RuleDef, Severity};
use policy_eval::{titles, words};
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

/// [`all_of`] in `lang`'s words, joined with «и».
pub(super) fn all_of_words(model: &Model, lang: Lang, conds: &[Expr]) -> String {
    conds
        .iter()
        .map(|c| {
            let said = words::expr(model, lang, c);
            match c.kind {
                ExprKind::Binary(BinaryOp::Or, ..) | ExprKind::If(..) if conds.len() > 1 => format!("({said})"),
                _ => said,
            }
        })
        .reduce(|a, b| tr!(lang, "words-and", a = a, b = b))
        .unwrap_or_default()
}

/// Conditions of which any one suffices, in `lang`'s words, joined with «или».
fn any_of_words(model: &Model, lang: Lang, conds: &[Expr]) -> String {
    conds
        .iter()
        .map(|c| words::expr(model, lang, c))
        .reduce(|a, b| tr!(lang, "words-or", a = a, b = b))
        .unwrap_or_default()
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

/// What an exception does, in `lang`'s words: «допускается, если …».
pub(super) fn exception_words(model: &Model, lang: Lang, exception: &ExceptionDef) -> String {
    let mut out = match &exception.outcome {
        None => tr!(lang, "compare-rule-allowed"),
        Some(outcome) => tr!(lang, "compare-rule-instead", outcome = severity_words(lang, outcome.severity)),
    };
    if !exception.when.is_empty() {
        out.push_str(&tr!(lang, "compare-rule-when", condition = all_of_words(model, lang, &exception.when)));
    }
    out
}

/// [`rule_value`] in `lang`'s words: the outcome, its conditions and its exceptions.
pub(super) fn rule_words(model: &Model, lang: Lang, rule: &RuleDef) -> String {
    let mut out = severity_words(lang, rule.outcome.severity);
    if !rule.when.is_empty() {
        out.push_str(&tr!(lang, "compare-rule-when", condition = all_of_words(model, lang, &rule.when)));
    }
    if !rule.unless.is_empty() {
        out.push_str(&tr!(lang, "compare-rule-unless", condition = any_of_words(model, lang, &rule.unless)));
    }
    for exception in &rule.exceptions {
        out.push_str(&tr!(lang, "compare-rule-except", effect = exception_words(model, lang, exception)));
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
