//! What can be wrong with a case: [`CaseError`]s, which stop evaluation, and
//! [`CaseWarning`]s, which do not; both name the field and its place in the text.

use std::fmt;

use policy_i18n::{tr, Lang, Message};

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
    /// What is wrong, with the offending input in backticks (each value of
    /// the case is a text argument of the message, already quoted).
    pub message: Message,
    /// What was expected there.
    pub expected: Option<Message>,
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
    pub message: Message,
}

/// Where in the case, in `lang`: the field path (the whole case when empty)
/// and the line and column when the format gives them.
fn place(lang: Lang, path: &str, line: Option<u32>, column: Option<u32>) -> String {
    let field = if path.is_empty() { tr!(lang, "case-whole") } else { path.to_owned() };
    match (line, column) {
        (Some(line), Some(column)) => {
            tr!(lang, "case-at-line-column", field = field, line = line.to_string(), column = column.to_string())
        }
        (Some(line), None) => tr!(lang, "case-at-line", field = field, line = line.to_string()),
        // Only a whole-file error (too large) has no place: it is about the whole file.
        _ if path.is_empty() => field,
        _ => tr!(lang, "case-at-nowhere", field = field),
    }
}

impl CaseError {
    /// The error in `lang`: its place, what is wrong, the "did you mean" and
    /// what was expected (`pupil.grade (line 3, column 10): …; expected: …`).
    pub fn render(&self, lang: Lang) -> String {
        let mut out = format!("{}: {}", place(lang, &self.path, self.line, self.column), self.message.render(lang));
        if let Some(value) = &self.suggestion {
            out.push_str(&tr!(lang, "case-did-you-mean", value = value));
        }
        if let Some(what) = &self.expected {
            out.push_str(&tr!(lang, "case-expected", what = what.clone()));
        }
        out
    }
}

impl CaseWarning {
    /// The warning in `lang`: its place and what is odd.
    pub fn render(&self, lang: Lang) -> String {
        format!("{}: {}", place(lang, &self.path, self.line, self.column), self.message.render(lang))
    }
}

/// In Russian, the language of the case's data ([`CaseError::render`] speaks either).
impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::Ru))
    }
}

/// In Russian, the language of the case's data ([`CaseWarning::render`] speaks either).
impl fmt::Display for CaseWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::Ru))
    }
}

impl std::error::Error for CaseError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::too_large;

    #[test]
    fn an_error_renders_in_either_language_and_displays_in_russian() {
        let e = too_large(8_388_622);
        assert_eq!(
            e.render(Lang::Ru),
            "дело: файл слишком велик: 8388622 байта, а дело принимается не больше 8388608 байт (8 МиБ); \
             проверьте, что это файл дела одного ученика"
        );
        assert_eq!(e.to_string(), e.render(Lang::Ru));
        assert_eq!(
            e.render(Lang::En),
            "the case: the file is too large: 8388622 bytes, and a case may have at most 8388608 bytes (8 MiB); \
             check that this is the case file of one pupil"
        );
        let warning = CaseWarning {
            path: "pupil.colour".into(),
            line: Some(3),
            column: None,
            message: policy_i18n::msg!("case-unknown-field"),
        };
        assert_eq!(warning.to_string(), "pupil.colour (строка 3): неизвестное поле: в схеме дела его нет");
        assert_eq!(warning.render(Lang::En), "pupil.colour (line 3): unknown field: the case schema does not have it");
    }
}
