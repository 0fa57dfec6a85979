//! The owned syntax tree of a policy file. Every node carries its byte span.

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::keywords::Keyword;

/// A byte range `start..end` in the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// Whether `offset` lies inside the span (inclusive of its end, for cursors).
    pub fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset <= self.end
    }
    /// The smallest span covering both.
    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// A whole parsed file: its declarations in source order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct File {
    /// Declarations, including error nodes for text that could not be parsed.
    pub decls: Vec<Decl>,
    /// Every keyword token, in source order (for highlighting, hover and keyword conversion).
    pub keywords: Vec<(Span, Keyword)>,
    /// Every comment (`# …`), in source order; the parser keeps them for the formatter.
    pub comments: Vec<Comment>,
}

/// A `# …` comment; `text` excludes the `#`.
#[derive(Debug, Clone, PartialEq)]
pub struct Comment {
    /// The comment's text after `#`.
    pub text: String,
    /// The span of the whole comment including `#`.
    pub span: Span,
}

/// A name written in the source.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Ident {
    /// The name as written.
    pub name: String,
    /// Where it is written.
    pub span: Span,
}

/// A plain string literal (no interpolation), unescaped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The unescaped contents.
    pub value: String,
    /// The span including the quotes.
    pub span: Span,
}

/// A citation of a clause: `§ "2.22"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The citation exactly as written between the quotes.
    pub text: String,
    /// The span of the whole citation including `§` (and the words, if any).
    pub span: Span,
    /// The words of the clause the item rests on (`«утверждается …»`), if
    /// named: the text between the guillemets, its span including them.
    pub words: Option<Text>,
}

/// One top-level declaration.
#[derive(Debug, Clone, PartialEq)]
pub struct Decl {
    /// What kind of declaration it is.
    pub kind: DeclKind,
    /// Its whole span.
    pub span: Span,
}

/// The kinds of top-level declaration.
#[derive(Debug, Clone, PartialEq)]
pub enum DeclKind {
    /// `policy id { … }`: metadata.
    Policy(PolicyDecl),
    /// `use "file.policy"`: import of another file's declarations (the case schema).
    Use(UseDecl),
    /// `clause "16" """…"""`: the regulation's own words.
    Clause(ClauseDecl),
    /// `enum name { a "…", b }`.
    Enum(EnumDecl),
    /// `schema name { field: type … }`: the case fields the policy reads.
    Schema(SchemaDecl),
    /// `param name: type § "…"`: an external norm, possibly without a value.
    Param(ParamDecl),
    /// `value name § "…" = expr`: a computed value.
    Value(ValueDecl),
    /// `table name by key § "…" { pattern => value }`.
    Table(TableDecl),
    /// `curriculum name § "…" cap table { grades …; "subject" cells…; total … }`.
    Curriculum(CurriculumDecl),
    /// `rule name § "…" { when …; violation "…"; unless … }`.
    Rule(RuleDecl),
    /// `exception name for rule § "…" { when …; allow }`.
    Exception(ExceptionDecl),
    /// `document kind § "…" when … { require … }`.
    Document(DocumentDecl),
    /// `role name "Title" { duty …; right … }`.
    Role(RoleDecl),
    /// `provision name "text" § "…"`: a statement with nothing to compute.
    Provision(ProvisionDecl),
    /// `test "name" { case "file"; expect … }`.
    Test(TestDecl),
    /// `school_year "…" { term "I" 09-01..10-26  holidays "осенние" 10-27..11-04 … }`.
    SchoolYear(SchoolYearDecl),
    /// `calendar_year 2028 "source" { non_working 2028-01-01, … working … }`.
    CalendarYear(CalendarYearDecl),
    // ---- extending (issue 15)
    /// `extend enum name { value "…" }`: more values for a declared enumeration
    /// (the decl has no description of its own).
    ExtendEnum(EnumDecl),
    /// `extend schema name { field: type "…" }`: more fields for the declared
    /// case schema (the decl has no description of its own).
    ExtendSchema(SchemaDecl),
    // ---- end of extending
    /// `not_stated pay "…" § "…"`: the regulation is silent on a topic.
    NotStated(NotStatedDecl),
    /// Text that could not be parsed as any declaration.
    Error,
}

/// `policy id { school "…" title "…" approved DATE "…" source "…" }`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyDecl {
    /// The policy id (`murmansk-16`).
    pub id: Ident,
    /// `school "…"`.
    pub school: Option<Text>,
    /// `title "…"`.
    pub title: Option<Text>,
    /// `approved DATE "by what act"`.
    pub approved: Option<(Date, Option<Text>, Span)>,
    /// `source "…"`.
    pub source: Option<Text>,
    /// `version "ред. 2"`: the name of this version of the regulation.
    pub version: Option<Text>,
    /// `amends "base.policy" § "16, 39"`: the version this one amends, and the
    /// clauses of it that this one changes.
    pub amends: Option<Amends>,
    /// `in_force DATE`: the date this version comes into force.
    pub in_force: Option<(Date, Span)>,
    /// `until DATE`: the last day this version is in force.
    pub until: Option<(Date, Span)>,
    /// Items that could not be parsed.
    pub errors: Vec<Span>,
}

/// `amends "path" § "clauses"` in a `policy` block.
#[derive(Debug, Clone, PartialEq)]
pub struct Amends {
    /// The amended version's file, relative to this file.
    pub path: Text,
    /// The clauses of the amended version that this version changes.
    pub clauses: Option<Citation>,
    /// The whole item.
    pub span: Span,
}

/// `use "path"`.
#[derive(Debug, Clone, PartialEq)]
pub struct UseDecl {
    /// The path as written, relative to the using file.
    pub path: Text,
}

/// `clause "N" """text"""`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClauseDecl {
    /// The clause number as written.
    pub number: Text,
    /// The clause's words (byte for byte inside a `"""` block).
    pub text: Text,
    /// Whether the text was written as a `"""…"""` block.
    pub raw: bool,
}

/// `enum name "description" { variant "description" … }`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumDecl {
    /// The enumeration's name.
    pub name: Ident,
    /// Its description.
    pub description: Option<Text>,
    /// Its variants.
    pub variants: Vec<EnumVariant>,
    /// Items that could not be parsed.
    pub errors: Vec<Span>,
}

/// One variant of an enumeration.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant {
    /// The variant's name.
    pub name: Ident,
    /// Its description.
    pub description: Option<Text>,
}

/// `schema name { fields }`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaDecl {
    /// The schema's name.
    pub name: Ident,
    /// Its description.
    pub description: Option<Text>,
    /// Its top-level fields.
    pub fields: Vec<FieldDecl>,
    /// Items that could not be parsed.
    pub errors: Vec<Span>,
}

/// `name: type "description"`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldDecl {
    /// The field's name.
    pub name: Ident,
    /// Its type.
    pub ty: TypeExpr,
    /// Its description.
    pub description: Option<Text>,
    /// The whole field's span.
    pub span: Span,
}

/// A type as written.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeExpr {
    /// The type's shape.
    pub kind: TypeKind,
    /// Whether `?` marks it optional (null allowed, may be absent).
    pub optional: bool,
    /// Its span.
    pub span: Span,
}

/// The shapes a type can take.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// `int` or `int 1..12`.
    Int(Option<(i64, i64)>),
    /// `decimal`.
    Decimal,
    /// `bool`.
    Bool,
    /// `text`.
    Text,
    /// `date`.
    Date,
    /// `duration`.
    Duration,
    /// The name of an enumeration.
    Named(Ident),
    /// `set of T`.
    Set(Box<TypeExpr>),
    /// `list of { … } keyed field`.
    List {
        /// The element record's fields.
        fields: Vec<FieldDecl>,
        /// The field whose value lets `list.value` pick an element.
        key: Option<Ident>,
        /// Items that could not be parsed.
        errors: Vec<Span>,
    },
    /// `{ fields }`.
    Record {
        /// The record's fields.
        fields: Vec<FieldDecl>,
        /// Items that could not be parsed.
        errors: Vec<Span>,
    },
}

/// `param name: type § "…" "description" = default`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParamDecl {
    /// The parameter's name.
    pub name: Ident,
    /// Its type.
    pub ty: TypeExpr,
    /// Its clause.
    pub citation: Option<Citation>,
    /// What the norm is.
    pub description: Option<Text>,
    /// Its value, when the school has filled it in.
    pub value: Option<Expr>,
}

/// `value name: type § "…" "description" = expr`.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueDecl {
    /// The value's name.
    pub name: Ident,
    /// Its declared type, when given.
    pub ty: Option<TypeExpr>,
    /// Its clause.
    pub citation: Option<Citation>,
    /// What it means.
    pub description: Option<Text>,
    /// How it is computed.
    pub expr: Expr,
    /// `reading "…"` after the expression: the interpretations it rests on.
    pub readings: Vec<Text>,
}

/// `table name by key, key § "…" "description" { rows }`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableDecl {
    /// The table's name.
    pub name: Ident,
    /// The expressions whose values select a row.
    pub keys: Vec<Expr>,
    /// Typed parameters instead of keys (`by grade: int, subject: text`): a table
    /// of rates that documents the regulation but is not looked up per case.
    pub parameters: Vec<FieldDecl>,
    /// Its clause.
    pub citation: Option<Citation>,
    /// What it means.
    pub description: Option<Text>,
    /// Its rows, in order.
    pub rows: Vec<TableRow>,
    /// `reading "…"` items of its block.
    pub readings: Vec<Text>,
    /// Items that could not be parsed.
    pub errors: Vec<Span>,
}

/// `pattern, pattern "label" => value § "…"`, or `else => value`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// One pattern per key; empty for the `else` row.
    pub patterns: Vec<Pattern>,
    /// A human label of the row (`"V–VIII"`).
    pub label: Option<Text>,
    /// The row's value.
    pub value: Expr,
    /// A clause for this row alone.
    pub citation: Option<Citation>,
    /// The row's span.
    pub span: Span,
}

/// What a table key is matched against.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// The pattern's shape.
    pub kind: PatternKind,
    /// Its span.
    pub span: Span,
}

/// The shapes of a table pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum PatternKind {
    /// `1..4`, both ends included.
    Range(i64, i64),
    /// A literal value.
    Literal(Literal),
    /// An enumeration variant.
    Symbol(Ident),
}

/// `curriculum name § "…" "description" cap table { grades …; rows }`.
#[derive(Debug, Clone, PartialEq)]
pub struct CurriculumDecl {
    /// The curriculum's name.
    pub name: Ident,
    /// Its clause.
    pub citation: Option<Citation>,
    /// What it is.
    pub description: Option<Text>,
    /// The table of weekly caps its totals must respect.
    pub cap: Option<Ident>,
    /// The grades heading the columns, and the span of that row.
    pub grades: Vec<(i64, Span)>,
    /// The subject, total and weeks rows.
    pub rows: Vec<CurriculumRow>,
    /// Items that could not be parsed.
    pub errors: Vec<Span>,
}

/// One row of a curriculum.
#[derive(Debug, Clone, PartialEq)]
pub struct CurriculumRow {
    /// What the row is.
    pub kind: CurriculumRowKind,
    /// One cell per grade column (`None` for `-`).
    pub cells: Vec<(Option<Decimal>, Span)>,
    /// The row's span.
    pub span: Span,
}

/// The kinds of curriculum row.
#[derive(Debug, Clone, PartialEq)]
pub enum CurriculumRowKind {
    /// A subject (or area) with weekly hours per grade.
    Subject(Text),
    /// The totals row: must equal the sum of the subject rows.
    Total,
    /// The length of the school year in weeks (not summed).
    Weeks,
}

/// `rule name § "…" "description" { when …; severity "message"; unless … }`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleDecl {
    /// The rule's name.
    pub name: Ident,
    /// Its clause.
    pub citation: Option<Citation>,
    /// What it checks.
    pub description: Option<Text>,
    /// The condition under which it fires (all must hold).
    pub when: Vec<Expr>,
    /// Conditions that stop it from firing.
    pub unless: Vec<Expr>,
    /// What it reports.
    pub outcome: Option<Outcome>,
    /// `reading "…"` items of its block.
    pub readings: Vec<Text>,
    /// Items that could not be parsed.
    pub errors: Vec<Span>,
}

/// `violation "message {interpolated}"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// How serious the finding is.
    pub severity: Severity,
    /// The message, with interpolations.
    pub message: Template,
    /// The outcome's span.
    pub span: Span,
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The case breaks the regulation.
    Violation,
    /// Allowed, but needs attention, or the regulation is ambiguous here.
    Warning,
    /// For information.
    Info,
}

impl Severity {
    /// The name used in reports (`violation`, `warning`, `info`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Violation => "violation",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// `exception name for rule § "…" { when …; allow | severity "message" }`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptionDecl {
    /// The exception's name.
    pub name: Ident,
    /// The rule it overrides.
    pub rule: Ident,
    /// Its clause.
    pub citation: Option<Citation>,
    /// What it allows.
    pub description: Option<Text>,
    /// When it applies (all must hold).
    pub when: Vec<Expr>,
    /// What happens instead of the rule's outcome: `None` is `allow`.
    pub outcome: Option<Outcome>,
    /// Whether `allow` was written.
    pub allow: Option<Span>,
    /// Items that could not be parsed.
    pub errors: Vec<Span>,
}

/// `document kind § "…" "description" when cond { require … }`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentDecl {
    /// The document kind (a variant of the schema's document-kind enumeration).
    pub kind: Ident,
    /// Its clause.
    pub citation: Option<Citation>,
    /// What it is.
    pub description: Option<Text>,
    /// When it is required; always when absent.
    pub when: Option<Expr>,
    /// Conditions on its attributes.
    pub requires: Vec<Requirement>,
    /// `reading "…"` items at the start of its block (the document's own).
    pub readings: Vec<Text>,
    /// Items that could not be parsed.
    pub errors: Vec<Span>,
}

/// `require expr § "…" "description"`: a condition the document must meet.
#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    /// The condition, over the document's own fields.
    pub expr: Expr,
    /// The clause that sets it (defaults to the document's).
    pub citation: Option<Citation>,
    /// How a lawyer would say it (`"гербовая печать"`).
    pub description: Option<Text>,
    /// `reading "…"` after it.
    pub readings: Vec<Text>,
    /// The item's span.
    pub span: Span,
}

/// `role name "Title" § "…" { duty …; right … }`.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleDecl {
    /// The role's name.
    pub name: Ident,
    /// Its title in the regulation.
    pub title: Option<Text>,
    /// The clause that lists its duties.
    pub citation: Option<Citation>,
    /// Duties and rights, in order.
    pub items: Vec<RoleItem>,
    /// Items that could not be parsed.
    pub errors: Vec<Span>,
}

/// A duty or a right of a role.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleItem {
    /// Duty or right.
    pub kind: RoleItemKind,
    /// A key that aligns it with other schools' (`substitution`).
    pub key: Option<Ident>,
    /// What it says.
    pub text: Text,
    /// Its clause.
    pub citation: Option<Citation>,
    /// When it applies; always when absent.
    pub when: Option<Expr>,
    /// A deadline after an event.
    pub deadline: Option<Deadline>,
    /// `reading "…"` after it (duties only).
    pub readings: Vec<Text>,
    /// How often it must be done.
    pub frequency: Option<Frequency>,
    /// The item's span.
    pub span: Span,
}

/// Whether a role item is a duty or a right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleItemKind {
    /// Something the role must do.
    Duty,
    /// Something the role may do.
    Right,
}

/// `within 7 days after teacher_ill fulfilled_by substitution`,
/// `within 5 working days after documents.application.date`.
#[derive(Debug, Clone, PartialEq)]
pub struct Deadline {
    /// How long after the start.
    pub within: Duration,
    /// What starts the clock: a bare name of an event type, or any date expression.
    pub after: Expr,
    /// The event type that fulfils the duty.
    pub fulfilled_by: Option<Ident>,
    /// The span.
    pub span: Span,
}

/// `every quarter fulfilled_by admin_control`.
#[derive(Debug, Clone, PartialEq)]
pub struct Frequency {
    /// The period length.
    pub every: Duration,
    /// The word written (`quarter`), when a named period was used.
    pub named: Option<Period>,
    /// The event type that counts as doing it.
    pub fulfilled_by: Option<Ident>,
    /// The span.
    pub span: Span,
}

/// Named periods of `every`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Three calendar months.
    Quarter,
    /// A term of the school year divided into trimesters (the same periods as [`Period::Term`],
    /// named as the regulation names them).
    Trimester,
    /// Twelve calendar months.
    Year,
    /// One calendar month.
    Month,
    /// Seven days.
    Week,
    /// A term of the school year (учебная четверть): holidays are not part of any term.
    Term,
}

impl Period {
    /// Whether the periods are the terms of the school year rather than a fixed length.
    pub fn follows_school_year(self) -> bool {
        matches!(self, Period::Term | Period::Trimester)
    }
}

// ---------------------------------------------------------------- school year (issue 15)

/// `school_year "…" § "…" { term …; holidays … }`: the school year as a yearly pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct SchoolYearDecl {
    /// Its description (`"четыре четверти"`).
    pub title: Option<Text>,
    /// Its clause.
    pub citation: Option<Citation>,
    /// Its terms and holidays, in the order written.
    pub parts: Vec<SchoolYearPart>,
    /// Items that could not be parsed.
    pub errors: Vec<Span>,
}

/// A term or the holidays of a school year.
#[derive(Debug, Clone, PartialEq)]
pub struct SchoolYearPart {
    /// A term (and the word it is called by) or holidays.
    pub kind: SchoolYearPartKind,
    /// Its name (`"I четверть"`, `"осенние"`).
    pub name: Text,
    /// Its first day.
    pub from: MonthDay,
    /// Its last day (in the next calendar year when before `from`).
    pub to: MonthDay,
    /// The span.
    pub span: Span,
}

/// What a part of a school year is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchoolYearPartKind {
    /// A term written `term` / `четверть`.
    Term,
    /// A term written `trimester` / `триместр`.
    Trimester,
    /// Holidays: `holidays` / `каникулы`.
    Holidays,
}

/// A day of the year without the year: `09-01`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonthDay {
    /// 1–12.
    pub month: i8,
    /// 1–31, valid for the month (29 February is 28 February in a common year).
    pub day: i8,
    /// Where it is written.
    pub span: Span,
}

// ---------------------------------------------------------------- end school year

// ---------------------------------------------------------------- calendar year (issue 15)

/// `calendar_year 2028 "Постановление …" { non_working …; working … }`: a year of the
/// production calendar declared by the policy.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarYearDecl {
    /// The year's number as written (`None` when it does not fit a number, reported).
    pub year: Option<i64>,
    /// Where the year's number is written.
    pub year_span: Span,
    /// The act the year's days come from.
    pub source: Option<Text>,
    /// Its lists of days, in the order written.
    pub days: Vec<CalendarDays>,
    /// Items that could not be parsed.
    pub errors: Vec<Span>,
}

/// One `non_working …` or `working …` list of a calendar year.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarDays {
    /// `true` for `working` (weekend days made working), `false` for `non_working`.
    pub working: bool,
    /// The dates (a date not in the calendar is reported and left out) and where each is.
    pub dates: Vec<(Date, Span)>,
    /// The span.
    pub span: Span,
}

// ---------------------------------------------------------------- end calendar year

/// `provision name "text" § "…"`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionDecl {
    /// A key that aligns it with other schools'.
    pub name: Ident,
    /// What it says.
    pub text: Text,
    /// Its clause.
    pub citation: Option<Citation>,
}

/// `not_stated topic "text" § "…"`: the regulation says nothing on a topic.
#[derive(Debug, Clone, PartialEq)]
pub struct NotStatedDecl {
    /// The topic (one of [`Keyword::TOPICS`]) and where it is written.
    pub topic: (Keyword, Span),
    /// What the policy says about the silence.
    pub text: Text,
    /// The clause (or section) where the topic would be expected.
    pub citation: Option<Citation>,
}

/// `test "name" { case "file"; expect … }`.
#[derive(Debug, Clone, PartialEq)]
pub struct TestDecl {
    /// The test's name.
    pub name: Text,
    /// The case file, relative to the policy.
    pub case: Option<Text>,
    /// What the report must show.
    pub expects: Vec<Expect>,
    /// Items that could not be parsed.
    pub errors: Vec<Span>,
}

/// One expectation of a test.
#[derive(Debug, Clone, PartialEq)]
pub struct Expect {
    /// What is expected.
    pub kind: ExpectKind,
    /// The span.
    pub span: Span,
}

/// The kinds of expectation.
#[derive(Debug, Clone, PartialEq)]
pub enum ExpectKind {
    /// `expect name = literal`: a value (or `eligible`).
    Value {
        /// The value's name.
        name: Ident,
        /// What it must be.
        expected: Expr,
    },
    /// `expect [no] violation|warning|info|duty § "c"`.
    Finding {
        /// Whether `no` was written.
        negated: bool,
        /// The kind of finding; `None` for an obligation (`duty`).
        severity: Option<Severity>,
        /// The clause.
        citation: Citation,
    },
    /// `expect violations ["c", …]`: exactly these clauses are violated.
    Violations(Vec<Expr>),
    /// `expect missing [kind, …]`: exactly these documents are missing.
    Missing(Vec<Expr>),
}

/// A message with `{expr}` interpolations.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// Text and expressions, in order.
    pub parts: Vec<TemplatePart>,
    /// The span including the quotes.
    pub span: Span,
}

impl Template {
    /// The template's text with each interpolation written as `{…}` source.
    pub fn plain_text(&self) -> Option<String> {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                TemplatePart::Text(t) => out.push_str(t),
                TemplatePart::Expr(_) => return None,
            }
        }
        Some(out)
    }
}

/// A piece of a template.
#[derive(Debug, Clone, PartialEq)]
pub enum TemplatePart {
    /// Literal text.
    Text(String),
    /// An interpolated expression.
    Expr(Expr),
}

/// An expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// Its shape.
    pub kind: ExprKind,
    /// Its span.
    pub span: Span,
}

/// The shapes of an expression.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// A literal.
    Literal(Literal),
    /// A name, possibly dotted (`pupil.grade`, `max_weekly_hours`, `hourly`).
    Path(Vec<Ident>),
    /// `f(args)`.
    Call {
        /// The function's name.
        func: Ident,
        /// Its arguments.
        args: Vec<Expr>,
    },
    /// `not x`, `-x`.
    Unary {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        expr: Box<Expr>,
    },
    /// `a op b`.
    Binary {
        /// The operator.
        op: BinaryOp,
        /// The left operand.
        lhs: Box<Expr>,
        /// The right operand.
        rhs: Box<Expr>,
    },
    /// `if c then a else b`.
    If {
        /// The condition.
        cond: Box<Expr>,
        /// The value when it holds.
        then: Box<Expr>,
        /// The value otherwise.
        otherwise: Box<Expr>,
    },
    /// `[a, b]`.
    List(Vec<Expr>),
    /// `(x)`.
    Paren(Box<Expr>),
}

/// Prefix operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `not`.
    Not,
    /// `-`.
    Neg,
}

impl UnaryOp {
    /// How tightly the operator binds, on the scale of [`BinaryOp::binding_power`]:
    /// `not` 4 (between `and` and the comparisons), `-` 9 (above `*`).
    pub fn binding_power(self) -> u8 {
        match self {
            UnaryOp::Not => 4,
            UnaryOp::Neg => 9,
        }
    }
}

/// Infix operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    /// `or`.
    Or,
    /// `and`.
    And,
    /// `=`.
    Eq,
    /// `!=`.
    Ne,
    /// `<`.
    Lt,
    /// `<=`.
    Le,
    /// `>`.
    Gt,
    /// `>=`.
    Ge,
    /// `in`.
    In,
    /// `not in`.
    NotIn,
    /// `??`: the left value unless it is null.
    Coalesce,
    /// `+`.
    Add,
    /// `-`.
    Sub,
    /// `*`.
    Mul,
    /// `/`.
    Div,
    /// `list where condition`.
    Where,
}

impl BinaryOp {
    /// How tightly the operator binds, loosest first (the parser's precedence):
    /// `where` 1, `or` 2, `and` 3, comparisons 5, `??` 6, `+ -` 7, `* /` 8.
    pub fn binding_power(self) -> u8 {
        match self {
            BinaryOp::Where => 1,
            BinaryOp::Or => 2,
            BinaryOp::And => 3,
            BinaryOp::Eq
            | BinaryOp::Ne
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge
            | BinaryOp::In
            | BinaryOp::NotIn => 5,
            BinaryOp::Coalesce => 6,
            BinaryOp::Add | BinaryOp::Sub => 7,
            BinaryOp::Mul | BinaryOp::Div => 8,
        }
    }

    /// The operator as written in English-keyword source.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Or => "or",
            BinaryOp::And => "and",
            BinaryOp::Eq => "=",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::In => "in",
            BinaryOp::NotIn => "not in",
            BinaryOp::Coalesce => "??",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Where => "where",
        }
    }
}

/// A literal value.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    /// A number, exact, with its unit (`8 h`, `20 %`, `3.5`).
    Number(Decimal, Option<NumberUnit>),
    /// `true` / `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// A string, possibly with interpolations.
    Text(Template),
    /// `2025-09-01`.
    Date(Date),
    /// `7 days`, `2 months`.
    Duration(Duration),
    /// `1..11`, both ends included.
    Range(i64, i64),
}

/// The unit written after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberUnit {
    /// `h` / `ч`: hours per week.
    Hours,
    /// `%`.
    Percent,
}

/// A duration: a whole number of days, weeks or calendar months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Duration {
    /// How many units.
    pub amount: i64,
    /// Which unit.
    pub unit: DurationUnit,
}

/// Units of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    /// Calendar days.
    Days,
    /// Seven days.
    Weeks,
    /// Calendar months ("2 months" from 1 October is 1 December).
    Months,
    /// Working days of the production calendar (only in deadlines).
    WorkingDays,
}
