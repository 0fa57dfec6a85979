//! The evaluator's semantics, one small policy and case at a time: exact
//! decimals, calendar months, deadlines and periods, exceptions, null and
//! undecidable conditions, document defects, messages, ordering.

use jiff::civil::{date, Date};
use policy_check::model::{Model, Severity};
use policy_eval::render::human;
use policy_eval::{decode, evaluate, CaseFormat, Report, ReportValue, Vocabulary};
use policy_i18n::Lang;
use rust_decimal::Decimal;

mod common;

/// A small schema that follows the shipped one's conventions (`as_of`,
/// `request.start`/`end`, `documents` keyed by kind, `events` keyed by type).
const SCHEMA: &str = r#"
enum category { ovz disabled cannot_attend }
enum event_type { teacher_ill substitution admin_control marks_transferred }
enum document_kind { medical_certificate schedule parent_application committee_order }
enum approver { director deputy_director }
enum pay_mode { hourly tariff }
schema test_case {
  as_of: date?
  pupil: {
    grade: int 1..12 "класс"
    categories: set of category
    nickname: text?
  }
  request: {
    start: date
    end: date?
  }
  plan: {
    subjects: list of { subject: text  hours: decimal } keyed subject
    extra: decimal?
    weekly_hours: decimal?
  }
  load_increase: {
    director_decision: bool?
    funding: bool?
  }?
  documents: list of {
    kind: document_kind
    seal: bool? "гербовая печать"
    copies: int?
    approved_by: approver?
  } keyed kind
  events: list of {
    type: event_type
    date: date
    subject: text?
  } keyed type
}
"#;

const CASE: &str = r#"
pupil: { grade: 5, categories: [cannot_attend] }
request: { start: 2025-09-01, end: 2026-05-31 }
plan:
  subjects:
    - { subject: "Математика", hours: 3 }
"#;

fn model(policy: &str) -> Model {
    common::model_with(SCHEMA, policy)
}

fn judge_on(model: &Model, case: &str, as_of: Date) -> Report {
    common::judge_yaml(model, case, as_of)
}

fn judge(policy: &str, case: &str) -> Report {
    judge_on(&model(policy), case, date(2025, 9, 15))
}

fn number(report: &Report, name: &str) -> Decimal {
    match report.value(name) {
        Some(ReportValue::Number(n)) => *n,
        other => panic!("{name}: {other:?}\n{report:#?}"),
    }
}

fn rules(report: &Report, severity: Severity) -> Vec<&str> {
    report.findings.iter().filter(|f| f.severity == severity).map(|f| f.rule.as_str()).collect()
}

fn violations(report: &Report) -> Vec<&str> {
    rules(report, Severity::Violation)
}

fn warnings(report: &Report) -> Vec<&str> {
    rules(report, Severity::Warning)
}

// ---------------------------------------------------------------- numbers

#[test]
fn decimals_are_exact() {
    let policy = r#"
value total = sum(plan.subjects.hours)
value thirteen = 11 + 1 + 1
value tenth = 0.1 + 0.2
value product = 0.25 * 4
rule one_hour § "1" {
  when total = 1
  when tenth = 0.3
  when product = 1
  info "ровно {total} ч, {tenth}, {total / 4}"
}
"#;
    let case = r#"
pupil: { grade: 5, categories: [cannot_attend] }
request: { start: 2025-09-01 }
plan:
  subjects:
    - { subject: "Чтение", hours: 0.25 }
    - { subject: "Письмо", hours: 0.25 }
    - { subject: "Счёт", hours: 0.25 }
    - { subject: "Рисование", hours: 0.25 }
"#;
    let r = judge(policy, case);
    assert_eq!(number(&r, "total"), Decimal::ONE);
    assert_eq!(number(&r, "thirteen"), Decimal::from(13));
    assert_eq!(number(&r, "tenth"), Decimal::new(3, 1));
    let json = serde_json::to_string(&r).unwrap_or_default();
    assert!(json.contains(r#""total":1,"thirteen":13,"tenth":0.3,"product":1"#), "{json}");
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].text(), "ровно 1 ч, 0,3, 0,25");
}

#[test]
fn decimals_are_read_exactly_from_every_format() {
    let m = model("value total = sum(plan.subjects.hours)");
    let vocab = Vocabulary::new(&m);
    let json = r#"{"pupil": {"grade": 5, "categories": ["ovz"]},
                   "request": {"start": "2025-09-01"},
                   "plan": {"subjects": [{"subject": "a", "hours": 0.1}, {"subject": "b", "hours": 0.2}]}}"#;
    let toml = "[pupil]\ngrade = 5\ncategories = [\"ovz\"]\n[request]\nstart = 2025-09-01\n\
                [[plan.subjects]]\nsubject = \"a\"\nhours = 0.1\n[[plan.subjects]]\nsubject = \"b\"\nhours = 0.2\n";
    let yaml = "pupil: {grade: 5, categories: [ovz]}\nrequest: {start: 2025-09-01}\n\
                plan: {subjects: [{subject: a, hours: 0.1}, {subject: b, hours: 0.2}]}\n";
    for (text, format) in [(json, CaseFormat::Json), (toml, CaseFormat::Toml), (yaml, CaseFormat::Yaml)] {
        let (case, warnings) = decode(text, format, &m.schema, &vocab).unwrap_or_else(|e| panic!("{format:?}: {e:#?}"));
        assert!(warnings.is_empty());
        let r = evaluate(&m, &case, date(2025, 9, 15));
        assert_eq!(number(&r, "total"), Decimal::new(3, 1), "{format:?}");
    }
    // A number in quotes is text: the contract's hours are numbers (issue 21).
    let quoted = yaml.replace("hours: 0.2", "hours: \"0.2\"");
    let errors = decode(&quoted, CaseFormat::Yaml, &m.schema, &vocab).err().unwrap_or_default();
    assert_eq!(errors.iter().map(|e| e.path.as_str()).collect::<Vec<_>>(), ["plan.subjects[1].hours"]);
}

// ---------------------------------------------------------------- dates

#[test]
fn calendar_months() {
    let policy = r#"
value two_months_later = request.start + 2 months
value month_after_end = request.end + 1 month
value week_before = request.start - 1 week
value short = request.end - request.start <= 2 months
"#;
    let m = model(policy);
    let on = |start: &str, end: &str| {
        let case = format!(
            "pupil: {{ grade: 5, categories: [ovz] }}\nrequest: {{ start: {start}, end: {end} }}\nplan: {{ subjects: [] }}\n"
        );
        judge_on(&m, &case, date(2025, 9, 15))
    };
    let r = on("2025-10-01", "2025-12-01");
    assert_eq!(r.value("two_months_later"), Some(&ReportValue::Date(date(2025, 12, 1))));
    assert_eq!(r.value("week_before"), Some(&ReportValue::Date(date(2025, 9, 24))));
    assert_eq!(r.value("short"), Some(&ReportValue::Bool(true)));
    let r = on("2025-10-01", "2025-12-02");
    assert_eq!(r.value("short"), Some(&ReportValue::Bool(false)));
    // 31 January + 1 month is the last day of February.
    let r = on("2024-11-30", "2025-01-31");
    assert_eq!(r.value("month_after_end"), Some(&ReportValue::Date(date(2025, 2, 28))));
    let r = on("2023-11-30", "2024-01-31");
    assert_eq!(r.value("month_after_end"), Some(&ReportValue::Date(date(2024, 2, 29))));
    // 30 November + 2 months is 30 January: the end on 31 January is later.
    assert_eq!(r.value("short"), Some(&ReportValue::Bool(false)));
}

#[test]
fn school_year_builtins() {
    let policy = r#"
value start_of_year = school_year_start(request.start)
value end_of_year = school_year_end(request.start)
"#;
    let m = model(policy);
    for (start, first, last) in [
        // The default school year: the I четверть from 1 September to the IV's end, 26 May.
        ("2025-09-01", date(2025, 9, 1), date(2026, 5, 26)),
        ("2026-01-15", date(2025, 9, 1), date(2026, 5, 26)),
        // A request made in the summer (after the last term) is for the coming school year,
        // which still starts on 1 September; the last term still belongs to the current one.
        ("2025-08-31", date(2025, 9, 1), date(2026, 5, 26)),
        ("2025-05-27", date(2025, 9, 1), date(2026, 5, 26)),
        ("2025-05-26", date(2024, 9, 1), date(2025, 5, 26)),
    ] {
        let case = format!("pupil: {{ grade: 5, categories: [ovz] }}\nrequest: {{ start: {start} }}\n");
        let r = judge_on(&m, &case, date(2025, 9, 15));
        assert_eq!(r.value("start_of_year"), Some(&ReportValue::Date(first)), "{start}");
        assert_eq!(r.value("end_of_year"), Some(&ReportValue::Date(last)), "{start}");
    }
}

#[test]
fn school_year_bounds_follow_a_declared_year() {
    // Trimesters from 2 September to 30 May: the year's bounds are its first and last days,
    // and its school weeks count five-day weeks of the trimesters only.
    let policy = r#"
school_year "три триместра" {
  term "I триместр" 09-02 .. 11-29
  holidays "осенние" 11-30 .. 12-07
  term "II триместр" 12-08 .. 02-28
  holidays "весенние" 03-01 .. 03-08
  term "III триместр" 03-09 .. 05-30
}
value start_of_year = school_year_start(request.start)
value end_of_year = school_year_end(request.start)
value weeks = school_weeks_left(request.start)
"#;
    let m = model(policy);
    let case = "pupil: { grade: 5, categories: [ovz] }\nrequest: { start: 2026-03-02 }\n";
    let r = judge_on(&m, case, date(2026, 3, 2));
    assert_eq!(r.value("start_of_year"), Some(&ReportValue::Date(date(2025, 9, 2))));
    assert_eq!(r.value("end_of_year"), Some(&ReportValue::Date(date(2026, 5, 30))));
    // In the spring holidays: the III триместр, 9 March (a Monday) to 30 May (a Saturday),
    // 12 weeks of school days.
    assert_eq!(r.value("weeks"), Some(&ReportValue::Number(12.into())));
}

// ---------------------------------------------------------------- duties

const SUBSTITUTION: &str = r#"
role administration "Администрация" {
  duty substitution "заменить заболевшего учителя" § "41"
    within 7 days after teacher_ill fulfilled_by substitution
}
"#;

fn with_events(events: &str) -> String {
    format!("{CASE}events:\n{events}")
}

#[test]
fn deadline_day_7_is_in_time_day_8_is_late() {
    let m = model(SUBSTITUTION);
    let day7 = with_events(
        "  - { type: teacher_ill, date: 2025-10-02, subject: Математика }\n  - { type: substitution, date: 2025-10-09, subject: Математика }\n",
    );
    let day8 = with_events(
        "  - { type: teacher_ill, date: 2025-10-02, subject: Математика }\n  - { type: substitution, date: 2025-10-10, subject: Математика }\n",
    );
    let r = judge_on(&m, &day7, date(2025, 10, 20));
    assert!(r.findings.is_empty() && r.obligations.is_empty(), "{r:#?}");
    let r = judge_on(&m, &day8, date(2025, 10, 20));
    assert_eq!(violations(&r), ["duty.administration.substitution"]);
    assert_eq!(r.findings[0].clause.as_deref(), Some("41"));
    assert!(r.findings[0].text().contains("09.10.2025"), "{r:#?}");
}

#[test]
fn deadline_pending_is_an_obligation_until_it_passes() {
    let m = model(SUBSTITUTION);
    let ill = with_events("  - { type: teacher_ill, date: 2025-10-02, subject: Математика }\n");
    for as_of in [date(2025, 10, 5), date(2025, 10, 9)] {
        let r = judge_on(&m, &ill, as_of);
        assert!(r.findings.is_empty(), "{r:#?}");
        assert_eq!(r.obligations.len(), 1);
        assert_eq!(r.obligations[0].due, Some(date(2025, 10, 9)));
        assert_eq!(r.obligations[0].clause.as_deref(), Some("41"));
    }
    let r = judge_on(&m, &ill, date(2025, 10, 10));
    assert_eq!(violations(&r), ["duty.administration.substitution"]);
    assert!(r.obligations.is_empty());
}

#[test]
fn substitution_must_be_for_the_same_subject() {
    let m = model(SUBSTITUTION);
    let other = with_events(
        "  - { type: teacher_ill, date: 2025-10-02, subject: Математика }\n  - { type: substitution, date: 2025-10-03, subject: Чтение }\n",
    );
    let r = judge_on(&m, &other, date(2025, 10, 20));
    assert_eq!(violations(&r), ["duty.administration.substitution"]);
    // A substitution that names no subject counts for any.
    let unnamed = with_events(
        "  - { type: teacher_ill, date: 2025-10-02, subject: Математика }\n  - { type: substitution, date: 2025-10-03 }\n",
    );
    assert!(judge_on(&m, &unnamed, date(2025, 10, 20)).findings.is_empty());
}

#[test]
fn periodic_duties() {
    let m = model(
        r#"
role administration {
  duty control "контроль" § "26.8" every quarter fulfilled_by admin_control
  duty "ознакомить" § "8"
  right "посещать" § "26.1"
}
role teacher {
  duty marks "переносить отметки" § "27" every 14 days fulfilled_by marks_transferred
}
"#,
    );
    // The first quarter is 1 September – 30 November; control on its last day counts.
    let done = with_events("  - { type: admin_control, date: 2025-11-30 }\n");
    let r = judge_on(&m, &done, date(2025, 12, 15));
    assert!(violations(&r).iter().all(|v| *v != "duty.administration.control"), "{r:#?}");
    let control: Vec<_> = r.obligations.iter().filter(|o| o.clause.as_deref() == Some("26.8")).collect();
    assert_eq!(control.len(), 1);
    assert_eq!(control[0].due, Some(date(2026, 2, 28)));
    // On 1 December it belongs to the second quarter: the first is missed, the second done.
    let late = with_events("  - { type: admin_control, date: 2025-12-01 }\n");
    let r = judge_on(&m, &late, date(2025, 12, 15));
    assert!(violations(&r).contains(&"duty.administration.control"));
    assert!(r.obligations.iter().all(|o| o.clause.as_deref() != Some("26.8")));
    // A duty without a deadline is an obligation with no date; a right is not listed.
    let plain: Vec<_> = r.obligations.iter().filter(|o| o.clause.as_deref() == Some("8")).collect();
    assert_eq!(plain.len(), 1);
    assert_eq!(plain[0].due, None);
    assert_eq!(plain[0].role, "administration");
    assert!(r.obligations.iter().all(|o| o.clause.as_deref() != Some("26.1")));
    // Every 14 days from 1 September: by 20 September nothing is complete yet.
    let r = judge_on(&m, CASE, date(2025, 9, 10));
    assert!(violations(&r).is_empty());
    let marks: Vec<_> = r.obligations.iter().filter(|o| o.clause.as_deref() == Some("27")).collect();
    assert_eq!(marks[0].due, Some(date(2025, 9, 14)));
    // By 1 October the periods 1–14 and 15–28 September are complete and missed.
    let r = judge_on(&m, CASE, date(2025, 10, 1));
    let missed: Vec<_> = r.findings.iter().filter(|f| f.rule == "duty.teacher.marks").collect();
    assert_eq!(missed.len(), 2, "{r:#?}");
    assert_eq!(r.findings.iter().find(|f| f.rule == "duty.administration.2"), None, "a plain duty is never a finding");
}

#[test]
fn a_duty_whose_condition_cannot_be_decided_is_listed_as_one_that_may_apply() {
    let m = model(
        r#"
role teacher {
  duty make_up "отработать часы" § "41" when plan.extra > 0
}
"#,
    );
    // plan.extra is absent: the duty may apply, and the report says on what it depends.
    let r = judge_on(&m, CASE, date(2025, 10, 1));
    assert!(r.findings.is_empty(), "{r:#?}");
    assert_eq!(r.obligations.len(), 1, "{r:#?}");
    assert_eq!(r.obligations[0].clause.as_deref(), Some("41"));
    assert_eq!(r.obligations[0].depends_on, [policy_i18n::Message::from("plan.extra")]);
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["obligations"][0]["condition"], "unknown");
    assert_eq!(json["obligations"][0]["depends_on"][0], "plan.extra");
    assert_eq!(json["obligations"][0]["role"], "teacher");
    let text = human(&r, &m, Lang::Ru, false);
    assert!(text.contains("может применяться"), "{text}");
    assert!(text.contains("plan.extra"), "{text}");
    // Decided, the duty carries neither key.
    let r = judge_on(&m, &format!("{CASE}  extra: 1\n"), date(2025, 10, 1));
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["obligations"][0].get("condition"), None, "{json}");
    assert_eq!(json["obligations"][0].get("depends_on"), None, "{json}");
}

// ---------------------------------------------------------------- rules

const LOAD: &str = r#"
value weekly_hours = plan.weekly_hours ?? sum(plan.subjects.hours) + (plan.extra ?? 0)
table max_weekly_hours by pupil.grade § "16" {
  1..4 "I–IV" => 8 h
  5..8 "V–VIII" => 10 h
}
rule weekly_load § "16" {
  when weekly_hours > max_weekly_hours
  violation "Нагрузка {weekly_hours} ч выше предела {max_weekly_hours} ч"
}
"#;

fn load_case(hours: &str, increase: &str) -> String {
    format!(
        "pupil: {{ grade: 5, categories: [ovz] }}\nrequest: {{ start: 2025-09-01 }}\nplan: {{ subjects: [], weekly_hours: {hours} }}\n{increase}"
    )
}

#[test]
fn a_rule_fires_with_its_explanation() {
    let r = judge(LOAD, &load_case("10.25", ""));
    assert_eq!(violations(&r), ["weekly_load"]);
    let f = &r.findings[0];
    assert_eq!(f.text(), "Нагрузка 10,25 ч выше предела 10 ч");
    assert_eq!(f.clause.as_deref(), Some("16"));
    assert_eq!(
        f.facts(),
        ["plan.weekly_hours = 10.25", "weekly_hours = 10.25", "max_weekly_hours: класс 5 → V–VIII → 10",]
    );
    assert!(judge(LOAD, &load_case("10", "")).findings.is_empty());
}

#[test]
fn exceptions_allow_or_replace() {
    let policy = format!(
        r#"{LOAD}
exception granted for weekly_load § "16.1" {{
  when load_increase.director_decision and load_increase.funding
  allow
}}
exception unfunded for weekly_load § "16.2" {{
  when load_increase.director_decision and not load_increase.funding
  warning "Увеличение до {{weekly_hours}} ч без финансирования"
}}
"#
    );
    let granted = judge(&policy, &load_case("12", "load_increase: { director_decision: true, funding: true }\n"));
    assert!(granted.findings.is_empty(), "{granted:#?}");
    let unfunded = judge(&policy, &load_case("12", "load_increase: { director_decision: true, funding: false }\n"));
    assert_eq!(warnings(&unfunded), ["weekly_load"]);
    assert_eq!(unfunded.findings[0].clause.as_deref(), Some("16.2"));
    assert_eq!(unfunded.findings[0].text(), "Увеличение до 12 ч без финансирования");
    assert!(unfunded.policy_errors.is_empty());
    // Without a decision in the case no exception is established: the rule stands.
    let none = judge(&policy, &load_case("12", ""));
    assert_eq!(violations(&none), ["weekly_load"]);
    assert!(none.findings[0].facts().contains(&"исключение granted: не установлено".to_string()));
}

#[test]
fn conflicting_exceptions_are_a_policy_error() {
    let policy = format!(
        r#"{LOAD}
exception a for weekly_load {{
  when load_increase.director_decision
  allow
}}
exception b for weekly_load {{
  when load_increase.director_decision
  warning "иначе"
}}
exception c for weekly_load {{
  when load_increase.director_decision
  allow
}}
"#
    );
    let r = judge(&policy, &load_case("12", "load_increase: { director_decision: true }\n"));
    assert_eq!(r.policy_errors.len(), 1, "{r:#?}");
    assert!(r.policy_errors[0].render(policy_i18n::Lang::Ru).contains("исключения a и b"));
    assert_eq!(r.exit_code(), 2);
    let json = serde_json::to_string(&r).unwrap_or_default();
    assert!(json.contains("policy_errors"));
    // Agreeing exceptions are no error, and the key is left out of the JSON.
    let r = judge(&policy, &load_case("12", "load_increase: { director_decision: false }\n"));
    assert!(r.policy_errors.is_empty());
    assert!(!serde_json::to_string(&r).unwrap_or_default().contains("policy_errors"));
}

#[test]
fn a_rule_that_cannot_be_decided_warns_naming_the_field() {
    let policy = r#"
rule nickname_short § "7" {
  when pupil.nickname != "x"
  violation "…"
}
rule load § "16" {
  when plan.extra > 2
  violation "много"
}
"#;
    let r = judge(policy, CASE);
    assert_eq!(warnings(&r), ["nickname_short", "load"]);
    assert_eq!(r.findings[1].text(), "правило load (п. 16) не проверено: в деле нет поля plan.extra");
    assert_eq!(r.exit_code(), 0);
}

#[test]
fn a_missing_external_norm_is_a_warning() {
    let policy = r#"
param sanpin: decimal § "1.5" "норма СанПиН"
value limit = sanpin + 1
rule sanpin_load § "1.5" {
  when sum(plan.subjects.hours) > limit
  violation "выше нормы"
}
"#;
    let r = judge(policy, CASE);
    assert_eq!(warnings(&r), ["sanpin_load"], "{r:#?}");
    assert_eq!(
        r.findings[0].text(),
        "правило sanpin_load (п. 1.5) не проверено: не задан внешний норматив «норма СанПиН» (sanpin)"
    );
    assert!(r.value("limit").is_none(), "an undecidable value is not reported");
    let r = judge(&policy.replace("\"норма СанПиН\"", "\"норма СанПиН\" = 1"), CASE);
    assert_eq!(violations(&r), ["sanpin_load"]);
    assert_eq!(number(&r, "limit"), Decimal::from(2));
}

#[test]
fn null_semantics() {
    let policy = r#"
value no_end = request.end = null
value end_or_start = request.end ?? request.start
value nickname_len = pupil.nickname
value seal = documents.medical_certificate.seal
rule unless_undecided § "1" {
  when pupil.grade = 5
  unless load_increase.director_decision
  info "сработало"
}
"#;
    let r = judge(policy, "pupil: { grade: 5, categories: [] }\nrequest: { start: 2025-09-01 }\n");
    assert_eq!(r.value("no_end"), Some(&ReportValue::Bool(true)));
    assert_eq!(r.value("end_or_start"), Some(&ReportValue::Date(date(2025, 9, 1))));
    assert!(r.value("nickname_len").is_none());
    assert!(r.value("seal").is_none(), "a field of an absent element is null");
    assert_eq!(rules(&r, Severity::Info), ["unless_undecided"]);
}

#[test]
fn the_eligibility_header_follows_the_policy_s_own_subject() {
    // A regulation about accompaniment, not individual education: the header is
    // the `eligible` value's own description.
    let policy = "value eligible \"ИСО предназначено обучающемуся\" = ovz in pupil.categories\n";
    let m = model(policy);
    let r = judge_on(&m, CASE, date(2025, 10, 1));
    let text = human(&r, &m, Lang::Ru, false);
    assert!(text.contains("ИСО предназначено обучающемуся: нет"), "{text}");
    assert!(!text.contains("Право на индивидуальное обучение"), "{text}");
    let memo = policy_eval::render::markdown(&r, &m, Lang::Ru);
    assert!(memo.contains("**ИСО предназначено обучающемуся:** нет"), "{memo}");
    // Without a description the header keeps the product's words.
    let m = model("value eligible = ovz in pupil.categories\n");
    let r = judge_on(&m, CASE, date(2025, 10, 1));
    assert!(human(&r, &m, Lang::Ru, false).contains("Право на индивидуальное обучение: нет"));
}

#[test]
fn eligibility() {
    let policy = "value eligible = pupil.grade in 1..11 and cannot_attend in pupil.categories\n";
    let r = judge(policy, CASE);
    assert_eq!(r.eligible, Some(true));
    assert!(r.value("eligible").is_none(), "eligible is not among the values");
    let r = judge(policy, "pupil: { grade: 12, categories: [cannot_attend] }\nrequest: { start: 2025-09-01 }\n");
    assert_eq!(r.eligible, Some(false));
    assert_eq!(judge("value x = 1\n", CASE).eligible, None);
}

// ---------------------------------------------------------------- documents

const DOCUMENTS: &str = r#"
document medical_certificate § "5" "медицинское заключение" {
  require seal "гербовая печать"
}
document schedule § "17" {
  require copies >= 2 "в двух экземплярах"
  require approved_by = deputy_director § "17.1" "утверждено заместителем директора"
}
document committee_order § "9.1" when disabled in pupil.categories
"#;

fn docs_case(categories: &str, documents: &str) -> String {
    format!(
        "pupil: {{ grade: 5, categories: [{categories}] }}\nrequest: {{ start: 2025-09-01 }}\ndocuments:\n{documents}"
    )
}

#[test]
fn documents_absent_or_defective() {
    let r = judge(
        DOCUMENTS,
        &docs_case(
            "disabled",
            "  - { kind: medical_certificate, seal: false }\n  - { kind: schedule, approved_by: director }\n",
        ),
    );
    assert_eq!(r.missing_documents, ["medical_certificate", "schedule", "committee_order"]);
    let texts: Vec<String> = r.findings.iter().map(|f| f.text()).collect();
    let found: Vec<(&str, Option<&str>, &str)> =
        r.findings.iter().zip(&texts).map(|(f, t)| (f.rule.as_str(), f.clause.as_deref(), t.as_str())).collect();
    assert_eq!(
        found,
        [
            // A defect says what the regulation requires and what the case has,
            // never "нет — <the requirement>", which reads as its opposite.
            (
                "document.medical_certificate",
                Some("5"),
                "медицинское заключение — требуется: гербовая печать; в деле: гербовая печать — нет"
            ),
            ("document.committee_order", Some("9.1"), "нет документа: committee_order"),
            (
                "document.schedule",
                Some("17"),
                "schedule — требуется: в двух экземплярах; в деле: documents.schedule.copies — не указано"
            ),
            (
                "document.schedule",
                Some("17.1"),
                "schedule — требуется: утверждено заместителем директора; в деле: documents.schedule.approved_by — director"
            ),
        ]
    );
    // The missing number of copies is named in the explanation.
    assert!(r.findings[2].facts().iter().any(|e| e.contains("documents.schedule.copies")));
    let fine = judge(
        DOCUMENTS,
        &docs_case(
            "ovz",
            "  - { kind: medical_certificate, seal: true }\n  - { kind: schedule, copies: 2, approved_by: deputy_director }\n",
        ),
    );
    assert!(fine.findings.is_empty() && fine.missing_documents.is_empty(), "{fine:#?}");
}

#[test]
fn of_several_documents_of_a_kind_a_good_one_counts() {
    let r = judge(
        DOCUMENTS,
        &docs_case(
            "ovz",
            "  - { kind: medical_certificate, seal: false }\n  - { kind: medical_certificate, seal: true }\n  - { kind: schedule, copies: 3, approved_by: deputy_director }\n",
        ),
    );
    assert!(r.missing_documents.is_empty(), "{r:#?}");
}

// ---------------------------------------------------------------- lists and sets

#[test]
fn lists_sets_and_filters() {
    let policy = r#"
value math = count(plan.subjects where hours >= 3)
value ill = count(events.teacher_ill)
value most = max_count_by(events.teacher_ill, subject)
value has_math = "Математика" in plan.subjects.subject
value categories = pupil.categories
"#;
    let case = r#"
pupil: { grade: 5, categories: [ovz, disabled] }
request: { start: 2025-09-01 }
plan:
  subjects:
    - { subject: "Математика", hours: 3 }
    - { subject: "Чтение", hours: 0.5 }
    - { subject: "Письмо", hours: 4 }
events:
  - { type: teacher_ill, date: 2025-09-02, subject: a }
  - { type: substitution, date: 2025-09-03, subject: a }
  - { type: teacher_ill, date: 2025-09-04, subject: b }
  - { type: teacher_ill, date: 2025-09-05, subject: a }
"#;
    let r = judge(policy, case);
    assert_eq!(number(&r, "math"), Decimal::from(2));
    assert_eq!(number(&r, "ill"), Decimal::from(3));
    assert_eq!(number(&r, "most"), Decimal::from(2));
    assert_eq!(r.value("has_math"), Some(&ReportValue::Bool(true)));
    assert_eq!(serde_json::to_string(&r.value("categories")).unwrap_or_default(), r#"["ovz","disabled"]"#);
}

// ---------------------------------------------------------------- report

#[test]
fn findings_are_sorted_by_severity_then_clause() {
    let policy = r#"
rule a § "16" { when true info "a" }
rule b § "2.22" { when true violation "b" }
rule c § "2.9" { when true violation "c" }
rule d § "Приложение 3" { when true warning "d" }
rule e § "5" { when true warning "e" }
"#;
    let r = judge(policy, CASE);
    let order: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(order, ["c", "b", "e", "d", "a"]);
}

#[test]
fn the_report_has_the_contract_keys_in_order() {
    let r = judge(LOAD, &load_case("14", ""));
    let json = serde_json::to_string(&r).unwrap_or_default();
    let keys = [
        "\"policy\"",
        "\"school\"",
        "\"as_of\"",
        "\"eligible\"",
        "\"values\"",
        "\"missing_documents\"",
        "\"findings\"",
        "\"obligations\"",
    ];
    let mut at = 0;
    for k in keys {
        let i = json[at..].find(k).map(|i| i + at);
        assert!(i.is_some(), "{k} in {json}");
        at = i.unwrap_or(at);
    }
    assert!(json.contains(r#""as_of":"2025-09-15""#));
    assert!(json.contains(r#""eligible":null"#));
    assert!(json.contains(r#""weekly_hours":14"#));
    let text = human(&r, &model(LOAD), Lang::Ru, false);
    assert!(text.contains("Нарушения (1)"), "{text}");
}
