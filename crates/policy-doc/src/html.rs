//! The document as one self-contained HTML page: inline CSS, no script, no
//! external resource. Each clause's words stand beside what the policy makes
//! of them; every item links to its clauses and every clause lists the items
//! that rest on it. Printing starts each part on a new page.

use std::fmt::Write;

use policy_check::markup::html as esc;

use crate::content::{self, ClauseEntry, Document, Grid, Item};
use crate::labels::Label;

/// The page's style sheet: screen and print.
const STYLE: &str = r#"
*, *::before, *::after { box-sizing: border-box; }
html { font-family: "PT Serif", "Times New Roman", serif; font-size: 15px; line-height: 1.45; color: #1b1b1b; background: #fff; }
body { margin: 0 auto; padding: 1.5rem; max-width: 72rem; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #333; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
h4 { font-size: .95rem; margin: 0 0 .3rem; font-weight: 600; }
a { color: #0b4f8a; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: .85em; white-space: break-spaces; overflow-wrap: anywhere; }
.school { margin: 0; color: #444; }
dl.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: .4rem 0; font-size: .85rem; }
.scroll { overflow-x: auto; }
th, td { border: 1px solid #bbb; padding: .15rem .3rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #f0f0f0; }
.clause { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.2rem; border-top: 1px solid #ccc; padding: .8rem 0; }
.clause blockquote { margin: 0; padding: .4rem .7rem; border-left: 4px solid #8a6d3b; background: #fbf8f1; white-space: pre-wrap; }
.history { font-size: .85rem; color: #7a4b00; margin: .4rem 0 .2rem; }
.clause blockquote.before { font-size: .85rem; color: #555; background: #f4f4f4; border-left-color: #bbb; }
.item { border: 1px solid #d5dbe3; border-radius: 4px; padding: .4rem .6rem; margin: 0 0 .6rem; background: #f7f9fc; }
.item dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .1rem .6rem; margin: .2rem 0 0; font-size: .9rem; }
.item dt { color: #555; }
.item dd { margin: 0; }
.kind { text-transform: uppercase; font-size: .75rem; letter-spacing: .04em; color: #555; margin-right: .3rem; }
.cites, .rests, .tests-of { font-size: .85rem; margin: .2rem 0; }
.unencoded { font-style: italic; color: #6b3b3b; }
.toc ol { columns: 2; }
footer { margin-top: 2rem; font-size: .8rem; color: #666; }
@media (max-width: 50rem) { .clause { grid-template-columns: minmax(0, 1fr); } .toc ol { columns: 1; } }
@page { size: A4; margin: 15mm; }
@media print {
  html { font-size: 10.5pt; }
  body { padding: 0; max-width: none; }
  .part { break-before: page; }
  .scroll { overflow: visible; }
  .item, .clause blockquote, tr { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .item { background: none; }
}
"#;

/// The document as an HTML page.
pub fn render(doc: &Document) -> String {
    let t = |l: Label| crate::labels::t(doc.lang, l);
    let mut out = String::new();
    let title = doc.title.clone().unwrap_or_else(|| doc.id.clone());
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} — {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        doc.lang.code(),
        esc(&title),
        esc(&doc.id)
    );
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", esc(&title));
    if let Some((_, school)) = doc.meta.iter().find(|(l, _)| *l == t(Label::School)) {
        let _ = writeln!(out, "<p class=\"school\">{}</p>", esc(school));
    }
    out.push_str("</header>\n");
    toc(doc, &mut out);
    metadata(doc, &mut out);
    let _ = writeln!(out, "<section class=\"part\" id=\"clauses\">\n<h2>{}</h2>", t(Label::Clauses));
    for c in &doc.clauses {
        clause(doc, c, &mut out);
    }
    out.push_str("</section>\n");
    let _ = writeln!(out, "<section class=\"part\" id=\"unencoded\">\n<h2>{}</h2>\n<ul>", t(Label::Unencoded));
    for c in content::unencoded(doc) {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\">{} {}</a>: {}</li>",
            esc(&c.anchor),
            t(Label::ClauseWord),
            esc(&c.number),
            esc(c.unencoded.as_deref().unwrap_or_default())
        );
    }
    out.push_str("</ul>\n</section>\n");
    if !doc.uncited.is_empty() {
        let _ = writeln!(out, "<section class=\"part\" id=\"uncited\">\n<h2>{}</h2>", t(Label::Uncited));
        for &i in &doc.uncited {
            item(&doc.items[i], &mut out);
        }
        out.push_str("</section>\n");
    }
    tests(doc, &mut out);
    let _ = writeln!(out, "<footer>{} <code>{}</code>.</footer>\n</body>\n</html>", t(Label::Generated), esc(&doc.id));
    out
}

/// The table of contents.
fn toc(doc: &Document, out: &mut String) {
    let t = |l: Label| crate::labels::t(doc.lang, l);
    let _ = writeln!(out, "<nav class=\"toc\">\n<h2>{}</h2>\n<ol>", t(Label::Contents));
    let _ = writeln!(out, "<li><a href=\"#meta\">{}</a></li>", t(Label::Metadata));
    let _ = writeln!(
        out,
        "<li><a href=\"#clauses\">{}</a> ({} {})</li>",
        t(Label::Clauses),
        doc.clauses.len(),
        t(Label::AllClauses)
    );
    let _ = writeln!(out, "<li><a href=\"#unencoded\">{}</a></li>", t(Label::Unencoded));
    if !doc.uncited.is_empty() {
        let _ = writeln!(out, "<li><a href=\"#uncited\">{}</a></li>", t(Label::Uncited));
    }
    let _ = writeln!(out, "<li><a href=\"#tests\">{}</a></li>\n</ol>\n</nav>", t(Label::Tests));
}

/// The metadata and the versions.
fn metadata(doc: &Document, out: &mut String) {
    let t = |l: Label| crate::labels::t(doc.lang, l);
    let _ = writeln!(out, "<section class=\"part\" id=\"meta\">\n<h2>{}</h2>\n<dl class=\"meta\">", t(Label::Metadata));
    for (label, value) in &doc.meta {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", esc(label), esc(value));
    }
    let _ = writeln!(out, "</dl>\n<h3>{}</h3>", t(Label::Versions));
    if doc.versions.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t(Label::NoVersions));
    } else {
        let _ = writeln!(
            out,
            "<table class=\"versions\">\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            t(Label::Versions),
            t(Label::InForceFrom),
            t(Label::Order),
            t(Label::Changes)
        );
        for v in &doc.versions {
            let name = if v.shown { format!("<strong>{}</strong>", esc(&v.name)) } else { esc(&v.name).into_owned() };
            let _ = writeln!(
                out,
                "<tr><td>{name}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&v.in_force),
                esc(&v.order),
                links(&v.changes)
            );
        }
        out.push_str("</table>\n");
    }
    out.push_str("</section>\n");
}

/// Links to clauses: `16, 39`.
fn links(clauses: &[(String, String)]) -> String {
    clauses.iter().map(|(n, a)| format!("<a href=\"#{}\">{}</a>", esc(a), esc(n))).collect::<Vec<_>>().join(", ")
}

/// One clause: its words, and beside them what rests on it.
fn clause(doc: &Document, c: &ClauseEntry, out: &mut String) {
    let t = |l: Label| crate::labels::t(doc.lang, l);
    let _ = writeln!(out, "<article class=\"clause\" id=\"{}\">\n<div class=\"words\">", esc(&c.anchor));
    let _ = writeln!(
        out,
        "<h3>{} {}</h3>\n<blockquote>{}</blockquote>",
        t(Label::ClauseWord),
        esc(&c.number),
        esc(&c.text)
    );
    for change in &c.history {
        let _ = writeln!(
            out,
            "<p class=\"history\">{}: {} {}</p>",
            t(Label::History),
            t(Label::ChangedBy),
            esc(&change.version)
        );
        if let Some((of, words)) = &change.before {
            let _ = writeln!(
                out,
                "<p class=\"history\">{} ({}):</p>\n<blockquote class=\"before\">{}</blockquote>",
                t(Label::Before),
                esc(of),
                esc(words)
            );
        }
    }
    out.push_str("</div>\n<div class=\"encoding\">\n");
    let resting = content::resting_on(c);
    if !resting.is_empty() {
        let list: Vec<String> = resting
            .iter()
            .map(|&i| {
                let it = &doc.items[i];
                format!(
                    "<a href=\"#{}\">{} {}</a>",
                    esc(&it.anchor),
                    esc(&it.kind.to_lowercase()),
                    esc(&shown_name(it))
                )
            })
            .collect();
        let _ = writeln!(out, "<p class=\"rests\">{}: {}</p>", t(Label::RestsOn), list.join(", "));
    }
    for &i in &c.own {
        item(&doc.items[i], out);
    }
    if let Some(reason) = &c.unencoded {
        let _ = writeln!(out, "<p class=\"unencoded\">{}: {}</p>", t(Label::NotEncoded), esc(reason));
    } else if resting.is_empty() {
        let _ = writeln!(out, "<p class=\"unencoded\">{}</p>", t(Label::NothingRests));
    }
    if !c.tests.is_empty() {
        let list: Vec<String> = c
            .tests
            .iter()
            .map(|&i| format!("<a href=\"#{}\">{}</a>", esc(&doc.tests[i].anchor), esc(&doc.tests[i].name)))
            .collect();
        let _ = writeln!(out, "<p class=\"tests-of\">{}: {}</p>", t(Label::ExercisedBy), list.join("; "));
    }
    out.push_str("</div>\n</article>\n");
}

/// An item's name as shown: its policy name, or its title when it has none.
fn shown_name(it: &Item) -> String {
    if it.name.is_empty() {
        it.title.clone().unwrap_or_default()
    } else {
        it.name.clone()
    }
}

/// One item of the policy.
fn item(it: &Item, out: &mut String) {
    let _ = write!(
        out,
        "<div class=\"item\" id=\"{}\">\n<h4><span class=\"kind\">{}</span>",
        esc(&it.anchor),
        esc(it.kind)
    );
    if !it.name.is_empty() {
        let _ = write!(out, "<code>{}</code>", esc(&it.name));
    }
    if let Some(title) = &it.title {
        let dash = if it.name.is_empty() { "" } else { " — " };
        let _ = write!(out, "{dash}{}", esc(title));
    }
    out.push_str("</h4>\n");
    if let Some(c) = &it.citation {
        let _ = writeln!(out, "<p class=\"cites\">§ «{}»: {}</p>", esc(c), links(&it.clauses));
    }
    if let Some(words) = &it.words {
        let _ = writeln!(out, "<blockquote class=\"words\">{}</blockquote>", words.html());
    }
    if !it.lines.is_empty() {
        out.push_str("<dl>\n");
        for line in &it.lines {
            let text =
                if line.code { format!("<code>{}</code>", esc(&line.text)) } else { esc(&line.text).into_owned() };
            let _ = writeln!(out, "<dt>{}</dt><dd>{text}</dd>", esc(line.label));
        }
        out.push_str("</dl>\n");
    }
    if let Some(g) = &it.grid {
        grid(g, out);
    }
    out.push_str("</div>\n");
}

/// A table of rows, in a box that scrolls sideways when the table is wider than the page
/// (a curriculum's twelve grades on a phone).
fn grid(g: &Grid, out: &mut String) {
    out.push_str("<div class=\"scroll\"><table class=\"grid\">\n<tr>");
    for h in &g.header {
        let _ = write!(out, "<th>{}</th>", esc(h));
    }
    out.push_str("</tr>\n");
    for row in &g.rows {
        out.push_str("<tr>");
        for cell in row {
            let _ = write!(out, "<td>{}</td>", esc(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table></div>\n");
}

/// The tests.
fn tests(doc: &Document, out: &mut String) {
    let t = |l: Label| crate::labels::t(doc.lang, l);
    let _ = writeln!(out, "<section class=\"part\" id=\"tests\">\n<h2>{}</h2>\n<ol>", t(Label::Tests));
    for test in &doc.tests {
        let _ = writeln!(out, "<li id=\"{}\"><strong>{}</strong>", esc(&test.anchor), esc(&test.name));
        if let Some(case) = &test.case {
            let _ = writeln!(out, "<br>{}: <code>{}</code>", t(Label::CaseFile), esc(case));
        }
        if !test.clauses.is_empty() {
            let _ = writeln!(out, "<br>§ {}", links(&test.clauses));
        }
        let expects: Vec<String> = test.expects.iter().map(|e| format!("<code>{}</code>", esc(e))).collect();
        let _ = writeln!(out, "<br>{}: {}</li>", t(Label::Expects), expects.join("; "));
    }
    out.push_str("</ol>\n</section>\n");
}
