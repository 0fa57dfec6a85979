//! `policy compare POLICY… [--case CASE]`: policies side by side, aligned by
//! concept, with the differences marked; with a case, the case judged under
//! each of them. The comparison itself is `policy_compare`'s; this reads
//! the files and prints.

use std::borrow::Cow;
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use jiff::civil::Date;
use policy_check::model::Model;
use policy_compare::{Input, Topic};
use policy_i18n::tr;

use crate::exit::{Exit, Failure};
use crate::{case_file, load, policy};

/// Arguments of `policy compare`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The policies to compare, in the order of the columns (a directory
    /// stands for its `.policy` files; files that declare no `policy`, such
    /// as a shared case schema, are skipped).
    #[arg(required = true, value_name = "POLICY")]
    pub policies: Vec<PathBuf>,
    /// Also judge this case (`.json`, `.yaml`, `.toml`, or `-` for JSON on
    /// standard input) under each policy, side by side.
    #[arg(long, value_name = "CASE")]
    pub case: Option<PathBuf>,
    /// Output format: `table` for a terminal, `markdown` for a memo, `html`
    /// for one self-contained page, `json` for other tools.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Only these topics, comma-separated (`case` needs `--case`).
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "TOPIC,…",
        value_parser = PossibleValuesParser::new(Topic::ALL.map(Topic::name))
            .try_map(|name| Topic::from_name(&name).ok_or("unknown topic"))
    )]
    pub only: Vec<Topic>,
    /// The date to judge the case on (default: the case's `as_of`, else today).
    #[arg(long = "as-of", value_name = "YYYY-MM-DD")]
    pub as_of: Option<Date>,
    /// Compare every version of each policy (the regulation as approved and
    /// each amendment), oldest first: what each amendment changed.
    #[arg(long)]
    pub versions: bool,
}

/// How the comparison is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for a terminal, 120 columns wide, coloured on a terminal.
    Table,
    /// Markdown tables.
    Markdown,
    /// One self-contained HTML page with a chart of the weekly caps.
    Html,
    /// `{"policies": [...], "rows": [...]}`.
    Json,
}

/// The policy files the arguments name, in the order given (a directory's
/// files sorted), each once.
fn policy_paths(args: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let mut out: Vec<PathBuf> = Vec::new();
    for arg in args {
        let files = load::policy_files(std::slice::from_ref(arg)).map_err(|e| e.policy_failure())?;
        for f in files {
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    Ok(out)
}

/// Runs the command.
pub fn run(args: &Args) -> Result<Exit, Failure> {
    if args.only.contains(&Topic::Case) && args.case.is_none() {
        return Err(Failure::new(tr!(crate::lang::chosen(None), "cli-compare-only-case-needs-case")));
    }
    let paths = policy_paths(&args.policies)?;
    let mut loaded = Vec::new();
    for path in &paths {
        let policy = policy::load_checked(path)?;
        if policy.checked.model.meta.location.is_none() {
            eprintln!(
                "{}",
                tr!(
                    crate::lang::chosen(Some(policy.keywords())),
                    "cli-compare-skipping",
                    path = path.display().to_string()
                )
            );
            continue;
        }
        loaded.push(policy);
    }
    if loaded.is_empty() {
        return Err(Failure::new(tr!(crate::lang::chosen(None), "cli-compare-no-policy")));
    }
    let mut models: Vec<Cow<'_, Model>> = Vec::new();
    let mut reports = Vec::new();
    if let (Some(case_path), false) = (&args.case, args.versions) {
        // One case: each policy in the version in force on the case's date.
        let case = case_file::read(case_path)?;
        let on = policy::JudgeOn { as_of: args.as_of, version_on: None };
        for (i, policy) in loaded.iter().enumerate() {
            let judged = policy.judge(&case, on)?;
            if i == 0 {
                judged.decoded.warning_lines(&case).for_each(|line| eprintln!("{line}"));
            }
            reports.push(judged.report);
            models.push(judged.model);
        }
    } else {
        for policy in &loaded {
            if args.versions {
                models.extend(policy.versions()?);
            } else {
                models.push(Cow::Borrowed(&policy.checked.model));
            }
        }
        // Every version of each policy judges the case on the same date.
        if let Some(case_path) = &args.case {
            let case = case_file::read(case_path)?;
            for (i, model) in models.iter().enumerate() {
                let decoded = case_file::decode(&case, model)?;
                if i == 0 {
                    decoded.warning_lines(&case).for_each(|line| eprintln!("{line}"));
                }
                let as_of = args.as_of.or_else(|| decoded.case.as_of(&model.schema)).unwrap_or_else(policy_load::today);
                reports.push(policy_eval::evaluate(model, &decoded.case, as_of));
            }
        }
    }
    let inputs: Vec<Input<'_>> =
        models.iter().enumerate().map(|(i, m)| Input { model: m, report: reports.get(i) }).collect();
    let topics: Vec<Topic> = if args.only.is_empty() { Topic::ALL.to_vec() } else { args.only.clone() };
    // Russian when any of the policies is written in Russian keywords (unless `--lang`).
    let russian = loaded.iter().any(|p| p.keywords() == policy_syntax::KeywordLanguage::Russian);
    let keywords =
        if russian { policy_syntax::KeywordLanguage::Russian } else { policy_syntax::KeywordLanguage::English };
    let lang = crate::lang::chosen(Some(keywords));
    let comparison = policy_compare::compare(&inputs, &topics, lang);
    let out = match args.format {
        Format::Table => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            policy_compare::table::render(&comparison, color)
        }
        Format::Markdown => policy_compare::markdown::render(&comparison),
        Format::Html => policy_compare::html::render(&comparison),
        Format::Json => policy_compare::json::render(&comparison),
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
