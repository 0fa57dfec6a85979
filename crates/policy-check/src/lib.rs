//! Checks a policy and resolves it into a [`Model`]: names, types, and the
//! domain checks (grade bands, curriculum totals against caps, citations).
//!
//! No I/O: files come in through a [`Workspace`] whose loader the caller
//! supplies. One function, [`check`], produces every diagnostic; the CLI
//! renders them and the language server converts them.

pub mod builtins;
mod checks;
pub mod citation;
mod coverage;
pub mod definitions;
mod lower;
pub mod markup;
pub mod model;
pub mod quote;
pub mod readings;
mod schema;
pub mod school_year;
pub mod text;
pub mod versions;
mod walk;
mod workspace;

pub use coverage::{comment_above, coverage, Coverage, Uncited};
pub use definitions::{DefId, DefKind, Definition};
pub use model::Model;
pub use policy_syntax::{Diagnostic, DiagnosticSeverity};
pub use workspace::{SourceFile, Workspace};

use model::{FileId, ListId, Location, ParamId, RuleId, SlotId, SymbolId, TableId, ValueId};

/// A diagnostic and the file it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDiagnostic {
    /// The file.
    pub file: FileId,
    /// The diagnostic.
    pub diagnostic: Diagnostic,
}

/// What a name in the source refers to (for go-to-definition, references, hover, rename).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// A computed value.
    Value(ValueId),
    /// A table.
    Table(TableId),
    /// A parameter.
    Param(ParamId),
    /// A rule.
    Rule(RuleId),
    /// An enumeration.
    Enum(usize),
    /// An enumeration value.
    Symbol(SymbolId),
    /// A scalar case field.
    Field(SlotId),
    /// A case list.
    List(ListId),
    /// A field of a list's elements.
    ElemField(ListId, usize),
}

/// The result of checking a policy.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The resolved policy (usable even with errors: broken parts are left out).
    pub model: Model,
    /// All diagnostics of the policy and its imports, in file and source order.
    pub diagnostics: Vec<FileDiagnostic>,
    /// Every resolved name and what it refers to.
    pub references: Vec<(Location, Target)>,
}

impl Checked {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.diagnostic.is_error())
    }
}

/// Checks the policy in file `root` of `ws` together with the files it imports.
pub fn check(ws: &Workspace, root: FileId) -> Checked {
    let files = ws.closure(root);
    let mut diagnostics: Vec<FileDiagnostic> = files
        .iter()
        .flat_map(|&file| {
            ws.files[file].parsed.diagnostics.iter().map(move |d| FileDiagnostic { file, diagnostic: d.clone() })
        })
        .collect();
    let chain = versions::chain(ws, root);
    let superseded = versions::superseded(ws, &chain);
    let mut lowered = lower::lower(ws, &files, root, &superseded);
    versions::inherit_meta(ws, &chain, &mut lowered.model.meta);
    let (found, versions_found) = versions::versions(ws, &chain);
    lowered.model.versions = found;
    diagnostics.extend(lowered.diagnostics);
    diagnostics.extend(versions_found);
    diagnostics.extend(checks::run(&lowered.model));
    diagnostics.sort_by_key(|d| (d.file, d.diagnostic.span.start, d.diagnostic.span.end, d.diagnostic.code));
    diagnostics.dedup();
    Checked { model: lowered.model, diagnostics, references: lowered.references }
}

/// Checks a single text with no imports (for tests and quick use).
pub fn check_text(text: &str) -> (Workspace, Checked) {
    let mut ws = Workspace::new();
    let root = ws.add("input.policy".into(), text.to_string());
    let checked = check(&ws, root);
    (ws, checked)
}
