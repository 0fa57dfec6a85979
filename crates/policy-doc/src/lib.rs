//! A checked policy as a readable document, in the regulation's own order:
//! each quoted clause's words and, beside them, what the policy makes of the
//! clause — caps and tables, rules with their conditions, documents and their
//! requirements, duties with deadlines and frequencies, readings (values),
//! external norms, provisions and the tests that exercise it; the clauses
//! left unencoded with the reason the policy gives; the policy's metadata and
//! its versions in force, with each clause's history.
//!
//! [`content::build`] reads the model once into a [`content::Document`];
//! [`html::render`] and [`markdown::render`] print it. Pure: no I/O.

pub mod content;
pub mod html;
mod labels;
pub mod markdown;
mod words;

pub use content::{build, Document};
