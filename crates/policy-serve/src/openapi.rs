//! The OpenAPI 3.1 document of the API, generated from the handlers'
//! annotations and types (utoipa), served at `/openapi.json`. The report's
//! schema is not written again here: the JSON Schema of `policy schema
//! --report` (crate `policy-schema`) is added to the components and the
//! evaluation responses refer to it; the shipped clean case of murmansk-16
//! is the example of a case.

use serde_json::{json, Value};
use utoipa::OpenApi;

use crate::{api, problem};

/// A case that murmansk-16 judges clean (`policies/tests/murmansk-16/m01-…`,
/// as JSON): the example of the evaluation requests, and the page's example.
pub const EXAMPLE_CASE: &str = include_str!("assets/example-case.json");

/// The API's description.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "policy serve",
        description = "The evaluator of school regulations as an HTTP API: policies, cases, reports."
    ),
    paths(
        api::list_policies,
        api::get_policy,
        api::get_schema,
        api::get_doc,
        api::eval_one,
        api::eval_many,
        api::batch,
        api::compare,
        api::check,
        api::status
    ),
    components(schemas(
        api::PolicySummary,
        api::PolicyDetail,
        api::VersionInfo,
        api::ClauseInfo,
        api::ReportFormat,
        api::CheckResult,
        api::Status,
        problem::Problem,
        problem::CaseProblem
    ))
)]
pub struct ApiDoc;

/// The component name of a definition of the report schema.
fn component(definition: &str) -> String {
    if definition == "report" {
        "Report".to_owned()
    } else {
        format!("Report.{definition}")
    }
}

/// Points every `#/$defs/NAME` reference in `value` at its component.
fn rebase_refs(value: &mut Value) {
    match value {
        Value::Object(members) => {
            for (key, member) in members.iter_mut() {
                match member {
                    Value::String(target) if key == "$ref" => {
                        if let Some(name) = target.strip_prefix("#/$defs/") {
                            *target = format!("#/components/schemas/{}", component(name));
                        }
                    }
                    _ => rebase_refs(member),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(rebase_refs),
        _ => {}
    }
}

/// Adds the report's definitions to the components and makes the JSON
/// answers of the evaluations refer to them.
fn add_report_schema(doc: &mut Value) {
    let mut report = serde_json::to_value(policy_schema::report_schema()).unwrap_or(Value::Null);
    rebase_refs(&mut report);
    if let (Some(defs), Some(schemas)) = (
        report.get_mut("$defs").and_then(Value::as_object_mut).map(std::mem::take),
        doc.pointer_mut("/components/schemas").and_then(Value::as_object_mut),
    ) {
        for (name, schema) in defs {
            schemas.insert(component(&name), schema);
        }
    }
    let one = json!({"$ref": "#/components/schemas/Report"});
    let many = json!({"type": "array", "items": one.clone()});
    for (path, schema) in [("/api/policies/{id}/eval", one), ("/api/eval", many)] {
        let pointer = format!("/paths/{}/post/responses/200/content/application~1json/schema", path.replace('/', "~1"));
        if let Some(slot) = doc.pointer_mut(&pointer) {
            *slot = schema;
        }
    }
}

/// Gives the evaluation requests the shipped clean case as their JSON example.
fn add_example_case(doc: &mut Value) {
    let Ok(example) = serde_json::from_str::<Value>(EXAMPLE_CASE) else { return };
    for path in ["/api/policies/{id}/eval", "/api/eval", "/api/compare"] {
        let pointer = format!("/paths/{}/post/requestBody/content/application~1json", path.replace('/', "~1"));
        if let Some(Value::Object(media)) = doc.pointer_mut(&pointer) {
            media.insert("example".to_owned(), example.clone());
        }
    }
}

/// The document as JSON text.
pub fn document() -> String {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or(Value::Null);
    add_report_schema(&mut doc);
    add_example_case(&mut doc);
    serde_json::to_string_pretty(&doc).unwrap_or_else(|_| String::from("{}"))
}
