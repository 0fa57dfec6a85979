//! `policy man [SUBCOMMAND]`: prints a manual page (roff), generated from the
//! command-line definitions: `policy(1)`, or `policy-check(1)` and the like
//! that it refers to. `policy man | man -l -` shows it.

use std::io::Write;

use crate::exit::{Exit, Failure};
use policy_i18n::{io_reason, tr, Lang};

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
    let lang = crate::lang::chosen(None);
    let mut page = Vec::new();
    clap_mangen::Man::new(page_of)
        .source(format!("policy {}", env!("CARGO_PKG_VERSION")))
        .render(&mut page)
        .and_then(|()| std::io::stdout().write_all(sections_in(lang, &String::from_utf8_lossy(&page)).as_bytes()))
        .map_err(|e| Failure::new(tr!(lang, "cli-cannot-write-man", reason = io_reason(lang, &e))))?;
    Ok(Exit::Success)
}

/// The page with its section titles (`.SH NAME`, which clap writes in English) in `lang`,
/// in capitals as manual pages write them (`.SH ИМЯ`, `.SH ОБЗОР`; clap's own `Commands`
/// heading too).
fn sections_in(lang: Lang, page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for line in page.split_inclusive('\n') {
        let Some(title) = line.strip_prefix(".SH ") else {
            out.push_str(line);
            continue;
        };
        let title = title.trim_end();
        let said = match title {
            _ if lang == Lang::En => title.to_string(),
            "NAME" => tr!(lang, "cli-man-section-name"),
            "SYNOPSIS" => tr!(lang, "cli-man-section-synopsis"),
            "DESCRIPTION" => tr!(lang, "cli-man-section-description"),
            "OPTIONS" => tr!(lang, "cli-man-section-options"),
            "SUBCOMMANDS" => tr!(lang, "cli-man-section-subcommands"),
            "VERSION" => tr!(lang, "cli-man-section-version"),
            "AUTHORS" => tr!(lang, "cli-man-section-authors"),
            "EXTRA" => tr!(lang, "cli-man-section-extra"),
            other => other.to_string(),
        };
        out.push_str(".SH ");
        out.push_str(&said.to_uppercase());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_pages_have_russian_section_titles_and_english_ones_stay() {
        let page = ".TH policy 1\n.SH NAME\npolicy\n.SH SYNOPSIS\n\\fBpolicy\\fR\n.SH Команды\n";
        assert_eq!(
            sections_in(Lang::Ru, page),
            ".TH policy 1\n.SH ИМЯ\npolicy\n.SH ОБЗОР\n\\fBpolicy\\fR\n.SH КОМАНДЫ\n"
        );
        assert_eq!(sections_in(Lang::En, page), page.replace("Команды", "КОМАНДЫ"));
        let english = ".SH NAME\n.SH Commands\n";
        assert_eq!(sections_in(Lang::En, english), ".SH NAME\n.SH COMMANDS\n");
    }
}
