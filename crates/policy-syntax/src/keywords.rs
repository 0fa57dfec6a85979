//! The keyword tables: every keyword's English and Russian spelling.

/// The two keyword languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeywordLanguage {
    /// English keywords (`rule`, `when`, `else`).
    English,
    /// Russian keywords (`правило`, `когда`, `иначе`).
    Russian,
}

macro_rules! keywords {
    ($($variant:ident => $en:literal, $ru:literal, $doc:literal;)*) => {
        /// A keyword of the language, independent of the language it is written in.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Keyword {
            $(#[doc = $doc] $variant,)*
        }

        impl Keyword {
            /// Every keyword.
            pub const ALL: &'static [Keyword] = &[$(Keyword::$variant,)*];

            /// The canonical spelling in `language`.
            pub fn spelling(self, language: KeywordLanguage) -> &'static str {
                match (self, language) {
                    $((Keyword::$variant, KeywordLanguage::English) => $en,
                      (Keyword::$variant, KeywordLanguage::Russian) => $ru,)*
                }
            }

            /// What the keyword means, in English.
            pub fn meaning(self) -> &'static str {
                match self { $(Keyword::$variant => $doc,)* }
            }
        }
    };
}

keywords! {
    Policy => "policy", "политика", "Starts the policy's metadata: its id, school, title, approval and source.";
    Use => "use", "использовать", "Imports the declarations of another file (usually the case schema).";
    Clause => "clause", "пункт", "Quotes a clause of the regulation, so that reports and hover can show its words.";
    Enum => "enum", "перечисление", "Declares an enumeration: a closed list of named values.";
    Schema => "schema", "схема", "Declares the fields of a case that the policy reads, with their types.";
    Param => "param", "параметр", "Declares an external parameter: a norm the regulation names without giving its number.";
    Value => "value", "значение", "Declares a computed value, reported in the report's `values`.";
    Table => "table", "таблица", "Declares a table looked up by a key such as the pupil's grade.";
    Curriculum => "curriculum", "учебный_план", "Declares a curriculum table: subjects × grades with a totals row.";
    Rule => "rule", "правило", "Declares a rule: a condition that, when it holds, gives a finding.";
    Exception => "exception", "исключение", "Declares an exception that overrides a rule when its condition holds.";
    Document => "document", "документ", "Declares a required document, with its conditions and required attributes.";
    Role => "role", "роль", "Declares a role (teacher, administration, parents) with its duties and rights.";
    Provision => "provision", "положение", "Declares a statement of the regulation with nothing to compute.";
    Test => "test", "тест", "Declares a test: a case file and what its report must show.";
    Extend => "extend", "дополнить", "Adds values to a declared enumeration or fields to a declared case schema: `extend enum document_kind { contract \"договор\" }`.";
    School => "school", "школа", "The school's full name.";
    Title => "title", "название", "The regulation's title.";
    Approved => "approved", "утверждено", "The date and act that approved the regulation.";
    Source => "source", "источник", "The file or publication the regulation was taken from.";
    Version => "version", "редакция", "The name of this version of the regulation (`ред. 2`).";
    Amends => "amends", "изменяет", "The file of the version this one amends, and the clauses it changes.";
    InForce => "in_force", "действует_с", "The date this version comes into force.";
    Until => "until", "действует_по", "The last day this version is in force (optional).";
    Set => "set", "множество", "A set type: `set of T`.";
    List => "list", "список", "A list type: `list of { … }`.";
    Of => "of", "из", "Names the element type of a set or list.";
    Keyed => "keyed", "ключ", "Names the field that picks a list element: `documents.medical_certificate`.";
    Int => "int", "целое", "The integer type, optionally with a range: `int 1..12`.";
    Decimal => "decimal", "число", "The exact decimal type (hours, percents).";
    Bool => "bool", "логическое", "The boolean type.";
    Text => "text", "текст", "The text type.";
    Date => "date", "дата", "The calendar date type.";
    Duration => "duration", "срок", "The duration type: days, weeks, calendar months.";
    By => "by", "по", "Names the key a table is looked up by.";
    Cap => "cap", "предел", "Names the table of weekly caps a curriculum's totals must respect.";
    Grades => "grades", "классы", "The row of grades heading a curriculum's columns.";
    Total => "total", "итого", "The totals row of a curriculum: the sum of its subject rows.";
    Weeks => "weeks", "недели", "The row giving the length of the school year in weeks.";
    When => "when", "когда", "The condition under which a rule, exception, document or duty applies.";
    Unless => "unless", "кроме", "A condition that stops a rule from firing.";
    Violation => "violation", "нарушение", "A finding: the case breaks the regulation.";
    Warning => "warning", "предупреждение", "A finding: allowed, but needs attention or the regulation is ambiguous.";
    Info => "info", "сведение", "A finding for information.";
    For => "for", "для", "Names the rule an exception overrides.";
    Allow => "allow", "разрешить", "The exception lets the case pass the rule.";
    Require => "require", "требовать", "A condition a required document must meet.";
    Duty => "duty", "обязанность", "A duty of a role; with `within` or `every` it is checked against events.";
    Right => "right", "право", "A right of a role.";
    Within => "within", "в_течение", "A deadline: `within 7 days after teacher_ill`, `within 5 working days after request.start`.";
    After => "after", "после", "What starts a deadline's clock: an event type or a date of the case.";
    FulfilledBy => "fulfilled_by", "исполняется", "The event that fulfils a duty.";
    Every => "every", "каждые", "A frequency: `every quarter`, `every 14 days`.";
    Quarter => "quarter", "квартал", "A period of three calendar months from the start of the education (not a school term: see `term`).";
    Trimester => "trimester", "триместр", "A school term of a year divided into trimesters: each term of the school year (holidays are not a term); also a term in a `school_year`.";
    Year => "year", "год", "A period of twelve calendar months.";
    Month => "month", "месяц", "A period of one calendar month.";
    Week => "week", "неделю", "A period of seven days.";
    Case => "case", "дело", "The case file a test evaluates.";
    Expect => "expect", "ожидать", "What a test's report must show.";
    No => "no", "нет", "Negates an expectation: `expect no violation § \"16\"`.";
    Violations => "violations", "нарушения", "The exact set of violated clauses a test expects.";
    Missing => "missing", "недостающие", "The exact set of missing documents a test expects.";
    And => "and", "и", "Both conditions hold.";
    Or => "or", "или", "At least one condition holds.";
    Not => "not", "не", "Negation.";
    In => "in", "в", "Membership in a set, list or range.";
    If => "if", "если", "A conditional value: `if c then a else b`.";
    Then => "then", "то", "The value of `if` when its condition holds.";
    Else => "else", "иначе", "The value of `if` otherwise; in a table, the row for every other key.";
    Where => "where", "где", "Filters a list: `events.missed_lesson where reason = unexcused`.";
    Null => "null", "пусто", "No value (an unknown end date).";
    True => "true", "истина", "Boolean true.";
    False => "false", "ложь", "Boolean false.";
    // ---- school year (issue 15)
    SchoolYear => "school_year", "учебный_год", "Declares the school year: its terms (четверти or триместры) and holidays as month-day dates (`term \"I четверть\" 09-01..10-26`). Without it the default applies (ФОП, приказ Минпросвещения № 370): terms 01.09–26.10, 05.11–28.12, 09.01–29.03, 07.04–26.05.";
    Term => "term", "четверть", "A school term (учебная четверть): `every term` checks each term of the school year, holidays not counted, a term not yet ended not yet missed (unlike `quarter`, three months from the start). Default terms: 01.09–26.10, 05.11–28.12, 09.01–29.03, 07.04–26.05. Also a term in a `school_year`.";
    Holidays => "holidays", "каникулы", "School holidays between two terms of a `school_year`: not part of any term.";
    // ---- end school year
    // ---- calendar year (issue 15)
    CalendarYear => "calendar_year", "производственный_календарь", "Declares a year of the production calendar for working days: `calendar_year 2028 \"Постановление Правительства РФ …\" { non_working 2028-01-01, … working … }`. It replaces the shipped year and a `--calendar` year of that number for this policy.";
    NonWorking => "non_working", "нерабочие", "The days off of a `calendar_year` that are not a plain Saturday or Sunday: holidays (ТК РФ ст. 112) and transferred days off.";
    Working => "working", "рабочие", "The Saturdays and Sundays a `calendar_year` makes working days by a transfer.";
    // ---- end calendar year
    // readings and silence (issue 16 p. 4, issue 15 p. 7)
    Reading => "reading", "толкование", "The interpretation chosen where the regulation's text is ambiguous; reports show it beside every finding and value that rests on the item.";
    NotStated => "not_stated", "не_указано", "Says the regulation is silent on a topic: reports and `compare` then say «в Положении не указано».";
    TopicEligibility => "eligibility", "основания", "The topic of who is entitled to individual education (after `not_stated`).";
    TopicCaps => "caps", "нагрузка", "The topic of the weekly caps on hours (after `not_stated`).";
    TopicCurricula => "curricula", "учебные_планы", "The topic of curricula (after `not_stated`).";
    TopicDocuments => "documents", "документы", "The topic of required documents (after `not_stated`).";
    TopicDuties => "duties", "обязанности", "The topic of the duties and rights of roles (after `not_stated`).";
    TopicDeadlines => "deadlines", "сроки", "The topic of deadlines and frequencies (after `not_stated`).";
    TopicPay => "pay", "оплата", "The topic of teachers' pay (after `not_stated`).";
}

impl Keyword {
    /// The keywords that start a top-level declaration.
    pub const DECLARATIONS: &'static [Keyword] = &[
        Keyword::Policy,
        Keyword::Use,
        Keyword::Clause,
        Keyword::Enum,
        Keyword::Schema,
        Keyword::Param,
        Keyword::Value,
        Keyword::Table,
        Keyword::Curriculum,
        Keyword::Rule,
        Keyword::Exception,
        Keyword::Document,
        Keyword::Role,
        Keyword::Provision,
        Keyword::Test,
        Keyword::SchoolYear,
        Keyword::Extend,
        Keyword::NotStated,
        Keyword::CalendarYear,
    ];

    /// The topics a `not_stated` declaration may name, in `compare`'s order.
    pub const TOPICS: &'static [Keyword] = &[
        Keyword::TopicEligibility,
        Keyword::TopicCaps,
        Keyword::TopicCurricula,
        Keyword::TopicDocuments,
        Keyword::TopicDuties,
        Keyword::TopicDeadlines,
        Keyword::TopicPay,
    ];

    /// The spelling of `schema` after `extend` in `language`: Russian puts it
    /// in the accusative (`дополнить схему`), which the parser also reads there.
    pub fn extended_schema(language: KeywordLanguage) -> &'static str {
        match language {
            KeywordLanguage::English => "schema",
            KeywordLanguage::Russian => "схему",
        }
    }

    /// Which language `written` (as it appears in source) belongs to.
    pub fn language_of(written: &str) -> KeywordLanguage {
        if written.is_ascii() {
            KeywordLanguage::English
        } else {
            KeywordLanguage::Russian
        }
    }

    /// The keyword spelled `written` in either language (also the alternative
    /// spelling `каждый` of `every`, and `схему` of `schema` after `дополнить`).
    pub fn from_spelling(written: &str) -> Option<Keyword> {
        if written == "каждый" {
            return Some(Keyword::Every);
        }
        if written == Keyword::extended_schema(KeywordLanguage::Russian) {
            return Some(Keyword::Schema);
        }
        Keyword::ALL.iter().copied().find(|k| {
            k.spelling(KeywordLanguage::English) == written || k.spelling(KeywordLanguage::Russian) == written
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_keyword_has_two_distinct_spellings() {
        for k in Keyword::ALL {
            let en = k.spelling(KeywordLanguage::English);
            let ru = k.spelling(KeywordLanguage::Russian);
            assert!(en.is_ascii(), "{en}");
            assert!(!ru.is_ascii(), "{ru}");
            assert_eq!(Keyword::from_spelling(en), Some(*k));
            assert_eq!(Keyword::from_spelling(ru), Some(*k));
        }
    }
}
