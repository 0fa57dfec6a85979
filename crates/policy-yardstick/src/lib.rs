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
