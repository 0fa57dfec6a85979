//! The JSON API: the policies served, one policy's metadata, clauses, case
//! schema and document, evaluation of a case (one or several policies, or a
//! stream of cases), `check` of a policy text and `compare`. Every handler
//! answers a problem (RFC 9457) when it cannot answer; none logs a case or a
//! report.

use std::borrow::Cow;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use jiff::civil::Date;
use policy_check::model::Model;
use policy_eval::{CaseFormat, Report, Vocabulary};
use policy_i18n::Lang;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use policy_load::{today, JudgeError};

use crate::problem::Problem;
use crate::registry::Served;
use crate::AppState;

/// One policy in the list.
#[derive(Debug, Serialize, ToSchema)]
pub struct PolicySummary {
    /// The policy's id.
    pub id: String,
    /// The school's name.
    pub school: Option<String>,
    /// The regulation's title.
    pub title: Option<String>,
    /// The version in force today, when the policy has versions.
    pub version: Option<String>,
    /// The day that version came into force (`YYYY-MM-DD`).
    pub in_force_from: Option<String>,
}

/// A version of a policy.
#[derive(Debug, Serialize, ToSchema)]
pub struct VersionInfo {
    /// Its name.
    pub name: String,
    /// The day it comes into force (`YYYY-MM-DD`).
    pub in_force: Option<String>,
    /// The last day it is in force (`YYYY-MM-DD`).
    pub until: Option<String>,
}

/// A quoted clause of the regulation.
#[derive(Debug, Serialize, ToSchema)]
pub struct ClauseInfo {
    /// Its number as written (`2.22`).
    pub number: String,
    /// Its words.
    pub text: String,
}

/// One policy's metadata and clauses.
#[derive(Debug, Serialize, ToSchema)]
pub struct PolicyDetail {
    /// The policy as listed.
    #[serde(flatten)]
    pub summary: PolicySummary,
    /// The approval date (`YYYY-MM-DD`).
    pub approved: Option<String>,
    /// The approving act.
    pub approved_by: Option<String>,
    /// Where the regulation was published.
    pub source: Option<String>,
    /// Its versions, oldest first (empty when it declares none).
    pub versions: Vec<VersionInfo>,
    /// Its quoted clauses, in order.
    pub clauses: Vec<ClauseInfo>,
}

/// How a report is written.
#[derive(Debug, Clone, Copy, Default, Deserialize, ToSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    /// The contract's JSON, as `policy eval --format json` prints it.
    #[default]
    Json,
    /// Markdown, as `policy eval --format markdown` prints it.
    Markdown,
    /// Plain text, as `policy eval` prints it on a terminal (without colour).
    Text,
}

/// The query of an evaluation.
#[derive(Debug, Deserialize, IntoParams)]
pub struct EvalQuery {
    /// The date to judge the case on (`YYYY-MM-DD`; default: the case's `as_of`, else today).
    pub as_of: Option<String>,
    /// How to write the report (default `json`).
    pub format: Option<ReportFormat>,
    /// The language of a `markdown` or `text` report and of the errors of an invalid case:
    /// `ru` (default) or `en`.
    pub lang: Option<String>,
}

/// The query of an evaluation under several policies, or of a comparison.
#[derive(Debug, Deserialize, IntoParams)]
pub struct ManyQuery {
    /// The policy ids, comma-separated, in the order of the reports.
    pub policies: String,
    /// The date to judge the case on (`YYYY-MM-DD`; default: the case's `as_of`, else today).
    pub as_of: Option<String>,
    /// The language of the errors of an invalid case: `ru` (default) or `en`.
    pub lang: Option<String>,
}

/// The outcome of checking a policy text.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckResult {
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
    /// Every diagnostic, as `policy check --format json` gives it.
    #[schema(value_type = Vec<Object>)]
    pub diagnostics: Vec<policy_load::diagnostics::JsonDiagnostic>,
}

/// The outcome of the last reload of the policy files.
#[derive(Debug, Serialize, ToSchema)]
pub struct Status {
    /// The ids of the policies served.
    pub policies: Vec<String>,
    /// Whether the last reload succeeded (or none was needed).
    pub reload_ok: bool,
    /// The diagnostics of the broken edit that the last reload refused; the
    /// last good version keeps serving meanwhile.
    #[schema(value_type = Vec<Object>)]
    pub diagnostics: Vec<policy_load::diagnostics::JsonDiagnostic>,
}

fn summary(served: &Served) -> PolicySummary {
    let meta = &served.loaded.checked.model.meta;
    let version = served.loaded.in_force(today()).ok().and_then(|v| v.version);
    PolicySummary {
        id: meta.id.clone(),
        school: meta.school.clone(),
        title: meta.title.clone(),
        in_force_from: version.as_ref().map(|(_, d)| d.to_string()),
        version: version.map(|(name, _)| name),
    }
}

fn served(state: &AppState, id: &str) -> Result<Arc<Served>, Problem> {
    state.policies.current.load().get(id).cloned().ok_or_else(|| Problem::unknown_policy(id))
}

fn parse_date(text: Option<&str>) -> Result<Option<Date>, Problem> {
    text.map(|t| {
        t.parse::<Date>().map_err(|e| Problem::bad_request(format!("`as_of` is not a date (YYYY-MM-DD): {e}")))
    })
    .transpose()
}

/// The case format a `Content-Type` names; 415 for any other.
pub fn case_format(headers: &HeaderMap) -> Result<CaseFormat, Problem> {
    let value = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let media = value.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match media.as_str() {
        "application/json" => Ok(CaseFormat::Json),
        "application/yaml" | "application/x-yaml" | "text/yaml" | "text/x-yaml" => Ok(CaseFormat::Yaml),
        "application/toml" | "text/toml" => Ok(CaseFormat::Toml),
        _ => Err(Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Unsupported media type",
            format!(
                "cannot read a case sent as `{value}`: send it as application/json, application/yaml or application/toml"
            ),
        )),
    }
}

fn case_text(body: &Bytes, lang: Lang) -> Result<String, Problem> {
    policy_eval::case::text_from_bytes(body.to_vec()).map_err(|e| Problem::invalid_case(&[e], lang))
}

/// A case judged under one policy: the report and the model of the version
/// that judged it. The same steps as `policy eval`: decode for the latest
/// version, pick the version in force on the judging date, decode again for
/// it when it differs, evaluate, stamp the version. An invalid case's errors are said in
/// `lang`.
pub fn judge<'a>(
    served: &'a Served,
    text: &str,
    format: CaseFormat,
    as_of: Option<Date>,
    lang: Lang,
) -> Result<(Report, Cow<'a, Model>), Problem> {
    let decode = |model: &Model| {
        policy_eval::decode(text, format, &model.schema, &Vocabulary::new(model))
            .map(|(case, _warnings)| case)
            .map_err(|errors| Problem::invalid_case(&errors, lang))
    };
    let judged = served.loaded.judge(decode, |case| case, as_of, |_, _| Ok(None)).map_err(|e| match e {
        JudgeError::Case(problem) => problem,
        JudgeError::NotInForce(e) => Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "no-version-in-force",
            "No version in force",
            e.to_string().trim_start_matches("error: ").to_owned(),
        ),
    })?;
    Ok((judged.report, judged.model))
}

/// Runs `work` off the async threads (evaluation is CPU work).
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, Problem> {
    tokio::task::spawn_blocking(work).await.map_err(|e| Problem::internal(format!("the evaluation failed: {e}")))
}

fn with_type(body: String, media: &'static str) -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static(media))], body).into_response()
}

fn pretty<T: Serialize>(value: &T) -> Result<String, Problem> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| Problem::internal(format!("cannot write the report: {e}")))
}

/// The policies served.
#[utoipa::path(get, path = "/api/policies", tag = "policies",
    responses((status = 200, description = "The policies served, by id", body = [PolicySummary])))]
pub async fn list_policies(State(state): State<AppState>) -> Json<Vec<PolicySummary>> {
    Json(state.policies.current.load().policies.iter().map(|p| summary(p)).collect())
}

/// One policy's metadata, versions and quoted clauses.
#[utoipa::path(get, path = "/api/policies/{id}", tag = "policies",
    params(("id" = String, Path, description = "The policy's id", example = "murmansk-16")),
    responses((status = 200, description = "The policy", body = PolicyDetail),
        (status = 404, description = "No such policy", body = Problem, content_type = "application/problem+json")))]
pub async fn get_policy(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<PolicyDetail>, Problem> {
    let served = served(&state, &id)?;
    let model = &served.loaded.checked.model;
    let meta = &model.meta;
    Ok(Json(PolicyDetail {
        summary: summary(&served),
        approved: meta.approved.as_ref().map(|(d, _)| d.to_string()),
        approved_by: meta.approved.as_ref().and_then(|(_, act)| act.clone()),
        source: meta.source.clone(),
        versions: model
            .versions
            .iter()
            .map(|v| VersionInfo {
                name: v.name.clone(),
                in_force: v.in_force.map(|d| d.to_string()),
                until: v.until.map(|d| d.to_string()),
            })
            .collect(),
        clauses: model.clauses.iter().map(|c| ClauseInfo { number: c.number.clone(), text: c.text.clone() }).collect(),
    }))
}

/// The JSON Schema (draft 2020-12) of the case the policy reads, as `policy schema` prints it.
#[utoipa::path(get, path = "/api/policies/{id}/schema", tag = "policies",
    params(("id" = String, Path, description = "The policy's id", example = "murmansk-16")),
    responses((status = 200, description = "The case JSON Schema", body = Object, content_type = "application/schema+json"),
        (status = 404, description = "No such policy, or it declares no case schema", body = Problem, content_type = "application/problem+json")))]
pub async fn get_schema(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, Problem> {
    let served = served(&state, &id)?;
    let schema = policy_schema::case_schema(&served.loaded.checked.model).ok_or_else(|| {
        Problem::new(
            StatusCode::NOT_FOUND,
            "no-case-schema",
            "No case schema",
            format!("policy `{id}` declares no case schema"),
        )
    })?;
    let text = schema.to_pretty_string().map_err(|e| Problem::internal(format!("cannot write the schema: {e}")))?;
    Ok(with_type(text, "application/schema+json"))
}

/// The policy as a readable document (HTML, in Russian), as `policy doc` prints it.
#[utoipa::path(get, path = "/api/policies/{id}/doc", tag = "policies",
    params(("id" = String, Path, description = "The policy's id", example = "murmansk-16")),
    responses((status = 200, description = "The document", body = String, content_type = "text/html"),
        (status = 404, description = "No such policy", body = Problem, content_type = "application/problem+json")))]
pub async fn get_doc(State(state): State<AppState>, Path(id): Path<String>) -> Result<Html<String>, Problem> {
    let served = served(&state, &id)?;
    blocking(move || {
        let doc = policy_doc::build(&served.loaded.workspace, &served.loaded.checked.model, Lang::Ru);
        Html(policy_doc::html::render(&doc))
    })
    .await
}

/// Judges one case under one policy. The case is JSON, YAML or TOML, by its
/// `Content-Type`; the report is the one `policy eval` gives.
#[utoipa::path(post, path = "/api/policies/{id}/eval", tag = "eval",
    params(("id" = String, Path, description = "The policy's id", example = "murmansk-16"), EvalQuery),
    request_body(content(
        (Object = "application/json"),
        (String = "application/yaml"),
        (String = "application/toml")), description = "The case"),
    responses((status = 200, description = "The report: `policy eval --format json` (`format=json`), Markdown or text",
            content((Object = "application/json"), (String = "text/markdown"), (String = "text/plain"))),
        (status = 400, description = "A bad query", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such policy", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The case is too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Unknown content type", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The case is not valid: each field path and place", body = Problem, content_type = "application/problem+json")))]
pub async fn eval_one(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<EvalQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    let served = served(&state, &id)?;
    let format = case_format(&headers)?;
    let as_of = parse_date(query.as_of.as_deref())?;
    let lang = report_lang(query.lang.as_deref())?;
    let text = case_text(&body, lang)?;
    state.metrics.evaluated(1);
    let out_format = query.format.unwrap_or_default();
    blocking(move || {
        let (report, model) = judge(&served, &text, format, as_of, lang)?;
        Ok(match out_format {
            ReportFormat::Json => with_type(pretty(&report)?, "application/json"),
            ReportFormat::Markdown => {
                with_type(policy_eval::render::markdown(&report, &model, lang), "text/markdown; charset=utf-8")
            }
            ReportFormat::Text => {
                with_type(policy_eval::render::human(&report, &model, lang, false), "text/plain; charset=utf-8")
            }
        })
    })
    .await?
}

/// The language of a report and of a case's errors asked for by `lang=`: Russian unless said.
fn report_lang(lang: Option<&str>) -> Result<Lang, Problem> {
    lang.map_or(Ok(Lang::Ru), |code| {
        code.parse().map_err(|_| Problem::bad_request(format!("`lang` is `{code}`: give `ru` or `en`")))
    })
}

fn ids(list: &str) -> Result<Vec<String>, Problem> {
    let ids: Vec<String> = list.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect();
    if ids.is_empty() {
        return Err(Problem::bad_request("`policies` names no policy: give ids, comma-separated"));
    }
    Ok(ids)
}

fn served_all(state: &AppState, ids: &[String]) -> Result<Vec<Arc<Served>>, Problem> {
    let registry = state.policies.current.load();
    ids.iter().map(|id| registry.get(id).cloned().ok_or_else(|| Problem::unknown_policy(id))).collect()
}

/// Judges one case under several policies: the array of reports that
/// `policy eval --format json` prints for several `--policy`.
#[utoipa::path(post, path = "/api/eval", tag = "eval",
    params(ManyQuery),
    request_body(content(
        (Object = "application/json"),
        (String = "application/yaml"),
        (String = "application/toml")), description = "The case"),
    responses((status = 200, description = "One report per policy, in the order given", body = [Object]),
        (status = 400, description = "A bad query", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such policy", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The case is too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Unknown content type", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The case is not valid", body = Problem, content_type = "application/problem+json")))]
pub async fn eval_many(
    State(state): State<AppState>,
    Query(query): Query<ManyQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    let served = served_all(&state, &ids(&query.policies)?)?;
    let format = case_format(&headers)?;
    let as_of = parse_date(query.as_of.as_deref())?;
    let lang = report_lang(query.lang.as_deref())?;
    let text = case_text(&body, lang)?;
    state.metrics.evaluated(served.len());
    blocking(move || {
        let reports = served
            .iter()
            .map(|s| judge(s, &text, format, as_of, lang).map(|(r, _)| r))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(with_type(pretty(&reports)?, "application/json"))
    })
    .await?
}

/// Compares policies side by side (the JSON of `policy compare --format
/// json`); with a case in the body, judges it under each.
#[utoipa::path(post, path = "/api/compare", tag = "compare",
    params(ManyQuery),
    request_body(content(
        (Object = "application/json"),
        (String = "application/yaml"),
        (String = "application/toml")), description = "The case (optional: an empty body compares the policies alone)"),
    responses((status = 200, description = "`{\"policies\": [...], \"rows\": [...]}`", body = Object),
        (status = 400, description = "A bad query", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such policy", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Unknown content type", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The case is not valid", body = Problem, content_type = "application/problem+json")))]
pub async fn compare(
    State(state): State<AppState>,
    Query(query): Query<ManyQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    let served = served_all(&state, &ids(&query.policies)?)?;
    let as_of = parse_date(query.as_of.as_deref())?;
    let lang = report_lang(query.lang.as_deref())?;
    let case = if body.is_empty() { None } else { Some((case_format(&headers)?, case_text(&body, lang)?)) };
    if case.is_some() {
        state.metrics.evaluated(served.len());
    }
    blocking(move || {
        let mut judged = Vec::new();
        if let Some((format, text)) = &case {
            for s in &served {
                judged.push(judge(s, text, *format, as_of, lang)?);
            }
        }
        let inputs: Vec<policy_compare::Input<'_>> = served
            .iter()
            .enumerate()
            .map(|(i, s)| match judged.get(i) {
                Some((report, model)) => policy_compare::Input { model, report: Some(report) },
                None => policy_compare::Input { model: &s.loaded.checked.model, report: None },
            })
            .collect();
        let topics: Vec<policy_compare::Topic> = policy_compare::Topic::ALL
            .into_iter()
            .filter(|t| case.is_some() || *t != policy_compare::Topic::Case)
            .collect();
        // JSON: identifiers and stable keys, whatever the language.
        let comparison = policy_compare::compare(&inputs, &topics, policy_compare::Lang::default());
        Ok(with_type(policy_compare::json::render(&comparison), "application/json"))
    })
    .await?
}

/// Checks a policy text (one file; `use` of other files is not followed):
/// its diagnostics as data, as `policy check --format json` gives them.
#[utoipa::path(post, path = "/api/check", tag = "check",
    request_body(content = String, content_type = "text/plain", description = "The policy's text"),
    responses((status = 200, description = "The diagnostics", body = CheckResult),
        (status = 413, description = "The text is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The text is not UTF-8", body = Problem, content_type = "application/problem+json")))]
pub async fn check(body: Bytes) -> Result<Json<CheckResult>, Problem> {
    let text = String::from_utf8(body.to_vec()).map_err(|e| {
        Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-utf8",
            "Not UTF-8",
            format!("the policy is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()),
        )
    })?;
    blocking(move || {
        let (ws, checked) = policy_check::check_text(&text);
        let errors = checked.diagnostics.iter().filter(|d| d.diagnostic.is_error()).count();
        Json(CheckResult {
            errors,
            warnings: checked.diagnostics.len() - errors,
            diagnostics: policy_load::diagnostics::json(&ws, &checked.diagnostics, Lang::En),
        })
    })
    .await
}

/// The policies served and the outcome of the last reload of their files.
#[utoipa::path(get, path = "/api/status", tag = "policies",
    responses((status = 200, description = "The status", body = Status)))]
pub async fn status(State(state): State<AppState>) -> Json<Status> {
    let diagnostics = state.policies.status.lock().map(|s| s.diagnostics.clone()).unwrap_or_default();
    Json(Status {
        policies: state.policies.current.load().policies.iter().map(|p| p.id().to_owned()).collect(),
        reload_ok: diagnostics.is_empty(),
        diagnostics,
    })
}

/// A streaming batch: one case per line (JSON, NDJSON), one line out per
/// line in, in order: the report (compact JSON) or a problem with the
/// line's number and each field path.
#[utoipa::path(post, path = "/api/policies/{id}/batch", tag = "eval",
    params(("id" = String, Path, description = "The policy's id", example = "murmansk-16"), EvalQuery),
    request_body(content = String, content_type = "application/x-ndjson", description = "One JSON case per line"),
    responses((status = 200, description = "One report or problem per line", body = String, content_type = "application/x-ndjson"),
        (status = 404, description = "No such policy", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not NDJSON", body = Problem, content_type = "application/problem+json")))]
pub async fn batch(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<EvalQuery>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Problem> {
    let served = served(&state, &id)?;
    let media = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let media = media.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if !matches!(media.as_str(), "application/x-ndjson" | "application/jsonl" | "application/ndjson") {
        return Err(Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Unsupported media type",
            "send a batch as application/x-ndjson: one JSON case per line",
        ));
    }
    let as_of = parse_date(query.as_of.as_deref())?;
    let lang = report_lang(query.lang.as_deref())?;
    let lines = crate::batch::stream(served, body, as_of, lang, state.metrics.clone());
    Ok(([(header::CONTENT_TYPE, HeaderValue::from_static("application/x-ndjson"))], Body::from_stream(lines))
        .into_response())
}
