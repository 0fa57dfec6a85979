//! An expression as a lawyer reads it: case fields, documents, values and
//! enumeration values by their titles from the schema and the policy, the
//! operators in words («и», «или», «не», «если не указано — …»), numbers and
//! dates written the Russian way, built-ins by what they compute («число …»,
//! «конец учебного года …»). `compare` shows conditions and results this way;
//! the identifiers stay in its JSON.
//!
//! The titles a policy writes are Russian: in English an expression is shown
//! as the policy writes it, as in [`crate::titles`].

use policy_check::model::{Builtin, Expr, ExprKind, Model, Value};
use policy_check::text::{element_field_title, field_title, symbol_title};
use policy_i18n::{tr, Lang};
use policy_syntax::ast::NumberUnit;
use policy_syntax::ast::{BinaryOp, DurationUnit, UnaryOp};
use policy_syntax::KeywordLanguage;
use rust_decimal::Decimal;

use crate::report::ReportValue;
use crate::titles;

/// `e` in `lang`'s words.
pub fn expr(model: &Model, lang: Lang, e: &Expr) -> String {
    if lang != Lang::Ru {
        return policy_check::text::expr(model, e);
    }
    Speaker { model, lang }.say(e)
}

/// A constant in `lang`'s words: an enumeration value by its title, a number and a date
/// as the language writes them, `да`/`нет`, a duration in words.
pub fn constant(model: &Model, lang: Lang, v: &Value) -> String {
    if lang != Lang::Ru {
        return policy_check::text::constant(model, v);
    }
    Speaker { model, lang }.constant(v)
}

/// The unit a value's or table's numbers are in, by the naming convention of the case-file
/// contract and the shipped policies: `…_hours` are hours a week, `…_percent` percents.
pub fn unit_of(name: &str) -> Option<NumberUnit> {
    if name.ends_with("_hours") {
        Some(NumberUnit::Hours)
    } else if name.ends_with("_percent") {
        Some(NumberUnit::Percent)
    } else {
        None
    }
}

/// A number as `lang` writes it, with its unit when it has one: «10,25 ч», «20 %», `10.25 h`.
pub fn quantity(lang: Lang, n: &Decimal, unit: Option<NumberUnit>) -> String {
    let number = policy_i18n::decimal(lang, n);
    match unit {
        Some(unit) => format!("{number} {}", policy_syntax::units::number_unit_word(unit, keywords_of(lang))),
        None => number,
    }
}

/// The value `name` of a report in `lang`'s words: a number with the unit its name gives
/// it («10 ч»), anything else as [`titles::report_value`] writes it.
pub fn report_value(model: &Model, lang: Lang, name: &str, value: &ReportValue) -> String {
    match value {
        ReportValue::Number(n) => quantity(lang, n, unit_of(name)),
        other => titles::report_value(model, lang, other),
    }
}

/// The keyword language whose unit words `lang` reads (`ч` in Russian, `h` in English).
fn keywords_of(lang: Lang) -> KeywordLanguage {
    match lang {
        Lang::Ru => KeywordLanguage::Russian,
        Lang::En => KeywordLanguage::English,
    }
}

/// Writes expressions of one model in one language.
struct Speaker<'m> {
    model: &'m Model,
    lang: Lang,
}

impl Speaker<'_> {
    fn say(&self, e: &Expr) -> String {
        let model = self.model;
        match &e.kind {
            ExprKind::Const(v) => self.constant(v),
            ExprKind::Field(slot) => titles::short(field_title(model, *slot)).to_string(),
            ExprKind::Current { list, slot } => titles::short(element_field_title(model, *list, *slot)).to_string(),
            ExprKind::List(list) => self.list(*list),
            ExprKind::Find { list, key } => match key {
                Value::Symbol(s) => format!("{} «{}»", self.list(*list), symbol_title(model, *s)),
                other => format!("{} «{}»", self.list(*list), self.constant(other)),
            },
            ExprKind::ElemField { elem, list, slot } => {
                let key = match &elem.kind {
                    ExprKind::Find { key, .. } => Some(key),
                    _ => None,
                };
                titles::list_field(model, *list, key, *slot)
                    .unwrap_or_else(|| format!("{} · {}", self.say(elem), element_field_title(model, *list, *slot)))
            }
            ExprKind::Project { elems, list, slot } => {
                format!("{} · {}", self.say(elems), titles::short(element_field_title(model, *list, *slot)))
            }
            ExprKind::Filter { elems, cond, .. } => {
                tr!(self.lang, "words-where", elements = self.say(elems), condition = self.say(cond))
            }
            ExprKind::Value(id) => model.values.get(*id).map_or_else(String::new, |v| self.named(&v.name)),
            ExprKind::Table(id) => model.tables.get(*id).map_or_else(String::new, |t| self.named(&t.name)),
            ExprKind::Param(id) => model
                .params
                .get(*id)
                .map_or_else(String::new, |p| p.description.as_deref().unwrap_or(&p.name).to_string()),
            ExprKind::Unary(UnaryOp::Not, a) => match &a.kind {
                // `not (ovz in pupil.categories)`: «категории: не ОВЗ».
                ExprKind::Binary(BinaryOp::In, value, set)
                    if matches!(value.kind, ExprKind::Const(Value::Symbol(_))) =>
                {
                    tr!(self.lang, "words-has-not", set = self.say(set), value = self.say(value))
                }
                // A yes/no value or field is named by a noun: «не выполнено: право на обучение».
                ExprKind::Value(_) | ExprKind::Field(_) | ExprKind::ElemField { .. } | ExprKind::Current { .. } => {
                    tr!(self.lang, "words-not-holds", what = self.say(a))
                }
                _ => tr!(self.lang, "words-not", what = self.operand(a)),
            },
            ExprKind::Unary(UnaryOp::Neg, a) => format!("−{}", self.operand(a)),
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b),
            ExprKind::If(c, a, b) => {
                tr!(self.lang, "words-if", condition = self.say(c), then = self.say(a), otherwise = self.say(b))
            }
            ExprKind::ListOf(items) => self.items(items),
            ExprKind::Call(f, args) => self.call(*f, args),
            ExprKind::Error => "?".into(),
        }
    }

    /// A value or table by its title, else by its name.
    fn named(&self, name: &str) -> String {
        titles::short(titles::value(self.model, self.lang, name)).to_string()
    }

    /// A list of the case by its title («события»), else by its path.
    fn list(&self, list: policy_check::model::ListId) -> String {
        let def = self.model.schema.lists.get(list);
        let title = def.and_then(|l| l.description.as_deref()).map(titles::short);
        title.unwrap_or_else(|| self.model.list_path(list)).to_string()
    }

    fn items(&self, items: &[Expr]) -> String {
        items.iter().map(|i| self.say(i)).collect::<Vec<_>>().join(", ")
    }

    fn constant(&self, v: &Value) -> String {
        let lang = self.lang;
        match v {
            Value::Null => tr!(lang, "words-null"),
            Value::Bool(true) => tr!(lang, "report-yes"),
            Value::Bool(false) => tr!(lang, "report-no"),
            Value::Number(n) => policy_i18n::decimal(lang, n),
            Value::Text(t) => format!("«{t}»"),
            Value::Date(d) => policy_i18n::date(lang, *d),
            Value::Duration(d) => policy_syntax::units::write_duration(*d, KeywordLanguage::Russian),
            Value::Symbol(s) => symbol_title(self.model, *s).to_string(),
            Value::Range(a, b) if a == b => a.to_string(),
            Value::Range(a, b) => format!("{a}–{b}"),
            Value::Interval(a, b) => format!("{} — {}", policy_i18n::date(lang, *a), policy_i18n::date(lang, *b)),
            Value::List(items) if items.is_empty() => tr!(lang, "words-empty"),
            Value::List(items) => items.iter().map(|i| self.constant(i)).collect::<Vec<_>>().join(", "),
            Value::Elements(..) | Value::Element(..) => "?".into(),
        }
    }

    /// An operand of an operator: bracketed unless it reads as one thing.
    fn operand(&self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::Binary(..) | ExprKind::If(..) | ExprKind::Filter { .. } => format!("({})", self.say(e)),
            _ => self.say(e),
        }
    }

    /// An operand of the arithmetic or comparison `parent`: bracketed only where the order
    /// of operations needs it (`a − (b + c)`); `x ?? d` reads as one thing with its note.
    fn side(&self, parent: BinaryOp, x: &Expr, right: bool) -> String {
        match &x.kind {
            ExprKind::Binary(BinaryOp::Coalesce, ..) => self.say(x),
            ExprKind::Binary(op, ..) => {
                let (outer, inner) = (parent.binding_power(), op.binding_power());
                let associative = matches!(parent, BinaryOp::Add | BinaryOp::Mul);
                if inner < outer || (right && inner == outer && !associative) {
                    format!("({})", self.say(x))
                } else {
                    self.say(x)
                }
            }
            _ => self.operand(x),
        }
    }

    fn binary(&self, op: BinaryOp, a: &Expr, b: &Expr) -> String {
        let lang = self.lang;
        let is_field = |x: &Expr| {
            matches!(
                x.kind,
                ExprKind::Field(_) | ExprKind::Current { .. } | ExprKind::ElemField { .. } | ExprKind::Value(_)
            ) || matches!(x.kind, ExprKind::Binary(BinaryOp::Coalesce, ..))
        };
        match (op, &a.kind, &b.kind) {
            (BinaryOp::And | BinaryOp::Or, ..) => {
                // Only a group of the other connective, or an `if`, needs brackets here.
                let side = |x: &Expr| match &x.kind {
                    ExprKind::Binary(inner @ (BinaryOp::And | BinaryOp::Or), ..) if *inner != op => {
                        format!("({})", self.say(x))
                    }
                    ExprKind::If(..) => format!("({})", self.say(x)),
                    _ => self.say(x),
                };
                if op == BinaryOp::And {
                    tr!(lang, "words-and", a = side(a), b = side(b))
                } else {
                    tr!(lang, "words-or", a = side(a), b = side(b))
                }
            }
            // `count(x) > 0` is «есть x», `count(x) = 0` is «нет x».
            (BinaryOp::Gt | BinaryOp::Ne, ExprKind::Call(Builtin::Count, items), ExprKind::Const(Value::Number(n)))
                if n.is_zero() && items.len() == 1 =>
            {
                tr!(lang, "words-some", elements = self.say(&items[0]))
            }
            (BinaryOp::Eq, ExprKind::Call(Builtin::Count, items), ExprKind::Const(Value::Number(n)))
                if n.is_zero() && items.len() == 1 =>
            {
                tr!(lang, "words-none", elements = self.say(&items[0]))
            }
            // `documents.medical_certificate = null`: «медицинское заключение: нет».
            (
                BinaryOp::Eq | BinaryOp::Ne,
                ExprKind::Find { key: Value::Symbol(s), .. },
                ExprKind::Const(Value::Null),
            ) => {
                let element = titles::document(self.model, lang, self.model.symbol_name(*s)).to_string();
                if op == BinaryOp::Eq {
                    tr!(lang, "words-absent", what = element)
                } else {
                    tr!(lang, "words-present", what = element)
                }
            }
            (BinaryOp::Eq, _, ExprKind::Const(Value::Null)) => tr!(lang, "words-not-given", what = self.say(a)),
            (BinaryOp::Ne, _, ExprKind::Const(Value::Null)) => tr!(lang, "words-given", what = self.say(a)),
            // `(field ?? default) = value`: the default said after the value.
            (BinaryOp::Eq, ExprKind::Binary(BinaryOp::Coalesce, field, default), ExprKind::Const(_))
                if matches!(default.kind, ExprKind::Const(_)) =>
            {
                tr!(
                    lang,
                    "words-is-by-default",
                    what = self.say(field),
                    value = self.say(b),
                    default = self.say(default)
                )
            }
            (BinaryOp::Eq, _, ExprKind::Const(_)) if is_field(a) => {
                tr!(lang, "words-is", what = self.say(a), value = self.say(b))
            }
            (BinaryOp::In, _, ExprKind::Const(Value::Range(lo, hi))) => {
                tr!(lang, "words-in-range", what = self.say(a), from = lo.to_string(), to = hi.to_string())
            }
            (BinaryOp::In, ExprKind::Const(Value::Symbol(_)), _) => {
                tr!(lang, "words-has", set = self.say(b), value = self.say(a))
            }
            (BinaryOp::NotIn, ExprKind::Const(Value::Symbol(_)), _) => {
                tr!(lang, "words-has-not", set = self.say(b), value = self.say(a))
            }
            (BinaryOp::In, _, ExprKind::ListOf(items)) => match items.as_slice() {
                [one] => tr!(lang, "words-is", what = self.say(a), value = self.say(one)),
                _ => tr!(lang, "words-one-of", what = self.say(a), values = self.items(items)),
            },
            (BinaryOp::NotIn, _, ExprKind::ListOf(items)) => match items.as_slice() {
                [one] => {
                    tr!(lang, "words-is", what = self.say(a), value = tr!(lang, "words-not", what = self.say(one)))
                }
                _ => tr!(lang, "words-none-of", what = self.say(a), values = self.items(items)),
            },
            (BinaryOp::In, ..) => tr!(lang, "words-in", what = self.say(a), set = self.operand(b)),
            (BinaryOp::NotIn, ..) => tr!(lang, "words-not-in", what = self.say(a), set = self.operand(b)),
            // `list ?? []`: an absent list has nothing in it; saying so adds nothing.
            (BinaryOp::Coalesce, _, ExprKind::ListOf(items)) if items.is_empty() => self.say(a),
            (BinaryOp::Coalesce, _, ExprKind::Const(Value::List(items))) if items.is_empty() => self.say(a),
            (BinaryOp::Coalesce, ..) => tr!(lang, "words-or-else", what = self.operand(a), otherwise = self.say(b)),
            (BinaryOp::Where, ..) => tr!(lang, "words-where", elements = self.say(a), condition = self.say(b)),
            _ => format!("{} {} {}", self.side(op, a, false), sign(op), self.side(op, b, true)),
        }
    }

    fn call(&self, f: Builtin, args: &[Expr]) -> String {
        let lang = self.lang;
        let first = args.first().map(|a| self.say(a)).unwrap_or_default();
        let second = args.get(1).map(|a| self.say(a)).unwrap_or_default();
        let element_field = |slot| {
            let list = args.first().and_then(|a| match &a.kind {
                ExprKind::List(l) | ExprKind::Filter { list: l, .. } | ExprKind::Find { list: l, .. } => Some(*l),
                _ => None,
            });
            list.map(|l| titles::short(element_field_title(self.model, l, slot)).to_string()).unwrap_or_default()
        };
        match f {
            Builtin::Count => tr!(lang, "words-count", elements = first),
            Builtin::Sum => tr!(lang, "words-sum", elements = first),
            Builtin::SumOf(slot) => tr!(lang, "words-sum-of", elements = first, field = element_field(slot)),
            Builtin::MaxCountBy(slot) => {
                tr!(lang, "words-max-count-by", elements = first, field = element_field(slot))
            }
            Builtin::MinCountBy(slot) => {
                tr!(lang, "words-min-count-by", elements = first, field = element_field(slot))
            }
            Builtin::Any => tr!(lang, "words-any", elements = first, condition = second),
            Builtin::All => tr!(lang, "words-all", elements = first, condition = second),
            Builtin::SchoolYearStart => tr!(lang, "words-school-year-start", date = first),
            Builtin::SchoolYearEnd => tr!(lang, "words-school-year-end", date = first),
            Builtin::SchoolWeeksLeft => tr!(lang, "words-school-weeks-left", date = first),
            Builtin::DurationOf(unit) => {
                let unit = match unit {
                    DurationUnit::Days => "days",
                    DurationUnit::Weeks => "weeks",
                    DurationUnit::Months => "months",
                    DurationUnit::WorkingDays => "working-days",
                };
                tr!(lang, "words-duration-of", amount = first, unit = unit)
            }
        }
    }
}

/// A comparison or arithmetic operator as a reader writes it.
fn sign(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Eq => "=",
        BinaryOp::Ne => "≠",
        BinaryOp::Lt => "<",
        BinaryOp::Le => "≤",
        BinaryOp::Gt => ">",
        BinaryOp::Ge => "≥",
        BinaryOp::Add => "+",
        BinaryOp::Sub => "−",
        BinaryOp::Mul => "×",
        BinaryOp::Div => "÷",
        _ => "?",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of each value of a small titled policy, by name.
    fn said(source: &str) -> Vec<(String, String)> {
        let text = format!(
            r#"
enum category {{ ovz "ОВЗ"  gifted "одарённый" }}
enum education_form {{ home "на дому"  school "в школе"  combined "комбинированная" }}
enum event_type {{ pupil_ill "болезнь обучающегося"  order "приказ" }}
schema titled_case {{
  as_of: date?
  pupil: {{ grade: int 1..12 "класс"  categories: set of category "категории"  local: bool? "проживает в микрорайоне" }} "обучающийся"
  request: {{ form: education_form "форма обучения"  start: date "начало обучения"  end: date? "окончание (пусто, если неизвестно)" }}
  events: list of {{ type: event_type "вид события"  date: date "дата" }} keyed type "события"
}}
{source}
"#
        );
        let (_, checked) = policy_check::check_text(&text);
        assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
        let model = checked.model;
        model.values.iter().map(|v| (v.name.clone(), expr(&model, Lang::Ru, &v.expr))).collect()
    }

    #[test]
    fn conditions_read_as_words_with_titles_not_identifiers() {
        let said = said(
            r#"
value a: bool = request.form in [home, combined] and (pupil.local ?? true) = false
value b: bool = ovz in pupil.categories or pupil.grade in 1..4
value c: bool = count(events.pupil_ill) > 0 or count(events where type = order) = 0
value d: bool = request.end = null and not (gifted in pupil.categories)
value local: bool "проживает в микрорайоне" = pupil.local ?? true
value n: bool = not local
value e: date = request.end ?? school_year_end(request.start)
value sum: decimal = pupil.grade + (pupil.grade ?? 0) + 1 - (pupil.grade - 2)
value h: bool = events.pupil_ill = null
value f: bool = request.start >= 2025-09-01 and request.form not in [school]
value g: bool = request.form not in [school, home]
"#,
        );
        let words: Vec<&str> = said.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(
            words,
            [
                "форма обучения — одно из: на дому, комбинированная и проживает в микрорайоне: нет (если не указано, считается: да)",
                "категории: ОВЗ или класс от 1 до 4",
                "есть события «болезнь обучающегося» или нет события, где вид события: приказ",
                "окончание: не указано и категории: не одарённый",
                "проживает в микрорайоне (если не указано — да)",
                "не выполнено: проживает в микрорайоне",
                "окончание (если не указано — конец учебного года, в который входит начало обучения)",
                "класс + класс (если не указано — 0) + 1 − (класс − 2)",
                "болезнь обучающегося: нет",
                "начало обучения ≥ 01.09.2025 и форма обучения: не в школе",
                "форма обучения — ни одно из: в школе, на дому",
            ]
        );
    }

    #[test]
    fn numbers_carry_the_unit_their_name_gives_them() {
        let n = Decimal::new(1025, 2);
        assert_eq!(quantity(Lang::Ru, &n, unit_of("max_weekly_hours")), "10,25 ч");
        assert_eq!(quantity(Lang::En, &n, unit_of("max_weekly_hours")), "10.25 h");
        assert_eq!(quantity(Lang::Ru, &Decimal::from(20), unit_of("teacher_bonus_percent")), "20 %");
        assert_eq!(quantity(Lang::Ru, &Decimal::from(34), unit_of("school_weeks_left")), "34");
    }

    #[test]
    fn english_shows_the_expression_as_written() {
        let (_, checked) = policy_check::check_text("schema s { a: int \"число\" }\nvalue v: bool = a > 2\n");
        assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
        let model = checked.model;
        assert_eq!(expr(&model, Lang::En, &model.values[0].expr), "a > 2");
        assert_eq!(expr(&model, Lang::Ru, &model.values[0].expr), "число > 2");
    }
}
