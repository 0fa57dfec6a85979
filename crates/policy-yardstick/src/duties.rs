//! murmansk-16's roles and duties: plain obligations, conditional ones, the
//! deadline after a teacher's illness and the periodic duties.

use jiff::civil::Date;
use jiff::Span;
use policy_check::model::Severity;
use policy_eval::report::DutyCondition;
use policy_eval::{Obligation, Report};

use crate::case::{EventType, MissReason};
use crate::rules::{finding, Facts};

/// An obligation with no condition left open.
fn obligation(r: &mut Report, role: &str, duty: &str, clause: &str, due: Option<Date>) {
    r.obligations.push(Obligation {
        role: role.into(),
        duty: duty.into(),
        clause: Some(clause.into()),
        due,
        condition: None,
        depends_on: Vec::new(),
        readings: Vec::new(),
    });
}

/// The periods of a periodic duty.
enum Every {
    /// A fixed length from the start: the k-th period starts at start + `f(k)`.
    Length(fn(i64) -> Span),
    /// The terms (четверти) of the default school year, clipped to the education period.
    Term,
}

/// The четверти of the default school year (ФОП): (month, day) of each term's first and last day.
const TERMS: [((i8, i8), (i8, i8)); 4] =
    [((9, 1), (10, 26)), ((11, 5), (12, 28)), ((1, 9), (3, 29)), ((4, 7), (5, 26))];

/// The четверти overlapping [start, end] and starting by `limit`, clipped to the education.
fn terms(start: Date, end: Option<Date>, limit: Date) -> Vec<(Date, Date)> {
    // The school year of `start` begins in September of this year, or of the year before
    // when `start` is before the end of May's last term.
    let last_end = |y: i16| Date::new(y + 1, 5, 26).ok();
    let mut year = if last_end(start.year() - 1).is_some_and(|e| start <= e) { start.year() - 1 } else { start.year() };
    let mut out = Vec::new();
    while Date::new(year, 9, 1).is_ok_and(|d| d <= limit) {
        for ((fm, fd), (tm, td)) in TERMS {
            let (Ok(from), Ok(to)) = (
                Date::new(if fm >= 9 { year } else { year + 1 }, fm, fd),
                Date::new(if tm >= 9 { year } else { year + 1 }, tm, td),
            ) else {
                continue;
            };
            let (from, to) = (from.max(start), end.map_or(to, |e| to.min(e)));
            if from <= to && from <= limit {
                out.push((from, to));
            }
        }
        year += 1;
    }
    out
}

/// п. 40: the school weeks from `date` to the end of its school year: the school days
/// (Monday to Friday) of the четверти from that date on, divided by 5 and rounded up.
pub(crate) fn weeks_left(date: Date) -> i64 {
    let Ok(far) = Date::new(date.year() + 2, 1, 1) else { return 0 };
    // The terms of the school year of `date` only: those before the next 1 September after it
    // begins. A summer date (after 26 May) belongs to the coming year.
    let year_start = if date > Date::new(date.year(), 5, 26).unwrap_or(date) { date.year() } else { date.year() - 1 };
    let Ok(next_year) = Date::new(year_start + 1, 9, 1) else { return 0 };
    let days: i64 = terms(date, None, far)
        .into_iter()
        .filter(|&(_, to)| to < next_year)
        .map(|(from, to)| school_days(from, to))
        .sum();
    (days + 4) / 5
}

/// The days from Monday to Friday from `from` to `to`, both included, counted one by one.
fn school_days(from: Date, to: Date) -> i64 {
    let mut count = 0;
    let mut day = from;
    while day <= to {
        if day.weekday().to_monday_one_offset() <= 5 {
            count += 1;
        }
        let Ok(next) = day.tomorrow() else { break };
        day = next;
    }
    count
}

/// A periodic duty (`every … fulfilled_by …`).
struct Periodic<'a> {
    every: Every,
    by: EventType,
    role: &'a str,
    rule: &'a str,
    duty: &'a str,
    clause: &'a str,
}

/// A violation for each period that ended before `as_of` without the event,
/// an obligation for the current one (due on its last day, which may be today).
fn periodic(f: &Facts, r: &mut Report, d: &Periodic) {
    let start = f.case.request.start.0;
    let end = f.case.request.end.map(|e| e.0);
    let as_of = f.as_of;
    let limit = end.map_or(as_of, |e| e.min(as_of));
    let done = |from: Date, to: Date| f.events_of(d.by).any(|e| from <= e.date.0 && e.date.0 <= to);
    let terms = matches!(d.every, Every::Term).then(|| terms(start, end, limit));
    for k in 0..10_000 {
        let (from, to) = match (&d.every, &terms) {
            (_, Some(terms)) => match terms.get(k as usize) {
                Some(&period) => period,
                None => break,
            },
            (Every::Length(every), None) => {
                let (Ok(from), Ok(next)) = (start.checked_add(every(k)), start.checked_add(every(k + 1))) else {
                    break;
                };
                let Ok(to) = next.yesterday() else { break };
                if next <= from {
                    break;
                }
                (from, to)
            }
            (Every::Term, None) => break,
        };
        if from > limit {
            break;
        }
        if to <= limit && to < as_of {
            if !done(from, to) {
                r.findings.push(finding(
                    Severity::Violation,
                    d.rule,
                    d.clause,
                    format!("не исполнено: {} — в период {from} — {to} нет события", d.duty),
                ));
            }
        } else {
            if from <= as_of && (to <= limit || end.is_none_or(|e| as_of < e)) && !done(from, as_of) {
                obligation(r, d.role, d.duty, d.clause, Some(end.map_or(to, |e| e.min(to))));
            }
            break;
        }
    }
}

/// The duties, role by role in the policy's order.
pub(crate) fn judge(f: &Facts, r: &mut Report) {
    let c = f.case;
    let ct = "class_teacher";
    obligation(r, ct, "ознакомить родителей с настоящим Положением", "8", None);
    obligation(r, ct, "внести обучающегося в списочный состав класса, заполнить сведения о родителях и листок здоровья, делать пометку «инд/о»", "9.4", None);
    obligation(r, ct, "составить расписание в двух экземплярах, письменно согласовать с родителями", "17", None);
    obligation(
        r,
        ct,
        "поддерживать связь между родителями, учителями и учеником, сообщать об изменениях в расписании",
        "20",
        None,
    );
    obligation(r, ct, "завести специальный журнал учёта успеваемости", "21–23", None);
    obligation(r, ct, "п. 26.7: завести специальный журнал, согласовывать расписание с учителями, обучающимся и родителями, поддерживать контакт, привлекать к жизни класса, информировать родителей, контролировать ведение дневника", "26.1–26.8", None);

    let dd = "deputy_director";
    obligation(r, dd, "утвердить расписание занятий", "17", None);
    obligation(r, dd, "утвердить календарно-тематическое планирование", "24", None);
    obligation(
        r,
        dd,
        "контролировать своевременное проведение занятий, выполнение учебного плана, ведение документации",
        "25",
        None,
    );

    let ad = "administration";
    obligation(r, ad, "оформить перевод приказом по школе (часы и учителя по каждому предмету)", "9.1", None);
    let further =
        "решить совместно с родителями вопрос о дальнейшей форме обучения: срок медицинского заключения истёк";
    match f.certificate.and_then(|d| d.valid_until) {
        Some(valid) if f.as_of > valid.0 => obligation(r, ad, further, "10, 11", None),
        Some(_) => {}
        None => r.obligations.push(Obligation {
            role: ad.into(),
            duty: further.into(),
            clause: Some("10, 11".into()),
            due: None,
            condition: Some(DutyCondition::Unknown),
            depends_on: vec!["documents.medical_certificate.valid_until".into()],
            readings: Vec::new(),
        }),
    }
    periodic(
        f,
        r,
        &Periodic {
            every: Every::Term,
            by: EventType::AdminControl,
            role: ad,
            rule: "duty.administration.control",
            duty: "п. 26.8: контролировать выполнение учебных программ, методику, аттестацию, оформление документации не реже 1 раза в четверть",
            clause: "26.1–26.8",
        },
    );
    obligation(r, ad, "п. 26.8: контролировать своевременность проведения занятий на дому и ведение журнала; обеспечивать своевременный подбор учителей", "26.1–26.8", None);
    if matches!(c.pupil.grade, 9 | 11) {
        obligation(r, ad, "если учащийся подаст заявление: своевременно подать ходатайство в комитет по образованию о сдаче итоговой аттестации в щадящем режиме", "30", None);
    }
    let substitution = "заменить заболевшего учителя другим учителем не позже чем через неделю";
    for ill in f.events_of(EventType::TeacherIll) {
        let Ok(due) = ill.date.0.checked_add(Span::new().days(7)) else { continue };
        let done = f.events_of(EventType::Substitution).any(|e| {
            ill.date.0 <= e.date.0
                && e.date.0 <= due
                && match (&ill.subject, &e.subject) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
        });
        if done {
        } else if due >= f.as_of {
            obligation(r, ad, substitution, "41", Some(due));
        } else {
            r.findings.push(finding(
                Severity::Violation,
                "duty.administration.substitution",
                "41",
                format!(
                    "не исполнено в срок: {substitution} — после болезни учителя {} до {due} нет замены",
                    ill.date.0
                ),
            ));
        }
    }
    if f.events_of(EventType::EarlyEnd).next().is_some() {
        obligation(r, ad, "представить в бухгалтерию приказ о досрочном прекращении занятий", "41", None);
    }

    let te = "teacher";
    obligation(r, te, "составить календарно-тематическое планирование в двух экземплярах", "24", None);
    obligation(r, te, "п. 26.6: выполнять программы, не допускать перегрузки, составлять КТП, своевременно заполнять журнал учёта успеваемости и классный журнал, контролировать дневник", "26.1–26.8", None);
    periodic(
        f,
        r,
        &Periodic {
            every: Every::Length(|k| Span::new().days(14 * k)),
            by: EventType::MarksTransferred,
            role: te,
            rule: "duty.teacher.marks_transfer",
            duty: "переносить отметки из специального журнала в классный журнал не реже одного раза в две недели",
            clause: "27",
        },
    );
    obligation(r, te, "переносить четвертные, полугодовые, годовые отметки в классный журнал", "29", None);
    if f.pupil_was_ill && !f.hourly {
        obligation(
            r,
            te,
            "отработать непроведённые из-за болезни ученика часы в сроки, согласованные с родителями",
            "41",
            None,
        );
    }
    let good_reason = f.events_of(EventType::MissedLesson).any(|e| e.reason == Some(MissReason::GoodReason));
    if f.pupil_was_ill || good_reason {
        obligation(r, te, "восстановить уроки, пропущенные по болезни учащегося или по уважительной причине, с отметкой даты восстановления в журнале", "Приложение 2", None);
    }
    if f.unexcused_restored() {
        obligation(r, te, "восстановить уроки, пропущенные без уважительной причины (1–3 по предмету), дать усиленное домашнее задание", "Приложение 2", None);
    }
    if f.unexcused.1 > 3 {
        obligation(r, te, "написать докладную на имя директора для перерасчёта заработной платы: более 3 пропусков без уважительной причины по одному предмету", "Приложение 2", None);
    }

    obligation(r, "pupil", "п. 26.2: соблюдать требования школы, добросовестно учиться, соблюдать расписание, находиться дома в часы занятий, вести дневник и тетради", "26.1–26.8", None);
    obligation(r, "parents", "п. 26.4: выполнять требования школы, создавать условия для занятий, сообщать рекомендации врача, в течение дня сообщать об отмене и возобновлении занятий, контролировать дневник и домашние задания", "26.1–26.8", None);
}
