//! Versions in force, end to end: the example amendment of murmansk-16
//! (`tests/versions/`, an invented order) judged, tested, compared and
//! documented through the real binary.

mod support;
use support::{json, policy};

const AMENDED: &str = "tests/versions/murmansk-16-amendment-example.policy";
const CASE_2026: &str = "tests/versions/cases/grade5-12h-2026.yaml";
const CASE_2025: &str = "tests/versions/cases/grade5-12h-2025.yaml";

#[test]
fn a_case_is_judged_by_the_version_in_force_on_its_date() {
    let out = policy(&["eval", "-p", AMENDED, CASE_2026, "--format", "json"]);
    let report = json(&out);
    assert_eq!(report["version"], "ред. 2 (учебный пример)");
    assert_eq!(report["in_force_from"], "2026-01-01");
    assert_eq!(report["values"]["max_weekly_hours"], 12);
    assert_eq!(report["findings"].as_array().map(Vec::len), Some(0), "{report}");
    assert_eq!(out.status.code(), Some(0));

    let out = policy(&["eval", "-p", AMENDED, CASE_2025, "--format", "json"]);
    let report = json(&out);
    assert_eq!(report["version"], "редакция от 31.10.2008");
    assert_eq!(report["in_force_from"], "2008-10-31");
    assert_eq!(report["values"]["max_weekly_hours"], 10);
    assert_eq!(report["findings"][0]["clause"], "16");
    assert_eq!(out.status.code(), Some(1));
    // The contract's keys keep their order; the new ones follow `as_of`.
    let text = String::from_utf8_lossy(&out.stdout);
    let keys = ["policy", "school", "as_of", "version", "in_force_from", "eligible", "values", "missing_documents"];
    let at: Vec<usize> = keys.iter().map(|k| text.find(&format!("\n  \"{k}\":")).unwrap_or(usize::MAX)).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1] && w[1] != usize::MAX), "{keys:?} at {at:?}:\n{text}");
}

#[test]
fn the_version_can_be_chosen_by_another_date() {
    let out = policy(&["eval", "-p", AMENDED, CASE_2026, "--format", "json", "--version-on", "2025-12-31"]);
    let report = json(&out);
    assert_eq!(report["version"], "редакция от 31.10.2008");
    assert_eq!(report["as_of"], "2026-01-20");
    assert_eq!(report["values"]["max_weekly_hours"], 10);
    assert_eq!(out.status.code(), Some(1));
    // `start`: the version in force when the individual education began (2025-12-15).
    let judged_in_2026 = ["eval", "-p", AMENDED, CASE_2025, "--format", "json", "--as-of", "2026-02-01"];
    assert_eq!(json(&policy(&judged_in_2026))["version"], "ред. 2 (учебный пример)");
    let by_start = policy(&[&judged_in_2026[..], &["--version-on", "start"]].concat());
    assert_eq!(json(&by_start)["version"], "редакция от 31.10.2008");
    let bad = policy(&["eval", "-p", AMENDED, CASE_2026, "--version-on", "yesterday"]);
    assert_eq!(bad.status.code(), Some(2));
    let human = policy(&["eval", "-p", AMENDED, CASE_2026]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains("Редакция: ред. 2 (учебный пример) (действует с 01.01.2026)"), "{text}");
}

#[test]
fn a_date_before_the_first_version_is_a_clear_error() {
    let out = policy(&["eval", "-p", AMENDED, "tests/versions/cases/before-first-version.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    // A policy written in Russian: the refusal is Russian unless `--lang` says otherwise.
    assert!(
        stderr.contains("ошибка: ни одна редакция положения `murmansk-16` не действует на 01.10.2008: первая редакция, «редакция от 31.10.2008», вступает в силу 31.10.2008\n  подсказка: проверьте `as_of`"),
        "{stderr}"
    );
    let english = policy(&["--lang", "en", "eval", "-p", AMENDED, "tests/versions/cases/before-first-version.yaml"]);
    assert_eq!(english.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&english.stderr);
    assert!(
        stderr.contains("error: no version of policy `murmansk-16` is in force on 2008-10-01: its first version, «редакция от 31.10.2008», comes into force on 2008-10-31\n  help: check the case's `as_of`"),
        "{stderr}"
    );
}

#[test]
fn a_policy_without_versions_reports_none() {
    let out =
        policy(&["eval", "-p", "policies/murmansk-16.policy", CASE_2026, "--format", "json", "--as-of", "1990-01-01"]);
    let report = json(&out);
    assert!(report.get("version").is_none() && report.get("in_force_from").is_none(), "{report}");
}

#[test]
fn the_tests_of_an_amendment_run_each_on_its_version() {
    let out = policy(&["test", "tests/versions/"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    // No `--lang`, no locale: Russian, with Russian plurals.
    assert_eq!(stdout.lines().last(), Some("прошли 3 теста, не прошло 0"), "{stdout}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn compare_shows_what_the_amendment_changed_by_concept() {
    let out = policy(&["compare", "--versions", AMENDED, "--format", "json"]);
    let cmp = json(&out);
    assert_eq!(
        cmp["policies"],
        serde_json::json!(["murmansk-16 · редакция от 31.10.2008", "murmansk-16 · ред. 2 (учебный пример)"])
    );
    let changed: Vec<String> = cmp["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["differs"] == true)
        .map(|r| r["label"].as_str().unwrap_or_default().to_string())
        .collect();
    for expected in ["grade 5", "grade 8", "pay: hourly"] {
        assert!(changed.iter().any(|l| l == expected), "{expected} not among the changes: {changed:?}");
    }
    assert!(!changed.iter().any(|l| l == "grade 9"), "grade 9's cap did not change: {changed:?}");
}

#[test]
fn doc_shows_a_clauses_history_and_any_version() {
    let out = policy(&["doc", AMENDED, "--format", "markdown"]);
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("> В V - VIII классах - до 12 часов;"));
    assert!(md.contains("*История: изменён ред. 2 (учебный пример) (действует с 01.01.2026)*"));
    let out = policy(&["doc", AMENDED, "--format", "markdown", "--on", "2025-06-01"]);
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("> В V - VIII классах - до 10 часов;"), "{md}");
    assert!(!md.contains("История:"), "the first version has no history");
    assert!(md.contains("- **Показана редакция:** редакция от 31.10.2008"));
    let out = policy(&["doc", AMENDED, "--on", "2001-01-01"]);
    assert_eq!(out.status.code(), Some(2));
    let out = policy(&["doc", "policies/case-schema.policy"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("нет `policy`: это общий файл"));
}

#[test]
fn check_reports_overlapping_versions() {
    let out = policy(&["check", "crates/policy-check/tests/diagnostics/45-versions-overlap.policy"]);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    assert!(stderr.contains("P0409"), "{stderr}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn compare_with_a_case_judges_each_policy_by_the_version_in_force_on_the_case_date() {
    for (case, column, cap) in [
        (CASE_2025, "murmansk-16 · редакция от 31.10.2008", "10 h"),
        (CASE_2026, "murmansk-16 · ред. 2 (учебный пример)", "12 h"),
    ] {
        let out = policy(&["compare", AMENDED, "--case", case, "--format", "json"]);
        let comparison = json(&out);
        assert_eq!(comparison["policies"], serde_json::json!([column]), "{case}");
        let row = comparison["rows"].as_array().unwrap().iter().find(|r| r["key"] == "max_weekly_hours").unwrap();
        assert_eq!(row["cells"][column]["value"], cap, "{case}: {row}");
    }
}
