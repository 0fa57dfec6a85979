//! `test` declarations: a case file and what the policy must produce for it.

use policy_i18n::msg;
use policy_syntax::ast;
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{loc, Lowerer, Named};
use crate::model::*;
use crate::Target;

impl<'w> Lowerer<'w> {
    /// Adds test `t`, with its expectations, to the model.
    pub(super) fn test(&mut self, f: FileId, t: &ast::TestDecl) {
        if !self.first_declaration(f, "test", &ast::Ident { name: t.name.value.clone(), span: t.name.span }) {
            return;
        }
        let mut expects = Vec::new();
        for e in &t.expects {
            let source = self.source(f, e.span).to_string();
            let kind = match &e.kind {
                ast::ExpectKind::Value { name, expected } => {
                    let (expr, _) = self.expr(f, expected, None);
                    let value = match expr.kind {
                        ExprKind::Const(v) => v,
                        _ => {
                            self.push(
                                f,
                                Diagnostic::new(
                                    Code::NotConstant,
                                    msg!("check-expected-not-constant"),
                                    expected.span,
                                    msg!("check-not-a-constant"),
                                )
                                .with_help(msg!("check-expected-not-constant-help")),
                            );
                            continue;
                        }
                    };
                    if name.name == "eligible" {
                        match value {
                            Value::Bool(b) => ExpectDefKind::Eligible(Some(b)),
                            Value::Null => ExpectDefKind::Eligible(None),
                            _ => {
                                self.push(
                                    f,
                                    Diagnostic::new(
                                        Code::TypeMismatch,
                                        msg!("check-expected-eligible"),
                                        expected.span,
                                        msg!("check-expected-eligible-label"),
                                    )
                                    .with_help(msg!("check-expected-eligible-help")),
                                );
                                continue;
                            }
                        }
                    } else {
                        match self.names.get(&name.name).copied() {
                            Some(Named::Value(v)) => self.references.push((loc(f, name.span), Target::Value(v))),
                            Some(Named::Table(t)) => self.references.push((loc(f, name.span), Target::Table(t))),
                            _ => {
                                self.unknown_name(f, name, "value");
                                continue;
                            }
                        }
                        ExpectDefKind::Value(name.name.clone(), value)
                    }
                }
                ast::ExpectKind::Finding { negated, severity, citation } => {
                    self.cite(f, &Some(citation.clone()), true);
                    ExpectDefKind::Finding { negated: *negated, severity: *severity, clause: citation.text.clone() }
                }
                ast::ExpectKind::Violations(items) => {
                    let mut clauses = Vec::new();
                    for item in items {
                        match &item.kind {
                            ast::ExprKind::Literal(ast::Literal::Text(t)) => {
                                if let Some(text) = t.plain_text() {
                                    self.cite(
                                        f,
                                        &Some(ast::Citation { text: text.clone(), span: item.span, words: None }),
                                        true,
                                    );
                                    clauses.push(text);
                                }
                            }
                            _ => self.push(
                                f,
                                Diagnostic::new(
                                    Code::TypeMismatch,
                                    msg!("check-expected-citation"),
                                    item.span,
                                    msg!("check-expected-citation-label"),
                                )
                                .with_help(msg!("check-expected-citation-help")),
                            ),
                        }
                    }
                    ExpectDefKind::Violations(clauses)
                }
                ast::ExpectKind::Missing(items) => {
                    let mut kinds = Vec::new();
                    for item in items {
                        match (&item.kind, self.model.schema.documents) {
                            (ast::ExprKind::Path(segs), Some((l, key))) if segs.len() == 1 => {
                                if let Some(s) = self.key_symbol(f, l, key, &segs[0]) {
                                    kinds.push(self.model.symbols[s as usize].clone());
                                }
                            }
                            _ => self.push(
                                f,
                                Diagnostic::new(
                                    Code::TypeMismatch,
                                    msg!("check-expected-document-kind"),
                                    item.span,
                                    msg!("check-expected-document-kind-label"),
                                )
                                .with_help(msg!("check-expected-document-kind-help")),
                            ),
                        }
                    }
                    ExpectDefKind::Missing(kinds)
                }
            };
            expects.push(ExpectDef { kind, source, location: loc(f, e.span) });
        }
        if t.case.is_none() {
            self.push(
                f,
                Diagnostic::new(
                    Code::MissingPart,
                    msg!("check-test-without-case", name = &t.name.value),
                    t.name.span,
                    msg!("check-test-without-case-label"),
                )
                .with_help(msg!("check-test-without-case-help")),
            );
        }
        self.model.tests.push(TestDef {
            name: t.name.value.clone(),
            case: t.case.as_ref().map(|c| c.value.clone()),
            expects,
            location: loc(f, t.name.span),
        });
    }
}
