//! The document as Markdown: the same parts as the HTML page, each clause's
//! words quoted and followed by what the policy makes of them; anchors are
//! inline `<a id>` so that the links work on GitHub and in most renderers.

use std::fmt::Write;

use policy_check::markup::markdown as escape;

use crate::content::{self, Document, Grid, Item};
use crate::labels::Label;

/// Inline code, fenced with enough backticks for its content.
fn code(text: &str) -> String {
    let fence = if text.contains('`') { "`` " } else { "`" };
    let close = if text.contains('`') { " ``" } else { "`" };
    format!("{fence}{}{close}", text.replace('\n', " "))
}

/// Links to clauses.
fn links(clauses: &[(String, String)]) -> String {
    clauses.iter().map(|(n, a)| format!("[{}](#{a})", escape(n))).collect::<Vec<_>>().join(", ")
}

/// The document as Markdown.
pub fn render(doc: &Document) -> String {
    let t = |l: Label| crate::labels::t(doc.lang, l);
    let mut out = String::new();
    let title = doc.title.clone().unwrap_or_else(|| doc.id.clone());
    let _ = writeln!(out, "# {}\n", escape(&title));
    let _ = writeln!(out, "## {}\n", t(Label::Metadata));
    for (label, value) in &doc.meta {
        let _ = writeln!(out, "- **{}:** {}", label, escape(value));
    }
    let _ = writeln!(out, "\n### {}\n", t(Label::Versions));
    if doc.versions.is_empty() {
        let _ = writeln!(out, "{}", t(Label::NoVersions));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |\n|---|---|---|---|",
            t(Label::Versions),
            t(Label::InForceFrom),
            t(Label::Order),
            t(Label::Changes)
        );
        for v in &doc.versions {
            let name = if v.shown { format!("**{}**", escape(&v.name)) } else { escape(&v.name) };
            let _ =
                writeln!(out, "| {name} | {} | {} | {} |", escape(&v.in_force), escape(&v.order), links(&v.changes));
        }
    }
    let _ = writeln!(out, "\n## {}", t(Label::Clauses));
    for c in &doc.clauses {
        let _ = writeln!(out, "\n<a id=\"{}\"></a>\n### {} {}\n", c.anchor, t(Label::ClauseWord), escape(&c.number));
        for line in c.text.lines() {
            let _ = writeln!(out, "> {}", escape(line));
        }
        out.push('\n');
        for change in &c.history {
            let _ = writeln!(out, "*{}: {} {}*\n", t(Label::History), t(Label::ChangedBy), escape(&change.version));
            if let Some((of, words)) = &change.before {
                let _ = writeln!(out, "*{} ({}):*\n", t(Label::Before), escape(of));
                for line in words.lines() {
                    let _ = writeln!(out, "> {}", escape(line));
                }
                out.push('\n');
            }
        }
        let resting = content::resting_on(c);
        if !resting.is_empty() {
            let list: Vec<String> = resting
                .iter()
                .map(|&i| {
                    let it = &doc.items[i];
                    format!("[{} {}](#{})", it.kind.to_lowercase(), escape(&shown_name(it)), it.anchor)
                })
                .collect();
            let _ = writeln!(out, "**{}:** {}\n", t(Label::RestsOn), list.join(", "));
        }
        for &i in &c.own {
            item(&doc.items[i], &mut out);
        }
        if let Some(reason) = &c.unencoded {
            let _ = writeln!(out, "*{}: {}*\n", t(Label::NotEncoded), escape(reason));
        } else if resting.is_empty() {
            let _ = writeln!(out, "*{}*\n", t(Label::NothingRests));
        }
        if !c.tests.is_empty() {
            let list: Vec<String> = c
                .tests
                .iter()
                .map(|&i| format!("[{}](#{})", escape(&doc.tests[i].name), doc.tests[i].anchor))
                .collect();
            let _ = writeln!(out, "{}: {}\n", t(Label::ExercisedBy), list.join("; "));
        }
    }
    let _ = writeln!(out, "## {}\n", t(Label::Unencoded));
    for c in content::unencoded(doc) {
        let _ = writeln!(
            out,
            "- [{} {}](#{}): {}",
            t(Label::ClauseWord),
            escape(&c.number),
            c.anchor,
            escape(c.unencoded.as_deref().unwrap_or_default())
        );
    }
    if !doc.uncited.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t(Label::Uncited));
        for &i in &doc.uncited {
            item(&doc.items[i], &mut out);
        }
    }
    let _ = writeln!(out, "\n## {}\n", t(Label::Tests));
    for (n, test) in doc.tests.iter().enumerate() {
        let _ = write!(out, "{}. <a id=\"{}\"></a>**{}**", n + 1, test.anchor, escape(&test.name));
        if let Some(case) = &test.case {
            let _ = write!(out, " — {}: {}", t(Label::CaseFile), code(case));
        }
        if !test.clauses.is_empty() {
            let _ = write!(out, " — § {}", links(&test.clauses));
        }
        let expects: Vec<String> = test.expects.iter().map(|e| code(e)).collect();
        let _ = writeln!(out, "\n   {}: {}", t(Label::Expects), expects.join("; "));
    }
    let _ = writeln!(out, "\n---\n{} {}.", t(Label::Generated), code(&doc.id));
    out
}

/// An item's name as shown: its policy name, or its title when it has none.
fn shown_name(it: &Item) -> String {
    if it.name.is_empty() {
        it.title.clone().unwrap_or_default()
    } else {
        it.name.clone()
    }
}

/// One item.
fn item(it: &Item, out: &mut String) {
    let _ = write!(out, "<a id=\"{}\"></a>\n**{}**", it.anchor, it.kind);
    if !it.name.is_empty() {
        let _ = write!(out, " {}", code(&it.name));
    }
    if let Some(title) = &it.title {
        let dash = if it.name.is_empty() { " " } else { " — " };
        let _ = write!(out, "{dash}{}", escape(title));
    }
    if let Some(c) = &it.citation {
        let _ = write!(out, " (§ «{}»: {})", escape(c), links(&it.clauses));
    }
    out.push_str("\n\n");
    if let Some(words) = &it.words {
        let _ = writeln!(out, "> {}\n", words.markdown());
    }
    for line in &it.lines {
        let text = if line.code { code(&line.text) } else { escape(&line.text) };
        let _ = writeln!(out, "- {}: {text}", line.label);
    }
    if let Some(g) = &it.grid {
        grid(g, out);
    }
    out.push('\n');
}

/// A Markdown table.
fn grid(g: &Grid, out: &mut String) {
    let row = |cells: &[String]| format!("| {} |", cells.iter().map(|c| escape(c)).collect::<Vec<_>>().join(" | "));
    let _ = writeln!(out, "\n{}\n|{}", row(&g.header), "---|".repeat(g.header.len()));
    for r in &g.rows {
        let _ = writeln!(out, "{}", row(r));
    }
}
