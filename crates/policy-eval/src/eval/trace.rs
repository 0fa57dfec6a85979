//! Tracing an evaluation: a [`Sink`] receives the facts an explanation is
//! built from; [`Quiet`] (the fast path) drops them, [`Facts`] keeps each once.

use policy_check::model::{TableId, ValueId};

/// Receives the facts of an explanation; [`Quiet`] ignores them at no cost.
pub(super) trait Sink {
    /// Whether facts are wanted at all (a constant, so the fast path compiles them away).
    const ON: bool;
    /// Records one fact.
    fn fact(&mut self, fact: String);
    /// Whether this value's derivation has not been traced yet.
    fn first_value(&mut self, id: ValueId) -> bool;
    /// Whether this table's lookup has not been traced yet.
    fn first_table(&mut self, id: TableId) -> bool;
}

/// The fast path: no facts.
pub(super) struct Quiet;

impl Sink for Quiet {
    const ON: bool = false;
    #[inline(always)]
    fn fact(&mut self, _: String) {}
    #[inline(always)]
    fn first_value(&mut self, _: ValueId) -> bool {
        false
    }
    #[inline(always)]
    fn first_table(&mut self, _: TableId) -> bool {
        false
    }
}

/// The slow path: collects facts, each once.
#[derive(Default)]
pub(super) struct Facts {
    /// The facts, in the order first recorded.
    pub(super) facts: Vec<String>,
    values: Vec<ValueId>,
    tables: Vec<TableId>,
}

impl Sink for Facts {
    const ON: bool = true;
    fn fact(&mut self, fact: String) {
        if !self.facts.contains(&fact) {
            self.facts.push(fact);
        }
    }
    fn first_value(&mut self, id: ValueId) -> bool {
        if self.values.contains(&id) {
            false
        } else {
            self.values.push(id);
            true
        }
    }
    fn first_table(&mut self, id: TableId) -> bool {
        if self.tables.contains(&id) {
            false
        } else {
            self.tables.push(id);
            true
        }
    }
}
