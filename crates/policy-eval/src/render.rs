//! A report for people: [`human`] for the terminal (optionally in colour) and
//! [`markdown`] for pasting into a memo. Pure functions of the report, the
//! model (for the clauses' own words and the titles of enumeration values,
//! values, documents and roles: [`crate::titles`]) and the language: every
//! word of the chrome is a Fluent message (`policy-i18n`, `report.ftl`);
//! numbers and dates are written as the language writes them (`10,25`,
//! `01.09.2025` in Russian). The policy's own texts (messages, duties,
//! readings) are shown as the policy writes them.
//! [`html`] is the Markdown report as one HTML page.

mod html;
pub use html::html;

use std::borrow::Cow;
use std::fmt::Write as _;
use std::sync::Arc;

use owo_colors::OwoColorize;
use policy_check::markup::markdown as md;
use policy_check::model::{Model, Severity};
use policy_check::quote::Quote;
use policy_i18n::{tr, Lang, Message};

use crate::report::{Finding, Obligation, Report};
use crate::titles;

/// At most this many clauses of one citation are quoted.
const QUOTES_PER_FINDING: usize = 3;

const SEVERITIES: [(Severity, &str); 3] = [(Severity::Violation, "✗"), (Severity::Warning, "!"), (Severity::Info, "i")];

/// The heading of a group of findings.
fn severity_heading(lang: Lang, s: Severity) -> String {
    match s {
        Severity::Violation => tr!(lang, "report-violations"),
        Severity::Warning => tr!(lang, "report-warnings"),
        Severity::Info => tr!(lang, "report-infos"),
    }
}

#[derive(Clone, Copy)]
enum Style {
    Title,
    Heading,
    Violation,
    Warning,
    Info,
    Dim,
}

fn paint(color: bool, style: Style, text: &str) -> String {
    if !color {
        return text.to_string();
    }
    match style {
        Style::Title => text.bold().to_string(),
        Style::Heading => text.bold().underline().to_string(),
        Style::Violation => text.red().bold().to_string(),
        Style::Warning => text.yellow().bold().to_string(),
        Style::Info => text.cyan().to_string(),
        Style::Dim => text.dimmed().to_string(),
    }
}

fn severity_style(s: Severity) -> Style {
    match s {
        Severity::Violation => Style::Violation,
        Severity::Warning => Style::Warning,
        Severity::Info => Style::Info,
    }
}

/// The report for a terminal in `lang`: the verdict, findings grouped by
/// severity (each with its citation, the clause's own words, and the facts
/// behind it), then values, missing documents, obligations and policy
/// errors. ANSI colour only when `color`.
pub fn human(report: &Report, model: &Model, lang: Lang, color: bool) -> String {
    let facts = titles::FactReader::new(model, lang);
    let mut out = String::new();
    let mut title = report.policy.clone();
    if let Some(school) = &report.school {
        let _ = write!(title, " — {school}");
    }
    let _ = writeln!(out, "{}", paint(color, Style::Title, &title));
    if let Some(t) = &model.meta.title {
        let _ = writeln!(out, "{}", paint(color, Style::Dim, t));
    }
    if let Some(id) = &report.id {
        let _ = writeln!(out, "{}: {id}", tr!(lang, "report-case"));
    }
    let _ = writeln!(out, "{}: {}", tr!(lang, "report-as-of"), policy_i18n::date(lang, report.as_of));
    if let Some(version) = version_text(report, lang) {
        let _ = writeln!(out, "{}: {version}", tr!(lang, "report-version"));
    }
    let _ = writeln!(out, "{}: {}", eligible_label(model, lang), eligible_text(report.eligible, lang));
    let _ = writeln!(out, "{}: {}", tr!(lang, "report-verdict"), verdict(report, lang));

    for (sev, mark) in SEVERITIES {
        let group: Vec<&Finding> = report.findings.iter().filter(|f| f.severity == sev).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out);
        let heading = format!("{} ({})", severity_heading(lang, sev), group.len());
        let _ = writeln!(out, "{}", paint(color, Style::Heading, &heading));
        for f in group {
            let head = match &f.clause {
                Some(c) => {
                    format!("{mark} {} · {}", titles::clause(model, c).render(lang), titles::rule(model, lang, &f.rule))
                }
                None => format!("{mark} {}", titles::rule(model, lang, &f.rule)),
            };
            let _ = writeln!(out, "  {}", paint(color, severity_style(sev), &head));
            let _ = writeln!(out, "    {}", f.message.render(lang));
            for (number, words) in quotes(model, f) {
                let quote = format!("{}: «{}»", tr!(lang, "report-clause", number = number.to_owned()), words.plain());
                let _ = writeln!(out, "    {}", paint(color, Style::Dim, &quote));
            }
            if !f.explanation.is_empty() {
                let _ = writeln!(out, "    {}:", tr!(lang, "report-grounds").to_lowercase());
                for fact in facts_in_words(&facts, f) {
                    let _ = writeln!(out, "      – {}", fact.text);
                }
            }
            for r in &f.readings {
                let _ = writeln!(out, "    {}: {r}", tr!(lang, "report-reading"));
            }
        }
    }

    if !report.values.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", paint(color, Style::Heading, &tr!(lang, "report-values")));
        let names: Vec<&str> = report.values.iter().map(|(n, _)| titles::value(model, lang, n)).collect();
        let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        for ((name, value), title) in report.values.iter().zip(&names) {
            let pad = width - title.chars().count();
            let _ =
                writeln!(out, "  {title}{}  {}", " ".repeat(pad), crate::words::report_value(model, lang, name, value));
            for r in value_readings(report, name) {
                let _ = writeln!(out, "  {}  {}: {r}", " ".repeat(width), tr!(lang, "report-reading"));
            }
        }
    }

    if !report.not_stated.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", paint(color, Style::Heading, &tr!(lang, "report-not-stated")));
        for n in &report.not_stated {
            let _ = writeln!(out, "  – {}", not_stated_line(model, lang, n));
        }
    }

    if !report.missing_documents.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", paint(color, Style::Heading, &tr!(lang, "report-missing-documents")));
        for kind in &report.missing_documents {
            let _ = writeln!(out, "  – {}", titles::document(model, lang, kind));
        }
    }

    if !report.obligations.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", paint(color, Style::Heading, &tr!(lang, "report-obligations")));
        for (role, items) in by_role(&report.obligations) {
            let _ = writeln!(out, "  {}", titles::role(model, lang, role));
            for o in items {
                let mut line = format!("    – {}", o.duty);
                if let Some(c) = &o.clause {
                    let _ = write!(line, " ({})", titles::clause(model, c).render(lang));
                }
                if let Some(due) = o.due {
                    let _ = write!(line, ", {}", tr!(lang, "report-due", date = due));
                }
                if let Some(may) = may_apply(model, o, lang) {
                    let _ = write!(line, "; {may}");
                }
                let _ = writeln!(out, "{line}");
                for r in &o.readings {
                    let _ = writeln!(out, "      {}: {r}", tr!(lang, "report-reading"));
                }
            }
        }
    }

    if !report.policy_errors.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", paint(color, Style::Violation, &tr!(lang, "report-policy-errors")));
        for e in &report.policy_errors {
            let _ = writeln!(out, "  – {e}");
        }
    }
    out
}

/// The report in Markdown in `lang`, for a memo: a heading, the verdict, one
/// section per severity with the clause's words quoted, a table of values,
/// lists of missing documents and a table of obligations.
pub fn markdown(report: &Report, model: &Model, lang: Lang) -> String {
    let facts = titles::FactReader::new(model, lang);
    let mut out = String::new();
    let mut title = format!("`{}`", report.policy);
    if let Some(school) = &report.school {
        let _ = write!(title, " — {}", md(school));
    }
    let _ = writeln!(out, "# {}", tr!(lang, "report-title", policy = title));
    let _ = writeln!(out);
    if let Some(t) = &model.meta.title {
        let _ = writeln!(out, "*{}*", md(t));
        let _ = writeln!(out);
    }
    if let Some(id) = &report.id {
        let _ = writeln!(out, "- **{}:** {}", tr!(lang, "report-case"), md(id));
    }
    let _ = writeln!(out, "- **{}:** {}", tr!(lang, "report-as-of"), policy_i18n::date(lang, report.as_of));
    if let Some(version) = version_text(report, lang) {
        let _ = writeln!(out, "- **{}:** {}", tr!(lang, "report-version"), md(&version));
    }
    let _ = writeln!(out, "- **{}:** {}", md(&eligible_label(model, lang)), eligible_text(report.eligible, lang));
    let _ = writeln!(out, "- **{}:** {}", tr!(lang, "report-verdict"), verdict(report, lang));

    for (sev, _) in SEVERITIES {
        let group: Vec<&Finding> = report.findings.iter().filter(|f| f.severity == sev).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "## {} ({})", severity_heading(lang, sev), group.len());
        for f in group {
            let _ = writeln!(out);
            match &f.clause {
                Some(c) => {
                    let _ = writeln!(
                        out,
                        "### {} — {}",
                        md(&titles::clause(model, c).render(lang)),
                        rule_heading(model, lang, &f.rule)
                    );
                }
                None => {
                    let _ = writeln!(out, "### {}", rule_heading(model, lang, &f.rule));
                }
            }
            let _ = writeln!(out);
            let _ = writeln!(out, "{}", md(&f.message.render(lang)));
            for (number, words) in quotes(model, f) {
                let _ = writeln!(out);
                let _ = writeln!(out, "> {}: «{}»", tr!(lang, "report-clause", number = md(number)), words.markdown());
            }
            if !f.explanation.is_empty() {
                let _ = writeln!(out);
                let _ = writeln!(out, "{}:", tr!(lang, "report-grounds"));
                let _ = writeln!(out);
                for fact in facts_in_words(&facts, f) {
                    // A fact in words is text; one left as the JSON writes it is code.
                    let _ = match fact.in_words {
                        true => writeln!(out, "- {}", md(&fact.text)),
                        false => writeln!(out, "- {}", code(&fact.text)),
                    };
                }
            }
            for r in &f.readings {
                let _ = writeln!(out);
                let _ = writeln!(out, "*{}:* {}", tr!(lang, "report-reading"), md(r));
            }
        }
    }

    if !report.values.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "## {}", tr!(lang, "report-values"));
        let _ = writeln!(out);
        let _ = writeln!(out, "| {} | {} |", tr!(lang, "report-values-name"), tr!(lang, "report-values-result"));
        let _ = writeln!(out, "|---|---|");
        for (name, value) in &report.values {
            let _ = writeln!(
                out,
                "| {} | {} |",
                cell(titles::value(model, lang, name)),
                cell(&crate::words::report_value(model, lang, name, value))
            );
        }
        if !report.value_readings.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "{}", tr!(lang, "report-value-readings"));
            let _ = writeln!(out);
            for (name, readings) in &report.value_readings {
                for r in readings {
                    let _ = writeln!(out, "- {}: {}", md(titles::value(model, lang, name)), md(r));
                }
            }
        }
    }

    if !report.not_stated.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "## {}", tr!(lang, "report-not-stated"));
        let _ = writeln!(out);
        for n in &report.not_stated {
            let _ = writeln!(out, "- {}", md(&not_stated_line(model, lang, n)));
        }
    }

    if !report.missing_documents.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "## {}", tr!(lang, "report-missing-documents"));
        let _ = writeln!(out);
        for kind in &report.missing_documents {
            let _ = writeln!(out, "- {}", md(titles::document(model, lang, kind)));
        }
    }

    if !report.obligations.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "## {}", tr!(lang, "report-obligations"));
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            tr!(lang, "report-obligations-who"),
            tr!(lang, "report-obligations-what"),
            tr!(lang, "report-obligations-clause"),
            tr!(lang, "report-obligations-due")
        );
        let _ = writeln!(out, "|---|---|---|---|");
        for o in &report.obligations {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(titles::role(model, lang, &o.role)),
                cell(&with_readings(
                    may_apply(model, o, lang).map_or_else(|| o.duty.clone(), |may| format!("{} ({may})", o.duty)),
                    &o.readings,
                    lang
                )),
                cell(&o.clause.as_deref().map(|c| titles::clause(model, c).render(lang)).unwrap_or_default()),
                o.due.map_or_else(|| "—".into(), |d| policy_i18n::date(lang, d)),
            );
        }
    }

    if !report.policy_errors.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "## {}", tr!(lang, "report-policy-errors"));
        let _ = writeln!(out);
        for e in &report.policy_errors {
            let _ = writeln!(out, "- {}", md(&e.render(lang)));
        }
    }
    out
}

/// The rule of a finding in a Markdown heading: its title, or its identifier as code.
fn rule_heading(model: &Model, lang: Lang, rule: &str) -> String {
    match titles::rule(model, lang, rule) {
        title if title == rule => format!("`{rule}`"),
        title => md(title),
    }
}

/// The version the case was judged by, with the day it came into force.
fn version_text(report: &Report, lang: Lang) -> Option<String> {
    let (version, from) = (report.version.as_ref()?, report.in_force_from?);
    Some(tr!(lang, "report-version-text", version = version, from = from))
}

/// The readings a reported value rests on.
fn value_readings<'r>(report: &'r Report, name: &str) -> &'r [Arc<str>] {
    report.value_readings.iter().find(|(n, _)| n == name).map_or(&[], |(_, r)| r.as_slice())
}

/// `text` followed by its readings (`…; толкование: …`), for a table cell.
fn with_readings(mut text: String, readings: &[Arc<str>], lang: Lang) -> String {
    for r in readings {
        let _ = write!(text, "; {}: {r}", tr!(lang, "report-reading").to_lowercase());
    }
    text
}

/// A topic the regulation is silent on, in words: «оплата труда педагогов —
/// в Положении не указано: … (п. …)».
fn not_stated_line(model: &Model, lang: Lang, n: &crate::report::NotStated) -> String {
    let topic = model.not_stated.iter().find(|d| d.topic.name() == n.topic).map_or(n.topic, |d| match lang {
        Lang::Ru => d.topic.title_ru(),
        Lang::En => d.topic.name(),
    });
    let mut line = tr!(lang, "report-not-stated-line", topic = topic.to_owned(), text = n.text.to_string());
    if let Some(c) = &n.clause {
        let _ = write!(line, " ({})", titles::clause(model, &c.text).render(lang));
    }
    line
}

/// For a duty whose condition the case cannot decide: that it may apply, and
/// on what it depends.
fn may_apply(model: &Model, o: &Obligation, lang: Lang) -> Option<String> {
    o.condition.map(|_| {
        let depends: Vec<Cow<'_, str>> = o
            .depends_on
            .iter()
            .map(|d| match d {
                // A path: the field by its title.
                Message::Text(path) => titles::field(model, lang, path),
                d => Cow::Owned(d.render(lang)),
            })
            .collect();
        tr!(lang, "report-may-apply", depends = depends.join("; "))
    })
}

/// The header of the verdict on `eligible`: the policy's own subject (the
/// title of its `eligible` value, first letter capitalised), else
/// «Право на индивидуальное обучение».
fn eligible_label(model: &Model, lang: Lang) -> String {
    let value = model.eligible.and_then(|id| model.values.get(id));
    match value.map(|v| titles::value(model, lang, &v.name)) {
        Some(title) if value.is_some_and(|v| v.name != title) => titles::capitalised(title).into_owned(),
        _ => tr!(lang, "report-eligible-default"),
    }
}

fn eligible_text(e: Option<bool>, lang: Lang) -> String {
    match e {
        Some(true) => tr!(lang, "report-yes"),
        Some(false) => tr!(lang, "report-no"),
        None => tr!(lang, "report-undecided"),
    }
}

fn verdict(report: &Report, lang: Lang) -> String {
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    tr!(lang, "report-verdict-text", violations = count(Severity::Violation), warnings = count(Severity::Warning))
}

/// The passages of the clauses a finding's citation names, for those the
/// policy quotes (see `policy_check::quote`): its words with their sentence,
/// or the sentence that best matches the finding's message and facts.
fn quotes<'m>(model: &'m Model, f: &Finding) -> Vec<(&'m str, Quote)> {
    let Some(citation) = f.clause.as_deref() else { return Vec::new() };
    // The clause's text is Russian: so are the words that find its sentence.
    let said: Vec<String> = std::iter::once(&f.message).chain(&f.explanation).map(|m| m.render(Lang::Ru)).collect();
    let hints: Vec<&str> = said.iter().map(String::as_str).collect();
    model.quotes(citation, &hints, QUOTES_PER_FINDING).into_iter().map(|(c, q)| (c.number.as_str(), q)).collect()
}

fn by_role(obligations: &[Obligation]) -> Vec<(&str, Vec<&Obligation>)> {
    let mut out: Vec<(&str, Vec<&Obligation>)> = Vec::new();
    for o in obligations {
        match out.iter_mut().find(|(r, _)| *r == o.role) {
            Some((_, items)) => items.push(o),
            None => out.push((o.role.as_str(), vec![o])),
        }
    }
    out
}

/// A table cell: escaped, on one line.
fn cell(text: &str) -> String {
    md(&text.replace('\n', " "))
}

/// Inline code that survives backticks inside.
fn code(text: &str) -> String {
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}

/// A finding's facts as [`titles::FactReader`] says them, each line once (a case field and
/// a value of the same title and amount read the same).
fn facts_in_words(facts: &titles::FactReader<'_>, f: &Finding) -> Vec<titles::FactWords> {
    let mut out: Vec<titles::FactWords> = Vec::with_capacity(f.explanation.len());
    for fact in &f.explanation {
        let words = facts.say(fact);
        if !out.iter().any(|w| w.text == words.text) {
            out.push(words);
        }
    }
    out
}
