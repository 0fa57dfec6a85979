//! Conversion of the `school_year` declaration: terms and holidays as month-day ranges.

use jiff::civil::Date;

use super::converter::{empty_text, Converter};
use super::spans::span_of;
use crate::ast::*;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::grammar::Rule;
use crate::tree::Pair;
use policy_i18n::msg;

/// A leap year, so that a month-day is checked against the longest month (29 February is
/// the last day of February: 28 February in a common year).
const LEAP_YEAR: i16 = 2024;

impl Converter<'_> {
    /// A `school_year` block.
    pub(super) fn school_year(&self, pair: Pair<'_>) -> SchoolYearDecl {
        let block = span_of(&pair);
        let mut decl = SchoolYearDecl { title: None, citation: None, parts: Vec::new(), errors: Vec::new() };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::school_year_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::string => decl.title = Some(self.text_of(child)),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::school_term | Rule::school_holidays => {
                    if let Some(part) = self.school_year_part(child) {
                        decl.parts.push(part);
                    }
                }
                _ => {}
            }
        }
        decl
    }

    /// One `term "…" 09-01..10-26` or `holidays "…" 10-27..11-04`; `None` when a date is not
    /// a day of the calendar (reported).
    fn school_year_part(&self, pair: Pair<'_>) -> Option<SchoolYearPart> {
        let span = span_of(&pair);
        let mut kind = SchoolYearPartKind::Holidays;
        let mut name = empty_text(span.start);
        let mut days = Vec::new();
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::kw_term => kind = SchoolYearPartKind::Term,
                Rule::kw_trimester => kind = SchoolYearPartKind::Trimester,
                Rule::string => name = self.text_of(child),
                Rule::month_days => {
                    for day in child.into_inner() {
                        days.push(self.month_day(&day));
                    }
                }
                _ => {}
            }
        }
        let [Some(from), Some(to)] = <[Option<MonthDay>; 2]>::try_from(days).ok()? else {
            return None;
        };
        Some(SchoolYearPart { kind, name, from, to, span })
    }

    /// A month-day `MM-DD`, reporting one that is not a day of every year.
    fn month_day(&self, pair: &Pair<'_>) -> Option<MonthDay> {
        let text = pair.as_str();
        let span = span_of(pair);
        let parsed = text.split_once('-').and_then(|(m, d)| Some((m.parse::<i8>().ok()?, d.parse::<i8>().ok()?)));
        match parsed {
            Some((month, day)) if Date::new(LEAP_YEAR, month, day).is_ok() => Some(MonthDay { month, day, span }),
            _ => {
                self.push(
                    Diagnostic::new(
                        Code::InvalidDate,
                        msg!("check-invalid-month-day", day = text.to_owned()),
                        span,
                        msg!("check-invalid-month-day-label"),
                    )
                    .with_help(msg!("check-invalid-month-day-help")),
                );
                None
            }
        }
    }
}
