//! The formatted form of every fixture in `tests/fmt/` (messy inputs in both keyword
//! languages), as it is and converted to the other keyword language.

use policy_fmt::{format, KeywordLanguage};
use policy_syntax::{dominant_language, parse};

fn other(language: KeywordLanguage) -> KeywordLanguage {
    match language {
        KeywordLanguage::English => KeywordLanguage::Russian,
        KeywordLanguage::Russian => KeywordLanguage::English,
    }
}

#[test]
fn fixtures_in_the_canonical_layout() {
    insta::glob!("../../../tests/fmt", "*.policy", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let formatted = format(&text, None).unwrap();
        assert_eq!(format(&formatted, None).unwrap(), formatted, "formatting twice changes {}", path.display());
        insta::assert_snapshot!(formatted);
    });
}

#[test]
fn fixtures_converted_to_the_other_keyword_language() {
    insta::glob!("../../../tests/fmt", "*.policy", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let own = dominant_language(&text, &parse(&text).file);
        let converted = format(&text, Some(other(own))).unwrap();
        assert_eq!(format(&converted, None).unwrap(), converted, "formatting twice changes {}", path.display());
        let back = format(&converted, Some(own)).unwrap();
        assert_eq!(back, format(&text, Some(own)).unwrap(), "converting {} there and back", path.display());
        insta::assert_snapshot!(converted);
    });
}

#[test]
fn syntax_errors_are_refused() {
    let err = format("rule r { when }\n", None).unwrap_err();
    assert!(matches!(err, policy_fmt::FormatError::Syntax(ref d) if !d.is_empty()), "{err:?}");
}

#[test]
fn empty_and_comment_only_files() {
    assert_eq!(format("", None).unwrap(), "");
    assert_eq!(format("\n\n  \n", None).unwrap(), "");
    assert_eq!(format("  # только комментарий   \n\n\n# и ещё\n", None).unwrap(), "# только комментарий\n\n# и ещё\n");
}

#[test]
fn crlf_line_endings_become_lf_and_clause_texts_stay_byte_for_byte() {
    let text = "clause \"1\" \"\"\"строка\r\nвторая\"\"\"\r\nvalue a = 1 # c\r\n";
    assert_eq!(format(text, None).unwrap(), "clause \"1\" \"\"\"строка\r\nвторая\"\"\"\n\nvalue a = 1 # c\n");
}
