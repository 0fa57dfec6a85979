//! Conversion of the `calendar_year` declaration: a year of the production calendar.

use super::converter::Converter;
use super::spans::span_of;
use crate::ast::*;
use crate::grammar::Rule;
use crate::tree::Pair;

impl Converter<'_> {
    /// A `calendar_year` block.
    pub(super) fn calendar_year(&self, pair: Pair<'_>) -> CalendarYearDecl {
        let block = span_of(&pair);
        let mut decl = CalendarYearDecl {
            year: None,
            year_span: Span { start: block.start, end: block.start },
            source: None,
            days: Vec::new(),
            errors: Vec::new(),
        };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::calendar_year_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::integer => {
                    decl.year_span = span_of(&child);
                    decl.year = self.integer(&child);
                }
                Rule::string => decl.source = Some(self.text_of(child)),
                Rule::calendar_days => decl.days.push(self.calendar_days(child)),
                _ => {}
            }
        }
        decl
    }

    /// One `non_working 2028-01-01, …` or `working 2028-…` list.
    fn calendar_days(&self, pair: Pair<'_>) -> CalendarDays {
        let span = span_of(&pair);
        let mut days = CalendarDays { working: false, dates: Vec::new(), span };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::kw_working => days.working = true,
                Rule::date => {
                    if let Some(date) = self.date(&child) {
                        days.dates.push((date, span_of(&child)));
                    }
                }
                _ => {}
            }
        }
        days
    }
}
