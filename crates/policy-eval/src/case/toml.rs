//! The TOML reader: a table with spans into a tree with lines and
//! character columns.

use jiff::civil::Date;

use super::tree::{Entry, Node, NodeKind, Pos};
use super::{CaseError, CaseErrorKind};

/// Byte offset → line and column (characters), for TOML.
struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    fn pos(&self, offset: usize) -> Option<Pos> {
        let line = self.starts.partition_point(|&s| s <= offset).checked_sub(1)?;
        let start = *self.starts.get(line)?;
        let column = self.text.get(start..offset)?.chars().count() + 1;
        Some(Pos { line: u32::try_from(line + 1).ok()?, column: u32::try_from(column).ok()? })
    }
}

/// Reads TOML into the tree, with lines and character columns.
pub(super) fn read_toml(text: &str) -> Result<Node, CaseError> {
    let lines = Lines::new(text);
    match toml::de::DeTable::parse(text) {
        Ok(table) => {
            let pos = lines.pos(table.span().start);
            Ok(Node { pos, kind: convert_toml_table(&lines, table.into_inner()) })
        }
        Err(e) => {
            let pos = e.span().and_then(|s| lines.pos(s.start));
            Err(CaseError {
                kind: CaseErrorKind::Syntax,
                path: String::new(),
                line: pos.map(|p| p.line),
                column: pos.map(|p| p.column),
                message: format!("файл не читается как TOML: {}", e.message().trim()),
                expected: None,
                suggestion: None,
            })
        }
    }
}

/// A TOML table as a map node, its entries in the order of the text.
fn convert_toml_table(lines: &Lines<'_>, table: toml::de::DeTable<'_>) -> NodeKind {
    let mut entries: Vec<Entry> = table
        .into_iter()
        .map(|(k, v)| Entry {
            pos: lines.pos(k.span().start),
            key: k.into_inner().into_owned(),
            value: convert_toml(lines, v),
        })
        .collect();
    entries.sort_by_key(|e| e.pos.map(|p| (p.line, p.column)));
    NodeKind::Map(entries)
}

/// A TOML value as a node.
fn convert_toml(lines: &Lines<'_>, value: toml::Spanned<toml::de::DeValue<'_>>) -> Node {
    use toml::de::DeValue;
    let pos = lines.pos(value.span().start);
    let kind = match value.into_inner() {
        DeValue::String(s) => NodeKind::Str(s.into_owned()),
        DeValue::Integer(i) => {
            if i.radix() == 10 {
                NodeKind::Number(Some(i.as_str().to_string()))
            } else {
                NodeKind::Number(Some(i.to_string()))
            }
        }
        DeValue::Float(f) => NodeKind::Number(Some(f.as_str().to_string())),
        DeValue::Boolean(b) => NodeKind::Bool(b),
        DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => {
                let date = (i16::try_from(d.year).ok())
                    .zip(i8::try_from(d.month).ok())
                    .zip(i8::try_from(d.day).ok())
                    .and_then(|((y, m), d)| Date::new(y, m, d).ok());
                match date {
                    Some(date) => NodeKind::Date(date),
                    None => NodeKind::DateTime(dt.to_string()),
                }
            }
            _ => NodeKind::DateTime(dt.to_string()),
        },
        DeValue::Array(items) => NodeKind::Seq(items.into_iter().map(|v| convert_toml(lines, v)).collect()),
        DeValue::Table(t) => convert_toml_table(lines, t),
    };
    Node { pos, kind }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_positions_are_lines_and_character_columns() {
        let lines = Lines::new("а = 1\nбб = 2\n");
        assert_eq!(lines.pos(0), Some(Pos { line: 1, column: 1 }));
        let second = "а = 1\n".len() + "бб".len();
        assert_eq!(lines.pos(second), Some(Pos { line: 2, column: 3 }));
    }
}
