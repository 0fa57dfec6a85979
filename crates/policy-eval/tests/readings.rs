//! Readings (`reading "…"`) and silence (`not_stated`) in the report: a
//! finding, obligation or value shows every reading it rests on — its own
//! and those of the values and tables it reads — and the topics the
//! regulation is silent on are said as «в Положении не указано».

use jiff::civil::date;
use policy_check::model::Model;
use policy_eval::render::{human, markdown};
use policy_eval::{decode, evaluate, CaseFormat, Report, Vocabulary};
use policy_i18n::Lang;

const POLICY: &str = r#"
enum document_kind { schedule }
enum event_type { teacher_ill substitution }
schema c {
  as_of: date?
  pupil: { grade: int 1..12 }
  request: { start: date }
  plan: { hours: decimal }
  documents: list of { kind: document_kind  copies: int? } keyed kind
  events: list of { type: event_type  date: date } keyed type
}
not_stated pay "о порядке оплаты Положение не говорит"
table cap by pupil.grade {
  reading "«до 8 часов» включает 8 часов"
  1..4 => 8 h
  else => 10 h
}
value hours = plan.hours reading "часы плана — вся недельная нагрузка"
value grade_plus = pupil.grade + 1
rule load {
  when hours > cap
  violation "нагрузка {hours} выше {cap}"
  reading "занятия по выбору не входят в предел"
}
rule plain {
  when grade_plus > 1
  info "без толкования"
}
document schedule {
  reading "расписание — один документ на год"
  require copies >= 2 "в двух экземплярах" reading "копия в электронном виде считается экземпляром"
}
role administration "Администрация" {
  duty substitution "заменить учителя" within 7 days after teacher_ill fulfilled_by substitution
    reading "«через неделю» — седьмой день включительно"
}
"#;

const CASE: &str = r#"
pupil: { grade: 3 }
request: { start: 2025-09-01 }
plan: { hours: 9 }
documents:
  - { kind: schedule, copies: 1 }
events:
  - { type: teacher_ill, date: 2025-09-10 }
"#;

fn model() -> Model {
    let (_, checked) = policy_check::check_text(POLICY);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.model
}

fn report(model: &Model) -> Report {
    let vocab = Vocabulary::new(model);
    let (case, _) = decode(CASE, CaseFormat::Yaml, &model.schema, &vocab).unwrap_or_else(|e| panic!("{e:#?}"));
    evaluate(model, &case, date(2025, 9, 12))
}

/// A report's readings as text.
fn texts(readings: &[std::sync::Arc<str>]) -> Vec<&str> {
    readings.iter().map(|r| &**r).collect()
}

#[test]
fn a_finding_shows_its_own_readings_and_those_of_what_it_reads() {
    let model = model();
    let r = report(&model);
    let load = r.findings.iter().find(|f| f.rule == "load").expect("the load rule fires");
    assert_eq!(
        texts(&load.readings),
        [
            "занятия по выбору не входят в предел",
            "часы плана — вся недельная нагрузка",
            "«до 8 часов» включает 8 часов"
        ]
    );
    let plain = r.findings.iter().find(|f| f.rule == "plain").expect("the plain rule fires");
    assert!(plain.readings.is_empty());
    let json = serde_json::to_value(&r).expect("serializes");
    let plain_json = json["findings"].as_array().and_then(|f| f.iter().find(|f| f["rule"] == "plain"));
    assert!(plain_json.is_some_and(|f| f.get("readings").is_none()), "no key without readings: {json:#}");
    let text = human(&r, &model, Lang::Ru, false);
    assert!(text.contains("Толкование: занятия по выбору не входят в предел"), "{text}");
    assert!(markdown(&r, &model, Lang::Ru).contains("*Толкование:* занятия по выбору не входят в предел"));
}

#[test]
fn a_defective_document_and_a_duty_show_their_readings() {
    let model = model();
    let r = report(&model);
    let schedule = r.findings.iter().find(|f| f.rule == "document.schedule").expect("the schedule is defective");
    assert_eq!(
        texts(&schedule.readings),
        ["копия в электронном виде считается экземпляром", "расписание — один документ на год"]
    );
    let duty = r.obligations.iter().find(|o| o.duty == "заменить учителя").expect("the substitution is due");
    assert_eq!(texts(&duty.readings), ["«через неделю» — седьмой день включительно"]);
}

#[test]
fn values_carry_their_readings_and_silence_is_said() {
    let model = model();
    let r = report(&model);
    let json = serde_json::to_value(&r).expect("serializes");
    assert_eq!(json["value_readings"]["hours"][0], "часы плана — вся недельная нагрузка");
    assert_eq!(json["value_readings"]["cap"][0], "«до 8 часов» включает 8 часов");
    assert!(json["value_readings"].get("grade_plus").is_none(), "{json:#}");
    assert_eq!(json["not_stated"][0]["topic"], "pay");
    let text = human(&r, &model, Lang::Ru, false);
    assert!(text.contains("В Положении не указано"), "{text}");
    assert!(text.contains("оплата труда педагогов — в Положении не указано: о порядке оплаты Положение не говорит"));
}
