//! Required documents: present, and meeting every `require`.

use policy_check::model::{DocumentDef, Expr, ExprKind, ListId, Severity, Value};

use super::ops::IsNull;

use policy_i18n::{msg, Message};

use super::blame::Blame;
use super::say;
use super::trace::{Facts, Quiet, Sink};
use super::{Evaluator, Unknown};
use crate::report::{Finding, Report};

impl<'m> Evaluator<'m> {
    /// Judges a required document: absent, defective (a `require` fails), or fine.
    pub(super) fn document(&self, index: usize, doc: &'m DocumentDef, report: &mut Report) {
        let kind_name = self.model.symbol_name(doc.kind);
        let rule = || format!("document.{kind_name}");
        let title = || say::named(doc.description.as_deref().or_else(|| self.symbol_description(doc.kind)), kind_name);
        if let Some(w) = &doc.when {
            match self.truth(w, None, &mut Quiet) {
                Ok(true) => {}
                Ok(false) => return,
                Err(Unknown) => {
                    self.undecided(
                        report,
                        msg!("eval-document-requirement", document = title()),
                        rule(),
                        doc.citation.as_deref(),
                        &[w],
                    );
                    return;
                }
            }
        }
        let schema = &self.model.schema;
        let list = doc.list.or(schema.documents.map(|(l, _)| l));
        let kind_slot = schema
            .documents
            .filter(|(l, _)| Some(*l) == list)
            .map(|(_, s)| s)
            .or_else(|| list.and_then(|l| schema.lists.get(l)).and_then(|l| l.key));
        // Of several documents of the kind, judge the first that meets every
        // requirement, else the first.
        let mut first = None;
        let mut good = None;
        if let (Some(l), Some(k)) = (list, kind_slot) {
            for (i, e) in self.elements(l).iter().enumerate() {
                if !matches!(e.get(k), Some(Value::Symbol(s)) if *s == doc.kind) {
                    continue;
                }
                let i = i as u32;
                first.get_or_insert(i);
                if doc.requires.iter().all(|r| self.truth(&r.expr, Some((l, i)), &mut Quiet) == Ok(true)) {
                    good = Some(i);
                    break;
                }
            }
        }
        let when_facts = || {
            let mut facts = Facts::default();
            if let Some(w) = &doc.when {
                let _ = self.truth(w, None, &mut facts);
            }
            facts
        };
        let (Some(list), Some(first)) = (list, first) else {
            report.missing_documents.push(kind_name.to_string());
            report.findings.push(Finding {
                severity: Severity::Violation,
                rule: rule(),
                clause: doc.citation.as_ref().map(|c| c.text.clone()),
                message: msg!("eval-document-missing", document = title()),
                readings: Vec::new(),
                explanation: when_facts().into_list(),
            });
            return;
        };
        if good.is_some() {
            return;
        }
        let chosen = first;
        let mut defective = false;
        for (j, req) in doc.requires.iter().enumerate() {
            let cur = Some((list, chosen));
            if self.truth(&req.expr, cur, &mut Quiet) == Ok(true) {
                continue;
            }
            defective = true;
            let mut facts = when_facts();
            let _ = self.truth(&req.expr, cur, &mut facts);
            let mut blame = Blame::default();
            if self.truth(&req.expr, cur, &mut Quiet).is_err() {
                self.blame_truth(&req.expr, cur, &mut blame, 0);
                facts.fact(msg!("eval-fact-not-checked", because = self.blame_text(&blame, None)));
            }
            let required = req.description.as_deref().unwrap_or(&req.source).to_owned();
            report.findings.push(Finding {
                severity: Severity::Violation,
                rule: rule(),
                readings: self.reading_texts(self.model.readings.of_requirement(index, j)),
                clause: req.citation.as_ref().or(doc.citation.as_ref()).map(|c| c.text.clone()),
                message: msg!(
                    "eval-document-defective",
                    document = title(),
                    required = required,
                    found = self.in_case(&req.expr, list, chosen)
                ),
                explanation: facts.into_list(),
            });
        }
        if defective && !report.missing_documents.iter().any(|k| k == kind_name) {
            report.missing_documents.push(kind_name.to_string());
        }
    }

    /// What a document has in the fields a requirement reads, as a lawyer
    /// reads it: `кому адресовано — заместитель директора`, `гербовая печать —
    /// нет`, `число экземпляров — не указано`.
    fn in_case(&self, req: &'m Expr, list: ListId, i: u32) -> Message {
        let mut slots = Vec::new();
        req.walk(&mut |e| {
            if let ExprKind::Current { list: l, slot } = e.kind {
                if l == list && !slots.contains(&slot) {
                    slots.push(slot);
                }
            }
        });
        let parts: Vec<Message> = slots
            .into_iter()
            .map(|slot| {
                let path = self.elem_field_path(list, i, slot);
                let title = self
                    .model
                    .schema
                    .lists
                    .get(list)
                    .and_then(|l| l.fields.get(slot))
                    .and_then(|f| f.description.as_deref());
                let value = match self.elem_field(list, i, slot) {
                    v if v.is_null() => msg!("eval-not-stated"),
                    Value::Bool(b) => say::yes_no(*b),
                    v => Message::from(self.words(v)),
                };
                msg!("eval-in-case-field", field = say::named(title, &path), value = value)
            })
            .collect();
        if parts.is_empty() {
            msg!("eval-requirement-unmet")
        } else {
            Message::list(parts, ", ")
        }
    }
}
