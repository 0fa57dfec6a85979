//! Clause coverage: which quoted clauses nothing cites, and which declarations
//! cite no clause — what of the regulation is not yet encoded.

use std::collections::HashSet;

use crate::model::{ClauseId, Location, Model};

/// One declaration that cites no clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncited {
    /// What it is (`value`, `rule`, `duty` …).
    pub kind: &'static str,
    /// Its name or text.
    pub name: String,
    /// Where it is.
    pub location: Location,
}

/// The coverage of one policy.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// Quoted clauses that no rule, value, table, document, duty or provision cites.
    pub uncited_clauses: Vec<(String, Location)>,
    /// Declarations that cite no clause.
    pub uncited_declarations: Vec<Uncited>,
}

/// Computes the clause coverage of a checked policy.
pub fn coverage(model: &Model) -> Coverage {
    let mut cited: HashSet<ClauseId> = HashSet::new();
    let mut out = Coverage::default();
    for d in model.definitions() {
        match d.citation {
            Some(c) => cited.extend(&c.clauses),
            None if d.kind.wants_citation() => out.uncited_declarations.push(Uncited {
                kind: d.kind.word(),
                name: d.name.to_string(),
                location: d.location,
            }),
            None => {}
        }
    }
    out.uncited_clauses = model
        .clauses
        .iter()
        .enumerate()
        .filter(|(i, _)| !cited.contains(i))
        .map(|(_, c)| (c.number.clone(), c.location))
        .collect();
    out
}

/// The comment on the lines right above the declaration at `offset` (its
/// first line), line by line without `#`: where a policy explains why a
/// clause is not encoded (`# не закодировано: …`, or in English `# not encoded: …`).
pub fn comment_above(text: &str, offset: usize) -> Vec<&str> {
    let line_start = text.get(..offset).unwrap_or(text).rfind('\n').map_or(0, |n| n + 1);
    let above = text[..line_start].trim_end_matches('\n');
    let mut block: Vec<&str> = above
        .rsplit('\n')
        .map(str::trim)
        .take_while(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim())
        .collect();
    block.reverse();
    block
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_uncited_clauses_and_declarations_and_expands_ranges() {
        let text = r#"
policy p {}
clause "1" "первый"
clause "2" "второй"
clause "3" "третий"
clause "4" "четвёртый"
value a § "1" = 1
value b = 2
provision c "range" § "2–3"
"#;
        let (_, checked) = crate::check_text(text);
        let cov = coverage(&checked.model);
        let clauses: Vec<&str> = cov.uncited_clauses.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(clauses, vec!["4"]);
        let names: Vec<&str> = cov.uncited_declarations.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, vec!["b"]);
    }
}
