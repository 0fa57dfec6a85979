//! The comparison as JSON, for other tools:
//! `{"policies": [ids], "rows": [{"topic", "key", "label", "cells": {id:
//! {"value", "clause", "note"?}}, "differs"}]}`. A policy that says nothing
//! about a row has `{"value": null, "clause": null}`; `note` appears only
//! when there is one. Keys keep the comparison's order.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::comparison::{Cell, Comparison, Row};

#[derive(Serialize)]
struct Document<'a> {
    policies: Vec<&'a str>,
    rows: Vec<JsonRow<'a>>,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    topic: &'a str,
    key: &'a str,
    label: &'a str,
    cells: Cells<'a>,
    differs: bool,
}

struct Cells<'a> {
    ids: &'a [&'a str],
    row: &'a Row,
}

#[derive(Serialize)]
struct JsonCell<'a> {
    value: Option<&'a str>,
    clause: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

impl<'a> JsonCell<'a> {
    fn of(cell: Option<&'a Cell>) -> Self {
        JsonCell {
            value: cell.map(|c| c.value.as_str()),
            clause: cell.and_then(|c| c.clause.as_deref()),
            note: cell.and_then(|c| c.note.as_deref()),
        }
    }
}

impl Serialize for Cells<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.ids.len()))?;
        for (id, cell) in self.ids.iter().zip(&self.row.cells) {
            map.serialize_entry(id, &JsonCell::of(cell.as_ref()))?;
        }
        map.end()
    }
}

/// The comparison as pretty-printed JSON, ending with a newline.
pub fn render(c: &Comparison) -> String {
    let ids: Vec<&str> = c.policies.iter().map(|p| p.id.as_str()).collect();
    let rows = c
        .rows
        .iter()
        .map(|row| JsonRow {
            topic: row.topic.name(),
            key: &row.key,
            label: &row.label,
            cells: Cells { ids: &ids, row },
            differs: row.differs,
        })
        .collect();
    let doc = Document { policies: ids.clone(), rows };
    // Serializing strings, booleans and maps of them cannot fail.
    serde_json::to_string_pretty(&doc).map(|s| s + "\n").unwrap_or_default()
}
