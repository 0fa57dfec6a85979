//! Calls of the built-in functions (`sum`, `count`, `max_count_by`, …).

use policy_syntax::ast;
use policy_syntax::suggest::did_you_mean;
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{compatible, ty_name, Lowerer};
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
        const BUILTINS: [&str; 5] = ["sum", "count", "max_count_by", "school_year_start", "school_year_end"];
        let arity = |this: &mut Self, n: usize| {
            if args.len() != n {
                this.push(
                    f,
                    Diagnostic::new(
                        Code::WrongArgumentCount,
                        format!(
                            "`{}` takes {n} argument{}, not {}",
                            func.name,
                            if n == 1 { "" } else { "s" },
                            args.len()
                        ),
                        span,
                        "wrong number of arguments",
                    )
                    .with_help("see the built-in functions in the language reference"),
                );
                false
            } else {
                true
            }
        };
        match func.name.as_str() {
            "sum" | "count" | "school_year_start" | "school_year_end" => {
                if !arity(self, 1) {
                    return (ExprKind::Error, Ty::Error);
                }
                let (x, t) = self.expr(f, &args[0], current);
                let (builtin, want_ok, result) = match func.name.as_str() {
                    "sum" => {
                        (Builtin::Sum, matches!(&t, Ty::List(i) | Ty::Set(i) if compatible(i, &Ty::Number)), Ty::Number)
                    }
                    "count" => (
                        Builtin::Count,
                        matches!(t, Ty::List(_) | Ty::Set(_) | Ty::Elements(_) | Ty::Element(_)),
                        Ty::Number,
                    ),
                    "school_year_start" => (Builtin::SchoolYearStart, compatible(&t, &Ty::Date), Ty::Date),
                    _ => (Builtin::SchoolYearEnd, compatible(&t, &Ty::Date), Ty::Date),
                };
                if !want_ok && t != Ty::Error {
                    let msg = format!("`{}` cannot take {}", func.name, ty_name(&self.model, &t));
                    self.push(
                        f,
                        Diagnostic::new(Code::TypeMismatch, msg, args[0].span, "wrong argument")
                            .with_help("see the built-in functions in the language reference"),
                    );
                }
                (ExprKind::Call(builtin, vec![x]), result)
            }
            "max_count_by" => {
                if !arity(self, 2) {
                    return (ExprKind::Error, Ty::Error);
                }
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
            _ => {
                let mut d = Diagnostic::new(
                    Code::UnknownFunction,
                    format!("unknown function `{}`", func.name),
                    func.span,
                    "no such function",
                );
                d = match did_you_mean(&func.name, BUILTINS) {
                    Some(s) => d.with_help(format!("did you mean `{s}`?")).with_suggestion(s),
                    None => d.with_help(format!("the functions are: {}", BUILTINS.join(", "))),
                };
                self.push(f, d);
                (ExprKind::Error, Ty::Error)
            }
        }
    }
}
