//! Versions in force. A policy file whose `policy` block says
//! `amends "base.policy"` is a later version of the regulation in that file:
//! it holds only what the amendment changes (a clause quoted anew, a table, a
//! rule…), each declaration replacing the one of the same kind and name in the
//! version it amends, or adding one. Checking the amendment's file gives the
//! complete model of the regulation as amended; checking an earlier file gives
//! that earlier version. [`Model::in_force_on`] says which version a date falls in.
//!
//! This module owns the chain of versions (which files, which declarations the
//! later ones replace), the list of [`Version`]s, and the checks on their dates
//! (P0409 overlap, P0410 gap, P0412 no date) and on the clauses an amendment
//! names (P0411).

use std::borrow::Cow;
use std::collections::HashSet;

use jiff::civil::Date;
use policy_i18n::{msg, Arg, Message};
use policy_syntax::ast::{self, DeclKind, PolicyDecl};
use policy_syntax::{Code, Diagnostic};

use crate::citation::CitationRef;
use crate::model::{FileId, Location, Meta, Model, Version};
use crate::workspace::Workspace;
use crate::FileDiagnostic;

/// Which version of a policy is in force on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InForce<'m> {
    /// The policy declares no versions: it applies on every date.
    Unversioned,
    /// This version (an index into [`Model::versions`]).
    Version(usize, &'m Version),
    /// The date is before the first version comes into force.
    BeforeFirst(&'m Version),
    /// The date falls between the end of one version and the start of the next.
    Gap(&'m Version),
}

impl InForce<'_> {
    /// Why nothing of policy `id` is in force on `date`, as a message (`None`
    /// when something is): the one wording of that refusal, for `eval`,
    /// `test`, `compare` and `eval --batch`. Dates are written as the
    /// reader's language writes them (`01.10.2008`, `2008-10-01`).
    pub fn refusal(&self, id: &str, date: Date) -> Option<Message> {
        // A version's date is checked (P0412): should one be absent, nothing is said.
        let day = |d: Option<Date>| d.map_or_else(|| Arg::from(""), Arg::from);
        match self {
            InForce::Unversioned | InForce::Version(..) => None,
            InForce::BeforeFirst(first) => Some(msg!(
                "check-no-version-before-first",
                policy = id.to_owned(),
                date = date,
                first = &first.name,
                in_force = day(first.in_force),
            )),
            InForce::Gap(ended) => Some(msg!(
                "check-no-version-in-gap",
                policy = id.to_owned(),
                date = date,
                ended = &ended.name,
                until = day(ended.until),
            )),
        }
    }
}

impl Model {
    /// The version in force on `date`: the last one that has come into force
    /// by then, unless its `until` has passed.
    pub fn in_force_on(&self, date: Date) -> InForce<'_> {
        let Some(first) = self.versions.first() else {
            return InForce::Unversioned;
        };
        let started = self.versions.iter().rposition(|v| v.in_force.is_some_and(|d| d <= date));
        match started {
            None => InForce::BeforeFirst(first),
            Some(i) if self.versions[i].until.is_some_and(|u| u < date) => InForce::Gap(&self.versions[i]),
            Some(i) => InForce::Version(i, &self.versions[i]),
        }
    }

    /// The versions after the first that changed clause `number`, oldest first.
    pub fn clause_history(&self, number: &str) -> Vec<&Version> {
        self.versions.iter().skip(1).filter(|v| v.changes.iter().any(|c| c == number)).collect()
    }
}

/// The `policy` block of file `f`, if it has one.
fn policy_decl(ws: &Workspace, f: FileId) -> Option<&PolicyDecl> {
    ws.files[f].parsed.file.decls.iter().find_map(|d| match &d.kind {
        DeclKind::Policy(p) => Some(p),
        _ => None,
    })
}

/// The file that file `f` amends, when it names one that could be read.
fn amended(ws: &Workspace, f: FileId) -> Option<FileId> {
    let written = &policy_decl(ws, f)?.amends.as_ref()?.path.value;
    ws.files[f].imports.iter().find(|(w, _)| w == written).and_then(|(_, resolved)| *resolved)
}

/// The files of the versions up to `root`, oldest first (`root` last).
pub(crate) fn chain(ws: &Workspace, root: FileId) -> Vec<FileId> {
    let mut chain = vec![root];
    let mut at = root;
    while let Some(earlier) = amended(ws, at) {
        if chain.contains(&earlier) {
            break;
        }
        chain.push(earlier);
        at = earlier;
    }
    chain.reverse();
    chain
}

/// What a declaration replaces in an earlier version: its kind and name (a calendar year's
/// name is its number).
fn key(kind: &DeclKind) -> Option<(&'static str, Cow<'_, str>)> {
    if let DeclKind::CalendarYear(c) = kind {
        return Some(("calendar_year", Cow::Owned(c.year?.to_string())));
    }
    named_key(kind).map(|(k, name)| (k, Cow::Borrowed(name)))
}

/// [`key`] of a declaration whose name is written as a name.
fn named_key(kind: &DeclKind) -> Option<(&'static str, &str)> {
    Some(match kind {
        DeclKind::Clause(c) => ("clause", c.number.value.as_str()),
        DeclKind::Enum(e) => ("enum", e.name.name.as_str()),
        DeclKind::Schema(s) => ("schema", s.name.name.as_str()),
        DeclKind::Param(p) => ("name", p.name.name.as_str()),
        DeclKind::Value(v) => ("name", v.name.name.as_str()),
        DeclKind::Table(t) => ("name", t.name.name.as_str()),
        DeclKind::Curriculum(c) => ("curriculum", c.name.name.as_str()),
        DeclKind::Rule(r) => ("rule", r.name.name.as_str()),
        DeclKind::Exception(e) => ("exception", e.name.name.as_str()),
        DeclKind::Document(d) => ("document", d.kind.name.as_str()),
        DeclKind::Role(r) => ("role", r.name.name.as_str()),
        DeclKind::Provision(p) => ("provision", p.name.name.as_str()),
        DeclKind::SchoolYear(_) => ("school_year", ""),
        // A later version's extension of the same enumeration or schema replaces the earlier's.
        DeclKind::ExtendEnum(e) => ("extend enum", e.name.name.as_str()),
        DeclKind::ExtendSchema(s) => ("extend schema", s.name.name.as_str()),
        DeclKind::NotStated(n) => ("not_stated", n.topic.0.spelling(policy_syntax::KeywordLanguage::English)),
        DeclKind::Policy(_) | DeclKind::Use(_) | DeclKind::Test(_) | DeclKind::CalendarYear(_) | DeclKind::Error => {
            return None
        }
    })
}

/// The declarations of the earlier versions in `chain` that the model of its
/// last version leaves out, as (file, index among the file's declarations):
/// those a later version declares again, and the earlier versions' `policy`
/// blocks and tests (the tests of a version are run against that version).
pub(crate) fn superseded(ws: &Workspace, chain: &[FileId]) -> HashSet<(FileId, usize)> {
    let mut out = HashSet::new();
    for (i, &f) in chain.iter().enumerate().take(chain.len().saturating_sub(1)) {
        let later: HashSet<(&str, Cow<'_, str>)> = chain[i + 1..]
            .iter()
            .flat_map(|&g| ws.files[g].parsed.file.decls.iter().filter_map(|d| key(&d.kind)))
            .collect();
        for (j, decl) in ws.files[f].parsed.file.decls.iter().enumerate() {
            let replaced = match key(&decl.kind) {
                Some(k) => later.contains(&k),
                None => matches!(decl.kind, DeclKind::Policy(_) | DeclKind::Test(_)),
            };
            if replaced {
                out.insert((f, j));
            }
        }
    }
    out
}

/// Fills what the last version's `policy` block leaves out (school, title,
/// source) from the earlier versions, the latest first. The approval stays the
/// last version's own.
pub(crate) fn inherit_meta(ws: &Workspace, chain: &[FileId], meta: &mut Meta) {
    for &f in chain.iter().rev().skip(1) {
        let Some(p) = policy_decl(ws, f) else { continue };
        let text = |t: &Option<ast::Text>| t.as_ref().map(|t| t.value.clone());
        meta.school = meta.school.take().or_else(|| text(&p.school));
        meta.title = meta.title.take().or_else(|| text(&p.title));
        meta.source = meta.source.take().or_else(|| text(&p.source));
    }
}

/// The clauses quoted by the version of `file` — by it, the files it imports
/// and the versions it amends — as (number, words), a later version's words
/// replacing an earlier one's, in order of first declaration.
fn quoted_clauses(ws: &Workspace, file: FileId) -> Vec<(String, String)> {
    let mut clauses: Vec<(String, String)> = Vec::new();
    for f in chain(ws, file) {
        for g in ws.closure(f) {
            for d in &ws.files[g].parsed.file.decls {
                if let DeclKind::Clause(c) = &d.kind {
                    match clauses.iter_mut().find(|(n, _)| *n == c.number.value) {
                        Some(known) => known.1 = c.text.value.clone(),
                        None => clauses.push((c.number.value.clone(), c.text.value.clone())),
                    }
                }
            }
        }
    }
    clauses
}

/// The versions of `chain` (none when no file in it declares a version) and
/// the diagnostics about them.
pub(crate) fn versions(ws: &Workspace, chain: &[FileId]) -> (Vec<Version>, Vec<FileDiagnostic>) {
    let blocks: Vec<(FileId, &PolicyDecl)> = chain.iter().filter_map(|&f| policy_decl(ws, f).map(|p| (f, p))).collect();
    let declared = chain.len() > 1
        || blocks.iter().any(|(_, p)| p.version.is_some() || p.in_force.is_some() || p.until.is_some())
        || blocks.iter().any(|(_, p)| p.amends.is_some());
    let mut found = Vec::new();
    if !declared {
        return (Vec::new(), found);
    }
    let mut versions: Vec<Version> = Vec::new();
    for (i, &(f, p)) in blocks.iter().enumerate() {
        let location = Location { file: f, span: p.id.span };
        if let Some(amends) = &p.amends {
            if amended(ws, f).is_none() {
                let d = Diagnostic::new(
                    Code::UnreadableImport,
                    msg!("check-unreadable-amended", path = &amends.path.value),
                    amends.path.span,
                    msg!("check-unreadable-amended-label"),
                )
                .with_help(msg!("check-unreadable-import-help"));
                found.push(FileDiagnostic { file: f, diagnostic: d });
            }
        }
        let in_force =
            p.in_force.map(|(d, _)| d).or_else(|| if i == 0 { p.approved.as_ref().map(|a| a.0) } else { None });
        if in_force.is_none() {
            let d = Diagnostic::new(
                Code::VersionWithoutDate,
                msg!("check-version-without-date", name = &p.id.name),
                p.id.span,
                msg!("check-version-without-date-label"),
            )
            .with_help(msg!("check-version-without-date-help"));
            found.push(FileDiagnostic { file: f, diagnostic: d });
        }
        let (changes, replaced) =
            if i == 0 { (Vec::new(), Vec::new()) } else { changes(ws, blocks[i - 1].0, f, p, &mut found) };
        let name = match (&p.version, in_force) {
            (Some(v), _) => v.value.clone(),
            (None, Some(d)) => format!("редакция от {}", policy_i18n::date(policy_i18n::Lang::Ru, d)),
            (None, None) => format!("редакция {}", i + 1),
        };
        versions.push(Version {
            name,
            in_force,
            until: p.until.map(|(d, _)| d),
            order: p.approved.as_ref().map(|(d, act, _)| (*d, act.as_ref().map(|t| t.value.clone()))),
            changes,
            replaced,
            file: f,
            location,
        });
    }
    found.extend(dates(&blocks, &versions));
    (versions, found)
}

/// The clauses version `p` (in file `f`) changes in the version of file
/// `base`: those its `amends` names, each of which `base` must quote (P0411),
/// and those it quotes anew; and the words in `base` of those it quotes anew.
fn changes(
    ws: &Workspace,
    base: FileId,
    f: FileId,
    p: &PolicyDecl,
    found: &mut Vec<FileDiagnostic>,
) -> (Vec<String>, Vec<(String, String)>) {
    let base_clauses = quoted_clauses(ws, base);
    let mut changed: Vec<String> = Vec::new();
    if let Some(c) = p.amends.as_ref().and_then(|a| a.clauses.as_ref()) {
        let location = Location { file: f, span: c.span };
        let source = ws.files[f].text.get(c.span.start..c.span.end).unwrap_or("");
        let lookup = |n: &str| base_clauses.iter().position(|(b, _)| b == n);
        let cited = CitationRef::new(&c.text, location, source, &lookup);
        changed.extend(cited.clauses.iter().map(|&i| base_clauses[i].0.clone()));
        for number in cited.unquoted() {
            let numbers = base_clauses.iter().map(|(n, _)| n.as_str());
            let d = Diagnostic::new(
                Code::AmendedClauseMissing,
                msg!("check-amended-clause-missing", number = &number.text),
                number.span,
                msg!("check-amended-clause-missing-label"),
            )
            .with_help(match policy_syntax::suggest::did_you_mean(&number.text, numbers) {
                Some(s) => msg!("check-amended-clause-missing-did-you-mean", suggestion = s.to_owned()),
                None => msg!("check-amended-clause-missing-help"),
            });
            found.push(FileDiagnostic { file: f, diagnostic: d });
        }
    }
    let mut replaced = Vec::new();
    for d in &ws.files[f].parsed.file.decls {
        if let DeclKind::Clause(c) = &d.kind {
            if !changed.contains(&c.number.value) {
                changed.push(c.number.value.clone());
            }
            if let Some((number, words)) = base_clauses.iter().find(|(n, _)| *n == c.number.value) {
                replaced.push((number.clone(), words.clone()));
            }
        }
    }
    (changed, replaced)
}

/// P0409 for versions that overlap (one comes into force no later than the
/// one before it, or before the one before it ends), P0410 for gaps.
fn dates(blocks: &[(FileId, &PolicyDecl)], versions: &[Version]) -> Vec<FileDiagnostic> {
    let mut found = Vec::new();
    let span_of = |p: &PolicyDecl| p.in_force.map(|(_, s)| s).unwrap_or(p.id.span);
    for (i, v) in versions.iter().enumerate() {
        let (f, p) = blocks[i];
        if let (Some(start), Some(end)) = (v.in_force, v.until) {
            if end < start {
                let d = Diagnostic::new(
                    Code::VersionsOverlap,
                    msg!(
                        "check-version-ends-before-start",
                        name = &v.name,
                        end = end.to_string(),
                        start = start.to_string()
                    ),
                    p.until.map(|(_, s)| s).unwrap_or(p.id.span),
                    msg!("check-version-ends-before-start-label"),
                )
                .with_help(msg!("check-version-ends-before-start-help"));
                found.push(FileDiagnostic { file: f, diagnostic: d });
            }
        }
        let Some(prev) = i.checked_sub(1).map(|j| &versions[j]) else { continue };
        let (Some(start), Some(prev_start)) = (v.in_force, prev.in_force) else { continue };
        if start <= prev_start || prev.until.is_some_and(|u| u >= start) {
            let d = Diagnostic::new(
                Code::VersionsOverlap,
                msg!(
                    "check-versions-overlap",
                    name = &v.name,
                    start = start.to_string(),
                    previous = &prev.name,
                    previous_start = prev_start.to_string(),
                    previous_until = prev
                        .until
                        .map(|u| msg!("check-versions-overlap-until", date = u.to_string()))
                        .unwrap_or_else(|| Message::from(""))
                ),
                span_of(p),
                msg!("check-versions-overlap-label"),
            )
            .with_help(msg!("check-versions-overlap-help"));
            found.push(FileDiagnostic { file: f, diagnostic: d });
        } else if let Some(until) = prev.until {
            if until.tomorrow().is_ok_and(|next| next < start) {
                let d = Diagnostic::new(
                    Code::VersionsGap,
                    msg!(
                        "check-versions-gap",
                        from = until.tomorrow().unwrap_or(until).to_string(),
                        to = start.yesterday().unwrap_or(start).to_string(),
                        previous = &prev.name,
                        until = until.to_string(),
                        name = &v.name,
                        start = start.to_string()
                    ),
                    span_of(p),
                    msg!("check-versions-gap-label"),
                )
                .with_help(msg!("check-versions-gap-help"));
                found.push(FileDiagnostic { file: f, diagnostic: d });
            }
        }
    }
    found
}
