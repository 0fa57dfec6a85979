//! murmansk-16's required documents: present, and meeting every requirement.

use policy_check::model::Severity;
use policy_eval::Report;

use crate::case::{Addressee, Approver, Category, Doc, DocKind};
use crate::rules::{finding, Facts};

/// A document's requirement: what it says, and whether a document meets it.
type Require<'a> = (&'a str, &'a dyn Fn(&Doc) -> bool);

/// A required document, as the policy declares it.
struct Required<'a> {
    kind: DocKind,
    name: &'a str,
    clause: &'a str,
    title: &'a str,
    requires: &'a [Require<'a>],
}

/// Judges the required documents in the policy's order.
pub(crate) fn judge(f: &Facts, r: &mut Report) {
    let two_copies: Require = ("в двух экземплярах", &|d| d.copies.is_some_and(|n| n >= 2));
    let by_deputy: Require = ("утверждено заместителем директора по УВР", &|d| {
        d.approved_by == Some(Approver::DeputyDirector)
    });
    let mut required = vec![
        Required {
            kind: DocKind::MedicalCertificate,
            name: "medical_certificate",
            clause: "5",
            title: "медицинское заключение лечебного учреждения",
            requires: &[
                ("имеет угловой штамп", &|d| d.stamp == Some(true)),
                ("заверено гербовой печатью", &|d| d.seal == Some(true)),
            ],
        },
        Required {
            kind: DocKind::ParentApplication,
            name: "parent_application",
            clause: "5",
            title: "письменное заявление родителей на имя директора школы",
            requires: &[("на имя директора школы", &|d| {
                d.addressed_to == Some(Addressee::Director)
            })],
        },
        Required {
            kind: DocKind::SchoolOrder,
            name: "school_order",
            clause: "9.1",
            title: "приказ по школе о переводе на индивидуальное обучение",
            requires: &[],
        },
    ];
    if f.case.pupil.categories.contains(&Category::Disabled) {
        required.push(Required {
            kind: DocKind::EducationCommitteeOrder,
            name: "education_committee_order",
            clause: "9.1",
            title: "приказ комитета по образованию администрации г. Мурманска (для детей-инвалидов)",
            requires: &[],
        });
    }
    let schedule = [
        two_copies,
        ("письменно согласовано с родителями", &|d: &Doc| {
            d.agreed_with_parents == Some(true)
        }),
        by_deputy,
    ];
    let calendar_plan = [two_copies, by_deputy];
    required.extend([
        Required {
            kind: DocKind::Schedule,
            name: "schedule",
            clause: "17",
            title: "расписание занятий",
            requires: &schedule,
        },
        Required {
            kind: DocKind::Journal,
            name: "journal",
            clause: "21–23",
            title: "специальный журнал учёта успеваемости",
            requires: &[],
        },
        Required {
            kind: DocKind::CalendarPlan,
            name: "calendar_plan",
            clause: "24",
            title: "календарно-тематическое планирование на каждого обучающегося",
            requires: &calendar_plan,
        },
    ]);
    for doc in &required {
        document(f, r, doc);
    }
}

/// One required document. Of several of its kind, the first meeting every
/// requirement is judged, else the first.
fn document(f: &Facts, r: &mut Report, doc: &Required) {
    let rule = || format!("document.{}", doc.name);
    let mut docs = f.case.documents.iter().filter(|d| d.kind == doc.kind);
    let Some(first) = docs.next() else {
        r.missing_documents.push(doc.name.into());
        r.findings.push(finding(Severity::Violation, &rule(), doc.clause, format!("нет документа: {}", doc.title)));
        return;
    };
    let good = |d: &Doc| doc.requires.iter().all(|(_, ok)| ok(d));
    if good(first) || docs.any(good) {
        return;
    }
    for (what, ok) in doc.requires {
        if !ok(first) {
            r.findings.push(finding(
                Severity::Violation,
                &rule(),
                doc.clause,
                format!("{} — требуется: {what}", doc.title),
            ));
        }
    }
    r.missing_documents.push(doc.name.into());
}
