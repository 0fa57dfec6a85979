//! What every CLI test needs: the repository root and the `policy` binary run
//! from it, with a fixed environment (no colour; no locale, so that the
//! language of what it prints follows `--lang` or the policy's keywords,
//! never the machine that runs the tests).

#![allow(dead_code)] // Each test file uses a different part of it.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The repository root (the working directory of every run).
pub fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The `policy` binary, to be given arguments: run from the repository root,
/// without colour and without the environment's locale.
pub fn command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_policy"));
    command.current_dir(root()).env("NO_COLOR", "1").env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    command
}

/// Runs `policy ARGS…` with no input.
pub fn policy(args: &[&str]) -> Output {
    command().args(args).stdin(Stdio::null()).output().expect("the policy binary runs")
}

/// Runs `policy ARGS…` with `input` on its standard input.
pub fn policy_with_input(args: &[&str], input: &str) -> Output {
    let mut child = command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the policy binary runs");
    if let Some(mut pipe) = child.stdin.take() {
        // A command that stops before reading its input closes the pipe: not an error here.
        let _ = pipe.write_all(input.as_bytes());
    }
    child.wait_with_output().expect("the policy binary ends")
}

/// Its standard output, as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Its standard error, as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Its standard output as JSON (the test fails with both outputs otherwise).
pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}{}", stdout(out), stderr(out)))
}
