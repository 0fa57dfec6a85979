//! `policy schema FILE`: prints the JSON Schema (draft 2020-12) of the case
//! format that a policy reads, generated from its case schema — the file's own
//! `schema` declaration or the one it imports with `use`, with the policy's
//! `extend enum` and `extend schema` additions. Editors use it to check and
//! complete case files (`policies/case-schema.policy` gives the schema of the
//! shipped case format).
//!
//! Which fields are `required`: for a file without a `policy` block (the
//! shared `case-schema.policy`), every field declared without `?`; for a
//! policy, only the fields the policy requires — declared without `?` and read
//! by the policy (a value, table, rule, exception, document or duty reads it),
//! so that `policy eval` with that policy rejects a case without them. A
//! record is required when it is declared without `?` and the policy reads
//! something in it; in a list the policy reads, every element field declared
//! without `?` is required. `--declared` gives a policy's schema with every
//! field without `?` required.
//!
//! `policy schema --report`: prints the JSON Schema of the report that
//! `policy eval --format json` prints (the same for every policy).

use std::path::PathBuf;

use crate::exit::{Exit, Failure};
use crate::policy;
use policy_i18n::tr;

/// Arguments of `policy schema`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The policy or case-schema file (`policies/case-schema.policy`). For a
    /// policy (a file with a `policy` block) a field is `required` only when
    /// the policy requires it: declared without `?` and read by the policy's
    /// values, tables, rules, documents or duties, so that `policy eval`
    /// rejects a case without it.
    #[arg(value_name = "FILE", required_unless_present = "report", conflicts_with = "report")]
    pub path: Option<PathBuf>,
    /// For a policy: require every field declared without `?`, whether the
    /// policy reads it or not (the shared case format, with the policy's extensions).
    #[arg(long, requires = "path")]
    pub declared: bool,
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
            let model = &loaded.checked.model;
            let is_policy = model.meta.location.is_some();
            let schema = if is_policy && !args.declared {
                policy_schema::policy_case_schema(model)
            } else {
                policy_schema::case_schema(model)
            };
            schema.ok_or_else(|| {
                Failure::new(policy_i18n::tr!(
                    crate::lang::chosen(None),
                    "cli-schema-none",
                    path = path.display().to_string()
                ))
            })?
        }
        None => policy_schema::report_schema(),
    };
    let text = schema
        .to_pretty_string()
        .map_err(|e| Failure::new(tr!(crate::lang::chosen(None), "cli-cannot-write-schema", reason = e.to_string())))?;
    print!("{text}");
    Ok(Exit::Success)
}
