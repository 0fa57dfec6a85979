//! Required documents, aligned by kind (`medical_certificate`), each followed
//! by the requirements on it, aligned by the attributes they read (`seal`,
//! `copies`, `approved_by`).

use policy_check::model::{DocumentDef, ExprKind, Model, RequirementDef};

use super::{by_key, cite};
use crate::comparison::{Cell, Row, Topic};
use crate::expr;

/// A document kind, and an attribute of it (`None`: the document itself).
type DocKey = (String, Option<String>);

/// The attribute a requirement is about: the fields it reads, joined with
/// `+`; a requirement that reads none is keyed by its position.
fn attribute(model: &Model, index: usize, req: &RequirementDef) -> String {
    let fields = expr::current_fields(model, &req.expr);
    if fields.is_empty() {
        format!("condition {}", index + 1)
    } else {
        fields.join("+")
    }
}

/// A requirement as compared: a bare yes/no attribute is `required`;
/// anything else is its condition (`copies >= 2`).
fn requirement_value(model: &Model, req: &RequirementDef) -> String {
    match req.expr.kind {
        ExprKind::Current { .. } => "required".into(),
        _ => expr::text(model, &req.expr),
    }
}

fn document_cells(model: &Model, doc: &DocumentDef) -> Vec<(DocKey, Cell)> {
    let kind = model.symbol_name(doc.kind).to_string();
    let when = match &doc.when {
        Some(w) => format!("when {}", expr::text(model, w)),
        None => "always".into(),
    };
    let mut out =
        vec![((kind.clone(), None), Cell::new(when, cite(&doc.citation)).with_note(doc.description.as_deref()))];
    for (i, req) in doc.requires.iter().enumerate() {
        let clause = cite(&req.citation).or(cite(&doc.citation));
        let cell = Cell::new(requirement_value(model, req), clause).with_note(req.description.as_deref());
        out.push(((kind.clone(), Some(attribute(model, i, req))), cell));
    }
    out
}

/// The document rows.
pub(super) fn rows(models: &[&Model]) -> Vec<Row> {
    let per_policy: Vec<Vec<(DocKey, Cell)>> =
        models.iter().map(|m| m.documents.iter().flat_map(|d| document_cells(m, d)).collect()).collect();
    let held: Vec<Vec<String>> =
        models.iter().map(|m| m.documents.iter().map(|d| m.symbol_name(d.kind).to_string()).collect()).collect();
    let mut aligned = by_key(per_policy);
    // Keep each kind's requirements right after it, kinds in order of first appearance.
    let mut kinds: Vec<String> = Vec::new();
    for ((kind, _), _) in &aligned {
        if !kinds.contains(kind) {
            kinds.push(kind.clone());
        }
    }
    aligned.sort_by_key(|((kind, attr), _)| (kinds.iter().position(|k| k == kind), attr.is_some()));
    aligned
        .into_iter()
        .map(|((kind, attr), cells)| {
            let cells = cells
                .into_iter()
                .zip(&held)
                .map(|(cell, held)| match (cell, &attr) {
                    (Some(cell), _) => Some(cell),
                    (None, None) => Some(Cell::plain("not required")),
                    (None, Some(_)) if held.contains(&kind) => Some(Cell::plain("no requirement")),
                    (None, Some(_)) => None,
                })
                .collect();
            match attr {
                None => Row::new(Topic::Documents, kind.clone(), kind, cells),
                Some(attr) => Row::new(Topic::Documents, format!("{kind}.{attr}"), format!("{kind} · {attr}"), cells)
                    .among_present(),
            }
        })
        .collect()
}
