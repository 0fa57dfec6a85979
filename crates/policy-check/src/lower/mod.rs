//! Lowering: the AST of a policy and its imports becomes a [`Model`], with every
//! name resolved and every expression typed. All name and type diagnostics are
//! produced here; the domain checks (tables, curricula, citations) run after.
//!
//! [`lower`] runs two phases over the files: phase 1 ([`names`]) collects what
//! may be referred to, phase 2 ([`decls`]) lowers every declaration. The other
//! modules each handle one kind of declaration or expression.

mod calendar_year;
mod calls;
mod citations;
mod curricula;
mod cycles;
mod decls;
mod documents;
mod expr;
mod extend;
mod names;
mod paths;
mod readings;
mod roles;
mod rules;
mod schema;
mod school_year;
mod symbols;
mod tables;
mod test_decls;
mod values;

use policy_syntax::Code;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use policy_i18n::{msg, Message};
use policy_syntax::ast;
use policy_syntax::Diagnostic;

use crate::model::{CitationRef, FileId, Location, Model, ParamId, SymbolId, TableId, Ty, ValueId};
use crate::workspace::Workspace;
use crate::{FileDiagnostic, Target};

/// What lowering produces.
pub(crate) struct Lowered {
    /// The resolved policy.
    pub model: Model,
    /// The name and type diagnostics, in the order they were found.
    pub diagnostics: Vec<FileDiagnostic>,
    /// Every resolved name and what it refers to.
    pub references: Vec<(Location, Target)>,
}

/// Lowers the policy in `root` together with `files`, the files it imports
/// (`root` among them), in two phases: names first, then declarations.
pub(crate) fn lower(ws: &Workspace, files: &[FileId], root: FileId, superseded: &HashSet<(FileId, usize)>) -> Lowered {
    let mut lw = Lowerer::new(ws, superseded);
    lw.collect(files, root);
    lw.declarations(files, root);
    lw.finish_calendar();
    crate::readings::resolve(&mut lw.model);
    Lowered { model: lw.model, diagnostics: lw.diagnostics, references: lw.references }
}

/// A named declaration that expressions may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    Value(ValueId),
    Table(TableId),
    Param(ParamId),
}

/// The state of lowering: the model being built and what resolving names needs.
struct Lowerer<'w> {
    ws: &'w Workspace,
    model: Model,
    diagnostics: Vec<FileDiagnostic>,
    references: Vec<(Location, Target)>,
    /// Values, tables and parameters by name.
    names: HashMap<String, Named>,
    symbol_ids: HashMap<String, SymbolId>,
    /// The enumerations each symbol is a value of.
    symbol_enums: Vec<Vec<usize>>,
    enum_ids: HashMap<String, usize>,
    used_params: Vec<bool>,
    used_enums: Vec<bool>,
    /// The value or table being lowered, for recording dependency edges.
    owner: Option<Named>,
    /// Dependencies between values and tables: (from, to, where).
    edges: Vec<(Named, Named, Location)>,
    /// The first declaration of each (kind, name), for duplicate checks in one look-up.
    declared: HashMap<(&'static str, String), Location>,
    /// Declarations of earlier versions that the policy's version replaces
    /// (file, index among its declarations): left out.
    superseded: &'w HashSet<(FileId, usize)>,
    /// The years of the production calendar the policy declares.
    calendar_years: policy_calendar::Calendar,
}

/// `d` (a diagnostic of file `f`) with a label where the thing was first declared: in the
/// same file, or in another (a `use`d file), which the CLI and the editor show too.
fn first_declared_here(d: Diagnostic, f: FileId, first: Location) -> Diagnostic {
    if first.file == f {
        d.with_label(first.span, msg!("check-first-declared-here"))
    } else {
        d.with_label_in(first.file, first.span, msg!("check-first-declared-here"))
    }
}

/// Where `span` of `file` is.
fn loc(file: FileId, span: ast::Span) -> Location {
    Location { file, span }
}

/// A human name of a type, for messages: `a number` (`check-ty-*`).
fn ty_name(model: &Model, ty: &Ty) -> Message {
    ty_form(model, ty, "one")
}

/// The name of type `ty` in `form`: `one` (`a number`) or `list`, the form
/// it takes after "a list of" (`numbers` in Russian).
fn ty_form(model: &Model, ty: &Ty, form: &'static str) -> Message {
    match ty {
        Ty::Number => msg!("check-ty-number", form = form),
        Ty::Bool => msg!("check-ty-bool", form = form),
        Ty::Text => msg!("check-ty-text", form = form),
        Ty::Date => msg!("check-ty-date", form = form),
        Ty::Duration => msg!("check-ty-duration", form = form),
        Ty::Symbol(Some(e)) => msg!(
            "check-ty-symbol-of",
            form = form,
            name = model.enums.get(*e).map(|e| e.name.as_str()).unwrap_or("?").to_owned()
        ),
        Ty::Symbol(None) => msg!("check-ty-symbol", form = form),
        Ty::Set(inner) | Ty::List(inner) => msg!("check-ty-list", form = form, inner = ty_form(model, inner, "list")),
        Ty::Elements(l) | Ty::Element(l) => msg!(
            "check-ty-elements",
            form = form,
            list = model.schema.lists.get(*l).map(|l| l.path.as_str()).unwrap_or("?").to_owned()
        ),
        Ty::Range => msg!("check-ty-range", form = form),
        Ty::Interval => msg!("check-ty-interval", form = form),
        Ty::Null => msg!("check-ty-null", form = form),
        Ty::Error => msg!("check-ty-error", form = form),
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
    /// A lowerer with an empty model.
    fn new(ws: &'w Workspace, superseded: &'w HashSet<(FileId, usize)>) -> Self {
        Lowerer {
            ws,
            model: Model::default(),
            diagnostics: Vec::new(),
            references: Vec::new(),
            names: HashMap::new(),
            symbol_ids: HashMap::new(),
            symbol_enums: Vec::new(),
            enum_ids: HashMap::new(),
            used_params: Vec::new(),
            used_enums: Vec::new(),
            owner: None,
            edges: Vec::new(),
            declared: HashMap::new(),
            calendar_years: policy_calendar::Calendar::default(),
            superseded,
        }
    }

    /// The declarations of file `f` that are part of the policy's version.
    fn decls(&self, f: FileId) -> impl Iterator<Item = &'w ast::Decl> + 'w {
        let superseded = self.superseded;
        self.ws.files[f]
            .parsed
            .file
            .decls
            .iter()
            .enumerate()
            .filter(move |(i, _)| !superseded.contains(&(f, *i)))
            .map(|(_, d)| d)
    }

    /// Reports `diagnostic` about `file`.
    fn push(&mut self, file: FileId, diagnostic: Diagnostic) {
        self.diagnostics.push(FileDiagnostic { file, diagnostic });
    }

    /// The source text at `span` of `file`.
    fn source(&self, file: FileId, span: ast::Span) -> &'w str {
        self.ws.files[file].text.get(span.start..span.end).unwrap_or("")
    }

    /// The citation `c`, resolved against the quoted clauses (all collected in
    /// phase 1) and recorded in the model.
    fn citation(&mut self, file: FileId, c: &Option<ast::Citation>) -> Option<Arc<CitationRef>> {
        self.cite(file, c, false)
    }

    /// [`Self::citation`], marked as written by a test's expectation when `in_test`.
    fn cite(&mut self, file: FileId, c: &Option<ast::Citation>, in_test: bool) -> Option<Arc<CitationRef>> {
        c.as_ref().map(|c| {
            let mut r =
                CitationRef::new(&c.text, loc(file, c.span), self.source(file, c.span), &|n| self.model.clause_id(n));
            if c.text.trim().is_empty() {
                self.empty_clause_number(file, c.span, "citation");
            }
            r.words = c.words.as_ref().map(|w| self.words(file, &r, w));
            r.in_test = in_test;
            let r = Arc::new(r);
            self.model.citations.push(Arc::clone(&r));
            r
        })
    }

    /// Reports that `name` (a `what`: `rule`, `calendar-year`, … as
    /// `check-declared-twice` selects) was declared before, at `first`.
    fn duplicate(&mut self, file: FileId, what: &'static str, name: &ast::Ident, first: Location) {
        let mut d = Diagnostic::new(
            Code::DeclaredTwice,
            msg!("check-declared-twice", what = what, name = &name.name),
            name.span,
            msg!("check-declared-again-here"),
        )
        .with_help(msg!("check-declared-twice-help"));
        d = first_declared_here(d, file, first);
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
}
