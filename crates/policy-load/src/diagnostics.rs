//! Diagnostics as data: the JSON of `policy check --format json`, with 1-based
//! lines and character columns. Keys and codes are stable; the message and
//! help are in the language asked for.

use policy_check::{FileDiagnostic, Workspace};
use policy_i18n::Lang;
use serde::Serialize;

/// A position in JSON output: 1-based line and character column.
#[derive(Debug, Clone, Serialize)]
pub struct JsonPosition {
    /// 1-based line.
    pub line: u32,
    /// 1-based column in characters.
    pub column: u32,
}

/// One diagnostic as data.
#[derive(Debug, Clone, Serialize)]
pub struct JsonDiagnostic {
    /// The file's path.
    pub file: String,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// The stable code.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// Where it starts.
    pub start: JsonPosition,
    /// Where it ends.
    pub end: JsonPosition,
    /// How to fix it.
    pub help: Option<String>,
}

/// Converts diagnostics to their JSON form, their words in `lang`.
pub fn json(ws: &Workspace, diagnostics: &[FileDiagnostic], lang: Lang) -> Vec<JsonDiagnostic> {
    diagnostics
        .iter()
        .map(|d| {
            let file = &ws.files[d.file];
            let at = |offset| {
                let lc = file.lines.line_col(&file.text, offset);
                JsonPosition { line: lc.line, column: lc.column }
            };
            JsonDiagnostic {
                file: file.path.display().to_string(),
                severity: d.diagnostic.severity().as_str(),
                code: d.diagnostic.code.as_str(),
                message: d.diagnostic.message_in(lang),
                start: at(d.diagnostic.span.start),
                end: at(d.diagnostic.span.end),
                help: d.diagnostic.help_in(lang),
            }
        })
        .collect()
}
