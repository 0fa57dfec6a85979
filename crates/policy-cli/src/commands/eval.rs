//! `policy eval --policy P [--policy P2 …] CASE`: judges one pupil's case;
//! with `--batch`, many (see [`batch`]).

mod batch;

use std::io::IsTerminal;
use std::path::PathBuf;

use jiff::civil::Date;

use crate::exit::{Exit, Failure};
use crate::{case_file, policy};
use policy_i18n::tr;

/// Arguments of `policy eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The policy to judge the case by; repeat to judge it by several.
    #[arg(long = "policy", short = 'p', required = true)]
    pub policies: Vec<PathBuf>,
    /// The case file (`.json`, `.yaml`, `.toml`), or `-` for JSON on standard input;
    /// with `--batch`, a JSON Lines file (one case a line), `-` for JSON Lines on
    /// standard input, or a directory of case files.
    #[arg(value_name = "CASE")]
    pub case: PathBuf,
    /// Output format (of one case's report).
    #[arg(long, value_enum, default_value_t = Format::Human, conflicts_with = "batch")]
    pub format: Format,
    /// Judge many cases: each line of CASE (or each file of the directory CASE)
    /// is one case; prints a summary per school, and the reports with `--reports`.
    #[arg(long)]
    pub batch: bool,
    /// With `--batch`: write the reports as JSON Lines, one line per case and
    /// policy (the `--format json` report), to FILE (`-`: standard output).
    #[arg(long, value_name = "FILE", requires = "batch")]
    pub reports: Option<PathBuf>,
    /// With `--batch`: the summary's format.
    #[arg(long, value_enum, default_value_t = batch::SummaryFormat::Text, requires = "batch")]
    pub summary: batch::SummaryFormat,
    /// With `--batch`: write the summary to FILE (`-`: standard output; needed for
    /// `xlsx`); by default it goes to standard output, or to standard error when the
    /// reports go there.
    #[arg(long = "summary-out", value_name = "FILE", requires = "batch")]
    pub summary_out: Option<PathBuf>,
    /// The date to judge the case on (default: the case's `as_of`, else today).
    #[arg(long = "as-of", value_name = "YYYY-MM-DD")]
    pub as_of: Option<Date>,
    /// For a policy with versions: judge by the version in force on this date,
    /// or on the request's start (`start`), instead of on the judging date.
    #[arg(long = "version-on", value_name = "YYYY-MM-DD|start", conflicts_with = "batch")]
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
    /// One self-contained HTML page (the Markdown report's words), for a browser or print.
    Html,
}

/// Runs the command.
pub fn run(args: &Args) -> Result<Exit, Failure> {
    if args.batch {
        return batch::run(args);
    }
    let case = case_file::read(&args.case)?;
    let loaded = args.policies.iter().map(|path| policy::load_checked(path)).collect::<Result<Vec<_>, _>>()?;
    let mut reports = Vec::new();
    let mut models = Vec::new();
    let on = policy::JudgeOn { as_of: args.as_of, version_on: args.version_on };
    for (i, policy) in loaded.iter().enumerate() {
        let judged = policy.judge(&case, on)?;
        if i == 0 {
            judged.decoded.warning_lines(&case).for_each(|line| eprintln!("{line}"));
        }
        reports.push(judged.report);
        models.push(judged.model);
    }
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let lang = crate::lang::chosen(loaded.first().map(|l| l.keywords()));
    let out = match args.format {
        Format::Json => {
            let json = if reports.len() == 1 {
                serde_json::to_string_pretty(&reports[0])
            } else {
                serde_json::to_string_pretty(&reports)
            };
            json.map_err(|e| Failure::new(tr!(lang, "cli-cannot-write-report", reason = e.to_string())))? + "\n"
        }
        Format::Human => reports
            .iter()
            .zip(&models)
            .map(|(r, m)| policy_eval::render::human(r, m, lang, color))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Markdown => reports
            .iter()
            .zip(&models)
            .map(|(r, m)| policy_eval::render::markdown(r, m, lang))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Html => policy_eval::render::html(reports.iter().zip(models.iter().map(|m| m.as_ref())), lang),
    };
    print!("{out}");
    for report in &reports {
        for problem in &report.policy_errors {
            let line = tr!(lang, "cli-policy-error-on-case", policy = report.policy.clone(), problem = problem.clone());
            eprintln!("{line}");
        }
    }
    Ok(Exit::of_reports(&reports))
}
