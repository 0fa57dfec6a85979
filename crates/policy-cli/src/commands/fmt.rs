//! `policy fmt [--check] [--keywords en|ru] PATH…`: rewrites policies in the
//! canonical layout (see the `policy-fmt` crate for what it is).
//!
//! Exit status: 0 when every file is (now) formatted; 1 with `--check` when some
//! file would change; 2 when a path cannot be read or a file has syntax errors
//! (such a file is never rewritten).

use std::path::{Path, PathBuf};

use policy_fmt::{FormatError, KeywordLanguage};
use policy_syntax::LineIndex;

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
    Unchanged,
    Changed,
    Failed,
}

/// Runs the command; returns the exit status.
pub fn run(args: &Args) -> u8 {
    let keywords = args.keywords.map(KeywordLanguage::from);
    let mut failed = false;
    let mut files = Vec::new();
    for path in &args.paths {
        match load::policy_files(std::slice::from_ref(path)) {
            Ok(found) => files.extend(found),
            Err(e) => {
                eprintln!("error: cannot read `{}`: {}", e.path.display(), e.reason);
                failed = true;
            }
        }
    }
    files.sort();
    files.dedup();
    let (mut changed, mut unchanged) = (0, 0);
    for path in &files {
        match format_file(path, keywords, args.check) {
            Outcome::Unchanged => unchanged += 1,
            Outcome::Changed => {
                changed += 1;
                if args.check {
                    println!("{}", path.display());
                }
            }
            Outcome::Failed => failed = true,
        }
    }
    let files = |n: usize| if n == 1 { "file" } else { "files" };
    if args.check {
        eprintln!("{changed} {} would be reformatted, {unchanged} already formatted", files(changed));
    } else {
        eprintln!("{changed} {} reformatted, {unchanged} already formatted", files(changed));
    }
    if failed {
        2
    } else {
        u8::from(args.check && changed > 0)
    }
}

fn format_file(path: &Path, keywords: Option<KeywordLanguage>, check: bool) -> Outcome {
    let text = match load::read(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: cannot read `{}`: {}", e.path.display(), e.reason);
            return Outcome::Failed;
        }
    };
    let formatted = match policy_fmt::format(&text, keywords) {
        Ok(formatted) => formatted,
        Err(FormatError::Syntax(diagnostics)) => {
            eprintln!("error: `{}` has syntax errors and was not formatted", path.display());
            let lines = LineIndex::new(&text);
            for d in diagnostics {
                let at = lines.line_col(&text, d.span.start);
                eprintln!(
                    "  {}:{}:{}: {}[{}]: {}",
                    path.display(),
                    at.line,
                    at.column,
                    d.severity.as_str(),
                    d.code,
                    d.message
                );
            }
            return Outcome::Failed;
        }
        Err(e) => {
            eprintln!("error: `{}`: {e}", path.display());
            return Outcome::Failed;
        }
    };
    if formatted == text {
        return Outcome::Unchanged;
    }
    if !check {
        if let Err(e) = std::fs::write(path, &formatted) {
            eprintln!("error: cannot write `{}`: {e}", path.display());
            return Outcome::Failed;
        }
    }
    Outcome::Changed
}
