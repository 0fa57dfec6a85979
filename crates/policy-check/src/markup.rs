//! Text placed into Markdown or HTML: the one home of escaping, for every
//! renderer (reports, `compare`, `policy doc`, the batch summary, hover).

use std::borrow::Cow;

/// Plain text for Markdown prose: the characters Markdown would read as markup
/// (`\ ` * _ [ ] < > | # ~`) are backslash-escaped.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Plain text for one cell of a Markdown table: escaped as [`markdown`], with
/// line breaks as `<br>` so that the cell stays on its row.
pub fn markdown_cell(text: &str) -> String {
    markdown(text).replace('\n', "<br>")
}

/// Plain text for HTML content or a quoted attribute value (`&`, `<`, `>`,
/// `"` and `'` become references).
pub fn html(text: &str) -> Cow<'_, str> {
    html_escape::encode_quoted_attribute(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_markup_is_escaped() {
        assert_eq!(markdown("п. 2.1 *до* 8 ч | `x` ~"), "п. 2.1 \\*до\\* 8 ч \\| \\`x\\` \\~");
        assert_eq!(markdown_cell("a|b\nc"), "a\\|b<br>c");
    }

    #[test]
    fn html_references_replace_markup() {
        assert_eq!(html("<b>«Д&Д»</b> \"x\" 'y'"), "&lt;b&gt;«Д&amp;Д»&lt;/b&gt; &quot;x&quot; &#x27;y&#x27;");
    }
}
