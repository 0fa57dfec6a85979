//! Aggregates over a case list and one of its fields (`sum(list, field)`,
//! `any(list, condition)`, `all(list, condition)`) and durations from numbers
//! (`weeks(plan.weeks)`): in values, rules and messages, with absent data.

use jiff::civil::date;
use policy_check::model::{Model, Severity};
use policy_eval::{Report, ReportValue};
use rust_decimal::Decimal;

mod common;

const SCHEMA: &str = r#"
enum miss_reason { pupil_ill unexcused }
schema agg_case {
  request: { start: date }
  plan: {
    subjects: list of { subject: text  hours: decimal?  elective: bool? } keyed subject
    weeks: int?
  }
  events: list of { date: date  subject: text?  reason: miss_reason? }
}
"#;

fn model(policy: &str) -> Model {
    common::model_with(SCHEMA, policy)
}

fn judge(policy: &str, case: &str) -> Report {
    common::judge_yaml(&model(policy), case, date(2025, 9, 15))
}

fn number(report: &Report, name: &str) -> Decimal {
    match report.value(name) {
        Some(ReportValue::Number(n)) => *n,
        other => panic!("{name}: {other:?}\n{report:#?}"),
    }
}

fn finding(report: &Report, rule: &str) -> Option<(Severity, String)> {
    report.findings.iter().find(|f| f.rule == rule).map(|f| (f.severity, f.text()))
}

const PLAN: &str = r#"
request: { start: 2025-09-01 }
plan:
  weeks: 34
  subjects:
    - { subject: "Математика", hours: 2.5 }
    - { subject: "Чтение", hours: 0.25, elective: true }
    - { subject: "Музыка", hours: 0.5, elective: true }
"#;

#[test]
fn sum_of_a_field_of_filtered_elements_is_exact() {
    let policy = r#"
value maths = sum(plan.subjects where subject = "математика", hours)
value electives = sum(plan.subjects where elective = true, hours)
value none = sum(plan.subjects where subject = "Физика", hours)
rule electives_cap § "1" {
  when sum(plan.subjects where elective = true, hours) > 0.5
  violation "по выбору {sum(plan.subjects where elective = true, hours)} ч — не более 0,5 ч"
}
"#;
    let r = judge(policy, PLAN);
    assert_eq!(number(&r, "maths"), Decimal::new(25, 1));
    assert_eq!(number(&r, "electives"), Decimal::new(75, 2));
    assert_eq!(number(&r, "none"), Decimal::ZERO);
    assert_eq!(
        finding(&r, "electives_cap"),
        Some((Severity::Violation, "по выбору 0,75 ч — не более 0,5 ч".to_owned()))
    );
}

#[test]
fn an_absent_field_in_one_element_makes_the_sum_unknown() {
    let policy = r#"
value total = sum(plan.subjects, hours)
rule cap § "1" {
  when sum(plan.subjects, hours) > 10
  violation "много"
}
"#;
    let case = r#"
request: { start: 2025-09-01 }
plan:
  subjects:
    - { subject: "Математика", hours: 2 }
    - { subject: "Чтение" }
"#;
    let r = judge(policy, case);
    assert!(r.value("total").is_none(), "{r:#?}");
    let (severity, message) = finding(&r, "cap").expect("an undecided rule is a warning");
    assert_eq!(severity, Severity::Warning);
    assert!(message.contains("plan.subjects[1].hours") || message.contains("Чтение"), "{message}");
}

#[test]
fn any_and_all_are_three_valued() {
    let policy = r#"
value some_elective = any(plan.subjects, elective = true)
value all_elective = all(plan.subjects, elective = true)
value some_long = any(plan.subjects where elective = true, hours >= 0.5)
value all_short = all(plan.subjects, hours < 3)
rule unexcused § "1" {
  when any(events, reason = unexcused)
  warning "пропуски без уважительной причины"
}
"#;
    let r = judge(policy, PLAN);
    // «Математика» has no `elective`: some elective is settled by «Чтение»,
    // but whether all are cannot be decided.
    assert_eq!(r.value("some_elective"), Some(&ReportValue::Bool(true)));
    assert!(r.value("all_elective").is_none(), "{r:#?}");
    assert_eq!(r.value("some_long"), Some(&ReportValue::Bool(true)));
    assert_eq!(r.value("all_short"), Some(&ReportValue::Bool(true)));
    // No events: `any` of nothing is false, so the rule does not fire.
    assert_eq!(finding(&r, "unexcused"), None);

    let with_miss = format!("{PLAN}events:\n  - {{ date: 2025-09-03, reason: unexcused }}\n");
    let r = judge(policy, &with_miss);
    assert_eq!(finding(&r, "unexcused").map(|f| f.0), Some(Severity::Warning));
}

#[test]
fn a_duration_from_a_number_of_the_case() {
    let policy = r#"
value year_end = request.start + weeks(plan.weeks)
value month_later = request.start + months(1 + 1)
value fortnight = days(14)
rule year_too_long § "1" {
  when year_end - request.start > 35 weeks
  violation "учебный год длиннее 35 недель: до {year_end}"
}
"#;
    let r = judge(policy, PLAN);
    assert_eq!(r.value("year_end"), Some(&ReportValue::Date(date(2026, 4, 27))));
    assert_eq!(r.value("month_later"), Some(&ReportValue::Date(date(2025, 11, 1))));
    assert_eq!(r.value("fortnight"), Some(&ReportValue::Duration("14 days".into())));
    assert_eq!(finding(&r, "year_too_long"), None);

    let r = judge(policy, &PLAN.replace("weeks: 34", "weeks: 36"));
    assert_eq!(
        finding(&r, "year_too_long"),
        Some((Severity::Violation, "учебный год длиннее 35 недель: до 11.05.2026".to_owned()))
    );

    // An absent number of weeks leaves the rule undecided, naming the field.
    let r = judge(policy, &PLAN.replace("  weeks: 34\n", ""));
    let (severity, message) = finding(&r, "year_too_long").expect("undecided");
    assert_eq!(severity, Severity::Warning);
    assert!(message.contains("plan.weeks"), "{message}");
}

#[test]
fn min_count_by_is_the_smallest_group_of_one_value() {
    let policy = r#"
value fewest = min_count_by(events where reason = unexcused, subject)
value most = max_count_by(events where reason = unexcused, subject)
value none = min_count_by(events where reason = pupil_ill, subject)
"#;
    let case = format!(
        "{PLAN}events:\n{}",
        [("a", "unexcused"), ("b", "unexcused"), ("A", "unexcused"), ("a", "unexcused"), ("b", "pupil_ill")]
            .iter()
            .map(|(s, r)| format!("  - {{ date: 2025-09-03, subject: {s}, reason: {r} }}\n"))
            .collect::<String>()
    );
    let r = judge(policy, &case);
    // «a» three times (letter case does not matter), «b» once as unexcused.
    assert_eq!(number(&r, "fewest"), Decimal::ONE);
    assert_eq!(number(&r, "most"), Decimal::from(3));
    assert_eq!(number(&r, "none"), Decimal::ONE);
}
