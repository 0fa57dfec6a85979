//! Conversion of `test` declarations: the case they run and what they expect.

use super::converter::{empty_text, ident, is_keyword_rule, placeholder, Converter};
use super::literals::severity_of;
use super::spans::span_of;
use crate::ast::*;
use crate::grammar::Rule;
use crate::tree::Pair;
use policy_i18n::Message;

impl Converter<'_> {
    /// A `test`: the case it runs and what it expects.
    pub(super) fn test(&self, pair: Pair<'_>) -> TestDecl {
        let block = span_of(&pair);
        let mut decl = TestDecl { name: empty_text(block.start), case: None, expects: Vec::new(), errors: Vec::new() };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::test_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::string => decl.name = self.text_of(child),
                Rule::case_item => {
                    let span = span_of(&child);
                    self.once(&mut decl.case, self.first_text(child), span, Message::from("`case`"))
                }
                Rule::expect_item => {
                    let span = span_of(&child);
                    if let Some(kind) =
                        child.into_inner().find(|p| !is_keyword_rule(p.as_rule())).and_then(|p| self.expect(p))
                    {
                        decl.expects.push(Expect { kind, span });
                    }
                }
                _ => {}
            }
        }
        decl
    }

    /// One `expect …` of a test; `None` for a finding without a citation.
    fn expect(&self, pair: Pair<'_>) -> Option<ExpectKind> {
        let span = span_of(&pair);
        match pair.as_rule() {
            Rule::expect_value => {
                let mut name = placeholder(span);
                let mut expected = Expr { kind: ExprKind::Literal(Literal::Null), span };
                for part in pair.into_inner() {
                    match part.as_rule() {
                        Rule::ident => name = ident(&part),
                        Rule::expr => expected = self.expr(part),
                        _ => {}
                    }
                }
                Some(ExpectKind::Value { name, expected })
            }
            Rule::expect_finding => {
                let mut negated = false;
                let mut severity = None;
                let mut citation = None;
                for part in pair.into_inner() {
                    match part.as_rule() {
                        Rule::negation => negated = true,
                        Rule::severity => severity = Some(severity_of(&part)),
                        Rule::citation => citation = Some(self.citation(part)),
                        _ => {}
                    }
                }
                citation.map(|citation| ExpectKind::Finding { negated, severity, citation })
            }
            Rule::expect_set => {
                let mut is_missing = false;
                let mut items = Vec::new();
                for part in pair.into_inner() {
                    match part.as_rule() {
                        Rule::kw_missing => is_missing = true,
                        Rule::list_lit => {
                            items =
                                part.into_inner().filter(|p| p.as_rule() == Rule::expr).map(|p| self.expr(p)).collect()
                        }
                        _ => {}
                    }
                }
                Some(if is_missing { ExpectKind::Missing(items) } else { ExpectKind::Violations(items) })
            }
            _ => None,
        }
    }
}
