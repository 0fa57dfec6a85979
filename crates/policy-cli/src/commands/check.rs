//! `policy check PATH…`: reports every problem in the given policies.

use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::PathBuf;

use policy_check::{FileDiagnostic, Workspace};
use policy_i18n::tr;

use crate::exit::{Exit, Failure};
use crate::load;
use crate::render;
use crate::sarif;

/// Arguments of `policy check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Policy files or directories (searched recursively for `*.policy`).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Rendered for people, with the source line and labels.
    Human,
    /// A JSON array of diagnostics.
    Json,
    /// A SARIF 2.1.0 log (for code-scanning services), columns in UTF-16 code units.
    Sarif,
}

/// Checks every policy under `paths`: a workspace and its deduplicated diagnostics.
pub fn check_paths(paths: &[PathBuf]) -> Result<(Workspace, Vec<FileDiagnostic>), load::Unreadable> {
    let files = load::policy_files(paths)?;
    let mut ws = Workspace::new();
    let mut diagnostics = Vec::new();
    let mut seen = HashSet::new();
    for path in &files {
        let root = load::load_policy(&mut ws, path)?;
        for d in policy_check::check(&ws, root).diagnostics {
            let key = (d.file, d.diagnostic.span, d.diagnostic.code, d.diagnostic.message.clone());
            if seen.insert(key) {
                diagnostics.push(d);
            }
        }
    }
    diagnostics.sort_by(|a, b| {
        (ws.files[a.file].path.as_path(), a.diagnostic.span.start)
            .cmp(&(ws.files[b.file].path.as_path(), b.diagnostic.span.start))
    });
    Ok((ws, diagnostics))
}

/// Runs the command.
pub fn run(args: &Args) -> Result<Exit, Failure> {
    let (ws, diagnostics) = check_paths(&args.paths).map_err(|e| e.failure())?;
    let errors = diagnostics.iter().filter(|d| d.diagnostic.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let lang = crate::render::lang_of(&ws);
    match args.format {
        Format::Json => {
            let json = policy_load::diagnostics::json(&ws, &diagnostics, lang);
            println!("{}", serde_json::to_string_pretty(&json).unwrap_or_else(|_| "[]".into()));
        }
        Format::Sarif => {
            let log = sarif::log(&ws, &diagnostics, lang);
            println!("{}", serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".into()));
        }
        Format::Human => {
            let color = std::io::stderr().is_terminal();
            eprint!("{}", render::human(&ws, &diagnostics, color, lang));
            let roots = ws.files.len();
            eprintln!("{}", tr!(lang, "check-summary", files = roots, errors = errors, warnings = warnings));
        }
    }
    Ok(Exit::findings_if(errors > 0))
}
