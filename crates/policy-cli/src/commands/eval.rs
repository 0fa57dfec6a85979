//! `policy eval --policy P [--policy P2 …] CASE`: judges one pupil's case.

use std::io::IsTerminal;
use std::path::PathBuf;

use jiff::civil::Date;

use crate::exit::{Exit, Failure};
use crate::{case_file, policy};

/// Arguments of `policy eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The policy to judge the case by; repeat to judge it by several.
    #[arg(long = "policy", short = 'p', required = true)]
    pub policies: Vec<PathBuf>,
    /// The case file (`.json`, `.yaml`, `.toml`), or `-` for JSON on standard input.
    pub case: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// The date to judge the case on (default: the case's `as_of`, else today).
    #[arg(long = "as-of", value_name = "YYYY-MM-DD")]
    pub as_of: Option<Date>,
    /// For a policy with versions: judge by the version in force on this date,
    /// or on the request's start (`start`), instead of on the judging date.
    #[arg(long = "version-on", value_name = "YYYY-MM-DD|start")]
    pub version_on: Option<policy::VersionOn>,
}

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people: findings grouped by severity, with clauses and reasons.
    Human,
    /// The contract's JSON (an array when several policies are given).
    Json,
    /// Markdown, for pasting into a memo.
    Markdown,
}

/// Today's date in the local time zone.
pub fn today() -> Date {
    jiff::ZonedDateTime::now().date()
}

/// Runs the command.
pub fn run(args: &Args) -> Result<Exit, Failure> {
    let case = case_file::read(&args.case)?;
    let loaded = args.policies.iter().map(|path| policy::load_checked(path)).collect::<Result<Vec<_>, _>>()?;
    let mut reports = Vec::new();
    let mut models = Vec::new();
    for (i, policy) in loaded.iter().enumerate() {
        let latest = &policy.checked.model;
        let decoded = case_file::decode(&case, latest)?;
        let as_of = args.as_of.or_else(|| decoded.case.as_of(&latest.schema)).unwrap_or_else(today);
        let on = args.version_on.map(|v| v.date(&decoded.case, latest)).transpose()?;
        let in_force = policy.in_force(on.unwrap_or(as_of))?;
        let model = in_force.model.as_ref();
        let decoded = if std::ptr::eq(model, latest) { decoded } else { case_file::decode(&case, model)? };
        if i == 0 {
            decoded.warning_lines(&case).for_each(|line| eprintln!("{line}"));
        }
        let mut report = policy_eval::evaluate(model, &decoded.case, as_of);
        (report.version, report.in_force_from) = in_force.version.unzip();
        reports.push(report);
        models.push(in_force.model);
    }
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let out = match args.format {
        Format::Json => {
            let json = if reports.len() == 1 {
                serde_json::to_string_pretty(&reports[0])
            } else {
                serde_json::to_string_pretty(&reports)
            };
            json.map_err(|e| Failure::new(format!("error: cannot write the report: {e}")))? + "\n"
        }
        Format::Human => reports
            .iter()
            .zip(&models)
            .map(|(r, m)| policy_eval::render::human(r, m, color))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Markdown => {
            reports.iter().zip(&models).map(|(r, m)| policy_eval::render::markdown(r, m)).collect::<Vec<_>>().join("\n")
        }
    };
    print!("{out}");
    for report in &reports {
        for problem in &report.policy_errors {
            eprintln!("error: policy `{}`: {problem}", report.policy);
        }
    }
    Ok(Exit::of_reports(&reports))
}
