//! Finds the `# …` comments of a file, which the grammar skips, so that the
//! formatter can put them back.

use crate::ast::{Comment, Span};
use crate::lexical::{walk, Event};

/// Every comment in `text`, in source order.
pub fn scan_comments(text: &str) -> Vec<Comment> {
    let mut comments = Vec::new();
    walk(text, |event| {
        if let Event::Comment(start, end) = event {
            let end = if text[start..end].ends_with('\r') { end - 1 } else { end };
            comments.push(Comment { text: text[start + 1..end].to_string(), span: Span::new(start, end) });
        }
    });
    comments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_outside_strings_are_found() {
        let text = "rule x # первый\n{ violation \"# не комментарий\" } # второй";
        let found: Vec<String> = scan_comments(text).into_iter().map(|c| c.text).collect();
        assert_eq!(found, vec![" первый", " второй"]);
    }

    #[test]
    fn strings_nested_in_interpolations_are_strings() {
        let text = "violation \"a {if x then \"# b\" else \"c\"} # d\" # настоящий";
        let found: Vec<String> = scan_comments(text).into_iter().map(|c| c.text).collect();
        assert_eq!(found, vec![" настоящий"]);
    }

    #[test]
    fn an_unterminated_string_ends_at_its_line() {
        let text = "value v = \"открыта\n# комментарий";
        let found: Vec<String> = scan_comments(text).into_iter().map(|c| c.text).collect();
        assert_eq!(found, vec![" комментарий"]);
    }

    #[test]
    fn hash_inside_clause_text_is_not_a_comment() {
        let text = "clause \"1\" \"\"\"№ 5 # не\nкомментарий\"\"\" # да";
        let found: Vec<String> = scan_comments(text).into_iter().map(|c| c.text).collect();
        assert_eq!(found, vec![" да"]);
    }
}
