//! The occurrence index of one checked policy: every name (declared or
//! referenced), clause citation, clause declaration and keyword, with its span
//! and what it stands for. Hover, navigation, rename and highlighting read it.

use std::collections::HashMap;

use policy_check::model::{FileId, Location, RuleId};
use policy_check::Target;
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
        for (i, v) in model.values.iter().enumerate() {
            occ(v.location.file, v.location.span, Sym::Target(Target::Value(i)), true);
        }
        for (i, t) in model.tables.iter().enumerate() {
            occ(t.location.file, t.location.span, Sym::Target(Target::Table(i)), true);
        }
        for (i, p) in model.params.iter().enumerate() {
            occ(p.location.file, p.location.span, Sym::Target(Target::Param(i)), true);
        }
        for (i, r) in model.rules.iter().enumerate() {
            occ(r.location.file, r.location.span, Sym::Target(Target::Rule(i)), true);
            for (j, e) in r.exceptions.iter().enumerate() {
                occ(e.location.file, e.location.span, Sym::Exception(i, j), true);
            }
        }
        for (i, e) in model.enums.iter().enumerate() {
            occ(e.location.file, e.location.span, Sym::Target(Target::Enum(i)), true);
        }
        for (i, s) in schema.slots.iter().enumerate() {
            occ(s.location.file, s.location.span, Sym::Target(Target::Field(i)), true);
        }
        for (i, l) in schema.lists.iter().enumerate() {
            occ(l.location.file, l.location.span, Sym::Target(Target::List(i)), true);
            for (j, f) in l.fields.iter().enumerate() {
                occ(f.location.file, f.location.span, Sym::Target(Target::ElemField(i, j)), true);
            }
        }
        for (i, r) in schema.records.iter().enumerate() {
            occ(r.location.file, r.location.span, Sym::Record(i), true);
        }
        for (i, c) in model.curricula.iter().enumerate() {
            occ(c.location.file, c.location.span, Sym::Curriculum(i), true);
        }
        for (i, r) in model.roles.iter().enumerate() {
            occ(r.location.file, r.location.span, Sym::Role(i), true);
        }
        for (i, p) in model.provisions.iter().enumerate() {
            occ(p.location.file, p.location.span, Sym::Provision(i), true);
        }
        for (i, t) in model.tests.iter().enumerate() {
            occ(t.location.file, t.location.span, Sym::Test(i), true);
        }
        if let Some(l) = model.meta.location {
            occ(l.file, l.span, Sym::Policy, true);
        }
        for c in &model.clauses {
            let span = inside_quotes(&ra.file(c.location.file).text, c.location.span);
            occ(c.location.file, span, Sym::Clause(c.number.clone()), true);
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
                if let DeclKind::Enum(e) = &decl.kind {
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
    let schema = &model.schema;
    let one = |l: Option<Location>| l.into_iter().collect::<Vec<_>>();
    match sym {
        Sym::Target(t) => match *t {
            Target::Value(i) => one(model.values.get(i).map(|x| x.location)),
            Target::Table(i) => one(model.tables.get(i).map(|x| x.location)),
            Target::Param(i) => one(model.params.get(i).map(|x| x.location)),
            Target::Rule(i) => one(model.rules.get(i).map(|x| x.location)),
            Target::Enum(i) => one(model.enums.get(i).map(|x| x.location)),
            Target::Field(i) => one(schema.slots.get(i).map(|x| x.location)),
            Target::List(i) => one(schema.lists.get(i).map(|x| x.location)),
            Target::ElemField(l, i) => one(schema.lists.get(l).and_then(|x| x.fields.get(i)).map(|x| x.location)),
            Target::Symbol(s) => ra.index().variants.get(model.symbol_name(s)).cloned().unwrap_or_default(),
        },
        Sym::Record(i) => one(schema.records.get(*i).map(|x| x.location)),
        Sym::Exception(r, i) => one(model.rules.get(*r).and_then(|x| x.exceptions.get(*i)).map(|x| x.location)),
        Sym::Curriculum(i) => one(model.curricula.get(*i).map(|x| x.location)),
        Sym::Role(i) => one(model.roles.get(*i).map(|x| x.location)),
        Sym::Provision(i) => one(model.provisions.get(*i).map(|x| x.location)),
        Sym::Test(i) => one(model.tests.get(*i).map(|x| x.location)),
        Sym::Policy => one(model.meta.location),
        Sym::Clause(n) => one(model.clause(n).map(|c| {
            let span = inside_quotes(&ra.file(c.location.file).text, c.location.span);
            Location { file: c.location.file, span }
        })),
        Sym::Citation(_) | Sym::Keyword(_) => Vec::new(),
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
        | DeclKind::Policy(_)
        | DeclKind::Use(_)
        | DeclKind::Clause(_)
        | DeclKind::Enum(_)
        | DeclKind::Schema(_)
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
