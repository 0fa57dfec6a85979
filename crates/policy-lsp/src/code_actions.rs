//! Code actions: a quick fix for each "did you mean" diagnostic, replacing the
//! misspelt text with the suggestion.

use std::path::Path;

use tower_lsp_server::ls_types::{CodeAction, CodeActionKind, CodeActionOrCommand, Range, TextEdit, WorkspaceEdit};

use crate::analysis::{Analysis, Lines};
use crate::diagnostics::convert;
use crate::lang::{phrase, Phrase};
use crate::navigation::search_roots;

/// The quick fixes for the diagnostics of the file at `path` that touch `range`.
pub fn code_actions(analysis: &Analysis, path: &Path, range: Range) -> Option<Vec<CodeActionOrCommand>> {
    let ra = analysis.root(path)?;
    let id = ra.file_id(path)?;
    let language = ra.language(id);
    let lines = Lines::new(ra.file(id), analysis.encoding());
    let (from, to) = (lines.offset(range.start), lines.offset(range.end));
    let uri = analysis.snapshot.uri(&ra.file(id).path)?;
    let mut out = Vec::new();
    let mut seen = Vec::new();
    for root in search_roots(analysis, &ra) {
        let Some(file) = root.file_id(path) else { continue };
        for d in root.checked.diagnostics.iter().filter(|d| d.file == file) {
            let Some(s) = &d.diagnostic.suggestion else { continue };
            if s.span.end < from || s.span.start > to || seen.contains(&(s.span, s.replacement.clone())) {
                continue;
            }
            seen.push((s.span, s.replacement.clone()));
            let edit = TextEdit {
                range: Lines::new(root.file(file), analysis.encoding()).range(s.span),
                new_text: s.replacement.clone(),
            };
            let mut changes = std::collections::HashMap::new();
            changes.insert(uri.clone(), vec![edit]);
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("{} `{}`", phrase(Phrase::ReplaceWith, language), s.replacement),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![convert(&root, d, analysis.encoding())]),
                edit: Some(WorkspaceEdit { changes: Some(changes), ..WorkspaceEdit::default() }),
                is_preferred: Some(true),
                ..CodeAction::default()
            }));
        }
    }
    Some(out)
}
