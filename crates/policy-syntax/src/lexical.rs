//! A tiny lexical walk shared by the comment scanner and the nesting guard: it
//! knows where strings, clause texts and comments are, and nothing else.

/// What a byte of the source belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Region {
    /// Ordinary code.
    Code,
    /// Inside `"…"` or `"""…"""`.
    Text,
    /// Inside a `# …` comment.
    Comment,
}

/// Calls `visit(offset, char, region)` for every character of `text`.
pub(crate) fn walk(text: &str, mut visit: impl FnMut(usize, char, Region)) {
    let bytes = text.as_bytes();
    let mut region = Region::Code;
    let mut raw = false;
    let mut escaped = false;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        match region {
            Region::Code => {
                if c == '#' {
                    region = Region::Comment;
                } else if c == '"' {
                    region = Region::Text;
                    raw = bytes[i..].starts_with(b"\"\"\"");
                    if raw {
                        visit(i, c, Region::Text);
                        iter.next();
                        iter.next();
                        continue;
                    }
                }
                visit(i, c, if region == Region::Code { Region::Code } else { region });
            }
            Region::Comment => {
                if c == '\n' {
                    region = Region::Code;
                    visit(i, c, Region::Code);
                } else {
                    visit(i, c, Region::Comment);
                }
            }
            Region::Text => {
                visit(i, c, Region::Text);
                if raw {
                    if bytes[i..].starts_with(b"\"\"\"") {
                        iter.next();
                        iter.next();
                        region = Region::Code;
                    }
                } else if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' || c == '\n' {
                    region = Region::Code;
                }
            }
        }
    }
}
