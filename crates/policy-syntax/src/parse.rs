//! The infallible parser: text in, AST and diagnostics out.
//!
//! The pipeline: the nesting guard blanks out brackets nested too deeply to
//! parse; the grammar compiled at build time (`compiled`) parses the whole file
//! with the grammar's error productions, so the parse itself cannot fail; the
//! token tree is converted to the owned AST at once (`to_ast`), which explains
//! each error node (`explain`); the comments are collected beside the AST.

use policy_i18n::msg;

use crate::ast::{File, Span};
use crate::code::Code;
use crate::comments::scan_comments;
use crate::compiled::{recognize_file, Abandoned};
use crate::diagnostic::Diagnostic;
use crate::nesting::guard_nesting;
use crate::to_ast::ast_of_file;
use crate::tree::Pair;

/// The result of parsing one file: always an AST, plus the syntax diagnostics.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The syntax tree of everything that parsed.
    pub file: File,
    /// Syntax errors, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses `text`. Never fails and never panics: what cannot be parsed becomes an
/// error node and a diagnostic, and the rest of the file still reaches the AST.
pub fn parse(text: &str) -> Parsed {
    let (guarded, mut diagnostics) = guard_nesting(text);
    let source: &str = &guarded;
    let file = match recognize_file(source) {
        Ok(tokens) => match Pair::root(&tokens, source) {
            Some(root) => {
                let (file, found) = ast_of_file(root, source);
                diagnostics.extend(found);
                file
            }
            None => File::default(),
        },
        Err(why) => {
            let (message, at) = match why {
                Abandoned::TooDeep(at) => (msg!("check-file-too-deep"), at),
                Abandoned::TooManySteps(at) => (msg!("check-file-too-complex"), at),
                Abandoned::Unmatched => (msg!("check-file-unparsed"), 0),
            };
            diagnostics.push(
                Diagnostic::new(Code::TooComplex, message, Span::new(at, at), msg!("check-file-too-complex-label"))
                    .with_help(msg!("check-file-too-complex-help")),
            );
            File::default()
        }
    };
    diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
    Parsed { file: File { comments: scan_comments(text), ..file }, diagnostics }
}
