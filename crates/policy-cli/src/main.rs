//! `policy`: the command-line tool of the policy language.
//!
//! Exit status: 0 success (no error, no violation), 1 errors in a policy or
//! violations in a case or failed tests, 2 unusable input (bad arguments, an
//! unreadable file, an invalid case).

mod commands;
mod load;
mod render;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// The toolchain for school regulations written as policies.
#[derive(Debug, Parser)]
#[command(name = "policy", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check policies for errors: syntax, names, types, grade bands, curricula, citations.
    Check(commands::check::Args),
    /// List the quoted clauses that nothing cites and the declarations that cite no clause.
    Coverage(commands::coverage::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Check(args) => commands::check::run(&args),
        Command::Coverage(args) => commands::coverage::run(&args),
    };
    ExitCode::from(status)
}
