//! Lowering: the AST of a policy and its imports becomes a [`Model`], with every
//! name resolved and every expression typed. All name and type diagnostics are
//! produced here; the domain checks (tables, curricula, citations) run after.

use std::collections::HashMap;

use policy_syntax::ast::{self, BinaryOp, DeclKind, TypeKind, UnaryOp};
use policy_syntax::suggest::did_you_mean;
use policy_syntax::Diagnostic;

use crate::model::*;
use crate::workspace::Workspace;
use crate::{FileDiagnostic, Target};

/// A named declaration that expressions may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Named {
    Value(ValueId),
    Table(TableId),
    Param(ParamId),
}

/// A node of the schema tree, for resolving dotted paths.
#[derive(Debug, Clone)]
enum Node {
    Record(Vec<(String, Node)>),
    Scalar(SlotId),
    List(ListId),
}

/// Where a path walk stands.
enum Walk {
    Record(Vec<(String, Node)>, String),
    Done,
    Elements(ListId),
    Element(ListId),
}

pub(crate) struct Lowerer<'w> {
    pub ws: &'w Workspace,
    pub model: Model,
    pub diagnostics: Vec<FileDiagnostic>,
    pub references: Vec<(Location, Target)>,
    pub citations: Vec<CitationRef>,
    names: HashMap<String, Named>,
    symbol_ids: HashMap<String, SymbolId>,
    symbol_enums: Vec<Vec<usize>>,
    enum_ids: HashMap<String, usize>,
    root_fields: Vec<(String, Node)>,
    used_params: Vec<bool>,
    used_enums: Vec<bool>,
    owner: Option<Named>,
    edges: Vec<(Named, Named, Location)>,
    /// The first declaration of each (kind, name), for duplicate checks in one look-up.
    declared: HashMap<(&'static str, String), Location>,
}

fn loc(file: FileId, span: ast::Span) -> Location {
    Location { file, span }
}

/// A human name of a type, for messages.
pub(crate) fn ty_name(model: &Model, ty: &Ty) -> String {
    match ty {
        Ty::Number => "a number".into(),
        Ty::Bool => "a yes/no value".into(),
        Ty::Text => "a text".into(),
        Ty::Date => "a date".into(),
        Ty::Duration => "a duration".into(),
        Ty::Symbol(Some(e)) => format!("a value of `{}`", model.enums.get(*e).map(|e| e.name.as_str()).unwrap_or("?")),
        Ty::Symbol(None) => "an enumeration value".into(),
        Ty::Set(inner) | Ty::List(inner) => {
            format!("a list of {}", ty_name(model, inner).trim_start_matches("a ").trim_start_matches("an "))
        }
        Ty::Elements(l) | Ty::Element(l) => {
            format!("elements of `{}`", model.schema.lists.get(*l).map(|l| l.path.as_str()).unwrap_or("?"))
        }
        Ty::Range => "a range".into(),
        Ty::Interval => "a span between two dates".into(),
        Ty::Null => "null".into(),
        Ty::Error => "an unknown type".into(),
    }
}

/// Whether values of the two types can be compared for equality.
pub(crate) fn compatible(a: &Ty, b: &Ty) -> bool {
    match (a, b) {
        (Ty::Error, _) | (_, Ty::Error) | (Ty::Null, _) | (_, Ty::Null) => true,
        (Ty::Symbol(None), Ty::Symbol(_)) | (Ty::Symbol(_), Ty::Symbol(None)) => true,
        (Ty::Set(x) | Ty::List(x), Ty::Set(y) | Ty::List(y)) => compatible(x, y),
        (Ty::Element(x) | Ty::Elements(x), Ty::Element(y) | Ty::Elements(y)) => x == y,
        _ => a == b,
    }
}

impl<'w> Lowerer<'w> {
    pub fn new(ws: &'w Workspace) -> Self {
        Lowerer {
            ws,
            model: Model::default(),
            diagnostics: Vec::new(),
            references: Vec::new(),
            citations: Vec::new(),
            names: HashMap::new(),
            symbol_ids: HashMap::new(),
            symbol_enums: Vec::new(),
            enum_ids: HashMap::new(),
            root_fields: Vec::new(),
            used_params: Vec::new(),
            used_enums: Vec::new(),
            owner: None,
            edges: Vec::new(),
            declared: HashMap::new(),
        }
    }

    pub fn push(&mut self, file: FileId, diagnostic: Diagnostic) {
        self.diagnostics.push(FileDiagnostic { file, diagnostic });
    }

    fn source(&self, file: FileId, span: ast::Span) -> &'w str {
        self.ws.files[file].text.get(span.start..span.end).unwrap_or("")
    }

    fn citation(&mut self, file: FileId, c: &Option<ast::Citation>) -> Option<CitationRef> {
        c.as_ref().map(|c| {
            let r = CitationRef { text: c.text.clone(), location: loc(file, c.span) };
            self.citations.push(r.clone());
            r
        })
    }

    fn duplicate(&mut self, file: FileId, what: &str, name: &ast::Ident, first: Location) {
        let mut d = Diagnostic::error(
            "P0203",
            format!("{what} `{}` is declared twice", name.name),
            name.span,
            "declared again here",
        )
        .with_help("rename one of them or delete the duplicate");
        if first.file == file {
            d = d.with_label(first.span, "first declared here");
        }
        self.push(file, d);
    }

    /// Records the declaration of `name` as a `what`; reports it and returns
    /// false when one was declared before.
    fn first_declaration(&mut self, f: FileId, what: &'static str, name: &ast::Ident) -> bool {
        match self.declared.get(&(what, name.name.clone())) {
            Some(&first) => {
                self.duplicate(f, what, name, first);
                false
            }
            None => {
                self.declared.insert((what, name.name.clone()), loc(f, name.span));
                true
            }
        }
    }

    // ------------------------------------------------------------ phase 1: names

    /// Collects enumerations, the schema, and the names of values, tables and parameters.
    pub fn collect(&mut self, files: &[FileId], root: FileId) {
        let ws = self.ws;
        for &f in files {
            for decl in &ws.files[f].parsed.file.decls {
                if let DeclKind::Enum(e) = &decl.kind {
                    self.enumeration(f, e);
                }
            }
        }
        for &f in files {
            for decl in &ws.files[f].parsed.file.decls {
                match &decl.kind {
                    DeclKind::Schema(s) => self.schema(f, s),
                    DeclKind::Clause(c) => {
                        let name = ast::Ident { name: c.number.value.clone(), span: c.number.span };
                        if self.first_declaration(f, "clause", &name) {
                            self.model.clauses.push(Clause {
                                number: c.number.value.clone(),
                                text: c.text.value.clone(),
                                location: loc(f, c.number.span),
                            });
                        }
                    }
                    DeclKind::Policy(p) if f == root => {
                        if let Some(first) = self.model.meta.location {
                            self.duplicate(f, "policy", &p.id, first);
                        } else {
                            self.model.meta = Meta {
                                id: p.id.name.clone(),
                                school: p.school.as_ref().map(|t| t.value.clone()),
                                title: p.title.as_ref().map(|t| t.value.clone()),
                                approved: p
                                    .approved
                                    .as_ref()
                                    .map(|(d, act, _)| (*d, act.as_ref().map(|t| t.value.clone()))),
                                source: p.source.as_ref().map(|t| t.value.clone()),
                                location: Some(loc(f, p.id.span)),
                            };
                        }
                    }
                    DeclKind::Value(v) => self.declare_name(f, &v.name, |m| {
                        m.values.push(ValueDef {
                            name: v.name.name.clone(),
                            citation: None,
                            description: None,
                            expr: Expr { kind: ExprKind::Error, location: loc(f, v.name.span) },
                            ty: Ty::Error,
                            location: loc(f, v.name.span),
                        });
                        Named::Value(m.values.len() - 1)
                    }),
                    DeclKind::Table(t) => self.declare_name(f, &t.name, |m| {
                        m.tables.push(TableDef {
                            name: t.name.name.clone(),
                            citation: None,
                            description: None,
                            keys: Vec::new(),
                            key_sources: Vec::new(),
                            parameters: Vec::new(),
                            rows: Vec::new(),
                            ty: Ty::Error,
                            location: loc(f, t.name.span),
                        });
                        Named::Table(m.tables.len() - 1)
                    }),
                    DeclKind::Param(p) => {
                        self.declare_name(f, &p.name, |m| {
                            m.params.push(ParamDef {
                                name: p.name.name.clone(),
                                ty: Ty::Error,
                                citation: None,
                                description: None,
                                value: None,
                                location: loc(f, p.name.span),
                            });
                            Named::Param(m.params.len() - 1)
                        });
                    }
                    _ => {}
                }
            }
        }
        self.used_params = vec![false; self.model.params.len()];
        if self.model.meta.id.is_empty() {
            let stem = ws.files[root].path.file_stem().and_then(|s| s.to_str()).unwrap_or("policy");
            self.model.meta.id = stem.to_string();
        }
        self.model.eligible = match self.names.get("eligible") {
            Some(Named::Value(v)) => Some(*v),
            _ => None,
        };
    }

    fn declare_name(&mut self, f: FileId, name: &ast::Ident, add: impl FnOnce(&mut Model) -> Named) {
        if name.name.is_empty() {
            return;
        }
        if let Some(existing) = self.names.get(&name.name).copied() {
            let first = self.named_location(existing);
            self.duplicate(f, "name", name, first);
            return;
        }
        let named = add(&mut self.model);
        self.names.insert(name.name.clone(), named);
    }

    fn named_location(&self, named: Named) -> Location {
        match named {
            Named::Value(i) => self.model.values[i].location,
            Named::Table(i) => self.model.tables[i].location,
            Named::Param(i) => self.model.params[i].location,
        }
    }

    fn intern(&mut self, name: &str) -> SymbolId {
        if let Some(id) = self.symbol_ids.get(name) {
            return *id;
        }
        let id = self.model.symbols.len() as SymbolId;
        self.model.symbols.push(name.to_string());
        self.symbol_ids.insert(name.to_string(), id);
        self.symbol_enums.push(Vec::new());
        id
    }

    fn enumeration(&mut self, f: FileId, e: &ast::EnumDecl) {
        if e.name.name.is_empty() {
            return;
        }
        if let Some(&first) = self.enum_ids.get(&e.name.name) {
            let first = self.model.enums[first].location;
            self.duplicate(f, "enumeration", &e.name, first);
            return;
        }
        let id = self.model.enums.len();
        let mut variants: Vec<(SymbolId, Option<String>)> = Vec::new();
        for v in &e.variants {
            let sym = self.intern(&v.name.name);
            if variants.iter().any(|(s, _)| *s == sym) {
                self.push(
                    f,
                    Diagnostic::error(
                        "P0203",
                        format!("value `{}` is listed twice", v.name.name),
                        v.name.span,
                        "listed again here",
                    )
                    .with_help("delete the duplicate"),
                );
                continue;
            }
            self.symbol_enums[sym as usize].push(id);
            variants.push((sym, v.description.as_ref().map(|t| t.value.clone())));
        }
        self.model.enums.push(EnumDef {
            name: e.name.name.clone(),
            description: e.description.as_ref().map(|t| t.value.clone()),
            variants,
            location: loc(f, e.name.span),
        });
        self.enum_ids.insert(e.name.name.clone(), id);
        self.used_enums.push(false);
    }

    // ------------------------------------------------------------ schema

    fn schema(&mut self, f: FileId, s: &ast::SchemaDecl) {
        if !self.model.schema.name.is_empty() {
            let first = Location { file: f, span: s.name.span };
            self.push(
                f,
                Diagnostic::error(
                    "P0203",
                    format!("a second case schema `{}`", s.name.name),
                    s.name.span,
                    "second schema",
                )
                .with_help("a policy reads one case schema; merge the fields into it")
                .with_label(first.span, "here"),
            );
            return;
        }
        self.model.schema.name = s.name.name.clone();
        let fields = self.record_fields(f, &s.fields, "");
        self.root_fields = fields;
        let schema = &mut self.model.schema;
        schema.as_of = schema.slots.iter().position(|s| s.path == "as_of" && s.ty == Ty::Date);
        let slot = |path: &str| schema.slots.iter().position(|s| s.path == path);
        schema.period = slot("request.start").zip(slot("request.end"));
        let list = |path: &str| schema.lists.iter().position(|l| l.path == path);
        if let Some(l) = list("documents") {
            let def = &schema.lists[l];
            if let Some(kind) = def.key {
                schema.documents = Some((l, kind));
            }
        }
        if let Some(l) = list("events") {
            let def = &schema.lists[l];
            let field = |name: &str| def.fields.iter().position(|x| x.path == name);
            if let (Some(kind), Some(date)) = (def.key, field("date")) {
                schema.events = Some(EventLayout { list: l, kind, date, subject: field("subject") });
            }
        }
    }

    fn field_ty(&mut self, f: FileId, ty: &ast::TypeExpr) -> Ty {
        match &ty.kind {
            TypeKind::Int(_) | TypeKind::Decimal => Ty::Number,
            TypeKind::Bool => Ty::Bool,
            TypeKind::Text => Ty::Text,
            TypeKind::Date => Ty::Date,
            TypeKind::Duration => Ty::Duration,
            TypeKind::Set(inner) => Ty::Set(Box::new(self.field_ty(f, inner))),
            TypeKind::Named(name) => match self.enum_ids.get(&name.name) {
                Some(&e) => {
                    self.used_enums[e] = true;
                    self.references.push((loc(f, name.span), Target::Enum(e)));
                    Ty::Symbol(Some(e))
                }
                None => {
                    let candidates: Vec<&str> = self.model.enums.iter().map(|e| e.name.as_str()).collect();
                    let mut d = Diagnostic::error("P0201", format!("unknown type `{}`", name.name), name.span, "no such type or enumeration")
                        .with_help("use `int`, `decimal`, `bool`, `text`, `date`, `duration`, `set of T` or a declared enumeration");
                    if let Some(s) = did_you_mean(&name.name, candidates) {
                        d = d.with_help(format!("did you mean `{s}`?")).with_suggestion(s);
                    }
                    self.push(f, d);
                    Ty::Error
                }
            },
            TypeKind::List { .. } | TypeKind::Record { .. } => Ty::Error,
        }
    }

    fn record_fields(&mut self, f: FileId, fields: &[ast::FieldDecl], prefix: &str) -> Vec<(String, Node)> {
        let mut out: Vec<(String, Node)> = Vec::new();
        for field in fields {
            if out.iter().any(|(n, _)| *n == field.name.name) {
                self.push(
                    f,
                    Diagnostic::error(
                        "P0203",
                        format!("field `{}` is declared twice", field.name.name),
                        field.name.span,
                        "declared again here",
                    )
                    .with_help("delete the duplicate field"),
                );
                continue;
            }
            let path =
                if prefix.is_empty() { field.name.name.clone() } else { format!("{prefix}.{}", field.name.name) };
            let description = field.description.as_ref().map(|t| t.value.clone());
            let location = loc(f, field.name.span);
            let node = match &field.ty.kind {
                TypeKind::Record { fields, .. } => {
                    self.model.schema.records.push(RecordDef {
                        path: path.clone(),
                        optional: field.ty.optional,
                        description,
                        location,
                    });
                    Node::Record(self.record_fields(f, fields, &path))
                }
                TypeKind::List { fields, key, .. } => {
                    let mut defs = Vec::new();
                    for ef in fields {
                        if matches!(ef.ty.kind, TypeKind::List { .. } | TypeKind::Record { .. }) {
                            self.push(
                                f,
                                Diagnostic::error(
                                    "P0304",
                                    "a list element cannot hold a record or list",
                                    ef.ty.span,
                                    "nested here",
                                )
                                .with_help("flatten the element's fields"),
                            );
                            continue;
                        }
                        let (ty, int_range) = (self.field_ty(f, &ef.ty), int_range(&ef.ty));
                        defs.push(FieldDef {
                            path: ef.name.name.clone(),
                            ty,
                            int_range,
                            integer: matches!(ef.ty.kind, TypeKind::Int(_)),
                            optional: ef.ty.optional,
                            description: ef.description.as_ref().map(|t| t.value.clone()),
                            location: loc(f, ef.name.span),
                        });
                    }
                    let key_slot = key.as_ref().and_then(|k| {
                        let found = defs.iter().position(|d| d.path == k.name);
                        if found.is_none() {
                            self.push(
                                f,
                                Diagnostic::error(
                                    "P0202",
                                    format!("the list has no field `{}` to be keyed by", k.name),
                                    k.span,
                                    "no such field",
                                )
                                .with_help("name one of the element's fields"),
                            );
                        }
                        found
                    });
                    self.model.schema.lists.push(ListDef {
                        path: path.clone(),
                        fields: defs,
                        key: key_slot,
                        optional: field.ty.optional,
                        description,
                        location,
                    });
                    Node::List(self.model.schema.lists.len() - 1)
                }
                _ => {
                    let ty = self.field_ty(f, &field.ty);
                    self.model.schema.slots.push(FieldDef {
                        path: path.clone(),
                        ty,
                        int_range: int_range(&field.ty),
                        integer: matches!(field.ty.kind, TypeKind::Int(_)),
                        optional: field.ty.optional,
                        description,
                        location,
                    });
                    Node::Scalar(self.model.schema.slots.len() - 1)
                }
            };
            out.push((field.name.name.clone(), node));
        }
        out
    }

    // ------------------------------------------------------------ phase 2: declarations

    /// Lowers every declaration of `files` into the model; unused declarations
    /// are reported for `root` only, and only when it is a policy (a file
    /// without `policy`, such as the shared case schema, is a library).
    pub fn lower(&mut self, files: &[FileId], root: FileId) {
        let ws = self.ws;
        let mut exceptions = Vec::new();
        for &f in files {
            for decl in &ws.files[f].parsed.file.decls {
                match &decl.kind {
                    DeclKind::Param(p) => self.param(f, p),
                    DeclKind::Value(v) => self.value(f, v),
                    DeclKind::Table(t) => self.table(f, t),
                    DeclKind::Curriculum(c) => self.curriculum(f, c),
                    DeclKind::Rule(r) => self.rule(f, r),
                    DeclKind::Exception(e) => exceptions.push((f, e)),
                    DeclKind::Document(d) => self.document(f, d),
                    DeclKind::Role(r) => self.role(f, r),
                    DeclKind::Provision(p) => {
                        let citation = self.citation(f, &p.citation);
                        self.model.provisions.push(ProvisionDef {
                            name: p.name.name.clone(),
                            text: p.text.value.clone(),
                            citation,
                            location: loc(f, p.name.span),
                        });
                    }
                    DeclKind::Test(t) => self.test(f, t),
                    DeclKind::Use(u) => {
                        let resolved =
                            ws.files[f].imports.iter().find(|(w, _)| *w == u.path.value).and_then(|(_, r)| *r);
                        if resolved.is_none() {
                            self.push(
                                f,
                                Diagnostic::error(
                                    "P0209",
                                    format!("cannot read `{}`", u.path.value),
                                    u.path.span,
                                    "imported here",
                                )
                                .with_help("the path is relative to this file; check that the file exists"),
                            );
                        }
                    }
                    _ => {}
                }
            }
        }
        for (f, e) in exceptions {
            self.exception(f, e);
        }
        self.break_cycles();
        let reports_unused = self.model.meta.location.is_some_and(|l| l.file == root);
        for (i, used) in self.used_params.clone().iter().enumerate() {
            if !used && reports_unused && self.model.params[i].location.file == root {
                let p = &self.model.params[i];
                let (file, span) = (p.location.file, p.location.span);
                let name = p.name.clone();
                self.push(
                    file,
                    Diagnostic::warning("P0501", format!("parameter `{name}` is never used"), span, "declared here")
                        .with_help("compare it with something in a rule, or delete it"),
                );
            }
        }
        for (i, used) in self.used_enums.clone().iter().enumerate() {
            if !used && reports_unused && self.model.enums[i].location.file == root {
                let e = &self.model.enums[i];
                let (file, span, name) = (e.location.file, e.location.span, e.name.clone());
                self.push(
                    file,
                    Diagnostic::warning("P0501", format!("enumeration `{name}` is never used"), span, "declared here")
                        .with_help("use it as the type of a schema field or a value, or delete it"),
                );
            }
        }
    }

    fn param(&mut self, f: FileId, p: &ast::ParamDecl) {
        let Some(Named::Param(id)) = self.names.get(&p.name.name).copied() else { return };
        if self.model.params[id].location != loc(f, p.name.span) {
            return;
        }
        let ty = self.field_ty(f, &p.ty);
        let citation = self.citation(f, &p.citation);
        let value = p.value.as_ref().map(|e| self.expr(f, e, None).0);
        let def = &mut self.model.params[id];
        def.ty = ty;
        def.citation = citation;
        def.description = p.description.as_ref().map(|t| t.value.clone());
        def.value = value;
    }

    fn value(&mut self, f: FileId, v: &ast::ValueDecl) {
        let Some(Named::Value(id)) = self.names.get(&v.name.name).copied() else { return };
        if self.model.values[id].location != loc(f, v.name.span) {
            return;
        }
        self.owner = Some(Named::Value(id));
        let (expr, mut ty) = self.expr(f, &v.expr, None);
        self.owner = None;
        if let Some(declared) = &v.ty {
            let declared_ty = self.field_ty(f, declared);
            if !compatible(&declared_ty, &ty) {
                let msg = format!(
                    "value `{}` is declared as {} but computes {}",
                    v.name.name,
                    ty_name(&self.model, &declared_ty),
                    ty_name(&self.model, &ty)
                );
                self.push(
                    f,
                    Diagnostic::error("P0301", msg, v.expr.span, "computed here")
                        .with_help("change the declared type or the expression"),
                );
            }
            if let Ty::Symbol(Some(e)) = declared_ty {
                self.check_symbols_in(f, &expr, e);
            }
            ty = declared_ty;
        }
        if v.name.name == "eligible" && !compatible(&ty, &Ty::Bool) {
            self.push(
                f,
                Diagnostic::error(
                    "P0301",
                    "`eligible` must be a yes/no value",
                    v.expr.span,
                    format!("this is {}", ty_name(&self.model, &ty)),
                )
                .with_help("write a condition, e.g. `pupil.grade in 1..11 and pupil.age < 18`"),
            );
        }
        let citation = self.citation(f, &v.citation);
        let def = &mut self.model.values[id];
        def.expr = expr;
        def.ty = ty;
        def.citation = citation;
        def.description = v.description.as_ref().map(|t| t.value.clone());
    }

    fn table(&mut self, f: FileId, t: &ast::TableDecl) {
        let Some(Named::Table(id)) = self.names.get(&t.name.name).copied() else { return };
        if self.model.tables[id].location != loc(f, t.name.span) {
            return;
        }
        self.owner = Some(Named::Table(id));
        let mut keys = Vec::new();
        let mut key_tys = Vec::new();
        let mut key_sources = Vec::new();
        for k in &t.keys {
            let (e, ty) = self.expr(f, k, None);
            keys.push(e);
            key_tys.push(ty);
            key_sources.push(self.source(f, k.span).to_string());
        }
        let mut parameters = Vec::new();
        for p in &t.parameters {
            let ty = self.field_ty(f, &p.ty);
            key_tys.push(ty.clone());
            parameters.push((p.name.name.clone(), ty));
        }
        if !keys.is_empty() && !parameters.is_empty() {
            self.push(
                f,
                Diagnostic::error(
                    "P0308",
                    "a table is keyed either by the case or by parameters, not both",
                    t.name.span,
                    "mixed keys",
                )
                .with_help(
                    "write `by pupil.grade` (looked up per case) or `by grade: int, subject: text` (a table of rates)",
                ),
            );
        }
        let width = keys.len() + parameters.len();
        let mut rows = Vec::new();
        let mut ty = Ty::Null;
        for row in &t.rows {
            if !row.patterns.is_empty() && row.patterns.len() != width {
                self.push(
                    f,
                    Diagnostic::error(
                        "P0407",
                        format!("the row has {} patterns but the table has {} keys", row.patterns.len(), width),
                        row.span,
                        "this row",
                    )
                    .with_help("write one pattern per key, separated by commas"),
                );
                continue;
            }
            let mut patterns = Vec::new();
            for (p, key_ty) in row.patterns.iter().zip(&key_tys) {
                patterns.push(self.pattern(f, p, key_ty));
            }
            let (value, vty) = self.expr(f, &row.value, None);
            if ty == Ty::Null {
                ty = vty.clone();
            } else if !compatible(&ty, &vty) {
                let msg = format!(
                    "this row gives {} but earlier rows give {}",
                    ty_name(&self.model, &vty),
                    ty_name(&self.model, &ty)
                );
                self.push(
                    f,
                    Diagnostic::error("P0301", msg, row.value.span, "different type")
                        .with_help("give every row a value of the same type"),
                );
            }
            let citation = self.citation(f, &row.citation);
            let pattern_end = row.patterns.last().map(|p| p.span.end).unwrap_or(row.span.start + 4);
            rows.push(TableRowDef {
                patterns,
                label: row.label.as_ref().map(|t| t.value.clone()),
                value,
                citation,
                source: self.source(f, ast::Span::new(row.span.start, pattern_end)).to_string(),
                location: loc(f, row.span),
            });
        }
        self.owner = None;
        let citation = self.citation(f, &t.citation);
        let def = &mut self.model.tables[id];
        def.keys = keys;
        def.key_sources = key_sources;
        def.parameters = parameters;
        def.rows = rows;
        def.ty = ty;
        def.citation = citation;
        def.description = t.description.as_ref().map(|x| x.value.clone());
    }

    fn pattern(&mut self, f: FileId, p: &ast::Pattern, key_ty: &Ty) -> PatternDef {
        let (def, ty) = match &p.kind {
            ast::PatternKind::Range(lo, hi) => (PatternDef::Range(*lo, *hi), Ty::Number),
            ast::PatternKind::Symbol(id) => {
                let e = ast::Expr { kind: ast::ExprKind::Path(vec![id.clone()]), span: id.span };
                let (expr, ty) = self.expr(f, &e, None);
                let value = match expr.kind {
                    ExprKind::Const(v) => v,
                    _ => {
                        self.push(
                            f,
                            Diagnostic::error("P0305", "a table pattern must be a constant", p.span, "not a constant")
                                .with_help("write a grade, a range, a text or an enumeration value"),
                        );
                        Value::Null
                    }
                };
                (PatternDef::Equals(value), ty)
            }
            ast::PatternKind::Literal(lit) => {
                let e = ast::Expr { kind: ast::ExprKind::Literal(lit.clone()), span: p.span };
                let (expr, ty) = self.expr(f, &e, None);
                let value = match expr.kind {
                    ExprKind::Const(v) => v,
                    _ => Value::Null,
                };
                (PatternDef::Equals(value), ty)
            }
        };
        if !compatible(key_ty, &ty) {
            let msg = format!(
                "the key is {} but this pattern is {}",
                ty_name(&self.model, key_ty),
                ty_name(&self.model, &ty)
            );
            self.push(
                f,
                Diagnostic::error("P0301", msg, p.span, "mismatched pattern").with_help("match the key's type"),
            );
        }
        if let (Ty::Symbol(Some(e)), PatternDef::Equals(Value::Symbol(s))) = (key_ty, &def) {
            self.check_symbol(f, *s, *e, p.span);
        }
        def
    }

    fn curriculum(&mut self, f: FileId, c: &ast::CurriculumDecl) {
        let citation = self.citation(f, &c.citation);
        let cap = c.cap.as_ref().and_then(|cap| match self.names.get(&cap.name) {
            Some(Named::Table(t)) => {
                self.references.push((loc(f, cap.span), Target::Table(*t)));
                Some(*t)
            }
            _ => {
                let candidates: Vec<&str> = self.model.tables.iter().map(|t| t.name.as_str()).collect();
                let mut d =
                    Diagnostic::error("P0201", format!("unknown table `{}`", cap.name), cap.span, "no such table")
                        .with_help("name the table of weekly caps, e.g. `cap max_weekly_hours`");
                if let Some(s) = did_you_mean(&cap.name, candidates) {
                    d = d.with_help(format!("did you mean `{s}`?")).with_suggestion(s);
                }
                self.push(f, d);
                None
            }
        });
        let width = c.grades.len();
        let mut subjects = Vec::new();
        let mut totals = None;
        let mut weeks = None;
        for row in &c.rows {
            if row.cells.len() != width {
                self.push(
                    f,
                    Diagnostic::error(
                        "P0407",
                        format!("the row has {} cells but the table has {} grades", row.cells.len(), width),
                        row.span,
                        "this row",
                    )
                    .with_help("write one cell per grade; `-` for an empty one"),
                );
                continue;
            }
            let cells: Vec<_> = row.cells.iter().map(|(v, _)| *v).collect();
            match &row.kind {
                ast::CurriculumRowKind::Subject(name) => subjects.push((name.value.clone(), cells)),
                ast::CurriculumRowKind::Total => totals = Some(cells),
                ast::CurriculumRowKind::Weeks => weeks = Some(cells),
            }
        }
        self.model.curricula.push(CurriculumDef {
            name: c.name.name.clone(),
            citation,
            description: c.description.as_ref().map(|t| t.value.clone()),
            cap,
            grades: c.grades.iter().map(|(g, _)| *g).collect(),
            subjects,
            totals,
            weeks,
            location: loc(f, c.name.span),
        });
    }

    fn condition(&mut self, f: FileId, e: &ast::Expr, current: Option<ListId>) -> Expr {
        let (expr, ty) = self.expr(f, e, current);
        if !compatible(&ty, &Ty::Bool) {
            let msg = format!("a condition must be yes or no, but this is {}", ty_name(&self.model, &ty));
            self.push(
                f,
                Diagnostic::error("P0301", msg, e.span, "not a condition")
                    .with_help("compare it with something, e.g. `x > 10`"),
            );
        }
        expr
    }

    fn outcome(&mut self, f: FileId, o: &ast::Outcome) -> OutcomeDef {
        let mut message = Vec::new();
        for part in &o.message.parts {
            message.push(match part {
                ast::TemplatePart::Text(t) => MessagePart::Text(t.clone()),
                ast::TemplatePart::Expr(e) => MessagePart::Expr(self.expr(f, e, None).0),
            });
        }
        OutcomeDef { severity: o.severity, message }
    }

    fn rule(&mut self, f: FileId, r: &ast::RuleDecl) {
        if !self.first_declaration(f, "rule", &r.name) {
            return;
        }
        let citation = self.citation(f, &r.citation);
        let when = r.when.iter().map(|e| self.condition(f, e, None)).collect();
        let unless = r.unless.iter().map(|e| self.condition(f, e, None)).collect();
        let outcome = match &r.outcome {
            Some(o) => self.outcome(f, o),
            None => {
                self.push(
                    f,
                    Diagnostic::error(
                        "P0208",
                        format!("rule `{}` says nothing when it fires", r.name.name),
                        r.name.span,
                        "no outcome",
                    )
                    .with_help("add `violation \"…\"`, `warning \"…\"` or `info \"…\"` to the rule"),
                );
                OutcomeDef { severity: ast::Severity::Violation, message: vec![MessagePart::Text(r.name.name.clone())] }
            }
        };
        if r.when.is_empty() && r.errors.is_empty() {
            self.push(
                f,
                Diagnostic::warning(
                    "P0502",
                    format!("rule `{}` has no `when`: it fires for every case", r.name.name),
                    r.name.span,
                    "no condition",
                )
                .with_help("add `when condition`"),
            );
        }
        self.model.rules.push(RuleDef {
            name: r.name.name.clone(),
            citation,
            description: r.description.as_ref().map(|t| t.value.clone()),
            when,
            unless,
            outcome,
            exceptions: Vec::new(),
            location: loc(f, r.name.span),
        });
    }

    fn exception(&mut self, f: FileId, e: &ast::ExceptionDecl) {
        let Some(rule) = self.model.rules.iter().position(|r| r.name == e.rule.name) else {
            let candidates: Vec<&str> = self.model.rules.iter().map(|r| r.name.as_str()).collect();
            let mut d = Diagnostic::error(
                "P0204",
                format!("exception `{}` overrides an unknown rule `{}`", e.name.name, e.rule.name),
                e.rule.span,
                "no such rule",
            )
            .with_help("name a rule declared in this policy");
            if let Some(s) = did_you_mean(&e.rule.name, candidates) {
                d = d.with_help(format!("did you mean `{s}`?")).with_suggestion(s);
            }
            self.push(f, d);
            return;
        };
        self.references.push((loc(f, e.rule.span), Target::Rule(rule)));
        let citation = self.citation(f, &e.citation);
        let when = e.when.iter().map(|x| self.condition(f, x, None)).collect();
        let outcome = e.outcome.as_ref().map(|o| self.outcome(f, o));
        if outcome.is_some() == e.allow.is_some() {
            self.push(
                f,
                Diagnostic::error(
                    "P0208",
                    format!("exception `{}` must either `allow` or give an outcome", e.name.name),
                    e.name.span,
                    "ambiguous effect",
                )
                .with_help("write `allow`, or one outcome such as `warning \"…\"`"),
            );
        }
        self.model.rules[rule].exceptions.push(ExceptionDef {
            name: e.name.name.clone(),
            citation,
            when,
            outcome,
            location: loc(f, e.name.span),
        });
    }

    fn document(&mut self, f: FileId, d: &ast::DocumentDecl) {
        let list = self.model.schema.documents;
        let kind = match list {
            Some((l, key)) => self.key_symbol(f, l, key, &d.kind),
            None => {
                self.push(
                    f,
                    Diagnostic::error(
                        "P0202",
                        "the case schema has no `documents` list",
                        d.kind.span,
                        "documents cannot be checked",
                    )
                    .with_help("import the case schema with `use \"case-schema.policy\"`"),
                );
                None
            }
        };
        let Some(kind) = kind else { return };
        // Only an unconditional requirement can be a duplicate: conditions may differ.
        if d.when.is_none() {
            self.first_declaration(f, "required document", &d.kind);
        }
        let citation = self.citation(f, &d.citation);
        let when = d.when.as_ref().map(|e| self.condition(f, e, None));
        let mut requires = Vec::new();
        for r in &d.requires {
            let expr = self.condition(f, &r.expr, list.map(|(l, _)| l));
            let citation = self.citation(f, &r.citation);
            requires.push(RequirementDef {
                expr,
                citation,
                description: r.description.as_ref().map(|t| t.value.clone()),
                source: self.source(f, r.expr.span).to_string(),
                location: loc(f, r.span),
            });
        }
        self.model.documents.push(DocumentDef {
            kind,
            list: list.map(|(l, _)| l),
            citation,
            description: d.description.as_ref().map(|t| t.value.clone()),
            when,
            requires,
            location: loc(f, d.kind.span),
        });
    }

    /// The symbol `name` as a value of the key of list `l`, reporting it when it is not one.
    fn key_symbol(&mut self, f: FileId, l: ListId, key: ElemSlot, name: &ast::Ident) -> Option<SymbolId> {
        let key_ty = self.model.schema.lists[l].fields[key].ty.clone();
        let Ty::Symbol(Some(e)) = key_ty else { return self.symbol_ids.get(&name.name).copied() };
        match self.symbol_ids.get(&name.name).copied() {
            Some(s) if self.model.enums[e].variants.iter().any(|(v, _)| *v == s) => {
                self.used_enums[e] = true;
                self.references.push((loc(f, name.span), Target::Symbol(s)));
                Some(s)
            }
            _ => {
                self.unknown_variant(f, &name.name, name.span, e);
                None
            }
        }
    }

    fn unknown_variant(&mut self, f: FileId, name: &str, span: ast::Span, e: usize) {
        let en = &self.model.enums[e];
        let candidates: Vec<&str> = en.variants.iter().map(|(s, _)| self.model.symbols[*s as usize].as_str()).collect();
        let mut d = Diagnostic::error(
            "P0206",
            format!("`{name}` is not a value of `{}`", en.name),
            span,
            format!("not in `{}`", en.name),
        );
        d = match did_you_mean(name, candidates.iter().copied()) {
            Some(s) => d.with_help(format!("did you mean `{s}`?")).with_suggestion(s),
            None => d.with_help(format!("the values of `{}` are: {}", en.name, candidates.join(", "))),
        };
        self.push(f, d);
    }

    fn role(&mut self, f: FileId, r: &ast::RoleDecl) {
        if !self.first_declaration(f, "role", &r.name) {
            return;
        }
        let citation = self.citation(f, &r.citation);
        let events = self.model.schema.events;
        let mut items = Vec::new();
        for item in &r.items {
            let citation = self.citation(f, &item.citation);
            let when = item.when.as_ref().map(|e| self.condition(f, e, None));
            let event = |this: &mut Self, id: &ast::Ident| match events {
                Some(ev) => this.key_symbol(f, ev.list, ev.kind, id),
                None => {
                    this.push(
                        f,
                        Diagnostic::error(
                            "P0202",
                            "the case schema has no `events` list",
                            id.span,
                            "events cannot be checked",
                        )
                        .with_help("import the case schema with `use \"case-schema.policy\"`"),
                    );
                    None
                }
            };
            let deadline = item.deadline.as_ref().and_then(|d| {
                let after = event(self, &d.after)?;
                let fulfilled_by = match &d.fulfilled_by {
                    Some(id) => Some(event(self, id)?),
                    None => None,
                };
                Some(DeadlineDef { within: d.within, after, fulfilled_by })
            });
            let frequency = item.frequency.as_ref().and_then(|fr| {
                let fulfilled_by = match &fr.fulfilled_by {
                    Some(id) => Some(event(self, id)?),
                    None => None,
                };
                if fr.every.amount <= 0 {
                    self.push(
                        f,
                        Diagnostic::error("P0306", "a frequency must be a positive period", fr.span, "empty period")
                            .with_help("write e.g. `every 14 days`"),
                    );
                    return None;
                }
                Some(FrequencyDef { every: fr.every, named: fr.named, fulfilled_by })
            });
            items.push(DutyDef {
                is_right: item.kind == ast::RoleItemKind::Right,
                key: item.key.as_ref().map(|k| k.name.clone()),
                text: item.text.value.clone(),
                citation,
                when,
                deadline,
                frequency,
                location: loc(f, item.span),
            });
        }
        self.model.roles.push(RoleDef {
            name: r.name.name.clone(),
            title: r.title.as_ref().map(|t| t.value.clone()),
            citation,
            items,
            location: loc(f, r.name.span),
        });
    }

    fn test(&mut self, f: FileId, t: &ast::TestDecl) {
        if !self.first_declaration(f, "test", &ast::Ident { name: t.name.value.clone(), span: t.name.span }) {
            return;
        }
        let mut expects = Vec::new();
        for e in &t.expects {
            let source = self.source(f, e.span).to_string();
            let kind = match &e.kind {
                ast::ExpectKind::Value { name, expected } => {
                    let (expr, _) = self.expr(f, expected, None);
                    let value = match expr.kind {
                        ExprKind::Const(v) => v,
                        _ => {
                            self.push(
                                f,
                                Diagnostic::error(
                                    "P0305",
                                    "an expected value must be a constant",
                                    expected.span,
                                    "not a constant",
                                )
                                .with_help(
                                    "write a number, a date, a text, `true`, `false`, `null` or an enumeration value",
                                ),
                            );
                            continue;
                        }
                    };
                    if name.name == "eligible" {
                        match value {
                            Value::Bool(b) => ExpectDefKind::Eligible(Some(b)),
                            Value::Null => ExpectDefKind::Eligible(None),
                            _ => {
                                self.push(
                                    f,
                                    Diagnostic::error(
                                        "P0301",
                                        "`eligible` is `true`, `false` or `null`",
                                        expected.span,
                                        "not a yes/no value",
                                    )
                                    .with_help("write `expect eligible = true`"),
                                );
                                continue;
                            }
                        }
                    } else {
                        match self.names.get(&name.name).copied() {
                            Some(Named::Value(v)) => self.references.push((loc(f, name.span), Target::Value(v))),
                            Some(Named::Table(t)) => self.references.push((loc(f, name.span), Target::Table(t))),
                            _ => {
                                self.unknown_name(f, name, "value");
                                continue;
                            }
                        }
                        ExpectDefKind::Value(name.name.clone(), value)
                    }
                }
                ast::ExpectKind::Finding { negated, severity, citation } => {
                    self.citation(f, &Some(citation.clone()));
                    ExpectDefKind::Finding { negated: *negated, severity: *severity, clause: citation.text.clone() }
                }
                ast::ExpectKind::Violations(items) => {
                    let mut clauses = Vec::new();
                    for item in items {
                        match &item.kind {
                            ast::ExprKind::Literal(ast::Literal::Text(t)) => {
                                if let Some(text) = t.plain_text() {
                                    self.citation(f, &Some(ast::Citation { text: text.clone(), span: item.span }));
                                    clauses.push(text);
                                }
                            }
                            _ => self.push(
                                f,
                                Diagnostic::error(
                                    "P0301",
                                    "expected a clause citation in quotes",
                                    item.span,
                                    "not a citation",
                                )
                                .with_help("write clauses as texts: `expect violations [\"16\", \"5\"]`"),
                            ),
                        }
                    }
                    ExpectDefKind::Violations(clauses)
                }
                ast::ExpectKind::Missing(items) => {
                    let mut kinds = Vec::new();
                    for item in items {
                        match (&item.kind, self.model.schema.documents) {
                            (ast::ExprKind::Path(segs), Some((l, key))) if segs.len() == 1 => {
                                if let Some(s) = self.key_symbol(f, l, key, &segs[0]) {
                                    kinds.push(self.model.symbols[s as usize].clone());
                                }
                            }
                            _ => self.push(
                                f,
                                Diagnostic::error(
                                    "P0301",
                                    "expected a document kind",
                                    item.span,
                                    "not a document kind",
                                )
                                .with_help("write document kinds: `expect missing [medical_certificate]`"),
                            ),
                        }
                    }
                    ExpectDefKind::Missing(kinds)
                }
            };
            expects.push(ExpectDef { kind, source, location: loc(f, e.span) });
        }
        if t.case.is_none() {
            self.push(
                f,
                Diagnostic::error(
                    "P0208",
                    format!("test `{}` names no case file", t.name.value),
                    t.name.span,
                    "no case",
                )
                .with_help("add `case \"tests/…/case.yaml\"`"),
            );
        }
        self.model.tests.push(TestDef {
            name: t.name.value.clone(),
            case: t.case.as_ref().map(|c| c.value.clone()),
            expects,
            location: loc(f, t.name.span),
        });
    }

    // ------------------------------------------------------------ expressions

    fn unknown_name(&mut self, f: FileId, name: &ast::Ident, what: &str) {
        let mut candidates: Vec<&str> = self.names.keys().map(String::as_str).collect();
        candidates.extend(self.root_fields.iter().map(|(n, _)| n.as_str()));
        candidates.extend(self.model.symbols.iter().map(String::as_str));
        candidates.push("eligible");
        let suggestion = did_you_mean(&name.name, candidates).map(str::to_string);
        let mut d = Diagnostic::error("P0201", format!("unknown {what} `{}`", name.name), name.span, "not declared");
        d = match suggestion {
            Some(s) => d.with_help(format!("did you mean `{s}`?")).with_suggestion(s),
            None => d.with_help("declare it, or check the spelling against the case schema"),
        };
        self.push(f, d);
    }

    fn mismatch(&mut self, f: FileId, span: ast::Span, op: &str, a: &Ty, b: &Ty) {
        let msg = format!("cannot use `{op}` with {} and {}", ty_name(&self.model, a), ty_name(&self.model, b));
        let help = match (a, b) {
            (Ty::Number, Ty::Date) | (Ty::Date, Ty::Number) => {
                "hours and dates cannot be compared: compare a date with a date or hours with hours"
            }
            (Ty::Interval, Ty::Number) | (Ty::Number, Ty::Interval) => {
                "a span between dates compares with a duration, e.g. `2 months`"
            }
            _ => "both sides must have compatible types",
        };
        self.push(f, Diagnostic::error("P0301", msg, span, "type mismatch").with_help(help));
    }

    fn check_symbol(&mut self, f: FileId, s: SymbolId, e: usize, span: ast::Span) {
        if self.model.enums[e].variants.iter().any(|(v, _)| *v == s) {
            self.used_enums[e] = true;
        } else {
            let name = self.model.symbols[s as usize].clone();
            self.unknown_variant(f, &name, span, e);
        }
    }

    /// Checks that every bare enumeration value `expr` may produce belongs to enum `e`.
    fn check_symbols_in(&mut self, f: FileId, expr: &Expr, e: usize) {
        match &expr.kind {
            ExprKind::Const(Value::Symbol(s)) => self.check_symbol(f, *s, e, expr.location.span),
            ExprKind::If(_, a, b) | ExprKind::Binary(BinaryOp::Coalesce, a, b) => {
                self.check_symbols_in(f, a, e);
                self.check_symbols_in(f, b, e);
            }
            ExprKind::ListOf(items) => {
                for item in items {
                    self.check_symbols_in(f, item, e);
                }
            }
            _ => {}
        }
    }

    fn symbol_ty(&self, s: SymbolId) -> Ty {
        match self.symbol_enums[s as usize].as_slice() {
            [one] => Ty::Symbol(Some(*one)),
            _ => Ty::Symbol(None),
        }
    }

    pub(crate) fn expr(&mut self, f: FileId, e: &ast::Expr, current: Option<ListId>) -> (Expr, Ty) {
        let location = loc(f, e.span);
        let (kind, ty) = match &e.kind {
            ast::ExprKind::Literal(lit) => self.literal(f, lit, e.span),
            ast::ExprKind::Path(segs) => self.path(f, segs, current),
            ast::ExprKind::Paren(inner) => return self.expr(f, inner, current),
            ast::ExprKind::List(items) => {
                let mut out = Vec::new();
                let mut elem = Ty::Null;
                for item in items {
                    let (x, t) = self.expr(f, item, current);
                    if elem == Ty::Null || elem == Ty::Symbol(None) {
                        elem = t;
                    }
                    out.push(x);
                }
                (ExprKind::ListOf(out), Ty::List(Box::new(elem)))
            }
            ast::ExprKind::If { cond, then, otherwise } => {
                let c = self.condition(f, cond, current);
                let (a, ta) = self.expr(f, then, current);
                let (b, tb) = self.expr(f, otherwise, current);
                if !compatible(&ta, &tb) {
                    self.mismatch(f, e.span, "if … then … else", &ta, &tb);
                }
                let ty = if ta == Ty::Null || ta == Ty::Symbol(None) { tb } else { ta };
                (ExprKind::If(Box::new(c), Box::new(a), Box::new(b)), ty)
            }
            ast::ExprKind::Unary { op, expr } => {
                let (x, t) = self.expr(f, expr, current);
                let want = if *op == UnaryOp::Not { Ty::Bool } else { Ty::Number };
                if !compatible(&t, &want) {
                    let msg = format!(
                        "`{}` needs {}, not {}",
                        if *op == UnaryOp::Not { "not" } else { "-" },
                        ty_name(&self.model, &want),
                        ty_name(&self.model, &t)
                    );
                    self.push(
                        f,
                        Diagnostic::error("P0301", msg, expr.span, "type mismatch").with_help("check the operand"),
                    );
                }
                (ExprKind::Unary(*op, Box::new(x)), want)
            }
            ast::ExprKind::Binary { op, lhs, rhs } => self.binary(f, *op, lhs, rhs, e.span, current),
            ast::ExprKind::Call { func, args } => self.call(f, func, args, e.span, current),
        };
        (Expr { kind, location }, ty)
    }

    fn literal(&mut self, f: FileId, lit: &ast::Literal, span: ast::Span) -> (ExprKind, Ty) {
        let (v, t) = match lit {
            ast::Literal::Number(n, _) => (Value::Number(*n), Ty::Number),
            ast::Literal::Bool(b) => (Value::Bool(*b), Ty::Bool),
            ast::Literal::Null => (Value::Null, Ty::Null),
            ast::Literal::Date(d) => (Value::Date(*d), Ty::Date),
            ast::Literal::Duration(d) => (Value::Duration(*d), Ty::Duration),
            ast::Literal::Range(a, b) => (Value::Range(*a, *b), Ty::Range),
            ast::Literal::Text(t) => match t.plain_text() {
                Some(s) => (Value::Text(s), Ty::Text),
                None => {
                    self.push(
                        f,
                        Diagnostic::error(
                            "P0302",
                            "`{…}` interpolation is only allowed in messages",
                            span,
                            "interpolation here",
                        )
                        .with_help("escape the braces as `\\{` and `\\}`, or move the text into a rule's message"),
                    );
                    (Value::Null, Ty::Error)
                }
            },
        };
        (ExprKind::Const(v), t)
    }

    fn path(&mut self, f: FileId, segs: &[ast::Ident], current: Option<ListId>) -> (ExprKind, Ty) {
        let Some(first) = segs.first() else { return (ExprKind::Error, Ty::Error) };
        let location = loc(f, first.span);
        // 1. A field of the current element (inside `where` and `require`).
        if let Some(list) = current {
            if let Some(slot) = self.model.schema.lists[list].fields.iter().position(|x| x.path == first.name) {
                self.references.push((location, Target::ElemField(list, slot)));
                let ty = self.model.schema.lists[list].fields[slot].ty.clone();
                if let Some(extra) = segs.get(1) {
                    self.no_fields(f, &first.name, extra);
                    return (ExprKind::Error, Ty::Error);
                }
                return (ExprKind::Current { list, slot }, ty);
            }
        }
        // 2. A value, table or parameter.
        if let Some(named) = self.names.get(&first.name).copied() {
            if let Some(extra) = segs.get(1) {
                self.no_fields(f, &first.name, extra);
                return (ExprKind::Error, Ty::Error);
            }
            if let Some(owner) = self.owner {
                if matches!(named, Named::Value(_) | Named::Table(_)) {
                    self.edges.push((owner, named, location));
                }
            }
            return match named {
                Named::Value(v) => {
                    self.references.push((location, Target::Value(v)));
                    let ty = self.model.values[v].ty.clone();
                    (ExprKind::Value(v), if ty == Ty::Error { self.peek_value_ty(v) } else { ty })
                }
                Named::Table(t) => {
                    self.references.push((location, Target::Table(t)));
                    let ty = self.model.tables[t].ty.clone();
                    (ExprKind::Table(t), if ty == Ty::Error { Ty::Error } else { ty })
                }
                Named::Param(p) => {
                    self.used_params[p] = true;
                    self.references.push((location, Target::Param(p)));
                    (ExprKind::Param(p), self.model.params[p].ty.clone())
                }
            };
        }
        // 3. A case field.
        if let Some((_, node)) = self.root_fields.iter().find(|(n, _)| *n == first.name).cloned() {
            return self.walk(f, node, first, &segs[1..]);
        }
        // 4. An enumeration value.
        if segs.len() == 1 {
            if let Some(&s) = self.symbol_ids.get(&first.name) {
                self.references.push((location, Target::Symbol(s)));
                for &e in &self.symbol_enums[s as usize] {
                    self.used_enums[e] = true;
                }
                return (ExprKind::Const(Value::Symbol(s)), self.symbol_ty(s));
            }
        }
        self.unknown_name(f, first, "name");
        (ExprKind::Error, Ty::Error)
    }

    /// The type of a value not lowered yet (declared later): lowered on demand
    /// would risk cycles, so this is only its declared type, or unknown.
    fn peek_value_ty(&self, v: ValueId) -> Ty {
        let target = self.model.values[v].location;
        for decl in &self.ws.files[target.file].parsed.file.decls {
            if let DeclKind::Value(vd) = &decl.kind {
                if vd.name.span == target.span {
                    return match vd.ty.as_ref().map(|t| &t.kind) {
                        Some(TypeKind::Int(_) | TypeKind::Decimal) => Ty::Number,
                        Some(TypeKind::Bool) => Ty::Bool,
                        Some(TypeKind::Date) => Ty::Date,
                        Some(TypeKind::Text) => Ty::Text,
                        Some(TypeKind::Named(n)) => Ty::Symbol(self.enum_ids.get(&n.name).copied()),
                        _ => Ty::Error,
                    };
                }
            }
        }
        Ty::Error
    }

    fn no_fields(&mut self, f: FileId, name: &str, extra: &ast::Ident) {
        self.push(
            f,
            Diagnostic::error("P0202", format!("`{name}` has no field `{}`", extra.name), extra.span, "no such field")
                .with_help(format!("`{name}` is a single value; remove `.{}`", extra.name)),
        );
    }

    fn unknown_field(&mut self, f: FileId, of: &str, name: &ast::Ident, candidates: Vec<String>) {
        let suggestion = did_you_mean(&name.name, candidates.iter().map(String::as_str)).map(str::to_string);
        let mut d = Diagnostic::error(
            "P0202",
            format!("unknown case field `{}` in `{of}`", name.name),
            name.span,
            "not in the case schema",
        );
        d = match suggestion {
            Some(s) => d.with_help(format!("did you mean `{s}`?")).with_suggestion(s),
            None => d.with_help(format!("the fields of `{of}` are: {}", candidates.join(", "))),
        };
        self.push(f, d);
    }

    fn walk(&mut self, f: FileId, node: Node, first: &ast::Ident, rest: &[ast::Ident]) -> (ExprKind, Ty) {
        let mut path = first.name.clone();
        let start = first.span.start;
        let mut kind = ExprKind::Error;
        let mut ty = Ty::Error;
        let mut state = match node {
            Node::Record(fields) => Walk::Record(fields, path.clone()),
            Node::Scalar(slot) => {
                self.references.push((loc(f, first.span), Target::Field(slot)));
                kind = ExprKind::Field(slot);
                ty = self.model.schema.slots[slot].ty.clone();
                Walk::Done
            }
            Node::List(l) => {
                self.references.push((loc(f, first.span), Target::List(l)));
                kind = ExprKind::List(l);
                ty = Ty::Elements(l);
                Walk::Elements(l)
            }
        };
        for seg in rest {
            let here = loc(f, ast::Span::new(start, seg.span.end));
            let mk = |k: ExprKind| Box::new(Expr { kind: k, location: here });
            state = match state {
                Walk::Record(fields, of) => match fields.iter().find(|(n, _)| *n == seg.name).cloned() {
                    Some((_, Node::Record(inner))) => {
                        path = format!("{of}.{}", seg.name);
                        Walk::Record(inner, path.clone())
                    }
                    Some((_, Node::Scalar(slot))) => {
                        self.references.push((loc(f, seg.span), Target::Field(slot)));
                        kind = ExprKind::Field(slot);
                        ty = self.model.schema.slots[slot].ty.clone();
                        Walk::Done
                    }
                    Some((_, Node::List(l))) => {
                        self.references.push((loc(f, seg.span), Target::List(l)));
                        kind = ExprKind::List(l);
                        ty = Ty::Elements(l);
                        Walk::Elements(l)
                    }
                    None => {
                        let names = fields.iter().map(|(n, _)| n.clone()).collect();
                        self.unknown_field(f, &of, seg, names);
                        return (ExprKind::Error, Ty::Error);
                    }
                },
                Walk::Done => {
                    self.no_fields(f, &path, seg);
                    return (ExprKind::Error, Ty::Error);
                }
                Walk::Elements(l) => {
                    let list = &self.model.schema.lists[l];
                    if let Some(slot) = list.fields.iter().position(|x| x.path == seg.name) {
                        self.references.push((loc(f, seg.span), Target::ElemField(l, slot)));
                        let inner = list.fields[slot].ty.clone();
                        kind = ExprKind::Project {
                            elems: mk(std::mem::replace(&mut kind, ExprKind::Error)),
                            list: l,
                            slot,
                        };
                        ty = Ty::List(Box::new(inner));
                        Walk::Done
                    } else if let Some(key) = list.key {
                        let key_ty = list.fields[key].ty.clone();
                        let found = self.symbol_ids.get(&seg.name).copied().filter(|s| match key_ty {
                            Ty::Symbol(Some(e)) => self.model.enums[e].variants.iter().any(|(v, _)| v == s),
                            _ => true,
                        });
                        match found {
                            Some(s) => {
                                if let Ty::Symbol(Some(e)) = key_ty {
                                    self.used_enums[e] = true;
                                }
                                self.references.push((loc(f, seg.span), Target::Symbol(s)));
                                kind = ExprKind::Find { list: l, key: Value::Symbol(s) };
                                ty = Ty::Element(l);
                                Walk::Element(l)
                            }
                            None => {
                                let mut names: Vec<String> = list.fields.iter().map(|x| x.path.clone()).collect();
                                if let Ty::Symbol(Some(e)) = key_ty {
                                    names.extend(
                                        self.model.enums[e]
                                            .variants
                                            .iter()
                                            .map(|(s, _)| self.model.symbols[*s as usize].clone()),
                                    );
                                }
                                let of = list.path.clone();
                                self.unknown_field(f, &of, seg, names);
                                return (ExprKind::Error, Ty::Error);
                            }
                        }
                    } else {
                        let names = list.fields.iter().map(|x| x.path.clone()).collect();
                        let of = list.path.clone();
                        self.unknown_field(f, &of, seg, names);
                        return (ExprKind::Error, Ty::Error);
                    }
                }
                Walk::Element(l) => {
                    let list = &self.model.schema.lists[l];
                    match list.fields.iter().position(|x| x.path == seg.name) {
                        Some(slot) => {
                            self.references.push((loc(f, seg.span), Target::ElemField(l, slot)));
                            ty = list.fields[slot].ty.clone();
                            kind = ExprKind::ElemField {
                                elem: mk(std::mem::replace(&mut kind, ExprKind::Error)),
                                list: l,
                                slot,
                            };
                            Walk::Done
                        }
                        None => {
                            let names = list.fields.iter().map(|x| x.path.clone()).collect();
                            let of = list.path.clone();
                            self.unknown_field(f, &of, seg, names);
                            return (ExprKind::Error, Ty::Error);
                        }
                    }
                }
            };
            path = format!("{path}.{}", seg.name);
        }
        if let Walk::Record(_, of) = state {
            let span = rest.last().map(|s| s.span).unwrap_or(first.span);
            self.push(
                f,
                Diagnostic::error(
                    "P0303",
                    format!("`{of}` is a group of fields, not a value"),
                    ast::Span::new(start, span.end),
                    "a record",
                )
                .with_help(format!("name one of its fields, e.g. `{of}.…`")),
            );
            return (ExprKind::Error, Ty::Error);
        }
        (kind, ty)
    }

    fn binary(
        &mut self,
        f: FileId,
        op: BinaryOp,
        lhs: &ast::Expr,
        rhs: &ast::Expr,
        span: ast::Span,
        current: Option<ListId>,
    ) -> (ExprKind, Ty) {
        if op == BinaryOp::Where {
            let (l, lt) = self.expr(f, lhs, current);
            let list = match lt {
                Ty::Elements(l) | Ty::Element(l) => l,
                Ty::Error => return (ExprKind::Error, Ty::Error),
                other => {
                    let msg = format!("`where` filters a list of the case, not {}", ty_name(&self.model, &other));
                    self.push(
                        f,
                        Diagnostic::error("P0301", msg, lhs.span, "not a list")
                            .with_help("filter e.g. `events.missed_lesson where reason = unexcused`"),
                    );
                    return (ExprKind::Error, Ty::Error);
                }
            };
            let cond = self.condition(f, rhs, Some(list));
            return (ExprKind::Filter { elems: Box::new(l), list, cond: Box::new(cond) }, Ty::Elements(list));
        }
        let (a, ta) = self.expr(f, lhs, current);
        let (b, tb) = self.expr(f, rhs, current);
        let sym = op.symbol();
        let ty = match op {
            BinaryOp::And | BinaryOp::Or => {
                for (t, side) in [(&ta, lhs), (&tb, rhs)] {
                    if !compatible(t, &Ty::Bool) {
                        let msg = format!("`{sym}` joins conditions, but this is {}", ty_name(&self.model, t));
                        self.push(
                            f,
                            Diagnostic::error("P0301", msg, side.span, "not a condition")
                                .with_help("compare it with something first"),
                        );
                    }
                }
                Ty::Bool
            }
            BinaryOp::Eq | BinaryOp::Ne => {
                if !compatible(&ta, &tb) {
                    self.mismatch(f, span, sym, &ta, &tb);
                }
                self.cross_check_symbols(f, &a, &ta, &b, &tb);
                Ty::Bool
            }
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => {
                let ok = matches!(
                    (&ta, &tb),
                    (Ty::Error, _)
                        | (_, Ty::Error)
                        | (Ty::Null, _)
                        | (_, Ty::Null)
                        | (Ty::Number, Ty::Number)
                        | (Ty::Date, Ty::Date)
                        | (Ty::Interval, Ty::Duration)
                        | (Ty::Duration, Ty::Interval)
                        | (Ty::Duration, Ty::Duration)
                );
                if !ok {
                    self.mismatch(f, span, sym, &ta, &tb);
                }
                Ty::Bool
            }
            BinaryOp::In | BinaryOp::NotIn => {
                let elem = match &tb {
                    Ty::Set(x) | Ty::List(x) => Some((**x).clone()),
                    Ty::Range => Some(Ty::Number),
                    Ty::Error => None,
                    Ty::Elements(l) => Some(Ty::Element(*l)),
                    other => {
                        let msg = format!(
                            "`{sym}` needs a set, list or range on its right, not {}",
                            ty_name(&self.model, other)
                        );
                        self.push(
                            f,
                            Diagnostic::error("P0301", msg, rhs.span, "not a collection")
                                .with_help("e.g. `disabled in pupil.categories` or `pupil.grade in 1..11`"),
                        );
                        None
                    }
                };
                if let Some(elem) = elem {
                    if !compatible(&ta, &elem) {
                        self.mismatch(f, span, sym, &ta, &tb);
                    }
                    self.cross_check_symbols(f, &a, &ta, &b, &elem);
                }
                Ty::Bool
            }
            BinaryOp::Coalesce => {
                if !compatible(&ta, &tb) {
                    self.mismatch(f, span, sym, &ta, &tb);
                }
                if ta == Ty::Null {
                    tb
                } else {
                    ta
                }
            }
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => {
                let result = match (op, &ta, &tb) {
                    (_, Ty::Error, _) | (_, _, Ty::Error) => Some(Ty::Error),
                    (_, Ty::Number, Ty::Number) | (_, Ty::Null, Ty::Number) | (_, Ty::Number, Ty::Null) => {
                        Some(Ty::Number)
                    }
                    (BinaryOp::Add, Ty::Date, Ty::Duration) | (BinaryOp::Add, Ty::Duration, Ty::Date) => Some(Ty::Date),
                    (BinaryOp::Sub, Ty::Date, Ty::Duration) => Some(Ty::Date),
                    (BinaryOp::Sub, Ty::Date, Ty::Date) => Some(Ty::Interval),
                    _ => None,
                };
                match result {
                    Some(t) => t,
                    None => {
                        self.mismatch(f, span, sym, &ta, &tb);
                        Ty::Error
                    }
                }
            }
            BinaryOp::Where => Ty::Error,
        };
        (ExprKind::Binary(op, Box::new(a), Box::new(b)), ty)
    }

    /// A bare enumeration value compared with a typed side must belong to its enumeration.
    fn cross_check_symbols(&mut self, f: FileId, a: &Expr, ta: &Ty, b: &Expr, tb: &Ty) {
        if let Ty::Symbol(Some(e)) = tb {
            self.check_symbols_in(f, a, *e);
        }
        if let Ty::Symbol(Some(e)) = ta {
            self.check_symbols_in(f, b, *e);
        }
    }

    fn call(
        &mut self,
        f: FileId,
        func: &ast::Ident,
        args: &[ast::Expr],
        span: ast::Span,
        current: Option<ListId>,
    ) -> (ExprKind, Ty) {
        const BUILTINS: [&str; 5] = ["sum", "count", "max_count_by", "school_year_start", "school_year_end"];
        let arity = |this: &mut Self, n: usize| {
            if args.len() != n {
                this.push(
                    f,
                    Diagnostic::error(
                        "P0307",
                        format!(
                            "`{}` takes {n} argument{}, not {}",
                            func.name,
                            if n == 1 { "" } else { "s" },
                            args.len()
                        ),
                        span,
                        "wrong number of arguments",
                    )
                    .with_help("see the built-in functions in the language reference"),
                );
                false
            } else {
                true
            }
        };
        match func.name.as_str() {
            "sum" | "count" | "school_year_start" | "school_year_end" => {
                if !arity(self, 1) {
                    return (ExprKind::Error, Ty::Error);
                }
                let (x, t) = self.expr(f, &args[0], current);
                let (builtin, want_ok, result) = match func.name.as_str() {
                    "sum" => {
                        (Builtin::Sum, matches!(&t, Ty::List(i) | Ty::Set(i) if compatible(i, &Ty::Number)), Ty::Number)
                    }
                    "count" => (
                        Builtin::Count,
                        matches!(t, Ty::List(_) | Ty::Set(_) | Ty::Elements(_) | Ty::Element(_)),
                        Ty::Number,
                    ),
                    "school_year_start" => (Builtin::SchoolYearStart, compatible(&t, &Ty::Date), Ty::Date),
                    _ => (Builtin::SchoolYearEnd, compatible(&t, &Ty::Date), Ty::Date),
                };
                if !want_ok && t != Ty::Error {
                    let msg = format!("`{}` cannot take {}", func.name, ty_name(&self.model, &t));
                    self.push(
                        f,
                        Diagnostic::error("P0301", msg, args[0].span, "wrong argument")
                            .with_help("see the built-in functions in the language reference"),
                    );
                }
                (ExprKind::Call(builtin, vec![x]), result)
            }
            "max_count_by" => {
                if !arity(self, 2) {
                    return (ExprKind::Error, Ty::Error);
                }
                let (x, t) = self.expr(f, &args[0], current);
                let list = match t {
                    Ty::Elements(l) | Ty::Element(l) => l,
                    _ => {
                        self.push(
                            f,
                            Diagnostic::error(
                                "P0301",
                                "`max_count_by` counts elements of a case list",
                                args[0].span,
                                "not a list",
                            )
                            .with_help("e.g. `max_count_by(events.missed_lesson where reason = unexcused, subject)`"),
                        );
                        return (ExprKind::Error, Ty::Error);
                    }
                };
                let slot = match &args[1].kind {
                    ast::ExprKind::Path(segs) if segs.len() == 1 => {
                        let fields = &self.model.schema.lists[list].fields;
                        match fields.iter().position(|x| x.path == segs[0].name) {
                            Some(slot) => Some(slot),
                            None => {
                                let names = fields.iter().map(|x| x.path.clone()).collect();
                                let of = self.model.schema.lists[list].path.clone();
                                self.unknown_field(f, &of, &segs[0], names);
                                None
                            }
                        }
                    }
                    _ => {
                        self.push(
                            f,
                            Diagnostic::error(
                                "P0301",
                                "the second argument of `max_count_by` is a field name",
                                args[1].span,
                                "not a field name",
                            )
                            .with_help("name a field of the list's elements, e.g. `subject`"),
                        );
                        None
                    }
                };
                match slot {
                    Some(slot) => (ExprKind::Call(Builtin::MaxCountBy(slot), vec![x]), Ty::Number),
                    None => (ExprKind::Error, Ty::Error),
                }
            }
            _ => {
                let mut d = Diagnostic::error(
                    "P0207",
                    format!("unknown function `{}`", func.name),
                    func.span,
                    "no such function",
                );
                d = match did_you_mean(&func.name, BUILTINS) {
                    Some(s) => d.with_help(format!("did you mean `{s}`?")).with_suggestion(s),
                    None => d.with_help(format!("the functions are: {}", BUILTINS.join(", "))),
                };
                self.push(f, d);
                (ExprKind::Error, Ty::Error)
            }
        }
    }

    /// Rejects values and tables that depend on themselves, so that evaluation terminates.
    fn break_cycles(&mut self) {
        let index = |n: Named, m: &Model| match n {
            Named::Value(v) => v,
            Named::Table(t) => m.values.len() + t,
            Named::Param(_) => usize::MAX,
        };
        let total = self.model.values.len() + self.model.tables.len();
        let mut adjacency: Vec<Vec<(usize, Location)>> = vec![Vec::new(); total];
        for (from, to, at) in &self.edges {
            let (a, b) = (index(*from, &self.model), index(*to, &self.model));
            if a < total && b < total {
                adjacency[a].push((b, *at));
            }
        }
        // Iterative depth-first search with colours: 0 new, 1 on stack, 2 done.
        let mut colour = vec![0u8; total];
        let mut in_cycle: Vec<(usize, Location)> = Vec::new();
        for start in 0..total {
            if colour[start] != 0 {
                continue;
            }
            let mut stack = vec![(start, 0usize)];
            colour[start] = 1;
            while let Some((node, next)) = stack.pop() {
                if let Some(&(succ, at)) = adjacency[node].get(next) {
                    stack.push((node, next + 1));
                    match colour[succ] {
                        0 => {
                            colour[succ] = 1;
                            stack.push((succ, 0));
                        }
                        1 => in_cycle.push((node, at)),
                        _ => {}
                    }
                } else {
                    colour[node] = 2;
                }
            }
        }
        for (node, at) in in_cycle {
            let nv = self.model.values.len();
            let name = if node < nv {
                let v = &mut self.model.values[node];
                v.expr.kind = ExprKind::Error;
                v.name.clone()
            } else {
                let t = &mut self.model.tables[node - nv];
                t.rows.clear();
                t.name.clone()
            };
            self.push(
                at.file,
                Diagnostic::error(
                    "P0205",
                    format!("`{name}` depends on itself"),
                    at.span,
                    "this reference closes a cycle",
                )
                .with_help("a value cannot be computed from itself; break the cycle"),
            );
        }
    }
}

fn int_range(ty: &ast::TypeExpr) -> Option<(i64, i64)> {
    match ty.kind {
        TypeKind::Int(r) => r,
        _ => None,
    }
}
