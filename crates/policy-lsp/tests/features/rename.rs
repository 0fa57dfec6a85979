use policy_lsp::rename::{is_valid_name, prepare_rename, rename};
use policy_syntax::ColumnEncoding;
use tower_lsp_server::ls_types::PrepareRenameResponse;

use crate::*;

#[test]
fn a_value_is_renamed_everywhere_it_is_used() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "when weekly_hours > max", 0, "when w".len());
    match prepare_rename(&a, &policy_path("murmansk-16.policy"), at).expect("renamable") {
        PrepareRenameResponse::RangeWithPlaceholder { placeholder, .. } => assert_eq!(placeholder, "weekly_hours"),
        other => panic!("{other:?}"),
    }
    let edit = rename(&a, &policy_path("murmansk-16.policy"), at, "недельная_нагрузка").expect("edit");
    let changes = edit.changes.expect("changes");
    assert_eq!(changes.len(), 1, "one file");
    let edits = changes.values().next().expect("edits");
    let uses = text.matches("weekly_hours").count()
        - text.matches("max_weekly_hours").count()
        - text.matches("plan.weekly_hours").count();
    assert_eq!(edits.len(), uses);
    assert!(edits.iter().all(|e| e.new_text == "недельная_нагрузка"));
}

#[test]
fn a_rule_is_renamed_with_its_exceptions_reference() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "rule weekly_load", 0, "rule w".len());
    let edit = rename(&a, &policy_path("murmansk-16.policy"), at, "load_cap").expect("edit");
    let edits = edit.changes.expect("changes").into_values().next().expect("edits");
    assert_eq!(edits.len(), 2, "the rule and `exception … for weekly_load`");
}

#[test]
fn schema_fields_enumeration_values_and_keywords_are_refused() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "pupil.grade in 1..11", 0, "pupil.g".len());
    let err = prepare_rename(&a, &policy_path("murmansk-16.policy"), at).expect_err("a case field");
    assert!(err.0.contains("case"), "{}", err.0);
    let at = pos(&text, "then hourly", 0, "then h".len());
    assert!(rename(&a, &policy_path("murmansk-16.policy"), at, "x").is_err());
    let at = pos(&text, "rule weekly_load", 0, 1);
    assert!(prepare_rename(&a, &policy_path("murmansk-16.policy"), at).is_err());
    // Russian files get Russian reasons.
    let ru = policy_text("samara-99.policy");
    let at = pos(&ru, "pupil.", 0, 2);
    let err = prepare_rename(&a, &policy_path("samara-99.policy"), at).expect_err("a case field");
    assert!(err.0.contains("поля дела"), "{}", err.0);
}

#[test]
fn invalid_and_taken_names_are_refused() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "value weekly_hours", 0, "value w".len());
    for bad in ["", "1x", "a-b", "when", "правило", "two words"] {
        assert!(rename(&a, &policy_path("murmansk-16.policy"), at, bad).is_err(), "{bad:?}");
    }
    assert!(rename(&a, &policy_path("murmansk-16.policy"), at, "max_weekly_hours").is_err(), "a table's name");
    assert!(rename(&a, &policy_path("murmansk-16.policy"), at, "pupil").is_err(), "shadows a case field");
    assert!(is_valid_name("нагрузка_5") && is_valid_name("_x") && !is_valid_name("и"));
}
