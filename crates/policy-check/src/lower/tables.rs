//! Tables: their keys, rows and row patterns.

use policy_i18n::msg;
use policy_syntax::ast;
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{compatible, loc, ty_name, Lowerer, Named};
use crate::model::*;

impl<'w> Lowerer<'w> {
    /// Lowers table `t` into the model entry declared for it in phase 1.
    pub(super) fn table(&mut self, f: FileId, t: &ast::TableDecl) {
        let Some(Named::Table(id)) = self.names.get(&t.name.name).copied() else { return };
        if self.model.tables[id].location != loc(f, t.name.span) {
            return;
        }
        self.owner = Some(Named::Table(id));
        let mut keys = Vec::new();
        let mut key_tys = Vec::new();
        let mut key_sources = Vec::new();
        for k in &t.keys {
            let (e, ty) = self.expr(f, k, None);
            keys.push(e);
            key_tys.push(ty);
            key_sources.push(self.source(f, k.span).to_string());
        }
        let mut parameters = Vec::new();
        for p in &t.parameters {
            let ty = self.field_ty(f, &p.ty);
            key_tys.push(ty.clone());
            parameters.push((p.name.name.clone(), ty));
        }
        if !keys.is_empty() && !parameters.is_empty() {
            self.push(
                f,
                Diagnostic::new(
                    Code::MixedTableKeys,
                    msg!("check-mixed-table-keys"),
                    t.name.span,
                    msg!("check-mixed-table-keys-label"),
                )
                .with_help(msg!("check-mixed-table-keys-help")),
            );
        }
        let width = keys.len() + parameters.len();
        let mut rows = Vec::new();
        let mut ty = Ty::Null;
        for row in &t.rows {
            if !row.patterns.is_empty() && row.patterns.len() != width {
                self.push(
                    f,
                    Diagnostic::new(
                        Code::WrongRowWidth,
                        msg!("check-row-width", patterns = row.patterns.len(), keys = width),
                        row.span,
                        msg!("check-this-row"),
                    )
                    .with_help(msg!("check-row-width-help")),
                );
                continue;
            }
            let mut patterns = Vec::new();
            for (p, key_ty) in row.patterns.iter().zip(&key_tys) {
                patterns.push(self.pattern(f, p, key_ty));
            }
            let (value, vty) = self.expr(f, &row.value, None);
            if ty == Ty::Null {
                ty = vty.clone();
            } else if !compatible(&ty, &vty) {
                let msg = msg!("check-row-type", row = ty_name(&self.model, &vty), earlier = ty_name(&self.model, &ty));
                self.push(
                    f,
                    Diagnostic::new(Code::TypeMismatch, msg, row.value.span, msg!("check-row-type-label"))
                        .with_help(msg!("check-row-type-help")),
                );
            }
            let citation = self.citation(f, &row.citation);
            let pattern_end = row.patterns.last().map(|p| p.span.end).unwrap_or(row.span.start + 4);
            rows.push(TableRowDef {
                patterns,
                label: row.label.as_ref().map(|t| t.value.clone()),
                value,
                citation,
                source: self.source(f, ast::Span::new(row.span.start, pattern_end)).to_string(),
                location: loc(f, row.span),
            });
        }
        self.owner = None;
        let citation = self.citation(f, &t.citation);
        self.own_readings(f, ReadingItem::Table(id), &t.readings);
        let def = &mut self.model.tables[id];
        def.keys = keys;
        def.key_sources = key_sources;
        def.parameters = parameters;
        def.rows = rows;
        def.ty = ty;
        def.citation = citation;
        def.description = t.description.as_ref().map(|x| x.value.clone());
    }

    /// A row pattern, checked against the type of its key.
    fn pattern(&mut self, f: FileId, p: &ast::Pattern, key_ty: &Ty) -> PatternDef {
        let (def, ty) = match &p.kind {
            ast::PatternKind::Range(lo, hi) => (PatternDef::Range(*lo, *hi), Ty::Number),
            ast::PatternKind::Symbol(id) => {
                let e = ast::Expr { kind: ast::ExprKind::Path(vec![id.clone()]), span: id.span };
                let (expr, ty) = self.expr(f, &e, None);
                let value = match expr.kind {
                    ExprKind::Const(v) => v,
                    _ => {
                        self.push(
                            f,
                            Diagnostic::new(
                                Code::NotConstant,
                                msg!("check-pattern-not-constant"),
                                p.span,
                                msg!("check-not-a-constant"),
                            )
                            .with_help(msg!("check-pattern-not-constant-help")),
                        );
                        Value::Null
                    }
                };
                (PatternDef::Equals(value), ty)
            }
            ast::PatternKind::Literal(lit) => {
                let e = ast::Expr { kind: ast::ExprKind::Literal(lit.clone()), span: p.span };
                let (expr, ty) = self.expr(f, &e, None);
                let value = match expr.kind {
                    ExprKind::Const(v) => v,
                    _ => Value::Null,
                };
                (PatternDef::Equals(value), ty)
            }
        };
        if !compatible(key_ty, &ty) {
            let msg =
                msg!("check-pattern-type", key = ty_name(&self.model, key_ty), pattern = ty_name(&self.model, &ty));
            self.push(
                f,
                Diagnostic::new(Code::TypeMismatch, msg, p.span, msg!("check-pattern-type-label"))
                    .with_help(msg!("check-pattern-type-help")),
            );
        }
        if let (Ty::Symbol(Some(e)), PatternDef::Equals(Value::Symbol(s))) = (key_ty, &def) {
            self.check_symbol(f, *s, *e, p.span);
        }
        def
    }
}
