//! Policies side by side: what each school's regulation says about the same
//! concept, with the clause it says it in and the differences marked.
//!
//! - [`compare`] builds a [`Comparison`] from checked models (and, with a
//!   case, their reports): rows aligned by concept — eligibility, the weekly
//!   cap for every grade, curriculum totals, documents and their
//!   requirements, duties by role and key, deadlines, pay, rules,
//!   provisions; see the `align` modules for the rules of alignment.
//! - [`table`], [`markdown`], [`html`] and [`json`] render it; each is a pure
//!   function to a `String`. The CLI does the I/O.

mod align;
mod comparison;
mod expr;
pub mod html;
pub mod json;
pub mod markdown;
mod quote;
mod svg;
pub mod table;
mod words;
mod wrap;

pub use align::{compare, Input};
pub use comparison::{CapChart, Cell, Comparison, PolicyInfo, Row, Topic};
/// The language a comparison is read in.
pub use policy_i18n::Lang;
