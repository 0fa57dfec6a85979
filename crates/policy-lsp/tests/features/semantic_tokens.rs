use policy_lsp::semantic_tokens::{semantic_tokens, TOKEN_TYPES};
use policy_syntax::ColumnEncoding;
use tower_lsp_server::ls_types::{Position, Range, SemanticTokenType};

use crate::*;

/// Decodes tokens into (line, start, length, type).
fn decode(data: &[tower_lsp_server::ls_types::SemanticToken]) -> Vec<(u32, u32, u32, SemanticTokenType)> {
    let (mut line, mut start) = (0, 0);
    data.iter()
        .map(|t| {
            if t.delta_line > 0 {
                line += t.delta_line;
                start = t.delta_start;
            } else {
                start += t.delta_start;
            }
            (line, start, t.length, TOKEN_TYPES[t.token_type as usize].clone())
        })
        .collect()
}

#[test]
fn names_keywords_and_comments_are_typed_at_utf16_columns() {
    let text = "# комментарий\nrule r § \"1\" {\n  when pupil_x > 2\n  violation \"Нагрузка {лимит} ч\"\n}\nvalue лимит = 8 h\n";
    let a = texts(&[("p.policy", text)], ColumnEncoding::Utf16);
    let tokens = decode(&semantic_tokens(&a, &w("p.policy"), None).expect("tokens").data);
    let at = |needle: &str, nth: usize| pos(text, needle, nth, 0);
    let find = |p: Position| tokens.iter().find(|t| t.0 == p.line && t.1 == p.character).cloned();
    assert_eq!(find(at("# комментарий", 0)).map(|t| (t.2, t.3)), Some((13, SemanticTokenType::COMMENT)));
    assert_eq!(find(at("rule", 0)).map(|t| t.3), Some(SemanticTokenType::KEYWORD));
    assert_eq!(find(at("§ \"1\"", 0)).map(|t| t.3), Some(SemanticTokenType::MACRO));
    // `лимит` after Cyrillic text in the message: column 23 in UTF-16 units (not bytes).
    let use_site = find(at("лимит", 0)).expect("the value's use");
    assert_eq!((use_site.1, use_site.2, use_site.3), (23, 5, SemanticTokenType::VARIABLE));
    assert_eq!(find(at("лимит", 1)).map(|t| t.3), Some(SemanticTokenType::VARIABLE));
    // Sorted, no overlaps.
    for pair in tokens.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(a.0 < b.0 || (a.0 == b.0 && a.1 + a.2 <= b.1), "{a:?} {b:?}");
    }
}

#[test]
fn case_fields_enumeration_values_and_a_range() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let all = decode(&semantic_tokens(&a, &policy_path("murmansk-16.policy"), None).expect("tokens").data);
    let field = pos(&text, "pupil.grade in 1..11", 0, "pupil.".len());
    assert!(all.iter().any(|t| (t.0, t.1, t.3.clone()) == (field.line, field.character, SemanticTokenType::PROPERTY)));
    let record = pos(&text, "pupil.grade in 1..11", 0, 0);
    assert!(all
        .iter()
        .any(|t| (t.0, t.1, t.3.clone()) == (record.line, record.character, SemanticTokenType::NAMESPACE)));
    let range = Range { start: Position::new(field.line, 0), end: Position::new(field.line + 1, 0) };
    let some = decode(&semantic_tokens(&a, &policy_path("murmansk-16.policy"), Some(range)).expect("tokens").data);
    assert!(!some.is_empty() && some.len() < all.len());
}
