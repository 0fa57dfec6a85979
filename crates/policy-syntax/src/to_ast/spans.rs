//! The spans the AST records: a node's text without the white space and `#`
//! comments that pest's implicit skipping may leave at its end (`x: int # note`
//! is the field `x: int`).
//!
//! Which `#` starts a comment is not decided here but by the lexical walk
//! (`crate::lexical`), so a `#` inside a string, or inside a string in an
//! interpolation, is never taken for one.

use crate::ast::Span;
use crate::lexical::{walk, Event};
use crate::tree::Pair;

/// The span of `pair` without trailing white space and comments.
pub(super) fn span_of(pair: &Pair<'_>) -> Span {
    Span::new(pair.start(), pair.start() + trimmed_len(pair.as_str()))
}

/// The length of `text` without trailing white space and `#` comments.
fn trimmed_len(text: &str) -> usize {
    // Fast path: a pair that ends in a token (most of them) needs no trimming.
    if !text.as_bytes().last().is_some_and(|b| b.is_ascii_whitespace()) {
        return text.len();
    }
    let mut text = text.trim_end();
    loop {
        let line_start = text.rfind('\n').map(|n| n + 1).unwrap_or(0);
        match comment_start(&text[line_start..]) {
            Some(hash) => text = text[..line_start + hash].trim_end(),
            None => return text.len(),
        }
    }
}

/// Where the comment on `line` starts, reading the line as code from its start.
fn comment_start(line: &str) -> Option<usize> {
    let mut start = None;
    walk(line, |event| {
        if let Event::Comment(at, _) = event {
            start.get_or_insert(at);
        }
    });
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_white_space_and_comments_are_trimmed() {
        assert_eq!(trimmed_len("x: int"), 6);
        assert_eq!(trimmed_len("x: int  # note\n  # more\n  "), 6);
    }

    #[test]
    fn a_hash_in_a_string_or_interpolation_is_not_a_comment() {
        let text = "violation \"a # b\" ";
        assert_eq!(trimmed_len(text), text.trim_end().len());
        let text = "violation \"a {if x then \"# b\" else \"c\"} d\" # real\n";
        assert_eq!(trimmed_len(text), text.find(" # real").unwrap_or_default());
    }
}
