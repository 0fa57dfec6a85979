//! The comparison in Markdown, for pasting into a memo: a table of the
//! policies, then one table per topic; `≠` and bold mark the rows where the
//! policies differ.

use std::fmt::Write as _;

use policy_check::markup::markdown_cell as escape;
use policy_i18n::tr;

use crate::comparison::{Cell, Comparison};

fn cell(cell: Option<&Cell>) -> String {
    let Some(cell) = cell else { return "—".into() };
    let mut out = escape(&cell.text);
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
    let lang = c.lang;
    let mut out = format!(
        "# {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
        escape(&tr!(lang, "compare-heading")),
        escape(&tr!(lang, "compare-column-policy")),
        escape(&tr!(lang, "compare-column-school")),
        escape(&tr!(lang, "compare-column-regulation")),
        escape(&tr!(lang, "compare-column-approved")),
    );
    for p in &c.policies {
        let field = |v: &Option<String>| v.as_deref().map(escape).unwrap_or_else(|| "—".into());
        let _ = writeln!(
            out,
            "| **{}** | {} | {} | {} |",
            escape(&p.id),
            field(&p.school),
            field(&p.title),
            field(&p.approved_text(lang))
        );
    }
    let _ = writeln!(out, "\n{}", escape(&tr!(lang, "compare-legend")));
    for topic in c.topics() {
        let _ = writeln!(out, "\n## {}", escape(&topic.title(lang)));
        for (only, rows) in c.groups_of(topic) {
            if let Some(p) = only.and_then(|i| c.policies.get(i)) {
                let _ = writeln!(out, "\n### {}", escape(&tr!(lang, "compare-only-in", policy = p.id.clone())));
            }
            out.push_str("\n| |");
            for p in &c.policies {
                let _ = write!(out, " {} |", escape(&p.id));
            }
            out.push_str("\n|---|");
            out.push_str(&"---|".repeat(c.policies.len()));
            out.push('\n');
            for row in rows {
                if row.differs {
                    let _ = write!(out, "| **≠ {}** |", escape(&row.title));
                } else {
                    let _ = write!(out, "| {} |", escape(&row.title));
                }
                for c in &row.cells {
                    let _ = write!(out, " {} |", cell(c.as_ref()));
                }
                out.push('\n');
            }
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
