//! The yardstick of the batch benchmark (`scripts/bench-batch.sh`): murmansk-16's
//! rules written by hand in Rust over serde structs, run the way `policy eval
//! --batch` runs — JSON Lines read in chunks, judged on every core (rayon),
//! reports written in input order as the contract's JSON, a count of cases
//! with violations at the end.
//!
//! ```sh
//! cargo run --release -p policy-batch --example by_hand -- cases.jsonl reports.jsonl
//! cargo run --release -p policy-batch --example by_hand -- cases.jsonl - --agree-with policy-reports.jsonl
//! ```
//!
//! It implements every rule, document, duty and value of
//! `policies/murmansk-16.policy` that reaches a report, reading absent data
//! the way the evaluator does where that is simple (an unknown fact gives a
//! warning, not a violation); messages are shorter and explanations are left
//! out. `--agree-with` compares its verdicts with the evaluator's reports
//! (eligibility, pay mode, missing documents, the findings' rules and
//! severities, the due obligations) and prints the share of cases on which
//! they agree: it is a yardstick of the work, not a second implementation to
//! trust.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};

use jiff::civil::Date;
use jiff::Span;
use policy_check::model::Severity;
use policy_eval::{Finding, Obligation, Report, ReportValue};
use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    id: Option<String>,
    as_of: Option<String>,
    pupil: Pupil,
    request: Request,
    plan: Plan,
    load_increase: Option<LoadIncrease>,
    #[serde(default)]
    documents: Vec<Doc>,
    #[serde(default)]
    events: Vec<Event>,
}

#[derive(Deserialize)]
struct Pupil {
    grade: i64,
    #[serde(default)]
    categories: Vec<String>,
    contraindicated_subjects: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct Request {
    form: String,
    start: String,
    end: Option<String>,
    parents_consent_school: Option<bool>,
}

#[derive(Deserialize)]
struct Plan {
    subjects: Vec<Subject>,
    extracurricular_hours: Option<Decimal>,
    correctional_hours: Option<Decimal>,
    weekly_hours: Option<Decimal>,
}

#[derive(Deserialize)]
struct Subject {
    subject: String,
    hours: Decimal,
}

#[derive(Deserialize)]
struct LoadIncrease {
    director_decision: Option<bool>,
    parents_application: Option<bool>,
    funding: Option<bool>,
}

#[derive(Deserialize)]
struct Doc {
    kind: String,
    addressed_to: Option<String>,
    valid_until: Option<String>,
    stamp: Option<bool>,
    seal: Option<bool>,
    copies: Option<i64>,
    agreed_with_parents: Option<bool>,
    approved_by: Option<String>,
}

#[derive(Deserialize)]
struct Event {
    #[serde(rename = "type")]
    kind: String,
    date: String,
    subject: Option<String>,
    reason: Option<String>,
}

fn date(text: &str) -> Option<Date> {
    text.parse().ok()
}

fn add(d: Date, span: Span) -> Option<Date> {
    d.checked_add(span).ok()
}

struct Judging {
    report: Report,
}

impl Judging {
    fn finding(&mut self, severity: Severity, rule: &str, clause: &str, message: String) {
        self.report.findings.push(Finding {
            severity,
            rule: rule.into(),
            clause: Some(clause.into()),
            message,
            explanation: Vec::new(),
        });
    }

    fn obligation(&mut self, role: &str, duty: &str, clause: &str, due: Option<Date>) {
        self.report.obligations.push(Obligation {
            role: role.into(),
            duty: duty.into(),
            clause: Some(clause.into()),
            due,
            condition: None,
            depends_on: Vec::new(),
        });
    }

    fn missing(&mut self, kind: &str) {
        if !self.report.missing_documents.iter().any(|k| k == kind) {
            self.report.missing_documents.push(kind.into());
        }
    }

    /// A required document: absent, or each unmet requirement, is a violation.
    fn document(&mut self, c: &Case, kind: &str, clause: &str, requirements: &[(&str, Option<bool>)]) {
        let rule = format!("document.{kind}");
        if !c.documents.iter().any(|d| d.kind == kind) {
            self.missing(kind);
            self.finding(Severity::Violation, &rule, clause, format!("нет документа: {kind}"));
            return;
        }
        for (what, met) in requirements {
            if *met != Some(true) {
                self.missing(kind);
                self.finding(Severity::Violation, &rule, clause, format!("{kind}: нет — {what}"));
            }
        }
    }

    /// A duty done once per period from `start`, fulfilled by an event of `kind`.
    fn periodic(
        &mut self,
        events: &[(Date, &Event)],
        start: Date,
        end: Option<Date>,
        as_of: Date,
        period: Span,
        (role, key, duty, clause, kind): (&str, &str, &str, &str, &str),
    ) {
        let limit = end.map_or(as_of, |e| e.min(as_of));
        let mut from = start;
        for k in 1..10_000i64 {
            let Some(next) = add(start, period * k) else { break };
            let Ok(to) = next.yesterday() else { break };
            if from > limit {
                break;
            }
            let done = |until: Date| events.iter().any(|(d, e)| e.kind == kind && from <= *d && *d <= until);
            if to <= limit {
                if !done(to) {
                    self.finding(
                        Severity::Violation,
                        &format!("duty.{role}.{key}"),
                        clause,
                        format!("не исполнено: {duty} — в период {from} — {to} нет события"),
                    );
                }
            } else {
                // A period cut short by the end of the schedule is owed nothing more.
                if !done(as_of) && end.is_none_or(|e| as_of < e) {
                    self.obligation(role, duty, clause, Some(end.map_or(to, |e| e.min(to))));
                }
                break;
            }
            from = next;
        }
    }
}

const STATIC_DUTIES: &[(&str, &str, &str)] = &[
    ("class_teacher", "ознакомить родителей с настоящим Положением", "8"),
    ("class_teacher", "внести обучающегося в списочный состав класса, заполнить сведения о родителях и листок здоровья, делать пометку «инд/о»", "9.4"),
    ("class_teacher", "составить расписание в двух экземплярах, письменно согласовать с родителями", "17"),
    ("class_teacher", "поддерживать связь между родителями, учителями и учеником, сообщать об изменениях в расписании", "20"),
    ("class_teacher", "завести специальный журнал учёта успеваемости", "21–23"),
    ("class_teacher", "п. 26.7: завести специальный журнал, согласовывать расписание с учителями, обучающимся и родителями, поддерживать контакт, привлекать к жизни класса, информировать родителей, контролировать ведение дневника", "26.1–26.8"),
    ("deputy_director", "утвердить расписание занятий", "17"),
    ("deputy_director", "утвердить календарно-тематическое планирование", "24"),
    ("deputy_director", "контролировать своевременное проведение занятий, выполнение учебного плана, ведение документации", "25"),
    ("administration", "оформить перевод приказом по школе (часы и учителя по каждому предмету)", "9.1"),
];

/// murmansk-16's rules by hand.
fn judge(c: &Case, today: Date) -> Option<Report> {
    let as_of = c.as_of.as_deref().and_then(date).unwrap_or(today);
    let start = date(&c.request.start)?;
    let end = c.request.end.as_deref().and_then(date);
    let mut j = Judging {
        report: Report {
            schema_version: policy_eval::REPORT_SCHEMA_VERSION,
            id: c.id.clone(),
            policy: "murmansk-16".into(),
            school: Some("МОУ СОШ № 16 г. Мурманска".into()),
            as_of,
            version: None,
            in_force_from: None,
            eligible: None,
            values: Vec::new(),
            missing_documents: Vec::new(),
            findings: Vec::new(),
            obligations: Vec::new(),
            policy_errors: Vec::new(),
        },
    };
    let has = |cat: &str| c.pupil.categories.iter().any(|x| x == cat);
    let eligible = (1..=11).contains(&c.pupil.grade) && has("cannot_attend");
    j.report.eligible = Some(eligible);
    if !eligible {
        j.finding(
            Severity::Violation,
            "not_eligible",
            "3",
            format!("Индивидуальное обучение по п. 3: {} класс", c.pupil.grade),
        );
    }
    let doc = |kind: &str| c.documents.iter().find(|d| d.kind == kind);
    let certificate = doc("medical_certificate");
    j.document(
        c,
        "medical_certificate",
        "5",
        &[("угловой штамп", certificate.and_then(|d| d.stamp)), ("гербовая печать", certificate.and_then(|d| d.seal))],
    );
    let application = doc("parent_application");
    j.document(
        c,
        "parent_application",
        "5",
        &[("на имя директора", application.map(|d| d.addressed_to.as_deref() == Some("director")))],
    );
    j.document(c, "school_order", "9.1", &[]);
    if has("disabled") {
        j.document(c, "education_committee_order", "9.1", &[]);
    }
    let schedule = doc("schedule");
    j.document(
        c,
        "schedule",
        "17",
        &[
            ("в двух экземплярах", schedule.and_then(|d| d.copies).map(|n| n >= 2)),
            ("согласовано с родителями", schedule.and_then(|d| d.agreed_with_parents)),
            (
                "утверждено заместителем директора",
                schedule.map(|d| d.approved_by.as_deref() == Some("deputy_director")),
            ),
        ],
    );
    j.document(c, "journal", "21–23", &[]);
    let plan = doc("calendar_plan");
    j.document(
        c,
        "calendar_plan",
        "24",
        &[
            ("в двух экземплярах", plan.and_then(|d| d.copies).map(|n| n >= 2)),
            ("утверждено заместителем директора", plan.map(|d| d.approved_by.as_deref() == Some("deputy_director"))),
        ],
    );
    // п. 6
    let year_end = Date::new(start.year() + i16::from(start.month() >= 9), 5, 31).ok();
    let valid_until = certificate.and_then(|d| d.valid_until.as_deref()).and_then(date);
    match (end.or(year_end), valid_until) {
        (Some(until), Some(valid)) if until > valid => j.finding(
            Severity::Violation,
            "period_within_certificate",
            "6",
            format!("Обучение до {until} выходит за срок действия медицинского заключения ({valid})"),
        ),
        (_, None) => j.finding(
            Severity::Warning,
            "period_within_certificate",
            "6",
            "не проверено: не указан срок действия медицинского заключения".into(),
        ),
        _ => {}
    }
    // п. 14
    if c.request.form == "school" {
        match c.request.parents_consent_school {
            Some(false) => j.finding(Severity::Violation, "school_consent", "14", "без согласия родителей".into()),
            None => j.finding(Severity::Warning, "school_consent", "14", "не указано согласие родителей".into()),
            Some(true) => {}
        }
    }
    // п. 15
    let contraindicated = c.pupil.contraindicated_subjects.as_deref().unwrap_or_default();
    if c.plan.subjects.iter().any(|s| s.hours > Decimal::ZERO && contraindicated.contains(&s.subject)) {
        j.finding(Severity::Violation, "contraindicated_subject", "15", "противопоказанные предметы в плане".into());
    }
    // п. 16
    let weekly = c.plan.weekly_hours.unwrap_or_else(|| {
        c.plan.subjects.iter().map(|s| s.hours).sum::<Decimal>()
            + c.plan.extracurricular_hours.unwrap_or_default()
            + c.plan.correctional_hours.unwrap_or_default()
    });
    let cap = match c.pupil.grade {
        1..=4 => Some(Decimal::from(8)),
        5..=8 => Some(Decimal::from(10)),
        9 => Some(Decimal::from(11)),
        10..=11 => Some(Decimal::from(12)),
        _ => None,
    };
    if cap.is_none() {
        j.finding(
            Severity::Warning,
            "weekly_load",
            "16",
            format!("не проверено: нет предела для {} класса", c.pupil.grade),
        );
    }
    if let Some(cap) = cap.filter(|cap| weekly > *cap) {
        let li = c.load_increase.as_ref();
        let facts =
            [li.and_then(|l| l.director_decision), li.and_then(|l| l.parents_application), li.and_then(|l| l.funding)];
        if facts.contains(&Some(false)) || li.is_none() {
            j.finding(
                Severity::Violation,
                "weekly_load",
                "16",
                format!(
                    "Недельная нагрузка {} ч превышает предел {cap} ч для {} класса",
                    weekly.normalize(),
                    c.pupil.grade
                ),
            );
        } else if facts.contains(&None) {
            j.finding(Severity::Warning, "weekly_load", "16", "не известно, есть ли исключение п. 16".into());
        }
    }
    let hourly = match end {
        None => true,
        Some(e) => add(start, Span::new().months(2)).is_some_and(|limit| e <= limit),
    };
    j.report.values.push(("weekly_hours".into(), ReportValue::Number(weekly)));
    if let Some(cap) = cap {
        j.report.values.push(("max_weekly_hours".into(), ReportValue::Number(cap)));
    }
    j.report.values.push(("pay_mode".into(), ReportValue::Symbol(if hourly { "hourly" } else { "tariff" }.into())));
    j.report.values.push(("teacher_bonus_percent".into(), ReportValue::Number(Decimal::from(20))));
    // Duties.
    for (role, duty, clause) in STATIC_DUTIES {
        j.obligation(role, duty, clause, None);
    }
    let events: Vec<(Date, &Event)> = c.events.iter().filter_map(|e| Some((date(&e.date)?, e))).collect();
    match valid_until {
        Some(valid) if as_of > valid => j.obligation(
            "administration",
            "решить совместно с родителями вопрос о дальнейшей форме обучения: срок медицинского заключения истёк",
            "10, 11",
            None,
        ),
        None => j.finding(
            Severity::Warning,
            "duty.administration.further_form",
            "10, 11",
            "не проверено: срок медицинского заключения не указан".into(),
        ),
        _ => {}
    }
    j.periodic(
        &events,
        start,
        end,
        as_of,
        Span::new().months(3),
        (
            "administration",
            "control",
            "п. 26.8: контролировать выполнение учебных программ, методику, аттестацию, оформление документации не реже 1 раза в четверть",
            "26.1–26.8",
            "admin_control",
        ),
    );
    j.obligation(
        "administration",
        "п. 26.8: контролировать своевременность проведения занятий на дому и ведение журнала; обеспечивать своевременный подбор учителей",
        "26.1–26.8",
        None,
    );
    j.obligation(
        "administration",
        "по заявлению учащегося подать ходатайство в комитет по образованию о сдаче итоговой аттестации в щадящем режиме",
        "30",
        None,
    );
    for (ill, e) in events.iter().filter(|(d, e)| e.kind == "teacher_ill" && *d <= as_of) {
        let Some(due) = add(*ill, Span::new().days(7)) else { continue };
        let done = events.iter().any(|(d, s)| {
            s.kind == "substitution"
                && ill <= d
                && *d <= due
                && *d <= as_of
                && (e.subject.is_none() || s.subject.is_none() || e.subject == s.subject)
        });
        if done {
        } else if due >= as_of {
            j.obligation(
                "administration",
                "заменить заболевшего учителя другим учителем не позже чем через неделю",
                "41",
                Some(due),
            );
        } else {
            j.finding(
                Severity::Violation,
                "duty.administration.substitution",
                "41",
                format!("не исполнено в срок: замена после {ill} до {due}"),
            );
        }
    }
    if events.iter().any(|(_, e)| e.kind == "early_end") {
        j.obligation("administration", "представить в бухгалтерию приказ о досрочном прекращении занятий", "41", None);
    }
    j.obligation("teacher", "составить календарно-тематическое планирование в двух экземплярах", "24", None);
    j.obligation(
        "teacher",
        "п. 26.6: выполнять программы, не допускать перегрузки, составлять КТП, своевременно заполнять журнал учёта успеваемости и классный журнал, контролировать дневник",
        "26.1–26.8",
        None,
    );
    j.periodic(
        &events,
        start,
        end,
        as_of,
        Span::new().days(14),
        (
            "teacher",
            "marks_transfer",
            "переносить отметки из специального журнала в классный журнал не реже одного раза в две недели",
            "27",
            "marks_transferred",
        ),
    );
    j.obligation("teacher", "переносить четвертные, полугодовые, годовые отметки в классный журнал", "29", None);
    if !hourly && events.iter().any(|(_, e)| e.kind == "pupil_ill") {
        j.obligation(
            "teacher",
            "отработать непроведённые из-за болезни ученика часы в сроки, согласованные с родителями",
            "41",
            None,
        );
    }
    let mut unexcused: Vec<&str> = events
        .iter()
        .filter(|(_, e)| e.kind == "missed_lesson" && e.reason.as_deref() == Some("unexcused"))
        .filter_map(|(_, e)| e.subject.as_deref())
        .collect();
    unexcused.sort_unstable();
    let most = unexcused.chunk_by(|a, b| a == b).map(<[&str]>::len).max().unwrap_or(0);
    if most > 3 {
        j.obligation(
            "teacher",
            "написать докладную на имя директора для перерасчёта заработной платы: более 3 пропусков без уважительной причины по одному предмету",
            "Приложение 2",
            None,
        );
        j.finding(Severity::Warning, "unexcused_absences", "Приложение 2", format!("Более 3 пропусков ({most})"));
    }
    j.obligation(
        "pupil",
        "п. 26.2: соблюдать требования школы, добросовестно учиться, соблюдать расписание, находиться дома в часы занятий, вести дневник и тетради",
        "26.1–26.8",
        None,
    );
    j.obligation(
        "parents",
        "п. 26.4: выполнять требования школы, создавать условия для занятий, сообщать рекомендации врача, в течение дня сообщать об отмене и возобновлении занятий, контролировать дневник и домашние задания",
        "26.1–26.8",
        None,
    );
    j.report.sort_findings();
    Some(j.report)
}

/// What `--agree-with` compares.
fn verdict(r: &serde_json::Value) -> String {
    let findings: BTreeSet<String> =
        r["findings"].as_array().into_iter().flatten().map(|f| format!("{}:{}", f["rule"], f["severity"])).collect();
    let mut missing: Vec<String> =
        r["missing_documents"].as_array().into_iter().flatten().map(ToString::to_string).collect();
    missing.sort();
    let due: BTreeSet<String> = r["obligations"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|o| !o["due"].is_null())
        .map(|o| format!("{}:{}", o["role"], o["due"]))
        .collect();
    format!("{} {} {missing:?} {findings:?} {due:?}", r["eligible"], r["values"]["pay_mode"])
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        return Err(std::io::Error::other(
            "usage: by_hand CASES.jsonl REPORTS.jsonl|- [--agree-with POLICY-REPORTS.jsonl]",
        ));
    };
    let today = jiff::ZonedDateTime::now().date();
    let mut reader = BufReader::with_capacity(1 << 16, File::open(input)?);
    let mut out: Box<dyn Write> = if output == "-" {
        Box::new(BufWriter::new(std::io::stdout().lock()))
    } else {
        Box::new(BufWriter::new(File::create(output)?))
    };
    let mut agree = match args.iter().position(|a| a == "--agree-with") {
        Some(i) => Some(BufReader::new(File::open(&args[i + 1])?).lines()),
        None => None,
    };
    let (mut cases, mut unusable, mut violations, mut agreed) = (0u64, 0u64, 0u64, 0u64);
    loop {
        let mut lines = Vec::with_capacity(1024);
        let mut line = String::new();
        while lines.len() < 1024 && reader.read_line(&mut line)? > 0 {
            lines.push(std::mem::take(&mut line));
        }
        if lines.is_empty() {
            break;
        }
        let judged: Vec<Option<(String, bool)>> = lines
            .par_iter()
            .map(|l| {
                let case: Case = serde_json::from_str(l).ok()?;
                let report = judge(&case, today)?;
                Some((serde_json::to_string(&report).ok()?, report.has_violations()))
            })
            .collect();
        for j in judged {
            cases += 1;
            let Some((json, violated)) = j else {
                unusable += 1;
                continue;
            };
            violations += u64::from(violated);
            out.write_all(json.as_bytes())?;
            out.write_all(b"\n")?;
            if let Some(theirs) = agree.as_mut().and_then(Iterator::next) {
                let theirs: serde_json::Value = serde_json::from_str(&theirs?).unwrap_or_default();
                let mine: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
                agreed += u64::from(verdict(&theirs) == verdict(&mine));
            }
        }
    }
    out.flush()?;
    println!("by hand: {cases} cases, {unusable} unusable, {violations} with violations");
    if agree.is_some() {
        println!("agreement with the evaluator: {agreed} of {cases} cases");
    }
    Ok(())
}
