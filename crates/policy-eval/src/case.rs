//! Decoding a case from JSON, YAML or TOML text and validating it against a
//! policy's [`Schema`] before anything is evaluated.
//!
//! The text is first read into a small format-independent tree whose nodes
//! keep their line and column (where the format gives them) and, for numbers,
//! the number's source text, so that `0.25` is read as the exact decimal 0.25
//! and never through binary floating point. The tree is then checked field by
//! field against the schema and written into a slot-based [`Case`].
//!
//! Rules:
//! - a field the schema does not declare is a [`CaseWarning`] (cases come from
//!   other systems);
//! - a value of the wrong type, an impossible date, a negative or non-numeric
//!   number, an integer outside `int a..b`, an unknown enumeration value are
//!   [`CaseError`]s;
//! - a required field that is absent is an error only when the policy reads
//!   it (the contract: a field that a policy does not use may be absent);
//! - an absent list is an empty list; an absent optional field, or one written
//!   as `null`, is [`Value::Null`];
//! - numbers in a case are quantities (grades, ages, hours, copies, weeks) and
//!   may not be negative.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use policy_check::model::{
    Duration, DurationUnit, Expr, ExprKind, FieldDef, ListId, Model, Schema, SlotId, SymbolId, Ty, Value,
};
use rust_decimal::Decimal;

/// A case, validated against a schema: every scalar field in its slot, every
/// list as elements of element slots.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Case {
    /// Scalar fields outside lists, indexed by [`SlotId`]; [`Value::Null`] when absent.
    pub slots: Vec<Value>,
    /// Lists, indexed by [`ListId`]: elements, each with its values indexed by element slot.
    pub lists: Vec<Vec<Vec<Value>>>,
}

impl Case {
    /// An empty case for a schema: every slot null, every list empty.
    pub fn empty(schema: &Schema) -> Case {
        Case { slots: vec![Value::Null; schema.slots.len()], lists: vec![Vec::new(); schema.lists.len()] }
    }

    /// The case's own `as_of` date, when the schema has the field and the case fills it.
    pub fn as_of(&self, schema: &Schema) -> Option<Date> {
        match schema.as_of.and_then(|slot| self.slots.get(slot)) {
            Some(Value::Date(d)) => Some(*d),
            _ => None,
        }
    }
}

/// The format of a case file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseFormat {
    /// JSON (read by the YAML 1.2 reader, of which it is a subset, to keep locations).
    Json,
    /// YAML 1.2.
    Yaml,
    /// TOML 1.0.
    Toml,
}

impl CaseFormat {
    /// The format for a file name by its extension (`.json`, `.yaml`/`.yml`, `.toml`).
    pub fn from_path(path: &std::path::Path) -> Option<CaseFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(CaseFormat::Json),
            "yaml" | "yml" => Some(CaseFormat::Yaml),
            "toml" => Some(CaseFormat::Toml),
            _ => None,
        }
    }
}

/// What kind of mistake a [`CaseError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseErrorKind {
    /// The text is not valid JSON/YAML/TOML, or is empty.
    Syntax,
    /// A value of the wrong type (`grade: "пятый"`).
    Type,
    /// A date that is malformed or does not exist (`2025-13-01`).
    Date,
    /// A negative number.
    Negative,
    /// An integer outside the declared range, or a fraction where a whole number is due.
    Range,
    /// A value that its enumeration does not have.
    UnknownValue,
    /// A required field is absent or null.
    Missing,
}

/// A mistake in a case: nothing is evaluated on a case with errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseError {
    /// What kind of mistake.
    pub kind: CaseErrorKind,
    /// The field path (`pupil.grade`, `documents[1].date`; list indices from 0);
    /// empty for the whole file.
    pub path: String,
    /// 1-based line, when the format gives it.
    pub line: Option<u32>,
    /// 1-based column in characters, when the format gives it.
    pub column: Option<u32>,
    /// What is wrong, with the offending input in backticks.
    pub message: String,
    /// What was expected there.
    pub expected: Option<String>,
    /// A close enumeration value, for "did you mean".
    pub suggestion: Option<String>,
}

/// Something odd in a case that does not stop evaluation (an unknown field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseWarning {
    /// The field path.
    pub path: String,
    /// 1-based line, when the format gives it.
    pub line: Option<u32>,
    /// 1-based column in characters, when the format gives it.
    pub column: Option<u32>,
    /// What is odd.
    pub message: String,
}

fn fmt_place(f: &mut fmt::Formatter<'_>, path: &str, line: Option<u32>, column: Option<u32>) -> fmt::Result {
    if path.is_empty() {
        f.write_str("дело")?;
    } else {
        f.write_str(path)?;
    }
    match (line, column) {
        (Some(l), Some(c)) => write!(f, " (строка {l}, столбец {c})"),
        (Some(l), None) => write!(f, " (строка {l})"),
        _ => f.write_str(" (без указания места)"),
    }
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt_place(f, &self.path, self.line, self.column)?;
        write!(f, ": {}", self.message)?;
        if let Some(s) = &self.suggestion {
            write!(f, "; возможно, имелось в виду `{s}`")?;
        }
        if let Some(e) = &self.expected {
            write!(f, "; ожидалось: {e}")?;
        }
        Ok(())
    }
}

impl fmt::Display for CaseWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt_place(f, &self.path, self.line, self.column)?;
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for CaseError {}

/// Where a node is in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pos {
    line: u32,
    column: u32,
}

/// A format-independent node of the case text.
#[derive(Debug)]
struct Node {
    pos: Option<Pos>,
    kind: NodeKind,
}

#[derive(Debug)]
enum NodeKind {
    Null,
    Bool(bool),
    /// A number with its source text; `None` when the reader gave no text
    /// (then it cannot be read exactly).
    Number(Option<String>),
    Str(String),
    /// A TOML date.
    Date(Date),
    /// A TOML date-time or time (not a date), as written.
    DateTime(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Debug)]
struct Entry {
    key: String,
    pos: Option<Pos>,
    value: Node,
}

impl NodeKind {
    fn describe(&self) -> String {
        match self {
            NodeKind::Null => "пусто".into(),
            NodeKind::Bool(b) => format!("`{b}`"),
            NodeKind::Number(Some(raw)) => format!("`{raw}`"),
            NodeKind::Number(None) => "число".into(),
            NodeKind::Str(s) => format!("`{s}`"),
            NodeKind::Date(d) => format!("`{d}`"),
            NodeKind::DateTime(s) => format!("`{s}`"),
            NodeKind::Seq(_) => "список".into(),
            NodeKind::Map(_) => "раздел".into(),
        }
    }
}

// ---------------------------------------------------------------------------
// What decoding needs from the model.

/// What decoding needs from the model besides the schema: enumeration values
/// by name, the layout of records, and which fields the policy reads (a
/// required field the policy never reads may be absent). Build it once per
/// model and reuse it for every case.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// Per enumeration: value name → symbol.
    enums: Vec<HashMap<String, SymbolId>>,
    /// Per enumeration: its value names in order, for messages.
    enum_names: Vec<Vec<String>>,
    /// Every enumeration value, for fields typed with a bare symbol.
    all_symbols: HashMap<String, SymbolId>,
    /// Record nodes; 0 is the root.
    records: Vec<RecordNode>,
    /// Which slots the policy reads.
    used_slots: Vec<bool>,
    /// Which lists the policy reads.
    used_lists: Vec<bool>,
}

#[derive(Debug, Clone)]
struct RecordNode {
    path: String,
    optional: bool,
    used: bool,
    children: Vec<(String, Child)>,
}

#[derive(Debug, Clone, Copy)]
enum Child {
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

        let mut usage = Usage { slots: vec![false; schema.slots.len()], lists: vec![false; schema.lists.len()] };
        usage.model(model);

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

fn split_path(path: &str) -> (&str, &str) {
    match path.rfind('.') {
        Some(i) => (&path[..i], &path[i + 1..]),
        None => ("", path),
    }
}

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

/// Which slots and lists a model reads.
struct Usage {
    slots: Vec<bool>,
    lists: Vec<bool>,
}

impl Usage {
    fn model(&mut self, model: &Model) {
        for p in &model.params {
            if let Some(e) = &p.value {
                self.expr(e);
            }
        }
        for v in &model.values {
            self.expr(&v.expr);
        }
        for t in &model.tables {
            for k in &t.keys {
                self.expr(k);
            }
            for r in &t.rows {
                self.expr(&r.value);
            }
        }
        for r in &model.rules {
            r.when.iter().chain(&r.unless).for_each(|e| self.expr(e));
            self.message(&r.outcome.message);
            for x in &r.exceptions {
                x.when.iter().for_each(|e| self.expr(e));
                if let Some(o) = &x.outcome {
                    self.message(&o.message);
                }
            }
        }
        for d in &model.documents {
            let list = d.list.or(model.schema.documents.map(|(l, _)| l));
            if let Some(l) = list {
                self.list(l);
            }
            if let Some(w) = &d.when {
                self.expr(w);
            }
            d.requires.iter().for_each(|r| self.expr(&r.expr));
        }
        for role in &model.roles {
            for item in role.items.iter().filter(|i| !i.is_right) {
                if let Some(w) = &item.when {
                    self.expr(w);
                }
                if item.deadline.is_some() || item.frequency.is_some() {
                    if let Some(ev) = model.schema.events {
                        self.list(ev.list);
                    }
                }
                if item.frequency.is_some() {
                    if let Some((start, end)) = model.schema.period {
                        self.slot(start);
                        self.slot(end);
                    }
                }
            }
        }
    }

    fn message(&mut self, parts: &[policy_check::model::MessagePart]) {
        for p in parts {
            if let policy_check::model::MessagePart::Expr(e) = p {
                self.expr(e);
            }
        }
    }

    fn slot(&mut self, s: SlotId) {
        if let Some(u) = self.slots.get_mut(s) {
            *u = true;
        }
    }

    fn list(&mut self, l: ListId) {
        if let Some(u) = self.lists.get_mut(l) {
            *u = true;
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Field(s) => self.slot(*s),
            ExprKind::List(l) | ExprKind::Find { list: l, .. } | ExprKind::Current { list: l, .. } => self.list(*l),
            ExprKind::ElemField { elem, list, .. } | ExprKind::Project { elems: elem, list, .. } => {
                self.list(*list);
                self.expr(elem);
            }
            ExprKind::Filter { elems, list, cond } => {
                self.list(*list);
                self.expr(elems);
                self.expr(cond);
            }
            ExprKind::Unary(_, a) => self.expr(a),
            ExprKind::Binary(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::If(a, b, c) => {
                self.expr(a);
                self.expr(b);
                self.expr(c);
            }
            ExprKind::ListOf(xs) | ExprKind::Call(_, xs) => xs.iter().for_each(|x| self.expr(x)),
            ExprKind::Const(_) | ExprKind::Value(_) | ExprKind::Table(_) | ExprKind::Param(_) | ExprKind::Error => {}
        }
    }
}

// ---------------------------------------------------------------------------
// Decoding.

/// Reads a case from text and validates it against the schema. On success,
/// the case and the warnings (unknown fields); on failure, every error found
/// (in the order of the text), and no case.
pub fn decode(
    text: &str,
    format: CaseFormat,
    schema: &Schema,
    vocabulary: &Vocabulary,
) -> Result<(Case, Vec<CaseWarning>), Vec<CaseError>> {
    let root = match format {
        CaseFormat::Json | CaseFormat::Yaml => read_yaml(text, format),
        CaseFormat::Toml => read_toml(text),
    }
    .map_err(|e| vec![e])?;
    let mut v =
        Validator { schema, vocab: vocabulary, case: Case::empty(schema), errors: Vec::new(), warnings: Vec::new() };
    match &root.kind {
        NodeKind::Map(_) => v.record(0, &root, "", None),
        NodeKind::Null => {
            return Err(vec![CaseError {
                kind: CaseErrorKind::Syntax,
                path: String::new(),
                line: None,
                column: None,
                message: "файл пуст".into(),
                expected: Some("разделы дела: pupil, request, plan, documents …".into()),
                suggestion: None,
            }])
        }
        other => v.error(
            CaseErrorKind::Type,
            String::new(),
            root.pos,
            format!("в корне дела {}", other.describe()),
            Some("разделы дела (ключ: значение)".into()),
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

struct Validator<'a> {
    schema: &'a Schema,
    vocab: &'a Vocabulary,
    case: Case,
    errors: Vec<CaseError>,
    warnings: Vec<CaseWarning>,
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

impl Validator<'_> {
    fn error(
        &mut self,
        kind: CaseErrorKind,
        path: String,
        pos: Option<Pos>,
        message: String,
        expected: Option<String>,
    ) {
        self.error_full(kind, path, pos, message, expected, None);
    }

    fn error_full(
        &mut self,
        kind: CaseErrorKind,
        path: String,
        pos: Option<Pos>,
        message: String,
        expected: Option<String>,
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

    fn unknown(&mut self, path: String, pos: Option<Pos>) {
        self.warnings.push(CaseWarning {
            path,
            line: pos.map(|p| p.line),
            column: pos.map(|p| p.column),
            message: "неизвестное поле: в схеме дела его нет".into(),
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
        for entry in entries {
            let child_path = join(path, &entry.key);
            let Some(ci) = layout.children.iter().position(|(n, _)| *n == entry.key) else {
                self.unknown(child_path, entry.pos);
                continue;
            };
            seen[ci] = true;
            match layout.children[ci].1 {
                Child::Slot(slot) => self.slot(slot, &entry.value, child_path),
                Child::Record(r) => self.subrecord(r, Some(&entry.value), child_path, entry.pos),
                Child::List(l) => self.list(l, &entry.value, child_path),
            }
        }
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
                        Some(n) => ("обязательный раздел пуст", n.pos.or(pos)),
                        None => ("нет обязательного раздела", pos),
                    };
                    self.error(
                        CaseErrorKind::Missing,
                        path,
                        at,
                        message.into(),
                        Some("раздел (ключ: значение)".into()),
                    );
                }
            }
            Some(other) => self.error(
                CaseErrorKind::Type,
                path,
                other.pos,
                format!("вместо раздела {}", other.kind.describe()),
                Some("раздел (ключ: значение)".into()),
            ),
        }
    }

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
                if written_null {
                    "обязательное поле пусто".into()
                } else {
                    "нет обязательного поля".into()
                },
                Some(self.expected(field)),
            );
        }
    }

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
                    format!("вместо списка {}", other.describe()),
                    Some("список записей".into()),
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
                    format!("вместо записи {}", item.kind.describe()),
                    Some("запись (ключ: значение)".into()),
                );
                continue;
            };
            let mut values = vec![Value::Null; def.fields.len()];
            let mut seen = vec![false; def.fields.len()];
            for entry in entries {
                let field_path = format!("{item_path}.{}", entry.key);
                let Some(fi) = def.fields.iter().position(|f| f.path == entry.key) else {
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
                            "обязательное поле пусто".into(),
                            Some(self.expected(field)),
                        );
                    }
                    continue;
                }
                if let Some(v) = self.value(field, &field.ty, &entry.value, &field_path) {
                    values[fi] = v;
                }
            }
            for (fi, field) in def.fields.iter().enumerate() {
                if !seen[fi] && !field.optional && strict {
                    self.error(
                        CaseErrorKind::Missing,
                        format!("{item_path}.{}", field.path),
                        item.pos,
                        "нет обязательного поля".into(),
                        Some(self.expected(field)),
                    );
                }
            }
            elements.push(values);
        }
        self.case.lists[list] = elements;
    }

    fn expected(&self, field: &FieldDef) -> String {
        self.expected_ty(field, &field.ty)
    }

    fn expected_ty(&self, field: &FieldDef, ty: &Ty) -> String {
        match ty {
            Ty::Number => match (field.integer, field.int_range) {
                (_, Some((a, b))) => format!("целое число от {a} до {b}"),
                (true, None) => "целое неотрицательное число".into(),
                (false, None) => "неотрицательное число (например, 3 или 0.25)".into(),
            },
            Ty::Bool => "true или false".into(),
            Ty::Text => "текст".into(),
            Ty::Date => "дата ГГГГ-ММ-ДД".into(),
            Ty::Duration => "срок (например, `7 days`, `2 месяца`)".into(),
            Ty::Symbol(Some(e)) => match self.vocab.enum_names.get(*e) {
                Some(names) => format!("одно из: {}", names.join(", ")),
                None => "значение перечисления".into(),
            },
            Ty::Symbol(None) => "значение перечисления".into(),
            Ty::Set(inner) | Ty::List(inner) => {
                format!("список, каждый элемент — {}", self.expected_ty(field, inner))
            }
            _ => "значение".into(),
        }
    }

    /// Converts a non-null node to a value of the type, or records an error.
    fn value(&mut self, field: &FieldDef, ty: &Ty, node: &Node, path: &str) -> Option<Value> {
        match ty {
            Ty::Set(inner) | Ty::List(inner) => {
                let NodeKind::Seq(items) = &node.kind else {
                    self.type_error(field, ty, node, path);
                    return None;
                };
                let mut out = Vec::with_capacity(items.len());
                let mut ok = true;
                for (i, item) in items.iter().enumerate() {
                    let item_path = format!("{path}[{i}]");
                    if let NodeKind::Null = item.kind {
                        self.type_error(field, inner, item, &item_path);
                        ok = false;
                        continue;
                    }
                    match self.value(field, inner, item, &item_path) {
                        Some(v) => out.push(v),
                        None => ok = false,
                    }
                }
                ok.then_some(Value::List(out))
            }
            Ty::Number => {
                let raw = match &node.kind {
                    NodeKind::Number(Some(raw)) => raw.as_str(),
                    NodeKind::Str(s) if looks_numeric(s) => s.as_str(),
                    NodeKind::Number(None) => {
                        self.error(
                            CaseErrorKind::Type,
                            path.to_string(),
                            node.pos,
                            "число не удалось прочитать точно".into(),
                            Some(self.expected_ty(field, ty)),
                        );
                        return None;
                    }
                    _ => {
                        self.type_error(field, ty, node, path);
                        return None;
                    }
                };
                let Some(d) = parse_decimal(raw) else {
                    self.type_error(field, ty, node, path);
                    return None;
                };
                if d.is_sign_negative() && !d.is_zero() {
                    self.error(
                        CaseErrorKind::Negative,
                        path.to_string(),
                        node.pos,
                        format!("отрицательное число `{raw}`"),
                        Some(self.expected_ty(field, ty)),
                    );
                    return None;
                }
                if (field.integer || field.int_range.is_some()) && !d.fract().is_zero() {
                    self.error(
                        CaseErrorKind::Range,
                        path.to_string(),
                        node.pos,
                        format!("дробное число `{raw}` там, где нужно целое"),
                        Some(self.expected_ty(field, ty)),
                    );
                    return None;
                }
                if let Some((a, b)) = field.int_range {
                    if d < Decimal::from(a) || d > Decimal::from(b) {
                        self.error(
                            CaseErrorKind::Range,
                            path.to_string(),
                            node.pos,
                            format!("число `{raw}` вне допустимых значений {a}..{b}"),
                            Some(self.expected_ty(field, ty)),
                        );
                        return None;
                    }
                }
                Some(Value::Number(d.normalize()))
            }
            Ty::Bool => match node.kind {
                NodeKind::Bool(b) => Some(Value::Bool(b)),
                _ => {
                    self.type_error(field, ty, node, path);
                    None
                }
            },
            Ty::Text => match &node.kind {
                NodeKind::Str(s) => Some(Value::Text(s.clone())),
                NodeKind::Number(Some(raw)) => Some(Value::Text(raw.clone())),
                _ => {
                    self.type_error(field, ty, node, path);
                    None
                }
            },
            Ty::Date => match &node.kind {
                NodeKind::Date(d) => Some(Value::Date(*d)),
                NodeKind::Str(s) => match parse_date(s) {
                    Ok(d) => Some(Value::Date(d)),
                    Err(DateProblem::Format) => {
                        self.type_error(field, ty, node, path);
                        None
                    }
                    Err(DateProblem::Impossible) => {
                        self.error(
                            CaseErrorKind::Date,
                            path.to_string(),
                            node.pos,
                            format!("нет такой даты: `{s}`"),
                            Some(self.expected_ty(field, ty)),
                        );
                        None
                    }
                },
                _ => {
                    self.type_error(field, ty, node, path);
                    None
                }
            },
            Ty::Duration => match &node.kind {
                NodeKind::Str(s) => match parse_duration(s) {
                    Some(d) => Some(Value::Duration(d)),
                    None => {
                        self.type_error(field, ty, node, path);
                        None
                    }
                },
                _ => {
                    self.type_error(field, ty, node, path);
                    None
                }
            },
            Ty::Symbol(e) => {
                let NodeKind::Str(s) = &node.kind else {
                    self.type_error(field, ty, node, path);
                    return None;
                };
                let vocab = self.vocab;
                let found = match e {
                    Some(e) => vocab.enums.get(*e).and_then(|m| m.get(s.as_str())),
                    None => vocab.all_symbols.get(s.as_str()),
                };
                if let Some(sym) = found {
                    return Some(Value::Symbol(*sym));
                }
                let names: Vec<&str> = match e {
                    Some(e) => {
                        vocab.enum_names.get(*e).map(|v| v.iter().map(String::as_str).collect()).unwrap_or_default()
                    }
                    None => vocab.all_symbols.keys().map(String::as_str).collect(),
                };
                let suggestion = suggest(s, &names);
                self.error_full(
                    CaseErrorKind::UnknownValue,
                    path.to_string(),
                    node.pos,
                    format!("неизвестное значение `{s}`"),
                    Some(self.expected_ty(field, ty)),
                    suggestion,
                );
                None
            }
            _ => {
                self.type_error(field, ty, node, path);
                None
            }
        }
    }

    fn type_error(&mut self, field: &FieldDef, ty: &Ty, node: &Node, path: &str) {
        let expected = self.expected_ty(field, ty);
        self.error(
            CaseErrorKind::Type,
            path.to_string(),
            node.pos,
            format!("неверное значение {}", node.kind.describe()),
            Some(expected),
        );
    }
}

/// The closest name, when it is close enough to be a likely typo.
fn suggest(input: &str, names: &[&str]) -> Option<String> {
    let lower = input.to_lowercase();
    if let Some(n) = names.iter().find(|n| n.to_lowercase() == lower) {
        return Some(n.to_string());
    }
    let mut best: Option<(usize, &str)> = None;
    for n in names {
        let d = strsim::levenshtein(&lower, n);
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, n));
        }
    }
    let (d, n) = best?;
    let limit = (n.chars().count() / 3).max(2);
    (d <= limit).then(|| n.to_string())
}

fn looks_numeric(s: &str) -> bool {
    let t = s.trim();
    !t.is_empty()
        && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
        && t.chars().any(|c| c.is_ascii_digit())
}

/// Reads a number exactly from its source text (`3`, `0.25`, `-1`, `2.5e1`).
pub(crate) fn parse_decimal(raw: &str) -> Option<Decimal> {
    let t = raw.trim().replace('_', "");
    let t = t.strip_prefix('+').unwrap_or(&t);
    if t.contains(['e', 'E']) {
        return Decimal::from_scientific(t).ok();
    }
    Decimal::from_str_exact(t).ok()
}

enum DateProblem {
    Format,
    Impossible,
}

/// Reads an ISO date `YYYY-MM-DD`, telling a malformed text from an impossible date.
fn parse_date(s: &str) -> Result<Date, DateProblem> {
    let b = s.trim().as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return Err(DateProblem::Format);
    }
    let num = |r: std::ops::Range<usize>| b[r].iter().fold(0i32, |acc, d| acc * 10 + i32::from(d - b'0'));
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    let (Ok(y), Ok(m), Ok(d)) = (i16::try_from(y), i8::try_from(m), i8::try_from(d)) else {
        return Err(DateProblem::Impossible);
    };
    Date::new(y, m, d).map_err(|_| DateProblem::Impossible)
}

/// Reads a duration written like the language's (`7 days`, `2 недели`, `2 months`).
fn parse_duration(s: &str) -> Option<Duration> {
    let mut parts = s.split_whitespace();
    let amount: i64 = parts.next()?.parse().ok()?;
    let unit = parts.next()?;
    if parts.next().is_some() || amount < 0 {
        return None;
    }
    let unit = match unit {
        "day" | "days" | "день" | "дня" | "дней" => DurationUnit::Days,
        "week" | "weeks" | "неделя" | "недели" | "неделю" | "недель" => DurationUnit::Weeks,
        "month" | "months" | "месяц" | "месяца" | "месяцев" => DurationUnit::Months,
        _ => return None,
    };
    Some(Duration { amount, unit })
}

// ---------------------------------------------------------------------------
// Readers.

/// At most this many nodes are built from one YAML text (aliases included),
/// so that an alias bomb cannot exhaust memory.
const MAX_NODES: usize = 200_000;

fn yaml_pos(marker: &serde_saphyr::granit_parser::Marker) -> Option<Pos> {
    let line = u32::try_from(marker.line()).ok()?;
    let column = u32::try_from(marker.col().checked_add(1)?).ok()?;
    (line > 0).then_some(Pos { line, column })
}

fn yaml_error(format: CaseFormat, pos: Option<Pos>, message: String) -> CaseError {
    let what = if format == CaseFormat::Json { "JSON" } else { "YAML" };
    CaseError {
        kind: CaseErrorKind::Syntax,
        path: String::new(),
        line: pos.map(|p| p.line),
        column: pos.map(|p| p.column),
        message: format!("файл не читается как {what}: {message}"),
        expected: None,
        suggestion: None,
    }
}

/// A collection being built from YAML events.
enum Frame {
    Seq(Vec<Node>),
    Map(Vec<Entry>, Option<(String, Option<Pos>)>),
}

/// Reads YAML (and JSON, a subset of YAML 1.2) from the parser's events with
/// an explicit stack (no recursion, so no depth limit is needed), resolving
/// plain scalars by the YAML 1.2 core schema and keeping each number's text.
fn read_yaml(text: &str, format: CaseFormat) -> Result<Node, CaseError> {
    use serde_saphyr::granit_parser::{Event, Options, Parser, ScalarStyle};

    let mut stack: Vec<(Frame, Option<Pos>, usize)> = Vec::new();
    let mut anchors: Vec<(usize, Node)> = Vec::new();
    let mut root: Option<Node> = None;
    let mut documents = 0usize;
    let mut nodes = 0usize;
    let mut options = Options::default();
    options.emit_comments = false;
    let mut parser = Parser::new_from_str_with_options(text, options);
    while let Some(next) = parser.next_event() {
        let (event, span) = match next {
            Ok(x) => x,
            Err(e) => return Err(yaml_error(format, yaml_pos(e.marker()), e.info())),
        };
        let pos = yaml_pos(&span.start);
        let (node, anchor) = match event {
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return Err(yaml_error(
                        format,
                        pos,
                        "в файле больше одного документа; дело — один документ".into(),
                    ));
                }
                continue;
            }
            Event::SequenceStart(_, anchor, _) => {
                stack.push((Frame::Seq(Vec::new()), pos, anchor));
                continue;
            }
            Event::MappingStart(_, anchor, _) => {
                stack.push((Frame::Map(Vec::new(), None), pos, anchor));
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some((frame, start, anchor)) = stack.pop() else {
                    continue;
                };
                let kind = match frame {
                    Frame::Seq(items) => NodeKind::Seq(items),
                    Frame::Map(entries, _) => NodeKind::Map(entries),
                };
                (Node { pos: start, kind }, anchor)
            }
            Event::Scalar(value, style, anchor, tag) => {
                let core = tag.as_ref().and_then(|t| t.core_suffix());
                let kind = match (style, core) {
                    (_, Some("str")) => NodeKind::Str(value.into_owned()),
                    (_, Some("null")) => NodeKind::Null,
                    (ScalarStyle::Plain, _) | (_, Some("int" | "float" | "bool")) => plain_scalar(value.as_ref()),
                    _ => NodeKind::Str(value.into_owned()),
                };
                (Node { pos, kind }, anchor)
            }
            Event::Alias(id) => {
                let Some((_, node)) = anchors.iter().rev().find(|(a, _)| *a == id) else {
                    return Err(yaml_error(format, pos, "ссылка на неизвестный якорь".into()));
                };
                nodes = nodes.saturating_add(count_nodes(node));
                if nodes > MAX_NODES {
                    return Err(yaml_error(format, pos, "слишком много узлов".into()));
                }
                (clone_node(node, pos), 0)
            }
            _ => continue,
        };
        nodes += 1;
        if nodes > MAX_NODES {
            return Err(yaml_error(format, pos, "слишком много узлов".into()));
        }
        if anchor != 0 {
            anchors.push((anchor, clone_node(&node, node.pos)));
        }
        // Attach the finished node to its parent, or make it the root.
        match stack.last_mut() {
            None => root = Some(node),
            Some((Frame::Seq(items), _, _)) => items.push(node),
            Some((Frame::Map(entries, key), _, _)) => match key.take() {
                None => {
                    let name = match node.kind {
                        NodeKind::Str(s) => s,
                        NodeKind::Number(Some(raw)) => raw,
                        NodeKind::Bool(b) => b.to_string(),
                        NodeKind::Null => "null".into(),
                        _ => return Err(yaml_error(format, node.pos, "ключом может быть только имя поля".into())),
                    };
                    if entries.iter().any(|e| e.key == name) {
                        return Err(yaml_error(format, node.pos, format!("поле `{name}` повторяется")));
                    }
                    *key = Some((name, node.pos));
                }
                Some((name, key_pos)) => entries.push(Entry { key: name, pos: key_pos, value: node }),
            },
        }
    }
    Ok(root.unwrap_or(Node { pos: None, kind: NodeKind::Null }))
}

/// A plain scalar resolved by the YAML 1.2 core schema.
fn plain_scalar(s: &str) -> NodeKind {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => NodeKind::Null,
        "true" | "True" | "TRUE" => NodeKind::Bool(true),
        "false" | "False" | "FALSE" => NodeKind::Bool(false),
        _ if is_core_number(s) => NodeKind::Number(Some(s.to_string())),
        _ => NodeKind::Str(s.to_string()),
    }
}

/// `[-+]? ( digits | digits . digits? | . digits ) ( [eE] [-+]? digits )?`, or
/// `.inf`/`.nan` and the like (which then fail as numbers).
fn is_core_number(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let body = lower.trim_start_matches(['-', '+']);
    if matches!(body, ".inf" | ".nan") {
        return true;
    }
    if lower.starts_with("0x") || lower.starts_with("0o") {
        return lower.len() > 2 && lower[2..].chars().all(|c| c.is_ascii_hexdigit());
    }
    let (mantissa, exponent) = match body.split_once('e') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok =
        digits(int) && frac.is_none_or(digits) && (!int.is_empty() || frac.is_some_and(|f| !f.is_empty()));
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok && s.len() == lower.len()
}

fn count_nodes(node: &Node) -> usize {
    let mut count = 0usize;
    let mut todo = vec![node];
    while let Some(n) = todo.pop() {
        count += 1;
        match &n.kind {
            NodeKind::Seq(items) => todo.extend(items.iter()),
            NodeKind::Map(entries) => todo.extend(entries.iter().map(|e| &e.value)),
            _ => {}
        }
    }
    count
}

/// A copy of an anchored node for an alias, placed where the alias is.
fn clone_node(node: &Node, pos: Option<Pos>) -> Node {
    let kind = match &node.kind {
        NodeKind::Null => NodeKind::Null,
        NodeKind::Bool(b) => NodeKind::Bool(*b),
        NodeKind::Number(raw) => NodeKind::Number(raw.clone()),
        NodeKind::Str(s) => NodeKind::Str(s.clone()),
        NodeKind::Date(d) => NodeKind::Date(*d),
        NodeKind::DateTime(s) => NodeKind::DateTime(s.clone()),
        NodeKind::Seq(items) => NodeKind::Seq(items.iter().map(|n| clone_node(n, n.pos)).collect()),
        NodeKind::Map(entries) => NodeKind::Map(
            entries
                .iter()
                .map(|e| Entry { key: e.key.clone(), pos: e.pos, value: clone_node(&e.value, e.value.pos) })
                .collect(),
        ),
    };
    Node { pos, kind }
}

/// Byte offset → line and column (characters), for TOML.
struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    fn pos(&self, offset: usize) -> Option<Pos> {
        let line = self.starts.partition_point(|&s| s <= offset).checked_sub(1)?;
        let start = *self.starts.get(line)?;
        let column = self.text.get(start..offset)?.chars().count() + 1;
        Some(Pos { line: u32::try_from(line + 1).ok()?, column: u32::try_from(column).ok()? })
    }
}

fn read_toml(text: &str) -> Result<Node, CaseError> {
    let lines = Lines::new(text);
    match toml::de::DeTable::parse(text) {
        Ok(table) => {
            let pos = lines.pos(table.span().start);
            Ok(Node { pos, kind: convert_toml_table(&lines, table.into_inner()) })
        }
        Err(e) => {
            let pos = e.span().and_then(|s| lines.pos(s.start));
            Err(CaseError {
                kind: CaseErrorKind::Syntax,
                path: String::new(),
                line: pos.map(|p| p.line),
                column: pos.map(|p| p.column),
                message: format!("файл не читается как TOML: {}", e.message().trim()),
                expected: None,
                suggestion: None,
            })
        }
    }
}

fn convert_toml_table(lines: &Lines<'_>, table: toml::de::DeTable<'_>) -> NodeKind {
    let mut entries: Vec<Entry> = table
        .into_iter()
        .map(|(k, v)| Entry {
            pos: lines.pos(k.span().start),
            key: k.into_inner().into_owned(),
            value: convert_toml(lines, v),
        })
        .collect();
    entries.sort_by_key(|e| e.pos.map(|p| (p.line, p.column)));
    NodeKind::Map(entries)
}

fn convert_toml(lines: &Lines<'_>, value: toml::Spanned<toml::de::DeValue<'_>>) -> Node {
    use toml::de::DeValue;
    let pos = lines.pos(value.span().start);
    let kind = match value.into_inner() {
        DeValue::String(s) => NodeKind::Str(s.into_owned()),
        DeValue::Integer(i) => {
            if i.radix() == 10 {
                NodeKind::Number(Some(i.as_str().to_string()))
            } else {
                NodeKind::Number(Some(i.to_string()))
            }
        }
        DeValue::Float(f) => NodeKind::Number(Some(f.as_str().to_string())),
        DeValue::Boolean(b) => NodeKind::Bool(b),
        DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => {
                let date = (i16::try_from(d.year).ok())
                    .zip(i8::try_from(d.month).ok())
                    .zip(i8::try_from(d.day).ok())
                    .and_then(|((y, m), d)| Date::new(y, m, d).ok());
                match date {
                    Some(date) => NodeKind::Date(date),
                    None => NodeKind::DateTime(dt.to_string()),
                }
            }
            _ => NodeKind::DateTime(dt.to_string()),
        },
        DeValue::Array(items) => NodeKind::Seq(items.into_iter().map(|v| convert_toml(lines, v)).collect()),
        DeValue::Table(t) => convert_toml_table(lines, t),
    };
    Node { pos, kind }
}

impl FromStr for CaseFormat {
    type Err = String;
    /// `json`, `yaml` (or `yml`), `toml`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "json" => Ok(CaseFormat::Json),
            "yaml" | "yml" => Ok(CaseFormat::Yaml),
            "toml" => Ok(CaseFormat::Toml),
            other => Err(format!("unknown case format `{other}`")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Result<Node, CaseError> {
        read_yaml(text, CaseFormat::Yaml)
    }

    fn map_value<'n>(node: &'n Node, key: &str) -> &'n NodeKind {
        match &node.kind {
            NodeKind::Map(entries) => match entries.iter().find(|e| e.key == key) {
                Some(e) => &e.value.kind,
                None => panic!("no {key}"),
            },
            other => panic!("not a map: {other:?}"),
        }
    }

    #[test]
    fn plain_scalars_follow_the_core_schema() {
        let n = yaml(
            "a: 5\nb: '5'\nc: 0.25\nd: ~\ne:\nf: true\ng: yes\nh: 1e3\ni: .5\nj: 2025-09-01\nk: !!str 7\nl: 1.2.3\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(map_value(&n, "a"), NodeKind::Number(Some(r)) if r == "5"));
        assert!(matches!(map_value(&n, "b"), NodeKind::Str(s) if s == "5"));
        assert!(matches!(map_value(&n, "c"), NodeKind::Number(Some(r)) if r == "0.25"));
        assert!(matches!(map_value(&n, "d"), NodeKind::Null));
        assert!(matches!(map_value(&n, "e"), NodeKind::Null));
        assert!(matches!(map_value(&n, "f"), NodeKind::Bool(true)));
        assert!(matches!(map_value(&n, "g"), NodeKind::Str(s) if s == "yes"));
        assert!(matches!(map_value(&n, "h"), NodeKind::Number(_)));
        assert!(matches!(map_value(&n, "i"), NodeKind::Number(_)));
        assert!(matches!(map_value(&n, "j"), NodeKind::Str(_)));
        assert!(matches!(map_value(&n, "k"), NodeKind::Str(s) if s == "7"));
        assert!(matches!(map_value(&n, "l"), NodeKind::Str(_)));
    }

    #[test]
    fn aliases_copy_their_anchor_and_bombs_stop() {
        let n = yaml("a: &x [1, 2]\nb: *x\n").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(map_value(&n, "b"), NodeKind::Seq(items) if items.len() == 2));
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..8 {
            let prev = if i == 0 { "a".to_string() } else { format!("b{}", i - 1) };
            bomb.push_str(&format!("b{i}: &b{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let err = yaml(&bomb).err().map(|e| e.message);
        assert_eq!(err.as_deref(), Some("файл не читается как YAML: слишком много узлов"));
    }

    #[test]
    fn duplicate_keys_and_several_documents_are_errors() {
        let e = yaml("a: 1\nb: 2\na: 3\n").err();
        assert_eq!(e.as_ref().map(|e| (e.line, e.column)), Some((Some(3), Some(1))));
        assert!(yaml("a: 1\n---\nb: 2\n").is_err());
        assert!(yaml("").is_ok_and(|n| matches!(n.kind, NodeKind::Null)));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("a: {}{}", "[".repeat(5000), "]".repeat(5000));
        assert!(yaml(&deep).is_err());
    }

    #[test]
    fn dates_and_numbers() {
        assert!(parse_date("2024-02-29").is_ok());
        assert!(matches!(parse_date("2025-02-29"), Err(DateProblem::Impossible)));
        assert!(matches!(parse_date("2025-9-1"), Err(DateProblem::Format)));
        assert!(matches!(parse_date("+002025-09-01"), Err(DateProblem::Format)));
        assert_eq!(parse_decimal("0.25"), Some(Decimal::new(25, 2)));
        assert_eq!(parse_decimal("2.5e1"), Some(Decimal::from(25)));
        assert_eq!(parse_decimal("0,5"), None);
        assert_eq!(parse_decimal(".inf"), None);
        assert_eq!(parse_decimal("1e999999"), None);
        assert_eq!(parse_decimal("123456789012345678901234567890123"), None);
        assert_eq!(parse_duration("2 месяца"), Some(Duration { amount: 2, unit: DurationUnit::Months }));
    }

    #[test]
    fn toml_positions_are_lines_and_character_columns() {
        let lines = Lines::new("а = 1\nбб = 2\n");
        assert_eq!(lines.pos(0), Some(Pos { line: 1, column: 1 }));
        let second = "а = 1\n".len() + "бб".len();
        assert_eq!(lines.pos(second), Some(Pos { line: 2, column: 3 }));
    }
}
