//! Conversion between byte offsets and line/column positions, in characters
//! (for people) and in UTF-16 code units (for the Language Server Protocol).

use line_index::{LineIndex as Inner, TextSize, WideEncoding, WideLineCol};

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

/// Line starts of one text, for converting offsets both ways.
#[derive(Debug, Clone)]
pub struct LineIndex {
    inner: Inner,
    text_len: usize,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        LineIndex { inner: Inner::new(text), text_len: text.len() }
    }

    fn clamp(&self, text: &str, offset: usize) -> usize {
        let mut offset = offset.min(self.text_len);
        while offset > 0 && !text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// The 1-based line and character column of `offset` in `text` (the indexed text).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = self.clamp(text, offset);
        let lc = self.inner.line_col(TextSize::new(offset as u32));
        let line_start: usize = self
            .inner
            .offset(line_index::LineCol { line: lc.line, col: 0 })
            .map(|o| u32::from(o) as usize)
            .unwrap_or(0);
        let column = text[line_start..offset].chars().count() as u32;
        LineCol { line: lc.line + 1, column: column + 1 }
    }

    /// The LSP position of `offset` with columns counted in `encoding`.
    pub fn wide_position(&self, text: &str, offset: usize, encoding: ColumnEncoding) -> WidePosition {
        let offset = self.clamp(text, offset);
        let lc = self.inner.line_col(TextSize::new(offset as u32));
        match encoding {
            ColumnEncoding::Utf8 => WidePosition { line: lc.line, column: lc.col },
            ColumnEncoding::Utf16 => {
                let wide =
                    self.inner.to_wide(WideEncoding::Utf16, lc).unwrap_or(WideLineCol { line: lc.line, col: lc.col });
                WidePosition { line: wide.line, column: wide.col }
            }
        }
    }

    /// The byte offset of an LSP position, clamped to the text (never panics).
    pub fn offset_of(&self, position: WidePosition, encoding: ColumnEncoding) -> usize {
        let lc = match encoding {
            ColumnEncoding::Utf8 => line_index::LineCol { line: position.line, col: position.column },
            ColumnEncoding::Utf16 => {
                let wide = WideLineCol { line: position.line, col: position.column };
                match self.inner.to_utf8(WideEncoding::Utf16, wide) {
                    Some(lc) => lc,
                    None => return self.text_len,
                }
            }
        };
        match self.inner.offset(lc) {
            Some(o) => (u32::from(o) as usize).min(self.text_len),
            None => self.text_len,
        }
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
    }
}
