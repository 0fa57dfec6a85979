//! The checked policy: every name resolved to an index, every case field to a
//! slot. Evaluation, comparison and the language server read this model; none
//! of them looks a name up by string.

use jiff::civil::Date;
use rust_decimal::Decimal;
use std::sync::Arc;

pub use crate::citation::{CitationRef, ClauseId};
pub use crate::readings::{NotStatedDef, Reading, ReadingId, ReadingItem, Readings, SilentTopic};
pub use policy_syntax::ast::{Duration, DurationUnit, NumberUnit, Period, Severity, Span};

/// Index of a source file in a [`crate::Workspace`].
pub type FileId = usize;

/// A span in a particular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Location {
    /// The file.
    pub file: FileId,
    /// The byte span in it.
    pub span: Span,
}

/// Index into [`Model::symbols`]: an interned enumeration value.
pub type SymbolId = u32;
/// Index into [`Model::values`].
pub type ValueId = usize;
/// Index into [`Model::tables`].
pub type TableId = usize;
/// Index into [`Model::params`].
pub type ParamId = usize;
/// Index into [`Model::rules`].
pub type RuleId = usize;
/// Index into [`Schema::slots`]: a scalar field of the case outside any list.
pub type SlotId = usize;
/// Index into [`Schema::lists`].
pub type ListId = usize;
/// Index of a field within one element of a list ([`ListDef::fields`]).
pub type ElemSlot = usize;

/// A resolved policy, ready to evaluate.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Metadata.
    pub meta: Meta,
    /// Quoted clauses, in declaration order.
    pub clauses: Vec<Clause>,
    /// Each quoted clause's index in `clauses`, by its number (filled with
    /// `clauses` at check time; read through [`Model::clause_id`]).
    pub(crate) clause_ids: std::collections::HashMap<String, ClauseId>,
    /// Every citation, resolved against the quoted clauses.
    pub citations: Vec<Arc<CitationRef>>,
    /// Interned enumeration values: `symbols[id]` is the value's name.
    pub symbols: Vec<String>,
    /// Enumerations.
    pub enums: Vec<EnumDef>,
    /// The case layout.
    pub schema: Schema,
    /// External parameters.
    pub params: Vec<ParamDef>,
    /// Every `reading`, and what each value, table, rule, document and duty rests on.
    pub readings: Readings,
    /// The topics the regulation is silent on (`not_stated`).
    pub not_stated: Vec<NotStatedDef>,
    /// Computed values. Their references form no cycle (the checker rejects
    /// one), so evaluating them on demand with memoization terminates.
    pub values: Vec<ValueDef>,
    /// Tables.
    pub tables: Vec<TableDef>,
    /// Curriculum tables.
    pub curricula: Vec<CurriculumDef>,
    /// Rules (each with its exceptions).
    pub rules: Vec<RuleDef>,
    /// Required documents.
    pub documents: Vec<DocumentDef>,
    /// Roles.
    pub roles: Vec<RoleDef>,
    /// Provisions.
    pub provisions: Vec<ProvisionDef>,
    /// Tests.
    pub tests: Vec<TestDef>,
    /// The school year: the one the policy declares, or the default.
    pub school_year: crate::school_year::SchoolYear,
    /// The production calendar for working days when the policy adds years
    /// to the one in use; `None`: the calendar in use (the shipped one with
    /// the user's years, [`policy_calendar::Calendar::in_use`]).
    pub calendar: Option<Arc<policy_calendar::Calendar>>,
    /// The value named `eligible`, if the policy decides eligibility.
    pub eligible: Option<ValueId>,
    /// The dated versions of the regulation up to this one, oldest first: the
    /// file that `amends` nothing, then each amendment (see [`crate::versions`]).
    /// Empty when the policy declares no version; otherwise the model is of the last.
    pub versions: Vec<Version>,
}

/// One dated version of a regulation: as approved, or as amended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// Its name (`ред. 2`; when the policy gives none, `редакция от DATE`).
    pub name: String,
    /// The day it comes into force (`in_force`, or for the first version its
    /// approval date); `None` only in a policy with errors (P0412).
    pub in_force: Option<Date>,
    /// The last day it is in force, when the policy says (`until`).
    pub until: Option<Date>,
    /// The act that approved it (`approved DATE "act"`).
    pub order: Option<(Date, Option<String>)>,
    /// The clauses it changes: those named in `amends § "…"` and those it quotes
    /// anew (empty for the first version).
    pub changes: Vec<String>,
    /// The clauses it quotes anew, with their words in the version it amends.
    pub replaced: Vec<(String, String)>,
    /// The file that declares it.
    pub file: FileId,
    /// Where its `policy` block is.
    pub location: Location,
}

/// Policy metadata.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    /// The policy id.
    pub id: String,
    /// The school's name.
    pub school: Option<String>,
    /// The regulation's title.
    pub title: Option<String>,
    /// Approval date and act.
    pub approved: Option<(Date, Option<String>)>,
    /// Source file or publication.
    pub source: Option<String>,
    /// Where the `policy` block is.
    pub location: Option<Location>,
}

/// A quoted clause.
#[derive(Debug, Clone)]
pub struct Clause {
    /// Its number as written (`2.22`).
    pub number: String,
    /// Its words.
    pub text: String,
    /// Where it is declared.
    pub location: Location,
}

/// An enumeration.
#[derive(Debug, Clone)]
pub struct EnumDef {
    /// Its name.
    pub name: String,
    /// Its description.
    pub description: Option<String>,
    /// Its values: symbol and description.
    pub variants: Vec<(SymbolId, Option<String>)>,
    /// Where it is declared.
    pub location: Location,
}

/// The static type of a value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Ty {
    /// An exact number (integers and decimals alike).
    Number,
    /// A boolean.
    Bool,
    /// Text.
    Text,
    /// A calendar date.
    Date,
    /// A duration.
    Duration,
    /// A value of an enumeration (`None`: a bare symbol not yet tied to one).
    Symbol(Option<usize>),
    /// A set of values.
    Set(Box<Ty>),
    /// A list of elements of a case list.
    Elements(ListId),
    /// One element of a case list.
    Element(ListId),
    /// A list of values.
    List(Box<Ty>),
    /// An integer range.
    Range,
    /// The span between two dates (`end - start`), compared with durations.
    Interval,
    /// `null`.
    Null,
    /// Unknown because of an earlier error: compatible with everything.
    Error,
}

/// The case layout: scalar slots and lists.
#[derive(Debug, Clone, Default)]
pub struct Schema {
    /// The schema's name.
    pub name: String,
    /// The case's own members, in declaration order: the top of the schema
    /// tree, whose records hold theirs in [`RecordDef::members`].
    pub root: Vec<(String, Member)>,
    /// Scalar fields outside lists, by slot.
    pub slots: Vec<FieldDef>,
    /// Records (`pupil`, `plan`): their dotted paths and whether they are optional.
    pub records: Vec<RecordDef>,
    /// Lists (`documents`, `events`, `plan.subjects`).
    pub lists: Vec<ListDef>,
    /// The slot of `as_of`, filled from the command line when the case lacks it.
    pub as_of: Option<SlotId>,
    /// The slot of the case's own identifier `id` (text), echoed in its report.
    pub id: Option<SlotId>,
    /// The `events` list, for deadlines and frequencies.
    pub events: Option<EventLayout>,
    /// The `documents` list and the element slot of a document's kind.
    pub documents: Option<(ListId, ElemSlot)>,
    /// The slots of `request.start` and `request.end`: the period that
    /// frequencies are counted over.
    pub period: Option<(SlotId, SlotId)>,
    /// What the policy's `extend enum` and `extend schema` declarations added
    /// to the shared enumerations and case schema, in declaration order (the
    /// added values and fields are also in `enums`, `slots`, `records` and
    /// `lists`, like declared ones).
    pub extensions: Vec<Extension>,
}

// ---- extending the case schema (issue 15)
/// One value or field an `extend` declaration added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extension {
    /// What was added to.
    pub target: ExtensionTarget,
    /// The value's name (`contract`), or the field's dotted path
    /// (`pupil.needs_tutor`; a list element's field: `documents.contract_number`).
    pub name: String,
    /// Its description.
    pub description: Option<String>,
    /// Where the `extend` declaration names it.
    pub location: Location,
}

/// What an [`Extension`] adds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtensionTarget {
    /// A value of this enumeration (index into `Model::enums`).
    Enum(usize),
    /// A field of the case schema.
    Schema,
}
// ---- end of extending

/// A record of the case.
#[derive(Debug, Clone)]
pub struct RecordDef {
    /// Its dotted path (`pupil`).
    pub path: String,
    /// Whether it may be absent.
    pub optional: bool,
    /// Its members by name, in declaration order.
    pub members: Vec<(String, Member)>,
    /// Its description.
    pub description: Option<String>,
    /// Where it is declared.
    pub location: Location,
}

/// What a record of the case (or the case itself) holds under a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Member {
    /// A scalar field.
    Field(SlotId),
    /// A nested record, by index in [`Schema::records`].
    Record(usize),
    /// A list, whose element fields are in [`ListDef::fields`].
    List(ListId),
}

/// A scalar field of the case (or of a list element).
#[derive(Debug, Clone)]
pub struct FieldDef {
    /// Its dotted path from the root (`pupil.grade`), or its name in an element.
    pub path: String,
    /// Its type.
    pub ty: Ty,
    /// For `int a..b`: the allowed range.
    pub int_range: Option<(i64, i64)>,
    /// Whether the field was declared `int` (with or without a range), as
    /// opposed to `decimal`: both have type [`Ty::Number`], but a case value
    /// for an `int` field must be a whole number.
    pub integer: bool,
    /// Whether it may be absent or null.
    pub optional: bool,
    /// Its description.
    pub description: Option<String>,
    /// Where it is declared.
    pub location: Location,
}

/// A list of records in the case.
#[derive(Debug, Clone)]
pub struct ListDef {
    /// Its dotted path (`documents`).
    pub path: String,
    /// The fields of each element.
    pub fields: Vec<FieldDef>,
    /// The field that `list.value` matches (`kind`).
    pub key: Option<ElemSlot>,
    /// Whether the list may be absent.
    pub optional: bool,
    /// Its description.
    pub description: Option<String>,
    /// Where it is declared.
    pub location: Location,
}

/// An external parameter.
#[derive(Debug, Clone)]
pub struct ParamDef {
    /// Its name.
    pub name: String,
    /// Its type.
    pub ty: Ty,
    /// Its clause.
    pub citation: Option<Arc<CitationRef>>,
    /// What norm it is.
    pub description: Option<String>,
    /// Its value, when the school has filled it in.
    pub value: Option<Expr>,
    /// Where it is declared.
    pub location: Location,
}

/// A computed value.
#[derive(Debug, Clone)]
pub struct ValueDef {
    /// Its name.
    pub name: String,
    /// Its clause.
    pub citation: Option<Arc<CitationRef>>,
    /// What it means.
    pub description: Option<String>,
    /// How it is computed.
    pub expr: Expr,
    /// Its type.
    pub ty: Ty,
    /// Where it is declared.
    pub location: Location,
}

/// A table.
#[derive(Debug, Clone)]
pub struct TableDef {
    /// Its name.
    pub name: String,
    /// Its clause.
    pub citation: Option<Arc<CitationRef>>,
    /// What it means.
    pub description: Option<String>,
    /// The key expressions.
    pub keys: Vec<Expr>,
    /// The key expressions as written (`pupil.grade`), for explanations.
    pub key_sources: Vec<String>,
    /// For a table of rates (`by grade: int, subject: text`): its parameters'
    /// names and types. Such a table has no `keys`, is not looked up per case
    /// and is not reported in `values`.
    pub parameters: Vec<(String, Ty)>,
    /// The rows, in order; the first matching row wins.
    pub rows: Vec<TableRowDef>,
    /// The type of its values.
    pub ty: Ty,
    /// Where it is declared.
    pub location: Location,
}

/// One table row.
#[derive(Debug, Clone)]
pub struct TableRowDef {
    /// One pattern per key; empty for `else`.
    pub patterns: Vec<PatternDef>,
    /// The row's label (`V–VIII`).
    pub label: Option<String>,
    /// The row's value.
    pub value: Expr,
    /// A clause for this row alone.
    pub citation: Option<Arc<CitationRef>>,
    /// The row as written, for explanations (`5..8`).
    pub source: String,
    /// Where it is.
    pub location: Location,
}

/// A resolved table pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum PatternDef {
    /// Inclusive integer range.
    Range(i64, i64),
    /// Equal to this value.
    Equals(Value),
}

/// A curriculum table.
#[derive(Debug, Clone)]
pub struct CurriculumDef {
    /// Its name.
    pub name: String,
    /// Its clause.
    pub citation: Option<Arc<CitationRef>>,
    /// What it is.
    pub description: Option<String>,
    /// The table of caps its totals must respect.
    pub cap: Option<TableId>,
    /// The grades of its columns.
    pub grades: Vec<i64>,
    /// Subject rows: name and one cell per grade.
    pub subjects: Vec<(String, Vec<Option<Decimal>>)>,
    /// The totals row.
    pub totals: Option<Vec<Option<Decimal>>>,
    /// The weeks row.
    pub weeks: Option<Vec<Option<Decimal>>>,
    /// Where it is declared.
    pub location: Location,
}

/// A rule and its exceptions.
#[derive(Debug, Clone)]
pub struct RuleDef {
    /// Its name.
    pub name: String,
    /// Its clause.
    pub citation: Option<Arc<CitationRef>>,
    /// What it checks.
    pub description: Option<String>,
    /// All must hold for it to fire.
    pub when: Vec<Expr>,
    /// Any holding stops it.
    pub unless: Vec<Expr>,
    /// What it reports.
    pub outcome: OutcomeDef,
    /// The exceptions that override it.
    pub exceptions: Vec<ExceptionDef>,
    /// Where it is declared.
    pub location: Location,
}

/// A finding's severity and message.
#[derive(Debug, Clone)]
pub struct OutcomeDef {
    /// Severity.
    pub severity: Severity,
    /// The message template.
    pub message: Vec<MessagePart>,
}

/// A piece of a message template.
#[derive(Debug, Clone)]
pub enum MessagePart {
    /// Literal text.
    Text(String),
    /// An interpolated expression.
    Expr(Expr),
}

/// An exception to a rule.
#[derive(Debug, Clone)]
pub struct ExceptionDef {
    /// Its name.
    pub name: String,
    /// Its clause.
    pub citation: Option<Arc<CitationRef>>,
    /// What it allows, in the regulation's words (its title in reports).
    pub description: Option<String>,
    /// All must hold for it to apply.
    pub when: Vec<Expr>,
    /// `None`: the case passes the rule; `Some`: this outcome replaces the rule's.
    pub outcome: Option<OutcomeDef>,
    /// Where it is declared.
    pub location: Location,
}

/// A required document.
#[derive(Debug, Clone)]
pub struct DocumentDef {
    /// The document kind.
    pub kind: SymbolId,
    /// The list holding the case's documents, and the element slot of their kind.
    pub list: Option<ListId>,
    /// Its clause.
    pub citation: Option<Arc<CitationRef>>,
    /// What it is.
    pub description: Option<String>,
    /// When it is required (always when `None`).
    pub when: Option<Expr>,
    /// Conditions on its fields (evaluated with the document as the current element).
    pub requires: Vec<RequirementDef>,
    /// Where it is declared.
    pub location: Location,
}

/// A condition a document must meet.
#[derive(Debug, Clone)]
pub struct RequirementDef {
    /// The condition.
    pub expr: Expr,
    /// The clause that sets it (falls back to the document's).
    pub citation: Option<Arc<CitationRef>>,
    /// How a lawyer says it.
    pub description: Option<String>,
    /// The condition as written, when there is no description.
    pub source: String,
    /// Where it is.
    pub location: Location,
}

/// A role.
#[derive(Debug, Clone)]
pub struct RoleDef {
    /// Its name (`administration`).
    pub name: String,
    /// Its title (`Администрация`).
    pub title: Option<String>,
    /// Its clause.
    pub citation: Option<Arc<CitationRef>>,
    /// Its duties and rights.
    pub items: Vec<DutyDef>,
    /// Where it is declared.
    pub location: Location,
}

/// A duty or right of a role.
#[derive(Debug, Clone)]
pub struct DutyDef {
    /// Duty or right.
    pub is_right: bool,
    /// Its alignment key.
    pub key: Option<String>,
    /// What it says.
    pub text: String,
    /// Its clause.
    pub citation: Option<Arc<CitationRef>>,
    /// When it applies.
    pub when: Option<Expr>,
    /// `within N after event fulfilled_by event`.
    pub deadline: Option<DeadlineDef>,
    /// `every P fulfilled_by event`.
    pub frequency: Option<FrequencyDef>,
    /// Where it is.
    pub location: Location,
}

/// A resolved deadline.
#[derive(Debug, Clone)]
pub struct DeadlineDef {
    /// How long after the trigger.
    pub within: Duration,
    /// What starts the clock.
    pub after: DeadlineStart,
    /// The fulfilling event type.
    pub fulfilled_by: Option<SymbolId>,
}

/// What starts a deadline's clock.
#[derive(Debug, Clone)]
pub enum DeadlineStart {
    /// Each event of this type (`after teacher_ill`).
    Event(SymbolId),
    /// A date of the case (`after request.start`, `after documents.application.date`).
    Date(Expr),
}

impl Model {
    /// The production calendar that counts working days: the shipped one with
    /// the years the user and the policy added.
    pub fn calendar(&self) -> &policy_calendar::Calendar {
        self.calendar.as_deref().unwrap_or_else(|| policy_calendar::Calendar::in_use())
    }

    /// Adds years to the production calendar (replacing the years it has).
    pub fn add_calendar_years(&mut self, years: policy_calendar::Calendar) {
        let mut calendar = self.calendar().clone();
        calendar.extend(years);
        self.calendar = Some(Arc::new(calendar));
    }
}

impl DeadlineStart {
    /// The event type, when an event starts the clock.
    pub fn event(&self) -> Option<SymbolId> {
        match self {
            DeadlineStart::Event(s) => Some(*s),
            DeadlineStart::Date(_) => None,
        }
    }
}

/// A resolved frequency.
#[derive(Debug, Clone)]
pub struct FrequencyDef {
    /// The period.
    pub every: Duration,
    /// Its name as written.
    pub named: Option<Period>,
    /// The fulfilling event type.
    pub fulfilled_by: Option<SymbolId>,
}

/// Where the case's events are, for deadlines and frequencies.
#[derive(Debug, Clone, Copy)]
pub struct EventLayout {
    /// The events list.
    pub list: ListId,
    /// Element slot of the event type.
    pub kind: ElemSlot,
    /// Element slot of the event date.
    pub date: ElemSlot,
    /// Element slot of the event's subject, if any.
    pub subject: Option<ElemSlot>,
}

/// A provision.
#[derive(Debug, Clone)]
pub struct ProvisionDef {
    /// Its alignment key.
    pub name: String,
    /// What it says.
    pub text: String,
    /// Its clause.
    pub citation: Option<Arc<CitationRef>>,
    /// Where it is.
    pub location: Location,
}

/// A test.
#[derive(Debug, Clone)]
pub struct TestDef {
    /// Its name.
    pub name: String,
    /// The case file as written (relative to the policy's file).
    pub case: Option<String>,
    /// Its expectations.
    pub expects: Vec<ExpectDef>,
    /// Where it is declared.
    pub location: Location,
}

/// One expectation.
#[derive(Debug, Clone)]
pub struct ExpectDef {
    /// What is expected.
    pub kind: ExpectDefKind,
    /// The expectation as written, for failure messages.
    pub source: String,
    /// Where it is.
    pub location: Location,
}

/// The kinds of expectation.
#[derive(Debug, Clone)]
pub enum ExpectDefKind {
    /// `eligible` equals this (`None` for `null`).
    Eligible(Option<bool>),
    /// A value (by name as reported) equals this constant (`Null` for absent).
    Value(String, Value),
    /// Some (or, negated, no) finding of this severity cites the clause; `None` severity is an obligation.
    Finding {
        /// Whether `no` was written.
        negated: bool,
        /// The severity, or `None` for an obligation.
        severity: Option<Severity>,
        /// The citation.
        clause: String,
    },
    /// Exactly these clauses are violated.
    Violations(Vec<String>),
    /// Exactly these document kinds are missing or defective.
    Missing(Vec<String>),
}

/// A runtime value. Cheap to clone: no value holds more than a small vector.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// No value.
    Null,
    /// A boolean.
    Bool(bool),
    /// An exact number, with its unit when it came from a literal.
    Number(Decimal),
    /// Text.
    Text(String),
    /// A date.
    Date(Date),
    /// A duration.
    Duration(Duration),
    /// An interned enumeration value.
    Symbol(SymbolId),
    /// An inclusive integer range.
    Range(i64, i64),
    /// The span from the first date to the second (`end - start`).
    Interval(Date, Date),
    /// A set or list of values.
    List(Vec<Value>),
    /// Element indices of a case list.
    Elements(ListId, Vec<u32>),
    /// One element of a case list.
    Element(ListId, u32),
}

/// A resolved expression.
#[derive(Debug, Clone)]
pub struct Expr {
    /// Its shape.
    pub kind: ExprKind,
    /// Where it is written (file and span), for diagnostics and explanations.
    pub location: Location,
}

/// The shapes of a resolved expression.
#[derive(Debug, Clone)]
pub enum ExprKind {
    /// A constant.
    Const(Value),
    /// A scalar case field.
    Field(SlotId),
    /// A whole case list.
    List(ListId),
    /// The elements of `list` whose key field equals `key`
    /// (`documents.medical_certificate`, `events.teacher_ill`). Where one element
    /// is needed (a field read through [`ExprKind::ElemField`]) the first match
    /// is taken, and null when none matches; where a list is needed (`where`,
    /// `count`) all matches are.
    Find {
        /// The list.
        list: ListId,
        /// The key to match.
        key: Value,
    },
    /// A field of an element (null when the element is null); when `elem`
    /// yields several elements, the first one's.
    ElemField {
        /// The element.
        elem: Box<Expr>,
        /// The list it belongs to.
        list: ListId,
        /// The field.
        slot: ElemSlot,
    },
    /// The values of one field over a list of elements.
    Project {
        /// The elements.
        elems: Box<Expr>,
        /// The list they belong to.
        list: ListId,
        /// The field.
        slot: ElemSlot,
    },
    /// A field of the current element (inside `where` or a document's `require`).
    Current {
        /// The list of the current element.
        list: ListId,
        /// The field.
        slot: ElemSlot,
    },
    /// The elements satisfying a condition.
    Filter {
        /// The elements.
        elems: Box<Expr>,
        /// The list they belong to.
        list: ListId,
        /// The condition, with the element as current.
        cond: Box<Expr>,
    },
    /// A computed value.
    Value(ValueId),
    /// A table lookup with its bound keys.
    Table(TableId),
    /// An external parameter.
    Param(ParamId),
    /// `not x`, `-x`.
    Unary(policy_syntax::ast::UnaryOp, Box<Expr>),
    /// `a op b`.
    Binary(policy_syntax::ast::BinaryOp, Box<Expr>, Box<Expr>),
    /// `if c then a else b`.
    If(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `[a, b]`.
    ListOf(Vec<Expr>),
    /// A built-in function.
    Call(Builtin, Vec<Expr>),
    /// Unresolvable because of an error already reported; evaluates to null.
    Error,
}

/// The built-in functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    /// `sum(list)`.
    Sum,
    /// `count(list)`.
    Count,
    /// `max_count_by(elements, field)`; the field is resolved to an element slot.
    MaxCountBy(ElemSlot),
    /// `school_year_start(date)`.
    SchoolYearStart,
    /// `school_year_end(date)`.
    SchoolYearEnd,
    /// `school_weeks_left(date)`: the school weeks from the date to the end of its school year.
    SchoolWeeksLeft,
    // ---- list aggregates and durations from numbers (issue 15)
    /// `sum(elements, field)`; the field is resolved to an element slot.
    SumOf(ElemSlot),
    /// `any(elements, condition)`: some element satisfies the condition.
    Any,
    /// `all(elements, condition)`: every element satisfies the condition.
    All,
    /// `days(n)`, `weeks(n)`, `months(n)`: a duration of a whole number of units.
    DurationOf(DurationUnit),
    /// `min_count_by(elements, field)`; the field is resolved to an element slot.
    MinCountBy(ElemSlot),
}

impl Model {
    /// The clause with this number, if declared.
    pub fn clause(&self, number: &str) -> Option<&Clause> {
        self.clause_id(number).and_then(|id| self.clauses.get(id))
    }

    /// The index of the quoted clause numbered `number`.
    pub fn clause_id(&self, number: &str) -> Option<ClauseId> {
        self.clause_ids.get(number).copied()
    }

    /// The dotted path of a case list (`documents`).
    pub fn list_path(&self, list: ListId) -> &str {
        self.schema.lists.get(list).map_or("?", |l| l.path.as_str())
    }

    /// The name of a field of a list's elements (`seal`).
    pub fn element_field(&self, list: ListId, slot: ElemSlot) -> &str {
        self.schema.lists.get(list).and_then(|l| l.fields.get(slot)).map_or("?", |f| f.path.as_str())
    }

    /// The name of a symbol.
    pub fn symbol_name(&self, id: SymbolId) -> &str {
        self.symbols.get(id as usize).map(String::as_str).unwrap_or("?")
    }

    /// The symbol with this name, if any enumeration declares it.
    pub fn symbol(&self, name: &str) -> Option<SymbolId> {
        self.symbols.iter().position(|s| s == name).map(|i| i as SymbolId)
    }
}
