//! Named values and tables: memoized, cycle-guarded evaluation, and the
//! report's `eligible` and `values`.

use std::borrow::Cow;

use policy_check::model::{PatternDef, ReadingId, TableDef, TableId, Value, ValueId};
use rust_decimal::Decimal;

use super::ops::{values_equal_plain, IsNull};
use super::trace::Quiet;
use super::{Evaluator, Lookup, Unknown};
use crate::report::{Report, ReportValue};

impl<'m> Evaluator<'m> {
    /// The report's `eligible`: the policy's eligibility value, when decided.
    pub(super) fn eligibility(&self, report: &mut Report) {
        if let Some(id) = self.model.eligible {
            if let Ok(Value::Bool(b)) = self.value(id) {
                report.eligible = Some(*b);
            }
        }
    }

    /// The report's `values`: every decided value and parameterless table, in source order.
    pub(super) fn values(&self, report: &mut Report) {
        let mut out: Vec<(&policy_check::model::Location, String, ReportValue, &[ReadingId])> = Vec::new();
        let readings = &self.model.readings;
        for (id, def) in self.model.values.iter().enumerate() {
            if Some(id) == self.model.eligible {
                continue;
            }
            if let Ok(v) = self.value(id) {
                if let Some(rv) = self.report_value(v) {
                    out.push((&def.location, self.text(&def.name), rv, readings.of_value(id)));
                }
            }
        }
        for (id, def) in self.model.tables.iter().enumerate() {
            if !def.parameters.is_empty() {
                continue;
            }
            if let (Ok(v), _) = self.table(id) {
                if let Some(rv) = self.report_value(v) {
                    out.push((&def.location, self.text(&def.name), rv, readings.of_table(id)));
                }
            }
        }
        out.sort_by_key(|(loc, _, _, _)| (loc.file, loc.span.start));
        report.value_readings.clear();
        for (_, name, _, ids) in &out {
            if !ids.is_empty() {
                report.value_readings.push((name.clone(), readings.shared(ids)));
            }
        }
        report.values = out.into_iter().map(|(_, n, v, _)| (n, v)).collect();
    }

    /// A value as the report carries it; `None` for null.
    fn report_value(&self, v: &Value) -> Option<ReportValue> {
        Some(match v {
            Value::Null => return None,
            Value::Bool(b) => ReportValue::Bool(*b),
            Value::Number(d) => ReportValue::Number(d.normalize()),
            Value::Text(t) => ReportValue::Text(t.clone()),
            Value::Date(d) => ReportValue::Date(*d),
            Value::Duration(d) => ReportValue::Duration(policy_check::text::duration(*d)),
            Value::Symbol(s) => ReportValue::Symbol(self.model.symbol_name(*s).to_string()),
            Value::Range(a, b) => ReportValue::Range(*a, *b),
            Value::Interval(a, b) => ReportValue::Interval(*a, *b),
            Value::List(items) => ReportValue::List(items.iter().filter_map(|i| self.report_value(i)).collect()),
            Value::Elements(list, idx) => {
                ReportValue::List(idx.iter().map(|i| ReportValue::Text(self.elem_name(*list, *i))).collect())
            }
            Value::Element(list, i) => ReportValue::Text(self.elem_name(*list, *i)),
        })
    }

    /// A named value, evaluated once; unknown on a cycle.
    pub(super) fn value(&self, id: ValueId) -> Result<&Value, Unknown> {
        let cell = self.values.get(id).ok_or(Unknown)?;
        if let Some(r) = cell.get() {
            return r.as_ref().map_err(|_| Unknown);
        }
        let (Some(def), Some(busy)) = (self.model.values.get(id), self.values_busy.get(id)) else {
            return Err(Unknown);
        };
        if busy.replace(true) {
            return Err(Unknown);
        }
        let r = self.eval(&def.expr, None, &mut Quiet).map(Cow::into_owned);
        busy.set(false);
        cell.get_or_init(|| r).as_ref().map_err(|_| Unknown)
    }

    /// A table's value and the row that gave it, looked up once; unknown on a cycle.
    pub(super) fn table(&self, id: TableId) -> (Result<&Value, Unknown>, Option<usize>) {
        let Some(cell) = self.tables.get(id) else {
            return (Err(Unknown), None);
        };
        if cell.get().is_none() {
            let (Some(def), Some(busy)) = (self.model.tables.get(id), self.tables_busy.get(id)) else {
                return (Err(Unknown), None);
            };
            if busy.replace(true) {
                return (Err(Unknown), None);
            }
            let r = self.lookup(def);
            busy.set(false);
            let _ = cell.set(r);
        }
        match cell.get() {
            Some((r, row)) => (r.as_ref().map_err(|_| Unknown), *row),
            None => (Err(Unknown), None),
        }
    }

    /// Looks a table up: the first row whose patterns match the keys.
    fn lookup(&self, def: &'m TableDef) -> Lookup {
        let mut keys: Vec<Cow<'_, Value>> = Vec::with_capacity(def.keys.len());
        for k in &def.keys {
            match self.eval(k, None, &mut Quiet) {
                Ok(v) => keys.push(v),
                Err(Unknown) => return (Err(Unknown), None),
            }
        }
        let has_null = keys.iter().any(|k| k.is_null());
        for (i, row) in def.rows.iter().enumerate() {
            let matches = if row.patterns.is_empty() {
                true
            } else if has_null || row.patterns.len() != keys.len() {
                false
            } else {
                row.patterns.iter().zip(&keys).all(|(p, k)| pattern_matches(p, k))
            };
            if matches {
                let v = self.eval(&row.value, None, &mut Quiet).map(Cow::into_owned);
                return (v, Some(i));
            }
        }
        if has_null {
            (Err(Unknown), None)
        } else {
            (Ok(Value::Null), None)
        }
    }
}

/// Whether a row pattern matches a key.
fn pattern_matches(p: &PatternDef, key: &Value) -> bool {
    match (p, key) {
        (PatternDef::Range(a, b), Value::Number(n)) => {
            n.fract().is_zero() && *n >= Decimal::from(*a) && *n <= Decimal::from(*b)
        }
        (PatternDef::Equals(v), k) => v == k || values_equal_plain(v, k),
        _ => false,
    }
}
