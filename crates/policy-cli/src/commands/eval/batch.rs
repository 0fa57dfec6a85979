//! `policy eval --policy P [--policy Q …] --batch INPUT [--reports FILE|-]
//! [--summary text|json|markdown|html|xlsx] [--summary-out FILE]`: the
//! terminal's side of [`policy_batch`] — where the reports and the summary go,
//! the unusable cases on standard error, the progress bar, the exit status.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use policy_batch::progress::Progress;
use policy_batch::summary::without_values;
use policy_batch::{render, Judge, Judged, Options, Source, Verdict};
use policy_i18n::{io_reason, tr, Lang};

use super::Args;
use crate::exit::{Exit, Failure};
use crate::policy;

/// The summary's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SummaryFormat {
    /// For a terminal: one aligned column per school.
    Text,
    /// JSON, for other tools.
    Json,
    /// Markdown, for a memo.
    Markdown,
    /// One self-contained HTML page.
    Html,
    /// An `.xlsx` workbook (needs `--summary-out`).
    Xlsx,
}

/// How many cases' warnings (unknown fields) are printed before the rest are only counted.
const WARNED_CASES: u64 = 20;

impl From<policy_batch::InputError> for Failure {
    fn from(e: policy_batch::InputError) -> Failure {
        let lang = crate::lang::chosen(None);
        Failure::new(tr!(lang, "cli-batch-input-error", reason = e.0.render(lang)))
    }
}

/// What a file created by the batch holds, for the message when it cannot be.
#[derive(Clone, Copy)]
enum Output {
    /// `--reports FILE`.
    Reports,
    /// `--summary-out FILE`.
    Summary,
}

fn create(lang: Lang, path: &Path, what: Output) -> Result<File, Failure> {
    let id = match what {
        Output::Reports => "cli-batch-cannot-create-reports",
        Output::Summary => "cli-batch-cannot-create-summary",
    };
    File::create(path).map_err(|e| {
        Failure::new(policy_i18n::message_with(
            lang,
            id,
            &[("path", path.display().to_string().into()), ("reason", io_reason(lang, &e).into())],
        ))
    })
}

/// Runs `policy eval --batch`.
pub fn run(args: &Args) -> Result<Exit, Failure> {
    if args.summary == SummaryFormat::Xlsx && args.summary_out.is_none() {
        return Err(Failure::new(tr!(crate::lang::chosen(None), "cli-batch-xlsx-needs-out")));
    }
    let loaded = args.policies.iter().map(|path| policy::load_checked(path)).collect::<Result<Vec<_>, _>>()?;
    let models: Vec<_> = loaded.iter().map(|p| &p.checked.model).collect();
    let lang = crate::lang::chosen(loaded.first().map(|l| l.keywords()));
    // Each case is judged by the version in force on its date.
    let versions = loaded.iter().map(policy::LoadedPolicy::versions).collect::<Result<Vec<_>, _>>()?;
    let judges: Vec<Judge<'_>> = loaded
        .iter()
        .zip(&versions)
        .map(|(p, v)| match p.checked.model.versions.is_empty() {
            true => Judge::new(&p.checked.model),
            false => Judge::with_versions(&p.checked.model, v.iter().map(AsRef::as_ref).collect()),
        })
        .collect();
    let mut source = Source::open(&args.case)?;
    let reports_to_stdout = args.reports.as_deref() == Some(Path::new("-"));
    let mut reports: Option<Box<dyn Write>> = match args.reports.as_deref() {
        None => None,
        Some(p) if p == Path::new("-") => Some(Box::new(BufWriter::new(io::stdout().lock()))),
        Some(p) => Some(Box::new(BufWriter::new(create(lang, p, Output::Reports)?))),
    };
    let options = Options { as_of: args.as_of, today: policy_load::today(), json: reports.is_some() };
    let progress = Progress::new(source.len_hint());
    // Standard input is named in the reader's language; a file by its path.
    let input = if args.case == Path::new("-") { tr!(lang, "cli-batch-stdin") } else { source.name.clone() };
    let mut warned = 0u64;
    let write_failed =
        |e: io::Error| Failure::new(tr!(lang, "cli-batch-cannot-write-reports", reason = io_reason(lang, &e)));
    let summary = policy_batch::run(&mut source, &judges, options, |case: &Judged| {
        progress.inc();
        if case.is_unusable() || !case.warnings.is_empty() || has_policy_errors(case) {
            progress.suspend(|| print_problems(lang, &input, case, &models, &mut warned));
        }
        if let Some(out) = reports.as_mut() {
            for verdict in &case.verdicts {
                if let Verdict::Judged { json: Some(line), .. } = verdict {
                    out.write_all(line.as_bytes()).map_err(write_failed)?;
                    out.write_all(b"\n").map_err(write_failed)?;
                }
            }
        }
        Ok::<(), Failure>(())
    });
    progress.finish();
    let summary = summary?;
    if let Some(mut out) = reports {
        out.flush().map_err(write_failed)?;
    }
    if warned > WARNED_CASES {
        let more = i64::try_from(warned - WARNED_CASES).unwrap_or(i64::MAX);
        eprintln!("{}", tr!(lang, "cli-batch-more-warned", input = input.clone(), n = more));
    }
    let table = policy_batch::table(&summary, &models, lang);
    let bytes = match args.summary {
        SummaryFormat::Text => render::text(&summary, &table).into_bytes(),
        SummaryFormat::Json => render::json(&summary).into_bytes(),
        SummaryFormat::Markdown => render::markdown(&summary, &table).into_bytes(),
        SummaryFormat::Html => render::html(&summary, &table).into_bytes(),
        SummaryFormat::Xlsx => policy_batch::xlsx::xlsx(&summary, &table)
            .map_err(|e| Failure::new(tr!(lang, "cli-batch-cannot-write-workbook", reason = e.to_string())))?,
    };
    let written = match &args.summary_out {
        Some(path) if path == Path::new("-") => io::stdout().write_all(&bytes),
        Some(path) => create(lang, path, Output::Summary)?.write_all(&bytes),
        None if reports_to_stdout => io::stderr().write_all(&bytes),
        None => io::stdout().write_all(&bytes),
    };
    written.map_err(|e| Failure::new(tr!(lang, "cli-batch-cannot-write-summary", reason = io_reason(lang, &e))))?;
    Ok(if summary.has_unusable() { Exit::Unusable } else { Exit::findings_if(summary.has_violations()) })
}

fn has_policy_errors(case: &Judged) -> bool {
    case.verdicts.iter().any(|v| matches!(v, Verdict::Judged { tally, .. } if !tally.policy_errors.is_empty()))
}

/// Prints a case's errors (each distinct one once, whichever policies refused
/// it; the case's values are left out of the messages, only places, field
/// paths and what was expected are shown), the policies' errors on it, and its warnings (for the first
/// [`WARNED_CASES`] cases that have any).
fn print_problems(lang: Lang, input: &str, case: &Judged, models: &[&policy_check::Model], warned: &mut u64) {
    // A line's errors carry the line; a file's carry the file's own lines.
    let file = match &case.origin {
        policy_batch::Origin::Line(_) => input.to_string(),
        policy_batch::Origin::File(path) => path.display().to_string(),
    };
    let mut printed: Vec<String> = Vec::new();
    for (verdict, model) in case.verdicts.iter().zip(models) {
        match verdict {
            Verdict::Unusable(errors) => {
                for e in errors {
                    let line =
                        tr!(lang, "cli-batch-case-error", file = file.clone(), error = without_values(e).render(lang));
                    if !printed.contains(&line) {
                        eprintln!("{line}");
                        printed.push(line);
                    }
                }
            }
            Verdict::Judged { tally, .. } => {
                for problem in &tally.policy_errors {
                    let line = tr!(
                        lang,
                        "cli-batch-policy-error",
                        input = input.to_string(),
                        origin = origin(lang, &case.origin),
                        policy = model.meta.id.clone(),
                        problem = problem.clone()
                    );
                    eprintln!("{line}");
                }
            }
        }
    }
    if !printed.is_empty() {
        let place = match &case.origin {
            policy_batch::Origin::Line(n) => tr!(lang, "cli-batch-line", input = input.to_string(), n = n.to_string()),
            policy_batch::Origin::File(_) => file.clone(),
        };
        eprintln!("{}", tr!(lang, "cli-batch-case-skipped", place = place));
    }
    if !case.warnings.is_empty() {
        *warned += 1;
        if *warned <= WARNED_CASES {
            for w in &case.warnings {
                eprintln!("{}", tr!(lang, "cli-batch-case-warning", file = file.clone(), warning = w.render(lang)));
            }
        }
    }
}

/// Where a case of the input is, in `lang`: its line of a JSON Lines input, or its file.
fn origin(lang: Lang, origin: &policy_batch::Origin) -> String {
    match origin {
        policy_batch::Origin::Line(n) => tr!(lang, "cli-batch-line-only", n = n.to_string()),
        policy_batch::Origin::File(path) => path.display().to_string(),
    }
}
