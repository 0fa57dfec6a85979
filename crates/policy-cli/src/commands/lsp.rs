//! `policy lsp`: the language server, speaking LSP over stdin/stdout.

/// Arguments of `policy lsp`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Accepted for editors that pass it; stdio is the only transport.
    #[arg(long)]
    pub stdio: bool,
}

use crate::exit::{Exit, Failure};
use policy_i18n::{io_reason, tr};

/// Runs the server until the client sends `exit` (a failure when the runtime
/// cannot start).
pub fn run(_args: &Args) -> Result<Exit, Failure> {
    policy_lsp::run_stdio().map_err(|e| {
        let lang = crate::lang::chosen(None);
        Failure::new(tr!(lang, "cli-lsp-cannot-start", reason = io_reason(lang, &e)))
    })?;
    Ok(Exit::Success)
}
