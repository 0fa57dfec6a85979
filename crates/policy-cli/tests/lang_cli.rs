//! The CLI speaks Russian and English: help, the output of `test`,
//! `coverage` and `fmt`, and errors follow `--lang`, else the locale (for
//! help) or the policy's keywords, else Russian; exit codes do not change.

mod support;

use std::process::Output;

use support::{policy, stderr, stdout};

/// Runs `policy ARGS…` with the locale `LANG=locale`.
fn with_locale(locale: &str, args: &[&str]) -> Output {
    support::command().env("LANG", locale).args(args).output().expect("the policy binary runs")
}

#[test]
fn help_follows_the_locale_and_lang_wins_over_it() {
    let ru = with_locale("ru_RU.UTF-8", &["--help"]);
    assert_eq!(ru.status.code(), Some(0));
    let text = stdout(&ru);
    assert!(text.contains("Использование: policy"), "{text}");
    assert!(text.contains("Команды:") && text.contains("Параметры:"), "{text}");
    assert!(text.contains("Запустить тесты, написанные в политиках"), "{text}");
    assert!(!text.contains("Usage:"), "{text}");

    let en = with_locale("ru_RU.UTF-8", &["--lang", "en", "--help"]);
    let text = stdout(&en);
    assert!(text.contains("Usage: policy") && text.contains("Commands:") && text.contains("Options:"), "{text}");
    assert!(text.contains("Run the tests written in policies"), "{text}");

    let english_locale = with_locale("en_US.UTF-8", &["--help"]);
    assert!(stdout(&english_locale).contains("Usage: policy"));
    let flag_after = with_locale("en_US.UTF-8", &["test", "--help", "--lang=ru"]);
    assert!(stdout(&flag_after).contains("Использование: policy test"), "{}", stdout(&flag_after));
}

#[test]
fn without_lang_or_locale_help_is_russian() {
    let out = policy(&["fmt", "--help"]);
    assert!(stdout(&out).contains("Аргументы:"), "{}", stdout(&out));
}

#[test]
fn help_of_a_subcommand_in_both_languages() {
    insta::assert_snapshot!("test_help_ru", stdout(&policy(&["--lang", "ru", "test", "--help"])));
    insta::assert_snapshot!("test_help_en", stdout(&policy(&["--lang", "en", "test", "-h"])));
}

#[test]
fn argument_errors_keep_their_exit_code_in_both_languages() {
    for lang in ["ru", "en"] {
        let out = policy(&["--lang", lang, "no-such-command"]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    }
    let out = policy(&["--lang", "fr", "check", "policies"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("expected `ru` or `en`"), "{}", stderr(&out));
}

#[test]
fn test_totals_have_russian_plurals() {
    let name = "замена на 8-й день — просрочена";
    let one = policy(&["--lang", "ru", "test", "policies/samara-99.policy", "--name", name]);
    assert_eq!(stdout(&one).lines().last(), Some("прошёл 1 тест, не прошло 0"), "{}", stdout(&one));
    assert_eq!(one.status.code(), Some(0));
    let en = policy(&["--lang", "en", "test", "policies/samara-99.policy", "--name", name]);
    assert_eq!(stdout(&en).lines().last(), Some("1 passed, 0 failed"));
    let missing = policy(&["--lang", "ru", "test", "policies/samara-99.policy", "--name", "замена на 8 день"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("ошибка: ни один тест не называется `замена на 8 день`"), "{}", stderr(&missing));
}

#[test]
fn coverage_in_both_languages() {
    let ru = stdout(&policy(&["--lang", "ru", "coverage", "policies/samara-99.policy"]));
    insta::assert_snapshot!("coverage_ru", ru);
    let en = stdout(&policy(&["--lang", "en", "coverage", "policies/samara-99.policy"]));
    insta::assert_snapshot!("coverage_en", en);
}

#[test]
fn fmt_check_summary_and_errors_in_both_languages() {
    let dir = tempfile::tempdir().expect("a directory");
    let messy = dir.path().join("messy.policy");
    std::fs::write(&messy, "policy x {\n  school \"A\"\n  title    \"B\"\n}\n").expect("a file");
    let path = messy.to_str().expect("UTF-8 path");
    let ru = policy(&["--lang", "ru", "fmt", "--check", path]);
    assert_eq!(ru.status.code(), Some(1));
    assert_eq!(stderr(&ru).trim(), "будет переформатирован 1 файл, 0 уже отформатированы");
    let en = policy(&["--lang", "en", "fmt", "--check", path]);
    assert_eq!(en.status.code(), Some(1));
    assert_eq!(stderr(&en).trim(), "1 file would be reformatted, 0 already formatted");
    let alone = policy(&["--lang", "ru", "fmt", "-", path]);
    assert_eq!(alone.status.code(), Some(2));
    assert!(stderr(&alone).starts_with("ошибка: `-` (стандартный ввод) нельзя форматировать вместе с файлами"));
}

#[test]
fn a_missing_file_is_reported_in_the_chosen_language() {
    let ru = policy(&["--lang", "ru", "check", "no/such.policy"]);
    let en = policy(&["--lang", "en", "check", "no/such.policy"]);
    assert_eq!((ru.status.code(), en.status.code()), (Some(2), Some(2)));
    assert!(stderr(&ru).starts_with("ошибка: не удалось прочитать `no/such.policy`"), "{}", stderr(&ru));
    assert!(stderr(&en).starts_with("error: cannot read `no/such.policy`"), "{}", stderr(&en));
}

#[test]
fn argument_errors_are_worded_in_the_language_of_help() {
    let ru = policy(&["--lang", "ru", "test", "--formt", "json"]);
    assert_eq!(ru.status.code(), Some(2));
    let text = stderr(&ru);
    assert!(text.starts_with("ошибка: неизвестный аргумент '--formt'"), "{text}");
    assert!(
        text.contains("подсказка: есть похожий: '--format'") && text.contains("Использование: policy test"),
        "{text}"
    );
    let en = with_locale("en_US.UTF-8", &["test", "--format", "xml"]);
    assert_eq!(en.status.code(), Some(2));
    let text = stderr(&en);
    assert!(text.starts_with("error: invalid value 'xml' for '--format <FORMAT>'"), "{text}");
    assert!(text.contains("[possible values: human, json, junit]"), "{text}");
}

/// Whether `text` has a Cyrillic letter.
fn has_cyrillic(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{400}'..='\u{4ff}'))
}

#[test]
fn case_errors_and_warnings_follow_lang_and_stay_russian_by_default() {
    let case = "tests/bad-input/cases/huge-int.toml";
    let eval = ["eval", "--policy", "policies/murmansk-16.policy", case];
    let en = policy(&[&["--lang", "en"][..], &eval].concat());
    assert_eq!(en.status.code(), Some(2));
    let text = stderr(&en);
    assert!(
        text.contains(
            "error: tests/bad-input/cases/huge-int.toml: plan.weeks (line 17, column 9): the number \
             `9223372036854775808` is too large for an integer (more than 9223372036854775807); \
             expected: a non-negative whole number"
        ),
        "{text}"
    );
    assert!(!has_cyrillic(&text), "Russian words in an English error:\n{text}");

    // Without `--lang` or a locale: Russian, word for word as before.
    let ru = policy(&eval);
    assert_eq!(ru.status.code(), Some(2));
    assert!(
        stderr(&ru).contains(
            "ошибка: tests/bad-input/cases/huge-int.toml: plan.weeks (строка 17, столбец 9): число \
             `9223372036854775808` слишком велико для целого (больше 9223372036854775807); \
             ожидалось: целое неотрицательное число"
        ),
        "{}",
        stderr(&ru)
    );

    // A warning (an unknown field) too; the case's own values stay as written.
    let valid = std::fs::read_to_string(support::root().join("tests/bad-input/cases/grade-text.json"))
        .expect("the fixture reads")
        .replacen("\"пятый\"", "5", 1)
        .replacen('{', "{\"colour\": \"red\",", 1);
    let stdin = ["eval", "--policy", "policies/murmansk-16.policy", "-"];
    let en = support::policy_with_input(&[&["--lang", "en"][..], &stdin].concat(), &valid);
    assert_eq!(en.status.code(), Some(0), "{}", stderr(&en));
    assert_eq!(
        stderr(&en).lines().next(),
        Some("warning: standard input: colour (line 1, column 2): unknown field: the case schema does not have it")
    );
    let ru = support::policy_with_input(&stdin, &valid);
    assert_eq!(
        stderr(&ru).lines().next(),
        Some("предупреждение: стандартный ввод: colour (строка 1, столбец 2): неизвестное поле: в схеме дела его нет")
    );
}
