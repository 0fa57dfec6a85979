//! What decoding needs from the model besides the schema: the [`Vocabulary`]
//! of enumeration values and the layout of records.

use std::collections::HashMap;

use policy_check::model::{ListId, Member, Model, SlotId, SymbolId};

use super::usage::Usage;

/// What decoding needs from the model besides the schema: enumeration values
/// by name, the layout of records, and which fields the policy reads (a
/// required field the policy never reads may be absent). Build it once per
/// model and reuse it for every case.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// Per enumeration: its value names in order, for messages.
    pub(super) enum_names: Vec<Vec<String>>,
    /// Per enumeration: its values' symbols, in the order of `enum_names`.
    enum_symbols: Vec<Vec<SymbolId>>,
    /// Every enumeration value, for fields typed with a bare symbol.
    pub(super) all_symbols: HashMap<String, SymbolId>,
    /// Record nodes; 0 is the root.
    pub(super) records: Vec<RecordNode>,
    /// Per list: its element fields' names, in element-slot order.
    list_fields: Vec<Vec<String>>,
    /// Which slots the policy reads.
    used_slots: Vec<bool>,
    /// Which lists the policy reads.
    used_lists: Vec<bool>,
}

/// A record of the case layout.
#[derive(Debug, Clone)]
pub(super) struct RecordNode {
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
        let enum_names = model
            .enums
            .iter()
            .map(|e| e.variants.iter().map(|(sym, _)| model.symbol_name(*sym).to_string()).collect())
            .collect();
        let enum_symbols = model.enums.iter().map(|e| e.variants.iter().map(|(sym, _)| *sym).collect()).collect();
        let all_symbols = model.symbols.iter().enumerate().map(|(i, s)| (s.clone(), i as SymbolId)).collect();

        let usage = Usage::of(model);

        // Record 0 is the case itself; record `r` of the schema is `r + 1`.
        let layouts = std::iter::once((false, schema.members(None)))
            .chain(schema.records.iter().map(|r| (r.optional, r.members.as_slice())));
        let mut records: Vec<RecordNode> = layouts
            .map(|(optional, members)| RecordNode { optional, used: false, children: children(members) })
            .collect();
        // The schema lists records parent first, so a record's children are settled before it.
        for i in (0..records.len()).rev() {
            let used = records[i].children.iter().any(|&(_, child)| match child {
                Child::Slot(slot) => usage.slots.get(slot).copied().unwrap_or(false),
                Child::List(list) => usage.lists.get(list).copied().unwrap_or(false),
                Child::Record(r) => records.get(r).is_some_and(|r| r.used),
            });
            records[i].used = used;
        }
        let list_fields = schema.lists.iter().map(|l| l.fields.iter().map(|f| f.path.clone()).collect()).collect();
        Vocabulary {
            enum_names,
            enum_symbols,
            all_symbols,
            records,
            list_fields,
            used_slots: usage.slots,
            used_lists: usage.lists,
        }
    }

    /// The index (in its `children`) of a record's member by name.
    pub(super) fn child(&self, rec: usize, name: &str) -> Option<usize> {
        self.records.get(rec)?.children.iter().position(|(n, _)| n == name)
    }

    /// The element slot of a list's field by name.
    pub(super) fn element_field(&self, list: ListId, name: &str) -> Option<usize> {
        self.list_fields.get(list)?.iter().position(|n| n == name)
    }

    /// The symbol of an enumeration value by name (any enumeration's when the type names none).
    pub(super) fn symbol(&self, enumeration: Option<usize>, name: &str) -> Option<SymbolId> {
        match enumeration {
            // An enumeration has a few values: comparing names is quicker than hashing.
            Some(e) => {
                let i = self.enum_names.get(e)?.iter().position(|n| n == name)?;
                self.enum_symbols.get(e)?.get(i).copied()
            }
            None => self.all_symbols.get(name).copied(),
        }
    }

    /// Whether the policy reads this slot (so that a required field must be present).
    pub fn reads_slot(&self, slot: SlotId) -> bool {
        self.used_slots.get(slot).copied().unwrap_or(false)
    }

    /// Whether the policy reads anything in record `record` of the schema (an
    /// index into `Schema::records`), so that the record, when not optional, must be present.
    pub fn reads_record(&self, record: usize) -> bool {
        self.records.get(record + 1).is_some_and(|r| r.used)
    }

    /// Whether the policy reads this list (so that its elements' required fields must be present).
    pub fn reads_list(&self, list: ListId) -> bool {
        self.used_lists.get(list).copied().unwrap_or(false)
    }
}

/// The children of a record, records first, then fields, then lists (the
/// order in which the decoder reports what is missing).
fn children(members: &[(String, Member)]) -> Vec<(String, Child)> {
    let mut out: Vec<(String, Child)> = members
        .iter()
        .map(|(name, member)| {
            let child = match *member {
                Member::Field(slot) => Child::Slot(slot),
                Member::Record(r) => Child::Record(r + 1),
                Member::List(list) => Child::List(list),
            };
            (name.clone(), child)
        })
        .collect();
    out.sort_by_key(|(_, child)| match child {
        Child::Record(_) => 0,
        Child::Slot(_) => 1,
        Child::List(_) => 2,
    });
    out
}
