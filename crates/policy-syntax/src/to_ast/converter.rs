//! The state of one conversion and what all its parts share: reporting
//! diagnostics, the error productions every block has, and small constructors.

use crate::code::Code;
use std::cell::{Cell, RefCell};

use super::spans::span_of;
use crate::ast::{Ident, Span, Text};
use crate::diagnostic::Diagnostic;
use crate::explain::{explain_error, file_language};
use crate::grammar::Rule;
use crate::keyword_rules::keyword_of;
use crate::keywords::KeywordLanguage;
use crate::tree::Pair;
use policy_i18n::{msg, Message};

/// The state of one conversion.
pub(super) struct Converter<'a> {
    /// The parsed text.
    text: &'a str,
    /// The keyword language the file is written in, for the keywords its errors name.
    language: KeywordLanguage,
    /// What the conversion found wrong, in the order found.
    diagnostics: RefCell<Vec<Diagnostic>>,
    /// How deep the expression being converted already is (see [`MAX_EXPR_DEPTH`](super::MAX_EXPR_DEPTH)).
    pub(super) expr_depth: Cell<usize>,
}

impl<'a> Converter<'a> {
    /// A conversion of `text` that has found nothing wrong yet.
    pub(super) fn new(text: &'a str) -> Self {
        Converter {
            text,
            language: file_language(text),
            diagnostics: RefCell::new(Vec::new()),
            expr_depth: Cell::new(0),
        }
    }

    /// What the conversion found wrong, in the order found.
    pub(super) fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diagnostics.into_inner()
    }

    /// Records a diagnostic.
    pub(super) fn push(&self, diagnostic: Diagnostic) {
        self.diagnostics.borrow_mut().push(diagnostic);
    }

    /// Explains an error node found where one of `block`'s items was expected.
    pub(super) fn explain_error(&self, span: Span, block: Rule) {
        self.push(explain_error(self.text, span, block, self.language));
    }

    /// Handles the error productions every block shares; returns true when `child` was one.
    pub(super) fn block_error(&self, child: &Pair<'_>, block: Rule, block_span: Span, errors: &mut Vec<Span>) -> bool {
        match child.as_rule() {
            Rule::item_error => {
                let span = span_of(child);
                // Consecutive broken lines are one mistake: explain only the first.
                let follows_error = errors.last().is_some_and(|prev| self.text[prev.end..span.start].trim().is_empty());
                if !follows_error {
                    self.explain_error(span, block);
                }
                errors.push(span);
                true
            }
            Rule::missing_brace => {
                let header_end =
                    self.text[block_span.start..].find('{').map(|n| block_span.start + n + 1).unwrap_or(block_span.end);
                let header = Span::new(block_span.start, header_end);
                self.push(
                    Diagnostic::new(
                        Code::UnclosedBlock,
                        msg!("check-unclosed-block"),
                        header,
                        msg!("check-unclosed-block-label"),
                    )
                    .with_help(msg!("check-unclosed-block-help")),
                );
                errors.push(header);
                true
            }
            _ => false,
        }
    }

    /// Stores `value` in `slot`, reporting a second occurrence of a once-only
    /// item (`what`: its keyword in backticks, or `check-an-outcome`).
    pub(super) fn once<T>(&self, slot: &mut Option<T>, value: T, span: Span, what: Message) {
        if slot.is_some() {
            self.push(
                Diagnostic::new(
                    Code::RepeatedItem,
                    msg!("check-given-twice", what = what),
                    span,
                    msg!("check-given-twice-label"),
                )
                .with_help(msg!("check-given-twice-help")),
            );
        }
        *slot = Some(value);
    }
}

/// A name.
pub(super) fn ident(pair: &Pair<'_>) -> Ident {
    Ident { name: pair.as_str().to_string(), span: span_of(pair) }
}

/// Whether a rule is a keyword (which a conversion skips over).
pub(super) fn is_keyword_rule(rule: Rule) -> bool {
    keyword_of(rule).is_some()
}

/// An empty name at the start of `span`, for one the source does not give.
pub(super) fn placeholder(span: Span) -> Ident {
    Ident { name: String::new(), span: Span::new(span.start, span.start) }
}

/// An empty text at `at`, for one the source does not give.
pub(super) fn empty_text(at: usize) -> Text {
    Text { value: String::new(), span: Span::new(at, at) }
}
