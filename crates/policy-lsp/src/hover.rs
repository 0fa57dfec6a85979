//! Hover: a clause citation shows the clause's own words; a case field its type
//! and description; a value, table, parameter or rule its definition (a table
//! with its rows); an enumeration its values; a keyword what it means — in the
//! language of the file's keywords.

use std::fmt::Write as _;
use std::path::Path;

use policy_check::builtins::BUILTINS;
use policy_check::markup::markdown as escape;
use policy_check::model::{CitationRef, ExtensionTarget, FieldDef, Location, Model, Ty};
use policy_check::{DefId, Definition, Target};
use policy_syntax::{Keyword, KeywordLanguage};
use tower_lsp_server::ls_types::{Hover, HoverContents, MarkupContent, MarkupKind, Position};

use crate::analysis::{Analysis, Lines, RootAnalysis};
use crate::index::Sym;
use crate::lang::{meaning, phrase, Phrase};

/// The most characters of a clause's words a hover shows.
const MAX_CLAUSE_CHARS: usize = 6000;
/// The most lines of a declaration's source a hover shows.
const MAX_SOURCE_LINES: usize = 40;
/// The most clauses one citation's hover shows.
const MAX_CLAUSES: usize = 12;

/// The hover at `position` in the file at `path`.
pub fn hover(analysis: &Analysis, path: &Path, position: Position) -> Option<Hover> {
    let (ra, file, offset) = analysis.at(path, position)?;
    let occ = ra.index().at(file, offset)?.clone();
    let language = ra.language(file);
    let value = describe(&ra, &occ.sym, language)?;
    let range = Lines::new(ra.file(file), analysis.encoding()).range(occ.span);
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value }),
        range: Some(range),
    })
}

/// A Markdown description of `sym` in `language`.
pub fn describe(ra: &RootAnalysis, sym: &Sym, language: KeywordLanguage) -> Option<String> {
    let model = &ra.checked.model;
    let p = |x| phrase(x, language);
    let mut out = String::new();
    match sym {
        Sym::Keyword(k) => {
            let other = match language {
                KeywordLanguage::English => KeywordLanguage::Russian,
                KeywordLanguage::Russian => KeywordLanguage::English,
            };
            let _ = write!(
                out,
                "**`{}`** ({} `{}`) — {}\n\n{}",
                k.spelling(language),
                match language {
                    KeywordLanguage::English => "in Russian",
                    KeywordLanguage::Russian => "по-английски",
                },
                k.spelling(other),
                p(Phrase::Keyword),
                meaning(*k, language)
            );
        }
        Sym::WorkingDays => working_days(&mut out, model, language),
        Sym::Function(i) => {
            let def = BUILTINS.get(*i)?;
            let doc = match language {
                KeywordLanguage::English => def.english,
                KeywordLanguage::Russian => def.russian,
            };
            let _ = write!(out, "**`{}`** — {}\n\n{}", def.signature(), p(Phrase::Function), escape(doc));
        }
        Sym::Clause(number) => clause_text(&mut out, model, number, language),
        Sym::Citation(i) => {
            let citation = model.citations.get(*i)?;
            if citation.words.as_ref().is_some_and(|w| !w.found.is_empty()) {
                named_words(&mut out, model, citation);
            }
            let numbers = shown_numbers(model, citation);
            for (n, number) in numbers.iter().enumerate() {
                if n == MAX_CLAUSES {
                    let _ = write!(out, "\n\n…");
                    break;
                }
                if n > 0 {
                    out.push_str("\n\n---\n\n");
                }
                clause_text(&mut out, model, number, language);
            }
        }
        Sym::Target(t) => match *t {
            Target::Field(slot) => {
                let f = model.schema.slots.get(slot)?;
                field(&mut out, model, f, &f.path, Phrase::CaseField, language);
                extension(&mut out, model, ExtensionTarget::Schema, &f.path, language);
            }
            Target::ElemField(l, i) => {
                let list = model.schema.lists.get(l)?;
                let f = list.fields.get(i)?;
                let path = format!("{}.{}", list.path, f.path);
                field(&mut out, model, f, &path, Phrase::ElementField, language);
                extension(&mut out, model, ExtensionTarget::Schema, &path, language);
            }
            Target::List(l) => {
                let list = model.schema.lists.get(l)?;
                let _ = write!(out, "**{}**: `{}", list.path, Keyword::List.spelling(language));
                let _ = write!(out, " {} {{…}}", Keyword::Of.spelling(language));
                if let Some(key) = list.key.and_then(|k| list.fields.get(k)) {
                    let _ = write!(out, " {} {}", Keyword::Keyed.spelling(language), key.path);
                }
                out.push('`');
                if list.optional {
                    out.push('?');
                }
                let _ = write!(out, " — {}", p(Phrase::CaseList));
                if let Some(d) = &list.description {
                    let _ = write!(out, "\n\n{}", escape(d));
                }
                out.push_str("\n\n");
                for f in &list.fields {
                    let _ = write!(out, "- `{}: {}`", f.path, type_name(model, f, language));
                    if let Some(d) = &f.description {
                        let _ = write!(out, " — {}", escape(d));
                    }
                    out.push('\n');
                }
            }
            Target::Symbol(s) => {
                let name = model.symbol_name(s);
                for (index, e) in
                    model.enums.iter().enumerate().filter(|(_, e)| e.variants.iter().any(|(v, _)| *v == s))
                {
                    if !out.is_empty() {
                        out.push_str("\n\n");
                    }
                    let description = e.variants.iter().find(|(v, _)| *v == s).and_then(|(_, d)| d.as_ref());
                    let _ = write!(out, "**`{name}`** — {} `{}`", p(Phrase::EnumValue), e.name);
                    if let Some(d) = &e.description {
                        let _ = write!(out, " ({})", escape(d));
                    }
                    if let Some(d) = description {
                        let _ = write!(out, "\n\n{}", escape(d));
                    }
                    extension(&mut out, model, ExtensionTarget::Enum(index), name, language);
                }
                for d in model.documents.iter().filter(|d| d.kind == s) {
                    out.push_str("\n\n---\n\n");
                    source_of(&mut out, ra, d.location, language);
                }
            }
            Target::Value(_) | Target::Table(_) | Target::Param(_) | Target::Rule(_) => {
                declaration(&mut out, ra, &sym.definition(model)?, language)
            }
            Target::Enum(e) => {
                let def = model.enums.get(e)?;
                heading(&mut out, Phrase::Enum, &def.name, None, language);
                if let Some(d) = &def.description {
                    let _ = write!(out, "\n\n{}", escape(d));
                }
                out.push_str("\n\n");
                for (s, d) in &def.variants {
                    let _ = write!(out, "- `{}`", model.symbol_name(*s));
                    if let Some(d) = d {
                        let _ = write!(out, " — {}", escape(d));
                    }
                    out.push('\n');
                }
            }
        },
        Sym::Record(r) => {
            let def = model.schema.records.get(*r)?;
            let _ = write!(out, "**{}**{} — {}", def.path, if def.optional { "?" } else { "" }, p(Phrase::Record));
            if let Some(d) = &def.description {
                let _ = write!(out, "\n\n{}", escape(d));
            }
            out.push_str("\n\n");
            let prefix = format!("{}.", def.path);
            let direct = |path: &str| path.strip_prefix(&prefix).filter(|rest| !rest.contains('.')).is_some();
            for f in model.schema.slots.iter().filter(|f| direct(&f.path)) {
                let _ = write!(out, "- `{}: {}`", &f.path[prefix.len()..], type_name(model, f, language));
                if let Some(d) = &f.description {
                    let _ = write!(out, " — {}", escape(d));
                }
                out.push('\n');
            }
            for l in model.schema.lists.iter().filter(|l| direct(&l.path)) {
                let _ = writeln!(out, "- `{}: {} …`", &l.path[prefix.len()..], Keyword::List.spelling(language));
            }
            for r in model.schema.records.iter().filter(|r| direct(&r.path)) {
                let _ = writeln!(out, "- `{}: {{…}}`", &r.path[prefix.len()..]);
            }
        }
        Sym::Exception(..) | Sym::Curriculum(_) | Sym::Role(_) | Sym::Provision(_) | Sym::Test(_) => {
            declaration(&mut out, ra, &sym.definition(model)?, language)
        }
        Sym::Policy => {
            let meta = &model.meta;
            heading(&mut out, Phrase::Policy, &meta.id, None, language);
            for line in [&meta.school, &meta.title, &meta.source].into_iter().flatten() {
                let _ = write!(out, "\n\n{}", escape(line));
            }
            if let Some((date, act)) = &meta.approved {
                let _ = write!(out, "\n\n{date}");
                if let Some(act) = act {
                    let _ = write!(out, " — {}", escape(act));
                }
            }
        }
    }
    if out.is_empty() {
        None
    } else {
        Some(out)
    }
}

/// Appends the words a citation names, marked in their sentence in each
/// clause that holds them (words found nowhere have their diagnostic).
fn named_words(out: &mut String, model: &Model, citation: &CitationRef) {
    for (clause, quote) in citation.quotes(model, &[], MAX_CLAUSES) {
        let _ = write!(out, "**§ {}**: «{}»\n\n---\n\n", escape(&clause.number), quote.markdown());
    }
}

/// The clause numbers a citation's hover shows, in order, each once: the
/// quoted clauses each part names (a range: every one between its ends) and
/// the numbers it writes that the policy does not quote.
fn shown_numbers<'m>(model: &'m Model, c: &'m CitationRef) -> Vec<&'m str> {
    let mut out: Vec<&str> = Vec::new();
    for part in &c.parts {
        let quoted = part.clauses.clone().filter_map(|i| model.clauses.get(i)).map(|c| c.number.as_str());
        let unquoted = part.numbers.iter().filter(|n| n.clause.is_none()).map(|n| n.text.as_str());
        for n in quoted.chain(unquoted) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

fn clause_text(out: &mut String, model: &Model, number: &str, language: KeywordLanguage) {
    let _ = write!(out, "**§ {}** — {}", number, phrase(Phrase::Clause, language));
    match model.clause(number) {
        Some(c) => {
            out.push_str("\n\n");
            let mut text: String = c.text.chars().take(MAX_CLAUSE_CHARS).collect();
            if text.len() < c.text.len() {
                text.push('…');
            }
            for line in text.lines() {
                let _ = writeln!(out, "> {}  ", escape(line));
            }
        }
        None => {
            let _ = write!(out, "\n\n_{}_", phrase(Phrase::ClauseNotQuoted, language));
        }
    }
}

/// Appends the passage of the first clause `citation` names, when quoted: the
/// words it names in their sentence, or the clause's first sentence.
fn cited_words(out: &mut String, model: &Model, citation: Option<&CitationRef>) {
    let Some((clause, quote)) = citation.and_then(|c| c.quotes(model, &[], 1).into_iter().next()) else {
        return;
    };
    let _ = write!(out, "\n\n**§ {}**: {}", escape(&clause.number), quote.markdown());
}

/// The hover of a named declaration: its kind and name (with its type), its
/// source and, for what computes or checks something, the words it cites.
fn declaration(out: &mut String, ra: &RootAnalysis, d: &Definition<'_>, language: KeywordLanguage) {
    let model = &ra.checked.model;
    let ty = |ty: Option<&Ty>| ty.and_then(|ty| type_of(model, ty, language));
    let (what, ty, cites) = match d.id {
        DefId::Value(i) => (Phrase::Value, ty(model.values.get(i).map(|v| &v.ty)), true),
        DefId::Table(i) => (Phrase::Table, ty(model.tables.get(i).map(|t| &t.ty)), true),
        DefId::Param(i) => (Phrase::Param, ty(model.params.get(i).map(|p| &p.ty)), true),
        DefId::Rule(_) => (Phrase::Rule, None, true),
        DefId::Exception(..) => (Phrase::Exception, None, false),
        DefId::Curriculum(_) => (Phrase::Curriculum, None, false),
        DefId::Role(_) => (Phrase::Role, None, false),
        DefId::Provision(_) => (Phrase::Provision, None, false),
        DefId::Test(_) => (Phrase::Test, None, false),
        _ => return,
    };
    heading(out, what, d.name, ty, language);
    if let DefId::Param(i) = d.id {
        if model.params.get(i).is_some_and(|p| p.value.is_none()) {
            let _ = write!(out, "\n\n_{}_", phrase(Phrase::NoValue, language));
        }
    }
    source_of(out, ra, d.location, language);
    readings(out, model, d.id, language);
    if cites {
        cited_words(out, model, d.citation);
    }
}

/// Notes that `name` (a value of an enumeration, or a field's path) was added
/// by the policy's `extend`.
fn extension(out: &mut String, model: &Model, target: ExtensionTarget, name: &str, language: KeywordLanguage) {
    if model.schema.extensions.iter().any(|x| x.target == target && x.name == name) {
        let _ = write!(out, "\n\n_{}_", phrase(Phrase::Extension, language));
    }
}

/// The readings a value, table or rule rests on (its own and those of what it reads), one a line.
fn readings(out: &mut String, model: &Model, id: DefId, language: KeywordLanguage) {
    let ids = match id {
        DefId::Value(i) => model.readings.of_value(i),
        DefId::Table(i) => model.readings.of_table(i),
        DefId::Rule(i) => model.readings.of_rule(i),
        _ => return,
    };
    let label = match language {
        KeywordLanguage::Russian => "Толкование",
        KeywordLanguage::English => "Reading",
    };
    for text in model.readings.texts(ids) {
        let _ = write!(out, "\n\n**{label}:** {}", escape(text));
    }
}

fn heading(out: &mut String, what: Phrase, name: &str, ty: Option<String>, language: KeywordLanguage) {
    let _ = write!(out, "**{}** `{}`", phrase(what, language), name);
    if let Some(ty) = ty {
        let _ = write!(out, ": `{ty}`");
    }
}

fn field(out: &mut String, model: &Model, f: &FieldDef, path: &str, what: Phrase, language: KeywordLanguage) {
    let _ = write!(out, "**{}**: `{}` — {}", path, type_name(model, f, language), phrase(what, language));
    if let Some(d) = &f.description {
        let _ = write!(out, "\n\n{}", escape(d));
    }
    if f.optional {
        let _ = write!(out, "\n\n_{}_", phrase(Phrase::Optional, language));
    }
    if let Ty::Symbol(Some(e)) = f.ty {
        if let Some(e) = model.enums.get(e) {
            let names: Vec<String> = e.variants.iter().map(|(s, _)| format!("`{}`", model.symbol_name(*s))).collect();
            let _ = write!(out, "\n\n{}", names.join(", "));
        }
    }
}

/// The type of a schema field as written, in `language` (`int 1..12?`, `set of category`).
pub fn type_name(model: &Model, f: &FieldDef, language: KeywordLanguage) -> String {
    let mut out = match (&f.ty, f.integer) {
        (Ty::Number, true) => {
            let mut s = Keyword::Int.spelling(language).to_string();
            if let Some((a, b)) = f.int_range {
                let _ = write!(s, " {a}..{b}");
            }
            s
        }
        (ty, _) => type_of(model, ty, language).unwrap_or_else(|| "?".into()),
    };
    if f.optional {
        out.push('?');
    }
    out
}

/// A static type in the words of the language, when it has a name.
pub fn type_of(model: &Model, ty: &Ty, language: KeywordLanguage) -> Option<String> {
    let kw = |k: Keyword| Some(k.spelling(language).to_string());
    match ty {
        Ty::Number => kw(Keyword::Decimal),
        Ty::Bool => kw(Keyword::Bool),
        Ty::Text => kw(Keyword::Text),
        Ty::Date => kw(Keyword::Date),
        Ty::Duration | Ty::Interval => kw(Keyword::Duration),
        Ty::Symbol(Some(e)) => model.enums.get(*e).map(|e| e.name.clone()),
        Ty::Set(inner) | Ty::List(inner) => Some(format!(
            "{} {} {}",
            Keyword::Set.spelling(language),
            Keyword::Of.spelling(language),
            type_of(model, inner, language)?
        )),
        Ty::Elements(l) | Ty::Element(l) => model.schema.lists.get(*l).map(|l| l.path.clone()),
        Ty::Range => Some("1..n".into()),
        Ty::Symbol(None) | Ty::Null | Ty::Error => None,
    }
}

/// Appends the source of the declaration at `location` as a code block (and the
/// words of the clause it cites, shortened).
fn source_of(out: &mut String, ra: &RootAnalysis, location: Location, language: KeywordLanguage) {
    let Some(source) = declaration_source(ra, location) else { return };
    let lines: Vec<&str> = source.lines().collect();
    out.push_str("\n\n```policy\n");
    for line in lines.iter().take(MAX_SOURCE_LINES) {
        out.push_str(&line.replace("```", "`\u{200b}``"));
        out.push('\n');
    }
    if lines.len() > MAX_SOURCE_LINES {
        let _ = writeln!(out, "# … {} {}", lines.len() - MAX_SOURCE_LINES, phrase(Phrase::More, language));
    }
    out.push_str("```");
}

/// The source text of the declaration (or role item, table row …) whose name is at `location`.
pub fn declaration_source(ra: &RootAnalysis, location: Location) -> Option<&str> {
    let file = ra.ws.files.get(location.file)?;
    let decl = file
        .parsed
        .file
        .decls
        .iter()
        .find(|d| d.span.start <= location.span.start && location.span.end <= d.span.end)?;
    // Leading white space of the first line, so that the block is not ragged.
    let text = file.text.get(decl.span.start..decl.span.end)?;
    Some(text.trim_end())
}

// ---- i15: working days
/// The hover of a working-days unit: how they are counted and which years the calendar has.
fn working_days(out: &mut String, model: &Model, language: KeywordLanguage) {
    let years: Vec<i16> = model.calendar().years().map(|(y, _)| y).collect();
    let (first, last) = (years.first().copied().unwrap_or_default(), years.last().copied().unwrap_or_default());
    let _ = match language {
        KeywordLanguage::English => write!(
            out,
            "**working days** — counted by the production calendar of the Russian Federation: weekends, \
             the holidays of ТК РФ ст. 112 and the Government's transfers of days off are not working days; \
             the day the term starts after is not counted.\n\nThe calendar has {first}–{last}; add a year with \
             `calendar_year` in the policy or `policy --calendar FILE`."
        ),
        KeywordLanguage::Russian => write!(
            out,
            "**рабочие дни** — считаются по производственному календарю РФ: выходные, праздничные дни \
             (ТК РФ ст. 112) и перенесённые Правительством выходные — нерабочие; день, после которого \
             начинается срок, не считается.\n\nВ календаре есть {first}–{last} годы; год добавляется объявлением \
             `производственный_календарь` в политике или ключом `policy --calendar ФАЙЛ`."
        ),
    };
}
// ---- end i15
