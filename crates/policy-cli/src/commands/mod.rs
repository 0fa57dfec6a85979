//! One module per subcommand.
pub mod check;
pub mod compare;
pub mod completions;
pub mod coverage;
pub mod doc;
pub mod eval;
pub mod fmt;
pub mod lsp;
pub mod man;
pub mod schema;
pub mod serve;
pub mod test;
