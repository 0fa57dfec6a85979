//! The comparison in Markdown, for pasting into a memo: a table of the
//! policies, then one table per topic; `≠` and bold mark the rows where the
//! policies differ.

use std::fmt::Write as _;

use policy_check::markup::markdown_cell as escape;

use crate::comparison::{Cell, Comparison};

fn cell(cell: Option<&Cell>) -> String {
    let Some(cell) = cell else { return "—".into() };
    let mut out = escape(&cell.value);
    if let Some(clause) = &cell.clause {
        let _ = write!(out, " (§ {})", escape(clause));
    }
    if let Some(note) = &cell.note {
        let _ = write!(out, "<br>*{}*", escape(note));
    }
    out
}

/// The comparison as Markdown.
pub fn render(c: &Comparison) -> String {
    let mut out =
        String::from("# Policies compared\n\n| policy | school | regulation | approved |\n|---|---|---|---|\n");
    for p in &c.policies {
        let field = |v: &Option<String>| v.as_deref().map(escape).unwrap_or_else(|| "—".into());
        let _ = writeln!(
            out,
            "| **{}** | {} | {} | {} |",
            escape(&p.id),
            field(&p.school),
            field(&p.title),
            field(&p.approved)
        );
    }
    out.push_str("\n≠ marks a row where the policies differ; § the clause each cell comes from.\n");
    for topic in c.topics() {
        let _ = write!(out, "\n## {}\n\n| |", escape(topic.title()));
        for p in &c.policies {
            let _ = write!(out, " {} |", escape(&p.id));
        }
        out.push_str("\n|---|");
        out.push_str(&"---|".repeat(c.policies.len()));
        out.push('\n');
        for row in c.rows_of(topic) {
            if row.differs {
                let _ = write!(out, "| **≠ {}** |", escape(&row.label));
            } else {
                let _ = write!(out, "| {} |", escape(&row.label));
            }
            for c in &row.cells {
                let _ = write!(out, " {} |", cell(c.as_ref()));
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_breaks_kept() {
        assert_eq!(escape("a | b_c *d*\nе"), r"a \| b\_c \*d\*<br>е");
    }
}
