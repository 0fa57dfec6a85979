//! Lowers `calendar_year` declarations: years of the production calendar a policy (or a
//! file it `use`s) declares. They replace, for this policy, the shipped year and a
//! `--calendar` year of the same number (see [`Model::add_calendar_years`]).
//!
//! [`Model::add_calendar_years`]: crate::model::Model::add_calendar_years

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::{Date, Weekday};
use policy_calendar::Year;
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
                    format!("`{number}` is not a calendar year"),
                    decl.year_span,
                    "not a year",
                )
                .with_help("write the year's four digits: `calendar_year 2028 \"…\" { … }`"),
            );
            return;
        };
        let name = ast::Ident { name: number.to_string(), span: decl.year_span };
        if !self.first_declaration(f, "calendar year", &name) {
            return;
        }
        let source = decl.source.as_ref().filter(|s| !s.value.trim().is_empty());
        let Some(source) = source else {
            let at = decl.source.as_ref().map_or(ast::Span { start: span.start, end: decl.year_span.end }, |s| s.span);
            self.push(
                f,
                Diagnostic::new(
                    Code::CalendarYearWithoutSource,
                    format!("the calendar year {year} does not name its source"),
                    at,
                    "no source",
                )
                .with_help(format!(
                    "name the act its days come from after the year: `calendar_year {year} \"Постановление \
                     Правительства РФ от … № … «О переносе выходных дней в {year} году»\" {{ … }}`"
                )),
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
                            format!("{date} is not a day of {year}"),
                            at,
                            format!("a day of {}", date.year()),
                        )
                        .with_help(format!(
                            "list only days of {year} here; declare `calendar_year {}` for the others",
                            date.year()
                        )),
                    )
                } else if let Some(&before) = first.get(&date) {
                    Some(
                        Diagnostic::new(
                            Code::CalendarDayTwice,
                            format!("{date} is listed twice in {year}"),
                            at,
                            "listed again",
                        )
                        .with_label(before, "first listed here")
                        .with_help("a day is either `non_working` or `working`: delete one of them"),
                    )
                } else if list.working && !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) {
                    Some(
                        Diagnostic::new(
                            Code::CalendarWorkingWeekday,
                            format!("{date} is a {:?}, a working day already", date.weekday()),
                            at,
                            "not a Saturday or a Sunday",
                        )
                        .with_help("`working` lists only the Saturdays and Sundays a transfer makes working"),
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
