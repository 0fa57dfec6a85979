//! The diagnostic catalogue: every code the toolchain reports, with its
//! severity, its one-line title and the section of the language reference
//! that explains the construct it is about.
//!
//! This is the one home of the catalogue. `docs/language.md` prints it as a
//! table for people; a test in this module fails when the two disagree.
//!
//! Codes are grouped by hundreds: P01xx syntax, P02xx names, P03xx types,
//! P04xx the regulation's domain, P05xx warnings about the policy's own shape.

use crate::diagnostic::DiagnosticSeverity::{self, Error, Warning};

/// Declares [`Code`] and its table in one place, so that a code, its
/// severity, its title and its reference section cannot drift apart.
macro_rules! catalogue {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $severity:ident, $section:literal, $title:literal; )*) => {
        /// A diagnostic code. Its [`Code::as_str`] (`P0201`) is stable: it is
        /// what the JSON output, the editor and the reference show.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// Every code, in the catalogue's order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The stable code, e.g. `P0201`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// Whether a diagnostic with this code is an error or a warning.
            pub fn severity(self) -> DiagnosticSeverity {
                match self { $(Code::$variant => $severity,)* }
            }

            /// What the code means, in one line, in English (the English
            /// reference's table).
            pub fn title(self) -> &'static str {
                match self { $(Code::$variant => $title,)* }
            }

            /// What the code means, in one line, in `lang`: the message
            /// `code-PNNNN` of `check.ftl` (the Russian reference's table),
            /// or the English title where the catalogue has no other.
            pub fn title_in(self, lang: policy_i18n::Lang) -> String {
                let id = format!("code-{}", self.as_str());
                if lang == policy_i18n::Lang::En || !policy_i18n::has_message(lang, &id) {
                    return self.title().to_owned();
                }
                policy_i18n::message(lang, &id)
            }

            /// The anchor of the section of `docs/language.md` (and of
            /// `docs/language.ru.md`, which has the same anchors) that explains
            /// the construct this code is about (e.g. `table`).
            pub fn section(self) -> &'static str {
                match self { $(Code::$variant => $section,)* }
            }
        }
    };
}

catalogue! {
    /// The recognizer's depth or step budget ran out.
    TooComplex = "P0100", Error, "lexical-elements",
        "the file is too complex or nests too deeply to parse (e.g. a thousand `if … then` in a row)";
    /// Text that is not what the grammar expects at that place.
    UnexpectedText = "P0101", Error, "lexical-elements",
        "unexpected text: a keyword, name or expression was expected";
    /// A `{` without its `}`.
    UnclosedBlock = "P0102", Error, "lexical-elements",
        "a block's `{` is never closed";
    /// Brackets nested beyond [`crate::MAX_NESTING`].
    NestingTooDeep = "P0103", Error, "expressions",
        "brackets nest more than 48 levels deep";
    /// A range whose lower bound exceeds its upper bound.
    EmptyRange = "P0104", Error, "expressions",
        "an empty range such as `5..1`";
    /// A number literal that does not fit an exact decimal.
    NumberTooLarge = "P0105", Error, "lexical-elements",
        "a number too large to be exact";
    /// A date literal that is not a calendar date.
    InvalidDate = "P0106", Error, "lexical-elements",
        "not a calendar date (`2025-13-01`)";
    /// An item that may appear once, given twice.
    RepeatedItem = "P0107", Error, "rule",
        "a once-only item given twice (two outcomes in a rule, two `case` lines)";
    /// An expression deeper than [`crate::MAX_EXPR_DEPTH`].
    ExpressionTooDeep = "P0108", Error, "expressions",
        "an expression longer or deeper than 256 levels (nested expressions plus their operators)";
    // ---- i15 working days
    /// A word after a number where a duration's unit must stand.
    UnknownUnit = "P0110", Error, "working-days",
        "an unknown unit of a duration (`within 5 fortnights`): the known units are listed";
    // ---- end i15
    /// A name that resolves to nothing.
    UnknownName = "P0201", Error, "expressions",
        "unknown name (value, table, type, enumeration value)";
    /// A case field the schema does not declare.
    UnknownField = "P0202", Error, "schema",
        "unknown case field (`pupil.grdae`), or a field of a single value";
    /// Two declarations of one name.
    DeclaredTwice = "P0203", Error, "lexical-elements",
        "declared twice (name, rule, clause, field, document required twice)";
    /// An exception naming a rule that does not exist.
    UnknownRule = "P0204", Error, "exception",
        "an exception for a rule that does not exist";
    /// A value or table whose definition reaches itself.
    DependsOnItself = "P0205", Error, "value",
        "a value or table that depends on itself";
    /// A value outside its enumeration.
    UnknownEnumValue = "P0206", Error, "enum",
        "a value that is not in its enumeration (`homee`, `medical_certificat`)";
    /// A call of a function that is not built in.
    UnknownFunction = "P0207", Error, "built-in-functions",
        "unknown function";
    /// A declaration without a part it needs.
    MissingPart = "P0208", Error, "rule",
        "a rule without an outcome, an exception without an effect, a test without a case";
    /// A `use` whose file cannot be read.
    UnreadableImport = "P0209", Error, "use",
        "an imported file cannot be read";
    // ---- extending the case schema (issue 15)
    /// `extend` naming an enumeration or case schema that is not declared.
    ExtendsUndeclared = "P0215", Error, "extending-the-case-schema",
        "`extend` of an enumeration or case schema that is not declared";
    /// `extend` adding a value or field that is already there.
    ExtendedTwice = "P0216", Error, "extending-the-case-schema",
        "`extend` adds a value or field that is already declared";
    // ---- end of extending
    /// Operands or operators of incompatible types.
    TypeMismatch = "P0301", Error, "expressions",
        "type mismatch (hours compared with a date; `and` on numbers)";
    /// `{…}` in a text that is not a message.
    InterpolationOutsideMessage = "P0302", Error, "lexical-elements",
        "`{…}` interpolation outside a message";
    /// A record used where a single value is needed.
    GroupUsedAsValue = "P0303", Error, "schema",
        "a group of fields (`pupil`) used as a value";
    /// A list whose elements are records or lists.
    NestedListElement = "P0304", Error, "schema",
        "a list element holding a record or list";
    /// A table pattern or test expectation that is not a constant.
    NotConstant = "P0305", Error, "table",
        "a table pattern or expected value that is not a constant";
    /// A frequency that is not a positive period.
    InvalidFrequency = "P0306", Error, "role",
        "a frequency that is not a positive period";
    /// A built-in called with the wrong number of arguments.
    WrongArgumentCount = "P0307", Error, "built-in-functions",
        "a built-in function with the wrong number of arguments";
    /// A table keyed both by case fields and by parameters.
    MixedTableKeys = "P0308", Error, "table",
        "a table keyed both by the case and by parameters";
    // ---- i15 working days
    /// Working days where a calendar duration is needed, or a deadline's start that is not a date.
    WorkingDaysOutsideDeadline = "P0310", Error, "working-days",
        "working days outside a deadline (`date + 5 working days`, `every 5 working days`), or a deadline after something that is not a date";
    // ---- end i15
    // ---- extending the case schema (issue 15)
    /// `extend schema` giving a declared field another type.
    ExtensionTypeClash = "P0315", Error, "extending-the-case-schema",
        "`extend schema` gives a declared field another type (or re-keys a list)";
    // ---- end of extending
    /// A citation of a clause the policy does not quote.
    ClauseNotQuoted = "P0401", Error, "clause",
        "a citation of a clause the policy does not quote";
    /// Two rows of a table that match one key.
    OverlappingRows = "P0402", Error, "table",
        "overlapping rows in a table (grade 4 in `1..4` and `4..8`)";
    /// Keys of a table's declared range that no row covers.
    GapInRows = "P0403", Warning, "table",
        "a gap in a table's rows (no row for grade 5, or for grade 12 of a key declared `int 1..12`)";
    /// A curriculum whose columns do not sum to its totals row.
    CurriculumTotalsDiffer = "P0404", Warning, "curriculum",
        "a curriculum's columns do not add up to its totals row";
    /// A curriculum total above the cap for that grade.
    CurriculumOverCap = "P0405", Warning, "curriculum",
        "a curriculum's total for a grade exceeds the cap";
    /// A curriculum grade the cap table does not cover.
    CurriculumGradeWithoutCap = "P0406", Warning, "curriculum",
        "a curriculum has a grade its cap table does not cover";
    /// A row with the wrong number of cells or patterns.
    WrongRowWidth = "P0407", Error, "table",
        "a row with the wrong number of cells or patterns";
    /// A curriculum column whose hours add up past the decimal maximum.
    CurriculumSumTooLarge = "P0408", Error, "curriculum",
        "a curriculum's column adds up to more than the largest number the language holds";
    /// Two versions of one policy in force on the same day.
    VersionsOverlap = "P0409", Error, "versions",
        "versions of a policy that overlap (two in force on one day)";
    /// Days between two versions when none is in force.
    VersionsGap = "P0410", Warning, "versions",
        "versions of a policy that leave a gap (days when none is in force)";
    /// An amendment naming a clause the version it amends does not quote.
    AmendedClauseMissing = "P0411", Error, "versions",
        "an amendment cites a clause the version it amends does not have";
    /// A version with no date of entry into force.
    VersionWithoutDate = "P0412", Error, "versions",
        "a version without the date it comes into force";
    /// A school year whose terms and holidays are out of calendar order, overlap, span more
    /// than a year, or that has no term.
    SchoolYearOutOfOrder = "P0413", Error, "the-school-year",
        "a school year without terms, or whose terms and holidays overlap or are out of calendar order";
    // ---- calendar year (issue 15)
    /// A date of a `calendar_year` that is not in that year, or a year number outside the calendar.
    CalendarDayOutsideYear = "P0414", Error, "calendar_year",
        "a `calendar_year` lists a date of another year, or its number is not a calendar year";
    /// A date a `calendar_year` lists twice, or as both working and non-working.
    CalendarDayTwice = "P0415", Error, "calendar_year",
        "a `calendar_year` lists a date twice, or as both `non_working` and `working`";
    /// A weekday listed as `working` in a `calendar_year`.
    CalendarWorkingWeekday = "P0416", Error, "calendar_year",
        "a `calendar_year` lists a weekday (Monday to Friday) as `working`: only weekend days are made working";
    /// A `calendar_year` without the act its days come from.
    CalendarYearWithoutSource = "P0417", Error, "calendar_year",
        "a `calendar_year` without its source (the Government's decree on transfers of days off)";
    // ---- end calendar year
    // ---- citations (issue 15 point 5, issue 16 point 3) ----
    /// A citation's words that the clause it cites does not contain.
    WordsNotInClause = "P0420", Error, "clause",
        "a citation's words `«…»` do not occur in the clause it cites";
    /// A clause declared with an empty number, or an empty citation.
    EmptyClauseNumber = "P0421", Error, "clause",
        "an empty clause number (`clause \"\"`) or citation (`§ \"\"`)";
    // ---- end citations ----
    /// A parameter or enumeration nothing reads.
    Unused = "P0501", Warning, "param",
        "an unused parameter or enumeration";
    /// A rule with no `when`.
    RuleWithoutCondition = "P0502", Warning, "rule",
        "a rule without `when` (fires for every case)";
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REFERENCE: &str = include_str!("../../../docs/language.md");

    /// The rows of the reference's "Diagnostic codes" table: code, severity, meaning.
    fn reference_rows() -> Vec<(String, String, String)> {
        let table =
            REFERENCE.split("## Diagnostic codes").nth(1).expect("the reference has a Diagnostic codes section");
        table
            .lines()
            .filter(|line| line.starts_with("| P"))
            .map(|line| {
                let cells: Vec<&str> = line.split(" | ").map(|c| c.trim_matches(|ch| ch == '|' || ch == ' ')).collect();
                (cells[0].to_string(), cells[1].to_string(), cells[2].to_string())
            })
            .collect()
    }

    #[test]
    fn the_reference_table_is_the_catalogue() {
        let documented = reference_rows();
        let catalogue: Vec<(String, String, String)> = Code::ALL
            .iter()
            .map(|c| (c.as_str().to_string(), c.severity().as_str().to_string(), c.title().to_string()))
            .collect();
        assert_eq!(documented, catalogue, "docs/language.md's table and policy_syntax::Code disagree");
    }

    #[test]
    fn every_section_exists_in_the_reference() {
        let headings: Vec<String> = REFERENCE
            .lines()
            .filter_map(|l| l.strip_prefix("## "))
            .map(|h| h.to_lowercase().replace(' ', "-"))
            .collect();
        for code in Code::ALL {
            assert!(headings.iter().any(|h| h == code.section()), "{code}: no section `{}`", code.section());
        }
    }

    #[test]
    fn codes_are_unique_and_grouped_by_hundreds() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "{code} twice");
            let group = &code.as_str()[..3];
            assert!(["P01", "P02", "P03", "P04", "P05"].contains(&group), "{code}");
        }
    }
}
