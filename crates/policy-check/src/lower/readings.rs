//! Readings declared at an item, and `not_stated` declarations (see [`crate::readings`]).

use policy_syntax::ast;

use super::{loc, Lowerer};
use crate::model::{FileId, NotStatedDef, Reading, ReadingItem, SilentTopic};

impl<'w> Lowerer<'w> {
    /// Records the readings written at `item`.
    pub(super) fn own_readings(&mut self, f: FileId, item: ReadingItem, texts: &[ast::Text]) {
        for t in texts {
            self.model.readings.list.push(Reading { text: t.value.as_str().into(), item, location: loc(f, t.span) });
        }
    }

    /// Lowers `not_stated topic "text" § "…"`.
    pub(super) fn not_stated(&mut self, f: FileId, n: &ast::NotStatedDecl) {
        let Some(topic) = SilentTopic::from_keyword(n.topic.0) else { return };
        let citation = self.citation(f, &n.citation);
        self.model.not_stated.push(NotStatedDef {
            topic,
            text: n.text.value.as_str().into(),
            citation,
            location: loc(f, n.topic.1),
        });
    }
}
