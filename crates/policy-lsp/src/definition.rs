//! Go to definition: names (values, tables, parameters, rules, enumerations and
//! their values, case fields), clauses from their citations, and imported files
//! from `use "…"`.

use std::path::Path;

use policy_syntax::ast::DeclKind;
use tower_lsp_server::ls_types::{GotoDefinitionResponse, Location, Position, Range};

use crate::analysis::Analysis;
use crate::index::{definitions, Sym};
use crate::navigation::lsp_location;

/// The declarations of what is at `position` of the file at `path`.
pub fn definition(analysis: &Analysis, path: &Path, position: Position) -> Option<GotoDefinitionResponse> {
    let (ra, file, offset) = analysis.at(path, position)?;
    // `use "case-schema.policy"` and `amends "base.policy"`: the file named.
    let source = ra.file(file);
    let named = source.parsed.file.decls.iter().filter_map(|d| match &d.kind {
        DeclKind::Use(u) => Some(&u.path),
        DeclKind::Policy(p) => p.amends.as_ref().map(|a| &a.path),
        _ => None,
    });
    for path_text in named {
        if path_text.span.contains(offset) {
            let import = source.imports.iter().find(|(written, _)| *written == path_text.value)?.1?;
            let uri = analysis.snapshot.uri(&ra.file(import).path)?;
            return Some(GotoDefinitionResponse::Scalar(Location { uri, range: Range::default() }));
        }
    }
    let occ = ra.index().at(file, offset)?.clone();
    let mut found = Vec::new();
    match &occ.sym {
        Sym::Citation(i) => {
            for n in ra.checked.model.citations.get(*i)?.numbers() {
                found.extend(definitions(&ra, &Sym::Clause(n.text.clone())));
            }
        }
        sym => found.extend(definitions(&ra, sym)),
    }
    let locations: Vec<Location> = found.into_iter().filter_map(|l| lsp_location(analysis, &ra, l)).collect();
    match locations.len() {
        0 => None,
        1 => locations.into_iter().next().map(GotoDefinitionResponse::Scalar),
        _ => Some(GotoDefinitionResponse::Array(locations)),
    }
}
