//! Expressions as compare shows them: written back in the language's English
//! spelling (whatever keywords the policy used, so that two schools' rules
//! compare as text), and the shapes compare reads out of them — and/or trees
//! of conditions, and chains of `if … then … else`.

use policy_check::model::{
    Builtin, Duration, DurationUnit, ElemSlot, Expr, ExprKind, ListId, Model, Period, Value, ValueId,
};
use policy_eval::eval::format_number;
use policy_syntax::ast::{BinaryOp, UnaryOp};

/// How deep values are inlined into a condition tree (the checker forbids
/// cycles; this only bounds pathological nesting).
const INLINE_DEPTH: usize = 16;

/// A duration as written in English (`7 days`, `1 month`).
pub fn duration(d: Duration) -> String {
    let unit = match (d.unit, d.amount == 1) {
        (DurationUnit::Days, true) => "day",
        (DurationUnit::Days, false) => "days",
        (DurationUnit::Weeks, true) => "week",
        (DurationUnit::Weeks, false) => "weeks",
        (DurationUnit::Months, true) => "month",
        (DurationUnit::Months, false) => "months",
    };
    format!("{} {unit}", d.amount)
}

/// A frequency as written (`every quarter`, `every 14 days`).
pub fn every(named: Option<Period>, d: Duration) -> String {
    match named {
        Some(Period::Quarter) => "every quarter".into(),
        Some(Period::Trimester) => "every trimester".into(),
        Some(Period::Year) => "every year".into(),
        Some(Period::Month) => "every month".into(),
        Some(Period::Week) => "every week".into(),
        None if d.amount == 1 => format!("every {}", duration(d).trim_start_matches("1 ")),
        None => format!("every {}", duration(d)),
    }
}

/// A constant as written.
pub fn constant(model: &Model, v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format_number(n),
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

/// Binding strength, loosest first, as in the language reference.
fn precedence(e: &Expr) -> u8 {
    match &e.kind {
        ExprKind::If(..) | ExprKind::Filter { .. } => 0,
        ExprKind::Binary(op, ..) => match op {
            BinaryOp::Where => 0,
            BinaryOp::Or => 1,
            BinaryOp::And => 2,
            BinaryOp::Eq
            | BinaryOp::Ne
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge
            | BinaryOp::In
            | BinaryOp::NotIn => 4,
            BinaryOp::Coalesce => 5,
            BinaryOp::Add | BinaryOp::Sub => 6,
            BinaryOp::Mul | BinaryOp::Div => 7,
        },
        ExprKind::Unary(UnaryOp::Not, _) => 3,
        ExprKind::Unary(UnaryOp::Neg, _) => 8,
        _ => 9,
    }
}

fn list_path(model: &Model, list: ListId) -> &str {
    model.schema.lists.get(list).map_or("?", |l| l.path.as_str())
}

fn field_name(model: &Model, list: ListId, slot: ElemSlot) -> &str {
    model.schema.lists.get(list).and_then(|l| l.fields.get(slot)).map_or("?", |f| f.path.as_str())
}

/// The expression written back in English spelling, with names resolved back
/// from their indices and only the brackets precedence needs.
pub fn text(model: &Model, e: &Expr) -> String {
    let sub = |x: &Expr, min: u8| {
        let t = text(model, x);
        if precedence(x) < min {
            format!("({t})")
        } else {
            t
        }
    };
    match &e.kind {
        ExprKind::Const(v) => constant(model, v),
        ExprKind::Field(slot) => model.schema.slots.get(*slot).map_or("?", |f| f.path.as_str()).into(),
        ExprKind::List(list) => list_path(model, *list).into(),
        ExprKind::Find { list, key } => {
            let key = match key {
                Value::Text(t) => t.clone(),
                other => constant(model, other),
            };
            format!("{}.{key}", list_path(model, *list))
        }
        ExprKind::ElemField { elem, list, slot } | ExprKind::Project { elems: elem, list, slot } => {
            format!("{}.{}", sub(elem, 9), field_name(model, *list, *slot))
        }
        ExprKind::Current { list, slot } => field_name(model, *list, *slot).into(),
        ExprKind::Filter { elems, cond, .. } => format!("{} where {}", sub(elems, 1), sub(cond, 1)),
        ExprKind::Value(id) => model.values.get(*id).map_or("?", |v| v.name.as_str()).into(),
        ExprKind::Table(id) => model.tables.get(*id).map_or("?", |t| t.name.as_str()).into(),
        ExprKind::Param(id) => model.params.get(*id).map_or("?", |p| p.name.as_str()).into(),
        ExprKind::Unary(UnaryOp::Not, a) => format!("not {}", sub(a, 3)),
        ExprKind::Unary(UnaryOp::Neg, a) => format!("-{}", sub(a, 9)),
        ExprKind::Binary(op, a, b) => {
            let p = precedence(e);
            // Left-associative: a right operand of the same strength needs brackets,
            // except for `and`/`or`, which are associative. A `??` inside another
            // operator is bracketed for the reader, as policies write it.
            let right = if matches!(op, BinaryOp::And | BinaryOp::Or) { p } else { p + 1 };
            let operand = |x: &Expr, min: u8| match x.kind {
                ExprKind::Binary(BinaryOp::Coalesce, ..) if *op != BinaryOp::Coalesce => {
                    format!("({})", text(model, x))
                }
                _ => sub(x, min),
            };
            format!("{} {} {}", operand(a, p), op.symbol(), operand(b, right))
        }
        ExprKind::If(c, a, b) => format!("if {} then {} else {}", text(model, c), text(model, a), text(model, b)),
        ExprKind::ListOf(items) => {
            format!("[{}]", items.iter().map(|i| text(model, i)).collect::<Vec<_>>().join(", "))
        }
        ExprKind::Call(f, args) => {
            let name = match f {
                Builtin::Sum => "sum",
                Builtin::Count => "count",
                Builtin::MaxCountBy(_) => "max_count_by",
                Builtin::SchoolYearStart => "school_year_start",
                Builtin::SchoolYearEnd => "school_year_end",
            };
            let mut parts: Vec<String> = args.iter().map(|a| text(model, a)).collect();
            if let (Builtin::MaxCountBy(slot), [first]) = (f, args.as_slice()) {
                if let ExprKind::List(l) | ExprKind::Filter { list: l, .. } | ExprKind::Find { list: l, .. } =
                    &first.kind
                {
                    parts.push(field_name(model, *l, *slot).to_string());
                }
            }
            format!("{name}({})", parts.join(", "))
        }
        ExprKind::Error => "?".into(),
    }
}

/// Like [`text`], but numbers that are the expression's result (not those in
/// its conditions) carry `unit` (`20 %`, `10 h`).
pub fn result_text(model: &Model, e: &Expr, unit: &str) -> String {
    match &e.kind {
        ExprKind::Const(Value::Number(n)) => format!("{} {unit}", format_number(n)),
        ExprKind::If(c, a, b) => {
            format!("if {} then {} else {}", text(model, c), result_text(model, a, unit), result_text(model, b, unit))
        }
        _ => text(model, e),
    }
}

/// The unit of a value or table's results, by the naming convention of the
/// shipped policies and the case-file contract: `…_percent` are percentages,
/// `…_hours` are hours per week.
pub fn unit_of(name: &str) -> &'static str {
    if name.ends_with("_percent") {
        "%"
    } else if name.ends_with("_hours") {
        "h"
    } else {
        ""
    }
}

/// A condition as a tree of `and`, `or` and `not` over atoms, with boolean
/// values inlined (`iso_mandatory or gifted in pupil.categories` becomes one
/// `or` of five atoms).
#[derive(Debug, Clone)]
pub enum Cond<'m> {
    /// All must hold.
    All(Vec<Cond<'m>>),
    /// Any must hold.
    Any(Vec<Cond<'m>>),
    /// Must not hold.
    Not(Box<Cond<'m>>),
    /// A comparison or other test.
    Atom(&'m Expr),
}

/// The condition tree of `e`.
pub fn cond_tree<'m>(model: &'m Model, e: &'m Expr) -> Cond<'m> {
    tree(model, e, 0)
}

fn tree<'m>(model: &'m Model, e: &'m Expr, depth: usize) -> Cond<'m> {
    match &e.kind {
        ExprKind::Binary(op @ (BinaryOp::And | BinaryOp::Or), a, b) => {
            let mut parts = Vec::new();
            for side in [a, b] {
                match (op, tree(model, side, depth)) {
                    (BinaryOp::And, Cond::All(inner)) | (BinaryOp::Or, Cond::Any(inner)) => parts.extend(inner),
                    (_, other) => parts.push(other),
                }
            }
            if *op == BinaryOp::And {
                Cond::All(parts)
            } else {
                Cond::Any(parts)
            }
        }
        ExprKind::Unary(UnaryOp::Not, a) => Cond::Not(Box::new(tree(model, a, depth))),
        ExprKind::Value(id) if depth < INLINE_DEPTH => match model.values.get(*id) {
            Some(v) if v.ty == policy_check::model::Ty::Bool => tree(model, &v.expr, depth + 1),
            _ => Cond::Atom(e),
        },
        _ => Cond::Atom(e),
    }
}

/// The part of a condition tree whose atoms `keep` accepts.
#[derive(Debug, Clone)]
pub struct Projection<'m> {
    /// What is left (`None`: no atom was kept).
    pub cond: Option<Cond<'m>>,
    /// Whether an `or` mixed kept atoms with dropped ones, so that what is
    /// left says less than it seems (`grade in 1..4 or gifted`: the grades
    /// alone are no limit).
    pub lossy: bool,
}

/// Keeps the atoms `keep` accepts, dropping the rest.
pub fn project<'m>(c: &Cond<'m>, keep: &dyn Fn(&Expr) -> bool) -> Projection<'m> {
    let mut lossy = false;
    let cond = proj(c, keep, &mut lossy);
    Projection { cond, lossy }
}

fn proj<'m>(c: &Cond<'m>, keep: &dyn Fn(&Expr) -> bool, lossy: &mut bool) -> Option<Cond<'m>> {
    match c {
        Cond::Atom(e) => keep(e).then_some(Cond::Atom(e)),
        Cond::Not(inner) => proj(inner, keep, lossy).map(|i| Cond::Not(Box::new(i))),
        Cond::All(parts) | Cond::Any(parts) => {
            let kept: Vec<Cond<'m>> = parts.iter().filter_map(|p| proj(p, keep, lossy)).collect();
            if matches!(c, Cond::Any(_)) && !kept.is_empty() && kept.len() < parts.len() {
                *lossy = true;
            }
            match kept.len() {
                0 => None,
                1 => kept.into_iter().next(),
                _ if matches!(c, Cond::All(_)) => Some(Cond::All(kept)),
                _ => Some(Cond::Any(kept)),
            }
        }
    }
}

/// A condition tree written out with `atom` for its atoms, bracketing nested
/// groups.
pub fn cond_text(c: &Cond<'_>, atom: &dyn Fn(&Expr) -> String) -> String {
    let group = |parts: &[Cond<'_>], word: &str| {
        parts
            .iter()
            .map(|p| match p {
                Cond::All(_) | Cond::Any(_) => format!("({})", cond_text(p, atom)),
                _ => cond_text(p, atom),
            })
            .collect::<Vec<_>>()
            .join(word)
    };
    match c {
        Cond::Atom(e) => atom(e),
        Cond::Not(inner) => match inner.as_ref() {
            Cond::Atom(e) => format!("not {}", atom(e)),
            other => format!("not ({})", cond_text(other, atom)),
        },
        Cond::All(parts) => group(parts, " and "),
        Cond::Any(parts) => group(parts, " or "),
    }
}

/// The dotted paths of the case fields an expression reads (values not
/// followed).
pub fn fields<'m>(model: &'m Model, e: &Expr) -> Vec<&'m str> {
    let mut out = Vec::new();
    collect_fields(model, e, &mut out);
    out
}

fn collect_fields<'m>(model: &'m Model, e: &Expr, out: &mut Vec<&'m str>) {
    match &e.kind {
        ExprKind::Field(slot) => {
            if let Some(f) = model.schema.slots.get(*slot) {
                out.push(f.path.as_str());
            }
        }
        ExprKind::ElemField { elem, .. } | ExprKind::Project { elems: elem, .. } => collect_fields(model, elem, out),
        ExprKind::Filter { elems, cond, .. } => {
            collect_fields(model, elems, out);
            collect_fields(model, cond, out);
        }
        ExprKind::Unary(_, a) => collect_fields(model, a, out),
        ExprKind::Binary(_, a, b) => {
            collect_fields(model, a, out);
            collect_fields(model, b, out);
        }
        ExprKind::If(c, a, b) => {
            for x in [c, a, b] {
                collect_fields(model, x, out);
            }
        }
        ExprKind::ListOf(items) | ExprKind::Call(_, items) => {
            for x in items {
                collect_fields(model, x, out);
            }
        }
        _ => {}
    }
}

/// The names of the current element's fields an expression reads (a
/// document requirement's attributes: `copies`, `approved_by`).
pub fn current_fields<'m>(model: &'m Model, e: &Expr) -> Vec<&'m str> {
    let mut out = Vec::new();
    collect_current(model, e, &mut out);
    out.sort_unstable();
    out.dedup();
    out
}

fn collect_current<'m>(model: &'m Model, e: &Expr, out: &mut Vec<&'m str>) {
    match &e.kind {
        ExprKind::Current { list, slot } => out.push(field_name(model, *list, *slot)),
        ExprKind::Unary(_, a) => collect_current(model, a, out),
        ExprKind::Binary(_, a, b) => {
            collect_current(model, a, out);
            collect_current(model, b, out);
        }
        ExprKind::If(c, a, b) => {
            for x in [c, a, b] {
                collect_current(model, x, out);
            }
        }
        ExprKind::ListOf(items) | ExprKind::Call(_, items) => {
            for x in items {
                collect_current(model, x, out);
            }
        }
        _ => {}
    }
}

/// One branch of an `if` chain: its condition (`None` for the final `else`,
/// or for an expression that is no `if` at all) and its result.
#[derive(Debug, Clone)]
pub struct Branch<'m> {
    /// The condition that selects it, after the earlier ones failed.
    pub when: Option<&'m Expr>,
    /// The result.
    pub then: &'m Expr,
}

/// `if a then x else if b then y else z` as `[(a, x), (b, y), (None, z)]`.
pub fn branches(e: &Expr) -> Vec<Branch<'_>> {
    let mut out = Vec::new();
    let mut rest = e;
    while let ExprKind::If(c, a, b) = &rest.kind {
        out.push(Branch { when: Some(c), then: a });
        rest = b;
    }
    out.push(Branch { when: None, then: rest });
    out
}

/// Whether `e` reads the value `id` directly.
pub fn is_value(e: &Expr, id: ValueId) -> bool {
    matches!(e.kind, ExprKind::Value(v) if v == id)
}
