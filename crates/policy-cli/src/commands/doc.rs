//! `policy doc POLICY [--format html|markdown]` (and the global `--lang ru|en`): the policy as a
//! readable document, each clause's words beside what the policy makes of
//! them. The document itself is `policy_doc`'s; this reads the files and prints.

use std::path::PathBuf;

use jiff::civil::Date;
use policy_doc::Lang;

use crate::exit::{Exit, Failure};
use crate::policy;

/// Arguments of `policy doc`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The policy (for a policy with versions, the file of its latest amendment).
    #[arg(value_name = "POLICY")]
    pub policy: PathBuf,
    /// Output format: one self-contained HTML page (prints well), or Markdown.
    #[arg(long, value_enum, default_value_t = Format::Html)]
    pub format: Format,
    /// For a policy with versions: show the version in force on this date
    /// (default: the latest).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub on: Option<Date>,
}

/// How the document is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One self-contained HTML page: inline style, no script, page breaks for printing.
    Html,
    /// Markdown.
    Markdown,
}

/// Runs the command.
pub fn run(args: &Args) -> Result<Exit, Failure> {
    let loaded = policy::load_checked(&args.policy)?;
    if loaded.checked.model.meta.location.is_none() {
        return Err(Failure::new(format!(
            "error: `{}` declares no `policy`: it is a shared file (such as the case schema), not a regulation\n  help: give the file of a policy, e.g. policies/murmansk-16.policy",
            args.policy.display()
        )));
    }
    let in_force = match args.on {
        Some(date) => Some(loaded.in_force(date)?),
        None => None,
    };
    let model = in_force.as_ref().map_or(&loaded.checked.model, |v| v.model.as_ref());
    // The document's own words (the regulation's stay as written): `--lang`,
    // the locale, or the policy's keywords.
    let lang = match crate::lang::chosen(Some(loaded.keywords())) {
        policy_i18n::Lang::Ru => Lang::Ru,
        policy_i18n::Lang::En => Lang::En,
    };
    let doc = policy_doc::build(&loaded.workspace, model, lang);
    let out = match args.format {
        Format::Html => policy_doc::html::render(&doc),
        Format::Markdown => policy_doc::markdown::render(&doc),
    };
    print!("{out}");
    Ok(Exit::Success)
}
