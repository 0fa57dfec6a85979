//! The batch summary equals the single reports added up by hand: generated
//! cases (policy-casegen, seed 7) judged by the batch runner under every
//! shipped policy, against `policy_eval::decode` + `evaluate` on each case
//! aggregated here by a second, straightforward implementation.
//!
//! 10,000 cases (10–20 s in a debug build on two cores); `CASES=100000 cargo test
//! --release -p policy-batch --test summary_property` runs more.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;

use jiff::civil::date;
use policy_batch::{Judge, Options, Source};
use policy_check::model::{Model, Severity};
use policy_eval::{CaseFormat, Report, ReportValue, Vocabulary};
use rayon::prelude::*;

fn shipped() -> Vec<Model> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../policies");
    ["murmansk-16", "samara-99", "balashikha-7", "privolzhye-1"]
        .iter()
        .map(|name| {
            let mut ws = policy_check::Workspace::new();
            let root = ws.load(&root.join(format!("{name}.policy")), &mut |p| std::fs::read_to_string(p)).unwrap();
            let checked = policy_check::check(&ws, root);
            assert!(!checked.has_errors(), "{name}");
            checked.model
        })
        .collect()
}

/// One policy's figures, added up by hand.
#[derive(Default, Debug)]
struct ByHand {
    judged: u64,
    unusable: u64,
    with_violations: u64,
    eligible: [u64; 3],
    pay: BTreeMap<String, u64>,
    clauses: BTreeMap<String, u64>,
    documents: BTreeMap<String, u64>,
    due: BTreeMap<String, u64>,
    overdue: BTreeMap<String, u64>,
}

#[test]
fn the_summary_is_the_sum_of_the_single_reports() {
    let count: usize = std::env::var("CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let mut lines: Vec<String> = policy_casegen::Generator::new(7).take(count).map(|c| c.to_string()).collect();
    // Two unusable lines, counted and skipped.
    lines.insert(10, r#"{"pupil": {"grade": "пятый"}}"#.into());
    lines.insert(20, "{not json".into());
    let text = lines.join("\n");
    let models = shipped();
    let today = date(2026, 1, 15);

    let judges: Vec<Judge<'_>> = models.iter().map(Judge::new).collect();
    let mut source = Source::lines("generated", Box::new(Cursor::new(text.clone().into_bytes())));
    let mut order = Vec::new();
    let options = Options { as_of: None, today, json: false };
    let summary = policy_batch::run(&mut source, &judges, options, |case| {
        order.push(case.origin.clone());
        Ok::<(), policy_batch::InputError>(())
    })
    .unwrap();
    assert_eq!(order.len(), count + 2);
    assert!(order.windows(2).all(|w| match (&w[0], &w[1]) {
        (policy_batch::Origin::Line(a), policy_batch::Origin::Line(b)) => a < b,
        _ => false,
    }));
    assert_eq!(summary.cases_read, u64::try_from(count + 2).unwrap());
    assert_eq!(summary.unusable, 2);
    assert_eq!(
        summary.unusable_cases.iter().map(|c| c.origin.text(policy_i18n::Lang::Ru)).collect::<Vec<_>>(),
        ["строка 11", "строка 21"]
    );

    for (model, got) in models.iter().zip(&summary.policies) {
        let vocabulary = Vocabulary::new(model);
        let mut want = ByHand::default();
        // Each case decoded and evaluated on its own (on every core), then added up here.
        let reports: Vec<Option<Report>> = lines
            .par_iter()
            .map(|line| {
                let (case, _) = policy_eval::decode(line, CaseFormat::Json, &model.schema, &vocabulary).ok()?;
                Some(policy_eval::evaluate(model, &case, case.as_of(&model.schema).unwrap_or(today)))
            })
            .collect();
        for report in reports {
            let Some(report) = report else {
                want.unusable += 1;
                continue;
            };
            want.judged += 1;
            let violations: Vec<_> = report.findings.iter().filter(|f| f.severity == Severity::Violation).collect();
            if !violations.is_empty() {
                want.with_violations += 1;
            }
            want.eligible[match report.eligible {
                Some(true) => 0,
                Some(false) => 1,
                None => 2,
            }] += 1;
            let pay = match report.value("pay_mode") {
                Some(ReportValue::Symbol(s)) => s.clone(),
                _ => "none".into(),
            };
            *want.pay.entry(pay).or_default() += 1;
            let mut seen = Vec::new();
            for f in &violations {
                let clause = f.clause.clone().unwrap_or_else(|| "—".into());
                if !seen.contains(&clause) {
                    *want.clauses.entry(clause.clone()).or_default() += 1;
                    seen.push(clause);
                }
                if let Some(rest) = f.rule.strip_prefix("duty.") {
                    let role = rest.split('.').next().unwrap().to_string();
                    *want.overdue.entry(role).or_default() += 1;
                }
            }
            let mut kinds = report.missing_documents.clone();
            kinds.sort();
            kinds.dedup();
            for kind in kinds {
                *want.documents.entry(kind).or_default() += 1;
            }
            for o in report.obligations.iter().filter(|o| o.due.is_some()) {
                *want.due.entry(o.role.clone()).or_default() += 1;
            }
        }
        let name = &model.meta.id;
        assert_eq!(got.policy, *name);
        assert_eq!(got.cases_judged, want.judged, "{name}");
        assert_eq!(got.unusable, want.unusable, "{name}");
        assert_eq!(got.with_violations, want.with_violations, "{name}");
        assert_eq!([got.eligible.yes, got.eligible.no, got.eligible.undecided], want.eligible, "{name}");
        assert_eq!(got.pay_modes, want.pay, "{name}");
        assert_eq!(got.violations, want.clauses, "{name}");
        assert_eq!(got.missing_documents, want.documents, "{name}");
        let due: BTreeMap<String, u64> =
            got.obligations.iter().filter(|(_, d)| d.due > 0).map(|(r, d)| (r.clone(), d.due)).collect();
        let overdue: BTreeMap<String, u64> =
            got.obligations.iter().filter(|(_, d)| d.overdue > 0).map(|(r, d)| (r.clone(), d.overdue)).collect();
        assert_eq!(due, want.due, "{name}");
        assert_eq!(overdue, want.overdue, "{name}");
        // The batch is not trivial: every figure has something in it.
        assert!(!want.clauses.is_empty() && !want.documents.is_empty() && !want.pay.is_empty(), "{name}");
        if name == "murmansk-16" {
            assert!(want.with_violations > 0 && want.with_violations < want.judged, "{want:?}");
            assert!(!want.due.is_empty() && !want.overdue.is_empty(), "{want:?}");
        }
    }
}
