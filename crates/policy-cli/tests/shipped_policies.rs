//! Every shipped policy checks without errors.

mod support;

#[test]
fn policies_directory_checks_without_errors() {
    let output = support::command()
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .args(["check", "--format", "json", "policies/"])
        .output()
        .unwrap();
    let diagnostics: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let errors: Vec<&serde_json::Value> =
        diagnostics.as_array().unwrap().iter().filter(|d| d["severity"] == "error").collect();
    assert!(errors.is_empty(), "errors in shipped policies: {errors:#?}");
    assert_eq!(output.status.code(), Some(0));
}
