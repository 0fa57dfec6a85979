//! Diagnostics as plain data: produced by the parser and the checker, rendered by
//! the CLI (miette) and converted by the language server. No I/O, no rendering here.
//!
//! The words of a diagnostic (message, labels, help) are [`Message`]s: Fluent
//! ids with arguments (`locales/<lang>/check.ftl` of `policy-i18n`), put into
//! Russian or English where the diagnostic is shown ([`Message::render`]).

use crate::ast::Span;
use crate::code::Code;
use policy_i18n::Lang;
pub use policy_i18n::Message;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiagnosticSeverity {
    /// The policy cannot be trusted until this is fixed.
    Error,
    /// Probably a mistake, or a contradiction in the regulation itself.
    Warning,
}

impl DiagnosticSeverity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticSeverity::Error => "error",
            DiagnosticSeverity::Warning => "warning",
        }
    }
}

/// A secondary labelled span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What it shows.
    pub message: Message,
    /// The file the span is in when it is not the diagnostic's own: the number the checker's
    /// workspace gives the file (`policy_check::model::FileId`). `None`: the same file.
    pub file: Option<usize>,
}

/// A suggested replacement, offered by "did you mean" diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The text to replace.
    pub span: Span,
    /// The replacement.
    pub replacement: String,
}

/// One problem found in a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Its code in the catalogue ([`Code`]), which also gives its severity.
    pub code: Code,
    /// What is wrong: lowercase, no trailing period, user input in backticks.
    pub message: Message,
    /// The primary span.
    pub span: Span,
    /// The label on the primary span.
    pub label: Message,
    /// More labelled spans, in the same file unless a label names another.
    pub labels: Vec<Label>,
    /// How to fix it.
    pub help: Option<Message>,
    /// A machine-applicable fix ("did you mean").
    pub suggestion: Option<Suggestion>,
}

impl Diagnostic {
    /// A new diagnostic with `code` (whose severity it takes), `message` and a
    /// labelled primary span.
    pub fn new(code: Code, message: impl Into<Message>, span: Span, label: impl Into<Message>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            span,
            label: label.into(),
            labels: Vec::new(),
            help: None,
            suggestion: None,
        }
    }

    /// Adds a help line.
    pub fn with_help(mut self, help: impl Into<Message>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a secondary label.
    pub fn with_label(mut self, span: Span, message: impl Into<Message>) -> Self {
        self.labels.push(Label { span, message: message.into(), file: None });
        self
    }

    /// Adds a secondary label in another file of the workspace (`file`, the checker's
    /// `FileId`): a second declaration pointing at the first one in a `use`d file.
    pub fn with_label_in(mut self, file: usize, span: Span, message: impl Into<Message>) -> Self {
        self.labels.push(Label { span, message: message.into(), file: Some(file) });
        self
    }

    /// Adds a suggested replacement of the primary span.
    pub fn with_suggestion(mut self, replacement: impl Into<String>) -> Self {
        self.suggestion = Some(Suggestion { span: self.span, replacement: replacement.into() });
        self
    }

    /// Error or warning, as the catalogue gives it for the code.
    pub fn severity(&self) -> DiagnosticSeverity {
        self.code.severity()
    }

    /// What is wrong, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.message.render(lang)
    }

    /// How to fix it, in `lang`.
    pub fn help_in(&self, lang: Lang) -> Option<String> {
        self.help.as_ref().map(|help| help.render(lang))
    }

    /// Whether this is an error (as opposed to a warning).
    pub fn is_error(&self) -> bool {
        self.severity() == DiagnosticSeverity::Error
    }
}
