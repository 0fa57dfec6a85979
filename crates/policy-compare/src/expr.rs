//! Expressions as compare shows them: written back in the language's English
//! spelling (whatever keywords the policy used, so that two schools' rules
//! compare as text), and the shapes compare reads out of them — and/or trees
//! of conditions, and chains of `if … then … else`.

use policy_check::model::{ElemSlot, Expr, ExprKind, ListId, Model, Value, ValueId};
use policy_check::text::number as format_number;
use policy_syntax::ast::{BinaryOp, UnaryOp};

/// How deep values are inlined into a condition tree (the checker forbids
/// cycles; this only bounds pathological nesting).
const INLINE_DEPTH: usize = 16;

pub use policy_check::text::{constant, duration, every, expr as text};

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

/// The unit of a value or table's results as written (`h`, `%`, or none): see
/// [`policy_eval::words::unit_of`].
pub fn unit_of(name: &str) -> &'static str {
    policy_eval::words::unit_of(name)
        .map_or("", |unit| policy_syntax::units::number_unit_word(unit, policy_syntax::KeywordLanguage::English))
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
    e.walk(&mut |x| {
        if let ExprKind::Field(slot) = x.kind {
            out.extend(model.schema.slots.get(slot).map(|f| f.path.as_str()));
        }
    });
    out
}

/// The names of the current element's fields an expression reads (a
/// document requirement's attributes: `copies`, `approved_by`).
pub fn current_fields<'m>(model: &'m Model, e: &Expr) -> Vec<&'m str> {
    current_with(model, e, &|model, list, slot| model.element_field(list, slot))
}

/// The titles of the current element's fields an expression reads, in the
/// order of their names (`угловой штамп`), as [`current_fields`] lists them.
pub fn current_titles<'m>(model: &'m Model, e: &Expr) -> Vec<&'m str> {
    current_with(model, e, &|model, list, slot| policy_check::text::element_field_title(model, list, slot))
}

/// The current element's fields an expression reads, each as `name` says,
/// in the order of their names, each once.
fn current_with<'m>(model: &'m Model, e: &Expr, name: &dyn Fn(&'m Model, ListId, ElemSlot) -> &'m str) -> Vec<&'m str> {
    let mut slots = Vec::new();
    collect_current(e, &mut slots);
    slots.sort_by_key(|(list, slot)| model.element_field(*list, *slot));
    let mut out: Vec<&str> = Vec::new();
    for (list, slot) in slots {
        let said = name(model, list, slot);
        if !out.contains(&said) {
            out.push(said);
        }
    }
    out
}

/// Not [`Expr::walk`]: a `where` inside has an element of its own, whose
/// fields are not the document's.
fn collect_current(e: &Expr, out: &mut Vec<(ListId, ElemSlot)>) {
    match &e.kind {
        ExprKind::Current { list, slot } => out.push((*list, *slot)),
        ExprKind::Unary(_, a) => collect_current(a, out),
        ExprKind::Binary(_, a, b) => {
            collect_current(a, out);
            collect_current(b, out);
        }
        ExprKind::If(c, a, b) => {
            for x in [c, a, b] {
                collect_current(x, out);
            }
        }
        ExprKind::ListOf(items) | ExprKind::Call(_, items) => {
            for x in items {
                collect_current(x, out);
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
