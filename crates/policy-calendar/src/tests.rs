use jiff::civil::date;

use super::*;

fn shipped() -> &'static Calendar {
    Calendar::shipped()
}

#[test]
fn the_shipped_data_reads_and_has_every_year_with_its_source() {
    let parsed = Calendar::parse(SHIPPED).expect("the shipped calendar reads");
    let years: Vec<i16> = parsed.years().map(|(y, _)| y).collect();
    assert_eq!(years, (2008..=2027).collect::<Vec<_>>());
    for (y, data) in parsed.years() {
        assert!(data.source.contains("Постановление Правительства РФ"), "{y}: {}", data.source);
        assert!(data.source.contains(&format!("в {y} году")), "{y}: {}", data.source);
    }
}

#[test]
fn known_days_of_2024_and_2025() {
    let c = shipped();
    // Transfer of 1 November 2025 (Saturday) to 3 November (Monday); 4 November is a holiday.
    assert_eq!(c.is_working_day(date(2025, 11, 1)), Ok(true));
    assert_eq!(c.is_working_day(date(2025, 11, 2)), Ok(false));
    assert_eq!(c.is_working_day(date(2025, 11, 3)), Ok(false));
    assert_eq!(c.is_working_day(date(2025, 11, 4)), Ok(false));
    assert_eq!(c.is_working_day(date(2025, 11, 5)), Ok(true));
    assert_eq!(c.is_working_day(date(2024, 12, 28)), Ok(true));
    assert_eq!(c.is_working_day(date(2024, 12, 30)), Ok(false));
    assert_eq!(c.is_working_day(date(2024, 12, 31)), Ok(false));
}

/// Transfers of days off as the decrees state them, each confirmed by data
/// independent of the `holidays` package the shipped file is generated from
/// (data.gov.ru, xmlcalendar.ru; see scripts/calendar/generate.py): `true` is
/// a working day.
const WELL_KNOWN_DAYS: &[(i16, i8, i8, bool)] = &[
    // 2008 (data.gov.ru): working Sunday 4 May, Saturdays 7 June and 1 November.
    (2008, 5, 2, false),
    (2008, 5, 4, true),
    (2008, 6, 7, true),
    (2008, 6, 13, false),
    (2008, 11, 1, true),
    (2008, 11, 3, false),
    // 2009: Sunday 11 January worked for Friday 9 January.
    (2009, 1, 9, false),
    (2009, 1, 11, true),
    // 2010: Saturdays 27 February and 13 November for 22 February and 5 November.
    (2010, 2, 22, false),
    (2010, 2, 27, true),
    (2010, 11, 5, false),
    (2010, 11, 13, true),
    // 2012, № 581 as amended by № 201.
    (2012, 3, 9, false),
    (2012, 3, 11, true),
    (2012, 4, 28, true),
    (2012, 5, 5, true),
    (2012, 5, 7, false),
    (2012, 5, 8, false),
    (2012, 5, 12, true),
    (2012, 12, 29, true),
    (2012, 12, 31, false),
    // 2013, № 1048: 5 and 6 January to 2 and 3 May, 23 February to 10 May.
    (2013, 5, 2, false),
    (2013, 5, 3, false),
    (2013, 5, 10, false),
    // 2014, № 444: Sunday 23 February to 3 November, so Monday 24 February is
    // working; Saturday 8 March moves to Monday 10 March by ТК РФ ст. 112 ч. 2.
    (2014, 2, 24, true),
    (2014, 3, 10, false),
    (2014, 11, 3, false),
    // 2021, № 1648: Saturday 20 February worked for Monday 22 February.
    (2021, 2, 20, true),
    (2021, 2, 22, false),
    (2021, 11, 5, false),
    (2021, 12, 31, false),
    // 2024, № 1314.
    (2024, 4, 27, true),
    (2024, 4, 29, false),
    (2024, 4, 30, false),
    (2024, 5, 10, false),
    (2024, 11, 2, true),
    (2024, 12, 28, true),
    (2024, 12, 30, false),
    (2024, 12, 31, false),
    // 2025, № 1335.
    (2025, 5, 2, false),
    (2025, 5, 8, false),
    (2025, 6, 13, false),
    (2025, 11, 1, true),
    (2025, 11, 3, false),
    (2025, 12, 31, false),
    // 2026, № 1466: 3 and 4 January to 9 January and 31 December.
    (2026, 1, 9, false),
    (2026, 12, 31, false),
    // 2027, № 1187: 2 and 3 January to 5 November and 31 December; Saturday
    // 20 February worked for Monday 22 February.
    (2027, 2, 20, true),
    (2027, 2, 22, false),
    (2027, 11, 5, false),
    (2027, 11, 13, false),
    (2027, 12, 31, false),
];

#[test]
fn well_known_transfers_agree_with_independent_sources() {
    let c = shipped();
    for &(y, m, d, working) in WELL_KNOWN_DAYS {
        assert_eq!(c.is_working_day(date(y, m, d)), Ok(working), "{y}-{m:02}-{d:02}");
    }
}

#[test]
fn every_source_names_its_decree_or_says_it_was_not_verified() {
    for (y, data) in shipped().years() {
        let named = data.source.contains(" № ") && data.source.contains(" от ");
        assert!(named || data.source.contains("не сверен"), "{y}: {}", data.source);
    }
    let source_of = |y| shipped().years().find(|&(year, _)| year == y).map(|(_, d)| d.source.clone());
    assert!(source_of(2026).is_some_and(|s| s.contains("от 24.09.2025 № 1466")));
    assert!(source_of(2027).is_some_and(|s| s.contains("от 17.09.2026 № 1187")));
    assert!(source_of(2020).is_some_and(|s| s.contains("не сверен")));
}

#[test]
fn the_first_eight_days_of_january_are_never_working() {
    let c = shipped();
    for y in 2008..=2027 {
        for d in 1..=8 {
            assert_eq!(c.is_working_day(date(y, 1, d)), Ok(false), "{y}-01-{d:02}");
        }
    }
}

#[test]
fn the_presidential_non_working_days_of_2020_are_not_in_the_calendar() {
    // Указ Президента РФ от 02.04.2020 № 239: «нерабочие дни» with pay kept,
    // not days off of the production calendar.
    let c = shipped();
    assert_eq!(c.is_working_day(date(2020, 4, 6)), Ok(true));
    assert_eq!(c.is_working_day(date(2020, 6, 24)), Ok(true));
    assert_eq!(c.is_working_day(date(2020, 5, 4)), Ok(false), "transferred from 4 January");
}

#[test]
fn the_presidential_non_working_days_of_2021_are_not_in_the_calendar() {
    // Указ Президента РФ от 23.04.2021 № 242 (4–7 May) and the Указ of October
    // 2021 (1–3 November): «нерабочие дни» with pay kept, as in 2020.
    let c = shipped();
    assert_eq!(c.is_working_day(date(2021, 5, 4)), Ok(true));
    assert_eq!(c.is_working_day(date(2021, 11, 2)), Ok(true));
    assert_eq!(c.is_working_day(date(2021, 11, 4)), Ok(false), "День народного единства");
}

#[test]
fn counting_working_days_over_the_november_2025_holidays() {
    let c = shipped();
    // From Friday 31 October: Saturday 1 November is working (the 1st),
    // 2–4 November are off, Wednesday 5 November is the 2nd.
    assert_eq!(c.add_working_days(date(2025, 10, 31), 1), Ok(date(2025, 11, 1)));
    assert_eq!(c.add_working_days(date(2025, 10, 31), 2), Ok(date(2025, 11, 5)));
    assert_eq!(c.add_working_days(date(2025, 10, 31), 5), Ok(date(2025, 11, 10)));
    // From Monday 3 November (a day off): one working day after is not
    // Tuesday 4 November but Wednesday 5 November.
    assert_eq!(c.add_working_days(date(2025, 11, 3), 1), Ok(date(2025, 11, 5)));
    // From Monday 27 October, 5 working days end on the working Saturday.
    assert_eq!(c.add_working_days(date(2025, 10, 27), 5), Ok(date(2025, 11, 1)));
    assert_eq!(c.add_working_days(date(2025, 11, 5), 0), Ok(date(2025, 11, 5)));
    assert_eq!(c.add_working_days(date(2025, 11, 5), -2), Ok(date(2025, 10, 31)));
}

#[test]
fn a_date_outside_the_data_is_an_error_naming_the_year() {
    let c = shipped();
    assert_eq!(c.is_working_day(date(2028, 3, 1)), Err(CalendarError::MissingYear(2028)));
    assert_eq!(c.add_working_days(date(2027, 12, 28), 5), Err(CalendarError::MissingYear(2028)));
    assert_eq!(c.add_working_days(date(2008, 1, 10), -10), Err(CalendarError::MissingYear(2007)));
    let message = CalendarError::MissingYear(2028).to_string();
    assert!(message.contains("2028") && message.contains("--calendar"), "{message}");
}

#[test]
fn a_user_year_extends_the_calendar() {
    let extra = Calendar::parse(
        "[[year]]\nyear = 2028\nsource = \"Постановление Правительства РФ о переносе выходных дней в 2028 году\"\n\
         non_working = [2028-01-01, 2028-01-02, 2028-01-03, 2028-01-04, 2028-01-05, 2028-01-06, 2028-01-07, 2028-01-08]\n\
         working = [2028-01-15]\n",
    )
    .expect("valid");
    let mut c = shipped().clone();
    c.extend(extra);
    // 31 December 2027 is a day off, 1–8 January 2028 too, 9 January a Sunday.
    assert_eq!(c.add_working_days(date(2027, 12, 30), 1), Ok(date(2028, 1, 10)));
    assert_eq!(c.is_working_day(date(2028, 1, 15)), Ok(true));
    assert_eq!(c.is_working_day(date(2028, 1, 8)), Ok(false));
}

#[test]
fn invalid_years_are_explained() {
    let err = |text: &str| match Calendar::parse(text) {
        Err(CalendarError::Invalid(m)) => m,
        other => panic!("{other:?}"),
    };
    assert!(err("[[year]]\nyear = 2028\nsource = \"\"\n").contains("no `source`"));
    assert!(err("[[year]]\nyear = 2028\nsource = \"x\"\nworking = [2028-01-03]\n").contains("not a Saturday"));
    assert!(err("[[year]]\nyear = 2028\nsource = \"x\"\nnon_working = [2029-01-01]\n").contains("not a date of 2028"));
    assert!(err("[[year]]\nyear = 2028\nsource = \"x\"\n[[year]]\nyear = 2028\nsource = \"y\"\n").contains("twice"));
    assert!(err("[[year]]\nyear = 2028\nsource = \"x\"\nholidays = []\n").contains("holidays"));
}
