//! `--help` in the reader's language: the command line is declared once (the
//! derive in `main.rs`, whose doc comments are the English wording) and every
//! command's and argument's help is then taken from Fluent (`cli.ftl`) by an
//! id derived from its place: `cli-about-policy-test` for a command,
//! `cli-arg-policy-test-name` for an argument (a `.long` attribute, when
//! present, is the longer text of `--help`). clap's own headings (`Usage:`,
//! `Commands:`, `Arguments:`, `Options:`) come from Fluent too.
//!
//! The language is known before parsing: `--lang` from the arguments, else the
//! environment's locale, else Russian (there is no policy yet).

use std::ffi::OsString;

use clap::builder::PossibleValue;
use clap::Command;
use policy_i18n::{has_message, message, tr, Lang};

/// The language of help and of argument errors: `--lang ru|en` (or
/// `--lang=…`) among `args`, else the locale, else Russian. An unknown
/// value is left for clap to report.
pub fn language(args: &[OsString]) -> Lang {
    let mut flag = None;
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => iter.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| v.parse().ok()) {
            flag = Some(lang);
        }
    }
    flag.or_else(Lang::from_env).unwrap_or_default()
}

/// The message id of a command's about text (`path`: `policy`, `policy-test`…).
pub fn about_id(path: &str) -> String {
    format!("cli-about-{path}")
}

/// The message id of an argument's help.
pub fn arg_id(path: &str, arg: &str) -> String {
    format!("cli-arg-{path}-{arg}")
}

/// `command` (built) with every help text, heading and the usage title in `lang`.
pub fn localise(mut command: Command, lang: Lang) -> Command {
    command.build();
    localise_built(command, lang, "policy")
}

fn localise_built(command: Command, lang: Lang, path: &str) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr!(lang, "cli-usage")
    );
    let arguments = tr!(lang, "cli-heading-arguments");
    let options = tr!(lang, "cli-heading-options");
    let about = about_id(path);
    let mut command = command
        .help_template(template)
        .subcommand_help_heading(tr!(lang, "cli-heading-commands"))
        .about(message(lang, &about));
    command = match long(lang, &about) {
        Some(text) => command.long_about(text),
        None => command.long_about(None::<&str>),
    };
    let ids: Vec<String> = command.get_arguments().map(|a| a.get_id().as_str().to_owned()).collect();
    for id in ids {
        command = command.mut_arg(&id, |arg| {
            let text = arg_id(owner(&arg, path), &id);
            let heading = if arg.is_positional() { &arguments } else { &options };
            let (help, long_help) = with_values(&arg, lang, &text);
            let arg = match long_help {
                Some(text) => arg.long_help(text),
                None => arg.long_help(None::<&str>),
            };
            arg.help(help).help_heading(heading.clone()).hide_possible_values(true).hide_default_value(true)
        });
    }
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_owned()).collect();
    for name in names {
        let sub_path = child_path(path, &name);
        command = command.mut_subcommand(&name, |sub| localise_built(sub, lang, &sub_path));
    }
    command
}

/// The path of subcommand `name` of `path`; the entries of `policy help`
/// (`policy help test`) say what the commands they name say.
fn child_path(path: &str, name: &str) -> String {
    if path == "policy-help" {
        format!("policy-{name}")
    } else {
        format!("{path}-{name}")
    }
}

/// The command whose message an argument's help is: the root for a global
/// argument (and `--help`), which every subcommand repeats; else `path`.
fn owner<'p>(arg: &clap::Arg, path: &'p str) -> &'p str {
    if arg.is_global_set() || arg.get_id() == "help" {
        "policy"
    } else {
        path
    }
}

/// The short and the long help of `arg` (message `id`) with its possible
/// values and its default in `lang`, which clap would print in English: each
/// value's help is the message `{id}-{value}`. The long help exists when
/// the message has a `.long` attribute or the values have help.
fn with_values(arg: &clap::Arg, lang: Lang, id: &str) -> (String, Option<String>) {
    let mut help = message(lang, id);
    let mut long_help = long(lang, id);
    let takes_values = arg.get_action().takes_values();
    let values: Vec<PossibleValue> = match takes_values {
        true => arg.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect(),
        false => Vec::new(),
    };
    let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
    let listed = values.iter().any(|v| v.get_help().is_some());
    let mut tail = String::new();
    if !values.is_empty() {
        tail += &format!(" [{}]", tr!(lang, "cli-possible-values", values = names.join(", ")));
    }
    if let Some(default) = arg.get_default_values().first().filter(|_| takes_values) {
        tail += &format!(" [{}]", tr!(lang, "cli-default", value = default.to_string_lossy().into_owned()));
    }
    help.push_str(&tail);
    if listed {
        let mut text = long_help.take().unwrap_or_else(|| message(lang, id));
        text += &format!("\n\n{}:", tr!(lang, "cli-possible-values-heading"));
        let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0) + 1;
        for value in &values {
            let name = format!("{}:", value.get_name());
            text += &format!("\n- {name:<width$} {}", message(lang, &format!("{id}-{}", value.get_name())));
        }
        if let Some(default) = arg.get_default_values().first() {
            text += &format!("\n\n[{}]", tr!(lang, "cli-default", value = default.to_string_lossy().into_owned()));
        }
        long_help = Some(text);
    } else if let Some(text) = &mut long_help {
        text.push_str(&tail);
    }
    (help, long_help)
}

/// The longer help of `id` (its `.long` attribute), if it has one.
fn long(lang: Lang, id: &str) -> Option<String> {
    let long = format!("{id}.long");
    has_message(lang, &long).then(|| message(lang, &long))
}

/// Every message id the command tree asks for (for the test that both
/// languages define them).
#[cfg(test)]
pub fn ids(command: &Command, path: &str, out: &mut Vec<String>) {
    out.push(about_id(path));
    for arg in command.get_arguments() {
        let id = arg_id(owner(arg, path), arg.get_id().as_str());
        if arg.get_action().takes_values() {
            let values = arg.get_possible_values().into_iter().filter(|v| v.get_help().is_some());
            out.extend(values.map(|v| format!("{id}-{}", v.get_name())));
        }
        out.push(id);
    }
    out.sort();
    out.dedup();
    for sub in command.get_subcommands() {
        ids(sub, &child_path(path, sub.get_name()), out);
    }
}
