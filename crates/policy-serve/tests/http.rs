//! The API as its users call it: a real server on a loopback port, a real
//! HTTP client (ureq).

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use policy_serve::registry::Policies;
use policy_serve::{AppState, Config};

fn root() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).to_path_buf()
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")).join(name))
        .expect("a fixture")
}

const M01: &str = "policies/tests/murmansk-16/m01-clean-grade5-cap-exact.yaml";

/// A server running on its own thread until dropped.
struct Server {
    base: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn start_with(paths: Vec<PathBuf>, config: Config, watch: bool) -> Server {
    let Ok(policies) = Policies::load(paths) else { panic!("the policies load") };
    let state = AppState::new(policies, Config { access_log: false, ..config });
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (addr_tx, addr_rx) = mpsc::channel();
    let thread = std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().expect("a runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a port");
            addr_tx.send(listener.local_addr().expect("an address")).expect("the test waits");
            let _watcher = watch.then(|| policy_serve::reload::watch(state.clone()).expect("a watcher"));
            policy_serve::serve(listener, state, async {
                let _ = stopped.await;
            })
            .await
            .expect("the server runs");
        });
    });
    let addr = addr_rx.recv().expect("the server starts");
    Server { base: format!("http://{addr}"), stop: Some(stop), thread: Some(thread) }
}

fn start() -> Server {
    start_with(vec![root().join("policies")], Config::default(), false)
}

/// A client that returns error statuses as responses.
fn client() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

struct Answer {
    status: u16,
    content_type: String,
    body: String,
}

impl Answer {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

fn answer(mut response: ureq::http::Response<ureq::Body>) -> Answer {
    let status = response.status().as_u16();
    let content_type = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let body = response.body_mut().with_config().limit(64 * 1024 * 1024).read_to_string().expect("a text body");
    Answer { status, content_type, body }
}

fn get(server: &Server, path: &str) -> Answer {
    answer(client().get(format!("{}{path}", server.base)).call().expect("an answer"))
}

fn post(server: &Server, path: &str, content_type: &str, body: &str) -> Answer {
    answer(
        client()
            .post(format!("{}{path}", server.base))
            .header("content-type", content_type)
            .send(body)
            .expect("an answer"),
    )
}

#[test]
fn the_policies_are_listed_with_school_and_title() {
    let server = start();
    let list = get(&server, "/api/policies").json();
    let ids: Vec<&str> = list.as_array().expect("an array").iter().filter_map(|p| p["id"].as_str()).collect();
    assert_eq!(ids, ["balashikha-7", "murmansk-16", "privolzhye-1", "samara-99"]);
    assert_eq!(list[1]["school"], "МОУ СОШ № 16 г. Мурманска");
    let one = get(&server, "/api/policies/murmansk-16").json();
    assert!(one["clauses"].as_array().expect("clauses").iter().any(|c| c["number"] == "16"), "{one}");
}

#[test]
fn a_yaml_case_and_the_same_case_in_json_give_the_same_report() {
    let server = start();
    let yaml = std::fs::read_to_string(root().join(M01)).expect("the case");
    let from_yaml = post(&server, "/api/policies/murmansk-16/eval", "application/yaml", &yaml);
    assert_eq!(from_yaml.status, 200, "{}", from_yaml.body);
    assert_eq!(from_yaml.content_type, "application/json");
    let from_json = post(
        &server,
        "/api/policies/murmansk-16/eval",
        "application/json; charset=utf-8",
        policy_serve::openapi::EXAMPLE_CASE,
    );
    assert_eq!(from_yaml.body, from_json.body);
    let report = from_yaml.json();
    assert_eq!(report["policy"], "murmansk-16");
    assert_eq!(report["eligible"], true);
    assert_eq!(report["values"]["max_weekly_hours"], 10);
}

#[test]
fn as_of_in_the_query_overrides_the_case() {
    let server = start();
    let report = post(
        &server,
        "/api/policies/murmansk-16/eval?as_of=2025-10-01",
        "application/json",
        policy_serve::openapi::EXAMPLE_CASE,
    );
    assert_eq!(report.json()["as_of"], "2025-10-01");
    let bad = post(
        &server,
        "/api/policies/murmansk-16/eval?as_of=tomorrow",
        "application/json",
        policy_serve::openapi::EXAMPLE_CASE,
    );
    assert_eq!(bad.status, 400);
    assert_eq!(bad.content_type, "application/problem+json");
    assert!(bad.json()["detail"].as_str().is_some_and(|d| d.contains("`as_of` is not a date")), "{}", bad.body);
    let format = post(
        &server,
        "/api/policies/murmansk-16/eval?format=pdf",
        "application/json",
        policy_serve::openapi::EXAMPLE_CASE,
    );
    assert_eq!((format.status, format.content_type.as_str()), (400, "application/problem+json"));
    assert!(format.json()["detail"].as_str().is_some_and(|d| d.contains("pdf")), "{}", format.body);
}

#[test]
fn the_report_as_text_quotes_the_clauses() {
    let server = start();
    let over = std::fs::read_to_string(root().join("policies/tests/murmansk-16/m02-grade5-over-by-quarter-hour.yaml"))
        .expect("the case");
    let text = post(&server, "/api/policies/murmansk-16/eval?format=text", "application/yaml", &over);
    assert_eq!(text.status, 200);
    assert!(text.content_type.starts_with("text/plain"), "{}", text.content_type);
    // The sentence of п. 16 that decides a grade-5 pupil, not the clause's first words.
    assert!(text.body.contains("п. 16: «В V - VIII классах - до 10 часов;»"), "{}", text.body);
    assert!(!text.body.contains('\u{1b}'), "the text has colours");
}

#[test]
fn an_invalid_case_is_a_problem_with_field_paths_and_places() {
    let server = start();
    let case = "as_of: 2025-09-10\npupil:\n  grade: пятый\n";
    let problem = post(&server, "/api/policies/murmansk-16/eval", "application/yaml", case);
    assert_eq!(problem.status, 422);
    assert_eq!(problem.content_type, "application/problem+json");
    let problem = problem.json();
    assert_eq!(problem["status"], 422);
    let grade = problem["errors"].as_array().expect("errors").iter().find(|e| e["path"] == "pupil.grade");
    let grade = grade.unwrap_or_else(|| panic!("no error at pupil.grade: {problem}"));
    assert_eq!(grade["line"], 3);
    assert_eq!(grade["column"], 10);
    let russian = grade["message"].as_str().unwrap_or_default().to_owned();
    assert!(russian.chars().any(|c| ('а'..='я').contains(&c)), "not Russian by default: {russian}");
    // In the language asked for, on every endpoint that reads a case.
    for url in [
        "/api/policies/murmansk-16/eval?lang=en",
        "/api/eval?policies=murmansk-16&lang=en",
        "/api/compare?policies=murmansk-16&lang=en",
    ] {
        let problem = post(&server, url, "application/yaml", case).json();
        let errors = problem["errors"].as_array().unwrap_or_else(|| panic!("{url}: no errors: {problem}"));
        let grade = errors.iter().find(|e| e["path"] == "pupil.grade").expect("an error at pupil.grade");
        let english = grade["message"].as_str().unwrap_or_default();
        assert!(english.starts_with(|c: char| c.is_ascii_alphabetic()), "{url}: not English: {english}");
        assert_ne!(english, russian, "{url}");
    }
    let bad = post(&server, "/api/policies/murmansk-16/eval?lang=de", "application/yaml", case);
    assert_eq!(bad.status, 400);
}

#[test]
fn a_toml_case_is_read_as_toml() {
    let server = start();
    let problem = post(
        &server,
        "/api/policies/murmansk-16/eval",
        "application/toml",
        "as_of = 2025-09-10\n[pupil]\ngrade = \"x\"\n",
    )
    .json();
    assert_eq!(problem["status"], 422);
    assert!(problem["errors"].as_array().expect("errors").iter().any(|e| e["path"] == "pupil.grade"), "{problem}");
}

#[test]
fn unknown_type_policy_route_and_oversized_bodies_are_problems() {
    let server = start_with(vec![root().join("policies")], Config { body_limit: 4096, ..Config::default() }, false);
    let csv = post(&server, "/api/policies/murmansk-16/eval", "text/csv", "a,b");
    assert_eq!((csv.status, csv.content_type.as_str()), (415, "application/problem+json"));
    let unknown = post(&server, "/api/policies/nowhere/eval", "application/json", "{}");
    assert_eq!((unknown.status, unknown.content_type.as_str()), (404, "application/problem+json"));
    assert!(unknown.json()["detail"].as_str().unwrap_or("").contains("nowhere"));
    let method = answer(client().delete(format!("{}/api/policies", server.base)).call().expect("an answer"));
    assert_eq!((method.status, method.content_type.as_str()), (405, "application/problem+json"));
    assert_eq!(method.json()["status"], 405);
    let route = get(&server, "/api/nothing-here");
    assert_eq!((route.status, route.content_type.as_str()), (404, "application/problem+json"));
    let big = format!("{{\"pad\": \"{}\"}}", "x".repeat(10_000));
    let too_large = post(&server, "/api/policies/murmansk-16/eval", "application/json", &big);
    assert_eq!((too_large.status, too_large.content_type.as_str()), (413, "application/problem+json"));
}

#[test]
fn a_request_over_the_time_limit_is_answered_408() {
    // A slow client: it sends the headers and half of the body, then waits.
    // The server cannot finish before the time limit, whatever the machine's
    // speed, so the answer must be 408 (a zero limit raced the handler).
    use std::io::{Read, Write};
    let server = start_with(
        vec![root().join("policies")],
        Config { timeout: Duration::from_millis(200), ..Config::default() },
        false,
    );
    let address = server.base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).expect("a connection");
    stream.set_read_timeout(Some(Duration::from_secs(20))).expect("a read timeout");
    let body = policy_serve::openapi::EXAMPLE_CASE;
    let head = format!(
        "POST /api/policies/murmansk-16/eval HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).expect("the headers go");
    stream.write_all(&body.as_bytes()[..body.len() / 2]).expect("half of the body goes");
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    let status_line = answer.lines().next().unwrap_or("");
    assert!(status_line.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.to_ascii_lowercase().contains("content-type: application/problem+json"), "{answer}");
}

#[test]
fn several_policies_give_an_array_of_reports_in_order() {
    let server = start();
    let yaml = std::fs::read_to_string(root().join(M01)).expect("the case");
    let reports = post(&server, "/api/eval?policies=samara-99,murmansk-16", "application/yaml", &yaml).json();
    let ids: Vec<&str> = reports.as_array().expect("an array").iter().filter_map(|r| r["policy"].as_str()).collect();
    assert_eq!(ids, ["samara-99", "murmansk-16"]);
}

#[test]
fn the_batch_answers_each_line_in_order() {
    let server = start();
    let case = policy_serve::openapi::EXAMPLE_CASE;
    let body = format!("{}\n{{\"pupil\": 5}}\n\n{}\n", case.trim(), case.trim());
    let out = post(&server, "/api/policies/murmansk-16/batch", "application/x-ndjson", &body);
    assert_eq!(out.status, 200);
    assert_eq!(out.content_type, "application/x-ndjson");
    let lines: Vec<serde_json::Value> =
        out.body.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect();
    assert_eq!(lines.len(), 3, "{}", out.body);
    assert_eq!(lines[0]["policy"], "murmansk-16");
    assert_eq!(lines[1]["status"], 422);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["errors"].as_array().expect("errors").iter().any(|e| e["path"] == "pupil"), "{}", lines[1]);
    assert_eq!(lines[2]["policy"], "murmansk-16");
}

#[test]
fn check_gives_diagnostics_as_data() {
    let server = start();
    let out = post(
        &server,
        "/api/check",
        "text/plain",
        "policy p {\n  title: \"x\"\n}\nrule r { when nonsense then deny }\n",
    );
    assert_eq!(out.status, 200);
    let result = out.json();
    assert!(result["errors"].as_u64().unwrap_or(0) > 0, "{result}");
    let first = &result["diagnostics"][0];
    assert!(first["code"].is_string() && first["start"]["line"].is_u64(), "{result}");
}

#[test]
fn compare_with_a_case_judges_it_under_each_policy() {
    let server = start();
    let out = post(
        &server,
        "/api/compare?policies=murmansk-16,samara-99",
        "application/json",
        policy_serve::openapi::EXAMPLE_CASE,
    );
    assert_eq!(out.status, 200, "{}", out.body);
    let comparison = out.json();
    assert_eq!(comparison["policies"].as_array().map(Vec::len), Some(2), "{comparison}");
    assert!(comparison["rows"].as_array().is_some_and(|r| !r.is_empty()));
}

#[test]
fn schema_and_document_of_a_policy() {
    let server = start();
    let schema = get(&server, "/api/policies/murmansk-16/schema");
    assert_eq!(schema.content_type, "application/schema+json");
    assert_eq!(schema.json()["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let doc = get(&server, "/api/policies/murmansk-16/doc");
    assert!(doc.content_type.starts_with("text/html"));
    assert!(doc.body.contains("МОУ СОШ № 16"));
}

#[test]
fn the_openapi_document_is_a_valid_openapi_3_1_document() {
    let server = start();
    let doc = get(&server, "/openapi.json").json();
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.1.")), "{}", doc["openapi"]);
    let meta: serde_json::Value = serde_json::from_str(&fixture("oas-3.1-schema.json")).expect("the meta-schema");
    let validator = jsonschema::options().should_validate_formats(true).build(&meta).expect("a validator");
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    for path in ["/api/policies", "/api/policies/{id}/eval", "/api/policies/{id}/batch", "/api/check", "/api/compare"] {
        assert!(doc["paths"][path].is_object(), "{path} is not described");
    }
    let report = &doc["paths"]["/api/policies/{id}/eval"]["post"]["responses"]["200"]["content"]["application/json"];
    assert_eq!(report["schema"]["$ref"], "#/components/schemas/Report");
    assert!(doc["components"]["schemas"]["Report"]["properties"]["findings"].is_object());
    assert!(doc["components"]["schemas"]["Report.finding"].is_object());
    let broken = serde_json::json!({"openapi": "3.1.0", "info": {"title": "x"}, "paths": {}});
    assert!(!validator.is_valid(&broken), "the meta-schema accepts an info without a version");
}

#[test]
fn the_token_guards_the_api_but_not_health_or_the_page() {
    let server =
        start_with(vec![root().join("policies")], Config { token: Some("s3cret".into()), ..Config::default() }, false);
    let refused = get(&server, "/api/policies");
    assert_eq!((refused.status, refused.content_type.as_str()), (401, "application/problem+json"));
    let wrong = answer(
        client()
            .get(format!("{}/api/policies", server.base))
            .header("authorization", "Bearer s3cre")
            .call()
            .expect("an answer"),
    );
    assert_eq!(wrong.status, 401);
    let allowed = answer(
        client()
            .get(format!("{}/api/policies", server.base))
            .header("authorization", "Bearer s3cret")
            .call()
            .expect("an answer"),
    );
    assert_eq!(allowed.status, 200);
    assert_eq!(get(&server, "/healthz").status, 200);
    assert_eq!(get(&server, "/").status, 200);
    assert_eq!(get(&server, "/metrics").status, 401);
}

#[test]
fn metrics_count_evaluations_and_carry_no_case_data() {
    let server = start();
    post(&server, "/api/policies/murmansk-16/eval", "application/json", policy_serve::openapi::EXAMPLE_CASE);
    let metrics = get(&server, "/metrics");
    assert!(metrics.content_type.starts_with("text/plain; version=0.0.4"));
    assert!(metrics.body.contains("policy_evaluations_total 1\n"), "{}", metrics.body);
    assert!(metrics.body.contains("policy_policies_served 4\n"), "{}", metrics.body);
    for value in ["cannot_attend", "Русский", "2025-09", "murmansk"] {
        assert!(!metrics.body.contains(value), "the metrics hold `{value}`");
    }
}

#[test]
fn the_page_is_russian_and_needs_no_network() {
    let server = start();
    let page = get(&server, "/");
    assert!(page.content_type.starts_with("text/html"));
    assert!(page.body.contains("lang=\"ru\""));
    for asset in ["/", "/assets/app.js", "/assets/app.css"] {
        let body = get(&server, asset).body;
        assert!(!body.contains("http://") && !body.contains("https://"), "{asset} loads something from the network");
    }
}

fn wait_for(mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..100 {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

#[test]
fn an_edit_reloads_the_policy_and_a_broken_edit_keeps_the_last_good_one() {
    let dir = tempfile::tempdir().expect("a directory");
    for file in ["murmansk-16.policy", "case-schema.policy"] {
        std::fs::copy(root().join("policies").join(file), dir.path().join(file)).expect("a copy");
    }
    let policy = dir.path().join("murmansk-16.policy");
    let text = std::fs::read_to_string(&policy).expect("the policy");
    let server = start_with(vec![dir.path().to_path_buf()], Config::default(), true);
    let ids = |server: &Server| -> Vec<String> {
        get(server, "/api/policies")
            .json()
            .as_array()
            .expect("an array")
            .iter()
            .filter_map(|p| p["id"].as_str().map(str::to_owned))
            .collect()
    };
    assert_eq!(ids(&server), ["murmansk-16"]);

    std::fs::write(&policy, text.replacen("policy murmansk-16 {", "policy murmansk-16b {", 1)).expect("an edit");
    assert!(wait_for(|| ids(&server) == ["murmansk-16b"]), "the edit was not served");

    // An editor saving may empty the file before writing it: the policy keeps serving.
    std::fs::write(&policy, "").expect("an emptied file");
    let emptied =
        |status: &serde_json::Value| status["reload_ok"] == false && status["diagnostics"][0]["code"] == "no-policy";
    assert!(
        wait_for(|| emptied(&get(&server, "/api/status").json())),
        "the emptied file was not reported: {}",
        get(&server, "/api/status").json()
    );
    assert_eq!(ids(&server), ["murmansk-16b"], "an emptied file stops its policy serving");

    std::fs::write(&policy, format!("{text}\nrule broken {{ when")).expect("a broken edit");
    // The write may be seen half done (the file truncated, then written): wait for the
    // report of the whole broken text, with the place of its error.
    let reported =
        |status: &serde_json::Value| status["reload_ok"] == false && status["diagnostics"][0]["start"]["line"].is_u64();
    assert!(
        wait_for(|| reported(&get(&server, "/api/status").json())),
        "the broken edit was not reported: {}",
        get(&server, "/api/status").json()
    );
    assert_eq!(ids(&server), ["murmansk-16b"], "the last good version stops serving");
    let report =
        post(&server, "/api/policies/murmansk-16b/eval", "application/json", policy_serve::openapi::EXAMPLE_CASE);
    assert_eq!(report.status, 200);
}
