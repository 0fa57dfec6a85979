//! Large and deep input is formatted without overflowing the stack.

use policy_fmt::format;
use policy_syntax::Code;

#[test]
fn nesting_up_to_the_parser_limit() {
    let depth = policy_syntax::MAX_NESTING - 1;
    let text = format!("value v =   {}1{}\n", "(".repeat(depth), ")".repeat(depth));
    let formatted = format(&text, None).unwrap();
    assert_eq!(formatted, format!("value v = {}1{}\n", "(".repeat(depth), ")".repeat(depth)));
}

#[test]
fn the_longest_chain_of_operators_the_parser_accepts() {
    let terms: Vec<String> = (0..policy_syntax::MAX_EXPR_DEPTH - 1).map(|i| format!("a{i}")).collect();
    let text = format!("value v = {}\n", terms.join("  +\n  "));
    let formatted = format(&text, None).unwrap();
    assert_eq!(format(&formatted, None).unwrap(), formatted);
    assert!(formatted.starts_with("value v = a0\n  + a1\n"), "{}", &formatted[..40]);
}

#[test]
fn a_longer_chain_is_refused_with_the_parser_diagnostic() {
    let terms: Vec<String> = (0..20_000).map(|i| format!("a{i}")).collect();
    let text = format!("value v = {}\n", terms.join(" + "));
    let err = format(&text, None).unwrap_err();
    assert!(
        matches!(err, policy_fmt::FormatError::Syntax(ref d) if d.iter().any(|d| d.code == Code::ExpressionTooDeep)),
        "{err}"
    );
}

#[test]
fn a_one_megabyte_file() {
    let text = "value   нагрузка=1+2*3 # комментарий\n".repeat(20_000);
    let formatted = format(&text, None).unwrap();
    assert_eq!(formatted.lines().count(), 20_000);
    assert!(formatted.starts_with("value нагрузка = 1 + 2 * 3 # комментарий\nvalue нагрузка"));
}

#[test]
fn a_repeated_outcome_is_refused_rather_than_dropped() {
    let text = "rule r { when a violation \"первое\" warning \"второе\" }\n";
    let err = format(text, None).unwrap_err();
    // The parser reports the repetition (P0107), so the file is not formatted at all.
    assert!(
        matches!(err, policy_fmt::FormatError::Syntax(ref d) if d.iter().any(|d| d.code == Code::RepeatedItem)),
        "{err}"
    );
}
