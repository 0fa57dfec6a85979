//! Reading a case file (or standard input) and decoding it for one policy.
//! Case files hold children's health data: errors name the field and the
//! place, never the field's value beyond what the decoder quotes.

use std::io::Read;
use std::path::Path;

use policy_check::Model;
use policy_eval::{Case, CaseFormat, CaseWarning, Vocabulary};

/// A case file's text and format.
pub struct CaseText {
    /// The name to show in messages (`-` is `standard input`).
    pub name: String,
    /// The text.
    pub text: String,
    /// The format.
    pub format: CaseFormat,
}

/// Reads `path` (`-`: JSON from standard input). Prints the problem and returns
/// `None` when it cannot be read or its format is unknown.
pub fn read(path: &Path) -> Option<CaseText> {
    if path == Path::new("-") {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("error: cannot read the case from standard input: {e}");
            return None;
        }
        return Some(CaseText { name: "standard input".into(), text, format: CaseFormat::Json });
    }
    let Some(format) = CaseFormat::from_path(path) else {
        eprintln!(
            "error: cannot tell the format of `{}`: name case files `*.json`, `*.yaml`, `*.yml` or `*.toml`",
            path.display()
        );
        return None;
    };
    match crate::load::read(path) {
        Ok(text) => Some(CaseText { name: path.display().to_string(), text, format }),
        Err(e) => {
            eprintln!("error: cannot read case `{}`: {}", e.path.display(), e.reason);
            None
        }
    }
}

/// Decodes the case for `model`; prints every error (and returns `None`) or
/// the warnings when `show_warnings`.
pub fn decode(case: &CaseText, model: &Model, show_warnings: bool) -> Option<(Case, Vec<CaseWarning>)> {
    let vocabulary = Vocabulary::new(model);
    match policy_eval::decode(&case.text, case.format, &model.schema, &vocabulary) {
        Ok((decoded, warnings)) => {
            if show_warnings {
                for w in &warnings {
                    eprintln!("warning: {}: {w}", case.name);
                }
            }
            Some((decoded, warnings))
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {}: {e}", case.name);
            }
            eprintln!(
                "error: the case `{}` is not valid ({} error(s)); nothing was evaluated",
                case.name,
                errors.len()
            );
            None
        }
    }
}
