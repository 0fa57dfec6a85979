//! What a YAML or TOML parser reported, in the reader's words: the parsers speak English
//! (`duplicate key`, `mapping values are not allowed in this context`), so the problems a
//! person typing a case makes most are recognised and said in the reader's language, with the
//! parser's own words after them for whoever searches for them. A problem not recognised is
//! shown as the parser wrote it.

use policy_i18n::{msg, Message};

/// The kinds of problem recognised, each by words of the parsers' messages (lower case) and
/// the variant of `case-parser-problem` (`locales/*/case.ftl`) that says it.
const KINDS: &[(&[&str], &str)] = &[
    (&["duplicate key", "duplicated key"], "duplicate-key"),
    (&["tabs ", "a tab", "tab character"], "tab"),
    (&["unclosed", "end of stream", "missing closing", "unterminated"], "unclosed"),
    (&["mapping values are not allowed", "illegal placement of ':'"], "colon"),
    (&["indent"], "indentation"),
    (&["did not find expected key", "did not find expected '-'", "expected <block end>"], "structure"),
    (&["missing assignment", "expected `=`", "expected '='"], "assignment"),
    (&["missing comma"], "comma"),
    (&["invalid key", "invalid unquoted key", "unquoted keys cannot be empty", "missing key"], "key"),
    (&["missing value"], "value"),
    (&["string", "quote", "escape"], "string"),
];

/// The parser's `message` in the reader's words.
pub(super) fn parser_problem(message: &str) -> Message {
    let original = message.trim().to_owned();
    let lower = original.to_lowercase();
    match KINDS.iter().find(|(words, _)| words.iter().any(|w| lower.contains(w))) {
        Some((_, kind)) => msg!("case-parser-problem", kind = *kind, original = original),
        None => Message::from(original),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use policy_i18n::Lang;

    #[test]
    fn a_known_problem_is_said_in_either_language_with_the_parsers_words() {
        let duplicate = parser_problem("duplicate key");
        assert_eq!(duplicate.render(Lang::Ru), "ключ повторяется (duplicate key)");
        assert_eq!(duplicate.render(Lang::En), "a key is repeated (duplicate key)");
        let colon = parser_problem("illegal placement of ':' indicator");
        assert!(colon.render(Lang::Ru).starts_with("двоеточие не на месте"), "{}", colon.render(Lang::Ru));
        assert_eq!(parser_problem("something new").render(Lang::Ru), "something new");
    }
}
