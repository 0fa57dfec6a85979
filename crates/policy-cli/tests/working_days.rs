//! Working days and deadlines after a date, end to end: the example policy
//! of `tests/workdays/` (an invented regulation) tested, judged with and
//! without a year added by `--calendar`, and compared.

mod support;

use support::root;

fn policy(args: &[&str]) -> std::process::Output {
    support::command().current_dir(root()).args(args).env("NO_COLOR", "1").output().unwrap()
}

fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    })
}

const POLICY: &str = "tests/workdays/workdays-example.policy";

#[test]
fn the_example_policy_passes_its_tests() {
    let out = policy(&["test", "tests/workdays/"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_missed_deadline_names_the_date_it_ran_from_by_its_titles() {
    let out = policy(&["eval", "-p", POLICY, "tests/workdays/cases/order-on-6th-working-day.yaml", "--format", "json"]);
    let report = json(&out);
    let message = report["findings"][0]["message"].as_str().unwrap_or("");
    // `documents.parent_application.handed_in ?? documents.parent_application.date` in the
    // schema's words, then the dates the Russian way.
    assert!(
        message.contains(
            "со дня «заявление родителей · дата передачи в школу» (если её нет — «заявление родителей · \
             дата документа») 31.10.2025 до 10.11.2025 нет события «приказ»"
        ),
        "{message}"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn the_due_date_of_a_deadline_after_a_document_date_is_in_the_report() {
    let out = policy(&["eval", "-p", POLICY, "tests/workdays/cases/order-pending.yaml", "--format", "json"]);
    let report = json(&out);
    let dues: Vec<(&str, &str)> = report["obligations"]
        .as_array()
        .expect("obligations")
        .iter()
        .map(|o| (o["clause"].as_str().unwrap_or(""), o["due"].as_str().unwrap_or("")))
        .collect();
    // 5 working days after Friday 2025-10-31 over the November holidays; 3 after Monday
    // 2025-11-03, itself a day off.
    assert_eq!(dues, [("1", "2025-11-10"), ("2", "2025-11-07")]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_year_outside_the_calendar_is_a_warning_until_the_user_adds_it() {
    let case = "tests/workdays/cases/year-outside-calendar.yaml";
    let out = policy(&["eval", "-p", POLICY, case, "--format", "json"]);
    let report = json(&out);
    let warning = &report["findings"][0];
    assert_eq!(warning["severity"], "warning", "{report}");
    let message = warning["message"].as_str().unwrap_or("");
    assert!(message.contains("нет 2028 года") && message.contains("--calendar"), "{message}");
    assert_eq!(out.status.code(), Some(0), "a warning leaves the exit status");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("2028.toml");
    std::fs::write(
        &file,
        "[[year]]\nyear = 2028\nsource = \"пример\"\nnon_working = [2028-01-01, 2028-01-02, 2028-01-03, 2028-01-04, \
         2028-01-05, 2028-01-06, 2028-01-07, 2028-01-08]\nworking = []\n",
    )
    .unwrap();
    let out = policy(&["eval", "--calendar", file.to_str().unwrap(), "-p", POLICY, case, "--format", "json"]);
    let report = json(&out);
    let violation = &report["findings"][0];
    assert_eq!(violation["severity"], "violation", "{report}");
    assert!(violation["message"].as_str().unwrap_or("").contains("до 12.01.2028"), "{report}");
    assert_eq!(out.status.code(), Some(1));

    std::fs::write(&file, "[[year]]\nyear = 2028\nsource = \"пример\"\nworking = [2028-01-04]\n").unwrap();
    let out = policy(&["eval", "--calendar", file.to_str().unwrap(), "-p", POLICY, case]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("2028-01-04") && stderr.contains("not a Saturday or a Sunday"), "{stderr}");
}

#[test]
fn compare_shows_the_working_days_and_the_start() {
    let out = policy(&["compare", POLICY, POLICY, "--format", "markdown", "--lang", "en"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "5 working days after documents.parent\\_application.handed\\_in ?? documents.parent\\_application.date"
        ),
        "{text}"
    );
    assert!(text.contains("2 working days after teacher\\_ill"), "{text}");
    // In Russian: the start by its titles, the event by its title.
    let out = policy(&["compare", POLICY, POLICY, "--format", "markdown", "--lang", "ru"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "срок: 5 рабочих дней со дня «заявление родителей · дата передачи в школу» (если её нет — \
             «заявление родителей · дата документа»)"
        ),
        "{text}"
    );
    assert!(text.contains("срок: 2 рабочих дня после события «болезнь учителя»"), "{text}");
}
