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

/// The first byte of `«` and `»` (and of other Latin-1 signs, `§` among them).
const GUILLEMET_LEAD: u8 = 0xC2;

/// The offset after a citation's words `«…»` starting at `at` (balanced
/// guillemets inside, ending at the line's end at the latest), or after the
/// character at `at` when it is not `«`.
fn skip_words(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    if !rest.starts_with('«') {
        return at + rest.chars().next().map_or(1, char::len_utf8);
    }
    let mut depth = 0usize;
    for (n, c) in rest.char_indices() {
        match c {
            '«' => depth += 1,
            '»' if depth <= 1 => return at + n + c.len_utf8(),
            '»' => depth -= 1,
            '\n' => return at + n,
            _ => {}
        }
    }
    text.len()
}

/// Where the walk stands inside strings.
enum Frame {
    /// Inside `"…"` (a plain string ends at its line's end at the latest).
    Text,
    /// Inside a string's `{…}` interpolation, with the depth of braces opened in it.
    Interpolation(usize),
}

/// Walks `text`, calling `visit` for every bracket in code (interpolations
/// included) and every comment. Strings may nest inside interpolations:
/// `"a {if x then "b" else "c"} d"`.
pub(crate) fn walk(text: &str, mut visit: impl FnMut(Event)) {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(Frame::Text) = stack.last() {
            i = find(bytes, i, |b| matches!(b, b'"' | b'\\' | b'{' | b'\n'));
            match bytes.get(i) {
                Some(b'\\') => i += 2,
                Some(b'{') => {
                    stack.push(Frame::Interpolation(0));
                    i += 1;
                }
                Some(_) => {
                    // `"` closes the string; a line break ends an unterminated one.
                    stack.pop();
                    i += 1;
                }
                None => break,
            }
            continue;
        }
        i = find(bytes, i, |b| matches!(b, b'#' | b'"' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | GUILLEMET_LEAD));
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
                stack.push(Frame::Text);
                i += 1;
            }
            GUILLEMET_LEAD => i = skip_words(text, i),
            bracket => {
                if let Some(Frame::Interpolation(depth)) = stack.last_mut() {
                    match bracket {
                        b'{' => *depth += 1,
                        b'}' if *depth == 0 => {
                            stack.pop();
                            i += 1;
                            continue;
                        }
                        b'}' => *depth -= 1,
                        _ => {}
                    }
                }
                visit(Event::Bracket(i, bracket));
                i += 1;
            }
        }
    }
}
