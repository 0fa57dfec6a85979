//! The built-in functions: the one table of their names, parameters, types and
//! one-line descriptions in both languages. Lowering checks calls against it,
//! the printer and the language server read names and descriptions from it,
//! and a test holds `docs/language.md`'s "Built-in functions" table to it.

use crate::lower::compatible;
use crate::model::{Builtin, DurationUnit, Ty};

/// What a parameter of a built-in accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Param {
    /// A list or set of numbers.
    Numbers,
    /// A list, a set, or elements of a case list.
    Collection,
    /// Elements of a case list.
    Elements,
    /// A date.
    Date,
    /// The name of a field of the elements (not an expression).
    Field,
    /// A condition on each element: its bare names are the element's fields.
    Condition,
    /// A number.
    Number,
}

impl Param {
    /// Whether an argument of type `ty` fits (a [`Param::Field`] is a name, not a typed value).
    pub fn accepts(self, ty: &Ty) -> bool {
        match self {
            Param::Numbers => matches!(ty, Ty::List(i) | Ty::Set(i) if compatible(i, &Ty::Number)),
            Param::Collection => matches!(ty, Ty::List(_) | Ty::Set(_) | Ty::Elements(_) | Ty::Element(_)),
            Param::Elements => matches!(ty, Ty::Elements(_) | Ty::Element(_)),
            Param::Date => compatible(ty, &Ty::Date),
            Param::Field => false,
            Param::Condition => compatible(ty, &Ty::Bool),
            Param::Number => compatible(ty, &Ty::Number),
        }
    }
}

/// One built-in function.
#[derive(Debug, Clone)]
pub struct BuiltinDef {
    /// The function as the model stores it (the field of `max_count_by`,
    /// `min_count_by` and `sum(list, field)` is set when lowering).
    pub builtin: Builtin,
    /// Its name as written, in both keyword languages.
    pub name: &'static str,
    /// Its parameters: the name the reference gives each, and what it accepts.
    pub params: &'static [(&'static str, Param)],
    /// How many of the parameters a call must give (the rest may be left out).
    pub required: usize,
    /// The type of its result.
    pub result: Ty,
    /// What it returns, in English.
    pub english: &'static str,
    /// What it returns, in Russian.
    pub russian: &'static str,
}

impl BuiltinDef {
    /// How the reference writes a call: `max_count_by(list, field)`; a
    /// parameter that may be left out is bracketed: `sum(list[, field])`.
    pub fn signature(&self) -> String {
        let mut out = format!("{}(", self.name);
        for (i, (name, _)) in self.params.iter().enumerate() {
            match (i, i < self.required) {
                (0, _) => out.push_str(name),
                (_, true) => {
                    out.push_str(", ");
                    out.push_str(name);
                }
                (_, false) => {
                    out.push_str("[, ");
                    out.push_str(name);
                    out.push(']');
                }
            }
        }
        out.push(')');
        out
    }
}

/// The built-in functions, in the order the reference lists them.
pub const BUILTINS: [BuiltinDef; 12] = [
    BuiltinDef {
        builtin: Builtin::Sum,
        name: "sum",
        params: &[("list", Param::Numbers), ("field", Param::Field)],
        required: 1,
        result: Ty::Number,
        english:
            "the exact sum of a list of numbers, or of a number field of a case list's elements (0 for an empty list)",
        russian: "точная сумма списка чисел или числового поля элементов списка дела (0 для пустого списка)",
    },
    BuiltinDef {
        builtin: Builtin::Count,
        name: "count",
        params: &[("list", Param::Collection)],
        required: 1,
        result: Ty::Number,
        english: "the number of elements",
        russian: "число элементов",
    },
    BuiltinDef {
        builtin: Builtin::MaxCountBy(0),
        name: "max_count_by",
        params: &[("list", Param::Elements), ("field", Param::Field)],
        required: 2,
        result: Ty::Number,
        english: "the largest number of elements sharing one value of a field",
        russian: "наибольшее число элементов с одинаковым значением поля",
    },
    BuiltinDef {
        builtin: Builtin::SchoolYearStart,
        name: "school_year_start",
        params: &[("date", Param::Date)],
        required: 1,
        result: Ty::Date,
        english: "the first day of the first term of the date's school year (after the last term: the coming one)",
        russian: "первый день первой четверти (триместра) учебного года даты (после последней — наступающего)",
    },
    BuiltinDef {
        builtin: Builtin::SchoolYearEnd,
        name: "school_year_end",
        params: &[("date", Param::Date)],
        required: 1,
        result: Ty::Date,
        english: "the last day of the last term of the date's school year (after the last term: the coming one)",
        russian: "последний день последней четверти (триместра) учебного года даты (после последней — наступающего)",
    },
    BuiltinDef {
        builtin: Builtin::SchoolWeeksLeft,
        name: "school_weeks_left",
        params: &[("date", Param::Date)],
        required: 1,
        result: Ty::Number,
        english: "the school weeks from the date to the end of its school year: the school days (Monday to Friday) of the terms from that date on, holidays between terms excluded, divided by 5, a part of a week counting as a week",
        russian: "число учебных недель от даты до конца её учебного года: учебные дни (с понедельника по пятницу) четвертей (триместров) с этой даты, без каникул, делённые на 5; неполная неделя считается за неделю",
    },
    // ---- list aggregates and durations from numbers (issue 15)
    BuiltinDef {
        builtin: Builtin::Any,
        name: "any",
        params: &[("list", Param::Elements), ("condition", Param::Condition)],
        required: 2,
        result: Ty::Bool,
        english: "whether some element of a case list meets the condition (false for an empty list)",
        russian: "выполняется ли условие хотя бы для одного элемента списка дела (ложь для пустого списка)",
    },
    BuiltinDef {
        builtin: Builtin::All,
        name: "all",
        params: &[("list", Param::Elements), ("condition", Param::Condition)],
        required: 2,
        result: Ty::Bool,
        english: "whether every element of a case list meets the condition (true for an empty list)",
        russian: "выполняется ли условие для каждого элемента списка дела (истина для пустого списка)",
    },
    BuiltinDef {
        builtin: Builtin::DurationOf(DurationUnit::Days),
        name: "days",
        params: &[("number", Param::Number)],
        required: 1,
        result: Ty::Duration,
        english: "a duration of that many calendar days (a whole number)",
        russian: "срок в столько календарных дней (целое число)",
    },
    BuiltinDef {
        builtin: Builtin::DurationOf(DurationUnit::Weeks),
        name: "weeks",
        params: &[("number", Param::Number)],
        required: 1,
        result: Ty::Duration,
        english: "a duration of that many weeks (a whole number)",
        russian: "срок в столько недель (целое число)",
    },
    BuiltinDef {
        builtin: Builtin::DurationOf(DurationUnit::Months),
        name: "months",
        params: &[("number", Param::Number)],
        required: 1,
        result: Ty::Duration,
        english: "a duration of that many calendar months (a whole number)",
        russian: "срок в столько календарных месяцев (целое число)",
    },
    BuiltinDef {
        builtin: Builtin::MinCountBy(0),
        name: "min_count_by",
        params: &[("list", Param::Elements), ("field", Param::Field)],
        required: 2,
        result: Ty::Number,
        english: "the smallest number of elements sharing one value of a field (0 when no element has one)",
        russian: "наименьшее число элементов с одинаковым значением поля (0, если поле не заполнено ни у одного)",
    },
];

/// The built-in called `name`, if there is one.
pub fn find(name: &str) -> Option<&'static BuiltinDef> {
    BUILTINS.iter().find(|d| d.name == name)
}

/// The names of all built-ins, for "did you mean" and help texts.
pub fn names() -> impl Iterator<Item = &'static str> {
    BUILTINS.iter().map(|d| d.name)
}

impl Builtin {
    /// This function's entry in [`BUILTINS`].
    pub fn def(self) -> &'static BuiltinDef {
        &BUILTINS[match self {
            Builtin::Sum => 0,
            Builtin::Count => 1,
            Builtin::MaxCountBy(_) => 2,
            Builtin::SchoolYearStart => 3,
            Builtin::SchoolYearEnd => 4,
            Builtin::SumOf(_) => 0,
            Builtin::SchoolWeeksLeft => 5,
            Builtin::Any => 6,
            Builtin::All => 7,
            // No built-in makes working days (`days(n)` makes calendar days); they stay in deadlines.
            Builtin::DurationOf(DurationUnit::Days | DurationUnit::WorkingDays) => 8,
            Builtin::DurationOf(DurationUnit::Weeks) => 9,
            Builtin::DurationOf(DurationUnit::Months) => 10,
            Builtin::MinCountBy(_) => 11,
        }]
    }

    /// The function's name as written.
    pub fn name(self) -> &'static str {
        self.def().name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_its_own_builtins_entry() {
        for def in &BUILTINS {
            assert_eq!(def.builtin.def().name, def.name);
            assert_eq!(find(def.name).map(|d| d.builtin), Some(def.builtin));
        }
        assert!(find("summ").is_none());
    }

    #[test]
    fn parameters_accept_their_types() {
        assert!(Param::Numbers.accepts(&Ty::List(Box::new(Ty::Number))));
        assert!(!Param::Numbers.accepts(&Ty::List(Box::new(Ty::Text))));
        assert!(Param::Date.accepts(&Ty::Date));
        assert!(!Param::Elements.accepts(&Ty::Number));
    }

    /// The name of a result type as the reference writes it.
    fn result_name(ty: &Ty) -> &'static str {
        match ty {
            Ty::Number => "number",
            Ty::Date => "date",
            Ty::Bool => "true or false",
            Ty::Duration => "duration",
            _ => "?",
        }
    }

    #[test]
    fn the_reference_table_is_the_code_table() {
        const REFERENCE: &str = include_str!("../../../docs/language.md");
        let section = REFERENCE.split("## Built-in functions").nth(1).expect("a Built-in functions section");
        let section = section.split("\n## ").next().unwrap_or_default();
        let documented: Vec<&str> = section.lines().filter(|l| l.starts_with("| `")).collect();
        let code: Vec<String> = BUILTINS
            .iter()
            .map(|d| format!("| `{}` | {} | {} |", d.signature(), result_name(&d.result), d.english))
            .collect();
        assert_eq!(documented, code, "docs/language.md's built-in functions and policy_check::builtins disagree");
    }
}
