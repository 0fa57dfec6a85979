//! Cycles: values and tables that depend on themselves are rejected, so that
//! evaluation terminates.

use policy_i18n::msg;
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{Lowerer, Named};
use crate::model::*;

impl<'w> Lowerer<'w> {
    /// Rejects values and tables that depend on themselves, so that evaluation terminates.
    pub(super) fn break_cycles(&mut self) {
        let index = |n: Named, m: &Model| match n {
            Named::Value(v) => v,
            Named::Table(t) => m.values.len() + t,
            Named::Param(_) => usize::MAX,
        };
        let total = self.model.values.len() + self.model.tables.len();
        let mut adjacency: Vec<Vec<(usize, Location)>> = vec![Vec::new(); total];
        for (from, to, at) in &self.edges {
            let (a, b) = (index(*from, &self.model), index(*to, &self.model));
            if a < total && b < total {
                adjacency[a].push((b, *at));
            }
        }
        // Iterative depth-first search with colours: 0 new, 1 on stack, 2 done.
        let mut colour = vec![0u8; total];
        let mut in_cycle: Vec<(usize, Location)> = Vec::new();
        for start in 0..total {
            if colour[start] != 0 {
                continue;
            }
            let mut stack = vec![(start, 0usize)];
            colour[start] = 1;
            while let Some((node, next)) = stack.pop() {
                if let Some(&(succ, at)) = adjacency[node].get(next) {
                    stack.push((node, next + 1));
                    match colour[succ] {
                        0 => {
                            colour[succ] = 1;
                            stack.push((succ, 0));
                        }
                        1 => in_cycle.push((node, at)),
                        _ => {}
                    }
                } else {
                    colour[node] = 2;
                }
            }
        }
        for (node, at) in in_cycle {
            let nv = self.model.values.len();
            let name = if node < nv {
                let v = &mut self.model.values[node];
                v.expr.kind = ExprKind::Error;
                v.name.clone()
            } else {
                let t = &mut self.model.tables[node - nv];
                t.rows.clear();
                t.name.clone()
            };
            self.push(
                at.file,
                Diagnostic::new(
                    Code::DependsOnItself,
                    msg!("check-depends-on-itself", name = name),
                    at.span,
                    msg!("check-depends-on-itself-label"),
                )
                .with_help(msg!("check-depends-on-itself-help")),
            );
        }
    }
}
