//! Readings and silence (issue 16 p. 4, issue 15 p. 7).
//!
//! A **reading** (`reading "…"`, `толкование "…"`) is the interpretation a
//! policy chooses where its regulation's text is ambiguous. It is declared at
//! the item it concerns (a value, table, rule, document, requirement or duty);
//! [`Readings`] is its one home in the model: every reading once, in source
//! order, and for each item the readings it *rests on* — its own and those of
//! every value and table it reads, directly or through other values — resolved
//! at check time, so that a report shows them beside a finding or a value
//! without looking anything up per case.
//!
//! A **not stated** declaration (`not_stated pay "…"`, `не_указано оплата "…"`)
//! says the regulation is silent on a topic `compare` aligns; reports and
//! `compare` then say «в Положении не указано» instead of "no requirement".

use std::sync::Arc;

use policy_syntax::Keyword;

use crate::model::{CitationRef, Expr, ExprKind, Location, MessagePart, Model, RuleId, TableId, ValueId};

/// Index into [`Readings::list`].
pub type ReadingId = usize;

/// What the regulation's silence is reported as, in every report and comparison.
pub const NOT_STATED: &str = "в Положении не указано";

/// The item a reading is declared at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadingItem {
    /// A value.
    Value(ValueId),
    /// A table.
    Table(TableId),
    /// A rule.
    Rule(RuleId),
    /// A required document (index into [`Model::documents`]).
    Document(usize),
    /// A requirement of a document: (document, requirement).
    Requirement(usize, usize),
    /// A duty of a role: (role, item).
    Duty(usize, usize),
}

/// One reading: its text and the item it is declared at.
#[derive(Debug, Clone)]
pub struct Reading {
    /// The interpretation, in the policy's words; shared, so that reports hold it without
    /// copying it.
    pub text: std::sync::Arc<str>,
    /// The item it is declared at.
    pub item: ReadingItem,
    /// Where its text is written.
    pub location: Location,
}

/// Every reading of a policy, and what each item rests on.
#[derive(Debug, Clone, Default)]
pub struct Readings {
    /// Every reading, in source order.
    pub list: Vec<Reading>,
    /// By value: the readings it rests on (its own first, then inherited, no repeats).
    pub values: Vec<Vec<ReadingId>>,
    /// By table: likewise.
    pub tables: Vec<Vec<ReadingId>>,
    /// By rule: its own and those of the values and tables its conditions and message read.
    pub rules: Vec<Vec<ReadingId>>,
    /// By document: its own and those of the values its condition reads.
    pub documents: Vec<Vec<ReadingId>>,
    /// By document, by requirement: the requirement's own and those its condition reads.
    pub requirements: Vec<Vec<Vec<ReadingId>>>,
    /// By role, by item: the duty's own and those its condition reads.
    pub duties: Vec<Vec<Vec<ReadingId>>>,
}

impl Readings {
    /// The texts of `ids`, in order.
    pub fn texts<'a>(&'a self, ids: &'a [ReadingId]) -> impl Iterator<Item = &'a str> + 'a {
        ids.iter().filter_map(|&id| self.list.get(id)).map(|r| &*r.text)
    }

    /// The texts of `ids` shared with the model (a report's `readings`): no text is copied.
    pub fn shared(&self, ids: &[ReadingId]) -> Vec<std::sync::Arc<str>> {
        ids.iter().filter_map(|&id| self.list.get(id)).map(|r| std::sync::Arc::clone(&r.text)).collect()
    }

    /// The readings declared at `item` itself, in order.
    pub fn own(&self, item: ReadingItem) -> impl Iterator<Item = &Reading> + '_ {
        self.list.iter().filter(move |r| r.item == item)
    }

    /// What the value `id` rests on.
    pub fn of_value(&self, id: ValueId) -> &[ReadingId] {
        self.values.get(id).map_or(&[], Vec::as_slice)
    }

    /// What the table `id` rests on.
    pub fn of_table(&self, id: TableId) -> &[ReadingId] {
        self.tables.get(id).map_or(&[], Vec::as_slice)
    }

    /// What the rule `id` rests on.
    pub fn of_rule(&self, id: RuleId) -> &[ReadingId] {
        self.rules.get(id).map_or(&[], Vec::as_slice)
    }

    /// What the document `id` rests on.
    pub fn of_document(&self, id: usize) -> &[ReadingId] {
        self.documents.get(id).map_or(&[], Vec::as_slice)
    }

    /// What requirement `req` of document `doc` rests on (the document's own readings not included).
    pub fn of_requirement(&self, doc: usize, req: usize) -> &[ReadingId] {
        self.requirements.get(doc).and_then(|r| r.get(req)).map_or(&[], Vec::as_slice)
    }

    /// What duty `item` of role `role` rests on.
    pub fn of_duty(&self, role: usize, item: usize) -> &[ReadingId] {
        self.duties.get(role).and_then(|r| r.get(item)).map_or(&[], Vec::as_slice)
    }
}

/// A topic the regulation may be silent on: the concepts `compare` aligns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SilentTopic {
    /// Who is entitled (`eligibility`, `основания`).
    Eligibility,
    /// Weekly caps on hours (`caps`, `нагрузка`).
    Caps,
    /// Curricula (`curricula`, `учебные_планы`).
    Curricula,
    /// Required documents (`documents`, `документы`).
    Documents,
    /// Duties and rights of roles (`duties`, `обязанности`).
    Duties,
    /// Deadlines and frequencies (`deadlines`, `сроки`).
    Deadlines,
    /// Teachers' pay (`pay`, `оплата`).
    Pay,
}

impl SilentTopic {
    /// The topic a topic keyword names.
    pub fn from_keyword(k: Keyword) -> Option<SilentTopic> {
        Some(match k {
            Keyword::TopicEligibility => SilentTopic::Eligibility,
            Keyword::TopicCaps => SilentTopic::Caps,
            Keyword::TopicCurricula => SilentTopic::Curricula,
            Keyword::TopicDocuments => SilentTopic::Documents,
            Keyword::TopicDuties => SilentTopic::Duties,
            Keyword::TopicDeadlines => SilentTopic::Deadlines,
            Keyword::TopicPay => SilentTopic::Pay,
            _ => return None,
        })
    }

    /// The topic's English name, as written in a policy and in JSON (`pay`).
    pub fn name(self) -> &'static str {
        match self {
            SilentTopic::Eligibility => "eligibility",
            SilentTopic::Caps => "caps",
            SilentTopic::Curricula => "curricula",
            SilentTopic::Documents => "documents",
            SilentTopic::Duties => "duties",
            SilentTopic::Deadlines => "deadlines",
            SilentTopic::Pay => "pay",
        }
    }

    /// The topic in Russian, for reports (`оплата`).
    pub fn title_ru(self) -> &'static str {
        match self {
            SilentTopic::Eligibility => "основания индивидуального обучения",
            SilentTopic::Caps => "предельная недельная нагрузка",
            SilentTopic::Curricula => "учебный план",
            SilentTopic::Documents => "необходимые документы",
            SilentTopic::Duties => "обязанности участников",
            SilentTopic::Deadlines => "сроки и периодичность",
            SilentTopic::Pay => "оплата труда педагогов",
        }
    }
}

/// `not_stated topic "text" § "…"`: the regulation says nothing on a topic.
#[derive(Debug, Clone)]
pub struct NotStatedDef {
    /// The topic.
    pub topic: SilentTopic,
    /// What the policy says about the silence (shared with every report that says it).
    pub text: Arc<str>,
    /// Where the topic would be expected.
    pub citation: Option<Arc<CitationRef>>,
    /// Where it is declared.
    pub location: Location,
}

impl Model {
    /// What the policy says about the regulation's silence on `topic`, if it says it is silent.
    pub fn not_stated(&self, topic: SilentTopic) -> Option<&NotStatedDef> {
        self.not_stated.iter().find(|n| n.topic == topic)
    }
}

/// Fills in what every item rests on, once every declaration is lowered.
pub(crate) fn resolve(model: &mut Model) {
    let mut readings = std::mem::take(&mut model.readings);
    let own = |item: ReadingItem, list: &[Reading]| -> Vec<ReadingId> {
        list.iter().enumerate().filter(|(_, r)| r.item == item).map(|(i, _)| i).collect()
    };
    // Values and tables: own, then what they read, in depth-first order.
    let n_values = model.values.len();
    let total = n_values + model.tables.len();
    let mut done: Vec<Option<Vec<ReadingId>>> = vec![None; total];
    for start in 0..total {
        closure(model, &readings.list, start, &mut done);
    }
    let mut all = done.into_iter().map(Option::unwrap_or_default);
    readings.values = all.by_ref().take(n_values).collect();
    readings.tables = all.collect();
    let read = |exprs: &mut dyn Iterator<Item = &Expr>, acc: &mut Vec<ReadingId>, rs: &Readings| {
        for e in exprs {
            for id in reads(e) {
                let inherited = match id {
                    Node::Value(v) => rs.of_value(v),
                    Node::Table(t) => rs.of_table(t),
                };
                push_all(acc, inherited);
            }
        }
    };
    let mut rules = Vec::with_capacity(model.rules.len());
    for (i, r) in model.rules.iter().enumerate() {
        let mut acc = own(ReadingItem::Rule(i), &readings.list);
        let message = r.outcome.message.iter().filter_map(|p| match p {
            MessagePart::Expr(e) => Some(e),
            MessagePart::Text(_) => None,
        });
        read(&mut r.when.iter().chain(r.unless.iter()).chain(message), &mut acc, &readings);
        rules.push(acc);
    }
    let mut documents = Vec::with_capacity(model.documents.len());
    let mut requirements = Vec::with_capacity(model.documents.len());
    for (i, d) in model.documents.iter().enumerate() {
        let mut acc = own(ReadingItem::Document(i), &readings.list);
        read(&mut d.when.iter(), &mut acc, &readings);
        documents.push(acc);
        let mut reqs = Vec::with_capacity(d.requires.len());
        for (j, r) in d.requires.iter().enumerate() {
            let mut acc = own(ReadingItem::Requirement(i, j), &readings.list);
            read(&mut std::iter::once(&r.expr), &mut acc, &readings);
            reqs.push(acc);
        }
        requirements.push(reqs);
    }
    let mut duties = Vec::with_capacity(model.roles.len());
    for (i, role) in model.roles.iter().enumerate() {
        let mut items = Vec::with_capacity(role.items.len());
        for (j, d) in role.items.iter().enumerate() {
            let mut acc = own(ReadingItem::Duty(i, j), &readings.list);
            read(&mut d.when.iter(), &mut acc, &readings);
            items.push(acc);
        }
        duties.push(items);
    }
    readings.rules = rules;
    readings.documents = documents;
    readings.requirements = requirements;
    readings.duties = duties;
    model.readings = readings;
}

/// A value or a table, as a node of the dependency graph.
#[derive(Debug, Clone, Copy)]
enum Node {
    Value(ValueId),
    Table(TableId),
}

/// The values and tables `e` reads directly, in source order.
fn reads(e: &Expr) -> Vec<Node> {
    let mut out = Vec::new();
    e.walk(&mut |x| match x.kind {
        ExprKind::Value(v) => out.push(Node::Value(v)),
        ExprKind::Table(t) => out.push(Node::Table(t)),
        _ => {}
    });
    out
}

/// Appends the ids of `more` that `acc` lacks.
fn push_all(acc: &mut Vec<ReadingId>, more: &[ReadingId]) {
    for &id in more {
        if !acc.contains(&id) {
            acc.push(id);
        }
    }
}

/// What node `start` (a value, or `values.len() + table`) rests on, computed
/// with an explicit stack; a cycle (already reported as P0205) contributes
/// what is known so far, so the walk always ends.
fn closure(model: &Model, list: &[Reading], start: usize, done: &mut [Option<Vec<ReadingId>>]) {
    let n_values = model.values.len();
    let node_of = |i: usize| if i < n_values { Node::Value(i) } else { Node::Table(i - n_values) };
    let index = |n: Node| match n {
        Node::Value(v) => v,
        Node::Table(t) => n_values + t,
    };
    let children = |i: usize| -> Vec<usize> {
        match node_of(i) {
            Node::Value(v) => model.values.get(v).map(|d| reads(&d.expr)).unwrap_or_default(),
            Node::Table(t) => model
                .tables
                .get(t)
                .map(|d| d.keys.iter().chain(d.rows.iter().map(|r| &r.value)).flat_map(reads).collect())
                .unwrap_or_default(),
        }
        .into_iter()
        .map(index)
        .collect()
    };
    let own = |i: usize| -> Vec<ReadingId> {
        let item = match node_of(i) {
            Node::Value(v) => ReadingItem::Value(v),
            Node::Table(t) => ReadingItem::Table(t),
        };
        list.iter().enumerate().filter(|(_, r)| r.item == item).map(|(id, _)| id).collect()
    };
    if done[start].is_some() {
        return;
    }
    let mut on_stack = vec![false; done.len()];
    let mut stack: Vec<(usize, Vec<usize>, usize)> = vec![(start, children(start), 0)];
    on_stack[start] = true;
    while let Some((node, kids, next)) = stack.pop() {
        if let Some(&kid) = kids.get(next) {
            stack.push((node, kids, next + 1));
            if done[kid].is_none() && !on_stack[kid] {
                on_stack[kid] = true;
                let grandkids = children(kid);
                stack.push((kid, grandkids, 0));
            }
            continue;
        }
        let mut acc = own(node);
        for kid in kids {
            if let Some(Some(theirs)) = done.get(kid) {
                push_all(&mut acc, theirs);
            }
        }
        on_stack[node] = false;
        done[node] = Some(acc);
    }
}

#[cfg(test)]
mod tests {
    use crate::check_text;

    #[test]
    fn a_rule_rests_on_the_readings_of_the_values_it_reads() {
        let (_, checked) = check_text(
            "schema c { a: int b: int }\n\
             value base = a + 1 reading \"r1\"\n\
             value derived = base * 2 reading \"r2\"\n\
             rule r { when derived > b violation \"x\" reading \"r3\" }\n",
        );
        assert!(!checked.has_errors(), "{:?}", checked.diagnostics);
        let m = &checked.model;
        let texts = |ids: &[usize]| m.readings.texts(ids).map(str::to_string).collect::<Vec<_>>();
        assert_eq!(texts(m.readings.of_value(1)), ["r2", "r1"]);
        assert_eq!(texts(m.readings.of_rule(0)), ["r3", "r2", "r1"]);
    }
}
