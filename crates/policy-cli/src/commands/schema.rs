//! `policy schema FILE`: prints the JSON Schema (draft 2020-12) of the case
//! format that a policy reads, generated from its case schema — the file's own
//! `schema` declaration or the one it imports with `use`. Editors use it to
//! check and complete case files (`policies/case-schema.policy` gives the
//! schema of the shipped case format).

use std::path::PathBuf;

use crate::{json_schema, policy};

/// Arguments of `policy schema`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The policy or case-schema file (`policies/case-schema.policy`).
    #[arg(value_name = "FILE")]
    pub path: PathBuf,
}

/// Runs the command; returns the exit status (2 when the file cannot be read,
/// has errors, or declares no case schema).
pub fn run(args: &Args) -> u8 {
    let Some(loaded) = policy::load_checked(&args.path) else { return 2 };
    let Some(schema) = json_schema::case_schema(&loaded.checked.model) else {
        eprintln!(
            "error: `{}` declares no case schema: declare one with `schema`, or `use` a file that does",
            args.path.display()
        );
        return 2;
    };
    match schema.to_pretty_string() {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err(e) => {
            eprintln!("error: cannot write the schema: {e}");
            2
        }
    }
}
