//! Why a file, a directory or an address cannot be used is said in the
//! reader's language, like the rest of the message: «файл или каталог не
//! найден», not the operating system's "No such file or directory (os error 2)".

mod support;

use std::process::Output;

use support::{policy, stderr};

/// A case that can be read.
const CASE: &str = "policies/tests/murmansk-16/m02-grade5-over-by-quarter-hour.yaml";

/// Asserts that `out` failed with exit 2 and a message that says `reason`,
/// without the operating system's English or its error code.
fn refused_with(out: &Output, start: &str, reason: &str) {
    let text = stderr(out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.starts_with(start), "{text}");
    assert!(text.contains(reason), "{text}");
    assert!(!text.contains("os error") && !text.contains("No such file"), "{text}");
}

#[test]
fn a_missing_case_is_said_in_russian_by_default_and_in_english_with_lang_en() {
    let args = ["eval", "--policy", "policies/murmansk-16.policy", "/nonexistent.yaml"];
    refused_with(
        &policy(&args),
        "ошибка: не удалось прочитать дело `/nonexistent.yaml`",
        ": файл или каталог не найден",
    );
    let en = [&["--lang", "en"][..], &args].concat();
    refused_with(&policy(&en), "error: cannot read the case `/nonexistent.yaml`", ": no such file or directory");
}

#[test]
fn a_missing_policy_is_said_in_the_chosen_language() {
    let ru = policy(&["check", "no/such.policy"]);
    refused_with(&ru, "ошибка: не удалось прочитать `no/such.policy`", "файл или каталог не найден");
    let en = policy(&["--lang", "en", "eval", "--policy", "no/such.policy", CASE]);
    refused_with(&en, "error: cannot read policy `no/such.policy`", "no such file or directory");
}

#[test]
fn a_directory_given_as_a_case_is_named_a_directory() {
    let dir = tempfile::tempdir().expect("a directory");
    let case = dir.path().join("case.yaml");
    std::fs::create_dir(&case).expect("a directory named like a case");
    let path = case.to_str().expect("UTF-8 path");
    let ru = policy(&["eval", "--policy", "policies/murmansk-16.policy", path]);
    refused_with(&ru, "ошибка: не удалось прочитать дело", "это каталог, а не файл");
    let en = policy(&["--lang", "en", "eval", "--policy", "policies/murmansk-16.policy", path]);
    refused_with(&en, "error: cannot read the case", "it is a directory, not a file");
}

#[test]
fn a_missing_batch_input_and_calendar_are_said_in_the_chosen_language() {
    let batch = policy(&["eval", "--policy", "policies/murmansk-16.policy", "--batch", "/nonexistent.jsonl"]);
    refused_with(&batch, "ошибка: не удаётся прочитать дела `/nonexistent.jsonl`", "файл или каталог не найден");
    let args = ["eval", "--calendar", "/nonexistent.toml", "--policy", "policies/murmansk-16.policy", "x.yaml"];
    refused_with(&policy(&args), "ошибка: не удалось прочитать календарь", "файл или каталог не найден");
    let en = [&["--lang", "en"][..], &args].concat();
    refused_with(&policy(&en), "error: cannot read the calendar", "no such file or directory");
}

#[test]
fn an_address_in_use_is_said_in_the_chosen_language() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let addr = taken.local_addr().expect("its address").to_string();
    let args = ["serve", "--no-watch", "--addr", &addr, "policies/murmansk-16.policy"];
    refused_with(&policy(&args), &format!("ошибка: не удалось открыть адрес {addr}"), ": адрес уже занят");
    let en = [&["--lang", "en"][..], &args].concat();
    refused_with(&policy(&en), &format!("error: cannot listen on {addr}"), ": the address is already in use");
}
