//! Where a batch's cases come from: a JSON Lines file or standard input (one
//! case a line), or a directory of case files (`.json`, `.yaml`/`.yml`,
//! `.toml`, read in the sorted order of their names). The source is read a
//! chunk at a time, so memory does not grow with the input: a line is read to
//! at most [`MAX_CASE_BYTES`] bytes (the rest of a longer line is skipped and
//! the case reported as too large).

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use policy_eval::case::{text_from_bytes, too_large, MAX_CASE_BYTES};
use policy_eval::{CaseError, CaseFormat};
use policy_i18n::{io_message, msg, tr, Lang, Message};

/// Where one case is in the input: its line, or its file; in JSON `"line": 17` or
/// `"file": "cases/a.yaml"`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// The 1-based line of a JSON Lines input.
    Line(u64),
    /// A case file of a directory.
    File(PathBuf),
}

impl Origin {
    /// The place in `lang`'s words («строка 17», `cases/a.yaml`).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Origin::Line(n) => tr!(lang, "batch-origin-line", line = *n),
            Origin::File(path) => path.display().to_string(),
        }
    }
}

/// One case as read: its place, and its text (or why it could not be read).
#[derive(Debug)]
pub struct Item {
    /// Where it is.
    pub origin: Origin,
    /// Its text, or the error that makes it unusable (too large, not UTF-8,
    /// unreadable file).
    pub text: Result<String, CaseError>,
    /// Its format.
    pub format: CaseFormat,
}

/// A source of cases, read a chunk at a time.
pub struct Source {
    /// The input's name for messages (`cases.jsonl`, `standard input`, a directory).
    pub name: String,
    kind: Kind,
}

enum Kind {
    Lines { reader: Box<dyn BufRead + Send>, line: u64 },
    Files { files: std::vec::IntoIter<PathBuf> },
}

/// Why a batch's input cannot be read at all (exit status 2 before judging), in
/// either language; `Display` writes it in English.
#[derive(Debug)]
pub struct InputError(pub Message);

impl InputError {
    /// The input `name` cannot be read, for `reason`.
    fn unreadable(name: &str, reason: &io::Error) -> InputError {
        InputError(msg!("batch-cannot-read", input = name.to_string(), reason = io_message(reason)))
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.render(Lang::En))
    }
}

impl Source {
    /// Opens `path`: `-` is JSON Lines on standard input, a directory is its
    /// case files, any other file is JSON Lines.
    pub fn open(path: &Path) -> Result<Source, InputError> {
        if path == Path::new("-") {
            return Ok(Source::lines("standard input", Box::new(BufReader::new(io::stdin()))));
        }
        let name = path.display().to_string();
        let unreadable = |e: io::Error| InputError::unreadable(&name, &e);
        if path.is_dir() {
            let mut files = Vec::new();
            for entry in std::fs::read_dir(path).map_err(unreadable)? {
                let path = entry.map_err(unreadable)?.path();
                if path.is_file() && CaseFormat::from_path(&path).is_some() {
                    files.push(path);
                }
            }
            files.sort();
            return Ok(Source { name, kind: Kind::Files { files: files.into_iter() } });
        }
        let file = File::open(path).map_err(unreadable)?;
        Ok(Source::lines(&name, Box::new(BufReader::with_capacity(1 << 16, file))))
    }

    /// A JSON Lines source over any reader (a file, standard input, a test's bytes).
    pub fn lines(name: &str, reader: Box<dyn BufRead + Send>) -> Source {
        Source { name: name.into(), kind: Kind::Lines { reader, line: 0 } }
    }

    /// The number of cases, when it is known before reading (a directory's files).
    pub fn len_hint(&self) -> Option<u64> {
        match &self.kind {
            Kind::Files { files } => u64::try_from(files.len()).ok(),
            Kind::Lines { .. } => None,
        }
    }

    /// The next at most `n` cases (fewer only at the end; none when the input
    /// is exhausted). Blank lines are skipped. Fails only when the input
    /// itself cannot be read any further.
    pub fn chunk(&mut self, n: usize) -> Result<Vec<Item>, InputError> {
        let mut items = Vec::with_capacity(n);
        match &mut self.kind {
            Kind::Lines { reader, line } => {
                let mut buf = Vec::new();
                while items.len() < n {
                    buf.clear();
                    let Some(skipped) =
                        read_line(reader, &mut buf).map_err(|e| InputError::unreadable(&self.name, &e))?
                    else {
                        break;
                    };
                    *line += 1;
                    if skipped == 0 && buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let text = if skipped > 0 {
                        Err(too_large(u64::try_from(buf.len() + skipped).unwrap_or(u64::MAX)))
                    } else {
                        text_from_bytes(std::mem::take(&mut buf))
                    };
                    items.push(Item { origin: Origin::Line(*line), text, format: CaseFormat::Json });
                }
            }
            Kind::Files { files } => {
                for path in files.by_ref().take(n) {
                    let format = CaseFormat::from_path(&path).unwrap_or(CaseFormat::Json);
                    items.push(Item { text: read_file(&path), origin: Origin::File(path), format });
                }
            }
        }
        Ok(items)
    }
}

/// Reads one line (without its `\n` or `\r\n`) into `buf`, keeping at most
/// [`MAX_CASE_BYTES`] + 1 bytes; `None` at the end of the input, else the
/// number of bytes skipped beyond what was kept.
fn read_line(reader: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<Option<usize>> {
    let mut skipped = 0usize;
    let mut any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        any = true;
        let (part, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], Some(i + 1)),
            None => (available, None),
        };
        let room = (MAX_CASE_BYTES + 1).saturating_sub(buf.len());
        let keep = part.len().min(room);
        buf.extend_from_slice(&part[..keep]);
        skipped += part.len() - keep;
        let used = done.unwrap_or(part.len());
        reader.consume(used);
        if done.is_some() {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    if buf.len() > MAX_CASE_BYTES {
        skipped += buf.len() - MAX_CASE_BYTES;
        buf.truncate(MAX_CASE_BYTES);
    }
    Ok(Some(skipped))
}

/// A case file's text, or why it cannot be used (unreadable, too large, not UTF-8).
// A `CaseError` is large for a `Result` (see `policy_eval::case`): the cold path.
#[allow(clippy::result_large_err)]
fn read_file(path: &Path) -> Result<String, CaseError> {
    let unreadable = |e: io::Error| CaseError {
        kind: policy_eval::CaseErrorKind::Syntax,
        path: String::new(),
        line: None,
        column: None,
        message: msg!("case-unreadable", reason = io_message(&e)),
        expected: None,
        suggestion: None,
    };
    let file = File::open(path).map_err(unreadable)?;
    let len = file.metadata().map_err(unreadable)?.len();
    if len > u64::try_from(MAX_CASE_BYTES).unwrap_or(u64::MAX) {
        return Err(too_large(len));
    }
    let mut bytes = Vec::new();
    file.take(u64::try_from(MAX_CASE_BYTES).unwrap_or(u64::MAX) + 1).read_to_end(&mut bytes).map_err(unreadable)?;
    text_from_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &'static str) -> Source {
        Source::lines("test", Box::new(io::Cursor::new(text.as_bytes())))
    }

    #[test]
    fn lines_keep_their_numbers_across_blank_lines_and_chunks() {
        let mut s = source("{\"a\":1}\n\n   \n{\"b\":2}\r\n{\"c\":3}");
        let first = s.chunk(1).unwrap_or_default();
        let rest = s.chunk(10).unwrap_or_default();
        let origins: Vec<_> = first.iter().chain(&rest).map(|i| i.origin.clone()).collect();
        assert_eq!(origins, [Origin::Line(1), Origin::Line(4), Origin::Line(5)]);
        assert_eq!(rest[0].text.as_deref().ok(), Some("{\"b\":2}"));
        assert!(s.chunk(10).unwrap_or_default().is_empty());
    }

    #[test]
    fn a_line_longer_than_a_case_file_may_be_is_unusable_and_the_next_one_is_read() {
        let mut bytes = vec![b'x'; MAX_CASE_BYTES + 100];
        bytes.extend_from_slice(b"\n{\"b\":2}\n");
        let mut s = Source::lines("test", Box::new(io::Cursor::new(bytes)));
        let items = s.chunk(10).unwrap_or_default();
        assert_eq!(items.len(), 2);
        assert!(items[0]
            .text
            .as_ref()
            .is_err_and(|e| e.to_string().contains(&format!("{} байт", MAX_CASE_BYTES + 100))));
        assert_eq!(items[1].origin, Origin::Line(2));
        assert_eq!(items[1].text.as_deref().ok(), Some("{\"b\":2}"));
    }

    #[test]
    fn a_line_that_is_not_utf8_is_unusable_and_the_next_one_is_read() {
        let bytes: &'static [u8] = b"{\"a\":\"\xff\"}\n{\"b\":2}\n";
        let mut s = Source::lines("test", Box::new(io::Cursor::new(bytes)));
        let items = s.chunk(10).unwrap_or_default();
        assert_eq!(items.len(), 2);
        assert!(items[0].text.as_ref().is_err_and(|e| e.to_string().contains("UTF-8")));
        assert!(items[1].text.is_ok());
    }

    #[test]
    fn a_missing_input_is_said_in_the_readers_language() {
        let Err(e) = Source::open(Path::new("/nonexistent/policy-batch/cases.jsonl")) else {
            panic!("the input does not exist")
        };
        assert!(e.0.render(Lang::Ru).ends_with("файл или каталог не найден"), "{}", e.0.render(Lang::Ru));
        assert!(e.0.render(Lang::En).ends_with("no such file or directory"), "{}", e.0.render(Lang::En));
        assert!(!e.to_string().contains("os error"), "{e}");
    }

    #[test]
    fn a_case_file_that_cannot_be_read_is_said_in_the_readers_language() {
        let e = read_file(Path::new("/nonexistent/policy-batch/case.json")).expect_err("the file does not exist");
        assert_eq!(e.message.render(Lang::Ru), "файл не читается: файл или каталог не найден");
        assert_eq!(e.message.render(Lang::En), "the file cannot be read: no such file or directory");
    }
}
