//! The built-in functions: `sum`, `count`, `max_count_by`, `any`, `all`,
//! school-year bounds and weeks, and durations from numbers.

use std::borrow::Cow;

use policy_check::model::{Builtin, ElemSlot, Expr, ListId, Value};
use policy_syntax::ast::{BinaryOp, Duration};
use rust_decimal::Decimal;

use super::ops::{values_equal, IsNull};
use super::trace::{Quiet, Sink};
use super::{Cur, Evaluator, Unknown, R};

impl<'m> Evaluator<'m> {
    /// Calls a built-in function on its arguments.
    /// `e` is the call, named when `sum` passes the decimal maximum.
    pub(super) fn call(&self, e: &'m Expr, f: Builtin, args: &'m [Expr], cur: Cur) -> R<'_> {
        let arg = args.first().ok_or(Unknown)?;
        match f {
            Builtin::Sum => {
                let mut total = Total::default();
                let visited = self.visit_values(arg, cur, &mut |v| total.add(v));
                self.total(e, total, visited)
            }
            Builtin::Count => {
                let mut n: i64 = 0;
                if self.is_elements_expr(arg) {
                    self.visit_elems(arg, cur, &mut Quiet, &mut |_, _| {
                        n += 1;
                        Ok(())
                    })?;
                } else {
                    match self.eval(arg, cur, &mut Quiet)?.as_ref() {
                        Value::List(items) => n = items.len() as i64,
                        Value::Elements(_, idx) => n = idx.len() as i64,
                        Value::Element(..) => n = 1,
                        _ => return Err(Unknown),
                    }
                }
                Ok(Cow::Owned(Value::Number(Decimal::from(n))))
            }
            Builtin::MaxCountBy(slot) | Builtin::MinCountBy(slot) => {
                let mut elems: Vec<(ListId, u32)> = Vec::new();
                self.visit_elems(arg, cur, &mut Quiet, &mut |l, i| {
                    elems.push((l, i));
                    Ok(())
                })?;
                // Each value's group is counted once, from its first element.
                let fewest = matches!(f, Builtin::MinCountBy(_));
                let mut best: Option<i64> = None;
                for (k, &(l, i)) in elems.iter().enumerate() {
                    let v = self.elem_field(l, i, slot);
                    let seen_before =
                        elems[..k].iter().any(|&(l2, i2)| values_equal(self.model, v, self.elem_field(l2, i2, slot)));
                    if v.is_null() || seen_before {
                        continue;
                    }
                    let n = elems[k..]
                        .iter()
                        .filter(|&&(l2, i2)| values_equal(self.model, v, self.elem_field(l2, i2, slot)))
                        .count() as i64;
                    best = Some(match best {
                        None => n,
                        Some(b) if fewest => b.min(n),
                        Some(b) => b.max(n),
                    });
                }
                Ok(Cow::Owned(Value::Number(Decimal::from(best.unwrap_or(0)))))
            }
            Builtin::SumOf(slot) => self.sum_of(e, arg, slot, cur),
            Builtin::Any | Builtin::All => {
                let cond = args.get(1).ok_or(Unknown)?;
                self.quantifier(f == Builtin::Any, arg, cond, cur)
            }
            Builtin::DurationOf(unit) => {
                let Value::Number(n) = self.eval(arg, cur, &mut Quiet)?.as_ref().clone() else {
                    return Err(Unknown);
                };
                // Only a whole number of units is a duration: 2.5 weeks is not
                // a date the regulation could mean, so it cannot be decided.
                let amount =
                    if n.fract().is_zero() { i64::try_from(n).map_err(|_| Unknown)? } else { return Err(Unknown) };
                Ok(Cow::Owned(Value::Duration(Duration { amount, unit })))
            }
            Builtin::SchoolYearStart | Builtin::SchoolYearEnd => {
                let Value::Date(d) = self.eval(arg, cur, &mut Quiet)?.as_ref().clone() else {
                    return Err(Unknown);
                };
                // The first and the last day of the policy's school year (declared, or the
                // default four четверти); a summer date belongs to the coming year.
                let (start, end) = self.model.school_year.bounds_of(d).ok_or(Unknown)?;
                let date = if f == Builtin::SchoolYearStart { start } else { end };
                Ok(Cow::Owned(Value::Date(date)))
            }
            Builtin::SchoolWeeksLeft => {
                let Value::Date(d) = self.eval(arg, cur, &mut Quiet)?.as_ref().clone() else {
                    return Err(Unknown);
                };
                let weeks = self.model.school_year.weeks_left(d).ok_or(Unknown)?;
                Ok(Cow::Owned(Value::Number(Decimal::from(weeks))))
            }
        }
    }
}

// ---- list aggregates (issue 15)
impl<'m> Evaluator<'m> {
    /// `sum(elements, field)`: the exact sum of one number field of the
    /// elements. An element whose field is absent makes the sum unknown (it
    /// could be anything), so a rule that needs it names the missing field.
    fn sum_of(&self, e: &'m Expr, elems: &'m Expr, slot: ElemSlot, cur: Cur) -> R<'_> {
        let mut total = Total::default();
        let visited = self.visit_elems(elems, cur, &mut Quiet, &mut |l, i| total.add(self.elem_field(l, i, slot)));
        self.total(e, total, visited)
    }

    /// The value of a finished sum at `e`: its overflow reported, an unknown
    /// addend making it unknown.
    fn total(&self, e: &'m Expr, total: Total, visited: Result<(), Unknown>) -> R<'_> {
        if total.overflow {
            self.overflowed(e, BinaryOp::Add);
        }
        visited?;
        Ok(Cow::Owned(Value::Number(total.sum)))
    }

    /// `any(elements, condition)` (`some` true) and `all(elements, condition)`
    /// (`some` false), three-valued: one element that settles it settles it;
    /// otherwise an element whose condition cannot be decided leaves it unknown.
    fn quantifier(&self, some: bool, elems: &'m Expr, cond: &'m Expr, cur: Cur) -> R<'_> {
        let mut settled = false;
        let mut unknown = false;
        self.visit_elems(elems, cur, &mut Quiet, &mut |l, i| {
            match self.truth(cond, Some((l, i)), &mut Quiet) {
                Ok(b) if b == some => settled = true,
                Ok(_) => {}
                Err(Unknown) => unknown = true,
            }
            Ok(())
        })?;
        match (settled, unknown) {
            (true, _) => Ok(Cow::Owned(Value::Bool(some))),
            (false, true) => Err(Unknown),
            (false, false) => Ok(Cow::Owned(Value::Bool(!some))),
        }
    }
}

// ---- the reasons of an aggregate (issue 16)
impl<'m> Evaluator<'m> {
    /// The facts of the element that settled `any` (true) or `all` (false):
    /// the first whose condition came out that way, the witness. Of `any`
    /// false or `all` true every element decided it: the aggregate's own fact
    /// (`any(…) = нет`) stands for them, so none is listed.
    pub(super) fn witness<S: Sink>(&self, f: Builtin, args: &'m [Expr], result: bool, cur: Cur, sink: &mut S) {
        let some = match f {
            Builtin::Any => true,
            Builtin::All => false,
            _ => return,
        };
        let ([elems, cond, ..], true) = (args, result == some) else {
            return;
        };
        let mut found = None;
        let _ = self.visit_elems(elems, cur, &mut Quiet, &mut |l, i| {
            if found.is_none() && self.truth(cond, Some((l, i)), &mut Quiet) == Ok(some) {
                found = Some((l, i));
            }
            Ok(())
        });
        if let Some(el) = found {
            let _ = self.truth(cond, Some(el), sink);
        }
    }
}

/// A running exact sum of numbers; an overflow stops it and is remembered.
#[derive(Default)]
struct Total {
    sum: Decimal,
    overflow: bool,
}

impl Total {
    /// Adds `v`, a number; anything else (an absent value) makes the sum unknown.
    fn add(&mut self, v: &Value) -> Result<(), Unknown> {
        let Value::Number(n) = v else { return Err(Unknown) };
        match self.sum.checked_add(*n) {
            Some(sum) => {
                self.sum = sum;
                Ok(())
            }
            None => {
                self.overflow = true;
                Err(Unknown)
            }
        }
    }
}
