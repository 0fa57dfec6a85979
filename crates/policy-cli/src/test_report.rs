//! The outcomes of `policy test` as data: one entry per test (or per policy
//! that could not be loaded), with totals, serialized as the `--format json`
//! output and read by the JUnit writer.

use policy_i18n::{tr, Lang};
use serde::Serialize;

/// How one test ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Every expectation held.
    Passed,
    /// It ran, and some expectations did not hold.
    Failed,
    /// It could not run: its case (or its policy) is unusable.
    Error,
}

/// One problem of a test that did not pass.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    /// The problem in one or more lines, as the human output shows it.
    pub message: String,
    /// The expectation as written in the policy, when one did not hold.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expectation: Option<String>,
    /// What that expectation expects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// What the report shows instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<String>,
}

impl Problem {
    /// A problem that is only a message.
    pub fn message(message: impl Into<String>) -> Problem {
        Problem { message: message.into(), expectation: None, expected: None, actual: None }
    }

    /// An expectation that did not hold, its message in `lang`.
    pub fn expectation(failure: policy_eval::expect::Failure, lang: Lang) -> Problem {
        let expectation = failure.expectation.render(lang);
        let (expected_text, actual_text) = (failure.expected.render(lang), failure.actual.render(lang));
        Problem {
            message: {
                let (expected, got) = (tr!(lang, "test-expected"), tr!(lang, "test-got"));
                let width = expected.chars().count().max(got.chars().count()) + 1;
                format!(
                    "`{}`\n        {:<width$} {}\n        {:<width$} {}",
                    expectation,
                    format!("{expected}:"),
                    expected_text,
                    format!("{got}:"),
                    actual_text
                )
            },
            expectation: Some(expectation),
            expected: Some(expected_text),
            actual: Some(actual_text),
        }
    }
}

/// The outcome of one test; a policy that could not be loaded is one entry
/// with no test name and status [`Status::Error`].
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// The policy's id (its file's path when it could not be loaded).
    pub policy: String,
    /// The policy file.
    pub file: String,
    /// The test's name as written after `test`.
    pub test: Option<String>,
    /// How it ended.
    pub status: Status,
    /// Why it did not pass (empty when it passed).
    pub problems: Vec<Problem>,
}

/// How many tests ended each way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Passed tests.
    pub passed: usize,
    /// Failed tests.
    pub failed: usize,
    /// Tests (and policies) that could not run.
    pub errors: usize,
}

impl Totals {
    /// The totals of `outcomes`.
    pub fn of(outcomes: &[Outcome]) -> Totals {
        let count = |status| outcomes.iter().filter(|o| o.status == status).count();
        Totals { passed: count(Status::Passed), failed: count(Status::Failed), errors: count(Status::Error) }
    }
}

/// The `--format json` document.
#[derive(Debug, Serialize)]
pub struct JsonReport<'a> {
    /// Every outcome, in the order the tests ran.
    pub tests: &'a [Outcome],
    /// The totals.
    pub totals: Totals,
}

/// The outcomes as pretty-printed JSON.
pub fn json(outcomes: &[Outcome]) -> String {
    let report = JsonReport { tests: outcomes, totals: Totals::of(outcomes) };
    serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".into())
}
