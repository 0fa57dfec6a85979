//! Case files too large to commit, generated into a temporary directory and
//! run through the binary with a time bound: each is refused fast, with exit
//! status 2 and a message naming the file, the place and the limit; and a
//! message never repeats more of a case than the start of the offending value.

mod support;

use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// Generous, so as not to be flaky on a loaded machine: each run below takes
/// well under a second (measured: 0.2–0.5 s in a debug build).
const TIME_BOUND: Duration = Duration::from_secs(10);

use support::root;

/// A fresh temporary directory for one test, removed when the test ends,
/// whether it passes or fails (its files are megabytes).
fn temp_dir(test: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("policy-large-cases-{test}-")).tempdir().expect("a temporary directory")
}

/// Runs `policy eval` on a case (or on standard input), returning the exit
/// status, stdout and stderr together, and how long it took.
fn eval(case: &str, stdin: Option<Vec<u8>>) -> (i32, String, Duration) {
    let started = Instant::now();
    let mut child = support::command()
        .current_dir(root())
        .args(["--lang", "en", "eval", "--policy", "policies/murmansk-16.policy", case])
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(bytes) = stdin {
        let mut input = child.stdin.take().expect("piped stdin");
        // The binary may stop reading early (a refused input): a broken pipe is fine.
        let _ = input.write_all(&bytes);
    }
    let output = child.wait_with_output().expect("the binary ends");
    let elapsed = started.elapsed();
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text += &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap_or(-1), text, elapsed)
}

fn assert_refused(what: &str, (code, text, elapsed): (i32, String, Duration), mentions: &[&str]) {
    assert_eq!(code, 2, "{what}: exit {code}:\n{}", text.chars().take(2000).collect::<String>());
    assert!(elapsed < TIME_BOUND, "{what}: took {elapsed:?}");
    for m in mentions {
        assert!(text.contains(m), "{what}: does not mention `{m}`:\n{}", text.chars().take(2000).collect::<String>());
    }
}

#[test]
fn a_640k_element_toml_array_is_refused_fast() {
    // 1.3 MB: under the byte limit, over the value limit. Before the TOML
    // reader counted columns from the last position asked, it took 13–15 s.
    let dir = temp_dir("toml-array");
    let path = dir.path().join("big.toml");
    let mut text = String::from("[pupil]\ngrade = 5\ncategories = [");
    text.push_str(&"\"ovz\",".repeat(640_000));
    text.push_str("]\n");
    std::fs::write(&path, text).expect("written");
    let run = eval(path.to_str().expect("a UTF-8 path"), None);
    assert_refused("640k TOML array", run, &["big.toml", "pupil.categories[199998]", "more than 200000 values"]);
}

#[test]
fn a_150k_element_toml_array_is_read_in_linear_time() {
    // Under every limit: read, validated and judged (exit 2 for the missing
    // sections, after the whole array was read).
    let dir = temp_dir("toml-array-ok");
    let path = dir.path().join("long.toml");
    let mut text = String::from("[pupil]\ngrade = 5\ncategories = [");
    text.push_str(&"\"ovz\",".repeat(150_000));
    text.push_str("]\n");
    std::fs::write(&path, text).expect("written");
    let run = eval(path.to_str().expect("a UTF-8 path"), None);
    assert_refused("150k TOML array", run, &["long.toml", "request", "a required section is missing"]);
}

#[test]
fn a_50_mb_case_is_refused_before_it_is_read() {
    for ext in ["json", "yaml", "toml"] {
        let dir = temp_dir(&format!("huge-{ext}"));
        let path = dir.path().join(format!("huge.{ext}"));
        let file = std::fs::File::create(&path).expect("created");
        file.set_len(50 * 1024 * 1024).expect("50 MB");
        let run = eval(path.to_str().expect("a UTF-8 path"), None);
        assert_refused(ext, run, &[&format!("huge.{ext}"), "the file is too large", "8388608"]);
    }
}

#[test]
fn a_large_case_on_standard_input_is_refused() {
    let run = eval("-", Some(vec![b' '; 9 * 1024 * 1024]));
    assert_refused("9 MB on stdin", run, &["standard input", "the file is too large"]);
}

#[test]
fn invalid_utf8_on_standard_input_is_placed() {
    let run = eval("-", Some(b"{\"pupil\": {\n  \"grade\": \"\xff\"}}".to_vec()));
    assert_refused("invalid UTF-8 on stdin", run, &["standard input", "(line 2, column 13)", "UTF-8"]);
}

#[test]
fn an_offending_value_is_quoted_shortened_and_nothing_else_of_the_case() {
    let dir = temp_dir("long-value");
    let path = dir.path().join("long.json");
    let secret = "диагноз-".repeat(2000);
    let text = format!(
        "{{\"pupil\": {{\"grade\": 5, \"categories\": [\"ovz\"], \"note\": \"{secret}\"}},\n\"request\": {{\"form\": \"{}\"}}}}",
        "x".repeat(10_000)
    );
    std::fs::write(&path, text).expect("written");
    let (code, text, elapsed) = eval(path.to_str().expect("a UTF-8 path"), None);
    assert_eq!(code, 2);
    assert!(elapsed < TIME_BOUND);
    let line = text.lines().find(|l| l.contains("request.form")).unwrap_or_default();
    assert!(line.contains(&format!("`{}…`", "x".repeat(40))), "{line}");
    assert!(line.chars().count() < 400, "{} characters: {line}", line.chars().count());
    assert!(!text.contains("диагноз"), "the output repeats another field's value:\n{text}");
}
