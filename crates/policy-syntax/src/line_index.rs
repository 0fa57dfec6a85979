//! Conversion between byte offsets and line/column positions, in characters
//! (for people) and in UTF-16 code units or UTF-8 bytes (for the Language
//! Server Protocol).
//!
//! Only line starts are indexed (one pass over the bytes); a column is counted
//! within its line when asked for. The `line-index` crate also records every
//! multi-byte character up front, which costs dozens of instructions per byte
//! on Cyrillic text, where nearly every character is multi-byte.

/// A position for people: 1-based line and 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in Unicode scalar values (a Cyrillic letter is one column).
    pub column: u32,
}

/// A position for the language server: 0-based line and 0-based column in the
/// chosen encoding's code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WidePosition {
    /// 0-based line.
    pub line: u32,
    /// 0-based column in code units.
    pub column: u32,
}

/// How columns are counted for the language server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnEncoding {
    /// UTF-8 bytes.
    Utf8,
    /// UTF-16 code units (the LSP default).
    Utf16,
}

/// Line starts of one text (and the text itself), for converting offsets both ways.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
    /// The indexed text, so that UTF-16 columns can be counted.
    text: Box<str>,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        LineIndex { starts, text: text.into() }
    }

    /// The offset moved back to a character boundary and into the text.
    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while offset > 0 && !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// The 0-based line of `offset` and the offset of that line's start.
    fn line_of(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|start| *start <= offset).saturating_sub(1);
        (line, self.starts[line])
    }

    /// The 1-based line and character column of `offset`. `_text` is the
    /// indexed text (kept in the signature for callers that hold both).
    pub fn line_col(&self, _text: &str, offset: usize) -> LineCol {
        let offset = self.clamp(offset);
        let (line, start) = self.line_of(offset);
        let column = self.text[start..offset].chars().count();
        LineCol { line: line as u32 + 1, column: column as u32 + 1 }
    }

    /// The LSP position of `offset` with columns counted in `encoding`.
    pub fn wide_position(&self, _text: &str, offset: usize, encoding: ColumnEncoding) -> WidePosition {
        let offset = self.clamp(offset);
        let (line, start) = self.line_of(offset);
        let prefix = &self.text[start..offset];
        let column = match encoding {
            ColumnEncoding::Utf8 => prefix.len(),
            ColumnEncoding::Utf16 => prefix.chars().map(char::len_utf16).sum(),
        };
        WidePosition { line: line as u32, column: column as u32 }
    }

    /// The byte offset of an LSP position, with the column counted in
    /// `encoding`; clamped to its line and to the text, and moved to the start
    /// of a character it falls inside (never panics).
    pub fn offset_of(&self, position: WidePosition, encoding: ColumnEncoding) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else { return self.text.len() };
        let end = self.starts.get(position.line as usize + 1).map(|n| n - 1).unwrap_or(self.text.len());
        let line = &self.text[start..end];
        let mut units = 0usize;
        for (i, c) in line.char_indices() {
            let width = match encoding {
                ColumnEncoding::Utf8 => c.len_utf8(),
                ColumnEncoding::Utf16 => c.len_utf16(),
            };
            if units + width > position.column as usize {
                return start + i;
            }
            units += width;
        }
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_columns_count_characters_not_bytes() {
        let text = "правило x\n  когда пупил > 3";
        let idx = LineIndex::new(text);
        let offset = text.find("пупил").unwrap();
        assert_eq!(idx.line_col(text, offset), LineCol { line: 2, column: 9 });
        let wide = idx.wide_position(text, offset, ColumnEncoding::Utf16);
        assert_eq!(wide, WidePosition { line: 1, column: 8 });
        assert_eq!(idx.wide_position(text, offset, ColumnEncoding::Utf8), WidePosition { line: 1, column: 13 });
        assert_eq!(idx.offset_of(wide, ColumnEncoding::Utf16), offset);
    }

    #[test]
    fn emoji_takes_two_utf16_units_and_one_column() {
        let text = "# 😀 x";
        let idx = LineIndex::new(text);
        let offset = text.find('x').unwrap();
        assert_eq!(idx.line_col(text, offset).column, 5);
        let wide = idx.wide_position(text, offset, ColumnEncoding::Utf16);
        assert_eq!(wide.column, 5);
        assert_eq!(idx.offset_of(wide, ColumnEncoding::Utf16), offset);
    }

    #[test]
    fn out_of_range_positions_are_clamped() {
        let text = "ab\nв";
        let idx = LineIndex::new(text);
        assert_eq!(idx.offset_of(WidePosition { line: 9, column: 9 }, ColumnEncoding::Utf16), text.len());
        assert_eq!(idx.line_col(text, 999).line, 2);
        // An offset inside a two-byte letter is moved to the letter's start.
        assert_eq!(idx.line_col(text, 4), LineCol { line: 2, column: 1 });
        // A column past the end of a line stays on that line.
        assert_eq!(idx.offset_of(WidePosition { line: 0, column: 40 }, ColumnEncoding::Utf16), 2);
        // A UTF-16 column inside an emoji moves to the emoji's start.
        let emoji = LineIndex::new("😀x");
        assert_eq!(emoji.offset_of(WidePosition { line: 0, column: 1 }, ColumnEncoding::Utf16), 0);
        assert_eq!(emoji.offset_of(WidePosition { line: 0, column: 2 }, ColumnEncoding::Utf16), 4);
    }
}
