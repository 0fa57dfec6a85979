//! Converting a node to a value of its field's type, and the wording of what
//! a field expects.

use policy_check::model::{FieldDef, Ty, Value};
use policy_i18n::{msg, Message};
use policy_syntax::suggest::did_you_mean;
use rust_decimal::Decimal;

use super::error::CaseErrorKind;
use super::scalar::{parse_date, parse_decimal, parse_duration, DateProblem};
use super::tree::{quote, Node, NodeKind};
use super::validate::Validator;

impl Validator<'_> {
    /// What a field expects, for messages.
    pub(super) fn expected(&self, field: &FieldDef) -> Message {
        self.expected_ty(field, &field.ty)
    }

    /// What a value of this type looks like, for messages.
    fn expected_ty(&self, field: &FieldDef, ty: &Ty) -> Message {
        match ty {
            Ty::Number => match (field.integer, field.int_range) {
                (_, Some((a, b))) => msg!("case-expected-integer-between", min = a.to_string(), max = b.to_string()),
                (true, None) => msg!("case-expected-whole"),
                (false, None) => msg!("case-expected-number"),
            },
            Ty::Bool => msg!("case-expected-bool"),
            Ty::Text => msg!("case-expected-text"),
            Ty::Date => msg!("case-expected-date"),
            Ty::Duration => msg!("case-expected-duration"),
            Ty::Symbol(Some(e)) => match self.vocab.enum_names.get(*e) {
                Some(names) => msg!("case-expected-one-of", values = names.join(", ")),
                None => msg!("case-expected-enum-value"),
            },
            Ty::Symbol(None) => msg!("case-expected-enum-value"),
            Ty::Set(inner) | Ty::List(inner) => msg!("case-expected-list", item = self.expected_ty(field, inner)),
            _ => msg!("case-expected-value"),
        }
    }

    /// Converts a non-null node to a value of the type, or records an error.
    pub(super) fn value(&mut self, field: &FieldDef, ty: &Ty, node: &Node, path: &str) -> Option<Value> {
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
                    NodeKind::Str(s) if parse_decimal(s).is_some() => {
                        self.error(
                            CaseErrorKind::Type,
                            path.to_string(),
                            node.pos,
                            msg!("case-number-in-quotes", value = quote(s)),
                            Some(self.expected_ty(field, ty)),
                        );
                        return None;
                    }
                    NodeKind::Number(None) => {
                        self.error(
                            CaseErrorKind::Type,
                            path.to_string(),
                            node.pos,
                            msg!("case-number-inexact"),
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
                        msg!("case-negative", value = quote(raw)),
                        Some(self.expected_ty(field, ty)),
                    );
                    return None;
                }
                if (field.integer || field.int_range.is_some()) && !d.fract().is_zero() {
                    self.error(
                        CaseErrorKind::Range,
                        path.to_string(),
                        node.pos,
                        msg!("case-fraction", value = quote(raw)),
                        Some(self.expected_ty(field, ty)),
                    );
                    return None;
                }
                if (field.integer || field.int_range.is_some()) && d > Decimal::from(i64::MAX) {
                    self.error(
                        CaseErrorKind::Range,
                        path.to_string(),
                        node.pos,
                        msg!("case-too-large-for-integer", value = quote(raw), max = i64::MAX.to_string()),
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
                            msg!("case-out-of-range", value = quote(raw), min = a.to_string(), max = b.to_string()),
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
                            msg!("case-no-such-date", value = quote(s)),
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
                if let Some(sym) = vocab.symbol(*e, s) {
                    return Some(Value::Symbol(sym));
                }
                let names: Vec<&str> = match e {
                    Some(e) => {
                        vocab.enum_names.get(*e).map(|v| v.iter().map(String::as_str).collect()).unwrap_or_default()
                    }
                    None => vocab.all_symbols.keys().map(String::as_str).collect(),
                };
                let suggestion = did_you_mean(s, names).map(str::to_string);
                self.error_full(
                    CaseErrorKind::UnknownValue,
                    path.to_string(),
                    node.pos,
                    msg!("case-unknown-value", value = quote(s)),
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

    /// Records a value of the wrong type.
    fn type_error(&mut self, field: &FieldDef, ty: &Ty, node: &Node, path: &str) {
        let expected = self.expected_ty(field, ty);
        self.error(
            CaseErrorKind::Type,
            path.to_string(),
            node.pos,
            msg!("case-wrong-value", value = node.kind.describe()),
            Some(expected),
        );
    }
}
