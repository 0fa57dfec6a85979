//! `policy serve`: the evaluator as an HTTP API for school information
//! systems, and a page for people without an editor.
//!
//! - JSON endpoints under `/api/` ([`api`]), described by an OpenAPI 3.1
//!   document at `/openapi.json` generated from the handlers ([`openapi`]);
//! - errors as problem details, RFC 9457 ([`problem`]);
//! - a body limit (413), a timeout (408) and a concurrency limit, as tower
//!   layers; graceful shutdown on SIGTERM and SIGINT ([`serve`]);
//! - policies reloaded atomically when their files change ([`reload`],
//!   [`registry`]);
//! - privacy: no case or report ever reaches a log; the access log has the
//!   method, path, status and time only ([`guard`]); an optional bearer token;
//!   `GET /healthz` and `GET /metrics` ([`metrics`]) carry no case data;
//! - the page at `/` ([`page`]), compiled into the binary.
//!
//! The server keeps no state between requests beyond the policies read from
//! disk: any number of instances can run behind a load balancer.

pub mod api;
pub mod batch;
pub mod guard;
pub mod metrics;
pub mod openapi;
pub mod page;
pub mod problem;
pub mod registry;
pub mod reload;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::metrics::Metrics;
use crate::registry::Policies;

/// How the server behaves.
#[derive(Debug, Clone)]
pub struct Config {
    /// The largest request body, in bytes (a case; the default is the
    /// evaluator's own limit on a case).
    pub body_limit: usize,
    /// The largest batch body, in bytes.
    pub batch_limit: usize,
    /// How long a request may take before it is answered 408.
    pub timeout: Duration,
    /// How many requests are served at once; the others wait.
    pub concurrency: usize,
    /// The bearer token that `/api/` and `/metrics` require, if any.
    pub token: Option<String>,
    /// Whether to write the access log to standard error.
    pub access_log: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            body_limit: policy_eval::case::MAX_CASE_BYTES,
            batch_limit: 256 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            concurrency: 256,
            token: None,
            access_log: true,
        }
    }
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// The policies served.
    pub policies: Arc<Policies>,
    /// The counters.
    pub metrics: Arc<Metrics>,
    /// The configuration.
    pub config: Arc<Config>,
}

impl AppState {
    /// The state for `policies` under `config`.
    pub fn new(policies: Policies, config: Config) -> AppState {
        AppState { policies: Arc::new(policies), metrics: Arc::new(Metrics::default()), config: Arc::new(config) }
    }
}

/// `GET /healthz`: `ok` while the server runs.
async fn healthz() -> &'static str {
    "ok\n"
}

/// `GET /metrics`: the counters in the Prometheus text format.
async fn metrics(State(state): State<AppState>) -> Response {
    let body = state.metrics.render(state.policies.current.load().policies.len());
    ([(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"))], body)
        .into_response()
}

/// `GET /openapi.json`.
async fn openapi_json() -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], openapi::document()).into_response()
}

/// The application: every route and layer.
pub fn router(state: AppState) -> Router {
    let config = Arc::clone(&state.config);
    let batch = Router::new()
        .route("/api/policies/{id}/batch", post(api::batch))
        .layer(DefaultBodyLimit::max(config.batch_limit))
        .layer(RequestBodyLimitLayer::new(config.batch_limit));
    let api = Router::new()
        .route("/api/policies", get(api::list_policies))
        .route("/api/policies/{id}", get(api::get_policy))
        .route("/api/policies/{id}/schema", get(api::get_schema))
        .route("/api/policies/{id}/doc", get(api::get_doc))
        .route("/api/policies/{id}/eval", post(api::eval_one))
        .route("/api/eval", post(api::eval_many))
        .route("/api/compare", post(api::compare))
        .route("/api/check", post(api::check))
        .route("/api/status", get(api::status))
        .layer(DefaultBodyLimit::max(config.body_limit))
        .layer(RequestBodyLimitLayer::new(config.body_limit))
        .layer(TimeoutLayer::new(config.timeout));
    Router::new()
        .route("/", get(page::index))
        .route("/assets/app.js", get(page::script))
        .route("/assets/app.css", get(page::style))
        .route("/assets/example-case.json", get(page::example_case))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/openapi.json", get(openapi_json))
        .merge(api)
        .merge(batch)
        .layer(axum::middleware::from_fn_with_state(state.clone(), guard::bearer))
        .layer(axum::middleware::map_response(problem::as_problem))
        .layer(GlobalConcurrencyLimitLayer::new(config.concurrency))
        .layer(axum::middleware::from_fn_with_state(state.clone(), guard::access_log))
        .with_state(state)
}

/// Serves `state` on `listener` until `shutdown` completes, then lets the
/// requests under way finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(state)).with_graceful_shutdown(shutdown).await
}

/// Completes on SIGTERM or SIGINT (Ctrl-C).
pub async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
