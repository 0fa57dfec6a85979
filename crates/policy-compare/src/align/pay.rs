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
            (0, Some(c)) => (
                format!("when {}", expr::text(model, c)),
                tr!(lang, "compare-value-when", condition = policy_eval::words::expr(model, lang, c)),
            ),
            (_, Some(c)) => (
                format!("otherwise, when {}", expr::text(model, c)),
                tr!(lang, "compare-pay-otherwise-when", condition = policy_eval::words::expr(model, lang, c)),
            ),
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
            .in_words(crate::words::result(model, lang, &v.expr, policy_eval::words::unit_of(name)))
            .with_note(v.description.as_deref()),
        None => Cell::plain("none").in_words(tr!(lang, "compare-value-none")),
    }
}

/// A table of rates written out, one row a line (`5..11, "Математика" → 5 %`), and in
/// `lang`'s words («5–11 классы, «Математика»: 5 %»).
fn rates_cell(model: &Model, lang: Lang, table: &TableDef) -> Cell {
    let unit = expr::unit_of(&table.name);
    let line = |row: &policy_check::model::TableRowDef, in_words: bool| {
        let label = row.label.as_deref().map(|l| format!(" «{l}»")).unwrap_or_default();
        if !in_words {
            let patterns = if row.patterns.is_empty() {
                "else".to_string()
            } else {
                row.patterns.iter().map(|p| pattern(model, p)).collect::<Vec<_>>().join(", ")
            };
            return format!("{patterns}{label} → {}", expr::result_text(model, &row.value, unit));
        }
        let patterns = if row.patterns.is_empty() {
            tr!(lang, "compare-pay-otherwise")
        } else {
            row.patterns.iter().map(|p| pattern_words(model, lang, p)).collect::<Vec<_>>().join(", ")
        };
        format!(
            "{patterns}{label}: {}",
            crate::words::result(model, lang, &row.value, policy_eval::words::unit_of(&table.name))
        )
    };
    let lines: Vec<String> = table.rows.iter().map(|row| line(row, false)).collect();
    let said: Vec<String> = table.rows.iter().map(|row| line(row, true)).collect();
    Cell::new(lines.join("\n"), cite(&table.citation)).in_words(said.join("\n")).with_note(table.description.as_deref())
}

/// A row's pattern as written (`5..11`, `"Математика"`).
fn pattern(model: &Model, p: &PatternDef) -> String {
    match p {
        PatternDef::Range(lo, hi) if lo == hi => lo.to_string(),
        PatternDef::Range(lo, hi) => format!("{lo}..{hi}"),
        PatternDef::Equals(v) => expr::constant(model, v),
    }
}

/// A row's pattern in words: a range as grades («5–11 классы»), a value by its title.
fn pattern_words(model: &Model, lang: Lang, p: &PatternDef) -> String {
    match p {
        PatternDef::Range(lo, hi) => crate::words::grades(lang, *lo, *hi),
        PatternDef::Equals(v) => crate::words::constant(model, lang, v),
    }
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
            .map(|m| {
                m.tables.iter().find(|t| t.name == name && !t.parameters.is_empty()).map(|t| rates_cell(m, lang, t))
            })
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
