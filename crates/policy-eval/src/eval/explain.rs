//! The text of explanations: facts (`name = value`), table lookups, element
//! names and paths, symbol titles.

use std::fmt::Write as _;

use policy_check::model::{ElemSlot, Expr, ExprKind, ListId, SymbolId, TableId, Value};

use super::ops::IsNull;
use super::trace::Quiet;
use policy_i18n::{msg, Message};

use super::say;
use super::wording::{format_value, write_words};
use super::{Evaluator, Unknown};

impl<'m> Evaluator<'m> {
    /// A fact: `name = value`, or `name: не указано` for null.
    pub(super) fn fact_of(&self, name: &str, v: &Value) -> Message {
        if v.is_null() {
            return msg!("eval-fact-null", subject = name.to_owned());
        }
        say::equals(name, self.fact_value(v))
    }

    /// A fact's value: yes and no, none and durations in the reader's language, anything
    /// else as the JSON report writes it (`12`, `2025-09-01`, `ovz, disabled`).
    fn fact_value(&self, v: &Value) -> Message {
        match v {
            Value::Bool(b) => say::yes_no(*b),
            Value::Elements(_, idx) if idx.is_empty() => msg!("eval-none"),
            Value::Duration(d) => say::duration(*d),
            v => Message::from(self.fmt_value(v)),
        }
    }

    /// A table's keys with their values on this case: in Russian each key by its field's
    /// title (`класс 5`), in English as the policy writes it (`pupil.grade = 5`).
    pub(super) fn table_keys_text(&self, id: TableId) -> Message {
        let Some(def) = self.model.tables.get(id) else {
            return Message::from(String::new());
        };
        let mut parts = Vec::with_capacity(def.keys.len());
        for (i, k) in def.keys.iter().enumerate() {
            let v = match self.eval(k, None, &mut Quiet) {
                Ok(v) => self.fmt_value(&v),
                Err(Unknown) => "?".into(),
            };
            let desc = match &k.kind {
                ExprKind::Field(slot) => self.model.schema.slots.get(*slot).and_then(|f| f.description.as_deref()),
                _ => None,
            };
            let src = def.key_sources.get(i).cloned().unwrap_or_else(|| self.expr_text(k));
            let as_written = format!("{src} = {v}");
            parts.push(match desc {
                Some(d) => Message::each(format!("{d} {v}"), as_written),
                None => Message::from(as_written),
            });
        }
        Message::list(parts, ", ")
    }

    /// A table lookup as a fact: keys → row → value.
    pub(super) fn table_fact(&self, id: TableId, r: &Result<&Value, Unknown>, row: Option<usize>) -> Message {
        let Some(def) = self.model.tables.get(id) else {
            return Message::from(String::new());
        };
        let keys = self.table_keys_text(id);
        let row_text = row.and_then(|i| def.rows.get(i)).map(|r| match (&r.label, r.patterns.is_empty()) {
            (Some(label), _) => Message::from(label.clone()),
            (None, true) => msg!("eval-table-otherwise"),
            (None, false) => Message::from(r.source.clone()),
        });
        let table = def.name.clone();
        match (r, row_text) {
            (Ok(v), Some(row)) => {
                msg!("eval-fact-table", table = table, keys = keys, row = row, value = self.fact_value(v))
            }
            (Ok(_), None) => msg!("eval-fact-table-no-row", table = table, keys = keys),
            (Err(Unknown), _) => msg!("eval-fact-table-uncomputable", table = table, keys = keys),
        }
    }

    /// How an element is named: `documents.medical_certificate` for a keyed
    /// list, else `documents[2]`.
    fn write_elem_path(&self, out: &mut String, list: ListId, i: u32) {
        let Some(def) = self.model.schema.lists.get(list) else {
            out.push('?');
            return;
        };
        out.push_str(&def.path);
        let _ = match def.key.map(|k| self.elem_field(list, i, k)) {
            Some(Value::Symbol(s)) => write!(out, ".{}", self.model.symbol_name(*s)),
            Some(Value::Text(t)) => write!(out, "[{t}]"),
            _ => write!(out, "[{i}]"),
        };
    }

    /// An element's name: its key, else `path[i]`.
    pub(super) fn elem_name(&self, list: ListId, i: u32) -> String {
        let Some(def) = self.model.schema.lists.get(list) else {
            return i.to_string();
        };
        match def.key.map(|k| self.elem_field(list, i, k)) {
            Some(v @ (Value::Symbol(_) | Value::Text(_))) => self.fmt_value(v),
            _ => format!("{}[{i}]", def.path),
        }
    }

    /// An element's field path: `documents.medical_certificate.date`.
    pub(super) fn elem_field_path(&self, list: ListId, i: u32, slot: ElemSlot) -> String {
        let name = self.model.schema.lists.get(list).and_then(|l| l.fields.get(slot)).map_or("?", |f| f.path.as_str());
        let mut out = String::with_capacity(32);
        self.write_elem_path(&mut out, list, i);
        out.push('.');
        out.push_str(name);
        out
    }

    /// The title of an element's field, as the schema and the policy give it: the element's
    /// title (a document by its declaration's, else its kind's description) and the field's
    /// (`медицинское заключение · действительно до`); `None` when the field has no title.
    pub(super) fn elem_field_title(&self, list: ListId, i: u32, slot: ElemSlot) -> Option<String> {
        let key = self.model.schema.lists.get(list)?.key.map(|k| self.elem_field(list, i, k));
        self.keyed_field_title(list, key, slot)
    }

    /// The title of field `slot` of the element of `list` whose key is `key`
    /// ([`crate::titles::list_field`]).
    pub(super) fn keyed_field_title(&self, list: ListId, key: Option<&Value>, slot: ElemSlot) -> Option<String> {
        crate::titles::list_field(self.model, list, key, slot)
    }

    /// A date expression as a lawyer reads it ([`crate::titles::date_expr`]); in English as
    /// the policy writes it.
    pub(super) fn date_words(&self, e: &Expr) -> Message {
        say::named(Some(&crate::titles::date_expr(self.model, policy_i18n::Lang::Ru, e)), &self.expr_text(e))
    }

    /// An enumeration value's description, when it has one.
    pub(super) fn symbol_description(&self, sym: SymbolId) -> Option<&'m str> {
        crate::titles::description_of(self.model, sym)
    }

    /// An enumeration value by its description, else its name ([`say::named`]).
    pub(super) fn symbol_named(&self, sym: SymbolId) -> Message {
        say::named(self.symbol_description(sym), self.model.symbol_name(sym))
    }

    /// A value as a lawyer reads it, elements by name.
    pub(super) fn fmt_value(&self, v: &Value) -> String {
        format_value(self.model, v, &|l, i| self.elem_name(l, i))
    }

    /// A value inside a sentence of Russian text: numbers `10,25`, dates
    /// `01.09.2025`, enumeration values by their titles.
    pub(super) fn words(&self, v: &Value) -> String {
        let mut out = String::new();
        write_words(&mut out, self.model, v, &|l, i| self.elem_name(l, i));
        out
    }

    /// An expression as written in the policy language.
    pub(super) fn expr_text(&self, e: &Expr) -> String {
        policy_check::text::expr(self.model, e)
    }
}
