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
