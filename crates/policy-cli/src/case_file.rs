//! Reading a case file (or standard input) and decoding it for one policy.
//! Case files hold children's health data: errors name the field and the
//! place, never the field's value beyond what the decoder quotes. Nothing
//! here prints: problems are returned for the command to show.

use std::io::Read;
use std::path::Path;

use policy_check::Model;
use policy_eval::case::MAX_CASE_BYTES;
use policy_eval::{Case, CaseFormat, CaseWarning, Vocabulary};

use crate::exit::Failure;

/// A case file's text and format.
pub struct CaseText {
    /// The name to show in messages (`-` is `standard input`).
    pub name: String,
    /// The text.
    pub text: String,
    /// The format.
    pub format: CaseFormat,
}

/// A case file's bytes as text, or the decoder's error (too large, not UTF-8,
/// with its place) under the file's name.
fn text(name: &str, bytes: Vec<u8>) -> Result<String, Failure> {
    policy_eval::case::text_from_bytes(bytes).map_err(|e| Failure::new(format!("error: {name}: {e}")))
}

/// Reads at most one byte more than [`MAX_CASE_BYTES`] (so that a larger input
/// is refused without being read to its end).
fn read_bounded(reader: impl Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(u64::try_from(MAX_CASE_BYTES).unwrap_or(u64::MAX).saturating_add(1)).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Reads `path` (`-`: JSON from standard input); fails when it cannot be read,
/// is larger than [`MAX_CASE_BYTES`], is not UTF-8 or its format is unknown.
pub fn read(path: &Path) -> Result<CaseText, Failure> {
    if path == Path::new("-") {
        let name = "standard input";
        let bytes = read_bounded(std::io::stdin().lock())
            .map_err(|e| Failure::new(format!("error: cannot read the case from standard input: {e}")))?;
        return Ok(CaseText { name: name.into(), text: text(name, bytes)?, format: CaseFormat::Json });
    }
    let format = CaseFormat::from_path(path).ok_or_else(|| {
        Failure::new(format!(
            "error: cannot tell the format of `{}`: name case files `*.json`, `*.yaml`, `*.yml` or `*.toml`",
            path.display()
        ))
    })?;
    let name = path.display().to_string();
    let unreadable = |e: std::io::Error| Failure::new(format!("error: cannot read the case `{name}`: {e}"));
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let len = file.metadata().map_err(unreadable)?.len();
    if len > u64::try_from(MAX_CASE_BYTES).unwrap_or(u64::MAX) {
        return Err(Failure::new(format!("error: {name}: {}", policy_eval::case::too_large(len))));
    }
    let bytes = read_bounded(file).map_err(unreadable)?;
    Ok(CaseText { text: text(&name, bytes)?, name, format })
}

/// A decoded case and the decoder's warnings about it.
pub struct Decoded {
    /// The case, ready to evaluate.
    pub case: Case,
    /// What the decoder noticed but accepted (unknown fields, for instance).
    pub warnings: Vec<CaseWarning>,
}

impl Decoded {
    /// The warnings as lines for standard error, one per warning.
    pub fn warning_lines<'a>(&'a self, case: &'a CaseText) -> impl Iterator<Item = String> + 'a {
        self.warnings.iter().map(move |w| format!("warning: {}: {w}", case.name))
    }
}

/// Decodes the case for `model`; fails with every error when it is not valid.
pub fn decode(case: &CaseText, model: &Model) -> Result<Decoded, Failure> {
    let vocabulary = Vocabulary::new(model);
    match policy_eval::decode(&case.text, case.format, &model.schema, &vocabulary) {
        Ok((decoded, warnings)) => Ok(Decoded { case: decoded, warnings }),
        Err(errors) => {
            let mut lines: Vec<String> = errors.iter().map(|e| format!("error: {}: {e}", case.name)).collect();
            lines.push(format!(
                "error: the case `{}` is not valid ({} error(s)); nothing was evaluated",
                case.name,
                errors.len()
            ));
            Err(Failure(lines.join("\n")))
        }
    }
}
