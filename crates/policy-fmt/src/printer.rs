//! The output buffer: lines, indentation, deferred line breaks, and the comments
//! of the source put back by position.
//!
//! Tokens are emitted in source order. Before a token that comes from the source
//! (it has a span), every comment that starts before it is emitted first: a
//! comment that followed code on its source line stays at the end of the current
//! output line; any other comment goes on its own line at the indentation of
//! what follows it. Line breaks are requested, not written: a requested break is
//! written when the next token or comment arrives, so that a trailing comment can
//! still join the line before it and blank lines can be decided by what comes next.

use policy_syntax::ast::{Comment, Span};
use policy_syntax::{Keyword, KeywordLanguage};
use unicode_width::UnicodeWidthStr;

/// Whether a requested line break may or must leave a blank line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Blank {
    /// Never a blank line (after `{`, before `}`, inside a construct).
    Never,
    /// A blank line when the source had one at this place.
    Preserve,
    /// Always a blank line (between top-level declarations).
    Force,
}

#[derive(Debug, Clone, Copy)]
struct Break {
    indent: usize,
    blank: Blank,
}

/// The output being built, with everything needed to put the source's comments
/// and keyword spellings back.
pub(crate) struct Printer<'a> {
    /// The source text.
    pub src: &'a str,
    /// The keyword language to write, or `None` to keep each keyword's own.
    pub target: Option<KeywordLanguage>,
    /// The language used when a keyword's own cannot be found.
    pub fallback: KeywordLanguage,
    keywords: &'a [(Span, Keyword)],
    comments: &'a [Comment],
    next_comment: usize,
    out: String,
    line_start: usize,
    line_indent: usize,
    line_has_content: bool,
    line_has_comment: bool,
    pending: Option<Break>,
    space: bool,
    /// End of the last source token or comment emitted.
    pub last_end: usize,
    /// The indentation of a line that a comment forces to break.
    pub hang: usize,
    /// Whether expressions may keep their authors' line breaks (not inside `"{…}"`).
    pub breaks: bool,
}

impl<'a> Printer<'a> {
    /// A printer of `src`, whose keyword tokens and comments are given.
    pub fn new(
        src: &'a str,
        keywords: &'a [(Span, Keyword)],
        comments: &'a [Comment],
        target: Option<KeywordLanguage>,
        fallback: KeywordLanguage,
    ) -> Self {
        Printer {
            src,
            target,
            fallback,
            keywords,
            comments,
            next_comment: 0,
            out: String::new(),
            line_start: 0,
            line_indent: 0,
            line_has_content: false,
            line_has_comment: false,
            pending: None,
            space: false,
            last_end: 0,
            hang: 2,
            breaks: true,
        }
    }

    /// A printer for measuring: same source and keywords, no comments, empty output,
    /// reading from `from`.
    pub fn scratch(&self, from: usize) -> Printer<'a> {
        let mut p = Printer::new(self.src, self.keywords, &[], self.target, self.fallback);
        p.last_end = from;
        p.line_has_content = true;
        p.breaks = false;
        p
    }

    /// The text printed so far.
    pub fn output(&self) -> &str {
        &self.out
    }

    /// Requests a line break before the next token, at `indent`.
    pub fn newline(&mut self, indent: usize, blank: Blank) {
        self.pending = Some(Break { indent, blank });
    }

    /// Requests a single space before the next token (ignored at the start of a line).
    pub fn space(&mut self) {
        self.space = true;
    }

    /// Whether the current output line has anything but indentation (or a break is pending).
    pub fn line_is_open(&self) -> bool {
        self.pending.is_none() && self.line_has_content
    }

    /// The indentation of the line the next token will be on.
    pub fn next_line_indent(&self) -> usize {
        match self.pending {
            Some(b) => b.indent,
            None => self.line_indent,
        }
    }

    /// The display width of the current line so far.
    pub fn column(&self) -> usize {
        if self.pending.is_some() {
            return 0;
        }
        self.out[self.line_start..].width()
    }

    /// Pads the current line with spaces up to display column `col`; a single
    /// space when it is already there or past it.
    pub fn align(&mut self, col: usize) {
        let now = self.column();
        if self.pending.is_some() || now >= col {
            self.space = true;
            return;
        }
        for _ in now..col {
            self.out.push(' ');
        }
        self.space = false;
    }

    /// Emits `text`, a token from the source at `span` when known.
    pub fn token(&mut self, text: &str, span: Option<Span>) {
        if let Some(s) = span {
            self.flush_comments(s.start);
        }
        self.start_line(span.map_or(self.last_end, |s| s.start));
        if self.space && self.line_has_content {
            self.out.push(' ');
        }
        self.space = false;
        self.out.push_str(text);
        self.line_has_content = true;
        if let Some(s) = span {
            self.last_end = self.last_end.max(s.end);
        }
    }

    /// Emits the source text of `span` as it is (a string or clause text): what
    /// looks like a comment inside it is part of it.
    pub fn verbatim(&mut self, span: Span) {
        let src = self.src;
        let text = src.get(span.start..span.end).unwrap_or("");
        self.token(text, Some(span));
        while self.comments.get(self.next_comment).is_some_and(|c| c.span.start < span.end) {
            self.next_comment += 1;
        }
    }

    /// Emits every comment that starts before `offset`.
    pub fn flush_comments(&mut self, offset: usize) {
        while let Some(c) = self.comments.get(self.next_comment) {
            if c.span.start >= offset {
                break;
            }
            self.next_comment += 1;
            self.comment(c);
        }
    }

    fn comment(&mut self, c: &Comment) {
        let text = format!("#{}", c.text.trim_end());
        if code_before(self.src, c.span.start) && self.line_has_content && !self.line_has_comment {
            // A trailing comment stays at the end of the line it followed.
            self.trim_line_end();
            self.out.push(' ');
            self.out.push_str(&text);
            self.line_has_comment = true;
            if self.pending.is_none() {
                self.pending = Some(Break { indent: self.hang, blank: Blank::Never });
            }
        } else {
            if self.pending.is_none() && self.line_has_content {
                self.pending = Some(Break { indent: self.hang, blank: Blank::Never });
            }
            self.start_line(c.span.start);
            self.out.push_str(&text);
            self.line_has_content = true;
            self.line_has_comment = true;
            self.pending = Some(Break { indent: self.line_indent, blank: Blank::Preserve });
        }
        self.space = false;
        self.last_end = self.last_end.max(c.span.end);
    }

    /// Writes a pending line break before something from the source at `next`.
    fn start_line(&mut self, next: usize) {
        let Some(b) = self.pending.take() else { return };
        self.trim_line_end();
        if !self.out.is_empty() {
            self.out.push('\n');
            let blank = match b.blank {
                Blank::Never => false,
                Blank::Force => true,
                Blank::Preserve => {
                    let from = self.last_end.min(next);
                    has_blank_line(self.src.get(from..next).unwrap_or(""))
                }
            };
            if blank {
                self.out.push('\n');
            }
        }
        self.line_start = self.out.len();
        for _ in 0..b.indent {
            self.out.push(' ');
        }
        self.line_indent = b.indent;
        self.line_has_content = false;
        self.line_has_comment = false;
        self.space = false;
    }

    fn trim_line_end(&mut self) {
        let start = self.line_start.min(self.out.len());
        let keep = self.out[start..].trim_end_matches([' ', '\t']).len();
        self.out.truncate(start + keep);
    }

    /// Drops a pending break and space (for `{}`).
    pub fn cancel_break(&mut self) {
        self.pending = None;
        self.space = false;
    }

    /// The output length, to tell whether anything was printed since.
    pub fn mark(&self) -> usize {
        self.out.len()
    }

    /// Finishes the output: the remaining comments, one final newline.
    pub fn finish(mut self) -> String {
        if self.line_has_content || self.pending.is_some() {
            self.newline(0, Blank::Preserve);
        }
        self.hang = 0;
        self.flush_comments(usize::MAX);
        let mut out = self.out;
        let len = out.trim_end().len();
        out.truncate(len);
        if !out.is_empty() {
            out.push('\n');
        }
        out
    }

    // ------------------------------------------------------------ keywords

    /// The keyword token of `kind` at or after `from`.
    pub fn find_keyword(&self, kind: Keyword, from: usize) -> Option<Span> {
        let first = self.keywords.partition_point(|(span, _)| span.start < from);
        self.keywords[first..].iter().find(|(_, k)| *k == kind).map(|(span, _)| *span)
    }

    /// The language a keyword token is to be written in.
    pub fn language_at(&self, span: Option<Span>) -> KeywordLanguage {
        if let Some(target) = self.target {
            return target;
        }
        match span.and_then(|s| self.src.get(s.start..s.end)) {
            Some(written) => Keyword::language_of(written),
            None => self.fallback,
        }
    }

    /// Emits the next keyword of `kind`, spelled in its language.
    pub fn keyword(&mut self, kind: Keyword) {
        let span = self.find_keyword(kind, self.last_end);
        let spelling = kind.spelling(self.language_at(span));
        self.token(spelling, span);
    }

    /// Emits the next keyword of `kind` with an explicit spelling chooser.
    pub fn keyword_with(&mut self, kind: Keyword, spell: impl Fn(KeywordLanguage) -> &'static str) {
        let span = self.find_keyword(kind, self.last_end);
        let spelling = spell(self.language_at(span));
        self.token(spelling, span);
    }

    // ------------------------------------------------------------ source scanning

    /// The position of the next `wanted` character at or after `from` that is
    /// not inside a comment or a string.
    pub fn find_char(&self, from: usize, wanted: char) -> Option<usize> {
        let bytes = self.src.as_bytes();
        let mut i = from;
        while i < bytes.len() {
            let c = bytes[i];
            if c == b'#' {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            if c == b'"' && wanted != '"' {
                i = skip_string(bytes, i);
                continue;
            }
            if self.src.is_char_boundary(i) && self.src[i..].starts_with(wanted) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// The span of the next `wanted` character at or after `from`.
    pub fn char_span(&self, from: usize, wanted: char) -> Option<Span> {
        self.find_char(from, wanted).map(|at| Span::new(at, at + wanted.len_utf8()))
    }

    /// Whether the source between `from` and `to` has a line break.
    pub fn newline_between(&self, from: usize, to: usize) -> bool {
        from < to && self.src.get(from..to).is_some_and(|gap| gap.contains('\n'))
    }
}

/// The position just after the string starting at `start` (`"…"` or `"""…"""`).
fn skip_string(bytes: &[u8], start: usize) -> usize {
    if bytes[start..].starts_with(b"\"\"\"") {
        let mut i = start + 3;
        while i < bytes.len() {
            if bytes[i..].starts_with(b"\"\"\"") {
                return i + 3;
            }
            i += 1;
        }
        return bytes.len();
    }
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Whether code precedes `offset` on its line (then a comment there is trailing).
fn code_before(src: &str, offset: usize) -> bool {
    let line_start = src[..offset].rfind('\n').map_or(0, |n| n + 1);
    !src[line_start..offset].trim().is_empty()
}

/// Whether `gap` (white space and punctuation between two things) holds an empty line.
pub(crate) fn has_blank_line(gap: &str) -> bool {
    let mut lines = gap.split('\n');
    lines.next();
    let mut parts: Vec<&str> = lines.collect();
    parts.pop();
    parts.iter().any(|line| line.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_are_lines_with_only_white_space() {
        assert!(!has_blank_line(" x \n  "));
        assert!(has_blank_line("\n\n"));
        assert!(has_blank_line("}\n  \t\n  "));
        assert!(!has_blank_line("}\n  {\n  "));
    }
}
