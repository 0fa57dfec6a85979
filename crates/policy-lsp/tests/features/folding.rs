use policy_lsp::folding::folding_ranges;
use policy_syntax::ColumnEncoding;
use tower_lsp_server::ls_types::FoldingRangeKind;

use crate::*;

#[test]
fn declarations_comment_runs_and_sections_fold() {
    let text = "# заголовок\n# продолжение\n\n# ==== раздел\nrule r § \"1\" {\n  when 1 > 2\n  violation \"нет\"\n}\n\n# ==== ещё раздел\nvalue v = 1\n";
    let a = texts(&[("p.policy", text)], ColumnEncoding::Utf16);
    let ranges = folding_ranges(&a, &w("p.policy")).expect("ranges");
    let has = |start: u32, end: u32, kind: Option<FoldingRangeKind>| {
        ranges.iter().any(|r| r.start_line == start && r.end_line == end && r.kind == kind)
    };
    assert!(has(4, 7, None), "the rule: {ranges:?}");
    assert!(has(0, 1, Some(FoldingRangeKind::Comment)), "the comment run: {ranges:?}");
    assert!(has(3, 8, Some(FoldingRangeKind::Region)), "the first section: {ranges:?}");
    assert!(ranges.iter().all(|r| r.end_line > r.start_line));
}

#[test]
fn shipped_policies_fold_clauses_and_roles() {
    let a = shipped(&[], ColumnEncoding::Utf16);
    let text = policy_text("murmansk-16.policy");
    let ranges = folding_ranges(&a, &policy_path("murmansk-16.policy")).expect("ranges");
    let clause_1 = pos(&text, "clause \"1\"", 0, 0).line;
    assert!(ranges.iter().any(|r| r.start_line == clause_1 && r.end_line > clause_1 + 3), "a long clause folds");
    let role = pos(&text, "role administration", 0, 0).line;
    assert!(ranges.iter().any(|r| r.start_line == role));
}
