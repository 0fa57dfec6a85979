//! Judging many cases at once (`policy eval --batch`): a region's pupils,
//! one JSON line (or one file) each, judged under one or more policies on
//! every core, with the reports in input order and a summary per school.
//!
//! - [`input`]: the cases, read a chunk at a time (JSON Lines, standard
//!   input, a directory of case files);
//! - [`judge`]: one case decoded and evaluated under every policy;
//! - [`runner`]: chunks judged in parallel (rayon), handed on in input order;
//! - [`summary`]: the figures per school, added up case by case;
//! - [`table`], [`render`], [`xlsx`]: the summary laid out once, then as
//!   terminal text, Markdown, HTML, JSON and an `.xlsx` workbook;
//! - [`progress`]: the progress bar on a terminal's standard error.
//!
//! Case files hold children's health data: nothing here logs them; an
//! unusable case is named by its place, field path and kind of mistake.

pub mod input;
pub mod judge;
pub mod progress;
pub mod render;
pub mod runner;
pub mod summary;
pub mod table;
pub mod xlsx;

pub use input::{InputError, Item, Origin, Source};
pub use judge::{judge, Judge, Judged, Options, Reuse, Verdict};
pub use runner::run;
pub use summary::{BatchSummary, Summary};
pub use table::table;
