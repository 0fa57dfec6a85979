//! The school year: duties `every term` follow its terms (the default four четверти, or the
//! terms a policy declares or imports), and `school_weeks_left` counts its school weeks.

use std::path::{Path, PathBuf};

use jiff::civil::{date, Date};
use policy_check::model::{Model, Severity};
use policy_eval::{decode, evaluate, CaseFormat, Report, ReportValue, Vocabulary};
use rust_decimal::Decimal;

const SCHEMA: &str = r#"
enum event_type { admin_control }
schema test_case {
  as_of: date?
  request: { start: date  end: date? }
  events: list of { type: event_type  date: date } keyed type
}
"#;

const CONTROL: &str = r#"
role administration {
  duty control "контроль не реже 1 раза в четверть" § "26.8" every term fulfilled_by admin_control
}
value weeks_left = school_weeks_left(request.start)
"#;

/// The model of `files` (path → text), checked from the first.
fn model_of(files: &[(&str, &str)]) -> Model {
    let mut ws = policy_check::Workspace::new();
    let mut read = |p: &Path| {
        files
            .iter()
            .find(|(name, _)| p.ends_with(name))
            .map(|(_, text)| text.to_string())
            .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"))
    };
    let root = ws.load(&PathBuf::from(files[0].0), &mut read).expect("readable");
    let checked = policy_check::check(&ws, root);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.model
}

fn model(policy: &str) -> Model {
    model_of(&[("policy.policy", &format!("{SCHEMA}\n{policy}"))])
}

fn judge(model: &Model, start: &str, events: &[&str], as_of: Date) -> Report {
    let events: String = events.iter().map(|d| format!("  - {{ type: admin_control, date: {d} }}\n")).collect();
    let case = format!("request: {{ start: {start}, end: 2026-05-31 }}\nevents:\n{events}");
    let case = if events.is_empty() { case.replace("events:\n", "events: []\n") } else { case };
    let vocab = Vocabulary::new(model);
    let (case, _) = decode(&case, CaseFormat::Yaml, &model.schema, &vocab).unwrap_or_else(|e| panic!("{e:#?}"));
    evaluate(model, &case, as_of)
}

fn missed(report: &Report) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Violation && f.rule == "duty.administration.control")
        .map(|f| f.text())
        .collect()
}

fn due(report: &Report) -> Vec<Option<Date>> {
    report.obligations.iter().filter(|o| o.clause.as_deref() == Some("26.8")).map(|o| o.due).collect()
}

#[test]
fn a_control_in_the_holidays_counts_for_no_term() {
    let m = model(CONTROL);
    // 30 October is in the autumn holidays (27.10–04.11): the I четверть (to 26.10) is missed.
    let r = judge(&m, "2025-09-01", &["2025-10-30", "2025-11-20"], date(2025, 12, 10));
    let first = missed(&r);
    assert_eq!(first.len(), 1, "{r:#?}");
    assert!(first[0].contains("I четверть (01.09.2025 — 26.10.2025)"), "{}", first[0]);
    // The II четверть is in progress and done: no obligation is left.
    assert_eq!(due(&r), Vec::<Option<Date>>::new());
    // On the last day of a term it is still due.
    let r = judge(&m, "2025-09-01", &["2025-10-20"], date(2025, 12, 28));
    assert!(missed(&r).is_empty(), "{r:#?}");
    assert_eq!(due(&r), vec![Some(date(2025, 12, 28))]);
    // The day after, it is missed; in the winter holidays no term is in progress.
    let r = judge(&m, "2025-09-01", &["2025-10-20"], date(2025, 12, 29));
    assert_eq!(missed(&r).len(), 1);
    assert_eq!(due(&r), Vec::<Option<Date>>::new());
}

#[test]
fn only_the_terms_of_the_education_count_and_a_term_not_ended_is_not_missed() {
    let m = model(CONTROL);
    // From 2 December: the II четверть counts from that day; the III is in progress on 15 March,
    // although more than three months have passed since the last control.
    let r = judge(&m, "2025-12-02", &["2025-12-10"], date(2026, 3, 15));
    assert!(missed(&r).is_empty(), "{r:#?}");
    assert_eq!(due(&r), vec![Some(date(2026, 3, 29))]);
}

#[test]
fn weeks_left_count_the_days_of_the_terms() {
    let m = model(CONTROL);
    let weeks = |start: &str| match judge(&m, start, &[], date(2025, 9, 1)).value("weeks_left") {
        Some(ReportValue::Number(n)) => *n,
        other => panic!("{other:?}"),
    };
    // 127 days of the III and IV четверти: 18 weeks and a day.
    assert_eq!(weeks("2026-01-12"), Decimal::from(19));
    // In the spring holidays: the IV четверть, 50 days.
    assert_eq!(weeks("2026-04-01"), Decimal::from(8));
}

#[test]
fn a_school_year_imported_from_a_shared_file_replaces_the_default() {
    let policy = format!("use \"year.policy\"\n{SCHEMA}\n{}", CONTROL.replace("every term", "every trimester"));
    let year = r#"
school_year "три триместра" {
  trimester "I триместр" 09-01..11-30
  trimester "II триместр" 12-01..02-29
  trimester "III триместр" 03-01..05-31
}
"#;
    let m = model_of(&[("policy.policy", &policy), ("year.policy", year)]);
    assert_eq!(m.school_year.terms.len(), 3);
    // 30 October is in the I триместр (to 30 November), which is still in progress.
    let r = judge(&m, "2025-09-01", &["2025-10-30"], date(2025, 11, 30));
    assert!(missed(&r).is_empty(), "{r:#?}");
    let r = judge(&m, "2025-09-01", &[], date(2025, 12, 1));
    let first = missed(&r);
    assert!(first[0].contains("I триместр (01.09.2025 — 30.11.2025)"), "{first:?}");
    // The II триместр ends on the last day of February.
    assert_eq!(due(&r), vec![Some(date(2026, 2, 28))]);
}
