//! The case schema as a tree: the case's members ([`Schema::root`]), each
//! record's ([`RecordDef::members`]), each list's element fields
//! ([`ListDef::fields`]). Built once while checking; the decoder, the JSON
//! Schema generator and completion walk it instead of splitting dotted paths.

use crate::model::{Member, RecordDef, Schema};

impl Schema {
    /// The members of a record (`None`: of the case itself), in declaration order.
    pub fn members(&self, record: Option<usize>) -> &[(String, Member)] {
        match record {
            None => &self.root,
            Some(r) => self.records.get(r).map_or(&[], |r: &RecordDef| r.members.as_slice()),
        }
    }

    /// What a dotted path of records and a last member (`pupil.grade`) names.
    pub fn member(&self, path: &str) -> Option<Member> {
        let mut record = None;
        let mut found = None;
        for seg in path.split('.') {
            if found.is_some() && record.is_none() {
                return None;
            }
            let member = self.members(record).iter().find(|(n, _)| n == seg).map(|&(_, m)| m)?;
            record = match member {
                Member::Record(r) => Some(r),
                Member::Field(_) | Member::List(_) => None,
            };
            found = Some(member);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMA: &str = r#"
schema c {
  as_of: date
  pupil: {
    grade: int 1..11
    health: {
      ovz: bool
    }?
  }
  plan: {
    subjects: list of { name: text  hours: decimal }
  }
}
"#;

    #[test]
    fn records_hold_their_members_in_declaration_order() {
        let (_, checked) = crate::check_text(SCHEMA);
        let schema = &checked.model.schema;
        let names = |members: &[(String, Member)]| members.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(names(schema.members(None)), ["as_of", "pupil", "plan"]);
        let Some(Member::Record(pupil)) = schema.member("pupil") else { panic!("pupil is a record") };
        assert_eq!(names(schema.members(Some(pupil))), ["grade", "health"]);
        let Some(Member::Field(grade)) = schema.member("pupil.grade") else { panic!("pupil.grade is a field") };
        assert_eq!(schema.slots[grade].path, "pupil.grade");
        let Some(Member::Record(health)) = schema.member("pupil.health") else { panic!("a record") };
        assert!(schema.records[health].optional);
        assert_eq!(schema.member("pupil.health.ovz").map(|m| matches!(m, Member::Field(_))), Some(true));
        let Some(Member::List(subjects)) = schema.member("plan.subjects") else { panic!("a list") };
        let fields: Vec<&str> = schema.lists[subjects].fields.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(fields, ["name", "hours"]);
        assert_eq!(schema.member("pupil.grade.x"), None);
        assert_eq!(schema.member("nothing"), None);
    }

    #[test]
    fn every_slot_list_and_record_is_in_the_tree_once() {
        let (_, checked) = crate::check_text(SCHEMA);
        let schema = &checked.model.schema;
        let mut members: Vec<Member> = schema.root.iter().map(|&(_, m)| m).collect();
        members.extend(schema.records.iter().flat_map(|r| r.members.iter().map(|&(_, m)| m)));
        let count = |m: Member| members.iter().filter(|&&x| x == m).count();
        assert!((0..schema.slots.len()).all(|s| count(Member::Field(s)) == 1));
        assert!((0..schema.lists.len()).all(|l| count(Member::List(l)) == 1));
        assert!((0..schema.records.len()).all(|r| count(Member::Record(r)) == 1));
        assert_eq!(members.len(), schema.slots.len() + schema.lists.len() + schema.records.len());
    }
}
