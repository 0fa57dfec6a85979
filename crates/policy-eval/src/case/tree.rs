//! The format-independent tree a case text is first read into: nodes with
//! their line and column, numbers with their source text.

use jiff::civil::Date;

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
    /// The node as a message quotes it.
    pub(super) fn describe(&self) -> String {
        match self {
            NodeKind::Null => "пусто".into(),
            NodeKind::Bool(b) => format!("`{b}`"),
            NodeKind::Number(Some(raw)) => format!("`{raw}`"),
            NodeKind::Number(None) => "число".into(),
            NodeKind::Str(s) => format!("`{s}`"),
            NodeKind::Date(d) => format!("`{d}`"),
            NodeKind::DateTime(s) => format!("`{s}`"),
            NodeKind::Seq(_) => "список".into(),
            NodeKind::Map(_) => "раздел".into(),
        }
    }
}
