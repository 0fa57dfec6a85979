use policy_lsp::formatting::formatting;
use policy_syntax::ColumnEncoding;

use crate::*;

#[test]
fn formatting_replaces_the_whole_text_with_the_formatters_output() {
    let text = "rule   r § \"1\" {\n when 1 > 2\n violation \"нет\"\n}\n";
    let a = texts(&[("p.policy", text)], ColumnEncoding::Utf16);
    let edits = formatting(&a, &w("p.policy")).expect("formatted");
    let expected = policy_fmt::format(text, None).expect("formats");
    if expected == text {
        assert!(edits.is_empty());
    } else {
        assert_eq!(edits.len(), 1);
        assert_eq!(edits[0].new_text, expected);
        assert_eq!(edits[0].range.start, tower_lsp_server::ls_types::Position::new(0, 0));
        assert_eq!(edits[0].range.end, tower_lsp_server::ls_types::Position::new(4, 0));
    }
    // A file with syntax errors is left alone.
    let broken = texts(&[("p.policy", "rule r { when }")], ColumnEncoding::Utf16);
    assert!(formatting(&broken, &w("p.policy")).is_none());
}
