use std::collections::HashSet;
use std::path::{Path, PathBuf};

use policy_check::Workspace;
use policy_lsp::diagnostics::{file_diagnostics, workspace_diagnostics};
use policy_syntax::ColumnEncoding;
use tower_lsp_server::ls_types::{DiagnosticSeverity, NumberOrString, Position};

use crate::*;

/// What `policy check policies/` reports: (path, code, message, help, start offset), as the CLI computes it.
fn cli_check(overrides: &[(&str, &str)]) -> Vec<(PathBuf, String, String, Option<String>, usize)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(policies_dir())
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "policy"))
        .map(|p| policy_lsp::vfs::normalize(&p))
        .collect();
    paths.sort();
    let mut read = |p: &Path| -> Result<String, String> {
        for (name, text) in overrides {
            if policy_path(name) == p {
                return Ok(text.to_string());
            }
        }
        std::fs::read_to_string(p).map_err(|e| e.to_string())
    };
    let mut ws = Workspace::new();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for path in &paths {
        let root = ws.load(path, &mut read).expect("loads");
        for d in policy_check::check(&ws, root).diagnostics {
            let key = (d.file, d.diagnostic.span, d.diagnostic.code, d.diagnostic.message.clone());
            if seen.insert(key) {
                let f = &ws.files[d.file];
                // The editor speaks the language of the file's keywords.
                let lang = match policy_syntax::dominant_language(&f.text, &f.parsed.file) {
                    policy_syntax::KeywordLanguage::Russian => policy_i18n::Lang::Ru,
                    policy_syntax::KeywordLanguage::English => policy_i18n::Lang::En,
                };
                let help_prefix = policy_i18n::tr!(lang, "check-help-prefix");
                out.push((
                    f.path.clone(),
                    d.diagnostic.code.to_string(),
                    d.diagnostic.message_in(lang),
                    d.diagnostic.help_in(lang).map(|h| format!("{help_prefix}{h}")),
                    d.diagnostic.span.start,
                ));
            }
        }
    }
    out.sort_by(|a, b| (&a.0, a.4, &a.1).cmp(&(&b.0, b.4, &b.1)));
    out
}

fn lsp_check(a: &policy_lsp::Analysis) -> Vec<(PathBuf, String, String, u32, u32)> {
    let mut out = Vec::new();
    for f in workspace_diagnostics(a) {
        for d in f.diagnostics {
            let Some(NumberOrString::String(code)) = d.code else { panic!("a code") };
            out.push((f.path.clone(), code, d.message, d.range.start.line, d.range.start.character));
        }
    }
    out.sort();
    out
}

fn same_as_cli(overrides: &[(&str, &str)]) {
    let a = shipped(overrides, ColumnEncoding::Utf16);
    let mut expected: Vec<(PathBuf, String, String, u32, u32)> = cli_check(overrides)
        .into_iter()
        .map(|(path, code, message, help, start)| {
            let text = overrides
                .iter()
                .find(|(n, _)| policy_path(n) == path)
                .map(|(_, t)| t.to_string())
                .unwrap_or_else(|| std::fs::read_to_string(&path).expect("text"));
            let p = position_at(&text, start, ColumnEncoding::Utf16);
            let message = match help {
                Some(h) => format!("{message}\n{h}"),
                None => message,
            };
            (path, code, message, p.line, p.character)
        })
        .collect();
    expected.sort();
    assert_eq!(lsp_check(&a), expected);
}

#[test]
fn the_shipped_policies_get_exactly_the_diagnostics_of_policy_check() {
    same_as_cli(&[]);
}

#[test]
fn edited_buffers_get_exactly_the_diagnostics_of_policy_check() {
    let murmansk = policy_text("murmansk-16.policy").replacen("{pupil.grade} класс", "{pupil.grdae} класс", 1);
    let schema = policy_text("case-schema.policy").replacen("funding: bool?", "funding: bol?", 1);
    same_as_cli(&[("murmansk-16.policy", &murmansk), ("case-schema.policy", &schema)]);
}

#[test]
fn a_misspelt_field_after_cyrillic_text_has_the_right_range() {
    let text = policy_text("murmansk-16.policy").replacen("{pupil.grade} класс", "{pupil.grdae} класс", 1);
    let start = offset_of(&text, "grdae", 0, 0);
    for encoding in [ColumnEncoding::Utf16, ColumnEncoding::Utf8] {
        let a = shipped(&[("murmansk-16.policy", &text)], encoding);
        let diags = file_diagnostics(&a, &policy_path("murmansk-16.policy"));
        let d =
            diags.iter().find(|d| d.code == Some(NumberOrString::String("P0202".into()))).expect("unknown case field");
        assert_eq!(d.severity, Some(DiagnosticSeverity::ERROR));
        assert!(d.message.starts_with("unknown case field `grdae` in `pupil`"), "{}", d.message);
        assert!(d.message.contains("help: did you mean `grade`?"), "{}", d.message);
        assert_eq!(d.range.start, position_at(&text, start, encoding));
        assert_eq!(d.range.end, position_at(&text, start + 5, encoding));
        assert_eq!(d.source.as_deref(), Some("policy"));
    }
    // More than a hundred Cyrillic letters precede it: UTF-16 and UTF-8 columns differ.
    let u16 = position_at(&text, start, ColumnEncoding::Utf16).character;
    let u8 = position_at(&text, start, ColumnEncoding::Utf8).character;
    assert!(u8 > u16 + 100, "{u16} {u8}");
}

#[test]
fn an_edit_of_the_case_schema_rechecks_the_policies_that_use_it() {
    let schema = policy_text("case-schema.policy").replacen("grade: int 1..12", "klass: int 1..12", 1);
    let a = shipped(&[("case-schema.policy", &schema)], ColumnEncoding::Utf16);
    for policy in ["murmansk-16.policy", "samara-99.policy"] {
        let diags = file_diagnostics(&a, &policy_path(policy));
        assert!(
            // Each file's diagnostics are in the language chosen for it (samara-99 is written
            // with Russian keywords, murmansk-16 with English ones and no locale is set here).
            diags.iter().any(|d| d.message.starts_with("неизвестное поле дела `grade` в `pupil`")
                || d.message.starts_with("unknown case field `grade` in `pupil`")),
            "{policy}: {diags:?}"
        );
    }
    // The imported file's own problems show in the imported file.
    let schema = policy_text("case-schema.policy").replacen("grade: int 1..12", "grade: integer 1..12", 1);
    let a = shipped(&[("case-schema.policy", &schema)], ColumnEncoding::Utf16);
    assert!(!file_diagnostics(&a, &policy_path("case-schema.policy")).is_empty());
}

#[test]
fn a_half_typed_file_gets_diagnostics_for_everything_that_parses() {
    let text = "policy p {}\nvalue a § \"1\" = 1\nrule broken § \"1\" {\n  when a >\n  violation \"нет\"\n}\nvalue b = пупил.grade\n";
    let a = texts(&[("p.policy", text)], ColumnEncoding::Utf16);
    let diags = file_diagnostics(&a, &w("p.policy"));
    let codes: Vec<String> = diags
        .iter()
        .filter_map(|d| match &d.code {
            Some(NumberOrString::String(c)) => Some(c.clone()),
            _ => None,
        })
        .collect();
    assert!(codes.iter().any(|c| c.starts_with("P01")), "a syntax error: {codes:?}");
    let unknown = diags.iter().find(|d| d.message.contains("`пупил`")).expect("the later name is checked");
    assert_eq!(unknown.range.start, pos(text, "пупил", 0, 0));
}

#[test]
fn labels_become_related_information() {
    let text = "value a = 1\nvalue a = 2\n";
    let a = texts(&[("p.policy", text)], ColumnEncoding::Utf16);
    let diags = file_diagnostics(&a, &w("p.policy"));
    let dup = diags.iter().find(|d| d.code == Some(NumberOrString::String("P0203".into()))).expect("duplicate");
    let related = dup.related_information.as_ref().expect("related");
    assert!(related
        .iter()
        .any(|r| r.message == "first declared here" && r.location.range.start == pos(text, "a = 1", 0, 0)));
    assert!(related.iter().any(|r| r.message == "declared again here"));
}

#[test]
fn diagnostics_carry_the_version_of_the_buffer() {
    let a = texts(&[("p.policy", "value a = b\n")], ColumnEncoding::Utf16);
    let files = workspace_diagnostics(&a);
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].version, Some(1));
    assert_eq!(files[0].diagnostics.len(), 1);
}

#[test]
fn a_code_links_to_its_section_in_the_edition_of_the_files_keywords() {
    let english = "use \"s.policy\"\nrule r § \"1\" { when pupil.grdae > 1 violation \"нет\" }\n";
    let russian = "использовать \"s.policy\"\nправило r § \"1\" { когда pupil.grdae > 1 нарушение \"нет\" }\n";
    let schema = "schema s { pupil: { grade: int } }\n";
    for (text, edition) in [(english, "docs/language.md#schema"), (russian, "docs/language.ru.md#schema")] {
        let a = texts(&[("s.policy", schema), ("p.policy", text)], ColumnEncoding::Utf16);
        let diags = file_diagnostics(&a, &w("p.policy"));
        let d = diags.iter().find(|d| d.code == Some(NumberOrString::String("P0202".into()))).expect("P0202");
        let href = d.code_description.as_ref().expect("a link to the reference").href.as_str().to_string();
        assert!(href.ends_with(edition), "{href}");
    }
}

// ---- issue 15: labels in other files
#[test]
fn a_second_schema_after_use_relates_the_first_in_the_used_file() {
    let text = "policy p {}\nuse \"case-schema.policy\"\n\nschema pupil_case {\n  extra: int?\n}\n";
    let a =
        texts(&[("p.policy", text), ("case-schema.policy", &policy_text("case-schema.policy"))], ColumnEncoding::Utf16);
    let files = workspace_diagnostics(&a);
    let mine = files.iter().find(|f| f.path == w("p.policy")).expect("p.policy's diagnostics");
    let d = mine.diagnostics.iter().find(|d| d.code == Some(NumberOrString::String("P0203".into()))).expect("P0203");
    let related = d.related_information.as_ref().expect("related information");
    let here = related.iter().find(|r| r.message == "declared again here").expect("the second block");
    assert!(here.location.uri.as_str().ends_with("/w/p.policy"), "{:?}", here.location.uri);
    assert_eq!(here.location.range.start, Position::new(3, 7));
    let first = related.iter().find(|r| r.message == "first declared here").expect("the first block");
    assert!(first.location.uri.as_str().ends_with("/w/case-schema.policy"), "{:?}", first.location.uri);
    let schema = policy_text("case-schema.policy");
    let line = schema.lines().position(|l| l.starts_with("schema pupil_case")).expect("the shared schema") as u32;
    assert_eq!(first.location.range.start, Position::new(line, 7));
    assert_eq!(first.location.range.end, Position::new(line, 17));
}
// ---- end labels in other files
