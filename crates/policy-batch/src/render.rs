//! The summary for people: terminal text (aligned by display width), Markdown,
//! one self-contained HTML page, and JSON for other tools. The `.xlsx`
//! workbook is in [`crate::xlsx`]. Each text renderer lists at most
//! [`LISTED_HERE`] unusable cases by place (the JSON and the workbook list up to
//! [`crate::summary::LISTED_UNUSABLE`]).

use std::fmt::Write as _;

use policy_check::markup::{html as html_escape, markdown_cell as md_escape};
use policy_i18n::{tr, Lang};
use unicode_width::UnicodeWidthStr;

use crate::summary::{kind_text, BatchSummary, UnusableCase};
use crate::table::{count, Cell, Table};

/// How many unusable cases the text, Markdown and HTML summaries list.
pub const LISTED_HERE: usize = 20;

/// The summary as JSON (pretty-printed, with a final line break).
pub fn json(summary: &BatchSummary) -> String {
    serde_json::to_string_pretty(summary).map(|s| s + "\n").unwrap_or_default()
}

fn unusable_line(case: &UnusableCase, lang: Lang) -> String {
    let errors: Vec<String> = case
        .errors
        .iter()
        .map(|e| {
            let kind = kind_text(lang, e.kind);
            if e.path.is_empty() {
                kind
            } else {
                format!("{}: {kind}", e.path)
            }
        })
        .collect();
    format!("{}: {}", case.origin.text(lang), errors.join("; "))
}

/// The title of the list of unusable cases.
fn unusable_title(summary: &BatchSummary, lang: Lang) -> String {
    let shown = summary.unusable_cases.len().min(LISTED_HERE);
    let total = count(lang, summary.unusable);
    if u64::try_from(shown).unwrap_or(u64::MAX) < summary.unusable {
        tr!(lang, "batch-unusable-title-first", count = total, shown = shown)
    } else {
        tr!(lang, "batch-unusable-title", count = total)
    }
}

/// The summary for a terminal: one column per school, aligned.
pub fn text(summary: &BatchSummary, table: &Table) -> String {
    let label_width = table
        .sections
        .iter()
        .flat_map(|s| s.rows.iter().map(|r| r.label.width() + 2))
        .chain(table.sections.iter().map(|s| s.title.width().min(40)))
        .max()
        .unwrap_or(0);
    let widths: Vec<usize> = (0..table.columns.len())
        .map(|i| {
            table
                .sections
                .iter()
                .flat_map(|s| s.rows.iter().filter_map(|r| r.cells.get(i)))
                .map(|c| c.text(table.lang).width())
                .chain(std::iter::once(table.columns[i].width()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let pad = |out: &mut String, text: &str, width: usize, right: bool| {
        let fill = " ".repeat(width.saturating_sub(text.width()));
        if right {
            out.push_str(&fill);
            out.push_str(text);
        } else {
            out.push_str(text);
            out.push_str(&fill);
        }
    };
    let mut out = String::new();
    let _ = writeln!(out, "{}", table.title);
    let mut header = String::new();
    pad(&mut header, "", label_width, false);
    for (name, width) in table.columns.iter().zip(&widths) {
        header.push_str("  ");
        pad(&mut header, name, *width, true);
    }
    let _ = writeln!(out, "{}", header.trim_end());
    for section in &table.sections {
        if section.rows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", section.title);
        for row in &section.rows {
            let mut line = String::from("  ");
            pad(&mut line, &row.label, label_width - 2, false);
            for (cell, width) in row.cells.iter().zip(&widths) {
                line.push_str("  ");
                pad(&mut line, &cell.text(table.lang), *width, !matches!(cell, Cell::Text(_)));
            }
            let _ = writeln!(out, "{}", line.trim_end());
        }
    }
    if summary.unusable > 0 {
        let _ = writeln!(out, "\n{}", unusable_title(summary, table.lang));
        for case in summary.unusable_cases.iter().take(LISTED_HERE) {
            let _ = writeln!(out, "  {}", unusable_line(case, table.lang));
        }
    }
    out
}

/// The summary in Markdown: one table, a bold row per section.
pub fn markdown(summary: &BatchSummary, table: &Table) -> String {
    let mut out = format!("# {}\n\n", md_escape(&table.title));
    out.push_str("| |");
    for c in &table.columns {
        let _ = write!(out, " {} |", md_escape(c));
    }
    out.push_str("\n|---|");
    out.push_str(&"---:|".repeat(table.columns.len()));
    out.push('\n');
    for section in table.sections.iter().filter(|s| !s.rows.is_empty()) {
        let _ = writeln!(out, "| **{}** |{}", md_escape(&section.title), " |".repeat(table.columns.len()));
        for row in &section.rows {
            let _ = write!(out, "| {} |", md_escape(&row.label));
            for cell in &row.cells {
                let _ = write!(out, " {} |", md_escape(&cell.text(table.lang)));
            }
            out.push('\n');
        }
    }
    if summary.unusable > 0 {
        let _ = writeln!(out, "\n## {}\n", md_escape(&unusable_title(summary, table.lang)));
        for case in summary.unusable_cases.iter().take(LISTED_HERE) {
            let _ = writeln!(out, "- {}", md_escape(&unusable_line(case, table.lang)));
        }
    }
    out
}

const STYLE: &str = r#"
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "PT Sans", Arial, sans-serif; margin: 1.5rem; color: #1d1d1d; }
h1 { font-size: 1.4rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid #c8c8c8; padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th { background: #eef1f5; }
tr.section th { background: #f6f6f6; font-weight: 600; padding-top: .6rem; }
@media print { body { margin: 0; font-size: 9pt; } .table { overflow: visible; } tr { break-inside: avoid; } }
"#;

/// The summary as one self-contained HTML page (inline style, no scripts); a
/// table wider than a small screen scrolls in its own box.
pub fn html(summary: &BatchSummary, table: &Table) -> String {
    let mut out = format!("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", table.lang.code());
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>", html_escape(&table.title));
    let _ =
        writeln!(out, "<h1>{}</h1>\n<div class=\"table\">\n<table>\n<thead><tr><th></th>", html_escape(&table.title));
    for c in &table.columns {
        let _ = write!(out, "<th>{}</th>", html_escape(c));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for section in table.sections.iter().filter(|s| !s.rows.is_empty()) {
        let _ = writeln!(
            out,
            "<tr class=\"section\"><th colspan=\"{}\">{}</th></tr>",
            table.columns.len() + 1,
            html_escape(&section.title)
        );
        for row in &section.rows {
            let _ = write!(out, "<tr><th>{}</th>", html_escape(&row.label));
            for cell in &row.cells {
                let class = if matches!(cell, Cell::Text(_)) { "" } else { " class=\"n\"" };
                let _ = write!(out, "<td{class}>{}</td>", html_escape(&cell.text(table.lang)));
            }
            out.push_str("</tr>\n");
        }
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
    if summary.unusable > 0 {
        let _ = writeln!(out, "<h2>{}</h2>\n<ul>", html_escape(&unusable_title(summary, table.lang)));
        for case in summary.unusable_cases.iter().take(LISTED_HERE) {
            let _ = writeln!(out, "<li>{}</li>", html_escape(&unusable_line(case, table.lang)));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}
