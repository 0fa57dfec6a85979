//! Conversion of the recognizer's token tree into the owned AST.
//!
//! [`ast_of_file`] walks the tree once; the `Converter` it uses collects the
//! diagnostics of what parsed but makes no sense (an empty range, a date that
//! does not exist, an item given twice) and explains error nodes. Its methods
//! are spread over one submodule per part of the language.

mod calendar_year;
mod converter;
mod data;
mod expressions;
mod literals;
mod norms;
mod school_year;
mod spans;
mod test_decl;
mod types;

use converter::Converter;
use spans::span_of;

use crate::ast::{Decl, DeclKind, File, Span, UseDecl};
use crate::diagnostic::Diagnostic;
use crate::grammar::Rule;
use crate::keyword_rules::keyword_of;
use crate::keywords::Keyword;
use crate::tree::{Pair, Pairs};

pub use expressions::MAX_EXPR_DEPTH;

/// The AST of the `file` node `root` of `text`, and the diagnostics the
/// conversion found.
pub(crate) fn ast_of_file(root: Pair<'_>, text: &str) -> (File, Vec<Diagnostic>) {
    let converter = Converter::new(text);
    let file = converter.file(root);
    (file, converter.into_diagnostics())
}

impl Converter<'_> {
    /// The whole file: its declarations (an error node becomes `DeclKind::Error`) and keywords.
    fn file(&self, pair: Pair<'_>) -> File {
        let mut file = File::default();
        for child in pair.into_inner() {
            let span = span_of(&child);
            let kind = match child.as_rule() {
                Rule::EOI => continue,
                Rule::top_error => {
                    self.explain_error(span, Rule::file);
                    DeclKind::Error
                }
                _ => self.declaration(child),
            };
            file.decls.push(Decl { kind, span });
        }
        file.keywords = keywords(pair.into_inner());
        file
    }

    /// One declaration, by its rule.
    fn declaration(&self, pair: Pair<'_>) -> DeclKind {
        match pair.as_rule() {
            Rule::policy_decl => DeclKind::Policy(self.policy(pair)),
            Rule::use_decl => DeclKind::Use(UseDecl { path: self.first_text(pair) }),
            Rule::clause_decl => DeclKind::Clause(self.clause(pair)),
            Rule::enum_decl => DeclKind::Enum(self.enumeration(pair)),
            Rule::schema_decl => DeclKind::Schema(self.schema(pair)),
            Rule::param_decl => DeclKind::Param(self.param(pair)),
            Rule::value_decl => DeclKind::Value(self.value(pair)),
            Rule::table_decl => DeclKind::Table(self.table(pair)),
            Rule::curriculum_decl => DeclKind::Curriculum(self.curriculum(pair)),
            Rule::rule_decl => DeclKind::Rule(self.rule(pair)),
            Rule::exception_decl => DeclKind::Exception(self.exception(pair)),
            Rule::document_decl => DeclKind::Document(self.document(pair)),
            Rule::role_decl => DeclKind::Role(self.role(pair)),
            Rule::provision_decl => DeclKind::Provision(self.provision(pair)),
            Rule::test_decl => DeclKind::Test(self.test(pair)),
            Rule::school_year_decl => DeclKind::SchoolYear(self.school_year(pair)),
            Rule::calendar_year_decl => DeclKind::CalendarYear(self.calendar_year(pair)),
            Rule::extend_enum_decl => DeclKind::ExtendEnum(self.enumeration(pair)),
            Rule::extend_schema_decl => DeclKind::ExtendSchema(self.schema(pair)),
            Rule::not_stated_decl => DeclKind::NotStated(self.not_stated(pair)),
            _ => DeclKind::Error,
        }
    }
}

/// Every keyword under `pairs`, in source order.
fn keywords(pairs: Pairs<'_>) -> Vec<(Span, Keyword)> {
    pairs.flatten().filter_map(|p| keyword_of(p.as_rule()).map(|k| (span_of(&p), k))).collect()
}
