//! `policy completions SHELL`: prints the shell completion script, generated
//! from the command-line definitions.

use std::io::Write;

use clap_complete::Shell;

use crate::exit::{Exit, Failure};
use policy_i18n::{io_reason, tr};

/// Arguments of `policy completions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Prints the completion script of `command` for the chosen shell.
pub fn run(args: &Args, mut command: clap::Command) -> Result<Exit, Failure> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "policy", &mut script);
    std::io::stdout().write_all(&script).map_err(|e| {
        let lang = crate::lang::chosen(None);
        Failure::new(tr!(lang, "cli-cannot-write-completions", reason = io_reason(lang, &e)))
    })?;
    Ok(Exit::Success)
}
