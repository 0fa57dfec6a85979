//! What each policy adds to the shared case schema with `extend enum` and
//! `extend schema` («Дополнения схемы дела»): one row per added value or
//! field, aligned by what is added, so that the comparison shows which school
//! extends what.

use policy_check::model::{ExtensionTarget, Model};

use super::keyed_rows;
use crate::comparison::{Cell, Row, Topic};

/// The extensions topic.
pub(super) fn rows(models: &[&Model]) -> Vec<Row> {
    let per_policy = models
        .iter()
        .map(|m| {
            m.schema
                .extensions
                .iter()
                .map(|x| {
                    let what = match x.target {
                        ExtensionTarget::Enum(e) => {
                            let name = m.enums.get(e).map_or("?", |e| e.name.as_str());
                            format!("{name} · {}", x.name)
                        }
                        ExtensionTarget::Schema => x.name.clone(),
                    };
                    (what, Cell::plain("added").with_note(x.description.as_deref()))
                })
                .collect()
        })
        .collect();
    keyed_rows(Topic::Extensions, per_policy, |k| k.replace(" · ", "."), String::clone)
}
