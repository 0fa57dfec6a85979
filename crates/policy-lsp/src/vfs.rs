//! The document store: open editor buffers (which override files on disk), the
//! policy files of the workspace folders, and a revision per path so that cached
//! analyses know when they are stale.
//!
//! Edits are applied here, in the order the client sent them, by the server's
//! request pipeline (see `server.rs`); the handlers read [`Snapshot`]s.

use std::collections::{BTreeSet, HashMap};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use policy_syntax::{ColumnEncoding, LineIndex, WidePosition};
use tower_lsp_server::ls_types::{Position, TextDocumentContentChangeEvent, Uri};

/// An open editor buffer.
#[derive(Debug, Clone)]
pub struct OpenDocument {
    /// The URI the client uses for it (echoed back in diagnostics).
    pub uri: Uri,
    /// The buffer's text.
    pub text: Arc<String>,
    /// The client's version of the buffer.
    pub version: i32,
}

/// Why an edit was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// No open document has this path.
    UnknownDocument,
    /// The change's version is not newer than the buffer's.
    StaleVersion {
        /// The buffer's version.
        current: i32,
        /// The version of the rejected change.
        received: i32,
    },
}

/// The mutable store the server owns (behind a mutex).
#[derive(Debug, Default)]
pub struct Vfs {
    open: HashMap<PathBuf, OpenDocument>,
    revisions: HashMap<PathBuf, u64>,
    counter: u64,
    workspace_files: BTreeSet<PathBuf>,
    read_disk: bool,
}

/// A consistent, immutable view of the store for one computation.
#[derive(Debug, Clone)]
pub struct Snapshot {
    open: Arc<HashMap<PathBuf, OpenDocument>>,
    revisions: Arc<HashMap<PathBuf, u64>>,
    roots: Arc<Vec<PathBuf>>,
    read_disk: bool,
    /// How LSP positions count columns.
    pub encoding: ColumnEncoding,
}

impl Vfs {
    /// An empty store; `read_disk` says whether files that are not open are read from disk.
    pub fn new(read_disk: bool) -> Self {
        Vfs { read_disk, ..Vfs::default() }
    }

    fn bump(&mut self, path: &Path) {
        self.counter += 1;
        self.revisions.insert(path.to_path_buf(), self.counter);
    }

    /// Opens (or reopens) a buffer.
    pub fn open(&mut self, path: PathBuf, uri: Uri, text: String, version: i32) {
        self.bump(&path);
        self.open.insert(path, OpenDocument { uri, text: Arc::new(text), version });
    }

    /// Closes a buffer: the file on disk counts again.
    pub fn close(&mut self, path: &Path) -> bool {
        let was_open = self.open.remove(path).is_some();
        self.bump(path);
        was_open
    }

    /// Applies the content changes of one `didChange`, in order. A change whose
    /// version is not newer than the buffer's is rejected (the buffer is kept).
    pub fn change(
        &mut self,
        path: &Path,
        version: i32,
        changes: &[TextDocumentContentChangeEvent],
        encoding: ColumnEncoding,
    ) -> Result<(), EditError> {
        let doc = self.open.get_mut(path).ok_or(EditError::UnknownDocument)?;
        if version <= doc.version {
            return Err(EditError::StaleVersion { current: doc.version, received: version });
        }
        let mut text = doc.text.as_str().to_string();
        for change in changes {
            apply_change(&mut text, change, encoding);
        }
        doc.text = Arc::new(text);
        doc.version = version;
        self.bump(path);
        Ok(())
    }

    /// Notes that a file changed on disk (saved, created, deleted by another program).
    pub fn touch(&mut self, path: &Path) {
        self.bump(path);
    }

    /// Sets the policy files found in the workspace folders.
    pub fn set_workspace_files(&mut self, files: impl IntoIterator<Item = PathBuf>) {
        self.workspace_files = files.into_iter().map(|p| normalize(&p)).collect();
        self.counter += 1;
    }

    /// Adds or removes one workspace file (a watched file was created or deleted).
    pub fn set_workspace_file(&mut self, path: &Path, present: bool) {
        if present {
            self.workspace_files.insert(path.to_path_buf());
        } else {
            self.workspace_files.remove(path);
        }
        self.bump(path);
    }

    /// The open buffer at `path`.
    pub fn document(&self, path: &Path) -> Option<&OpenDocument> {
        self.open.get(path)
    }

    /// How many buffers are open.
    pub fn open_documents(&self) -> usize {
        self.open.len()
    }

    /// How many paths have a revision.
    pub fn tracked_paths(&self) -> usize {
        self.revisions.len()
    }

    /// The revision of `path` (0 when it was never opened or touched).
    pub fn revision(&self, path: &Path) -> u64 {
        self.revisions.get(path).copied().unwrap_or(0)
    }

    /// A snapshot of the store for a computation.
    pub fn snapshot(&self, encoding: ColumnEncoding) -> Snapshot {
        let mut roots: BTreeSet<PathBuf> = self.workspace_files.clone();
        roots.extend(self.open.keys().cloned());
        Snapshot {
            open: Arc::new(self.open.clone()),
            revisions: Arc::new(self.revisions.clone()),
            roots: Arc::new(roots.into_iter().collect()),
            read_disk: self.read_disk,
            encoding,
        }
    }
}

impl Snapshot {
    /// A snapshot of in-memory files only (for tests and benchmarks): every file
    /// counts as open at version 1, and nothing is read from disk.
    pub fn from_texts(files: impl IntoIterator<Item = (PathBuf, String)>, encoding: ColumnEncoding) -> Snapshot {
        let mut vfs = Vfs::new(false);
        for (path, text) in files {
            let path = normalize(&path);
            if let Some(uri) = path_to_uri(&path) {
                vfs.open(path, uri, text, 1);
            }
        }
        vfs.snapshot(encoding)
    }

    /// The text of `path`: the open buffer, else (when allowed) the file on disk.
    pub fn read(&self, path: &Path) -> Result<String, String> {
        if let Some(doc) = self.open.get(path) {
            return Ok(doc.text.as_str().to_string());
        }
        if !self.read_disk {
            return Err("not open".into());
        }
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())
    }

    /// The revision of `path` (0 when it was never opened or touched).
    pub fn revision(&self, path: &Path) -> u64 {
        self.revisions.get(path).copied().unwrap_or(0)
    }

    /// The open buffer at `path`.
    pub fn document(&self, path: &Path) -> Option<&OpenDocument> {
        self.open.get(path)
    }

    /// Every policy to check: the workspace's policy files and the open buffers.
    pub fn roots(&self) -> &[PathBuf] {
        &self.roots
    }

    /// The URI to use for `path`: the client's own for an open buffer.
    pub fn uri(&self, path: &Path) -> Option<Uri> {
        match self.open.get(path) {
            Some(doc) => Some(doc.uri.clone()),
            None => path_to_uri(path),
        }
    }
}

/// Applies one content change to `text`. Positions outside the text are clamped;
/// a change without a range replaces the whole text.
pub fn apply_change(text: &mut String, change: &TextDocumentContentChangeEvent, encoding: ColumnEncoding) {
    let Some(range) = change.range else {
        *text = change.text.clone();
        return;
    };
    let index = LineIndex::new(text);
    let (mut start, mut end) = (
        position_to_offset(text, &index, range.start, encoding),
        position_to_offset(text, &index, range.end, encoding),
    );
    if start > end {
        std::mem::swap(&mut start, &mut end);
    }
    let start = floor_boundary(text, start);
    let end = floor_boundary(text, end);
    text.replace_range(start..end, &change.text);
}

/// The byte offset of an LSP position in `text` (indexed by `index`): a line past
/// the end is the end of the text, a column past the end of its line is the end
/// of the line, and the result is always on a character boundary.
pub fn position_to_offset(text: &str, index: &LineIndex, position: Position, encoding: ColumnEncoding) -> usize {
    let line_start = index.offset_of(WidePosition { line: position.line, column: 0 }, encoding).min(text.len());
    let line_start = floor_boundary(text, line_start);
    let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
    let line_end = if text[..line_end].ends_with('\r') { line_end - 1 } else { line_end };
    let widest = index.wide_position(text, line_end, encoding);
    if widest.line != position.line || position.character >= widest.column {
        return line_end;
    }
    floor_boundary(text, index.offset_of(position_wide(position), encoding).clamp(line_start, line_end))
}

fn position_wide(p: Position) -> WidePosition {
    WidePosition { line: p.line, column: p.character }
}

fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The path of a URI: a file path for `file:` URIs, else a synthetic path made
/// of the URI itself (untitled buffers), so that every document has a key.
pub fn uri_to_path(uri: &Uri) -> PathBuf {
    let is_file = uri.scheme().as_str().eq_ignore_ascii_case("file");
    if is_file {
        if let Some(path) = uri.to_file_path() {
            return normalize(&path);
        }
    }
    PathBuf::from(uri.as_str())
}

/// The URI of a path (a synthetic path made from a URI maps back to that URI).
pub fn path_to_uri(path: &Path) -> Option<Uri> {
    if !path.is_absolute() {
        let uri = path.to_str().and_then(|s| s.parse::<Uri>().ok());
        if let Some(uri) = uri.filter(|u| !u.scheme().as_str().eq_ignore_ascii_case("file")) {
            return Some(uri);
        }
    }
    Uri::from_file_path(path)
}

/// Removes `.` and resolves `..` lexically, as the checker's workspace does.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                    out.pop();
                } else {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The `.policy` files under `dir`, recursively, skipping hidden folders,
/// `target` and `node_modules`; at most `limit` files.
pub fn scan_policies(dir: &Path, limit: usize) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![(dir.to_path_buf(), 0usize)];
    while let Some((dir, depth)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let Ok(kind) = entry.file_type() else { continue };
            if kind.is_dir() {
                if depth < 16 && !name.starts_with('.') && name != "target" && name != "node_modules" {
                    stack.push((path, depth + 1));
                }
            } else if kind.is_file() && name.ends_with(".policy") {
                out.push(normalize(&path));
                if out.len() >= limit {
                    out.sort();
                    return out;
                }
            }
        }
    }
    out.sort();
    out
}
