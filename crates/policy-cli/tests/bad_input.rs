//! The bad-input corpus (`tests/bad-input/`): unusable policies and cases, each
//! run through the real binary with its expected exit status and the words its
//! message must contain (the field path, the line and column, what is wrong).
//!
//! Each input `NAME.EXT` has a sidecar `NAME.expect.toml`:
//!
//! ```toml
//! exit = 2                               # the exit status
//! mentions = ["plan.subjects[1].hours"]  # each must appear in stdout or stderr
//! args = ["eval", "--policy", "policies/murmansk-16.policy", "{input}"]  # optional
//! ```
//!
//! Without `args`, a policy under `policies/` is run as `check {input}` and a
//! case under `cases/` as `eval --policy policies/murmansk-16.policy {input}`.
//! Every run must end within the time bound, and nothing may panic.

mod support;

use std::io::Read;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// How long one run may take before it counts as a hang.
const TIME_BOUND: Duration = Duration::from_secs(20);

use support::root;

/// What a sidecar says of its input.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    exit: i32,
    mentions: Vec<String>,
    args: Option<Vec<String>>,
}

/// Every input of the corpus with its sidecar, relative to the repository root.
fn corpus() -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    for dir in ["policies", "cases"] {
        let dir = root().join("tests/bad-input").join(dir);
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            if name.ends_with(".expect.toml") {
                continue;
            }
            let stem = name.split_once('.').map_or(name.as_str(), |(stem, _)| stem);
            let expect = path.with_file_name(format!("{stem}.expect.toml"));
            let relative = path.strip_prefix(root()).expect("inside the repository").to_path_buf();
            out.push((relative, expect));
        }
    }
    out.sort();
    out
}

/// Runs `policy` with `args` from the repository root, killing it after the bound.
fn run(args: &[String]) -> Result<(i32, String), String> {
    let mut child = support::command()
        .current_dir(root())
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if started.elapsed() > TIME_BOUND {
            let _ = child.kill();
            return Err(format!("still running after {TIME_BOUND:?}"));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut text = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    text += &String::from_utf8_lossy(&err_reader.join().unwrap_or_default());
    Ok((status.code().unwrap_or(-1), text))
}

#[test]
fn every_bad_input_is_refused_with_its_status_and_place() {
    let corpus = corpus();
    let mut failures = Vec::new();
    for (input, sidecar) in &corpus {
        let shown = input.display().to_string();
        let expect: Expect = match std::fs::read_to_string(sidecar)
            .map_err(|e| e.to_string())
            .and_then(|t| toml::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(expect) => expect,
            Err(e) => {
                failures.push(format!("{shown}: sidecar {}: {e}", sidecar.display()));
                continue;
            }
        };
        let args: Vec<String> = expect
            .args
            .unwrap_or_else(|| {
                if input.starts_with("tests/bad-input/policies") {
                    vec!["check".into(), "{input}".into()]
                } else {
                    ["eval", "--policy", "policies/murmansk-16.policy", "{input}"].map(String::from).to_vec()
                }
            })
            .into_iter()
            .map(|a| a.replace("{input}", &shown))
            .collect();
        match run(&args) {
            Err(e) => failures.push(format!("{shown}: {e}")),
            Ok((code, text)) => {
                if text.contains("panicked") || code == 101 {
                    failures.push(format!("{shown}: panicked:\n{text}"));
                } else if code != expect.exit {
                    failures.push(format!("{shown}: exit {code}, expected {}:\n{text}", expect.exit));
                }
                for m in &expect.mentions {
                    if !text.contains(m.as_str()) {
                        failures.push(format!("{shown}: the output does not mention `{m}`:\n{text}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} inputs:\n\n{}", failures.len(), corpus.len(), failures.join("\n\n"));
}
