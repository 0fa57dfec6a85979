//! The report as one self-contained HTML page: the Markdown report
//! ([`super::markdown`], so that both say the same words) turned into HTML by
//! pulldown-cmark, with an inline style sheet that wraps long words, lets a
//! wide table scroll inside its own box and prints on A4. No scripts, no
//! external assets.

use pulldown_cmark::{html::push_html, CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::report::Report;
use policy_check::markup::html as escape;
use policy_check::model::Model;
use policy_i18n::{tr, Lang};

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "PT Sans", "DejaVu Sans", Arial, sans-serif; margin: 1.5rem auto; padding: 0 1rem; max-width: 60rem; color: #1d1d1d; line-height: 1.4; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
article + article { margin-top: 3rem; }
h2 { font-size: 1.2rem; margin: 1.8rem 0 .5rem; border-bottom: 2px solid #1a5fb4; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: .9em; background: #f2f2f2; padding: 0 .15em; }
blockquote { margin: .5rem 0; padding: .2rem .8rem; border-left: 3px solid #1a5fb4; background: #f5f8fc; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: .3rem .45rem; vertical-align: top; text-align: left; overflow-wrap: break-word; }
thead th { background: #eef1f5; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
  .table { overflow: visible; }
  tr, blockquote { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  article + article { break-before: page; }
}
"#;

/// The reports (one per policy) as one complete HTML page in `lang`, with the
/// words of the Markdown report.
pub fn html<'a>(reports: impl IntoIterator<Item = (&'a Report, &'a Model)>, lang: Lang) -> String {
    let mut schools = Vec::new();
    let mut body = String::new();
    for (report, model) in reports {
        schools.push(report.school.clone().unwrap_or_else(|| report.policy.clone()));
        body.push_str("<article>\n");
        push_html(&mut body, events(&super::markdown(report, model, lang)));
        body.push_str("</article>\n");
    }
    let title = tr!(lang, "report-title", policy = schools.join(", "));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        lang.code(),
        escape(&title)
    )
}

/// The HTML events of the Markdown report.
fn events(markdown: &str) -> impl Iterator<Item = Event<'_>> {
    Parser::new_ext(markdown, Options::ENABLE_TABLES).flat_map(|event| match event {
        // The Markdown report writes `<br>` for a line break in a table cell
        // and nothing else as raw HTML (the policy's words are escaped).
        Event::InlineHtml(h) | Event::Html(h) if h.as_ref() == "<br>" => vec![Event::HardBreak],
        Event::InlineHtml(h) | Event::Html(h) => vec![Event::Text(h)],
        // A wide table scrolls inside its own box instead of the page.
        Event::Start(Tag::Table(a)) => {
            vec![Event::Html(CowStr::Borrowed("<div class=\"table\">")), Event::Start(Tag::Table(a))]
        }
        Event::End(TagEnd::Table) => vec![Event::End(TagEnd::Table), Event::Html(CowStr::Borrowed("</div>"))],
        other => vec![other],
    })
}
