//! The message catalogue is whole: both languages have the same files, the
//! same messages and attributes, each with the same arguments, and every id
//! the code asks for with `tr!` exists.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use policy_i18n::{has_message, Lang};

/// Message (or `message.attribute`) → the variables it uses.
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn inline_variables(expression: &InlineExpression<String>, out: &mut BTreeSet<String>) {
    match expression {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        InlineExpression::Placeable { expression } => variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, out);
            }
        }
        _ => {}
    }
}

fn variables(expression: &Expression<String>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn pattern_variables(pattern: &Pattern<String>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables(expression, out);
        }
    }
}

/// The catalogue of one language, by file.
fn catalogue(lang: &str) -> BTreeMap<String, Catalogue> {
    let mut files = BTreeMap::new();
    let dir = locales().join(lang);
    for entry in fs::read_dir(&dir).expect("the locales folder exists") {
        let path = entry.expect("a readable entry").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("a readable file");
        let resource =
            fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        let mut messages = Catalogue::new();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut used = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut used);
                }
                messages.insert(message.id.name.clone(), used);
                for attribute in &message.attributes {
                    let mut used = BTreeSet::new();
                    pattern_variables(&attribute.value, &mut used);
                    messages.insert(format!("{}.{}", message.id.name, attribute.id.name), used);
                }
            }
        }
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        files.insert(name, messages);
    }
    files
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let ru = catalogue("ru");
    let en = catalogue("en");
    assert_eq!(ru.keys().collect::<Vec<_>>(), en.keys().collect::<Vec<_>>(), "the same .ftl files in ru/ and en/");
    let mut problems = Vec::new();
    for (file, ru_messages) in &ru {
        let en_messages = &en[file];
        for (id, ru_vars) in ru_messages {
            match en_messages.get(id) {
                None => problems.push(format!("{file}: `{id}` is in ru/ but not in en/")),
                Some(en_vars) if en_vars != ru_vars => {
                    problems.push(format!("{file}: `{id}` uses {ru_vars:?} in ru/ but {en_vars:?} in en/"))
                }
                Some(_) => {}
            }
        }
        for id in en_messages.keys().filter(|id| !ru_messages.contains_key(*id)) {
            problems.push(format!("{file}: `{id}` is in en/ but not in ru/"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_message_id_is_defined_twice() {
    let mut seen = BTreeMap::new();
    for (file, messages) in catalogue("ru") {
        for id in messages.into_keys() {
            if let Some(other) = seen.insert(id.clone(), file.clone()) {
                panic!("`{id}` is defined in both {other} and {file}");
            }
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The ids asked for by the `tr!` calls of a Rust source text (the first
/// string literal after the language argument).
fn ids_asked_for(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("tr!(") {
        rest = &rest[at + 4..];
        let Some(quote) = rest.find('"') else { break };
        // The first argument is the language: the id is the first literal after it.
        if rest[..quote].contains(')') || !rest[..quote].contains(',') {
            continue;
        }
        let literal = &rest[quote + 1..];
        if let Some(end) = literal.find('"') {
            ids.push(literal[..end].to_owned());
        }
    }
    ids
}

#[test]
fn every_id_the_code_asks_for_exists_in_both_languages() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    rust_files(&crates, &mut files);
    let mut missing = Vec::new();
    let mut asked = 0;
    for file in files {
        let text = fs::read_to_string(&file).unwrap_or_default();
        for id in ids_asked_for(&text) {
            asked += 1;
            for lang in Lang::ALL {
                if !has_message(lang, &id) {
                    missing.push(format!("{}: `{id}` has no {lang} message", file.display()));
                }
            }
        }
    }
    assert!(asked > 0, "the scan finds the tr! calls");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
