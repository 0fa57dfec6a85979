//! Which fields and lists a policy reads: a required field the policy never
//! reads may be absent from a case.

use policy_check::model::{Expr, ExprKind, ListId, Model, SlotId};

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
        model.for_each_expr(|e| self.expr(e));
        for d in &model.documents {
            if let Some(l) = d.list.or(model.schema.documents.map(|(l, _)| l)) {
                self.list(l);
            }
        }
        for role in &model.roles {
            for item in role.items.iter().filter(|i| !i.is_right) {
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
