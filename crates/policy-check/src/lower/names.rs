//! Phase 1: collects what later declarations may refer to — enumerations,
//! the case schema, clauses, the policy header, and the names of values,
//! tables and parameters — and reports duplicates.

use policy_i18n::msg;
use policy_syntax::ast::{self, DeclKind};
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{loc, Lowerer, Named};
use crate::model::*;

impl<'w> Lowerer<'w> {
    /// Collects enumerations, the schema, and the names of values, tables and parameters.
    pub(super) fn collect(&mut self, files: &[FileId], root: FileId) {
        let ws = self.ws;
        for &f in files {
            for decl in self.decls(f) {
                if let DeclKind::Enum(e) = &decl.kind {
                    self.enumeration(f, e);
                }
            }
        }
        // Extensions see every enumeration, whichever file declares it.
        for &f in files {
            for decl in self.decls(f) {
                if let DeclKind::ExtendEnum(e) = &decl.kind {
                    self.extend_enum(f, e);
                }
            }
        }
        for &f in files {
            for decl in self.decls(f) {
                match &decl.kind {
                    DeclKind::Schema(s) => self.schema(f, s),
                    DeclKind::Clause(c) => {
                        let name = ast::Ident { name: c.number.value.clone(), span: c.number.span };
                        if c.number.value.trim().is_empty() {
                            self.empty_clause_number(f, c.number.span, "clause-number");
                        } else if self.first_declaration(f, "clause", &name) {
                            self.model.clause_ids.insert(c.number.value.clone(), self.model.clauses.len());
                            self.model.clauses.push(Clause {
                                number: c.number.value.clone(),
                                text: c.text.value.clone(),
                                location: loc(f, c.number.span),
                            });
                        }
                    }
                    DeclKind::Policy(p) if f == root => {
                        if let Some(first) = self.model.meta.location {
                            self.duplicate(f, "policy", &p.id, first);
                        } else {
                            self.model.meta = Meta {
                                id: p.id.name.clone(),
                                school: p.school.as_ref().map(|t| t.value.clone()),
                                title: p.title.as_ref().map(|t| t.value.clone()),
                                approved: p
                                    .approved
                                    .as_ref()
                                    .map(|(d, act, _)| (*d, act.as_ref().map(|t| t.value.clone()))),
                                source: p.source.as_ref().map(|t| t.value.clone()),
                                location: Some(loc(f, p.id.span)),
                            };
                        }
                    }
                    DeclKind::Value(v) => self.declare_name(f, &v.name, |m| {
                        m.values.push(ValueDef {
                            name: v.name.name.clone(),
                            citation: None,
                            description: None,
                            expr: Expr { kind: ExprKind::Error, location: loc(f, v.name.span) },
                            ty: Ty::Error,
                            location: loc(f, v.name.span),
                        });
                        Named::Value(m.values.len() - 1)
                    }),
                    DeclKind::Table(t) => self.declare_name(f, &t.name, |m| {
                        m.tables.push(TableDef {
                            name: t.name.name.clone(),
                            citation: None,
                            description: None,
                            keys: Vec::new(),
                            key_sources: Vec::new(),
                            parameters: Vec::new(),
                            rows: Vec::new(),
                            ty: Ty::Error,
                            location: loc(f, t.name.span),
                        });
                        Named::Table(m.tables.len() - 1)
                    }),
                    DeclKind::Param(p) => {
                        self.declare_name(f, &p.name, |m| {
                            m.params.push(ParamDef {
                                name: p.name.name.clone(),
                                ty: Ty::Error,
                                citation: None,
                                description: None,
                                value: None,
                                location: loc(f, p.name.span),
                            });
                            Named::Param(m.params.len() - 1)
                        });
                    }
                    _ => {}
                }
            }
        }
        for &f in files {
            for decl in self.decls(f) {
                if let DeclKind::ExtendSchema(s) = &decl.kind {
                    self.extend_schema(f, s);
                }
            }
        }
        self.used_params = vec![false; self.model.params.len()];
        if self.model.meta.id.is_empty() {
            let stem = ws.files[root].path.file_stem().and_then(|s| s.to_str()).unwrap_or("policy");
            self.model.meta.id = stem.to_string();
        }
        self.model.eligible = match self.names.get("eligible") {
            Some(Named::Value(v)) => Some(*v),
            _ => None,
        };
    }

    /// Declares a value, table or parameter `name`, added to the model by `add`,
    /// unless the name is taken.
    fn declare_name(&mut self, f: FileId, name: &ast::Ident, add: impl FnOnce(&mut Model) -> Named) {
        if name.name.is_empty() {
            return;
        }
        if let Some(existing) = self.names.get(&name.name).copied() {
            let first = self.named_location(existing);
            self.duplicate(f, "name", name, first);
            return;
        }
        let named = add(&mut self.model);
        self.names.insert(name.name.clone(), named);
    }

    /// Where `named` is declared.
    fn named_location(&self, named: Named) -> Location {
        match named {
            Named::Value(i) => self.model.values[i].location,
            Named::Table(i) => self.model.tables[i].location,
            Named::Param(i) => self.model.params[i].location,
        }
    }

    /// The symbol of enumeration value `name`, created on first use.
    pub(super) fn intern(&mut self, name: &str) -> SymbolId {
        if let Some(id) = self.symbol_ids.get(name) {
            return *id;
        }
        let id = self.model.symbols.len() as SymbolId;
        self.model.symbols.push(name.to_string());
        self.symbol_ids.insert(name.to_string(), id);
        self.symbol_enums.push(Vec::new());
        id
    }

    /// Adds enumeration `e` to the model.
    fn enumeration(&mut self, f: FileId, e: &ast::EnumDecl) {
        if e.name.name.is_empty() {
            return;
        }
        if let Some(&first) = self.enum_ids.get(&e.name.name) {
            let first = self.model.enums[first].location;
            self.duplicate(f, "enumeration", &e.name, first);
            return;
        }
        let id = self.model.enums.len();
        let mut variants: Vec<(SymbolId, Option<String>)> = Vec::new();
        for v in &e.variants {
            let sym = self.intern(&v.name.name);
            if variants.iter().any(|(s, _)| *s == sym) {
                self.push(
                    f,
                    Diagnostic::new(
                        Code::DeclaredTwice,
                        msg!("check-enum-value-twice", name = &v.name.name),
                        v.name.span,
                        msg!("check-enum-value-twice-label"),
                    )
                    .with_help(msg!("check-enum-value-twice-help")),
                );
                continue;
            }
            self.symbol_enums[sym as usize].push(id);
            variants.push((sym, v.description.as_ref().map(|t| t.value.clone())));
        }
        self.model.enums.push(EnumDef {
            name: e.name.name.clone(),
            description: e.description.as_ref().map(|t| t.value.clone()),
            variants,
            location: loc(f, e.name.span),
        });
        self.enum_ids.insert(e.name.name.clone(), id);
        self.used_enums.push(false);
    }
}
