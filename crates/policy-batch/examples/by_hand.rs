//! The yardstick of the batch benchmark (`scripts/bench-batch.sh`): murmansk-16's
//! rules written by hand (the crate `policy-yardstick`), run the way `policy eval
//! --batch` runs — JSON Lines read in chunks, judged on every core (rayon),
//! reports written in input order as the contract's JSON, a count of cases
//! with violations at the end.
//!
//! ```sh
//! cargo run --release -p policy-batch --example by_hand -- cases.jsonl reports.jsonl
//! cargo run --release -p policy-batch --example by_hand -- cases.jsonl - --agree-with policy-reports.jsonl
//! ```
//!
//! A line the plain structs cannot read is counted as unusable. `--agree-with`
//! compares its verdicts with the evaluator's reports (eligibility, pay mode,
//! missing documents, the findings' rules and severities, the due
//! obligations) and prints the share of cases on which they agree.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};

use rayon::prelude::*;

/// What `--agree-with` compares.
fn verdict(r: &serde_json::Value) -> String {
    let findings: BTreeSet<String> =
        r["findings"].as_array().into_iter().flatten().map(|f| format!("{}:{}", f["rule"], f["severity"])).collect();
    let mut missing: Vec<String> =
        r["missing_documents"].as_array().into_iter().flatten().map(ToString::to_string).collect();
    missing.sort();
    let due: BTreeSet<String> = r["obligations"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|o| !o["due"].is_null())
        .map(|o| format!("{}:{}", o["role"], o["due"]))
        .collect();
    format!("{} {} {missing:?} {findings:?} {due:?}", r["eligible"], r["values"]["pay_mode"])
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        return Err(std::io::Error::other(
            "usage: by_hand CASES.jsonl REPORTS.jsonl|- [--agree-with POLICY-REPORTS.jsonl]",
        ));
    };
    let today = jiff::ZonedDateTime::now().date();
    let mut reader = BufReader::with_capacity(1 << 16, File::open(input)?);
    let mut out: Box<dyn Write> = if output == "-" {
        Box::new(BufWriter::new(std::io::stdout().lock()))
    } else {
        Box::new(BufWriter::new(File::create(output)?))
    };
    let mut agree = match args.iter().position(|a| a == "--agree-with") {
        Some(i) => {
            let Some(path) = args.get(i + 1) else {
                return Err(std::io::Error::other("--agree-with needs the evaluator's reports (JSON Lines)"));
            };
            Some(BufReader::new(File::open(path)?).lines())
        }
        None => None,
    };
    let (mut cases, mut unusable, mut violations, mut agreed) = (0u64, 0u64, 0u64, 0u64);
    loop {
        let mut lines = Vec::with_capacity(1024);
        let mut line = String::new();
        while lines.len() < 1024 && reader.read_line(&mut line)? > 0 {
            lines.push(std::mem::take(&mut line));
        }
        if lines.is_empty() {
            break;
        }
        let judged: Vec<Option<(String, bool)>> = lines
            .par_iter()
            .map(|l| {
                let case: policy_yardstick::Case = serde_json::from_str(l).ok()?;
                let report = policy_yardstick::judge(&case, case.as_of.map_or(today, |d| d.0));
                Some((serde_json::to_string(&report).ok()?, report.has_violations()))
            })
            .collect();
        for j in judged {
            cases += 1;
            let Some((json, violated)) = j else {
                unusable += 1;
                continue;
            };
            violations += u64::from(violated);
            out.write_all(json.as_bytes())?;
            out.write_all(b"\n")?;
            if let Some(theirs) = agree.as_mut().and_then(Iterator::next) {
                let theirs: serde_json::Value = serde_json::from_str(&theirs?).unwrap_or_default();
                let mine: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
                agreed += u64::from(verdict(&theirs) == verdict(&mine));
            }
        }
    }
    out.flush()?;
    println!("by hand: {cases} cases, {unusable} unusable, {violations} with violations");
    if agree.is_some() {
        println!("agreement with the evaluator: {agreed} of {cases} cases");
    }
    Ok(())
}
