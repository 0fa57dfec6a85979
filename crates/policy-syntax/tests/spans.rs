//! Spans of syntax nodes: each ends at its own last token, not at trailing comments.

use policy_syntax::ast::DeclKind;

#[test]
fn table_row_spans_end_at_their_value() {
    let text = "table t by pupil.grade {\n  1..4 => 8 h\n  5..8 => 10 h # comment\n}\n";
    let parsed = policy_syntax::parse(text);
    let DeclKind::Table(t) = &parsed.file.decls[0].kind else { panic!() };
    let rows: Vec<&str> = t.rows.iter().map(|r| &text[r.span.start..r.span.end]).collect();
    assert_eq!(rows, vec!["1..4 => 8 h", "5..8 => 10 h"]);
}
