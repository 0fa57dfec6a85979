//! The JSON Schema (draft 2020-12) of the case format, generated from a
//! policy's case schema (`schema pupil_case { … }`), so that editors can check
//! and complete case files (`*.case.json`, `*.case.yaml`) as they are written.
//!
//! The schema follows what `policy eval` accepts (see `policy_eval::decode`):
//! - `int a..b` is an integer from `a` to `b`; a plain `int` is a whole number
//!   ≥ 0 and a `decimal` a number ≥ 0 (numbers in a case are quantities —
//!   grades, ages, hours, copies — never negative);
//! - a `date` is a string in the `date` format with the pattern `YYYY-MM-DD`;
//!   a `duration` a string such as `7 days` or `2 месяца`;
//! - an enumeration is a string `enum`, each value described in
//!   `enumDescriptions` (read by VS Code);
//! - a field marked `?` is not required and may be `null`; the other fields
//!   of records and list elements are required ([`case_schema`]: the shared
//!   format as declared) — or, in the schema of one policy's own case format
//!   ([`policy_case_schema`]), required only when the policy requires them
//!   (see [`Required`]); a list may always be absent (an absent list is an
//!   empty list);
//! - every object allows fields the schema does not declare
//!   (`additionalProperties: true`): `policy eval` only warns about them.
//!
//! The output keeps the schema's declaration order whatever features
//! `serde_json` is built with: objects are written from a [`Json`] tree whose
//! objects are ordered lists of members.

use policy_check::model::{FieldDef, ListDef, ListId, Member, Model, Schema, Ty};
use policy_eval::Vocabulary;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

/// The `$schema` of the generated document.
pub const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The pattern of a date (`2025-09-01`); the `date` format also rejects impossible dates.
pub const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// The pattern of a duration as a case writes it (`7 days`, `2 недели`, `1 month`).
pub const DURATION_PATTERN: &str = "^\\s*\\+?[0-9]+\\s+(day|days|день|дня|дней|week|weeks|неделя|недели|неделю|недель|month|months|месяц|месяца|месяцев)\\s*$";

/// A JSON value whose objects keep their members in the order they were added.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A string.
    Str(String),
    /// An array.
    Array(Vec<Json>),
    /// An object, members in order.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// A string value.
    pub(crate) fn str(s: impl Into<String>) -> Json {
        Json::Str(s.into())
    }

    /// An object from its members.
    pub(crate) fn object<const N: usize>(members: [(&str, Json); N]) -> Json {
        Json::Object(members.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }

    /// Adds a member to an object (does nothing to other values).
    fn push(&mut self, key: &str, value: Json) {
        if let Json::Object(members) = self {
            members.push((key.to_string(), value));
        }
    }

    /// The member `key` of an object.
    fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        match self {
            Json::Object(members) => members.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Writes the value as pretty-printed JSON (two-space indent), ending with a newline.
    pub fn to_pretty_string(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self).map(|s| s + "\n")
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(b) => serializer.serialize_bool(*b),
            Json::Int(i) => serializer.serialize_i64(*i),
            Json::Str(s) => serializer.serialize_str(s),
            Json::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// Which fields a generated schema lists as `required`.
enum Required {
    /// Every field the case schema declares without `?` (the shared format).
    Declared,
    /// What the policy requires: a field declared without `?` that the policy
    /// reads (in a value, table, rule, exception, document condition or
    /// requirement, or a duty), so that `policy eval` rejects a case without
    /// it; a record declared without `?` in which the policy reads something;
    /// in a list the policy reads, every element field declared without `?`.
    /// This is exactly what the decoder rejects as missing.
    Read(Box<Vocabulary>),
}

impl Required {
    fn field(&self, slot: usize, def: &FieldDef) -> bool {
        !def.optional && self.reads(|v| v.reads_slot(slot))
    }

    fn record(&self, record: usize, optional: bool) -> bool {
        !optional && self.reads(|v| v.reads_record(record))
    }

    fn element(&self, list: ListId, def: &FieldDef) -> bool {
        !def.optional && self.reads(|v| v.reads_list(list))
    }

    fn reads(&self, read: impl FnOnce(&Vocabulary) -> bool) -> bool {
        match self {
            Required::Declared => true,
            Required::Read(vocabulary) => read(vocabulary),
        }
    }
}

/// Generates the JSON Schema of the case format of `model`'s case schema, as
/// declared: every field without `?` is required (the shared case format).
/// `None` when the policy declares (or imports) no case schema.
pub fn case_schema(model: &Model) -> Option<Json> {
    generate(model, &Required::Declared)
}

/// Generates the JSON Schema of the case format that the policy of `model`
/// reads: its case schema with its extensions, where a field is `required`
/// only when the policy requires it — declared without `?` and read by the
/// policy, so that `policy eval` rejects a case without it. `None` when the
/// policy declares (or imports) no case schema.
pub fn policy_case_schema(model: &Model) -> Option<Json> {
    generate(model, &Required::Read(Box::new(Vocabulary::new(model))))
}

fn generate(model: &Model, required: &Required) -> Option<Json> {
    let schema = &model.schema;
    if schema.name.is_empty() && schema.slots.is_empty() && schema.records.is_empty() && schema.lists.is_empty() {
        return None;
    }
    let name = if schema.name.is_empty() { "case" } else { schema.name.as_str() };
    let mut root = Json::object([
        ("$schema", Json::str(DRAFT)),
        ("$comment", Json::str(format!("Generated by `policy schema` from the case schema `{name}`. Do not edit."))),
        ("title", Json::str(name)),
        ("description", Json::str(root_description(schema, required))),
    ]);
    let body = record_body(model, None, required);
    if let Json::Object(fields) = body {
        if let Json::Object(root_members) = &mut root {
            root_members.extend(fields);
        }
    }
    Some(root)
}

fn root_description(schema: &Schema, required: &Required) -> String {
    let name = if schema.name.is_empty() { "case" } else { schema.name.as_str() };
    let which = match required {
        Required::Declared => "Поля со знаком `?` в схеме необязательны и могут быть null",
        Required::Read(_) => {
            "Обязательны только поля без знака `?`, которые положение читает; поля со знаком `?` могут быть null"
        }
    };
    format!("Дело для `policy eval` по схеме `{name}`. {which}; неизвестные поля допустимы (`policy eval` предупреждает о них).")
}

/// The object schema of a record (`None`: the case itself): its members in
/// declaration order, its required members.
fn record_body(model: &Model, record: Option<usize>, required_by: &Required) -> Json {
    let schema = &model.schema;
    let mut properties = Vec::new();
    let mut required = Vec::new();
    for (name, member) in schema.members(record) {
        let (json, is_required) = match *member {
            Member::Field(slot) => match schema.slots.get(slot) {
                Some(f) => (field_schema(model, f), required_by.field(slot, f)),
                None => continue,
            },
            Member::Record(index) => match schema.records.get(index) {
                Some(r) => {
                    let mut s = record_body(model, Some(index), required_by);
                    if r.optional {
                        make_nullable(&mut s);
                    }
                    (with_description(s, r.description.as_deref()), required_by.record(index, r.optional))
                }
                None => continue,
            },
            Member::List(list) => match schema.lists.get(list) {
                Some(l) => (list_schema(model, list, l, required_by), false),
                None => continue,
            },
        };
        properties.push((name.clone(), json));
        if is_required {
            required.push(Json::str(name.as_str()));
        }
    }
    let mut body = Json::object([("type", Json::str("object")), ("properties", Json::Object(properties))]);
    if !required.is_empty() {
        body.push("required", Json::Array(required));
    }
    body.push("additionalProperties", Json::Bool(true));
    body
}

/// The schema of a list of records: an array of objects.
fn list_schema(model: &Model, id: ListId, list: &ListDef, required_by: &Required) -> Json {
    let mut properties = Vec::new();
    let mut required = Vec::new();
    for field in &list.fields {
        properties.push((field.path.clone(), field_schema(model, field)));
        if required_by.element(id, field) {
            required.push(Json::str(field.path.as_str()));
        }
    }
    let mut element = Json::object([("type", Json::str("object")), ("properties", Json::Object(properties))]);
    if !required.is_empty() {
        element.push("required", Json::Array(required));
    }
    element.push("additionalProperties", Json::Bool(true));
    let mut s = Json::object([("type", Json::str("array")), ("items", element)]);
    if list.optional {
        make_nullable(&mut s);
    }
    let mut description = list.description.clone();
    if let Some(key) = list.key.and_then(|k| list.fields.get(k)) {
        let note = format!("элемент выбирается по полю `{}`", key.path);
        description = Some(match description {
            Some(d) => format!("{d} ({note})"),
            None => note,
        });
    }
    with_description(s, description.as_deref())
}

/// The schema of a scalar field (or a set), with its description.
fn field_schema(model: &Model, field: &FieldDef) -> Json {
    let mut s = type_schema(model, field, &field.ty);
    if field.optional {
        make_nullable(&mut s);
    }
    let enum_description = match &field.ty {
        Ty::Symbol(Some(e)) => model.enums.get(*e).and_then(|e| e.description.as_deref()),
        _ => None,
    };
    with_description(s, field.description.as_deref().or(enum_description))
}

/// The schema of one value of type `ty` (the field gives `int` ranges).
fn type_schema(model: &Model, field: &FieldDef, ty: &Ty) -> Json {
    match ty {
        Ty::Number if field.integer || field.int_range.is_some() => {
            let (min, max) = match field.int_range {
                Some((a, b)) => (a, Some(b)),
                None => (0, None),
            };
            let mut s = Json::object([("type", Json::str("integer")), ("minimum", Json::Int(min.max(0)))]);
            if let Some(max) = max {
                s.push("maximum", Json::Int(max));
            }
            s
        }
        Ty::Number => Json::object([("type", Json::str("number")), ("minimum", Json::Int(0))]),
        Ty::Bool => Json::object([("type", Json::str("boolean"))]),
        Ty::Text => Json::object([("type", Json::str("string"))]),
        Ty::Date => Json::object([
            ("type", Json::str("string")),
            ("format", Json::str("date")),
            ("pattern", Json::str(DATE_PATTERN)),
        ]),
        Ty::Duration => Json::object([("type", Json::str("string")), ("pattern", Json::str(DURATION_PATTERN))]),
        Ty::Symbol(Some(e)) => match model.enums.get(*e) {
            Some(def) => {
                let names = def.variants.iter().map(|(sym, _)| Json::str(model.symbol_name(*sym))).collect();
                let descriptions = def.variants.iter().map(|(_, d)| Json::str(d.clone().unwrap_or_default())).collect();
                Json::object([
                    ("type", Json::str("string")),
                    ("enum", Json::Array(names)),
                    ("enumDescriptions", Json::Array(descriptions)),
                ])
            }
            None => Json::object([("type", Json::str("string"))]),
        },
        Ty::Symbol(None) => Json::object([("type", Json::str("string"))]),
        Ty::Set(inner) | Ty::List(inner) => {
            Json::object([("type", Json::str("array")), ("items", type_schema(model, field, inner))])
        }
        // Not a type a case field can have (the checker reports it); accept anything.
        _ => Json::Object(Vec::new()),
    }
}

/// Lets `null` stand for the value: `"type": "T"` becomes `["T", "null"]`, and
/// an `enum` gains `null`.
fn make_nullable(schema: &mut Json) {
    if let Some(ty) = schema.get_mut("type") {
        if let Json::Str(t) = ty {
            *ty = Json::Array(vec![Json::Str(std::mem::take(t)), Json::str("null")]);
        }
    }
    if let Some(Json::Array(values)) = schema.get_mut("enum") {
        values.push(Json::Null);
    }
    if let Some(Json::Array(descriptions)) = schema.get_mut("enumDescriptions") {
        descriptions.push(Json::str("пусто: нет значения"));
    }
}

/// Puts `description` first among the schema's members, when there is one.
pub(crate) fn with_description(schema: Json, description: Option<&str>) -> Json {
    match (schema, description) {
        (Json::Object(mut members), Some(d)) => {
            members.insert(0, ("description".to_string(), Json::str(d)));
            Json::Object(members)
        }
        (schema, _) => schema,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema_of(text: &str) -> serde_json::Value {
        let (_, checked) = policy_check::check_text(text);
        let errors: Vec<_> = checked.diagnostics.iter().filter(|d| d.diagnostic.is_error()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        let json = case_schema(&checked.model).expect("a schema").to_pretty_string().expect("serializable");
        serde_json::from_str(&json).expect("valid JSON")
    }

    #[test]
    fn no_schema_no_json_schema() {
        let (_, checked) = policy_check::check_text("enum e { a b }\n");
        assert!(case_schema(&checked.model).is_none());
    }

    #[test]
    fn types_ranges_optional_and_lists() {
        let s = schema_of(
            "enum kind \"вид\" { a \"первый\" b }\n\
             schema c {\n\
               grade: int 1..12 \"класс\"\n\
               age: int\n\
               hours: decimal?\n\
               when: date?\n\
               within: duration\n\
               kinds: set of kind\n\
               rec: { flag: bool k: kind? }?\n\
               items: list of { kind: kind name: text? } keyed kind \"элементы\"\n\
             }\n",
        );
        let p = &s["properties"];
        assert_eq!(s["required"], serde_json::json!(["grade", "age", "within", "kinds"]));
        assert_eq!(p["grade"]["minimum"], 1);
        assert_eq!(p["grade"]["maximum"], 12);
        assert_eq!(p["grade"]["description"], "класс");
        assert_eq!(p["age"], serde_json::json!({"type": "integer", "minimum": 0}));
        assert_eq!(p["hours"], serde_json::json!({"type": ["number", "null"], "minimum": 0}));
        assert_eq!(p["when"]["type"], serde_json::json!(["string", "null"]));
        assert_eq!(p["when"]["format"], "date");
        assert_eq!(p["kinds"]["items"]["enum"], serde_json::json!(["a", "b"]));
        assert_eq!(p["kinds"]["items"]["enumDescriptions"], serde_json::json!(["первый", ""]));
        assert_eq!(p["rec"]["type"], serde_json::json!(["object", "null"]));
        assert_eq!(p["rec"]["required"], serde_json::json!(["flag"]));
        assert_eq!(p["rec"]["properties"]["k"]["enum"], serde_json::json!(["a", "b", null]));
        assert_eq!(p["rec"]["properties"]["k"]["description"], "вид");
        assert_eq!(p["items"]["type"], "array");
        assert_eq!(p["items"]["items"]["required"], serde_json::json!(["kind"]));
        assert_eq!(p["items"]["items"]["additionalProperties"], true);
        assert_eq!(s["additionalProperties"], true);
    }

    #[test]
    fn members_keep_declaration_order() {
        let (_, checked) = policy_check::check_text("schema c { zeta: int alpha: { y: bool b: bool } mid: text }\n");
        let text = case_schema(&checked.model).expect("a schema").to_pretty_string().expect("serializable");
        let at = |needle: &str| text.find(needle).unwrap_or(usize::MAX);
        assert!(at("\"zeta\"") < at("\"alpha\""));
        assert!(at("\"alpha\"") < at("\"mid\""));
        assert!(at("\"y\"") < at("\"b\""));
    }

    #[test]
    fn duration_pattern_matches_what_the_decoder_reads() {
        let re = |s: &str| {
            let validator =
                jsonschema::validator_for(&serde_json::json!({"pattern": DURATION_PATTERN})).expect("a valid pattern");
            validator.is_valid(&serde_json::json!(s))
        };
        for ok in ["7 days", "2 недели", "1 month", " 3  дня ", "2 месяцев"] {
            assert!(re(ok), "{ok}");
        }
        // Working days are counted by a policy's deadlines; a case file never states them.
        for bad in ["7days", "days", "-1 day", "2 fortnights", "2 working days", "5 рабочих дней"] {
            assert!(!re(bad), "{bad}");
        }
        let calendar_units = policy_syntax::units::DURATION_UNITS
            .iter()
            .filter(|w| w.unit != policy_syntax::ast::DurationUnit::WorkingDays);
        for words in calendar_units {
            for unit in words.spellings() {
                assert!(re(&format!("2 {unit}")), "the pattern lacks `{unit}`");
            }
        }
    }
}
