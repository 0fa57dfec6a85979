//! The ordered parallel runner: reads a chunk of cases, judges it on every
//! core while the next chunk is read, then hands the verdicts on in input
//! order and adds them to the summary. At most two chunks are in memory at
//! once, whatever the size of the input.

use rayon::prelude::*;

use crate::input::{InputError, Source};
use crate::judge::{judge, Judge, Judged, Options, Reuse};
use crate::summary::BatchSummary;

/// Cases read and judged at a time: enough to keep every core busy, few
/// enough that memory stays small (a few megabytes of cases and reports).
pub const CHUNK: usize = 1024;

/// Judges every case of `source` under `judges`, calling `each` on every
/// judged case in input order (to write its reports, print its errors, move
/// a progress bar), and returns the summary. Stops only when the input cannot
/// be read any further or `each` fails.
pub fn run<E: From<InputError>>(
    source: &mut Source,
    judges: &[Judge<'_>],
    options: Options,
    mut each: impl FnMut(&Judged) -> Result<(), E>,
) -> Result<BatchSummary, E> {
    let mut summary = BatchSummary::new(
        &source.name,
        judges.iter().map(|j| (j.model.meta.id.as_str(), j.model.meta.school.as_deref())),
    );
    let mut chunk = source.chunk(CHUNK)?;
    while !chunk.is_empty() {
        let (next, judged) = rayon::join(
            || source.chunk(CHUNK),
            || {
                chunk
                    .into_par_iter()
                    .map_init(|| Reuse::new(judges), |reuse, item| judge(item, judges, options, reuse))
                    .collect::<Vec<_>>()
            },
        );
        for case in &judged {
            summary.add(case);
            each(case)?;
        }
        chunk = next?;
    }
    Ok(summary)
}
