//! What an undecidable condition lacks ([`Blame`]: absent fields, unset
//! external norms, missing table rows) and the warning that names it.

use policy_check::model::{Builtin, CitationRef, Expr, ExprKind, ParamId, Severity};
use policy_i18n::{msg, Message};
use policy_syntax::ast::{BinaryOp, UnaryOp};

use super::expr::is_null_literal;
use super::ops::IsNull;
use super::say::{self, cite};
use super::trace::{Facts, Quiet};
use super::{Cur, Evaluator, Unknown};
use crate::report::{Finding, Report};

impl<'m> Evaluator<'m> {
    /// A warning that something could not be checked, naming what the case lacks.
    pub(super) fn undecided(
        &self,
        report: &mut Report,
        what: Message,
        rule: String,
        citation: Option<&CitationRef>,
        conds: &[&'m Expr],
    ) {
        let mut blame = Blame::default();
        for e in conds {
            if self.truth(e, None, &mut Quiet).is_err() {
                self.blame_truth(e, None, &mut blame, 0);
            }
        }
        // The conditions that hold did not leave it undecided: the facts are
        // those of the undecided ones.
        let mut facts = Facts::default();
        self.trace_all(conds.iter().copied(), None, &mut facts);
        let because = self.blame_text(&blame, citation.map(|c| c.text.as_str()));
        let message = match citation {
            Some(c) => msg!("eval-undecided-cited", what = what, clause = cite(c), because = because),
            None => msg!("eval-undecided", what = what, because = because),
        };
        report.findings.push(Finding {
            severity: Severity::Warning,
            rule,
            clause: citation.map(|c| c.text.clone()),
            message,
            readings: Vec::new(),
            explanation: facts.into_list(),
        });
    }

    /// What a [`Blame`] names, as the text of a warning (`cited` is the clause already cited).
    pub(super) fn blame_text(&self, blame: &Blame, cited: Option<&str>) -> Message {
        // Arithmetic past the maximum is what stopped the check, whatever
        // else is absent (a `??` fallback that overflowed also finds its
        // first operand null): say that, not that a field is missing.
        if !blame.overflow.is_empty() {
            return Message::list(blame.overflow.clone(), "; ");
        }
        let mut parts = Vec::new();
        // Each field by its title from the schema, with its path: «действительно до»
        // (documents.medical_certificate.valid_until).
        let named: Vec<Message> =
            blame.fields.iter().map(|(path, title)| say::titled(title.as_deref(), path)).collect();
        if !named.is_empty() {
            parts.push(msg!("eval-blame-fields", n = named.len(), fields = Message::list(named, ", ")));
        }
        parts.extend(self.blame_norms(blame, cited));
        if parts.is_empty() {
            msg!("eval-blame-nothing")
        } else {
            Message::list(parts, "; ")
        }
    }

    /// What a [`Blame`] names, one item each: the absent fields by path, then
    /// the external norms and the rest as [`Evaluator::blame_text`] words them
    /// (an obligation's `depends_on`).
    pub(super) fn blame_items(&self, blame: &Blame, cited: Option<&str>) -> Vec<Message> {
        let mut items: Vec<Message> = blame.fields.iter().map(|(path, _)| Message::from(path.clone())).collect();
        items.extend(self.blame_norms(blame, cited));
        items.extend(blame.overflow.iter().cloned());
        items
    }

    /// The external norms without a value and the other causes a [`Blame`] names.
    fn blame_norms(&self, blame: &Blame, cited: Option<&str>) -> Vec<Message> {
        let mut parts = Vec::new();
        for &p in &blame.params {
            if let Some(def) = self.model.params.get(p) {
                let norm = msg!("eval-blame-norm", name = say::titled(def.description.as_deref(), &def.name));
                parts.push(match def.citation.as_ref().filter(|c| Some(c.text.as_str()) != cited) {
                    Some(c) => Message::list(vec![norm, cite(c)], ", "),
                    None => norm,
                });
            }
        }
        parts.extend(blame.other.iter().cloned());
        parts
    }

    /// Whether an expression cannot be decided or is null.
    fn undecided_value(&self, e: &'m Expr, cur: Cur) -> bool {
        match self.eval(e, cur, &mut Quiet) {
            Ok(v) => v.is_null(),
            Err(Unknown) => true,
        }
    }

    /// Collects what an undecidable condition lacks, looking through `and`, `or`, `not`.
    pub(super) fn blame_truth(&self, e: &'m Expr, cur: Cur, out: &mut Blame, depth: u32) {
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

    /// Collects what an undecidable or null expression lacks.
    fn blame(&self, e: &'m Expr, cur: Cur, out: &mut Blame, depth: u32) {
        if depth > 64 {
            return;
        }
        if let Some(overflow) = self.overflow_at(e) {
            out.overflow(overflow);
            return;
        }
        let schema = &self.model.schema;
        match &e.kind {
            ExprKind::Field(slot) => {
                if self.case.slots.get(*slot).is_none_or(IsNull::is_null) && schema.as_of != Some(*slot) {
                    if let Some(f) = schema.slots.get(*slot) {
                        out.field(f.path.clone(), f.description.clone());
                    }
                }
            }
            ExprKind::Find { list, key } => {
                if self.find(*list, key).is_none() {
                    out.field(self.expr_text(e), None);
                }
            }
            ExprKind::ElemField { elem, list, slot } => match self.first_elem(elem, cur, &mut Quiet) {
                Ok(Some((l, i))) => {
                    if self.elem_field(l, i, *slot).is_null() {
                        out.field(self.elem_field_path(l, i, *slot), self.elem_field_title(l, i, *slot));
                    }
                }
                Ok(None) => {
                    // No such element: its field is named by the key the policy looks for.
                    let key = match &elem.kind {
                        ExprKind::Find { key, .. } => Some(key),
                        _ => None,
                    };
                    out.field(self.expr_text(e), self.keyed_field_title(*list, key, *slot));
                }
                Err(Unknown) => self.blame(elem, cur, out, depth + 1),
            },
            ExprKind::Current { slot, .. } => {
                if let Some((l, i)) = cur {
                    if self.elem_field(l, i, *slot).is_null() {
                        out.field(self.elem_field_path(l, i, *slot), self.elem_field_title(l, i, *slot));
                    }
                }
            }
            ExprKind::Project { elems, slot, .. } => {
                let _ = self.visit_elems(elems, cur, &mut Quiet, &mut |l, i| {
                    if self.elem_field(l, i, *slot).is_null() {
                        out.field(self.elem_field_path(l, i, *slot), self.elem_field_title(l, i, *slot));
                    }
                    Ok(())
                });
            }
            ExprKind::Value(id) => {
                if self.value(*id).is_ok_and(|v| !v.is_null()) {
                    return;
                }
                if let Some(def) = self.model.values.get(*id) {
                    let before = out.len();
                    self.blame(&def.expr, None, out, depth + 1);
                    if out.len() == before {
                        // Undecided by the policy itself (`if … then null`), not
                        // for want of a field: name the value.
                        out.other(say::named(def.description.as_deref(), &def.name));
                    }
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
                    (Ok(_), None) => out.other(msg!(
                        "eval-blame-no-row",
                        table = say::titled(def.description.as_deref(), &def.name),
                        keys = self.table_keys_text(*id)
                    )),
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
            // ---- list aggregates (issue 15): the elements that leave it undecided
            ExprKind::Call(Builtin::SumOf(slot), items) => {
                if let Some(elems) = items.first() {
                    let _ = self.visit_elems(elems, cur, &mut Quiet, &mut |l, i| {
                        if self.elem_field(l, i, *slot).is_null() {
                            out.field(self.elem_field_path(l, i, *slot), self.elem_field_title(l, i, *slot));
                        }
                        Ok(())
                    });
                }
            }
            ExprKind::Call(Builtin::Any | Builtin::All, items) => {
                if let [elems, cond] = items.as_slice() {
                    let _ = self.visit_elems(elems, cur, &mut Quiet, &mut |l, i| {
                        if self.truth(cond, Some((l, i)), &mut Quiet).is_err() {
                            self.blame_truth(cond, Some((l, i)), out, depth + 1);
                        }
                        Ok(())
                    });
                }
            }
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
}

/// What an undecidable condition lacks.
#[derive(Default)]
pub(super) struct Blame {
    /// The absent fields: each path, with its title when the schema gives one.
    fields: Vec<(String, Option<String>)>,
    params: Vec<ParamId>,
    other: Vec<Message>,
    overflow: Vec<Message>,
}

impl Blame {
    /// How many causes it names.
    fn len(&self) -> usize {
        self.fields.len() + self.params.len() + self.other.len() + self.overflow.len()
    }

    /// Records an absent field (its path and title), once.
    fn field(&mut self, path: String, title: Option<String>) {
        if !self.fields.iter().any(|(p, _)| *p == path) {
            self.fields.push((path, title));
        }
    }
    /// Records an external norm without value, once.
    fn param(&mut self, p: ParamId) {
        if !self.params.contains(&p) {
            self.params.push(p);
        }
    }
    /// Records arithmetic past the decimal maximum, once.
    fn overflow(&mut self, s: Message) {
        if !self.overflow.contains(&s) {
            self.overflow.push(s);
        }
    }
    /// Records any other lack, once.
    fn other(&mut self, s: Message) {
        if !self.other.contains(&s) {
            self.other.push(s);
        }
    }
}
