//! End-to-end tests of `policy compare` through the real binary: arguments,
//! exit statuses, and the facts the comparison of the shipped policies shows.

mod support;

use support::root;

/// Runs `policy compare ARGS…`.
fn compare(args: &[&str]) -> std::process::Output {
    support::command()
        .current_dir(root())
        .arg("compare")
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the policy binary runs")
}

const SHIPPED: [&str; 4] = [
    "policies/privolzhye-1.policy",
    "policies/samara-99.policy",
    "policies/murmansk-16.policy",
    "policies/balashikha-7.policy",
];
const MURMANSK_CLEAN: &str = "policies/tests/murmansk-16/m01-clean-grade5-cap-exact.yaml";
const MURMANSK_OVER: &str = "policies/tests/murmansk-16/m02-grade5-over-by-quarter-hour.yaml";

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The line of the table that starts with `label` (after the `≠` mark).
fn table_line<'t>(table: &'t str, label: &str) -> &'t str {
    table
        .lines()
        .find(|l| l.trim_start_matches('≠').trim_start().starts_with(&format!("{label} ")))
        .unwrap_or_else(|| panic!("no line `{label}` in\n{table}"))
}

#[test]
fn in_russian_by_default_when_a_policy_is_written_in_russian() {
    // samara-99 is written with Russian keywords: the comparison is in Russian.
    let out = compare(&[&SHIPPED[..], &["--only", "cap,documents,rules"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let table = stdout(&out);
    assert!(table.starts_with("Сравнение положений: privolzhye-1"), "{table}");
    assert!(table.contains("■ Предельная недельная нагрузка"));
    let grade5 = table_line(&table, "5 класс");
    assert!(grade5.starts_with('≠'), "{grade5}");
    let cells: Vec<&str> = grade5.split('│').map(str::trim).collect();
    assert_eq!(cells[1..], ["10 ч § 2.22", "15 ч § 3", "10 ч § 16", "без ограничения"]);
    let pmpk: Vec<&str> = table_line(&table, "заключение ПМПК").split('│').map(str::trim).collect();
    assert_eq!(pmpk[3..], ["не требуется", "не требуется"]);
    // In Russian a condition is in words, by the titles of the values it rests on.
    assert_eq!(pmpk[2], "если обучение");
    assert!(table.contains("│ больного ребёнка §    │"), "{table}");
    assert!(table.contains("▸ Есть только в положении samara-99"), "one school's rules are grouped");
    let md = stdout(&compare(&[&SHIPPED[..], &["--only", "cap", "--format", "markdown"]].concat()));
    assert!(md.contains("| **≠ 5 класс** | 10 ч (§ 2.22) | 15 ч (§ 3) | 10 ч (§ 16) | без ограничения |"), "{md}");
}

#[test]
fn the_shipped_policies_compared_show_where_the_schools_part_ways() {
    let out = compare(&[&SHIPPED[..], &["--only", "cap,documents,deadlines", "--lang", "en"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let table = stdout(&out);
    let grade5 = table_line(&table, "grade 5");
    assert!(grade5.starts_with('≠'), "{grade5}");
    let cells: Vec<&str> = grade5.split('│').map(str::trim).collect();
    assert_eq!(cells[1..], ["10 h § 2.22", "15 h § 3", "10 h § 16", "no cap"]);
    // Documents by their titles in the schema; in English, conditions as the policy writes them.
    let pmpk: Vec<&str> = table_line(&table, "заключение ПМПК").split('│').map(str::trim).collect();
    // samara-99 requires it of a sick pupil, not of one on socio-pedagogical grounds only.
    assert_eq!(pmpk[2], "when sick_pupil § 2.5");
    assert_eq!(pmpk[3..], ["not required", "not required"]);
    let substitution: Vec<&str> = table_line(&table, "substitution").split('│').map(str::trim).collect();
    // privolzhye-1 and balashikha-7 declare their regulations silent on deadlines (`not_stated`):
    // «в Положении не указано», wrapped in the cell.
    assert_eq!(substitution[1..], ["в Положении не", "7 days after", "7 days after", "в Положении не"]);
    assert!(table.lines().all(|l| l.chars().count() <= 120));
    assert!(!table.contains('\u{1b}'), "no colour when stdout is not a terminal");
}

#[test]
fn files_without_a_policy_block_are_skipped_and_directories_expand() {
    let out = compare(&["policies/", "--only", "cap", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`policies/case-schema.policy` пропущен"));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["policies"], serde_json::json!(["balashikha-7", "murmansk-16", "privolzhye-1", "samara-99"]));
    let grade5 = json["rows"].as_array().and_then(|rows| rows.iter().find(|r| r["key"] == "grade_5")).cloned();
    let grade5 = grade5.expect("a grade 5 row");
    assert_eq!(grade5["topic"], "cap");
    assert_eq!(grade5["differs"], true);
    assert_eq!(grade5["cells"]["samara-99"], serde_json::json!({"value": "15 h", "clause": "3"}));
    assert_eq!(grade5["cells"]["balashikha-7"], serde_json::json!({"value": "no cap", "clause": null}));
}

#[test]
fn a_case_with_a_violation_exits_1_and_a_clean_one_0() {
    let out = compare(&[SHIPPED[2], SHIPPED[0], "--case", MURMANSK_OVER, "--only", "case", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let table = stdout(&out);
    let cap: Vec<&str> = table_line(&table, "weekly cap").split('│').map(str::trim).collect();
    assert_eq!(cap[1..], ["10 h § 16", "10 h § 2.22"]);
    assert!(table_line(&table, "weekly_load").contains("violation"));
    let out = compare(&[SHIPPED[2], "--case", MURMANSK_CLEAN, "--format", "markdown", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let md = stdout(&out);
    assert!(md.contains("## The case under each policy") && md.contains("## Weekly cap"), "the case, then the rest");
}

#[test]
fn bad_input_exits_2() {
    let missing = compare(&["policies/nowhere.policy"]);
    assert_eq!(missing.status.code(), Some(2));
    let case_without_case = compare(&[SHIPPED[0], "--only", "case"]);
    assert_eq!(case_without_case.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&case_without_case.stderr).contains("--case"));
    let unknown_topic = compare(&[SHIPPED[0], "--only", "caps"]);
    assert_eq!(unknown_topic.status.code(), Some(2));
    let unreadable_case = compare(&[SHIPPED[0], "--case", "policies/tests/nowhere.yaml"]);
    assert_eq!(unreadable_case.status.code(), Some(2));
    let only_schema = compare(&["policies/case-schema.policy"]);
    assert_eq!(only_schema.status.code(), Some(2));
}

#[test]
fn html_is_one_page() {
    let out = compare(&[SHIPPED[0], SHIPPED[1], "--format", "html", "--only", "cap"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let page = stdout(&out);
    assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"));
    assert!(page.contains("<svg") && !page.contains("<script"));
}

#[test]
fn the_case_under_each_policy_reads_in_russian() {
    let out = compare(&[SHIPPED[2], SHIPPED[0], "--case", MURMANSK_OVER, "--only", "case", "--lang", "ru"]);
    assert_eq!(out.status.code(), Some(1));
    let table = stdout(&out);
    // Labels wrap in the terminal's first column: the first line of each.
    let cap: Vec<&str> = table_line(&table, "предельная недельная").split('│').map(str::trim).collect();
    assert_eq!(cap[1..], ["10 ч § 16", "10 ч § 2.22"]);
    let hours: Vec<&str> = table_line(&table, "недельная нагрузка").split('│').map(str::trim).collect();
    assert_eq!(hours[1..], ["10,25 ч § 16", "10,25 ч § 2.22"]);
    // A rule by its title, its finding by its severity in words; a duty by its role's title.
    assert!(table.contains("1 нарушение § 16") && table.contains("3 нарушения § 2.15; 2.22; 5"), "{table}");
    assert!(table.contains("не выше предела п.") && table.contains("нарушение § 16"), "{table}");
    assert!(table.contains("обязанности по делу"), "{table}");
    assert!(table_line(&table, "Администрация школы").contains("срок 26.10.2025 § 26.1–26.8"), "{table}");
    for english in ["weekly cap", "no finding", "violation", "obligations", "applies"] {
        assert!(!table.contains(english), "`{english}` in\n{table}");
    }
}
