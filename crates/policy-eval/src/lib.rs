//! Evaluation of a checked policy against one pupil's case.
//!
//! - [`case`]: decode a case from JSON/YAML/TOML and validate it against the schema;
//! - [`eval`]: judge a case against a [`policy_check::model::Model`];
//! - [`report`]: the report as data, serialized as the contract's JSON;
//! - [`render`]: the report for people (terminal, Markdown), in Russian or English;
//! - [`titles`]: how reports name values, documents, roles and enumeration values;
//! - [`expect`]: a report checked against a policy test's expectations.
//!
//! Pure: no files, no terminals, no clock (the caller passes `as_of`).
//!
//! ```
//! use policy_eval::{decode, evaluate, CaseFormat, ReportValue, Vocabulary};
//!
//! let policy = r#"
//!   enum category { ovz cannot_attend }
//!   schema pupil_case { pupil: { grade: int 1..12  categories: set of category } }
//!   table max_weekly_hours by pupil.grade § "16" { 1..4 "I–IV" => 8 h  5..8 "V–VIII" => 10 h }
//!   rule too_young § "3" { when pupil.grade < 2  warning "{pupil.grade} класс" }
//! "#;
//! let (_, checked) = policy_check::check_text(policy);
//! assert!(!checked.has_errors());
//! let model = checked.model;
//! let vocabulary = Vocabulary::new(&model); // once per policy
//! let text = "pupil: { grade: 5, categories: [ovz] }";
//! let (case, warnings) = decode(text, CaseFormat::Yaml, &model.schema, &vocabulary)
//!     .expect("a valid case");
//! assert!(warnings.is_empty());
//! let report = evaluate(&model, &case, jiff::civil::date(2025, 9, 15));
//! assert_eq!(report.value("max_weekly_hours"), Some(&ReportValue::Number(10.into())));
//! assert!(report.findings.is_empty());
//! assert_eq!(report.exit_code(), 0);
//! ```

// A `CaseError` (two messages kept as data, to be rendered in the reader's
// language) is larger than clippy likes in a `Result`; it is the cold path
// (a case with an error is reported, not evaluated), and boxing it would
// cost an allocation on that path for no gain on the other.
#[allow(clippy::result_large_err)]
pub mod case;
pub mod eval;
pub mod expect;
pub mod render;
pub mod report;
pub mod titles;
pub mod words;

pub use case::{decode, Case, CaseError, CaseErrorKind, CaseFormat, CaseWarning, Vocabulary};
pub use eval::{evaluate, Scratch};
pub use report::{Finding, Obligation, Report, ReportValue, REPORT_SCHEMA_VERSION};
