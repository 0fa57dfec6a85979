//! Conversion of expressions: the grammar gives an expression as a flat list
//! of operands and operators, which precedence climbing arranges into a tree.

use super::converter::{ident, placeholder, Converter};
use super::spans::span_of;
use crate::ast::*;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::grammar::Rule;
use crate::tree::{Pair, Pairs};
use policy_i18n::msg;

/// How deep one expression may be: nested expressions plus the operators of
/// each (a sum of 300 terms is 300 deep). Later stages walk expressions recursively.
pub const MAX_EXPR_DEPTH: usize = 256;

impl Converter<'_> {
    /// The expression inside an item such as `when …`.
    pub(super) fn inner_expr(&self, pair: Pair<'_>) -> Option<Expr> {
        pair.into_inner().find(|p| p.as_rule() == Rule::expr).map(|p| self.expr(p))
    }

    /// An expression: its flat list of operators and operands, arranged by
    /// precedence climbing on [`BinaryOp::binding_power`] and [`UnaryOp::binding_power`].
    /// Expressions deeper than [`MAX_EXPR_DEPTH`] become an error (every later
    /// stage walks expressions recursively).
    pub(super) fn expr(&self, pair: Pair<'_>) -> Expr {
        let span = span_of(&pair);
        let operators = pair.into_inner().filter(|p| is_operator(p.as_rule())).count();
        let depth = self.expr_depth.get() + 1 + operators;
        if depth > MAX_EXPR_DEPTH {
            self.push(
                Diagnostic::new(
                    Code::ExpressionTooDeep,
                    msg!("check-expression-too-deep", levels = MAX_EXPR_DEPTH),
                    span,
                    msg!("check-expression-too-deep-label"),
                )
                .with_help(msg!("check-split-expression")),
            );
            return Expr { kind: ExprKind::Literal(Literal::Null), span };
        }
        let outer = self.expr_depth.replace(depth);
        let expr = self.climb(&mut pair.into_inner(), 0, span);
        self.expr_depth.set(outer);
        expr
    }

    /// Reads one operand and then every infix operator that binds tighter than `min_power`.
    fn climb(&self, items: &mut Pairs<'_>, min_power: u8, whole: Span) -> Expr {
        let mut lhs = match items.next() {
            Some(op) if matches!(op.as_rule(), Rule::op_not | Rule::op_neg) => {
                let unary = if op.as_rule() == Rule::op_not { UnaryOp::Not } else { UnaryOp::Neg };
                let operand = self.climb(items, unary.binding_power(), whole);
                Expr {
                    span: span_of(&op).join(operand.span),
                    kind: ExprKind::Unary { op: unary, expr: Box::new(operand) },
                }
            }
            Some(primary) => self.primary(primary),
            None => Expr { kind: ExprKind::Literal(Literal::Null), span: whole },
        };
        while let Some(op) = items.peek().and_then(|p| binary_op_of(p.as_rule())) {
            let power = op.binding_power();
            if power <= min_power {
                break;
            }
            items.next();
            // `??` is right-associative: an operator of its own level continues its right side.
            let right_min = if op == BinaryOp::Coalesce { power - 1 } else { power };
            let rhs = self.climb(items, right_min, whole);
            lhs = Expr {
                span: lhs.span.join(rhs.span),
                kind: ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) },
            };
        }
        lhs
    }

    /// An operand: a parenthesized expression, `if`, path, call, list or literal.
    fn primary(&self, pair: Pair<'_>) -> Expr {
        let span = span_of(&pair);
        let kind = match pair.as_rule() {
            Rule::paren => {
                let mut inner = pair.into_inner();
                let kind = match inner.next() {
                    Some(e) => ExprKind::Paren(Box::new(self.expr(e))),
                    None => ExprKind::Literal(Literal::Null),
                };
                if self.misplaced_fields(inner) {
                    ExprKind::Path(vec![placeholder(span)])
                } else {
                    kind
                }
            }
            Rule::if_expr => {
                let mut exprs = pair.into_inner().filter(|p| p.as_rule() == Rule::expr).map(|p| self.expr(p));
                let null = || Expr { kind: ExprKind::Literal(Literal::Null), span };
                let cond = exprs.next().unwrap_or_else(null);
                let then = exprs.next().unwrap_or_else(null);
                let otherwise = exprs.next().unwrap_or_else(null);
                ExprKind::If { cond: Box::new(cond), then: Box::new(then), otherwise: Box::new(otherwise) }
            }
            Rule::path_or_call => {
                let mut parts = pair.into_inner();
                let path: Vec<Ident> =
                    parts.next().map(|p| p.into_inner().map(|seg| ident(&seg)).collect()).unwrap_or_default();
                match parts.next() {
                    Some(args) => {
                        let func = match path.as_slice() {
                            [one] => one.clone(),
                            _ => {
                                self.push(
                                    Diagnostic::new(
                                        Code::UnexpectedText,
                                        msg!("check-call-not-function"),
                                        span,
                                        msg!("check-call-not-function-label"),
                                    )
                                    .with_help(msg!("check-call-not-function-help")),
                                );
                                path.first().cloned().unwrap_or_else(|| placeholder(span))
                            }
                        };
                        let args =
                            args.into_inner().filter(|p| p.as_rule() == Rule::expr).map(|p| self.expr(p)).collect();
                        if self.misplaced_fields(parts) {
                            ExprKind::Path(vec![placeholder(span)])
                        } else {
                            ExprKind::Call { func, args }
                        }
                    }
                    None => ExprKind::Path(path),
                }
            }
            Rule::list_lit => {
                ExprKind::List(pair.into_inner().filter(|p| p.as_rule() == Rule::expr).map(|p| self.expr(p)).collect())
            }
            _ => ExprKind::Literal(self.literal(pair)),
        };
        Expr { kind, span }
    }
}

impl Converter<'_> {
    /// Reports each `.field` written after a bracket or a call (`sum((…).hours)`):
    /// a field is read from a case list by naming it as an argument instead.
    /// Whether there was one (the operand is then a placeholder, which the
    /// checker leaves unreported).
    fn misplaced_fields(&self, pairs: Pairs<'_>) -> bool {
        let mut any = false;
        for p in pairs.filter(|p| p.as_rule() == Rule::misplaced_field) {
            any = true;
            let field = p.as_str().trim_start_matches('.');
            self.push(
                Diagnostic::new(
                    Code::UnexpectedText,
                    msg!("check-field-after-call", field = field.to_owned()),
                    span_of(&p),
                    msg!("check-field-after-call-label"),
                )
                .with_help(msg!("check-field-after-call-help", field = field.to_owned())),
            );
        }
        any
    }
}

/// The infix operator a rule stands for.
fn binary_op_of(rule: Rule) -> Option<BinaryOp> {
    Some(match rule {
        Rule::op_or => BinaryOp::Or,
        Rule::op_and => BinaryOp::And,
        Rule::op_eq => BinaryOp::Eq,
        Rule::op_ne => BinaryOp::Ne,
        Rule::op_lt => BinaryOp::Lt,
        Rule::op_le => BinaryOp::Le,
        Rule::op_gt => BinaryOp::Gt,
        Rule::op_ge => BinaryOp::Ge,
        Rule::op_in => BinaryOp::In,
        Rule::op_not_in => BinaryOp::NotIn,
        Rule::op_coalesce => BinaryOp::Coalesce,
        Rule::op_add => BinaryOp::Add,
        Rule::op_sub => BinaryOp::Sub,
        Rule::op_mul => BinaryOp::Mul,
        Rule::op_div => BinaryOp::Div,
        Rule::op_where => BinaryOp::Where,
        _ => return None,
    })
}

/// Whether a child of `expr` is a prefix or infix operator.
fn is_operator(rule: Rule) -> bool {
    matches!(rule, Rule::op_not | Rule::op_neg) || binary_op_of(rule).is_some()
}
