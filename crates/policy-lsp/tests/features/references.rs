use policy_lsp::references::references;
use policy_syntax::ColumnEncoding;

use crate::*;

#[test]
fn a_value_is_found_in_expressions_messages_and_tests() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "value weekly_hours", 0, "value w".len());
    let with = references(&a, &policy_path("murmansk-16.policy"), at, true).expect("refs");
    let without = references(&a, &policy_path("murmansk-16.policy"), at, false).expect("refs");
    assert_eq!(with.len(), without.len() + 1, "the declaration is included only when asked");
    let uses = text.matches("weekly_hours").count()
        - text.matches("max_weekly_hours").count()
        - text.matches("plan.weekly_hours").count();
    assert_eq!(with.len(), uses, "every use in rules, messages and `expect weekly_hours = …`");
    assert!(with.iter().all(|l| l.uri.as_str().ends_with("murmansk-16.policy")));
}

#[test]
fn a_schema_field_is_found_in_every_policy_that_imports_the_schema() {
    let schema = policy_text("case-schema.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&schema, "grade: int 1..12", 0, 1);
    let refs = references(&a, &policy_path("case-schema.policy"), at, false).expect("refs");
    let mut files: Vec<String> =
        refs.iter().map(|l| l.uri.as_str().rsplit('/').next().unwrap_or("").to_string()).collect();
    files.sort();
    files.dedup();
    assert!(files.len() >= 3, "used by several policies: {files:?}");
    let murmansk = policy_text("murmansk-16.policy");
    let first = pos(&murmansk, "pupil.grade in 1..11", 0, "pupil.".len());
    assert!(refs.iter().any(|l| l.uri.as_str().ends_with("murmansk-16.policy") && l.range.start == first));
}

#[test]
fn a_clause_is_found_in_citations_including_ranges_that_cover_it() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "clause \"16\"", 0, "clause \"1".len());
    let refs = references(&a, &policy_path("murmansk-16.policy"), at, false).expect("refs");
    assert!(refs.len() >= 5, "{refs:?}");
    // Clause 22 is cited only through the range "21–23".
    let at = pos(&text, "clause \"22\"", 0, "clause \"2".len());
    let refs = references(&a, &policy_path("murmansk-16.policy"), at, false).expect("refs");
    let range_start = pos(&text, "§ \"21–23\"", 0, "§ \"".len());
    assert!(refs.iter().any(|l| l.range.start == range_start), "{refs:?}");
}
