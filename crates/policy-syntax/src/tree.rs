//! Read access to the recognizer's flat pre-order token list as a tree: the
//! handful of `pest::iterators::Pair` operations the AST conversion needs.

use crate::compiled::Token;
use crate::grammar::Rule;

/// One node: a matched rule with its text and children.
#[derive(Clone, Copy)]
pub(crate) struct Pair<'t> {
    tokens: &'t [Token],
    text: &'t str,
    index: usize,
}

/// A run of sibling nodes (or, from [`Pairs::flatten`], of all descendants).
#[derive(Clone)]
pub(crate) struct Pairs<'t> {
    tokens: &'t [Token],
    text: &'t str,
    next: usize,
    end: usize,
    descend: bool,
}

impl<'t> Pair<'t> {
    /// The root of a non-empty token list.
    pub(crate) fn root(tokens: &'t [Token], text: &'t str) -> Option<Self> {
        (!tokens.is_empty()).then_some(Pair { tokens, text, index: 0 })
    }

    fn token(&self) -> &'t Token {
        &self.tokens[self.index]
    }

    /// The rule that matched.
    pub(crate) fn as_rule(&self) -> Rule {
        self.token().rule
    }

    /// Byte offset of the node's start.
    pub(crate) fn start(&self) -> usize {
        self.token().start
    }

    /// The matched text (implicit white space inside included, as in pest).
    pub(crate) fn as_str(&self) -> &'t str {
        let token = self.token();
        &self.text[token.start..token.end]
    }

    /// The direct children.
    pub(crate) fn into_inner(self) -> Pairs<'t> {
        let token = self.token();
        Pairs { tokens: self.tokens, text: self.text, next: self.index + 1, end: token.next, descend: false }
    }
}

impl<'t> Pairs<'t> {
    /// The next sibling without consuming it.
    pub(crate) fn peek(&self) -> Option<Pair<'t>> {
        self.clone().next()
    }

    /// Every node under these siblings, in source order (pre-order).
    pub(crate) fn flatten(self) -> Pairs<'t> {
        Pairs { descend: true, ..self }
    }
}

impl<'t> Iterator for Pairs<'t> {
    type Item = Pair<'t>;

    fn next(&mut self) -> Option<Pair<'t>> {
        if self.next >= self.end {
            return None;
        }
        let pair = Pair { tokens: self.tokens, text: self.text, index: self.next };
        self.next = if self.descend { self.next + 1 } else { self.tokens[self.next].next };
        Some(pair)
    }
}
