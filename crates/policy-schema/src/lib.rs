//! The JSON Schemas (draft 2020-12) of the policy language's data: the case
//! format a policy reads ([`case_schema`], `policy schema FILE`) and the
//! report `policy eval --format json` writes ([`report_schema`],
//! `policy schema --report`). One home for both, used by the CLI and by
//! `policy serve`.

pub mod case;
pub mod report;

pub use case::{case_schema, policy_case_schema, Json};
pub use report::report_schema;
