//! The document's own words (headings, labels): Fluent messages of
//! `policy-i18n` (`doc.ftl`), in the language of [`policy_i18n::Lang`]. The
//! regulation's words and the policy's descriptions are printed as written.

use std::sync::OnceLock;

use policy_i18n::Lang;
use policy_syntax::KeywordLanguage;

/// The keyword language conditions are written in, for a document in `lang`.
pub(crate) fn keywords(lang: Lang) -> KeywordLanguage {
    match lang {
        Lang::Ru => KeywordLanguage::Russian,
        Lang::En => KeywordLanguage::English,
    }
}

/// The label `l` in `lang`; the labels of both languages are read once.
pub(crate) fn t(lang: Lang, label: Label) -> &'static str {
    static WORDS: OnceLock<[Vec<String>; 2]> = OnceLock::new();
    let words =
        WORDS.get_or_init(|| Lang::ALL.map(|lang| Label::ALL.map(|l| policy_i18n::message(lang, l.id())).to_vec()));
    words[lang as usize].get(label as usize).map_or("", String::as_str)
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
    /// A condition or a computation in a lawyer's words, under its notation.
    InWords,
}

impl Label {
    /// Every label, in the order of the enumeration.
    const ALL: [Label; 68] = [
        Label::Contents,
        Label::Metadata,
        Label::Clauses,
        Label::Unencoded,
        Label::Uncited,
        Label::Tests,
        Label::Versions,
        Label::School,
        Label::Title,
        Label::Approved,
        Label::Source,
        Label::PolicyId,
        Label::VersionShown,
        Label::InForceFrom,
        Label::Until,
        Label::Order,
        Label::Changes,
        Label::ClauseWord,
        Label::RestsOn,
        Label::NothingRests,
        Label::NotEncoded,
        Label::NoReason,
        Label::Reading,
        Label::NotStated,
        Label::History,
        Label::ChangedBy,
        Label::Value,
        Label::Table,
        Label::Curriculum,
        Label::Rule,
        Label::Exception,
        Label::Document,
        Label::Requirement,
        Label::Duty,
        Label::Right,
        Label::Param,
        Label::Provision,
        Label::By,
        Label::When,
        Label::Unless,
        Label::Outcome,
        Label::Allow,
        Label::Replaces,
        Label::Required,
        Label::Always,
        Label::Requirements,
        Label::Deadline,
        Label::Frequency,
        Label::FulfilledBy,
        Label::Role,
        Label::NoValue,
        Label::ValueIs,
        Label::Exceptions,
        Label::Total,
        Label::Weeks,
        Label::Subject,
        Label::CaseFile,
        Label::Expects,
        Label::ExercisedBy,
        Label::Generated,
        Label::NoVersions,
        Label::AllClauses,
        Label::Else,
        Label::Computed,
        Label::RowName,
        Label::Cap,
        Label::Before,
        Label::InWords,
    ];

    /// The Fluent id of the label (`doc-contents`).
    fn id(self) -> &'static str {
        use Label::*;
        match self {
            Contents => "doc-contents",
            Metadata => "doc-metadata",
            Clauses => "doc-clauses",
            Unencoded => "doc-unencoded",
            Uncited => "doc-uncited",
            Tests => "doc-tests",
            Versions => "doc-versions",
            School => "doc-school",
            Title => "doc-title",
            Approved => "doc-approved",
            Source => "doc-source",
            PolicyId => "doc-policy-id",
            VersionShown => "doc-version-shown",
            InForceFrom => "doc-in-force-from",
            Until => "doc-until",
            Order => "doc-order",
            Changes => "doc-changes",
            ClauseWord => "doc-clause-word",
            RestsOn => "doc-rests-on",
            NothingRests => "doc-nothing-rests",
            NotEncoded => "doc-not-encoded",
            Reading => "doc-reading",
            NotStated => "doc-not-stated",
            NoReason => "doc-no-reason",
            History => "doc-history",
            ChangedBy => "doc-changed-by",
            Value => "doc-value",
            Table => "doc-table",
            Curriculum => "doc-curriculum",
            Rule => "doc-rule",
            Exception => "doc-exception",
            Document => "doc-document",
            Requirement => "doc-requirement",
            Duty => "doc-duty",
            Right => "doc-right",
            Param => "doc-param",
            Provision => "doc-provision",
            By => "doc-by",
            When => "doc-when",
            Unless => "doc-unless",
            Outcome => "doc-outcome",
            Allow => "doc-allow",
            Replaces => "doc-replaces",
            Required => "doc-required",
            Always => "doc-always",
            Requirements => "doc-requirements",
            Deadline => "doc-deadline",
            Frequency => "doc-frequency",
            FulfilledBy => "doc-fulfilled-by",
            Role => "doc-role",
            NoValue => "doc-no-value",
            ValueIs => "doc-value-is",
            Exceptions => "doc-exceptions",
            Total => "doc-total",
            Weeks => "doc-weeks",
            Subject => "doc-subject",
            CaseFile => "doc-case-file",
            Expects => "doc-expects",
            ExercisedBy => "doc-exercised-by",
            Generated => "doc-generated",
            NoVersions => "doc-no-versions",
            AllClauses => "doc-all-clauses",
            Else => "doc-else",
            Computed => "doc-computed",
            RowName => "doc-row-name",
            Cap => "doc-cap",
            Before => "doc-before",
            InWords => "doc-in-words",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_has_its_words_in_both_languages() {
        for (i, label) in Label::ALL.into_iter().enumerate() {
            assert_eq!(label as usize, i, "Label::ALL follows the enumeration");
            assert!(Lang::ALL.iter().all(|&lang| policy_i18n::has_message(lang, label.id())), "{}", label.id());
        }
        assert_eq!(t(Lang::Ru, Label::NoReason), "причина не указана");
        assert_eq!(t(Lang::En, Label::NoReason), "no reason given");
    }
}
