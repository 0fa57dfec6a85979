//! Evaluation of a checked policy against one pupil's case.
