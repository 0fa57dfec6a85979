//! Lowers `calendar_year` declarations: years of the production calendar a policy (or a
//! file it `use`s) declares. They replace, for this policy, the shipped year and a
//! `--calendar` year of the same number (see [`Model::add_calendar_years`]).
//!
//! [`Model::add_calendar_years`]: crate::model::Model::add_calendar_years

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::{Date, Weekday};
use policy_calendar::Year;
use policy_i18n::msg;
use policy_syntax::ast::{self, CalendarYearDecl};
use policy_syntax::{Code, Diagnostic};

use super::Lowerer;
use crate::model::FileId;

impl Lowerer<'_> {
    /// A `calendar_year`: checked (P0414–P0417, a year declared twice P0203) and kept for
    /// [`Lowerer::finish_calendar`]; a year with an error is left out.
    pub(super) fn calendar_year(&mut self, f: FileId, decl: &CalendarYearDecl, span: ast::Span) {
        let Some(number) = decl.year else { return };
        let Some(year) = i16::try_from(number).ok().filter(|y| Date::new(*y, 1, 1).is_ok()) else {
            self.push(
                f,
                Diagnostic::new(
                    Code::CalendarDayOutsideYear,
                    msg!("check-not-calendar-year", year = number.to_string()),
                    decl.year_span,
                    msg!("check-not-calendar-year-label"),
                )
                .with_help(msg!("check-not-calendar-year-help")),
            );
            return;
        };
        let name = ast::Ident { name: number.to_string(), span: decl.year_span };
        if !self.first_declaration(f, "calendar-year", &name) {
            return;
        }
        let source = decl.source.as_ref().filter(|s| !s.value.trim().is_empty());
        let Some(source) = source else {
            let at = decl.source.as_ref().map_or(ast::Span { start: span.start, end: decl.year_span.end }, |s| s.span);
            self.push(
                f,
                Diagnostic::new(
                    Code::CalendarYearWithoutSource,
                    msg!("check-calendar-year-without-source", year = year.to_string()),
                    at,
                    msg!("check-calendar-year-without-source-label"),
                )
                .with_help(msg!("check-calendar-year-without-source-help", year = year.to_string())),
            );
            return;
        };
        if let Some((non_working, working)) = self.calendar_days(f, year, decl) {
            if let Ok(data) = Year::from_dates(year, source.value.clone(), non_working, working) {
                self.calendar_years.insert(year, data);
            }
        }
    }

    /// The year's non-working and working days, each date checked; `None` when one is wrong
    /// (reported).
    fn calendar_days(
        &mut self,
        f: FileId,
        year: i16,
        decl: &CalendarYearDecl,
    ) -> Option<(BTreeSet<Date>, BTreeSet<Date>)> {
        let mut first: BTreeMap<Date, ast::Span> = BTreeMap::new();
        let (mut non_working, mut working) = (BTreeSet::new(), BTreeSet::new());
        let mut valid = true;
        for list in &decl.days {
            for &(date, at) in &list.dates {
                let problem = if date.year() != year {
                    Some(
                        Diagnostic::new(
                            Code::CalendarDayOutsideYear,
                            msg!("check-day-outside-year", date = date.to_string(), year = year.to_string()),
                            at,
                            msg!("check-day-outside-year-label", year = date.year().to_string()),
                        )
                        .with_help(msg!(
                            "check-day-outside-year-help",
                            year = year.to_string(),
                            other = date.year().to_string()
                        )),
                    )
                } else if let Some(&before) = first.get(&date) {
                    Some(
                        Diagnostic::new(
                            Code::CalendarDayTwice,
                            msg!("check-day-twice", date = date.to_string(), year = year.to_string()),
                            at,
                            msg!("check-day-twice-label"),
                        )
                        .with_label(before, msg!("check-day-twice-first"))
                        .with_help(msg!("check-day-twice-help")),
                    )
                } else if list.working && !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) {
                    Some(
                        Diagnostic::new(
                            Code::CalendarWorkingWeekday,
                            msg!(
                                "check-working-weekday",
                                date = date.to_string(),
                                weekday = date.weekday().to_monday_one_offset()
                            ),
                            at,
                            msg!("check-working-weekday-label"),
                        )
                        .with_help(msg!("check-working-weekday-help")),
                    )
                } else {
                    None
                };
                match problem {
                    Some(d) => {
                        self.push(f, d);
                        valid = false;
                    }
                    None => {
                        first.insert(date, at);
                        if list.working { &mut working } else { &mut non_working }.insert(date);
                    }
                }
            }
        }
        valid.then_some((non_working, working))
    }

    /// Puts the declared years into the model's production calendar.
    pub(super) fn finish_calendar(&mut self) {
        if self.calendar_years.years().next().is_some() {
            let years = std::mem::take(&mut self.calendar_years);
            self.model.add_calendar_years(years);
        }
    }
}
