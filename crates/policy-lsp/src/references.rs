//! Find references: every use of a name, clause or case field across the
//! workspace (a case-schema field is found in every policy that imports the
//! schema), optionally with its declaration.

use std::path::Path;

use tower_lsp_server::ls_types::{Location, Position};

use crate::analysis::Analysis;
use crate::index::{definitions, Sym};
use crate::navigation::{lsp_location, occurrence_at, occurrences_of, place, search_roots};

/// The references to what is at `position` of the file at `path`.
pub fn references(
    analysis: &Analysis,
    path: &Path,
    position: Position,
    include_declaration: bool,
) -> Option<Vec<Location>> {
    let (ra, occ) = occurrence_at(analysis, path, position)?;
    let syms: Vec<Sym> = match &occ.sym {
        Sym::Keyword(_) | Sym::WorkingDays => return None,
        Sym::Citation(i) => {
            ra.checked.model.citations.get(*i)?.numbers().map(|n| Sym::Clause(n.text.clone())).collect()
        }
        sym => vec![sym.clone()],
    };
    let mut out = Vec::new();
    for sym in syms {
        let places: Vec<_> = definitions(&ra, &sym).into_iter().map(|l| place(&ra, l)).collect();
        let clause = match &sym {
            Sym::Clause(n) => Some(n.as_str()),
            _ => None,
        };
        if places.is_empty() {
            // A clause the policy does not quote: its citations in this policy, by number.
            if let Some(n) = clause {
                for c in &ra.checked.model.citations {
                    for number in c.numbers().filter(|number| number.text == n) {
                        let at = policy_check::model::Location { file: c.location.file, span: number.span };
                        out.extend(lsp_location(analysis, &ra, at));
                    }
                }
            }
            continue;
        }
        let roots = search_roots(analysis, &ra);
        for (root, l) in occurrences_of(&roots, &places, clause, include_declaration) {
            out.extend(lsp_location(analysis, &root, l));
        }
    }
    let mut unique: Vec<Location> = Vec::new();
    for l in out {
        if !unique.contains(&l) {
            unique.push(l);
        }
    }
    Some(unique)
}
