use policy_lsp::definition::definition;
use policy_syntax::ColumnEncoding;
use tower_lsp_server::ls_types::{GotoDefinitionResponse, Location};

use crate::*;

fn locations(r: Option<GotoDefinitionResponse>) -> Vec<Location> {
    match r {
        Some(GotoDefinitionResponse::Scalar(l)) => vec![l],
        Some(GotoDefinitionResponse::Array(ls)) => ls,
        Some(GotoDefinitionResponse::Link(_)) | None => Vec::new(),
    }
}

#[test]
fn a_value_goes_to_its_declaration() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "{weekly_hours} ч превышает", 0, 3);
    let got = locations(definition(&a, &policy_path("murmansk-16.policy"), at));
    assert_eq!(got.len(), 1);
    assert!(got[0].uri.as_str().ends_with("murmansk-16.policy"));
    assert_eq!(got[0].range.start, pos(&text, "value weekly_hours", 0, "value ".len()));
}

#[test]
fn a_case_field_goes_to_the_imported_schema() {
    let text = policy_text("murmansk-16.policy");
    let schema = policy_text("case-schema.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "pupil.grade in 1..11", 0, "pupil.g".len());
    let got = locations(definition(&a, &policy_path("murmansk-16.policy"), at));
    assert_eq!(got.len(), 1);
    assert!(got[0].uri.as_str().ends_with("case-schema.policy"), "{:?}", got[0].uri);
    assert_eq!(got[0].range.start, pos(&schema, "grade: int 1..12", 0, 0));
    // The record before the dot goes to the record.
    let at = pos(&text, "pupil.grade in 1..11", 0, 1);
    let got = locations(definition(&a, &policy_path("murmansk-16.policy"), at));
    assert_eq!(got[0].range.start, pos(&schema, "pupil: {", 0, 0));
}

#[test]
fn a_citation_goes_to_the_clause_and_use_to_the_file() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "rule weekly_load § \"16\"", 0, "rule weekly_load § \"1".len());
    let got = locations(definition(&a, &policy_path("murmansk-16.policy"), at));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].range.start, pos(&text, "clause \"16\"", 0, "clause \"".len()));

    let at = pos(&text, "use \"case-schema.policy\"", 0, 8);
    let got = locations(definition(&a, &policy_path("murmansk-16.policy"), at));
    assert!(got[0].uri.as_str().ends_with("case-schema.policy"));
}

#[test]
fn an_enumeration_value_goes_to_its_declaration_and_a_rule_from_its_exception() {
    let text = policy_text("murmansk-16.policy");
    let schema = policy_text("case-schema.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "then hourly else tariff", 0, "then h".len());
    let got = locations(definition(&a, &policy_path("murmansk-16.policy"), at));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].range.start, pos(&schema, "hourly    \"почасовая", 0, 0));

    let at = pos(&text, "for weekly_load", 0, "for w".len());
    let got = locations(definition(&a, &policy_path("murmansk-16.policy"), at));
    assert_eq!(got[0].range.start, pos(&text, "rule weekly_load", 0, "rule ".len()));
}

#[test]
fn amends_goes_to_the_amended_version_even_with_a_use_after_it() {
    let base = "policy p {\n  approved 2020-01-01\n}\nclause \"1\" \"\"\"x\"\"\"\n";
    let amendment = "policy p {\n  amends \"base.policy\" § \"1\"\n  in_force 2021-01-01\n}\nuse \"other.policy\"\nclause \"1\" \"\"\"y\"\"\"\n";
    let a = texts(
        &[("base.policy", base), ("other.policy", "enum e { a }\n"), ("amendment.policy", amendment)],
        ColumnEncoding::Utf16,
    );
    let at = pos(amendment, "\"base.policy\"", 0, 3);
    let got = locations(definition(&a, &w("amendment.policy"), at));
    assert!(got.len() == 1 && got[0].uri.as_str().ends_with("/base.policy"), "{got:?}");
    let at = pos(amendment, "\"other.policy\"", 0, 3);
    let got = locations(definition(&a, &w("amendment.policy"), at));
    assert!(got.len() == 1 && got[0].uri.as_str().ends_with("/other.policy"), "{got:?}");
}
