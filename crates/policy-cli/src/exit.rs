//! How `policy` ends: one exit status per meaning, and the failure that stops
//! a command on unusable input. Commands return `Result<Exit, Failure>`; only
//! `main` prints a failure and turns either into the process's exit code.

use std::process::ExitCode;

/// The exit status of every subcommand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    /// 0: no error, no violation, every test passed, every file formatted.
    Success,
    /// 1: errors in a policy, a violation in a case, a failed test, a file
    /// that `fmt --check` would change.
    Findings,
    /// 2: unusable input (bad arguments, an unreadable file, an invalid case,
    /// a policy with errors where one is to be used), or a policy that
    /// contradicted itself on a case.
    Unusable,
}

impl Exit {
    /// [`Exit::Findings`] when `found`, else [`Exit::Success`].
    pub fn findings_if(found: bool) -> Exit {
        if found {
            Exit::Findings
        } else {
            Exit::Success
        }
    }

    /// The status of the worst of `reports` (the case contract's exit codes);
    /// success when there is none.
    pub fn of_reports<'r>(reports: impl IntoIterator<Item = &'r policy_eval::Report>) -> Exit {
        reports
            .into_iter()
            .map(|r| match r.exit_code() {
                0 => Exit::Success,
                1 => Exit::Findings,
                _ => Exit::Unusable,
            })
            .max()
            .unwrap_or(Exit::Success)
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(match exit {
            Exit::Success => 0,
            Exit::Findings => 1,
            Exit::Unusable => 2,
        })
    }
}

/// Why a command stopped without a result (exit status 2): the text to print
/// on standard error, one or more complete lines without the last line break.
#[derive(Debug)]
pub struct Failure(pub String);

impl Failure {
    /// A failure with one line of explanation.
    pub fn new(message: impl Into<String>) -> Failure {
        Failure(message.into())
    }
}
