//! The TOML reader: a table with spans into a tree with lines and
//! character columns.

use jiff::civil::Date;

use super::tree::{syntax_error, too_deep, too_many_nodes, Entry, Lines, Node, NodeKind, Pos};
use super::{CaseError, MAX_DEPTH, MAX_NODES};

/// Reads TOML into the tree, with lines and character columns; at most
/// [`MAX_NODES`] values, nested at most [`MAX_DEPTH`] deep.
pub(super) fn read_toml(text: &str) -> Result<Node, CaseError> {
    let lines = Lines::new(text);
    match toml::de::DeTable::parse(text) {
        // A text with no key at all reads as an empty file, as in JSON and YAML.
        Ok(table) if table.get_ref().is_empty() => {
            Ok(Node { pos: Some(Pos { line: 1, column: 1 }), kind: NodeKind::Null })
        }
        Ok(table) => {
            let pos = lines.pos(table.span().start);
            let mut reader = Reader { lines: &lines, nodes: 0, path: Vec::new() };
            Ok(Node { pos, kind: reader.table(table.into_inner())? })
        }
        Err(e) => {
            let offset = e.span().map(|s| s.start);
            let pos = offset.and_then(|o| lines.pos(o));
            let path = offset.map(|o| path_at(text, o)).unwrap_or_default();
            Err(syntax_error("TOML", pos, path, super::library_words::parser_problem(e.message())))
        }
    }
}

/// The field path of the key on the line holding `offset`, under the last
/// table header above it (`[request]`, `[[documents]]` counted from 0): where
/// a TOML syntax error is, for the message.
fn path_at(text: &str, offset: usize) -> String {
    let before = text.get(..offset).unwrap_or_default();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let mut table = String::new();
    let mut arrays: Vec<(String, usize)> = Vec::new();
    for line in text.get(..line_start).unwrap_or_default().lines() {
        let line = line.trim();
        if let Some(name) = line.strip_prefix("[[").and_then(|l| l.split("]]").next()) {
            let name = name.trim().to_string();
            let index = match arrays.iter_mut().find(|(n, _)| *n == name) {
                Some((_, count)) => {
                    *count += 1;
                    *count - 1
                }
                None => {
                    arrays.push((name.clone(), 1));
                    0
                }
            };
            table = format!("{name}[{index}]");
        } else if let Some(name) = line.strip_prefix('[').and_then(|l| l.split(']').next()) {
            table = name.trim().to_string();
        }
    }
    let line = text.get(line_start..).unwrap_or_default();
    let key = match line.split_once('=') {
        Some((key, _)) if !key.trim_start().starts_with('[') => key.trim().trim_matches('"').to_string(),
        _ => String::new(),
    };
    match (table.is_empty(), key.is_empty()) {
        (_, true) => table,
        (true, false) => key,
        (false, false) => format!("{table}.{key}"),
    }
}

/// The conversion of a TOML table into the tree: where it is, and how much was read.
struct Reader<'l, 't> {
    lines: &'l Lines<'t>,
    nodes: usize,
    /// The keys and indices of the value being converted, for errors.
    path: Vec<String>,
}

impl Reader<'_, '_> {
    /// The path of the value being converted (`documents[1].date`).
    fn path(&self) -> String {
        let mut out = String::new();
        for part in &self.path {
            if !out.is_empty() && !part.starts_with('[') {
                out.push('.');
            }
            out.push_str(part);
        }
        out
    }

    /// A TOML table as a map node, its entries in the order of the text.
    fn table(&mut self, table: toml::de::DeTable<'_>) -> Result<NodeKind, CaseError> {
        if self.path.len() >= MAX_DEPTH {
            return Err(too_deep("TOML", None, self.path()));
        }
        let mut entries = Vec::with_capacity(table.len());
        for (k, v) in table {
            let pos = self.lines.pos(k.span().start);
            let key = k.into_inner().into_owned();
            self.path.push(key.clone());
            let value = self.value(v)?;
            self.path.pop();
            entries.push(Entry { pos, key, value });
        }
        entries.sort_by_key(|e| e.pos.map(|p| (p.line, p.column)));
        Ok(NodeKind::Map(entries))
    }

    /// A TOML value as a node.
    fn value(&mut self, value: toml::Spanned<toml::de::DeValue<'_>>) -> Result<Node, CaseError> {
        use toml::de::DeValue;
        let pos = self.lines.pos(value.span().start);
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(too_many_nodes("TOML", pos, self.path()));
        }
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
            DeValue::Array(items) => {
                if self.path.len() >= MAX_DEPTH {
                    return Err(too_deep("TOML", pos, self.path()));
                }
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    self.path.push(format!("[{i}]"));
                    out.push(self.value(item)?);
                    self.path.pop();
                }
                NodeKind::Seq(out)
            }
            DeValue::Table(t) => self.table(t)?,
        };
        Ok(Node { pos, kind })
    }
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
        assert_eq!(lines.pos("а".len()), Some(Pos { line: 1, column: 2 }));
    }

    #[test]
    fn syntax_errors_name_the_field_of_their_line() {
        let text = "[pupil]\ngrade = 5\n[[documents]]\nkind = \"a\"\n[[documents]]\ndate = 2025-02-30\n";
        let at = text.find("2025-02-30").unwrap_or_default();
        assert_eq!(path_at(text, at), "documents[1].date");
        assert_eq!(path_at("a = [1,\n", 5), "a");
    }
}
