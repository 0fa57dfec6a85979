//! Tracing an evaluation: a [`Sink`] receives the facts an explanation is
//! built from; [`Quiet`] (the fast path) drops them, [`Facts`] keeps them.
//!
//! Only the facts that decided a result are kept: the evaluator marks where
//! an operand's facts begin ([`Sink::mark`]) and cuts those of an operand
//! that did not decide ([`Sink::cut`]) — the other side of a false `and`, of
//! a true `or`, the null first operand of a `??` (see `expr.rs`).
//! Facts are therefore recorded as they come, repeats included, and made
//! unique only when the list is taken ([`Facts::into_list`]), so that cutting
//! one operand never loses a fact another operand also recorded.

use policy_check::model::ValueId;
use policy_i18n::Message;

/// Receives the facts of an explanation; [`Quiet`] ignores them at no cost.
pub(super) trait Sink {
    /// Whether facts are wanted at all (a constant, so the fast path compiles them away).
    const ON: bool;
    /// Records one fact.
    fn fact(&mut self, fact: Message);
    /// Where the next fact will go: the start of an operand's facts.
    fn mark(&self) -> usize;
    /// Drops the facts recorded from `from` to `to` (marks): an operand that did not decide.
    fn cut(&mut self, from: usize, to: usize);
    /// Starts tracing how a value was derived: `false` when its facts were
    /// already collected (they are recorded again, from memory) or it is
    /// being traced now (a cycle), so the caller does not trace it.
    fn begin_value(&mut self, id: ValueId) -> bool;
    /// Remembers the facts recorded since `start` as the derivation of `id`.
    fn end_value(&mut self, id: ValueId, start: usize);
}

/// The fast path: no facts.
pub(super) struct Quiet;

impl Sink for Quiet {
    const ON: bool = false;
    #[inline(always)]
    fn fact(&mut self, _: Message) {}
    #[inline(always)]
    fn mark(&self) -> usize {
        0
    }
    #[inline(always)]
    fn cut(&mut self, _: usize, _: usize) {}
    #[inline(always)]
    fn begin_value(&mut self, _: ValueId) -> bool {
        false
    }
    #[inline(always)]
    fn end_value(&mut self, _: ValueId, _: usize) {}
}

/// The slow path: collects the deciding facts.
#[derive(Default)]
pub(super) struct Facts {
    /// The facts in the order recorded, repeats included.
    facts: Vec<Message>,
    /// Values whose derivation was traced (`None` while it is being traced).
    values: Vec<(ValueId, Option<Vec<Message>>)>,
}

impl Facts {
    /// The facts, each once, in the order first recorded.
    pub(super) fn into_list(self) -> Vec<Message> {
        let mut out: Vec<Message> = Vec::with_capacity(self.facts.len());
        for f in self.facts {
            if !out.contains(&f) {
                out.push(f);
            }
        }
        out
    }
}

impl Sink for Facts {
    const ON: bool = true;
    fn fact(&mut self, fact: Message) {
        self.facts.push(fact);
    }
    fn mark(&self) -> usize {
        self.facts.len()
    }
    fn cut(&mut self, from: usize, to: usize) {
        let to = to.min(self.facts.len());
        if from < to {
            self.facts.drain(from..to);
        }
    }
    fn begin_value(&mut self, id: ValueId) -> bool {
        match self.values.iter().find(|(v, _)| *v == id) {
            Some((_, Some(known))) => {
                self.facts.extend(known.iter().cloned());
                false
            }
            Some((_, None)) => false,
            None => {
                self.values.push((id, None));
                true
            }
        }
    }
    fn end_value(&mut self, id: ValueId, start: usize) {
        let derived = self.facts.get(start..).map(<[Message]>::to_vec).unwrap_or_default();
        if let Some(slot) = self.values.iter_mut().find(|(v, _)| *v == id) {
            slot.1 = Some(derived);
        }
    }
}
