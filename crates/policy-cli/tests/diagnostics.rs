//! The rendered layout of diagnostics (miette, through the real `policy check`
//! binary), on a few of the checker's fixtures
//! (`crates/policy-check/tests/diagnostics`, where every diagnostic is
//! asserted inline): a misspelt keyword with "did you mean", a Cyrillic line
//! (character columns), secondary labels, a warning, two diagnostics on one
//! line, a declaration first made in a `use`d file (its excerpt shown beneath).

mod support;

/// The checker's diagnostic fixtures, relative to this file.
const FIXTURES: &str = "../../policy-check/tests/diagnostics";

use support::root;

#[test]
fn broken_policies_render_their_diagnostics() {
    insta::glob!(FIXTURES, "{01,03,07,09,19,65}-*.policy", |path| {
        let relative = path.strip_prefix(root().canonicalize().unwrap()).unwrap();
        // In English (`--lang en`): the layout is the subject here; the Russian words are
        // snapshotted by the checker's own test (`every_fixture_reads_in_russian`).
        let output = support::command()
            .current_dir(root())
            .args(["--lang", "en", "check"])
            .arg(relative)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let status = output.status.code().unwrap();
        assert!(status == 0 || status == 1, "unexpected exit {status}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        insta::assert_snapshot!(format!("exit status: {status}\n{stderr}"));
    });
}

#[test]
fn every_broken_policy_has_a_diagnostic() {
    for entry in std::fs::read_dir(root().join("crates/policy-check/tests/diagnostics")).unwrap() {
        let path = entry.unwrap().path();
        let output =
            support::command().current_dir(root()).args(["check", "--format", "json"]).arg(&path).output().unwrap();
        let diagnostics: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert!(!diagnostics.as_array().unwrap().is_empty(), "{} gave no diagnostic", path.display());
    }
}

#[test]
fn json_positions_count_cyrillic_characters() {
    let output = support::command()
        .current_dir(root())
        .args([
            "check",
            "--format",
            "json",
            "crates/policy-check/tests/diagnostics/03-unknown-field-cyrillic-line.policy",
        ])
        .output()
        .unwrap();
    let diagnostics: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let first = &diagnostics[0];
    assert_eq!(first["code"], "P0202");
    // `rule возраст { when pupil.agee`: `agee` starts at character 27 of line 4.
    assert_eq!(first["start"]["line"], 4);
    assert_eq!(first["start"]["column"], 27);
    assert_eq!(first["end"]["column"], 31);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn unreadable_path_exits_2() {
    let output = support::command().args(["check", "no/such/file.policy"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no/such/file.policy"));
}
