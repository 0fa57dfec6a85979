//! `extend enum` and `extend schema`: a policy adds values to a declared
//! enumeration and fields to the declared case schema (usually the shared one
//! it `use`s). What is added joins the model exactly like what is declared —
//! the decoder, the evaluator, the JSON Schema and completion cannot tell them
//! apart — and is also listed in [`Schema::extensions`] (for `compare` and hover).

use policy_i18n::{msg, Message};
use policy_syntax::ast::{self, TypeKind};
use policy_syntax::suggest::{did_you_mean, did_you_mean_help};
use policy_syntax::{Code, Diagnostic};

use super::{loc, ty_name, Lowerer};
use crate::model::*;
use crate::Target;

impl Lowerer<'_> {
    /// Adds the values of `extend enum e { … }` to the enumeration it names.
    pub(super) fn extend_enum(&mut self, f: FileId, e: &ast::EnumDecl) {
        if e.name.name.is_empty() {
            return;
        }
        let Some(&id) = self.enum_ids.get(&e.name.name) else {
            let candidates: Vec<&str> = self.model.enums.iter().map(|e| e.name.as_str()).collect();
            let mut d = Diagnostic::new(
                Code::ExtendsUndeclared,
                msg!("check-extend-no-enum", name = &e.name.name),
                e.name.span,
                msg!("check-extend-undeclared-label"),
            )
            .with_help(msg!("check-extend-no-enum-help"));
            if let Some(s) = did_you_mean(&e.name.name, candidates) {
                d = d.with_help(did_you_mean_help(s)).with_suggestion(s);
            }
            self.push(f, d);
            return;
        };
        self.references.push((loc(f, e.name.span), Target::Enum(id)));
        for v in &e.variants {
            if v.name.name.is_empty() {
                continue;
            }
            let sym = self.intern(&v.name.name);
            if self.model.enums[id].variants.iter().any(|(s, _)| *s == sym) {
                let d = Diagnostic::new(
                    Code::ExtendedTwice,
                    msg!("check-extend-value-twice", value = &v.name.name, name = &e.name.name),
                    v.name.span,
                    msg!("check-already-declared"),
                )
                .with_help(msg!("check-extend-value-twice-help"));
                self.push(f, d);
                continue;
            }
            let description = v.description.as_ref().map(|t| t.value.clone());
            self.symbol_enums[sym as usize].push(id);
            self.model.enums[id].variants.push((sym, description.clone()));
            self.model.schema.extensions.push(Extension {
                target: ExtensionTarget::Enum(id),
                name: v.name.name.clone(),
                description,
                location: loc(f, v.name.span),
            });
        }
    }

    /// Adds the fields of `extend schema s { … }` to the case schema it names.
    pub(super) fn extend_schema(&mut self, f: FileId, s: &ast::SchemaDecl) {
        if s.name.name.is_empty() {
            return;
        }
        let declared = self.model.schema.name.clone();
        if declared != s.name.name {
            let mut d = Diagnostic::new(
                Code::ExtendsUndeclared,
                msg!("check-extend-no-schema", name = &s.name.name),
                s.name.span,
                msg!("check-extend-undeclared-label"),
            );
            d = if declared.is_empty() {
                d.with_help(msg!("check-extend-no-schema-help"))
            } else {
                d.with_help(msg!("check-extend-schema-is", name = &declared)).with_suggestion(declared)
            };
            self.push(f, d);
            return;
        }
        self.extend_record(f, &s.fields, None);
    }

    /// Adds `fields` to record `record` (`None`: the case itself); a record or
    /// list written again adds to that record or to the list's elements.
    fn extend_record(&mut self, f: FileId, fields: &[ast::FieldDecl], record: Option<usize>) {
        let prefix = record.and_then(|r| self.model.schema.records.get(r)).map(|r| r.path.clone()).unwrap_or_default();
        for field in fields {
            let path =
                if prefix.is_empty() { field.name.name.clone() } else { format!("{prefix}.{}", field.name.name) };
            let existing =
                self.model.schema.members(record).iter().find(|(n, _)| *n == field.name.name).map(|&(_, m)| m);
            match (existing, &field.ty.kind) {
                (None, _) => {
                    let added = self.record_fields(f, std::slice::from_ref(field), &prefix);
                    match record {
                        None => self.model.schema.root.extend(added),
                        Some(r) => self.model.schema.records[r].members.extend(added),
                    }
                    self.added_field(f, field, path);
                }
                (Some(Member::Record(r)), TypeKind::Record { fields, .. }) => self.extend_record(f, fields, Some(r)),
                (Some(Member::List(l)), TypeKind::List { fields, key, .. }) => {
                    if let Some(key) = key {
                        self.clash(f, key.span, &path, msg!("check-extension-clash-key"));
                    }
                    self.extend_list(f, fields, l, &path);
                }
                (Some(Member::Field(slot)), TypeKind::Record { .. } | TypeKind::List { .. }) => {
                    let was = declared_as(&self.model, &self.model.schema.slots[slot]);
                    self.clash(f, field.ty.span, &path, msg!("check-extension-clash-declared-as", was = was));
                }
                (Some(Member::Field(slot)), _) => {
                    let old = self.model.schema.slots[slot].clone();
                    self.leaf_again(f, field, &old, &path);
                }
                (Some(Member::Record(_)), _) => {
                    self.clash(f, field.ty.span, &path, msg!("check-extension-clash-record"))
                }
                (Some(Member::List(_)), _) => self.clash(f, field.ty.span, &path, msg!("check-extension-clash-list")),
            }
        }
    }

    /// Adds `fields` to the elements of list `l` (at `path`).
    fn extend_list(&mut self, f: FileId, fields: &[ast::FieldDecl], l: ListId, path: &str) {
        for field in fields {
            let element_path = format!("{path}.{}", field.name.name);
            let existing = self.model.schema.lists[l].fields.iter().find(|d| d.path == field.name.name).cloned();
            match existing {
                Some(old) => self.leaf_again(f, field, &old, &element_path),
                None => {
                    if let Some(def) = self.element_field_def(f, field) {
                        self.model.schema.lists[l].fields.push(def);
                        self.added_field(f, field, element_path);
                    }
                }
            }
        }
    }

    /// A scalar field the schema already has, written again by an extension:
    /// the same type is a duplicate, another type a clash.
    fn leaf_again(&mut self, f: FileId, field: &ast::FieldDecl, old: &FieldDef, path: &str) {
        if matches!(field.ty.kind, TypeKind::Record { .. } | TypeKind::List { .. }) {
            let was = declared_as(&self.model, old);
            self.clash(f, field.ty.span, path, msg!("check-extension-clash-declared-as", was = was));
            return;
        }
        let ty = self.field_ty(f, &field.ty);
        let range = match field.ty.kind {
            TypeKind::Int(r) => r,
            _ => None,
        };
        let same = ty == old.ty
            && field.ty.optional == old.optional
            && matches!(field.ty.kind, TypeKind::Int(_)) == old.integer
            && range == old.int_range;
        if same {
            let d = Diagnostic::new(
                Code::ExtendedTwice,
                msg!("check-extend-field-twice", path = path.to_owned()),
                field.name.span,
                msg!("check-already-declared"),
            )
            .with_help(msg!("check-extend-field-twice-help"));
            self.push(f, d);
        } else {
            let was = declared_as(&self.model, old);
            self.clash(f, field.ty.span, path, msg!("check-extension-clash-declared-as", was = was));
        }
    }

    /// Reports that an extension gives field `path` another type.
    fn clash(&mut self, f: FileId, span: ast::Span, path: &str, why: Message) {
        let d = Diagnostic::new(
            Code::ExtensionTypeClash,
            msg!("check-extension-clash", path = path.to_owned(), why = why),
            span,
            msg!("check-extension-clash-label"),
        )
        .with_help(msg!("check-extension-clash-help"));
        self.push(f, d);
    }

    /// Records a field an extension added.
    fn added_field(&mut self, f: FileId, field: &ast::FieldDecl, path: String) {
        self.model.schema.extensions.push(Extension {
            target: ExtensionTarget::Schema,
            name: path,
            description: field.description.as_ref().map(|t| t.value.clone()),
            location: loc(f, field.name.span),
        });
    }
}

/// How a declared field's type reads in a message: `a whole number 1..12, optional (`?`)`.
fn declared_as(model: &Model, def: &FieldDef) -> Message {
    let ty = if def.integer { msg!("check-ty-whole-number") } else { ty_name(model, &def.ty) };
    let range = def.int_range.map(|(lo, hi)| format!(" {lo}..{hi}")).unwrap_or_default();
    msg!("check-declared-as", ty = ty, range = range, optional = if def.optional { "yes" } else { "no" })
}
