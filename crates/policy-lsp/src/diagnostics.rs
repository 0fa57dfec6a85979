//! Diagnostics: the checker's, converted once. Every policy of the workspace is
//! checked as a root (with its imports), and the diagnostics of each file are
//! the union over all roots, deduplicated exactly as `policy check DIR` does —
//! so a broken import shows up in the file that has it, and an edit in the case
//! schema re-checks every policy that uses it.
//!
//! A root the checker failed on (it panicked), or whose diagnostics could not be
//! converted, gets one diagnostic saying so ([`checker_failed`]); the other files
//! keep theirs.

use std::collections::{BTreeMap, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use policy_check::FileDiagnostic;
use policy_syntax::DiagnosticSeverity;
use tower_lsp_server::ls_types::{self as lsp, DiagnosticRelatedInformation, Location, NumberOrString, Uri};

use crate::analysis::{Analysis, Lines, RootAnalysis};

/// The diagnostics of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileDiagnostics {
    /// The file.
    pub path: PathBuf,
    /// Its URI.
    pub uri: Uri,
    /// The version of the open buffer they were computed from (`None`: the file on disk).
    pub version: Option<i32>,
    /// The revision of the file in the snapshot they were computed from.
    pub revision: u64,
    /// The diagnostics, in source order.
    pub diagnostics: Vec<lsp::Diagnostic>,
}

/// Converts one checker diagnostic of `ra` to the LSP form: severity, code
/// (linked to its section of the reference in the file's keyword language),
/// message (with the help line appended), range, and the labels as related
/// information.
pub fn convert(ra: &RootAnalysis, d: &FileDiagnostic, encoding: policy_syntax::ColumnEncoding) -> lsp::Diagnostic {
    let file = ra.file(d.file);
    let lines = Lines::new(file, encoding);
    let diag = &d.diagnostic;
    let lang = crate::lang::of_file(ra, d.file);
    let mut message = diag.message_in(lang);
    if let Some(help) = diag.help_in(lang) {
        message.push('\n');
        message.push_str(&policy_i18n::tr!(lang, "check-help-prefix"));
        message.push_str(&help);
    }
    let uri = crate::vfs::path_to_uri(&file.path);
    let mut related: Vec<DiagnosticRelatedInformation> = match uri {
        Some(uri) => std::iter::once((diag.span, diag.label.render(lang)))
            .filter(|(_, label)| !label.is_empty())
            .chain(diag.labels.iter().filter(|l| l.file.is_none()).map(|l| (l.span, l.message.render(lang))))
            .map(|(span, label)| DiagnosticRelatedInformation {
                location: Location { uri: uri.clone(), range: lines.range(span) },
                message: label.to_string(),
            })
            .collect(),
        None => Vec::new(),
    };
    // Labels in other files (the first declaration in a `use`d file): that file's URI and range.
    related.extend(diag.labels.iter().filter_map(|l| {
        let other = ra.file(l.file?);
        let uri = crate::vfs::path_to_uri(&other.path)?;
        let range = Lines::new(other, encoding).range(l.span);
        Some(DiagnosticRelatedInformation { location: Location { uri, range }, message: l.message.render(lang) })
    }));
    lsp::Diagnostic {
        range: lines.range(diag.span),
        severity: Some(match diag.severity() {
            DiagnosticSeverity::Error => lsp::DiagnosticSeverity::ERROR,
            DiagnosticSeverity::Warning => lsp::DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(diag.code.to_string())),
        code_description: crate::reference::code_description(diag.code, ra.language(d.file)),
        source: Some("policy".to_string()),
        message,
        related_information: if related.is_empty() { None } else { Some(related) },
        ..lsp::Diagnostic::default()
    }
}

/// The one diagnostic a file gets when checking it failed (the checker panicked).
pub fn checker_failed() -> lsp::Diagnostic {
    lsp::Diagnostic {
        range: lsp::Range::default(),
        severity: Some(lsp::DiagnosticSeverity::ERROR),
        source: Some("policy".to_string()),
        message: "internal error: the checker failed on this file, so its diagnostics are not available \
                  (other files are not affected); please report it with the file attached"
            .to_string(),
        ..lsp::Diagnostic::default()
    }
}

/// The diagnostics of every file that any root of the workspace reads
/// (a file without problems gets an empty list, which clears old ones).
pub fn workspace_diagnostics(analysis: &Analysis) -> Vec<FileDiagnostics> {
    let roots = analysis.all_roots_and_failures();
    collect(analysis, &roots)
}

/// A file's version and its diagnostics keyed by start offset, while collecting.
type Pending = (Option<i32>, Vec<(usize, lsp::Diagnostic)>);

/// The diagnostics of every file the given analyses read. A failed root, or one
/// whose diagnostics panic while being converted, gets [`checker_failed`] on its file.
pub fn collect(analysis: &Analysis, roots: &[std::sync::Arc<RootAnalysis>]) -> Vec<FileDiagnostics> {
    let encoding = analysis.encoding();
    let mut by_file: BTreeMap<PathBuf, Pending> = BTreeMap::new();
    let mut seen = HashSet::new();
    for ra in roots {
        let converted = if ra.failed() {
            None
        } else {
            catch_unwind(AssertUnwindSafe(|| {
                let mut out = Vec::new();
                let mut keys = HashSet::new();
                for d in &ra.checked.diagnostics {
                    let path = &ra.file(d.file).path;
                    let key = (path.clone(), d.diagnostic.span, d.diagnostic.code, d.diagnostic.message.clone());
                    if seen.contains(&key) || !keys.insert(key) {
                        continue;
                    }
                    out.push((path.clone(), d.diagnostic.span.start, convert(ra, d, encoding)));
                }
                (out, keys)
            }))
            .ok()
        };
        for (id, f) in ra.ws.files.iter().enumerate() {
            by_file.entry(f.path.clone()).or_insert_with(|| (ra.version(id), Vec::new()));
        }
        match converted {
            Some((out, keys)) => {
                seen.extend(keys);
                for (path, start, d) in out {
                    if let Some((_, list)) = by_file.get_mut(&path) {
                        list.push((start, d));
                    }
                }
            }
            None => {
                if !ra.failed() {
                    crate::server::log(&format!("converting the diagnostics of {} failed", ra.path.display()));
                }
                let version = analysis.snapshot.document(&ra.path).map(|d| d.version);
                let (_, list) = by_file.entry(ra.path.clone()).or_insert_with(|| (version, Vec::new()));
                list.push((0, checker_failed()));
            }
        }
    }
    by_file
        .into_iter()
        .filter_map(|(path, (version, mut list))| {
            list.sort_by_key(|(start, _)| *start);
            let uri = analysis.snapshot.uri(&path)?;
            let revision = analysis.snapshot.revision(&path);
            Some(FileDiagnostics {
                path,
                uri,
                version,
                revision,
                diagnostics: list.into_iter().map(|(_, d)| d).collect(),
            })
        })
        .collect()
}

/// The diagnostics of one file, over every root of the workspace.
pub fn file_diagnostics(analysis: &Analysis, path: &std::path::Path) -> Vec<lsp::Diagnostic> {
    let path = crate::vfs::normalize(path);
    workspace_diagnostics(analysis).into_iter().find(|f| f.path == path).map(|f| f.diagnostics).unwrap_or_default()
}
