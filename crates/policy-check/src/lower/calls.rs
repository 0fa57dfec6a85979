//! Calls of the built-in functions (`sum`, `count`, `max_count_by`, `any`, `all`, `weeks`, …).

use policy_i18n::{msg, Message};
use policy_syntax::ast;
use policy_syntax::suggest::{did_you_mean, did_you_mean_help};
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{compatible, ty_name, Lowerer};
use crate::builtins;
use crate::model::*;

impl<'w> Lowerer<'w> {
    /// A call of a built-in function, with its arity and argument types checked.
    pub(super) fn call(
        &mut self,
        f: FileId,
        func: &ast::Ident,
        args: &[ast::Expr],
        span: ast::Span,
        current: Option<ListId>,
    ) -> (ExprKind, Ty) {
        let Some(def) = builtins::find(&func.name) else {
            let mut d = Diagnostic::new(
                Code::UnknownFunction,
                msg!("check-unknown-function", name = &func.name),
                func.span,
                msg!("check-unknown-function-label"),
            );
            d = match did_you_mean(&func.name, builtins::names()) {
                Some(s) => d.with_help(did_you_mean_help(s)).with_suggestion(s),
                None => d.with_help(msg!(
                    "check-unknown-function-help",
                    names = builtins::names().collect::<Vec<_>>().join(", ")
                )),
            };
            self.push(f, d);
            return (ExprKind::Error, Ty::Error);
        };
        let n = def.params.len();
        if args.len() < def.required || args.len() > n {
            let message = if def.required == n {
                msg!("check-argument-count", func = &func.name, count = n, given = args.len())
            } else {
                msg!(
                    "check-argument-count-range",
                    func = &func.name,
                    required = def.required,
                    count = n,
                    given = args.len()
                )
            };
            self.push(
                f,
                Diagnostic::new(Code::WrongArgumentCount, message, span, msg!("check-argument-count-label"))
                    .with_help(msg!("check-argument-count-help", signature = def.signature())),
            );
            return (ExprKind::Error, Ty::Error);
        }
        match def.builtin {
            Builtin::MaxCountBy(_) | Builtin::MinCountBy(_) => self.count_by(f, def.builtin, args, current),
            Builtin::Sum if args.len() == 2 => self.sum_of(f, args, current),
            Builtin::Any | Builtin::All => self.quantifier(f, def.builtin, args, current),
            builtin => {
                let (x, t) = self.expr(f, &args[0], current);
                if !def.params[0].1.accepts(&t) && t != Ty::Error {
                    let msg = msg!("check-wrong-argument", func = &func.name, ty = ty_name(&self.model, &t));
                    self.push(
                        f,
                        Diagnostic::new(Code::TypeMismatch, msg, args[0].span, msg!("check-wrong-argument-label"))
                            .with_help(msg!("check-wrong-argument-help")),
                    );
                }
                (ExprKind::Call(builtin, vec![x]), def.result.clone())
            }
        }
    }

    /// `max_count_by(elements, field)` and `min_count_by(elements, field)`: the
    /// field is resolved to an element slot.
    fn count_by(&mut self, f: FileId, builtin: Builtin, args: &[ast::Expr], current: Option<ListId>) -> (ExprKind, Ty) {
        let name = builtin.name();
        let example = msg!("check-count-by-example", func = name);
        let Some((x, list)) = self.case_list(f, name, &args[0], current, example) else {
            return (ExprKind::Error, Ty::Error);
        };
        let Some(slot) = self.element_field(f, name, list, &args[1]) else {
            return (ExprKind::Error, Ty::Error);
        };
        let builtin = if matches!(builtin, Builtin::MinCountBy(_)) {
            Builtin::MinCountBy(slot)
        } else {
            Builtin::MaxCountBy(slot)
        };
        (ExprKind::Call(builtin, vec![x]), Ty::Number)
    }

    /// `sum(elements, field)`: the field, resolved to an element slot, must hold numbers.
    fn sum_of(&mut self, f: FileId, args: &[ast::Expr], current: Option<ListId>) -> (ExprKind, Ty) {
        let example = msg!("check-sum-example");
        let Some((x, list)) = self.case_list(f, "sum", &args[0], current, example) else {
            return (ExprKind::Error, Ty::Error);
        };
        let Some(slot) = self.element_field(f, "sum", list, &args[1]) else {
            return (ExprKind::Error, Ty::Error);
        };
        let field = &self.model.schema.lists[list].fields[slot];
        if !compatible(&field.ty, &Ty::Number) {
            let msg = msg!("check-sum-not-number", field = &field.path, ty = ty_name(&self.model, &field.ty));
            self.push(
                f,
                Diagnostic::new(Code::TypeMismatch, msg, args[1].span, msg!("check-sum-not-number-label"))
                    .with_help(msg!("check-sum-not-number-help")),
            );
            return (ExprKind::Error, Ty::Error);
        }
        (ExprKind::Call(Builtin::SumOf(slot), vec![x]), Ty::Number)
    }

    /// `any(elements, condition)` and `all(elements, condition)`: the condition
    /// is checked on each element, its bare names being the element's fields.
    fn quantifier(
        &mut self,
        f: FileId,
        builtin: Builtin,
        args: &[ast::Expr],
        current: Option<ListId>,
    ) -> (ExprKind, Ty) {
        let example = msg!("check-quantifier-example");
        let Some((x, list)) = self.case_list(f, builtin.name(), &args[0], current, example) else {
            return (ExprKind::Error, Ty::Error);
        };
        let cond = self.condition(f, &args[1], Some(list));
        (ExprKind::Call(builtin, vec![x, cond]), Ty::Bool)
    }

    /// The first argument of `func`, which must be elements of a case list.
    fn case_list(
        &mut self,
        f: FileId,
        func: &str,
        arg: &ast::Expr,
        current: Option<ListId>,
        example: Message,
    ) -> Option<(Expr, ListId)> {
        let (x, t) = self.expr(f, arg, current);
        match t {
            Ty::Elements(l) | Ty::Element(l) => Some((x, l)),
            Ty::Error => None,
            other => {
                let msg = msg!("check-not-case-list", func = func.to_owned(), ty = ty_name(&self.model, &other));
                self.push(
                    f,
                    Diagnostic::new(Code::TypeMismatch, msg, arg.span, msg!("check-not-a-list")).with_help(example),
                );
                None
            }
        }
    }

    /// A field of `list`'s elements named by `arg` (a bare name), as an element slot.
    fn element_field(&mut self, f: FileId, func: &str, list: ListId, arg: &ast::Expr) -> Option<ElemSlot> {
        match &arg.kind {
            ast::ExprKind::Path(segs) if segs.len() == 1 => {
                let fields = &self.model.schema.lists[list].fields;
                match fields.iter().position(|x| x.path == segs[0].name) {
                    Some(slot) => Some(slot),
                    None => {
                        let names = fields.iter().map(|x| x.path.clone()).collect();
                        let of = self.model.schema.lists[list].path.clone();
                        self.unknown_field(f, &of, &segs[0], names);
                        None
                    }
                }
            }
            _ => {
                self.push(
                    f,
                    Diagnostic::new(
                        Code::TypeMismatch,
                        msg!("check-second-argument-field", func = func.to_owned()),
                        arg.span,
                        msg!("check-second-argument-field-label"),
                    )
                    .with_help(msg!("check-second-argument-field-help")),
                );
                None
            }
        }
    }
}
