//! Values as a person reads them, in the comparison's language: hours the
//! way the language writes numbers («10,25 ч»), grades («1–11 классы»),
//! enumeration values and case fields by their titles («ОВЗ», «угловой
//! штамп»), and conditions in words. The identifiers stay in
//! [`crate::Cell::value`]; these go to [`crate::Cell::text`].

use policy_check::model::{Expr, ExprKind, Model, Value};
use policy_check::text::{element_field_title, field_title, symbol_title};
use policy_i18n::{tr, Lang};
use policy_syntax::ast::{BinaryOp, NumberUnit};
use rust_decimal::Decimal;

use crate::expr::{self, Cond};

/// The case field that holds the pupil's grade: its ranges read as grades.
const GRADE: &str = "pupil.grade";

/// Hours: «10,25 ч», `10.25 h`.
pub fn hours(lang: Lang, n: &Decimal) -> String {
    policy_eval::words::quantity(lang, n, Some(NumberUnit::Hours))
}

/// A grade or a span of grades: «5 класс», «1–11 классы».
pub fn grades(lang: Lang, from: i64, to: i64) -> String {
    if from == to {
        tr!(lang, "compare-value-grade", grade = from.to_string())
    } else {
        tr!(lang, "compare-value-grades", from = from.to_string(), to = to.to_string())
    }
}

/// A constant by its title: an enumeration value as its enumeration
/// describes it, a number as the language writes it; other constants as
/// written.
pub fn constant(model: &Model, lang: Lang, v: &Value) -> String {
    match v {
        Value::Symbol(s) => symbol_title(model, *s).to_string(),
        Value::Number(n) => policy_i18n::decimal(lang, n),
        Value::List(items) => items.iter().map(|i| constant(model, lang, i)).collect::<Vec<_>>().join(", "),
        other => policy_eval::words::constant(model, lang, other),
    }
}

/// An expression's title when it is a case field or a constant; else as written.
fn operand(model: &Model, lang: Lang, e: &Expr) -> String {
    match &e.kind {
        ExprKind::Field(slot) => field_title(model, *slot).to_string(),
        ExprKind::Current { list, slot } => element_field_title(model, *list, *slot).to_string(),
        ExprKind::Const(v) => constant(model, lang, v),
        ExprKind::ListOf(items) => items.iter().map(|i| operand(model, lang, i)).collect::<Vec<_>>().join(", "),
        _ => policy_eval::words::expr(model, lang, e),
    }
}

/// Whether `e` is the case field `path`.
fn is_field(model: &Model, e: &Expr, path: &str) -> bool {
    matches!(e.kind, ExprKind::Field(_)) && expr::fields(model, e) == [path]
}

/// One test in words: «поле: значение», except that the field's title is
/// left out when `row` names the field the row is about, for grades (which
/// read as grades: «1–11 классы») and for a value a set holds («ОВЗ»); a test
/// of another shape is written as the policy writes it.
pub fn atom(model: &Model, lang: Lang, e: &Expr, row: Option<&str>) -> String {
    let ExprKind::Binary(op, a, b) = &e.kind else {
        return policy_eval::words::expr(model, lang, e);
    };
    let about = |field: &Expr, said: String| {
        let is_row = row.is_some_and(|path| expr::fields(model, field).contains(&path));
        if is_row || is_field(model, field, GRADE) {
            said
        } else {
            format!("{}: {said}", operand(model, lang, field))
        }
    };
    let not = |said: String| tr!(lang, "words-not", what = said);
    match (op, &a.kind, &b.kind) {
        (BinaryOp::In, _, ExprKind::Const(Value::Range(lo, hi))) if is_field(model, a, GRADE) => grades(lang, *lo, *hi),
        (BinaryOp::In, _, ExprKind::Const(Value::Range(lo, hi))) => {
            let span = if lo == hi { lo.to_string() } else { format!("{lo}–{hi}") };
            about(a, span)
        }
        // Membership of a set of values (`ovz in pupil.categories`): the value's title says it all.
        (BinaryOp::In, ExprKind::Const(v @ Value::Symbol(_)), _) => constant(model, lang, v),
        (BinaryOp::NotIn, ExprKind::Const(v @ Value::Symbol(_)), _) => about(b, not(constant(model, lang, v))),
        (BinaryOp::Eq, ExprKind::Field(_) | ExprKind::Current { .. }, ExprKind::Const(v)) => {
            about(a, constant(model, lang, v))
        }
        (BinaryOp::In, ExprKind::Field(_), ExprKind::ListOf(_)) => about(a, operand(model, lang, b)),
        (BinaryOp::NotIn, ExprKind::Field(_), ExprKind::ListOf(_)) => about(a, not(operand(model, lang, b))),
        (BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge | BinaryOp::Ne, _, ExprKind::Const(v))
            if matches!(a.kind, ExprKind::Field(_) | ExprKind::Current { .. }) =>
        {
            let sign = comparison_sign(*op);
            about(a, format!("{sign} {}", constant(model, lang, v)))
        }
        _ => policy_eval::words::expr(model, lang, e),
    }
}

/// A result in words with its unit (see [`policy_eval::words::unit_of`]): a number as
/// «10,25 ч» or «20 %», an `if` chain as «если …, то …, иначе …», anything else as
/// [`policy_eval::words::expr`] writes it.
pub fn result(model: &Model, lang: Lang, e: &Expr, unit: Option<NumberUnit>) -> String {
    match &e.kind {
        ExprKind::Const(Value::Number(n)) => policy_eval::words::quantity(lang, n, unit),
        ExprKind::If(c, a, b) => tr!(
            lang,
            "words-if",
            condition = policy_eval::words::expr(model, lang, c),
            then = result(model, lang, a, unit),
            otherwise = result(model, lang, b, unit)
        ),
        _ => policy_eval::words::expr(model, lang, e),
    }
}

/// A condition tree in words: the conditions that must all hold are
/// separated by `; `, nested groups are joined by «и» / «или».
pub fn cond(lang: Lang, c: &Cond<'_>, atom: &dyn Fn(&Expr) -> String) -> String {
    match c {
        Cond::All(parts) => parts.iter().map(|p| nested(lang, p, atom)).collect::<Vec<_>>().join("; "),
        other => nested(lang, other, atom),
    }
}

/// A part of a condition tree, inner groups in brackets.
fn nested(lang: Lang, c: &Cond<'_>, atom: &dyn Fn(&Expr) -> String) -> String {
    let group = |parts: &[Cond<'_>], and: bool| {
        let said: Vec<String> = parts
            .iter()
            .map(|p| match p {
                Cond::All(_) | Cond::Any(_) => format!("({})", nested(lang, p, atom)),
                _ => nested(lang, p, atom),
            })
            .collect();
        said.into_iter()
            .reduce(|a, b| if and { tr!(lang, "words-and", a = a, b = b) } else { tr!(lang, "words-or", a = a, b = b) })
            .unwrap_or_default()
    };
    match c {
        Cond::Atom(e) => atom(e),
        Cond::Not(inner) => tr!(lang, "words-not", what = nested(lang, inner, atom)),
        Cond::All(parts) => group(parts, true),
        Cond::Any(parts) => group(parts, false),
    }
}

/// The sign of a comparison as a reader writes it (`≤`, `≥`, `≠`); `≠` for any other operator.
pub(crate) fn comparison_sign(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Lt => "<",
        BinaryOp::Le => "≤",
        BinaryOp::Gt => ">",
        BinaryOp::Ge => "≥",
        _ => "≠",
    }
}
