//! `policy coverage POLICY…`: the quoted clauses no declaration cites, and the
//! declarations that cite no clause — in the language of each policy
//! (`crate::lang::chosen`).

use std::path::PathBuf;

use policy_check::Workspace;
use policy_i18n::tr;

use crate::exit::{Exit, Failure};
use crate::load;

/// Arguments of `policy coverage`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Policy files or directories.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// Runs the command (success, or a failure when a file cannot be read).
pub fn run(args: &Args) -> Result<Exit, Failure> {
    let files = load::policy_files(&args.paths).map_err(|e| e.failure())?;
    let mut ws = Workspace::new();
    for path in files {
        let root = load::load_policy(&mut ws, &path).map_err(|e| e.failure())?;
        let checked = policy_check::check(&ws, root);
        if checked.model.meta.location.is_none() {
            continue; // a library such as the case schema
        }
        let lang = crate::lang::chosen(Some(ws.files[root].keyword_language()));
        let cov = policy_check::coverage(&checked.model);
        println!("{} ({})", checked.model.meta.id, path.display());
        let at = |l: policy_check::model::Location| {
            let f = &ws.files[l.file];
            let lc = f.lines.line_col(&f.text, l.span.start);
            format!("{}:{}:{}", f.path.display(), lc.line, lc.column)
        };
        if cov.uncited_clauses.is_empty() {
            println!("  {}", tr!(lang, "coverage-every-clause-cited"));
        } else {
            println!("  {}", tr!(lang, "coverage-uncited-clauses", n = cov.uncited_clauses.len()));
            for (number, location) in &cov.uncited_clauses {
                let file = &ws.files[location.file];
                let reason = policy_check::comment_above(&file.text, location.span.start)
                    .first()
                    .map_or_else(|| tr!(lang, "coverage-no-explanation"), |line| (*line).to_owned());
                println!("    {number:<14} {}  {reason}", at(*location));
            }
        }
        if cov.uncited_declarations.is_empty() {
            println!("  {}", tr!(lang, "coverage-every-declaration-cites"));
        } else {
            println!("  {}", tr!(lang, "coverage-uncited-declarations", n = cov.uncited_declarations.len()));
            for u in &cov.uncited_declarations {
                let name: String = u.name.chars().take(60).collect();
                let kind = tr!(lang, "coverage-kind", kind = u.kind);
                println!("    {kind:<10} {name:<60} {}", at(u.location));
            }
        }
    }
    Ok(Exit::Success)
}
