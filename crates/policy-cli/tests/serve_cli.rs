//! `policy serve` through the real binary: the report it serves is the one
//! `policy eval --format json` prints, byte for byte; SIGTERM stops it
//! gracefully; a policy with errors stops it at start with exit 2.

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use support::root;

const CASE: &str = "policies/tests/murmansk-16/m02-grade5-over-by-quarter-hour.yaml";

/// Starts `policy serve` on a free loopback port; the child and its base URL.
fn serve(args: &[&str]) -> (Child, String, BufReader<std::process::ChildStderr>) {
    let mut child = support::command()
        .current_dir(root())
        .args(["serve", "--addr", "127.0.0.1:0"])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("policy serve starts");
    let mut stderr = BufReader::new(child.stderr.take().expect("its standard error"));
    let mut line = String::new();
    stderr.read_line(&mut line).expect("a line");
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in `{line}`"))
        .trim_end_matches('/')
        .to_owned();
    (child, base, stderr)
}

#[test]
fn the_served_report_is_the_eval_report_and_sigterm_stops_the_server() {
    let (mut child, base, mut stderr) = serve(&["--no-watch", "policies/"]);
    let case = std::fs::read_to_string(root().join(CASE)).expect("the case");
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut response = agent
        .post(format!("{base}/api/policies/murmansk-16/eval"))
        .header("content-type", "application/yaml")
        .send(&case)
        .expect("an answer");
    assert_eq!(response.status().as_u16(), 200);
    let served = response.body_mut().read_to_string().expect("the report");
    let eval = support::command()
        .current_dir(root())
        .args(["eval", "--policy", "policies/murmansk-16.policy", CASE, "--format", "json"])
        .output()
        .expect("policy eval runs");
    assert_eq!(served, String::from_utf8_lossy(&eval.stdout));

    // The access log names the request, never the case.
    #[allow(unsafe_code)]
    // SAFETY: sends SIGTERM to the child this test started.
    let sent = unsafe { libc::kill(i32::try_from(child.id()).expect("a pid"), libc::SIGTERM) };
    assert_eq!(sent, 0);
    let status = child.wait().expect("the server stops");
    assert_eq!(status.code(), Some(0), "SIGTERM is a graceful stop");
    let mut log = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut log).expect("the log");
    assert!(log.contains("POST /api/policies/murmansk-16/eval 200 "), "{log}");
    assert!(log.contains("policy serve: остановлен"), "{log}");
    for private in ["Русский", "cannot_attend", "10.25", "weekly_load"] {
        assert!(!log.contains(private), "the log holds `{private}`: {log}");
    }
}

#[test]
fn a_policy_with_errors_stops_the_server_at_start_with_exit_2() {
    let dir = tempfile::tempdir().expect("a directory");
    let broken = dir.path().join("broken.policy");
    std::fs::write(&broken, "policy broken {\n  title: \"x\"\n}\nrule r { when nonsense then deny }\n")
        .expect("a file");
    let out = support::command()
        .args(["--lang", "en", "serve", "--addr", "127.0.0.1:0"])
        .arg(&broken)
        .env("NO_COLOR", "1")
        .output()
        .expect("policy serve runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.policy"), "{stderr}");
    assert!(stderr.contains("fix them with `policy check` first"), "{stderr}");
}

#[test]
fn an_empty_token_file_is_refused() {
    let dir = tempfile::tempdir().expect("a directory");
    let token = dir.path().join("token");
    std::fs::write(&token, "\n").expect("a file");
    let out = support::command()
        .current_dir(root())
        .args(["serve", "--addr", "127.0.0.1:0", "--token-file"])
        .arg(&token)
        .arg("policies/")
        .output()
        .expect("policy serve runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("файл токена")
            && String::from_utf8_lossy(&out.stderr).contains("пуст")
    );
}
