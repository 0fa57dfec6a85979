//! Converting a node to a value of its field's type, and the wording of what
//! a field expects.

use policy_check::model::{FieldDef, Ty, Value};
use policy_syntax::suggest::did_you_mean;
use rust_decimal::Decimal;

use super::error::CaseErrorKind;
use super::scalar::{parse_date, parse_decimal, parse_duration, DateProblem};
use super::tree::{quote, Node, NodeKind};
use super::validate::Validator;

impl Validator<'_> {
    /// What a field expects, for messages.
    pub(super) fn expected(&self, field: &FieldDef) -> String {
        self.expected_ty(field, &field.ty)
    }

    /// What a value of this type looks like, for messages.
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
                            format!("число {} записано в кавычках, как текст; уберите кавычки", quote(s)),
                            Some(self.expected_ty(field, ty)),
                        );
                        return None;
                    }
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
                        format!("отрицательное число {}", quote(raw)),
                        Some(self.expected_ty(field, ty)),
                    );
                    return None;
                }
                if (field.integer || field.int_range.is_some()) && !d.fract().is_zero() {
                    self.error(
                        CaseErrorKind::Range,
                        path.to_string(),
                        node.pos,
                        format!("дробное число {} там, где нужно целое", quote(raw)),
                        Some(self.expected_ty(field, ty)),
                    );
                    return None;
                }
                if (field.integer || field.int_range.is_some()) && d > Decimal::from(i64::MAX) {
                    self.error(
                        CaseErrorKind::Range,
                        path.to_string(),
                        node.pos,
                        format!("число {} слишком велико для целого (больше {})", quote(raw), i64::MAX),
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
                            format!("число {} вне допустимых значений {a}..{b}", quote(raw)),
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
                            format!("нет такой даты: {}", quote(s)),
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
                    format!("неизвестное значение {}", quote(s)),
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
            format!("неверное значение {}", node.kind.describe()),
            Some(expected),
        );
    }
}
