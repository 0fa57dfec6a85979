//! Names and dotted paths: a field of the current element, a value, table or
//! parameter, a case field (walked through records and lists), or an
//! enumeration value.

use policy_i18n::msg;
use policy_syntax::ast::{self, DeclKind, TypeKind};
use policy_syntax::suggest::{did_you_mean, did_you_mean_help};
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{loc, Lowerer, Named};
use crate::model::*;
use crate::Target;

/// Where a path walk stands.
enum Walk {
    /// A record, by index in `Schema::records`, and its path.
    Record(usize, String),
    Done,
    Elements(ListId),
    Element(ListId),
}

impl<'w> Lowerer<'w> {
    /// A name or dotted path, resolved in order: a field of the current element,
    /// a value, table or parameter, a case field, an enumeration value.
    pub(super) fn path(&mut self, f: FileId, segs: &[ast::Ident], current: Option<ListId>) -> (ExprKind, Ty) {
        let Some(first) = segs.first() else { return (ExprKind::Error, Ty::Error) };
        let location = loc(f, first.span);
        // 1. A field of the current element (inside `where` and `require`).
        if let Some(list) = current {
            if let Some(slot) = self.model.schema.lists[list].fields.iter().position(|x| x.path == first.name) {
                self.references.push((location, Target::ElemField(list, slot)));
                let ty = self.model.schema.lists[list].fields[slot].ty.clone();
                if let Some(extra) = segs.get(1) {
                    self.no_fields(f, &first.name, extra);
                    return (ExprKind::Error, Ty::Error);
                }
                return (ExprKind::Current { list, slot }, ty);
            }
        }
        // 2. A value, table or parameter.
        if let Some(named) = self.names.get(&first.name).copied() {
            if let Some(extra) = segs.get(1) {
                self.no_fields(f, &first.name, extra);
                return (ExprKind::Error, Ty::Error);
            }
            if let Some(owner) = self.owner {
                if matches!(named, Named::Value(_) | Named::Table(_)) {
                    self.edges.push((owner, named, location));
                }
            }
            return match named {
                Named::Value(v) => {
                    self.references.push((location, Target::Value(v)));
                    let ty = self.model.values[v].ty.clone();
                    (ExprKind::Value(v), if ty == Ty::Error { self.peek_value_ty(v) } else { ty })
                }
                Named::Table(t) => {
                    self.references.push((location, Target::Table(t)));
                    let ty = self.model.tables[t].ty.clone();
                    (ExprKind::Table(t), if ty == Ty::Error { Ty::Error } else { ty })
                }
                Named::Param(p) => {
                    self.used_params[p] = true;
                    self.references.push((location, Target::Param(p)));
                    (ExprKind::Param(p), self.model.params[p].ty.clone())
                }
            };
        }
        // 3. A case field.
        if let Some(&(_, node)) = self.model.schema.root.iter().find(|(n, _)| *n == first.name) {
            return self.walk(f, node, first, &segs[1..]);
        }
        // 4. An enumeration value.
        if segs.len() == 1 {
            if let Some(&s) = self.symbol_ids.get(&first.name) {
                self.references.push((location, Target::Symbol(s)));
                for &e in &self.symbol_enums[s as usize] {
                    self.used_enums[e] = true;
                }
                return (ExprKind::Const(Value::Symbol(s)), self.symbol_ty(s));
            }
        }
        self.unknown_name(f, first, "name");
        (ExprKind::Error, Ty::Error)
    }

    /// Follows the segments `rest` of a case-field path from `node`, the field `first`.
    fn walk(&mut self, f: FileId, node: Member, first: &ast::Ident, rest: &[ast::Ident]) -> (ExprKind, Ty) {
        let mut path = first.name.clone();
        let start = first.span.start;
        let mut kind = ExprKind::Error;
        let mut ty = Ty::Error;
        let mut state = match node {
            Member::Record(r) => Walk::Record(r, path.clone()),
            Member::Field(slot) => {
                self.references.push((loc(f, first.span), Target::Field(slot)));
                kind = ExprKind::Field(slot);
                ty = self.model.schema.slots[slot].ty.clone();
                Walk::Done
            }
            Member::List(l) => {
                self.references.push((loc(f, first.span), Target::List(l)));
                kind = ExprKind::List(l);
                ty = Ty::Elements(l);
                Walk::Elements(l)
            }
        };
        for seg in rest {
            let here = loc(f, ast::Span::new(start, seg.span.end));
            let mk = |k: ExprKind| Box::new(Expr { kind: k, location: here });
            state = match state {
                Walk::Record(r, of) => {
                    match self.model.schema.records[r].members.iter().find(|(n, _)| *n == seg.name) {
                        Some(&(_, Member::Record(inner))) => {
                            path = format!("{of}.{}", seg.name);
                            Walk::Record(inner, path.clone())
                        }
                        Some(&(_, Member::Field(slot))) => {
                            self.references.push((loc(f, seg.span), Target::Field(slot)));
                            kind = ExprKind::Field(slot);
                            ty = self.model.schema.slots[slot].ty.clone();
                            Walk::Done
                        }
                        Some(&(_, Member::List(l))) => {
                            self.references.push((loc(f, seg.span), Target::List(l)));
                            kind = ExprKind::List(l);
                            ty = Ty::Elements(l);
                            Walk::Elements(l)
                        }
                        None => {
                            let names = self.model.schema.records[r].members.iter().map(|(n, _)| n.clone()).collect();
                            self.unknown_field(f, &of, seg, names);
                            return (ExprKind::Error, Ty::Error);
                        }
                    }
                }
                Walk::Done => {
                    self.no_fields(f, &path, seg);
                    return (ExprKind::Error, Ty::Error);
                }
                Walk::Elements(l) => {
                    let list = &self.model.schema.lists[l];
                    if let Some(slot) = list.fields.iter().position(|x| x.path == seg.name) {
                        self.references.push((loc(f, seg.span), Target::ElemField(l, slot)));
                        let inner = list.fields[slot].ty.clone();
                        kind = ExprKind::Project {
                            elems: mk(std::mem::replace(&mut kind, ExprKind::Error)),
                            list: l,
                            slot,
                        };
                        ty = Ty::List(Box::new(inner));
                        Walk::Done
                    } else if let Some(key) = list.key {
                        let key_ty = list.fields[key].ty.clone();
                        let found = self.symbol_ids.get(&seg.name).copied().filter(|s| match key_ty {
                            Ty::Symbol(Some(e)) => self.model.enums[e].variants.iter().any(|(v, _)| v == s),
                            _ => true,
                        });
                        match found {
                            Some(s) => {
                                if let Ty::Symbol(Some(e)) = key_ty {
                                    self.used_enums[e] = true;
                                }
                                self.references.push((loc(f, seg.span), Target::Symbol(s)));
                                kind = ExprKind::Find { list: l, key: Value::Symbol(s) };
                                ty = Ty::Element(l);
                                Walk::Element(l)
                            }
                            None => {
                                let mut names: Vec<String> = list.fields.iter().map(|x| x.path.clone()).collect();
                                if let Ty::Symbol(Some(e)) = key_ty {
                                    names.extend(
                                        self.model.enums[e]
                                            .variants
                                            .iter()
                                            .map(|(s, _)| self.model.symbols[*s as usize].clone()),
                                    );
                                }
                                let of = list.path.clone();
                                self.unknown_field(f, &of, seg, names);
                                return (ExprKind::Error, Ty::Error);
                            }
                        }
                    } else {
                        let names = list.fields.iter().map(|x| x.path.clone()).collect();
                        let of = list.path.clone();
                        self.unknown_field(f, &of, seg, names);
                        return (ExprKind::Error, Ty::Error);
                    }
                }
                Walk::Element(l) => {
                    let list = &self.model.schema.lists[l];
                    match list.fields.iter().position(|x| x.path == seg.name) {
                        Some(slot) => {
                            self.references.push((loc(f, seg.span), Target::ElemField(l, slot)));
                            ty = list.fields[slot].ty.clone();
                            kind = ExprKind::ElemField {
                                elem: mk(std::mem::replace(&mut kind, ExprKind::Error)),
                                list: l,
                                slot,
                            };
                            Walk::Done
                        }
                        None => {
                            let names = list.fields.iter().map(|x| x.path.clone()).collect();
                            let of = list.path.clone();
                            self.unknown_field(f, &of, seg, names);
                            return (ExprKind::Error, Ty::Error);
                        }
                    }
                }
            };
            path = format!("{path}.{}", seg.name);
        }
        if let Walk::Record(_, of) = state {
            let span = rest.last().map(|s| s.span).unwrap_or(first.span);
            self.push(
                f,
                Diagnostic::new(
                    Code::GroupUsedAsValue,
                    msg!("check-group-used-as-value", group = &of),
                    ast::Span::new(start, span.end),
                    msg!("check-group-used-as-value-label"),
                )
                .with_help(msg!("check-group-used-as-value-help", group = &of)),
            );
            return (ExprKind::Error, Ty::Error);
        }
        (kind, ty)
    }

    /// The type of a value not lowered yet (declared later): lowered on demand
    /// would risk cycles, so this is only its declared type, or unknown.
    fn peek_value_ty(&self, v: ValueId) -> Ty {
        let target = self.model.values[v].location;
        for decl in &self.ws.files[target.file].parsed.file.decls {
            if let DeclKind::Value(vd) = &decl.kind {
                if vd.name.span == target.span {
                    return match vd.ty.as_ref().map(|t| &t.kind) {
                        Some(TypeKind::Int(_) | TypeKind::Decimal) => Ty::Number,
                        Some(TypeKind::Bool) => Ty::Bool,
                        Some(TypeKind::Date) => Ty::Date,
                        Some(TypeKind::Text) => Ty::Text,
                        Some(TypeKind::Named(n)) => Ty::Symbol(self.enum_ids.get(&n.name).copied()),
                        _ => Ty::Error,
                    };
                }
            }
        }
        Ty::Error
    }

    /// Reports an undeclared `name` (a `what`: `name` or `value`, as
    /// `check-unknown-name` selects), suggesting a similar one.
    pub(super) fn unknown_name(&mut self, f: FileId, name: &ast::Ident, what: &'static str) {
        let mut candidates: Vec<&str> = self.names.keys().map(String::as_str).collect();
        candidates.extend(self.model.schema.root.iter().map(|(n, _)| n.as_str()));
        candidates.extend(self.model.symbols.iter().map(String::as_str));
        candidates.push("eligible");
        let suggestion = did_you_mean(&name.name, candidates).map(str::to_string);
        let mut d = Diagnostic::new(
            Code::UnknownName,
            msg!("check-unknown-name", what = what, name = &name.name),
            name.span,
            msg!("check-unknown-name-label"),
        );
        d = match suggestion {
            Some(s) => d.with_help(did_you_mean_help(&s)).with_suggestion(s),
            None => d.with_help(msg!("check-unknown-name-help")),
        };
        self.push(f, d);
    }

    /// Reports a field access `.extra` on `name`, which has no fields.
    fn no_fields(&mut self, f: FileId, name: &str, extra: &ast::Ident) {
        self.push(
            f,
            Diagnostic::new(
                Code::UnknownField,
                msg!("check-no-fields", name = name.to_owned(), field = &extra.name),
                extra.span,
                msg!("check-no-such-field"),
            )
            .with_help(msg!("check-no-fields-help", name = name.to_owned(), field = &extra.name)),
        );
    }

    /// Reports that `of` has no field `name`, suggesting one of `candidates`.
    pub(super) fn unknown_field(&mut self, f: FileId, of: &str, name: &ast::Ident, candidates: Vec<String>) {
        let suggestion = did_you_mean(&name.name, candidates.iter().map(String::as_str)).map(str::to_string);
        let mut d = Diagnostic::new(
            Code::UnknownField,
            msg!("check-unknown-field", name = &name.name, of = of.to_owned()),
            name.span,
            msg!("check-unknown-field-label"),
        );
        d = match suggestion {
            Some(s) => d.with_help(did_you_mean_help(&s)).with_suggestion(s),
            None => d.with_help(msg!("check-unknown-field-help", of = of.to_owned(), names = candidates.join(", "))),
        };
        self.push(f, d);
    }
}
