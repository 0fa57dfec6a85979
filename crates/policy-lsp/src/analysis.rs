//! Checked policies, cached per root file. Each policy of the workspace is a
//! root: it is loaded with its imports (open buffers first, then disk) into its
//! own [`Workspace`] and checked with [`policy_check::check`], exactly as
//! `policy check` does. A cached analysis is reused while none of the files it
//! read (including imports that could not be read) has changed.
//!
//! A panic while loading or checking one root is contained to that root: its
//! analysis is marked [`RootAnalysis::failed`] (and cached like any other, so the
//! failure is not recomputed or logged again until one of its files changes),
//! features answer nothing for it, and diagnostics report the failure on its file.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use policy_check::model::FileId;
use policy_check::{Checked, Model, SourceFile, Workspace};
use policy_syntax::ast::Span;
use policy_syntax::{ColumnEncoding, KeywordLanguage};
use tower_lsp_server::ls_types::{Position, Range};

use crate::index::Index;
use crate::vfs::{normalize, Snapshot};

/// The function that checks a root: [`policy_check::check`], or a stand-in
/// (tests use one that panics to show that a failure is contained).
pub type Checker = fn(&Workspace, FileId) -> Checked;

/// One checked policy with the files it imports.
#[derive(Debug)]
pub struct RootAnalysis {
    /// The root's path.
    pub path: PathBuf,
    /// The root and its imports, parsed.
    pub ws: Workspace,
    /// The root's id in `ws`.
    pub root: FileId,
    /// The checker's output.
    pub checked: Checked,
    /// Every path the loader was asked for, with its revision at the time.
    inputs: Vec<(PathBuf, u64)>,
    /// The version of each file of `ws` that was an open buffer.
    versions: Vec<Option<i32>>,
    failed: bool,
    index: OnceLock<Index>,
}

impl RootAnalysis {
    /// Loads `path` from `snapshot` and checks it with `checker`. `None` when the
    /// root itself cannot be read. A panic while loading or checking gives a
    /// [failed](RootAnalysis::failed) analysis with no diagnostics and an empty model.
    pub fn compute(snapshot: &Snapshot, path: &Path, checker: Checker) -> Option<RootAnalysis> {
        let path = normalize(path);
        let mut inputs = Vec::new();
        let mut ws = Workspace::new();
        let mut read = |p: &Path| {
            inputs.push((p.to_path_buf(), snapshot.revision(p)));
            snapshot.read(p)
        };
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let root = ws.load(&path, &mut read).ok()?;
            Some((root, checker(&ws, root)))
        }));
        let (ws, root, checked, failed) = match outcome {
            Ok(Some((root, checked))) => (ws, root, checked, false),
            Ok(None) => return None,
            Err(_) => {
                crate::server::log(&format!(
                    "the checker failed on {}; its diagnostics are not available",
                    path.display()
                ));
                // A fresh workspace holding an empty root keeps every file id valid.
                let mut empty = Workspace::new();
                let root = empty.add(path.clone(), String::new());
                let checked = Checked { model: Model::default(), diagnostics: Vec::new(), references: Vec::new() };
                (empty, root, checked, true)
            }
        };
        let versions = ws.files.iter().map(|f| snapshot.document(&f.path).map(|d| d.version)).collect();
        Some(RootAnalysis { path, ws, root, checked, inputs, versions, failed, index: OnceLock::new() })
    }

    /// Whether loading or checking this root panicked: its model and diagnostics are
    /// then empty, and the language server reports the failure instead.
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// Whether every file this analysis read is unchanged in `snapshot`.
    pub fn is_fresh(&self, snapshot: &Snapshot) -> bool {
        self.inputs.iter().all(|(p, rev)| snapshot.revision(p) == *rev)
    }

    /// The file with this path, if the analysis loaded it.
    pub fn file_id(&self, path: &Path) -> Option<FileId> {
        self.ws.find(&normalize(path))
    }

    /// The source file `id`.
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.ws.files[id]
    }

    /// The root's source file.
    pub fn root_file(&self) -> &SourceFile {
        &self.ws.files[self.root]
    }

    /// The version of the open buffer file `id` was read from (`None`: read from disk).
    pub fn version(&self, id: FileId) -> Option<i32> {
        self.versions.get(id).copied().flatten()
    }

    /// The occurrence index (built on first use).
    pub fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(self))
    }

    /// The keyword language most of file `id`'s keywords are written in.
    pub fn language(&self, id: FileId) -> KeywordLanguage {
        let f = &self.ws.files[id];
        policy_syntax::dominant_language(&f.text, &f.parsed.file)
    }
}

/// Cached analyses, shared by all handlers.
#[derive(Debug)]
pub struct Cache {
    roots: Mutex<HashMap<PathBuf, Arc<RootAnalysis>>>,
    checker: Checker,
}

impl Default for Cache {
    fn default() -> Self {
        Cache::with_checker(policy_check::check)
    }
}

impl Cache {
    /// An empty cache whose analyses are checked by `checker`.
    pub fn with_checker(checker: Checker) -> Cache {
        Cache { roots: Mutex::new(HashMap::new()), checker }
    }

    /// The analysis of root `path` in `snapshot`, from the cache when fresh (possibly a
    /// [failed](RootAnalysis::failed) one).
    pub fn get(&self, snapshot: &Snapshot, path: &Path) -> Option<Arc<RootAnalysis>> {
        let path = normalize(path);
        if let Some(found) = self.lock().get(&path) {
            if found.is_fresh(snapshot) {
                return Some(found.clone());
            }
        }
        let fresh = Arc::new(RootAnalysis::compute(snapshot, &path, self.checker)?);
        self.lock().insert(path, fresh.clone());
        Some(fresh)
    }

    /// How many analyses the cache holds.
    pub fn cached(&self) -> usize {
        self.lock().len()
    }

    /// Drops cached analyses of roots that are no longer in the workspace.
    pub fn retain(&self, roots: &[PathBuf]) {
        self.lock().retain(|p, _| roots.binary_search(p).is_ok());
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<PathBuf, Arc<RootAnalysis>>> {
        // A panic while holding the lock leaves a usable map behind.
        self.roots.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// What every feature works on: a snapshot of the documents and the cache of analyses.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The documents.
    pub snapshot: Snapshot,
    cache: Arc<Cache>,
}

impl Analysis {
    /// An analysis over `snapshot` using (and filling) `cache`.
    pub fn new(snapshot: Snapshot, cache: Arc<Cache>) -> Analysis {
        Analysis { snapshot, cache }
    }

    /// An analysis of in-memory files (tests and benchmarks).
    pub fn from_texts(files: impl IntoIterator<Item = (PathBuf, String)>, encoding: ColumnEncoding) -> Analysis {
        Analysis::new(Snapshot::from_texts(files, encoding), Arc::new(Cache::default()))
    }

    /// The analysis with `path` as its root; `None` also when the checker failed on it.
    pub fn root(&self, path: &Path) -> Option<Arc<RootAnalysis>> {
        self.cache.get(&self.snapshot, path).filter(|ra| !ra.failed())
    }

    /// The analyses of every root of the workspace (without the failed ones).
    pub fn all_roots(&self) -> Vec<Arc<RootAnalysis>> {
        self.snapshot.roots().iter().filter_map(|p| self.root(p)).collect()
    }

    /// The analyses of every root of the workspace, including the
    /// [failed](RootAnalysis::failed) ones.
    pub fn all_roots_and_failures(&self) -> Vec<Arc<RootAnalysis>> {
        self.snapshot.roots().iter().filter_map(|p| self.cache.get(&self.snapshot, p)).collect()
    }

    /// The column encoding of positions.
    pub fn encoding(&self) -> ColumnEncoding {
        self.snapshot.encoding
    }

    /// The analysis of `path` and its file id in it, with the byte offset of `position`.
    pub fn at(&self, path: &Path, position: Position) -> Option<(Arc<RootAnalysis>, FileId, usize)> {
        let ra = self.root(path)?;
        let id = ra.file_id(path)?;
        let offset = Lines::new(ra.file(id), self.encoding()).offset(position);
        Some((ra, id, offset))
    }
}

/// Position conversion for one file.
#[derive(Debug, Clone, Copy)]
pub struct Lines<'a> {
    file: &'a SourceFile,
    encoding: ColumnEncoding,
}

impl<'a> Lines<'a> {
    /// Conversion for `file` with columns in `encoding`.
    pub fn new(file: &'a SourceFile, encoding: ColumnEncoding) -> Self {
        Lines { file, encoding }
    }

    /// The LSP position of a byte offset.
    pub fn position(&self, offset: usize) -> Position {
        let p = self.file.lines.wide_position(&self.file.text, offset, self.encoding);
        Position { line: p.line, character: p.column }
    }

    /// The LSP range of a byte span.
    pub fn range(&self, span: Span) -> Range {
        Range { start: self.position(span.start), end: self.position(span.end.max(span.start)) }
    }

    /// The byte offset of an LSP position (clamped to the text, on a character boundary).
    pub fn offset(&self, position: Position) -> usize {
        crate::vfs::position_to_offset(&self.file.text, &self.file.lines, position, self.encoding)
    }
}
