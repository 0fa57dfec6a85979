//! Expressions: literals, lists, conditionals and operators, each typed.

use policy_i18n::msg;
use policy_syntax::ast::{self, BinaryOp, UnaryOp};
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{compatible, loc, ty_name, Lowerer};
use crate::model::*;

impl<'w> Lowerer<'w> {
    /// Resolves and types expression `e`; `current` is the list whose element
    /// is in scope (inside `where` and `require`).
    pub(super) fn expr(&mut self, f: FileId, e: &ast::Expr, current: Option<ListId>) -> (Expr, Ty) {
        let location = loc(f, e.span);
        let (kind, ty) = match &e.kind {
            ast::ExprKind::Literal(lit) => self.literal(f, lit, e.span),
            // A placeholder for text the parser has already reported (`(…).hours`).
            ast::ExprKind::Path(segs) if segs.iter().any(|s| s.name.is_empty()) => (ExprKind::Error, Ty::Error),
            ast::ExprKind::Path(segs) => self.path(f, segs, current),
            ast::ExprKind::Paren(inner) => return self.expr(f, inner, current),
            ast::ExprKind::List(items) => {
                let mut out = Vec::new();
                let mut elem = Ty::Null;
                for item in items {
                    let (x, t) = self.expr(f, item, current);
                    if elem == Ty::Null || elem == Ty::Symbol(None) {
                        elem = t;
                    }
                    out.push(x);
                }
                (ExprKind::ListOf(out), Ty::List(Box::new(elem)))
            }
            ast::ExprKind::If { cond, then, otherwise } => {
                let c = self.condition(f, cond, current);
                let (a, ta) = self.expr(f, then, current);
                let (b, tb) = self.expr(f, otherwise, current);
                if !compatible(&ta, &tb) {
                    self.mismatch(f, e.span, "if … then … else", &ta, &tb);
                }
                let ty = if ta == Ty::Null || ta == Ty::Symbol(None) { tb } else { ta };
                (ExprKind::If(Box::new(c), Box::new(a), Box::new(b)), ty)
            }
            ast::ExprKind::Unary { op, expr } => {
                let (x, t) = self.expr(f, expr, current);
                let want = if *op == UnaryOp::Not { Ty::Bool } else { Ty::Number };
                if !compatible(&t, &want) {
                    let msg = msg!(
                        "check-operand-type",
                        op = if *op == UnaryOp::Not { "not" } else { "-" },
                        want = ty_name(&self.model, &want),
                        ty = ty_name(&self.model, &t)
                    );
                    self.push(
                        f,
                        Diagnostic::new(Code::TypeMismatch, msg, expr.span, msg!("check-type-mismatch"))
                            .with_help(msg!("check-operand-type-help")),
                    );
                }
                (ExprKind::Unary(*op, Box::new(x)), want)
            }
            ast::ExprKind::Binary { op, lhs, rhs } => self.binary(f, *op, lhs, rhs, e.span, current),
            ast::ExprKind::Call { func, args } => self.call(f, func, args, e.span, current),
        };
        (Expr { kind, location }, ty)
    }

    /// An expression that must be yes or no.
    pub(super) fn condition(&mut self, f: FileId, e: &ast::Expr, current: Option<ListId>) -> Expr {
        let (expr, ty) = self.expr(f, e, current);
        if !compatible(&ty, &Ty::Bool) {
            let msg = msg!("check-not-condition", ty = ty_name(&self.model, &ty));
            self.push(
                f,
                Diagnostic::new(Code::TypeMismatch, msg, e.span, msg!("check-not-condition-label"))
                    .with_help(msg!("check-not-condition-help")),
            );
        }
        expr
    }

    /// A literal constant.
    fn literal(&mut self, f: FileId, lit: &ast::Literal, span: ast::Span) -> (ExprKind, Ty) {
        let (v, t) = match lit {
            ast::Literal::Number(n, _) => (Value::Number(*n), Ty::Number),
            ast::Literal::Bool(b) => (Value::Bool(*b), Ty::Bool),
            ast::Literal::Null => (Value::Null, Ty::Null),
            ast::Literal::Date(d) => (Value::Date(*d), Ty::Date),
            ast::Literal::Duration(d) => {
                if d.unit == ast::DurationUnit::WorkingDays {
                    self.working_days_in_expression(f, span);
                }
                (Value::Duration(*d), Ty::Duration)
            }
            ast::Literal::Range(a, b) => (Value::Range(*a, *b), Ty::Range),
            ast::Literal::Text(t) => match t.plain_text() {
                Some(s) => (Value::Text(s), Ty::Text),
                None => {
                    self.push(
                        f,
                        Diagnostic::new(
                            Code::InterpolationOutsideMessage,
                            msg!("check-interpolation-outside-message"),
                            span,
                            msg!("check-interpolation-outside-message-label"),
                        )
                        .with_help(msg!("check-interpolation-outside-message-help")),
                    );
                    (Value::Null, Ty::Error)
                }
            },
        };
        (ExprKind::Const(v), t)
    }

    /// Reports that operator `op` cannot combine types `a` and `b`.
    fn mismatch(&mut self, f: FileId, span: ast::Span, op: &str, a: &Ty, b: &Ty) {
        let msg = msg!(
            "check-operator-types",
            op = op.to_owned(),
            left = ty_name(&self.model, a),
            right = ty_name(&self.model, b)
        );
        let help = match (a, b) {
            (Ty::Number, Ty::Date) | (Ty::Date, Ty::Number) => msg!("check-operator-types-hours-dates"),
            (Ty::Interval, Ty::Number) | (Ty::Number, Ty::Interval) => msg!("check-operator-types-span"),
            _ => msg!("check-operator-types-help"),
        };
        self.push(f, Diagnostic::new(Code::TypeMismatch, msg, span, msg!("check-type-mismatch")).with_help(help));
    }

    /// A binary operation, including `where` (a filter of a case list).
    fn binary(
        &mut self,
        f: FileId,
        op: BinaryOp,
        lhs: &ast::Expr,
        rhs: &ast::Expr,
        span: ast::Span,
        current: Option<ListId>,
    ) -> (ExprKind, Ty) {
        if op == BinaryOp::Where {
            let (l, lt) = self.expr(f, lhs, current);
            let list = match lt {
                Ty::Elements(l) | Ty::Element(l) => l,
                Ty::Error => return (ExprKind::Error, Ty::Error),
                other => {
                    let msg = msg!("check-where-not-list", ty = ty_name(&self.model, &other));
                    self.push(
                        f,
                        Diagnostic::new(Code::TypeMismatch, msg, lhs.span, msg!("check-not-a-list"))
                            .with_help(msg!("check-where-not-list-help")),
                    );
                    return (ExprKind::Error, Ty::Error);
                }
            };
            let cond = self.condition(f, rhs, Some(list));
            return (ExprKind::Filter { elems: Box::new(l), list, cond: Box::new(cond) }, Ty::Elements(list));
        }
        let (a, ta) = self.expr(f, lhs, current);
        let (b, tb) = self.expr(f, rhs, current);
        let sym = op.symbol();
        let ty = match op {
            BinaryOp::And | BinaryOp::Or => {
                for (t, side) in [(&ta, lhs), (&tb, rhs)] {
                    if !compatible(t, &Ty::Bool) {
                        let msg = msg!("check-join-not-condition", op = sym, ty = ty_name(&self.model, t));
                        self.push(
                            f,
                            Diagnostic::new(Code::TypeMismatch, msg, side.span, msg!("check-not-condition-label"))
                                .with_help(msg!("check-join-not-condition-help")),
                        );
                    }
                }
                Ty::Bool
            }
            BinaryOp::Eq | BinaryOp::Ne => {
                if !compatible(&ta, &tb) {
                    self.mismatch(f, span, sym, &ta, &tb);
                }
                self.cross_check_symbols(f, &a, &ta, &b, &tb);
                Ty::Bool
            }
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => {
                let ok = matches!(
                    (&ta, &tb),
                    (Ty::Error, _)
                        | (_, Ty::Error)
                        | (Ty::Null, _)
                        | (_, Ty::Null)
                        | (Ty::Number, Ty::Number)
                        | (Ty::Date, Ty::Date)
                        | (Ty::Interval, Ty::Duration)
                        | (Ty::Duration, Ty::Interval)
                        | (Ty::Duration, Ty::Duration)
                );
                if !ok {
                    self.mismatch(f, span, sym, &ta, &tb);
                }
                Ty::Bool
            }
            BinaryOp::In | BinaryOp::NotIn => {
                let elem = match &tb {
                    Ty::Set(x) | Ty::List(x) => Some((**x).clone()),
                    Ty::Range => Some(Ty::Number),
                    Ty::Error => None,
                    Ty::Elements(l) => Some(Ty::Element(*l)),
                    other => {
                        let msg = msg!("check-in-not-collection", op = sym, ty = ty_name(&self.model, other));
                        self.push(
                            f,
                            Diagnostic::new(Code::TypeMismatch, msg, rhs.span, msg!("check-in-not-collection-label"))
                                .with_help(msg!("check-in-not-collection-help")),
                        );
                        None
                    }
                };
                if let Some(elem) = elem {
                    if !compatible(&ta, &elem) {
                        self.mismatch(f, span, sym, &ta, &tb);
                    }
                    self.cross_check_symbols(f, &a, &ta, &b, &elem);
                }
                Ty::Bool
            }
            BinaryOp::Coalesce => {
                if !compatible(&ta, &tb) {
                    self.mismatch(f, span, sym, &ta, &tb);
                }
                if ta == Ty::Null {
                    tb
                } else {
                    ta
                }
            }
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => {
                let result = match (op, &ta, &tb) {
                    (_, Ty::Error, _) | (_, _, Ty::Error) => Some(Ty::Error),
                    (_, Ty::Number, Ty::Number) | (_, Ty::Null, Ty::Number) | (_, Ty::Number, Ty::Null) => {
                        Some(Ty::Number)
                    }
                    (BinaryOp::Add, Ty::Date, Ty::Duration) | (BinaryOp::Add, Ty::Duration, Ty::Date) => Some(Ty::Date),
                    (BinaryOp::Sub, Ty::Date, Ty::Duration) => Some(Ty::Date),
                    (BinaryOp::Sub, Ty::Date, Ty::Date) => Some(Ty::Interval),
                    _ => None,
                };
                match result {
                    Some(t) => t,
                    None => {
                        self.mismatch(f, span, sym, &ta, &tb);
                        Ty::Error
                    }
                }
            }
            BinaryOp::Where => Ty::Error,
        };
        (ExprKind::Binary(op, Box::new(a), Box::new(b)), ty)
    }
}

// ---- i15: working days
impl Lowerer<'_> {
    /// Working days in an expression: a date difference or a date plus a
    /// duration is counted in calendar days, so a working-day duration there
    /// would be silently wrong.
    fn working_days_in_expression(&mut self, f: FileId, span: ast::Span) {
        self.push(
            f,
            Diagnostic::new(
                Code::WorkingDaysOutsideDeadline,
                msg!("check-working-days-in-expression"),
                span,
                msg!("check-working-days-in-expression-label"),
            )
            .with_help(msg!("check-working-days-in-expression-help")),
        );
    }
}
// ---- end i15
