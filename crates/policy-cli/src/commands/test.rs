//! `policy test [PATH…]`: runs the tests written in policies, prints each
//! failure with what was expected and what came out, and ends with the totals
//! (`N passed, M failed`; «прошло N тестов, не прошло M») — or prints the outcomes as JSON or JUnit XML.

use std::path::{Path, PathBuf};

use policy_check::model::{Model, TestDef};
use policy_i18n::{tr, Lang};
use policy_syntax::KeywordLanguage;

use crate::exit::{Exit, Failure};
use crate::policy::LoadedPolicy;
use crate::test_report::{Outcome, Problem, Status, Totals};
use crate::{case_file, junit, load, policy, test_report};

/// Arguments of `policy test`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Policy files or directories (default: `policies`).
    pub paths: Vec<PathBuf>,
    /// Run only the tests with this name (as written after `test`).
    #[arg(long)]
    pub name: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// How the outcomes are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Each failure with what was expected and what came out, then the totals.
    Human,
    /// One JSON object: every test with its status and problems, and the totals.
    Json,
    /// JUnit XML: one test suite per policy (for CI test reports).
    Junit,
}

/// Runs the command: findings on any failed test; unusable when a policy
/// cannot be loaded or a test's case cannot be read or is invalid (those
/// tests are not run and not counted as failed; the others still run).
/// Why a policy or a case is unusable goes to standard error in every format.
pub fn run(args: &Args) -> Result<Exit, Failure> {
    let paths = if args.paths.is_empty() { vec![PathBuf::from("policies")] } else { args.paths.clone() };
    let files = load::policy_files(&paths).map_err(|e| e.failure())?;
    let loaded: Vec<(PathBuf, Result<LoadedPolicy, Failure>)> =
        files.into_iter().map(|path| (path.clone(), policy::load_checked(&path))).collect();
    let lang = language(&loaded);
    let mut outcomes = Vec::new();
    // Every test's name, for "did you mean" when `--name` matches none.
    let mut names: Vec<String> = Vec::new();
    for (path, loaded) in loaded {
        let file = path.display().to_string();
        let loaded = match loaded {
            Ok(loaded) => loaded,
            Err(failure) => {
                eprintln!("{}", failure.0);
                let problems = vec![Problem::message(failure.0)];
                outcomes.push(Outcome { policy: file.clone(), file, test: None, status: Status::Error, problems });
                continue;
            }
        };
        let model = &loaded.checked.model;
        names.extend(model.tests.iter().map(|t| t.name.clone()));
        for test in model.tests.iter().filter(|t| args.name.as_ref().is_none_or(|n| *n == t.name)) {
            let (status, problems) = match run_test(&path, &loaded, test, lang) {
                Ok(()) => (Status::Passed, Vec::new()),
                Err(TestProblem::Unusable(failure)) => {
                    if args.format == Format::Human {
                        println!("{}", tr!(lang, "test-unusable", policy = &model.meta.id, test = &test.name));
                    }
                    eprintln!("{}", failure.0);
                    (Status::Error, vec![Problem::message(failure.0)])
                }
                Err(TestProblem::Failed(problems)) => {
                    if args.format == Format::Human {
                        println!("{}", tr!(lang, "test-failed", policy = &model.meta.id, test = &test.name));
                        for p in &problems {
                            println!("    {}", p.message);
                        }
                    }
                    (Status::Failed, problems)
                }
            };
            let policy = model.meta.id.clone();
            outcomes.push(Outcome { policy, file: file.clone(), test: Some(test.name.clone()), status, problems });
        }
    }
    if let Some(name) = &args.name {
        if !names.iter().any(|n| n == name) {
            return Err(no_test_matches(name, &names, lang));
        }
    }
    let totals = Totals::of(&outcomes);
    match args.format {
        Format::Human => println!("{}", tr!(lang, "test-summary", passed = totals.passed, failed = totals.failed)),
        Format::Json => println!("{}", test_report::json(&outcomes)),
        Format::Junit => print!("{}", junit::document(&outcomes)),
    }
    Ok(if totals.errors > 0 { Exit::Unusable } else { Exit::findings_if(totals.failed > 0) })
}

/// `--name NAME` names no test: the failure, with the close names if any.
fn no_test_matches(name: &str, names: &[String], lang: Lang) -> Failure {
    let close = policy_syntax::suggest::close_names(name, names.iter().map(String::as_str));
    let mut message = tr!(lang, "test-no-match", name = name.to_owned());
    if close.is_empty() {
        message.push('\n');
        message.push_str(&tr!(lang, "test-no-match-help"));
    } else {
        message.push('\n');
        message.push_str(&tr!(lang, "cli-did-you-mean"));
        for n in close {
            message.push_str(&format!("\n  {n}"));
        }
    }
    Failure::new(message)
}

/// The language of the run: `--lang`; else Russian when every policy that
/// loaded is written with Russian keywords; else the locale; else Russian.
fn language(loaded: &[(PathBuf, Result<LoadedPolicy, Failure>)]) -> Lang {
    let mut policies = loaded.iter().filter_map(|(_, l)| l.as_ref().ok()).peekable();
    let keywords = policies.peek().is_some().then(|| {
        if policies.all(|l| l.keywords() == KeywordLanguage::Russian) {
            KeywordLanguage::Russian
        } else {
            KeywordLanguage::English
        }
    });
    crate::lang::chosen(keywords)
}

/// Why a test did not pass.
enum TestProblem {
    /// Its case cannot be read or is invalid: bad input, not a failed test.
    Unusable(Failure),
    /// It ran, and these expectations were not met.
    Failed(Vec<Problem>),
}

/// Runs one test; what went wrong when it did not pass.
/// The case is judged by the version of the policy in force on its `as_of`.
fn run_test(policy_path: &Path, loaded: &LoadedPolicy, test: &TestDef, lang: Lang) -> Result<(), TestProblem> {
    let Some(case) = &test.case else {
        return Err(TestProblem::Failed(vec![Problem::message(tr!(lang, "test-no-case"))]));
    };
    let case_path = policy_path.parent().unwrap_or(Path::new(".")).join(case);
    let text = case_file::read(&case_path).map_err(TestProblem::Unusable)?;
    let latest = &loaded.checked.model;
    let decoded = case_file::decode(&text, latest).map_err(TestProblem::Unusable)?;
    let as_of = decoded.case.as_of(&latest.schema).unwrap_or_else(policy_load::today);
    let in_force = loaded.in_force(as_of).map_err(TestProblem::Unusable)?;
    let model: &Model = &in_force.model;
    let decoded = if std::ptr::eq(model, latest) {
        decoded
    } else {
        case_file::decode(&text, model).map_err(TestProblem::Unusable)?
    };
    let report = policy_eval::evaluate(model, &decoded.case, as_of);
    // The expectations were read with the policy's own (latest) model: its enumeration values.
    let failures = policy_eval::expect::check(latest, test, &report);
    if failures.is_empty() {
        return Ok(());
    }
    Err(TestProblem::Failed(failures.into_iter().map(|f| Problem::expectation(f, lang)).collect()))
}
