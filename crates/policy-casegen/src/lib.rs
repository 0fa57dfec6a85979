//! A seeded generator of realistic pupils' cases in the case contract
//! (`shared/spec/case-format.md`), for the batch benchmarks and for property
//! tests.
//!
//! Every case is valid against the shipped case schema
//! (`policies/case-schema.policy`): the generator makes lawful *data*, not
//! lawful *situations*, so a run holds every kind of finding. Over a few
//! hundred cases it uses every enumeration value (categories, forms,
//! groupings, addressees, approvers, document kinds, event types, absence
//! reasons) and the boundaries the regulations turn on: grades 1, 11 and 12,
//! weekly hours exactly at a cap and a quarter of an hour over it, periods of
//! exactly two months and two months and a day, `as_of` on the last day of a
//! quarter, end dates left `null`, missing documents and documents without a
//! seal, in one copy or approved by the wrong person.
//!
//! A quarter of the cases are kept in order (every usual document present
//! and correct, the plan under the cap), as most schools' are.
//!
//! The same seed gives the same cases, in the same order, on every machine
//! (ChaCha8, whose stream is fixed by its specification).
//!
//! ```
//! let mut cases = policy_casegen::Generator::new(7);
//! let first = cases.case();
//! assert_eq!(first["id"], "case-000001");
//! assert_eq!(policy_casegen::Generator::new(7).case(), first);
//! ```

use jiff::civil::{date, Date};
use jiff::Span;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Map, Value};

/// `pupil.categories`.
pub const CATEGORIES: &[&str] = &[
    "ovz",
    "disabled",
    "cannot_attend",
    "long_term_treatment",
    "psychophysical_features",
    "developmental_features",
    "special_educational_needs",
    "chronic",
    "learning_difficulties",
    "difficult_life_situation",
    "gifted",
    "asd",
    "social_pedagogical",
];

/// `request.form`.
pub const FORMS: &[&str] = &["home", "school", "combined"];

/// `request.grouping`.
pub const GROUPINGS: &[&str] = &["individual", "individual_group", "group"];

/// `documents[].addressed_to`.
pub const ADDRESSEES: &[&str] = &["director", "deputy_director", "other"];

/// `documents[].approved_by` and `documents[].agreed_by`.
pub const APPROVERS: &[&str] = &["director", "deputy_director", "class_teacher", "responsible_person", "other"];

/// `documents[].kind`.
pub const DOCUMENT_KINDS: &[&str] = &[
    "parent_application",
    "medical_certificate",
    "pmpk_conclusion",
    "school_order",
    "education_committee_order",
    "schedule",
    "curriculum",
    "journal",
    "calendar_plan",
    "individual_plan",
    "diagnostics",
    "responsible_person_order",
    "home_inspection_act",
    "ipra",
];

/// `events[].type`.
pub const EVENT_TYPES: &[&str] = &[
    "teacher_ill",
    "substitution",
    "pupil_ill",
    "missed_lesson",
    "admin_control",
    "marks_transferred",
    "plan_change",
    "order",
    "early_end",
];

/// `events[].reason` of a `missed_lesson`.
pub const MISS_REASONS: &[&str] = &["pupil_ill", "good_reason", "teacher_ill", "unexcused"];

/// Subjects of the plans (those the regulations name, and one they do not).
pub const SUBJECTS: &[&str] = &[
    "Русский язык",
    "Литература",
    "Математика",
    "Иностранный язык",
    "Физика",
    "Химия",
    "Биология",
    "География",
    "История",
    "Черчение",
    "Физическая культура",
    "Музыка",
    "Окружающий мир",
];

/// Medical issuers, as written by schools.
const ISSUERS: &[&str] = &["ВКК", "ВК", "КЭК", "ЦРБ", "поликлиника"];

/// The weekly caps of the shipped regulations (hours), at which the plan's
/// total is put exactly or a quarter of an hour over.
const CAPS: &[i64] = &[8, 10, 11, 12];

/// The share of cases kept in order (see `Draw::tidy`); the others are drawn freely.
const TIDY: f64 = 0.25;

/// An endless, deterministic sequence of cases for one seed.
pub struct Generator {
    rng: ChaCha8Rng,
    count: u64,
}

impl Generator {
    /// The generator for `seed`.
    pub fn new(seed: u64) -> Generator {
        Generator { rng: ChaCha8Rng::seed_from_u64(seed), count: 0 }
    }

    /// The next case, as a JSON object (its `id` is `case-NNNNNN`, counting from 1).
    pub fn case(&mut self) -> Value {
        self.count += 1;
        let id = format!("case-{:06}", self.count);
        Draw { rng: &mut self.rng }.case(id)
    }

    /// The next case as one line of JSON (without the line break).
    pub fn line(&mut self) -> String {
        self.case().to_string()
    }
}

impl Iterator for Generator {
    type Item = Value;
    fn next(&mut self) -> Option<Value> {
        Some(self.case())
    }
}

/// One case's draws.
struct Draw<'r> {
    rng: &'r mut ChaCha8Rng,
}

impl Draw<'_> {
    fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p)
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items.choose(self.rng).copied().unwrap_or_default()
    }

    /// `null` with probability `p`, else `value`.
    fn or_null(&mut self, p: f64, value: Value) -> Value {
        if self.chance(p) {
            Value::Null
        } else {
            value
        }
    }

    fn days(&mut self, from: Date, lo: i64, hi: i64) -> Date {
        let n = self.rng.random_range(lo..=hi);
        from.checked_add(Span::new().days(n)).unwrap_or(from)
    }

    fn case(&mut self, id: String) -> Value {
        if self.chance(TIDY) {
            return self.tidy(id);
        }
        let grade =
            if self.chance(0.15) { *[1, 11, 12].choose(self.rng).unwrap_or(&1) } else { self.rng.random_range(1..=12) };
        let age = grade + 6 + self.rng.random_range(0..=2);
        let year = if self.chance(0.5) { 2024 } else { 2025 };
        let start = if self.chance(0.6) { date(year, 9, 1) } else { self.days(date(year, 9, 1), 0, 120) };
        let end = self.end(start);
        let as_of = self.as_of(start);
        let mut case = Map::new();
        case.insert("id".into(), json!(id));
        if !self.chance(0.05) {
            case.insert("as_of".into(), json!(as_of.to_string()));
        }
        case.insert("pupil".into(), self.pupil(grade, age));
        case.insert("request".into(), self.request(start, end));
        case.insert("plan".into(), self.plan(grade));
        if self.chance(0.3) {
            let funding = json!(self.chance(0.6));
            let funding = self.or_null(0.2, funding);
            case.insert(
                "load_increase".into(),
                json!({
                    "director_decision": self.chance(0.7),
                    "parents_application": self.chance(0.7),
                    "funding": funding,
                }),
            );
        }
        case.insert("documents".into(), self.documents(start));
        case.insert("events".into(), self.events(start, as_of));
        Value::Object(case)
    }

    /// A case kept the way the regulations ask (every usual document present
    /// and correct, the plan under the cap, judged early in the period), as a
    /// school that keeps its papers in order would have it.
    fn tidy(&mut self, id: String) -> Value {
        let grade = self.rng.random_range(1..=11);
        let start = date(if self.chance(0.5) { 2024 } else { 2025 }, 9, 1);
        let as_of = self.days(start, 0, 12);
        let mut subjects = Vec::new();
        for &subject in &SUBJECTS[..4] {
            subjects.push(json!({ "subject": subject, "hours": self.hours(4, 8) }));
        }
        let day = |d: Date, n: i64| d.checked_add(Span::new().days(n)).unwrap_or(d).to_string();
        json!({
            "id": id,
            "as_of": as_of.to_string(),
            "pupil": { "grade": grade, "age": grade + 6, "categories": ["cannot_attend"], "contraindicated_subjects": [] },
            "request": { "form": "home", "grouping": "individual", "start": start.to_string(),
                         "end": date(start.year() + 1, 5, 31).to_string(), "parents_consent_school": false },
            "plan": { "subjects": subjects, "weeks": 34 },
            "documents": [
                { "kind": "parent_application", "date": day(start, -12), "addressed_to": "director" },
                { "kind": "medical_certificate", "date": day(start, -17), "issuer": "поликлиника",
                  "valid_until": date(start.year() + 1, 5, 31).to_string(), "stamp": true, "seal": true,
                  "handed_in": day(start, -12) },
                { "kind": "school_order", "date": day(start, -3) },
                { "kind": "schedule", "copies": 2, "agreed_with_parents": true, "approved_by": "deputy_director" },
                { "kind": "journal", "electronic": false },
                { "kind": "calendar_plan", "copies": 2, "approved_by": "deputy_director" },
            ],
            "events": [],
        })
    }

    /// The end of the period: unknown, exactly two months, two months and a
    /// day, the end of the school year, or anything in between.
    fn end(&mut self, start: Date) -> Option<Date> {
        let months = |m: i64| start.checked_add(Span::new().months(m)).ok();
        match self.rng.random_range(0..6) {
            0 => None,
            1 => months(2),
            2 => months(2).and_then(|d| d.tomorrow().ok()),
            3 => Some(date(start.year() + i16::from(start.month() >= 9), 5, 31)),
            4 => months(2).and_then(|d| d.yesterday().ok()),
            _ => Some(self.days(start, 7, 300)),
        }
    }

    /// The date judged on: the last day of a quarter of the period, the day
    /// after it, the start itself, or any day of the year.
    fn as_of(&mut self, start: Date) -> Date {
        let quarter_end = |q: i64| start.checked_add(Span::new().months(3 * q)).ok().and_then(|d| d.yesterday().ok());
        match self.rng.random_range(0..5) {
            0 => quarter_end(self.rng.random_range(1..=3)).unwrap_or(start),
            1 => quarter_end(1).and_then(|d| d.tomorrow().ok()).unwrap_or(start),
            2 => start,
            _ => self.days(start, 1, 330),
        }
    }

    fn pupil(&mut self, grade: i64, age: i64) -> Value {
        let mut categories: Vec<&str> = Vec::new();
        for _ in 0..self.rng.random_range(0..=3) {
            let c = self.pick(CATEGORIES);
            if !categories.contains(&c) {
                categories.push(c);
            }
        }
        let mut pupil = json!({ "grade": grade, "age": age, "categories": categories });
        if self.chance(0.8) {
            pupil["lives_in_catchment"] = json!(self.chance(0.8));
        }
        if self.chance(0.2) {
            pupil["contraindicated_subjects"] = json!([self.pick(SUBJECTS)]);
        }
        pupil
    }

    fn request(&mut self, start: Date, end: Option<Date>) -> Value {
        let mut request = json!({
            "form": self.pick(FORMS),
            "start": start.to_string(),
            "end": end.map(|d| d.to_string()),
        });
        if self.chance(0.8) {
            request["grouping"] = json!(self.pick(GROUPINGS));
        }
        if self.chance(0.5) {
            request["home_unsafe"] = json!(self.chance(0.1));
        }
        if self.chance(0.5) {
            request["parents_consent_school"] = json!(self.chance(0.5));
        }
        request
    }

    /// Hours in quarters of an hour (exact in JSON's decimal text).
    fn hours(&mut self, lo_quarters: i64, hi_quarters: i64) -> Value {
        quarters(self.rng.random_range(lo_quarters..=hi_quarters))
    }

    fn plan(&mut self, grade: i64) -> Value {
        let mut subjects = Vec::new();
        let mut names: Vec<&str> = Vec::new();
        for _ in 0..self.rng.random_range(1..=6) {
            let s = self.pick(SUBJECTS);
            if !names.contains(&s) {
                names.push(s);
                subjects.push(json!({ "subject": s, "hours": self.hours(2, 16) }));
            }
        }
        let mut plan = json!({ "subjects": subjects });
        if self.chance(0.7) {
            plan["extracurricular_hours"] = self.hours(0, 8);
        }
        if self.chance(0.6) {
            plan["correctional_hours"] = self.hours(0, 8);
        }
        if self.chance(0.4) {
            // At a cap, a quarter of an hour over it, or anywhere.
            let cap = match grade {
                1..=4 => CAPS[0],
                5..=8 => CAPS[1],
                9 => CAPS[2],
                _ => CAPS[3],
            };
            plan["weekly_hours"] = match self.rng.random_range(0..3) {
                0 => quarters(cap * 4),
                1 => quarters(cap * 4 + 1),
                _ => self.hours(8, 60),
            };
        }
        if self.chance(0.7) {
            plan["weeks"] = json!(self.rng.random_range(33..=35));
        }
        plan
    }

    fn documents(&mut self, start: Date) -> Value {
        let mut documents = Vec::new();
        for &kind in DOCUMENT_KINDS {
            // The usual documents are usually there; the rest sometimes.
            let usual = matches!(kind, "parent_application" | "medical_certificate" | "schedule" | "school_order");
            if !self.chance(if usual { 0.85 } else { 0.35 }) {
                continue;
            }
            documents.push(self.document(kind, start));
        }
        Value::Array(documents)
    }

    fn document(&mut self, kind: &str, start: Date) -> Value {
        let mut d = json!({ "kind": kind });
        if self.chance(0.8) {
            d["date"] = json!(self.days(start, -30, 10).to_string());
        }
        match kind {
            "parent_application" => d["addressed_to"] = json!(self.pick(ADDRESSEES)),
            "medical_certificate" => {
                d["issuer"] = json!(self.pick(ISSUERS));
                let valid_until = json!(self.days(start, 30, 400).to_string());
                d["valid_until"] = self.or_null(0.2, valid_until);
                d["stamp"] = json!(self.chance(0.85));
                d["seal"] = json!(self.chance(0.8));
                d["handed_in"] = json!(self.days(start, -20, 5).to_string());
            }
            "schedule" => {
                d["copies"] = json!(self.rng.random_range(1..=3));
                d["agreed_with_parents"] = json!(self.chance(0.8));
                d["approved_by"] = json!(self.pick(APPROVERS));
            }
            "journal" => d["electronic"] = json!(self.chance(0.3)),
            "individual_plan" | "calendar_plan" | "curriculum" => {
                d["developed_with_parents"] = json!(self.chance(0.7));
                d["agreed_by"] = json!(self.pick(APPROVERS));
                d["approved_by"] = json!(self.pick(APPROVERS));
                d["approved_on"] = json!(self.days(start, -10, 20).to_string());
            }
            "school_order" | "education_committee_order" | "responsible_person_order" => {
                d["title"] = json!(format!("Приказ № {}", self.rng.random_range(1..=300)));
            }
            _ => {}
        }
        d
    }

    fn events(&mut self, start: Date, as_of: Date) -> Value {
        let mut events = Vec::new();
        let span = (as_of - start).get_days().max(1);
        for _ in 0..self.rng.random_range(0..=8) {
            let kind = self.pick(EVENT_TYPES);
            let on = self.days(start, 0, i64::from(span));
            let mut e = json!({ "type": kind, "date": on.to_string() });
            match kind {
                "teacher_ill" | "substitution" | "pupil_ill" => {
                    if self.chance(0.8) {
                        e["subject"] = json!(self.pick(&SUBJECTS[..4]));
                    }
                    if kind == "teacher_ill" && self.chance(0.5) {
                        // A substitution on day 7 or 8 after the illness.
                        let later = self.days(on, 7, 8);
                        events.push(json!({ "type": "substitution", "date": later.to_string(), "subject": e.get("subject").cloned().unwrap_or(Value::Null) }));
                    }
                }
                "missed_lesson" => {
                    e["subject"] = json!(self.pick(&SUBJECTS[..4]));
                    e["reason"] = json!(self.pick(MISS_REASONS));
                }
                "order" => e["title"] = json!("Приказ об изменении расписания"),
                _ => {}
            }
            events.push(e);
        }
        Value::Array(events)
    }
}

/// `n` quarters of an hour as a JSON number (`2.25`, `10`).
fn quarters(n: i64) -> Value {
    if n % 4 == 0 {
        json!(n / 4)
    } else {
        // n / 4 with a remainder of 1, 2 or 3 quarters: exact in binary and in decimal text.
        json!(n as f64 / 4.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_gives_the_same_cases_and_another_seed_others() {
        let a: Vec<Value> = Generator::new(7).take(50).collect();
        let b: Vec<Value> = Generator::new(7).take(50).collect();
        let c: Vec<Value> = Generator::new(8).take(50).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn every_enumeration_value_and_boundary_occurs() {
        let cases: Vec<Value> = Generator::new(1).take(1000).collect();
        let text = serde_json::to_string(&cases).unwrap_or_default();
        for value in CATEGORIES
            .iter()
            .chain(FORMS)
            .chain(GROUPINGS)
            .chain(ADDRESSEES)
            .chain(APPROVERS)
            .chain(DOCUMENT_KINDS)
            .chain(EVENT_TYPES)
            .chain(MISS_REASONS)
        {
            assert!(text.contains(&format!("\"{value}\"")), "{value} never occurs");
        }
        let grades: Vec<i64> = cases.iter().filter_map(|c| c["pupil"]["grade"].as_i64()).collect();
        for g in 1..=12 {
            assert!(grades.contains(&g), "grade {g} never occurs");
        }
        assert!(cases.iter().any(|c| c["request"]["end"].is_null()), "no case without an end date");
        assert!(cases.iter().any(|c| c["plan"]["weekly_hours"] == json!(10)), "no case at the V–VIII cap");
        assert!(cases.iter().any(|c| c["plan"]["weekly_hours"] == json!(10.25)), "no case a quarter over the cap");
        assert!(
            cases
                .iter()
                .any(|c| c["request"]["start"] == json!("2025-09-01") && c["request"]["end"] == json!("2025-11-01")),
            "no period of exactly two months"
        );
    }
}
