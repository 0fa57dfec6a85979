//! The occurrence index of one checked policy: every name (declared or
//! referenced), clause citation, clause declaration and keyword, with its span
//! and what it stands for. Hover, navigation, rename and highlighting read it.

use std::collections::HashMap;

use policy_check::builtins::BUILTINS;
use policy_check::model::{FileId, Location, Model, RuleId};
use policy_check::{DefId, DefKind, Definition, Target};
use policy_syntax::ast::{self, Decl, DeclKind, Expr, ExprKind, Span};
use policy_syntax::Keyword;

use crate::analysis::RootAnalysis;

/// What an occurrence stands for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Sym {
    /// Something the checker resolves names to.
    Target(Target),
    /// A record of the case schema (`pupil`), by index in `Schema::records`.
    Record(usize),
    /// An exception of a rule: rule and index among its exceptions.
    Exception(RuleId, usize),
    /// A curriculum, by index.
    Curriculum(usize),
    /// A role, by index.
    Role(usize),
    /// A provision, by index.
    Provision(usize),
    /// A test, by index.
    Test(usize),
    /// The policy's id.
    Policy,
    /// A clause, by number (declared or cited).
    Clause(String),
    /// A whole citation `§ "…"`, by index in the model's `citations`.
    Citation(usize),
    /// A keyword.
    Keyword(Keyword),
    /// The working-days unit of a deadline (`5 working days`).
    WorkingDays,
    /// A built-in function's name in a call, by index in `policy_check::builtins::BUILTINS`.
    Function(usize),
}

/// One occurrence of a symbol in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// The file.
    pub file: FileId,
    /// Where.
    pub span: Span,
    /// What it stands for.
    pub sym: Sym,
    /// Whether this is the declaration (as opposed to a use).
    pub decl: bool,
}

/// All occurrences of one root analysis.
#[derive(Debug, Default)]
pub struct Index {
    /// Occurrences, sorted by file and start.
    pub occurrences: Vec<Occurrence>,
    /// Where each enumeration value is declared (a name may be declared in several enumerations).
    pub variants: HashMap<String, Vec<Location>>,
}

impl Index {
    /// Builds the index of `ra`.
    pub fn build(ra: &RootAnalysis) -> Index {
        let mut ix = Index::default();
        let model = &ra.checked.model;
        let closure = ra.ws.closure(ra.root);
        let mut occ = |file: FileId, span: Span, sym: Sym, decl: bool| {
            ix.occurrences.push(Occurrence { file, span, sym, decl });
        };
        // Declarations known to the model.
        let schema = &model.schema;
        for d in model.definitions() {
            if let Some(sym) = Sym::of(model, d.id) {
                occ(d.location.file, declared_span(ra, &d), sym, true);
            }
        }
        // Resolved references.
        for (location, target) in &ra.checked.references {
            occ(location.file, location.span, Sym::Target(*target), false);
        }
        // Citations, as the checker resolved them: the whole citation and each clause number.
        for (i, c) in model.citations.iter().enumerate() {
            occ(c.location.file, c.location.span, Sym::Citation(i), false);
            for n in c.numbers() {
                occ(c.location.file, n.span, Sym::Clause(n.text.clone()), false);
            }
        }
        // What only the syntax tree knows: enumeration values, records in paths, keywords.
        for &f in &closure {
            let file = &ra.file(f).parsed.file;
            for (span, keyword) in &file.keywords {
                occ(f, *span, Sym::Keyword(*keyword), false);
            }
            for decl in &file.decls {
                for span in working_day_units(&ra.file(f).text, decl) {
                    occ(f, span, Sym::WorkingDays, false);
                }
                if let DeclKind::Enum(e) | DeclKind::ExtendEnum(e) = &decl.kind {
                    for v in &e.variants {
                        if let Some(s) = model.symbol(&v.name.name) {
                            occ(f, v.name.span, Sym::Target(Target::Symbol(s)), true);
                        }
                        ix.variants
                            .entry(v.name.name.clone())
                            .or_default()
                            .push(Location { file: f, span: v.name.span });
                    }
                }
                walk_decl(decl, &mut |e| {
                    if let ExprKind::Call { func, .. } = &e.kind {
                        if let Some(i) = BUILTINS.iter().position(|d| d.name == func.name) {
                            occ(f, func.span, Sym::Function(i), false);
                        }
                    }
                    if let ExprKind::Path(segs) = &e.kind {
                        let mut path = String::new();
                        for seg in segs {
                            if !path.is_empty() {
                                path.push('.');
                            }
                            path.push_str(&seg.name);
                            if let Some(r) = schema.records.iter().position(|r| r.path == path) {
                                occ(f, seg.span, Sym::Record(r), false);
                            }
                        }
                    }
                });
            }
        }
        ix.occurrences.sort_by_key(|o| (o.file, o.span.start, std::cmp::Reverse(o.span.end)));
        ix
    }

    /// The occurrence at `offset` in `file`: the innermost one, a name rather
    /// than a keyword when both touch the cursor.
    pub fn at(&self, file: FileId, offset: usize) -> Option<&Occurrence> {
        let start = self.occurrences.partition_point(|o| o.file < file);
        let end = self.occurrences.partition_point(|o| o.file <= file);
        self.occurrences[start..end]
            .iter()
            .filter(|o| o.span.contains(offset))
            .min_by_key(|o| (matches!(o.sym, Sym::Keyword(_)), o.span.end - o.span.start, o.span.start))
    }

    /// Every occurrence in `file`, in source order.
    pub fn in_file(&self, file: FileId) -> &[Occurrence] {
        let start = self.occurrences.partition_point(|o| o.file < file);
        let end = self.occurrences.partition_point(|o| o.file <= file);
        &self.occurrences[start..end]
    }
}

/// Where `sym` is declared, in `ra`'s files.
pub fn definitions(ra: &RootAnalysis, sym: &Sym) -> Vec<Location> {
    let model = &ra.checked.model;
    if let Sym::Target(Target::Symbol(s)) = sym {
        return ra.index().variants.get(model.symbol_name(*s)).cloned().unwrap_or_default();
    }
    model
        .definitions()
        .into_iter()
        .filter(|d| Sym::of(model, d.id).as_ref() == Some(sym))
        .map(|d| Location { file: d.location.file, span: declared_span(ra, &d) })
        .collect()
}

/// The span of a definition's name: a clause's number without its quotes.
fn declared_span(ra: &RootAnalysis, d: &Definition<'_>) -> Span {
    match d.kind {
        DefKind::Clause => inside_quotes(&ra.file(d.location.file).text, d.location.span),
        _ => d.location.span,
    }
}

impl Sym {
    /// The symbol a declaration of the model defines, if the index tracks it
    /// (documents, requirements and role items are not symbols).
    pub fn of(model: &Model, id: DefId) -> Option<Sym> {
        Some(match id {
            DefId::Policy => Sym::Policy,
            DefId::Clause(i) => Sym::Clause(model.clauses.get(i)?.number.clone()),
            DefId::Enum(i) => Sym::Target(Target::Enum(i)),
            DefId::Record(i) => Sym::Record(i),
            DefId::Field(i) => Sym::Target(Target::Field(i)),
            DefId::List(i) => Sym::Target(Target::List(i)),
            DefId::ElemField(l, i) => Sym::Target(Target::ElemField(l, i)),
            DefId::Param(i) => Sym::Target(Target::Param(i)),
            DefId::Value(i) => Sym::Target(Target::Value(i)),
            DefId::Table(i) => Sym::Target(Target::Table(i)),
            DefId::Curriculum(i) => Sym::Curriculum(i),
            DefId::Rule(i) => Sym::Target(Target::Rule(i)),
            DefId::Exception(r, i) => Sym::Exception(r, i),
            DefId::Role(i) => Sym::Role(i),
            DefId::Provision(i) => Sym::Provision(i),
            DefId::Test(i) => Sym::Test(i),
            DefId::Document(_) | DefId::Requirement(..) | DefId::RoleItem(..) => return None,
        })
    }

    /// The declaration that defines this symbol, when one declaration does
    /// (an enumeration value may be declared in several enumerations).
    pub fn definition<'m>(&self, model: &'m Model) -> Option<Definition<'m>> {
        model.definitions().into_iter().find(|d| Sym::of(model, d.id).as_ref() == Some(self))
    }
}

/// The span between the quotes of a quoted text or citation (`§ "16"` → `16`).
pub fn inside_quotes(text: &str, span: Span) -> Span {
    let Some(source) = text.get(span.start..span.end) else { return span };
    let Some(open) = source.find('"') else { return span };
    let mut start = span.start + open + 1;
    let rest = &source[open + 1..];
    let mut len = rest.find('"').unwrap_or(rest.len());
    if source[open..].starts_with("\"\"\"") {
        start = span.start + open + 3;
        let raw = &source[open + 3..];
        len = raw.find("\"\"\"").unwrap_or(raw.len());
    }
    Span::new(start, start + len)
}

/// Calls `visit` for every expression of `decl` (and each of its sub-expressions).
pub fn walk_decl<'a>(decl: &'a Decl, visit: &mut dyn FnMut(&'a Expr)) {
    match &decl.kind {
        DeclKind::Param(p) => {
            if let Some(e) = &p.value {
                walk_expr(e, visit);
            }
        }
        DeclKind::Value(v) => walk_expr(&v.expr, visit),
        DeclKind::Table(t) => {
            for e in t.keys.iter().chain(t.rows.iter().map(|row| &row.value)) {
                walk_expr(e, visit);
            }
        }
        DeclKind::Rule(r) => {
            for e in r.when.iter().chain(&r.unless) {
                walk_expr(e, visit);
            }
            if let Some(o) = &r.outcome {
                walk_template(&o.message, visit);
            }
        }
        DeclKind::Exception(e) => {
            for x in &e.when {
                walk_expr(x, visit);
            }
            if let Some(o) = &e.outcome {
                walk_template(&o.message, visit);
            }
        }
        DeclKind::Document(d) => {
            for e in d.when.iter().chain(d.requires.iter().map(|r| &r.expr)) {
                walk_expr(e, visit);
            }
        }
        DeclKind::Role(r) => {
            for e in r.items.iter().filter_map(|item| item.when.as_ref()) {
                walk_expr(e, visit);
            }
        }
        DeclKind::Test(t) => {
            for e in &t.expects {
                match &e.kind {
                    ast::ExpectKind::Value { expected, .. } => walk_expr(expected, visit),
                    ast::ExpectKind::Missing(items) => {
                        for item in items {
                            walk_expr(item, visit);
                        }
                    }
                    ast::ExpectKind::Finding { .. } | ast::ExpectKind::Violations(_) => {}
                }
            }
        }
        DeclKind::Curriculum(_)
        | DeclKind::Provision(_)
        | DeclKind::SchoolYear(_)
        | DeclKind::CalendarYear(_)
        | DeclKind::Policy(_)
        | DeclKind::Use(_)
        | DeclKind::Clause(_)
        | DeclKind::Enum(_)
        | DeclKind::Schema(_)
        | DeclKind::ExtendEnum(_)
        | DeclKind::ExtendSchema(_)
        | DeclKind::NotStated(_)
        | DeclKind::Error => {}
    }
}

fn walk_template<'a>(t: &'a ast::Template, visit: &mut dyn FnMut(&'a Expr)) {
    for part in &t.parts {
        if let ast::TemplatePart::Expr(e) = part {
            walk_expr(e, visit);
        }
    }
}

/// Calls `visit` for `e` and each of its sub-expressions (outermost first).
pub fn walk_expr<'a>(e: &'a Expr, visit: &mut dyn FnMut(&'a Expr)) {
    // An explicit stack: expressions nest at most 48 deep, but stay safe anyway.
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        visit(e);
        match &e.kind {
            ExprKind::Literal(ast::Literal::Text(t)) => {
                for part in t.parts.iter().rev() {
                    if let ast::TemplatePart::Expr(x) = part {
                        stack.push(x);
                    }
                }
            }
            ExprKind::Literal(_) | ExprKind::Path(_) => {}
            ExprKind::Call { args, .. } => stack.extend(args.iter().rev()),
            ExprKind::Unary { expr, .. } => stack.push(expr),
            ExprKind::Binary { lhs, rhs, .. } => {
                stack.push(rhs);
                stack.push(lhs);
            }
            ExprKind::If { cond, then, otherwise } => {
                stack.push(otherwise);
                stack.push(then);
                stack.push(cond);
            }
            ExprKind::List(items) => stack.extend(items.iter().rev()),
            ExprKind::Paren(inner) => stack.push(inner),
        }
    }
}

// ---- i15: working days
/// Where the deadlines of `decl` (a role) write their working-days unit.
fn working_day_units(text: &str, decl: &Decl) -> Vec<Span> {
    let DeclKind::Role(role) = &decl.kind else { return Vec::new() };
    let spellings: Vec<&str> =
        policy_syntax::units::duration_words(ast::DurationUnit::WorkingDays).spellings().collect();
    role.items
        .iter()
        .filter_map(|item| item.deadline.as_ref())
        .filter(|d| d.within.unit == ast::DurationUnit::WorkingDays)
        .filter_map(|d| {
            let written = text.get(d.span.start..d.after.span.start)?;
            // The longest spelling that occurs (`working days` before `working day`).
            let (at, len) = spellings
                .iter()
                .filter_map(|s| written.find(s).map(|at| (at, s.len())))
                .max_by_key(|&(at, len)| (len, std::cmp::Reverse(at)))?;
            Some(Span::new(d.span.start + at, d.span.start + at + len))
        })
        .collect()
}
// ---- end i15
