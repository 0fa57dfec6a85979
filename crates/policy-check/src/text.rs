//! The model written back as text, in the language's English spelling and with
//! names resolved back from their indices: for explanations in reports, for
//! `compare`, and for anyone who shows a resolved policy to a person.

use rust_decimal::Decimal;

use crate::model::{Builtin, Duration, ElemSlot, Expr, ExprKind, ListId, Model, Period, SlotId, SymbolId, Value};
use policy_syntax::ast::{BinaryOp, UnaryOp};

/// An exact number as written: no trailing zeros (`10`, `7.5`, `0.25`).
pub fn number(d: &Decimal) -> String {
    let n = d.normalize();
    if n.is_zero() {
        "0".into()
    } else {
        n.to_string()
    }
}

/// A duration as written in English (`7 days`, `1 month`).
pub fn duration(d: Duration) -> String {
    policy_syntax::units::write_duration(d, policy_syntax::KeywordLanguage::English)
}

/// A frequency as written (`every quarter`, `every 14 days`).
pub fn every(named: Option<Period>, d: Duration) -> String {
    match named {
        Some(Period::Quarter) => "every quarter".into(),
        Some(Period::Trimester) => "every trimester".into(),
        Some(Period::Year) => "every year".into(),
        Some(Period::Month) => "every month".into(),
        Some(Period::Week) => "every week".into(),
        Some(Period::Term) => "every term".into(),
        None if d.amount == 1 => format!("every {}", duration(d).trim_start_matches("1 ")),
        None => format!("every {}", duration(d)),
    }
}

/// A constant as written in a policy.
pub fn constant(model: &Model, v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number(n),
        Value::Text(t) => format!("\"{t}\""),
        Value::Date(d) => d.to_string(),
        Value::Duration(d) => duration(*d),
        Value::Symbol(s) => model.symbol_name(*s).to_string(),
        Value::Range(a, b) => format!("{a}..{b}"),
        Value::Interval(a, b) => format!("{a}/{b}"),
        Value::List(items) => format!("[{}]", items.iter().map(|i| constant(model, i)).collect::<Vec<_>>().join(", ")),
        Value::Elements(..) | Value::Element(..) => "?".into(),
    }
}

/// How tightly an expression binds where it stands as an operand (atoms 10).
fn binding_power(e: &Expr) -> u8 {
    match &e.kind {
        ExprKind::If(..) | ExprKind::Filter { .. } => 1,
        ExprKind::Binary(op, ..) => op.binding_power(),
        ExprKind::Unary(op, _) => op.binding_power(),
        _ => 10,
    }
}

/// The expression written back with only the parentheses precedence needs.
pub fn expr(model: &Model, e: &Expr) -> String {
    let sub = |x: &Expr, min: u8| {
        let t = expr(model, x);
        if binding_power(x) < min {
            format!("({t})")
        } else {
            t
        }
    };
    match &e.kind {
        ExprKind::Const(v) => constant(model, v),
        ExprKind::Field(slot) => model.schema.slots.get(*slot).map_or("?", |f| f.path.as_str()).into(),
        ExprKind::List(list) => model.list_path(*list).into(),
        ExprKind::Find { list, key } => {
            let key = match key {
                Value::Text(t) => t.clone(),
                other => constant(model, other),
            };
            format!("{}.{key}", model.list_path(*list))
        }
        ExprKind::ElemField { elem, list, slot } | ExprKind::Project { elems: elem, list, slot } => {
            format!("{}.{}", sub(elem, 10), model.element_field(*list, *slot))
        }
        ExprKind::Current { list, slot } => model.element_field(*list, *slot).into(),
        ExprKind::Filter { elems, cond, .. } => format!("{} where {}", sub(elems, 2), sub(cond, 2)),
        ExprKind::Value(id) => model.values.get(*id).map_or("?", |v| v.name.as_str()).into(),
        ExprKind::Table(id) => model.tables.get(*id).map_or("?", |t| t.name.as_str()).into(),
        ExprKind::Param(id) => model.params.get(*id).map_or("?", |p| p.name.as_str()).into(),
        ExprKind::Unary(UnaryOp::Not, a) => format!("not {}", sub(a, UnaryOp::Not.binding_power())),
        ExprKind::Unary(UnaryOp::Neg, a) => format!("-{}", sub(a, 10)),
        ExprKind::Binary(op, a, b) => {
            let p = op.binding_power();
            // Left-associative: a right operand of the same strength needs brackets,
            // except for `and`/`or`, which are associative. A `??` inside another
            // operator is bracketed for the reader, as policies write it.
            let right = if matches!(op, BinaryOp::And | BinaryOp::Or) { p } else { p + 1 };
            let operand = |x: &Expr, min: u8| match x.kind {
                ExprKind::Binary(BinaryOp::Coalesce, ..) if *op != BinaryOp::Coalesce => {
                    format!("({})", expr(model, x))
                }
                _ => sub(x, min),
            };
            format!("{} {} {}", operand(a, p), op.symbol(), operand(b, right))
        }
        ExprKind::If(c, a, b) => format!("if {} then {} else {}", expr(model, c), expr(model, a), expr(model, b)),
        ExprKind::ListOf(items) => {
            format!("[{}]", items.iter().map(|i| expr(model, i)).collect::<Vec<_>>().join(", "))
        }
        ExprKind::Call(f, args) => {
            let mut parts: Vec<String> = args.iter().map(|a| expr(model, a)).collect();
            if let (Builtin::MaxCountBy(slot) | Builtin::MinCountBy(slot) | Builtin::SumOf(slot), [first]) =
                (f, args.as_slice())
            {
                if let ExprKind::List(l) | ExprKind::Filter { list: l, .. } | ExprKind::Find { list: l, .. } =
                    &first.kind
                {
                    parts.push(model.element_field(*l, *slot).to_string());
                }
            }
            format!("{}({})", f.name(), parts.join(", "))
        }
        ExprKind::Error => "?".into(),
    }
}

// ---- titles: what a person reads instead of an identifier (issue 16)
/// The title of an enumeration value: the description its enumeration gives
/// it («ОВЗ», «медицинское заключение»), else its name.
pub fn symbol_title(model: &Model, sym: SymbolId) -> &str {
    let described = model.enums.iter().find_map(|e| e.variants.iter().find(|(s, _)| *s == sym));
    described.and_then(|(_, d)| d.as_deref()).unwrap_or_else(|| model.symbol_name(sym))
}

/// The title of a case field (`pupil.grade` → «класс»), else its path.
pub fn field_title(model: &Model, slot: SlotId) -> &str {
    model.schema.slots.get(slot).map_or("?", |f| f.description.as_deref().unwrap_or(&f.path))
}

/// The title of a field of a list's elements (`stamp` → «угловой штамп»), else its name.
pub fn element_field_title(model: &Model, list: ListId, slot: ElemSlot) -> &str {
    let field = model.schema.lists.get(list).and_then(|l| l.fields.get(slot));
    field.map_or("?", |f| f.description.as_deref().unwrap_or(&f.path))
}
// ---- end of titles

#[cfg(test)]
mod tests {
    use super::*;

    fn printed(source: &str) -> String {
        let text = format!("schema s {{ a: int  b: int  c: bool }}\nvalue v = {source}\n");
        let (_, checked) = crate::check_text(&text);
        assert!(!checked.has_errors(), "{:?}", checked.diagnostics);
        expr(&checked.model, &checked.model.values[0].expr)
    }

    #[test]
    fn prints_with_only_the_parentheses_precedence_needs() {
        assert_eq!(printed("(a + b) * 2"), "(a + b) * 2");
        assert_eq!(printed("a + (b * 2)"), "a + b * 2");
        assert_eq!(printed("a - (b - 1)"), "a - (b - 1)");
        assert_eq!(printed("not (c and a > 1)"), "not (c and a > 1)");
        assert_eq!(printed("(a ?? 0) + 1"), "(a ?? 0) + 1");
        assert_eq!(printed("if c then 1 else 2.50"), "if c then 1 else 2.5");
    }
}
