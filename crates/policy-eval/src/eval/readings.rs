//! The readings a finding, obligation or value rests on, and the topics the
//! regulation is silent on, copied into the report from what the checker
//! resolved (see `policy_check::readings`): no look-up by name per case.

use std::sync::Arc;

use policy_check::model::{ReadingId, Readings};

use super::Evaluator;
use crate::report::{Finding, NotStated, Obligation, Report};

/// Adds the texts of `ids` that `into` lacks, in order, shared with the model.
fn add(readings: &Readings, ids: &[ReadingId], into: &mut Vec<Arc<str>>) {
    for text in readings.shared(ids) {
        if !into.contains(&text) {
            into.push(text);
        }
    }
}

/// Marks `findings` (those an item just gave) as resting on `ids`.
pub(super) fn findings_rest_on(readings: &Readings, ids: &[ReadingId], findings: &mut [Finding]) {
    if ids.is_empty() {
        return;
    }
    for f in findings {
        add(readings, ids, &mut f.readings);
    }
}

/// Marks `obligations` (those a duty just gave) as resting on `ids`.
pub(super) fn obligations_rest_on(readings: &Readings, ids: &[ReadingId], obligations: &mut [Obligation]) {
    if ids.is_empty() {
        return;
    }
    for o in obligations {
        add(readings, ids, &mut o.readings);
    }
}

impl Evaluator<'_> {
    /// The report's `not_stated`: the policy's topics of silence, as declared.
    pub(super) fn not_stated(&self, report: &mut Report) {
        report.not_stated.clear();
        report.not_stated.extend(self.model.not_stated.iter().map(|n| NotStated {
            topic: n.topic.name(),
            text: Arc::clone(&n.text),
            clause: n.citation.clone(),
        }));
    }

    /// The readings `ids` as a report's list.
    pub(super) fn reading_texts(&self, ids: &[ReadingId]) -> Vec<Arc<str>> {
        self.model.readings.shared(ids)
    }
}
