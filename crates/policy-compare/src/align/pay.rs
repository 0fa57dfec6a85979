//! Pay: the `pay_mode` value as written, then, for each mode
//! (`hourly`, `tariff`, `ambiguous`), the condition under which the policy
//! chooses it — read from the value's chain of `if … then … else`; then the
//! teacher's bonus and the tables of rates.

use policy_check::model::{ExprKind, Model, PatternDef, SymbolId, TableDef, Value, ValueDef};

use policy_eval::titles;
use policy_i18n::{tr, Lang};

use super::{add, cite, title_in_any};
use crate::comparison::{Cell, Row, Topic};
use crate::expr;

fn value<'m>(model: &'m Model, name: &str) -> Option<&'m ValueDef> {
    model.values.iter().find(|v| v.name == name)
}

/// The modes a pay rule can choose, by name, in enumeration order.
fn modes(models: &[&Model]) -> Vec<String> {
    let mut found: Vec<(SymbolId, String)> = Vec::new();
    for model in models {
        let Some(pay) = value(model, "pay_mode") else { continue };
        for branch in expr::branches(&pay.expr) {
            if let ExprKind::Const(Value::Symbol(s)) = branch.then.kind {
                let name = model.symbol_name(s).to_string();
                if !found.iter().any(|(_, n)| *n == name) {
                    found.push((s, name));
                }
            }
        }
    }
    found.sort_by_key(|(s, _)| *s);
    found.into_iter().map(|(_, n)| n).collect()
}

/// When the policy chooses `mode`: `when …`, `otherwise, when …`,
/// `otherwise`, `always` or `never`.
fn mode_cell(model: &Model, lang: Lang, mode: &str) -> Cell {
    let Some(pay) = value(model, "pay_mode") else {
        return Cell::plain("not set").in_words(tr!(lang, "compare-pay-not-set"));
    };
    let mut acc: Option<Cell> = None;
    for (i, branch) in expr::branches(&pay.expr).iter().enumerate() {
        let chosen = matches!(branch.then.kind, ExprKind::Const(Value::Symbol(s)) if model.symbol_name(s) == mode);
        if !chosen {
            continue;
        }
        let (text, words) = match (i, branch.when) {
            (0, Some(c)) => {
                let c = expr::text(model, c);
                (format!("when {c}"), tr!(lang, "compare-value-when", condition = c))
            }
            (_, Some(c)) => {
                let c = expr::text(model, c);
                (format!("otherwise, when {c}"), tr!(lang, "compare-pay-otherwise-when", condition = c))
            }
            (0, None) => ("always".into(), tr!(lang, "compare-value-always")),
            (_, None) => ("otherwise".into(), tr!(lang, "compare-pay-otherwise")),
        };
        add(&mut acc, Cell::new(text, cite(&pay.citation)).in_words(words));
    }
    acc.unwrap_or_else(|| Cell::plain("never").in_words(tr!(lang, "compare-pay-never")))
}

/// A value as written, with its unit (`20 %`), or `none`.
fn value_cell(model: &Model, lang: Lang, name: &str) -> Cell {
    match value(model, name) {
        Some(v) => Cell::new(expr::result_text(model, &v.expr, expr::unit_of(name)), cite(&v.citation))
            .with_note(v.description.as_deref()),
        None => Cell::plain("none").in_words(tr!(lang, "compare-value-none")),
    }
}

/// A table of rates written out, one row a line (`5..11, "Математика" → 5 %`).
fn rates_cell(model: &Model, table: &TableDef) -> Cell {
    let unit = expr::unit_of(&table.name);
    let lines: Vec<String> = table
        .rows
        .iter()
        .map(|row| {
            let patterns = if row.patterns.is_empty() {
                "else".to_string()
            } else {
                row.patterns
                    .iter()
                    .map(|p| match p {
                        PatternDef::Range(lo, hi) if lo == hi => lo.to_string(),
                        PatternDef::Range(lo, hi) => format!("{lo}..{hi}"),
                        PatternDef::Equals(v) => expr::constant(model, v),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let label = row.label.as_deref().map(|l| format!(" «{l}»")).unwrap_or_default();
            format!("{patterns}{label} → {}", expr::result_text(model, &row.value, unit))
        })
        .collect();
    Cell::new(lines.join("\n"), cite(&table.citation)).with_note(table.description.as_deref())
}

/// The pay rows.
pub(super) fn rows(models: &[&Model], lang: Lang) -> Vec<Row> {
    let mut rows = vec![Row::new(
        Topic::Pay,
        "pay_mode",
        "pay mode (as written)",
        models.iter().map(|m| Some(value_cell(m, lang, "pay_mode"))).collect(),
    )
    .titled(tr!(lang, "compare-pay-mode-as-written"))];
    for mode in modes(models) {
        let cells = models.iter().map(|m| Some(mode_cell(m, lang, &mode))).collect();
        // The mode by its title in the first policy that gives one («почасовая оплата»).
        let title =
            title_in_any(models, &mode, |m, k| titles::symbol(m, lang, k).to_string()).unwrap_or_else(|| mode.clone());
        let title = tr!(lang, "compare-pay-mode-row", mode = title);
        rows.push(Row::new(Topic::Pay, format!("pay_mode.{mode}"), format!("pay: {mode}"), cells).titled(title));
    }
    rows.push(
        Row::new(
            Topic::Pay,
            "teacher_bonus_percent",
            "teacher bonus",
            models.iter().map(|m| Some(value_cell(m, lang, "teacher_bonus_percent"))).collect(),
        )
        .titled(tr!(lang, "compare-case-teacher-bonus")),
    );
    let mut tables: Vec<String> = Vec::new();
    for model in models {
        for t in model.tables.iter().filter(|t| !t.parameters.is_empty()) {
            if !tables.contains(&t.name) {
                tables.push(t.name.clone());
            }
        }
    }
    for name in tables {
        let cells = models
            .iter()
            .map(|m| m.tables.iter().find(|t| t.name == name && !t.parameters.is_empty()).map(|t| rates_cell(m, t)))
            .collect();
        let title = title_in_any(models, &name, |m, k| titles::value(m, lang, k).to_string());
        let row = Row::new(Topic::Pay, name.clone(), name, cells);
        rows.push(match title {
            Some(title) => row.titled(title),
            None => row,
        });
    }
    rows
}
