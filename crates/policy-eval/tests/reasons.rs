//! A finding's `explanation` (the report's «основания») names the facts that
//! decided it (issue 16, point 6): the operand that settled a three-valued
//! `and`/`or`, the witness of `any`, the condition that kept an exception
//! away; not the facts merely read on the way, nor fields whose absence
//! changed nothing.

use jiff::civil::date;
use policy_check::model::Model;
use policy_eval::Report;

mod common;

const SCHEMA: &str = r#"
enum category { ovz disabled cannot_attend gifted }
schema reasons_case {
  pupil: { grade: int  age: int?  categories: set of category }
  request: { start: date  end: date? }
  plan: {
    subjects: list of { subject: text  hours: decimal } keyed subject
    extra: decimal?
    total: decimal?
  }
  increase: { decision: bool?  application: bool?  funding: bool? }
  documents: list of { name: text  signed: bool? } keyed name
}
"#;

fn model(policy: &str) -> Model {
    common::model_with(SCHEMA, policy)
}

fn judge(policy: &str, case: &str) -> Report {
    common::judge_yaml(&model(policy), case, date(2025, 9, 15))
}

/// The explanation of the finding of `rule`.
fn reasons(report: &Report, rule: &str) -> Vec<String> {
    match report.findings.iter().find(|f| f.rule == rule) {
        Some(f) => f.facts(),
        None => panic!("no finding of {rule}: {report:#?}"),
    }
}

const CASE: &str = r#"
pupil: { grade: 7, age: 13, categories: [ovz] }
request: { start: 2025-09-01 }
plan:
  subjects:
    - { subject: "Математика", hours: 6 }
    - { subject: "Чтение", hours: 5 }
increase: {}
documents:
  - { name: "заявление", signed: true }
  - { name: "заключение", signed: false }
"#;

/// A false `and`: the operand that failed, not the one that held.
#[test]
fn a_false_and_lists_the_operand_that_failed() {
    let policy = r#"
value eligible = pupil.grade in 1..11 and cannot_attend in pupil.categories
rule not_eligible { when not eligible  violation "не подпадает" }
"#;
    assert_eq!(reasons(&judge(policy, CASE), "not_eligible"), ["pupil.categories = ovz", "eligible = нет"]);
}

/// A false `and` (a true `or`) whose first operand cannot be decided: the
/// operand that settled it decided, the absent field did not.
#[test]
fn an_absent_field_beside_a_false_operand_is_not_a_reason() {
    let policy = r#"
rule young { when not (pupil.age < 12 and pupil.grade < 5)  info "не младший" }
rule older { when pupil.age > 12 or pupil.grade > 5  info "старше" }
"#;
    let case = CASE.replace("age: 13, ", "");
    let report = judge(policy, &case);
    assert_eq!(reasons(&report, "young"), ["pupil.grade = 7"]);
    assert_eq!(reasons(&report, "older"), ["pupil.grade = 7"], "a true `or` beside an absent field");
}

/// A true `or`: the operand that held.
#[test]
fn a_true_or_lists_the_operand_that_held() {
    let policy = r#"
rule listed { when gifted in pupil.categories or ovz in pupil.categories or pupil.grade > 9  info "в перечне" }
"#;
    // The first operand, false, read the same field: the field is listed once,
    // as the reason the second operand held; `pupil.grade` is never read.
    assert_eq!(reasons(&judge(policy, CASE), "listed"), ["pupil.categories = ovz"]);
    let policy = r#"
rule listed { when pupil.grade > 9 or ovz in pupil.categories  info "в перечне" }
"#;
    assert_eq!(reasons(&judge(policy, CASE), "listed"), ["pupil.categories = ovz"]);
}

/// A true `and`, a false `or`: every operand decided it.
#[test]
fn a_true_and_lists_every_operand() {
    let policy = r#"
rule both { when pupil.grade > 5 and not (pupil.age > 15 or gifted in pupil.categories)  info "оба" }
"#;
    assert_eq!(reasons(&judge(policy, CASE), "both"), ["pupil.grade = 7", "pupil.age = 13", "pupil.categories = ovz"]);
}

/// `x ?? 0`: an absent field that counts as nothing is not a reason; a
/// fallback read from the case is listed with the absence that chose it.
#[test]
fn a_default_fallback_hides_the_absent_field_a_case_fallback_shows_it() {
    let policy = r#"
value hours = plan.total ?? sum(plan.subjects.hours) + (plan.extra ?? 0)
rule over { when hours > 10  violation "перегрузка" }
value ends = request.end ?? request.start + 2 months
rule long { when ends > 2025-10-15  info "долго" }
"#;
    let report = judge(policy, CASE);
    assert_eq!(
        reasons(&report, "over"),
        ["plan.total: не указано", "sum(plan.subjects.hours) = 11", "hours = 11"],
        "plan.extra, absent, added nothing"
    );
    assert_eq!(
        reasons(&report, "long"),
        ["request.end: не указано", "request.start = 2025-09-01", "ends = 2025-11-01"]
    );
}

/// An exception that does not apply: the condition that failed; one that
/// cannot be established: the absent facts it needs.
#[test]
fn an_exception_is_explained_by_what_kept_it_away() {
    let policy = r#"
rule load { when sum(plan.subjects.hours) > 10  violation "перегрузка" }
exception granted for load {
  when increase.decision and increase.application and increase.funding
  allow
}
"#;
    let case = CASE.replace("increase: {}", "increase: { decision: true, application: true, funding: false }");
    assert_eq!(
        reasons(&judge(policy, &case), "load"),
        ["sum(plan.subjects.hours) = 11", "increase.funding = нет", "исключение granted: не применяется"]
    );
    let case = CASE.replace("increase: {}", "increase: { decision: true }");
    assert_eq!(
        reasons(&judge(policy, &case), "load"),
        [
            "sum(plan.subjects.hours) = 11",
            "increase.application: не указано",
            "increase.funding: не указано",
            "исключение granted: не установлено"
        ],
        "the decision that is there did not keep the exception away"
    );
}

/// A rule that cannot be decided: the facts of the undecided condition, not
/// of the conditions that hold.
#[test]
fn an_undecided_rule_lists_what_left_it_undecided() {
    let policy = r#"
rule teen {
  when pupil.grade > 5
  when pupil.age > 12
  info "подросток"
}
"#;
    let case = CASE.replace("age: 13, ", "");
    assert_eq!(reasons(&judge(policy, &case), "teen"), ["pupil.age: не указано"]);
}

/// `any` true: the witness; `all` false: the element that breaks it.
#[test]
fn an_aggregate_lists_the_element_that_settled_it() {
    let policy = r#"
rule heavy { when any(plan.subjects, hours > 5)  info "тяжёлый предмет" }
rule unsigned { when not all(documents, signed = true)  violation "не подписано" }
"#;
    let report = judge(policy, CASE);
    assert_eq!(
        reasons(&report, "heavy"),
        ["plan.subjects[Математика].hours = 6", "any(plan.subjects, hours > 5) = да"]
    );
    assert_eq!(
        reasons(&report, "unsigned"),
        ["documents[заключение].signed = нет", "all(documents, signed = true) = нет"]
    );
}
