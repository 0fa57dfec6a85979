//! The production calendar of the Russian Federation and counting working
//! days by it.
//!
//! A day is non-working when the calendar lists it as such (the non-working
//! holidays of ТК РФ ст. 112, a holiday moved off a weekend, a day off
//! transferred by the Government's yearly decree) or when it is a Saturday or
//! a Sunday that a transfer did not make working. The calendar knows only the
//! years it has data for: a date in any other year is an error
//! ([`CalendarError::MissingYear`]), never a guess.
//!
//! The shipped data ([`Calendar::shipped`]) is `data/production-calendar.toml`,
//! included in the binary, generated during development by
//! `scripts/calendar/generate.py`; a policy or a user adds years in the same
//! format ([`Calendar::parse`], [`Calendar::extend`]; the command line's
//! `--calendar FILE` through [`Calendar::add_user_years`]).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::OnceLock;

use jiff::civil::{Date, Weekday};
use serde::Deserialize;

/// The calendar in use: see [`Calendar::in_use`].
static IN_USE: OnceLock<Calendar> = OnceLock::new();

/// The shipped calendar's text.
const SHIPPED: &str = include_str!("../data/production-calendar.toml");

/// At most this many calendar days are walked while counting working days
/// (a hundred years): counting always terminates.
const MAX_WALK: i64 = 36_525;

/// One year of the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Year {
    /// The act the year's days come from (the Government's decree on
    /// transfers of days off).
    pub source: String,
    /// Days off that are not a plain Saturday or Sunday, and holidays.
    pub non_working: BTreeSet<Date>,
    /// Saturdays and Sundays made working days by a transfer.
    pub working: BTreeSet<Date>,
}

/// A production calendar: some years, each with its source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    years: BTreeMap<i16, Year>,
}

/// Why a calendar could not be read or a count could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarError {
    /// The calendar has no data for this year.
    MissingYear(i16),
    /// The count leaves the range of dates.
    Overflow,
    /// The calendar's text is not valid: what is wrong and how to fix it.
    Invalid(String),
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalendarError::MissingYear(y) => write!(
                f,
                "the production calendar has no data for {y}: declare it in the policy \
                 (`calendar_year {y} \"source\" {{ non_working …; working … }}`) or add it with \
                 `--calendar FILE` (a `[[year]]` table with `year = {y}`, `source`, `non_working`, `working`)"
            ),
            CalendarError::Overflow => f.write_str("the date leaves the range of calendar dates"),
            CalendarError::Invalid(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for CalendarError {}

/// The file format: `[[year]]` tables.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    year: Vec<YearEntry>,
}

/// One `[[year]]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct YearEntry {
    year: i16,
    source: String,
    #[serde(default)]
    non_working: Vec<toml::value::Datetime>,
    #[serde(default)]
    working: Vec<toml::value::Datetime>,
}

impl Calendar {
    /// The calendar in use: the shipped one with the years the user added at
    /// start-up ([`Calendar::add_user_years`]).
    pub fn in_use() -> &'static Calendar {
        IN_USE.get_or_init(|| Calendar::shipped().clone())
    }

    /// Adds years given by the user (`policy --calendar FILE`) to the
    /// calendar in use, replacing the years it has. Once, at start-up, before
    /// any working day is counted; `false` when it is too late (the calendar in
    /// use is then unchanged).
    pub fn add_user_years(years: Calendar) -> bool {
        let mut calendar = Calendar::shipped().clone();
        calendar.extend(years);
        IN_USE.set(calendar).is_ok()
    }

    /// The calendar shipped with the project (2008–2027), read once.
    pub fn shipped() -> &'static Calendar {
        static SHIPPED_CALENDAR: OnceLock<Calendar> = OnceLock::new();
        SHIPPED_CALENDAR.get_or_init(|| {
            // The shipped data is validated by this crate's tests; should it
            // ever fail to read, no year is known and every count says so.
            Calendar::parse(SHIPPED).unwrap_or_default()
        })
    }

    /// Reads a calendar in the shipped format: `[[year]]` tables with `year`,
    /// `source`, `non_working` and `working` (lists of TOML dates).
    pub fn parse(text: &str) -> Result<Calendar, CalendarError> {
        let file: File = toml::from_str(text).map_err(|e| CalendarError::Invalid(e.to_string()))?;
        let mut calendar = Calendar::default();
        for entry in file.year {
            let y = entry.year;
            if calendar.years.contains_key(&y) {
                return Err(CalendarError::Invalid(format!("the year {y} is given twice")));
            }
            let year = Year::read(y, entry.source, &entry.non_working, &entry.working)?;
            calendar.years.insert(y, year);
        }
        Ok(calendar)
    }

    /// Adds (or replaces) a year.
    pub fn insert(&mut self, year: i16, data: Year) {
        self.years.insert(year, data);
    }

    /// Adds the years of `other`, replacing the years both have.
    pub fn extend(&mut self, other: Calendar) {
        self.years.extend(other.years);
    }

    /// The year's data, if the calendar has it.
    pub fn year(&self, year: i16) -> Option<&Year> {
        self.years.get(&year)
    }

    /// The years the calendar has, in order.
    pub fn years(&self) -> impl Iterator<Item = (i16, &Year)> {
        self.years.iter().map(|(y, d)| (*y, d))
    }

    /// Whether `date` is a working day.
    pub fn is_working_day(&self, date: Date) -> Result<bool, CalendarError> {
        let year = self.year(date.year()).ok_or(CalendarError::MissingYear(date.year()))?;
        Ok(if year.non_working.contains(&date) {
            false
        } else if matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) {
            year.working.contains(&date)
        } else {
            true
        })
    }

    /// The `n`-th working day after `from` (`from` itself is not counted, as a
    /// term counts from the next day, ГК РФ ст. 191); `from` when `n` is 0, and
    /// the `|n|`-th working day before it when `n` is negative.
    pub fn add_working_days(&self, from: Date, n: i64) -> Result<Date, CalendarError> {
        let step = if n < 0 { -1 } else { 1 };
        let mut left = n.unsigned_abs();
        let mut day = from;
        let mut walked = 0;
        while left > 0 {
            walked += 1;
            if walked > MAX_WALK {
                return Err(CalendarError::Overflow);
            }
            day = day.checked_add(jiff::Span::new().days(step)).map_err(|_| CalendarError::Overflow)?;
            if self.is_working_day(day)? {
                left -= 1;
            }
        }
        Ok(day)
    }
}

impl Year {
    /// A year from the lists of a file, checked: every date in the year,
    /// then as [`Year::from_dates`] says.
    fn read(
        year: i16,
        source: String,
        non_working: &[toml::value::Datetime],
        working: &[toml::value::Datetime],
    ) -> Result<Year, CalendarError> {
        if source.trim().is_empty() {
            return Err(CalendarError::Invalid(format!(
                "the year {year} has no `source`: name the act its days come from"
            )));
        }
        let dates = |list: &[toml::value::Datetime], key: &str| -> Result<BTreeSet<Date>, CalendarError> {
            list.iter()
                .map(|d| match (d.date, d.time) {
                    (Some(ld), None) => Date::new(ld.year as i16, ld.month as i8, ld.day as i8)
                        .ok()
                        .filter(|date| date.year() == year)
                        .ok_or_else(|| {
                            CalendarError::Invalid(format!("`{key}` of {year}: {d} is not a date of {year}"))
                        }),
                    _ => {
                        Err(CalendarError::Invalid(format!("`{key}` of {year}: {d} is not a date (write 2028-01-01)")))
                    }
                })
                .collect()
        };
        let non_working = dates(non_working, "non_working")?;
        let working = dates(working, "working")?;
        Year::from_dates(year, source, non_working, working)
    }

    /// A year from its dates, checked: a source named, every working day a
    /// Saturday or a Sunday, no day both working and not.
    pub fn from_dates(
        year: i16,
        source: String,
        non_working: BTreeSet<Date>,
        working: BTreeSet<Date>,
    ) -> Result<Year, CalendarError> {
        if let Some(d) = working.iter().find(|d| !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday)) {
            return Err(CalendarError::Invalid(format!(
                "`working` of {year}: {d} is a {:?}, not a Saturday or a Sunday; list only weekend days made working",
                d.weekday()
            )));
        }
        if let Some(d) = non_working.intersection(&working).next() {
            return Err(CalendarError::Invalid(format!("{d} is both `non_working` and `working` in {year}")));
        }
        Ok(Year { source, non_working, working })
    }
}

#[cfg(test)]
mod tests;
