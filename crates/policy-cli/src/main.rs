//! `policy`: the command-line tool of the policy language.
//!
//! Exit status: 0 success (no error, no violation), 1 errors in a policy or
//! violations in a case or failed tests, 2 unusable input (bad arguments, an
//! unreadable file, an invalid case).

mod case_file;
// The commands are the layer that talks to the terminal; below them, loading
// and rendering return what to print.
#[allow(clippy::print_stderr)]
mod commands;
mod exit;
mod junit;
mod lang;
mod load;
mod policy;
mod render;
mod sarif;
mod test_report;

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

/// The toolchain for school regulations written as policies.
#[derive(Debug, Parser)]
#[command(name = "policy", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Add years to the production calendar that counts working days: a TOML file in the format
    /// of the shipped data (`[[year]]` with `year`, `source`, `non_working`, `working`).
    #[arg(long, global = true, value_name = "FILE")]
    calendar: Option<std::path::PathBuf>,
    /// The language of messages, reports and help: `ru` or `en`. Default: Russian for a policy
    /// written with Russian keywords, else the environment's locale (LC_ALL, LC_MESSAGES, LANG),
    /// else Russian.
    #[arg(long, global = true, value_name = "ru|en")]
    lang: Option<policy_i18n::Lang>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check policies for errors: syntax, names, types, grade bands, curricula, citations.
    Check(commands::check::Args),
    /// Judge one pupil's case against one or more policies.
    Eval(commands::eval::Args),
    /// Compare policies side by side, aligned by concept; with `--case`, judge a case under each.
    Compare(commands::compare::Args),
    /// Run the tests written in policies.
    Test(commands::test::Args),
    /// List the quoted clauses that nothing cites and the declarations that cite no clause.
    Coverage(commands::coverage::Args),
    /// Print a policy as a readable document: each clause's words beside what the policy makes of them.
    Doc(commands::doc::Args),
    /// Rewrite policies in the canonical layout, or convert their keywords (`--keywords en|ru`).
    Fmt(commands::fmt::Args),
    /// Serve the Language Server Protocol over stdio (for editors).
    Lsp(commands::lsp::Args),
    /// Print the JSON Schema of the case format read by a policy (or a case-schema file); with `--report`, of the eval report.
    Schema(commands::schema::Args),
    /// Serve the evaluator over HTTP: a JSON API (OpenAPI at /openapi.json) and a page at / for people without an editor.
    Serve(commands::serve::Args),
    /// Print the shell completion script (bash, zsh, fish, powershell or elvish).
    Completions(commands::completions::Args),
    /// Print the manual page of `policy` or of one subcommand (roff; `policy man | man -l -` shows it).
    Man(commands::man::Args),
}

/// Restores the default action of SIGPIPE, so that `policy … | head` ends quietly
/// like other Unix tools instead of failing when the reader closes the pipe.
fn reset_sigpipe() {
    #[cfg(unix)]
    // SAFETY: resets one signal's disposition to its default, at start-up, before
    // any other thread exists; no handler runs Rust code.
    #[allow(unsafe_code)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() -> ExitCode {
    reset_sigpipe();
    let cli = Cli::parse();
    lang::set_flag(cli.lang);
    if let Some(path) = &cli.calendar {
        if let Err(failure) = load::calendar(path) {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("{}", failure.0);
            }
            return exit::Exit::Unusable.into();
        }
    }
    let outcome = match cli.command {
        Command::Check(args) => commands::check::run(&args),
        Command::Eval(args) => commands::eval::run(&args),
        Command::Compare(args) => commands::compare::run(&args),
        Command::Test(args) => commands::test::run(&args),
        Command::Coverage(args) => commands::coverage::run(&args),
        Command::Doc(args) => commands::doc::run(&args),
        Command::Fmt(args) => commands::fmt::run(&args),
        Command::Lsp(args) => commands::lsp::run(&args),
        Command::Schema(args) => commands::schema::run(&args),
        Command::Serve(args) => commands::serve::run(&args),
        Command::Completions(args) => commands::completions::run(&args, Cli::command()),
        Command::Man(args) => commands::man::run(&args, Cli::command()),
    };
    match outcome {
        Ok(exit) => exit.into(),
        Err(failure) => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("{}", failure.0);
            }
            exit::Exit::Unusable.into()
        }
    }
}
