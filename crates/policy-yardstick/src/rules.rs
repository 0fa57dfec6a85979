//! The facts murmansk-16 computes from a case (its values), its rules, and
//! [`judge`], which puts the whole report together.

use jiff::civil::Date;
use jiff::Span;
use policy_check::model::Severity;
use policy_eval::{Finding, Report, ReportValue};
use policy_i18n::Message;
use rust_decimal::Decimal;

use crate::case::{Case, Category, Doc, DocKind, Event, EventType, Form, MissReason};
use crate::{documents, duties};

/// What the rules and duties read, computed once per case.
pub(crate) struct Facts<'c> {
    /// The case.
    pub case: &'c Case,
    /// The date the case is judged on.
    pub as_of: Date,
    /// The events dated on or before `as_of` (later ones do not count).
    pub events: Vec<&'c Event>,
    /// The first medical conclusion (`documents.medical_certificate`).
    pub certificate: Option<&'c Doc>,
    /// `weekly_hours`.
    pub weekly: Decimal,
    /// `max_weekly_hours` and its row's label; `None` for grade 12.
    pub cap: Option<(Decimal, &'static str)>,
    /// `pay_mode = hourly`.
    pub hourly: bool,
    /// `pupil_was_ill`.
    pub pupil_was_ill: bool,
    /// The unexcused misses counted, and the most in one subject (`max_count_by`).
    pub unexcused: (usize, usize),
    /// The fewest unexcused misses in one subject (`min_count_by`, 0 when none names
    /// a subject), and whether one names no subject.
    pub unexcused_fewest: (usize, bool),
}

impl<'c> Facts<'c> {
    fn new(case: &'c Case, as_of: Date) -> Facts<'c> {
        let q = &case.request;
        let events: Vec<&Event> = case.events.iter().filter(|e| e.date.0 <= as_of).collect();
        let certificate = case.documents.iter().find(|d| d.kind == DocKind::MedicalCertificate);
        let plan = &case.plan;
        let weekly = plan.weekly_hours.unwrap_or_else(|| {
            plan.subjects.iter().map(|s| s.hours).sum::<Decimal>()
                + plan.extracurricular_hours.unwrap_or_default()
                + plan.correctional_hours.unwrap_or_default()
        });
        let cap = match case.pupil.grade {
            1..=4 => Some((Decimal::from(8), "I–IV")),
            5..=8 => Some((Decimal::from(10), "V–VIII")),
            9 => Some((Decimal::from(11), "IX")),
            10..=11 => Some((Decimal::from(12), "X–XI")),
            _ => None,
        };
        // п. 39: the end is unclear when not known or when the conclusion gives no end date.
        let hourly = match q.end {
            None => true,
            Some(_) if certificate.and_then(|d| d.valid_until).is_none() => true,
            Some(end) => q.start.0.checked_add(Span::new().months(2)).is_ok_and(|limit| end.0 <= limit),
        };
        let missed =
            |reason| events.iter().filter(move |e| e.kind == EventType::MissedLesson && e.reason == Some(reason));
        let pupil_was_ill =
            events.iter().any(|e| e.kind == EventType::PupilIll) || missed(MissReason::PupilIll).next().is_some();
        let subjects: Vec<&str> = missed(MissReason::Unexcused).filter_map(|e| e.subject.as_deref()).collect();
        let most = subjects.iter().map(|s| subjects.iter().filter(|t| same_words(s, t)).count()).max().unwrap_or(0);
        let unexcused = (missed(MissReason::Unexcused).count(), most);
        let fewest = subjects.iter().map(|s| subjects.iter().filter(|t| same_words(s, t)).count()).min().unwrap_or(0);
        let subjectless = missed(MissReason::Unexcused).any(|e| e.subject.is_none());
        let unexcused_fewest = (fewest, subjectless);
        Facts { case, as_of, events, certificate, weekly, cap, hourly, pupil_was_ill, unexcused, unexcused_fewest }
    }

    /// `unexcused_restored`: some subject has 1–3 unexcused misses.
    pub fn unexcused_restored(&self) -> bool {
        let (all, _) = self.unexcused;
        let (fewest, subjectless) = self.unexcused_fewest;
        all > 0 && (fewest <= 3 || subjectless)
    }

    /// The events of a kind that count.
    pub fn events_of(&self, kind: EventType) -> impl Iterator<Item = &'c Event> + '_ {
        self.events.iter().copied().filter(move |e| e.kind == kind)
    }
}

/// Whether two free texts say the same words as a lawyer reads them: letter
/// case, «ё»/«е» and runs of white space do not matter (as the evaluator
/// compares texts).
pub(crate) fn same_words(x: &str, y: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .flat_map(|w| w.chars().chain([' ']))
            .flat_map(char::to_lowercase)
            .map(|c| if c == 'ё' { 'е' } else { c })
            .collect::<Vec<char>>()
    };
    x == y || words(x) == words(y)
}

/// A finding citing one clause.
pub(crate) fn finding(severity: Severity, rule: &str, clause: &str, message: String) -> Finding {
    Finding {
        severity,
        rule: rule.into(),
        clause: Some(clause.into()),
        message: Message::from(message),
        explanation: Vec::new(),
        readings: Vec::new(),
    }
}

/// A rule that cannot be decided on the case: a warning.
pub(crate) fn undecided(r: &mut Report, rule: &str, clause: &str) {
    r.findings.push(finding(
        Severity::Warning,
        rule,
        clause,
        format!("правило {rule} не проверено: в деле нет нужных данных"),
    ));
}

/// `murmansk-16`'s rules written by hand, building the same report as the
/// evaluator does on `as_of` (the case's own `as_of` is the caller's to read).
pub fn judge(c: &Case, as_of: Date) -> Report {
    let f = Facts::new(c, as_of);
    let mut r = Report {
        schema_version: policy_eval::REPORT_SCHEMA_VERSION,
        id: c.id.clone(),
        policy: "murmansk-16".into(),
        school: Some("МОУ СОШ № 16 г. Мурманска".into()),
        as_of,
        version: None,
        in_force_from: None,
        eligible: Some((1..=11).contains(&c.pupil.grade) && c.pupil.categories.contains(&Category::CannotAttend)),
        values: Vec::new(),
        missing_documents: Vec::new(),
        findings: Vec::new(),
        obligations: Vec::new(),
        policy_errors: Vec::new(),
        value_readings: Vec::new(),
        not_stated: Vec::new(),
    };
    values(&f, &mut r);
    rules(&f, &mut r);
    documents::judge(&f, &mut r);
    duties::judge(&f, &mut r);
    r.sort_findings();
    r
}

/// The values, in the policy's order.
fn values(f: &Facts, r: &mut Report) {
    r.values.push(("weekly_hours".into(), ReportValue::Number(f.weekly.normalize())));
    if let Some((cap, _)) = f.cap {
        r.values.push(("max_weekly_hours".into(), ReportValue::Number(cap)));
    }
    r.values.push(("pay_mode".into(), ReportValue::Symbol(if f.hourly { "hourly" } else { "tariff" }.into())));
    r.values.push(("pupil_was_ill".into(), ReportValue::Bool(f.pupil_was_ill)));
    r.values.push(("teacher_bonus_percent".into(), ReportValue::Number(Decimal::from(20))));
    if !f.hourly {
        r.values.push((
            "tariff_weeks_left".into(),
            ReportValue::Number(Decimal::from(duties::weeks_left(f.case.request.start.0))),
        ));
    }
    r.values.push(("unexcused_restored".into(), ReportValue::Bool(f.unexcused_restored())));
}

/// The rules, in the policy's order.
fn rules(f: &Facts, r: &mut Report) {
    let c = f.case;
    let (p, q) = (&c.pupil, &c.request);
    if r.eligible == Some(false) {
        r.findings.push(finding(
            Severity::Violation,
            "not_eligible",
            "3",
            format!("Индивидуальное обучение по п. 3 организуется для учащихся 1–11 классов; {} класс", p.grade),
        ));
    }
    // п. 6 at both ends; an unknown end is the end of the school year: the last day of the
    // IV четверть, 26 May (a start after it belongs to the coming year).
    let until = q.end.map_or_else(
        || {
            let this_year = Date::new(q.start.0.year(), 5, 26).ok()?;
            if q.start.0 > this_year {
                Date::new(q.start.0.year() + 1, 5, 26).ok()
            } else {
                Some(this_year)
            }
        },
        |e| Some(e.0),
    );
    match (until, f.certificate.and_then(|d| d.valid_until)) {
        (Some(until), Some(valid)) if until > valid.0 => r.findings.push(finding(
            Severity::Violation,
            "period_within_certificate",
            "6",
            format!("Обучение до {until} выходит за срок действия медицинского заключения ({})", valid.0),
        )),
        (Some(_), Some(_)) => {}
        _ => undecided(r, "period_within_certificate", "6"),
    }
    match f.certificate.and_then(|d| d.date) {
        Some(date) if q.start < date => r.findings.push(finding(
            Severity::Violation,
            "period_after_certificate",
            "6",
            format!("Обучение начинается {}, раньше медицинского заключения от {}", q.start.0, date.0),
        )),
        Some(_) => {}
        None => undecided(r, "period_after_certificate", "6"),
    }
    // п. 14: a consent the case does not record is not given.
    if q.form == Form::School && q.parents_consent_school != Some(true) {
        r.findings.push(finding(
            Severity::Violation,
            "school_consent",
            "14",
            "Обучение полностью на базе школы без письменного согласия родителей (п. 14)".into(),
        ));
    }
    let contra = p.contraindicated_subjects.as_deref().unwrap_or_default();
    if c.plan.subjects.iter().any(|s| s.hours > Decimal::ZERO && contra.iter().any(|t| same_words(&s.subject, t))) {
        r.findings.push(finding(
            Severity::Violation,
            "contraindicated_subject",
            "15",
            format!("В учебный план включены предметы с медицинскими противопоказаниями: {}", contra.join(", ")),
        ));
    }
    match f.cap {
        None => undecided(r, "weekly_load", "16"),
        Some((cap, band)) if f.weekly > cap => {
            // The exception director_increase applies only when all three are established.
            let granted = c.load_increase.as_ref().is_some_and(|l| {
                l.director_decision == Some(true) && l.parents_application == Some(true) && l.funding == Some(true)
            });
            if !granted {
                let weekly = f.weekly.normalize();
                let mut finding = finding(
                    Severity::Violation,
                    "weekly_load",
                    "16",
                    format!("Недельная нагрузка {weekly} ч превышает предел {cap} ч для {} класса", p.grade),
                );
                finding.explanation = vec![
                    format!("weekly_hours = {weekly}").into(),
                    format!("max_weekly_hours: класс {} → {band} → {cap}", p.grade).into(),
                    "исключение director_increase: не применяется".into(),
                ];
                r.findings.push(finding);
            }
        }
        Some(_) => {}
    }
    let most = f.unexcused.1;
    if most > 3 {
        r.findings.push(finding(
            Severity::Warning,
            "unexcused_absences",
            "Приложение 2",
            format!("Более 3 пропусков без уважительной причины по одному предмету ({most}): учитель обязан написать докладную директору"),
        ));
    }
}
