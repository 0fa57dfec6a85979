//! The alignment rules, on small policies written for the test.

use policy_check::Model;
use policy_compare::{compare, Comparison, Input, Lang, Row, Topic};

/// A minimal case schema, shared by every test policy.
const SCHEMA: &str = r#"
enum category { ovz  cannot_attend  gifted  disabled }
enum education_form { home  school  combined }
enum document_kind { medical_certificate  schedule  pmpk_conclusion }
enum event_type { teacher_ill  substitution  admin_control }
enum approver { director  deputy_director }
enum pay_mode { hourly  tariff  ambiguous }
schema pupil_case {
  as_of: date?
  pupil: { grade: int 1..12  age: int  categories: set of category }
  request: { form: education_form  start: date  end: date? }
  plan: { weekly_hours: decimal }
  documents: list of { kind: document_kind  seal: bool?  copies: int?  approved_by: approver? } keyed kind
  events: list of { type: event_type  date: date } keyed type
}
"#;

fn model(body: &str) -> Model {
    let (_, checked) = policy_check::check_text(&format!("{SCHEMA}\n{body}"));
    let errors: Vec<_> = checked.diagnostics.iter().filter(|d| d.diagnostic.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    checked.model
}

const NORTH: &str = r#"
policy north { school "Северная школа" approved 2020-01-01 "приказ № 1" }
clause "1" """Обучаются ученики 1–11 классов до 18 лет."""
clause "2" """Нагрузка: 1–4 классы до 8 часов, 5–9 классы до 10 часов."""
clause "3" """Справка с гербовой печатью."""
clause "4" """Замена учителя не позднее недели."""
clause "5" """Оплата почасовая до двух месяцев."""
value eligible § "1" = pupil.grade in 1..11 and pupil.age < 18 and cannot_attend in pupil.categories
value weekly_hours § "2" = plan.weekly_hours
table max_weekly_hours by pupil.grade § "2" {
  1..4 "I–IV" => 8 h
  5..9 => 10 h
}
rule weekly_load § "2" {
  when weekly_hours > max_weekly_hours
  violation "over the cap"
}
rule form § "1" {
  when request.form not in [school, home]
  violation "form"
}
document medical_certificate § "3" "справка" {
  require seal "с гербовой печатью"
}
document schedule § "3" {
  require copies >= 2 "в двух экземплярах"
}
role administration "Администрация" {
  duty substitution "заменить учителя" § "4" within 7 days after teacher_ill fulfilled_by substitution
  duty control "контролировать" § "4" every quarter fulfilled_by admin_control
  duty "вести учёт" § "4"
  right "привлекать педагогов" § "4"
}
value pay_mode § "5" = if request.end = null or request.end - request.start <= 2 months then hourly else tariff
value teacher_bonus_percent § "5" = 20 %
provision free_of_charge "бесплатно" § "1"
"#;

const SOUTH: &str = r#"
policy south { school "Южная школа" }
value mandatory § "1" = ovz in pupil.categories or disabled in pupil.categories
value eligible § "1" = mandatory or gifted in pupil.categories
value weekly_hours = plan.weekly_hours
table max_weekly_hours by pupil.grade § "7" {
  5 => 15 h
  else => 12 h
}
rule weekly_load § "7" {
  when weekly_hours > max_weekly_hours
  violation "over the cap"
}
exception director for weekly_load § "7" {
  when pupil.age > 15
  allow
}
document medical_certificate § "8"
document pmpk_conclusion § "8" when ovz in pupil.categories
role administration "Администрация школы" {
  duty substitution "заменить учителя" § "9"
  duty control "контролировать" § "9" every trimester fulfilled_by admin_control
}
role teacher "Учитель" {
  duty journal "вести журнал" § "9"
}
value pay_mode § "10" =
  if request.start < 2025-01-01 then tariff else if request.start >= 2025-06-01 then hourly else ambiguous
provision free_of_charge "обучение бесплатно" § "1"
"#;

fn compared(topics: &[Topic]) -> Comparison {
    let (north, south) = (model(NORTH), model(SOUTH));
    compare(&[Input { model: &north, report: None }, Input { model: &south, report: None }], topics, Lang::En)
}

fn row<'c>(c: &'c Comparison, topic: Topic, key: &str) -> &'c Row {
    c.rows.iter().find(|r| r.topic == topic && r.key == key).unwrap_or_else(|| panic!("no row {key}"))
}

fn values(r: &Row) -> Vec<Option<&str>> {
    r.cells.iter().map(|c| c.as_ref().map(|c| c.value.as_str())).collect()
}

fn clauses(r: &Row) -> Vec<Option<&str>> {
    r.cells.iter().map(|c| c.as_ref().and_then(|c| c.clause.as_deref())).collect()
}

#[test]
fn the_cap_is_looked_up_for_every_grade_first_row_winning_else_catching_the_rest() {
    let c = compared(&[Topic::Cap]);
    let grades: Vec<&str> = c.rows.iter().filter(|r| r.key.starts_with("grade_")).map(|r| r.key.as_str()).collect();
    assert_eq!(grades.len(), 12, "one row per grade of the schema's 1..12");
    assert_eq!(values(row(&c, Topic::Cap, "grade_1")), [Some("8 h"), Some("12 h")]);
    assert_eq!(values(row(&c, Topic::Cap, "grade_5")), [Some("10 h"), Some("15 h")]);
    assert_eq!(clauses(row(&c, Topic::Cap, "grade_5")), [Some("2"), Some("7")]);
    assert_eq!(values(row(&c, Topic::Cap, "grade_12")), [Some("no cap"), Some("12 h")]);
    assert!(row(&c, Topic::Cap, "grade_5").differs);
    let source = row(&c, Topic::Cap, "source");
    assert_eq!(
        source.cells[0].as_ref().map(|c| c.text.as_str()),
        Some("by pupil.grade: I–IV (grades 1–4): 8 h; grades 5–9: 10 h")
    );
    let above = row(&c, Topic::Cap, "exceptions");
    assert_eq!(values(above), [Some("none"), Some("allowed when pupil.age > 15")]);
    let chart = c.chart.as_ref().expect("a chart with the cap topic");
    assert_eq!(chart.caps[0][4], Some(10.into()));
    assert_eq!(chart.caps[0][11], None);
}

#[test]
fn an_external_norm_without_a_number_is_no_cap() {
    let norm = model(
        r#"policy east {}
        param sanpin_max: decimal "СанПиН"
        value weekly_hours = plan.weekly_hours
        rule weekly_load { when weekly_hours > sanpin_max  violation "over" }"#,
    );
    let c = compare(&[Input { model: &norm, report: None }], &[Topic::Cap], Lang::En);
    assert_eq!(values(row(&c, Topic::Cap, "source")), [Some("external norm sanpin_max, no number given")]);
    assert_eq!(values(row(&c, Topic::Cap, "grade_5")), [Some("no cap")]);
}

#[test]
fn eligibility_is_split_by_the_fields_its_tests_read() {
    let c = compared(&[Topic::Eligibility]);
    assert_eq!(values(row(&c, Topic::Eligibility, "grades")), [Some("1–11"), Some("any")]);
    assert_eq!(values(row(&c, Topic::Eligibility, "age")), [Some("< 18"), Some("any")]);
    // Boolean values are inlined: `mandatory or gifted` is one `or` of three.
    assert_eq!(
        values(row(&c, Topic::Eligibility, "categories")),
        [Some("cannot_attend"), Some("ovz or disabled or gifted")]
    );
    // The forms come from the rule that rejects a form outside a list.
    assert_eq!(values(row(&c, Topic::Eligibility, "forms")), [Some("home, school"), Some("not restricted")]);
    assert_eq!(clauses(row(&c, Topic::Eligibility, "forms")), [Some("1"), None]);
}

#[test]
fn a_projection_through_an_or_says_it_is_partial() {
    let m = model(r#"policy west {} value eligible = pupil.grade in 1..4 or gifted in pupil.categories"#);
    let c = compare(&[Input { model: &m, report: None }], &[Topic::Eligibility], Lang::En);
    let grades = row(&c, Topic::Eligibility, "grades");
    assert_eq!(values(grades), [Some("1–4")]);
    assert!(grades.cells[0]
        .as_ref()
        .and_then(|c| c.note.as_deref())
        .is_some_and(|n| n.contains("see the whole condition")));
}

#[test]
fn documents_align_by_kind_and_requirements_by_attribute() {
    let c = compared(&[Topic::Documents]);
    let keys: Vec<&str> = c.rows.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(
        keys,
        ["medical_certificate", "medical_certificate.seal", "schedule", "schedule.copies", "pmpk_conclusion"],
        "each kind followed by its requirements"
    );
    let seal = row(&c, Topic::Documents, "medical_certificate.seal");
    assert_eq!(values(seal), [Some("required"), Some("no requirement")]);
    assert!(seal.differs);
    // South does not require a schedule at all: its silence on copies is no difference.
    let copies = row(&c, Topic::Documents, "schedule.copies");
    assert_eq!(values(copies), [Some("copies >= 2"), None]);
    assert!(!copies.differs);
    assert_eq!(values(row(&c, Topic::Documents, "schedule")), [Some("always"), Some("not required")]);
    let pmpk = row(&c, Topic::Documents, "pmpk_conclusion");
    assert_eq!(values(pmpk), [Some("not required"), Some("when ovz in pupil.categories")]);
}

#[test]
fn duties_align_by_role_and_key_with_deadlines_and_frequencies() {
    let c = compared(&[Topic::Duties, Topic::Deadlines]);
    let substitution = row(&c, Topic::Duties, "administration.substitution");
    assert_eq!(values(substitution), [Some("7 days after teacher_ill"), Some("no deadline")]);
    assert_eq!(substitution.cells[0].as_ref().and_then(|c| c.note.as_deref()), Some("заменить учителя"));
    assert_eq!(
        values(row(&c, Topic::Duties, "administration.control")),
        [
            Some("every quarter — раз в квартал (3 месяца от начала обучения)"),
            Some("every trimester — раз в триместр (учебный)")
        ]
    );
    assert_eq!(values(row(&c, Topic::Duties, "administration")), [Some("Администрация"), Some("Администрация школы")]);
    assert_eq!(values(row(&c, Topic::Duties, "administration.other_duties")), [Some("1 duty"), None]);
    assert_eq!(values(row(&c, Topic::Duties, "administration.other_rights")), [Some("1 right"), None]);
    assert_eq!(values(row(&c, Topic::Duties, "teacher.journal")), [None, Some("no deadline")]);
    // The deadlines topic keeps only keys that have a deadline or frequency somewhere.
    let deadlines: Vec<&str> = c.rows_of(Topic::Deadlines).map(|r| r.key.as_str()).collect();
    assert_eq!(deadlines, ["substitution", "control"]);
    assert_eq!(values(row(&c, Topic::Deadlines, "substitution")), [Some("7 days after teacher_ill"), Some("none")]);
}

#[test]
fn pay_modes_are_read_from_the_if_chain() {
    let c = compared(&[Topic::Pay]);
    let keys: Vec<&str> = c.rows.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(keys, ["pay_mode", "pay_mode.hourly", "pay_mode.tariff", "pay_mode.ambiguous", "teacher_bonus_percent"]);
    assert_eq!(
        values(row(&c, Topic::Pay, "pay_mode.hourly")),
        [
            Some("when request.end = null or request.end - request.start <= 2 months"),
            Some("otherwise, when request.start >= 2025-06-01")
        ]
    );
    assert_eq!(
        values(row(&c, Topic::Pay, "pay_mode.tariff")),
        [Some("otherwise"), Some("when request.start < 2025-01-01")]
    );
    assert_eq!(values(row(&c, Topic::Pay, "pay_mode.ambiguous")), [Some("never"), Some("otherwise")]);
    assert_eq!(values(row(&c, Topic::Pay, "teacher_bonus_percent")), [Some("20 %"), Some("none")]);
}

#[test]
fn provisions_and_rules_align_by_name() {
    let c = compared(&[Topic::Provisions, Topic::Rules]);
    assert_eq!(values(row(&c, Topic::Provisions, "free_of_charge")), [Some("бесплатно"), Some("обучение бесплатно")]);
    let load = row(&c, Topic::Rules, "weekly_load");
    assert_eq!(
        values(load),
        [
            Some("violation when weekly_hours > max_weekly_hours"),
            Some("violation when weekly_hours > max_weekly_hours; except director: allowed when pupil.age > 15")
        ]
    );
    assert_eq!(
        values(row(&c, Topic::Rules, "form")),
        [Some("violation when request.form not in [school, home]"), None]
    );
}

#[test]
fn topics_come_in_their_order_and_a_policy_given_twice_gets_a_unique_id() {
    let north = model(NORTH);
    let c = compare(
        &[Input { model: &north, report: None }, Input { model: &north, report: None }],
        &[Topic::Pay, Topic::Cap],
        Lang::En,
    );
    assert_eq!(c.topics(), [Topic::Cap, Topic::Pay]);
    let ids: Vec<&str> = c.policies.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["north", "north#2"]);
    assert!(c.rows.iter().all(|r| !r.differs), "a policy does not differ from itself");
    assert_eq!(c.policies[0].approved_text(Lang::Ru).as_deref(), Some("01.01.2020, приказ № 1"));
    assert_eq!(c.policies[0].approved_text(Lang::En).as_deref(), Some("2020-01-01, приказ № 1"));
    assert!(
        compare(&[Input { model: &north, report: None }], &[Topic::Case], Lang::En).rows.is_empty(),
        "no case, no case rows"
    );
}

const CASE: &str = r#"
as_of: 2025-09-08
pupil: { grade: 5, age: 11, categories: [cannot_attend] }
request: { form: home, start: 2025-09-01, end: null }
plan: { weekly_hours: 12 }
documents:
  - { kind: medical_certificate, seal: false }
events:
  - { type: teacher_ill, date: 2025-09-05 }
"#;

fn report(model: &Model) -> policy_eval::Report {
    let vocabulary = policy_eval::Vocabulary::new(model);
    let decoded = policy_eval::decode(CASE, policy_eval::CaseFormat::Yaml, &model.schema, &vocabulary);
    let (case, _) = decoded.unwrap_or_else(|e| panic!("{e:?}"));
    let as_of = case.as_of(&model.schema).expect("the case has as_of");
    policy_eval::evaluate(model, &case, as_of)
}

#[test]
fn a_case_is_judged_side_by_side_findings_aligned_by_rule() {
    let (north, south) = (model(NORTH), model(SOUTH));
    let (rn, rs) = (report(&north), report(&south));
    let c = compare(
        &[Input { model: &north, report: Some(&rn) }, Input { model: &south, report: Some(&rs) }],
        &[Topic::Case],
        Lang::En,
    );
    assert_eq!(values(row(&c, Topic::Case, "eligible")), [Some("yes"), Some("no")]);
    assert_eq!(values(row(&c, Topic::Case, "max_weekly_hours")), [Some("10 h"), Some("15 h")]);
    let weekly = row(&c, Topic::Case, "weekly_hours");
    assert_eq!(values(weekly), [Some("12 h"), Some("12 h")]);
    assert!(!weekly.differs);
    assert_eq!(values(row(&c, Topic::Case, "violations")), [Some("3 violations"), Some("none")]);
    assert_eq!(clauses(row(&c, Topic::Case, "violations")), [Some("2; 3"), None]);
    // A rule the other policy also has but that did not fire there: `no finding`;
    // a document it does not require: nothing.
    assert_eq!(values(row(&c, Topic::Case, "finding.weekly_load")), [Some("violation"), Some("no finding")]);
    assert_eq!(values(row(&c, Topic::Case, "finding.document.schedule")), [Some("violation"), None]);
    assert_eq!(
        values(row(&c, Topic::Case, "missing_documents")),
        [Some("medical_certificate, schedule"), Some("none")]
    );
    assert_eq!(values(row(&c, Topic::Case, "pay_mode")), [Some("hourly"), Some("hourly")]);
    assert_eq!(values(row(&c, Topic::Case, "teacher_bonus_percent")), [Some("20 %"), Some("none")]);
    // Only duties with a deadline, a frequency or a condition get a row of their own.
    let substitution = row(&c, Topic::Case, "obligation.administration.substitution");
    assert_eq!(values(substitution), [Some("due 2025-09-12"), None]);
    let keys: Vec<&str> = c.rows.iter().map(|r| r.key.as_str()).collect();
    let at = |key: &str| keys.iter().position(|k| *k == key).unwrap_or(usize::MAX);
    assert!(at("violations") < at("finding.weekly_load") && at("finding.weekly_load") < at("missing_documents"));
}

#[test]
fn expressions_are_written_back_in_english_with_the_brackets_they_need() {
    let m = model(
        r#"политика east {}
        правило r {
          когда (plan.weekly_hours ?? 0) > 1 и (pupil.grade = 1 или pupil.grade = 2)
          когда не (pupil.age > 3 и pupil.age < 9)
          нарушение "x"
        }"#,
    );
    let c = compare(&[Input { model: &m, report: None }], &[Topic::Rules], Lang::En);
    assert_eq!(
        values(row(&c, Topic::Rules, "r")),
        [Some(
            "violation when (plan.weekly_hours ?? 0) > 1 and (pupil.grade = 1 or pupil.grade = 2) \
             and not (pupil.age > 3 and pupil.age < 9)"
        )]
    );
}

#[test]
fn in_russian_conditions_duties_and_exceptions_read_as_words_not_code() {
    let (north, south) = (model(NORTH), model(SOUTH));
    let inputs = [Input { model: &north, report: None }, Input { model: &south, report: None }];
    let c = compare(&inputs, &[Topic::Cap, Topic::Duties, Topic::Pay, Topic::Rules], Lang::Ru);
    let texts =
        |r: &Row| -> Vec<Option<String>> { r.cells.iter().map(|c| c.as_ref().map(|c| c.text.clone())).collect() };
    // The exception in words, its identifier (`director`) nowhere.
    assert_eq!(
        texts(row(&c, Topic::Cap, "exceptions")),
        [Some("нет".into()), Some("допускается, если pupil.age > 15".into())]
    );
    // A duty's row is titled by what it says, not by its key.
    assert_eq!(row(&c, Topic::Duties, "administration.substitution").title, "Администрация · заменить учителя");
    // The pay mode's `if` chain in words, dates the Russian way.
    let pay = texts(row(&c, Topic::Pay, "pay_mode"));
    assert_eq!(
        pay[1].as_deref(),
        Some("если request.start < 01.01.2025, то tariff, иначе если request.start ≥ 01.06.2025, то hourly, иначе ambiguous")
    );
    // A rule's condition: «нарушение, если …», the list of forms in words.
    let form = texts(row(&c, Topic::Rules, "form"));
    assert_eq!(form[0].as_deref(), Some("нарушение, если request.form — ни одно из: school, home"));
}
