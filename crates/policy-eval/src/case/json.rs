//! The JSON reader: strict RFC 8259 JSON into the tree, in one pass with an
//! explicit stack (no recursion), keeping each number's source text and each
//! value's line and character column. What JSON does not allow (single quotes,
//! comments, trailing commas, leading zeros, `+1`, `.5`, `NaN`, a YAML body) is
//! an error at its place, with the field path where it is.

use policy_i18n::{msg, Message};

use super::json_lex::{scan_number, scan_word};
use super::tree::{quote, syntax_error, too_deep, too_many_nodes, Entry, Keys, Lines, Node, NodeKind, Pos};
use super::{CaseError, MAX_DEPTH, MAX_NODES};

/// A map or list being read.
enum Frame {
    /// A list: its start and the items so far.
    Seq(Option<Pos>, Vec<Node>),
    /// A map: its start, the entries so far, their keys, and the key whose value is being read.
    Map(Option<Pos>, Vec<Entry>, Keys, Option<(String, Option<Pos>)>),
}

/// The field path of the value being read inside the open frames
/// (`documents[1].date`).
fn path_of(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Seq(_, items) => path.push_str(&format!("[{}]", items.len())),
            Frame::Map(_, _, _, Some((key, _))) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Map(_, _, _, None) => {}
        }
    }
    path
}

/// The reader's place in the text.
struct Reader<'t> {
    bytes: &'t [u8],
    text: &'t str,
    at: usize,
    lines: Lines<'t>,
}

impl Reader<'_> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn pos(&self) -> Option<Pos> {
        self.lines.pos(self.at)
    }

    /// An error at the reader's place, inside the open frames.
    fn error(&self, stack: &[Frame], message: Message) -> CaseError {
        syntax_error("JSON", self.pos(), path_of(stack), message)
    }

    /// What stands at the reader's place, for messages: the character, or the end.
    fn found(&self) -> Message {
        match self.text.get(self.at..).and_then(|rest| rest.chars().next()) {
            Some(c) => quote(&c.to_string()).into(),
            None => msg!("case-json-end-of-file"),
        }
    }

    /// A value that cannot start here: what is wrong, and how JSON writes it.
    fn not_a_value(&self, stack: &[Frame]) -> CaseError {
        let rest = self.text.get(self.at..).unwrap_or_default();
        let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '+')).collect();
        let message = match rest.chars().next() {
            None => msg!("case-json-ended-before-value"),
            Some('\'') => msg!("case-json-single-quotes"),
            Some('&' | '*') => msg!("case-json-anchor"),
            Some('!') => msg!("case-json-tag"),
            Some('+') => msg!("case-json-plus"),
            Some('.') => msg!("case-json-no-whole-part"),
            Some(']' | '}') => msg!("case-json-comma-before-bracket"),
            Some('/' | '#') => msg!("case-json-comment"),
            _ if matches!(word.as_str(), "NaN" | "Infinity" | "nan" | "inf" | ".inf" | ".nan") => {
                msg!("case-json-not-a-number", word = quote(&word))
            }
            _ if !word.is_empty() => msg!("case-json-not-a-value", word = quote(&word)),
            _ => msg!("case-json-expected-value", found = self.found()),
        };
        self.error(stack, message)
    }

    /// A string at the reader's place (on its opening quote), unescaped.
    fn string(&mut self, stack: &[Frame]) -> Result<String, CaseError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(self.text.get(start..self.at).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let simple = match self.peek() {
                        Some(b'"') => Some('"'),
                        Some(b'\\') => Some('\\'),
                        Some(b'/') => Some('/'),
                        Some(b'b') => Some('\u{8}'),
                        Some(b'f') => Some('\u{c}'),
                        Some(b'n') => Some('\n'),
                        Some(b'r') => Some('\r'),
                        Some(b't') => Some('\t'),
                        Some(b'u') => None,
                        _ => return Err(self.error(stack, msg!("case-json-unknown-escape"))),
                    };
                    self.at += 1;
                    let c = match simple {
                        Some(c) => c,
                        None => self.unicode_escape(stack)?,
                    };
                    out.push(c);
                }
                Some(_) => return Err(self.error(stack, msg!("case-json-control-character"))),
                None => return Err(self.error(stack, msg!("case-json-unclosed-string"))),
            }
        }
    }

    /// Four hex digits after `\u` (the reader just past the `u`), with a
    /// following low surrogate when they are a high one.
    fn unicode_escape(&mut self, stack: &[Frame]) -> Result<char, CaseError> {
        let unit = self.hex4(stack)?;
        let code = if (0xD800..0xDC00).contains(&unit) {
            if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                return Err(self.error(stack, msg!("case-json-lone-surrogate")));
            }
            self.at += 2;
            let low = self.hex4(stack)?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(self.error(stack, msg!("case-json-bad-low-surrogate")));
            }
            0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        } else {
            unit
        };
        char::from_u32(code).ok_or_else(|| self.error(stack, msg!("case-json-not-a-character")))
    }

    fn hex4(&mut self, stack: &[Frame]) -> Result<u32, CaseError> {
        let digits = self.text.get(self.at..self.at + 4).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let value = digits.and_then(|d| u32::from_str_radix(d, 16).ok());
        let Some(value) = value else {
            return Err(self.error(stack, msg!("case-json-four-hex-digits")));
        };
        self.at += 4;
        Ok(value)
    }

    /// A number at the reader's place, as written (see [`scan_number`]).
    fn number(&mut self, stack: &[Frame]) -> Result<String, CaseError> {
        let start = self.at;
        match scan_number(self.bytes, start) {
            Ok(end) => {
                self.at = end;
                Ok(self.text.get(start..end).unwrap_or_default().to_string())
            }
            Err((fault, at)) => {
                self.at = at;
                Err(self.error(stack, fault.message()))
            }
        }
    }

    /// A literal word (`true`, `false`, `null`), or an error.
    fn literal(&mut self, stack: &[Frame], word: &str, kind: NodeKind) -> Result<NodeKind, CaseError> {
        match scan_word(self.bytes, self.at, word.as_bytes()) {
            Some(end) => {
                self.at = end;
                Ok(kind)
            }
            None => Err(self.not_a_value(stack)),
        }
    }

    /// A key and its colon at the reader's place (after `{` or `,`).
    fn key(&mut self, stack: &[Frame]) -> Result<(String, Option<Pos>), CaseError> {
        self.skip_space();
        let pos = self.pos();
        match self.peek() {
            Some(b'"') => {}
            Some(b'}') => return Err(self.error(stack, msg!("case-json-comma-before-brace"))),
            Some(b'\'') => return Err(self.error(stack, msg!("case-json-single-quoted-key"))),
            _ => return Err(self.error(stack, msg!("case-json-expected-key", found = self.found()))),
        }
        let key = self.string(stack)?;
        self.skip_space();
        if self.peek() != Some(b':') {
            return Err(self.error(stack, msg!("case-json-expected-colon", found = self.found())));
        }
        self.at += 1;
        Ok((key, pos))
    }
}

/// Reads strict JSON into the tree.
pub(super) fn read_json(text: &str) -> Result<Node, CaseError> {
    let mut r = Reader { bytes: text.as_bytes(), text, at: 0, lines: Lines::new(text) };
    let mut stack: Vec<Frame> = Vec::new();
    let mut nodes = 0usize;
    r.skip_space();
    if r.peek().is_none() {
        return Ok(Node { pos: Some(Pos { line: 1, column: 1 }), kind: NodeKind::Null });
    }
    loop {
        // A value starts here.
        r.skip_space();
        let pos = r.pos();
        nodes += 1;
        if nodes > MAX_NODES {
            return Err(too_many_nodes("JSON", pos, path_of(&stack)));
        }
        let kind = match r.peek() {
            Some(open @ (b'{' | b'[')) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(too_deep("JSON", pos, path_of(&stack)));
                }
                r.at += 1;
                r.skip_space();
                if open == b'{' {
                    if r.peek() == Some(b'}') {
                        r.at += 1;
                        NodeKind::Map(Vec::new())
                    } else {
                        stack.push(Frame::Map(pos, Vec::new(), Keys::default(), None));
                        let key = r.key(&stack)?;
                        if let Some(Frame::Map(_, _, _, pending)) = stack.last_mut() {
                            *pending = Some(key);
                        }
                        continue;
                    }
                } else if r.peek() == Some(b']') {
                    r.at += 1;
                    NodeKind::Seq(Vec::new())
                } else {
                    stack.push(Frame::Seq(pos, Vec::new()));
                    continue;
                }
            }
            Some(b'"') => NodeKind::Str(r.string(&stack)?),
            Some(b'-' | b'0'..=b'9') => NodeKind::Number(Some(r.number(&stack)?)),
            Some(b't') => r.literal(&stack, "true", NodeKind::Bool(true))?,
            Some(b'f') => r.literal(&stack, "false", NodeKind::Bool(false))?,
            Some(b'n') => r.literal(&stack, "null", NodeKind::Null)?,
            _ => return Err(r.not_a_value(&stack)),
        };
        let mut node = Node { pos, kind };
        // Attach the value; close the lists and maps that end after it.
        loop {
            r.skip_space();
            let Some(frame) = stack.last_mut() else {
                if r.peek().is_some() {
                    return Err(r.error(&stack, msg!("case-json-after-end", found = r.found())));
                }
                return Ok(node);
            };
            let close = match frame {
                Frame::Seq(_, items) => {
                    items.push(node);
                    b']'
                }
                Frame::Map(_, entries, _, pending) => {
                    let (key, key_pos) = pending.take().unwrap_or_default();
                    entries.push(Entry { key, pos: key_pos, value: node });
                    b'}'
                }
            };
            match r.peek() {
                Some(b',') => {
                    r.at += 1;
                    if let Some(Frame::Map(..)) = stack.last() {
                        let (key, key_pos) = r.key(&stack)?;
                        if let Some(Frame::Map(_, entries, keys, pending)) = stack.last_mut() {
                            if keys.repeats(entries, &key) {
                                let mut path = path_of(&stack);
                                if !path.is_empty() {
                                    path.push('.');
                                }
                                path.push_str(&key);
                                return Err(syntax_error(
                                    "JSON",
                                    key_pos,
                                    path,
                                    msg!("case-duplicate-key", key = quote(&key)),
                                ));
                            }
                            *pending = Some((key, key_pos));
                        }
                    } else {
                        r.skip_space();
                        if r.peek() == Some(b']') {
                            return Err(r.error(&stack, msg!("case-json-comma-before-square")));
                        }
                    }
                    break;
                }
                Some(b) if b == close => {
                    r.at += 1;
                    node = match stack.pop() {
                        Some(Frame::Seq(start, items)) => Node { pos: start, kind: NodeKind::Seq(items) },
                        Some(Frame::Map(start, entries, _, _)) => Node { pos: start, kind: NodeKind::Map(entries) },
                        None => return Err(r.error(&stack, msg!("case-json-extra-bracket"))),
                    };
                }
                _ => {
                    let message = if close == b']' {
                        msg!("case-json-expected-comma-or-square", found = r.found())
                    } else {
                        msg!("case-json-expected-comma-or-brace", found = r.found())
                    };
                    return Err(r.error(&stack, message));
                }
            }
        }
    }
}
