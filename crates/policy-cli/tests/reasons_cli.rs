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

/// `policy eval --lang LANG` on every case of every shipped policy: the policy, the case file
/// and the text report.
fn shipped_reports(lang: &str) -> Vec<(&'static str, String, String)> {
    let mut reports = Vec::new();
    for name in ["balashikha-7", "murmansk-16", "privolzhye-1", "samara-99"] {
        let dir = support::root().join("policies/tests").join(name);
        let mut cases: Vec<_> =
            std::fs::read_dir(&dir).expect("the policy's cases").flatten().map(|e| e.path()).collect();
        cases.sort();
        for case in cases.iter().filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "json")) {
            let case = case.to_str().expect("a UTF-8 path").to_owned();
            let out = policy(&["eval", "--lang", lang, "--policy", &format!("policies/{name}.policy"), &case]);
            reports.push((name, case, support::stdout(&out)));
        }
    }
    reports
}

/// The Russian text report says every reason in words: no built-in call, ISO date, event or
/// exception identifier of the JSON is left in «основания», on any case of any shipped
/// policy (a field's path may follow its title in brackets, for the developer).
#[test]
fn the_russian_report_says_every_reason_in_words() {
    let code = [
        "sum(",
        "count(",
        "max_count_by(",
        "school_year_start(",
        "исключение director_increase",
        "событие teacher_ill",
    ];
    let mut checked = 0;
    for (name, case, text) in shipped_reports("ru") {
        let mut in_reasons = false;
        for line in text.lines() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("основания:") {
                in_reasons = true;
                continue;
            }
            if !trimmed.starts_with("– ") {
                in_reasons = false;
            }
            if !in_reasons {
                continue;
            }
            checked += 1;
            assert!(!code.iter().any(|c| trimmed.contains(c)), "{name} {case}: a reason in code: {trimmed}");
            let iso = trimmed.as_bytes().windows(10).any(|w| {
                w.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() })
            });
            assert!(!iso, "{name} {case}: an ISO date in a reason: {trimmed}");
        }
    }
    assert!(checked > 200, "only {checked} reasons were read: the report's layout changed?");
}

/// The English text report says the evaluator's own words in English — the findings it writes
/// itself, the facts of the grounds, the citations — on any case of any shipped policy; only
/// the policy's words (its messages, titles, duties, row labels) and the case's data stay
/// Russian.
#[test]
fn the_english_report_says_the_evaluators_words_in_english() {
    // The evaluator's Russian words (`locales/ru/eval.ftl`), as they would show through.
    let russian = [
        "п. ",
        "пп. ",
        "нет документа",
        "требуется:",
        "в деле:",
        "не указано",
        "не проверен",
        "исключение ",
        "не применяется",
        "не установлено",
        "не исполнено",
        "не вычисляется",
        "нет в деле",
        "внешний норматив",
        "нет строки",
        "событие ",
        "срок ",
        "каждые ",
        "каждую ",
        "учебного года",
        "правило ",
        "дело не может быть оценено",
    ];
    let english = ["missing document: ", " — required: ", "; in the case: ", ": not stated", "exception ", "cl. "];
    let mut seen = [0usize; 6];
    let mut checked = 0;
    for (name, case, text) in shipped_reports("en") {
        // A finding: its heading, its message, its grounds; not its quotes and readings.
        let mut in_finding = false;
        for line in text.lines() {
            let trimmed = line.trim_start();
            let heading = ["✗ ", "! ", "i "].iter().any(|m| line.starts_with(&format!("  {m}")));
            if heading {
                in_finding = true;
            } else if !line.starts_with("    ") {
                in_finding = false;
            }
            let policy_words = trimmed.starts_with("cl. ") && trimmed.contains(": «")
                || trimmed.starts_with("Reading: ")
                || trimmed == "grounds:";
            if !in_finding || policy_words {
                continue;
            }
            checked += 1;
            for (n, word) in english.iter().enumerate() {
                seen[n] += usize::from(trimmed.contains(word));
            }
            if heading {
                assert!(
                    !russian[..2].iter().any(|w| trimmed.contains(&format!(" {w}"))),
                    "{name} {case}: a Russian citation in an English heading: {trimmed}"
                );
                continue;
            }
            // The message of a rule is the policy's own: the evaluator's words are checked
            // in the findings it writes and in every fact.
            let evaluators = trimmed.starts_with("– ")
                || english[..3].iter().any(|w| trimmed.contains(w))
                || trimmed.contains(" was not checked: ")
                || trimmed.starts_with("not done");
            if evaluators {
                let policy_text = trimmed.contains(" — required: ") || trimmed.starts_with("not done");
                for word in &russian[2..] {
                    // A document's requirement and a duty's text are the policy's words.
                    let allowed = policy_text && ["срок ", "не "].iter().any(|w| word.starts_with(w));
                    assert!(
                        allowed || !trimmed.contains(word),
                        "{name} {case}: the evaluator's Russian «{word}» in an English report: {trimmed}"
                    );
                }
            }
        }
    }
    assert!(checked > 300, "only {checked} lines were read: the report's layout changed?");
    for (word, n) in english.iter().zip(seen) {
        assert!(n > 0, "no English report said «{word}»: the words changed?");
    }
}
