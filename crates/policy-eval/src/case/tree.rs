//! The format-independent tree a case text is first read into: nodes with
//! their line and column, numbers with their source text.

use jiff::civil::Date;
use policy_i18n::{msg, Message};

use super::{CaseError, CaseErrorKind, MAX_DEPTH, MAX_NODES};

/// Where a node is in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Pos {
    /// 1-based line.
    pub(super) line: u32,
    /// 1-based column in characters.
    pub(super) column: u32,
}

/// A format-independent node of the case text.
#[derive(Debug)]
pub(super) struct Node {
    /// Where the node starts, when the format gives it.
    pub(super) pos: Option<Pos>,
    /// What the node is.
    pub(super) kind: NodeKind,
}

/// What a node is.
#[derive(Debug)]
pub(super) enum NodeKind {
    Null,
    Bool(bool),
    /// A number with its source text; `None` when the reader gave no text
    /// (then it cannot be read exactly).
    Number(Option<String>),
    Str(String),
    /// A TOML date.
    Date(Date),
    /// A TOML date-time or time (not a date), as written.
    DateTime(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

/// A key and its value in a map node.
#[derive(Debug)]
pub(super) struct Entry {
    /// The key's name.
    pub(super) key: String,
    /// Where the key is, when the format gives it.
    pub(super) pos: Option<Pos>,
    /// The value.
    pub(super) value: Node,
}

impl NodeKind {
    /// The node as a message quotes it: a value in backticks, or its kind in words.
    pub(super) fn describe(&self) -> Message {
        match self {
            NodeKind::Null => msg!("case-node-null"),
            NodeKind::Bool(b) => format!("`{b}`").into(),
            NodeKind::Number(Some(raw)) => quote(raw).into(),
            NodeKind::Number(None) => msg!("case-node-number"),
            NodeKind::Str(s) => quote(s).into(),
            NodeKind::Date(d) => format!("`{d}`").into(),
            NodeKind::DateTime(s) => quote(s).into(),
            NodeKind::Seq(_) => msg!("case-node-list"),
            NodeKind::Map(_) => msg!("case-node-section"),
        }
    }
}

/// Byte offset → line and column (characters). Offsets asked for in increasing
/// order on one line are counted from the last one asked, so that a long line
/// (a 640,000-element array written on one line) costs linear time, not
/// quadratic.
pub(super) struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// The last offset asked for: (line index, offset, its 1-based column).
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'t> Lines<'t> {
    /// The line starts of a text.
    pub(super) fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
        Lines { text, starts, last: std::cell::Cell::new((0, 0, 1)) }
    }

    /// The 1-based line and character column of a byte offset.
    pub(super) fn pos(&self, offset: usize) -> Option<Pos> {
        let line = self.starts.partition_point(|&s| s <= offset).checked_sub(1)?;
        let (last_line, last_offset, last_column) = self.last.get();
        let (from, column) = if last_line == line && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (*self.starts.get(line)?, 1)
        };
        let column = column + self.text.get(from..offset)?.chars().count();
        self.last.set((line, offset, column));
        Some(Pos { line: u32::try_from(line + 1).ok()?, column: u32::try_from(column).ok()? })
    }
}

/// A map's keys being read, for finding a repeated key in time linear in the
/// number of keys (a map of a few keys is searched, a large one hashed).
#[derive(Default)]
pub(super) struct Keys(Option<std::collections::HashSet<String>>);

impl Keys {
    /// Maps with fewer entries than this are searched, not hashed.
    const SEARCHED: usize = 16;

    /// Whether `key` is already among `entries` (whose keys this set follows).
    pub(super) fn repeats(&mut self, entries: &[Entry], key: &str) -> bool {
        if entries.len() < Self::SEARCHED {
            return entries.iter().any(|e| e.key == key);
        }
        let set = self.0.get_or_insert_with(|| entries.iter().map(|e| e.key.clone()).collect());
        !set.insert(key.to_string())
    }
}

/// A value as a message quotes it: in backticks, at most [`QUOTED_CHARS`]
/// characters, longer ones cut with `…` (case files hold children's health data:
/// a message shows no more of a case than the start of the offending value).
pub(super) fn quote(s: &str) -> String {
    match s.char_indices().nth(QUOTED_CHARS) {
        Some((cut, _)) => format!("`{}…`", &s[..cut]),
        None => format!("`{s}`"),
    }
}

/// At most this many characters of a value are quoted in a message.
pub(super) const QUOTED_CHARS: usize = 40;

/// A text that cannot be read as its format (`what`: `JSON`, `YAML`, `TOML`),
/// at a place and, where known, a field path: `problem` is what is wrong (the
/// parser's own words, for YAML and TOML).
pub(super) fn syntax_error(what: &'static str, pos: Option<Pos>, path: String, problem: Message) -> CaseError {
    CaseError {
        kind: CaseErrorKind::Syntax,
        path,
        line: pos.map(|p| p.line),
        column: pos.map(|p| p.column),
        message: msg!("case-syntax", format = what, problem = problem),
        expected: None,
        suggestion: None,
    }
}

/// The error for a text with more than [`MAX_NODES`] values.
pub(super) fn too_many_nodes(what: &'static str, pos: Option<Pos>, path: String) -> CaseError {
    syntax_error(what, pos, path, msg!("case-too-many-values", max = MAX_NODES.to_string(), n = MAX_NODES))
}

/// The error for values nested more than [`MAX_DEPTH`] deep.
pub(super) fn too_deep(what: &'static str, pos: Option<Pos>, path: String) -> CaseError {
    syntax_error(what, pos, path, msg!("case-too-deep", n = MAX_DEPTH))
}
