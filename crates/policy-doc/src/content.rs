//! The document's content, read from the model once and shared by the HTML
//! and Markdown renderers: the clauses in the regulation's order, the items of
//! the policy that rest on each (with anchors both ways), the clauses left
//! unencoded with their reasons, the tests, the metadata and the versions.

use std::collections::HashSet;

use policy_check::model::*;
use policy_check::quote::Quote;
use policy_check::{DefId, Workspace};
use policy_syntax::Keyword;

use crate::labels::Label;
use crate::words;
use policy_i18n::Lang;

/// A policy as a document.
#[derive(Debug, Clone)]
pub struct Document {
    /// The language of the headings and labels.
    pub lang: Lang,
    /// The policy id.
    pub id: String,
    /// The regulation's title.
    pub title: Option<String>,
    /// The metadata: label and value.
    pub meta: Vec<(&'static str, String)>,
    /// The versions in force, oldest first (empty: none declared).
    pub versions: Vec<VersionRow>,
    /// The quoted clauses, in the regulation's order.
    pub clauses: Vec<ClauseEntry>,
    /// What the policy declares, each once (clauses refer to them by index).
    pub items: Vec<Item>,
    /// The items that cite no clause.
    pub uncited: Vec<usize>,
    /// The policy's tests.
    pub tests: Vec<TestEntry>,
}

/// One version of the regulation.
#[derive(Debug, Clone)]
pub struct VersionRow {
    /// Its name.
    pub name: String,
    /// When it comes into force, and until when.
    pub in_force: String,
    /// The act that approved it.
    pub order: String,
    /// The clauses it changed, with their anchors.
    pub changes: Vec<(String, String)>,
    /// Whether the document shows this version.
    pub shown: bool,
}

/// A quoted clause.
#[derive(Debug, Clone)]
pub struct ClauseEntry {
    /// Its number.
    pub number: String,
    /// Its anchor.
    pub anchor: String,
    /// Its words.
    pub text: String,
    /// The versions that changed it, oldest first.
    pub history: Vec<Change>,
    /// The items shown under it (those citing it first), by index.
    pub own: Vec<usize>,
    /// The items citing it that are shown under another clause.
    pub also: Vec<usize>,
    /// The tests that exercise it, by index.
    pub tests: Vec<usize>,
    /// When nothing cites it: the reason the policy gives (its comment).
    pub unencoded: Option<String>,
}

/// A version that changed a clause.
#[derive(Debug, Clone)]
pub struct Change {
    /// The version and when it came into force (`ред. 2 (действует с 01.01.2026)`).
    pub version: String,
    /// The clause's words before it, and the version they were of, when it
    /// quoted the clause anew.
    pub before: Option<(String, String)>,
}

/// Something the policy declares: a rule, a table, a document…
#[derive(Debug, Clone)]
pub struct Item {
    /// Its anchor.
    pub anchor: String,
    /// Its kind, in the document's language (`Правило`).
    pub kind: &'static str,
    /// Its name in the policy (`weekly_load`).
    pub name: String,
    /// What it is, in the regulation's words.
    pub title: Option<String>,
    /// The clauses it cites: number and anchor.
    pub clauses: Vec<(String, String)>,
    /// The citation as written.
    pub citation: Option<String>,
    /// The words its citation names, in their sentence (`policy_check::quote`).
    pub words: Option<Quote>,
    /// Its parts.
    pub lines: Vec<Line>,
    /// A table of rows, for tables and curricula.
    pub grid: Option<Grid>,
}

/// One part of an item: a label and a text, which is either the policy's
/// own notation (a condition, a name) or prose.
#[derive(Debug, Clone)]
pub struct Line {
    /// The label (`Когда`).
    pub label: &'static str,
    /// The text.
    pub text: String,
    /// Whether the text is the policy's notation, shown as code.
    pub code: bool,
}

impl Line {
    /// A line in the policy's notation.
    fn code(label: &'static str, text: String) -> Line {
        Line { label, text, code: true }
    }

    /// A line of prose.
    fn prose(label: &'static str, text: String) -> Line {
        Line { label, text, code: false }
    }
}

/// A small table: a header and rows.
#[derive(Debug, Clone)]
pub struct Grid {
    /// The column headings.
    pub header: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<String>>,
}

/// A test of the policy.
#[derive(Debug, Clone)]
pub struct TestEntry {
    /// Its anchor.
    pub anchor: String,
    /// Its name.
    pub name: String,
    /// Its case file.
    pub case: Option<String>,
    /// Its expectations as written.
    pub expects: Vec<String>,
    /// The clauses it exercises: number and anchor.
    pub clauses: Vec<(String, String)>,
}

/// An HTML id made of `parts` (white space becomes `_`).
fn anchor(parts: &[&str]) -> String {
    parts.join("-").split_whitespace().collect::<Vec<_>>().join("_")
}

/// The anchor of clause `number`.
fn clause_anchor(number: &str) -> String {
    anchor(&["clause", number])
}

/// Reads `model` (checked from `ws`) into a document in `lang`.
pub fn build(ws: &Workspace, model: &Model, lang: Lang) -> Document {
    let mut doc = Document {
        lang,
        id: model.meta.id.clone(),
        title: model.meta.title.clone(),
        meta: meta(model, lang),
        versions: versions(model, lang),
        clauses: model
            .clauses
            .iter()
            .map(|c| ClauseEntry {
                number: c.number.clone(),
                anchor: clause_anchor(&c.number),
                text: c.text.clone(),
                history: history(model, &c.number, lang),
                own: Vec::new(),
                also: Vec::new(),
                tests: Vec::new(),
                unencoded: None,
            })
            .collect(),
        items: Vec::new(),
        uncited: Vec::new(),
        tests: Vec::new(),
    };
    for d in model.definitions() {
        let Some(item) = item(ws, model, d.id, lang) else { continue };
        let index = doc.items.len();
        let cited: Vec<ClauseId> = d.citation.map(|c| c.clauses.clone()).unwrap_or_default();
        match cited.split_first() {
            Some((first, rest)) => {
                doc.clauses[*first].own.push(index);
                rest.iter().for_each(|&c| doc.clauses[c].also.push(index));
            }
            None => doc.uncited.push(index),
        }
        doc.items.push(item);
    }
    for (number, location) in policy_check::coverage(model).uncited_clauses {
        if let Some(entry) = doc.clauses.iter_mut().find(|c| c.number == number) {
            entry.unencoded =
                Some(reason(ws, location).unwrap_or_else(|| crate::labels::t(lang, Label::NoReason).to_string()));
        }
    }
    for (i, test) in model.tests.iter().enumerate() {
        let exercised = exercised(model, test);
        for &c in &exercised {
            doc.clauses[c].tests.push(i);
        }
        doc.tests.push(TestEntry {
            anchor: anchor(&["test", &i.to_string()]),
            name: test.name.clone(),
            case: test.case.clone(),
            expects: test.expects.iter().map(|e| e.source.trim().to_string()).collect(),
            clauses: numbers(model, &exercised),
        });
    }
    doc
}

/// The versions that changed clause `number`, with its words before each.
fn history(model: &Model, number: &str, lang: Lang) -> Vec<Change> {
    model
        .clause_history(number)
        .into_iter()
        .map(|v| {
            let version = match v.in_force {
                Some(d) => {
                    format!(
                        "{} ({} {})",
                        v.name,
                        crate::labels::t(lang, Label::InForceFrom).to_lowercase(),
                        policy_i18n::date(lang, d)
                    )
                }
                None => v.name.clone(),
            };
            let earlier = model.versions.iter().position(|x| x == v).and_then(|i| i.checked_sub(1));
            let before = v.replaced.iter().find(|(n, _)| n == number).map(|(_, words)| {
                let of = earlier.map(|i| model.versions[i].name.clone()).unwrap_or_default();
                (of, words.clone())
            });
            Change { version, before }
        })
        .collect()
}

/// The clauses `ids` as (number, anchor).
fn numbers(model: &Model, ids: &[ClauseId]) -> Vec<(String, String)> {
    ids.iter().filter_map(|&i| model.clauses.get(i)).map(|c| (c.number.clone(), clause_anchor(&c.number))).collect()
}

/// The metadata rows.
fn meta(model: &Model, lang: Lang) -> Vec<(&'static str, String)> {
    let m = &model.meta;
    let mut rows = vec![(crate::labels::t(lang, Label::PolicyId), m.id.clone())];
    rows.extend(m.school.clone().map(|s| (crate::labels::t(lang, Label::School), s)));
    rows.extend(m.title.clone().map(|s| (crate::labels::t(lang, Label::Title), s)));
    if let Some((date, act)) = &m.approved {
        let act = act.as_ref().map(|a| format!(", {a}")).unwrap_or_default();
        rows.push((crate::labels::t(lang, Label::Approved), format!("{}{act}", policy_i18n::date(lang, *date))));
    }
    rows.extend(m.source.clone().map(|s| (crate::labels::t(lang, Label::Source), s)));
    if let Some(last) = model.versions.last() {
        rows.push((crate::labels::t(lang, Label::VersionShown), last.name.clone()));
    }
    for n in &model.not_stated {
        let topic = match lang {
            Lang::Ru => n.topic.title_ru(),
            Lang::En => n.topic.name(),
        };
        let cited = n.citation.as_ref().map(|c| format!(" (§ {})", c.text)).unwrap_or_default();
        rows.push((crate::labels::t(lang, Label::NotStated), format!("{topic}: {}{cited}", n.text)));
    }
    rows
}

/// The versions, oldest first.
fn versions(model: &Model, lang: Lang) -> Vec<VersionRow> {
    let last = model.versions.len().saturating_sub(1);
    model
        .versions
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let from = v.in_force.map(|d| policy_i18n::date(lang, d)).unwrap_or_else(|| "?".into());
            let until = v
                .until
                .map(|d| format!(" {} {}", crate::labels::t(lang, Label::Until), policy_i18n::date(lang, d)))
                .unwrap_or_default();
            let order = match &v.order {
                Some((date, Some(act))) if act.contains(&policy_i18n::date(lang, *date)) => act.clone(),
                Some((date, Some(act))) => format!("{act} ({})", policy_i18n::date(lang, *date)),
                Some((date, None)) => policy_i18n::date(lang, *date),
                None => "—".into(),
            };
            VersionRow {
                name: v.name.clone(),
                in_force: format!("{from}{until}"),
                order,
                changes: v.changes.iter().map(|n| (n.clone(), clause_anchor(n))).collect(),
                shown: i == last,
            }
        })
        .collect()
}

/// The reason a clause is left unencoded: the comment right above it, without
/// its `не закодировано:` / `not encoded:` lead (or a longer variant such as
/// `не закодировано отдельно:`, listed first so that it wins).
fn reason(ws: &Workspace, at: Location) -> Option<String> {
    let text = &ws.files.get(at.file)?.text;
    let joined = policy_check::comment_above(text, at.span.start).join(" ");
    let lead =
        ["не закодировано отдельно:", "not encoded separately:", "не закодировано:", "не закодирован:", "not encoded:"];
    let stripped = lead.iter().find_map(|l| joined.strip_prefix(l)).unwrap_or(&joined).trim();
    (!stripped.is_empty()).then(|| stripped.to_string())
}

/// The clauses a test exercises: those its expectations cite, and those of
/// the values and documents it expects.
fn exercised(model: &Model, test: &TestDef) -> Vec<ClauseId> {
    let mut out: Vec<ClauseId> = Vec::new();
    let mut add = |c: Option<&CitationRef>| {
        for &id in c.map(|c| c.clauses.as_slice()).unwrap_or_default() {
            if !out.contains(&id) {
                out.push(id);
            }
        }
    };
    let named = |name: &str| -> Option<&CitationRef> {
        let value = model.values.iter().find(|v| v.name == name).and_then(|v| v.citation.as_deref());
        value.or_else(|| model.tables.iter().find(|t| t.name == name).and_then(|t| t.citation.as_deref()))
    };
    for e in &test.expects {
        match &e.kind {
            ExpectDefKind::Eligible(_) => add(named("eligible")),
            ExpectDefKind::Value(name, _) => add(named(name)),
            ExpectDefKind::Finding { clause, .. } => add(model.citation(clause)),
            ExpectDefKind::Violations(clauses) => clauses.iter().for_each(|c| add(model.citation(c))),
            ExpectDefKind::Missing(kinds) => {
                for kind in kinds {
                    let doc = model.documents.iter().find(|d| model.symbol_name(d.kind) == kind);
                    add(doc.and_then(|d| d.citation.as_deref()));
                }
            }
        }
    }
    out.sort_unstable();
    out
}

/// The item for declaration `id`, or `None` for what the document does not
/// show on its own (the policy block, clauses, the case schema, roles, tests,
/// a requirement citing its document's clause).
fn item(ws: &Workspace, model: &Model, id: DefId, lang: Lang) -> Option<Item> {
    let x = |e: &Expr| words::expr(model, e, lang);
    // A constant as the policy writes it, with its unit (`10 h`, `20 %`).
    let constant = |e: &Expr| match &e.kind {
        ExprKind::Const(_) => {
            let file = ws.files.get(e.location.file);
            let written = file.and_then(|f| f.text.get(e.location.span.start..e.location.span.end));
            written.map_or_else(|| x(e), |w| words::written(w, lang))
        }
        _ => x(e),
    };
    let t = |l: Label| crate::labels::t(lang, l);
    // Under a condition's notation, the same in a lawyer's words, by the titles of the
    // fields and values it reads (in Russian: in English the words are the notation).
    let said = |e: &Expr| {
        (lang == Lang::Ru && !matches!(e.kind, ExprKind::Const(_)))
            .then(|| Line::prose(t(Label::InWords), policy_eval::words::expr(model, lang, e)))
    };
    let new = |kind: Label, name: &str, anchor_parts: &[&str], title: Option<&String>, c: Option<&CitationRef>| Item {
        anchor: anchor(anchor_parts),
        kind: t(kind),
        name: name.to_string(),
        title: title.cloned(),
        clauses: c.map(|c| numbers(model, &c.clauses)).unwrap_or_default(),
        citation: c.map(|c| c.text.clone()),
        words: c.and_then(|c| named_words(model, c)),
        lines: Vec::new(),
        grid: None,
    };
    let mut item = match id {
        DefId::Value(i) => {
            let v = &model.values[i];
            let mut it = new(Label::Value, &v.name, &["value", &v.name], v.description.as_ref(), v.citation.as_deref());
            it.lines.push(Line::code(t(Label::Computed), constant(&v.expr)));
            it.lines.extend(said(&v.expr));
            it
        }
        DefId::Param(i) => {
            let p = &model.params[i];
            let mut it = new(Label::Param, &p.name, &["param", &p.name], p.description.as_ref(), p.citation.as_deref());
            it.lines.push(match &p.value {
                Some(v) => Line::code(t(Label::ValueIs), constant(v)),
                None => Line::prose(t(Label::ValueIs), t(Label::NoValue).to_string()),
            });
            it
        }
        DefId::Table(i) => {
            let tb = &model.tables[i];
            let mut it =
                new(Label::Table, &tb.name, &["table", &tb.name], tb.description.as_ref(), tb.citation.as_deref());
            let keys: Vec<String> = if tb.parameters.is_empty() {
                tb.key_sources.clone()
            } else {
                tb.parameters.iter().map(|(n, _)| n.clone()).collect()
            };
            it.lines.push(Line::code(t(Label::By), keys.join(", ")));
            let rows = tb
                .rows
                .iter()
                .map(|r| {
                    let row = if r.patterns.is_empty() { t(Label::Else).to_string() } else { r.source.clone() };
                    vec![row, r.label.clone().unwrap_or_default(), constant(&r.value)]
                })
                .collect();
            it.grid =
                Some(Grid { header: vec![keys.join(", "), t(Label::RowName).into(), t(Label::ValueIs).into()], rows });
            it
        }
        DefId::Curriculum(i) => curriculum(model, &model.curricula[i], lang),
        DefId::Rule(i) => {
            let r = &model.rules[i];
            let mut it = new(Label::Rule, &r.name, &["rule", &r.name], r.description.as_ref(), r.citation.as_deref());
            for w in &r.when {
                it.lines.push(Line::code(t(Label::When), x(w)));
                it.lines.extend(said(w));
            }
            for u in &r.unless {
                it.lines.push(Line::code(t(Label::Unless), x(u)));
                it.lines.extend(said(u));
            }
            it.lines.push(Line::prose(t(Label::Outcome), outcome(model, &r.outcome, lang)));
            if !r.exceptions.is_empty() {
                let names: Vec<&str> = r.exceptions.iter().map(|e| e.name.as_str()).collect();
                it.lines.push(Line::code(t(Label::Exceptions), names.join(", ")));
            }
            it
        }
        DefId::Exception(r, j) => {
            let rule = &model.rules[r];
            let e = &rule.exceptions[j];
            let title = format!("{} {}", words::keyword(Keyword::For, lang), rule.name);
            let mut it = new(Label::Exception, &e.name, &["exception", &e.name], Some(&title), e.citation.as_deref());
            for w in &e.when {
                it.lines.push(Line::code(t(Label::When), x(w)));
                it.lines.extend(said(w));
            }
            let effect = match &e.outcome {
                None => t(Label::Allow).to_string(),
                Some(o) => format!("{}: {}", t(Label::Replaces), outcome(model, o, lang)),
            };
            it.lines.push(Line::prose(t(Label::Outcome), effect));
            it
        }
        DefId::Document(i) => {
            let d = &model.documents[i];
            let kind = model.symbol_name(d.kind);
            let mut it = new(Label::Document, kind, &["document", kind], d.description.as_ref(), d.citation.as_deref());
            it.lines.push(match &d.when {
                Some(w) => Line::code(t(Label::Required), x(w)),
                None => Line::prose(t(Label::Required), t(Label::Always).to_string()),
            });
            it.lines.extend(d.when.as_ref().and_then(said));
            for (j, r) in d.requires.iter().enumerate() {
                let said = r.description.as_ref().map(|s| format!("{s}: ")).unwrap_or_default();
                let own = r.citation.as_ref().map(|c| format!(" (§ {})", c.text)).unwrap_or_default();
                it.lines.push(Line::prose(t(Label::Requirements), format!("{said}{}{own}", x(&r.expr))));
                let readings = model.readings.own(ReadingItem::Requirement(i, j));
                it.lines.extend(readings.map(|r| Line::prose(t(Label::Reading), r.text.to_string())));
            }
            it
        }
        DefId::Requirement(i, j) => {
            let d = &model.documents[i];
            let r = &d.requires[j];
            let own = r.citation.as_deref()?;
            if d.citation.as_ref().is_some_and(|c| c.clauses == own.clauses) {
                return None;
            }
            let kind = model.symbol_name(d.kind);
            let mut it = new(
                Label::Requirement,
                kind,
                &["requirement", kind, &j.to_string()],
                r.description.as_ref(),
                Some(own),
            );
            it.lines.push(Line::code(t(Label::Requirements), x(&r.expr)));
            it
        }
        DefId::RoleItem(r, j) => {
            let role = &model.roles[r];
            let d = &role.items[j];
            let kind = if d.is_right { Label::Right } else { Label::Duty };
            let name = d.key.clone().unwrap_or_default();
            let mut it = new(kind, &name, &["duty", &role.name, &j.to_string()], Some(&d.text), d.citation.as_deref());
            it.lines.push(Line::prose(t(Label::Role), role.title.clone().unwrap_or_else(|| role.name.clone())));
            if let Some(w) = &d.when {
                it.lines.push(Line::code(t(Label::When), x(w)));
                it.lines.extend(said(w));
            }
            let fulfilled = |e: Option<SymbolId>| {
                e.map(|e| format!("; {} {}", t(Label::FulfilledBy), model.symbol_name(e))).unwrap_or_default()
            };
            if let Some(dl) = &d.deadline {
                let within = words::keyword(Keyword::Within, lang).replace('_', " ");
                let after = words::keyword(Keyword::After, lang);
                let start = match &dl.after {
                    DeadlineStart::Event(kind) => model.symbol_name(*kind).to_string(),
                    DeadlineStart::Date(e) => x(e),
                };
                let text = format!(
                    "{within} {} {after} {start}{}",
                    words::duration(dl.within, lang),
                    fulfilled(dl.fulfilled_by)
                );
                it.lines.push(Line::prose(t(Label::Deadline), text));
            }
            if let Some(f) = &d.frequency {
                let text = format!("{}{}", words::every(f.named, f.every, lang), fulfilled(f.fulfilled_by));
                it.lines.push(Line::prose(t(Label::Frequency), text));
            }
            it
        }
        DefId::Provision(i) => {
            let p = &model.provisions[i];
            new(Label::Provision, &p.name, &["provision", &p.name], Some(&p.text), p.citation.as_deref())
        }
        DefId::Policy
        | DefId::Clause(_)
        | DefId::Enum(_)
        | DefId::Record(_)
        | DefId::Field(_)
        | DefId::List(_)
        | DefId::ElemField(..)
        | DefId::Role(_)
        | DefId::Test(_) => return None,
    };
    // The readings declared at the item itself (a report also shows those it inherits).
    let at = match id {
        DefId::Value(i) => Some(ReadingItem::Value(i)),
        DefId::Table(i) => Some(ReadingItem::Table(i)),
        DefId::Rule(i) => Some(ReadingItem::Rule(i)),
        DefId::Document(i) => Some(ReadingItem::Document(i)),
        DefId::Requirement(i, j) => Some(ReadingItem::Requirement(i, j)),
        DefId::RoleItem(r, j) => Some(ReadingItem::Duty(r, j)),
        _ => None,
    };
    if let Some(at) = at {
        item.lines.extend(model.readings.own(at).map(|r| Line::prose(t(Label::Reading), r.text.to_string())));
    }
    Some(item)
}

/// A rule's outcome: severity and message.
fn outcome(model: &Model, o: &OutcomeDef, lang: Lang) -> String {
    let severity = match o.severity {
        Severity::Violation => Keyword::Violation,
        Severity::Warning => Keyword::Warning,
        Severity::Info => Keyword::Info,
    };
    format!("{}: «{}»", words::keyword(severity, lang), words::message(model, &o.message, lang))
}

/// A curriculum as a grid: subjects down, grades across, totals and weeks.
fn curriculum(model: &Model, c: &CurriculumDef, lang: Lang) -> Item {
    let cell =
        |v: &Option<rust_decimal::Decimal>| v.map(|d| policy_i18n::decimal(lang, &d)).unwrap_or_else(|| "—".into());
    let mut header = vec![crate::labels::t(lang, Label::Subject).to_string()];
    header.extend(c.grades.iter().map(i64::to_string));
    let mut rows: Vec<Vec<String>> = c
        .subjects
        .iter()
        .map(|(s, cells)| std::iter::once(s.clone()).chain(cells.iter().map(cell)).collect())
        .collect();
    for (label, row) in [(Label::Total, &c.totals), (Label::Weeks, &c.weeks)] {
        if let Some(cells) = row {
            rows.push(
                std::iter::once(crate::labels::t(lang, label).to_string()).chain(cells.iter().map(cell)).collect(),
            );
        }
    }
    let mut lines = Vec::new();
    if let Some(cap) = c.cap.and_then(|t| model.tables.get(t)) {
        lines.push(Line::code(crate::labels::t(lang, Label::Cap), cap.name.clone()));
    }
    Item {
        anchor: anchor(&["curriculum", &c.name]),
        kind: crate::labels::t(lang, Label::Curriculum),
        name: c.name.clone(),
        title: c.description.clone(),
        clauses: c.citation.as_deref().map(|r| numbers(model, &r.clauses)).unwrap_or_default(),
        citation: c.citation.as_ref().map(|r| r.text.clone()),
        words: c.citation.as_deref().and_then(|r| named_words(model, r)),
        lines,
        grid: Some(Grid { header, rows }),
    }
}

/// The words citation `c` names, in their sentence of the first clause that
/// holds them; `None` when it names none or they were not found.
fn named_words(model: &Model, c: &CitationRef) -> Option<Quote> {
    c.words.as_ref().filter(|w| !w.found.is_empty())?;
    c.quotes(model, &[], 1).into_iter().next().map(|(_, q)| q)
}

/// The clauses of the document that nothing in the policy rests on.
pub fn unencoded(doc: &Document) -> impl Iterator<Item = &ClauseEntry> {
    doc.clauses.iter().filter(|c| c.unencoded.is_some())
}

/// The items shown under clause `c` and those shown elsewhere, each once.
pub fn resting_on(c: &ClauseEntry) -> Vec<usize> {
    let mut seen = HashSet::new();
    c.own.iter().chain(&c.also).copied().filter(|i| seen.insert(*i)).collect()
}
