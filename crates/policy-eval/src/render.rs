//! A report for people: [`human`] for the terminal (optionally in colour) and
//! [`markdown`] for pasting into a memo. Pure functions of the report and the
//! model (for the clauses' own words, role titles and the descriptions of
//! enumeration values). Labels are Russian, as the users are. [`html`] is
//! the Markdown report as one HTML page.

mod html;
pub use html::html;

use std::fmt::Write as _;

use owo_colors::OwoColorize;
use policy_check::markup::markdown as md;
use policy_check::model::{Model, Severity};
use policy_check::quote::Quote;

use crate::eval::cite_text;
use crate::report::{Finding, Obligation, Report, ReportValue};
use policy_check::text::number as format_number;

/// At most this many clauses of one citation are quoted.
const QUOTES_PER_FINDING: usize = 3;

const SEVERITIES: [(Severity, &str, &str); 3] = [
    (Severity::Violation, "Нарушения", "✗"),
    (Severity::Warning, "Предупреждения", "!"),
    (Severity::Info, "Сведения", "i"),
];

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

/// The report for a terminal: the verdict, findings grouped by severity (each
/// with its citation, the clause's own words shortened, and the facts behind
/// it), then values, missing documents, obligations and policy errors. ANSI
/// colour only when `color`.
pub fn human(report: &Report, model: &Model, color: bool) -> String {
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
        let _ = writeln!(out, "Дело: {id}");
    }
    let _ = writeln!(out, "Дата оценки: {}", report.as_of);
    if let (Some(version), Some(from)) = (&report.version, report.in_force_from) {
        let _ = writeln!(out, "Редакция: {version} (действует с {from})");
    }
    let _ = writeln!(out, "{}: {}", eligible_label(model), eligible_text(report.eligible));
    let _ = writeln!(out, "Итог: {}", verdict(report));

    for (sev, label, mark) in SEVERITIES {
        let group: Vec<&Finding> = report.findings.iter().filter(|f| f.severity == sev).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out);
        let heading = format!("{label} ({})", group.len());
        let _ = writeln!(out, "{}", paint(color, Style::Heading, &heading));
        for f in group {
            let head = match &f.clause {
                Some(c) => format!("{mark} {} · {}", cite_text(model, c), f.rule),
                None => format!("{mark} {}", f.rule),
            };
            let _ = writeln!(out, "  {}", paint(color, severity_style(sev), &head));
            let _ = writeln!(out, "    {}", f.message);
            for (number, words) in quotes(model, f) {
                let quote = format!("п. {number}: «{}»", words.plain());
                let _ = writeln!(out, "    {}", paint(color, Style::Dim, &quote));
            }
            if !f.explanation.is_empty() {
                let _ = writeln!(out, "    основания:");
                for fact in &f.explanation {
                    let _ = writeln!(out, "      – {fact}");
                }
            }
            for r in &f.readings {
                let _ = writeln!(out, "    {READING_LABEL}: {r}");
            }
        }
    }

    if !report.values.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", paint(color, Style::Heading, "Значения"));
        let width = report.values.iter().map(|(n, _)| n.chars().count()).max().unwrap_or(0);
        for (name, value) in &report.values {
            let pad = width - name.chars().count();
            let _ = writeln!(out, "  {name}{}  {}", " ".repeat(pad), value_text(model, value));
            for r in value_readings(report, name) {
                let _ = writeln!(out, "  {}  {READING_LABEL}: {r}", " ".repeat(width));
            }
        }
    }

    if !report.not_stated.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", paint(color, Style::Heading, NOT_STATED_HEADING));
        for n in &report.not_stated {
            let _ = writeln!(out, "  – {}", not_stated_line(model, n));
        }
    }

    if !report.missing_documents.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", paint(color, Style::Heading, "Недостающие или неисправные документы"));
        for kind in &report.missing_documents {
            match symbol_description(model, kind) {
                Some(d) => {
                    let _ = writeln!(out, "  – {kind} ({d})");
                }
                None => {
                    let _ = writeln!(out, "  – {kind}");
                }
            }
        }
    }

    if !report.obligations.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", paint(color, Style::Heading, "Обязанности"));
        for (role, items) in by_role(&report.obligations) {
            let _ = writeln!(out, "  {}", role_title(model, role));
            for o in items {
                let mut line = format!("    – {}", o.duty);
                if let Some(c) = &o.clause {
                    let _ = write!(line, " ({})", cite_text(model, c));
                }
                if let Some(due) = o.due {
                    let _ = write!(line, ", срок {due}");
                }
                if let Some(may) = may_apply(o) {
                    let _ = write!(line, "; {may}");
                }
                let _ = writeln!(out, "{line}");
                for r in &o.readings {
                    let _ = writeln!(out, "      {READING_LABEL}: {r}");
                }
            }
        }
    }

    if !report.policy_errors.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            paint(color, Style::Violation, "Дело не может быть оценено: ошибки политики или данных")
        );
        for e in &report.policy_errors {
            let _ = writeln!(out, "  – {e}");
        }
    }
    out
}

/// The report in Markdown, for a memo: a heading, the verdict, one section
/// per severity with the clause's words quoted, a table of values, lists of
/// missing documents and a table of obligations.
pub fn markdown(report: &Report, model: &Model) -> String {
    let mut out = String::new();
    let mut title = format!("`{}`", report.policy);
    if let Some(school) = &report.school {
        let _ = write!(title, " — {}", md(school));
    }
    let _ = writeln!(out, "# Заключение по делу: {title}");
    let _ = writeln!(out);
    if let Some(t) = &model.meta.title {
        let _ = writeln!(out, "*{}*", md(t));
        let _ = writeln!(out);
    }
    if let Some(id) = &report.id {
        let _ = writeln!(out, "- **Дело:** {}", md(id));
    }
    let _ = writeln!(out, "- **Дата оценки:** {}", report.as_of);
    if let (Some(version), Some(from)) = (&report.version, report.in_force_from) {
        let _ = writeln!(out, "- **Редакция:** {version} (действует с {from})");
    }
    let _ = writeln!(out, "- **{}:** {}", md(&eligible_label(model)), eligible_text(report.eligible));
    let _ = writeln!(out, "- **Итог:** {}", verdict(report));

    for (sev, label, _) in SEVERITIES {
        let group: Vec<&Finding> = report.findings.iter().filter(|f| f.severity == sev).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "## {label} ({})", group.len());
        for f in group {
            let _ = writeln!(out);
            match &f.clause {
                Some(c) => {
                    let _ = writeln!(out, "### {} — `{}`", md(&cite_text(model, c)), f.rule);
                }
                None => {
                    let _ = writeln!(out, "### `{}`", f.rule);
                }
            }
            let _ = writeln!(out);
            let _ = writeln!(out, "{}", md(&f.message));
            for (number, words) in quotes(model, f) {
                let _ = writeln!(out);
                let _ = writeln!(out, "> п. {}: «{}»", md(number), words.markdown());
            }
            if !f.explanation.is_empty() {
                let _ = writeln!(out);
                let _ = writeln!(out, "Основания:");
                let _ = writeln!(out);
                for fact in &f.explanation {
                    let _ = writeln!(out, "- {}", code(fact));
                }
            }
            for r in &f.readings {
                let _ = writeln!(out);
                let _ = writeln!(out, "*{READING_LABEL}:* {}", md(r));
            }
        }
    }

    if !report.values.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "## Значения");
        let _ = writeln!(out);
        let _ = writeln!(out, "| значение | результат |");
        let _ = writeln!(out, "|---|---|");
        for (name, value) in &report.values {
            let _ = writeln!(out, "| `{name}` | {} |", cell(&value_text(model, value)));
        }
        if !report.value_readings.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "Толкования, на которых основаны значения:");
            let _ = writeln!(out);
            for (name, readings) in &report.value_readings {
                for r in readings {
                    let _ = writeln!(out, "- `{name}`: {}", md(r));
                }
            }
        }
    }

    if !report.not_stated.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "## {NOT_STATED_HEADING}");
        let _ = writeln!(out);
        for n in &report.not_stated {
            let _ = writeln!(out, "- {}", md(&not_stated_line(model, n)));
        }
    }

    if !report.missing_documents.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "## Недостающие или неисправные документы");
        let _ = writeln!(out);
        for kind in &report.missing_documents {
            match symbol_description(model, kind) {
                Some(d) => {
                    let _ = writeln!(out, "- `{kind}` — {}", md(d));
                }
                None => {
                    let _ = writeln!(out, "- `{kind}`");
                }
            }
        }
    }

    if !report.obligations.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "## Обязанности");
        let _ = writeln!(out);
        let _ = writeln!(out, "| кто | что | пункт | срок |");
        let _ = writeln!(out, "|---|---|---|---|");
        for o in &report.obligations {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&role_title(model, &o.role)),
                cell(&with_readings(
                    may_apply(o).map_or_else(|| o.duty.clone(), |may| format!("{} ({may})", o.duty)),
                    &o.readings
                )),
                cell(&o.clause.as_deref().map(|c| cite_text(model, c)).unwrap_or_default()),
                o.due.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
            );
        }
    }

    if !report.policy_errors.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "## Дело не может быть оценено: ошибки политики или данных");
        let _ = writeln!(out);
        for e in &report.policy_errors {
            let _ = writeln!(out, "- {}", md(e));
        }
    }
    out
}

/// The label of a reading beside a finding, value or obligation.
const READING_LABEL: &str = "Толкование";

/// The heading of the topics the regulation is silent on.
const NOT_STATED_HEADING: &str = "В Положении не указано";

/// The readings a reported value rests on.
fn value_readings<'r>(report: &'r Report, name: &str) -> &'r [String] {
    report.value_readings.iter().find(|(n, _)| n == name).map_or(&[], |(_, r)| r.as_slice())
}

/// `text` followed by its readings (`…; толкование: …`), for a table cell.
fn with_readings(mut text: String, readings: &[String]) -> String {
    for r in readings {
        let _ = write!(text, "; {}: {r}", READING_LABEL.to_lowercase());
    }
    text
}

/// A topic the regulation is silent on, in words: «оплата труда педагогов —
/// в Положении не указано: … (п. …)».
fn not_stated_line(model: &Model, n: &crate::report::NotStated) -> String {
    let topic =
        model.not_stated.iter().find(|d| d.topic.name() == n.topic).map_or(n.topic.as_str(), |d| d.topic.title_ru());
    let mut line = format!("{topic} — {}: {}", policy_check::readings::NOT_STATED, n.text);
    if let Some(c) = &n.clause {
        let _ = write!(line, " ({})", cite_text(model, c));
    }
    line
}

/// For a duty whose condition the case cannot decide: that it may apply, and
/// on what it depends.
fn may_apply(o: &Obligation) -> Option<String> {
    o.condition.map(|_| format!("может применяться — условие не определено, зависит от: {}", o.depends_on.join("; ")))
}

/// The header of the verdict on `eligible`: the policy's own subject (the
/// description of its `eligible` value, first letter capitalised), else
/// «Право на индивидуальное обучение».
fn eligible_label(model: &Model) -> String {
    let description = model.eligible.and_then(|id| model.values.get(id)).and_then(|v| v.description.as_deref());
    let Some(d) = description else {
        return "Право на индивидуальное обучение".into();
    };
    let mut chars = d.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

fn eligible_text(e: Option<bool>) -> &'static str {
    match e {
        Some(true) => "да",
        Some(false) => "нет",
        None => "не определено",
    }
}

fn verdict(report: &Report) -> String {
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let (v, w) = (count(Severity::Violation), count(Severity::Warning));
    match (v, w) {
        (0, 0) => "нарушений нет".into(),
        (0, w) => format!("нарушений нет, предупреждений: {w}"),
        (v, 0) => format!("нарушений: {v}"),
        (v, w) => format!("нарушений: {v}, предупреждений: {w}"),
    }
}

/// The passages of the clauses a finding's citation names, for those the
/// policy quotes (see `policy_check::quote`): its words with their sentence,
/// or the sentence that best matches the finding's message and facts.
fn quotes<'m>(model: &'m Model, f: &Finding) -> Vec<(&'m str, Quote)> {
    let Some(citation) = f.clause.as_deref() else { return Vec::new() };
    let mut hints: Vec<&str> = vec![f.message.as_str()];
    hints.extend(f.explanation.iter().map(String::as_str));
    model.quotes(citation, &hints, QUOTES_PER_FINDING).into_iter().map(|(c, q)| (c.number.as_str(), q)).collect()
}

fn value_text(model: &Model, v: &ReportValue) -> String {
    match v {
        ReportValue::Number(n) => format_number(n),
        ReportValue::Bool(true) => "да".into(),
        ReportValue::Bool(false) => "нет".into(),
        ReportValue::Text(t) | ReportValue::Duration(t) => t.clone(),
        ReportValue::Date(d) => d.to_string(),
        ReportValue::Symbol(s) => match symbol_description(model, s) {
            Some(d) => format!("{s} ({d})"),
            None => s.clone(),
        },
        ReportValue::Interval(a, b) => format!("{a} — {b}"),
        ReportValue::Range(a, b) => format!("{a}..{b}"),
        ReportValue::List(items) if items.is_empty() => "—".into(),
        ReportValue::List(items) => items.iter().map(|i| value_text(model, i)).collect::<Vec<_>>().join(", "),
    }
}

fn symbol_description<'m>(model: &'m Model, name: &str) -> Option<&'m str> {
    let sym = model.symbol(name)?;
    model.enums.iter().find_map(|e| e.variants.iter().find(|(s, _)| *s == sym).and_then(|(_, d)| d.as_deref()))
}

fn role_title(model: &Model, role: &str) -> String {
    match model.roles.iter().find(|r| r.name == role).and_then(|r| r.title.as_deref()) {
        Some(t) => format!("{t} ({role})"),
        None => role.to_string(),
    }
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
