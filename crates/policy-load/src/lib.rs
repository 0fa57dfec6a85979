//! Reading policy files from disk into a checked workspace ([`files`]),
//! picking the version of a policy in force on a date ([`in_force`]), judging
//! a case under it ([`judge`]), and
//! diagnostics as data ([`diagnostics`], the JSON of `policy check --format
//! json`). Shared by the `policy` command and `policy serve`; nothing here
//! prints.

pub mod diagnostics;
pub mod files;
pub mod in_force;
pub mod judge;

pub use files::{load_policy, policy_files, read_policy, Unreadable, MAX_POLICY_BYTES};
pub use in_force::{load_checked, InForceModel, LoadError, LoadedPolicy, NotInForce};
pub use judge::{JudgeError, Judged};

/// Today's date in the local time zone: the judging date when neither the
/// caller nor the case gives one (`policy eval`, `policy serve`).
pub fn today() -> jiff::civil::Date {
    jiff::ZonedDateTime::now().date()
}
