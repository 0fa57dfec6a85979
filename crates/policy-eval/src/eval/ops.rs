//! Operations on values: null tests, equality, order, arithmetic, and
//! calendar arithmetic on dates.

use jiff::civil::Date;
use jiff::Span;
use policy_check::model::{Model, Value};
use policy_syntax::ast::{BinaryOp, Duration, DurationUnit};

/// `is_null` for values (the model's type has none).
pub(super) trait IsNull {
    fn is_null(&self) -> bool;
}

impl IsNull for Value {
    fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}

/// Equality of two values, numbers by value.
pub(super) fn values_equal_plain(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y,
        (Value::Text(x), Value::Text(y)) => x == y || same_words(x, y),
        _ => a == b,
    }
}

/// Whether two free texts say the same words as a lawyer reads them: letter
/// case, «ё»/«е» and runs of white space (at the ends too) do not matter
/// (`" вкк "` is `"ВКК"`, `"физическая  культура"` is `"Физическая культура"`).
fn same_words(x: &str, y: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .flat_map(|w| w.chars().chain([' ']))
            .flat_map(char::to_lowercase)
            .map(|c| if c == 'ё' { 'е' } else { c })
            .collect::<Vec<char>>()
    };
    words(x) == words(y)
}

/// Equality of two non-null values (numbers by value, symbols against text by name).
pub(super) fn values_equal(model: &Model, a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Symbol(s), Value::Text(t)) | (Value::Text(t), Value::Symbol(s)) => model.symbol_name(*s) == t,
        (Value::Null, _) | (_, Value::Null) => false,
        _ => values_equal_plain(a, b),
    }
}

/// Order of two values; `None` when they cannot be compared (or one is null).
pub(super) fn compare(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => Some(x.cmp(y)),
        (Value::Date(x), Value::Date(y)) => Some(x.cmp(y)),
        (Value::Text(x), Value::Text(y)) => Some(x.cmp(y)),
        (Value::Interval(from, to), Value::Duration(d)) => Some(to.cmp(&add_duration(*from, *d, 1)?)),
        (Value::Duration(d), Value::Interval(from, to)) => Some(add_duration(*from, *d, 1)?.cmp(to)),
        (Value::Interval(a1, a2), Value::Interval(b1, b2)) => {
            let da = a1.until(*a2).ok()?.get_days();
            let db = b1.until(*b2).ok()?.get_days();
            Some(da.cmp(&db))
        }
        (Value::Duration(x), Value::Duration(y)) => match (days_of(*x), days_of(*y)) {
            (Some(dx), Some(dy)) => Some(dx.cmp(&dy)),
            _ if x.unit == y.unit => Some(x.amount.cmp(&y.amount)),
            _ => None,
        },
        _ => None,
    }
}

/// A duration in days; `None` for months (their length varies) and working
/// days (their count depends on the dates).
fn days_of(d: Duration) -> Option<i64> {
    match d.unit {
        DurationUnit::Days => Some(d.amount),
        DurationUnit::Weeks => d.amount.checked_mul(7),
        DurationUnit::Months | DurationUnit::WorkingDays => None,
    }
}

/// `a op b` for numbers, dates and durations; `None` when undefined or overflowing.
pub(super) fn arithmetic(op: BinaryOp, a: &Value, b: &Value) -> Option<Value> {
    use BinaryOp::*;
    Some(match (op, a, b) {
        (Add, Value::Number(x), Value::Number(y)) => Value::Number(x.checked_add(*y)?),
        (Sub, Value::Number(x), Value::Number(y)) => Value::Number(x.checked_sub(*y)?),
        (Mul, Value::Number(x), Value::Number(y)) => Value::Number(x.checked_mul(*y)?),
        (Div, Value::Number(x), Value::Number(y)) => Value::Number(x.checked_div(*y)?),
        (Add, Value::Date(d), Value::Duration(u)) | (Add, Value::Duration(u), Value::Date(d)) => {
            Value::Date(add_duration(*d, *u, 1)?)
        }
        (Sub, Value::Date(d), Value::Duration(u)) => Value::Date(add_duration(*d, *u, -1)?),
        (Sub, Value::Date(to), Value::Date(from)) => Value::Interval(*from, *to),
        (Add, Value::Duration(x), Value::Duration(y)) if x.unit == y.unit => {
            Value::Duration(Duration { amount: x.amount.checked_add(y.amount)?, unit: x.unit })
        }
        (Mul, Value::Duration(x), Value::Number(n)) | (Mul, Value::Number(n), Value::Duration(x))
            if n.fract().is_zero() =>
        {
            let n = i64::try_from(*n).ok()?;
            Value::Duration(Duration { amount: x.amount.checked_mul(n)?, unit: x.unit })
        }
        _ => return None,
    })
}

/// `date + times × duration`, in calendar terms (months keep the day of the
/// month, or the month's last day when it is shorter); `None` for working
/// days, which only a deadline counts (the checker allows them nowhere else).
pub(super) fn add_duration(date: Date, d: Duration, times: i64) -> Option<Date> {
    let n = d.amount.checked_mul(times)?;
    let span = match d.unit {
        DurationUnit::Days => Span::new().try_days(n).ok()?,
        DurationUnit::Weeks => Span::new().try_weeks(n).ok()?,
        DurationUnit::Months => Span::new().try_months(n).ok()?,
        DurationUnit::WorkingDays => return None,
    };
    date.checked_add(span).ok()
}
