//! Document symbols (the outline): policy, imports, clauses, enumerations with
//! their values, the schema with its fields, parameters, values, tables,
//! curricula, rules, exceptions, documents, roles with their duties and rights,
//! provisions and tests. Built from the syntax tree, so a half-typed file still
//! has an outline.

use std::path::Path;

use policy_syntax::ast::{Citation, DeclKind, FieldDecl, RoleItemKind, Span, Text, TypeKind};
use tower_lsp_server::ls_types::{DocumentSymbol, Position, SymbolKind};

use crate::analysis::{Analysis, Lines};

/// The outline of the file at `path`.
pub fn document_symbols(analysis: &Analysis, path: &Path) -> Option<Vec<DocumentSymbol>> {
    let ra = analysis.root(path)?;
    let id = ra.file_id(path)?;
    let file = ra.file(id);
    let lines = Lines::new(file, analysis.encoding());
    let text = file.text.as_str();
    let mut out = Vec::new();
    for decl in &file.parsed.file.decls {
        let sym =
            |name: &str, detail: Option<String>, kind: SymbolKind, name_span: Span, children: Vec<DocumentSymbol>| {
                symbol(&lines, name, detail, kind, decl.span, name_span, children)
            };
        let s = match &decl.kind {
            DeclKind::Policy(p) => {
                sym(&p.id.name, p.title.as_ref().map(|t| t.value.clone()), SymbolKind::MODULE, p.id.span, vec![])
            }
            DeclKind::Use(u) => sym(&u.path.value, None, SymbolKind::FILE, u.path.span, vec![]),
            DeclKind::SchoolYear(y) => {
                let children = y
                    .parts
                    .iter()
                    .map(|part| {
                        let dates = format!(
                            "{:02}.{:02}–{:02}.{:02}",
                            part.from.day, part.from.month, part.to.day, part.to.month
                        );
                        symbol(
                            &lines,
                            &part.name.value,
                            Some(dates),
                            SymbolKind::EVENT,
                            part.span,
                            part.name.span,
                            vec![],
                        )
                    })
                    .collect();
                let keyword = Span::new(decl.span.start, decl.span.start);
                let title = y.title.as_ref().map_or("school_year", |t| t.value.as_str());
                sym(title, None, SymbolKind::NAMESPACE, keyword, children)
            }
            DeclKind::CalendarYear(c) => {
                let source = c.source.as_ref().map(|s| s.value.clone());
                let name = c.year.map_or_else(|| "calendar_year".to_string(), |y| y.to_string());
                sym(&name, source, SymbolKind::NAMESPACE, c.year_span, vec![])
            }
            DeclKind::Clause(c) => {
                let first: String = c.text.value.lines().next().unwrap_or("").chars().take(80).collect();
                sym(&format!("§ {}", c.number.value), Some(first), SymbolKind::STRING, c.number.span, vec![])
            }
            DeclKind::Enum(e) | DeclKind::ExtendEnum(e) => {
                let children = e
                    .variants
                    .iter()
                    .map(|v| {
                        let span = v.description.as_ref().map_or(v.name.span, |d| v.name.span.join(d.span));
                        symbol(
                            &lines,
                            &v.name.name,
                            described(&v.description),
                            SymbolKind::ENUM_MEMBER,
                            span,
                            v.name.span,
                            vec![],
                        )
                    })
                    .collect();
                sym(&e.name.name, described(&e.description), SymbolKind::ENUM, e.name.span, children)
            }
            DeclKind::Schema(s) | DeclKind::ExtendSchema(s) => sym(
                &s.name.name,
                described(&s.description),
                SymbolKind::STRUCT,
                s.name.span,
                fields(&lines, text, &s.fields, 0),
            ),
            DeclKind::Param(p) => {
                sym(&p.name.name, cited(&p.citation, &p.description), SymbolKind::CONSTANT, p.name.span, vec![])
            }
            DeclKind::Value(v) => {
                sym(&v.name.name, cited(&v.citation, &v.description), SymbolKind::VARIABLE, v.name.span, vec![])
            }
            DeclKind::Table(t) => {
                sym(&t.name.name, cited(&t.citation, &t.description), SymbolKind::STRUCT, t.name.span, vec![])
            }
            DeclKind::Curriculum(c) => {
                sym(&c.name.name, cited(&c.citation, &c.description), SymbolKind::STRUCT, c.name.span, vec![])
            }
            DeclKind::Rule(r) => {
                sym(&r.name.name, cited(&r.citation, &r.description), SymbolKind::FUNCTION, r.name.span, vec![])
            }
            DeclKind::Exception(e) => {
                let detail = format!(
                    "→ {}{}",
                    e.rule.name,
                    cited(&e.citation, &e.description).map(|d| format!(" {d}")).unwrap_or_default()
                );
                sym(&e.name.name, Some(detail), SymbolKind::EVENT, e.name.span, vec![])
            }
            DeclKind::Document(d) => {
                sym(&d.kind.name, cited(&d.citation, &d.description), SymbolKind::FILE, d.kind.span, vec![])
            }
            DeclKind::Role(r) => {
                let children = r
                    .items
                    .iter()
                    .map(|item| {
                        let (name, name_span) = match &item.key {
                            Some(k) => (k.name.clone(), k.span),
                            None => (short(&item.text.value), item.text.span),
                        };
                        let kind = match item.kind {
                            RoleItemKind::Duty => SymbolKind::METHOD,
                            RoleItemKind::Right => SymbolKind::PROPERTY,
                        };
                        let detail = cited(&item.citation, &Some(item.text.clone()));
                        symbol(&lines, &name, detail, kind, item.span, name_span, vec![])
                    })
                    .collect();
                sym(&r.name.name, r.title.as_ref().map(|t| t.value.clone()), SymbolKind::CLASS, r.name.span, children)
            }
            DeclKind::Provision(p) => {
                sym(&p.name.name, cited(&p.citation, &Some(p.text.clone())), SymbolKind::CONSTANT, p.name.span, vec![])
            }
            DeclKind::Test(t) => {
                sym(&t.name.value, t.case.as_ref().map(|c| c.value.clone()), SymbolKind::EVENT, t.name.span, vec![])
            }
            DeclKind::NotStated(n) => {
                let topic = n.topic.0.spelling(policy_syntax::Keyword::language_of(
                    text.get(n.topic.1.start..n.topic.1.end).unwrap_or(""),
                ));
                sym(topic, Some(n.text.value.clone()), SymbolKind::CONSTANT, n.topic.1, vec![])
            }
            DeclKind::Error => continue,
        };
        out.push(s);
    }
    Some(out)
}

fn fields(lines: &Lines<'_>, text: &str, fields: &[FieldDecl], depth: usize) -> Vec<DocumentSymbol> {
    fields
        .iter()
        .map(|f| {
            let children = match &f.ty.kind {
                TypeKind::Record { fields: inner, .. } | TypeKind::List { fields: inner, .. } if depth < 8 => {
                    self::fields(lines, text, inner, depth + 1)
                }
                _ => Vec::new(),
            };
            let ty = text.get(f.ty.span.start..f.ty.span.end).map(|t| t.lines().next().unwrap_or("").to_string());
            symbol(lines, &f.name.name, ty, SymbolKind::FIELD, f.span, f.name.span, children)
        })
        .collect()
}

fn described(d: &Option<Text>) -> Option<String> {
    d.as_ref().map(|t| t.value.clone())
}

fn cited(c: &Option<Citation>, d: &Option<Text>) -> Option<String> {
    match (c, d) {
        (Some(c), Some(d)) => Some(format!("§ {} {}", c.text, short(&d.value))),
        (Some(c), None) => Some(format!("§ {}", c.text)),
        (None, Some(d)) => Some(short(&d.value)),
        (None, None) => None,
    }
}

fn short(text: &str) -> String {
    let mut s: String = text.chars().take(60).collect();
    if s.len() < text.len() {
        s.push('…');
    }
    s
}

#[allow(deprecated)] // `DocumentSymbol::deprecated` must be written out.
fn symbol(
    lines: &Lines<'_>,
    name: &str,
    detail: Option<String>,
    kind: SymbolKind,
    span: Span,
    name_span: Span,
    children: Vec<DocumentSymbol>,
) -> DocumentSymbol {
    let range = lines.range(span.join(name_span));
    let mut selection_range = lines.range(name_span);
    if before(selection_range.start, range.start) || before(range.end, selection_range.end) {
        selection_range = range;
    }
    DocumentSymbol {
        // Clients reject empty names.
        name: if name.trim().is_empty() { "?".to_string() } else { name.to_string() },
        detail,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range,
        children: if children.is_empty() { None } else { Some(children) },
    }
}

fn before(a: Position, b: Position) -> bool {
    (a.line, a.character) < (b.line, b.character)
}
