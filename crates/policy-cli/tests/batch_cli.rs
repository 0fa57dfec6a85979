//! End-to-end tests of `policy eval --batch` through the real binary: inputs
//! (JSON Lines file, standard input, a directory), reports in input order,
//! unusable lines reported and skipped, exit statuses, summary formats.

mod support;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Output, Stdio};

use support::root;

fn policy(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = support::command()
        .current_dir(root())
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // A command that stops before reading its input closes the pipe: not an error here.
    let _ = input.write_all(stdin.unwrap_or_default().as_bytes());
    drop(input);
    child.wait_with_output().unwrap()
}

const MURMANSK: &str = "policies/murmansk-16.policy";
const SAMARA: &str = "policies/samara-99.policy";
const CLEAN: &str = "policies/tests/murmansk-16/m01-clean-grade5-cap-exact.yaml";
const OVER_CAP: &str = "policies/tests/murmansk-16/m02-grade5-over-by-quarter-hour.yaml";

/// A shipped YAML case as one JSON line with an `id`.
fn line(yaml: &str, id: &str) -> String {
    let text = std::fs::read_to_string(root().join(yaml)).unwrap();
    let mut case: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    case["id"] = id.into();
    case.to_string()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("policy-batch-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn clean_cases_exit_0_and_reports_come_in_input_order() {
    let cases: Vec<String> = (1..=30).map(|i| line(CLEAN, &format!("c{i}"))).collect();
    let out =
        policy(&["eval", "-p", MURMANSK, "-p", SAMARA, "--batch", "-", "--reports", "-"], Some(&cases.join("\n")));
    // samara-99 finds violations in the murmansk-clean case: exit 1; murmansk alone: 0.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let reports: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(reports.len(), 60, "one line per case and policy");
    for (i, pair) in reports.chunks(2).enumerate() {
        assert_eq!(pair[0]["id"], format!("c{}", i + 1));
        assert_eq!(pair[0]["policy"], "murmansk-16");
        assert_eq!(pair[1]["policy"], "samara-99");
        assert_eq!(pair[1]["id"], format!("c{}", i + 1));
    }
    // The reports went to standard output, so the summary went to standard error.
    assert!(stderr(&out).starts_with("Сводка: 30 дел из standard input"), "{}", stderr(&out));

    let out = policy(&["eval", "-p", MURMANSK, "--batch", "-"], Some(&cases.join("\n")));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.lines().any(|l| l.starts_with("  Оценено дел") && l.ends_with(" 30")), "{summary}");
}

#[test]
fn a_report_line_is_the_single_json_report() {
    let dir = temp_dir("same-report");
    let jsonl = dir.join("cases.jsonl");
    std::fs::write(&jsonl, line(OVER_CAP, "x1") + "\n").unwrap();
    let out = policy(&["eval", "-p", MURMANSK, "--batch", jsonl.to_str().unwrap(), "--reports", "-"], None);
    assert_eq!(out.status.code(), Some(1));
    let batch: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let single_case = dir.join("case.json");
    std::fs::write(&single_case, line(OVER_CAP, "x1")).unwrap();
    let single = policy(&["eval", "-p", MURMANSK, single_case.to_str().unwrap(), "--format", "json"], None);
    let single: serde_json::Value = serde_json::from_slice(&single.stdout).unwrap();
    assert_eq!(batch, single);
}

#[test]
fn unusable_lines_are_reported_counted_and_skipped_with_exit_2() {
    let cases = [
        line(CLEAN, "a"),
        r#"{"pupil": {"grade": "пятый"}}"#.to_string(),
        String::new(),
        "{oops".to_string(),
        line(CLEAN, "b"),
    ];
    let dir = temp_dir("unusable");
    let reports = dir.join("reports.jsonl");
    let out = policy(
        &["eval", "-p", MURMANSK, "--batch", "-", "--reports", reports.to_str().unwrap(), "--summary", "json"],
        Some(&cases.join("\n")),
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("ошибка: стандартный ввод: pupil.grade (строка 2, столбец "), "{err}");
    assert!(err.contains("ошибка: стандартный ввод: строка 2: дело недопустимо; оно пропущено"), "{err}");
    assert!(err.contains("дело (строка 4, столбец 2)"), "{err}");
    assert!(err.contains("ожидалось: целое число от 1 до 12"), "{err}");
    assert!(!err.contains("пятый") && !err.contains("oops"), "no value of the case on stderr: {err}");
    assert!(!err.contains("строка 3"), "a blank line is skipped silently: {err}");
    let ids: Vec<String> = std::fs::read_to_string(&reports)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["a", "b"]);
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["cases_read"], 4);
    assert_eq!(summary["unusable"], 2);
    assert_eq!(summary["policies"][0]["cases_judged"], 2);
    assert_eq!(summary["unusable_cases"][0]["line"], 2);
    assert_eq!(summary["unusable_cases"][1]["line"], 4);
    assert!(summary["unusable_cases"][0]["errors"][0]["kind"].is_string(), "{summary}");
    // The summary names fields and kinds of mistakes, never the case's values.
    assert!(!String::from_utf8_lossy(&out.stdout).contains("пятый"));
}

#[test]
fn a_directory_of_case_files_in_every_format() {
    let dir = temp_dir("dir");
    std::fs::copy(root().join(CLEAN), dir.join("a-clean.yaml")).unwrap();
    std::fs::write(dir.join("b-over.json"), line(OVER_CAP, "b")).unwrap();
    let yaml: serde_json::Value =
        serde_saphyr::from_str(&std::fs::read_to_string(root().join(CLEAN)).unwrap()).unwrap();
    let toml_text = toml::to_string(&yaml).unwrap();
    std::fs::write(dir.join("c-clean.toml"), toml_text).unwrap();
    std::fs::write(dir.join("d-broken.yml"), "pupil: {grade: 5\n").unwrap();
    std::fs::write(dir.join("notes.txt"), "not a case").unwrap();
    let out = policy(&["eval", "-p", MURMANSK, "--batch", dir.to_str().unwrap(), "--reports", "-"], None);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let policies: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(policies.len(), 3);
    assert_eq!(policies[1]["id"], "b");
    let err = stderr(&out);
    assert!(err.contains(&format!("ошибка: {}", dir.join("d-broken.yml").display())), "{err}");
    assert!(err.contains("Непригодных дел (пропущено)"), "{err}");
}

#[test]
fn unreadable_input_or_policy_exits_2_before_judging() {
    let out = policy(&["eval", "-p", MURMANSK, "--batch", "no/such/cases.jsonl"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("не удаётся прочитать дела `no/such/cases.jsonl`"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let out = policy(&["eval", "-p", "no/such.policy", "--batch", "-"], Some(&line(CLEAN, "a")));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let out = policy(&["eval", "-p", MURMANSK, "--batch", "-", "--summary", "xlsx"], Some(&line(CLEAN, "a")));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--summary-out"), "{}", stderr(&out));
}

#[test]
fn summaries_in_every_format_to_a_file() {
    let dir = temp_dir("formats");
    let cases = [line(CLEAN, "a"), line(OVER_CAP, "b")].join("\n");
    for (format, check) in [
        ("markdown", "| п. 16 | 1 (50,0\u{a0}%) |"),
        ("html", "<td class=\"n\">1 (50,0\u{a0}%)</td>"),
        ("json", "\"clause\": \"16\""),
        ("text", "  п. 16"),
    ] {
        let file = dir.join(format!("summary.{format}"));
        let out = policy(
            &["eval", "-p", MURMANSK, "--batch", "-", "--summary", format, "--summary-out", file.to_str().unwrap()],
            Some(&cases),
        );
        assert_eq!(out.status.code(), Some(1), "{format}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{format}");
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains(check), "{format}: {text}");
    }
    let book = dir.join("summary.xlsx");
    let out = policy(
        &["eval", "-p", MURMANSK, "--batch", "-", "--summary", "xlsx", "--summary-out", book.to_str().unwrap()],
        Some(&cases),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(std::fs::read(&book).unwrap().starts_with(b"PK"), "a zip container");
}

#[test]
fn batch_options_need_batch_and_format_conflicts_with_it() {
    let out = policy(&["eval", "-p", MURMANSK, CLEAN, "--reports", "-"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = policy(&["eval", "-p", MURMANSK, "--batch", "-", "--format", "json"], Some(""));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn each_case_is_judged_by_the_version_in_force_on_its_date() {
    let amended = "tests/versions/murmansk-16-amendment-example.policy";
    let out = policy(&["eval", "-p", amended, "--batch", "tests/versions/cases", "--reports", "-"], None);
    assert_eq!(out.status.code(), Some(2), "a case dated before the first version is unusable");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let versions: Vec<(String, i64)> = stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|r| (r["version"].as_str().unwrap_or("").to_string(), r["values"]["max_weekly_hours"].as_i64().unwrap()))
        .collect();
    assert_eq!(
        versions,
        [
            ("редакция от 31.10.2008".to_string(), 10),
            ("ред. 2 (учебный пример)".to_string(), 12),
            ("ред. 2 (учебный пример)".to_string(), 12)
        ],
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("before-first-version.yaml")
            && stderr.contains("не действует на 01.10.2008")
            && stderr.contains("ожидалось: дата, на которую действует одна из редакций положения"),
        "{stderr}"
    );
    let english = policy(&["--lang", "en", "eval", "-p", amended, "--batch", "tests/versions/cases"], None);
    let stderr = String::from_utf8_lossy(&english.stderr);
    assert!(
        stderr.contains("is in force on 2008-10-01")
            && stderr.contains("expected: a date on which one of the versions"),
        "{stderr}"
    );
}
