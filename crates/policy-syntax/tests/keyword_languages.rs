//! Both keyword languages parse to the same tree.

use policy_syntax::{convert_keywords, dominant_language, parse, KeywordLanguage};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The tree's debug form without byte positions (which move when keywords change length).
fn shape(text: &str) -> String {
    let parsed = parse(text);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let mut out = String::new();
    for decl in &parsed.file.decls {
        out.push_str(&format!("{:?}\n", decl.kind));
    }
    let mut cleaned = String::new();
    let mut rest = out.as_str();
    while let Some(at) = rest.find("Span { start: ") {
        cleaned.push_str(&rest[..at]);
        let end = rest[at..].find('}').map(|n| at + n + 1).unwrap_or(rest.len());
        rest = &rest[end..];
    }
    cleaned.push_str(rest);
    cleaned
}

#[test]
fn russian_fixture_has_the_same_tree_as_the_english_one() {
    let en = fixture("sample-en.policy");
    let ru = fixture("sample-ru.policy");
    assert_eq!(dominant_language(&ru, &parse(&ru).file), KeywordLanguage::Russian);
    assert_eq!(dominant_language(&en, &parse(&en).file), KeywordLanguage::English);
    assert_eq!(shape(&en), shape(&ru));
}

#[test]
fn converting_there_and_back_returns_the_same_text() {
    let en = fixture("sample-en.policy");
    let ru = convert_keywords(&en, &parse(&en).file, KeywordLanguage::Russian);
    assert_eq!(ru, fixture("sample-ru.policy"));
    let back = convert_keywords(&ru, &parse(&ru).file, KeywordLanguage::English);
    assert_eq!(back, en);
}

#[test]
fn russian_keywords_read_naturally() {
    let text = "правило r § \"1\" { когда pupil.age >= 18 и не ложь нарушение \"x\" }\n\
                роль a { обязанность \"y\" каждую неделю исполняется admin_control }";
    let parsed = parse(text);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    assert_eq!(parsed.file.decls.len(), 2);
}

#[test]
fn cyrillic_identifiers_and_unicode_comments_parse() {
    let text = "# комментарий 😀\nзначение предел_нагрузки = 8 ч # и ещё\n";
    let parsed = parse(text);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    assert_eq!(parsed.file.comments.len(), 2);
}

#[test]
fn an_error_names_the_keywords_in_the_language_the_file_is_written_in() {
    let said = |text: &str| -> Vec<String> {
        parse(text)
            .diagnostics
            .iter()
            .map(|d| {
                format!(
                    "{} | {}",
                    d.message.render(policy_i18n::Lang::Ru),
                    d.help.as_ref().map(|h| h.render(policy_i18n::Lang::Ru)).unwrap_or_default()
                )
            })
            .collect()
    };
    let ru = said("# Положение\nполитика т1 {\n  школа \"Ш\"\n  кто \"x\"\n}\n");
    assert!(ru[0].contains("`источник`") && ru[0].contains("`название`") && !ru[0].contains("`school`"), "{ru:?}");
    let ru = said("политика т1 { школа \"Ш\" }\nб\n");
    assert!(ru[0].contains("`политика`, `пункт`, `правило`") && !ru[0].contains("`policy`"), "{ru:?}");
    let en = said("policy t1 {\n  school \"S\"\n  who \"x\"\n}\n");
    assert!(en[0].contains("`source`") && !en[0].contains("`источник`"), "{en:?}");
}
