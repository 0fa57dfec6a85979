//! Guards the parser against pathological nesting (10,000 open parentheses):
//! a recursive-descent parser would overflow its stack. Too-deep regions are
//! blanked out before parsing (byte offsets are kept) and reported.

use crate::code::Code;
use policy_i18n::msg;
use std::borrow::Cow;

use crate::ast::Span;
use crate::diagnostic::Diagnostic;
use crate::lexical::{walk, Event};

/// How deep brackets may nest.
pub const MAX_NESTING: usize = 48;

/// Returns the text to parse (with too-deep regions replaced by spaces) and a
/// diagnostic for each such region.
pub(crate) fn guard_nesting(text: &str) -> (Cow<'_, str>, Vec<Diagnostic>) {
    let mut stack: Vec<usize> = Vec::new();
    let mut regions: Vec<(usize, usize, usize)> = Vec::new(); // (outer start, too deep at, end)
    let mut too_deep: Option<(usize, usize)> = None;
    walk(text, |event| {
        let Event::Bracket(offset, b) = event else { return };
        match b {
            b'(' | b'[' | b'{' => {
                stack.push(offset);
                if stack.len() > MAX_NESTING && too_deep.is_none() {
                    too_deep = Some((stack[0], offset));
                }
            }
            _ => {
                stack.pop();
                if stack.is_empty() {
                    if let Some((outer, at)) = too_deep.take() {
                        regions.push((outer, at, offset + 1));
                    }
                }
            }
        }
    });
    if let Some((outer, at)) = too_deep {
        regions.push((outer, at, text.len()));
    }
    if regions.is_empty() {
        return (Cow::Borrowed(text), Vec::new());
    }
    let mut bytes = text.as_bytes().to_vec();
    let mut diagnostics = Vec::new();
    for (outer, at, end) in regions {
        for b in &mut bytes[outer..end] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
        diagnostics.push(
            Diagnostic::new(
                Code::NestingTooDeep,
                msg!("check-nesting-too-deep", levels = MAX_NESTING),
                Span::new(at, at + 1),
                msg!("check-nesting-too-deep-label"),
            )
            .with_label(Span::new(outer, outer + 1), msg!("check-nesting-outermost"))
            .with_help(msg!("check-split-expression")),
        );
    }
    // Only ASCII spaces replaced whole multi-byte characters, so this cannot fail.
    let guarded = String::from_utf8(bytes).unwrap_or_default();
    (Cow::Owned(guarded), diagnostics)
}
