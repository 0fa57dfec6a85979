use policy_lsp::code_lens::{code_lenses, RUN_TEST};
use policy_syntax::ColumnEncoding;

use crate::*;

#[test]
fn every_test_gets_a_lens_that_runs_it() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let lenses = code_lenses(&a, &policy_path("murmansk-16.policy")).expect("lenses");
    assert_eq!(lenses.len(), text.matches("\ntest \"").count());
    let first = &lenses[0];
    let command = first.command.as_ref().expect("command");
    assert_eq!(command.command, RUN_TEST);
    assert_eq!(command.title, "▶ Run test");
    let args = command.arguments.as_ref().expect("arguments");
    assert_eq!(args[0], serde_json::json!("5 класс, 10 ч ровно по пределу, все документы"));
    assert_eq!(args[1], serde_json::json!(policy_path("murmansk-16.policy").to_string_lossy()));
    assert_eq!(first.range.start, pos(&text, "\"5 класс, 10 ч ровно", 0, 0));

    let ru = code_lenses(&a, &policy_path("samara-99.policy")).expect("lenses");
    assert!(ru.iter().all(|l| l.command.as_ref().is_some_and(|c| c.title == "▶ Запустить тест")));
}
