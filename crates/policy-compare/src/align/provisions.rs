//! The school year (its terms, declared or the default), provisions aligned by name
//! (`free_of_charge`), then the external norms (parameters) aligned by name.

use policy_check::model::Model;
use policy_i18n::{tr, Lang};

use super::{cite, headline, keyed_rows, title_in_any};
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
pub(super) fn rows(models: &[&Model], lang: Lang) -> Vec<Row> {
    let per_policy = models
        .iter()
        .map(|m| {
            let year = &m.school_year;
            let school_year = std::iter::once((
                Key::SchoolYear,
                Cell::new(year.terms_text(), cite(&year.citation)).with_note(year.title.as_deref()),
            ));
            let provisions =
                m.provisions.iter().map(|p| (Key::Provision(p.name.clone()), Cell::new(&p.text, cite(&p.citation))));
            let norms = m.params.iter().map(|p| {
                let cell = match &p.value {
                    Some(v) => {
                        Cell::new(expr::text(m, v), cite(&p.citation)).in_words(policy_eval::words::expr(m, lang, v))
                    }
                    None => Cell::new("no number given", cite(&p.citation)).in_words(tr!(lang, "compare-norm-unset")),
                };
                (Key::Norm(p.name.clone()), cell.with_note(p.description.as_deref()))
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
    rows.into_iter().map(|row| titled(models, lang, row)).collect()
}

/// A row by its title in `lang`: the school year as such, a provision and a norm by the
/// first words of what the first policy that has it says.
fn titled(models: &[&Model], lang: Lang, row: Row) -> Row {
    if row.key == "school_year" {
        return row.titled(tr!(lang, "compare-row-school-year"));
    }
    if lang != Lang::Ru {
        return row;
    }
    let title = match row.key.strip_prefix("norm.") {
        Some(name) => title_in_any(models, name, |m, k| {
            let norm = m.params.iter().find(|p| p.name == k).and_then(|p| p.description.as_deref());
            norm.map_or_else(|| k.to_string(), |d| tr!(lang, "compare-row-norm", norm = headline(d)))
        }),
        None => title_in_any(models, &row.key, |m, k| {
            m.provisions.iter().find(|p| p.name == k).map_or_else(|| k.to_string(), |p| headline(&p.text))
        }),
    };
    match title {
        Some(title) => row.titled(title),
        None => row,
    }
}
