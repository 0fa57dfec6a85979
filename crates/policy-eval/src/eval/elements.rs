//! Reading the case's lists: elements, their fields, and walks over the
//! elements or values a list expression denotes.

use policy_check::model::{ElemSlot, Expr, ExprKind, ListId, Value};
use policy_i18n::msg;
use policy_syntax::ast::BinaryOp;

use super::ops::values_equal;
use super::trace::{Quiet, Sink};
use super::{Cur, Evaluator, Unknown};

impl<'m> Evaluator<'m> {
    /// A case list's elements (none for an unknown list).
    pub(super) fn elements(&self, list: ListId) -> &'m [Vec<Value>] {
        self.case.lists.get(list).map_or(&[], Vec::as_slice)
    }

    /// Whether an element counts on `as_of`: an event dated after `as_of` does
    /// not (a case is judged as it stood on that date, the same rule the
    /// deadlines and frequencies follow); every other element does.
    pub(super) fn in_time(&self, list: ListId, i: u32) -> bool {
        match self.model.schema.events {
            Some(layout) if layout.list == list => {
                !matches!(self.elem_field(list, i, layout.date), Value::Date(d) if *d > self.as_of)
            }
            _ => true,
        }
    }

    /// An element's field; null when absent.
    pub(super) fn elem_field(&self, list: ListId, i: u32, slot: ElemSlot) -> &'m Value {
        static NULL: Value = Value::Null;
        self.elements(list).get(i as usize).and_then(|e| e.get(slot)).unwrap_or(&NULL)
    }

    /// The first element of a keyed list with this key.
    pub(super) fn find(&self, list: ListId, key: &Value) -> Option<u32> {
        let slot = self.model.schema.lists.get(list)?.key?;
        self.elements(list)
            .iter()
            .enumerate()
            .position(|(i, e)| {
                e.get(slot).is_some_and(|v| values_equal(self.model, v, key)) && self.in_time(list, i as u32)
            })
            .map(|i| i as u32)
    }

    /// The element a field is read from: the first of the elements `e`
    /// denotes, or none.
    pub(super) fn first_elem<S: Sink>(
        &self,
        e: &'m Expr,
        cur: Cur,
        sink: &mut S,
    ) -> Result<Option<(ListId, u32)>, Unknown> {
        if let ExprKind::Find { list, key } = &e.kind {
            let found = self.find(*list, key);
            if S::ON && found.is_none() {
                sink.fact(msg!("eval-fact-not-in-case", subject = self.expr_text(e)));
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

    /// Calls `f` on each element an element-list expression denotes.
    pub(super) fn visit_elems<S: Sink>(
        &self,
        e: &'m Expr,
        cur: Cur,
        sink: &mut S,
        f: &mut dyn FnMut(ListId, u32) -> Result<(), Unknown>,
    ) -> Result<(), Unknown> {
        match &e.kind {
            ExprKind::List(l) => {
                for i in 0..self.elements(*l).len() as u32 {
                    if self.in_time(*l, i) {
                        f(*l, i)?;
                    }
                }
                Ok(())
            }
            ExprKind::Find { list, key } => {
                let slot = self.model.schema.lists.get(*list).and_then(|d| d.key).ok_or(Unknown)?;
                let mut any = false;
                for (i, el) in self.elements(*list).iter().enumerate() {
                    if el.get(slot).is_some_and(|v| values_equal(self.model, v, key)) && self.in_time(*list, i as u32) {
                        any = true;
                        f(*list, i as u32)?;
                    }
                }
                if S::ON && !any {
                    sink.fact(msg!("eval-fact-not-in-case", subject = self.expr_text(e)));
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
    pub(super) fn visit_values(
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

    /// Whether an expression denotes case elements (counted without building them).
    pub(super) fn is_elements_expr(&self, e: &Expr) -> bool {
        matches!(
            e.kind,
            ExprKind::List(_) | ExprKind::Find { .. } | ExprKind::Filter { .. } | ExprKind::Binary(BinaryOp::Where, ..)
        )
    }
}
