//! Conversion of literals: texts and templates, citations, numbers, dates,
//! ranges, durations and severities.

use crate::code::Code;

use jiff::civil::Date;
use rust_decimal::Decimal;

use super::converter::{empty_text, Converter};
use super::spans::span_of;
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::grammar::Rule;
use crate::tree::Pair;
use policy_i18n::msg;

impl Converter<'_> {
    /// A citation `§ "…"`, with its words `«…»` if named.
    pub(super) fn citation(&self, pair: Pair<'_>) -> Citation {
        let span = span_of(&pair);
        let mut text = String::new();
        let mut words = None;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::string => text = self.text_of(part).value,
                Rule::words => {
                    let span = span_of(&part);
                    let value = part.into_inner().next().map(|t| t.as_str().to_string()).unwrap_or_default();
                    words = Some(Text { value, span });
                }
                _ => {}
            }
        }
        Citation { text, span, words }
    }

    /// The first string under `pair`, as plain text (an empty text if there is none).
    pub(super) fn first_text(&self, pair: Pair<'_>) -> Text {
        let span = span_of(&pair);
        pair.into_inner()
            .find(|p| p.as_rule() == Rule::string)
            .map(|p| self.text_of(p))
            .unwrap_or_else(|| empty_text(span.end))
    }

    /// A string as plain text: interpolations are kept as their `{…}` source.
    pub(super) fn text_of(&self, pair: Pair<'_>) -> Text {
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

    /// A string as a template: its text with the interpolated expressions.
    pub(super) fn template(&self, pair: Pair<'_>) -> Template {
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

    /// A literal value.
    pub(super) fn literal(&self, pair: Pair<'_>) -> Literal {
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
                        Rule::unit => unit = crate::units::parse_number_unit(part.as_str()),
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

    /// A duration such as `10 days`.
    pub(super) fn duration(&self, pair: Pair<'_>) -> Duration {
        let mut amount = 0;
        let mut unit = DurationUnit::Days;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::integer => amount = self.integer(&part).unwrap_or(0),
                Rule::duration_unit => {
                    unit = crate::units::parse_duration_unit(part.as_str()).unwrap_or(DurationUnit::Days)
                }
                _ => {}
            }
        }
        Duration { amount, unit }
    }

    /// A number followed by a word that is no duration unit (`5 fortnights`),
    /// where only a duration can stand: reported at the unit, read as days.
    pub(super) fn unknown_duration(&self, pair: Pair<'_>) -> Duration {
        let mut amount = 0;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::integer => amount = self.integer(&part).unwrap_or(0),
                Rule::unknown_unit => self.push(
                    Diagnostic::new(
                        Code::UnknownUnit,
                        msg!("check-unknown-unit", unit = part.as_str().to_owned()),
                        span_of(&part),
                        msg!("check-unknown-unit-label"),
                    )
                    .with_help(msg!("check-unknown-unit-help", units = crate::units::known_duration_units())),
                ),
                _ => {}
            }
        }
        Duration { amount, unit: DurationUnit::Days }
    }

    /// The bounds of a range `lo..hi`, reporting an empty one.
    pub(super) fn range(&self, pair: &Pair<'_>) -> (i64, i64) {
        let bounds: Vec<i64> = pair.into_inner().filter_map(|p| self.integer(&p)).collect();
        let range = match bounds.as_slice() {
            [lo, hi] => (*lo, *hi),
            _ => (0, 0),
        };
        if range.0 > range.1 {
            self.push(
                Diagnostic::new(
                    Code::EmptyRange,
                    msg!("check-empty-range", range = pair.as_str().to_owned()),
                    span_of(pair),
                    msg!("check-empty-range-label"),
                )
                .with_help(msg!("check-empty-range-help")),
            );
        }
        range
    }

    /// An integer, reporting one too large for `i64`.
    pub(super) fn integer(&self, pair: &Pair<'_>) -> Option<i64> {
        match pair.as_str().parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.push(
                    Diagnostic::new(
                        Code::NumberTooLarge,
                        msg!("check-number-too-large", number = pair.as_str().to_owned()),
                        span_of(pair),
                        msg!("check-number-too-large-label"),
                    )
                    .with_help(msg!("check-number-too-large-help")),
                );
                None
            }
        }
    }

    /// A decimal number, reporting one `Decimal` cannot hold exactly.
    pub(super) fn number(&self, pair: &Pair<'_>) -> Option<Decimal> {
        match Decimal::from_str_exact(pair.as_str()) {
            Ok(n) => Some(n),
            Err(_) => {
                self.push(
                    Diagnostic::new(
                        Code::NumberTooLarge,
                        msg!("check-number-inexact", number = pair.as_str().to_owned()),
                        span_of(pair),
                        msg!("check-number-inexact-label"),
                    )
                    .with_help(msg!("check-number-inexact-help")),
                );
                None
            }
        }
    }

    /// A date `YYYY-MM-DD`, reporting one not in the calendar.
    pub(super) fn date(&self, pair: &Pair<'_>) -> Option<Date> {
        match pair.as_str().parse::<Date>() {
            Ok(d) => Some(d),
            Err(_) => {
                self.push(
                    Diagnostic::new(
                        Code::InvalidDate,
                        msg!("check-invalid-date", date = pair.as_str().to_owned()),
                        span_of(pair),
                        msg!("check-invalid-date-label"),
                    )
                    .with_help(msg!("check-invalid-date-help")),
                );
                None
            }
        }
    }
}

/// The severity a `severity` node names.
pub(super) fn severity_of(pair: &Pair<'_>) -> Severity {
    match pair.into_inner().next().map(|p| p.as_rule()) {
        Some(Rule::kw_warning) => Severity::Warning,
        Some(Rule::kw_info) => Severity::Info,
        _ => Severity::Violation,
    }
}

/// The character an escape sequence stands for.
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
