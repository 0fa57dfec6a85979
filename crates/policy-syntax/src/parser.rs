//! The infallible parser: text in, AST and diagnostics out.
//!
//! The grammar compiled at build time (`compiled`) parses the whole file with
//! the grammar's error productions, so the parse itself cannot fail; each error
//! node is then explained by running pest's parser for the same grammar on the
//! rule that was expected there, which yields pest's "expected …" at the exact
//! position. The token tree is converted to the owned AST at once.

use std::cell::{Cell, RefCell};
use std::num::NonZeroUsize;
use std::str::FromStr;
use std::sync::Once;

use jiff::civil::Date;
use pest::error::{ErrorVariant, InputLocation};
use pest::Parser as _;
use pest_derive::Parser;
use rust_decimal::Decimal;

use crate::ast::*;
use crate::compiled::{recognize_file, Abandoned};
use crate::diagnostic::Diagnostic;
use crate::keywords::Keyword;
use crate::nesting::guard_nesting;
use crate::tree::{Pair, Pairs};

/// pest's parser for the grammar: explains error nodes and checks the compiled one.
#[derive(Parser)]
#[grammar = "../../../grammar/policy.pest"]
pub(crate) struct PolicyParser;

/// The result of parsing one file: always an AST, plus the syntax diagnostics.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The syntax tree of everything that parsed.
    pub file: File,
    /// Syntax errors, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

/// How deep one expression may be: nested expressions plus the operators of
/// each (a sum of 300 terms is 300 deep). Later stages walk expressions recursively.
pub const MAX_EXPR_DEPTH: usize = 256;

/// The rule calls pest may make to explain one error node (bounds backtracking).
const CALL_LIMIT: usize = 10_000_000;

/// Parses `text`. Never fails and never panics: what cannot be parsed becomes an
/// error node and a diagnostic, and the rest of the file still reaches the AST.
pub fn parse(text: &str) -> Parsed {
    static INIT: Once = Once::new();
    INIT.call_once(|| pest::set_call_limit(NonZeroUsize::new(CALL_LIMIT)));

    let (guarded, mut diagnostics) = guard_nesting(text);
    let source: &str = &guarded;
    let converter = Converter { text: source, diagnostics: RefCell::new(Vec::new()), expr_depth: Cell::new(0) };
    let file = match recognize_file(source) {
        Ok(tokens) => match Pair::root(&tokens, source) {
            Some(file) => converter.file(file),
            None => File::default(),
        },
        Err(why) => {
            let (message, at) = match why {
                Abandoned::TooDeep(at) => ("the file nests too deeply to parse", at),
                Abandoned::TooManySteps(at) => ("the file is too complex to parse", at),
                Abandoned::Unmatched => ("the file could not be parsed", 0),
            };
            converter.push(
                Diagnostic::error("P0100", message, Span::new(at, at), "parsing stopped here")
                    .with_help("split the file into smaller policies or simplify its expressions"),
            );
            File::default()
        }
    };
    diagnostics.extend(converter.diagnostics.into_inner());
    diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
    let mut file = file;
    file.comments = crate::comments::scan_comments(text);
    Parsed { file, diagnostics }
}

/// The span of a pair without the white space and comments pest's implicit
/// skipping may leave at its end.
fn span_of(pair: &Pair<'_>) -> Span {
    Span::new(pair.start(), pair.start() + trimmed_len(pair.as_str()))
}

/// The length of `text` without trailing white space and `#` comments.
fn trimmed_len(text: &str) -> usize {
    // Fast path: a pair that ends in a token (most of them) needs no trimming.
    if !text.as_bytes().last().is_some_and(|b| b.is_ascii_whitespace()) {
        return text.len();
    }
    let mut text = text.trim_end();
    loop {
        let line_start = text.rfind('\n').map(|n| n + 1).unwrap_or(0);
        match comment_start(&text[line_start..]) {
            Some(hash) => text = text[..line_start + hash].trim_end(),
            None => return text.len(),
        }
    }
}

/// Where a `#` comment starts on one line, outside `"…"` strings.
fn comment_start(line: &str) -> Option<usize> {
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '#' if !in_string => return Some(i),
            _ => {}
        }
    }
    None
}

/// Which rules may stand at the place of an error node (to explain it).
fn expected_rules(block: Rule) -> &'static [Rule] {
    match block {
        Rule::policy_decl => &[Rule::meta_item],
        Rule::enum_decl => &[Rule::enum_variant],
        Rule::schema_decl | Rule::record_type | Rule::list_type => &[Rule::field_decl],
        Rule::table_decl => &[Rule::table_row],
        Rule::curriculum_decl => &[Rule::curriculum_row],
        Rule::rule_decl => &[Rule::rule_item],
        Rule::exception_decl => &[Rule::exception_item],
        Rule::document_decl => &[Rule::require_item],
        Rule::role_decl => &[Rule::duty_item, Rule::right_item],
        Rule::test_decl => &[Rule::case_item, Rule::expect_item],
        _ => &[Rule::declaration],
    }
}

fn describe_rule(rule: Rule) -> String {
    let text = match rule {
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
        | Rule::test_decl => "a declaration",
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
        | Rule::op_neg => "an expression",
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
        | Rule::op_where => "an operator",
        Rule::string | Rule::raw_string => "a quoted text",
        Rule::citation => "a citation `§ \"…\"`",
        Rule::ident | Rule::field_name | Rule::policy_id => "a name",
        Rule::integer | Rule::decimal | Rule::cell | Rule::dash => "a number",
        Rule::type_expr | Rule::named_type | Rule::int_type | Rule::set_type | Rule::list_type | Rule::record_type => {
            "a type"
        }
        Rule::pattern => "a grade, range or value",
        Rule::duration_unit | Rule::unit_days | Rule::unit_weeks | Rule::unit_months => "`days`, `weeks` or `months`",
        Rule::period => "a period (`quarter`, `trimester`, `year`, `month`, `week`)",
        Rule::severity | Rule::kw_violation | Rule::kw_warning | Rule::kw_info => "`violation`, `warning` or `info`",
        Rule::meta_item | Rule::meta_school | Rule::meta_title | Rule::meta_approved | Rule::meta_source => {
            "`school`, `title`, `approved` or `source`"
        }
        Rule::enum_variant => "an enumeration variant",
        Rule::field_decl => "a field `name: type`",
        Rule::table_row => "a table row `pattern => value`",
        Rule::curriculum_row => "a curriculum row (`\"subject\" 2 2 …`, `total …` or `weeks …`)",
        Rule::grades_row => "the row of grades `grades 1 2 3 …`",
        Rule::rule_item | Rule::when_item | Rule::unless_item | Rule::outcome => {
            "`when`, `unless`, or an outcome (`violation \"…\"`)"
        }
        Rule::exception_item | Rule::allow_item => "`when`, `allow`, or an outcome",
        Rule::require_item => "`require condition`",
        Rule::duty_item | Rule::right_item => "`duty \"…\"` or `right \"…\"`",
        Rule::deadline => "a deadline `within N days after event`",
        Rule::frequency => "a frequency `every quarter`",
        Rule::case_item | Rule::expect_item | Rule::expect_value | Rule::expect_finding | Rule::expect_set => {
            "`case \"file\"` or `expect …`"
        }
        Rule::missing_brace => "`}`",
        Rule::str_text | Rule::escape | Rule::interpolation => {
            "the closing `\"` on the same line (a text over several lines is written `\"\"\"…\"\"\"`)"
        }
        other => match keyword_of(other) {
            Some(k) => return format!("`{}`", k.spelling(crate::keywords::KeywordLanguage::English)),
            None => "something else",
        },
    };
    text.to_string()
}

/// The word at `offset` (up to white space), for "found `…`".
fn word_at(text: &str, offset: usize) -> &str {
    let rest = &text[offset.min(text.len())..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    &rest[..end]
}

fn line_end(text: &str, offset: usize) -> usize {
    text[offset..].find('\n').map(|n| offset + n).unwrap_or(text.len())
}

struct Converter<'a> {
    text: &'a str,
    diagnostics: RefCell<Vec<Diagnostic>>,
    /// How deep the expression being converted already is (see [`MAX_EXPR_DEPTH`]).
    expr_depth: Cell<usize>,
}

impl<'a> Converter<'a> {
    fn push(&self, diagnostic: Diagnostic) {
        self.diagnostics.borrow_mut().push(diagnostic);
    }

    /// Explains an error node found where one of `block`'s items was expected.
    fn explain_error(&self, span: Span, block: Rule) {
        let mut best: Option<(usize, Vec<Rule>)> = None;
        for &rule in expected_rules(block) {
            if let Err(err) = PolicyParser::parse(rule, &self.text[span.start..]) {
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
        let found = word_at(self.text, at);
        let mut expected: Vec<String> = positives.iter().map(|r| describe_rule(*r)).collect();
        expected.sort();
        expected.dedup();
        let expected = match expected.len() {
            0 => describe_rule(expected_rules(block)[0]),
            1 => expected[0].clone(),
            _ => {
                let last = expected.pop().unwrap_or_default();
                format!("{} or {}", expected.join(", "), last)
            }
        };
        let end = if found.is_empty() { at } else { at + found.len() }.min(line_end(self.text, at).max(at));
        let message = if found.is_empty() {
            format!("expected {expected}")
        } else {
            format!("expected {expected}, found `{found}`")
        };
        let mut diagnostic =
            Diagnostic::error("P0101", message, Span::new(at, end), format!("expected {expected} here"));
        if block == Rule::file {
            let word: String = found.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if let Some(keyword) = closest_declaration_keyword(&word) {
                diagnostic =
                    diagnostic.with_help(format!("a declaration starts with a keyword: did you mean `{keyword}`?"));
                diagnostic.suggestion = Some(crate::diagnostic::Suggestion {
                    span: Span::new(at, at + word.len()),
                    replacement: keyword.to_string(),
                });
            } else {
                diagnostic = diagnostic.with_help(
                    "a declaration starts with `policy`, `clause`, `rule`, `value`, `table`, `document`, `role`, … (see the language reference)",
                );
            }
        } else {
            let word: String = found.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            let spellings = Keyword::ALL.iter().map(|k| k.spelling(Keyword::language_of(&word)));
            match crate::suggest::did_you_mean(&word, spellings) {
                Some(keyword) if !word.is_empty() => {
                    diagnostic = diagnostic.with_help(format!("did you mean `{keyword}`?"));
                    diagnostic.suggestion = Some(crate::diagnostic::Suggestion {
                        span: Span::new(at, at + word.len()),
                        replacement: keyword.to_string(),
                    });
                }
                _ => {
                    diagnostic = diagnostic.with_help(format!(
                        "write {} here, or delete the line",
                        describe_rule(expected_rules(block)[0])
                    ));
                }
            }
        }
        self.push(diagnostic);
    }

    fn file(&self, pair: Pair<'_>) -> File {
        let mut file = File::default();
        for child in pair.into_inner() {
            let span = span_of(&child);
            let kind = match child.as_rule() {
                Rule::EOI => continue,
                Rule::top_error => {
                    self.explain_error(span, Rule::file);
                    DeclKind::Error
                }
                _ => self.declaration(child),
            };
            file.decls.push(Decl { kind, span });
        }
        file.keywords = collect_keywords(pair.into_inner());
        file
    }

    fn declaration(&self, pair: Pair<'_>) -> DeclKind {
        match pair.as_rule() {
            Rule::policy_decl => DeclKind::Policy(self.policy(pair)),
            Rule::use_decl => DeclKind::Use(UseDecl { path: self.first_text(pair) }),
            Rule::clause_decl => DeclKind::Clause(self.clause(pair)),
            Rule::enum_decl => DeclKind::Enum(self.enumeration(pair)),
            Rule::schema_decl => DeclKind::Schema(self.schema(pair)),
            Rule::param_decl => DeclKind::Param(self.param(pair)),
            Rule::value_decl => DeclKind::Value(self.value(pair)),
            Rule::table_decl => DeclKind::Table(self.table(pair)),
            Rule::curriculum_decl => DeclKind::Curriculum(self.curriculum(pair)),
            Rule::rule_decl => DeclKind::Rule(self.rule(pair)),
            Rule::exception_decl => DeclKind::Exception(self.exception(pair)),
            Rule::document_decl => DeclKind::Document(self.document(pair)),
            Rule::role_decl => DeclKind::Role(self.role(pair)),
            Rule::provision_decl => DeclKind::Provision(self.provision(pair)),
            Rule::test_decl => DeclKind::Test(self.test(pair)),
            _ => DeclKind::Error,
        }
    }

    /// Handles the error productions every block shares; returns true when `child` was one.
    fn block_error(&self, child: &Pair<'_>, block: Rule, block_span: Span, errors: &mut Vec<Span>) -> bool {
        match child.as_rule() {
            Rule::item_error => {
                let span = span_of(child);
                // Consecutive broken lines are one mistake: explain only the first.
                let follows_error = errors.last().is_some_and(|prev| self.text[prev.end..span.start].trim().is_empty());
                if !follows_error {
                    self.explain_error(span, block);
                }
                errors.push(span);
                true
            }
            Rule::missing_brace => {
                let header_end =
                    self.text[block_span.start..].find('{').map(|n| block_span.start + n + 1).unwrap_or(block_span.end);
                let header = Span::new(block_span.start, header_end);
                self.push(
                    Diagnostic::error("P0102", "unclosed `{`", header, "this block is never closed")
                        .with_help("add `}` at the end of the block"),
                );
                errors.push(header);
                true
            }
            _ => false,
        }
    }

    /// Stores `value` in `slot`, reporting a second occurrence of a once-only item.
    fn once<T>(&self, slot: &mut Option<T>, value: T, span: Span, what: &str) {
        if slot.is_some() {
            self.push(
                Diagnostic::error("P0107", format!("{what} is given twice"), span, "given again here")
                    .with_help("keep one of them; the block takes a single one"),
            );
        }
        *slot = Some(value);
    }

    fn policy(&self, pair: Pair<'_>) -> PolicyDecl {
        let block = span_of(&pair);
        let mut decl = PolicyDecl {
            id: Ident { name: String::new(), span: block },
            school: None,
            title: None,
            approved: None,
            source: None,
            errors: Vec::new(),
        };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::policy_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::policy_id => decl.id = Ident { name: child.as_str().to_string(), span: span_of(&child) },
                Rule::meta_school => {
                    let span = span_of(&child);
                    self.once(&mut decl.school, self.first_text(child), span, "`school`")
                }
                Rule::meta_title => {
                    let span = span_of(&child);
                    self.once(&mut decl.title, self.first_text(child), span, "`title`")
                }
                Rule::meta_source => {
                    let span = span_of(&child);
                    self.once(&mut decl.source, self.first_text(child), span, "`source`")
                }
                Rule::meta_approved => {
                    let span = span_of(&child);
                    let mut date = None;
                    let mut act = None;
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::date => date = self.date(&part),
                            Rule::string => act = Some(self.text_of(part)),
                            _ => {}
                        }
                    }
                    if let Some(date) = date {
                        self.once(&mut decl.approved, (date, act, span), span, "`approved`");
                    }
                }
                _ => {}
            }
        }
        decl
    }

    fn clause(&self, pair: Pair<'_>) -> ClauseDecl {
        let mut strings = pair.into_inner().filter(|p| matches!(p.as_rule(), Rule::string | Rule::raw_string));
        let number = strings.next().map(|p| self.text_of(p)).unwrap_or_else(|| empty_text(0));
        let (text, raw) = match strings.next() {
            Some(p) if p.as_rule() == Rule::raw_string => {
                let span = span_of(&p);
                let inner = p.into_inner().next().map(|t| t.as_str().to_string()).unwrap_or_default();
                (Text { value: inner, span }, true)
            }
            Some(p) => (self.text_of(p), false),
            None => (empty_text(number.span.end), false),
        };
        ClauseDecl { number, text, raw }
    }

    fn enumeration(&self, pair: Pair<'_>) -> EnumDecl {
        let block = span_of(&pair);
        let mut decl =
            EnumDecl { name: placeholder(block), description: None, variants: Vec::new(), errors: Vec::new() };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::enum_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::enum_variant => {
                    let mut parts = child.into_inner();
                    let name = parts.next().map(|p| ident(&p)).unwrap_or_else(|| placeholder(block));
                    let description = parts.next().map(|p| self.text_of(p));
                    decl.variants.push(EnumVariant { name, description });
                }
                _ => {}
            }
        }
        decl
    }

    fn schema(&self, pair: Pair<'_>) -> SchemaDecl {
        let block = span_of(&pair);
        let mut decl =
            SchemaDecl { name: placeholder(block), description: None, fields: Vec::new(), errors: Vec::new() };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::schema_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::field_decl => decl.fields.push(self.field(child)),
                _ => {}
            }
        }
        decl
    }

    fn field(&self, pair: Pair<'_>) -> FieldDecl {
        let span = span_of(&pair);
        let mut name = placeholder(span);
        let mut ty = TypeExpr { kind: TypeKind::Text, optional: false, span };
        let mut description = None;
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::field_name => name = ident(&child),
                Rule::type_expr => ty = self.type_expr(child),
                Rule::string => description = Some(self.text_of(child)),
                _ => {}
            }
        }
        FieldDecl { name, ty, description, span }
    }

    fn fields(&self, pair: Pair<'_>, block: Rule) -> (Vec<FieldDecl>, Vec<Span>) {
        let span = span_of(&pair);
        let mut fields = Vec::new();
        let mut errors = Vec::new();
        for child in pair.into_inner() {
            if self.block_error(&child, block, span, &mut errors) {
                continue;
            }
            if child.as_rule() == Rule::field_decl {
                fields.push(self.field(child));
            }
        }
        (fields, errors)
    }

    fn type_expr(&self, pair: Pair<'_>) -> TypeExpr {
        let span = span_of(&pair);
        let mut optional = false;
        let mut kind = TypeKind::Text;
        for child in pair.into_inner() {
            if child.as_rule() == Rule::optional_mark {
                optional = true;
            } else {
                kind = self.type_atom(child);
            }
        }
        TypeExpr { kind, optional, span }
    }

    /// A type without its `?` (a set's element type is always one).
    fn type_atom(&self, pair: Pair<'_>) -> TypeKind {
        let span = span_of(&pair);
        match pair.as_rule() {
            Rule::set_type => {
                let inner = pair.into_inner().find(|p| !is_keyword_rule(p.as_rule()));
                let inner = match inner {
                    Some(p) => TypeExpr { span: span_of(&p), kind: self.type_atom(p), optional: false },
                    None => TypeExpr { kind: TypeKind::Text, optional: false, span },
                };
                TypeKind::Set(Box::new(inner))
            }
            Rule::list_type => {
                let mut fields = Vec::new();
                let mut errors = Vec::new();
                let mut key = None;
                for part in pair.into_inner() {
                    match part.as_rule() {
                        Rule::record_type => (fields, errors) = self.fields(part, Rule::record_type),
                        Rule::field_name => key = Some(ident(&part)),
                        _ => {}
                    }
                }
                TypeKind::List { fields, key, errors }
            }
            Rule::record_type => {
                let (fields, errors) = self.fields(pair, Rule::record_type);
                TypeKind::Record { fields, errors }
            }
            Rule::int_type => {
                let bounds: Vec<i64> = pair
                    .into_inner()
                    .filter(|p| p.as_rule() == Rule::integer)
                    .filter_map(|p| self.integer(&p))
                    .collect();
                TypeKind::Int(match bounds.as_slice() {
                    [lo, hi] => {
                        if lo > hi {
                            self.push(
                                Diagnostic::error(
                                    "P0104",
                                    format!("empty range `{lo}..{hi}`"),
                                    span,
                                    "no integer is in it",
                                )
                                .with_help("write the smaller bound first, e.g. `int 1..12`"),
                            );
                        }
                        Some((*lo, *hi))
                    }
                    _ => None,
                })
            }
            Rule::named_type => match pair.into_inner().next() {
                Some(p) => match p.as_rule() {
                    Rule::kw_decimal => TypeKind::Decimal,
                    Rule::kw_bool => TypeKind::Bool,
                    Rule::kw_text => TypeKind::Text,
                    Rule::kw_date => TypeKind::Date,
                    Rule::kw_duration => TypeKind::Duration,
                    _ => TypeKind::Named(ident(&p)),
                },
                None => TypeKind::Text,
            },
            _ => TypeKind::Text,
        }
    }

    fn param(&self, pair: Pair<'_>) -> ParamDecl {
        let span = span_of(&pair);
        let mut decl = ParamDecl {
            name: placeholder(span),
            ty: TypeExpr { kind: TypeKind::Decimal, optional: false, span },
            citation: None,
            description: None,
            value: None,
        };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::type_expr => decl.ty = self.type_expr(child),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::expr => decl.value = Some(self.expr(child)),
                _ => {}
            }
        }
        decl
    }

    fn value(&self, pair: Pair<'_>) -> ValueDecl {
        let span = span_of(&pair);
        let mut name = placeholder(span);
        let mut ty = None;
        let mut citation = None;
        let mut description = None;
        let mut expr = Expr { kind: ExprKind::Literal(Literal::Null), span };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::ident => name = ident(&child),
                Rule::type_expr => ty = Some(self.type_expr(child)),
                Rule::citation => citation = Some(self.citation(child)),
                Rule::string => description = Some(self.text_of(child)),
                Rule::expr => expr = self.expr(child),
                _ => {}
            }
        }
        ValueDecl { name, ty, citation, description, expr }
    }

    fn table(&self, pair: Pair<'_>) -> TableDecl {
        let block = span_of(&pair);
        let mut decl = TableDecl {
            name: placeholder(block),
            keys: Vec::new(),
            parameters: Vec::new(),
            citation: None,
            description: None,
            rows: Vec::new(),
            errors: Vec::new(),
        };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::table_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::expr => decl.keys.push(self.expr(child)),
                Rule::table_param => decl.parameters.push(self.field(child)),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::table_row => decl.rows.push(self.table_row(child)),
                _ => {}
            }
        }
        decl
    }

    fn table_row(&self, pair: Pair<'_>) -> TableRow {
        let span = span_of(&pair);
        let mut row = TableRow {
            patterns: Vec::new(),
            label: None,
            value: Expr { kind: ExprKind::Literal(Literal::Null), span },
            citation: None,
            span,
        };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::pattern => {
                    let pspan = span_of(&child);
                    if let Some(inner) = child.into_inner().next() {
                        let kind = match inner.as_rule() {
                            Rule::range => {
                                let (lo, hi) = self.range(&inner);
                                PatternKind::Range(lo, hi)
                            }
                            Rule::ident => PatternKind::Symbol(ident(&inner)),
                            _ => PatternKind::Literal(self.literal(inner)),
                        };
                        row.patterns.push(Pattern { kind, span: pspan });
                    }
                }
                Rule::string => row.label = Some(self.text_of(child)),
                Rule::expr => row.value = self.expr(child),
                Rule::citation => row.citation = Some(self.citation(child)),
                _ => {}
            }
        }
        row
    }

    fn curriculum(&self, pair: Pair<'_>) -> CurriculumDecl {
        let block = span_of(&pair);
        let mut decl = CurriculumDecl {
            name: placeholder(block),
            citation: None,
            description: None,
            cap: None,
            grades: Vec::new(),
            rows: Vec::new(),
            errors: Vec::new(),
        };
        let mut seen_name = false;
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::curriculum_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident if !seen_name => {
                    decl.name = ident(&child);
                    seen_name = true;
                }
                Rule::ident => decl.cap = Some(ident(&child)),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::grades_row => {
                    decl.grades = child
                        .into_inner()
                        .filter(|p| p.as_rule() == Rule::integer)
                        .filter_map(|p| self.integer(&p).map(|g| (g, span_of(&p))))
                        .collect();
                }
                Rule::curriculum_row => {
                    let span = span_of(&child);
                    let mut kind = CurriculumRowKind::Total;
                    let mut cells = Vec::new();
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::kw_total => kind = CurriculumRowKind::Total,
                            Rule::kw_weeks => kind = CurriculumRowKind::Weeks,
                            Rule::string => kind = CurriculumRowKind::Subject(self.text_of(part)),
                            Rule::cell => {
                                let cspan = span_of(&part);
                                let value = match part.into_inner().next() {
                                    Some(n) if n.as_rule() != Rule::dash => self.number(&n),
                                    _ => None,
                                };
                                cells.push((value, cspan));
                            }
                            _ => {}
                        }
                    }
                    decl.rows.push(CurriculumRow { kind, cells, span });
                }
                _ => {}
            }
        }
        decl
    }

    fn rule(&self, pair: Pair<'_>) -> RuleDecl {
        let block = span_of(&pair);
        let mut decl = RuleDecl {
            name: placeholder(block),
            citation: None,
            description: None,
            when: Vec::new(),
            unless: Vec::new(),
            outcome: None,
            errors: Vec::new(),
        };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::rule_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::when_item => decl.when.extend(self.inner_expr(child)),
                Rule::unless_item => decl.unless.extend(self.inner_expr(child)),
                Rule::outcome => {
                    let span = span_of(&child);
                    self.once(&mut decl.outcome, self.outcome(child), span, "an outcome")
                }
                _ => {}
            }
        }
        decl
    }

    fn exception(&self, pair: Pair<'_>) -> ExceptionDecl {
        let block = span_of(&pair);
        let mut decl = ExceptionDecl {
            name: placeholder(block),
            rule: placeholder(block),
            citation: None,
            description: None,
            when: Vec::new(),
            outcome: None,
            allow: None,
            errors: Vec::new(),
        };
        let mut idents = 0;
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::exception_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => {
                    if idents == 0 {
                        decl.name = ident(&child);
                    } else {
                        decl.rule = ident(&child);
                    }
                    idents += 1;
                }
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::when_item => decl.when.extend(self.inner_expr(child)),
                Rule::allow_item => {
                    let span = span_of(&child);
                    self.once(&mut decl.allow, span, span, "`allow`")
                }
                Rule::outcome => {
                    let span = span_of(&child);
                    self.once(&mut decl.outcome, self.outcome(child), span, "an outcome")
                }
                _ => {}
            }
        }
        decl
    }

    fn document(&self, pair: Pair<'_>) -> DocumentDecl {
        let block = span_of(&pair);
        let mut decl = DocumentDecl {
            kind: placeholder(block),
            citation: None,
            description: None,
            when: None,
            requires: Vec::new(),
            errors: Vec::new(),
        };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::document_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => decl.kind = ident(&child),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::when_item => decl.when = self.inner_expr(child),
                Rule::require_item => {
                    let span = span_of(&child);
                    let mut req = Requirement {
                        expr: Expr { kind: ExprKind::Literal(Literal::Bool(true)), span },
                        citation: None,
                        description: None,
                        span,
                    };
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::expr => req.expr = self.expr(part),
                            Rule::citation => req.citation = Some(self.citation(part)),
                            Rule::string => req.description = Some(self.text_of(part)),
                            _ => {}
                        }
                    }
                    decl.requires.push(req);
                }
                _ => {}
            }
        }
        decl
    }

    fn role(&self, pair: Pair<'_>) -> RoleDecl {
        let block = span_of(&pair);
        let mut decl =
            RoleDecl { name: placeholder(block), title: None, citation: None, items: Vec::new(), errors: Vec::new() };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::role_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::string => decl.title = Some(self.text_of(child)),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::duty_item => decl.items.push(self.role_item(child, RoleItemKind::Duty)),
                Rule::right_item => decl.items.push(self.role_item(child, RoleItemKind::Right)),
                _ => {}
            }
        }
        decl
    }

    fn role_item(&self, pair: Pair<'_>, kind: RoleItemKind) -> RoleItem {
        let span = span_of(&pair);
        let mut item = RoleItem {
            kind,
            key: None,
            text: empty_text(span.start),
            citation: None,
            when: None,
            deadline: None,
            frequency: None,
            span,
        };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::ident => item.key = Some(ident(&child)),
                Rule::string => item.text = self.text_of(child),
                Rule::citation => item.citation = Some(self.citation(child)),
                Rule::when_item => item.when = self.inner_expr(child),
                Rule::deadline => {
                    let dspan = span_of(&child);
                    let mut within = Duration { amount: 0, unit: DurationUnit::Days };
                    let mut events = Vec::new();
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::duration_lit => within = self.duration(part),
                            Rule::ident => events.push(ident(&part)),
                            _ => {}
                        }
                    }
                    let mut events = events.into_iter();
                    let after = events.next().unwrap_or_else(|| placeholder(dspan));
                    item.deadline = Some(Deadline { within, after, fulfilled_by: events.next(), span: dspan });
                }
                Rule::frequency => {
                    let fspan = span_of(&child);
                    let mut every = Duration { amount: 3, unit: DurationUnit::Months };
                    let mut named = None;
                    let mut fulfilled_by = None;
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::duration_lit => every = self.duration(part),
                            Rule::period => {
                                let (period, duration) = match part.into_inner().next().map(|p| p.as_rule()) {
                                    Some(Rule::kw_trimester) => (Period::Trimester, (3, DurationUnit::Months)),
                                    Some(Rule::kw_year_period) => (Period::Year, (12, DurationUnit::Months)),
                                    Some(Rule::kw_month_period) => (Period::Month, (1, DurationUnit::Months)),
                                    Some(Rule::kw_week_period) => (Period::Week, (7, DurationUnit::Days)),
                                    _ => (Period::Quarter, (3, DurationUnit::Months)),
                                };
                                named = Some(period);
                                every = Duration { amount: duration.0, unit: duration.1 };
                            }
                            Rule::ident => fulfilled_by = Some(ident(&part)),
                            _ => {}
                        }
                    }
                    item.frequency = Some(Frequency { every, named, fulfilled_by, span: fspan });
                }
                _ => {}
            }
        }
        item
    }

    fn provision(&self, pair: Pair<'_>) -> ProvisionDecl {
        let span = span_of(&pair);
        let mut decl = ProvisionDecl { name: placeholder(span), text: empty_text(span.start), citation: None };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::string => decl.text = self.text_of(child),
                Rule::citation => decl.citation = Some(self.citation(child)),
                _ => {}
            }
        }
        decl
    }

    fn test(&self, pair: Pair<'_>) -> TestDecl {
        let block = span_of(&pair);
        let mut decl = TestDecl { name: empty_text(block.start), case: None, expects: Vec::new(), errors: Vec::new() };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::test_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::string => decl.name = self.text_of(child),
                Rule::case_item => {
                    let span = span_of(&child);
                    self.once(&mut decl.case, self.first_text(child), span, "`case`")
                }
                Rule::expect_item => {
                    let span = span_of(&child);
                    if let Some(kind) =
                        child.into_inner().find(|p| !is_keyword_rule(p.as_rule())).and_then(|p| self.expect(p))
                    {
                        decl.expects.push(Expect { kind, span });
                    }
                }
                _ => {}
            }
        }
        decl
    }

    fn expect(&self, pair: Pair<'_>) -> Option<ExpectKind> {
        let span = span_of(&pair);
        match pair.as_rule() {
            Rule::expect_value => {
                let mut name = placeholder(span);
                let mut expected = Expr { kind: ExprKind::Literal(Literal::Null), span };
                for part in pair.into_inner() {
                    match part.as_rule() {
                        Rule::ident => name = ident(&part),
                        Rule::expr => expected = self.expr(part),
                        _ => {}
                    }
                }
                Some(ExpectKind::Value { name, expected })
            }
            Rule::expect_finding => {
                let mut negated = false;
                let mut severity = None;
                let mut citation = None;
                for part in pair.into_inner() {
                    match part.as_rule() {
                        Rule::negation => negated = true,
                        Rule::severity => severity = Some(severity_of(&part)),
                        Rule::citation => citation = Some(self.citation(part)),
                        _ => {}
                    }
                }
                citation.map(|citation| ExpectKind::Finding { negated, severity, citation })
            }
            Rule::expect_set => {
                let mut is_missing = false;
                let mut items = Vec::new();
                for part in pair.into_inner() {
                    match part.as_rule() {
                        Rule::kw_missing => is_missing = true,
                        Rule::list_lit => {
                            items =
                                part.into_inner().filter(|p| p.as_rule() == Rule::expr).map(|p| self.expr(p)).collect()
                        }
                        _ => {}
                    }
                }
                Some(if is_missing { ExpectKind::Missing(items) } else { ExpectKind::Violations(items) })
            }
            _ => None,
        }
    }

    fn outcome(&self, pair: Pair<'_>) -> Outcome {
        let span = span_of(&pair);
        let mut severity = Severity::Violation;
        let mut message = Template { parts: Vec::new(), span };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::severity => severity = severity_of(&child),
                Rule::string => message = self.template(child),
                _ => {}
            }
        }
        Outcome { severity, message, span }
    }

    fn inner_expr(&self, pair: Pair<'_>) -> Option<Expr> {
        pair.into_inner().find(|p| p.as_rule() == Rule::expr).map(|p| self.expr(p))
    }

    fn citation(&self, pair: Pair<'_>) -> Citation {
        let span = span_of(&pair);
        let text = pair.into_inner().next().map(|p| self.text_of(p).value).unwrap_or_default();
        Citation { text, span }
    }

    fn first_text(&self, pair: Pair<'_>) -> Text {
        let span = span_of(&pair);
        pair.into_inner()
            .find(|p| p.as_rule() == Rule::string)
            .map(|p| self.text_of(p))
            .unwrap_or_else(|| empty_text(span.end))
    }

    /// A string as plain text: interpolations are kept as their `{…}` source.
    fn text_of(&self, pair: Pair<'_>) -> Text {
        let span = span_of(&pair);
        let mut value = String::new();
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::escape => value.push_str(unescape(part.as_str())),
                _ => value.push_str(part.as_str()),
            }
        }
        Text { value, span }
    }

    fn template(&self, pair: Pair<'_>) -> Template {
        let span = span_of(&pair);
        let mut parts: Vec<TemplatePart> = Vec::new();
        for part in pair.into_inner() {
            let piece = match part.as_rule() {
                Rule::interpolation => match part.into_inner().next() {
                    Some(e) => TemplatePart::Expr(self.expr(e)),
                    None => continue,
                },
                Rule::escape => TemplatePart::Text(unescape(part.as_str()).to_string()),
                _ => TemplatePart::Text(part.as_str().to_string()),
            };
            match (parts.last_mut(), piece) {
                (Some(TemplatePart::Text(prev)), TemplatePart::Text(next)) => prev.push_str(&next),
                (_, piece) => parts.push(piece),
            }
        }
        Template { parts, span }
    }

    /// An expression: its flat list of operators and operands, arranged by
    /// precedence climbing on [`BinaryOp::binding_power`] and [`UnaryOp::binding_power`].
    /// Expressions deeper than [`MAX_EXPR_DEPTH`] become an error (every later
    /// stage walks expressions recursively).
    fn expr(&self, pair: Pair<'_>) -> Expr {
        let span = span_of(&pair);
        let operators = pair.into_inner().filter(|p| is_operator(p.as_rule())).count();
        let depth = self.expr_depth.get() + 1 + operators;
        if depth > MAX_EXPR_DEPTH {
            self.push(
                Diagnostic::error(
                    "P0108",
                    format!("the expression is too long or nests too deeply (more than {MAX_EXPR_DEPTH} levels)"),
                    span,
                    "too complex",
                )
                .with_help("split the expression into named values"),
            );
            return Expr { kind: ExprKind::Literal(Literal::Null), span };
        }
        let outer = self.expr_depth.replace(depth);
        let expr = self.climb(&mut pair.into_inner(), 0, span);
        self.expr_depth.set(outer);
        expr
    }

    /// Reads one operand and then every infix operator that binds tighter than `min_power`.
    fn climb(&self, items: &mut Pairs<'_>, min_power: u8, whole: Span) -> Expr {
        let mut lhs = match items.next() {
            Some(op) if matches!(op.as_rule(), Rule::op_not | Rule::op_neg) => {
                let unary = if op.as_rule() == Rule::op_not { UnaryOp::Not } else { UnaryOp::Neg };
                let operand = self.climb(items, unary.binding_power(), whole);
                Expr {
                    span: span_of(&op).join(operand.span),
                    kind: ExprKind::Unary { op: unary, expr: Box::new(operand) },
                }
            }
            Some(primary) => self.primary(primary),
            None => Expr { kind: ExprKind::Literal(Literal::Null), span: whole },
        };
        while let Some(op) = items.peek().and_then(|p| binary_op_of(p.as_rule())) {
            let power = op.binding_power();
            if power <= min_power {
                break;
            }
            items.next();
            // `??` is right-associative: an operator of its own level continues its right side.
            let right_min = if op == BinaryOp::Coalesce { power - 1 } else { power };
            let rhs = self.climb(items, right_min, whole);
            lhs = Expr {
                span: lhs.span.join(rhs.span),
                kind: ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) },
            };
        }
        lhs
    }

    fn primary(&self, pair: Pair<'_>) -> Expr {
        let span = span_of(&pair);
        let kind = match pair.as_rule() {
            Rule::paren => match pair.into_inner().next() {
                Some(e) => ExprKind::Paren(Box::new(self.expr(e))),
                None => ExprKind::Literal(Literal::Null),
            },
            Rule::if_expr => {
                let mut exprs = pair.into_inner().filter(|p| p.as_rule() == Rule::expr).map(|p| self.expr(p));
                let null = || Expr { kind: ExprKind::Literal(Literal::Null), span };
                let cond = exprs.next().unwrap_or_else(null);
                let then = exprs.next().unwrap_or_else(null);
                let otherwise = exprs.next().unwrap_or_else(null);
                ExprKind::If { cond: Box::new(cond), then: Box::new(then), otherwise: Box::new(otherwise) }
            }
            Rule::path_or_call => {
                let mut parts = pair.into_inner();
                let path: Vec<Ident> =
                    parts.next().map(|p| p.into_inner().map(|seg| ident(&seg)).collect()).unwrap_or_default();
                match parts.next() {
                    Some(args) => {
                        let func = match path.as_slice() {
                            [one] => one.clone(),
                            _ => {
                                self.push(
                                    Diagnostic::error(
                                        "P0101",
                                        "only a function name can be called",
                                        span,
                                        "not a function",
                                    )
                                    .with_help("call a built-in function by its name, e.g. `sum(plan.subjects.hours)`"),
                                );
                                path.first().cloned().unwrap_or_else(|| placeholder(span))
                            }
                        };
                        let args =
                            args.into_inner().filter(|p| p.as_rule() == Rule::expr).map(|p| self.expr(p)).collect();
                        ExprKind::Call { func, args }
                    }
                    None => ExprKind::Path(path),
                }
            }
            Rule::list_lit => {
                ExprKind::List(pair.into_inner().filter(|p| p.as_rule() == Rule::expr).map(|p| self.expr(p)).collect())
            }
            _ => ExprKind::Literal(self.literal(pair)),
        };
        Expr { kind, span }
    }

    fn literal(&self, pair: Pair<'_>) -> Literal {
        match pair.as_rule() {
            Rule::date => self.date(&pair).map(Literal::Date).unwrap_or(Literal::Null),
            Rule::range => {
                let (lo, hi) = self.range(&pair);
                Literal::Range(lo, hi)
            }
            Rule::duration_lit => Literal::Duration(self.duration(pair)),
            Rule::quantity => {
                let mut value = Decimal::ZERO;
                let mut unit = None;
                for part in pair.into_inner() {
                    match part.as_rule() {
                        Rule::unit => {
                            unit = Some(if part.as_str() == "%" { NumberUnit::Percent } else { NumberUnit::Hours })
                        }
                        _ => value = self.number(&part).unwrap_or_default(),
                    }
                }
                Literal::Number(value, unit)
            }
            Rule::boolean => Literal::Bool(pair.into_inner().next().is_some_and(|p| p.as_rule() == Rule::kw_true)),
            Rule::string => Literal::Text(self.template(pair)),
            _ => Literal::Null,
        }
    }

    fn duration(&self, pair: Pair<'_>) -> Duration {
        let mut amount = 0;
        let mut unit = DurationUnit::Days;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::integer => amount = self.integer(&part).unwrap_or(0),
                Rule::duration_unit => {
                    unit = match part.into_inner().next().map(|p| p.as_rule()) {
                        Some(Rule::unit_weeks) => DurationUnit::Weeks,
                        Some(Rule::unit_months) => DurationUnit::Months,
                        _ => DurationUnit::Days,
                    }
                }
                _ => {}
            }
        }
        Duration { amount, unit }
    }

    fn range(&self, pair: &Pair<'_>) -> (i64, i64) {
        let bounds: Vec<i64> = pair.into_inner().filter_map(|p| self.integer(&p)).collect();
        let range = match bounds.as_slice() {
            [lo, hi] => (*lo, *hi),
            _ => (0, 0),
        };
        if range.0 > range.1 {
            self.push(
                Diagnostic::error(
                    "P0104",
                    format!("empty range `{}`", pair.as_str()),
                    span_of(pair),
                    "the first bound is above the second",
                )
                .with_help("write the smaller bound first, e.g. `1..4`"),
            );
        }
        range
    }

    fn integer(&self, pair: &Pair<'_>) -> Option<i64> {
        match pair.as_str().parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.push(
                    Diagnostic::error(
                        "P0105",
                        format!("number `{}` is too large", pair.as_str()),
                        span_of(pair),
                        "too large",
                    )
                    .with_help("numbers must be below 9223372036854775808"),
                );
                None
            }
        }
    }

    fn number(&self, pair: &Pair<'_>) -> Option<Decimal> {
        match Decimal::from_str(pair.as_str()) {
            Ok(n) => Some(n),
            Err(_) => {
                self.push(
                    Diagnostic::error(
                        "P0105",
                        format!("number `{}` cannot be represented exactly", pair.as_str()),
                        span_of(pair),
                        "out of range",
                    )
                    .with_help("use at most 28 significant digits"),
                );
                None
            }
        }
    }

    fn date(&self, pair: &Pair<'_>) -> Option<Date> {
        match pair.as_str().parse::<Date>() {
            Ok(d) => Some(d),
            Err(_) => {
                self.push(
                    Diagnostic::error(
                        "P0106",
                        format!("`{}` is not a calendar date", pair.as_str()),
                        span_of(pair),
                        "no such date",
                    )
                    .with_help("write a real date as YYYY-MM-DD, e.g. `2025-09-01`"),
                );
                None
            }
        }
    }
}

/// The infix operator a rule stands for.
fn binary_op_of(rule: Rule) -> Option<BinaryOp> {
    Some(match rule {
        Rule::op_or => BinaryOp::Or,
        Rule::op_and => BinaryOp::And,
        Rule::op_eq => BinaryOp::Eq,
        Rule::op_ne => BinaryOp::Ne,
        Rule::op_lt => BinaryOp::Lt,
        Rule::op_le => BinaryOp::Le,
        Rule::op_gt => BinaryOp::Gt,
        Rule::op_ge => BinaryOp::Ge,
        Rule::op_in => BinaryOp::In,
        Rule::op_not_in => BinaryOp::NotIn,
        Rule::op_coalesce => BinaryOp::Coalesce,
        Rule::op_add => BinaryOp::Add,
        Rule::op_sub => BinaryOp::Sub,
        Rule::op_mul => BinaryOp::Mul,
        Rule::op_div => BinaryOp::Div,
        Rule::op_where => BinaryOp::Where,
        _ => return None,
    })
}

/// Whether a child of `expr` is a prefix or infix operator.
fn is_operator(rule: Rule) -> bool {
    matches!(rule, Rule::op_not | Rule::op_neg) || binary_op_of(rule).is_some()
}

fn severity_of(pair: &Pair<'_>) -> Severity {
    match pair.into_inner().next().map(|p| p.as_rule()) {
        Some(Rule::kw_warning) => Severity::Warning,
        Some(Rule::kw_info) => Severity::Info,
        _ => Severity::Violation,
    }
}

fn unescape(escape: &str) -> &str {
    match escape {
        "\\n" => "\n",
        "\\\"" => "\"",
        "\\\\" => "\\",
        "\\{" => "{",
        "\\}" => "}",
        other => other,
    }
}

fn ident(pair: &Pair<'_>) -> Ident {
    Ident { name: pair.as_str().to_string(), span: span_of(pair) }
}

fn placeholder(span: Span) -> Ident {
    Ident { name: String::new(), span: Span::new(span.start, span.start) }
}

fn empty_text(at: usize) -> Text {
    Text { value: String::new(), span: Span::new(at, at) }
}

fn closest_declaration_keyword(word: &str) -> Option<&'static str> {
    use crate::keywords::KeywordLanguage::{English, Russian};
    if word.is_empty() {
        return None;
    }
    let language = Keyword::language_of(word);
    let language = if language == English { English } else { Russian };
    Keyword::DECLARATIONS
        .iter()
        .map(|k| k.spelling(language))
        .map(|s| (crate::suggest::edit_distance(word, s), s))
        .filter(|(d, s)| *d > 0 && *d <= (s.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, s)| s)
}

fn is_keyword_rule(rule: Rule) -> bool {
    keyword_of(rule).is_some()
}

fn keyword_of(rule: Rule) -> Option<Keyword> {
    Some(match rule {
        Rule::kw_policy => Keyword::Policy,
        Rule::kw_use => Keyword::Use,
        Rule::kw_clause => Keyword::Clause,
        Rule::kw_enum => Keyword::Enum,
        Rule::kw_schema => Keyword::Schema,
        Rule::kw_param => Keyword::Param,
        Rule::kw_value => Keyword::Value,
        Rule::kw_table => Keyword::Table,
        Rule::kw_curriculum => Keyword::Curriculum,
        Rule::kw_rule => Keyword::Rule,
        Rule::kw_exception => Keyword::Exception,
        Rule::kw_document => Keyword::Document,
        Rule::kw_role => Keyword::Role,
        Rule::kw_provision => Keyword::Provision,
        Rule::kw_test => Keyword::Test,
        Rule::kw_school => Keyword::School,
        Rule::kw_title => Keyword::Title,
        Rule::kw_approved => Keyword::Approved,
        Rule::kw_source => Keyword::Source,
        Rule::kw_set => Keyword::Set,
        Rule::kw_list => Keyword::List,
        Rule::kw_of => Keyword::Of,
        Rule::kw_keyed => Keyword::Keyed,
        Rule::kw_int => Keyword::Int,
        Rule::kw_decimal => Keyword::Decimal,
        Rule::kw_bool => Keyword::Bool,
        Rule::kw_text => Keyword::Text,
        Rule::kw_date => Keyword::Date,
        Rule::kw_duration => Keyword::Duration,
        Rule::kw_by => Keyword::By,
        Rule::kw_cap => Keyword::Cap,
        Rule::kw_grades => Keyword::Grades,
        Rule::kw_total => Keyword::Total,
        Rule::kw_weeks => Keyword::Weeks,
        Rule::kw_when => Keyword::When,
        Rule::kw_unless => Keyword::Unless,
        Rule::kw_violation => Keyword::Violation,
        Rule::kw_warning => Keyword::Warning,
        Rule::kw_info => Keyword::Info,
        Rule::kw_for => Keyword::For,
        Rule::kw_allow => Keyword::Allow,
        Rule::kw_require => Keyword::Require,
        Rule::kw_duty => Keyword::Duty,
        Rule::kw_right => Keyword::Right,
        Rule::kw_within => Keyword::Within,
        Rule::kw_after => Keyword::After,
        Rule::kw_fulfilled_by => Keyword::FulfilledBy,
        Rule::kw_every => Keyword::Every,
        Rule::kw_quarter => Keyword::Quarter,
        Rule::kw_trimester => Keyword::Trimester,
        Rule::kw_year_period => Keyword::Year,
        Rule::kw_month_period => Keyword::Month,
        Rule::kw_week_period => Keyword::Week,
        Rule::kw_case => Keyword::Case,
        Rule::kw_expect => Keyword::Expect,
        Rule::kw_no => Keyword::No,
        Rule::kw_violations => Keyword::Violations,
        Rule::kw_missing => Keyword::Missing,
        Rule::kw_and => Keyword::And,
        Rule::kw_or => Keyword::Or,
        Rule::kw_not => Keyword::Not,
        Rule::kw_in => Keyword::In,
        Rule::kw_if => Keyword::If,
        Rule::kw_then => Keyword::Then,
        Rule::kw_else => Keyword::Else,
        Rule::kw_where => Keyword::Where,
        Rule::kw_null => Keyword::Null,
        Rule::kw_true => Keyword::True,
        Rule::kw_false => Keyword::False,
        _ => return None,
    })
}

fn collect_keywords(pairs: Pairs<'_>) -> Vec<(Span, Keyword)> {
    pairs.flatten().filter_map(|p| keyword_of(p.as_rule()).map(|k| (span_of(&p), k))).collect()
}
