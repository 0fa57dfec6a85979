//! The comparison for a terminal: at most [`WIDTH`] columns, long text
//! wrapped inside its column, `≠` before each row where the policies differ
//! and, with colour, those rows' values in yellow.

use owo_colors::OwoColorize;
use policy_i18n::tr;

use crate::comparison::{Cell, Comparison, Row};
use crate::wrap::{self, Line};

/// The widest line the table prints.
pub const WIDTH: usize = 120;
/// The width of the concept column.
const LABEL: usize = 22;
/// Between columns.
const SEP: &str = " │ ";
/// The narrowest policy column.
const MIN_COLUMN: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Title,
    Differs,
    Mark,
    Dim,
}

fn paint(color: bool, style: Style, text: &str) -> String {
    if !color {
        return text.to_string();
    }
    match style {
        Style::Plain => text.to_string(),
        Style::Title => text.bold().to_string(),
        Style::Differs => text.yellow().to_string(),
        Style::Mark => text.yellow().bold().to_string(),
        Style::Dim => text.dimmed().to_string(),
    }
}

/// The width of each policy's column for `n` policies.
fn column_width(n: usize) -> usize {
    let n = n.max(1);
    (WIDTH.saturating_sub(LABEL + n * SEP.chars().count()) / n).max(MIN_COLUMN)
}

/// Renders a line of styled pieces padded to `width` columns.
fn padded(color: bool, line: Option<&Line<Style>>, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    if let Some(line) = line {
        for (text, style) in line {
            out.push_str(&paint(color, *style, text));
        }
        used = wrap::line_width(line);
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

/// Lays out columns of wrapped lines side by side.
fn grid(color: bool, columns: &[Vec<Line<Style>>], widths: &[usize]) -> String {
    let height = columns.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = String::new();
    for i in 0..height {
        let parts: Vec<String> = columns.iter().zip(widths).map(|(col, w)| padded(color, col.get(i), *w)).collect();
        out.push_str(parts.join(&paint(color, Style::Dim, SEP)).trim_end());
        out.push('\n');
    }
    out
}

fn rule(widths: &[usize]) -> String {
    let parts: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    parts.join("─┼─")
}

fn cell_lines(cell: Option<&Cell>, differs: bool, width: usize) -> Vec<Line<Style>> {
    let Some(cell) = cell else {
        return wrap::wrap(&[("—", Style::Dim)], width);
    };
    let value_style = if differs { Style::Differs } else { Style::Plain };
    let clause = cell.clause.as_ref().map(|c| format!("§ {c}"));
    let note = cell.note.as_ref().map(|n| format!("\n{n}"));
    let mut pieces = vec![(cell.text.as_str(), value_style)];
    if let Some(clause) = &clause {
        pieces.push((clause.as_str(), Style::Dim));
    }
    if let Some(note) = &note {
        pieces.push((note.as_str(), Style::Plain));
    }
    wrap::wrap(&pieces, width)
}

fn row_columns(row: &Row, width: usize) -> Vec<Vec<Line<Style>>> {
    let mut label = wrap::wrap(&[(row.title.as_str(), Style::Title)], LABEL - 2);
    for (i, line) in label.iter_mut().enumerate() {
        let mark =
            if i == 0 && row.differs { ("≠ ".to_string(), Style::Mark) } else { ("  ".to_string(), Style::Plain) };
        line.insert(0, mark);
    }
    let mut columns = vec![label];
    columns.extend(row.cells.iter().map(|c| cell_lines(c.as_ref(), row.differs, width)));
    columns
}

fn header(c: &Comparison, color: bool) -> String {
    let mut out = String::new();
    let ids: Vec<&str> = c.policies.iter().map(|p| p.id.as_str()).collect();
    let title = tr!(c.lang, "compare-heading-ids", ids = ids.join(", "));
    for line in wrap::wrap(&[(title.as_str(), Style::Title)], WIDTH) {
        out.push_str(padded(color, Some(&line), 0).trim_end());
        out.push('\n');
    }
    let id_width = ids.iter().map(|id| wrap::width(id)).max().unwrap_or(0).min(LABEL);
    for p in &c.policies {
        let mut about: Vec<String> = Vec::new();
        about.extend(p.school.clone());
        about.extend(p.title.clone());
        about.extend(p.approved_text(c.lang).map(|a| tr!(c.lang, "compare-approved", approved = a)));
        let text = about.join(" — ");
        let columns = [
            wrap::wrap(&[(p.id.as_str(), Style::Title)], id_width),
            wrap::wrap(&[(text.as_str(), Style::Plain)], WIDTH - id_width - 4),
        ];
        let height = columns.iter().map(Vec::len).max().unwrap_or(0);
        for i in 0..height {
            let line =
                format!("  {}  {}", padded(color, columns[0].get(i), id_width), padded(color, columns[1].get(i), 0));
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    for line in wrap::wrap(&[(tr!(c.lang, "compare-legend").as_str(), Style::Plain)], WIDTH) {
        out.push_str(padded(color, Some(&line), 0).trim_end());
        out.push('\n');
    }
    out
}

/// The comparison as a table for a terminal, at most [`WIDTH`] columns wide
/// (for up to 4 policies; more get narrower columns down to a minimum).
/// ANSI colour only when `color`.
pub fn render(c: &Comparison, color: bool) -> String {
    let width = column_width(c.policies.len());
    let mut widths = vec![LABEL];
    widths.extend(std::iter::repeat_n(width, c.policies.len()));
    let mut out = header(c, color);
    for topic in c.topics() {
        out.push('\n');
        out.push_str(&paint(color, Style::Title, &format!("■ {}", topic.title(c.lang))));
        out.push('\n');
        let mut heads = vec![wrap::wrap(&[("", Style::Plain)], LABEL)];
        heads.extend(c.policies.iter().map(|p| wrap::wrap(&[(p.id.as_str(), Style::Title)], width)));
        out.push_str(&grid(color, &heads, &widths));
        out.push_str(&rule(&widths));
        out.push('\n');
        for (only, rows) in c.groups_of(topic) {
            if let Some(p) = only.and_then(|i| c.policies.get(i)) {
                out.push_str(&paint(color, Style::Dim, &rule(&widths)));
                out.push('\n');
                let heading = format!("▸ {}", tr!(c.lang, "compare-only-in", policy = p.id.clone()));
                out.push_str(&paint(color, Style::Title, &heading));
                out.push('\n');
            }
            let mut previous_tall = false;
            for (i, row) in rows.into_iter().enumerate() {
                let columns = row_columns(row, width);
                let tall = columns.iter().any(|col| col.len() > 1);
                if i > 0 && (tall || previous_tall) {
                    out.push_str(&paint(color, Style::Dim, &rule(&widths)));
                    out.push('\n');
                }
                out.push_str(&grid(color, &columns, &widths));
                previous_tall = tall;
            }
        }
    }
    out
}
