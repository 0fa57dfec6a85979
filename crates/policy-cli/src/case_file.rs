//! Reading a case file (or standard input) and decoding it for one policy.
//! Case files hold children's health data: errors name the field and the
//! place, never the field's value beyond what the decoder quotes. Nothing
//! here prints: problems are returned for the command to show.

use std::io::Read;
use std::path::Path;

use policy_check::Model;
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

/// Reads `path` (`-`: JSON from standard input); fails when it cannot be read
/// or its format is unknown.
pub fn read(path: &Path) -> Result<CaseText, Failure> {
    if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure::new(format!("error: cannot read the case from standard input: {e}")))?;
        return Ok(CaseText { name: "standard input".into(), text, format: CaseFormat::Json });
    }
    let format = CaseFormat::from_path(path).ok_or_else(|| {
        Failure::new(format!(
            "error: cannot tell the format of `{}`: name case files `*.json`, `*.yaml`, `*.yml` or `*.toml`",
            path.display()
        ))
    })?;
    let text = crate::load::read(path).map_err(|e| e.failure("case"))?;
    Ok(CaseText { name: path.display().to_string(), text, format })
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
