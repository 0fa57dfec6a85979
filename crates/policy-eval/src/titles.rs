//! Titles, not identifiers: how a report names an enumeration value, a value
//! or table, a document kind and a role — by the title the schema and the
//! policy give it (`ОВЗ`, `ребёнок-инвалид`, `медицинское заключение`).
//! Looked up at render time: a [`crate::Report`] keeps identifiers (they are
//! what the JSON report carries), so building it copies no titles.
//!
//! The titles a policy writes are Russian, the language of its regulation.
//! In English the identifier is shown: the model has no English titles.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;

use policy_check::model::{ElemSlot, Expr, ExprKind, ListId, Model, SymbolId, Value};
use policy_syntax::ast::BinaryOp;

use crate::report::ReportValue;
use policy_i18n::{Lang, Message};

/// The Russian title, when the language reads it; else the identifier.
fn pick<'a>(lang: Lang, title: Option<&'a str>, identifier: &'a str) -> &'a str {
    match (lang, title) {
        (Lang::Ru, Some(title)) if !title.trim().is_empty() => title,
        _ => identifier,
    }
}

/// The description of an enumeration value, when it has one.
pub fn symbol_description<'m>(model: &'m Model, name: &str) -> Option<&'m str> {
    description_of(model, model.symbol(name)?)
}

/// The description of the enumeration value `sym`, when it has one.
pub(crate) fn description_of(model: &Model, sym: SymbolId) -> Option<&str> {
    model.enums.iter().find_map(|e| e.variants.iter().find(|(s, _)| *s == sym).and_then(|(_, d)| d.as_deref()))
}

/// An enumeration value (`ovz` → «ОВЗ»).
pub fn symbol<'a>(model: &'a Model, lang: Lang, name: &'a str) -> &'a str {
    pick(lang, symbol_description(model, name), name)
}

/// A value or case-keyed table of the report (`max_weekly_hours` →
/// «предельная недельная нагрузка»).
pub fn value<'a>(model: &'a Model, lang: Lang, name: &'a str) -> &'a str {
    let description = model
        .values
        .iter()
        .find(|v| v.name == name)
        .and_then(|v| v.description.as_deref())
        .or_else(|| model.tables.iter().find(|t| t.name == name).and_then(|t| t.description.as_deref()));
    pick(lang, description, name)
}

/// A kind of document: its `document` declaration's title, else the
/// enumeration value's (`medical_certificate` → «медицинское заключение»).
pub fn document<'a>(model: &'a Model, lang: Lang, kind: &'a str) -> &'a str {
    let declared = model
        .symbol(kind)
        .and_then(|sym| model.documents.iter().find(|d| d.kind == sym).and_then(|d| d.description.as_deref()));
    pick(lang, declared.or_else(|| symbol_description(model, kind)), kind)
}

/// A role (`class_teacher` → «классный руководитель»).
pub fn role<'a>(model: &'a Model, lang: Lang, name: &'a str) -> &'a str {
    let title = model.roles.iter().find(|r| r.name == name).and_then(|r| r.title.as_deref());
    pick(lang, title, name)
}

/// The rule a finding comes from: a rule's title, a required document's
/// title (`document.medical_certificate`), the title of the role whose duty it is
/// (`duty.administration.control` → «Администрация школы»: the message says which duty),
/// else the identifier.
pub fn rule<'a>(model: &'a Model, lang: Lang, name: &'a str) -> &'a str {
    if let Some(kind) = name.strip_prefix("document.") {
        let title = document(model, lang, kind);
        return if title == kind { name } else { title };
    }
    if let Some(duty) = name.strip_prefix("duty.") {
        let role_name = duty.split('.').next().unwrap_or(duty);
        let title = role(model, lang, role_name);
        return if title == role_name { name } else { title };
    }
    let title = model.rules.iter().find(|r| r.name == name).and_then(|r| r.description.as_deref());
    pick(lang, title, name)
}

/// A citation's text (`"16"`, `"21–23"`) as a lawyer writes it: `п. 16`, `пп. 21–23` in
/// Russian, `cl. 16`, `cls. 21–23` in English; a citation `model` does not have, as it is.
pub fn clause(model: &Model, text: &str) -> Message {
    model.citation(text).map_or_else(|| Message::from(text.to_owned()), crate::eval::cite)
}

/// A reported value in words: numbers and dates as `lang` writes them,
/// enumeration values by their titles.
pub fn report_value(model: &Model, lang: Lang, v: &ReportValue) -> String {
    match v {
        ReportValue::Number(n) => policy_i18n::decimal(lang, n),
        ReportValue::Bool(true) => policy_i18n::tr!(lang, "report-yes"),
        ReportValue::Bool(false) => policy_i18n::tr!(lang, "report-no"),
        ReportValue::Text(t) | ReportValue::Duration(t) => t.clone(),
        ReportValue::Date(d) => policy_i18n::date(lang, *d),
        ReportValue::Symbol(s) => symbol(model, lang, s).to_owned(),
        ReportValue::Interval(a, b) => format!("{} — {}", policy_i18n::date(lang, *a), policy_i18n::date(lang, *b)),
        ReportValue::Range(a, b) => format!("{a}–{b}"),
        ReportValue::List(items) if items.is_empty() => "—".into(),
        ReportValue::List(items) => items.iter().map(|i| report_value(model, lang, i)).collect::<Vec<_>>().join(", "),
    }
}

/// The title of field `slot` of the element of `list` whose key is `key`, also when a case
/// has no such element: the element's title (a document by its declaration's, else its
/// kind's description) and the field's, without its note in brackets
/// (`медицинское заключение · действительно до`); `None` when the field has no title.
pub fn list_field(model: &Model, list: ListId, key: Option<&Value>, slot: ElemSlot) -> Option<String> {
    let def = model.schema.lists.get(list)?;
    let field = short(def.fields.get(slot)?.description.as_deref()?);
    let element = match key {
        Some(Value::Symbol(s)) => Some(document(model, Lang::Ru, model.symbol_name(*s))),
        _ => None,
    };
    Some(match element {
        Some(element) => format!("{element} · {field}"),
        None => field.to_string(),
    })
}

/// A date expression as a lawyer reads it: a field by its title in quotes
/// («заявление родителей · дата передачи в школу»), `a ?? b` as the first with the second
/// in its absence; any other expression, and every one in English, as the policy writes it.
pub fn date_expr(model: &Model, lang: Lang, e: &Expr) -> String {
    if lang != Lang::Ru {
        return policy_check::text::expr(model, e);
    }
    let title = match &e.kind {
        ExprKind::Field(slot) => {
            model.schema.slots.get(*slot).and_then(|f| f.description.as_deref()).map(|d| short(d).to_string())
        }
        ExprKind::ElemField { elem, list, slot } => {
            let key = match &elem.kind {
                ExprKind::Find { key, .. } => Some(key),
                _ => None,
            };
            list_field(model, *list, key, *slot)
        }
        ExprKind::Binary(BinaryOp::Coalesce, a, b) => {
            return format!("{} (если её нет — {})", date_expr(model, lang, a), date_expr(model, lang, b));
        }
        _ => None,
    };
    match title {
        Some(title) => format!("«{title}»"),
        None => policy_check::text::expr(model, e),
    }
}

/// The first letter in upper case (a title used as a heading).
pub fn capitalised(text: &str) -> Cow<'_, str> {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if !first.is_uppercase() => Cow::Owned(first.to_uppercase().chain(chars).collect()),
        _ => Cow::Borrowed(text),
    }
}

/// Reads the facts of a finding's «основания» (`documents.medical_certificate.valid_until =
/// 2025-12-31`, `sum(plan.subjects.hours) = 12`, as the JSON report keeps them) as a lawyer
/// reads them: fields, values, tables and parameters by their titles from the schema and
/// the policy («медицинское заключение · действительно до: 31.12.2025»), a built-in call
/// of the policy in words («сумма: предметы учебного плана · часов в неделю — 12»),
/// exceptions and events by their titles, enumeration values by theirs, dates and numbers
/// written the language's way, hours with their unit. A fact it cannot place (a note) is
/// shown as it is, with its dates in words; every fact in English is shown as it is: the
/// model has no English titles.
///
/// One reader serves one model: the policy's built-in calls are indexed by their text on
/// the first fact that needs it.
pub struct FactReader<'m> {
    model: &'m Model,
    lang: Lang,
    /// The policy's built-in calls by their text as the evaluator writes it.
    calls: OnceCell<HashMap<String, &'m Expr>>,
}

impl<'m> FactReader<'m> {
    /// A reader of `model`'s facts in `lang`.
    pub fn new(model: &'m Model, lang: Lang) -> Self {
        FactReader { model, lang, calls: OnceCell::new() }
    }

    /// A fact of a finding (as the evaluator keeps it) in the reader's language: in Russian
    /// read in words ([`FactReader::read`]), in English said as it is.
    pub fn say(&self, fact: &Message) -> FactWords {
        let said = fact.render(self.lang);
        match self.read(&said) {
            Cow::Owned(text) => FactWords { text, in_words: true },
            Cow::Borrowed(_) => FactWords { text: said, in_words: false },
        }
    }

    /// `fact`, as the JSON report writes it, in words.
    pub fn read<'a>(&self, fact: &'a str) -> Cow<'a, str> {
        if self.lang != Lang::Ru {
            return Cow::Borrowed(fact);
        }
        match self.titled(fact) {
            Some(words) => Cow::Owned(words),
            None => dates_in_words(self.lang, fact),
        }
    }

    /// A fact whose subject has a title: a field, value, table, parameter, built-in call,
    /// exception or event; `None` for anything else.
    fn titled(&self, fact: &str) -> Option<String> {
        let model = self.model;
        let (subject, value, rest) = match (fact.split_once(" = "), fact.split_once(": ")) {
            (Some((s, v)), Some((s2, _))) if s.len() < s2.len() => (s, Some(v), None),
            (_, Some((s, r))) => (s, None, Some(r)),
            (Some((s, v)), None) => (s, Some(v), None),
            (None, None) => (fact, None, None),
        };
        if let Some((title, ty)) = is_path(subject).then(|| subject_title(model, subject)).flatten() {
            return Some(match (value, rest) {
                (Some(value), _) => format!("{title}: {}", self.value_in_words(subject, ty, value)),
                // A table's lookup (`класс 5 → V–VIII → 10`): its result with its unit.
                (None, Some(rest)) => match rest.rsplit_once(" → ") {
                    Some((path, result)) => format!(
                        "{title}: {} → {}",
                        dates_in_words(self.lang, path),
                        self.value_in_words(subject, ty, result)
                    ),
                    None => format!("{title}: {}", dates_in_words(self.lang, rest)),
                },
                (None, None) => title,
            });
        }
        if let Some(words) = self.call(fact) {
            return Some(words);
        }
        if let Some((name, verdict)) = fact.strip_prefix("исключение ").and_then(|f| f.split_once(": ")) {
            let exception = model.rules.iter().flat_map(|r| &r.exceptions).find(|x| x.name == name)?;
            return Some(format!("исключение «{}»: {verdict}", exception.description.as_deref()?));
        }
        if let Some((name, rest)) = fact.strip_prefix("событие ").and_then(|f| f.split_once(' ')) {
            let title = symbol_description(model, name)?;
            return Some(format!("событие «{title}» {}", dates_in_words(self.lang, rest)));
        }
        None
    }

    /// A value of the fact about `name` in words.
    fn value_in_words(&self, name: &str, ty: Option<&policy_check::model::Ty>, value: &str) -> String {
        value_in_words(self.model, self.lang, name, ty, value)
    }

    /// A built-in call of the policy with its value (`count(events where type = order) = 2`,
    /// `school_year_end(request.start): не вычисляется`) in words.
    fn call(&self, fact: &str) -> Option<String> {
        let calls = self.calls.get_or_init(|| {
            let mut calls = HashMap::new();
            self.model.for_each_expr(|top| {
                top.walk(&mut |e| {
                    if matches!(e.kind, ExprKind::Call(..)) {
                        calls.entry(policy_check::text::expr(self.model, e)).or_insert(e);
                    }
                })
            });
            calls
        });
        let (subject, value) = match fact.rsplit_once(" = ") {
            Some((subject, value)) if calls.contains_key(subject) => (subject, Some(value)),
            _ => (fact.rsplit_once(": ")?.0, None),
        };
        let words = crate::words::expr(self.model, self.lang, calls.get(subject)?);
        Some(match value {
            // A dash, not a colon: the words of a built-in often have a colon of their own.
            Some(value) => format!("{words} — {}", self.value_in_words("", None, value)),
            None => format!("{words} —{}", &fact[subject.len() + 1..]),
        })
    }
}

/// A fact as a report shows it.
pub struct FactWords {
    /// Its text.
    pub text: String,
    /// Whether it is in words (names by their titles), not as the JSON report writes it.
    pub in_words: bool,
}

/// `text` with each ISO date in it (`2025-10-06`) written the language's way.
fn dates_in_words(lang: Lang, text: &str) -> Cow<'_, str> {
    const ISO: usize = "2025-10-06".len();
    let bytes = text.as_bytes();
    let is_date_at = |i: usize| {
        bytes.get(i..i + ISO).is_some_and(|w| {
            w.iter().enumerate().all(|(j, b)| if j == 4 || j == 7 { *b == b'-' } else { b.is_ascii_digit() })
        }) && !bytes.get(i + ISO).is_some_and(u8::is_ascii_digit)
            && !(i > 0 && bytes[i - 1].is_ascii_digit())
    };
    if !(0..bytes.len()).any(is_date_at) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if is_date_at(i) {
            if let Ok(date) = text[i..i + ISO].parse::<jiff::civil::Date>() {
                out.push_str(&policy_i18n::date(lang, date));
                i += ISO;
                continue;
            }
        }
        let ch = text[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    Cow::Owned(out)
}

/// A case field (an obligation's `depends_on`, a path of the JSON report) by its title in
/// quotes with its path: «медицинское заключение · действительно до»
/// (documents.medical_certificate.valid_until); else as it is, and always in English.
pub fn field<'a>(model: &Model, lang: Lang, path: &'a str) -> Cow<'a, str> {
    match (lang, is_path(path).then(|| subject_title(model, path)).flatten()) {
        (Lang::Ru, Some((title, _))) => Cow::Owned(titled(&title, path)),
        _ => Cow::Borrowed(path),
    }
}

/// A field named for a reader and a developer at once: «действительно до» (its.path).
pub(crate) fn titled(title: &str, path: &str) -> String {
    format!("«{title}» ({path})")
}

/// Whether `text` reads as a path or a name of the model (`documents.schedule.copies`), not
/// an expression or a note.
fn is_path(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '[' | ']'))
}

/// The title of a case field, a list element's field, a list element, a value or a table,
/// by its path or name, with the field's type when it has one.
fn subject_title<'m>(model: &'m Model, subject: &str) -> Option<(String, Option<&'m policy_check::model::Ty>)> {
    let schema = &model.schema;
    if let Some(f) = schema.slots.iter().find(|f| f.path == subject) {
        let field = short(f.description.as_deref()?);
        // A field of a record by the record's title too: «обучающийся · класс».
        let record = subject
            .rsplit_once('.')
            .and_then(|(record, _)| schema.records.iter().find(|r| r.path == record))
            .and_then(|r| r.description.as_deref());
        let title = match record {
            Some(record) => format!("{} · {field}", short(record)),
            None => field.to_string(),
        };
        return Some((title, Some(&f.ty)));
    }
    for list in &schema.lists {
        let Some(rest) = subject.strip_prefix(list.path.as_str()).and_then(|r| r.strip_prefix('.')) else {
            continue;
        };
        let (key, field) = match rest.split_once('.') {
            Some((key, field)) => (key, Some(field)),
            None => (rest, None),
        };
        let element = document(model, Lang::Ru, key);
        if element == key {
            return None;
        }
        return match field {
            None => Some((element.to_string(), None)),
            Some(field) => {
                let f = list.fields.iter().find(|f| f.path == field)?;
                Some((format!("{element} · {}", short(f.description.as_deref()?)), Some(&f.ty)))
            }
        };
    }
    if let Some(p) = model.params.iter().find(|p| p.name == subject) {
        return Some((p.description.clone()?, Some(&p.ty)));
    }
    let title = value(model, Lang::Ru, subject);
    let ty = model.values.iter().find(|v| v.name == subject).map(|v| &v.ty);
    (title != subject).then(|| (title.to_string(), ty))
}

/// A field's description without its trailing note in brackets (`окончание (пусто, если
/// неизвестно)` → `окончание`).
pub(crate) fn short(description: &str) -> &str {
    match description.rfind(" (") {
        Some(i) if description.ends_with(')') && i > 0 => &description[..i],
        _ => description,
    }
}

/// A value as the JSON report's fact writes it, in `lang`'s words: a date `31.12.2025`, a
/// number `10,25` (with the unit `name` gives it: «10,25 ч»), enumeration values by their
/// titles.
fn value_in_words(model: &Model, lang: Lang, name: &str, ty: Option<&policy_check::model::Ty>, value: &str) -> String {
    use policy_check::model::Ty;
    if let Ok(date) = value.parse::<jiff::civil::Date>() {
        return policy_i18n::date(lang, date);
    }
    if let Ok(n) = value.parse::<rust_decimal::Decimal>() {
        return crate::words::quantity(lang, &n, crate::words::unit_of(name));
    }
    match ty {
        Some(Ty::Symbol(_) | Ty::Set(_) | Ty::List(_)) => {
            value.split(", ").map(|name| symbol(model, lang, name)).collect::<Vec<_>>().join(", ")
        }
        _ => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Model {
        let (_, checked) = policy_check::check_text(
            r#"
enum category { ovz "ОВЗ"  gifted }
enum document_kind { medical_certificate "медицинское заключение"  other }
schema titled_case {
  pupil: { grade: int "класс"  categories: set of category "категории" } "обучающийся"
  request: { start: date "начало обучения"  end: date? "окончание (пусто, если неизвестно)" }
  documents: list of { kind: document_kind  valid_until: date? "действительно до" } keyed kind
}
value cap "предельная нагрузка" = 10
"#,
        );
        assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
        checked.model
    }

    #[test]
    fn a_fact_names_fields_values_and_documents_by_their_titles() {
        let m = model();
        let facts = FactReader::new(&m, Lang::Ru);
        let ru = |text: &str| facts.read(text).into_owned();
        assert_eq!(ru("pupil.grade = 5"), "обучающийся · класс: 5");
        assert_eq!(ru("pupil.categories = ovz, gifted"), "обучающийся · категории: ОВЗ, gifted");
        // A record without a title: the field's own, without its note in brackets.
        assert_eq!(ru("request.end = 2026-05-31"), "окончание: 31.05.2026");
        assert_eq!(ru("request.end: не указано"), "окончание: не указано");
        assert_eq!(
            ru("documents.medical_certificate.valid_until = 2025-12-31"),
            "медицинское заключение · действительно до: 31.12.2025"
        );
        assert_eq!(ru("documents.medical_certificate: нет в деле"), "медицинское заключение: нет в деле");
        assert_eq!(ru("cap = 10.25"), "предельная нагрузка: 10,25");
    }

    #[test]
    fn a_path_is_named_by_its_title_with_the_path() {
        let m = model();
        assert_eq!(
            field(&m, Lang::Ru, "documents.medical_certificate.valid_until"),
            "«медицинское заключение · действительно до» (documents.medical_certificate.valid_until)"
        );
        assert_eq!(field(&m, Lang::Ru, "plan.unknown"), "plan.unknown");
        assert_eq!(field(&m, Lang::En, "pupil.grade"), "pupil.grade");
    }

    #[test]
    fn what_is_not_a_named_field_stays_as_written() {
        let m = model();
        let facts = FactReader::new(&m, Lang::Ru);
        for fact in
            ["sum(plan.subjects.hours) = 12", "не проверено: в деле нет поля x", "срок 5 дней", "unknown.path = 1"]
        {
            assert!(matches!(facts.read(fact), Cow::Borrowed(f) if f == fact), "{fact}");
        }
        // English has no titles: the fact is the JSON report's.
        assert_eq!(FactReader::new(&m, Lang::En).read("pupil.grade = 5"), "pupil.grade = 5");
        assert_eq!(FactReader::new(&m, Lang::En).read("срок 5 дней → до 2025-10-06"), "срок 5 дней → до 2025-10-06");
    }

    #[test]
    fn calls_exceptions_parameters_events_and_dates_are_read_in_words() {
        let (_, checked) = policy_check::check_text(
            r#"
enum event_type { order "приказ о переводе"  other }
schema c {
  plan: { subjects: list of { hours: decimal "часы" } "предметы" } "план"
  events: list of { type: event_type "тип"  date: date "дата" } "события"
  grade: int "класс"
}
param sanpin_hours: decimal "нагрузка по СанПиН"
value load "нагрузка" = sum(plan.subjects.hours)
value orders "приказы" = count(events where type = order)
rule over "нагрузка не выше предела" {
  when load > 10
  violation "сверх предела"
}
exception granted for over "увеличение нагрузки решением директора" {
  when grade > 100
  allow
}
"#,
        );
        assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
        let facts = FactReader::new(&checked.model, Lang::Ru);
        let ru = |text: &str| facts.read(text).into_owned();
        assert_eq!(ru("sum(plan.subjects.hours) = 12.5"), "сумма: предметы · часы — 12,5");
        assert_eq!(ru("count(events where type = order) = 2"), "число: события, где тип: приказ о переводе — 2");
        assert_eq!(ru("sum(plan.subjects.hours): не вычисляется"), "сумма: предметы · часы — не вычисляется");
        assert_eq!(
            ru("исключение granted: не установлено"),
            "исключение «увеличение нагрузки решением директора»: не установлено"
        );
        assert_eq!(ru("sanpin_hours: внешний норматив не задан"), "нагрузка по СанПиН: внешний норматив не задан");
        assert_eq!(ru("событие order 2025-10-01 (Математика)"), "событие «приказ о переводе» 01.10.2025 (Математика)");
        assert_eq!(ru("срок 5 рабочих дней → до 2025-10-06"), "срок 5 рабочих дней → до 06.10.2025");
        // Not a date: digits around it.
        assert_eq!(ru("номер 12025-10-061"), "номер 12025-10-061");
    }
}
