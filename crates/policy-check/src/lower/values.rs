//! Parameters and computed values: their types, expressions and citations.

use policy_i18n::msg;
use policy_syntax::ast;
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{compatible, loc, ty_name, Lowerer, Named};
use crate::model::*;

impl<'w> Lowerer<'w> {
    /// Lowers parameter `p` into the model entry declared for it in phase 1.
    pub(super) fn param(&mut self, f: FileId, p: &ast::ParamDecl) {
        let Some(Named::Param(id)) = self.names.get(&p.name.name).copied() else { return };
        if self.model.params[id].location != loc(f, p.name.span) {
            return;
        }
        let ty = self.field_ty(f, &p.ty);
        let citation = self.citation(f, &p.citation);
        let value = p.value.as_ref().map(|e| self.expr(f, e, None).0);
        let def = &mut self.model.params[id];
        def.ty = ty;
        def.citation = citation;
        def.description = p.description.as_ref().map(|t| t.value.clone());
        def.value = value;
    }

    /// Lowers value `v` into the model entry declared for it in phase 1.
    pub(super) fn value(&mut self, f: FileId, v: &ast::ValueDecl) {
        let Some(Named::Value(id)) = self.names.get(&v.name.name).copied() else { return };
        if self.model.values[id].location != loc(f, v.name.span) {
            return;
        }
        self.owner = Some(Named::Value(id));
        let (expr, mut ty) = self.expr(f, &v.expr, None);
        self.owner = None;
        if let Some(declared) = &v.ty {
            let declared_ty = self.field_ty(f, declared);
            if !compatible(&declared_ty, &ty) {
                let msg = msg!(
                    "check-value-type-differs",
                    name = &v.name.name,
                    declared = ty_name(&self.model, &declared_ty),
                    computed = ty_name(&self.model, &ty)
                );
                self.push(
                    f,
                    Diagnostic::new(Code::TypeMismatch, msg, v.expr.span, msg!("check-value-type-differs-label"))
                        .with_help(msg!("check-value-type-differs-help")),
                );
            }
            if let Ty::Symbol(Some(e)) = declared_ty {
                self.check_symbols_in(f, &expr, e);
            }
            ty = declared_ty;
        }
        if v.name.name == "eligible" && !compatible(&ty, &Ty::Bool) {
            self.push(
                f,
                Diagnostic::new(
                    Code::TypeMismatch,
                    msg!("check-eligible-not-bool"),
                    v.expr.span,
                    msg!("check-this-is", ty = ty_name(&self.model, &ty)),
                )
                .with_help(msg!("check-eligible-not-bool-help")),
            );
        }
        let citation = self.citation(f, &v.citation);
        self.own_readings(f, ReadingItem::Value(id), &v.readings);
        let def = &mut self.model.values[id];
        def.expr = expr;
        def.ty = ty;
        def.citation = citation;
        def.description = v.description.as_ref().map(|t| t.value.clone());
    }
}
