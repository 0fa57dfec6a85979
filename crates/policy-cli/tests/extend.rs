//! Extending the shared case schema (`extend enum`, `extend schema`): a case
//! that uses an added value passes the policy that adds it and is rejected,
//! with the decoder's usual error, by a policy that does not; the example
//! round-trips through both keyword languages.

mod support;

use std::process::Output;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const EXAMPLE: &str = "tests/extend/contract-example.policy";
const CASE: &str = "tests/extend/cases/contract-with-assistant.yaml";

fn policy(args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut child = support::command()
        .current_dir(ROOT)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        pipe.write_all(text.as_bytes()).expect("stdin is writable");
    }
    child.wait_with_output().expect("the binary finishes")
}

#[test]
fn an_added_value_passes_the_policy_that_adds_it() {
    let output = policy(&["eval", "--policy", EXAMPLE, "--format", "json", CASE], None);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("a JSON report");
    assert_eq!(report["findings"], serde_json::json!([]), "{report:#}");
    assert_eq!(report["missing_documents"], serde_json::json!([]), "{report:#}");
}

#[test]
fn an_added_value_is_rejected_by_a_policy_that_does_not_add_it() {
    let output = policy(&["eval", "--policy", "policies/murmansk-16.policy", CASE], None);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("documents[0].kind") && stderr.contains("неизвестное значение `contract`"), "{stderr}");
}

#[test]
fn the_example_round_trips_through_russian_keywords() {
    let english = std::fs::read_to_string(std::path::Path::new(ROOT).join(EXAMPLE)).expect("the example");
    let russian = policy(&["fmt", "--keywords", "ru", "-"], Some(&english));
    assert_eq!(russian.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&russian.stderr));
    let russian = String::from_utf8(russian.stdout).expect("UTF-8");
    assert!(russian.contains("дополнить перечисление document_kind {"), "{russian}");
    assert!(russian.contains("дополнить схему pupil_case {"), "{russian}");
    let back = policy(&["fmt", "--keywords", "en", "-"], Some(&russian));
    assert_eq!(String::from_utf8_lossy(&back.stdout), english);
}
