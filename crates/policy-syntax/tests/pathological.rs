//! Pathological input ends with a diagnostic: no stack overflow, no hang.

use policy_syntax::parse;
use policy_syntax::Code;

#[test]
fn ten_thousand_nested_parentheses() {
    let text = format!("value v = {}1{}\nvalue w = 2\n", "(".repeat(10_000), ")".repeat(10_000));
    let parsed = parse(&text);
    assert!(parsed.diagnostics.iter().any(|d| d.code == Code::NestingTooDeep));
    // The declaration after the deep one still parses.
    assert!(parsed.file.decls.len() >= 2);
}

#[test]
fn unclosed_bracket_at_the_top_of_a_long_file() {
    let mut text = String::from("rule broken { when (pupil.grade > 3 violation \"x\" }\n");
    for i in 0..5_000 {
        text.push_str(&format!("value v{i} = {i}\n"));
    }
    let parsed = parse(&text);
    assert!(!parsed.diagnostics.is_empty());
    assert!(parsed.file.decls.len() > 5_000, "later declarations survive: {}", parsed.file.decls.len());
}

#[test]
fn ten_megabyte_file() {
    let line = "value нагрузка = 1 + 2 * 3 # комментарий\n";
    let lines = 10 * 1024 * 1024 / line.len();
    let text = line.repeat(lines);
    let parsed = parse(&text);
    assert!(parsed.diagnostics.is_empty());
    assert_eq!(parsed.file.decls.len(), lines);
    assert_eq!(parsed.file.comments.len(), lines);
}

#[test]
fn random_bytes_do_not_panic() {
    let mut seed: u32 = 12345;
    for _ in 0..200 {
        let text: String = (0..200)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let choices = "{}()[]\"#§=><.,:?ab в1\n ";
                choices.chars().nth((seed >> 16) as usize % choices.chars().count()).unwrap_or(' ')
            })
            .collect();
        let _ = parse(&text);
    }
}

#[test]
fn ten_thousand_nested_ifs_stop_the_parse_with_a_diagnostic() {
    let text = format!("value x = {}1{}\n", "if true then ".repeat(10_000), " else 2".repeat(10_000));
    let parsed = parse(&text);
    let stop = parsed.diagnostics.iter().find(|d| d.code == Code::TooComplex).expect("a P0100 diagnostic");
    assert!(stop.message.to_string().contains("nests too deeply"), "{}", stop.message);
    assert!(stop.span.start > 100, "points where the parse stopped, not at the top: {}", stop.span.start);
}

#[test]
fn ten_thousand_prefix_operators_make_one_error() {
    let text = format!("value x = {}true\nvalue y = 1\n", "not ".repeat(10_000));
    let parsed = parse(&text);
    assert_eq!(
        parsed.diagnostics.iter().filter(|d| d.code == Code::ExpressionTooDeep).count(),
        1,
        "{:?}",
        parsed.diagnostics
    );
    assert_eq!(parsed.file.decls.len(), 2, "the next declaration still parses");
}

#[test]
fn a_sum_of_a_hundred_thousand_terms_makes_one_error() {
    let text = format!("value x = {}\n", vec!["1"; 100_000].join(" + "));
    let parsed = parse(&text);
    assert_eq!(
        parsed.diagnostics.iter().filter(|d| d.code == Code::ExpressionTooDeep).count(),
        1,
        "{:?}",
        parsed.diagnostics
    );
}

#[test]
fn long_expressions_within_the_limit_parse() {
    let terms = policy_syntax::MAX_EXPR_DEPTH - 2;
    let text = format!("value x = {}\n", vec!["1"; terms].join(" + "));
    assert!(parse(&text).diagnostics.is_empty());
}
