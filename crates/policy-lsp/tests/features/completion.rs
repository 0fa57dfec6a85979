use policy_lsp::completion::completion;
use policy_syntax::ColumnEncoding;
use tower_lsp_server::ls_types::{CompletionItem, CompletionResponse, CompletionTextEdit, Position};

use crate::*;

fn items(a: &policy_lsp::Analysis, path: &std::path::Path, at: Position) -> Vec<CompletionItem> {
    match completion(a, path, at) {
        Some(CompletionResponse::Array(items)) => items,
        Some(CompletionResponse::List(list)) => list.items,
        None => Vec::new(),
    }
}

fn labels(items: &[CompletionItem]) -> Vec<&str> {
    items.iter().map(|i| i.label.as_str()).collect()
}

/// The murmansk policy with `insert` typed on a new line after `anchor`'s line; the cursor at its end.
fn typed(insert: &str, anchor: &str) -> (String, Position) {
    let text = policy_text("murmansk-16.policy");
    let at = offset_of(&text, anchor, 0, 0);
    let line_end = at + text[at..].find('\n').expect("line end");
    let edited = format!("{}\n{}{}", &text[..line_end], insert, &text[line_end..]);
    let cursor = line_end + 1 + insert.len();
    let p = position_at(&edited, cursor, ColumnEncoding::Utf16);
    (edited, p)
}

#[test]
fn case_fields_after_pupil_dot() {
    let (text, at) = typed("  when pupil.", "rule weekly_load");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let got = items(&a, &policy_path("murmansk-16.policy"), at);
    let names = labels(&got);
    for f in ["grade", "age", "categories", "lives_in_catchment"] {
        assert!(names.contains(&f), "{f} missing: {names:?}");
    }
    assert!(!names.contains(&"when"), "no keywords after a dot: {names:?}");
    let grade = got.iter().find(|i| i.label == "grade").expect("grade");
    assert_eq!(grade.detail.as_deref(), Some("int 1..12"));
}

#[test]
fn nested_records_lists_and_document_kinds() {
    let (text, at) = typed("  when plan.", "rule weekly_load");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        labels(&items(&a, &policy_path("murmansk-16.policy"), at)).iter().map(|s| s.to_string()).collect();
    assert!(names.contains(&"subjects".to_string()) && names.contains(&"weekly_hours".to_string()), "{names:?}");

    let (text, at) = typed("  when documents.", "rule weekly_load");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        labels(&items(&a, &policy_path("murmansk-16.policy"), at)).iter().map(|s| s.to_string()).collect();
    assert!(names.contains(&"medical_certificate".to_string()), "document kinds: {names:?}");
    assert!(names.contains(&"seal".to_string()), "element fields: {names:?}");

    let (text, at) = typed("  when documents.medical_certificate.", "rule weekly_load");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        labels(&items(&a, &policy_path("murmansk-16.policy"), at)).iter().map(|s| s.to_string()).collect();
    assert!(names.contains(&"valid_until".to_string()) && !names.contains(&"schedule".to_string()), "{names:?}");
}

#[test]
fn a_partial_field_is_replaced_by_the_edit() {
    let (text, at) = typed("  when pupil.gr", "rule weekly_load");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let got = items(&a, &policy_path("murmansk-16.policy"), at);
    let grade = got.iter().find(|i| i.label == "grade").expect("grade");
    let Some(CompletionTextEdit::Edit(edit)) = &grade.text_edit else { panic!("an edit") };
    assert_eq!(edit.range.end, at);
    assert_eq!(edit.range.start, Position::new(at.line, at.character - 2));
}

#[test]
fn clause_numbers_inside_a_citation() {
    let (text, at) = typed("value x § \"2", "rule weekly_load");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let got = items(&a, &policy_path("murmansk-16.policy"), at);
    let names = labels(&got);
    assert!(names.contains(&"16") && names.contains(&"26.8") && names.contains(&"Приложение 3"), "{names:?}");
    let c16 = got.iter().find(|i| i.label == "16").expect("16");
    assert!(c16.detail.as_deref().unwrap_or("").starts_with("Недельная учебная нагрузка"));
    let Some(CompletionTextEdit::Edit(edit)) = &c16.text_edit else { panic!("an edit") };
    assert_eq!(edit.range.start, Position::new(at.line, at.character - 1), "replaces the typed `2`");

    // After a comma, only the new part is replaced.
    let (text, at) = typed("value x § \"16, 2", "rule weekly_load");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let got = items(&a, &policy_path("murmansk-16.policy"), at);
    let Some(CompletionTextEdit::Edit(edit)) = &got[0].text_edit else { panic!("an edit") };
    assert_eq!(edit.range.start, Position::new(at.line, at.character - 1));
}

#[test]
fn keywords_in_the_language_of_the_file() {
    let ru = policy_text("samara-99.policy");
    let at = offset_of(&ru, "правило", 0, 0);
    let line_end = at + ru[at..].find('\n').expect("line");
    let edited = format!("{}\n  ко{}", &ru[..line_end], &ru[line_end..]);
    let p = position_at(&edited, line_end + 1 + "  ко".len(), ColumnEncoding::Utf16);
    let a = shipped(&[("samara-99.policy", &edited)], ColumnEncoding::Utf16);
    let got = items(&a, &policy_path("samara-99.policy"), p);
    let names = labels(&got);
    assert!(names.contains(&"когда") && names.contains(&"нарушение"), "{names:?}");
    assert!(!names.contains(&"when"), "{names:?}");
    let when = got.iter().find(|i| i.label == "когда").expect("когда");
    assert!(when.detail.as_deref().unwrap_or("").contains("Условие"), "Russian explanation: {:?}", when.detail);

    let (text, at) = typed("  ", "rule weekly_load");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        labels(&items(&a, &policy_path("murmansk-16.policy"), at)).iter().map(|s| s.to_string()).collect();
    for n in ["when", "unless", "violation", "weekly_hours", "max_weekly_hours", "pupil", "count", "hourly"] {
        assert!(names.contains(&n.to_string()), "{n} missing: {names:?}");
    }
}

#[test]
fn declaration_keywords_at_top_level() {
    let text = "policy p {}\n\n";
    let a = texts(&[("p.policy", text)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        labels(&items(&a, &w("p.policy"), Position::new(2, 0))).iter().map(|s| s.to_string()).collect();
    assert!(names.contains(&"rule".to_string()) && names.contains(&"schema".to_string()), "{names:?}");
    assert!(!names.contains(&"and".to_string()), "{names:?}");
}

#[test]
fn document_kinds_roles_rules_and_enumeration_values_in_context() {
    let (text, at) = typed("document ", "rule weekly_load");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        labels(&items(&a, &policy_path("murmansk-16.policy"), at)).iter().map(|s| s.to_string()).collect();
    assert!(names.contains(&"medical_certificate".to_string()) && !names.contains(&"hourly".to_string()), "{names:?}");

    let (text, at) = typed("exception e for ", "rule weekly_load");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        labels(&items(&a, &policy_path("murmansk-16.policy"), at)).iter().map(|s| s.to_string()).collect();
    assert!(names.contains(&"weekly_load".to_string()), "{names:?}");

    // Roles of the other policies, to align names across schools.
    let (text, at) = typed("role ", "rule weekly_load");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let got = items(&a, &policy_path("murmansk-16.policy"), at);
    assert!(!got.is_empty(), "roles from the other policies");
    assert!(got.iter().all(|i| i.kind == Some(tower_lsp_server::ls_types::CompletionItemKind::CLASS)));

    let (text, at) = typed("  when request.form = ", "rule weekly_load");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        labels(&items(&a, &policy_path("murmansk-16.policy"), at)).iter().map(|s| s.to_string()).collect();
    assert_eq!(&names[..3], &["home", "school", "combined"], "the compared enumeration first");

    let (text, at) = typed("  expect missing [medical_certificate, ", "expect missing []");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        labels(&items(&a, &policy_path("murmansk-16.policy"), at)).iter().map(|s| s.to_string()).collect();
    assert!(names.contains(&"schedule".to_string()) && !names.contains(&"when".to_string()), "{names:?}");
}

#[test]
fn nothing_in_comments_and_strings() {
    let text = "# pupil.\nrule r § \"1\" { when 1 > 2 violation \"pupil.\" }\n";
    let a = texts(&[("p.policy", text)], ColumnEncoding::Utf16);
    assert!(items(&a, &w("p.policy"), pos(text, "pupil.", 0, 6)).is_empty());
    assert!(items(&a, &w("p.policy"), pos(text, "pupil.", 1, 6)).is_empty());
}

// ---- i15: working days
#[test]
fn the_units_after_the_number_of_a_deadline_include_working_days() {
    let (text, at) = typed("    within 5 ", "duty order \"оформить");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let got = items(&a, &policy_path("murmansk-16.policy"), at);
    assert_eq!(labels(&got), ["days", "weeks", "months", "working days"]);
    let working = got.iter().find(|i| i.label == "working days").expect("working days");
    assert!(working.detail.as_deref().unwrap_or("").contains("production calendar"), "{:?}", working.detail);

    let ru = policy_text("samara-99.policy");
    let at = offset_of(&ru, "роль administration", 0, 0);
    let line_end = at + ru[at..].find('\n').expect("line");
    let edited = format!("{}\n  обязанность \"x\" в_течение 3 {}", &ru[..line_end], &ru[line_end..]);
    let p = position_at(&edited, line_end + 1 + "  обязанность \"x\" в_течение 3 ".len(), ColumnEncoding::Utf16);
    let a = shipped(&[("samara-99.policy", &edited)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        labels(&items(&a, &policy_path("samara-99.policy"), p)).iter().map(|s| s.to_string()).collect();
    assert_eq!(names, ["дня", "недели", "месяца", "рабочих дня"], "the forms that 3 asks for");
}

#[test]
fn after_offers_event_types_and_dates_of_the_case() {
    let (text, at) = typed("    within 5 working days after ", "duty order \"оформить");
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        labels(&items(&a, &policy_path("murmansk-16.policy"), at)).iter().map(|s| s.to_string()).collect();
    assert!(names.contains(&"teacher_ill".to_string()), "event types: {names:?}");
    assert!(names.contains(&"request".to_string()) && names.contains(&"documents".to_string()), "{names:?}");
}
// ---- end i15
#[test]
fn added_fields_and_values_are_completed_like_declared_ones() {
    let base = "policy ext {}\nuse \"case-schema.policy\"\nextend enum document_kind {\n  contract \"договор\"\n}\nextend schema pupil_case {\n  pupil: {\n    needs_assistant: bool? \"нуждается в ассистенте\"\n  }\n}\nrule r {\n  when pupil.";
    let text = format!("{base}\n}}\n");
    let a = shipped(&[("ext.policy", &text)], ColumnEncoding::Utf16);
    let at = position_at(&text, base.len(), ColumnEncoding::Utf16);
    let got = items(&a, &policy_path("ext.policy"), at);
    assert!(labels(&got).contains(&"needs_assistant"), "{:?}", labels(&got));
    let base = base.replace("when pupil.", "when documents.");
    let text = format!("{base}\n}}\n");
    let a = shipped(&[("ext.policy", &text)], ColumnEncoding::Utf16);
    let at = position_at(&text, base.len(), ColumnEncoding::Utf16);
    let got = items(&a, &policy_path("ext.policy"), at);
    assert!(labels(&got).contains(&"contract"), "{:?}", labels(&got));
}

// ---- issue 15: calendar_year
#[test]
fn a_calendar_year_block_offers_its_two_lists_in_the_file_s_language() {
    let text = "политика p {}\n\nпроизводственный_календарь 2028 \"источник\" {\n  \n}\n";
    let a = texts(&[("p.policy", text)], ColumnEncoding::Utf16);
    let got = items(&a, &w("p.policy"), Position::new(3, 2));
    assert_eq!(labels(&got), ["нерабочие", "рабочие"]);
    let detail = got[0].detail.as_deref().unwrap_or("");
    assert!(detail.contains("ст. 112 ТК РФ"), "Russian explanation: {detail}");

    let text = "policy p {}\n\n";
    let a = texts(&[("p.policy", text)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        labels(&items(&a, &w("p.policy"), Position::new(2, 0))).iter().map(|s| s.to_string()).collect();
    assert!(names.contains(&"calendar_year".to_string()), "{names:?}");
}
// ---- end calendar_year

// ---- issue 15: completion after `extend`
#[test]
fn extend_offers_enum_and_schema_then_their_names() {
    let base = "policy ext {}\nuse \"case-schema.policy\"\n";
    let at_end = |typed: &str| {
        let text = format!("{base}{typed}\n");
        let at = position_at(&text, base.len() + typed.len(), ColumnEncoding::Utf16);
        let a = shipped(&[("ext.policy", &text)], ColumnEncoding::Utf16);
        labels(&items(&a, &policy_path("ext.policy"), at)).iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    assert_eq!(at_end("extend "), ["enum", "schema"]);
    let names = at_end("extend enum ");
    assert!(names.contains(&"document_kind".to_string()) && names.contains(&"category".to_string()), "{names:?}");
    assert!(!names.contains(&"rule".to_string()), "{names:?}");
    assert_eq!(at_end("extend schema "), ["pupil_case"]);

    let base = "политика ext {}\nиспользовать \"case-schema.policy\"\n";
    let at_end = |typed: &str| {
        let text = format!("{base}{typed}\n");
        let at = position_at(&text, base.len() + typed.len(), ColumnEncoding::Utf16);
        let a = shipped(&[("ext.policy", &text)], ColumnEncoding::Utf16);
        labels(&items(&a, &policy_path("ext.policy"), at)).iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    assert_eq!(at_end("дополнить "), ["перечисление", "схему"]);
    assert!(at_end("дополнить перечисление ").contains(&"document_kind".to_string()));
    assert_eq!(at_end("дополнить схему "), ["pupil_case"]);
}
// ---- end completion after `extend`
