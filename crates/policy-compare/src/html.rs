//! The comparison as one self-contained HTML page: no scripts, no external
//! assets; the style sheet and the chart are inline. Rows where the
//! schools set the same concept differently are highlighted, rows only one
//! policy has are grouped per policy, a citation shows its clause's words
//! under it (so that they print; also on hover, its `title`), and the page
//! prints (highlights kept, navigation dropped). Every text from a policy
//! is escaped.

use std::fmt::Write as _;

use policy_check::markup::html as escape;
use policy_i18n::{tr, Lang};

use crate::comparison::{Cell, Comparison, PolicyInfo, Row, Topic};
use crate::{quote, svg};

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "PT Sans", Arial, sans-serif; margin: 1.5rem; color: #1d1d1d; line-height: 1.35; }
h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1a5fb4; padding-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: .3rem .45rem; vertical-align: top; text-align: left; overflow-wrap: break-word; }
thead th { background: #eef1f5; }
table.policies tbody th { white-space: nowrap; }
.table { overflow-x: auto; }
table.compare { table-layout: fixed; min-width: 60rem; }
table.compare tbody th { font-weight: 600; }
table.compare col.concept { width: 15rem; }
tr.differs td { background: #fff2cc; }
tr.differs th { background: #ffe699; }
.mark { color: #a04000; font-weight: 700; }
.value, .note { white-space: pre-line; }
.note { color: #555; font-size: .88em; margin-top: .2rem; }
.cite { display: inline-block; margin-top: .2rem; color: #1a5fb4; font-size: .85em; cursor: help; border-bottom: 1px dotted #1a5fb4; }
.absent { color: #999; }
.words { margin: .2rem 0 0; padding-left: .4rem; border-left: 2px solid #c8d6ea; color: #333; font-size: .82em; white-space: pre-line; }
h3.only { font-size: 1rem; margin: 1rem 0 .4rem; color: #444; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
figure { margin: .5rem 0 1rem; }
figure svg { width: 100%; max-width: 760px; height: auto; }
figcaption { font-size: .9em; color: #555; }
svg text { font-family: inherit; font-size: 11px; fill: #333; }
svg text.value { font-size: 9px; }
svg text.nocap { font-size: 9px; fill: #555; }
@media print {
  body { margin: 0; font-size: 9pt; }
  .table { overflow: visible; }
  table.compare { min-width: 0; }
  nav { display: none; }
  tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  tr.differs td, tr.differs th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .cite { border-bottom: none; color: #000; }
  .words { border-left-color: #888; }
}
"#;

fn cell(out: &mut String, lang: Lang, policy: &PolicyInfo, label: &str, cell: Option<&Cell>) {
    let Some(cell) = cell else {
        out.push_str(r#"<td class="absent">—</td>"#);
        return;
    };
    let _ = write!(out, r#"<td><div class="value">{}</div>"#, escape(&cell.text));
    if let Some(note) = &cell.note {
        let _ = write!(out, r#"<div class="note">{}</div>"#, escape(note));
    }
    if let Some(clause) = &cell.clause {
        let words = quote::quote(policy, lang, clause, &[label, &cell.value, &cell.text]);
        if words.is_empty() {
            let _ = write!(out, r#"<span class="cite">§ {}</span>"#, escape(clause));
        } else {
            let _ = write!(out, r#"<span class="cite" title="{}">§ {}</span>"#, escape(&words), escape(clause));
            let _ = write!(out, r#"<blockquote class="words">{}</blockquote>"#, escape(&words));
        }
    }
    out.push_str("</td>");
}

fn row(out: &mut String, lang: Lang, policies: &[PolicyInfo], row: &Row) {
    if row.differs {
        let _ = write!(
            out,
            r#"<tr class="differs"><th scope="row"><span class="mark">≠</span> {}</th>"#,
            escape(&row.title)
        );
    } else {
        let _ = write!(out, r#"<tr><th scope="row">{}</th>"#, escape(&row.title));
    }
    for (policy, c) in policies.iter().zip(&row.cells) {
        cell(out, lang, policy, &row.title, c.as_ref());
    }
    out.push_str("</tr>\n");
}

fn header(out: &mut String, c: &Comparison) {
    let lang = c.lang;
    let _ = writeln!(
        out,
        "<header>\n<h1>{}</h1>\n<div class=\"table\">\n<table class=\"policies\">",
        escape(&tr!(lang, "compare-heading"))
    );
    out.push_str("<thead><tr>");
    for column in [
        tr!(lang, "compare-column-policy"),
        tr!(lang, "compare-column-school"),
        tr!(lang, "compare-column-regulation"),
        tr!(lang, "compare-column-approved"),
    ] {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(&column));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for p in &c.policies {
        let field = |v: &Option<String>| v.as_deref().map_or_else(|| "—".to_string(), |v| escape(v).into_owned());
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&p.id),
            field(&p.school),
            field(&p.title),
            field(&p.approved_text(lang))
        );
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
    let _ = writeln!(out, "<p>{}</p>", escape(&tr!(lang, "compare-legend-html")));
    out.push_str("<nav><ul>\n");
    for topic in c.topics() {
        let _ = writeln!(out, "<li><a href=\"#{}\">{}</a></li>", topic.name(), escape(&topic.title(lang)));
    }
    out.push_str("</ul></nav>\n</header>\n");
}

/// The comparison as a complete HTML page.
pub fn render(c: &Comparison) -> String {
    let ids: Vec<&str> = c.policies.iter().map(|p| p.id.as_str()).collect();
    let mut out = String::new();
    let lang = c.lang;
    let _ = write!(out, "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", lang.code());
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&tr!(lang, "compare-heading-ids", ids = ids.join(", "))));
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>");
    header(&mut out, c);
    out.push_str("<main>\n");
    for topic in c.topics() {
        let _ = writeln!(out, "<section id=\"{}\">\n<h2>{}</h2>", topic.name(), escape(&topic.title(lang)));
        if let (Topic::Cap, Some(chart)) = (topic, &c.chart) {
            out.push_str("<figure>\n");
            out.push_str(&svg::chart(&c.policies, chart, lang));
            let _ =
                writeln!(out, "\n<figcaption>{}</figcaption>\n</figure>", escape(&tr!(lang, "compare-chart-caption")));
        }
        for (only, rows) in c.groups_of(topic) {
            if let Some(p) = only.and_then(|i| c.policies.get(i)) {
                let heading = tr!(lang, "compare-only-in", policy = p.id.clone());
                let _ = writeln!(out, "<h3 class=\"only\">{}</h3>", escape(&heading));
            }
            // A table wider than a phone scrolls in its own box, not the page.
            out.push_str("<div class=\"table\">\n<table class=\"compare\">\n<colgroup><col class=\"concept\">");
            out.push_str(&"<col>".repeat(c.policies.len()));
            let _ = write!(
                out,
                "</colgroup>\n<thead><tr><th scope=\"col\">{}</th>",
                escape(&tr!(lang, "compare-column-concept"))
            );
            for p in &c.policies {
                let _ = write!(out, "<th scope=\"col\">{}</th>", escape(&p.id));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for r in rows {
                row(&mut out, lang, &c.policies, r);
            }
            out.push_str("</tbody>\n</table>\n</div>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
