//! `test` declarations: a case file and what the policy must produce for it.

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
                                    "an expected value must be a constant",
                                    expected.span,
                                    "not a constant",
                                )
                                .with_help(
                                    "write a number, a date, a text, `true`, `false`, `null` or an enumeration value",
                                ),
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
                                        "`eligible` is `true`, `false` or `null`",
                                        expected.span,
                                        "not a yes/no value",
                                    )
                                    .with_help("write `expect eligible = true`"),
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
                                    "expected a clause citation in quotes",
                                    item.span,
                                    "not a citation",
                                )
                                .with_help("write clauses as texts: `expect violations [\"16\", \"5\"]`"),
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
                                    "expected a document kind",
                                    item.span,
                                    "not a document kind",
                                )
                                .with_help("write document kinds: `expect missing [medical_certificate]`"),
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
                    format!("test `{}` names no case file", t.name.value),
                    t.name.span,
                    "no case",
                )
                .with_help("add `case \"tests/…/case.yaml\"`"),
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
