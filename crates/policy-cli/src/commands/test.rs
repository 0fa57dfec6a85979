//! `policy test [PATH…]`: runs the tests written in policies, prints each
//! failure with what was expected and what came out, and ends with
//! `N passed, M failed`.

use std::path::{Path, PathBuf};

use policy_check::model::{Model, TestDef};

use crate::exit::{Exit, Failure};
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

/// Runs the command: findings on any failed test; unusable when a policy
/// cannot be loaded or a test's case cannot be read or is invalid (those
/// tests are not run and not counted as failed; the others still run).
pub fn run(args: &Args) -> Result<Exit, Failure> {
    let paths = if args.paths.is_empty() { vec![PathBuf::from("policies")] } else { args.paths.clone() };
    let files = load::policy_files(&paths).map_err(|e| e.failure(""))?;
    let (mut passed, mut failed) = (0usize, 0usize);
    let mut unusable = false;
    for path in files {
        let loaded = match policy::load_checked(&path) {
            Ok(loaded) => loaded,
            Err(failure) => {
                eprintln!("{}", failure.0);
                unusable = true;
                continue;
            }
        };
        let model = &loaded.checked.model;
        for test in model.tests.iter().filter(|t| args.name.as_ref().is_none_or(|n| *n == t.name)) {
            match run_test(&path, model, test) {
                Ok(()) => passed += 1,
                Err(TestProblem::Unusable(failure)) => {
                    unusable = true;
                    println!("ERROR {} › {}: the test's case is unusable", model.meta.id, test.name);
                    eprintln!("{}", failure.0);
                }
                Err(TestProblem::Failed(problems)) => {
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
    Ok(if unusable { Exit::Unusable } else { Exit::findings_if(failed > 0) })
}

/// Why a test did not pass.
enum TestProblem {
    /// Its case cannot be read or is invalid: bad input, not a failed test.
    Unusable(Failure),
    /// It ran, and these expectations were not met.
    Failed(Vec<String>),
}

/// Runs one test; what went wrong when it did not pass.
fn run_test(policy_path: &Path, model: &Model, test: &TestDef) -> Result<(), TestProblem> {
    let Some(case) = &test.case else { return Err(TestProblem::Failed(vec!["the test names no case file".into()])) };
    let case_path = policy_path.parent().unwrap_or(Path::new(".")).join(case);
    let text = case_file::read(&case_path).map_err(TestProblem::Unusable)?;
    let decoded = case_file::decode(&text, model).map_err(TestProblem::Unusable)?;
    let as_of = decoded.case.as_of(&model.schema).unwrap_or_else(super::eval::today);
    let report = policy_eval::evaluate(model, &decoded.case, as_of);
    let failures = policy_eval::expect::check(model, test, &report);
    if failures.is_empty() {
        return Ok(());
    }
    Err(TestProblem::Failed(
        failures
            .into_iter()
            .map(|f| format!("`{}`\n        expected: {}\n        got:      {}", f.expectation, f.expected, f.actual))
            .collect(),
    ))
}
