//! `policy fmt [--check] [--keywords en|ru] PATH…`: rewrites policies in the
//! canonical layout (see the `policy-fmt` crate for what it is).
//!
//! Exit status: 0 when every file is (now) formatted; 1 with `--check` when some
//! file would change; 2 when a path cannot be read or a file has syntax errors
//! (such a file is never rewritten).

use std::path::{Path, PathBuf};

use policy_fmt::{FormatError, KeywordLanguage};
use policy_syntax::LineIndex;

use crate::exit::{Exit, Failure};
use crate::load;

/// Arguments of `policy fmt`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Policy files or directories (searched recursively for `*.policy`).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Change nothing: list the files that would change and exit with 1 if there are any.
    #[arg(long)]
    pub check: bool,
    /// Write every keyword (and unit) in this language.
    #[arg(long, value_enum)]
    pub keywords: Option<Language>,
}

/// A keyword language on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Language {
    /// English keywords (`rule`, `when`).
    En,
    /// Russian keywords (`правило`, `когда`).
    Ru,
}

impl From<Language> for KeywordLanguage {
    fn from(language: Language) -> Self {
        match language {
            Language::En => KeywordLanguage::English,
            Language::Ru => KeywordLanguage::Russian,
        }
    }
}

/// What happened to one file.
enum Outcome {
    /// Already in the canonical layout.
    Unchanged,
    /// Reformatted (or, with `--check`, would be).
    Changed,
}

/// Runs the command. A file that cannot be formatted is reported and the
/// others are still formatted; the status is then unusable input.
pub fn run(args: &Args) -> Result<Exit, Failure> {
    let keywords = args.keywords.map(KeywordLanguage::from);
    let mut failed = false;
    let mut files = Vec::new();
    for path in &args.paths {
        match load::policy_files(std::slice::from_ref(path)) {
            Ok(found) => files.extend(found),
            Err(e) => {
                eprintln!("{}", e.failure("").0);
                failed = true;
            }
        }
    }
    files.sort();
    files.dedup();
    let (mut changed, mut unchanged) = (0, 0);
    for path in &files {
        match format_file(path, keywords, args.check) {
            Ok(Outcome::Unchanged) => unchanged += 1,
            Ok(Outcome::Changed) => {
                changed += 1;
                if args.check {
                    println!("{}", path.display());
                }
            }
            Err(failure) => {
                eprintln!("{}", failure.0);
                failed = true;
            }
        }
    }
    let files = |n: usize| if n == 1 { "file" } else { "files" };
    if args.check {
        eprintln!("{changed} {} would be reformatted, {unchanged} already formatted", files(changed));
    } else {
        eprintln!("{changed} {} reformatted, {unchanged} already formatted", files(changed));
    }
    Ok(if failed { Exit::Unusable } else { Exit::findings_if(args.check && changed > 0) })
}

/// Formats one file (writes it unless `check`); why not, when it cannot be.
fn format_file(path: &Path, keywords: Option<KeywordLanguage>, check: bool) -> Result<Outcome, Failure> {
    let text = load::read_policy(path).map_err(|e| e.failure(""))?;
    let formatted = policy_fmt::format(&text, keywords).map_err(|e| match e {
        FormatError::Syntax(diagnostics) => {
            let lines = LineIndex::new(&text);
            let mut out = format!("error: `{}` has syntax errors and was not formatted", path.display());
            for d in diagnostics {
                let at = lines.line_col(&text, d.span.start);
                out += &format!(
                    "\n  {}:{}:{}: {}[{}]: {}",
                    path.display(),
                    at.line,
                    at.column,
                    d.severity().as_str(),
                    d.code,
                    d.message
                );
            }
            Failure(out)
        }
        e => Failure::new(format!("error: `{}`: {e}", path.display())),
    })?;
    if formatted == text {
        return Ok(Outcome::Unchanged);
    }
    if !check {
        std::fs::write(path, &formatted)
            .map_err(|e| Failure::new(format!("error: cannot write `{}`: {e}", path.display())))?;
    }
    Ok(Outcome::Changed)
}
