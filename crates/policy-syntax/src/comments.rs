//! Finds the `# …` comments of a file, which the grammar skips, so that the
//! formatter can put them back.

use crate::ast::{Comment, Span};
use crate::lexical::{walk, Region};

/// Every comment in `text`, in source order.
pub fn scan_comments(text: &str) -> Vec<Comment> {
    let mut comments = Vec::new();
    let mut start: Option<usize> = None;
    walk(text, |offset, c, region| match (region, start) {
        (Region::Comment, None) => start = Some(offset),
        (Region::Comment, Some(_)) => {}
        (_, Some(s)) => {
            comments.push(comment(text, s, offset));
            start = None;
            let _ = c;
        }
        _ => {}
    });
    if let Some(s) = start {
        comments.push(comment(text, s, text.len()));
    }
    comments
}

fn comment(text: &str, start: usize, end: usize) -> Comment {
    let end = if text[start..end].ends_with('\r') { end - 1 } else { end };
    Comment { text: text[start + 1..end].to_string(), span: Span::new(start, end) }
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
    fn hash_inside_clause_text_is_not_a_comment() {
        let text = "clause \"1\" \"\"\"№ 5 # не\nкомментарий\"\"\" # да";
        let found: Vec<String> = scan_comments(text).into_iter().map(|c| c.text).collect();
        assert_eq!(found, vec![" да"]);
    }
}
