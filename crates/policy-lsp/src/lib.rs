//! The language server of the policy language.
//!
//! `policy lsp` serves the Language Server Protocol over stdio: diagnostics
//! (the checker's own, for every policy of the workspace, including problems
//! that cross files), hover (clause words, case-field types, definitions,
//! keyword meanings in the file's keyword language), completion, go to
//! definition, find references, rename, document symbols, folding ranges,
//! semantic tokens, quick fixes for "did you mean" and a code lens that runs a
//! test.
//!
//! Every feature is a plain function over an [`Analysis`] (a snapshot of the
//! documents plus cached checks), so tests and benchmarks call them directly;
//! [`run_stdio`] wires them to tower-lsp-server.
//!
//! ```
//! use policy_lsp::Analysis;
//! use policy_syntax::ColumnEncoding;
//! use tower_lsp_server::ls_types::Position;
//!
//! let text = "value limit § \"1\" = 8 h\nrule r { when limit > 10 violation \"нет\" }\n";
//! let analysis = Analysis::from_texts([("/w/p.policy".into(), text.to_string())], ColumnEncoding::Utf16);
//! let hover = policy_lsp::hover::hover(&analysis, "/w/p.policy".as_ref(), Position::new(1, 15));
//! assert!(hover.is_some());
//! ```

pub mod analysis;
pub mod code_actions;
pub mod code_lens;
pub mod completion;
pub mod definition;
pub mod diagnostics;
pub mod folding;
pub mod formatting;
pub mod hover;
pub mod index;
pub mod lang;
pub mod navigation;
pub mod reference;
pub mod references;
pub mod rename;
pub mod semantic_tokens;
pub mod server;
pub mod symbols;
pub mod transport;
pub mod vfs;

pub use analysis::{Analysis, RootAnalysis};
pub use server::{run_stdio, serve, serve_with};
