//! The layers every request passes: the access log (method, path, status and
//! time only: never a query, a header or a body), the metrics count, and the
//! optional bearer token.

use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::problem::Problem;
use crate::AppState;

/// Middleware: counts the response and, when logging is on, writes one line
/// to standard error: `METHOD PATH STATUS MILLISECONDSms`.
pub async fn access_log(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    state.metrics.responded(response.status().as_u16());
    if state.config.access_log {
        #[allow(clippy::print_stderr)]
        {
            eprintln!(
                "{method} {path} {} {:.1}ms",
                response.status().as_u16(),
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
    }
    response
}

/// Whether two byte strings are equal, in a time that depends only on their lengths.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Middleware: with a token configured, refuses an `/api/` request (and
/// `/metrics`) without `Authorization: Bearer TOKEN` (401).
pub async fn bearer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(token) = state.config.token.as_deref() else {
        return next.run(request).await;
    };
    let path = request.uri().path();
    if !(path.starts_with("/api/") || path == "/metrics") {
        return next.run(request).await;
    }
    let given = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if given.is_some_and(|g| same(g.trim().as_bytes(), token.as_bytes())) {
        return next.run(request).await;
    }
    let mut response = Problem::new(
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        "Unauthorized",
        "this server needs a token: send `Authorization: Bearer TOKEN`",
    )
    .into_response();
    response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    response
}
