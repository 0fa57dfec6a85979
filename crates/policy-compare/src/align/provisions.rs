//! The school year (its terms, declared or the default), provisions aligned by name
//! (`free_of_charge`), then the external norms (parameters) aligned by name.

use policy_check::model::Model;

use super::{cite, keyed_rows};
use crate::comparison::{Cell, Row, Topic};
use crate::expr;

/// What a row of this topic is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Key {
    /// The school year's terms.
    SchoolYear,
    /// A provision.
    Provision(String),
    /// An external parameter.
    Norm(String),
}

/// The provisions topic.
pub(super) fn rows(models: &[&Model]) -> Vec<Row> {
    let per_policy = models
        .iter()
        .map(|m| {
            let year = &m.school_year;
            let origin = if year.location.is_some() {
                year.title.clone()
            } else {
                Some("по умолчанию (ФОП)".into())
            };
            let school_year = std::iter::once((
                Key::SchoolYear,
                Cell::new(year.terms_text(), cite(&year.citation)).with_note(origin.as_deref()),
            ));
            let provisions =
                m.provisions.iter().map(|p| (Key::Provision(p.name.clone()), Cell::new(&p.text, cite(&p.citation))));
            let norms = m.params.iter().map(|p| {
                let value = match &p.value {
                    Some(v) => expr::text(m, v),
                    None => "no number given".into(),
                };
                (Key::Norm(p.name.clone()), Cell::new(value, cite(&p.citation)).with_note(p.description.as_deref()))
            });
            school_year.chain(provisions).chain(norms).collect()
        })
        .collect();
    let mut rows = keyed_rows(
        Topic::Provisions,
        per_policy,
        |k| match k {
            Key::SchoolYear => "school_year".into(),
            Key::Provision(name) => name.clone(),
            Key::Norm(name) => format!("norm.{name}"),
        },
        |k| match k {
            Key::SchoolYear => "school year · terms".into(),
            Key::Provision(name) => name.clone(),
            Key::Norm(name) => format!("norm · {name}"),
        },
    );
    // Provisions first, then norms, each in order of first appearance.
    rows.sort_by_key(|r| r.key.starts_with("norm."));
    rows
}
