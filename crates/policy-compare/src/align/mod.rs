//! Builds the comparison: each topic's module reads every model (and
//! report) and says what each policy holds under each key; [`by_key`] lines
//! the policies up.

mod caps;
mod case;
mod documents;
mod eligibility;
mod extensions;
mod pay;
mod provisions;
mod readings;
mod roles;
mod rules;

use policy_check::model::{CitationRef, Model};
use policy_eval::Report;
use policy_i18n::Lang;
use std::sync::Arc;

use crate::comparison::{Cell, Comparison, PolicyInfo, Row, Topic};

/// One policy to compare: its model and, with a case, its report.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The checked policy.
    pub model: &'a Model,
    /// The case judged under it, when a case is compared.
    pub report: Option<&'a Report>,
}

/// Compares the policies on `topics` (in [`Topic::ALL`] order whatever the
/// order given), for people who read `lang`. The case topic needs every
/// input's report; without them it is left out.
pub fn compare(inputs: &[Input<'_>], topics: &[Topic], lang: Lang) -> Comparison {
    let models: Vec<&Model> = inputs.iter().map(|i| i.model).collect();
    let mut rows = Vec::new();
    let mut chart = None;
    for topic in Topic::ALL.into_iter().filter(|t| topics.contains(t)) {
        match topic {
            Topic::Case => {
                let reports: Option<Vec<&Report>> = inputs.iter().map(|i| i.report).collect();
                if let Some(reports) = reports {
                    rows.extend(case::rows(&models, &reports, lang));
                }
            }
            Topic::Eligibility => rows.extend(eligibility::rows(&models, lang)),
            Topic::Cap => {
                let (cap_rows, cap_chart) = caps::cap_rows(&models, lang);
                rows.extend(cap_rows);
                chart = Some(cap_chart);
            }
            Topic::Curricula => rows.extend(caps::curriculum_rows(&models, lang)),
            Topic::Documents => rows.extend(documents::rows(&models, lang)),
            Topic::Duties => rows.extend(roles::duty_rows(&models, lang)),
            Topic::Deadlines => rows.extend(roles::deadline_rows(&models, lang)),
            Topic::Pay => rows.extend(pay::rows(&models, lang)),
            Topic::Rules => rows.extend(rules::rows(&models, lang)),
            Topic::Provisions => rows.extend(provisions::rows(&models, lang)),
            Topic::Extensions => rows.extend(extensions::rows(&models)),
            Topic::Readings => rows.extend(readings::rows(&models, lang)),
        }
    }
    readings::mark_silence(&models, &mut rows);
    Comparison { policies: policy_infos(&models), rows, chart, lang }
}

/// The policies' metadata, with ids made unique: a version of a policy with
/// versions is named with its version (`murmansk-16 · ред. 2`), a policy
/// given twice gets `#2`.
fn policy_infos(models: &[&Model]) -> Vec<PolicyInfo> {
    let mut infos: Vec<PolicyInfo> = Vec::new();
    for model in models {
        let meta = &model.meta;
        let mut base = if meta.id.is_empty() { "policy".to_string() } else { meta.id.clone() };
        if let Some(version) = model.versions.last() {
            base = format!("{base} · {}", version.name);
        }
        let mut id = base.clone();
        let mut n = 1;
        while infos.iter().any(|i| i.id == id) {
            n += 1;
            id = format!("{base}#{n}");
        }
        infos.push(policy_info(model, id));
    }
    infos
}

/// The metadata, quoted clauses and resolved citations of `model`, under `id`.
pub(crate) fn policy_info(model: &Model, id: String) -> PolicyInfo {
    let meta = &model.meta;
    let mut citations: Vec<(String, Vec<usize>)> = Vec::new();
    for c in &model.citations {
        if !citations.iter().any(|(text, _)| *text == c.text) {
            citations.push((c.text.clone(), c.clauses.clone()));
        }
    }
    // A cell knows only its citation's text: words are used when every
    // citation written so names the same ones.
    let mut words: Vec<(String, policy_check::citation::Occurrences)> = Vec::new();
    for (text, _) in &citations {
        let mut same = model.citations.iter().filter(|c| c.text == *text).map(|c| c.words.as_ref().map(|w| &w.found));
        let first = same.next().flatten().filter(|f| !f.is_empty());
        if let Some(found) = first {
            if same.all(|other| other == Some(found)) {
                words.push((text.clone(), found.clone()));
            }
        }
    }
    PolicyInfo {
        id,
        school: meta.school.clone(),
        title: meta.title.clone(),
        approved: meta.approved.clone(),
        clauses: model.clauses.iter().map(|c| (c.number.clone(), c.text.clone())).collect(),
        citations,
        words,
    }
}

/// The citation's text.
fn cite(c: &Option<Arc<CitationRef>>) -> Option<&str> {
    c.as_ref().map(|c| c.text.as_str())
}

/// Distinct citations, in order, joined with `; ` (`None` when there are none).
fn distinct<'a>(citations: impl IntoIterator<Item = Option<&'a str>>) -> Option<String> {
    let mut seen: Vec<&str> = Vec::new();
    for c in citations.into_iter().flatten() {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    (!seen.is_empty()).then(|| seen.join("; "))
}

/// Adds `cell` to what one policy already holds under one concept.
fn add(acc: &mut Option<Cell>, cell: Cell) {
    match acc {
        Some(existing) => existing.merge(cell),
        None => *acc = Some(cell),
    }
}

/// What one policy holds under one key.
type Keyed<K> = (K, Cell);

/// Lines the policies up by key: one entry per key, in the order keys first
/// appear (policy by policy), with each policy's cell (cells of one policy
/// under one key are merged, see [`Cell::merge`]).
fn by_key<K: PartialEq + Clone>(per_policy: Vec<Vec<Keyed<K>>>) -> Vec<(K, Vec<Option<Cell>>)> {
    let n = per_policy.len();
    let mut out: Vec<(K, Vec<Option<Cell>>)> = Vec::new();
    for (i, items) in per_policy.into_iter().enumerate() {
        for (key, cell) in items {
            let pos = match out.iter().position(|(k, _)| *k == key) {
                Some(pos) => pos,
                None => {
                    out.push((key, vec![None; n]));
                    out.len() - 1
                }
            };
            add(&mut out[pos].1[i], cell);
        }
    }
    out
}

/// Rows of one topic from aligned keys, with `label` naming each.
fn keyed_rows<K: PartialEq + Clone>(
    topic: Topic,
    per_policy: Vec<Vec<Keyed<K>>>,
    key: impl Fn(&K) -> String,
    label: impl Fn(&K) -> String,
) -> Vec<Row> {
    by_key(per_policy).into_iter().map(|(k, cells)| Row::new(topic, key(&k), label(&k), cells)).collect()
}

/// The title `key` has in the first of `models` that gives it one (`title` answers with the
/// key itself when a model has no title for it: see `policy_eval::titles`); `None` when none
/// does, as in English.
fn title_in_any(models: &[&Model], key: &str, title: impl Fn(&Model, &str) -> String) -> Option<String> {
    models.iter().map(|m| title(m, key)).find(|t| t != key)
}

/// How many words of a duty's text its row title takes at most.
const HEADLINE_WORDS: usize = 8;

/// The first words of `text`, as a row's title: up to the first comma once there are three
/// words, at most [`HEADLINE_WORDS`] words, without a leading «п. 26.8:».
pub(super) fn headline(text: &str) -> String {
    let text = match text.split_once(": ") {
        Some((head, rest)) if head.starts_with("п. ") || head.starts_with("пп. ") => rest,
        _ => text,
    };
    let mut out: Vec<&str> = Vec::new();
    for word in text.split_whitespace() {
        if out.len() == HEADLINE_WORDS {
            return format!("{}…", out.join(" "));
        }
        let ends_clause = word.ends_with([',', ';', ':']);
        out.push(if ends_clause && out.len() >= 2 { word.trim_end_matches([',', ';', ':']) } else { word });
        if ends_clause && out.len() >= 3 {
            return format!("{}…", out.join(" "));
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_align_in_order_of_first_appearance_and_merge_within_a_policy() {
        let a = vec![("x", Cell::plain("1")), ("y", Cell::plain("2"))];
        let b = vec![("z", Cell::plain("3")), ("x", Cell::plain("1")), ("x", Cell::plain("4"))];
        let aligned = by_key(vec![a, b]);
        let keys: Vec<&str> = aligned.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, ["x", "y", "z"]);
        assert_eq!(aligned[0].1[1].as_ref().map(|c| c.value.as_str()), Some("1; 4"));
        assert_eq!(aligned[1].1[1], None);
        assert_eq!(aligned[2].1[0], None);
    }
}
