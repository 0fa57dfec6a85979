//! The case schema: its fields become slots, records and lists of the model,
//! and the tree of their [`Member`]s (`Schema::root`, `RecordDef::members`).

use policy_i18n::{msg, Message};
use policy_syntax::ast::{self, TypeKind};
use policy_syntax::suggest::{did_you_mean, did_you_mean_help};
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{loc, Lowerer};
use crate::model::*;
use crate::Target;

impl<'w> Lowerer<'w> {
    /// Adds case schema `s` to the model and finds its well-known parts
    /// (`as_of`, the request period, documents and events).
    pub(super) fn schema(&mut self, f: FileId, s: &ast::SchemaDecl) {
        // The first schema's name, recorded under the kind "schema" with no name:
        // a policy reads one case schema, whatever the second one is called.
        let key = ("schema", String::new());
        if let Some(&first) = self.declared.get(&key) {
            let old = &self.model.schema.name;
            let (message, help) = if *old == s.name.name {
                (
                    msg!("check-schema-twice", name = old, elsewhere = self.elsewhere(f, first)),
                    msg!("check-schema-twice-help", name = old),
                )
            } else {
                (
                    msg!("check-second-schema", name = &s.name.name, first = old, elsewhere = self.elsewhere(f, first)),
                    msg!("check-second-schema-help"),
                )
            };
            let mut d = Diagnostic::new(Code::DeclaredTwice, message, s.name.span, msg!("check-declared-again-here"))
                .with_help(help);
            d = super::first_declared_here(d, f, first);
            self.push(f, d);
            return;
        }
        self.declared.insert(key, Location { file: f, span: s.name.span });
        self.model.schema.name = s.name.name.clone();
        let root = self.record_fields(f, &s.fields, "");
        self.model.schema.root = root;
        let schema = &mut self.model.schema;
        schema.as_of = schema.slots.iter().position(|s| s.path == "as_of" && s.ty == Ty::Date);
        schema.id = schema.slots.iter().position(|s| s.path == "id" && s.ty == Ty::Text);
        let slot = |path: &str| schema.slots.iter().position(|s| s.path == path);
        schema.period = slot("request.start").zip(slot("request.end"));
        let list = |path: &str| schema.lists.iter().position(|l| l.path == path);
        if let Some(l) = list("documents") {
            let def = &schema.lists[l];
            if let Some(kind) = def.key {
                schema.documents = Some((l, kind));
            }
        }
        if let Some(l) = list("events") {
            let def = &schema.lists[l];
            let field = |name: &str| def.fields.iter().position(|x| x.path == name);
            if let (Some(kind), Some(date)) = (def.key, field("date")) {
                schema.events = Some(EventLayout { list: l, kind, date, subject: field("subject") });
            }
        }
    }

    /// The type of a scalar field or parameter.
    pub(super) fn field_ty(&mut self, f: FileId, ty: &ast::TypeExpr) -> Ty {
        match &ty.kind {
            TypeKind::Int(_) | TypeKind::Decimal => Ty::Number,
            TypeKind::Bool => Ty::Bool,
            TypeKind::Text => Ty::Text,
            TypeKind::Date => Ty::Date,
            TypeKind::Duration => Ty::Duration,
            TypeKind::Set(inner) => Ty::Set(Box::new(self.field_ty(f, inner))),
            TypeKind::Named(name) => match self.enum_ids.get(&name.name) {
                Some(&e) => {
                    self.used_enums[e] = true;
                    self.references.push((loc(f, name.span), Target::Enum(e)));
                    Ty::Symbol(Some(e))
                }
                None => {
                    let candidates: Vec<&str> = self.model.enums.iter().map(|e| e.name.as_str()).collect();
                    let mut d = Diagnostic::new(
                        Code::UnknownName,
                        msg!("check-unknown-type", name = &name.name),
                        name.span,
                        msg!("check-unknown-type-label"),
                    )
                    .with_help(msg!("check-unknown-type-help"));
                    if let Some(s) = did_you_mean(&name.name, candidates) {
                        d = d.with_help(did_you_mean_help(s)).with_suggestion(s);
                    }
                    self.push(f, d);
                    Ty::Error
                }
            },
            TypeKind::List { .. } | TypeKind::Record { .. } => Ty::Error,
        }
    }

    /// Adds `fields` (of the record at path `prefix`) to the schema; returns them as members.
    pub(super) fn record_fields(
        &mut self,
        f: FileId,
        fields: &[ast::FieldDecl],
        prefix: &str,
    ) -> Vec<(String, Member)> {
        let mut out: Vec<(String, Member)> = Vec::new();
        for field in fields {
            if out.iter().any(|(n, _)| *n == field.name.name) {
                self.push(
                    f,
                    Diagnostic::new(
                        Code::DeclaredTwice,
                        msg!("check-field-twice", name = &field.name.name),
                        field.name.span,
                        msg!("check-declared-again-here"),
                    )
                    .with_help(msg!("check-field-twice-help")),
                );
                continue;
            }
            let path =
                if prefix.is_empty() { field.name.name.clone() } else { format!("{prefix}.{}", field.name.name) };
            let description = field.description.as_ref().map(|t| t.value.clone());
            let location = loc(f, field.name.span);
            let node = match &field.ty.kind {
                TypeKind::Record { fields, .. } => {
                    let index = self.model.schema.records.len();
                    self.model.schema.records.push(RecordDef {
                        path: path.clone(),
                        optional: field.ty.optional,
                        members: Vec::new(),
                        description,
                        location,
                    });
                    let members = self.record_fields(f, fields, &path);
                    self.model.schema.records[index].members = members;
                    Member::Record(index)
                }
                TypeKind::List { fields, key, .. } => {
                    let defs: Vec<FieldDef> = fields.iter().filter_map(|ef| self.element_field_def(f, ef)).collect();
                    let key_slot = key.as_ref().and_then(|k| {
                        let found = defs.iter().position(|d| d.path == k.name);
                        if found.is_none() {
                            self.push(
                                f,
                                Diagnostic::new(
                                    Code::UnknownField,
                                    msg!("check-list-key-unknown", name = &k.name),
                                    k.span,
                                    msg!("check-no-such-field"),
                                )
                                .with_help(msg!("check-list-key-unknown-help")),
                            );
                        }
                        found
                    });
                    self.model.schema.lists.push(ListDef {
                        path: path.clone(),
                        fields: defs,
                        key: key_slot,
                        optional: field.ty.optional,
                        description,
                        location,
                    });
                    Member::List(self.model.schema.lists.len() - 1)
                }
                _ => {
                    let ty = self.field_ty(f, &field.ty);
                    self.model.schema.slots.push(FieldDef {
                        path: path.clone(),
                        ty,
                        int_range: int_range(&field.ty),
                        integer: matches!(field.ty.kind, TypeKind::Int(_)),
                        optional: field.ty.optional,
                        description,
                        location,
                    });
                    Member::Field(self.model.schema.slots.len() - 1)
                }
            };
            out.push((field.name.name.clone(), node));
        }
        out
    }
}

impl Lowerer<'_> {
    /// A list element's field `ef` (`None`, reported, when it is a record or list).
    pub(super) fn element_field_def(&mut self, f: FileId, ef: &ast::FieldDecl) -> Option<FieldDef> {
        if matches!(ef.ty.kind, TypeKind::List { .. } | TypeKind::Record { .. }) {
            self.push(
                f,
                Diagnostic::new(
                    Code::NestedListElement,
                    msg!("check-nested-list-element"),
                    ef.ty.span,
                    msg!("check-nested-list-element-label"),
                )
                .with_help(msg!("check-nested-list-element-help")),
            );
            return None;
        }
        let (ty, int_range) = (self.field_ty(f, &ef.ty), int_range(&ef.ty));
        Some(FieldDef {
            path: ef.name.name.clone(),
            ty,
            int_range,
            integer: matches!(ef.ty.kind, TypeKind::Int(_)),
            optional: ef.ty.optional,
            description: ef.description.as_ref().map(|t| t.value.clone()),
            location: loc(f, ef.name.span),
        })
    }
}

/// The declared bounds of an `int` field, if any.
fn int_range(ty: &ast::TypeExpr) -> Option<(i64, i64)> {
    match ty.kind {
        TypeKind::Int(r) => r,
        _ => None,
    }
}

impl Lowerer<'_> {
    /// Where `first` is, for a message about file `f`: nothing when it is in
    /// `f` itself (a label shows it), else ` in `file name` (line N)`.
    fn elsewhere(&self, f: FileId, first: Location) -> Message {
        if first.file == f {
            return Message::from("");
        }
        match self.ws.files.get(first.file) {
            Some(file) => {
                let at = file.lines.line_col(&file.text, first.span.start);
                let name = file.path.file_name().unwrap_or(file.path.as_os_str());
                msg!("check-elsewhere", file = name.to_string_lossy().into_owned(), line = at.line.to_string())
            }
            None => Message::from(""),
        }
    }
}
