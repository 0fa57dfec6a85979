use policy_lsp::code_actions::code_actions;
use policy_syntax::ColumnEncoding;
use tower_lsp_server::ls_types::{CodeActionKind, CodeActionOrCommand, Range};

use crate::*;

#[test]
fn a_misspelt_field_gets_a_quick_fix() {
    let text = policy_text("murmansk-16.policy").replacen("pupil.grade in 1..11", "pupil.grdae in 1..11", 1);
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let at = pos(&text, "grdae", 0, 2);
    let actions = code_actions(&a, &policy_path("murmansk-16.policy"), Range { start: at, end: at }).expect("actions");
    let [CodeActionOrCommand::CodeAction(action)] = actions.as_slice() else { panic!("one action: {actions:?}") };
    assert_eq!(action.title, "Replace with `grade`");
    assert_eq!(action.kind, Some(CodeActionKind::QUICKFIX));
    let edits = action.edit.as_ref().and_then(|e| e.changes.as_ref()).expect("edit");
    let edit = &edits.values().next().expect("one file")[0];
    assert_eq!(edit.new_text, "grade");
    assert_eq!(edit.range.start, pos(&text, "grdae", 0, 0));
    assert_eq!(edit.range.end, pos(&text, "grdae", 0, 5));
    assert_eq!(action.diagnostics.as_ref().map(|d| d.len()), Some(1));
}

#[test]
fn russian_files_get_russian_titles_and_no_action_away_from_diagnostics() {
    let text = policy_text("samara-99.policy");
    let i = offset_of(&text, "pupil.grade", 0, "pupil.".len());
    let text = format!("{}gradw{}", &text[..i], &text[i + "grade".len()..]);
    let a = shipped(&[("samara-99.policy", &text)], ColumnEncoding::Utf16);
    let at = pos(&text, "gradw", 0, 1);
    let actions = code_actions(&a, &policy_path("samara-99.policy"), Range { start: at, end: at }).expect("actions");
    let CodeActionOrCommand::CodeAction(action) = &actions[0] else { panic!("an action") };
    assert_eq!(action.title, "Заменить на `grade`");
    let far = tower_lsp_server::ls_types::Position::new(0, 0);
    assert!(code_actions(&a, &policy_path("samara-99.policy"), Range { start: far, end: far })
        .expect("actions")
        .is_empty());
}
