//! Calls of the built-in functions (`sum`, `count`, `max_count_by`, …).

use policy_syntax::ast;
use policy_syntax::suggest::did_you_mean;
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{ty_name, Lowerer};
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
        if args.len() != n {
            self.push(
                f,
                Diagnostic::new(
                    Code::WrongArgumentCount,
                    format!("`{}` takes {n} argument{}, not {}", func.name, if n == 1 { "" } else { "s" }, args.len()),
                    span,
                    "wrong number of arguments",
                )
                .with_help("see the built-in functions in the language reference"),
            );
            return (ExprKind::Error, Ty::Error);
        }
        match def.builtin {
            Builtin::MaxCountBy(_) => self.max_count_by(f, args, current),
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

    /// `max_count_by(elements, field)`: the field is resolved to an element slot.
    fn max_count_by(&mut self, f: FileId, args: &[ast::Expr], current: Option<ListId>) -> (ExprKind, Ty) {
        let (x, t) = self.expr(f, &args[0], current);
        let list = match t {
            Ty::Elements(l) | Ty::Element(l) => l,
            _ => {
                self.push(
                    f,
                    Diagnostic::new(
                        Code::TypeMismatch,
                        "`max_count_by` counts elements of a case list",
                        args[0].span,
                        "not a list",
                    )
                    .with_help("e.g. `max_count_by(events.missed_lesson where reason = unexcused, subject)`"),
                );
                return (ExprKind::Error, Ty::Error);
            }
        };
        let slot = match &args[1].kind {
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
                        "the second argument of `max_count_by` is a field name",
                        args[1].span,
                        "not a field name",
                    )
                    .with_help("name a field of the list's elements, e.g. `subject`"),
                );
                None
            }
        };
        match slot {
            Some(slot) => (ExprKind::Call(Builtin::MaxCountBy(slot), vec![x]), Ty::Number),
            None => (ExprKind::Error, Ty::Error),
        }
    }
}
