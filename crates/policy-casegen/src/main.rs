//! `policy-casegen --seed 7 --count 10000 > cases.jsonl`: writes generated
//! cases as JSON Lines (one case a line) on standard output.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;

/// Writes `count` generated cases for `seed` as JSON Lines on standard output.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// The seed: the same seed gives the same cases.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// How many cases.
    #[arg(long, default_value_t = 1000)]
    count: u64,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut cases = policy_casegen::Generator::new(args.seed);
    for _ in 0..args.count {
        if writeln!(out, "{}", cases.line()).is_err() {
            return ExitCode::from(2);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
