//! The OpenAPI 3.1 document of the API, generated from the handlers'
//! annotations and types (utoipa), served at `/openapi.json`.

use utoipa::OpenApi;

use crate::{api, problem};

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

/// The document as JSON text.
pub fn document() -> String {
    ApiDoc::openapi().to_pretty_json().unwrap_or_else(|_| String::from("{}"))
}
