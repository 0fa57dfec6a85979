//! Rendering diagnostics for people (miette) and for programs (JSON).

use std::fmt;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents, SourceCode, SourceSpan,
    SpanContents,
};
use policy_check::{FileDiagnostic, Workspace};
use policy_i18n::{tr, Lang};
use policy_syntax::DiagnosticSeverity;

/// A policy diagnostic with its source, as miette wants it.
struct Report<'a> {
    diagnostic: &'a policy_syntax::Diagnostic,
    /// `None` when a line to show is too long to excerpt.
    source: Option<CharColumns<'a>>,
    /// Its labels in other files, shown beneath it with their own excerpts.
    elsewhere: Vec<Elsewhere<'a>>,
    /// The language of the labels.
    lang: Lang,
    /// The message, in `lang`.
    message: String,
    /// The help line, in `lang`.
    help: Option<String>,
}

/// A label of a diagnostic in another file than the diagnostic's (the first declaration in
/// a `use`d file): rendered beneath the diagnostic as advice with that file's excerpt.
struct Elsewhere<'a> {
    /// The label's text, in the report's language.
    message: String,
    /// Where in its file.
    span: policy_syntax::ast::Span,
    /// `file:line:column`, shown in the text when the line is too long to excerpt.
    at: String,
    /// `None` when the line is too long to excerpt.
    source: Option<CharColumns<'a>>,
}

impl fmt::Debug for Elsewhere<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Elsewhere<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.source {
            Some(_) => f.write_str(&self.message),
            None => write!(f, "{}: {}", self.message, self.at),
        }
    }
}

impl std::error::Error for Elsewhere<'_> {}

impl miette::Diagnostic for Elsewhere<'_> {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.source.as_ref()?;
        let label = LabeledSpan::new_primary_with_span(Some(self.message.clone()), span(self.span));
        Some(Box::new(std::iter::once(label)))
    }
}

/// The longest line, in bytes, shown in an excerpt. Longer lines are left out
/// (miette's renderer pads with format widths, which panic past 65,535, and a
/// 100,000-character line is no help to a reader anyway).
const MAX_EXCERPT_LINE: usize = 1_000;

/// Where each line of a text starts, counting line breaks as miette does
/// (`\r\n`, `\n` and a lone `\r` each end a line). Built once per file, so
/// that an excerpt costs a binary search, not a scan from the file's start.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &str) -> LineStarts {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    i += 2;
                    starts.push(i);
                }
                b'\r' | b'\n' => {
                    i += 1;
                    starts.push(i);
                }
                _ => i += 1,
            }
        }
        LineStarts(starts)
    }

    /// The 0-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset).saturating_sub(1)
    }

    /// Where line `line` starts; the text's end past the last line.
    fn start(&self, line: usize, len: usize) -> usize {
        self.0.get(line).copied().unwrap_or(len)
    }

    /// Whether a line among `first..=last` is longer than [`MAX_EXCERPT_LINE`].
    fn any_too_long(&self, first: usize, last: usize, len: usize) -> bool {
        (first..=last).any(|l| self.start(l + 1, len).saturating_sub(self.start(l, len)) > MAX_EXCERPT_LINE)
    }
}

/// A named source whose columns count characters, not bytes (miette counts
/// bytes, which puts a Cyrillic line's columns twice too far), and whose
/// excerpts are read from a window of a few lines around the span rather
/// than from the start of the file.
struct CharColumns<'a> {
    name: String,
    text: &'a str,
    lines: &'a LineStarts,
}

impl SourceCode for CharColumns<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        // miette's reader scans from the window's start: give it the lines
        // the excerpt needs (one more each side, so that it sees the same
        // line breaks), then move its answer back to the file's offsets and
        // line numbers.
        let len = self.text.len();
        let first_line = self.lines.line_of(span.offset()).saturating_sub(before + 1);
        let last_line = self.lines.line_of(span.offset() + span.len()) + after + 2;
        let window_start = self.lines.start(first_line, len);
        let window_end = self.lines.start(last_line, len);
        let window = self.text.as_bytes().get(window_start..window_end).ok_or(MietteError::OutOfBounds)?;
        let local = SourceSpan::new(span.offset().saturating_sub(window_start).into(), span.len());
        let inner = window.read_span(&local, before, after)?;
        let start = window_start + inner.span().offset();
        let line_start = start.saturating_sub(inner.column());
        let column = self.text.get(line_start..start).map(|s| s.chars().count()).unwrap_or(inner.column());
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            SourceSpan::new(start.into(), inner.span().len()),
            first_line + inner.line(),
            column,
            first_line + inner.line_count(),
        )))
    }
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
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
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let primary = LabeledSpan::new_primary_with_span(
            Some(self.diagnostic.label.render(self.lang)),
            span(self.diagnostic.span),
        );
        let rest = self
            .diagnostic
            .labels
            .iter()
            .filter(|l| l.file.is_none())
            .map(|l| LabeledSpan::new_with_span(Some(l.message.render(self.lang)), span(l.span)));
        Some(Box::new(std::iter::once(primary).chain(rest)))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        if self.elsewhere.is_empty() {
            return None;
        }
        Some(Box::new(self.elsewhere.iter().map(|e| e as &dyn miette::Diagnostic)))
    }
}

/// Whether an excerpt of `s` (with a line of context on each side) has a line too long to show.
fn excerpt_too_long(lines: &LineStarts, s: policy_syntax::ast::Span, len: usize) -> bool {
    let (first, last) = (lines.line_of(s.start), lines.line_of(s.end));
    lines.any_too_long(first.saturating_sub(1), last + 1, len)
}

/// The language diagnostics of `ws` are printed in: `--lang`, else Russian
/// for a policy written with Russian keywords (the first file loaded), else
/// the locale's.
pub fn lang_of(ws: &Workspace) -> Lang {
    let keywords = ws.files.first().map(|f| policy_syntax::dominant_language(&f.text, &f.parsed.file));
    crate::lang::chosen(keywords)
}

/// Renders diagnostics the way a person reads them: file, line:column, the
/// source line with labelled spans, code and help, in `lang`. `color` only on a terminal.
/// A diagnostic on a line longer than [`MAX_EXCERPT_LINE`] bytes is shown
/// without the excerpt, with its file, line and column on a line of its own.
pub fn human(ws: &Workspace, diagnostics: &[FileDiagnostic], color: bool, lang: Lang) -> String {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100).with_links(false);
    let mut line_starts: Vec<Option<LineStarts>> = ws.files.iter().map(|_| None).collect();
    let mut out = String::new();
    for d in diagnostics {
        let file = &ws.files[d.file];
        let other_files = d.diagnostic.labels.iter().filter_map(|l| l.file);
        for f in std::iter::once(d.file).chain(other_files) {
            if let (Some(slot), Some(other)) = (line_starts.get_mut(f), ws.files.get(f)) {
                slot.get_or_insert_with(|| LineStarts::new(&other.text));
            }
        }
        let Some(Some(lines)) = line_starts.get(d.file) else { continue };
        let name = file.path.display().to_string();
        let len = file.text.len();
        let same_file = d.diagnostic.labels.iter().filter(|l| l.file.is_none()).map(|l| l.span);
        let too_long = std::iter::once(d.diagnostic.span).chain(same_file).any(|s| excerpt_too_long(lines, s, len));
        let source = (!too_long).then(|| CharColumns { name: name.clone(), text: &file.text, lines });
        let elsewhere = d
            .diagnostic
            .labels
            .iter()
            .filter_map(|l| {
                let f = l.file?;
                let (other, Some(lines)) = (ws.files.get(f)?, line_starts.get(f)?.as_ref()) else { return None };
                let name = other.path.display().to_string();
                let pos = other.lines.line_col(&other.text, l.span.start);
                let at = format!("{name}:{}:{}", pos.line, pos.column);
                let fits = !excerpt_too_long(lines, l.span, other.text.len());
                let source = fits.then(|| CharColumns { name, text: &other.text, lines });
                Some(Elsewhere { message: l.message.render(lang), span: l.span, at, source })
            })
            .collect();
        let report = Report {
            diagnostic: &d.diagnostic,
            source,
            elsewhere,
            lang,
            message: d.diagnostic.message_in(lang),
            help: d.diagnostic.help_in(lang),
        };
        if handler.render_report(&mut out, &report).is_err() {
            out.push_str(&report.message);
        }
        if too_long {
            let at = file.lines.line_col(&file.text, d.diagnostic.span.start);
            out.push_str(&format!(
                "  {}\n",
                tr!(
                    lang,
                    "check-line-too-long",
                    file = name.clone(),
                    line = at.line.to_string(),
                    column = at.column.to_string(),
                    limit = MAX_EXCERPT_LINE
                )
            ));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// What the reader answered before windows: miette's own reader over the
    /// whole text, with the column in characters.
    fn whole_text(
        text: &str,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Option<(Vec<u8>, usize, usize, usize, usize, usize)> {
        let inner = text.read_span(span, before, after).ok()?;
        let start = inner.span().offset();
        let line_start = start.saturating_sub(inner.column());
        let column = text.get(line_start..start).map(|s| s.chars().count()).unwrap_or(inner.column());
        Some((inner.data().to_vec(), start, inner.span().len(), inner.line(), column, inner.line_count()))
    }

    #[test]
    fn the_window_reads_what_the_whole_text_reads() {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let mut texts = vec!["a\r\nb\rc\n\nd".to_string(), String::new(), "one line".to_string(), "\n\n\n".to_string()];
        for dir in ["policies", "crates/policy-check/tests/diagnostics"] {
            for entry in std::fs::read_dir(root.join(dir)).expect("a directory") {
                let path = entry.expect("an entry").path();
                if path.extension().is_some_and(|e| e == "policy") {
                    texts.push(std::fs::read_to_string(&path).expect("a policy"));
                }
            }
        }
        for text in &texts {
            let lines = LineStarts::new(text);
            let source = CharColumns { name: "f".into(), text, lines: &lines };
            let step = (text.len() / 80).max(1);
            for offset in (0..=text.len()).step_by(step) {
                for len in [0, 1, 60, 400] {
                    for context in 0..=2 {
                        let span = SourceSpan::new(offset.into(), len);
                        let expected = whole_text(text, &span, context, context);
                        let got = source.read_span(&span, context, context).ok().map(|c| {
                            (c.data().to_vec(), c.span().offset(), c.span().len(), c.line(), c.column(), c.line_count())
                        });
                        assert_eq!(got, expected, "offset {offset}, length {len}, context {context}");
                    }
                }
            }
        }
    }
}
