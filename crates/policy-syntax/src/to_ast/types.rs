//! Conversion of field declarations and type expressions.

use super::converter::{ident, is_keyword_rule, placeholder, Converter};
use super::spans::span_of;
use crate::ast::*;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::grammar::Rule;
use crate::tree::Pair;
use policy_i18n::msg;

impl Converter<'_> {
    /// A field `name: type "description"`.
    pub(super) fn field(&self, pair: Pair<'_>) -> FieldDecl {
        let span = span_of(&pair);
        let mut name = placeholder(span);
        let mut ty = TypeExpr { kind: TypeKind::Text, optional: false, span };
        let mut description = None;
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::field_name => name = ident(&child),
                Rule::type_expr => ty = self.type_expr(child),
                Rule::string => description = Some(self.text_of(child)),
                _ => {}
            }
        }
        FieldDecl { name, ty, description, span }
    }

    /// The fields of a record type and its error nodes.
    fn fields(&self, pair: Pair<'_>, block: Rule) -> (Vec<FieldDecl>, Vec<Span>) {
        let span = span_of(&pair);
        let mut fields = Vec::new();
        let mut errors = Vec::new();
        for child in pair.into_inner() {
            if self.block_error(&child, block, span, &mut errors) {
                continue;
            }
            if child.as_rule() == Rule::field_decl {
                fields.push(self.field(child));
            }
        }
        (fields, errors)
    }

    /// A type expression, with its `?`.
    pub(super) fn type_expr(&self, pair: Pair<'_>) -> TypeExpr {
        let span = span_of(&pair);
        let mut optional = false;
        let mut kind = TypeKind::Text;
        for child in pair.into_inner() {
            if child.as_rule() == Rule::optional_mark {
                optional = true;
            } else {
                kind = self.type_atom(child);
            }
        }
        TypeExpr { kind, optional, span }
    }

    /// A type without its `?` (a set's element type is always one).
    fn type_atom(&self, pair: Pair<'_>) -> TypeKind {
        let span = span_of(&pair);
        match pair.as_rule() {
            Rule::set_type => {
                let inner = pair.into_inner().find(|p| !is_keyword_rule(p.as_rule()));
                let inner = match inner {
                    Some(p) => TypeExpr { span: span_of(&p), kind: self.type_atom(p), optional: false },
                    None => TypeExpr { kind: TypeKind::Text, optional: false, span },
                };
                TypeKind::Set(Box::new(inner))
            }
            Rule::list_type => {
                let mut fields = Vec::new();
                let mut errors = Vec::new();
                let mut key = None;
                for part in pair.into_inner() {
                    match part.as_rule() {
                        Rule::record_type => (fields, errors) = self.fields(part, Rule::record_type),
                        Rule::field_name => key = Some(ident(&part)),
                        _ => {}
                    }
                }
                TypeKind::List { fields, key, errors }
            }
            Rule::record_type => {
                let (fields, errors) = self.fields(pair, Rule::record_type);
                TypeKind::Record { fields, errors }
            }
            Rule::int_type => {
                let bounds: Vec<i64> = pair
                    .into_inner()
                    .filter(|p| p.as_rule() == Rule::integer)
                    .filter_map(|p| self.integer(&p))
                    .collect();
                TypeKind::Int(match bounds.as_slice() {
                    [lo, hi] => {
                        if lo > hi {
                            self.push(
                                Diagnostic::new(
                                    Code::EmptyRange,
                                    msg!("check-empty-range", range = format!("{lo}..{hi}")),
                                    span,
                                    msg!("check-empty-int-range-label"),
                                )
                                .with_help(msg!("check-empty-int-range-help")),
                            );
                        }
                        Some((*lo, *hi))
                    }
                    _ => None,
                })
            }
            Rule::named_type => match pair.into_inner().next() {
                Some(p) => match p.as_rule() {
                    Rule::kw_decimal => TypeKind::Decimal,
                    Rule::kw_bool => TypeKind::Bool,
                    Rule::kw_text => TypeKind::Text,
                    Rule::kw_date => TypeKind::Date,
                    Rule::kw_duration => TypeKind::Duration,
                    _ => TypeKind::Named(ident(&p)),
                },
                None => TypeKind::Text,
            },
            _ => TypeKind::Text,
        }
    }
}
