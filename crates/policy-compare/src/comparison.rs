//! The comparison as data: policies across, concepts down. Every renderer
//! reads this and nothing else.

use policy_i18n::{tr, Lang};
use rust_decimal::Decimal;

/// What a row is about. `--only` selects topics by [`Topic::name`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    /// One case judged under each policy (only with a case).
    Case,
    /// Who qualifies: grades, age, categories, forms.
    Eligibility,
    /// The weekly cap, grade by grade.
    Cap,
    /// Curriculum totals, grade by grade.
    Curricula,
    /// Required documents and the requirements on them.
    Documents,
    /// Duties and rights, role by role.
    Duties,
    /// Duties with a deadline or a frequency.
    Deadlines,
    /// How teachers are paid.
    Pay,
    /// Every rule, by name.
    Rules,
    /// Provisions and external norms, by name.
    Provisions,
    /// What each policy adds to the shared case schema (`extend enum`, `extend schema`).
    Extensions,
    /// The readings each policy declares, by the item they are declared at.
    Readings,
}

impl Topic {
    /// Every topic, in the order the comparison shows them.
    pub const ALL: [Topic; 12] = [
        Topic::Case,
        Topic::Eligibility,
        Topic::Cap,
        Topic::Curricula,
        Topic::Documents,
        Topic::Duties,
        Topic::Deadlines,
        Topic::Pay,
        Topic::Rules,
        Topic::Provisions,
        Topic::Extensions,
        Topic::Readings,
    ];

    /// The topics that need no case (all but [`Topic::Case`], which comes first).
    pub fn without_case() -> &'static [Topic] {
        &Self::ALL[1..]
    }

    /// The topic's name on the command line and in JSON (`cap`).
    pub fn name(self) -> &'static str {
        match self {
            Topic::Case => "case",
            Topic::Eligibility => "eligibility",
            Topic::Cap => "cap",
            Topic::Curricula => "curricula",
            Topic::Documents => "documents",
            Topic::Duties => "duties",
            Topic::Deadlines => "deadlines",
            Topic::Pay => "pay",
            Topic::Rules => "rules",
            Topic::Provisions => "provisions",
            Topic::Extensions => "extensions",
            Topic::Readings => "readings",
        }
    }

    /// The topic's heading in `lang` («Недельная нагрузка», `Weekly cap`).
    pub fn title(self, lang: Lang) -> String {
        match self {
            Topic::Case => tr!(lang, "compare-topic-case"),
            Topic::Eligibility => tr!(lang, "compare-topic-eligibility"),
            Topic::Cap => tr!(lang, "compare-topic-cap"),
            Topic::Curricula => tr!(lang, "compare-topic-curricula"),
            Topic::Documents => tr!(lang, "compare-topic-documents"),
            Topic::Duties => tr!(lang, "compare-topic-duties"),
            Topic::Deadlines => tr!(lang, "compare-topic-deadlines"),
            Topic::Pay => tr!(lang, "compare-topic-pay"),
            Topic::Rules => tr!(lang, "compare-topic-rules"),
            Topic::Provisions => tr!(lang, "compare-topic-provisions"),
            Topic::Extensions => tr!(lang, "compare-topic-extensions"),
            Topic::Readings => tr!(lang, "compare-topic-readings"),
        }
    }

    /// The topic named `name`, if any.
    pub fn from_name(name: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// What one policy says about one concept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The point of comparison, written with identifiers (`10 h`,
    /// `7 days after teacher_ill`); rows differ when these differ. JSON shows it.
    pub value: String,
    /// The value as a person reads it, in the comparison's language, with
    /// titles instead of identifiers («10 ч», «без ограничения»); the
    /// terminal, Markdown and HTML show it.
    pub text: String,
    /// The policy's own words about it (a duty's text, a document's
    /// description); shown, never compared.
    pub note: Option<String>,
    /// The citation, exactly as the policy writes it; several citations are
    /// separated by `; `.
    pub clause: Option<String>,
}

impl Cell {
    /// A cell with a value and a citation.
    pub fn new(value: impl Into<String>, clause: Option<&str>) -> Cell {
        let value = value.into();
        Cell { text: value.clone(), value, note: None, clause: clause.map(str::to_string) }
    }

    /// A cell without a citation (`no cap`, `not required`).
    pub fn plain(value: impl Into<String>) -> Cell {
        Cell::new(value, None)
    }

    /// The same cell, read by people as `text` (its value in words).
    pub fn in_words(mut self, text: impl Into<String>) -> Cell {
        self.text = text.into();
        self
    }

    /// The same cell with a note.
    pub fn with_note(mut self, note: Option<&str>) -> Cell {
        self.note = note.map(str::to_string);
        self
    }

    /// Folds another cell of the same policy and concept into this one (two
    /// duties with one key): equal values are kept once, notes and distinct
    /// citations are joined.
    pub fn merge(&mut self, other: Cell) {
        if self.value != other.value {
            self.value = format!("{}; {}", self.value, other.value);
            self.text = format!("{}; {}", self.text, other.text);
        }
        self.note = match (self.note.take(), other.note) {
            (Some(a), Some(b)) => Some(format!("{a}\n{b}")),
            (a, b) => a.or(b),
        };
        self.clause = match (self.clause.take(), other.clause) {
            (Some(a), Some(b)) if a.split("; ").any(|c| c == b) => Some(a),
            (Some(a), Some(b)) => Some(format!("{a}; {b}")),
            (a, b) => a.or(b),
        };
    }
}

/// One concept across the policies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Its topic.
    pub topic: Topic,
    /// Its key, unique within the topic (`grade_5`, `administration.substitution`).
    pub key: String,
    /// Its label with identifiers (`grade 5`, `administration · substitution`); JSON shows it.
    pub label: String,
    /// What people read, in the comparison's language («5 класс»,
    /// «Администрация · замена»); the terminal, Markdown and HTML show it.
    pub title: String,
    /// One cell per policy, in the comparison's order; `None` where the
    /// policy says nothing about it.
    pub cells: Vec<Option<Cell>>,
    /// Whether the policies that say something about it set it differently
    /// (a policy that says nothing is no difference: see [`Row::only_in`]).
    pub differs: bool,
    /// The one policy (its index) that says something about it, when the
    /// others all say nothing: such rows are grouped per policy, not marked.
    pub only_in: Option<usize>,
}

impl Row {
    /// A row; whether it differs, and whether only one policy has it, is
    /// worked out from the cells' values.
    pub fn new(topic: Topic, key: impl Into<String>, label: impl Into<String>, cells: Vec<Option<Cell>>) -> Row {
        let values: Vec<&str> = cells.iter().flatten().map(|c| c.value.as_str()).collect();
        let differs = values.windows(2).any(|w| w[0] != w[1]);
        let present: Vec<usize> = cells.iter().enumerate().filter(|(_, c)| c.is_some()).map(|(i, _)| i).collect();
        let only_in = match present.as_slice() {
            [one] if cells.len() > 1 => Some(*one),
            _ => None,
        };
        let label = label.into();
        Row { topic, key: key.into(), title: label.clone(), label, cells, differs, only_in }
    }

    /// The same row, read by people as `title`.
    pub fn titled(mut self, title: impl Into<String>) -> Row {
        self.title = title.into();
        self
    }
}

/// A compared policy: its metadata and quoted clauses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyInfo {
    /// Its id, unique in the comparison (a repeated policy gets `#2`).
    pub id: String,
    /// The school.
    pub school: Option<String>,
    /// The regulation's title.
    pub title: Option<String>,
    /// When and by what act it was approved (`2008-10-31`, `приказ № 47/1`): see
    /// [`PolicyInfo::approved_text`].
    pub approved: Option<(jiff::civil::Date, Option<String>)>,
    /// Its quoted clauses, in declaration order: number and words.
    pub clauses: Vec<(String, String)>,
    /// Each citation it writes, once: the text and the quoted clauses it
    /// names as resolved at check time (indices into `clauses`).
    pub citations: Vec<(String, Vec<usize>)>,
    /// The citations that name words (`«…»`): the text and, for each quoted
    /// clause holding the words, its index and the words' byte range in it.
    pub words: Vec<(String, policy_check::citation::Occurrences)>,
}

impl PolicyInfo {
    /// When and by what act it was approved, the date written the language's way
    /// («31.10.2008, приказ № 47/1»).
    pub fn approved_text(&self, lang: policy_i18n::Lang) -> Option<String> {
        self.approved.as_ref().map(|(date, act)| {
            let date = policy_i18n::date(lang, *date);
            match act {
                Some(act) => format!("{date}, {act}"),
                None => date,
            }
        })
    }
}

/// The weekly cap of each policy for each grade, for the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapChart {
    /// The grades, in order.
    pub grades: Vec<i64>,
    /// Per policy (in the comparison's order), the cap for each grade;
    /// `None`: no cap.
    pub caps: Vec<Vec<Option<Decimal>>>,
}

/// Policies side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The policies, in the order given.
    pub policies: Vec<PolicyInfo>,
    /// The rows, grouped by topic in [`Topic::ALL`] order.
    pub rows: Vec<Row>,
    /// The caps per grade, when the weekly cap is compared.
    pub chart: Option<CapChart>,
    /// The language people read it in (titles, values in words, page chrome).
    pub lang: Lang,
}

impl Comparison {
    /// The topics that have rows, in order.
    pub fn topics(&self) -> Vec<Topic> {
        let mut topics: Vec<Topic> = Vec::new();
        for row in &self.rows {
            if !topics.contains(&row.topic) {
                topics.push(row.topic);
            }
        }
        topics
    }

    /// The rows of one topic.
    pub fn rows_of(&self, topic: Topic) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(move |r| r.topic == topic)
    }

    /// The rows of one topic as the renderers group them: first the rows
    /// several policies have (`None`), then, policy by policy, the rows only
    /// that policy has (`Some(index)`); groups without rows are left out.
    pub fn groups_of(&self, topic: Topic) -> Vec<(Option<usize>, Vec<&Row>)> {
        let keys = std::iter::once(None).chain((0..self.policies.len()).map(Some));
        keys.map(|only| (only, self.rows_of(topic).filter(|r| r.only_in == only).collect::<Vec<_>>()))
            .filter(|(_, rows)| !rows.is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_differs_when_a_value_or_presence_differs() {
        let same = Row::new(Topic::Cap, "k", "k", vec![Some(Cell::plain("10 h")), Some(Cell::new("10 h", Some("16")))]);
        assert!(!same.differs, "citations are not compared");
        let value = Row::new(Topic::Cap, "k", "k", vec![Some(Cell::plain("10 h")), Some(Cell::plain("15 h"))]);
        assert!(value.differs);
        let presence = Row::new(Topic::Cap, "k", "k", vec![Some(Cell::plain("x")), None]);
        assert!(!presence.differs, "silence is no difference");
        assert_eq!(presence.only_in, Some(0), "a row of one policy is grouped as such");
        let single = Row::new(Topic::Cap, "k", "k", vec![Some(Cell::plain("x"))]);
        assert!(!single.differs);
        assert_eq!(single.only_in, None, "one policy compared: nothing to group");
        let some = Row::new(Topic::Cap, "k", "k", vec![Some(Cell::plain("x")), None, Some(Cell::plain("y"))]);
        assert!(some.differs);
        assert_eq!(some.only_in, None);
    }

    #[test]
    fn merged_cells_keep_equal_values_once_and_join_citations() {
        let mut a = Cell::new("none", Some("2.38")).with_note(Some("director"));
        a.merge(Cell::new("none", Some("2.38")).with_note(Some("deputy")));
        assert_eq!(a.value, "none");
        assert_eq!(a.clause.as_deref(), Some("2.38"));
        assert_eq!(a.note.as_deref(), Some("director\ndeputy"));
        a.merge(Cell::new("every quarter", Some("4")));
        assert_eq!(a.value, "none; every quarter");
        assert_eq!(a.clause.as_deref(), Some("2.38; 4"));
    }

    #[test]
    fn topics_round_trip_through_their_names() {
        for t in Topic::ALL {
            assert_eq!(Topic::from_name(t.name()), Some(t));
        }
        assert_eq!(Topic::from_name("caps"), None);
    }
}
