//! `policy schema`: the JSON Schema of the case format. The shipped schema is
//! snapshotted, every shipped case file validates against it, the copy the
//! VS Code extension ships cannot go stale, and bad cases are rejected.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::{json, Value};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn policy(args: &[&str]) -> Output {
    support::command().current_dir(ROOT).args(args).output().expect("the binary runs")
}

/// `policy schema policies/case-schema.policy`, as text.
fn shipped_schema_text() -> String {
    let output = policy(&["schema", "policies/case-schema.policy"]);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn shipped_schema() -> Value {
    serde_json::from_str(&shipped_schema_text()).expect("the output is JSON")
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options().should_validate_formats(true).build(schema).expect("a valid JSON Schema")
}

/// The errors of `case` against `schema`, as `path: message` lines.
fn errors(validator: &jsonschema::Validator, case: &Value) -> Vec<String> {
    validator.iter_errors(case).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable directory").flatten() {
        let path = entry.path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

#[test]
fn shipped_case_schema_snapshot() {
    insta::assert_snapshot!("case_schema", shipped_schema_text());
}

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    let schema = shipped_schema();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    if let Err(e) = jsonschema::meta::validate(&schema) {
        panic!("not a valid JSON Schema: {e}");
    }
}

#[test]
fn the_extension_ships_the_current_schema() {
    let committed = std::fs::read_to_string(Path::new(ROOT).join("editors/vscode/schemas/case.schema.json"))
        .expect("editors/vscode/schemas/case.schema.json exists");
    assert!(
        committed == shipped_schema_text(),
        "editors/vscode/schemas/case.schema.json is stale: regenerate it with\n  \
         cargo run -q -p policy-cli -- schema policies/case-schema.policy > editors/vscode/schemas/case.schema.json"
    );
}

#[test]
fn a_policy_gives_the_schema_it_imports_with_declared() {
    let output = policy(&["schema", "--declared", "policies/samara-99.policy"]);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stdout), shipped_schema_text());
}

/// `policy schema POLICY`: the policy's own case format.
fn policy_schema(path: &str) -> Value {
    let output = policy(&["schema", path]);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("the output is JSON")
}

#[test]
fn a_policy_requires_only_the_fields_it_reads() {
    let murmansk = policy_schema("policies/murmansk-16.policy");
    let balashikha = policy_schema("policies/balashikha-7.policy");
    // Both read the categories; only murmansk-16 reads the grade (п. 3, п. 16) and the
    // request (form, start); balashikha-7 reads neither.
    assert_eq!(murmansk["properties"]["pupil"]["required"], json!(["grade", "categories"]));
    assert_eq!(balashikha["properties"]["pupil"]["required"], json!(["categories"]));
    assert_eq!(murmansk["properties"]["request"]["required"], json!(["form", "start"]));
    assert_eq!(balashikha["properties"]["request"].get("required"), None);
    assert!(murmansk["required"].as_array().is_some_and(|r| r.contains(&json!("request"))));
    assert!(!balashikha["required"].as_array().is_some_and(|r| r.contains(&json!("request"))));
    // The shared schema requires the age, which no shipped policy reads.
    assert!(shipped_schema()["properties"]["pupil"]["required"].as_array().is_some_and(|r| r.contains(&json!("age"))));
    assert!(!murmansk["properties"]["pupil"]["required"].as_array().is_some_and(|r| r.contains(&json!("age"))));
    // A case without what balashikha-7 does not read is valid for it, not for murmansk-16.
    let mut case = valid_case();
    if let Some(case) = case.as_object_mut() {
        case.remove("request");
    }
    assert_eq!(errors(&validator(&balashikha), &case), Vec::<String>::new());
    assert!(!errors(&validator(&murmansk), &case).is_empty());
}

#[test]
fn every_shipped_case_validates_against_its_policys_own_schema() {
    for name in ["balashikha-7", "murmansk-16", "privolzhye-1", "samara-99"] {
        let schema = policy_schema(&format!("policies/{name}.policy"));
        let validator = validator(&schema);
        let mut files = Vec::new();
        yaml_files(&Path::new(ROOT).join("policies/tests").join(name), &mut files);
        assert!(!files.is_empty(), "{name}: no cases");
        for file in &files {
            let text = std::fs::read_to_string(file).expect("a readable case");
            let case: Value = serde_saphyr::from_str(&text).expect("YAML");
            assert_eq!(errors(&validator, &case), Vec::<String>::new(), "{}", file.display());
        }
    }
}

#[test]
fn an_extended_policy_gives_its_extended_schema() {
    let schema = policy_schema("tests/extend/contract-example.policy");
    let kinds = &schema["properties"]["documents"]["items"]["properties"]["kind"]["enum"];
    assert!(kinds.as_array().is_some_and(|k| k.contains(&json!("contract"))), "{kinds}");
    assert!(!shipped_schema()["properties"]["documents"]["items"]["properties"]["kind"]["enum"]
        .as_array()
        .is_some_and(|k| k.contains(&json!("contract"))));
    let pupil = &schema["properties"]["pupil"]["properties"]["needs_assistant"];
    assert_eq!(pupil["type"], json!(["boolean", "null"]));
    let number = &schema["properties"]["documents"]["items"]["properties"]["number"];
    assert_eq!(number["description"], "номер договора");
    // The example's cases validate against the extended schema; the one with a
    // contract does not validate against the shared one.
    let extended = validator(&schema);
    let shared = validator(&shipped_schema());
    let mut files = Vec::new();
    yaml_files(&Path::new(ROOT).join("tests/extend/cases"), &mut files);
    assert!(files.len() >= 3);
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a readable case");
        let case: Value = serde_saphyr::from_str(&text).expect("YAML");
        assert_eq!(errors(&extended, &case), Vec::<String>::new(), "{}", file.display());
    }
    let text = std::fs::read_to_string(Path::new(ROOT).join("tests/extend/cases/contract-with-assistant.yaml"))
        .expect("the case");
    let case: Value = serde_saphyr::from_str(&text).expect("YAML");
    let errs = errors(&shared, &case);
    assert!(errs.iter().any(|e| e.starts_with("/documents/0/kind")), "{errs:?}");
}

#[test]
fn every_shipped_case_validates() {
    let validator = validator(&shipped_schema());
    let mut files = Vec::new();
    yaml_files(&Path::new(ROOT).join("policies/tests"), &mut files);
    files.sort();
    assert!(files.len() >= 100, "expected the shipped cases, found {}", files.len());
    let mut failures = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a readable case");
        let case: Value = match serde_saphyr::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{}: not YAML: {e}", file.display()));
                continue;
            }
        };
        for e in errors(&validator, &case) {
            failures.push(format!("{}: {e}", file.display()));
        }
    }
    assert!(failures.is_empty(), "{} problem(s):\n{}", failures.len(), failures.join("\n"));
}

fn valid_case() -> Value {
    json!({
        "as_of": "2025-09-15",
        "pupil": { "grade": 5, "age": 11, "categories": ["ovz"], "lives_in_catchment": null },
        "request": { "form": "home", "grouping": null, "start": "2025-09-01", "end": null },
        "plan": { "subjects": [{ "subject": "Математика", "hours": 3.5 }], "weeks": 34 },
        "load_increase": null,
        "documents": [{ "kind": "medical_certificate", "seal": true, "approved_by": null }],
        "events": [{ "type": "teacher_ill", "date": "2025-10-01" }],
        "exported_by": "школьная система"
    })
}

#[test]
fn nulls_for_optional_fields_and_unknown_fields_are_accepted() {
    let validator = validator(&shipped_schema());
    assert_eq!(errors(&validator, &valid_case()), Vec::<String>::new());
    let mut no_lists = valid_case();
    if let Some(case) = no_lists.as_object_mut() {
        case.remove("documents");
        case.remove("events");
    }
    assert_eq!(errors(&validator, &no_lists), Vec::<String>::new(), "an absent list is an empty list");
}

#[test]
fn bad_values_are_rejected_with_their_path() {
    let validator = validator(&shipped_schema());
    let bad = |pointer: &str, value: Value| {
        let mut case = valid_case();
        *case.pointer_mut(pointer).expect("the field exists") = value;
        let errs = errors(&validator, &case);
        assert!(errs.iter().any(|e| e.starts_with(pointer)), "{pointer}: expected an error, got {errs:?}");
    };
    bad("/pupil/grade", json!(13));
    bad("/pupil/grade", json!(0));
    bad("/pupil/grade", json!("пятый"));
    bad("/pupil/grade", json!(5.5));
    bad("/pupil/age", json!(-1));
    bad("/pupil/categories/0", json!("gifted_kid"));
    bad("/pupil/lives_in_catchment", json!("да"));
    bad("/request/form", json!("homee"));
    bad("/request/start", json!("2025-13-01"));
    bad("/request/start", json!("01.09.2025"));
    bad("/request/start", json!(null));
    bad("/plan/subjects/0/hours", json!(-1));
    bad("/documents/0/kind", json!("medical_certificat"));
    bad("/events/0/date", json!("2025-02-30"));

    let mut missing = valid_case();
    if let Some(pupil) = missing.pointer_mut("/pupil").and_then(Value::as_object_mut) {
        pupil.remove("grade");
    }
    let errs = errors(&validator, &missing);
    assert!(errs.iter().any(|e| e.contains("grade")), "{errs:?}");
}

#[test]
fn a_file_without_a_schema_or_with_errors_is_refused() {
    let dir = std::env::temp_dir().join(format!("policy-schema-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let no_schema = dir.join("no-schema.policy");
    std::fs::write(&no_schema, "policy p {\n  title \"t\"\n}\n").expect("writable");
    let output = policy(&["schema", &no_schema.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("declares no case schema"));

    let broken = dir.join("broken.policy");
    std::fs::write(&broken, "schema c {\n  grade: intt\n}\n").expect("writable");
    let output = policy(&["schema", &broken.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(2));

    let output = policy(&["schema", "policies/no-such.policy"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no-such.policy"));
    let _ = std::fs::remove_dir_all(&dir);
}
