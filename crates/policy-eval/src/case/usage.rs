//! Which fields and lists a policy reads: a required field the policy never
//! reads may be absent from a case.

use policy_check::model::{Expr, ExprKind, ListId, MessagePart, Model, SlotId};

/// Which slots and lists a model reads.
pub(super) struct Usage {
    /// Per slot: whether the policy reads it.
    pub(super) slots: Vec<bool>,
    /// Per list: whether the policy reads it.
    pub(super) lists: Vec<bool>,
}

impl Usage {
    /// What this model reads.
    pub(super) fn of(model: &Model) -> Usage {
        let schema = &model.schema;
        let mut usage = Usage { slots: vec![false; schema.slots.len()], lists: vec![false; schema.lists.len()] };
        usage.model(model);
        usage
    }

    fn model(&mut self, model: &Model) {
        for p in &model.params {
            if let Some(e) = &p.value {
                self.expr(e);
            }
        }
        for v in &model.values {
            self.expr(&v.expr);
        }
        for t in &model.tables {
            for k in &t.keys {
                self.expr(k);
            }
            for r in &t.rows {
                self.expr(&r.value);
            }
        }
        for r in &model.rules {
            r.when.iter().chain(&r.unless).for_each(|e| self.expr(e));
            self.message(&r.outcome.message);
            for x in &r.exceptions {
                x.when.iter().for_each(|e| self.expr(e));
                if let Some(o) = &x.outcome {
                    self.message(&o.message);
                }
            }
        }
        for d in &model.documents {
            let list = d.list.or(model.schema.documents.map(|(l, _)| l));
            if let Some(l) = list {
                self.list(l);
            }
            if let Some(w) = &d.when {
                self.expr(w);
            }
            d.requires.iter().for_each(|r| self.expr(&r.expr));
        }
        for role in &model.roles {
            for item in role.items.iter().filter(|i| !i.is_right) {
                if let Some(w) = &item.when {
                    self.expr(w);
                }
                if item.deadline.is_some() || item.frequency.is_some() {
                    if let Some(ev) = model.schema.events {
                        self.list(ev.list);
                    }
                }
                if item.frequency.is_some() {
                    if let Some((start, end)) = model.schema.period {
                        self.slot(start);
                        self.slot(end);
                    }
                }
            }
        }
    }

    fn message(&mut self, parts: &[MessagePart]) {
        for p in parts {
            if let MessagePart::Expr(e) = p {
                self.expr(e);
            }
        }
    }

    fn slot(&mut self, s: SlotId) {
        if let Some(u) = self.slots.get_mut(s) {
            *u = true;
        }
    }

    fn list(&mut self, l: ListId) {
        if let Some(u) = self.lists.get_mut(l) {
            *u = true;
        }
    }

    fn expr(&mut self, e: &Expr) {
        e.walk(&mut |x| match &x.kind {
            ExprKind::Field(s) => self.slot(*s),
            ExprKind::List(l)
            | ExprKind::Find { list: l, .. }
            | ExprKind::Current { list: l, .. }
            | ExprKind::ElemField { list: l, .. }
            | ExprKind::Project { list: l, .. }
            | ExprKind::Filter { list: l, .. } => self.list(*l),
            _ => {}
        });
    }
}
