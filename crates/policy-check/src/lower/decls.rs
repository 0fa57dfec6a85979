//! Phase 2: lowers every declaration in source order (exceptions last, once
//! all rules are known), breaks cycles, and reports unused declarations.

use policy_i18n::msg;
use policy_syntax::ast::DeclKind;
use policy_syntax::Code;
use policy_syntax::Diagnostic;

use super::{loc, Lowerer};
use crate::model::*;

impl<'w> Lowerer<'w> {
    /// Lowers every declaration of `files` into the model; unused declarations
    /// are reported for `root` only, and only when it is a policy (a file
    /// without `policy`, such as the shared case schema, is a library).
    pub(super) fn declarations(&mut self, files: &[FileId], root: FileId) {
        let ws = self.ws;
        let mut exceptions = Vec::new();
        for &f in files {
            for decl in self.decls(f) {
                match &decl.kind {
                    DeclKind::Param(p) => self.param(f, p),
                    DeclKind::Value(v) => self.value(f, v),
                    DeclKind::Table(t) => self.table(f, t),
                    DeclKind::Curriculum(c) => self.curriculum(f, c),
                    DeclKind::Rule(r) => self.rule(f, r),
                    DeclKind::Exception(e) => exceptions.push((f, e)),
                    DeclKind::Document(d) => self.document(f, d),
                    DeclKind::Role(r) => self.role(f, r),
                    DeclKind::Provision(p) => {
                        let citation = self.citation(f, &p.citation);
                        self.model.provisions.push(ProvisionDef {
                            name: p.name.name.clone(),
                            text: p.text.value.clone(),
                            citation,
                            location: loc(f, p.name.span),
                        });
                    }
                    DeclKind::Test(t) => self.test(f, t),
                    DeclKind::SchoolYear(s) => self.school_year(f, s, decl.span),
                    DeclKind::CalendarYear(c) => self.calendar_year(f, c, decl.span),
                    DeclKind::NotStated(n) => self.not_stated(f, n),
                    DeclKind::Use(u) => {
                        let resolved =
                            ws.files[f].imports.iter().find(|(w, _)| *w == u.path.value).and_then(|(_, r)| *r);
                        if resolved.is_none() {
                            self.push(
                                f,
                                Diagnostic::new(
                                    Code::UnreadableImport,
                                    msg!("check-unreadable-import", path = &u.path.value),
                                    u.path.span,
                                    msg!("check-unreadable-import-label"),
                                )
                                .with_help(msg!("check-unreadable-import-help")),
                            );
                        }
                    }
                    _ => {}
                }
            }
        }
        for (f, e) in exceptions {
            self.exception(f, e);
        }
        self.break_cycles();
        let reports_unused = self.model.meta.location.is_some_and(|l| l.file == root);
        for (i, used) in self.used_params.clone().iter().enumerate() {
            if !used && reports_unused && self.model.params[i].location.file == root {
                let p = &self.model.params[i];
                let (file, span) = (p.location.file, p.location.span);
                let name = p.name.clone();
                self.push(
                    file,
                    Diagnostic::new(
                        Code::Unused,
                        msg!("check-unused-param", name = name),
                        span,
                        msg!("check-declared-here"),
                    )
                    .with_help(msg!("check-unused-param-help")),
                );
            }
        }
        for (i, used) in self.used_enums.clone().iter().enumerate() {
            if !used && reports_unused && self.model.enums[i].location.file == root {
                let e = &self.model.enums[i];
                let (file, span, name) = (e.location.file, e.location.span, e.name.clone());
                self.push(
                    file,
                    Diagnostic::new(
                        Code::Unused,
                        msg!("check-unused-enum", name = name),
                        span,
                        msg!("check-declared-here"),
                    )
                    .with_help(msg!("check-unused-enum-help")),
                );
            }
        }
    }
}
