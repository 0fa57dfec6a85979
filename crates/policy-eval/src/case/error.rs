//! What can be wrong with a case: [`CaseError`]s, which stop evaluation, and
//! [`CaseWarning`]s, which do not; both name the field and its place in the text.

use std::fmt;

/// What kind of mistake a [`CaseError`] is; in JSON by its name in snake case
/// (`unknown_value`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseErrorKind {
    /// The text is not valid JSON/YAML/TOML, or is empty.
    Syntax,
    /// A value of the wrong type (`grade: "пятый"`).
    Type,
    /// A date that is malformed or does not exist (`2025-13-01`).
    Date,
    /// A negative number.
    Negative,
    /// An integer outside the declared range, or a fraction where a whole number is due.
    Range,
    /// A value that its enumeration does not have.
    UnknownValue,
    /// A required field is absent or null.
    Missing,
}

/// A mistake in a case: nothing is evaluated on a case with errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseError {
    /// What kind of mistake.
    pub kind: CaseErrorKind,
    /// The field path (`pupil.grade`, `documents[1].date`; list indices from 0);
    /// empty for the whole file.
    pub path: String,
    /// 1-based line, when the format gives it.
    pub line: Option<u32>,
    /// 1-based column in characters, when the format gives it.
    pub column: Option<u32>,
    /// What is wrong, with the offending input in backticks.
    pub message: String,
    /// What was expected there.
    pub expected: Option<String>,
    /// A close enumeration value, for "did you mean".
    pub suggestion: Option<String>,
}

/// Something odd in a case that does not stop evaluation (an unknown field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseWarning {
    /// The field path.
    pub path: String,
    /// 1-based line, when the format gives it.
    pub line: Option<u32>,
    /// 1-based column in characters, when the format gives it.
    pub column: Option<u32>,
    /// What is odd.
    pub message: String,
}

fn fmt_place(f: &mut fmt::Formatter<'_>, path: &str, line: Option<u32>, column: Option<u32>) -> fmt::Result {
    if path.is_empty() {
        f.write_str("дело")?;
    } else {
        f.write_str(path)?;
    }
    match (line, column) {
        (Some(l), Some(c)) => write!(f, " (строка {l}, столбец {c})"),
        (Some(l), None) => write!(f, " (строка {l})"),
        // Only a whole-file error (too large) has no place: it is about the whole file.
        _ if path.is_empty() => Ok(()),
        _ => f.write_str(" (без указания места)"),
    }
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt_place(f, &self.path, self.line, self.column)?;
        write!(f, ": {}", self.message)?;
        if let Some(s) = &self.suggestion {
            write!(f, "; возможно, имелось в виду `{s}`")?;
        }
        if let Some(e) = &self.expected {
            write!(f, "; ожидалось: {e}")?;
        }
        Ok(())
    }
}

impl fmt::Display for CaseWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt_place(f, &self.path, self.line, self.column)?;
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for CaseError {}
