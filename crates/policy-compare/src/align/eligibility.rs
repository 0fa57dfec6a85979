//! Who qualifies. The `eligible` value's condition is split by what each of
//! its tests reads — `pupil.grade`, `pupil.age`, `pupil.categories`,
//! `request.form` — so that the grades of one school line up with the grades
//! of another; the forms also come from rules that reject a form outside a
//! list (`request.form not in [school, home, combined]`).

use policy_check::model::{Expr, ExprKind, Model, Value, ValueDef};
use policy_check::text::symbol_title;
use policy_syntax::ast::{BinaryOp, UnaryOp};

use policy_i18n::{tr, Lang};

use super::{add, cite, rules};
use crate::comparison::{Cell, Row, Topic};
use crate::expr::{self, Cond};
use crate::words;

/// The case fields eligibility is split by, with their row keys and labels.
const ASPECTS: [(&str, &str, &str); 4] = [
    ("pupil.grade", "grades", "grades"),
    ("pupil.age", "age", "age"),
    ("pupil.categories", "categories", "categories"),
    ("request.form", "forms", "forms of education"),
];

/// A row's title in `lang`, by its key.
fn title(lang: Lang, key: &str) -> String {
    match key {
        "expression" => tr!(lang, "compare-row-expression"),
        "grades" => tr!(lang, "compare-row-grades"),
        "age" => tr!(lang, "compare-row-age"),
        "categories" => tr!(lang, "compare-row-categories"),
        "forms" => tr!(lang, "compare-row-forms"),
        "grouping" => tr!(lang, "compare-row-grouping"),
        "form_conditions" => tr!(lang, "compare-row-form-conditions"),
        _ => tr!(lang, "compare-row-when-not-eligible"),
    }
}

/// The eligibility rows.
pub(super) fn rows(models: &[&Model], lang: Lang) -> Vec<Row> {
    let mut rows = Vec::new();
    let row = |key: &str, label: &str, cell: &dyn Fn(&Model) -> Option<Cell>| {
        Row::new(Topic::Eligibility, key, label, models.iter().map(|m| cell(m)).collect()).titled(title(lang, key))
    };
    rows.push(row("expression", "eligible (as written)", &|m| {
        Some(match eligible(m) {
            Some(v) => {
                let tree = expr::cond_tree(m, &v.expr);
                let said = words::cond(lang, &tree, &|e| words::atom(m, lang, e, None));
                Cell::new(expr::text(m, &v.expr), cite(&v.citation)).in_words(said).with_note(v.description.as_deref())
            }
            None => not_decided(lang),
        })
    }));
    for (path, key, label) in ASPECTS {
        rows.push(row(key, label, &|m| Some(aspect(m, lang, path))));
    }
    rows.push(row("grouping", "grouping", &|m| Some(allowed_by_rules(m, lang, "request.grouping"))));
    rows.push(row("form_conditions", "conditions on the form", &|m| form_conditions(m, lang)));
    rows.push(row("when_not_eligible", "when not eligible", &|m| not_eligible_outcome(m, lang)));
    rows
}

fn not_decided(lang: Lang) -> Cell {
    Cell::plain("not decided").in_words(tr!(lang, "compare-value-not-decided"))
}

fn eligible(model: &Model) -> Option<&ValueDef> {
    model.eligible.and_then(|id| model.values.get(id))
}

/// What the `eligible` condition says about one case field; for the form,
/// the rules are read when the condition says nothing.
fn aspect(model: &Model, lang: Lang, path: &str) -> Cell {
    let Some(value) = eligible(model) else {
        return not_decided(lang);
    };
    let tree = expr::cond_tree(model, &value.expr);
    let projection = expr::project(&tree, &|e| expr::fields(model, e).contains(&path));
    match projection.cond {
        Some(cond) => {
            let text = expr::cond_text(&cond, &|e| atom(model, path, e));
            let said = words::cond(lang, &cond, &|e| words::atom(model, lang, e, Some(path)));
            let cell = Cell::new(text, cite(&value.citation)).in_words(said);
            if projection.lossy {
                cell.with_note(Some(&tr!(lang, "compare-value-or-note")))
            } else {
                cell
            }
        }
        None if path == "request.form" => allowed_by_rules(model, lang, path),
        None => Cell::plain("any").in_words(tr!(lang, "compare-value-any")),
    }
}

/// One test written for its row: `1..11` as `1–11`, `pupil.age < 18` as
/// `< 18`, `cannot_attend in pupil.categories` as `cannot_attend`.
fn atom(model: &Model, path: &str, e: &Expr) -> String {
    let ExprKind::Binary(op, a, b) = &e.kind else {
        return expr::text(model, e);
    };
    let reads = |x: &Expr| expr::fields(model, x).contains(&path);
    match (op, &a.kind, &b.kind) {
        (BinaryOp::In, _, ExprKind::Const(Value::Range(lo, hi))) if reads(a) => {
            if lo == hi {
                lo.to_string()
            } else {
                format!("{lo}–{hi}")
            }
        }
        (BinaryOp::In | BinaryOp::NotIn, ExprKind::Const(v @ Value::Symbol(_)), _) if reads(b) => {
            let name = expr::constant(model, v);
            if *op == BinaryOp::In {
                name
            } else {
                format!("not {name}")
            }
        }
        (BinaryOp::Eq, _, ExprKind::Const(v)) if reads(a) => expr::constant(model, v),
        (BinaryOp::In | BinaryOp::NotIn, _, ExprKind::ListOf(items)) if reads(a) => {
            let names = items.iter().map(|i| expr::text(model, i)).collect::<Vec<_>>().join(", ");
            if *op == BinaryOp::In {
                names
            } else {
                format!("not {names}")
            }
        }
        (BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge | BinaryOp::Ne, _, ExprKind::Const(v))
            if reads(a) =>
        {
            let sign = crate::words::comparison_sign(*op);
            format!("{sign} {}", expr::constant(model, v))
        }
        _ => expr::text(model, e),
    }
}

/// The values a rule lets a field take: a rule that fires when
/// `field not in [a, b]` allows exactly `a, b`.
fn allowed_by_rules(model: &Model, lang: Lang, path: &str) -> Cell {
    let mut found: Option<Cell> = None;
    for rule in &model.rules {
        for when in &rule.when {
            let tree = expr::cond_tree(model, when);
            for e in atoms(&tree) {
                if let Some(allowed) = allowed_list(model, path, e) {
                    let said = allowed.iter().map(|s| symbol_title(model, *s)).collect::<Vec<_>>().join(", ");
                    let named = allowed.iter().map(|s| model.symbol_name(*s)).collect::<Vec<_>>().join(", ");
                    let cell = Cell::new(named, cite(&rule.citation)).in_words(said);
                    add(&mut found, cell);
                }
            }
        }
    }
    found.unwrap_or_else(|| Cell::plain("not restricted").in_words(tr!(lang, "compare-value-not-restricted")))
}

/// `field not in [a, b]` → `a, b` (enumeration values in declaration order).
fn allowed_list(model: &Model, path: &str, e: &Expr) -> Option<Vec<u32>> {
    let ExprKind::Binary(BinaryOp::NotIn, a, b) = &e.kind else { return None };
    let ExprKind::ListOf(items) = &b.kind else { return None };
    if !matches!(a.kind, ExprKind::Field(_)) || !expr::fields(model, a).contains(&path) {
        return None;
    }
    let mut symbols: Vec<u32> = Vec::new();
    for item in items {
        match item.kind {
            ExprKind::Const(Value::Symbol(s)) => symbols.push(s),
            _ => return None,
        }
    }
    symbols.sort_unstable();
    Some(symbols)
}

fn atoms<'m>(c: &Cond<'m>) -> Vec<&'m Expr> {
    match c {
        Cond::Atom(e) => vec![e],
        Cond::Not(inner) => atoms(inner),
        Cond::All(parts) | Cond::Any(parts) => parts.iter().flat_map(atoms).collect(),
    }
}

/// Rules that read the form other than to allow a list of forms (consent
/// for school, an unsafe home, a pupil outside the catchment area).
fn form_conditions(model: &Model, lang: Lang) -> Option<Cell> {
    let mut found: Option<Cell> = None;
    for rule in &model.rules {
        let atoms: Vec<_> = rule
            .when
            .iter()
            .chain(&rule.unless)
            .flat_map(|w| atoms(&expr::cond_tree(model, w)))
            .filter(|e| expr::fields(model, e).contains(&"request.form"))
            .collect();
        if atoms.is_empty() || atoms.iter().all(|e| allowed_list(model, "request.form", e).is_some()) {
            continue;
        }
        let cell = Cell::new(rules::summary(model, rule), cite(&rule.citation))
            .in_words(rules::rule_words(model, lang, rule))
            .with_note(rule.description.as_deref());
        add(&mut found, cell);
    }
    Some(found.unwrap_or_else(|| Cell::plain("none").in_words(tr!(lang, "compare-value-none"))))
}

/// What the policy reports for a pupil who is not eligible: the rules whose
/// condition is `not eligible`.
fn not_eligible_outcome(model: &Model, lang: Lang) -> Option<Cell> {
    let id = model.eligible?;
    let mut found: Option<Cell> = None;
    for rule in &model.rules {
        let on_not_eligible = rule
            .when
            .iter()
            .any(|w| matches!(&w.kind, ExprKind::Unary(UnaryOp::Not, inner) if expr::is_value(inner, id)));
        if on_not_eligible {
            let cell = Cell::new(rule.outcome.severity.as_str(), cite(&rule.citation))
                .in_words(rules::severity_words(lang, rule.outcome.severity))
                .with_note(rule.description.as_deref());
            add(&mut found, cell);
        }
    }
    Some(found.unwrap_or_else(|| Cell::plain("nothing reported").in_words(tr!(lang, "compare-value-nothing-reported"))))
}
