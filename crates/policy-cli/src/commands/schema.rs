//! `policy schema FILE`: prints the JSON Schema (draft 2020-12) of the case
//! format that a policy reads, generated from its case schema — the file's own
//! `schema` declaration or the one it imports with `use`. Editors use it to
//! check and complete case files (`policies/case-schema.policy` gives the
//! schema of the shipped case format).
//!
//! `policy schema --report`: prints the JSON Schema of the report that
//! `policy eval --format json` prints (the same for every policy).

use std::path::PathBuf;

use crate::exit::{Exit, Failure};
use crate::policy;

/// Arguments of `policy schema`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The policy or case-schema file (`policies/case-schema.policy`).
    #[arg(value_name = "FILE", required_unless_present = "report", conflicts_with = "report")]
    pub path: Option<PathBuf>,
    /// Print the JSON Schema of the `policy eval --format json` report instead.
    #[arg(long)]
    pub report: bool,
}

/// Runs the command (a failure when the file cannot be read, has errors, or
/// declares no case schema).
pub fn run(args: &Args) -> Result<Exit, Failure> {
    let schema = match &args.path {
        Some(path) => {
            let loaded = policy::load_checked(path)?;
            policy_schema::case_schema(&loaded.checked.model).ok_or_else(|| {
                Failure::new(format!(
                    "error: `{}` declares no case schema: declare one with `schema`, or `use` a file that does",
                    path.display()
                ))
            })?
        }
        None => policy_schema::report_schema(),
    };
    let text = schema.to_pretty_string().map_err(|e| Failure::new(format!("error: cannot write the schema: {e}")))?;
    print!("{text}");
    Ok(Exit::Success)
}
