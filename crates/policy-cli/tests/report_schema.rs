//! `policy schema --report`: the JSON Schema of the `policy eval --format json`
//! report. It is a valid draft 2020-12 schema, the real report of every shipped
//! case under every shipped policy validates against it (one object, and the
//! array for several policies), it names every key those reports carry, and
//! it rejects reports that break the contract.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The shipped policies (every one that declares a policy, not the case schema).
const POLICIES: &[&str] = &[
    "policies/balashikha-7.policy",
    "policies/murmansk-16.policy",
    "policies/privolzhye-1.policy",
    "policies/samara-99.policy",
];

fn policy(args: &[&str]) -> Output {
    support::command().current_dir(ROOT).args(args).output().expect("the binary runs")
}

fn report_schema() -> Value {
    let output = policy(&["schema", "--report"]);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("the output is JSON")
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options().should_validate_formats(true).build(schema).expect("a valid JSON Schema")
}

/// The errors of `report` against the schema, as `path: message` lines.
fn errors(validator: &jsonschema::Validator, report: &Value) -> Vec<String> {
    validator.iter_errors(report).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

/// Every case file (YAML, JSON, TOML) under `dir`, except the bad inputs.
fn case_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable directory").flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "bad") {
                case_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| ["yaml", "yml", "json", "toml"].iter().any(|x| e == *x)) {
            out.push(path);
        }
    }
}

/// The shipped cases, relative to the repository's root.
fn shipped_cases() -> Vec<String> {
    let mut files = Vec::new();
    case_files(&Path::new(ROOT).join("tests/cases"), &mut files);
    case_files(&Path::new(ROOT).join("policies/tests"), &mut files);
    files.sort();
    let root = Path::new(ROOT).canonicalize().expect("the root exists");
    files
        .iter()
        .map(|f| {
            let f = f.canonicalize().expect("the file exists");
            f.strip_prefix(&root).expect("under the root").to_str().expect("UTF-8 path").to_string()
        })
        .collect()
}

/// `policy eval --format json` of `case` under `policies`, as JSON.
fn eval_json(policies: &[&str], case: &str) -> Value {
    let mut args = vec!["eval", "--format", "json"];
    for p in policies {
        args.extend(["--policy", p]);
    }
    args.push(case);
    let output = policy(&args);
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{case}: exit {:?}, stderr: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{case}: the report is not JSON: {e}"))
}

/// The keys of `value` (an object) that `definition` of the schema does not name.
fn undeclared_keys(schema: &Value, definition: &str, value: &Value) -> Vec<String> {
    let properties = schema["$defs"][definition]["properties"].as_object().expect("the definition has properties");
    value
        .as_object()
        .expect("an object")
        .keys()
        .filter(|k| !properties.contains_key(*k))
        .map(|k| format!("{definition}.{k}"))
        .collect()
}

#[test]
fn the_report_schema_is_a_valid_draft_2020_12_schema() {
    let schema = report_schema();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    if let Err(e) = jsonschema::meta::validate(&schema) {
        panic!("not a valid JSON Schema: {e}");
    }
}

#[test]
fn every_shipped_case_under_every_shipped_policy_validates() {
    let schema = report_schema();
    let validator = validator(&schema);
    let cases = shipped_cases();
    assert!(cases.len() >= 100, "the shipped cases were not found: {cases:?}");
    let mut problems = Vec::new();
    let mut reports = 0;
    for case in &cases {
        // Several policies: an array of reports, one per policy.
        let all = eval_json(POLICIES, case);
        let items = all.as_array().unwrap_or_else(|| panic!("{case}: several policies give an array"));
        assert_eq!(items.len(), POLICIES.len(), "{case}");
        problems.extend(errors(&validator, &all).into_iter().map(|e| format!("{case} (all policies): {e}")));
        for report in items {
            reports += 1;
            problems.extend(undeclared_keys(&schema, "report", report).into_iter().map(|k| format!("{case}: {k}")));
            for (list, definition) in [("findings", "finding"), ("obligations", "obligation")] {
                for item in report[list].as_array().expect("a list") {
                    problems
                        .extend(undeclared_keys(&schema, definition, item).into_iter().map(|k| format!("{case}: {k}")));
                }
            }
        }
        // One policy: one object.
        let one = eval_json(&POLICIES[..1], case);
        assert!(one.is_object(), "{case}: one policy gives one object");
        problems.extend(errors(&validator, &one).into_iter().map(|e| format!("{case} ({}): {e}", POLICIES[0])));
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    assert_eq!(reports, cases.len() * POLICIES.len());
}

#[test]
fn the_version_and_the_case_id_are_described() {
    let schema = report_schema();
    let validator = validator(&schema);
    let report = &schema["$defs"]["report"];
    assert_eq!(report["properties"]["schema_version"]["const"], 1);
    assert!(report["required"].as_array().expect("required").contains(&"schema_version".into()));
    assert!(!report["required"].as_array().expect("required").contains(&"id".into()), "id is optional");
    // A case with an id: the report echoes it, and validates.
    let case = std::fs::read_to_string(Path::new(ROOT).join("tests/cases/grade5-14h.yaml")).expect("the case");
    let dir = tempfile::Builder::new().prefix("policy-report-schema-").tempdir().expect("a temporary directory");
    let with_id = dir.path().join("with-id.yaml");
    std::fs::write(&with_id, format!("id: \"A-17/2025\"\n{case}")).expect("write the case");
    let json = eval_json(&["policies/murmansk-16.policy"], with_id.to_str().expect("UTF-8 path"));
    assert_eq!(json["id"], "A-17/2025");
    assert_eq!(json["schema_version"], 1);
    assert!(errors(&validator, &json).is_empty(), "{:?}", errors(&validator, &json));
    let mut numbered = json.clone();
    numbered["id"] = 17.into();
    assert!(!errors(&validator, &numbered).is_empty(), "the id is text");
}

#[test]
fn reports_that_break_the_contract_are_rejected() {
    let validator = validator(&report_schema());
    let good = eval_json(&["policies/murmansk-16.policy"], "tests/cases/grade5-14h.yaml");
    assert!(errors(&validator, &good).is_empty());
    assert!(!good["findings"].as_array().expect("findings").is_empty(), "the case has findings to break");
    let broken = |edit: &dyn Fn(&mut Value)| {
        let mut report = good.clone();
        edit(&mut report);
        errors(&validator, &report)
    };
    assert!(!broken(&|r| r["findings"][0]["severity"] = "fatal".into()).is_empty(), "an unknown severity");
    assert!(!broken(&|r| r["as_of"] = "15.09.2025".into()).is_empty(), "a date not in ISO form");
    assert!(!broken(&|r| r["eligible"] = "yes".into()).is_empty(), "eligible is a boolean or null");
    assert!(!broken(&|r| r["schema_version"] = 2.into()).is_empty(), "another version of the shape");
    assert!(
        !broken(&|r| {
            r.as_object_mut().expect("an object").remove("schema_version");
        })
        .is_empty(),
        "schema_version is required"
    );
    assert!(!broken(&|r| r["values"]["weekly_hours"] = Value::Null).is_empty(), "no null values");
    assert!(
        !broken(&|r| {
            r.as_object_mut().expect("an object").remove("findings");
        })
        .is_empty(),
        "findings are required"
    );
    assert!(!broken(&|r| r["obligations"][0]["due"] = "soon".into()).is_empty(), "due is a date or null");
    assert!(!errors(&validator, &Value::Array(Vec::new())).is_empty(), "an empty array is no output");
}

#[test]
fn the_schema_and_a_file_are_exclusive() {
    let output = policy(&["schema", "--report", "policies/samara-99.policy"]);
    assert_eq!(output.status.code(), Some(2));
    let output = policy(&["schema"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_report_under_a_versioned_policy_names_its_version_and_validates() {
    let schema = report_schema();
    let validator = validator(&schema);
    let mut cases = Vec::new();
    case_files(&Path::new(ROOT).join("tests/versions/cases"), &mut cases);
    // A case dated before the first version is refused (exit 2), not reported.
    cases.retain(|c| !c.ends_with("before-first-version.yaml"));
    assert!(!cases.is_empty(), "the versions example has cases");
    for case in &cases {
        let report = eval_json(&["tests/versions/murmansk-16-amendment-example.policy"], case.to_str().unwrap());
        assert!(report["version"].is_string() && report["in_force_from"].is_string(), "{report}");
        assert_eq!(errors(&validator, &report), Vec::<String>::new(), "{}", case.display());
        assert_eq!(undeclared_keys(&schema, "report", &report), Vec::<String>::new());
    }
}
