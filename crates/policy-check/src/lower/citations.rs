//! Citations' own checks at lowering: an empty clause number or citation
//! (P0421), and the words a citation names, looked for in the clauses it
//! names (P0420).

use policy_i18n::msg;
use policy_syntax::ast;
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::Lowerer;
use crate::citation::Words;
use crate::model::{CitationRef, FileId};
use crate::quote;

impl<'w> Lowerer<'w> {
    /// Reports an empty clause number or citation (`what`: `clause-number`
    /// or `citation`, as `check-empty-clause-number` selects) at `span`.
    pub(super) fn empty_clause_number(&mut self, file: FileId, span: ast::Span, what: &'static str) {
        let d = Diagnostic::new(
            Code::EmptyClauseNumber,
            msg!("check-empty-clause-number", what = what),
            span,
            msg!("check-empty-clause-number-label", what = what),
        )
        .with_help(msg!("check-empty-clause-number-help"));
        self.push(file, d);
    }

    /// The words `w` of citation `r`, found in the clauses it names; reports
    /// P0420 when it names quoted clauses and none of them holds the words.
    pub(super) fn words(&mut self, file: FileId, r: &CitationRef, w: &ast::Text) -> Words {
        let found = quote::occurrences(&self.model, &r.clauses, &w.value);
        if found.is_empty() && !r.clauses.is_empty() {
            let d = self.words_not_found(r, w);
            self.push(file, d);
        }
        Words { text: w.value.clone(), span: w.span, found }
    }

    /// P0420 for words `w` that no clause named by `r` holds, with the
    /// closest sentence of the first clause as the help.
    fn words_not_found(&self, r: &CitationRef, w: &ast::Text) -> Diagnostic {
        let numbers: Vec<String> =
            r.clauses.iter().filter_map(|c| self.model.clauses.get(*c)).map(|c| format!("`{}`", c.number)).collect();
        let closest =
            r.clauses.first().and_then(|c| self.model.clauses.get(*c)).map(|c| quote::closest(&c.text, &w.value));
        let d = Diagnostic::new(
            Code::WordsNotInClause,
            msg!("check-words-not-in-clause", words = &w.value, count = numbers.len(), numbers = numbers.join(", ")),
            w.span,
            msg!("check-words-not-in-clause-label"),
        );
        match closest {
            Some(passage) if !passage.is_empty() => {
                d.with_help(msg!("check-words-not-in-clause-closest", passage = passage))
            }
            _ => d.with_help(msg!("check-words-not-in-clause-help")),
        }
    }
}
