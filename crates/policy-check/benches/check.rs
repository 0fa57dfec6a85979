//! Parsing and checking speed: all shipped policies together (target < 5 ms on
//! one core), a generated 2,000-line policy (target < 10 ms), and pathological
//! input, which must end with a diagnostic in under a second.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion};
use policy_check::{check, Workspace};

fn policies_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../policies")
}

/// Loads every shipped policy (texts read once, outside the measurement).
fn shipped_texts() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(policies_dir()) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "policy") {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    out.push((path, text));
                }
            }
        }
    }
    out.sort();
    out
}

/// A policy of about 2,000 lines in the shape of the shipped ones.
fn generated_policy() -> String {
    let schema = std::fs::read_to_string(policies_dir().join("case-schema.policy")).unwrap_or_default();
    let mut text = schema;
    text.push_str("policy generated {\n  school \"Школа\"\n}\n");
    text.push_str(
        "table max_weekly_hours by pupil.grade § \"1\" {\n  1..4 => 8 h\n  5..8 => 10 h\n  9..11 => 12 h\n}\n",
    );
    let mut i = 0;
    while text.lines().count() < 2_000 {
        text.push_str(&format!(
            "clause \"{i}\" \"\"\"Пункт {i}: недельная нагрузка обучающегося не выше предела.\"\"\"\n\
             value v{i} § \"{i}\" = plan.weekly_hours ?? sum(plan.subjects.hours) + {i}\n\
             rule r{i} § \"{i}\" {{\n  when v{i} > max_weekly_hours and disabled in pupil.categories\n  violation \"Нагрузка {{v{i}}} ч\"\n}}\n\
             document medical_certificate § \"{i}\" when pupil.grade = {} {{\n  require seal \"гербовая печать\"\n}}\n",
            i % 11 + 1
        ));
        i += 1;
    }
    text
}

fn bench(c: &mut Criterion) {
    let texts = shipped_texts();
    c.bench_function("parse and check all shipped policies", |b| {
        b.iter(|| {
            let mut ws = Workspace::new();
            let mut roots = Vec::new();
            for (path, text) in &texts {
                roots.push(ws.add(path.clone(), text.clone()));
            }
            for id in roots.clone() {
                ws.resolve_imports(id, &mut |p: &Path| match texts.iter().find(|(q, _)| q == p) {
                    Some((_, t)) => Ok(t.clone()),
                    None => Err(()),
                });
            }
            roots.iter().map(|r| check(&ws, *r).diagnostics.len()).sum::<usize>()
        })
    });
    let generated = generated_policy();
    c.bench_function("parse and check a 2,000-line policy", |b| {
        b.iter(|| {
            let (_, checked) = policy_check::check_text(&generated);
            checked.diagnostics.len()
        })
    });
    c.bench_function("parse a 2,000-line policy", |b| b.iter(|| policy_syntax::parse(&generated).file.decls.len()));
}

/// Inputs built to hurt a recursive-descent parser, by name.
fn pathological_inputs() -> Vec<(&'static str, String)> {
    let mut unclosed = String::from("rule broken { when (pupil.grade > 3 violation \"x\" }\n");
    for i in 0..5_000 {
        unclosed.push_str(&format!("value v{i} = {i}\n"));
    }
    let line = "value нагрузка = 1 + 2 * 3 # комментарий\n";
    vec![
        ("10,000 nested parentheses", format!("value v = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000))),
        ("10,000 nested ifs", format!("value x = {}1{}\n", "if true then ".repeat(10_000), " else 2".repeat(10_000))),
        ("an unclosed bracket atop 5,000 lines", unclosed),
        ("a 10 MB file", line.repeat(10 * 1024 * 1024 / line.len())),
    ]
}

fn pathological(c: &mut Criterion) {
    let mut group = c.benchmark_group("pathological (target < 1 s)");
    group.sample_size(10);
    for (name, text) in pathological_inputs() {
        group.bench_function(name, |b| b.iter(|| policy_check::check_text(&text).1.diagnostics.len()));
    }
    group.finish();
}

criterion_group!(benches, bench, pathological);
criterion_main!(benches);
