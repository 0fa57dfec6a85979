//! A tiny lexical walk shared by the comment scanner and the nesting guard: it
//! knows where strings, clause texts and comments are, and nothing else. It
//! works on bytes and jumps between the few ASCII bytes that matter, so that
//! the long Cyrillic texts of clauses and comments cost next to nothing.

/// What the walk reports.
pub(crate) enum Event {
    /// A bracket (`(`, `)`, `[`, `]`, `{`, `}`) in code, at this offset.
    Bracket(usize, u8),
    /// A comment from `#` up to (not including) the line break or the end.
    Comment(usize, usize),
}

/// The offset of the first byte at or after `from` for which `hit` holds, or the end.
fn find(bytes: &[u8], from: usize, hit: impl Fn(u8) -> bool) -> usize {
    bytes[from..].iter().position(|b| hit(*b)).map(|n| from + n).unwrap_or(bytes.len())
}

/// Walks `text`, calling `visit` for every bracket in code and every comment.
pub(crate) fn walk(text: &str, mut visit: impl FnMut(Event)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        i = find(bytes, i, |b| matches!(b, b'#' | b'"' | b'(' | b')' | b'[' | b']' | b'{' | b'}'));
        let Some(&b) = bytes.get(i) else { break };
        match b {
            b'#' => {
                let end = find(bytes, i, |b| b == b'\n');
                visit(Event::Comment(i, end));
                i = end;
            }
            b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                i = match text[i + 3..].find("\"\"\"") {
                    Some(n) => i + 3 + n + 3,
                    None => bytes.len(),
                };
            }
            b'"' => {
                // An ordinary string ends at an unescaped quote or at the line's end.
                let mut j = i + 1;
                loop {
                    j = find(bytes, j, |b| matches!(b, b'"' | b'\\' | b'\n'));
                    match bytes.get(j) {
                        Some(b'\\') => j += 2,
                        Some(b'"') => {
                            j += 1;
                            break;
                        }
                        _ => break,
                    }
                }
                i = j.min(bytes.len());
            }
            bracket => {
                visit(Event::Bracket(i, bracket));
                i += 1;
            }
        }
    }
}
