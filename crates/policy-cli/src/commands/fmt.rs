//! `policy fmt [--check | --diff] [--keywords en|ru] PATH…`: rewrites policies
//! in the canonical layout (see the `policy-fmt` crate for what it is);
//! `policy fmt -` formats standard input to standard output.
//!
//! Exit status: 0 when every file is (now) formatted; 1 with `--check` or
//! `--diff` when some file would change; 2 when a path cannot be read or a file
//! has syntax errors (such a file is never rewritten).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use policy_fmt::{FormatError, KeywordLanguage};
use policy_i18n::{io_reason, tr, Lang};
use policy_syntax::LineIndex;

use crate::exit::{Exit, Failure};
use crate::load;

/// Arguments of `policy fmt`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Policy files or directories (searched recursively for `*.policy`), or `-`
    /// alone to format standard input and print the result.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Change nothing: list the files that would change and exit with 1 if there are any.
    #[arg(long)]
    pub check: bool,
    /// Change nothing: print a unified diff of what would change and exit with 1 if anything would.
    #[arg(long, conflicts_with = "check")]
    pub diff: bool,
    /// The name that diagnostics give standard input (with `-`).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
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

/// What `fmt` does with a text that is not in the canonical layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Write the formatted text (to the file, or to standard output for `-`).
    Write,
    /// Only say which files would change (`--check`).
    Check,
    /// Print a unified diff (`--diff`).
    Diff,
}

/// What happened to one file.
enum Outcome {
    /// Already in the canonical layout.
    Unchanged,
    /// Reformatted (or, with `--check` or `--diff`, would be).
    Changed,
}

/// Runs the command. A file that cannot be formatted is reported and the
/// others are still formatted; the status is then unusable input.
pub fn run(args: &Args) -> Result<Exit, Failure> {
    let keywords = args.keywords.map(KeywordLanguage::from);
    // No policy decides the language of the messages: files may differ.
    let lang = crate::lang::chosen(None);
    let mode = if args.diff {
        Mode::Diff
    } else if args.check {
        Mode::Check
    } else {
        Mode::Write
    };
    let stdin = Path::new("-");
    if args.paths.iter().any(|p| p == stdin) {
        if args.paths.len() > 1 {
            return Err(Failure::new(tr!(lang, "fmt-stdin-with-files")));
        }
        return format_stdin(args.stdin_filename.as_deref().unwrap_or("<stdin>"), keywords, mode, lang);
    }
    if args.stdin_filename.is_some() {
        return Err(Failure::new(tr!(lang, "fmt-stdin-filename-without-stdin")));
    }
    let mut failed = false;
    let mut files = Vec::new();
    for path in &args.paths {
        match load::policy_files(std::slice::from_ref(path)) {
            Ok(found) => files.extend(found),
            Err(e) => {
                eprintln!("{}", e.failure().0);
                failed = true;
            }
        }
    }
    files.sort();
    files.dedup();
    let (mut changed, mut unchanged) = (0, 0);
    for path in &files {
        match format_file(path, keywords, mode, lang) {
            Ok(Outcome::Unchanged) => unchanged += 1,
            Ok(Outcome::Changed) => {
                changed += 1;
                if mode == Mode::Check {
                    println!("{}", path.display());
                }
            }
            Err(failure) => {
                eprintln!("{}", failure.0);
                failed = true;
            }
        }
    }
    if mode == Mode::Write {
        eprintln!("{}", tr!(lang, "fmt-summary", changed = changed, unchanged = unchanged));
    } else {
        eprintln!("{}", tr!(lang, "fmt-summary-check", changed = changed, unchanged = unchanged));
    }
    Ok(if failed { Exit::Unusable } else { Exit::findings_if(mode != Mode::Write && changed > 0) })
}

/// Formats one file: writes it, or prints its diff, or only says whether it
/// would change; why not, when it cannot be formatted.
fn format_file(path: &Path, keywords: Option<KeywordLanguage>, mode: Mode, lang: Lang) -> Result<Outcome, Failure> {
    let text = load::read_policy(path).map_err(|e| e.failure())?;
    let name = path.display().to_string();
    let Some(formatted) = format_text(&name, &text, keywords, lang)? else {
        return Ok(Outcome::Unchanged);
    };
    match mode {
        Mode::Write => std::fs::write(path, &formatted)
            .map_err(|e| Failure::new(tr!(lang, "fmt-cannot-write", name = &name, reason = io_reason(lang, &e))))?,
        Mode::Diff => print_diff(&name, &text, &formatted, lang)?,
        Mode::Check => {}
    }
    Ok(Outcome::Changed)
}

/// Formats standard input: prints the formatted text (or the diff, or nothing
/// with `--check`); the status says whether it changed in the modes that ask.
fn format_stdin(name: &str, keywords: Option<KeywordLanguage>, mode: Mode, lang: Lang) -> Result<Exit, Failure> {
    let text = read_stdin(name, lang)?;
    let formatted = format_text(name, &text, keywords, lang)?;
    match (mode, &formatted) {
        (Mode::Write, _) => write_stdout(formatted.as_deref().unwrap_or(&text), lang)?,
        (Mode::Diff, Some(formatted)) => print_diff(name, &text, formatted, lang)?,
        (Mode::Diff | Mode::Check, _) => {}
    }
    Ok(Exit::findings_if(mode != Mode::Write && formatted.is_some()))
}

/// Reads standard input as UTF-8 text, up to [`load::MAX_POLICY_BYTES`].
fn read_stdin(name: &str, lang: Lang) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    std::io::stdin().lock().take(load::MAX_POLICY_BYTES + 1).read_to_end(&mut bytes).map_err(|e| {
        Failure::new(tr!(lang, "fmt-cannot-read-stdin", name = name.to_owned(), reason = io_reason(lang, &e)))
    })?;
    if bytes.len() as u64 > load::MAX_POLICY_BYTES {
        return Err(Failure::new(tr!(
            lang,
            "fmt-stdin-too-large",
            name = name.to_owned(),
            max = load::MAX_POLICY_BYTES
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        Failure::new(tr!(lang, "fmt-stdin-not-utf8", name = name.to_owned(), offset = e.utf8_error().valid_up_to()))
    })
}

/// The text in the canonical layout, `None` when it already is; a failure
/// listing the syntax errors (as `name:line:column`) when it cannot be formatted.
fn format_text(
    name: &str,
    text: &str,
    keywords: Option<KeywordLanguage>,
    lang: Lang,
) -> Result<Option<String>, Failure> {
    let formatted = policy_fmt::format(text, keywords).map_err(|e| match e {
        FormatError::Syntax(diagnostics) => {
            let lines = LineIndex::new(text);
            let mut out = tr!(lang, "fmt-syntax-errors", name = name.to_owned());
            for d in diagnostics {
                let at = lines.line_col(text, d.span.start);
                out += &format!(
                    "\n  {name}:{}:{}: {}[{}]: {}",
                    at.line,
                    at.column,
                    d.severity().as_str(),
                    d.code,
                    d.message
                );
            }
            Failure(out)
        }
        e => Failure::new(tr!(lang, "fmt-cannot-format", name = name.to_owned(), reason = e.to_string())),
    })?;
    Ok((formatted != text).then_some(formatted))
}

/// Prints the unified diff (three lines of context) from `old` to `new`,
/// both headed by `name`.
fn print_diff(name: &str, old: &str, new: &str, lang: Lang) -> Result<(), Failure> {
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff.unified_diff().context_radius(3).header(name, name).to_string();
    write_stdout(&text, lang)
}

/// Writes `text` to standard output.
fn write_stdout(text: &str, lang: Lang) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| Failure::new(tr!(lang, "cli-cannot-write-stdout", reason = io_reason(lang, &e))))
}
