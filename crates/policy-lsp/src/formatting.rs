//! Document formatting through `policy_fmt::format` (the same layout as
//! `policy fmt`). A file with syntax errors is left as it is.

use std::path::Path;

use policy_syntax::LineIndex;
use tower_lsp_server::ls_types::{Position, Range, TextEdit};

use crate::analysis::Analysis;
use crate::vfs::normalize;

/// Whether the server offers formatting.
pub const AVAILABLE: bool = true;

/// The edits that format the file at `path`: one edit replacing the whole text,
/// none when it is already formatted, `None` when it cannot be formatted.
pub fn formatting(analysis: &Analysis, path: &Path) -> Option<Vec<TextEdit>> {
    let text = analysis.snapshot.read(&normalize(path)).ok()?;
    let formatted = policy_fmt::format(&text, None).ok()?;
    if formatted == text {
        return Some(Vec::new());
    }
    let index = LineIndex::new(&text);
    let end = index.wide_position(&text, text.len(), analysis.encoding());
    let range = Range { start: Position::new(0, 0), end: Position::new(end.line, end.column) };
    Some(vec![TextEdit { range, new_text: formatted }])
}
