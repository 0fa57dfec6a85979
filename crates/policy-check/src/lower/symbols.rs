//! Enumeration values: the type of a bare value, and checks that a value
//! belongs to the enumeration its context expects.

use policy_i18n::msg;
use policy_syntax::ast::{self, BinaryOp};
use policy_syntax::suggest::{did_you_mean, did_you_mean_help};
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{loc, Lowerer};
use crate::model::*;
use crate::Target;

impl<'w> Lowerer<'w> {
    /// The symbol `name` as a value of the key of list `l`, reporting it when it is not one.
    pub(super) fn key_symbol(&mut self, f: FileId, l: ListId, key: ElemSlot, name: &ast::Ident) -> Option<SymbolId> {
        let key_ty = self.model.schema.lists[l].fields[key].ty.clone();
        let Ty::Symbol(Some(e)) = key_ty else { return self.symbol_ids.get(&name.name).copied() };
        match self.symbol_ids.get(&name.name).copied() {
            Some(s) if self.model.enums[e].variants.iter().any(|(v, _)| *v == s) => {
                self.used_enums[e] = true;
                self.references.push((loc(f, name.span), Target::Symbol(s)));
                Some(s)
            }
            _ => {
                self.unknown_variant(f, &name.name, name.span, e);
                None
            }
        }
    }

    /// Reports that `name` is not a value of enumeration `e`.
    fn unknown_variant(&mut self, f: FileId, name: &str, span: ast::Span, e: usize) {
        let en = &self.model.enums[e];
        let candidates: Vec<&str> = en.variants.iter().map(|(s, _)| self.model.symbols[*s as usize].as_str()).collect();
        let mut d = Diagnostic::new(
            Code::UnknownEnumValue,
            msg!("check-unknown-enum-value", name = name.to_owned(), enumeration = &en.name),
            span,
            msg!("check-unknown-enum-value-label", enumeration = &en.name),
        );
        d = match did_you_mean(name, candidates.iter().copied()) {
            Some(s) => d.with_help(did_you_mean_help(s)).with_suggestion(s),
            None => d.with_help(msg!(
                "check-unknown-enum-value-help",
                enumeration = &en.name,
                names = candidates.join(", ")
            )),
        };
        self.push(f, d);
    }

    /// Checks that symbol `s` is a value of enumeration `e`.
    pub(super) fn check_symbol(&mut self, f: FileId, s: SymbolId, e: usize, span: ast::Span) {
        if self.model.enums[e].variants.iter().any(|(v, _)| *v == s) {
            self.used_enums[e] = true;
        } else {
            let name = self.model.symbols[s as usize].clone();
            self.unknown_variant(f, &name, span, e);
        }
    }

    /// Checks that every bare enumeration value `expr` may produce belongs to enum `e`.
    pub(super) fn check_symbols_in(&mut self, f: FileId, expr: &Expr, e: usize) {
        match &expr.kind {
            ExprKind::Const(Value::Symbol(s)) => self.check_symbol(f, *s, e, expr.location.span),
            ExprKind::If(_, a, b) | ExprKind::Binary(BinaryOp::Coalesce, a, b) => {
                self.check_symbols_in(f, a, e);
                self.check_symbols_in(f, b, e);
            }
            ExprKind::ListOf(items) => {
                for item in items {
                    self.check_symbols_in(f, item, e);
                }
            }
            _ => {}
        }
    }

    /// A bare enumeration value compared with a typed side must belong to its enumeration.
    pub(super) fn cross_check_symbols(&mut self, f: FileId, a: &Expr, ta: &Ty, b: &Expr, tb: &Ty) {
        if let Ty::Symbol(Some(e)) = tb {
            self.check_symbols_in(f, a, *e);
        }
        if let Ty::Symbol(Some(e)) = ta {
            self.check_symbols_in(f, b, *e);
        }
    }

    /// The type of a bare symbol: its enumeration when only one has it.
    pub(super) fn symbol_ty(&self, s: SymbolId) -> Ty {
        match self.symbol_enums[s as usize].as_slice() {
            [one] => Ty::Symbol(Some(*one)),
            _ => Ty::Symbol(None),
        }
    }
}
