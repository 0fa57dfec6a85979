//! Clause coverage: which quoted clauses nothing cites, and which declarations
//! cite no clause — what of the regulation is not yet encoded.

use std::collections::HashSet;

use crate::model::{CitationRef, ClauseId, Location, Model};

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
    // `kind` is `None` for citations whose absence is not a finding (a requirement's, a role's).
    let mut note = |kind: Option<&'static str>, name: &str, citation: &Option<CitationRef>, location: Location| match (
        citation, kind,
    ) {
        (Some(c), _) => cited.extend(&c.clauses),
        (None, Some(kind)) => out.uncited_declarations.push(Uncited { kind, name: name.to_string(), location }),
        (None, None) => {}
    };
    for v in &model.values {
        note(Some("value"), &v.name, &v.citation, v.location);
    }
    for t in &model.tables {
        note(Some("table"), &t.name, &t.citation, t.location);
    }
    for p in &model.params {
        note(Some("param"), &p.name, &p.citation, p.location);
    }
    for c in &model.curricula {
        note(Some("curriculum"), &c.name, &c.citation, c.location);
    }
    for r in &model.rules {
        note(Some("rule"), &r.name, &r.citation, r.location);
        for e in &r.exceptions {
            note(Some("exception"), &e.name, &e.citation, e.location);
        }
    }
    for d in &model.documents {
        note(Some("document"), model.symbol_name(d.kind), &d.citation, d.location);
        for r in &d.requires {
            note(None, &r.source, &r.citation, r.location);
        }
    }
    for role in &model.roles {
        note(None, &role.name, &role.citation, role.location);
        for item in &role.items {
            note(Some(if item.is_right { "right" } else { "duty" }), &item.text, &item.citation, item.location);
        }
    }
    for p in &model.provisions {
        note(Some("provision"), &p.name, &p.citation, p.location);
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
