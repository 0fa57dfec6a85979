//! Formatting never panics, stays within the time bound, and round-trips: the
//! formatted text parses to the same tree (spans and trailing blanks of comments
//! aside), checks with the same
//! diagnostic codes, and formats to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policy_fuzz::{bounded, codes, span_free_dump};

fuzz_target!(|text: &str| {
    let Ok(formatted) = bounded("format", || policy_fmt::format(text, None)) else {
        return; // syntax errors, or the formatter's own refusal: the text is left as it is
    };
    let before = policy_syntax::parse(text);
    let after = policy_syntax::parse(&formatted);
    assert!(after.diagnostics.is_empty(), "the formatted text has syntax errors");
    let (b, a) = (&before.file, &after.file);
    assert_eq!(span_free_dump(&b.decls), span_free_dump(&a.decls), "formatting changed the tree");
    assert_eq!(span_free_dump(&b.keywords), span_free_dump(&a.keywords), "formatting changed the keywords");
    // Comments are kept, in order; the formatter trims the blanks at their ends.
    let comments = |f: &policy_syntax::ast::File| -> Vec<String> {
        f.comments.iter().map(|c| c.text.trim_end().to_string()).collect()
    };
    assert_eq!(comments(b), comments(a), "formatting changed the comments");
    assert_eq!(codes(text), codes(&formatted), "formatting changed the diagnostics");
    let again = bounded("format", || policy_fmt::format(&formatted, None));
    assert_eq!(again.as_deref().ok(), Some(formatted.as_str()), "formatting is not idempotent");
});
