//! The comparison as data: policies across, concepts down. Every renderer
//! reads this and nothing else.

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

    /// The topic's heading (`Weekly cap`).
    pub fn title(self) -> &'static str {
        match self {
            Topic::Case => "The case under each policy",
            Topic::Eligibility => "Eligibility",
            Topic::Cap => "Weekly cap",
            Topic::Curricula => "Curriculum totals",
            Topic::Documents => "Required documents",
            Topic::Duties => "Duties and rights",
            Topic::Deadlines => "Deadlines and frequencies",
            Topic::Pay => "Pay",
            Topic::Rules => "Rules",
            Topic::Provisions => "Provisions and external norms",
            Topic::Extensions => "Дополнения схемы дела (case schema extensions)",
            Topic::Readings => "Readings (Толкования)",
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
    /// The point of comparison (`10 h`, `7 days after teacher_ill`); rows
    /// differ when these differ.
    pub value: String,
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
        Cell { value: value.into(), note: None, clause: clause.map(str::to_string) }
    }

    /// A cell without a citation (`no cap`, `not required`).
    pub fn plain(value: impl Into<String>) -> Cell {
        Cell { value: value.into(), note: None, clause: None }
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
    /// What people read (`grade 5`, `administration · substitution`).
    pub label: String,
    /// One cell per policy, in the comparison's order; `None` where the
    /// policy says nothing about it.
    pub cells: Vec<Option<Cell>>,
    /// Whether the policies' values differ (a policy that says nothing
    /// differs from one that says something).
    pub differs: bool,
}

impl Row {
    /// A row; whether it differs is worked out from the cells' values.
    pub fn new(topic: Topic, key: impl Into<String>, label: impl Into<String>, cells: Vec<Option<Cell>>) -> Row {
        let values: Vec<Option<&str>> = cells.iter().map(|c| c.as_ref().map(|c| c.value.as_str())).collect();
        let differs = values.windows(2).any(|w| w[0] != w[1]);
        Row { topic, key: key.into(), label: label.into(), cells, differs }
    }

    /// The same row, differing only when the policies that say something
    /// about it say different things (a requirement on a document that some
    /// policies do not require at all: their silence is no difference).
    pub fn among_present(mut self) -> Row {
        let values: Vec<&str> = self.cells.iter().flatten().map(|c| c.value.as_str()).collect();
        self.differs = values.windows(2).any(|w| w[0] != w[1]);
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
    /// When and by what act it was approved (`2008-10-31, приказ № 47/1`).
    pub approved: Option<String>,
    /// Its quoted clauses, in declaration order: number and words.
    pub clauses: Vec<(String, String)>,
    /// Each citation it writes, once: the text and the quoted clauses it
    /// names as resolved at check time (indices into `clauses`).
    pub citations: Vec<(String, Vec<usize>)>,
    /// The citations that name words (`«…»`): the text and, for each quoted
    /// clause holding the words, its index and the words' byte range in it.
    pub words: Vec<(String, policy_check::citation::Occurrences)>,
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
        assert!(presence.differs);
        let single = Row::new(Topic::Cap, "k", "k", vec![Some(Cell::plain("x"))]);
        assert!(!single.differs);
        assert!(!Row::new(Topic::Cap, "k", "k", vec![Some(Cell::plain("x")), None]).among_present().differs);
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
