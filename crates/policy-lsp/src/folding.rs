//! Folding ranges: every declaration and role item that spans several lines,
//! runs of comment lines, and the sections between `# ====…` headings.

use std::path::Path;

use policy_syntax::ast::{DeclKind, Span};
use tower_lsp_server::ls_types::{FoldingRange, FoldingRangeKind};

use crate::analysis::Analysis;

/// The folding ranges of the file at `path`.
pub fn folding_ranges(analysis: &Analysis, path: &Path) -> Option<Vec<FoldingRange>> {
    let ra = analysis.root(path)?;
    let id = ra.file_id(path)?;
    let file = ra.file(id);
    let text = file.text.as_str();
    let line_of = |offset: usize| file.lines.line_col(text, offset).line - 1;
    let mut out = Vec::new();
    let push = |span: Span, kind: Option<FoldingRangeKind>, out: &mut Vec<FoldingRange>| {
        let (start, end) = (line_of(span.start), line_of(span.end.saturating_sub(1).max(span.start)));
        if end > start {
            out.push(FoldingRange { start_line: start, end_line: end, kind, ..FoldingRange::default() });
        }
    };
    for decl in &file.parsed.file.decls {
        if matches!(decl.kind, DeclKind::Error) {
            continue;
        }
        push(decl.span, None, &mut out);
        if let DeclKind::Role(r) = &decl.kind {
            for item in &r.items {
                push(item.span, None, &mut out);
            }
        }
    }
    // Runs of whole-line comments, and sections.
    let comment_lines: Vec<(u32, &str)> = file
        .parsed
        .file
        .comments
        .iter()
        .filter(|c| text[..c.span.start].rsplit('\n').next().is_some_and(|lead| lead.trim().is_empty()))
        .map(|c| (line_of(c.span.start), c.text.as_str()))
        .collect();
    let mut i = 0;
    while i < comment_lines.len() {
        let mut j = i;
        while j + 1 < comment_lines.len() && comment_lines[j + 1].0 == comment_lines[j].0 + 1 {
            j += 1;
        }
        if j > i {
            out.push(FoldingRange {
                start_line: comment_lines[i].0,
                end_line: comment_lines[j].0,
                kind: Some(FoldingRangeKind::Comment),
                ..FoldingRange::default()
            });
        }
        i = j + 1;
    }
    let headings: Vec<u32> =
        comment_lines.iter().filter(|(_, t)| t.trim_start().starts_with("====")).map(|(l, _)| *l).collect();
    let last_line = line_of(text.len());
    for (k, start) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(last_line, |next| next.saturating_sub(1));
        if end > *start {
            out.push(FoldingRange {
                start_line: *start,
                end_line: end,
                kind: Some(FoldingRangeKind::Region),
                ..FoldingRange::default()
            });
        }
    }
    out.sort_by_key(|r| (r.start_line, std::cmp::Reverse(r.end_line)));
    Some(out)
}
