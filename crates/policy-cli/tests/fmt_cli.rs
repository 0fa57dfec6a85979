//! `policy fmt --diff` and `policy fmt -` (standard input), through the binary.

mod support;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Output, Stdio};

/// A policy that is not in the canonical layout (a padded title, a padded clause).
const UNFORMATTED: &str = "policy x {\n  school \"A\"\n  title    \"B\"\n}\n\nclause \"1\"   \"\"\"Текст.\"\"\"\n";
/// The same policy in the canonical layout.
const FORMATTED: &str = "policy x {\n  school \"A\"\n  title  \"B\"\n}\n\nclause \"1\" \"\"\"Текст.\"\"\"\n";

/// Runs `policy --lang en ARGS…` (the messages these tests read are English).
fn policy(args: &[&str], stdin: &str) -> Output {
    support::policy_with_input(&[&["--lang", "en"], args].concat(), stdin)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// A file `name` holding `content` in a fresh temporary directory (removed when dropped).
fn file(name: &str, content: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::Builder::new().prefix("policy-fmt-").tempdir().expect("a temporary directory");
    let path = dir.path().join(name);
    std::fs::write(&path, content).expect("write the file");
    (dir, path)
}

#[test]
fn diff_prints_a_unified_diff_and_changes_nothing() {
    let (_dir, path) = file("x.policy", UNFORMATTED);
    let name = path.to_str().expect("UTF-8 path");
    let out = policy(&["fmt", "--diff", name], "");
    assert_eq!(out.status.code(), Some(1), "stderr: {}", text(&out.stderr));
    let diff = text(&out.stdout);
    assert!(diff.starts_with(&format!("--- {name}\n+++ {name}\n@@ -1,6 +1,6 @@\n")), "{diff}");
    assert!(diff.contains("\n-  title    \"B\"\n+  title  \"B\"\n"), "{diff}");
    assert!(diff.contains("\n-clause \"1\"   \"\"\"Текст.\"\"\"\n+clause \"1\" \"\"\"Текст.\"\"\"\n"), "{diff}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), UNFORMATTED, "--diff must not write");
    assert!(text(&out.stderr).contains("1 file would be reformatted"), "{}", text(&out.stderr));
}

#[test]
fn diff_of_formatted_files_is_empty_and_succeeds() {
    let (_dir, path) = file("x.policy", FORMATTED);
    let out = policy(&["fmt", "--diff", path.to_str().expect("UTF-8 path")], "");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn diff_and_check_exclude_each_other() {
    let out = policy(&["fmt", "--diff", "--check", "policies"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn standard_input_is_formatted_to_standard_output() {
    let out = policy(&["fmt", "-"], UNFORMATTED);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    assert_eq!(text(&out.stdout), FORMATTED);
    // The same text as formatting the file in place.
    let (_dir, path) = file("x.policy", UNFORMATTED);
    let written = policy(&["fmt", path.to_str().expect("UTF-8 path")], "");
    assert_eq!(written.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), FORMATTED);
}

#[test]
fn standard_input_converts_keywords() {
    let out = policy(&["fmt", "--keywords", "ru", "-"], FORMATTED);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let ru = text(&out.stdout);
    assert!(ru.starts_with("политика x {\n  школа    \"A\"\n  название \"B\"\n}\n"), "{ru}");
    assert!(ru.contains("пункт \"1\""), "{ru}");
}

#[test]
fn diff_of_standard_input_is_headed_by_its_name() {
    let out = policy(&["fmt", "--diff", "--stdin-filename", "school.policy", "-"], UNFORMATTED);
    assert_eq!(out.status.code(), Some(1), "stderr: {}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("--- school.policy\n+++ school.policy\n@@ "), "{}", text(&out.stdout));
    let clean = policy(&["fmt", "--diff", "-"], FORMATTED);
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(text(&clean.stdout), "");
    let check = policy(&["fmt", "--check", "-"], UNFORMATTED);
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(text(&check.stdout), "", "--check prints nothing for standard input");
}

#[test]
fn syntax_errors_on_standard_input_name_the_given_file() {
    let out = policy(&["fmt", "--stdin-filename", "school.policy", "-"], "policy x {\n  rule a {\n");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "", "nothing is printed for a text that cannot be formatted");
    let err = text(&out.stderr);
    assert!(err.contains("error: `school.policy` has syntax errors and was not formatted"), "{err}");
    assert!(err.contains("school.policy:1:"), "{err}");
    let unnamed = policy(&["fmt", "-"], "policy x {\n");
    assert!(text(&unnamed.stderr).contains("`<stdin>` has syntax errors"), "{}", text(&unnamed.stderr));
}

#[test]
fn standard_input_is_given_alone() {
    let out = policy(&["fmt", "-", "policies"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("give it alone"), "{}", text(&out.stderr));
    let named = policy(&["fmt", "--stdin-filename", "x.policy", "policies"], "");
    assert_eq!(named.status.code(), Some(2));
    assert!(text(&named.stderr).contains("give `-` as the path"), "{}", text(&named.stderr));
}

#[test]
fn standard_input_must_be_utf8() {
    let mut child = support::command()
        .args(["--lang", "en", "fmt", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().expect("stdin").write_all(b"policy x {\xff}\n").expect("write stdin");
    let out = child.wait_with_output().expect("the binary ends");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not UTF-8 text (invalid byte at offset 10)"), "{}", text(&out.stderr));
}
