//! Snapshot tests of whole reports: the contract's JSON, the terminal text
//! (without colour) and Markdown, for the cases in `tests/cases/` judged under
//! `tests/fixtures/eval.policy`.

use policy_check::model::Model;
use policy_eval::render::{human, markdown};
use policy_eval::{decode, evaluate, CaseFormat, Report, Vocabulary};
use policy_i18n::Lang;

mod common;

use common::{fixture, repo};

fn judge(model: &Model, case: &str) -> (Report, Vec<String>) {
    let path = repo().join("tests/cases").join(case);
    let text = std::fs::read_to_string(&path).expect("the case is readable");
    let format = CaseFormat::from_path(&path).expect("a known extension");
    let vocab = Vocabulary::new(model);
    let (case, warnings) = decode(&text, format, &model.schema, &vocab).unwrap_or_else(|e| panic!("{case}: {e:#?}"));
    let as_of = case.as_of(&model.schema).expect("the case gives as_of");
    let warnings = warnings.iter().map(ToString::to_string).collect();
    (evaluate(model, &case, as_of), warnings)
}

fn snapshot_all(case: &str) {
    let model = fixture();
    let (report, warnings) = judge(&model, case);
    let name = case.trim_end_matches(".yaml");
    let json = serde_json::to_string_pretty(&report).expect("a report serializes");
    insta::assert_snapshot!(format!("{name}.json"), json);
    insta::assert_snapshot!(format!("{name}.human"), human(&report, &model, Lang::Ru, false));
    insta::assert_snapshot!(format!("{name}.md"), markdown(&report, &model, Lang::Ru));
    insta::assert_snapshot!(format!("{name}.case-warnings"), warnings.join("\n"));
}

#[test]
fn grade5_over_the_cap() {
    snapshot_all("grade5-14h.yaml");
}

#[test]
fn clean_hourly() {
    snapshot_all("clean-hourly.yaml");
}

#[test]
fn incomplete_case() {
    snapshot_all("incomplete.yaml");
}

#[test]
fn exit_codes() {
    let model = fixture();
    assert_eq!(judge(&model, "grade5-14h.yaml").0.exit_code(), 1);
    assert_eq!(judge(&model, "clean-hourly.yaml").0.exit_code(), 0);
}

#[test]
fn colour_only_when_asked() {
    let model = fixture();
    let (report, _) = judge(&model, "grade5-14h.yaml");
    assert!(!human(&report, &model, Lang::Ru, false).contains('\u{1b}'));
    assert!(human(&report, &model, Lang::Ru, true).contains('\u{1b}'));
}

/// A grade-5 pupil over murmansk-16's cap: the report quotes the line of п. 16
/// that sets the V–VIII cap, not the clause's opening words.
#[test]
fn murmansk_grade5_quotes_the_five_to_eight_line() {
    let path = repo().join("policies/murmansk-16.policy");
    let mut ws = policy_check::Workspace::new();
    let root = ws.load(&path, &mut |p| std::fs::read_to_string(p)).expect("the policy is readable");
    let model = policy_check::check(&ws, root).model;
    let case = repo().join("policies/tests/murmansk-16/m02-grade5-over-by-quarter-hour.yaml");
    let text = std::fs::read_to_string(&case).expect("the case is readable");
    let vocab = Vocabulary::new(&model);
    let (case, _) = decode(&text, CaseFormat::Yaml, &model.schema, &vocab).expect("the case decodes");
    let as_of = case.as_of(&model.schema).expect("the case gives as_of");
    let report = evaluate(&model, &case, as_of);
    let text = human(&report, &model, Lang::Ru, false);
    assert!(text.contains("п. 16: «В V - VIII классах - до 10 часов;»"), "{text}");
    assert!(!text.contains("п. 16: «Недельная учебная нагрузка"), "{text}");
}

#[test]
fn the_report_in_english() {
    let model = fixture();
    let (report, _) = judge(&model, "grade5-14h.yaml");
    insta::assert_snapshot!("grade5-14h.en.human", human(&report, &model, Lang::En, false));
    insta::assert_snapshot!("grade5-14h.en.md", markdown(&report, &model, Lang::En));
}

#[test]
fn reports_name_values_documents_and_roles_by_their_titles() {
    let model = fixture();
    let (report, _) = judge(&model, "grade5-14h.yaml");
    let ru = human(&report, &model, Lang::Ru, false);
    for title in ["предельная недельная нагрузка", "в тарификацию", "медицинское заключение", "Администрация"]
    {
        assert!(ru.contains(title), "{title} in\n{ru}");
    }
    for identifier in ["  max_weekly_hours", "tariff", "– medical_certificate", "Administration", "· weekly_load"] {
        assert!(!ru.contains(identifier), "{identifier} in\n{ru}");
    }
    // English: the model has no English titles, so identifiers.
    let en = human(&report, &model, Lang::En, false);
    assert!(en.contains("max_weekly_hours") && en.contains("tariff") && en.contains("medical_certificate"), "{en}");
    // The JSON keeps identifiers.
    let json = serde_json::to_string(&report).expect("a report serializes");
    assert!(json.contains(r#""pay_mode":"tariff""#) && json.contains("medical_certificate"), "{json}");
}
