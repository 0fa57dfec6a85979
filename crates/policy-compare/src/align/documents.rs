//! Required documents, aligned by kind (`medical_certificate`), each followed
//! by the requirements on it, aligned by the attributes they read (`seal`,
//! `copies`, `approved_by`).

use policy_check::model::{DocumentDef, ExprKind, Model, RequirementDef};
use policy_check::text::symbol_title;
use policy_i18n::{tr, Lang};

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

/// The title of what a requirement is about: the titles of the fields it
/// reads («угловой штамп»), joined with ` + `.
fn attribute_title(model: &Model, index: usize, req: &RequirementDef) -> String {
    let titles = expr::current_titles(model, &req.expr);
    if titles.is_empty() {
        format!("{}", index + 1)
    } else {
        titles.join(" + ")
    }
}

/// A requirement as compared: a bare yes/no attribute is `required`;
/// anything else is its condition (`copies >= 2`), in words for people.
fn requirement_cell(model: &Model, lang: Lang, req: &RequirementDef, clause: Option<&str>) -> Cell {
    match req.expr.kind {
        ExprKind::Current { .. } => Cell::new("required", clause).in_words(tr!(lang, "compare-value-required")),
        _ => Cell::new(expr::text(model, &req.expr), clause).in_words(policy_eval::words::expr(model, lang, &req.expr)),
    }
}

/// Each key's title («медицинское заключение · угловой штамп»).
type Titles = Vec<(DocKey, String)>;

/// A document kind and its requirements: the cells, and each key's title.
fn document_cells(model: &Model, lang: Lang, doc: &DocumentDef) -> (Vec<(DocKey, Cell)>, Titles) {
    let kind = model.symbol_name(doc.kind).to_string();
    let kind_title = symbol_title(model, doc.kind).to_string();
    let cell = match &doc.when {
        Some(w) => Cell::new(format!("when {}", expr::text(model, w)), cite(&doc.citation)).in_words(tr!(
            lang,
            "compare-value-when",
            condition = policy_eval::words::expr(model, lang, w)
        )),
        None => Cell::new("always", cite(&doc.citation)).in_words(tr!(lang, "compare-value-always")),
    };
    let mut out = vec![((kind.clone(), None), cell.with_note(doc.description.as_deref()))];
    let mut titles = vec![((kind.clone(), None), kind_title.clone())];
    for (i, req) in doc.requires.iter().enumerate() {
        let clause = cite(&req.citation).or(cite(&doc.citation));
        let cell = requirement_cell(model, lang, req, clause).with_note(req.description.as_deref());
        let key = (kind.clone(), Some(attribute(model, i, req)));
        titles.push((key.clone(), format!("{kind_title} · {}", attribute_title(model, i, req))));
        out.push((key, cell));
    }
    (out, titles)
}

/// The document rows.
pub(super) fn rows(models: &[&Model], lang: Lang) -> Vec<Row> {
    let mut per_policy: Vec<Vec<(DocKey, Cell)>> = Vec::new();
    let mut titles: Titles = Vec::new();
    for m in models {
        let mut cells = Vec::new();
        for d in &m.documents {
            let (these, their_titles) = document_cells(m, lang, d);
            cells.extend(these);
            titles.extend(their_titles);
        }
        per_policy.push(cells);
    }
    let title_of = |key: &DocKey| titles.iter().find(|(k, _)| k == key).map(|(_, t)| t.clone()).unwrap_or_default();
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
            let title = title_of(&(kind.clone(), attr.clone()));
            let cells = cells
                .into_iter()
                .zip(&held)
                .map(|(cell, held)| match (cell, &attr) {
                    (Some(cell), _) => Some(cell),
                    (None, None) => Some(Cell::plain("not required").in_words(tr!(lang, "compare-value-not-required"))),
                    (None, Some(_)) if held.contains(&kind) => {
                        Some(Cell::plain("no requirement").in_words(tr!(lang, "compare-value-no-requirement")))
                    }
                    (None, Some(_)) => None,
                })
                .collect();
            match attr {
                None => Row::new(Topic::Documents, kind.clone(), kind, cells),
                Some(attr) => Row::new(Topic::Documents, format!("{kind}.{attr}"), format!("{kind} · {attr}"), cells),
            }
            .titled(title)
        })
        .collect()
}
