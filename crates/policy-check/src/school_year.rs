//! The school year: its terms (четверти or триместры) and holidays as a yearly pattern of
//! month-day dates, the default that applies when a policy declares none, and the calendar
//! questions the evaluator asks (the terms of a year, the school weeks left).

use std::sync::Arc;

use jiff::civil::Date;

use crate::model::{CitationRef, Location};

/// A day of the year without the year: (month, day). 29 February means the last day of
/// February in a year that has no 29th.
pub type MonthDay = (i8, i8);

/// A term or the holidays of the school year, as a yearly pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearPart {
    /// Its name (`I четверть`, `осенние`).
    pub name: String,
    /// Its first day.
    pub from: MonthDay,
    /// Its last day (in the next calendar year when the pattern has turned the year).
    pub to: MonthDay,
}

/// What the regulation calls a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermWord {
    /// Четверть (a year of four terms, usually).
    Quarter,
    /// Триместр.
    Trimester,
}

/// The school year of a policy: declared (`school_year { … }`) or the default.
#[derive(Debug, Clone)]
pub struct SchoolYear {
    /// Its description.
    pub title: Option<String>,
    /// Its clause.
    pub citation: Option<Arc<CitationRef>>,
    /// The terms in calendar order, the first starting the year and the last ending it.
    pub terms: Vec<YearPart>,
    /// The holidays between terms, in calendar order.
    pub holidays: Vec<YearPart>,
    /// What a term is called.
    pub word: TermWord,
    /// Where it is declared; `None` for the default.
    pub location: Option<Location>,
}

impl Default for SchoolYear {
    /// The usual Russian school year of four четверти, as the calendar of the federal
    /// educational programmes sets it (ФОП ООО, приказ Минпросвещения России от 18.05.2023
    /// № 370, "Федеральный календарный учебный график", its dates for 2024/25 kept as a yearly
    /// pattern): 1 September – 26 May; autumn, winter and spring holidays between the terms.
    fn default() -> Self {
        let part = |name: &str, from: MonthDay, to: MonthDay| YearPart { name: name.to_string(), from, to };
        SchoolYear {
            title: Some("учебный год по умолчанию: четыре четверти (ФОП, приказ Минпросвещения России № 370)".into()),
            citation: None,
            terms: vec![
                part("I четверть", (9, 1), (10, 26)),
                part("II четверть", (11, 5), (12, 28)),
                part("III четверть", (1, 9), (3, 29)),
                part("IV четверть", (4, 7), (5, 26)),
            ],
            holidays: vec![
                part("осенние каникулы", (10, 27), (11, 4)),
                part("зимние каникулы", (12, 29), (1, 8)),
                part("весенние каникулы", (3, 30), (4, 6)),
            ],
            word: TermWord::Quarter,
            location: None,
        }
    }
}

/// One term of one school year, with its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term<'y> {
    /// Its name.
    pub name: &'y str,
    /// Its first day.
    pub from: Date,
    /// Its last day.
    pub to: Date,
}

/// The date of `md` in `year` (29 February is 28 February in a common year); `None` outside
/// the calendar jiff knows.
pub fn date_in(year: i16, (month, day): MonthDay) -> Option<Date> {
    match Date::new(year, month, day) {
        Ok(date) => Some(date),
        Err(_) if (month, day) == (2, 29) => Date::new(year, 2, 28).ok(),
        Err(_) => None,
    }
}

impl SchoolYear {
    /// The terms of the school year that starts in calendar year `year`, with their dates:
    /// each boundary is in the year of the previous one, or the next when the month-day goes
    /// back (the pattern turns the year at most once, which the checker guarantees).
    pub fn terms_of(&self, year: i16) -> Vec<Term<'_>> {
        let mut out = Vec::with_capacity(self.terms.len());
        let mut current = year;
        let mut previous: Option<MonthDay> = None;
        for part in &self.terms {
            let mut dated = [None, None];
            for (slot, md) in dated.iter_mut().zip([part.from, part.to]) {
                if previous.is_some_and(|p| md < p) {
                    current = current.saturating_add(1);
                }
                previous = Some(md);
                *slot = date_in(current, md);
            }
            if let [Some(from), Some(to)] = dated {
                out.push(Term { name: &part.name, from, to });
            }
        }
        out
    }

    /// The calendar year in which the school year of `date` starts: the year whose last
    /// term ends on or after `date` (a date after the last term, in the summer, belongs to
    /// the coming school year).
    pub fn year_of(&self, date: Date) -> i16 {
        let y = date.year();
        for candidate in [y.saturating_sub(1), y] {
            if self.terms_of(candidate).last().is_some_and(|t| date <= t.to) {
                return candidate;
            }
        }
        y
    }

    /// The terms as a lawyer reads them: `I четверть 01.09–26.10, II четверть 05.11–28.12, …`.
    pub fn terms_text(&self) -> String {
        let md = |(m, d): MonthDay| format!("{d:02}.{m:02}");
        let terms: Vec<String> = self.terms.iter().map(|t| format!("{} {}–{}", t.name, md(t.from), md(t.to))).collect();
        terms.join(", ")
    }

    /// The first day of the first term and the last day of the last term of the school year
    /// of `date` (a date after the last term, in the summer, belongs to the coming year).
    /// `None` when the calendar cannot place the date.
    pub fn bounds_of(&self, date: Date) -> Option<(Date, Date)> {
        let terms = self.terms_of(self.year_of(date));
        Some((terms.first()?.from, terms.last()?.to))
    }

    /// The school weeks from `date` (included) to the end of its school year: the school
    /// days (Monday to Friday) of the terms from that date on, holidays between terms
    /// excluded, divided by five, a part of a week counting as a week. Public holidays inside
    /// a term do not shorten the count: the federal calendar counts its 34 weeks the same
    /// way. `None` when the calendar cannot place the date.
    pub fn weeks_left(&self, date: Date) -> Option<i64> {
        if self.terms.is_empty() {
            return None;
        }
        let mut days: i64 = 0;
        for term in self.terms_of(self.year_of(date)) {
            let from = term.from.max(date);
            if from <= term.to {
                days += weekdays(from, term.to);
            }
        }
        Some((days + 4) / 5)
    }
}

/// The days from Monday to Friday between `from` and `to`, both included (`from <= to`).
fn weekdays(from: Date, to: Date) -> i64 {
    let days = i64::from((to - from).get_days()) + 1;
    // Whole weeks have five each; the days left over start on `from`'s weekday.
    let mut count = days / 7 * 5;
    let start = i64::from(from.weekday().to_monday_zero_offset());
    for offset in 0..days % 7 {
        if (start + offset) % 7 < 5 {
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_default_year_has_four_terms_from_1_september_to_26_may() {
        let year = SchoolYear::default();
        let terms = year.terms_of(2025);
        assert_eq!(terms.len(), 4);
        assert_eq!((terms[0].from, terms[3].to), (date(2025, 9, 1), date(2026, 5, 26)));
        assert_eq!((terms[2].from, terms[2].to), (date(2026, 1, 9), date(2026, 3, 29)));
    }

    #[test]
    fn a_summer_date_belongs_to_the_coming_year() {
        let year = SchoolYear::default();
        assert_eq!(year.year_of(date(2026, 3, 1)), 2025);
        assert_eq!(year.year_of(date(2026, 5, 27)), 2026);
        assert_eq!(year.year_of(date(2025, 8, 31)), 2025);
    }

    #[test]
    fn weeks_left_count_school_days_of_the_terms_and_round_up() {
        let year = SchoolYear::default();
        // The first day of 2025/26: 40 + 38 + 56 + 36 school days, 170: the federal
        // calendar's 34 weeks.
        assert_eq!(year.weeks_left(date(2025, 9, 1)), Some(34));
        // 12 January 2026 (a Monday): 55 school days of the III term and 36 of the IV, 91:
        // 18 weeks and a day.
        assert_eq!(year.weeks_left(date(2026, 1, 12)), Some(19));
        // In the spring holidays: only the IV term, 36 days.
        assert_eq!(year.weeks_left(date(2026, 4, 1)), Some(8));
        // The last day of the year: one day, a part of a week.
        assert_eq!(year.weeks_left(date(2026, 5, 26)), Some(1));
        // A Saturday: the two school days of the next week are left.
        assert_eq!(year.weeks_left(date(2026, 5, 23)), Some(1));
    }

    #[test]
    fn weekdays_count_monday_to_friday() {
        // Monday 1 September to Sunday 26 October 2025: eight weeks.
        assert_eq!(weekdays(date(2025, 9, 1), date(2025, 10, 26)), 40);
        // A Saturday and a Sunday.
        assert_eq!(weekdays(date(2025, 9, 6), date(2025, 9, 7)), 0);
        // Friday to Monday.
        assert_eq!(weekdays(date(2025, 9, 5), date(2025, 9, 8)), 2);
    }

    #[test]
    fn the_bounds_follow_the_terms() {
        let year = SchoolYear::default();
        assert_eq!(year.bounds_of(date(2026, 2, 10)), Some((date(2025, 9, 1), date(2026, 5, 26))));
        // The summer belongs to the coming year.
        assert_eq!(year.bounds_of(date(2026, 7, 1)), Some((date(2026, 9, 1), date(2027, 5, 26))));
    }

    #[test]
    fn february_29_is_the_last_day_of_february() {
        assert_eq!(date_in(2025, (2, 29)), Some(date(2025, 2, 28)));
        assert_eq!(date_in(2024, (2, 29)), Some(date(2024, 2, 29)));
    }
}
