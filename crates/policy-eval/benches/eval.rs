//! Benchmarks: evaluating one case under one policy (the evaluator's fixture
//! policy and the shipped `murmansk-16`), decoding and validating a typical
//! YAML case, and — as the yardsticks — hand-written Rust functions that
//! implement the policies' rules for the same case and build the same report:
//! the fixture policy's below, murmansk-16's in the crate `policy-yardstick`
//! (whose `tests/agrees.rs` checks it against the evaluator).

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion};
use jiff::civil::{date, Date};
use jiff::Span;
use policy_check::model::{Model, Severity};
use policy_eval::{decode, evaluate, Case, CaseFormat, Finding, Obligation, Report, ReportValue, Scratch, Vocabulary};
use rust_decimal::Decimal;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn load(path: &Path) -> Model {
    let mut ws = policy_check::Workspace::new();
    let root = match ws.load(path, &mut |p| std::fs::read_to_string(p)) {
        Ok(root) => root,
        Err(e) => panic!("{}: {e}", path.display()),
    };
    let checked = policy_check::check(&ws, root);
    assert!(!checked.has_errors(), "{}", path.display());
    checked.model
}

fn read_case(model: &Model, path: &Path) -> (String, Case) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let vocab = Vocabulary::new(model);
    match decode(&text, CaseFormat::Yaml, &model.schema, &vocab) {
        Ok((case, _)) => (text, case),
        Err(e) => panic!("{}: {e:?}", path.display()),
    }
}

// ---------------------------------------------------------------- the yardstick

struct Doc {
    kind: &'static str,
    stamp: Option<bool>,
    seal: Option<bool>,
    copies: Option<i64>,
    approved_by: Option<&'static str>,
    addressed_to: Option<&'static str>,
    date: Option<Date>,
}

struct Event {
    kind: &'static str,
    date: Date,
    subject: Option<&'static str>,
}

/// The case `tests/cases/grade5-14h.yaml` as plain Rust data.
struct PlainCase {
    grade: i64,
    disabled: bool,
    cannot_attend: bool,
    start: Date,
    end: Option<Date>,
    hours: Vec<Decimal>,
    extracurricular: Option<Decimal>,
    correctional: Option<Decimal>,
    weekly_hours: Option<Decimal>,
    director_decision: Option<bool>,
    parents_application: Option<bool>,
    funding: Option<bool>,
    documents: Vec<Doc>,
    events: Vec<Event>,
}

fn plain_case() -> PlainCase {
    let doc =
        |kind| Doc { kind, stamp: None, seal: None, copies: None, approved_by: None, addressed_to: None, date: None };
    PlainCase {
        grade: 5,
        disabled: true,
        cannot_attend: true,
        start: date(2025, 9, 1),
        end: Some(date(2026, 5, 31)),
        hours: vec![Decimal::from(4), Decimal::from(4), Decimal::new(25, 1), Decimal::new(15, 1)],
        extracurricular: Some(Decimal::ONE),
        correctional: Some(Decimal::ONE),
        weekly_hours: None,
        director_decision: None,
        parents_application: None,
        funding: None,
        documents: vec![
            Doc { addressed_to: Some("director"), date: Some(date(2025, 8, 20)), ..doc("parent_application") },
            Doc { stamp: Some(true), seal: Some(false), date: Some(date(2025, 8, 15)), ..doc("medical_certificate") },
            Doc { copies: Some(1), approved_by: Some("deputy_director"), ..doc("schedule") },
        ],
        events: vec![
            Event { kind: "teacher_ill", date: date(2025, 10, 1), subject: Some("Математика") },
            Event { kind: "substitution", date: date(2025, 10, 9), subject: Some("Математика") },
            Event { kind: "teacher_ill", date: date(2025, 12, 10), subject: Some("Русский язык") },
        ],
    }
}

fn finding(severity: Severity, rule: &str, clause: &str, message: String) -> Finding {
    Finding {
        severity,
        rule: rule.into(),
        clause: Some(clause.into()),
        message: message.into(),
        explanation: Vec::new(),
        readings: Vec::new(),
    }
}

/// The fixture policy's rules written by hand, building the same report.
fn by_hand(c: &PlainCase, as_of: Date) -> Report {
    let mut r = Report {
        schema_version: policy_eval::REPORT_SCHEMA_VERSION,
        id: None,
        policy: "eval-fixture".into(),
        school: Some("МОУ СОШ № 1 (учебный пример)".into()),
        as_of,
        version: None,
        in_force_from: None,
        eligible: Some((1..=11).contains(&c.grade) && c.cannot_attend),
        values: Vec::new(),
        missing_documents: Vec::new(),
        findings: Vec::new(),
        obligations: Vec::new(),
        policy_errors: Vec::new(),
        value_readings: Vec::new(),
        not_stated: Vec::new(),
    };
    let weekly = c.weekly_hours.unwrap_or_else(|| {
        c.hours.iter().sum::<Decimal>() + c.extracurricular.unwrap_or_default() + c.correctional.unwrap_or_default()
    });
    let cap = match c.grade {
        1..=4 => Some((Decimal::from(8), "I–IV")),
        5..=8 => Some((Decimal::from(10), "V–VIII")),
        9 => Some((Decimal::from(11), "IX")),
        10..=11 => Some((Decimal::from(12), "X–XI")),
        _ => None,
    };
    let two_months = c.start.checked_add(Span::new().months(2)).ok();
    let hourly = match (c.end, two_months) {
        (None, _) => true,
        (Some(end), Some(limit)) => end <= limit,
        _ => false,
    };
    r.values.push(("weekly_hours".into(), ReportValue::Number(weekly)));
    if let Some((cap, _)) = cap {
        r.values.push(("max_weekly_hours".into(), ReportValue::Number(cap)));
    }
    r.values.push(("pay_mode".into(), ReportValue::Symbol(if hourly { "hourly" } else { "tariff" }.into())));
    r.values.push(("teacher_bonus_percent".into(), ReportValue::Number(Decimal::from(20))));
    if r.eligible == Some(false) {
        r.findings.push(finding(
            Severity::Violation,
            "not_eligible",
            "3",
            format!("Обучающийся {} класса не подпадает под п. 3", c.grade),
        ));
    }
    if let Some((cap, band)) = cap {
        if weekly > cap {
            let decided = c.director_decision == Some(true) && c.parents_application == Some(true);
            if decided && c.funding == Some(true) {
            } else if decided && c.funding == Some(false) {
                r.findings.push(finding(
                    Severity::Warning,
                    "weekly_load",
                    "16",
                    format!("Нагрузка {weekly} ч увеличена решением директора, но финансирование не подтверждено"),
                ));
            } else {
                let mut f = finding(
                    Severity::Violation,
                    "weekly_load",
                    "16",
                    format!(
                        "Недельная нагрузка {} ч превышает предел {} ч для {} класса",
                        weekly.normalize(),
                        cap,
                        c.grade
                    ),
                );
                f.explanation = vec![
                    format!("weekly_hours = {}", weekly.normalize()).into(),
                    format!("max_weekly_hours: класс {} → {band} → {cap}", c.grade).into(),
                ];
                r.findings.push(f);
            }
        }
    }
    r.findings.push(finding(
        Severity::Warning,
        "sanpin_load",
        "1.5",
        "правило sanpin_load (п. 1.5) не проверено: не задан внешний норматив sanpin_max_weekly_hours (максимальная недельная нагрузка по СанПиН)".into(),
    ));
    let doc = |kind: &str| c.documents.iter().find(|d| d.kind == kind);
    if let Some(d) = doc("parent_application").and_then(|d| d.date) {
        if d > c.start {
            r.findings.push(finding(
                Severity::Warning,
                "application_date",
                "5",
                format!("Заявление родителей датировано {d}, позже начала обучения {}", c.start),
            ));
        }
    }
    let defect = |r: &mut Report, kind: &str, clause: &str, title: &str, what: &str| {
        if !r.missing_documents.iter().any(|k| k == kind) {
            r.missing_documents.push(kind.into());
        }
        r.findings.push(finding(
            Severity::Violation,
            &format!("document.{kind}"),
            clause,
            format!("{title}: нет — {what}"),
        ));
    };
    match doc("medical_certificate") {
        None => defect(&mut r, "medical_certificate", "5", "нет документа", "медицинское заключение"),
        Some(d) => {
            if d.stamp != Some(true) {
                defect(&mut r, "medical_certificate", "5", "медицинское заключение", "угловой штамп");
            }
            if d.seal != Some(true) {
                defect(&mut r, "medical_certificate", "5", "медицинское заключение", "гербовая печать");
            }
        }
    }
    match doc("parent_application") {
        None => defect(&mut r, "parent_application", "5", "нет документа", "заявление родителей"),
        Some(d) if d.addressed_to != Some("director") => {
            defect(&mut r, "parent_application", "5", "заявление родителей", "на имя директора школы")
        }
        Some(_) => {}
    }
    if c.disabled && doc("education_committee_order").is_none() {
        defect(&mut r, "education_committee_order", "9.1", "нет документа", "приказ комитета по образованию");
    }
    match doc("schedule") {
        None => defect(&mut r, "schedule", "17", "нет документа", "расписание занятий"),
        Some(d) => {
            if d.copies.is_none_or(|n| n < 2) {
                defect(&mut r, "schedule", "17", "расписание занятий", "в двух экземплярах");
            }
            if d.approved_by != Some("deputy_director") {
                defect(&mut r, "schedule", "17", "расписание занятий", "утверждено заместителем директора по УВР");
            }
        }
    }
    r.obligations.push(Obligation {
        role: "class_teacher".into(),
        duty: "ознакомить родителей с Положением".into(),
        clause: Some("8".into()),
        due: None,
        condition: None,
        depends_on: Vec::new(),
        readings: Vec::new(),
    });
    for ill in c.events.iter().filter(|e| e.kind == "teacher_ill" && e.date <= as_of) {
        let Ok(due) = ill.date.checked_add(Span::new().days(7)) else {
            continue;
        };
        let done = c.events.iter().any(|e| {
            e.kind == "substitution"
                && ill.date <= e.date
                && e.date <= due
                && e.date <= as_of
                && (ill.subject.is_none() || e.subject.is_none() || ill.subject == e.subject)
        });
        if done {
        } else if due >= as_of {
            r.obligations.push(Obligation {
                role: "administration".into(),
                duty: "заменить заболевшего учителя не позже чем через неделю".into(),
                clause: Some("41".into()),
                due: Some(due),
                condition: None,
                depends_on: Vec::new(),
                readings: Vec::new(),
            });
        } else {
            r.findings.push(finding(
                Severity::Violation,
                "duty.administration.substitution",
                "41",
                format!("не исполнено в срок: заменить заболевшего учителя — после {} до {due} нет замены", ill.date),
            ));
        }
    }
    let limit = c.end.map_or(as_of, |e| e.min(as_of));
    for k in 0..1000i64 {
        let (Ok(from), Ok(next)) =
            (c.start.checked_add(Span::new().months(3 * k)), c.start.checked_add(Span::new().months(3 * (k + 1))))
        else {
            break;
        };
        let Ok(to) = next.yesterday() else { break };
        if from > limit {
            break;
        }
        let done =
            |until: Date| c.events.iter().any(|e| e.kind == "admin_control" && from <= e.date && e.date <= until);
        if to <= limit {
            if !done(to) {
                r.findings.push(finding(
                    Severity::Violation,
                    "duty.administration.control",
                    "26.8",
                    format!("не исполнено: контроль — в период {from} — {to} нет события"),
                ));
            }
        } else {
            if !done(as_of) {
                r.obligations.push(Obligation {
                    role: "administration".into(),
                    duty: "контролировать выполнение учебных программ не реже раза в четверть".into(),
                    clause: Some("26.8".into()),
                    due: Some(c.end.map_or(to, |e| e.min(to))),
                    condition: None,
                    depends_on: Vec::new(),
                    readings: Vec::new(),
                });
            }
            break;
        }
    }
    r.sort_findings();
    r
}

// ---------------------------------------------------------------- benchmarks

fn benches(c: &mut Criterion) {
    let fixture = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eval.policy"));
    let (text, case) = read_case(&fixture, &repo().join("tests/cases/grade5-14h.yaml"));
    let as_of = date(2025, 12, 15);
    let report = evaluate(&fixture, &case, as_of);
    let plain = plain_case();
    let yard = by_hand(&plain, as_of);
    assert_eq!(
        report.findings.iter().map(|f| (&f.rule, f.severity)).collect::<Vec<_>>(),
        yard.findings.iter().map(|f| (&f.rule, f.severity)).collect::<Vec<_>>(),
        "the yardstick judges the case as the evaluator does"
    );
    assert_eq!(report.obligations, yard.obligations);
    assert_eq!(report.values, yard.values);

    c.bench_function("evaluate/fixture/grade5-14h", |b| {
        b.iter(|| evaluate(black_box(&fixture), black_box(&case), black_box(as_of)))
    });
    c.bench_function("by_hand/fixture/grade5-14h", |b| b.iter(|| by_hand(black_box(&plain), black_box(as_of))));
    let vocab = Vocabulary::new(&fixture);
    c.bench_function("decode/yaml/grade5-14h", |b| {
        b.iter(|| decode(black_box(&text), CaseFormat::Yaml, &fixture.schema, &vocab))
    });

    let murmansk = load(&repo().join("policies/murmansk-16.policy"));
    let (m_text, m_case) = read_case(&murmansk, &repo().join("policies/tests/murmansk-16/m15-substitution-day-8.yaml"));
    let m_as_of = m_case.as_of(&murmansk.schema).unwrap_or(as_of);
    c.bench_function("evaluate/murmansk-16/m15", |b| {
        b.iter(|| evaluate(black_box(&murmansk), black_box(&m_case), black_box(m_as_of)))
    });
    let m_vocab = Vocabulary::new(&murmansk);
    c.bench_function("decode/yaml/murmansk-16/m15", |b| {
        b.iter(|| decode(black_box(&m_text), CaseFormat::Yaml, &murmansk.schema, &m_vocab))
    });

    // The comparisons, on murmansk-16 and its case m15 as JSON:
    // (a) evaluating a decoded case, against the rules written by hand;
    // (b) reading + evaluating a JSON case, against serde_json into plain
    // structs + the rules written by hand.
    let m_json = yaml_to_json(&m_text);
    let plain: policy_yardstick::Case =
        serde_json::from_str(&m_json).unwrap_or_else(|e| panic!("m15 as plain structs: {e}"));
    c.bench_function("by_hand/murmansk-16/m15", |b| {
        b.iter(|| policy_yardstick::judge(black_box(&plain), black_box(m_as_of)))
    });
    let mut scratch = Scratch::new(&murmansk);
    c.bench_function("scratch/murmansk-16/m15", |b| {
        b.iter(|| scratch.evaluate(black_box(&m_case), black_box(m_as_of)))
    });
    let mut report = scratch.evaluate(&m_case, m_as_of);
    c.bench_function("scratch_into/murmansk-16/m15", |b| {
        b.iter(|| scratch.evaluate_into(black_box(&m_case), black_box(m_as_of), &mut report))
    });
    c.bench_function("json+evaluate_into/murmansk-16/m15", |b| {
        b.iter(|| {
            let (case, _) = decode(black_box(&m_json), CaseFormat::Json, &murmansk.schema, &m_vocab)
                .unwrap_or_else(|e| panic!("{e:?}"));
            scratch.evaluate_into(&case, m_as_of, &mut report);
        })
    });
    c.bench_function("json+evaluate/murmansk-16/m15", |b| {
        b.iter(|| {
            let (case, _) = decode(black_box(&m_json), CaseFormat::Json, &murmansk.schema, &m_vocab)
                .unwrap_or_else(|e| panic!("{e:?}"));
            scratch.evaluate(&case, m_as_of)
        })
    });
    c.bench_function("serde+by_hand/murmansk-16/m15", |b| {
        b.iter(|| {
            let case: policy_yardstick::Case =
                serde_json::from_str(black_box(&m_json)).unwrap_or_else(|e| panic!("{e}"));
            policy_yardstick::judge(&case, m_as_of)
        })
    });
    c.bench_function("decode/json/murmansk-16/m15", |b| {
        b.iter(|| decode(black_box(&m_json), CaseFormat::Json, &murmansk.schema, &m_vocab))
    });

    // A batch: 2,000 JSON lines (the policy's 33 test cases over and over),
    // each read, judged and its report written as a JSON line, on one thread.
    let lines = jsonl(33 * 61);
    let mut group = c.benchmark_group("batch/murmansk-16/2000-lines");
    group.sample_size(10);
    group.bench_function("policy", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(1 << 20);
            for line in black_box(&lines).lines() {
                let (case, _) =
                    decode(line, CaseFormat::Json, &murmansk.schema, &m_vocab).unwrap_or_else(|e| panic!("{e:?}"));
                let as_of = case.as_of(&murmansk.schema).unwrap_or(m_as_of);
                scratch.evaluate_into(&case, as_of, &mut report);
                serde_json::to_writer(&mut out, &report).unwrap_or_default();
                out.push(b'\n');
            }
            out
        })
    });
    group.bench_function("serde+by_hand", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(1 << 20);
            for line in black_box(&lines).lines() {
                let case: policy_yardstick::Case = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}"));
                let as_of = case.as_of.map_or(m_as_of, |d| d.0);
                let report = policy_yardstick::judge(&case, as_of);
                serde_json::to_writer(&mut out, &report).unwrap_or_default();
                out.push(b'\n');
            }
            out
        })
    });
    group.finish();
}

/// The test cases of murmansk-16, `n` lines of JSON (one case a line).
fn jsonl(n: usize) -> String {
    let paths = policy_yardstick::murmansk_test_cases();
    let cases: Vec<String> = paths
        .iter()
        .map(|p| {
            let value: serde_json::Value = serde_saphyr::from_str(&std::fs::read_to_string(p).unwrap_or_default())
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            serde_json::to_string(&value).unwrap_or_default()
        })
        .collect();
    let mut out = String::new();
    for line in cases.iter().cycle().take(n) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A YAML case as JSON text (dates as strings, numbers as numbers).
fn yaml_to_json(yaml: &str) -> String {
    let value: serde_json::Value = serde_saphyr::from_str(yaml).unwrap_or_else(|e| panic!("YAML case: {e}"));
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

criterion_group!(eval_benches, benches);
criterion_main!(eval_benches);
