//! The report of one case judged under one policy, as data. It serializes
//! (with `serde`) exactly as the JSON report of the case-file contract
//! (`shared/spec/case-format.md`): keys `policy`, `school`, `as_of`,
//! `eligible`, `values`, `missing_documents`, `findings`, `obligations`, and
//! `policy_errors` only when there are any; before them `schema_version`
//! (the version of this report's shape, [`REPORT_SCHEMA_VERSION`]) and `id`
//! (the case's own identifier, only when the case gives one);
//! `version` and `in_force_from` (after `as_of`) only when the policy has versions.

use std::cmp::Ordering;
use std::sync::Arc;

use jiff::civil::Date;
use policy_check::citation::CitationRef;
use policy_check::model::Severity;
use policy_i18n::{Lang, Message};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::Serialize;

/// The version of the JSON report's shape, written as its `schema_version`:
/// raised when a key is renamed or removed or changes its meaning (adding a
/// key does not raise it).
pub const REPORT_SCHEMA_VERSION: u32 = 1;

/// One case judged under one policy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The version of the report's shape: always [`REPORT_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The case's own identifier (its top-level `id`), echoed so that a
    /// report can be matched to its case in a batch; absent when the case has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The policy id.
    pub policy: String,
    /// The school's name, when the policy gives it.
    pub school: Option<String>,
    /// The date the case is judged on.
    #[serde(serialize_with = "ser_date")]
    pub as_of: Date,
    /// The version of the policy the case was judged by, when the policy has
    /// versions (set by the caller, which picks the version in force).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The day that version came into force (with `version`).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "ser_opt_date")]
    pub in_force_from: Option<Date>,
    /// Whether the pupil qualifies: `None` when the policy does not decide it
    /// or the case lacks what it needs.
    pub eligible: Option<bool>,
    /// Every value and case-keyed table with a result, by name, in the
    /// policy's order; a JSON object.
    #[serde(serialize_with = "ser_values")]
    pub values: Vec<(String, ReportValue)>,
    /// The kinds of required documents that are absent or defective.
    pub missing_documents: Vec<String>,
    /// Findings: violations, then warnings, then infos, each group by clause.
    pub findings: Vec<Finding>,
    /// What each role must do, with due dates where there are deadlines.
    pub obligations: Vec<Obligation>,
    /// What kept this case from being judged: contradictions in the policy
    /// itself (two exceptions to one rule that both apply and disagree), and
    /// arithmetic past the decimal maximum (`сумма часов слишком велика: …`,
    /// naming the expression). Not part of the
    /// contract's keys: serialized only when non-empty; the CLI exits with 2
    /// when there is any (see [`Report::exit_code`]).
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "ser_messages")]
    pub policy_errors: Vec<Message>,
    /// The readings each reported value rests on (`reading "…"` at the value
    /// or at a value or table it reads), by value name, in `values`' order;
    /// a JSON object, serialized only when some value rests on a reading.
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "ser_value_readings")]
    pub value_readings: Vec<(String, Vec<Arc<str>>)>,
    /// The topics the regulation is silent on (`not_stated`): reports say
    /// «в Положении не указано» there. Serialized only when non-empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_stated: Vec<NotStated>,
}

/// A topic the regulation says nothing about. Its texts are the policy's, shared, not
/// copied per case.
#[derive(Debug, Clone, Serialize)]
pub struct NotStated {
    /// The topic's name (`pay`, `caps`, `documents`, …).
    pub topic: &'static str,
    /// What the policy says about the silence.
    pub text: Arc<str>,
    /// Where the topic would be expected: the citation's text in JSON.
    #[serde(serialize_with = "citation_text")]
    pub clause: Option<Arc<CitationRef>>,
}

impl PartialEq for NotStated {
    /// Equal when they say the same: topic, text and the citation's text.
    fn eq(&self, other: &NotStated) -> bool {
        self.topic == other.topic
            && self.text == other.text
            && self.clause.as_ref().map(|c| &c.text) == other.clause.as_ref().map(|c| &c.text)
    }
}

/// A citation as the JSON report writes it: its text (`"2.4"`), or `null`.
fn citation_text<S: serde::Serializer>(c: &Option<Arc<CitationRef>>, s: S) -> Result<S::Ok, S::Error> {
    match c {
        Some(c) => s.serialize_some(c.text.as_str()),
        None => s.serialize_none(),
    }
}

impl Report {
    /// Whether any finding is a violation.
    pub fn has_violations(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Violation)
    }

    /// The exit status the contract gives this report: 2 when the policy
    /// contradicted itself or overflowed on this case, 1 when there is a violation, else 0.
    pub fn exit_code(&self) -> i32 {
        if !self.policy_errors.is_empty() {
            2
        } else if self.has_violations() {
            1
        } else {
            0
        }
    }

    /// The value reported under this name.
    pub fn value(&self, name: &str) -> Option<&ReportValue> {
        self.values.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// Sorts findings as the contract wants: by severity, then by clause
    /// (numbers compared as numbers: 2.9 before 2.22 before 16); stable.
    pub fn sort_findings(&mut self) {
        self.findings.sort_by(|a, b| {
            a.severity.cmp(&b.severity).then_with(|| cmp_clauses(a.clause.as_deref(), b.clause.as_deref()))
        });
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// `violation`, `warning` or `info`.
    #[serde(serialize_with = "ser_severity")]
    pub severity: Severity,
    /// The rule's name, or `document.<kind>`, or `duty.<role>.<key or 1-based index>`.
    pub rule: String,
    /// The citation, exactly as the policy writes it.
    pub clause: Option<String>,
    /// What is wrong: the policy's words (its message), or the evaluator's
    /// (`нет документа: …`), said in the reader's language; in Russian in JSON.
    #[serde(serialize_with = "ser_message")]
    pub message: Message,
    /// The facts that led to it (`pupil.grade = 5`, `max_weekly_hours: класс 5 → V–VIII → 10`),
    /// in the reader's language; in Russian in JSON.
    #[serde(serialize_with = "ser_messages")]
    pub explanation: Vec<Message>,
    /// The readings it rests on (the interpretations the policy chose where
    /// the regulation is ambiguous), shared with the model; serialized only when non-empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<Arc<str>>,
}

impl Finding {
    /// The message as the JSON report writes it (in Russian).
    pub fn text(&self) -> String {
        self.message.render(Lang::Ru)
    }

    /// The facts as the JSON report writes them (in Russian).
    pub fn facts(&self) -> Vec<String> {
        self.explanation.iter().map(|fact| fact.render(Lang::Ru)).collect()
    }
}

/// Something a role must do for this case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Obligation {
    /// The role's name (`class_teacher`).
    pub role: String,
    /// The duty's text.
    pub duty: String,
    /// The citation.
    pub clause: Option<String>,
    /// The date it must be done by, for deadlines and periodic duties.
    #[serde(serialize_with = "ser_opt_date")]
    pub due: Option<Date>,
    /// `Some(Unknown)` when the duty's condition cannot be decided on the
    /// case: it may apply (`"condition": "unknown"`); absent when it applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<DutyCondition>,
    /// What an undecided condition depends on: absent fields by path, external
    /// norms without a value, values the policy leaves undecided. Serialized
    /// only when non-empty.
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "ser_messages")]
    pub depends_on: Vec<Message>,
    /// The readings the duty rests on, shared with the model; serialized only when non-empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<Arc<str>>,
}

/// The state of a listed duty's condition, when it is not simply "applies".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DutyCondition {
    /// The case cannot decide it: the duty may apply.
    Unknown,
}

/// A reported value.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportValue {
    /// An exact number: a JSON integer when whole, else a JSON number.
    Number(Decimal),
    /// A boolean.
    Bool(bool),
    /// Text.
    Text(String),
    /// A date, `YYYY-MM-DD`.
    Date(Date),
    /// An enumeration value, by name.
    Symbol(String),
    /// A duration, as `7 days`, `2 weeks`, `2 months`.
    Duration(String),
    /// A span between two dates, as `start/end`.
    Interval(Date, Date),
    /// An integer range, `a..b`.
    Range(i64, i64),
    /// A list or set.
    List(Vec<ReportValue>),
}

impl Serialize for ReportValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ReportValue::Number(d) => ser_decimal(d, s),
            ReportValue::Bool(b) => s.serialize_bool(*b),
            ReportValue::Text(t) | ReportValue::Symbol(t) | ReportValue::Duration(t) => s.serialize_str(t),
            ReportValue::Date(d) => s.collect_str(d),
            ReportValue::Interval(a, b) => s.collect_str(&format_args!("{a}/{b}")),
            ReportValue::Range(a, b) => s.collect_str(&format_args!("{a}..{b}")),
            ReportValue::List(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for i in items {
                    seq.serialize_element(i)?;
                }
                seq.end()
            }
        }
    }
}

/// A whole number as a JSON integer; otherwise the nearest binary number
/// (JSON numbers are read as such by their consumers; the decimal text of
/// short decimals such as 0.25 or 7.5 survives it exactly).
fn ser_decimal<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let d = d.normalize();
    if d.fract().is_zero() {
        if let Some(i) = d.to_i64() {
            return s.serialize_i64(i);
        }
    }
    match d.to_f64() {
        Some(f) => s.serialize_f64(f),
        None => s.collect_str(&d),
    }
}

fn ser_date<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

fn ser_opt_date<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

/// A message as the JSON report carries it: in Russian, the language of the contract.
fn ser_message<S: Serializer>(m: &Message, s: S) -> Result<S::Ok, S::Error> {
    match m {
        Message::Text(t) => s.serialize_str(t),
        m => s.serialize_str(&m.render(Lang::Ru)),
    }
}

fn ser_messages<S: Serializer>(messages: &[Message], s: S) -> Result<S::Ok, S::Error> {
    let mut seq = s.serialize_seq(Some(messages.len()))?;
    for m in messages {
        seq.serialize_element(&MessageRu(m))?;
    }
    seq.end()
}

/// A message serialized in Russian.
struct MessageRu<'a>(&'a Message);

impl Serialize for MessageRu<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ser_message(self.0, s)
    }
}

fn ser_severity<S: Serializer>(sev: &Severity, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(sev.as_str())
}

fn ser_value_readings<S: Serializer>(readings: &[(String, Vec<Arc<str>>)], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(readings.len()))?;
    for (k, v) in readings {
        map.serialize_entry(k, v)?;
    }
    map.end()
}

fn ser_values<S: Serializer>(values: &[(String, ReportValue)], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(values.len()))?;
    for (k, v) in values {
        map.serialize_entry(k, v)?;
    }
    map.end()
}

/// Compares citations with numbers as numbers (`2.9` < `2.22` < `16`); a
/// missing citation sorts last.
pub fn cmp_clauses(a: Option<&str>, b: Option<&str>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(a), Some(b)) => natural_cmp(a, b),
    }
}

fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        match (a.is_empty(), b.is_empty()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        let da = a.bytes().take_while(u8::is_ascii_digit).count();
        let db = b.bytes().take_while(u8::is_ascii_digit).count();
        let ord = if da > 0 && db > 0 {
            let (na, nb) = (a[..da].trim_start_matches('0'), b[..db].trim_start_matches('0'));
            na.len().cmp(&nb.len()).then_with(|| na.cmp(nb))
        } else {
            let ca = a.chars().next();
            let cb = b.chars().next();
            // Digits sort before other characters.
            match (da > 0, db > 0) {
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ => ca.cmp(&cb),
            }
        };
        if ord != Ordering::Equal {
            return ord;
        }
        let step_a = if da > 0 { da } else { a.chars().next().map_or(1, char::len_utf8) };
        let step_b = if db > 0 { db } else { b.chars().next().map_or(1, char::len_utf8) };
        a = &a[step_a..];
        b = &b[step_b..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_sort_as_numbers() {
        let mut v = vec!["16", "2.22", "2.9", "Приложение 3", "5", "2.9.1"];
        v.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(v, ["2.9", "2.9.1", "2.22", "5", "16", "Приложение 3"]);
    }

    #[test]
    fn numbers_serialize_exactly() {
        let v = ReportValue::List(vec![
            ReportValue::Number(Decimal::new(100, 1)),
            ReportValue::Number(Decimal::new(75, 1)),
            ReportValue::Number(Decimal::new(25, 2)),
        ]);
        assert_eq!(serde_json::to_string(&v).ok().as_deref(), Some("[10,7.5,0.25]"));
    }
}
