//! Shared navigation helpers: what a position stands for, across roots, and
//! converting checker locations to LSP locations.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use policy_check::citation::Part;
use policy_check::model::{FileId, Location, Model};
use policy_syntax::ast::Span;
use tower_lsp_server::ls_types as lsp;

use crate::analysis::{Analysis, Lines, RootAnalysis};
use crate::index::{definitions, Occurrence, Sym};

/// A root-independent place: a file's path and a byte span in it.
pub type Place = (PathBuf, Span);

/// The place of a location of `ra`.
pub fn place(ra: &RootAnalysis, l: Location) -> Place {
    (ra.file(l.file).path.clone(), l.span)
}

/// The LSP location of a place.
pub fn lsp_location(analysis: &Analysis, ra: &RootAnalysis, l: Location) -> Option<lsp::Location> {
    let file = ra.ws.files.get(l.file)?;
    let uri = analysis.snapshot.uri(&file.path)?;
    Some(lsp::Location { uri, range: Lines::new(file, analysis.encoding()).range(l.span) })
}

/// The occurrence at `position` of `path`, with its analysis.
pub fn occurrence_at(
    analysis: &Analysis,
    path: &Path,
    position: lsp::Position,
) -> Option<(Arc<RootAnalysis>, Occurrence)> {
    let (ra, file, offset) = analysis.at(path, position)?;
    let occ = ra.index().at(file, offset)?.clone();
    Some((ra, occ))
}

/// Every root that may mention `sym`'s declarations: all roots of the workspace,
/// and `ra` itself (an open file outside the workspace folders).
pub fn search_roots(analysis: &Analysis, ra: &Arc<RootAnalysis>) -> Vec<Arc<RootAnalysis>> {
    let mut roots = analysis.all_roots();
    if !roots.iter().any(|r| r.path == ra.path) {
        roots.push(ra.clone());
    }
    roots
}

/// Every occurrence of the symbol declared at `places`, over `roots`: the
/// occurrences whose declarations are among `places`. For a clause, citations
/// of ranges that cover it count too (the span of the range).
pub fn occurrences_of(
    roots: &[Arc<RootAnalysis>],
    places: &[Place],
    clause: Option<&str>,
    include_declaration: bool,
) -> Vec<(Arc<RootAnalysis>, Location)> {
    let mut out: Vec<(Arc<RootAnalysis>, Location)> = Vec::new();
    let mut seen: Vec<Place> = Vec::new();
    let mut add = |ra: &Arc<RootAnalysis>, l: Location, out: &mut Vec<(Arc<RootAnalysis>, Location)>| {
        let p = place(ra, l);
        if !seen.contains(&p) {
            seen.push(p);
            out.push((ra.clone(), l));
        }
    };
    for ra in roots {
        // Only roots that read the declaring file can refer to it.
        if !places.iter().any(|(path, _)| ra.file_id(path).is_some()) {
            continue;
        }
        let ix = ra.index();
        for o in &ix.occurrences {
            if matches!(o.sym, Sym::Keyword(_) | Sym::WorkingDays | Sym::Citation(_))
                || (o.decl && !include_declaration)
            {
                continue;
            }
            let defs = definitions(ra, &o.sym);
            if defs.iter().any(|d| places.contains(&place(ra, *d))) {
                add(ra, Location { file: o.file, span: o.span }, &mut out);
            }
        }
        if let Some(number) = clause {
            for (file, span) in ranges_covering(&ra.checked.model, number) {
                add(ra, Location { file, span }, &mut out);
            }
        }
    }
    out
}

/// The ranges of citations that cover clause `number` without writing it as
/// an end (an end is an occurrence of its own): file and span of each range.
fn ranges_covering(model: &Model, number: &str) -> Vec<(FileId, Span)> {
    let Some(clause) = model.clauses.iter().position(|c| c.number == number) else { return Vec::new() };
    let covers = |part: &&Part| {
        part.is_range() && part.clauses.contains(&clause) && part.numbers.iter().all(|n| n.clause != Some(clause))
    };
    model
        .citations
        .iter()
        .flat_map(|c| c.parts.iter().filter(covers).map(|part| (c.location.file, part.span)))
        .collect()
}
