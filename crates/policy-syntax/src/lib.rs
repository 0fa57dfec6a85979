//! The syntax of the policy language: the pest grammar (`grammar/policy.pest`),
//! the owned AST with byte spans, the error-recovering parser, the keyword
//! tables of both languages, the words of units and durations and the line index.
//!
//! Pure: text in, AST and diagnostics out. No files, no cases, no LSP types.
//!
//! ```
//! let parsed = policy_syntax::parse("rule r § \"1\" { when 1 > 2 violation \"нет\" }");
//! assert!(parsed.diagnostics.is_empty());
//! assert_eq!(parsed.file.decls.len(), 1);
//! ```

pub mod ast;
pub mod code;
mod comments;
mod compiled;
mod convert;
pub mod diagnostic;
mod explain;
mod grammar;
mod keyword_rules;
pub mod keywords;
mod lexical;
pub mod line_index;
mod nesting;
mod parse;
pub mod suggest;
mod to_ast;
mod tree;
pub mod units;

pub use code::Code;
pub use comments::scan_comments;
pub use convert::{convert_keywords, dominant_language};
pub use diagnostic::{Diagnostic, DiagnosticSeverity, Label, Suggestion};
pub use keywords::{Keyword, KeywordLanguage};
pub use line_index::{ColumnEncoding, LineCol, LineIndex, WidePosition};
pub use nesting::MAX_NESTING;
pub use parse::{parse, Parsed};
pub use to_ast::MAX_EXPR_DEPTH;
