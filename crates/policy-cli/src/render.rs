//! Rendering diagnostics for people (miette) and for programs (JSON).

use std::fmt;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents, SourceCode, SourceSpan,
    SpanContents,
};
use policy_check::{FileDiagnostic, Workspace};
use policy_syntax::DiagnosticSeverity;
use serde::Serialize;

/// A policy diagnostic with its source, as miette wants it.
struct Report<'a> {
    diagnostic: &'a policy_syntax::Diagnostic,
    source: CharColumns<'a>,
}

/// A named source whose columns count characters, not bytes (miette counts
/// bytes, which puts a Cyrillic line's columns twice too far).
struct CharColumns<'a> {
    name: String,
    text: &'a str,
}

impl SourceCode for CharColumns<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let inner = self.text.read_span(span, before, after)?;
        let start = inner.span().offset();
        let line_start = start.saturating_sub(inner.column());
        let column = self.text.get(line_start..start).map(|s| s.chars().count()).unwrap_or(inner.column());
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
        )))
    }
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
    }
}

impl std::error::Error for Report<'_> {}

fn span(s: policy_syntax::ast::Span) -> SourceSpan {
    SourceSpan::new(s.start.into(), s.end.saturating_sub(s.start))
}

impl miette::Diagnostic for Report<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.diagnostic.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity() {
            DiagnosticSeverity::Error => miette::Severity::Error,
            DiagnosticSeverity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.diagnostic.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let primary =
            LabeledSpan::new_primary_with_span(Some(self.diagnostic.label.clone()), span(self.diagnostic.span));
        let rest =
            self.diagnostic.labels.iter().map(|l| LabeledSpan::new_with_span(Some(l.message.clone()), span(l.span)));
        Some(Box::new(std::iter::once(primary).chain(rest)))
    }
}

/// Renders diagnostics the way a person reads them: file, line:column, the
/// source line with labelled spans, code and help. `color` only on a terminal.
pub fn human(ws: &Workspace, diagnostics: &[FileDiagnostic], color: bool) -> String {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100).with_links(false);
    let mut out = String::new();
    for d in diagnostics {
        let file = &ws.files[d.file];
        let report = Report {
            diagnostic: &d.diagnostic,
            source: CharColumns { name: file.path.display().to_string(), text: &file.text },
        };
        if handler.render_report(&mut out, &report).is_err() {
            out.push_str(&d.diagnostic.message);
        }
        out.push('\n');
    }
    out
}

/// A position in JSON output: 1-based line and character column.
#[derive(Debug, Serialize)]
pub struct JsonPosition {
    /// 1-based line.
    pub line: u32,
    /// 1-based column in characters.
    pub column: u32,
}

/// One diagnostic as data.
#[derive(Debug, Serialize)]
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

/// Converts diagnostics to their JSON form.
pub fn json(ws: &Workspace, diagnostics: &[FileDiagnostic]) -> Vec<JsonDiagnostic> {
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
                message: d.diagnostic.message.clone(),
                start: at(d.diagnostic.span.start),
                end: at(d.diagnostic.span.end),
                help: d.diagnostic.help.clone(),
            }
        })
        .collect()
}
