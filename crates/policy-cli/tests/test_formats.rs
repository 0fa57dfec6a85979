//! `policy test --format json|junit` on a copy of a shipped policy with one
//! failing test (its name full of XML markup), one test whose case is
//! missing, and passing tests. The JUnit output is read with a real XML parser.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The failing test's new name: every character XML escapes.
const TRICKY: &str = "5 класс <10 ч> & \"все\" 'документы'";

/// A directory with `murmansk-16.policy` (first test renamed to [`TRICKY`] and
/// failing, second test's case missing), its schema and its cases.
fn fixture(name: &str) -> PathBuf {
    let root = Path::new(ROOT);
    let dir = std::env::temp_dir().join(format!("policy-test-formats-{}-{name}", std::process::id()));
    std::fs::create_dir_all(dir.join("tests/murmansk-16")).expect("a temporary directory");
    let policy = std::fs::read_to_string(root.join("policies/murmansk-16.policy")).expect("the policy");
    let policy = policy
        .replacen(
            "test \"5 класс, 10 ч ровно по пределу, все документы\" {",
            "test \"5 класс <10 ч> & \\\"все\\\" 'документы'\" {",
            1,
        )
        .replacen("expect max_weekly_hours = 10\n", "expect max_weekly_hours = 11\n", 1)
        .replacen("m02-grade5-over-by-quarter-hour.yaml", "no-such-case.yaml", 1);
    std::fs::write(dir.join("murmansk-16.policy"), policy).expect("written");
    std::fs::copy(root.join("policies/case-schema.policy"), dir.join("case-schema.policy")).expect("copied");
    for entry in std::fs::read_dir(root.join("policies/tests/murmansk-16")).expect("the cases").flatten() {
        std::fs::copy(entry.path(), dir.join("tests/murmansk-16").join(entry.file_name())).expect("copied");
    }
    dir
}

/// How many tests the shipped `murmansk-16.policy` has.
fn shipped_tests() -> usize {
    let policy = std::fs::read_to_string(Path::new(ROOT).join("policies/murmansk-16.policy")).expect("the policy");
    policy.lines().filter(|l| l.starts_with("test \"")).count()
}

fn policy_test(dir: &Path, format: &str) -> Output {
    support::command().args(["--lang", "en", "test", "--format", format]).arg(dir).output().expect("the binary runs")
}

#[test]
fn json_lists_every_test_with_its_status_and_the_totals() {
    let dir = fixture("json");
    let output = policy_test(&dir, "json");
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(output.status.code(), Some(2), "a missing case is unusable input");
    let report: Value = serde_json::from_slice(&output.stdout).expect("the output is JSON");
    let tests = report["tests"].as_array().expect("tests");
    assert_eq!(tests.len(), shipped_tests());
    let failed = &tests[0];
    assert_eq!(failed["policy"], "murmansk-16");
    assert_eq!(failed["test"], TRICKY);
    assert_eq!(failed["status"], "failed");
    let problem = &failed["problems"][0];
    assert_eq!(problem["expectation"], "expect max_weekly_hours = 11");
    assert_eq!(problem["expected"], "11");
    assert_eq!(problem["actual"], "10");
    assert_eq!(tests[1]["status"], "error");
    assert!(tests[1]["problems"][0]["message"].as_str().expect("a message").contains("no-such-case.yaml"));
    assert_eq!(tests[2]["status"], "passed");
    assert_eq!(tests[2]["problems"], serde_json::json!([]));
    assert_eq!(report["totals"], serde_json::json!({"passed": shipped_tests() - 2, "failed": 1, "errors": 1}));
}

#[test]
fn junit_has_one_suite_per_policy_and_escaped_failures() {
    let dir = fixture("junit");
    let output = policy_test(&dir, "junit");
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(output.status.code(), Some(2));
    let xml = String::from_utf8(output.stdout).expect("UTF-8");
    let document = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root.children().filter(|n| n.has_tag_name("testsuite")).collect();
    assert_eq!(suites.len(), 1);
    let suite = suites[0];
    assert_eq!(suite.attribute("name"), Some("murmansk-16"));
    assert_eq!(suite.attribute("tests"), Some(shipped_tests().to_string().as_str()));
    assert_eq!(suite.attribute("failures"), Some("1"));
    assert_eq!(suite.attribute("errors"), Some("1"));
    let cases: Vec<_> = suite.children().filter(|n| n.has_tag_name("testcase")).collect();
    assert_eq!(cases.len(), shipped_tests());
    assert_eq!(cases[0].attribute("name"), Some(TRICKY));
    let failure = cases[0].children().find(|n| n.has_tag_name("failure")).expect("a failure");
    assert_eq!(failure.attribute("message"), Some("expect max_weekly_hours = 11: expected 11, got 10"));
    let body = failure.text().expect("a body");
    assert!(body.contains("expected: 11") && body.contains("got:      10"), "{body}");
    assert!(cases[1].children().any(|n| n.has_tag_name("error")));
    assert_eq!(cases[2].children().filter(|n| n.is_element()).count(), 0, "a passed test is empty");
}

#[test]
fn the_human_output_is_the_default() {
    let dir = fixture("human");
    let output = policy_test(&dir, "human");
    let default = support::command().args(["--lang", "en", "test"]).arg(&dir).output().expect("runs");
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(output.stdout, default.stdout);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with(&format!("FAIL murmansk-16 › {TRICKY}\n")), "{stdout}");
    assert_eq!(stdout.lines().last(), Some(format!("{} passed, 1 failed", shipped_tests() - 2).as_str()));
}

/// A failed expectation about findings is said in the chosen language: what was expected and
/// what the report showed («предупреждение со ссылкой на «16»», «нет; выводов нет»).
#[test]
fn a_failed_expectation_is_said_in_the_chosen_language() {
    let root = Path::new(ROOT);
    let dir = std::env::temp_dir().join(format!("policy-test-formats-{}-words", std::process::id()));
    std::fs::create_dir_all(dir.join("tests/murmansk-16")).expect("a temporary directory");
    let policy = std::fs::read_to_string(root.join("policies/murmansk-16.policy")).expect("the policy");
    let policy = policy.replacen(
        "  expect missing []\n}",
        "  expect missing []\n  expect warning § \"16\"\n  expect no duty § \"8\"\n}",
        1,
    );
    std::fs::write(dir.join("murmansk-16.policy"), policy).expect("written");
    std::fs::copy(root.join("policies/case-schema.policy"), dir.join("case-schema.policy")).expect("copied");
    let case = "m01-clean-grade5-cap-exact.yaml";
    std::fs::copy(root.join("policies/tests/murmansk-16").join(case), dir.join("tests/murmansk-16").join(case))
        .expect("copied");
    let run = |lang: &str| {
        let args = ["--lang", lang, "test", "--name", "5 класс, 10 ч ровно по пределу, все документы"];
        let out = support::command().args(args).arg(&dir).output().expect("the binary runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let (ru, en) = (run("ru"), run("en"));
    std::fs::remove_dir_all(&dir).ok();
    for words in [
        "ожидалось: предупреждение со ссылкой на «16»",
        "получено:  нет; выводов нет",
        "ожидалось: ни одной обязанности со ссылкой на «8»",
    ] {
        assert!(ru.contains(words), "«{words}» not in:\n{ru}");
    }
    for words in
        ["expected: a warning citing \"16\"", "got:      none; no findings", "expected: no obligation citing \"8\""]
    {
        assert!(en.contains(words), "«{words}» not in:\n{en}");
    }
}
