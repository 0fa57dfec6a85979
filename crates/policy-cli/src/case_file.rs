//! Reading a case file (or standard input) and decoding it for one policy.
//! Case files hold children's health data: errors name the field and the
//! place, never the field's value beyond what the decoder quotes. Nothing
//! here prints: problems are returned for the command to show.

use std::io::Read;
use std::path::Path;

use policy_check::Model;
use policy_eval::case::MAX_CASE_BYTES;
use policy_eval::{Case, CaseFormat, CaseWarning, Vocabulary};

use policy_i18n::{io_reason, tr, Lang};

use crate::exit::Failure;

/// The language of these messages: `--lang`, else the locale, else Russian
/// (the case is read before the policy's keywords are at hand).
fn lang() -> Lang {
    crate::lang::chosen(None)
}

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
    policy_eval::case::text_from_bytes(bytes)
        .map_err(|e| Failure::new(tr!(lang(), "case-error", name = name.to_owned(), error = e.render(lang()))))
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
    let lang = lang();
    if path == Path::new("-") {
        let name = tr!(lang, "case-stdin");
        let bytes = read_bounded(std::io::stdin().lock())
            .map_err(|e| Failure::new(tr!(lang, "case-cannot-read-stdin", reason = io_reason(lang, &e))))?;
        let text = text(&name, bytes)?;
        return Ok(CaseText { name, text, format: CaseFormat::Json });
    }
    let format = CaseFormat::from_path(path)
        .ok_or_else(|| Failure::new(tr!(lang, "case-unknown-format", name = path.display().to_string())))?;
    let name = path.display().to_string();
    let unreadable =
        |e: std::io::Error| Failure::new(tr!(lang, "case-cannot-read", name = &name, reason = io_reason(lang, &e)));
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let len = file.metadata().map_err(unreadable)?.len();
    if len > u64::try_from(MAX_CASE_BYTES).unwrap_or(u64::MAX) {
        let error = policy_eval::case::too_large(len).render(lang);
        return Err(Failure::new(tr!(lang, "case-error", name = &name, error = error)));
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
        let lang = lang();
        self.warnings.iter().map(move |w| tr!(lang, "case-warning", name = &case.name, warning = w.render(lang)))
    }
}

/// Decodes the case for `model`; fails with every error when it is not valid.
pub fn decode(case: &CaseText, model: &Model) -> Result<Decoded, Failure> {
    let vocabulary = Vocabulary::new(model);
    match policy_eval::decode(&case.text, case.format, &model.schema, &vocabulary) {
        Ok((decoded, warnings)) => Ok(Decoded { case: decoded, warnings }),
        Err(errors) => {
            let lang = lang();
            let mut lines: Vec<String> =
                errors.iter().map(|e| tr!(lang, "case-error", name = &case.name, error = e.render(lang))).collect();
            lines.push(tr!(lang, "case-invalid", name = &case.name, n = errors.len()));
            Err(Failure(lines.join("\n")))
        }
    }
}
