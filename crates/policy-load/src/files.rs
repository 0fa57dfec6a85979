//! Reading policy files from disk into a checked workspace.

use std::path::{Path, PathBuf};

use policy_check::model::FileId;
use policy_check::Workspace;

/// A file that could not be read, with the reason.
#[derive(Debug)]
pub struct Unreadable {
    /// The path.
    pub path: PathBuf,
    /// Why.
    pub reason: String,
}

impl Unreadable {
    /// The message to report: `error: cannot read {what} `path`: reason`
    /// (`what` may be empty).
    pub fn message(&self, what: &str) -> String {
        let what = if what.is_empty() { String::new() } else { format!("{what} ") };
        format!("error: cannot read {what}`{}`: {}", self.path.display(), self.reason)
    }
}

/// Expands `paths` (files or directories) into the `.policy` files to check,
/// sorted, each once. A directory is searched recursively.
pub fn policy_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Unreadable> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            collect_dir(path, &mut out)?;
        } else if path.exists() {
            out.push(path.clone());
        } else {
            return Err(Unreadable { path: path.clone(), reason: "no such file or directory".into() });
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn collect_dir(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Unreadable> {
    let entries = std::fs::read_dir(dir).map_err(|e| Unreadable { path: dir.to_path_buf(), reason: e.to_string() })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_dir(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "policy") {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads a file as UTF-8 text.
pub fn read(path: &Path) -> Result<String, Unreadable> {
    let bytes = std::fs::read(path).map_err(|e| Unreadable { path: path.to_path_buf(), reason: e.to_string() })?;
    String::from_utf8(bytes).map_err(|e| Unreadable {
        path: path.to_path_buf(),
        reason: format!("not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()),
    })
}

/// The largest policy file read, in bytes (10 MiB; the longest regulation in
/// the repository is under 60 KB). Stated in `docs/language.md` ("Limits").
pub const MAX_POLICY_BYTES: u64 = 10 * 1024 * 1024;

/// Reads a policy file as UTF-8 text, refusing one larger than
/// [`MAX_POLICY_BYTES`] before reading it.
pub fn read_policy(path: &Path) -> Result<String, Unreadable> {
    let size =
        std::fs::metadata(path).map_err(|e| Unreadable { path: path.to_path_buf(), reason: e.to_string() })?.len();
    if size > MAX_POLICY_BYTES {
        return Err(Unreadable {
            path: path.to_path_buf(),
            reason: format!(
                "the file is {size} bytes, more than the {MAX_POLICY_BYTES} a policy may have; split it into files joined by `use`"
            ),
        });
    }
    read(path)
}

/// Loads `path` and its imports into `ws`.
pub fn load_policy(ws: &mut Workspace, path: &Path) -> Result<FileId, Unreadable> {
    ws.load(path, &mut |p: &Path| read_policy(p))
}
