//! Evaluating expressions: values, and the three-valued truth of conditions.

use std::borrow::Cow;

use policy_check::model::{Expr, ExprKind, Value};
use policy_i18n::{msg, Message};
use policy_syntax::ast::{BinaryOp, UnaryOp};
use rust_decimal::Decimal;

use super::ops::{arithmetic, compare, values_equal, IsNull};
use super::trace::{Quiet, Sink};
use super::{Cur, Evaluator, Unknown, R};

impl<'m> Evaluator<'m> {
    /// The truth of a condition, three-valued: a null cannot be decided.
    pub(super) fn truth<S: Sink>(&self, e: &'m Expr, cur: Cur, sink: &mut S) -> Result<bool, Unknown> {
        match &e.kind {
            ExprKind::Binary(BinaryOp::And, a, b) => {
                let start = sink.mark();
                let ta = self.truth(a, cur, sink);
                if ta == Ok(false) {
                    return Ok(false);
                }
                let middle = sink.mark();
                let tb = self.truth(b, cur, sink);
                if S::ON {
                    keep_deciding(sink, false, ta, tb, start, middle);
                }
                match (ta, tb) {
                    (_, Ok(false)) => Ok(false),
                    (Ok(true), Ok(true)) => Ok(true),
                    _ => Err(Unknown),
                }
            }
            ExprKind::Binary(BinaryOp::Or, a, b) => {
                let start = sink.mark();
                let ta = self.truth(a, cur, sink);
                if ta == Ok(true) {
                    return Ok(true);
                }
                let middle = sink.mark();
                let tb = self.truth(b, cur, sink);
                if S::ON {
                    keep_deciding(sink, true, ta, tb, start, middle);
                }
                match (ta, tb) {
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

    /// The value of an expression; facts go to `sink`.
    pub(super) fn eval<S: Sink>(&self, e: &'m Expr, cur: Cur, sink: &mut S) -> R<'_> {
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
                let all = 0..self.elements(*list).len() as u32;
                Ok(Cow::Owned(Value::Elements(*list, all.filter(|&i| self.in_time(*list, i)).collect())))
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
                if S::ON && sink.begin_value(*id) {
                    let start = sink.mark();
                    if let Some(def) = self.model.values.get(*id) {
                        let _ = self.eval(&def.expr, None, sink);
                        sink.fact(match &r {
                            Ok(v) => self.fact_of(&def.name, v),
                            Err(Unknown) => msg!("eval-fact-uncomputable", subject = def.name.clone()),
                        });
                    }
                    sink.end_value(*id, start);
                }
                r.map(Cow::Borrowed)
            }
            ExprKind::Table(id) => {
                let (r, row) = self.table(*id);
                if S::ON {
                    sink.fact(self.table_fact(*id, &r, row));
                }
                r.map(Cow::Borrowed)
            }
            ExprKind::Param(id) => {
                let def = self.model.params.get(*id).ok_or(Unknown)?;
                let Some(expr) = &def.value else {
                    if S::ON {
                        sink.fact(msg!("eval-fact-norm-unset", subject = def.name.clone()));
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
                let r = self.call(e, *f, args, cur);
                if S::ON {
                    if let Ok(Value::Bool(b)) = r.as_deref() {
                        self.witness(*f, args, *b, cur, sink);
                    }
                    sink.fact(match &r {
                        Ok(v) => self.fact_of(&self.expr_text(e), v),
                        Err(Unknown) => msg!("eval-fact-uncomputable", subject = self.expr_text(e)),
                    });
                }
                r
            }
            ExprKind::Error => Ok(Cow::Owned(Value::Null)),
        }
    }

    /// The value of a binary operation.
    fn binary<S: Sink>(&self, e: &'m Expr, op: BinaryOp, a: &'m Expr, b: &'m Expr, cur: Cur, sink: &mut S) -> R<'_> {
        match op {
            BinaryOp::And | BinaryOp::Or => self.truth(e, cur, sink).map(bool_value),
            BinaryOp::Coalesce => {
                let start = sink.mark();
                let va = self.eval(a, cur, sink)?;
                if va.is_null() {
                    // A constant fallback (`?? 0`, `?? []`) is a default: the
                    // absent operand added nothing and is not a reason. A
                    // fallback read from the case stands in for the absent
                    // operand (`request.end ?? school_year_end(…)`): the
                    // absence that chose it is listed with it.
                    let end = sink.mark();
                    let vb = self.eval(b, cur, sink);
                    if S::ON && sink.mark() == end {
                        sink.cut(start, end);
                    }
                    vb
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
                match arithmetic(op, &va, &vb) {
                    Some(v) => Ok(Cow::Owned(v)),
                    None => {
                        if let (Value::Number(_), Value::Number(y)) = (va.as_ref(), vb.as_ref()) {
                            // Undefined only by passing the maximum (`x / 0` stays undecided).
                            if !(op == BinaryOp::Div && y.is_zero()) {
                                self.overflowed(e, op);
                            }
                        }
                        Err(Unknown)
                    }
                }
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
}

impl Evaluator<'_> {
    /// Records that `e` (an operator `op` or a call of `sum`) passed the
    /// decimal maximum, once per expression.
    pub(super) fn overflowed(&self, e: &Expr, op: BinaryOp) {
        let key = std::ptr::from_ref(e) as usize;
        let mut overflows = self.overflows.borrow_mut();
        if overflows.iter().any(|(k, _)| *k == key) {
            return;
        }
        let op = match op {
            BinaryOp::Add => "add",
            BinaryOp::Sub => "sub",
            BinaryOp::Mul => "mul",
            _ => "div",
        };
        let said = msg!("eval-overflow", op = op, expr = self.expr_text(e), max = Decimal::MAX.to_string());
        overflows.push((key, said));
    }

    /// What was recorded of `e` passing the decimal maximum, if it did.
    pub(super) fn overflow_at(&self, e: &Expr) -> Option<Message> {
        let key = std::ptr::from_ref(e) as usize;
        self.overflows.borrow().iter().find(|(k, _)| *k == key).map(|(_, s)| s.clone())
    }
}

/// Keeps, of the facts of `a` (from `start`) and `b` (from `middle`), those
/// of the operands that decided a three-valued `and` (`or` when `or` is
/// set): of a false `and` (true `or`) the operand that settled it — the
/// first, when both did, since the second is then never evaluated; of a true
/// `and` (false `or`) both; of an undecided one, the undecided operands.
fn keep_deciding<S: Sink>(
    sink: &mut S,
    or: bool,
    ta: Result<bool, Unknown>,
    tb: Result<bool, Unknown>,
    start: usize,
    middle: usize,
) {
    // `a` settling it returned before `b` was evaluated; here `b` settles it,
    // or neither does.
    let settles = Ok(or);
    let keep_a = tb != settles && (ta.is_err() || tb.is_ok());
    let keep_b = tb == settles || tb.is_err() || ta.is_ok();
    if !keep_b {
        let end = sink.mark();
        sink.cut(middle, end);
    }
    if !keep_a {
        sink.cut(start, middle);
    }
}

/// A boolean as an owned value.
pub(super) fn bool_value<'s>(b: bool) -> Cow<'s, Value> {
    Cow::Owned(Value::Bool(b))
}

/// Whether an expression is the literal `null`.
pub(super) fn is_null_literal(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Const(Value::Null))
}
