//! `policy man [SUBCOMMAND]`: prints a manual page (roff), generated from the
//! command-line definitions: `policy(1)`, or `policy-check(1)` and the like
//! that it refers to. `policy man | man -l -` shows it.

use std::io::Write;

use crate::exit::{Exit, Failure};
use policy_i18n::tr;

/// Arguments of `policy man`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The subcommand whose page to print (default: the page of `policy` itself).
    pub subcommand: Option<String>,
}

/// Prints the man page of `command`, or of its subcommand.
pub fn run(args: &Args, command: clap::Command) -> Result<Exit, Failure> {
    let mut command = command;
    command.build();
    let page_of = match &args.subcommand {
        None => command,
        Some(name) => {
            let names: Vec<&str> = command.get_subcommands().map(|c| c.get_name()).collect();
            let Some(sub) = command.find_subcommand(name) else {
                return Err(Failure::new(policy_i18n::tr!(
                    crate::lang::chosen(None),
                    "cli-man-no-such-page",
                    name = name.to_string(),
                    pages = names.join(", ")
                )));
            };
            // Built, a subcommand is displayed as `policy-check` and used as `policy check`.
            sub.clone()
        }
    };
    let mut page = Vec::new();
    clap_mangen::Man::new(page_of)
        .source(format!("policy {}", env!("CARGO_PKG_VERSION")))
        .render(&mut page)
        .and_then(|()| std::io::stdout().write_all(&page))
        .map_err(|e| Failure::new(tr!(crate::lang::chosen(None), "cli-cannot-write-man", reason = e.to_string())))?;
    Ok(Exit::Success)
}
