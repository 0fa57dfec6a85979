//! Curricula: hours per subject and grade, with their totals and cap table.

use policy_i18n::msg;
use policy_syntax::ast;
use policy_syntax::suggest::{did_you_mean, did_you_mean_help};
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{loc, Lowerer, Named};
use crate::model::*;
use crate::Target;

impl<'w> Lowerer<'w> {
    /// Adds curriculum `c` to the model; its totals and cap are checked later.
    pub(super) fn curriculum(&mut self, f: FileId, c: &ast::CurriculumDecl) {
        let citation = self.citation(f, &c.citation);
        let cap = c.cap.as_ref().and_then(|cap| match self.names.get(&cap.name) {
            Some(Named::Table(t)) => {
                self.references.push((loc(f, cap.span), Target::Table(*t)));
                Some(*t)
            }
            _ => {
                let candidates: Vec<&str> = self.model.tables.iter().map(|t| t.name.as_str()).collect();
                let mut d = Diagnostic::new(
                    Code::UnknownName,
                    msg!("check-unknown-cap", name = &cap.name),
                    cap.span,
                    msg!("check-unknown-cap-label"),
                )
                .with_help(msg!("check-unknown-cap-help"));
                if let Some(s) = did_you_mean(&cap.name, candidates) {
                    d = d.with_help(did_you_mean_help(s)).with_suggestion(s);
                }
                self.push(f, d);
                None
            }
        });
        let width = c.grades.len();
        let mut subjects = Vec::new();
        let mut totals = None;
        let mut weeks = None;
        for row in &c.rows {
            if row.cells.len() != width {
                self.push(
                    f,
                    Diagnostic::new(
                        Code::WrongRowWidth,
                        msg!("check-curriculum-row-width", cells = row.cells.len(), grades = width),
                        row.span,
                        msg!("check-this-row"),
                    )
                    .with_help(msg!("check-curriculum-row-width-help")),
                );
                continue;
            }
            let cells: Vec<_> = row.cells.iter().map(|(v, _)| *v).collect();
            match &row.kind {
                ast::CurriculumRowKind::Subject(name) => subjects.push((name.value.clone(), cells)),
                ast::CurriculumRowKind::Total => totals = Some(cells),
                ast::CurriculumRowKind::Weeks => weeks = Some(cells),
            }
        }
        self.model.curricula.push(CurriculumDef {
            name: c.name.name.clone(),
            citation,
            description: c.description.as_ref().map(|t| t.value.clone()),
            cap,
            grades: c.grades.iter().map(|(g, _)| *g).collect(),
            subjects,
            totals,
            weeks,
            location: loc(f, c.name.span),
        });
    }
}
