//! Calls of the built-in functions (`sum`, `count`, `max_count_by`, `any`, `all`, `weeks`, …).

use policy_syntax::ast;
use policy_syntax::suggest::did_you_mean;
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
                format!("unknown function `{}`", func.name),
                func.span,
                "no such function",
            );
            d = match did_you_mean(&func.name, builtins::names()) {
                Some(s) => d.with_help(format!("did you mean `{s}`?")).with_suggestion(s),
                None => d.with_help(format!("the functions are: {}", builtins::names().collect::<Vec<_>>().join(", "))),
            };
            self.push(f, d);
            return (ExprKind::Error, Ty::Error);
        };
        let n = def.params.len();
        if args.len() < def.required || args.len() > n {
            let takes = if def.required == n {
                format!("{n} argument{}", if n == 1 { "" } else { "s" })
            } else {
                format!("{} or {n} arguments", def.required)
            };
            self.push(
                f,
                Diagnostic::new(
                    Code::WrongArgumentCount,
                    format!("`{}` takes {takes}, not {}", func.name, args.len()),
                    span,
                    "wrong number of arguments",
                )
                .with_help(format!(
                    "write `{}`; see the built-in functions in the language reference",
                    def.signature()
                )),
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
                    let msg = format!("`{}` cannot take {}", func.name, ty_name(&self.model, &t));
                    self.push(
                        f,
                        Diagnostic::new(Code::TypeMismatch, msg, args[0].span, "wrong argument")
                            .with_help("see the built-in functions in the language reference"),
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
        let example = format!("e.g. `{name}(events.missed_lesson where reason = unexcused, subject)`");
        let Some((x, list)) = self.case_list(f, name, &args[0], current, &example) else {
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
        let example = "e.g. `sum(plan.subjects where subject = \"Математика\", hours)`";
        let Some((x, list)) = self.case_list(f, "sum", &args[0], current, example) else {
            return (ExprKind::Error, Ty::Error);
        };
        let Some(slot) = self.element_field(f, "sum", list, &args[1]) else {
            return (ExprKind::Error, Ty::Error);
        };
        let field = &self.model.schema.lists[list].fields[slot];
        if !compatible(&field.ty, &Ty::Number) {
            let msg = format!("`sum` adds numbers, but `{}` is {}", field.path, ty_name(&self.model, &field.ty));
            self.push(
                f,
                Diagnostic::new(Code::TypeMismatch, msg, args[1].span, "not a number field")
                    .with_help("name a field of type `int` or `decimal`; to count elements, write `count(list)`"),
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
        let example = "e.g. `any(plan.subjects, hours > 0)`";
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
        example: &str,
    ) -> Option<(Expr, ListId)> {
        let (x, t) = self.expr(f, arg, current);
        match t {
            Ty::Elements(l) | Ty::Element(l) => Some((x, l)),
            Ty::Error => None,
            other => {
                let msg = format!("`{func}` takes elements of a case list, not {}", ty_name(&self.model, &other));
                self.push(
                    f,
                    Diagnostic::new(Code::TypeMismatch, msg, arg.span, "not a list").with_help(example.to_owned()),
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
                        format!("the second argument of `{func}` is a field name"),
                        arg.span,
                        "not a field name",
                    )
                    .with_help("name a field of the list's elements, e.g. `subject`"),
                );
                None
            }
        }
    }
}
