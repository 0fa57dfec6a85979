//! The domain checks that run on the lowered model: tables (overlaps, gaps),
//! curricula (totals, caps) and citations of undeclared clauses.

use policy_i18n::{msg, Message};
use policy_syntax::Code;
use policy_syntax::Diagnostic;
use rust_decimal::Decimal;

use crate::model::*;
use crate::FileDiagnostic;

/// Runs every domain check on `model`. Returns the diagnostics in the order
/// the checks found them.
pub(crate) fn run(model: &Model) -> Vec<FileDiagnostic> {
    let mut found = tables(model);
    found.extend(curricula(model));
    found.extend(citations(model));
    found
}

/// The integer grades a pattern covers, when it is about integers.
fn covered(pattern: &PatternDef) -> Option<(i64, i64)> {
    match pattern {
        PatternDef::Range(a, b) => Some((*a, *b)),
        PatternDef::Equals(Value::Number(n)) if n.fract().is_zero() => {
            let n = i64::try_from(n.trunc().mantissa() / 10i128.pow(n.scale())).ok()?;
            Some((n, n))
        }
        _ => None,
    }
}

/// Single-key tables whose integer rows overlap or leave gaps.
fn tables(model: &Model) -> Vec<FileDiagnostic> {
    let mut found = Vec::new();
    for table in &model.tables {
        if table.keys.len() + table.parameters.len() != 1 {
            continue;
        }
        let ranges: Vec<((i64, i64), &TableRowDef)> =
            table.rows.iter().filter_map(|r| r.patterns.first().and_then(covered).map(|c| (c, r))).collect();
        for (i, ((a1, b1), r1)) in ranges.iter().enumerate() {
            for ((a2, b2), r2) in &ranges[i + 1..] {
                if a1 <= b2 && a2 <= b1 {
                    let (lo, hi) = ((*a1).max(*a2), (*b1).min(*b2));
                    let both = if lo == hi { format!("{lo}") } else { format!("{lo}..{hi}") };
                    let d = Diagnostic::new(
                        Code::OverlappingRows,
                        msg!(
                            "check-overlapping-rows",
                            table = &table.name,
                            both = both,
                            first = &r1.source,
                            second = &r2.source
                        ),
                        r2.location.span,
                        msg!("check-overlapping-rows-label"),
                    )
                    .with_label(r1.location.span, msg!("check-overlapping-rows-earlier"))
                    .with_help(msg!("check-overlapping-rows-help"));
                    found.push(FileDiagnostic { file: r2.location.file, diagnostic: d });
                }
            }
        }
        if ranges.is_empty() || table.rows.iter().any(|r| r.patterns.is_empty()) {
            continue;
        }
        // The grades to cover: the key's declared range (`grade: int 1..12`)
        // when it has one, as the reference promises, else the rows' own span.
        let declared = declared_range(model, table);
        let (lo, hi) = declared.unwrap_or_else(|| {
            let lo = ranges.iter().map(|((a, _), _)| *a).min().unwrap_or(0);
            let hi = ranges.iter().map(|((_, b), _)| *b).max().unwrap_or(0);
            (lo, hi)
        });
        if hi.saturating_sub(lo) > 1000 {
            continue;
        }
        let missing: Vec<i64> = (lo..=hi).filter(|g| !ranges.iter().any(|((a, b), _)| a <= g && g <= b)).collect();
        let gaps = runs(&missing);
        if !gaps.is_empty() {
            let key = table.key_sources.first();
            // Grades read as grades («нет строки для 12 класса»), other keys as values.
            let values = if key.is_some_and(|k| k.ends_with("grade")) {
                msg!("check-gap-grades", values = gaps.join(", "), count = missing.len())
            } else {
                msg!("check-gap-values", values = gaps.join(", "), count = missing.len())
            };
            let range = format!("{lo}..{hi}");
            let message = match key.filter(|_| declared.is_some()) {
                Some(key) => {
                    msg!("check-gap-declared", table = &table.name, values = values, key = key, from = lo, to = hi)
                }
                None if declared.is_some() => {
                    msg!(
                        "check-gap-declared",
                        table = &table.name,
                        values = values,
                        key = msg!("check-the-key"),
                        from = lo,
                        to = hi
                    )
                }
                None => msg!("check-gap", table = &table.name, values = values, range = range),
            };
            let d = Diagnostic::new(Code::GapInRows, message, table.location.span, msg!("check-gap-label"))
                .with_help(msg!("check-gap-help"));
            found.push(FileDiagnostic { file: table.location.file, diagnostic: d });
        }
    }
    found
}

/// Ascending integers written as runs: `5, 7..9`.
fn runs(values: &[i64]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut start = 0;
    for i in 0..values.len() {
        let last = i + 1 == values.len() || values[i + 1] != values[i] + 1;
        if last {
            out.push(if start == i { values[i].to_string() } else { format!("{}..{}", values[start], values[i]) });
            start = i + 1;
        }
    }
    out
}

/// The declared range of a table's single key when it is a case field
/// declared `int a..b`.
fn declared_range(model: &Model, table: &TableDef) -> Option<(i64, i64)> {
    match &table.keys.first()?.kind {
        ExprKind::Field(slot) => model.schema.slots.get(*slot)?.int_range,
        _ => None,
    }
}

/// The cap a single-key table sets for `grade`, when the row's value is a constant number.
fn cap_for(table: &TableDef, grade: i64) -> Option<Option<Decimal>> {
    for row in &table.rows {
        let hit = match row.patterns.first() {
            None => true,
            Some(p) => covered(p).is_some_and(|(a, b)| a <= grade && grade <= b),
        };
        if hit {
            return Some(match &row.value.kind {
                ExprKind::Const(Value::Number(n)) => Some(*n),
                _ => None,
            });
        }
    }
    None
}

/// The sum of a curriculum's column `i` (its subjects' cells), `None` when it
/// passes the decimal maximum.
fn column_sum(c: &CurriculumDef, i: usize) -> Option<Decimal> {
    c.subjects
        .iter()
        .filter_map(|(_, cells)| cells.get(i).copied().flatten())
        .try_fold(Decimal::ZERO, |sum, cell| sum.checked_add(cell))
}

/// Curricula whose columns disagree with their totals, exceed their cap, or
/// have grades the cap does not cover.
fn curricula(model: &Model) -> Vec<FileDiagnostic> {
    let mut found = Vec::new();
    for c in &model.curricula {
        let at = c.location;
        // Each grade's column summed once; `None` where the sum passes the
        // decimal maximum (reported here, and left out of the other checks).
        let sums: Vec<Option<Decimal>> = (0..c.grades.len()).map(|i| column_sum(c, i)).collect();
        let overflowing: Vec<String> =
            c.grades.iter().zip(&sums).filter(|(_, s)| s.is_none()).map(|(g, _)| g.to_string()).collect();
        if !overflowing.is_empty() {
            let d = Diagnostic::new(
                Code::CurriculumSumTooLarge,
                msg!(
                    "check-curriculum-sum-too-large",
                    curriculum = &c.name,
                    grades = overflowing.join(", "),
                    count = overflowing.len(),
                    max = Decimal::MAX.to_string()
                ),
                at.span,
                msg!("check-curriculum-sum-too-large-label"),
            )
            .with_help(msg!("check-curriculum-sum-too-large-help"));
            found.push(FileDiagnostic { file: at.file, diagnostic: d });
        }
        if let Some(totals) = &c.totals {
            let mut wrong = Vec::new();
            for (i, grade) in c.grades.iter().enumerate() {
                let Some(sum) = sums[i] else { continue };
                if let Some(total) = totals[i] {
                    if sum != total {
                        wrong.push(msg!(
                            "check-curriculum-grade-sum",
                            grade = *grade,
                            sum = sum.normalize(),
                            total = total.normalize()
                        ));
                    }
                }
            }
            if !wrong.is_empty() {
                let d = Diagnostic::new(
                    Code::CurriculumTotalsDiffer,
                    msg!("check-curriculum-totals-differ", curriculum = &c.name, wrong = Message::list(wrong, "; ")),
                    at.span,
                    msg!("check-curriculum-totals-differ-label"),
                )
                .with_help(msg!("check-curriculum-totals-differ-help"));
                found.push(FileDiagnostic { file: at.file, diagnostic: d });
            }
        }
        let Some(cap) = c.cap else { continue };
        let table = &model.tables[cap];
        let totals: Vec<Option<Decimal>> = match &c.totals {
            Some(t) => t.clone(),
            None => sums,
        };
        let mut over = Vec::new();
        let mut uncovered = Vec::new();
        for (i, grade) in c.grades.iter().enumerate() {
            match cap_for(table, *grade) {
                None => uncovered.push(grade.to_string()),
                Some(Some(limit)) => {
                    if let Some(total) = totals[i] {
                        if total > limit {
                            over.push(msg!(
                                "check-curriculum-grade-over",
                                grade = *grade,
                                total = total.normalize(),
                                limit = limit.normalize()
                            ));
                        }
                    }
                }
                Some(None) => {}
            }
        }
        if !over.is_empty() {
            let d = Diagnostic::new(
                Code::CurriculumOverCap,
                msg!(
                    "check-curriculum-over-cap",
                    curriculum = &c.name,
                    cap = &table.name,
                    over = Message::list(over, "; ")
                ),
                at.span,
                msg!("check-curriculum-over-cap-label"),
            )
            .with_help(msg!("check-curriculum-over-cap-help"));
            found.push(FileDiagnostic { file: at.file, diagnostic: d });
        }
        if !uncovered.is_empty() {
            let d = Diagnostic::new(
                Code::CurriculumGradeWithoutCap,
                msg!(
                    "check-curriculum-grade-without-cap",
                    curriculum = &c.name,
                    grades = uncovered.join(", "),
                    count = uncovered.len(),
                    cap = &table.name
                ),
                at.span,
                msg!("check-curriculum-grade-without-cap-label"),
            )
            .with_help(msg!("check-curriculum-grade-without-cap-help"));
            found.push(FileDiagnostic { file: at.file, diagnostic: d });
        }
    }
    found
}

/// Citations of clauses the policy does not quote (only when it quotes any):
/// each number the citation's resolution left without a clause.
fn citations(model: &Model) -> Vec<FileDiagnostic> {
    if model.clauses.is_empty() {
        return Vec::new();
    }
    let unquoted = model.citations.iter().flat_map(|c| c.unquoted().map(move |n| (c, n.text.as_str())));
    unquoted
        .map(|(c, number)| FileDiagnostic { file: c.location.file, diagnostic: unquoted_clause(model, c, number) })
        .collect()
}

/// P0401 for `number`, cited by `c` but not quoted.
fn unquoted_clause(model: &Model, c: &CitationRef, number: &str) -> Diagnostic {
    let numbers: Vec<&str> = model.clauses.iter().map(|c| c.number.as_str()).collect();
    let d = Diagnostic::new(
        Code::ClauseNotQuoted,
        msg!("check-clause-not-quoted", number = number.to_owned()),
        c.location.span,
        msg!("check-clause-not-quoted-label"),
    );
    match policy_syntax::suggest::did_you_mean(number, numbers) {
        Some(s) => d.with_help(msg!(
            "check-clause-not-quoted-did-you-mean",
            suggestion = s.to_owned(),
            number = number.to_owned()
        )),
        None => d.with_help(msg!("check-clause-not-quoted-help", number = number.to_owned())),
    }
}
