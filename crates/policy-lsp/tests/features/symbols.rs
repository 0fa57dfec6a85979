use policy_lsp::symbols::document_symbols;
use policy_syntax::ColumnEncoding;
use tower_lsp_server::ls_types::{DocumentSymbol, SymbolKind};

use crate::*;

fn find<'a>(symbols: &'a [DocumentSymbol], name: &str) -> Option<&'a DocumentSymbol> {
    symbols.iter().find(|s| s.name == name)
}

#[test]
fn the_outline_lists_every_declaration_with_children() {
    let a = shipped(&[], ColumnEncoding::Utf16);
    let symbols = document_symbols(&a, &policy_path("murmansk-16.policy")).expect("outline");
    let policy = find(&symbols, "murmansk-16").expect("policy");
    assert_eq!(policy.kind, SymbolKind::MODULE);
    assert!(find(&symbols, "§ 16").is_some(), "clauses");
    assert_eq!(find(&symbols, "max_weekly_hours").map(|s| s.kind), Some(SymbolKind::STRUCT));
    assert_eq!(find(&symbols, "weekly_load").map(|s| s.kind), Some(SymbolKind::FUNCTION));
    assert_eq!(find(&symbols, "medical_certificate").map(|s| s.kind), Some(SymbolKind::FILE));
    let admin = find(&symbols, "administration").expect("role");
    let duties = admin.children.as_ref().expect("duties");
    assert!(duties.iter().any(|d| d.name == "substitution" && d.kind == SymbolKind::METHOD));
    assert!(duties.iter().any(|d| d.kind == SymbolKind::PROPERTY), "a right");
    assert!(symbols.iter().any(|s| s.kind == SymbolKind::EVENT && s.name.contains("класс")), "tests");
    // Every selection range lies inside its range.
    fn inside(s: &DocumentSymbol) -> bool {
        let (r, sel) = (s.range, s.selection_range);
        (r.start.line, r.start.character) <= (sel.start.line, sel.start.character)
            && (sel.end.line, sel.end.character) <= (r.end.line, r.end.character)
            && s.children.as_ref().is_none_or(|c| c.iter().all(inside))
    }
    assert!(symbols.iter().all(inside));
}

#[test]
fn the_schema_has_nested_fields_and_a_half_typed_file_has_an_outline() {
    let a = shipped(&[], ColumnEncoding::Utf16);
    let symbols = document_symbols(&a, &policy_path("case-schema.policy")).expect("outline");
    let schema = find(&symbols, "pupil_case").expect("schema");
    let pupil = find(schema.children.as_deref().unwrap_or(&[]), "pupil").expect("record");
    assert!(find(pupil.children.as_deref().unwrap_or(&[]), "grade").is_some());
    let category = find(&symbols, "category").expect("enum");
    assert!(category.children.as_ref().is_some_and(|c| c.iter().any(|v| v.name == "ovz")));

    let text = "rule a § \"1\" { when 1 > 2 violation \"x\" }\nrule b § \"2\" {\n  when 1 >\n}\nvalue c = 3\n";
    let a = texts(&[("p.policy", text)], ColumnEncoding::Utf16);
    let names: Vec<String> =
        document_symbols(&a, &w("p.policy")).expect("outline").into_iter().map(|s| s.name).collect();
    assert_eq!(names, ["a", "b", "c"]);
}
