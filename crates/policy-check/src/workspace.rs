//! The set of source files a check works on: a policy and the files it imports
//! with `use`. Reading files is the caller's job (a closure), so that the CLI,
//! the language server (open editor buffers) and tests supply text alike.

use std::path::{Path, PathBuf};

use policy_syntax::ast::DeclKind;
use policy_syntax::{LineIndex, Parsed};

use crate::model::FileId;

/// One parsed source file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Its path as given (used in diagnostics and to resolve `use`).
    pub path: PathBuf,
    /// Its text.
    pub text: String,
    /// Its syntax tree and syntax diagnostics.
    pub parsed: Parsed,
    /// Its line index.
    pub lines: LineIndex,
    /// The files it imports, resolved (`None`: could not be read).
    pub imports: Vec<(String, Option<FileId>)>,
}

impl SourceFile {
    /// The keyword language most of its keywords are written in (English when none).
    pub fn keyword_language(&self) -> policy_syntax::KeywordLanguage {
        policy_syntax::dominant_language(&self.text, &self.parsed.file)
    }
}

/// All files of a check.
#[derive(Debug, Clone, Default)]
pub struct Workspace {
    /// The files, indexed by [`FileId`].
    pub files: Vec<SourceFile>,
}

impl Workspace {
    /// An empty workspace.
    pub fn new() -> Self {
        Workspace::default()
    }

    /// Adds a file from its text (without following its imports).
    pub fn add(&mut self, path: PathBuf, text: String) -> FileId {
        let parsed = policy_syntax::parse(&text);
        let lines = LineIndex::new(&text);
        self.files.push(SourceFile { path, text, parsed, lines, imports: Vec::new() });
        self.files.len() - 1
    }

    /// The file already loaded from `path`, if any.
    pub fn find(&self, path: &Path) -> Option<FileId> {
        self.files.iter().position(|f| f.path == path)
    }

    /// Loads `path` with `read` and, recursively, every file it imports with
    /// `use` or names in `amends` (relative to the importing file). A file is loaded once. An import
    /// that cannot be read is recorded as `None` and reported by the checker.
    pub fn load<E>(&mut self, path: &Path, read: &mut dyn FnMut(&Path) -> Result<String, E>) -> Result<FileId, E> {
        let path = normalize(path);
        if let Some(id) = self.find(&path) {
            return Ok(id);
        }
        let text = read(&path)?;
        let id = self.add(path.clone(), text);
        self.resolve_imports(id, read);
        Ok(id)
    }

    /// Resolves (loading as needed) the imports of an already added file.
    pub fn resolve_imports<E>(&mut self, id: FileId, read: &mut dyn FnMut(&Path) -> Result<String, E>) {
        let base = self.files[id].path.parent().map(Path::to_path_buf).unwrap_or_default();
        let uses: Vec<String> = self.files[id]
            .parsed
            .file
            .decls
            .iter()
            .filter_map(|d| match &d.kind {
                DeclKind::Use(u) => Some(u.path.value.clone()),
                DeclKind::Policy(p) => p.amends.as_ref().map(|a| a.path.value.clone()),
                _ => None,
            })
            .collect();
        let mut imports = Vec::new();
        for written in uses {
            let target = normalize(&base.join(&written));
            let resolved = match self.find(&target) {
                Some(found) => Some(found),
                None => self.load(&target, read).ok(),
            };
            imports.push((written, resolved));
        }
        self.files[id].imports = imports;
    }

    /// `root` and every file it imports, transitively, imports first, each once.
    pub fn closure(&self, root: FileId) -> Vec<FileId> {
        let mut order = Vec::new();
        let mut visiting = vec![false; self.files.len()];
        self.visit(root, &mut visiting, &mut order);
        order
    }

    fn visit(&self, id: FileId, visiting: &mut [bool], order: &mut Vec<FileId>) {
        if visiting[id] {
            return;
        }
        visiting[id] = true;
        for (_, import) in &self.files[id].imports {
            if let Some(import) = import {
                self.visit(*import, visiting, order);
            }
        }
        order.push(id);
    }
}

/// Removes `.` and resolves `..` components lexically (no file system access).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if matches!(out.components().next_back(), Some(std::path::Component::Normal(_))) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_resolves_dots_lexically() {
        assert_eq!(normalize(Path::new("policies/./a/../case.policy")), PathBuf::from("policies/case.policy"));
        assert_eq!(normalize(Path::new("../../x")), PathBuf::from("../../x"));
        assert_eq!(normalize(Path::new("tests/fixtures/../../policies/s.policy")), PathBuf::from("policies/s.policy"));
    }
}
