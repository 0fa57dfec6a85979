//! Explains an error node of the token tree: pest's parser for the same
//! grammar is run on the rules that were expected there, which yields pest's
//! "expected …" at the exact position; a misspelled keyword gets a
//! did-you-mean suggestion.

use crate::code::Code;
use std::num::NonZeroUsize;
use std::sync::Once;

use pest::error::{ErrorVariant, InputLocation};
use pest::Parser as _;

use crate::ast::Span;
use crate::diagnostic::{Diagnostic, Suggestion};
use crate::grammar::{PolicyParser, Rule};
use crate::keyword_rules::keyword_of;
use crate::keywords::{Keyword, KeywordLanguage};
use crate::suggest::{did_you_mean, did_you_mean_help};
use policy_i18n::{msg, Lang, Message};

/// The rule calls pest may make to explain one error node (bounds backtracking).
const CALL_LIMIT: usize = 10_000_000;

/// The diagnostic for an error node at `span` in `text`, found where one of
/// `block`'s items (or, for [`Rule::file`], a declaration) was expected; the
/// keywords it names are spelled in `language`, the file's.
pub(crate) fn explain_error(text: &str, span: Span, block: Rule, language: KeywordLanguage) -> Diagnostic {
    static INIT: Once = Once::new();
    INIT.call_once(|| pest::set_call_limit(NonZeroUsize::new(CALL_LIMIT)));

    let mut best: Option<(usize, Vec<Rule>)> = None;
    for &rule in expected_rules(block) {
        if let Err(err) = PolicyParser::parse(rule, &text[span.start..]) {
            let pos = match err.location {
                InputLocation::Pos(p) => p,
                InputLocation::Span((s, _)) => s,
            };
            let positives = match err.variant {
                ErrorVariant::ParsingError { positives, .. } => positives,
                ErrorVariant::CustomError { .. } => Vec::new(),
            };
            let better = match &best {
                Some((p, _)) => pos > *p,
                None => true,
            };
            if better {
                best = Some((pos, positives));
            }
        }
    }
    let (pos, positives) = best.unwrap_or((0, Vec::new()));
    let at = (span.start + pos).min(span.end.max(span.start));
    let found = word_at(text, at);
    let mut expected: Vec<Message> = positives.iter().map(|r| describe_rule(*r, language)).collect();
    // In the order of their English words, as the reference lists them.
    expected.sort_by_cached_key(|m| m.render(Lang::En));
    expected.dedup();
    let expected = match expected.pop() {
        None => describe_rule(expected_rules(block)[0], language),
        Some(only) if expected.is_empty() => only,
        Some(last) => msg!("check-one-of", items = Message::list(expected, ", "), last = last),
    };
    let end = if found.is_empty() { at } else { at + found.len() }.min(line_end(text, at).max(at));
    let message = if found.is_empty() {
        msg!("check-expected", expected = expected.clone())
    } else {
        msg!("check-expected-found", expected = expected.clone(), found = found.to_owned())
    };
    let mut diagnostic = Diagnostic::new(
        Code::UnexpectedText,
        message,
        Span::new(at, end),
        msg!("check-expected-here", expected = expected),
    );
    if block == Rule::file {
        let word: String = found.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if let Some(keyword) = closest_declaration_keyword(&word) {
            diagnostic = diagnostic.with_help(msg!("check-declaration-keyword", keyword = keyword));
            diagnostic.suggestion =
                Some(Suggestion { span: Span::new(at, at + word.len()), replacement: keyword.to_string() });
        } else {
            let keywords = [
                Keyword::Policy,
                Keyword::Clause,
                Keyword::Rule,
                Keyword::Value,
                Keyword::Table,
                Keyword::Document,
                Keyword::Role,
            ]
            .map(|k| format!("`{}`", k.spelling(language)))
            .join(", ");
            diagnostic = diagnostic.with_help(msg!("check-declaration-keyword-help", keywords = keywords));
        }
    } else {
        let word: String = found.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let spellings = Keyword::ALL.iter().map(|k| k.spelling(Keyword::language_of(&word)));
        match did_you_mean(&word, spellings) {
            Some(keyword) if !word.is_empty() => {
                diagnostic = diagnostic.with_help(did_you_mean_help(keyword));
                diagnostic.suggestion =
                    Some(Suggestion { span: Span::new(at, at + word.len()), replacement: keyword.to_string() });
            }
            _ => {
                diagnostic = diagnostic
                    .with_help(msg!("check-write-here", what = describe_rule(expected_rules(block)[0], language)));
            }
        }
    }
    diagnostic
}

/// Which rules may stand at the place of an error node (to explain it).
fn expected_rules(block: Rule) -> &'static [Rule] {
    match block {
        Rule::policy_decl => &[Rule::meta_item],
        Rule::enum_decl | Rule::extend_enum_decl => &[Rule::enum_variant],
        Rule::schema_decl | Rule::extend_schema_decl | Rule::record_type | Rule::list_type => &[Rule::field_decl],
        Rule::table_decl => &[Rule::table_row],
        Rule::curriculum_decl => &[Rule::curriculum_row],
        Rule::rule_decl => &[Rule::rule_item],
        Rule::exception_decl => &[Rule::exception_item],
        Rule::document_decl => &[Rule::require_item],
        Rule::role_decl => &[Rule::duty_item, Rule::right_item],
        Rule::test_decl => &[Rule::case_item, Rule::expect_item],
        Rule::calendar_year_decl => &[Rule::calendar_days],
        _ => &[Rule::declaration],
    }
}

/// Keywords in `language` as "`a`, `b` or `c`".
fn keywords_one_of(keywords: &[Keyword], language: KeywordLanguage) -> Message {
    let mut said: Vec<Message> =
        keywords.iter().map(|k| Message::from(format!("`{}`", k.spelling(language)))).collect();
    match said.pop() {
        Some(last) if !said.is_empty() => msg!("check-one-of", items = Message::list(said, ", "), last = last),
        Some(only) => only,
        None => msg!("check-want-something-else"),
    }
}

/// How a rule is named in "expected …", its keywords spelled in `language`.
fn describe_rule(rule: Rule, language: KeywordLanguage) -> Message {
    match rule {
        Rule::declaration
        | Rule::policy_decl
        | Rule::use_decl
        | Rule::clause_decl
        | Rule::enum_decl
        | Rule::schema_decl
        | Rule::param_decl
        | Rule::value_decl
        | Rule::table_decl
        | Rule::curriculum_decl
        | Rule::rule_decl
        | Rule::exception_decl
        | Rule::document_decl
        | Rule::role_decl
        | Rule::provision_decl
        | Rule::test_decl
        | Rule::extend_enum_decl
        | Rule::extend_schema_decl
        | Rule::calendar_year_decl => msg!("check-want-declaration"),
        Rule::expr
        | Rule::primary
        | Rule::path
        | Rule::path_or_call
        | Rule::call_args
        | Rule::paren
        | Rule::if_expr
        | Rule::list_lit
        | Rule::quantity
        | Rule::date
        | Rule::range
        | Rule::duration_lit
        | Rule::boolean
        | Rule::null
        | Rule::op_not
        | Rule::op_neg => msg!("check-want-expression"),
        Rule::infix
        | Rule::op_or
        | Rule::op_and
        | Rule::op_eq
        | Rule::op_ne
        | Rule::op_lt
        | Rule::op_le
        | Rule::op_gt
        | Rule::op_ge
        | Rule::op_in
        | Rule::op_not_in
        | Rule::op_add
        | Rule::op_sub
        | Rule::op_mul
        | Rule::op_div
        | Rule::op_coalesce
        | Rule::op_where => msg!("check-want-operator"),
        Rule::string | Rule::raw_string => msg!("check-want-text"),
        Rule::citation => msg!("check-want-citation"),
        Rule::ident | Rule::field_name | Rule::policy_id => msg!("check-want-name"),
        Rule::integer | Rule::decimal | Rule::cell | Rule::dash => msg!("check-want-number"),
        Rule::type_expr | Rule::named_type | Rule::int_type | Rule::set_type | Rule::list_type | Rule::record_type => {
            msg!("check-want-type")
        }
        Rule::pattern => msg!("check-want-pattern"),
        Rule::duration_unit | Rule::unit_days | Rule::unit_weeks | Rule::unit_months | Rule::unit_working_days => {
            msg!("check-want-duration-unit")
        }
        Rule::unknown_duration | Rule::unknown_unit => msg!("check-want-duration"),
        Rule::period => msg!("check-want-period"),
        Rule::severity | Rule::kw_violation | Rule::kw_warning | Rule::kw_info => msg!("check-want-severity"),
        Rule::meta_item | Rule::meta_school | Rule::meta_title | Rule::meta_approved | Rule::meta_source => {
            keywords_one_of(&[Keyword::School, Keyword::Title, Keyword::Approved, Keyword::Source], language)
        }
        Rule::enum_variant => msg!("check-want-enum-variant"),
        Rule::field_decl => msg!("check-want-field"),
        Rule::table_row => msg!("check-want-table-row"),
        Rule::curriculum_row => msg!("check-want-curriculum-row"),
        Rule::grades_row => msg!("check-want-grades-row"),
        Rule::rule_item | Rule::when_item | Rule::unless_item | Rule::outcome => {
            msg!("check-want-rule-item")
        }
        Rule::exception_item | Rule::allow_item => msg!("check-want-exception-item"),
        Rule::require_item => msg!("check-want-require"),
        Rule::duty_item | Rule::right_item => msg!("check-want-duty"),
        Rule::deadline => msg!("check-want-deadline"),
        Rule::frequency => msg!("check-want-frequency"),
        Rule::case_item | Rule::expect_item | Rule::expect_value | Rule::expect_finding | Rule::expect_set => {
            msg!("check-want-test-item")
        }
        Rule::missing_brace => msg!("check-want-closing-brace"),
        Rule::calendar_days => msg!("check-want-calendar-days"),
        Rule::str_text | Rule::escape | Rule::interpolation => {
            msg!("check-want-closing-quote")
        }
        other => match keyword_of(other) {
            Some(k) => Message::from(format!("`{}`", k.spelling(language))),
            None => msg!("check-want-something-else"),
        },
    }
}

/// The keyword language of a file as its first word shows it (the first word of the first
/// line that is not blank or a comment): Russian when it is not ASCII. Known before the
/// file is converted, so that its first error already names keywords the way it writes them.
pub(crate) fn file_language(text: &str) -> KeywordLanguage {
    let first_word = text
        .lines()
        .map(str::trim_start)
        .find(|line| !line.is_empty() && !line.starts_with('#'))
        .and_then(|line| line.split(|c: char| !c.is_alphanumeric() && c != '_').next())
        .unwrap_or("");
    Keyword::language_of(first_word)
}

/// The word at `offset` (up to white space), for "found `…`".
fn word_at(text: &str, offset: usize) -> &str {
    let rest = &text[offset.min(text.len())..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    &rest[..end]
}

/// The offset of the end of the line `offset` is on.
fn line_end(text: &str, offset: usize) -> usize {
    text[offset..].find('\n').map(|n| offset + n).unwrap_or(text.len())
}

/// The declaration keyword `word` is a likely misspelling of, in `word`'s language.
fn closest_declaration_keyword(word: &str) -> Option<&'static str> {
    use KeywordLanguage::{English, Russian};
    if word.is_empty() {
        return None;
    }
    let language = Keyword::language_of(word);
    let language = if language == English { English } else { Russian };
    did_you_mean(word, Keyword::DECLARATIONS.iter().map(|k| k.spelling(language)))
}
