//! The one way to visit an expression's sub-expressions. Code that looks for
//! something in an expression (the fields it reads, the lists it walks) uses
//! [`Expr::walk`]; code that builds a different value per shape (printing,
//! evaluation) keeps its own `match`.

use crate::model::{DeadlineStart, Expr, ExprKind, MessagePart, Model, OutcomeDef};

impl Expr {
    /// Calls `f` on each direct sub-expression, in source order.
    pub fn for_each_child<'e>(&'e self, mut f: impl FnMut(&'e Expr)) {
        match &self.kind {
            ExprKind::Const(_)
            | ExprKind::Field(_)
            | ExprKind::List(_)
            | ExprKind::Find { .. }
            | ExprKind::Current { .. }
            | ExprKind::Value(_)
            | ExprKind::Table(_)
            | ExprKind::Param(_)
            | ExprKind::Error => {}
            ExprKind::ElemField { elem, .. } | ExprKind::Project { elems: elem, .. } => f(elem),
            ExprKind::Filter { elems, cond, .. } => {
                f(elems);
                f(cond);
            }
            ExprKind::Unary(_, a) => f(a),
            ExprKind::Binary(_, a, b) => {
                f(a);
                f(b);
            }
            ExprKind::If(c, a, b) => {
                f(c);
                f(a);
                f(b);
            }
            ExprKind::ListOf(items) | ExprKind::Call(_, items) => items.iter().for_each(f),
        }
    }

    /// Calls `visit` on this expression and every sub-expression, outermost
    /// first and in source order (preorder). Uses its own stack, not recursion.
    pub fn walk<'e>(&'e self, visit: &mut impl FnMut(&'e Expr)) {
        let mut stack = vec![self];
        while let Some(e) = stack.pop() {
            visit(e);
            let at = stack.len();
            e.for_each_child(|c| stack.push(c));
            stack[at..].reverse();
        }
    }
}

impl Model {
    /// Calls `visit` on every expression the policy writes, outermost ones only (walk
    /// each with [`Expr::walk`]): parameters' values, values, tables' keys and rows,
    /// rules' conditions and messages, exceptions, documents' conditions and
    /// requirements, duties' conditions and the dates their deadlines count from.
    pub fn for_each_expr<'m>(&'m self, mut visit: impl FnMut(&'m Expr)) {
        let outcome = |o: &'m OutcomeDef, visit: &mut dyn FnMut(&'m Expr)| {
            for part in &o.message {
                if let MessagePart::Expr(e) = part {
                    visit(e);
                }
            }
        };
        self.params.iter().filter_map(|p| p.value.as_ref()).for_each(&mut visit);
        self.values.iter().for_each(|v| visit(&v.expr));
        for t in &self.tables {
            t.keys.iter().for_each(&mut visit);
            t.rows.iter().for_each(|r| visit(&r.value));
        }
        for r in &self.rules {
            r.when.iter().chain(&r.unless).for_each(&mut visit);
            outcome(&r.outcome, &mut visit);
            for x in &r.exceptions {
                x.when.iter().for_each(&mut visit);
                if let Some(o) = &x.outcome {
                    outcome(o, &mut visit);
                }
            }
        }
        for d in &self.documents {
            d.when.iter().for_each(&mut visit);
            d.requires.iter().for_each(|r| visit(&r.expr));
        }
        for item in self.roles.iter().flat_map(|r| &r.items) {
            item.when.iter().for_each(&mut visit);
            if let Some(DeadlineStart::Date(e)) = item.deadline.as_ref().map(|d| &d.after) {
                visit(e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{ExprKind, Value};

    #[test]
    fn walks_every_sub_expression_in_preorder() {
        let (_, checked) = crate::check_text(
            "schema c { a: int b: int xs: list of { k: int } }\nvalue v = if a > 1 then count(xs where k = b) else 2\n",
        );
        let v = &checked.model.values[0];
        let mut shapes = Vec::new();
        v.expr.walk(&mut |e| {
            shapes.push(match &e.kind {
                ExprKind::If(..) => "if".to_string(),
                ExprKind::Binary(op, ..) => format!("{op:?}"),
                ExprKind::Field(s) => checked.model.schema.slots[*s].path.clone(),
                ExprKind::Const(Value::Number(n)) => n.to_string(),
                ExprKind::Call(b, _) => b.name().to_string(),
                ExprKind::Filter { .. } => "where".to_string(),
                ExprKind::List(_) => "xs".to_string(),
                ExprKind::Current { .. } => "k".to_string(),
                other => format!("{other:?}"),
            })
        });
        assert_eq!(shapes, ["if", "Gt", "a", "1", "count", "where", "xs", "Eq", "k", "b", "2"]);
    }
}
