//! clap's errors about the command line (an unknown argument, a bad value, a
//! missing argument…) in the reader's language: a clap `ErrorFormatter` that
//! words the common kinds from Fluent (`cli.ftl`, `cli-arg-error-*`) and
//! falls back to clap's short English description for the rare others.

use std::fmt::Write as _;
use std::sync::OnceLock;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, Error, ErrorFormatter, ErrorKind};
use policy_i18n::{tr, Lang};

static LANG: OnceLock<Lang> = OnceLock::new();

/// Records the language of argument errors (the language of help), once,
/// before the arguments are parsed.
pub fn set_language(lang: Lang) {
    let _ = LANG.set(lang);
}

/// Words clap's errors in the language recorded by [`set_language`].
pub struct Localised;

fn text(error: &Error<Localised>, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        _ => None,
    }
}

fn list(error: &Error<Localised>, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// The first line of the error, `None` for a kind worded only by clap.
fn headline(lang: Lang, error: &Error<Localised>) -> Option<String> {
    let arg = || text(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = || text(error, ContextKind::InvalidValue).unwrap_or_default();
    Some(match error.kind() {
        ErrorKind::InvalidValue if value().is_empty() => tr!(lang, "cli-arg-error-value-required", arg = arg()),
        ErrorKind::InvalidValue => tr!(lang, "cli-arg-error-invalid-value", arg = arg(), value = value()),
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error).map(|s| s.to_string()).unwrap_or_default();
            tr!(lang, "cli-arg-error-invalid-value-because", arg = arg(), value = value(), reason = reason)
        }
        ErrorKind::UnknownArgument => tr!(lang, "cli-arg-error-unknown-argument", arg = arg()),
        ErrorKind::InvalidSubcommand => {
            tr!(lang, "cli-arg-error-unknown-command", command = text(error, ContextKind::InvalidSubcommand)?)
        }
        ErrorKind::MissingRequiredArgument => {
            let mut line = tr!(lang, "cli-arg-error-missing");
            for a in list(error, ContextKind::InvalidArg) {
                let _ = write!(line, "\n  {a}");
            }
            line
        }
        ErrorKind::ArgumentConflict => {
            let with = text(error, ContextKind::PriorArg).unwrap_or_default();
            tr!(lang, "cli-arg-error-conflict", arg = arg(), with = with)
        }
        _ => return None,
    })
}

impl ErrorFormatter for Localised {
    fn format_error(error: &Error<Self>) -> StyledStr {
        let lang = LANG.get().copied().unwrap_or_default();
        let mut out = String::new();
        let headline = headline(lang, error)
            .or_else(|| error.kind().as_str().map(str::to_owned))
            .unwrap_or_else(|| tr!(lang, "cli-arg-error-other"));
        let _ = write!(out, "{}", tr!(lang, "cli-arg-error", message = headline));
        let valid = list(error, ContextKind::ValidValue);
        if !valid.is_empty() {
            let _ = write!(out, "\n  [{}]", tr!(lang, "cli-possible-values", values = valid.join(", ")));
        }
        for kind in [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand, ContextKind::SuggestedValue] {
            for suggestion in list(error, kind) {
                let _ = write!(out, "\n\n  {}", tr!(lang, "cli-arg-error-similar", suggestion = suggestion));
            }
        }
        if let Some(usage) = text(error, ContextKind::Usage) {
            let usage =
                usage.strip_prefix("Usage:").map_or(usage.clone(), |rest| format!("{}{rest}", tr!(lang, "cli-usage")));
            let _ = write!(out, "\n\n{usage}");
        }
        let _ = write!(out, "\n\n{}\n", tr!(lang, "cli-arg-error-more"));
        StyledStr::from(out)
    }
}
