//! The fast path for JSON: strict JSON read straight into the case's slots,
//! guided by the schema, keeping no tree, no positions and no field paths.
//!
//! It accepts only what the tree path ([`super::json`] then
//! [`super::validate`]) accepts without a single error or warning, and then
//! yields the very same [`Case`]. Anything else — a syntax error, an unknown
//! field, a value of the wrong type, a missing required field, a repeated
//! key, a period that ends before it starts, a text past the limits — makes
//! it give up ([`None`]), and the caller re-reads the text through the tree
//! path, which explains the problem with its field path, line and column. So
//! errors and warnings keep their exact wording, and a valid case costs one
//! pass over its text.

use std::borrow::Cow;

use policy_check::model::{FieldDef, ListId, Schema, SlotId, Ty, Value};
use rust_decimal::Decimal;

use super::json_lex::{scan_number, scan_word};
use super::scalar::{parse_date, parse_decimal, parse_duration};
use super::vocabulary::Child;
use super::{Case, Vocabulary, MAX_DEPTH, MAX_NODES};

/// The tree path's answer is needed (the text has a problem, or something
/// the fast path does not judge).
struct Bail;

type Fast<T> = Result<T, Bail>;

/// Reads a JSON case straight into slots; `None` when the text is not a
/// valid case without warnings (then the tree path must explain why).
pub(super) fn decode(text: &str, schema: &Schema, vocab: &Vocabulary) -> Option<Case> {
    let mut r = Reader { b: text.as_bytes(), text, at: 0, nodes: 0, depth: 0, schema, vocab };
    let mut case = Case::empty(schema);
    r.ws();
    r.open(b'{').ok()?;
    r.record(0, &mut case).ok()?;
    r.ws();
    (r.at == r.b.len()).then_some(case)
}

/// A scalar token.
enum Tok<'t> {
    Null,
    Bool(bool),
    /// A number as written.
    Num(&'t str),
    Str(Cow<'t, str>),
}

/// The `start` and `end` dates of one record, where it has them.
#[derive(Default)]
struct Period {
    start: Option<jiff::civil::Date>,
    end: Option<jiff::civil::Date>,
}

impl Period {
    /// Notes a field of the record when it is a `start` or `end` date.
    fn note(&mut self, key: &str, value: &Value) {
        match (key, value) {
            ("start", Value::Date(d)) => self.start = Some(*d),
            ("end", Value::Date(d)) => self.end = Some(*d),
            _ => {}
        }
    }

    /// A period that ends before it starts is an error.
    fn check(&self) -> Fast<()> {
        match (self.start, self.end) {
            (Some(start), Some(end)) if end < start => Err(Bail),
            _ => Ok(()),
        }
    }
}

/// A set of up to 64 member indices seen in one map.
#[derive(Default)]
struct Seen(u64);

impl Seen {
    /// Marks a member seen; a member seen twice (a repeated key), or one past
    /// 64, needs the tree path.
    fn mark(&mut self, i: usize) -> Fast<()> {
        let bit = 1u64.checked_shl(u32::try_from(i).map_err(|_| Bail)?).ok_or(Bail)?;
        if self.0 & bit != 0 {
            return Err(Bail);
        }
        self.0 |= bit;
        Ok(())
    }

    fn has(&self, i: usize) -> bool {
        u32::try_from(i).ok().and_then(|i| 1u64.checked_shl(i)).is_some_and(|bit| self.0 & bit != 0)
    }
}

/// The reader's place in the text, and what it reads against.
struct Reader<'t, 's> {
    b: &'t [u8],
    text: &'t str,
    at: usize,
    /// Values read so far (bounded by [`MAX_NODES`]).
    nodes: usize,
    /// Maps and lists open (bounded by [`MAX_DEPTH`]).
    depth: usize,
    schema: &'s Schema,
    vocab: &'s Vocabulary,
}

impl<'t> Reader<'t, '_> {
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.at) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.at).copied()
    }

    /// Counts one value.
    fn node(&mut self) -> Fast<()> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(Bail);
        }
        Ok(())
    }

    /// Opens a map or list (`{` or `[`) at the reader's place.
    fn open(&mut self, bracket: u8) -> Fast<()> {
        if self.peek() != Some(bracket) || self.depth + 1 >= MAX_DEPTH {
            return Err(Bail);
        }
        self.node()?;
        self.depth += 1;
        self.at += 1;
        Ok(())
    }

    /// After a member or an element: `true` when another follows (`,`),
    /// `false` when the map or list closes.
    fn next(&mut self, close: u8) -> Fast<bool> {
        self.ws();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                self.ws();
                Ok(true)
            }
            Some(b) if b == close => {
                self.at += 1;
                self.depth -= 1;
                Ok(false)
            }
            _ => Err(Bail),
        }
    }

    /// Whether a map or list closes right away (`{}` or `[]`).
    fn empty(&mut self, close: u8) -> bool {
        self.ws();
        if self.peek() == Some(close) {
            self.at += 1;
            self.depth -= 1;
            true
        } else {
            false
        }
    }

    /// A key and its colon.
    fn key(&mut self) -> Fast<Cow<'t, str>> {
        if self.peek() != Some(b'"') {
            return Err(Bail);
        }
        let key = self.string()?;
        self.ws();
        if self.peek() != Some(b':') {
            return Err(Bail);
        }
        self.at += 1;
        self.ws();
        Ok(key)
    }

    /// A string (the reader on its opening quote), borrowed when it has no escapes.
    fn string(&mut self) -> Fast<Cow<'t, str>> {
        self.at += 1;
        let start = self.at;
        while let Some(&b) = self.b.get(self.at) {
            if b == b'"' {
                let s = self.text.get(start..self.at).ok_or(Bail)?;
                self.at += 1;
                return Ok(Cow::Borrowed(s));
            }
            if b == b'\\' || b < 0x20 {
                break;
            }
            self.at += 1;
        }
        let mut out = String::from(self.text.get(start..self.at).ok_or(Bail)?);
        loop {
            match self.peek().ok_or(Bail)? {
                b'"' => {
                    self.at += 1;
                    return Ok(Cow::Owned(out));
                }
                b'\\' => {
                    self.at += 1;
                    let c = match self.peek().ok_or(Bail)? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            self.at += 1;
                            let c = self.unicode_escape()?;
                            out.push(c);
                            continue;
                        }
                        _ => return Err(Bail),
                    };
                    self.at += 1;
                    out.push(c);
                }
                b if b < 0x20 => return Err(Bail),
                _ => {
                    let from = self.at;
                    while self.b.get(self.at).is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20) {
                        self.at += 1;
                    }
                    out.push_str(self.text.get(from..self.at).ok_or(Bail)?);
                }
            }
        }
    }

    /// Four hex digits after `\u`, with the low surrogate after a high one.
    fn unicode_escape(&mut self) -> Fast<char> {
        let unit = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&unit) {
            if self.b.get(self.at..self.at + 2) != Some(b"\\u") {
                return Err(Bail);
            }
            self.at += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(Bail);
            }
            0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        } else {
            unit
        };
        char::from_u32(code).ok_or(Bail)
    }

    fn hex4(&mut self) -> Fast<u32> {
        let digits = self.text.get(self.at..self.at + 4).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let value = digits.and_then(|d| u32::from_str_radix(d, 16).ok()).ok_or(Bail)?;
        self.at += 4;
        Ok(value)
    }

    /// A number as written (see [`scan_number`]).
    fn number(&mut self) -> Fast<&'t str> {
        let start = self.at;
        self.at = scan_number(self.b, start).map_err(|_| Bail)?;
        self.text.get(start..self.at).ok_or(Bail)
    }

    /// `true`, `false` or `null`, not followed by a letter or digit.
    fn word(&mut self, word: &[u8]) -> Fast<()> {
        self.at = scan_word(self.b, self.at, word).ok_or(Bail)?;
        Ok(())
    }

    /// A scalar value (a map or a list here needs the tree path).
    fn scalar(&mut self) -> Fast<Tok<'t>> {
        self.node()?;
        Ok(match self.peek().ok_or(Bail)? {
            b'"' => Tok::Str(self.string()?),
            b'-' | b'0'..=b'9' => Tok::Num(self.number()?),
            b't' => {
                self.word(b"true")?;
                Tok::Bool(true)
            }
            b'f' => {
                self.word(b"false")?;
                Tok::Bool(false)
            }
            b'n' => {
                self.word(b"null")?;
                Tok::Null
            }
            _ => return Err(Bail),
        })
    }

    /// Whether a `null` stands here (and if so, reads it).
    fn null(&mut self) -> Fast<bool> {
        if self.peek() == Some(b'n') {
            self.node()?;
            self.word(b"null")?;
            return Ok(true);
        }
        Ok(false)
    }

    /// A map of a record of the layout, its `{` read: every member into the case.
    fn record(&mut self, rec: usize, case: &mut Case) -> Fast<()> {
        let vocab = self.vocab;
        let schema = self.schema;
        let layout = vocab.records.get(rec).ok_or(Bail)?;
        let mut seen = Seen::default();
        let mut period = Period::default();
        if !self.empty(b'}') {
            loop {
                let key = self.key()?;
                let ci = vocab.child(rec, &key).ok_or(Bail)?;
                seen.mark(ci)?;
                match layout.children.get(ci).ok_or(Bail)?.1 {
                    Child::Slot(slot) => {
                        let field = schema.slots.get(slot).ok_or(Bail)?;
                        if self.null()? {
                            self.absent_slot(slot, field)?;
                        } else {
                            let v = self.value(field, &field.ty)?;
                            period.note(&key, &v);
                            *case.slots.get_mut(slot).ok_or(Bail)? = v;
                        }
                    }
                    Child::Record(r) => {
                        if self.null()? {
                            self.absent_record(r)?;
                        } else {
                            self.open(b'{')?;
                            self.record(r, case)?;
                        }
                    }
                    Child::List(l) => {
                        if !self.null()? {
                            self.open(b'[')?;
                            self.list(l, case)?;
                        }
                    }
                }
                if !self.next(b'}')? {
                    break;
                }
            }
        }
        period.check()?;
        for (ci, (_, child)) in layout.children.iter().enumerate() {
            if seen.has(ci) {
                continue;
            }
            match *child {
                Child::Slot(slot) => self.absent_slot(slot, schema.slots.get(slot).ok_or(Bail)?)?,
                Child::Record(r) => self.absent_record(r)?,
                Child::List(_) => {}
            }
        }
        Ok(())
    }

    /// An absent or null field: fine unless it is required and read.
    fn absent_slot(&self, slot: SlotId, field: &FieldDef) -> Fast<()> {
        if !field.optional && self.vocab.reads_slot(slot) {
            return Err(Bail);
        }
        Ok(())
    }

    /// An absent or null record: fine unless it is required and read.
    fn absent_record(&self, rec: usize) -> Fast<()> {
        match self.vocab.records.get(rec) {
            Some(layout) if layout.optional || !layout.used => Ok(()),
            _ => Err(Bail),
        }
    }

    /// A list of records, its `[` read: every element into the case.
    fn list(&mut self, list: ListId, case: &mut Case) -> Fast<()> {
        let schema = self.schema;
        let def = schema.lists.get(list).ok_or(Bail)?;
        let strict = self.vocab.reads_list(list);
        let mut elements = Vec::new();
        if !self.empty(b']') {
            loop {
                self.open(b'{')?;
                let mut values: Vec<Value> = std::iter::repeat_with(|| Value::Null).take(def.fields.len()).collect();
                let mut seen = Seen::default();
                let mut period = Period::default();
                if !self.empty(b'}') {
                    loop {
                        let key = self.key()?;
                        let fi = self.vocab.element_field(list, &key).ok_or(Bail)?;
                        seen.mark(fi)?;
                        let field = def.fields.get(fi).ok_or(Bail)?;
                        if self.null()? {
                            if !field.optional && strict {
                                return Err(Bail);
                            }
                        } else {
                            let v = self.value(field, &field.ty)?;
                            period.note(&key, &v);
                            values[fi] = v;
                        }
                        if !self.next(b'}')? {
                            break;
                        }
                    }
                }
                period.check()?;
                if strict && def.fields.iter().enumerate().any(|(fi, f)| !f.optional && !seen.has(fi)) {
                    return Err(Bail);
                }
                elements.push(values);
                if !self.next(b']')? {
                    break;
                }
            }
        }
        *case.lists.get_mut(list).ok_or(Bail)? = elements;
        Ok(())
    }

    /// A non-null value of a field's type, converted as the tree path does.
    fn value(&mut self, field: &FieldDef, ty: &Ty) -> Fast<Value> {
        if let Ty::Set(inner) | Ty::List(inner) = ty {
            self.open(b'[')?;
            let mut out = Vec::new();
            if !self.empty(b']') {
                loop {
                    if self.peek() == Some(b'n') {
                        return Err(Bail);
                    }
                    out.push(self.value(field, inner)?);
                    if !self.next(b']')? {
                        break;
                    }
                }
            }
            return Ok(Value::List(out));
        }
        let tok = self.scalar()?;
        Ok(match (ty, tok) {
            (Ty::Number, Tok::Num(raw)) => Value::Number(number(field, raw)?),
            (Ty::Bool, Tok::Bool(b)) => Value::Bool(b),
            (Ty::Text, Tok::Str(s)) => Value::Text(s.into_owned()),
            (Ty::Text, Tok::Num(raw)) => Value::Text(raw.to_string()),
            (Ty::Date, Tok::Str(s)) => Value::Date(parse_date(&s).map_err(|_| Bail)?),
            (Ty::Duration, Tok::Str(s)) => Value::Duration(parse_duration(&s).ok_or(Bail)?),
            (Ty::Symbol(e), Tok::Str(s)) => Value::Symbol(self.vocab.symbol(*e, &s).ok_or(Bail)?),
            _ => return Err(Bail),
        })
    }
}

/// A number for a field: exact, not negative, whole and in range where the
/// field says so.
fn number(field: &FieldDef, raw: &str) -> Fast<Decimal> {
    let d = parse_decimal(raw).ok_or(Bail)?;
    if d.is_sign_negative() && !d.is_zero() {
        return Err(Bail);
    }
    if field.integer || field.int_range.is_some() {
        if !d.fract().is_zero() || d > Decimal::from(i64::MAX) {
            return Err(Bail);
        }
        if let Some((a, b)) = field.int_range {
            if d < Decimal::from(a) || d > Decimal::from(b) {
                return Err(Bail);
            }
        }
    }
    Ok(d.normalize())
}

#[cfg(test)]
mod tests {
    //! The fast path against the tree path: on every case file of the
    //! repository (converted to JSON), and on damaged variants of them, both
    //! give the same case, or the fast path gives up.

    use std::path::{Path, PathBuf};

    use policy_check::model::Model;

    use super::super::tree::{Node, NodeKind};
    use super::super::{json, toml, validate, yaml, CaseFormat};
    use super::*;

    fn repo() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    fn load(path: &Path) -> Model {
        let mut ws = policy_check::Workspace::new();
        let root = ws.load(path, &mut |p| std::fs::read_to_string(p)).unwrap_or_else(|e| panic!("{e}"));
        let checked = policy_check::check(&ws, root);
        assert!(!checked.has_errors(), "{}", path.display());
        checked.model
    }

    /// A tree as JSON text, numbers as written.
    fn write_json(node: &Node, out: &mut String) {
        let quoted = |s: &str| serde_json::to_string(s).unwrap_or_default();
        match &node.kind {
            NodeKind::Null | NodeKind::Number(None) => out.push_str("null"),
            NodeKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            NodeKind::Number(Some(raw)) => out.push_str(raw),
            NodeKind::Str(s) | NodeKind::DateTime(s) => out.push_str(&quoted(s)),
            NodeKind::Date(d) => out.push_str(&quoted(&d.to_string())),
            NodeKind::Seq(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    write_json(item, out);
                }
                out.push(']');
            }
            NodeKind::Map(entries) => {
                out.push_str("{\n");
                for (i, e) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(",\n");
                    }
                    out.push_str(&quoted(&e.key));
                    out.push_str(": ");
                    write_json(&e.value, out);
                }
                out.push_str("\n}");
            }
        }
    }

    /// The tree path's answer for a JSON text.
    fn tree_path(text: &str, model: &Model, vocab: &Vocabulary) -> Option<Case> {
        let root = json::read_json(text).ok()?;
        match validate::validate(&root, &model.schema, vocab) {
            Ok((case, warnings)) if warnings.is_empty() => Some(case),
            _ => None,
        }
    }

    /// Every case file of the repository with the policy it is judged by.
    fn corpus() -> Vec<(PathBuf, PathBuf)> {
        let mut out = Vec::new();
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eval.policy");
        for dir in [repo().join("tests/cases"), repo().join("tests/cases/bad")] {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                if entry.path().is_file() {
                    out.push((entry.path(), fixture.clone()));
                }
            }
        }
        for entry in std::fs::read_dir(repo().join("policies/tests")).into_iter().flatten().flatten() {
            let policy = repo().join("policies").join(entry.file_name()).with_extension("policy");
            for case in std::fs::read_dir(entry.path()).into_iter().flatten().flatten() {
                out.push((case.path(), policy.clone()));
            }
        }
        out.sort();
        out
    }

    #[test]
    fn fast_path_gives_the_tree_paths_case() {
        let mut models: Vec<(PathBuf, Model, Vocabulary)> = Vec::new();
        let mut fast_cases = 0;
        for (path, policy) in corpus() {
            if !models.iter().any(|(p, _, _)| *p == policy) {
                let model = load(&policy);
                let vocab = Vocabulary::new(&model);
                models.push((policy.clone(), model, vocab));
            }
            let Some((_, model, vocab)) = models.iter().find(|(p, _, _)| *p == policy) else { continue };
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let tree = match CaseFormat::from_path(&path) {
                Some(CaseFormat::Yaml) => yaml::read_yaml(&text),
                Some(CaseFormat::Toml) => toml::read_toml(&text),
                Some(CaseFormat::Json) => json::read_json(&text),
                None => continue,
            };
            let Ok(tree) = tree else { continue };
            let mut json = String::new();
            write_json(&tree, &mut json);
            let fast = decode(&json, &model.schema, vocab);
            let slow = tree_path(&json, model, vocab);
            assert_eq!(fast, slow, "{}: the fast path and the tree path disagree", path.display());
            if let Some(case) = &fast {
                fast_cases += 1;
                // The same case as read from the file in its own format.
                let own = validate::validate(&tree, &model.schema, vocab).ok().map(|(c, _)| c);
                assert_eq!(Some(case), own.as_ref(), "{}", path.display());
            }
            // Damaged variants: a byte dropped or replaced here and there.
            for at in (0..json.len()).step_by(5).filter(|&i| json.is_char_boundary(i) && json.is_char_boundary(i + 1)) {
                for replacement in ["", "x", "1", "\"", ",", "]", "}", "null", "-", "{"] {
                    let mut damaged = json.clone();
                    damaged.replace_range(at..at + 1, replacement);
                    let fast = decode(&damaged, &model.schema, vocab);
                    if fast.is_some() {
                        assert_eq!(fast, tree_path(&damaged, model, vocab), "{}: {damaged}", path.display());
                    }
                }
            }
        }
        assert!(fast_cases > 40, "most of the repository's cases are valid: {fast_cases}");
    }
}
