//! End-to-end tests of `policy eval` and `policy test` through the real binary.

mod support;
use support::policy;

use std::io::Write;
use std::process::Stdio;

use support::root;

const MURMANSK: &str = "policies/murmansk-16.policy";
const OVER_CAP: &str = "policies/tests/murmansk-16/m02-grade5-over-by-quarter-hour.yaml";
const AT_CAP: &str = "policies/tests/murmansk-16/m01-clean-grade5-cap-exact.yaml";

#[test]
fn shipped_policy_tests_all_pass() {
    let out = policy(&["--lang", "en", "test", "policies/"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap_or("");
    assert!(last.ends_with("passed, 0 failed"), "{stdout}");
    let passed: usize = last.split_whitespace().next().unwrap().parse().unwrap();
    assert!(passed >= 60, "{last}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn json_report_keeps_the_contract_keys() {
    let out = policy(&["eval", "--policy", MURMANSK, OVER_CAP, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "a violation exits 1");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<&str> = report.as_object().unwrap().keys().map(String::as_str).collect();
    for key in ["policy", "school", "as_of", "eligible", "values", "missing_documents", "findings", "obligations"] {
        assert!(keys.contains(&key), "missing `{key}` in {keys:?}");
    }
    assert_eq!(report["policy"], "murmansk-16");
    assert_eq!(report["values"]["max_weekly_hours"], 10);
    assert_eq!(report["values"]["weekly_hours"], 10.25);
    let finding = &report["findings"][0];
    assert_eq!(finding["severity"], "violation");
    assert_eq!(finding["clause"], "16");
    assert!(finding["explanation"].as_array().unwrap().len() >= 2);
}

#[test]
fn clean_case_exits_0() {
    let out = policy(&["eval", "--policy", MURMANSK, AT_CAP, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn several_policies_give_an_array() {
    let out =
        policy(&["eval", "--policy", MURMANSK, "--policy", "policies/samara-99.policy", OVER_CAP, "--format", "json"]);
    let reports: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = reports.as_array().unwrap().iter().map(|r| r["policy"].as_str().unwrap()).collect();
    assert_eq!(ids, vec!["murmansk-16", "samara-99"]);
}

#[test]
fn as_of_flag_overrides_the_case() {
    let out = policy(&["eval", "--policy", MURMANSK, AT_CAP, "--format", "json", "--as-of", "2026-01-15"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["as_of"], "2026-01-15");
}

#[test]
fn case_on_standard_input_is_json() {
    let mut child = support::command()
        .current_dir(root())
        .args(["eval", "--policy", MURMANSK, "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(br#"{"as_of": "2025-09-15", "pupil": {"grade": 13}}"#).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2), "grade 13 is outside 1..12");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("pupil.grade"), "{stderr}");
    assert!(out.stdout.is_empty(), "nothing is evaluated on a bad case");
}

#[test]
fn bad_case_file_exits_2_naming_field_and_line() {
    let dir = std::env::temp_dir().join(format!("policy-eval-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let case = dir.join("bad.yaml");
    std::fs::write(&case, "as_of: 2025-09-15\npupil:\n  grade: пятый\n  age: 11\n").unwrap();
    let out = policy(&["eval", "--policy", MURMANSK, case.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("pupil.grade") && stderr.contains("строка 3"), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn unknown_case_extension_exits_2() {
    let out = policy(&["eval", "--policy", MURMANSK, "README.md"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn policy_with_errors_is_refused_with_exit_2() {
    let out =
        policy(&["eval", "--policy", "crates/policy-check/tests/diagnostics/02-unknown-case-field.policy", AT_CAP]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("P0202"));
}

#[test]
fn markdown_report_has_headings_and_the_clause() {
    let out = policy(&["eval", "--policy", MURMANSK, OVER_CAP, "--format", "markdown"]);
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.starts_with('#'), "{md}");
    assert!(md.contains("16"));
}

#[test]
fn one_test_runs_by_name() {
    let out =
        policy(&["--lang", "en", "test", "policies/samara-99.policy", "--name", "замена на 8-й день — просрочена"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().last(), Some("1 passed, 0 failed"), "{stdout}");
}

#[test]
fn a_name_that_matches_no_test_is_an_error_with_the_close_names() {
    let out = policy(&["--lang", "en", "test", "policies/samara-99.policy", "--name", "замена на 8 день — просрочена"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no test matches `замена на 8 день — просрочена`"), "{stderr}");
    assert!(stderr.contains("\n  замена на 8-й день — просрочена"), "{stderr}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("0 passed"));
}

#[test]
fn coverage_explains_every_uncited_clause() {
    let out = policy(&["--lang", "en", "coverage", "policies/"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("не закодировано:"), "{stdout}");
    assert!(!stdout.contains("no explanation above the clause"), "an uncited clause without a comment:\n{stdout}");
    assert!(stdout.contains("every declaration cites a clause"));
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let mut child = support::command()
        .current_dir(root())
        .args(["compare", "policies/murmansk-16.policy", "policies/samara-99.policy"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_range_citation_quotes_every_clause_in_the_range() {
    let out = policy(&["eval", "--policy", MURMANSK, "policies/tests/murmansk-16/m33-no-documents.yaml"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let journal = stdout.split("пп. 21–23 · специальный журнал учёта успеваемости").nth(1).unwrap_or_default();
    let quoted: Vec<&str> =
        journal.lines().skip(2).take_while(|l| l.trim_start().starts_with("п. ")).map(str::trim_start).collect();
    let numbers: Vec<&str> = quoted.iter().filter_map(|l| l.split(':').next()).collect();
    // The journal's citation names its words («заводится специальный журнал …»), which only
    // п. 21 of the range holds: the quote is that clause's sentence.
    assert_eq!(numbers, vec!["п. 21"], "{stdout}");
}

#[test]
fn a_long_range_quotes_the_clauses_it_writes() {
    // § "26.1–26.8" names eight clauses; the duty is п. 26.8's, so the quotes
    // are the range's ends, not the first three clauses inside it.
    let out = policy(&["eval", "--policy", MURMANSK, "tests/cases/grade5-14h.yaml"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let control = stdout.split("пп. 26.1–26.8 · Администрация школы").nth(1).unwrap_or_default();
    let quoted: Vec<&str> =
        control.lines().skip(2).take_while(|l| l.trim_start().starts_with("п. ")).map(str::trim_start).collect();
    let numbers: Vec<&str> = quoted.iter().filter_map(|l| l.split(':').next()).collect();
    // The duty's citation names words of п. 26.8, so the range quotes the clause holding them.
    assert_eq!(numbers, vec!["п. 26.8"], "{stdout}");
}

/// Evaluates the clean murmansk-16 case with `head` written before it (a
/// top-level YAML field); returns the JSON report as printed.
fn eval_with_head(name: &str, head: &str) -> String {
    let dir = std::env::temp_dir().join(format!("policy-eval-id-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let case = dir.join("case.yaml");
    let body = std::fs::read_to_string(root().join(AT_CAP)).unwrap();
    std::fs::write(&case, format!("{head}{body}")).unwrap();
    let out = policy(&["eval", "--policy", MURMANSK, case.to_str().unwrap(), "--format", "json"]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn report_carries_its_schema_version_and_the_case_id() {
    let text = eval_with_head("text", "id: \"Мурманск/2025/017\"\n");
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    let at = |key: &str| text.find(&format!("\"{key}\":")).unwrap_or(usize::MAX);
    assert!(at("schema_version") < at("id") && at("id") < at("policy"), "{text}");
    assert_eq!(report["schema_version"], 1);
    assert_eq!(report["id"], "Мурманск/2025/017");
}

#[test]
fn a_numeric_case_id_is_echoed_as_text_and_no_id_means_no_key() {
    let report: serde_json::Value = serde_json::from_str(&eval_with_head("number", "id: 20250017\n")).unwrap();
    assert_eq!(report["id"], "20250017");
    let report: serde_json::Value = serde_json::from_str(&eval_with_head("none", "")).unwrap();
    assert!(report.get("id").is_none(), "{report}");
    assert_eq!(report["schema_version"], 1);
}

#[test]
fn a_duty_that_may_apply_names_what_it_depends_on_by_its_title() {
    let out = policy(&["eval", "--policy", MURMANSK, "policies/tests/murmansk-16/m33-no-documents.yaml"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(
            "зависит от: «медицинское заключение лечебного учреждения · действительно до» \
             (documents.medical_certificate.valid_until)"
        ),
        "{stdout}"
    );
    // The warning that the rule could not be checked names the rule and the field the same way.
    assert!(
        stdout.contains(
            "правило «срок индивидуального обучения в пределах срока действия медицинского заключения» (п. 6) \
             не проверено: в деле нет поля «медицинское заключение лечебного учреждения · действительно до»"
        ),
        "{stdout}"
    );
}
