//! Errors as problem details (RFC 9457, `application/problem+json`). A
//! problem names what went wrong and, for an invalid case, each field path and
//! place, never the case's values beyond what the decoder quotes.

use axum::body::Body;
use axum::http::{header, HeaderValue, Response, StatusCode};
use axum::response::IntoResponse;
use policy_i18n::Lang;
use serde::Serialize;
use utoipa::ToSchema;

/// The media type of a problem.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// One problem in a case: where it is and what is wrong.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseProblem {
    /// The field path (`pupil.grade`, `documents[1].date`); empty for the whole text.
    pub path: String,
    /// 1-based line, when the format gives it.
    pub line: Option<u32>,
    /// 1-based column in characters, when the format gives it.
    pub column: Option<u32>,
    /// What is wrong, in the language asked for by `lang=` (Russian unless asked).
    pub message: String,
    /// What was expected there, in the same language.
    pub expected: Option<String>,
    /// A close enumeration value, for "did you mean".
    pub suggestion: Option<String>,
}

impl CaseProblem {
    /// Case error `e` said in `lang`.
    pub fn new(e: &policy_eval::CaseError, lang: Lang) -> CaseProblem {
        CaseProblem {
            path: e.path.clone(),
            line: e.line,
            column: e.column,
            message: e.message.render(lang),
            expected: e.expected.as_ref().map(|what| what.render(lang)),
            suggestion: e.suggestion.clone(),
        }
    }
}

/// A problem details object (RFC 9457).
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem (`about:blank` or `/problems/KIND`).
    #[serde(rename = "type")]
    pub kind: String,
    /// A short summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong this time, and how to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// For an invalid case: every problem, with its field path and place.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<CaseProblem>,
    /// In a batch: the 1-based line of the input the problem is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

impl Problem {
    /// A problem of `kind` (appended to `/problems/`) with `status`.
    pub fn new(status: StatusCode, kind: &str, title: &str, detail: impl Into<String>) -> Problem {
        Problem {
            kind: format!("/problems/{kind}"),
            title: title.to_owned(),
            status: status.as_u16(),
            detail: Some(detail.into()),
            errors: Vec::new(),
            line: None,
        }
    }

    /// 404: no policy with this id is served.
    pub fn unknown_policy(id: &str) -> Problem {
        Problem::new(
            StatusCode::NOT_FOUND,
            "unknown-policy",
            "Unknown policy",
            format!("no policy `{id}` is served; `GET /api/policies` lists those that are"),
        )
    }

    /// 422: the case is not valid for the policy; each error said in `lang`.
    pub fn invalid_case(errors: &[policy_eval::CaseError], lang: Lang) -> Problem {
        Problem {
            errors: errors.iter().map(|e| CaseProblem::new(e, lang)).collect(),
            ..Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid-case",
                "Invalid case",
                format!("the case is not valid ({} error(s)); nothing was evaluated", errors.len()),
            )
        }
    }

    /// 400: a query parameter is wrong.
    pub fn bad_request(detail: impl Into<String>) -> Problem {
        Problem::new(StatusCode::BAD_REQUEST, "bad-request", "Bad request", detail)
    }

    /// 500: the server could not finish (a task failed).
    pub fn internal(detail: impl Into<String>) -> Problem {
        Problem::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", "Internal error", detail)
    }

    /// The problem as one JSON line (for a batch).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// A generic problem for a status produced outside the handlers (body
    /// limit, timeout, unknown route, wrong method).
    pub fn for_status(status: StatusCode) -> Problem {
        let detail = match status {
            StatusCode::PAYLOAD_TOO_LARGE => "the request body is larger than the server accepts".to_owned(),
            StatusCode::REQUEST_TIMEOUT => "the request took longer than the server allows".to_owned(),
            StatusCode::NOT_FOUND => "no such resource; `GET /openapi.json` describes the API".to_owned(),
            StatusCode::METHOD_NOT_ALLOWED => "this resource does not accept this method".to_owned(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => {
                "unknown content type: send a case as application/json, application/yaml or application/toml".to_owned()
            }
            _ => status.canonical_reason().unwrap_or("error").to_owned(),
        };
        Problem {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: Some(detail),
            errors: Vec::new(),
            line: None,
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> axum::response::Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = Response::new(Body::from(self.to_json()));
        *response.status_mut() = status;
        response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        response
    }
}

/// The longest plain-text error message kept as a problem's detail.
const MAX_DETAIL_BYTES: usize = 4096;

/// Middleware: turns an error response that is not yet a problem (from the
/// body limit, the timeout, the router or an extractor) into one, keeping
/// its headers (`Allow`, `WWW-Authenticate`) and, for a client error, its
/// plain-text message as the detail (an extractor's words about the query).
pub async fn as_problem(response: axum::response::Response) -> axum::response::Response {
    let status = response.status();
    let is_problem =
        response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(PROBLEM_JSON.as_bytes()));
    if !(status.is_client_error() || status.is_server_error()) || is_problem {
        return response;
    }
    let is_text = response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/plain"));
    let (parts, body) = response.into_parts();
    let mut problem = Problem::for_status(status);
    if status.is_client_error() && is_text && status != StatusCode::PAYLOAD_TOO_LARGE {
        if let Ok(text) = axum::body::to_bytes(body, MAX_DETAIL_BYTES).await {
            let text = String::from_utf8_lossy(&text).trim().to_owned();
            if !text.is_empty() {
                problem.detail = Some(text);
            }
        }
    }
    let mut response = problem.into_response();
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            response.headers_mut().insert(name.clone(), value.clone());
        }
    }
    response
}
