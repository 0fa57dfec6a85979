//! The page for people without an editor, served at `/` from files compiled
//! into the binary (no network needed): choose a policy, paste a case, see
//! the report as `policy eval` shows it, compare schools, read a policy.

use axum::http::{header, HeaderValue};
use axum::response::{Html, IntoResponse, Response};

/// The page.
const INDEX: &str = include_str!("assets/index.html");
/// Its script.
const SCRIPT: &str = include_str!("assets/app.js");
/// Its style.
const STYLE: &str = include_str!("assets/app.css");

/// `GET /`.
pub async fn index() -> Html<&'static str> {
    Html(INDEX)
}

/// `GET /assets/app.js`.
pub async fn script() -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8"))], SCRIPT).into_response()
}

/// `GET /assets/app.css`.
pub async fn style() -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8"))], STYLE).into_response()
}

/// `GET /assets/example-case.json`: a case murmansk-16 judges clean, to start from.
pub async fn example_case() -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], crate::openapi::EXAMPLE_CASE)
        .into_response()
}
