//! One view over every declaration of a [`Model`]: coverage, the language
//! server's index, hover and rename read [`Model::definitions`] instead of
//! enumerating the model's declaration kinds themselves, so that a new kind of
//! declaration is added here and nowhere else.

use crate::model::*;
use std::sync::Arc;

/// Which declaration a [`Definition`] is, by its indices in the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DefId {
    /// The `policy` block.
    Policy,
    /// A quoted clause, by index in [`Model::clauses`].
    Clause(usize),
    /// An enumeration, by index in [`Model::enums`].
    Enum(usize),
    /// A record of the case schema, by index in [`Schema::records`].
    Record(usize),
    /// A scalar case field.
    Field(SlotId),
    /// A case list.
    List(ListId),
    /// A field of a list's elements.
    ElemField(ListId, ElemSlot),
    /// An external parameter.
    Param(ParamId),
    /// A computed value.
    Value(ValueId),
    /// A table.
    Table(TableId),
    /// A curriculum, by index in [`Model::curricula`].
    Curriculum(usize),
    /// A rule.
    Rule(RuleId),
    /// An exception: its rule and its index among the rule's exceptions.
    Exception(RuleId, usize),
    /// A required document, by index in [`Model::documents`].
    Document(usize),
    /// A condition on a document: the document and the condition's index.
    Requirement(usize, usize),
    /// A role, by index in [`Model::roles`].
    Role(usize),
    /// A duty or right: the role and the item's index among its items.
    RoleItem(usize, usize),
    /// A provision, by index in [`Model::provisions`].
    Provision(usize),
    /// A test, by index in [`Model::tests`].
    Test(usize),
}

/// The kinds of declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DefKind {
    /// The `policy` block.
    Policy,
    /// A quoted clause.
    Clause,
    /// An enumeration.
    Enum,
    /// A record of the case schema.
    Record,
    /// A scalar case field.
    Field,
    /// A case list.
    List,
    /// A field of a list's elements.
    ElemField,
    /// An external parameter.
    Param,
    /// A computed value.
    Value,
    /// A table.
    Table,
    /// A curriculum.
    Curriculum,
    /// A rule.
    Rule,
    /// An exception to a rule.
    Exception,
    /// A required document.
    Document,
    /// A condition on a document.
    Requirement,
    /// A role.
    Role,
    /// A duty of a role.
    Duty,
    /// A right of a role.
    Right,
    /// A provision.
    Provision,
    /// A test.
    Test,
}

impl DefKind {
    /// The word for the kind in reports (`value`, `rule`, `duty` …).
    pub fn word(self) -> &'static str {
        match self {
            DefKind::Policy => "policy",
            DefKind::Clause => "clause",
            DefKind::Enum => "enum",
            DefKind::Record => "record",
            DefKind::Field => "field",
            DefKind::List => "list",
            DefKind::ElemField => "element field",
            DefKind::Param => "param",
            DefKind::Value => "value",
            DefKind::Table => "table",
            DefKind::Curriculum => "curriculum",
            DefKind::Rule => "rule",
            DefKind::Exception => "exception",
            DefKind::Document => "document",
            DefKind::Requirement => "requirement",
            DefKind::Role => "role",
            DefKind::Duty => "duty",
            DefKind::Right => "right",
            DefKind::Provision => "provision",
            DefKind::Test => "test",
        }
    }

    /// Whether a declaration of this kind should cite a clause (coverage
    /// reports those that do not). A role's or a requirement's citation is
    /// optional: its items', or its document's, stand in for it.
    pub fn wants_citation(self) -> bool {
        match self {
            DefKind::Param
            | DefKind::Value
            | DefKind::Table
            | DefKind::Curriculum
            | DefKind::Rule
            | DefKind::Exception
            | DefKind::Document
            | DefKind::Duty
            | DefKind::Right
            | DefKind::Provision => true,
            DefKind::Policy
            | DefKind::Clause
            | DefKind::Enum
            | DefKind::Record
            | DefKind::Field
            | DefKind::List
            | DefKind::ElemField
            | DefKind::Requirement
            | DefKind::Role
            | DefKind::Test => false,
        }
    }
}

/// One declaration of the model, whatever its kind.
#[derive(Debug, Clone, Copy)]
pub struct Definition<'m> {
    /// Which declaration it is.
    pub id: DefId,
    /// Its kind.
    pub kind: DefKind,
    /// Its name: a field's dotted path, a clause's number, a document's kind,
    /// a duty's or requirement's words.
    pub name: &'m str,
    /// Where its name is written (for a role item or requirement, the item).
    pub location: Location,
    /// The clause it cites.
    pub citation: Option<&'m CitationRef>,
    /// Its title or description (a clause's or provision's words).
    pub description: Option<&'m str>,
}

impl Model {
    /// Every declaration of the model, kind by kind in declaration order
    /// (an exception after its rule, a requirement after its document, a
    /// duty or right after its role).
    pub fn definitions(&self) -> Vec<Definition<'_>> {
        let mut out = Vec::new();
        let none = &None;
        if let Some(location) = self.meta.location {
            push(&mut out, (DefId::Policy, DefKind::Policy), &self.meta.id, location, none, self.meta.title.as_ref());
        }
        for (i, c) in self.clauses.iter().enumerate() {
            push(&mut out, (DefId::Clause(i), DefKind::Clause), &c.number, c.location, none, Some(&c.text));
        }
        for (i, e) in self.enums.iter().enumerate() {
            push(&mut out, (DefId::Enum(i), DefKind::Enum), &e.name, e.location, none, e.description.as_ref());
        }
        let schema = &self.schema;
        for (i, r) in schema.records.iter().enumerate() {
            push(&mut out, (DefId::Record(i), DefKind::Record), &r.path, r.location, none, r.description.as_ref());
        }
        for (i, s) in schema.slots.iter().enumerate() {
            push(&mut out, (DefId::Field(i), DefKind::Field), &s.path, s.location, none, s.description.as_ref());
        }
        for (i, l) in schema.lists.iter().enumerate() {
            push(&mut out, (DefId::List(i), DefKind::List), &l.path, l.location, none, l.description.as_ref());
            for (j, f) in l.fields.iter().enumerate() {
                push(
                    &mut out,
                    (DefId::ElemField(i, j), DefKind::ElemField),
                    &f.path,
                    f.location,
                    none,
                    f.description.as_ref(),
                );
            }
        }
        for (i, v) in self.values.iter().enumerate() {
            push(&mut out, (DefId::Value(i), DefKind::Value), &v.name, v.location, &v.citation, v.description.as_ref());
        }
        for (i, t) in self.tables.iter().enumerate() {
            push(&mut out, (DefId::Table(i), DefKind::Table), &t.name, t.location, &t.citation, t.description.as_ref());
        }
        for (i, p) in self.params.iter().enumerate() {
            push(&mut out, (DefId::Param(i), DefKind::Param), &p.name, p.location, &p.citation, p.description.as_ref());
        }
        for (i, c) in self.curricula.iter().enumerate() {
            push(
                &mut out,
                (DefId::Curriculum(i), DefKind::Curriculum),
                &c.name,
                c.location,
                &c.citation,
                c.description.as_ref(),
            );
        }
        for (i, r) in self.rules.iter().enumerate() {
            push(&mut out, (DefId::Rule(i), DefKind::Rule), &r.name, r.location, &r.citation, r.description.as_ref());
            for (j, e) in r.exceptions.iter().enumerate() {
                push(&mut out, (DefId::Exception(i, j), DefKind::Exception), &e.name, e.location, &e.citation, None);
            }
        }
        for (i, d) in self.documents.iter().enumerate() {
            let name = self.symbol_name(d.kind);
            push(
                &mut out,
                (DefId::Document(i), DefKind::Document),
                name,
                d.location,
                &d.citation,
                d.description.as_ref(),
            );
            for (j, r) in d.requires.iter().enumerate() {
                let description = r.description.as_ref();
                push(
                    &mut out,
                    (DefId::Requirement(i, j), DefKind::Requirement),
                    &r.source,
                    r.location,
                    &r.citation,
                    description,
                );
            }
        }
        for (i, role) in self.roles.iter().enumerate() {
            push(
                &mut out,
                (DefId::Role(i), DefKind::Role),
                &role.name,
                role.location,
                &role.citation,
                role.title.as_ref(),
            );
            for (j, item) in role.items.iter().enumerate() {
                let kind = if item.is_right { DefKind::Right } else { DefKind::Duty };
                push(&mut out, (DefId::RoleItem(i, j), kind), &item.text, item.location, &item.citation, None);
            }
        }
        for (i, p) in self.provisions.iter().enumerate() {
            push(&mut out, (DefId::Provision(i), DefKind::Provision), &p.name, p.location, &p.citation, Some(&p.text));
        }
        for (i, t) in self.tests.iter().enumerate() {
            push(&mut out, (DefId::Test(i), DefKind::Test), &t.name, t.location, none, None);
        }
        out
    }
}

/// Appends one definition to `out`.
fn push<'m>(
    out: &mut Vec<Definition<'m>>,
    (id, kind): (DefId, DefKind),
    name: &'m str,
    location: Location,
    citation: &'m Option<Arc<CitationRef>>,
    description: Option<&'m String>,
) {
    let description = description.map(String::as_str);
    out.push(Definition { id, kind, name, location, citation: citation.as_deref(), description });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A policy with one declaration of every kind.
    const EVERY_KIND: &str = r#"
policy p { title "Положение" }
clause "1" "первый"
enum kind { passport other }
schema case {
  as_of: date
  pupil: {
    grade: int 1..11
  }
  documents: list of { kind: kind  seal: bool } keyed kind
}
param limit: int § "1" = 3
value v § "1" = pupil.grade
table t by pupil.grade § "1" {
  1..4 => 1
  else => 2
}
curriculum c § "1" {
  grades 1 2
  "Математика" 3 3
}
rule r § "1" {
  when v > limit
  violation "x"
}
exception e for r § "1" {
  when v > 2
  allow
}
document passport § "1" {
  require seal "с печатью"
}
role admin "Администрация" {
  duty "следить" § "1"
  right "просить" § "1"
}
provision pr "текст" § "1"
test "t" {
  expect violations []
}
"#;

    /// Every kind, written out so that a new kind fails to compile here until
    /// the fixture above declares one.
    fn sample(kind: DefKind) -> DefKind {
        match kind {
            DefKind::Policy
            | DefKind::Clause
            | DefKind::Enum
            | DefKind::Record
            | DefKind::Field
            | DefKind::List
            | DefKind::ElemField
            | DefKind::Param
            | DefKind::Value
            | DefKind::Table
            | DefKind::Curriculum
            | DefKind::Rule
            | DefKind::Exception
            | DefKind::Document
            | DefKind::Requirement
            | DefKind::Role
            | DefKind::Duty
            | DefKind::Right
            | DefKind::Provision
            | DefKind::Test => kind,
        }
    }

    const ALL: [DefKind; 20] = [
        DefKind::Policy,
        DefKind::Clause,
        DefKind::Enum,
        DefKind::Record,
        DefKind::Field,
        DefKind::List,
        DefKind::ElemField,
        DefKind::Param,
        DefKind::Value,
        DefKind::Table,
        DefKind::Curriculum,
        DefKind::Rule,
        DefKind::Exception,
        DefKind::Document,
        DefKind::Requirement,
        DefKind::Role,
        DefKind::Duty,
        DefKind::Right,
        DefKind::Provision,
        DefKind::Test,
    ];

    #[test]
    fn every_kind_is_defined() {
        let (_, checked) = crate::check_text(EVERY_KIND);
        let defs = checked.model.definitions();
        for kind in ALL.map(sample) {
            assert!(defs.iter().any(|d| d.kind == kind), "no {} in {defs:#?}", kind.word());
        }
        for d in &defs {
            assert_eq!(defs.iter().filter(|x| x.id == d.id).count(), 1, "{:?} twice", d.id);
            let text = &EVERY_KIND[d.location.span.start..d.location.span.end];
            assert!(!text.is_empty(), "{} {} has no span", d.kind.word(), d.name);
        }
    }

    #[test]
    fn carries_names_citations_and_descriptions() {
        let (_, checked) = crate::check_text(EVERY_KIND);
        let defs = checked.model.definitions();
        let find = |kind: DefKind| defs.iter().find(|d| d.kind == kind).copied();
        let value = find(DefKind::Value).map(|d| (d.name, d.citation.map(|c| c.text.as_str())));
        assert_eq!(value, Some(("v", Some("1"))));
        assert_eq!(find(DefKind::Role).and_then(|d| d.description), Some("Администрация"));
        assert_eq!(find(DefKind::Document).map(|d| d.name), Some("passport"));
        assert_eq!(find(DefKind::ElemField).map(|d| d.name), Some("kind"));
    }
}
