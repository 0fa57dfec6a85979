//! Validating the tree against the schema field by field, with field paths
//! (`documents[1].date`) and places, and writing it into a [`Case`].

use policy_check::model::{ListId, Schema, SlotId, Value};
use policy_i18n::{msg, Message};

use super::tree::{Node, NodeKind, Pos};
use super::vocabulary::Child;
use super::{Case, CaseError, CaseErrorKind, CaseWarning, Vocabulary};

/// Validates the tree read from a case text against the schema: the case and
/// its warnings, or every error found (in the order of the text).
pub(super) fn validate(
    root: &Node,
    schema: &Schema,
    vocabulary: &Vocabulary,
) -> Result<(Case, Vec<CaseWarning>), Vec<CaseError>> {
    let mut v =
        Validator { schema, vocab: vocabulary, case: Case::empty(schema), errors: Vec::new(), warnings: Vec::new() };
    match &root.kind {
        NodeKind::Map(_) => v.record(0, root, "", None),
        NodeKind::Null => {
            return Err(vec![CaseError {
                kind: CaseErrorKind::Syntax,
                path: String::new(),
                line: Some(root.pos.map_or(1, |p| p.line)),
                column: Some(root.pos.map_or(1, |p| p.column)),
                message: msg!("case-empty"),
                expected: Some(msg!("case-expected-sections")),
                suggestion: None,
            }])
        }
        other => v.error(
            CaseErrorKind::Type,
            String::new(),
            root.pos,
            msg!("case-root-not-sections", found = other.describe()),
            Some(msg!("case-expected-root-sections")),
        ),
    }
    if v.errors.is_empty() {
        Ok((v.case, v.warnings))
    } else {
        let mut errors = v.errors;
        errors.sort_by_key(|e| (e.line.is_none(), e.line, e.column));
        Err(errors)
    }
}

/// At most this many errors are reported for one case.
const MAX_ERRORS: usize = 100;

/// Validation of one case: the case being written, and what was found.
pub(super) struct Validator<'a> {
    schema: &'a Schema,
    /// What decoding needs from the model.
    pub(super) vocab: &'a Vocabulary,
    case: Case,
    errors: Vec<CaseError>,
    warnings: Vec<CaseWarning>,
}

/// A child path: `prefix.name`, or `name` at the root.
fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

/// The `start` and `end` dates of one record, where it has them.
#[derive(Default)]
struct Period {
    start: Option<jiff::civil::Date>,
    end: Option<(jiff::civil::Date, Option<Pos>)>,
}

impl Period {
    /// Notes a field of the record when it is a `start` or `end` date.
    fn note(&mut self, key: &str, value: Option<&Value>, pos: Option<Pos>) {
        match (key, value) {
            ("start", Some(Value::Date(d))) => self.start = Some(*d),
            ("end", Some(Value::Date(d))) => self.end = Some((*d, pos)),
            _ => {}
        }
    }
}

impl Validator<'_> {
    /// Records an error when a record's `end` date is before its `start` date
    /// (a period that ends before it begins is a typo, not a case to judge).
    fn period(&mut self, period: Period, record: &str) {
        if let (Some(start), Some((end, pos))) = (period.start, period.end) {
            if end < start {
                self.error(
                    CaseErrorKind::Date,
                    join(record, "end"),
                    pos,
                    msg!(
                        "case-end-before-start",
                        end = format!("`{end}`"),
                        start = format!("`{start}`"),
                        start_field = join(record, "start")
                    ),
                    Some(msg!("case-expected-end", start = start.to_string())),
                );
            }
        }
    }

    /// Records an error (at most [`MAX_ERRORS`]).
    pub(super) fn error(
        &mut self,
        kind: CaseErrorKind,
        path: String,
        pos: Option<Pos>,
        message: Message,
        expected: Option<Message>,
    ) {
        self.error_full(kind, path, pos, message, expected, None);
    }

    /// Records an error with a "did you mean" suggestion (at most [`MAX_ERRORS`]).
    pub(super) fn error_full(
        &mut self,
        kind: CaseErrorKind,
        path: String,
        pos: Option<Pos>,
        message: Message,
        expected: Option<Message>,
        suggestion: Option<String>,
    ) {
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(CaseError {
                kind,
                path,
                line: pos.map(|p| p.line),
                column: pos.map(|p| p.column),
                message,
                expected,
                suggestion,
            });
        }
    }

    /// Records an unknown field as a warning.
    fn unknown(&mut self, path: String, pos: Option<Pos>) {
        self.warnings.push(CaseWarning {
            path,
            line: pos.map(|p| p.line),
            column: pos.map(|p| p.column),
            message: msg!("case-unknown-field"),
        });
    }

    /// Validates a map node against a record of the layout. `at` is where the
    /// record is named (its key), where absent fields are reported.
    fn record(&mut self, rec: usize, node: &Node, path: &str, at: Option<Pos>) {
        let vocab = self.vocab;
        let Some(layout) = vocab.records.get(rec) else {
            return;
        };
        let NodeKind::Map(entries) = &node.kind else {
            return;
        };
        let mut seen = vec![false; layout.children.len()];
        let mut period = Period::default();
        for entry in entries {
            let child_path = join(path, &entry.key);
            let Some(ci) = vocab.child(rec, &entry.key) else {
                self.unknown(child_path, entry.pos);
                continue;
            };
            seen[ci] = true;
            match layout.children[ci].1 {
                Child::Slot(slot) => {
                    self.slot(slot, &entry.value, child_path);
                    period.note(&entry.key, self.case.slots.get(slot), entry.value.pos);
                }
                Child::Record(r) => self.subrecord(r, Some(&entry.value), child_path, entry.pos),
                Child::List(l) => self.list(l, &entry.value, child_path),
            }
        }
        self.period(period, path);
        for (ci, (name, child)) in layout.children.iter().enumerate() {
            if seen[ci] {
                continue;
            }
            let child_path = join(path, name);
            match *child {
                Child::Slot(slot) => self.absent_slot(slot, child_path, at.or(node.pos), false),
                Child::Record(r) => self.subrecord(r, None, child_path, at.or(node.pos)),
                Child::List(_) => {}
            }
        }
    }

    /// Validates a nested record, present or absent.
    fn subrecord(&mut self, rec: usize, node: Option<&Node>, path: String, pos: Option<Pos>) {
        let vocab = self.vocab;
        let Some(layout) = vocab.records.get(rec) else {
            return;
        };
        match node {
            Some(n @ Node { kind: NodeKind::Map(_), .. }) => self.record(rec, n, &path, pos),
            Some(Node { kind: NodeKind::Null, .. }) | None => {
                if !layout.optional && layout.used {
                    let (message, at) = match node {
                        Some(n) => (msg!("case-required-section-empty"), n.pos.or(pos)),
                        None => (msg!("case-required-section-missing"), pos),
                    };
                    self.error(CaseErrorKind::Missing, path, at, message, Some(msg!("case-expected-section")));
                }
            }
            Some(other) => self.error(
                CaseErrorKind::Type,
                path,
                other.pos,
                msg!("case-not-a-section", found = other.kind.describe()),
                Some(msg!("case-expected-section")),
            ),
        }
    }

    /// An absent (or null) field: an error when it is required and read.
    fn absent_slot(&mut self, slot: SlotId, path: String, pos: Option<Pos>, written_null: bool) {
        let schema = self.schema;
        let Some(field) = schema.slots.get(slot) else {
            return;
        };
        if !field.optional && self.vocab.reads_slot(slot) {
            self.error(
                CaseErrorKind::Missing,
                path,
                pos,
                if written_null { msg!("case-required-field-empty") } else { msg!("case-required-field-missing") },
                Some(self.expected(field)),
            );
        }
    }

    /// Validates a scalar field into its slot.
    fn slot(&mut self, slot: SlotId, node: &Node, path: String) {
        let schema = self.schema;
        let Some(field) = schema.slots.get(slot) else {
            return;
        };
        if let NodeKind::Null = node.kind {
            self.absent_slot(slot, path, node.pos, true);
            return;
        }
        if let Some(v) = self.value(field, &field.ty, node, &path) {
            self.case.slots[slot] = v;
        }
    }

    /// Validates a list of records into the case's elements.
    fn list(&mut self, list: ListId, node: &Node, path: String) {
        let schema = self.schema;
        let Some(def) = schema.lists.get(list) else {
            return;
        };
        let items = match &node.kind {
            NodeKind::Seq(items) => items,
            NodeKind::Null => return,
            other => {
                self.error(
                    CaseErrorKind::Type,
                    path,
                    node.pos,
                    msg!("case-not-a-list", found = other.describe()),
                    Some(msg!("case-expected-records")),
                );
                return;
            }
        };
        let strict = self.vocab.reads_list(list);
        let mut elements = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{i}]");
            let NodeKind::Map(entries) = &item.kind else {
                self.error(
                    CaseErrorKind::Type,
                    item_path,
                    item.pos,
                    msg!("case-not-a-record", found = item.kind.describe()),
                    Some(msg!("case-expected-record")),
                );
                continue;
            };
            let mut values = vec![Value::Null; def.fields.len()];
            let mut seen = vec![false; def.fields.len()];
            let mut period = Period::default();
            for entry in entries {
                let field_path = format!("{item_path}.{}", entry.key);
                let Some(fi) = self.vocab.element_field(list, &entry.key) else {
                    self.unknown(field_path, entry.pos);
                    continue;
                };
                seen[fi] = true;
                let field = &def.fields[fi];
                if let NodeKind::Null = entry.value.kind {
                    if !field.optional && strict {
                        self.error(
                            CaseErrorKind::Missing,
                            field_path,
                            entry.value.pos,
                            msg!("case-required-field-empty"),
                            Some(self.expected(field)),
                        );
                    }
                    continue;
                }
                if let Some(v) = self.value(field, &field.ty, &entry.value, &field_path) {
                    period.note(&entry.key, Some(&v), entry.value.pos);
                    values[fi] = v;
                }
            }
            self.period(period, &item_path);
            for (fi, field) in def.fields.iter().enumerate() {
                if !seen[fi] && !field.optional && strict {
                    self.error(
                        CaseErrorKind::Missing,
                        format!("{item_path}.{}", field.path),
                        item.pos,
                        msg!("case-required-field-missing"),
                        Some(self.expected(field)),
                    );
                }
            }
            elements.push(values);
        }
        self.case.lists[list] = elements;
    }
}
