//! The comments of a text, found with the grammar's own view of strings: a `"…"`
//! string may run over several lines and holds `{…}` interpolations, which may
//! hold strings of their own; a `"""…"""` clause text holds anything.

use policy_syntax::ast::{Comment, Span};

enum Frame {
    /// Inside `"…"`.
    Text,
    /// Inside `{…}` of a string, with the depth of plain braces opened in it.
    Interpolation(usize),
}

/// Every `# …` comment of `text`, in order (the text after `#`, without a final `\r`).
pub(crate) fn scan(text: &str) -> Vec<Comment> {
    let bytes = text.as_bytes();
    let mut comments = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match stack.last_mut() {
            Some(Frame::Text) => match c {
                b'\\' => i += 1,
                b'"' => {
                    stack.pop();
                }
                b'{' => stack.push(Frame::Interpolation(0)),
                _ => {}
            },
            frame => match c {
                b'#' => {
                    let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
                    let end = if text[i..end].ends_with('\r') { end - 1 } else { end };
                    comments.push(Comment { text: text[i + 1..end].to_string(), span: Span::new(i, end) });
                    i = end;
                    continue;
                }
                b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                    i = text[i + 3..].find("\"\"\"").map_or(text.len(), |n| i + 3 + n + 3);
                    continue;
                }
                b'"' => stack.push(Frame::Text),
                b'{' => {
                    if let Some(Frame::Interpolation(depth)) = frame {
                        *depth += 1;
                    }
                }
                b'}' => match frame {
                    Some(Frame::Interpolation(0)) => {
                        stack.pop();
                    }
                    Some(Frame::Interpolation(depth)) => *depth -= 1,
                    _ => {}
                },
                _ => {}
            },
        }
        i += 1;
    }
    comments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        scan(text).into_iter().map(|c| c.text).collect()
    }

    #[test]
    fn comments_outside_strings() {
        assert_eq!(texts("a # один\r\nb \"# нет\" # два"), vec![" один", " два"]);
    }

    #[test]
    fn strings_may_span_lines_and_nest_in_interpolations() {
        let text = "value a = \"строка\n# не комментарий {f(\"}\")} \\\" # нет\" # да\n";
        assert_eq!(texts(text), vec![" да"]);
        assert_eq!(texts("clause \"1\" \"\"\"# нет\n\"\"\" # да"), vec![" да"]);
    }
}
