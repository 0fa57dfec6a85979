//! `policy completions SHELL` and `policy man [SUBCOMMAND]`: generated from
//! the command-line definitions, so they name every subcommand.

mod support;

use std::process::Output;

/// The subcommands, as `policy --help` lists them.
const SUBCOMMANDS: &[&str] =
    &["check", "eval", "compare", "test", "coverage", "fmt", "lsp", "schema", "completions", "man"];

fn policy(args: &[&str]) -> Output {
    support::command().args(args).output().expect("the binary runs")
}

fn stdout(output: Output) -> String {
    assert_eq!(output.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn the_bash_completion_offers_every_subcommand() {
    let script = stdout(policy(&["completions", "bash"]));
    assert!(script.contains("complete -F _policy"), "{script}");
    for name in SUBCOMMANDS {
        assert!(script.contains(&format!("policy,{name})")), "no `{name}` in the bash completion");
    }
    assert!(script.contains("sarif") && script.contains("junit"), "the formats are completed");
}

#[test]
fn every_shell_has_a_script() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        assert!(!stdout(policy(&["completions", shell])).is_empty(), "{shell}");
    }
    assert_eq!(policy(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn the_man_page_names_every_subcommand() {
    let page = stdout(policy(&["man"]));
    // roff pages open with groff's apostrophe string (`.ie`/`.el`) and then the title.
    let first = page.lines().find(|l| !l.starts_with(".ie ") && !l.starts_with(".el ")).expect("a line");
    assert!(first.starts_with(".TH policy 1"), "{first}");
    for name in SUBCOMMANDS {
        assert!(page.contains(&format!("policy\\-{name}(1)")), "no `{name}` in the man page");
    }
}

#[test]
fn each_subcommand_has_its_page() {
    let page = stdout(policy(&["man", "check"]));
    assert!(page.lines().any(|l| l.starts_with(".TH policy-check 1")), "{page}");
    assert!(page.contains("sarif"));
    let unknown = policy(&["man", "nope"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("check, eval"));
}
