//! The yardstick of the benchmarks: `policies/murmansk-16.policy`'s rules
//! written by hand in Rust over plain serde structs of the case contract
//! ([`case`]), building the same [`policy_eval::Report`] as the evaluator
//! ([`judge`]): eligibility, values, missing documents, findings with their
//! rules, severities and clauses, and obligations with their roles, duties,
//! clauses and due dates. Messages and explanations are shorter than the
//! evaluator's.
//!
//! Used by the criterion bench of `policy-eval` and by the batch benchmark
//! (`policy-batch`'s example `by_hand`); `tests/agrees.rs` checks it against
//! the evaluator on every test case of the policy and on generated cases.
//!
//! ```
//! let line = r#"{"as_of": "2025-12-15",
//!   "pupil": {"grade": 5, "categories": ["cannot_attend"]},
//!   "request": {"form": "home", "start": "2025-09-01", "end": "2026-05-31"},
//!   "plan": {"subjects": [{"subject": "Математика", "hours": 11}]}}"#;
//! let case: policy_yardstick::Case = serde_json::from_str(line).expect("a case");
//! let report = policy_yardstick::judge(&case, jiff::civil::date(2025, 12, 15));
//! assert!(report.findings.iter().any(|f| f.rule == "weekly_load"));
//! ```

pub mod case;
mod documents;
mod duties;
mod rules;

pub use case::Case;
pub use rules::judge;

/// The test cases of `murmansk-16` (`policies/tests/murmansk-16/*.yaml`), in
/// the order of their names: what the yardstick is checked on and timed with.
pub fn murmansk_test_cases() -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../policies/tests/murmansk-16");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    paths
}
