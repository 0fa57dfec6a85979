//! The formatter of the policy language: `policy fmt` and the language server's
//! "format document".
//!
//! ```
//! let messy = "rule   weekly_load §\"16\"{when weekly_hours>max_weekly_hours\nviolation \"много\"}";
//! let formatted = policy_fmt::format(messy, None).unwrap();
//! assert_eq!(formatted, "rule weekly_load § \"16\" {\n  when weekly_hours > max_weekly_hours\n  violation \"много\"\n}\n");
//! assert_eq!(policy_fmt::format(&formatted, None).unwrap(), formatted);
//! ```
//!
//! The text is printed again from its syntax tree, so the result does not depend on
//! the input's indentation or spacing, and formatting twice changes nothing. The
//! tree of the result is checked against the tree of the input (apart from byte
//! positions) before anything is returned: a formatted file means what the original
//! meant, or [`format`] refuses with [`FormatError::Internal`].
//!
//! # The canonical layout
//!
//! - Indentation is two spaces; every block item (`when`, `require`, `duty`, a table
//!   row, a field, …) is on its own line; `{` ends its header line, `}` stands alone,
//!   `{}` is an empty block. Lines are never wrapped automatically.
//! - Single spaces separate tokens: around binary operators, after `,` and `:`, and
//!   between `§` and its text; none inside `()`, `[]`, `{…}` interpolations, paths,
//!   ranges. Operators are written in ASCII (`!=`, `<=`, `>=`, `*`; a curriculum's
//!   empty cell is `-`). Expressions get the fewest parentheses their tree needs; the
//!   author's own parentheses are kept.
//! - Between top-level declarations there is exactly one blank line, except that
//!   declarations of the same kind without a `{ … }` block (`use`, `clause`, `param`,
//!   `value`, `provision`, a `document` without requirements) that the author wrote
//!   on adjacent lines stay adjacent. Inside blocks, a blank line between items is
//!   kept (never more than one), none after `{` or before `}`.
//! - The author's line breaks are kept where they are part of the canonical layout:
//!   after the `=` of a `value` or `param` (the expression then starts on the next
//!   line, indented two); before a binary operator and before `then` and `else`
//!   (continuation lines are indented two more than the line the expression starts
//!   on, or not at all when it starts a line of its own); before the `when`,
//!   `within` or `every` part of a duty (indented four) and before the `when` of a
//!   document (indented two). Any other break disappears.
//! - Columns are aligned, counting display width (a Cyrillic letter is one column):
//!   the values of the `policy` block after its keywords; an enumeration's
//!   descriptions after the variant names; in a table, each pattern and the label in
//!   columns and every `=>` under each other; in a curriculum, the labels, then every
//!   column of cells, left-aligned, two spaces apart.
//! - Strings, citations, numbers, dates and ranges are written exactly as in the
//!   source (escapes included); a `"""…"""` clause text is kept byte for byte.
//!   Interpolations `{expr}` in messages are re-printed like any expression.
//! - Comments are kept: one that followed code on its line stays at the end of the
//!   line of the token it followed; one on its own line goes on its own line before
//!   what follows it, at that thing's indentation. A comment where the layout has no
//!   line break brings one: what follows continues on the next line, indented.
//!   Trailing white space is removed; lines end with `\n` (a clause text keeps its
//!   own line ends); the file ends with one line break.
//! - Keywords keep the language each was written in, or all take the language asked
//!   for. Units follow the language of their own spelling, or the one asked for:
//!   `h`/`ч`, and days, weeks and months in the form their number needs (`1 day`,
//!   `2 days`; `1 день`, `2 дня`, `5 дней`). Russian `every` agrees with its period:
//!   `каждый квартал`, `каждую неделю`, `каждые 14 дней`.

mod expr;
mod layout;
mod printer;
mod words;

use policy_syntax::ast::{Comment, File};
use policy_syntax::{dominant_language, parse, Diagnostic};

pub use policy_syntax::KeywordLanguage;

/// Why a text was not formatted.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FormatError {
    /// The text has syntax errors (the parser's diagnostics): it is left as it is.
    #[error("the text has {} syntax error{}", .0.len(), if .0.len() == 1 { "" } else { "s" })]
    Syntax(Vec<Diagnostic>),
    /// The formatted text would not have meant the same as the original: a block
    /// repeats an item the syntax tree keeps only once (a second outcome in a rule),
    /// or the formatter has a bug. Nothing should be written.
    #[error("the formatter could not keep the meaning of this text ({0}); it is left as it is")]
    Internal(String),
}

/// `text` in the canonical layout, with every keyword written in `keywords` when
/// given (otherwise each keyword keeps its own language).
///
/// Fails with [`FormatError::Syntax`] when the text has syntax errors.
pub fn format(text: &str, keywords: Option<KeywordLanguage>) -> Result<String, FormatError> {
    // Printing and comparing trees recurse as deep as an expression nests (a chain of
    // 20 000 `+` is 20 000 deep): the work gets a stack of its own, large enough.
    std::thread::scope(|scope| {
        match std::thread::Builder::new().stack_size(STACK_SIZE).spawn_scoped(scope, || format_here(text, keywords)) {
            Ok(worker) => {
                worker.join().unwrap_or_else(|_| Err(FormatError::Internal("the formatter failed on this text".into())))
            }
            Err(_) => format_here(text, keywords),
        }
    })
}

/// The stack of the thread that formats (reserved, not committed, memory).
const STACK_SIZE: usize = 256 * 1024 * 1024;

fn format_here(text: &str, keywords: Option<KeywordLanguage>) -> Result<String, FormatError> {
    let parsed = parse(text);
    let errors: Vec<Diagnostic> = parsed.diagnostics.into_iter().filter(Diagnostic::is_error).collect();
    if !errors.is_empty() {
        return Err(FormatError::Syntax(errors));
    }
    let comments = &parsed.file.comments;
    let formatted = print(text, &parsed.file, comments, keywords);
    let again = parse(&formatted);
    if let Some(d) = again.diagnostics.iter().find(|d| d.is_error()) {
        return Err(FormatError::Internal(format!("the result does not parse: {}", d.message)));
    }
    if again.file.keywords.len() < parsed.file.keywords.len() {
        return Err(FormatError::Internal(
            "part of the text is not in its syntax tree: a block repeats an item it can have once \
             (a second outcome, `allow` or `case`, or a repeated `policy` entry), and only the last is kept"
                .into(),
        ));
    }
    if !same_meaning(&parsed.file, &again.file) {
        return Err(FormatError::Internal("the result has a different syntax tree".into()));
    }
    Ok(formatted)
}

/// Prints a parsed file (`file` is the parse of `text`, without syntax errors).
fn print(text: &str, file: &File, comments: &[Comment], keywords: Option<KeywordLanguage>) -> String {
    let fallback = keywords.unwrap_or_else(|| dominant_language(text, file));
    let mut printer = printer::Printer::new(text, &file.keywords, comments, keywords, fallback);
    layout::print_file(&mut printer, file);
    printer.finish()
}

/// Whether two parsed files have the same syntax tree apart from byte positions:
/// the same declarations, the same keywords (whatever their language), and the same
/// comments (apart from trailing white space).
pub fn same_meaning(a: &File, b: &File) -> bool {
    shape(a) == shape(b)
}

/// The debug form of a file, without byte positions and trailing white space in comments.
fn shape(file: &File) -> String {
    let mut file = file.clone();
    for c in &mut file.comments {
        c.text = c.text.trim_end().to_string();
    }
    let text = format!("{file:?}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("Span { start: ") {
        out.push_str(&rest[..at]);
        out.push_str("Span");
        rest = match rest[at..].find('}') {
            Some(end) => &rest[at + end + 1..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}
