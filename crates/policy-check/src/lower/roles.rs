//! Roles: their duties and rights, with deadlines and frequencies.

use policy_i18n::msg;
use policy_syntax::ast;
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{loc, Lowerer};
use crate::model::*;

impl<'w> Lowerer<'w> {
    /// Adds role `r`, with its duties and rights, to the model.
    pub(super) fn role(&mut self, f: FileId, r: &ast::RoleDecl) {
        if !self.first_declaration(f, "role", &r.name) {
            return;
        }
        let citation = self.citation(f, &r.citation);
        let events = self.model.schema.events;
        let mut items = Vec::new();
        let role = self.model.roles.len();
        for (j, item) in r.items.iter().enumerate() {
            self.own_readings(f, ReadingItem::Duty(role, j), &item.readings);
            let citation = self.citation(f, &item.citation);
            let when = item.when.as_ref().map(|e| self.condition(f, e, None));
            let event = |this: &mut Self, id: &ast::Ident| match events {
                Some(ev) => this.key_symbol(f, ev.list, ev.kind, id),
                None => {
                    this.push(
                        f,
                        Diagnostic::new(
                            Code::UnknownField,
                            msg!("check-no-events-list"),
                            id.span,
                            msg!("check-no-events-list-label"),
                        )
                        .with_help(msg!("check-import-case-schema")),
                    );
                    None
                }
            };
            let deadline = item.deadline.as_ref().and_then(|d| {
                let after = match self.deadline_event(&d.after) {
                    Some(id) => DeadlineStart::Event(event(self, id)?),
                    None => DeadlineStart::Date(self.deadline_date(f, &d.after)?),
                };
                let fulfilled_by = match &d.fulfilled_by {
                    Some(id) => Some(event(self, id)?),
                    None => None,
                };
                Some(DeadlineDef { within: d.within, after, fulfilled_by })
            });
            if let Some(fr) = item.frequency.as_ref().filter(|fr| fr.every.unit == ast::DurationUnit::WorkingDays) {
                self.push(
                    f,
                    Diagnostic::new(
                        Code::WorkingDaysOutsideDeadline,
                        msg!("check-frequency-working-days"),
                        fr.span,
                        msg!("check-frequency-working-days-label"),
                    )
                    .with_help(msg!("check-frequency-working-days-help")),
                );
            }
            let frequency = item.frequency.as_ref().and_then(|fr| {
                let fulfilled_by = match &fr.fulfilled_by {
                    Some(id) => Some(event(self, id)?),
                    None => None,
                };
                if fr.every.amount <= 0 {
                    self.push(
                        f,
                        Diagnostic::new(
                            Code::InvalidFrequency,
                            msg!("check-frequency-not-positive"),
                            fr.span,
                            msg!("check-frequency-not-positive-label"),
                        )
                        .with_help(msg!("check-frequency-not-positive-help")),
                    );
                    return None;
                }
                Some(FrequencyDef { every: fr.every, named: fr.named, fulfilled_by })
            });
            items.push(DutyDef {
                is_right: item.kind == ast::RoleItemKind::Right,
                key: item.key.as_ref().map(|k| k.name.clone()),
                text: item.text.value.clone(),
                citation,
                when,
                deadline,
                frequency,
                location: loc(f, item.span),
            });
        }
        self.model.roles.push(RoleDef {
            name: r.name.name.clone(),
            title: r.title.as_ref().map(|t| t.value.clone()),
            citation,
            items,
            location: loc(f, r.name.span),
        });
    }
}

// ---- i15: deadlines from any date
impl Lowerer<'_> {
    /// The event type a deadline's start names: a bare name that is not a
    /// value, table or parameter of the policy (as before any date could start one).
    fn deadline_event<'a>(&self, after: &'a ast::Expr) -> Option<&'a ast::Ident> {
        match &after.kind {
            ast::ExprKind::Path(segs) if segs.len() == 1 && !self.names.contains_key(&segs[0].name) => segs.first(),
            _ => None,
        }
    }

    /// A deadline's start that is a date expression, typed.
    fn deadline_date(&mut self, f: FileId, after: &ast::Expr) -> Option<Expr> {
        let (expr, ty) = self.expr(f, after, None);
        match ty {
            Ty::Date => Some(expr),
            Ty::Error => None,
            other => {
                let message = msg!("check-deadline-start", ty = super::ty_name(&self.model, &other));
                self.push(
                    f,
                    Diagnostic::new(Code::WorkingDaysOutsideDeadline, message, after.span, msg!("check-not-a-date"))
                        .with_help(msg!("check-deadline-start-help")),
                );
                None
            }
        }
    }
}
// ---- end i15
