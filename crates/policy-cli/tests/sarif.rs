//! `policy check --format sarif`: the log validates against the SARIF 2.1.0
//! schema (vendored in `tests/fixtures`, see its README) for a few of the
//! checker's fixtures, and columns count UTF-16 code units.

mod support;

use std::process::Output;

use serde_json::Value;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// Fixtures with errors, a warning, secondary labels and a Cyrillic line.
const FIXTURES: &[&str] = &[
    "crates/policy-check/tests/diagnostics/01-misspelt-keyword.policy",
    "crates/policy-check/tests/diagnostics/03-unknown-field-cyrillic-line.policy",
    "crates/policy-check/tests/diagnostics/07-overlapping-bands.policy",
    "crates/policy-check/tests/diagnostics/14-unused-param.policy",
    "crates/policy-check/tests/diagnostics/26-russian-keyword-typo.policy",
];

fn sarif(path: &str) -> (Output, Value) {
    let output = support::command()
        .current_dir(ROOT)
        .args(["check", "--format", "sarif", path])
        .output()
        .expect("the binary runs");
    let log = serde_json::from_slice(&output.stdout).expect("the output is JSON");
    (output, log)
}

fn validator() -> jsonschema::Validator {
    let text = include_str!("fixtures/sarif-schema-2.1.0.json");
    let schema: Value = serde_json::from_str(text).expect("the schema is JSON");
    jsonschema::draft4::options().should_validate_formats(true).build(&schema).expect("a valid JSON Schema")
}

#[test]
fn the_logs_validate_against_the_sarif_schema() {
    let validator = validator();
    for path in FIXTURES {
        let (output, log) = sarif(path);
        let errors: Vec<String> = validator.iter_errors(&log).map(|e| format!("{}: {e}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{path}: {errors:#?}");
        let results = log["runs"][0]["results"].as_array().expect("results");
        assert!(!results.is_empty(), "{path} gave no result");
        let status = output.status.code();
        let has_error = results.iter().any(|r| r["level"] == "error");
        assert_eq!(status, Some(if has_error { 1 } else { 0 }), "{path}");
        assert_eq!(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], *path);
    }
}

#[test]
fn the_rules_are_the_catalogue() {
    let (_, log) = sarif(FIXTURES[0]);
    let driver = &log["runs"][0]["tool"]["driver"];
    assert_eq!(driver["name"], "policy");
    let rules = driver["rules"].as_array().expect("rules");
    assert!(rules.iter().any(|r| r["id"] == "P0202" && r["defaultConfiguration"]["level"] == "error"));
    for result in log["runs"][0]["results"].as_array().expect("results") {
        let index = result["ruleIndex"].as_u64().expect("a rule index") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
    }
}

#[test]
fn columns_count_utf16_code_units_on_a_cyrillic_line() {
    let (_, log) = sarif(FIXTURES[1]);
    let result = &log["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "P0202");
    // `rule возраст { when pupil.agee`: `agee` starts at UTF-16 unit 27 of
    // line 4 (in bytes it would be 34: each Cyrillic letter is two).
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 4);
    assert_eq!(region["startColumn"], 27);
    assert_eq!(region["endLine"], 4);
    assert_eq!(region["endColumn"], 31);
}

#[test]
fn the_schema_rejects_a_wrong_log() {
    let (_, mut log) = sarif(FIXTURES[1]);
    log["runs"][0]["results"][0]["level"] = "fatal".into();
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0.into();
    assert_eq!(validator().iter_errors(&log).count(), 2);
}
