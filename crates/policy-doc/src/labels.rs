//! The document's own words (headings, labels) in Russian and English. The
//! regulation's words and the policy's descriptions are printed as written.

use policy_syntax::KeywordLanguage;

/// The language of the document's headings and labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Russian (the default: the regulation's language).
    Ru,
    /// English labels; the regulation's texts stay Russian.
    En,
}

impl Lang {
    /// The keyword language conditions are written in.
    pub(crate) fn keywords(self) -> KeywordLanguage {
        match self {
            Lang::Ru => KeywordLanguage::Russian,
            Lang::En => KeywordLanguage::English,
        }
    }

    /// The HTML `lang` of the labels.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The label `l` in this language.
    pub(crate) fn t(self, l: Label) -> &'static str {
        let (ru, en) = l.words();
        match self {
            Lang::Ru => ru,
            Lang::En => en,
        }
    }
}

/// A label of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    Contents,
    Metadata,
    Clauses,
    Unencoded,
    Uncited,
    Tests,
    Versions,
    School,
    Title,
    Approved,
    Source,
    PolicyId,
    VersionShown,
    InForceFrom,
    Until,
    Order,
    Changes,
    ClauseWord,
    RestsOn,
    NothingRests,
    NotEncoded,
    NoReason,
    Reading,
    NotStated,
    History,
    ChangedBy,
    Value,
    Table,
    Curriculum,
    Rule,
    Exception,
    Document,
    Requirement,
    Duty,
    Right,
    Param,
    Provision,
    By,
    When,
    Unless,
    Outcome,
    Allow,
    Replaces,
    Required,
    Always,
    Requirements,
    Deadline,
    Frequency,
    FulfilledBy,
    Role,
    NoValue,
    ValueIs,
    Exceptions,
    Total,
    Weeks,
    Subject,
    CaseFile,
    Expects,
    ExercisedBy,
    Generated,
    NoVersions,
    AllClauses,
    Else,
    Computed,
    RowName,
    Cap,
    Before,
}

impl Label {
    /// (Russian, English).
    fn words(self) -> (&'static str, &'static str) {
        use Label::*;
        match self {
            Contents => ("Содержание", "Contents"),
            Metadata => ("Сведения о положении", "About the regulation"),
            Clauses => ("Пункты положения и их кодировка", "The clauses and how the policy encodes them"),
            Unencoded => ("Пункты, оставленные без кодировки", "Clauses left unencoded"),
            Uncited => ("Объявления без ссылки на пункт", "Declarations citing no clause"),
            Tests => ("Тесты", "Tests"),
            Versions => ("Редакции", "Versions"),
            School => ("Школа", "School"),
            Title => ("Название", "Title"),
            Approved => ("Утверждено", "Approved"),
            Source => ("Источник", "Source"),
            PolicyId => ("Идентификатор политики", "Policy id"),
            VersionShown => ("Показана редакция", "Version shown"),
            InForceFrom => ("Действует с", "In force from"),
            Until => ("по", "until"),
            Order => ("Акт", "Order"),
            Changes => ("Изменённые пункты", "Clauses changed"),
            ClauseWord => ("Пункт", "Clause"),
            RestsOn => ("Что из него следует в политике", "What the policy makes of it"),
            NothingRests => ("Ничего не закодировано.", "Nothing is encoded."),
            NotEncoded => ("Не закодирован", "Not encoded"),
            Reading => ("Толкование", "Reading"),
            NotStated => ("В Положении не указано", "Not stated in the regulation"),
            NoReason => ("причина не указана", "no reason given"),
            History => ("История", "History"),
            ChangedBy => ("изменён", "changed by"),
            Value => ("Значение", "Value"),
            Table => ("Таблица", "Table"),
            Curriculum => ("Учебный план", "Curriculum"),
            Rule => ("Правило", "Rule"),
            Exception => ("Исключение", "Exception"),
            Document => ("Документ", "Document"),
            Requirement => ("Требование к документу", "Requirement on a document"),
            Duty => ("Обязанность", "Duty"),
            Right => ("Право", "Right"),
            Param => ("Внешняя норма", "External norm"),
            Provision => ("Положение без вычислений", "Provision"),
            By => ("Ключ", "Looked up by"),
            When => ("Когда", "When"),
            Unless => ("Кроме случаев", "Unless"),
            Outcome => ("Итог", "Outcome"),
            Allow => ("дело проходит правило", "the case passes the rule"),
            Replaces => ("заменяет итог правила", "replaces the rule's outcome"),
            Required => ("Требуется", "Required"),
            Always => ("всегда", "always"),
            Requirements => ("Требования", "Requirements"),
            Deadline => ("Срок", "Deadline"),
            Frequency => ("Периодичность", "Frequency"),
            FulfilledBy => ("исполняется событием", "fulfilled by the event"),
            Role => ("Роль", "Role"),
            NoValue => (
                "значение не задано: проверки, которым оно нужно, не выполняются",
                "no value given: the checks that need it cannot be made",
            ),
            ValueIs => ("Значение", "Value"),
            Exceptions => ("Исключения", "Exceptions"),
            Total => ("Итого", "Total"),
            Weeks => ("Недель", "Weeks"),
            Subject => ("Предмет", "Subject"),
            CaseFile => ("Дело", "Case"),
            Expects => ("Ожидается", "Expects"),
            ExercisedBy => ("Тесты", "Tests"),
            Generated => {
                ("Документ создан командой `policy doc` из политики", "Generated by `policy doc` from the policy")
            }
            NoVersions => (
                "Редакции не объявлены: положение действует в одной редакции.",
                "No versions declared: the regulation has one version.",
            ),
            AllClauses => ("пунктов", "clauses"),
            Else => ("иначе", "otherwise"),
            Computed => ("Вычисляется как", "Computed as"),
            RowName => ("Обозначение", "Label"),
            Cap => ("Предел нагрузки — таблица", "Cap table"),
            Before => ("Прежняя редакция", "Before"),
        }
    }
}
