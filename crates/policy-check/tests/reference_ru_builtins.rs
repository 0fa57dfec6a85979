//! The Russian edition of the reference, `docs/language.ru.md`, lists the built-in
//! functions with the Russian descriptions of `policy_check::builtins::BUILTINS` — the
//! words the editor's hover and completion show (the English edition is held to the
//! English descriptions by a test in `builtins.rs`).

use policy_check::builtins::BUILTINS;
use policy_check::model::Ty;

const REFERENCE: &str = include_str!("../../../docs/language.ru.md");

/// The name of a result type as the Russian edition writes it.
fn result_name(ty: &Ty) -> &'static str {
    match ty {
        Ty::Number => "число",
        Ty::Date => "дата",
        Ty::Bool => "истина или ложь",
        Ty::Duration => "срок",
        _ => "?",
    }
}

#[test]
fn the_russian_reference_table_is_the_code_table() {
    let section = REFERENCE
        .split("<a id=\"built-in-functions\"></a>")
        .nth(1)
        .expect("docs/language.ru.md has a section <a id=\"built-in-functions\">");
    let section = section.split("\n## ").next().unwrap_or_default();
    let documented: Vec<&str> = section.lines().filter(|l| l.starts_with("| `")).collect();
    let code: Vec<String> = BUILTINS
        .iter()
        .map(|d| format!("| `{}` | {} | {} |", d.signature(), result_name(&d.result), d.russian))
        .collect();
    assert_eq!(documented, code, "docs/language.ru.md's built-in functions and policy_check::builtins disagree");
}
