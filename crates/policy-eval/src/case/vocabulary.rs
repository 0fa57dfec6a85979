//! What decoding needs from the model besides the schema: the [`Vocabulary`]
//! of enumeration values and the layout of records.

use std::collections::HashMap;

use policy_check::model::{ListId, Model, SlotId, SymbolId};

use super::usage::Usage;

/// What decoding needs from the model besides the schema: enumeration values
/// by name, the layout of records, and which fields the policy reads (a
/// required field the policy never reads may be absent). Build it once per
/// model and reuse it for every case.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// Per enumeration: value name → symbol.
    pub(super) enums: Vec<HashMap<String, SymbolId>>,
    /// Per enumeration: its value names in order, for messages.
    pub(super) enum_names: Vec<Vec<String>>,
    /// Every enumeration value, for fields typed with a bare symbol.
    pub(super) all_symbols: HashMap<String, SymbolId>,
    /// Record nodes; 0 is the root.
    pub(super) records: Vec<RecordNode>,
    /// Which slots the policy reads.
    used_slots: Vec<bool>,
    /// Which lists the policy reads.
    used_lists: Vec<bool>,
}

/// A record of the case layout.
#[derive(Debug, Clone)]
pub(super) struct RecordNode {
    /// The record's path (`pupil`, `request.load`); empty for the root.
    pub(super) path: String,
    /// Whether the record may be absent.
    pub(super) optional: bool,
    /// Whether the policy reads anything in it.
    pub(super) used: bool,
    /// Its fields, records and lists, by name.
    pub(super) children: Vec<(String, Child)>,
}

/// What a record has under a name.
#[derive(Debug, Clone, Copy)]
pub(super) enum Child {
    Slot(SlotId),
    Record(usize),
    List(ListId),
}

impl Vocabulary {
    /// Prepares decoding of cases for this model.
    pub fn new(model: &Model) -> Vocabulary {
        let schema = &model.schema;
        let mut enums = Vec::with_capacity(model.enums.len());
        let mut enum_names = Vec::with_capacity(model.enums.len());
        for e in &model.enums {
            let mut map = HashMap::new();
            let mut names = Vec::new();
            for (sym, _) in &e.variants {
                let name = model.symbol_name(*sym).to_string();
                map.insert(name.clone(), *sym);
                names.push(name);
            }
            enums.push(map);
            enum_names.push(names);
        }
        let all_symbols = model.symbols.iter().enumerate().map(|(i, s)| (s.clone(), i as SymbolId)).collect();

        let usage = Usage::of(model);

        let mut records = vec![RecordNode { path: String::new(), optional: false, used: false, children: Vec::new() }];
        for r in &schema.records {
            let idx = ensure_record(&mut records, &r.path);
            if let Some(node) = records.get_mut(idx) {
                node.optional = r.optional;
            }
        }
        for (slot, field) in schema.slots.iter().enumerate() {
            let (parent, name) = split_path(&field.path);
            let idx = ensure_record(&mut records, parent);
            records[idx].children.push((name.to_string(), Child::Slot(slot)));
            if usage.slots[slot] {
                mark_used(&mut records, parent);
            }
        }
        for (list, def) in schema.lists.iter().enumerate() {
            let (parent, name) = split_path(&def.path);
            let idx = ensure_record(&mut records, parent);
            records[idx].children.push((name.to_string(), Child::List(list)));
            if usage.lists[list] {
                mark_used(&mut records, parent);
            }
        }
        Vocabulary { enums, enum_names, all_symbols, records, used_slots: usage.slots, used_lists: usage.lists }
    }

    /// Whether the policy reads this slot (so that a required field must be present).
    pub fn reads_slot(&self, slot: SlotId) -> bool {
        self.used_slots.get(slot).copied().unwrap_or(false)
    }

    /// Whether the policy reads this list (so that its elements' required fields must be present).
    pub fn reads_list(&self, list: ListId) -> bool {
        self.used_lists.get(list).copied().unwrap_or(false)
    }
}

/// A path split into its parent and last name.
fn split_path(path: &str) -> (&str, &str) {
    match path.rfind('.') {
        Some(i) => (&path[..i], &path[i + 1..]),
        None => ("", path),
    }
}

/// The index of the record at a path, created (with its parents) when new.
fn ensure_record(records: &mut Vec<RecordNode>, path: &str) -> usize {
    if let Some(i) = records.iter().position(|r| r.path == path) {
        return i;
    }
    let (parent, name) = split_path(path);
    let parent_idx = ensure_record(records, parent);
    let idx = records.len();
    records.push(RecordNode { path: path.to_string(), optional: false, used: false, children: Vec::new() });
    records[parent_idx].children.push((name.to_string(), Child::Record(idx)));
    idx
}

/// Marks the record at a path and its parents as read.
fn mark_used(records: &mut [RecordNode], mut path: &str) {
    loop {
        if let Some(r) = records.iter_mut().find(|r| r.path == path) {
            r.used = true;
        }
        if path.is_empty() {
            return;
        }
        path = split_path(path).0;
    }
}
