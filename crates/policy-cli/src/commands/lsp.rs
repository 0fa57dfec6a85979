//! `policy lsp`: the language server, speaking LSP over stdin/stdout.

/// Arguments of `policy lsp`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Accepted for editors that pass it; stdio is the only transport.
    #[arg(long)]
    pub stdio: bool,
}

/// Runs the server until the client sends `exit`; returns the exit status
/// (0, or 2 when the runtime cannot start).
pub fn run(_args: &Args) -> u8 {
    match policy_lsp::run_stdio() {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: cannot start the language server: {e}");
            2
        }
    }
}
