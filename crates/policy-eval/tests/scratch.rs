//! Judging many cases with one [`Scratch`] (and one report written over
//! again and again) gives, case after case, the very report a fresh
//! [`evaluate`] gives.

use std::path::{Path, PathBuf};

use jiff::civil::date;
use policy_eval::{decode, evaluate, CaseFormat, Report, Scratch, Vocabulary};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn a_reused_scratch_and_report_judge_as_a_fresh_evaluation() {
    let dir = repo().join("policies/tests");
    let mut policies: Vec<_> = std::fs::read_dir(&dir).expect("policies/tests").flatten().map(|e| e.path()).collect();
    policies.sort();
    let mut judged = 0;
    for cases in policies {
        let name = cases.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let path = repo().join("policies").join(format!("{name}.policy"));
        let mut ws = policy_check::Workspace::new();
        let root = ws.load(&path, &mut |p| std::fs::read_to_string(p)).expect("a shipped policy");
        let model = policy_check::check(&ws, root).model;
        let vocab = Vocabulary::new(&model);
        let mut scratch = Scratch::new(&model);
        let mut reused: Option<Report> = None;
        let mut files: Vec<_> = std::fs::read_dir(&cases).expect("cases").flatten().map(|e| e.path()).collect();
        files.sort();
        // Twice over, so that every case meets a report left by another.
        for file in files.iter().chain(files.iter().rev()) {
            let Some(format) = CaseFormat::from_path(file) else { continue };
            let text = std::fs::read_to_string(file).expect("a case");
            let Ok((case, _)) = decode(&text, format, &model.schema, &vocab) else { continue };
            let as_of = case.as_of(&model.schema).unwrap_or(date(2025, 12, 15));
            let fresh = evaluate(&model, &case, as_of);
            assert_eq!(scratch.evaluate(&case, as_of), fresh, "{}", file.display());
            let report = match reused.as_mut() {
                Some(report) => {
                    scratch.evaluate_into(&case, as_of, report);
                    report
                }
                None => reused.insert(scratch.evaluate(&case, as_of)),
            };
            assert_eq!(*report, fresh, "{}", file.display());
            judged += 1;
        }
    }
    assert!(judged > 100, "the shipped policies' test cases: {judged}");
}
