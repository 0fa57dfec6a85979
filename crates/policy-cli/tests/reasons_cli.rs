//! `policy eval` on shipped cases: each finding's «основания» (the JSON
//! `explanation`) names the facts that decided it (issue 16, point 6). The
//! snapshots hold, per finding, its severity, rule, clause and explanation.

mod support;

use std::path::Path;

use support::{json, policy};

/// The findings of `policy eval --format json` as the snapshot shows them.
fn reasons(name: &str, case: &str) -> String {
    let report = json(&policy(&["eval", "--policy", &format!("policies/{name}.policy"), case, "--format", "json"]));
    let mut text = String::new();
    for f in report["findings"].as_array().expect("findings") {
        let field = |key: &str| f[key].as_str().unwrap_or("—").to_string();
        text.push_str(&format!("{} {} (п. {})\n", field("severity"), field("rule"), field("clause")));
        for fact in f["explanation"].as_array().expect("explanation") {
            text.push_str(&format!("  - {}\n", fact.as_str().unwrap_or("?")));
        }
    }
    text
}

fn snapshot(policy: &str, case: &str) {
    let name = Path::new(case).file_stem().and_then(|s| s.to_str()).expect("a case file name");
    let path = format!("policies/tests/{policy}/{case}");
    insta::assert_snapshot!(format!("{policy}-{name}"), reasons(policy, &path), &path);
}

/// Over the cap by a quarter hour: the subjects' sum is the load; the extra
/// and correctional hours, absent, added nothing and are not listed.
#[test]
fn over_the_cap_without_extra_hours() {
    snapshot("murmansk-16", "m02-grade5-over-by-quarter-hour.yaml");
}

/// An increase decided and applied for but not funded: the funding kept the
/// exception away, not the decision and the application.
#[test]
fn an_increase_without_funding() {
    snapshot("murmansk-16", "m04-load-increase-no-funding.yaml");
}

/// A pupil with ОВЗ who can attend school: the categories decide, the grade
/// (within 1–11) does not.
#[test]
fn a_pupil_who_can_attend() {
    snapshot("murmansk-16", "m26-ovz-can-attend-not-eligible.yaml");
    snapshot("privolzhye-1", "22-ovz-can-attend.yaml");
}

/// No end date: the end of the school year stands in for it, and the absent
/// end is listed with it (it decided which date was compared).
#[test]
fn an_end_date_taken_from_the_school_year() {
    snapshot("murmansk-16", "m41-august-start-certificate-to-december.yaml");
}

/// A plan kept at the parents' wish: it is checked because it exists, not
/// because of the pupil's categories.
#[test]
fn an_optional_plan_checked_because_it_exists() {
    snapshot("balashikha-7", "23-optional-plan-approved-by-deputy.yaml");
}
