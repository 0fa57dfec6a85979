//! The progress bar on standard error (indicatif): shown only when standard
//! error is a terminal, silent otherwise (a pipe, a file, CI). It counts
//! cases; with a known total (a directory's files) it is a bar, else a
//! spinner with the count and the time elapsed.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The batch's progress.
pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// A bar on standard error when it is a terminal, else a hidden one.
    pub fn new(total: Option<u64>) -> Progress {
        let bar = match total {
            Some(n) => ProgressBar::new(n),
            None => ProgressBar::no_length(),
        };
        if std::io::stderr().is_terminal() {
            let template = if total.is_some() {
                "{bar:40} {human_pos}/{human_len} дел · {elapsed} · осталось {eta}"
            } else {
                "{spinner} {human_pos} дел · {elapsed}"
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
        } else {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        Progress { bar }
    }

    /// One more case done.
    pub fn inc(&self) {
        self.bar.inc(1);
    }

    /// Runs `f` (which writes to standard error) with the bar out of the way.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        self.bar.suspend(f)
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
