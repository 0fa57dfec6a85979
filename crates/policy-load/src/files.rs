//! Reading policy files from disk into a checked workspace.

use std::io;
use std::path::{Path, PathBuf};

use policy_check::model::FileId;
use policy_check::Workspace;
use policy_i18n::{msg, Lang, Message};

/// A file that could not be read, with the reason. The reason is a
/// [`Message`], put into words in the reader's language where it is shown
/// ([`Unreadable::reason_in`]): the I/O error's kind by
/// [`policy_i18n::io_message`] («файл или каталог не найден»), text that is
/// not UTF-8, a policy too large to read.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    /// The path.
    pub path: PathBuf,
    /// Why, in either language.
    pub reason: Message,
}

impl Unreadable {
    /// `path` could not be read (or listed) because of the I/O error `e`.
    pub fn io(path: &Path, e: &io::Error) -> Self {
        Unreadable { path: path.to_path_buf(), reason: policy_i18n::io_message(e) }
    }

    /// Why, in `lang`: the text to put after "cannot read `path`: ".
    pub fn reason_in(&self, lang: Lang) -> String {
        self.reason.render(lang)
    }

    /// The message to report, in English (the server's JSON diagnostics):
    /// `error: cannot read {what} `path`: reason` (`what` may be empty).
    pub fn message(&self, what: &str) -> String {
        let what = if what.is_empty() { String::new() } else { format!("{what} ") };
        format!("error: cannot read {what}`{}`: {}", self.path.display(), self.reason_in(Lang::En))
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
            return Err(Unreadable::io(path, &io::Error::from(io::ErrorKind::NotFound)));
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn collect_dir(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Unreadable> {
    let entries = std::fs::read_dir(dir).map_err(|e| Unreadable::io(dir, &e))?;
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
    let bytes = std::fs::read(path).map_err(|e| Unreadable::io(path, &e))?;
    String::from_utf8(bytes).map_err(|e| Unreadable {
        path: path.to_path_buf(),
        reason: msg!("load-not-utf8", offset = e.utf8_error().valid_up_to()),
    })
}

/// The largest policy file read, in bytes (10 MiB; the longest regulation in
/// the repository is under 60 KB). Stated in `docs/language.md` ("Limits").
pub const MAX_POLICY_BYTES: u64 = 10 * 1024 * 1024;

/// Reads a policy file as UTF-8 text, refusing one larger than
/// [`MAX_POLICY_BYTES`] before reading it.
pub fn read_policy(path: &Path) -> Result<String, Unreadable> {
    let size = std::fs::metadata(path).map_err(|e| Unreadable::io(path, &e))?.len();
    if size > MAX_POLICY_BYTES {
        return Err(Unreadable {
            path: path.to_path_buf(),
            reason: msg!("load-policy-too-large", size = size, max = MAX_POLICY_BYTES),
        });
    }
    read(path)
}

/// Loads `path` and its imports into `ws`.
pub fn load_policy(ws: &mut Workspace, path: &Path) -> Result<FileId, Unreadable> {
    ws.load(path, &mut |p: &Path| read_policy(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_said_in_the_readers_language() {
        let missing = Path::new("/nonexistent/policy-load/x.policy");
        for unreadable in [read_policy(missing), policy_files(&[missing.to_path_buf()]).map(|_| String::new())] {
            let e = unreadable.expect_err("the path does not exist");
            assert_eq!(e.path, missing);
            assert_eq!(e.reason_in(Lang::Ru), "файл или каталог не найден");
            assert_eq!(e.reason_in(Lang::En), "no such file or directory");
        }
    }

    #[test]
    fn the_english_message_names_what_and_where() {
        let e = Unreadable::io(Path::new("a.policy"), &io::Error::from(io::ErrorKind::PermissionDenied));
        assert_eq!(e.message("policy"), "error: cannot read policy `a.policy`: permission denied");
        assert_eq!(e.message(""), "error: cannot read `a.policy`: permission denied");
    }

    #[test]
    fn text_that_is_not_utf8_names_the_offset() {
        let path = std::env::temp_dir().join(format!("policy-load-not-utf8-{}.policy", std::process::id()));
        std::fs::write(&path, b"policy \xff").expect("the temporary directory is writable");
        let e = read(&path).expect_err("not UTF-8");
        let _ = std::fs::remove_file(&path);
        assert_eq!(e.reason_in(Lang::En), "not UTF-8 text (invalid byte at offset 7)");
        assert_eq!(e.reason_in(Lang::Ru), "текст не в кодировке UTF-8 (недопустимый байт на позиции 7)");
    }

    #[test]
    fn a_policy_too_large_is_refused_in_either_language() {
        let path = std::env::temp_dir().join(format!("policy-load-too-large-{}.policy", std::process::id()));
        let file = std::fs::File::create(&path).expect("the temporary directory is writable");
        file.set_len(MAX_POLICY_BYTES + 1).expect("a sparse file");
        let e = read_policy(&path).expect_err("too large");
        let _ = std::fs::remove_file(&path);
        assert!(e.reason_in(Lang::En).starts_with("the file is 10,485,761 bytes, more than the 10,485,760"));
        assert!(e.reason_in(Lang::Ru).contains("байт"), "{}", e.reason_in(Lang::Ru));
    }
}
