//! Benchmarks of the language server's features on a 2,000-line policy (the
//! Murmansk policy with generated rules, values, tables and documents appended),
//! importing the shipped case schema. Targets: diagnostics 20 ms, hover and
//! completion 5 ms.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use policy_lsp::Analysis;
use policy_syntax::ColumnEncoding;
use tower_lsp_server::ls_types::Position;

fn policies() -> PathBuf {
    policy_lsp::vfs::normalize(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../policies"))
}

/// The Murmansk policy grown to at least `lines` lines.
fn big_policy(lines: usize) -> String {
    let mut text = std::fs::read_to_string(policies().join("murmansk-16.policy")).expect("murmansk-16.policy");
    let mut i = 0;
    while text.lines().count() < lines {
        text.push_str(&format!(
            r#"
# ---- generated block {i}: пункт 16, недельная нагрузка
value extra_hours_{i} § "16" "дополнительные часы, блок {i}" =
  (plan.extracurricular_hours ?? 0) + (plan.correctional_hours ?? 0) + {i}

table extra_cap_{i} by pupil.grade § "16" "предел, блок {i}" {{
  1..4   "I–IV"   => 8 h
  5..8   "V–VIII" => 10 h
  9..11  "IX–XI"  => 12 h
}}

rule extra_load_{i} § "16" "нагрузка с дополнительными часами, блок {i}" {{
  when weekly_hours + extra_hours_{i} > extra_cap_{i}
  when disabled in pupil.categories or request.form = home
  warning "Нагрузка {{weekly_hours}} ч и ещё {{extra_hours_{i}}} ч превышают предел {{extra_cap_{i}}} ч"
}}

document education_committee_order § "9.1" "приказ комитета, блок {i}"
  when count(events.order) > {i} and documents.school_order.approved_by = director
"#
        ));
        i += 1;
    }
    text
}

fn analysis(policy: &str) -> Analysis {
    let schema = std::fs::read_to_string(policies().join("case-schema.policy")).expect("case-schema.policy");
    Analysis::from_texts(
        [(policies().join("murmansk-16.policy"), policy.to_string()), (policies().join("case-schema.policy"), schema)],
        ColumnEncoding::Utf16,
    )
}

/// The UTF-16 position of `needle` plus `delta` bytes.
fn position(text: &str, needle: &str, delta: usize) -> Position {
    let offset = text.find(needle).expect("needle") + delta;
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    Position::new(text[..offset].matches('\n').count() as u32, text[line_start..offset].encode_utf16().count() as u32)
}

fn bench(c: &mut Criterion) {
    let policy = big_policy(2000);
    let path = policies().join("murmansk-16.policy");
    #[allow(clippy::print_stderr)]
    {
        eprintln!("benchmark policy: {} lines", policy.lines().count());
    }

    c.bench_function("diagnostics: check and convert a 2000-line policy after an edit", |b| {
        b.iter_batched(
            || analysis(&policy),
            |a| policy_lsp::diagnostics::workspace_diagnostics(&a),
            BatchSize::SmallInput,
        )
    });

    let citation = position(&policy, "rule weekly_load § \"16\"", "rule weekly_load § \"1".len());
    c.bench_function("hover: clause citation, first request after an edit (builds the index)", |b| {
        b.iter_batched(
            || {
                let a = analysis(&policy);
                let _ = a.root(&path);
                a
            },
            |a| policy_lsp::hover::hover(&a, &path, citation).expect("hover"),
            BatchSize::SmallInput,
        )
    });
    let warm = analysis(&policy);
    let _ = policy_lsp::diagnostics::workspace_diagnostics(&warm);
    c.bench_function("hover: clause citation", |b| {
        b.iter(|| policy_lsp::hover::hover(&warm, &path, citation).expect("hover"))
    });
    let field = position(&policy, "pupil.grade in 1..11", "pupil.gr".len());
    c.bench_function("hover: case field", |b| b.iter(|| policy_lsp::hover::hover(&warm, &path, field).expect("hover")));

    let anchor = policy.find("rule weekly_load").expect("anchor");
    let line_end = anchor + policy[anchor..].find('\n').expect("line");
    let typed = format!("{}\n  when pupil.{}", &policy[..line_end], &policy[line_end..]);
    let at = position(&typed, "\n  when pupil.", "\n  when pupil.".len());
    let typed_analysis = analysis(&typed);
    let _ = policy_lsp::diagnostics::workspace_diagnostics(&typed_analysis);
    c.bench_function("completion: after `pupil.`", |b| {
        b.iter(|| policy_lsp::completion::completion(&typed_analysis, &path, at).expect("items"))
    });
    let general = position(&typed, "\n  when pupil.", "\n  when ".len());
    c.bench_function("completion: keywords and names in a rule", |b| {
        b.iter(|| policy_lsp::completion::completion(&typed_analysis, &path, general).expect("items"))
    });
    c.bench_function("semantic tokens: whole 2000-line file", |b| {
        b.iter(|| policy_lsp::semantic_tokens::semantic_tokens(&warm, &path, None).expect("tokens"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
