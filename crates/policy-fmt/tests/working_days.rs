//! Working days and deadlines after a date: `policy fmt --keywords ru|en`
//! converts the unit with its Russian plural form and keeps the start date's
//! expression, and the round trip gives back the English text.

use policy_syntax::KeywordLanguage::{English, Russian};

const EXAMPLE: &str = include_str!("../../../tests/workdays/workdays-example.policy");

#[test]
fn the_example_is_in_the_canonical_layout() {
    assert_eq!(policy_fmt::format(EXAMPLE, None).expect("formats"), EXAMPLE);
}

#[test]
fn working_days_round_trip_through_russian_keywords() {
    let russian = policy_fmt::format(EXAMPLE, Some(Russian)).expect("formats in Russian");
    for expected in [
        "в_течение 5 рабочих дней после documents.parent_application.handed_in ?? documents.parent_application.date",
        "исполняется order",
        "в_течение 3 рабочих дня после request.start",
        "в_течение 2 рабочих дня после teacher_ill исполняется substitution",
    ] {
        assert!(russian.contains(expected), "no `{expected}` in:\n{russian}");
    }
    let english = policy_fmt::format(&russian, Some(English)).expect("formats back in English");
    assert_eq!(english, EXAMPLE);
}

#[test]
fn one_working_day_is_singular_in_both_languages() {
    let text = "role r \"R\" {\n  duty \"d\"\n    within 21 working days after request.start\n}\n";
    let russian = policy_fmt::format(text, Some(Russian)).expect("formats");
    assert!(russian.contains("в_течение 21 рабочий день после request.start"), "{russian}");
    let one = text.replace("21 working days", "1 working day");
    assert_eq!(policy_fmt::format(&one, Some(English)).expect("formats"), one);
}
