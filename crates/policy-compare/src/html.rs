//! The comparison as one self-contained HTML page: no scripts, no external
//! assets; the style sheet and the chart are inline. Rows where the
//! policies differ are highlighted, a citation shows its clause's words on
//! hover (its `title`), and the page prints (highlights kept, navigation
//! dropped). Every text from a policy is escaped.

use std::fmt::Write as _;

use policy_check::markup::html as escape;

use crate::comparison::{Cell, Comparison, PolicyInfo, Row, Topic};
use crate::{quote, svg};

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "PT Sans", Arial, sans-serif; margin: 1.5rem; color: #1d1d1d; line-height: 1.35; }
h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1a5fb4; padding-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: .3rem .45rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: #eef1f5; }
table.policies tbody th { white-space: nowrap; }
table.compare { table-layout: fixed; }
table.compare tbody th { font-weight: 600; }
table.compare col.concept { width: 13rem; }
tr.differs td { background: #fff2cc; }
tr.differs th { background: #ffe699; }
.mark { color: #a04000; font-weight: 700; }
.value, .note { white-space: pre-line; }
.note { color: #555; font-size: .88em; margin-top: .2rem; }
.cite { display: inline-block; margin-top: .2rem; color: #1a5fb4; font-size: .85em; cursor: help; border-bottom: 1px dotted #1a5fb4; }
.absent { color: #999; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
figure { margin: .5rem 0 1rem; }
figure svg { width: 100%; max-width: 760px; height: auto; }
figcaption { font-size: .9em; color: #555; }
svg text { font-family: inherit; font-size: 11px; fill: #333; }
svg text.value { font-size: 9px; }
svg text.nocap { font-size: 9px; fill: #555; }
@media print {
  body { margin: 0; font-size: 9pt; }
  nav { display: none; }
  tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  tr.differs td, tr.differs th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .cite { border-bottom: none; color: #000; }
}
"#;

fn cell(out: &mut String, policy: &PolicyInfo, label: &str, cell: Option<&Cell>) {
    let Some(cell) = cell else {
        out.push_str(r#"<td class="absent">—</td>"#);
        return;
    };
    let _ = write!(out, r#"<td><div class="value">{}</div>"#, escape(&cell.value));
    if let Some(note) = &cell.note {
        let _ = write!(out, r#"<div class="note">{}</div>"#, escape(note));
    }
    if let Some(clause) = &cell.clause {
        let words = quote::quote(policy, clause, &[label, &cell.value]);
        if words.is_empty() {
            let _ = write!(out, r#"<span class="cite">§ {}</span>"#, escape(clause));
        } else {
            let _ = write!(out, r#"<span class="cite" title="{}">§ {}</span>"#, escape(&words), escape(clause));
        }
    }
    out.push_str("</td>");
}

fn row(out: &mut String, policies: &[PolicyInfo], row: &Row) {
    if row.differs {
        let _ = write!(
            out,
            r#"<tr class="differs"><th scope="row"><span class="mark">≠</span> {}</th>"#,
            escape(&row.label)
        );
    } else {
        let _ = write!(out, r#"<tr><th scope="row">{}</th>"#, escape(&row.label));
    }
    for (policy, c) in policies.iter().zip(&row.cells) {
        cell(out, policy, &row.label, c.as_ref());
    }
    out.push_str("</tr>\n");
}

fn header(out: &mut String, c: &Comparison) {
    out.push_str("<header>\n<h1>Policies compared</h1>\n<table class=\"policies\">\n");
    out.push_str("<thead><tr><th scope=\"col\">policy</th><th scope=\"col\">school</th><th scope=\"col\">regulation</th><th scope=\"col\">approved</th></tr></thead>\n<tbody>\n");
    for p in &c.policies {
        let field = |v: &Option<String>| v.as_deref().map_or_else(|| "—".to_string(), |v| escape(v).into_owned());
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&p.id),
            field(&p.school),
            field(&p.title),
            field(&p.approved)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    out.push_str("<p><span class=\"mark\">≠</span> and a yellow background mark a row where the policies differ. Hover over a clause (§) to read its words.</p>\n");
    out.push_str("<nav><ul>\n");
    for topic in c.topics() {
        let _ = writeln!(out, "<li><a href=\"#{}\">{}</a></li>", topic.name(), escape(topic.title()));
    }
    out.push_str("</ul></nav>\n</header>\n");
}

/// The comparison as a complete HTML page.
pub fn render(c: &Comparison) -> String {
    let ids: Vec<&str> = c.policies.iter().map(|p| p.id.as_str()).collect();
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>Policies compared: {}</title>", escape(&ids.join(", ")));
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>");
    header(&mut out, c);
    out.push_str("<main>\n");
    for topic in c.topics() {
        let _ = writeln!(out, "<section id=\"{}\">\n<h2>{}</h2>", topic.name(), escape(topic.title()));
        if let (Topic::Cap, Some(chart)) = (topic, &c.chart) {
            out.push_str("<figure>\n");
            out.push_str(&svg::chart(&c.policies, chart));
            let _ = writeln!(out, "\n<figcaption>{}</figcaption>\n</figure>", svg::CAPTION);
        }
        out.push_str("<table class=\"compare\">\n<colgroup><col class=\"concept\">");
        out.push_str(&"<col>".repeat(c.policies.len()));
        out.push_str("</colgroup>\n<thead><tr><th scope=\"col\">concept</th>");
        for p in &c.policies {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(&p.id));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for r in c.rows_of(topic) {
            row(&mut out, &c.policies, r);
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
