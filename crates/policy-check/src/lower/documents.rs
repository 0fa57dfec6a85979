//! Required documents: which kind, when, and what each must satisfy.

use policy_i18n::msg;
use policy_syntax::ast;
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{loc, Lowerer};
use crate::model::*;

impl<'w> Lowerer<'w> {
    /// Adds document requirement `d` to the model.
    pub(super) fn document(&mut self, f: FileId, d: &ast::DocumentDecl) {
        let list = self.model.schema.documents;
        let kind = match list {
            Some((l, key)) => self.key_symbol(f, l, key, &d.kind),
            None => {
                self.push(
                    f,
                    Diagnostic::new(
                        Code::UnknownField,
                        msg!("check-no-documents-list"),
                        d.kind.span,
                        msg!("check-no-documents-list-label"),
                    )
                    .with_help(msg!("check-import-case-schema")),
                );
                None
            }
        };
        let Some(kind) = kind else { return };
        // Only an unconditional requirement can be a duplicate: conditions may differ.
        if d.when.is_none() {
            self.first_declaration(f, "required-document", &d.kind);
        }
        let citation = self.citation(f, &d.citation);
        let when = d.when.as_ref().map(|e| self.condition(f, e, None));
        let mut requires = Vec::new();
        let doc = self.model.documents.len();
        self.own_readings(f, ReadingItem::Document(doc), &d.readings);
        for (j, r) in d.requires.iter().enumerate() {
            self.own_readings(f, ReadingItem::Requirement(doc, j), &r.readings);
            let expr = self.condition(f, &r.expr, list.map(|(l, _)| l));
            let citation = self.citation(f, &r.citation);
            requires.push(RequirementDef {
                expr,
                citation,
                description: r.description.as_ref().map(|t| t.value.clone()),
                source: self.source(f, r.expr.span).to_string(),
                location: loc(f, r.span),
            });
        }
        self.model.documents.push(DocumentDef {
            kind,
            list: list.map(|(l, _)| l),
            citation,
            description: d.description.as_ref().map(|t| t.value.clone()),
            when,
            requires,
            location: loc(f, d.kind.span),
        });
    }
}
