//! `policy test [PATH…]`: runs the tests written in policies, prints each
//! failure with what was expected and what came out, and ends with
//! `N passed, M failed`.

use std::path::{Path, PathBuf};

use policy_check::model::{Model, TestDef};

use crate::{case_file, load, policy};

/// Arguments of `policy test`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Policy files or directories (default: `policies`).
    pub paths: Vec<PathBuf>,
    /// Run only the tests with this name (as written after `test`).
    #[arg(long)]
    pub name: Option<String>,
}

/// Runs the command; returns the exit status (1 on any failure, 2 on unusable input).
pub fn run(args: &Args) -> u8 {
    let paths = if args.paths.is_empty() { vec![PathBuf::from("policies")] } else { args.paths.clone() };
    let files = match load::policy_files(&paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: cannot read `{}`: {}", e.path.display(), e.reason);
            return 2;
        }
    };
    let (mut passed, mut failed) = (0usize, 0usize);
    let mut unusable = false;
    for path in files {
        let Some(loaded) = policy::load_checked(&path) else {
            unusable = true;
            continue;
        };
        let model = &loaded.checked.model;
        for test in model.tests.iter().filter(|t| args.name.as_ref().is_none_or(|n| *n == t.name)) {
            match run_test(&path, model, test) {
                Ok(()) => passed += 1,
                Err(problems) => {
                    failed += 1;
                    println!("FAIL {} › {}", model.meta.id, test.name);
                    for p in problems {
                        println!("    {p}");
                    }
                }
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if unusable {
        2
    } else {
        u8::from(failed > 0)
    }
}

/// Runs one test; the problems when it fails.
fn run_test(policy_path: &Path, model: &Model, test: &TestDef) -> Result<(), Vec<String>> {
    let Some(case) = &test.case else { return Err(vec!["the test names no case file".into()]) };
    let case_path = policy_path.parent().unwrap_or(Path::new(".")).join(case);
    let Some(text) = case_file::read(&case_path) else {
        return Err(vec![format!("cannot read the case `{}`", case_path.display())]);
    };
    let Some((decoded, _)) = case_file::decode(&text, model, false) else {
        return Err(vec![format!("the case `{}` is not valid", case_path.display())]);
    };
    let as_of = decoded.as_of(&model.schema).unwrap_or_else(super::eval::today);
    let report = policy_eval::evaluate(model, &decoded, as_of);
    let failures = policy_eval::expect::check(model, test, &report);
    if failures.is_empty() {
        return Ok(());
    }
    Err(failures
        .into_iter()
        .map(|f| format!("`{}`\n        expected: {}\n        got:      {}", f.expectation, f.expected, f.actual))
        .collect())
}
