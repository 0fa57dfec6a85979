//! The yardstick for `murmansk-16`: its rules written by hand in Rust over
//! plain serde structs, building the same report (values, findings with their
//! rules, severities and clauses, missing documents, obligations) as the
//! evaluator. The benches check that it agrees with the evaluator on every
//! test case of the policy before timing anything.

use jiff::civil::Date;
use jiff::Span;
use policy_check::model::Severity;
use policy_eval::{Finding, Obligation, Report, ReportValue};
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};

/// A calendar date read from `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct D(pub Date);

impl<'de> Deserialize<'de> for D {
    fn deserialize<De: Deserializer<'de>>(d: De) -> Result<D, De::Error> {
        let s = <&str>::deserialize(d)?;
        s.parse::<Date>().map(D).map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Ovz,
    Disabled,
    CannotAttend,
    LongTermTreatment,
    PsychophysicalFeatures,
    DevelopmentalFeatures,
    SpecialEducationalNeeds,
    Chronic,
    LearningDifficulties,
    DifficultLifeSituation,
    Gifted,
    Asd,
    SocialPedagogical,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    Home,
    School,
    Combined,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grouping {
    Individual,
    IndividualGroup,
    Group,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Addressee {
    Director,
    DeputyDirector,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approver {
    Director,
    DeputyDirector,
    ClassTeacher,
    ResponsiblePerson,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    ParentApplication,
    MedicalCertificate,
    PmpkConclusion,
    SchoolOrder,
    EducationCommitteeOrder,
    Schedule,
    Curriculum,
    Journal,
    CalendarPlan,
    IndividualPlan,
    Diagnostics,
    ResponsiblePersonOrder,
    HomeInspectionAct,
    Ipra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    TeacherIll,
    Substitution,
    PupilIll,
    MissedLesson,
    AdminControl,
    MarksTransferred,
    PlanChange,
    Order,
    EarlyEnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MissReason {
    PupilIll,
    GoodReason,
    TeacherIll,
    Unexcused,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
pub struct Pupil {
    pub grade: i64,
    pub age: i64,
    #[serde(default)]
    pub categories: Vec<Category>,
    pub lives_in_catchment: Option<bool>,
    pub contraindicated_subjects: Option<Vec<String>>,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
pub struct Request {
    pub form: Form,
    pub grouping: Option<Grouping>,
    pub start: D,
    pub end: Option<D>,
    pub home_unsafe: Option<bool>,
    pub parents_consent_school: Option<bool>,
}

#[derive(Debug, Deserialize)]
pub struct Subject {
    pub subject: String,
    pub hours: Decimal,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
pub struct Plan {
    #[serde(default)]
    pub subjects: Vec<Subject>,
    pub extracurricular_hours: Option<Decimal>,
    pub correctional_hours: Option<Decimal>,
    pub weekly_hours: Option<Decimal>,
    pub weeks: Option<i64>,
}

#[derive(Debug, Deserialize)]
pub struct LoadIncrease {
    pub director_decision: Option<bool>,
    pub parents_application: Option<bool>,
    pub funding: Option<bool>,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
pub struct Doc {
    pub kind: DocKind,
    pub date: Option<D>,
    pub addressed_to: Option<Addressee>,
    pub issuer: Option<String>,
    pub valid_until: Option<D>,
    pub stamp: Option<bool>,
    pub seal: Option<bool>,
    pub handed_in: Option<D>,
    pub copies: Option<i64>,
    pub agreed_with_parents: Option<bool>,
    pub approved_by: Option<Approver>,
    pub electronic: Option<bool>,
    pub developed_with_parents: Option<bool>,
    pub agreed_by: Option<Approver>,
    pub approved_on: Option<D>,
    pub title: Option<String>,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
pub struct Event {
    #[serde(rename = "type")]
    pub kind: EventType,
    pub date: D,
    pub subject: Option<String>,
    pub reason: Option<MissReason>,
    pub title: Option<String>,
}

/// A `murmansk-16` case as plain Rust data.
#[allow(dead_code)]
#[derive(Debug, Deserialize)]
pub struct Case {
    pub id: Option<String>,
    pub as_of: Option<D>,
    pub pupil: Pupil,
    pub request: Request,
    pub plan: Plan,
    pub load_increase: Option<LoadIncrease>,
    #[serde(default)]
    pub documents: Vec<Doc>,
    #[serde(default)]
    pub events: Vec<Event>,
}

/// A document's requirement: what it says, and whether a document meets it.
type Require<'a> = (&'a str, &'a dyn Fn(&Doc) -> bool);

fn finding(severity: Severity, rule: &str, clause: &str, message: String) -> Finding {
    Finding { severity, rule: rule.into(), clause: Some(clause.into()), message, explanation: Vec::new() }
}

fn obligation(r: &mut Report, role: &str, duty: &str, clause: &str, due: Option<Date>) {
    r.obligations.push(Obligation {
        role: role.into(),
        duty: duty.into(),
        clause: Some(clause.into()),
        due,
        condition: None,
        depends_on: Vec::new(),
    });
}

fn undecided(r: &mut Report, rule: &str, clause: &str, what: &str) {
    r.findings.push(finding(Severity::Warning, rule, clause, format!("{what} не проверено: в деле нет нужных данных")));
}

/// `max_count_by(events.missed_lesson where reason = unexcused, subject)`.
fn max_unexcused(c: &Case) -> usize {
    let misses: Vec<&str> = c
        .events
        .iter()
        .filter(|e| e.kind == EventType::MissedLesson && e.reason == Some(MissReason::Unexcused))
        .filter_map(|e| e.subject.as_deref())
        .collect();
    misses.iter().map(|s| misses.iter().filter(|t| *t == s).count()).max().unwrap_or(0)
}

/// `murmansk-16`'s rules written by hand, building the same report.
pub fn judge(c: &Case, as_of: Date) -> Report {
    let p = &c.pupil;
    let q = &c.request;
    let mut r = Report {
        schema_version: policy_eval::REPORT_SCHEMA_VERSION,
        id: c.id.clone(),
        policy: "murmansk-16".into(),
        school: Some("МОУ СОШ № 16 г. Мурманска".into()),
        as_of,
        version: None,
        in_force_from: None,
        eligible: Some((1..=11).contains(&p.grade) && p.categories.contains(&Category::CannotAttend)),
        values: Vec::new(),
        missing_documents: Vec::new(),
        findings: Vec::new(),
        obligations: Vec::new(),
        policy_errors: Vec::new(),
    };
    // Values.
    let weekly = c.plan.weekly_hours.unwrap_or_else(|| {
        c.plan.subjects.iter().map(|s| s.hours).sum::<Decimal>()
            + c.plan.extracurricular_hours.unwrap_or_default()
            + c.plan.correctional_hours.unwrap_or_default()
    });
    let cap = match p.grade {
        1..=4 => Some((Decimal::from(8), "I–IV")),
        5..=8 => Some((Decimal::from(10), "V–VIII")),
        9 => Some((Decimal::from(11), "IX")),
        10..=11 => Some((Decimal::from(12), "X–XI")),
        _ => None,
    };
    let hourly = match q.end {
        None => true,
        Some(end) => q.start.0.checked_add(Span::new().months(2)).is_ok_and(|limit| end.0 <= limit),
    };
    let tariff = !hourly;
    r.values.push(("weekly_hours".into(), ReportValue::Number(weekly.normalize())));
    if let Some((cap, _)) = cap {
        r.values.push(("max_weekly_hours".into(), ReportValue::Number(cap)));
    }
    r.values.push(("pay_mode".into(), ReportValue::Symbol(if hourly { "hourly" } else { "tariff" }.into())));
    r.values.push(("teacher_bonus_percent".into(), ReportValue::Number(Decimal::from(20))));

    // Rules.
    if r.eligible == Some(false) {
        r.findings.push(finding(
            Severity::Violation,
            "not_eligible",
            "3",
            format!("Индивидуальное обучение по п. 3 организуется для учащихся 1–11 классов; {} класс", p.grade),
        ));
    }
    let doc = |kind: DocKind| c.documents.iter().find(|d| d.kind == kind);
    let cert_valid = doc(DocKind::MedicalCertificate).and_then(|d| d.valid_until);
    let until = q.end.map_or_else(
        || {
            let year = if q.start.0.month() >= 9 { q.start.0.year() } else { q.start.0.year() - 1 };
            Date::new(year + 1, 5, 31).ok()
        },
        |e| Some(e.0),
    );
    match (until, cert_valid) {
        (Some(until), Some(valid)) if until > valid.0 => r.findings.push(finding(
            Severity::Violation,
            "period_within_certificate",
            "6",
            format!("Обучение до {until} выходит за срок действия медицинского заключения ({})", valid.0),
        )),
        (Some(_), Some(_)) => {}
        _ => undecided(&mut r, "period_within_certificate", "6", "правило period_within_certificate"),
    }
    if q.form == Form::School {
        match q.parents_consent_school {
            Some(false) => r.findings.push(finding(
                Severity::Violation,
                "school_consent",
                "14",
                "Обучение полностью на базе школы без письменного согласия родителей (п. 14)".into(),
            )),
            Some(true) => {}
            None => undecided(&mut r, "school_consent", "14", "правило school_consent"),
        }
    }
    let contra = p.contraindicated_subjects.as_deref().unwrap_or_default();
    if c.plan.subjects.iter().any(|s| contra.contains(&s.subject) && s.hours > Decimal::ZERO) {
        r.findings.push(finding(
            Severity::Violation,
            "contraindicated_subject",
            "15",
            format!("В учебный план включены предметы с медицинскими противопоказаниями: {}", contra.join(", ")),
        ));
    }
    match cap {
        None => undecided(&mut r, "weekly_load", "16", "правило weekly_load"),
        Some((cap, band)) if weekly > cap => {
            let li = c.load_increase.as_ref();
            let granted = li.is_some_and(|l| {
                l.director_decision == Some(true) && l.parents_application == Some(true) && l.funding == Some(true)
            });
            if !granted {
                let mut f = finding(
                    Severity::Violation,
                    "weekly_load",
                    "16",
                    format!(
                        "Недельная нагрузка {} ч превышает предел {cap} ч для {} класса",
                        weekly.normalize(),
                        p.grade
                    ),
                );
                f.explanation = vec![
                    format!("weekly_hours = {}", weekly.normalize()),
                    format!("max_weekly_hours: класс {} → {band} → {cap}", p.grade),
                    "исключение director_increase: не применяется".into(),
                ];
                r.findings.push(f);
            }
        }
        Some(_) => {}
    }
    let unexcused = max_unexcused(c);
    if unexcused > 3 {
        r.findings.push(finding(
            Severity::Warning,
            "unexcused_absences",
            "Приложение 2",
            format!("Более 3 пропусков без уважительной причины по одному предмету ({unexcused})"),
        ));
    }

    // Documents: of several of a kind, the first meeting every requirement, else the first.
    let document = |r: &mut Report, kind: DocKind, name: &str, clause: &str, title: &str, reqs: &[Require]| {
        let mut docs = c.documents.iter().filter(|d| d.kind == kind);
        let Some(first) = docs.next() else {
            r.missing_documents.push(name.into());
            r.findings.push(finding(
                Severity::Violation,
                &format!("document.{name}"),
                clause,
                format!("нет документа: {title}"),
            ));
            return;
        };
        let good = |d: &Doc| reqs.iter().all(|(_, ok)| ok(d));
        if good(first) || docs.any(good) {
            return;
        }
        for (what, ok) in reqs {
            if !ok(first) {
                r.findings.push(finding(
                    Severity::Violation,
                    &format!("document.{name}"),
                    clause,
                    format!("{title}: нет — {what}"),
                ));
            }
        }
        r.missing_documents.push(name.into());
    };
    document(
        &mut r,
        DocKind::MedicalCertificate,
        "medical_certificate",
        "5",
        "медицинское заключение лечебного учреждения",
        &[
            ("имеет угловой штамп", &|d: &Doc| d.stamp == Some(true)),
            ("заверено гербовой печатью", &|d: &Doc| d.seal == Some(true)),
        ],
    );
    document(
        &mut r,
        DocKind::ParentApplication,
        "parent_application",
        "5",
        "письменное заявление родителей на имя директора школы",
        &[("на имя директора школы", &|d: &Doc| d.addressed_to == Some(Addressee::Director))],
    );
    document(
        &mut r,
        DocKind::SchoolOrder,
        "school_order",
        "9.1",
        "приказ по школе о переводе на индивидуальное обучение (часы и учителя по каждому предмету)",
        &[],
    );
    if p.categories.contains(&Category::Disabled) {
        document(
            &mut r,
            DocKind::EducationCommitteeOrder,
            "education_committee_order",
            "9.1",
            "приказ комитета по образованию администрации г. Мурманска (для детей-инвалидов)",
            &[],
        );
    }
    document(
        &mut r,
        DocKind::Schedule,
        "schedule",
        "17",
        "расписание занятий",
        &[
            ("в двух экземплярах", &|d: &Doc| d.copies.is_some_and(|n| n >= 2)),
            ("письменно согласовано с родителями", &|d: &Doc| {
                d.agreed_with_parents == Some(true)
            }),
            ("утверждено заместителем директора по УВР", &|d: &Doc| {
                d.approved_by == Some(Approver::DeputyDirector)
            }),
        ],
    );
    document(
        &mut r,
        DocKind::Journal,
        "journal",
        "21–23",
        "специальный журнал учёта успеваемости (заводится классным руководителем, хранится 5 лет)",
        &[],
    );
    document(
        &mut r,
        DocKind::CalendarPlan,
        "calendar_plan",
        "24",
        "календарно-тематическое планирование на каждого обучающегося",
        &[
            ("в двух экземплярах", &|d: &Doc| d.copies.is_some_and(|n| n >= 2)),
            ("утверждено заместителем директора по УВР", &|d: &Doc| {
                d.approved_by == Some(Approver::DeputyDirector)
            }),
        ],
    );

    // Duties.
    let events: Vec<&Event> = c.events.iter().filter(|e| e.date.0 <= as_of).collect();
    let ct = "class_teacher";
    obligation(&mut r, ct, "ознакомить родителей с настоящим Положением", "8", None);
    obligation(&mut r, ct, "внести обучающегося в списочный состав класса, заполнить сведения о родителях и листок здоровья, делать пометку «инд/о»", "9.4", None);
    obligation(&mut r, ct, "составить расписание в двух экземплярах, письменно согласовать с родителями", "17", None);
    obligation(
        &mut r,
        ct,
        "поддерживать связь между родителями, учителями и учеником, сообщать об изменениях в расписании",
        "20",
        None,
    );
    obligation(&mut r, ct, "завести специальный журнал учёта успеваемости", "21–23", None);
    obligation(&mut r, ct, "п. 26.7: завести специальный журнал, согласовывать расписание с учителями, обучающимся и родителями, поддерживать контакт, привлекать к жизни класса, информировать родителей, контролировать ведение дневника", "26.1–26.8", None);
    let dd = "deputy_director";
    obligation(&mut r, dd, "утвердить расписание занятий", "17", None);
    obligation(&mut r, dd, "утвердить календарно-тематическое планирование", "24", None);
    obligation(
        &mut r,
        dd,
        "контролировать своевременное проведение занятий, выполнение учебного плана, ведение документации",
        "25",
        None,
    );
    let ad = "administration";
    obligation(&mut r, ad, "оформить перевод приказом по школе (часы и учителя по каждому предмету)", "9.1", None);
    let further =
        "решить совместно с родителями вопрос о дальнейшей форме обучения: срок медицинского заключения истёк";
    match cert_valid {
        Some(valid) if as_of > valid.0 => obligation(&mut r, ad, further, "10, 11", None),
        Some(_) => {}
        None => undecided(&mut r, "duty.administration.further_form", "10, 11", further),
    }
    let end = q.end.map(|e| e.0);
    let limit = end.map_or(as_of, |e| e.min(as_of));
    let every = |r: &mut Report,
                 span: &dyn Fn(i64) -> Span,
                 by: EventType,
                 role: &str,
                 rule: &str,
                 duty: &str,
                 clause: &str| {
        let start = q.start.0;
        for k in 0..10_000 {
            let (Ok(from), Ok(next)) = (start.checked_add(span(k)), start.checked_add(span(k + 1))) else { break };
            let Ok(to) = next.yesterday() else { break };
            if from > limit {
                break;
            }
            let done = |until: Date| events.iter().any(|e| e.kind == by && from <= e.date.0 && e.date.0 <= until);
            if to <= limit {
                if !done(to) {
                    r.findings.push(finding(
                        Severity::Violation,
                        rule,
                        clause,
                        format!("не исполнено: {duty} — в период {from} — {to} нет события"),
                    ));
                }
            } else {
                if from <= as_of && end.is_none_or(|e| as_of < e) && !done(as_of) {
                    obligation(r, role, duty, clause, Some(end.map_or(to, |e| e.min(to))));
                }
                break;
            }
        }
    };
    every(&mut r, &|k| Span::new().months(3 * k), EventType::AdminControl, ad, "duty.administration.control",
        "п. 26.8: контролировать выполнение учебных программ, методику, аттестацию, оформление документации не реже 1 раза в четверть", "26.1–26.8");
    obligation(&mut r, ad, "п. 26.8: контролировать своевременность проведения занятий на дому и ведение журнала; обеспечивать своевременный подбор учителей", "26.1–26.8", None);
    obligation(&mut r, ad, "по заявлению учащегося подать ходатайство в комитет по образованию о сдаче итоговой аттестации в щадящем режиме", "30", None);
    let substitution = "заменить заболевшего учителя другим учителем не позже чем через неделю";
    for ill in events.iter().filter(|e| e.kind == EventType::TeacherIll) {
        let Ok(due) = ill.date.0.checked_add(Span::new().days(7)) else { continue };
        let done = events.iter().any(|e| {
            e.kind == EventType::Substitution
                && ill.date.0 <= e.date.0
                && e.date.0 <= due
                && (ill.subject.is_none() || e.subject.is_none() || ill.subject == e.subject)
        });
        if done {
        } else if due >= as_of {
            obligation(&mut r, ad, substitution, "41", Some(due));
        } else {
            r.findings.push(finding(
                Severity::Violation,
                "duty.administration.substitution",
                "41",
                format!("не исполнено в срок: {substitution} — после события «болезнь учителя» {} до {due} нет события «замена учителя»", ill.date.0),
            ));
        }
    }
    if c.events.iter().any(|e| e.kind == EventType::EarlyEnd) {
        obligation(&mut r, ad, "представить в бухгалтерию приказ о досрочном прекращении занятий", "41", None);
    }
    let te = "teacher";
    obligation(&mut r, te, "составить календарно-тематическое планирование в двух экземплярах", "24", None);
    obligation(&mut r, te, "п. 26.6: выполнять программы, не допускать перегрузки, составлять КТП, своевременно заполнять журнал учёта успеваемости и классный журнал, контролировать дневник", "26.1–26.8", None);
    every(
        &mut r,
        &|k| Span::new().days(14 * k),
        EventType::MarksTransferred,
        te,
        "duty.teacher.marks_transfer",
        "переносить отметки из специального журнала в классный журнал не реже одного раза в две недели",
        "27",
    );
    obligation(&mut r, te, "переносить четвертные, полугодовые, годовые отметки в классный журнал", "29", None);
    if tariff && c.events.iter().any(|e| e.kind == EventType::PupilIll) {
        obligation(
            &mut r,
            te,
            "отработать непроведённые из-за болезни ученика часы в сроки, согласованные с родителями",
            "41",
            None,
        );
    }
    if unexcused > 3 {
        obligation(&mut r, te, "написать докладную на имя директора для перерасчёта заработной платы: более 3 пропусков без уважительной причины по одному предмету", "Приложение 2", None);
    }
    obligation(&mut r, "pupil", "п. 26.2: соблюдать требования школы, добросовестно учиться, соблюдать расписание, находиться дома в часы занятий, вести дневник и тетради", "26.1–26.8", None);
    obligation(&mut r, "parents", "п. 26.4: выполнять требования школы, создавать условия для занятий, сообщать рекомендации врача, в течение дня сообщать об отмене и возобновлении занятий, контролировать дневник и домашние задания", "26.1–26.8", None);
    r.sort_findings();
    r
}
