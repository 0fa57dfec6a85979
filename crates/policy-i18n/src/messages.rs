//! Fluent bundles of both languages, read once from `locales/<lang>/*.ftl`,
//! and the look-up of a message by its id.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::civil::Date;
use rust_decimal::Decimal;
use unic_langid::LanguageIdentifier;

use crate::{number, Lang, Message};

mod files {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The Fluent files of `lang`: name and text.
pub(crate) fn files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Ru => files::RU,
        Lang::En => files::EN,
    }
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Arg {
    /// Text, put in as it is (a name, a title, a quoted clause).
    Text(Cow<'static, str>),
    /// An integer: selects plural forms, printed with the language's grouping.
    Int(i64),
    /// An exact decimal: printed `10,25` in Russian.
    Decimal(Decimal),
    /// A calendar date: printed `01.09.2025` in Russian.
    Date(Date),
    /// Another message, rendered in the same language (a type's name, a
    /// "did you mean" line).
    Message(Box<Message>),
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}

/// Named arguments of a message.
pub type Args<'a> = [(&'a str, Arg)];

impl From<&'static str> for Arg {
    fn from(text: &'static str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(Cow::Owned(text.clone()))
    }
}

impl From<Cow<'static, str>> for Arg {
    fn from(text: Cow<'static, str>) -> Self {
        Arg::Text(text)
    }
}

macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_args!(i8, i16, i32, i64, u8, u16, u32, u64, usize);

impl From<Decimal> for Arg {
    fn from(n: Decimal) -> Self {
        Arg::Decimal(n)
    }
}

impl From<&Decimal> for Arg {
    fn from(n: &Decimal) -> Self {
        Arg::Decimal(*n)
    }
}

impl From<Date> for Arg {
    fn from(date: Date) -> Self {
        Arg::Date(date)
    }
}

/// Prints a Fluent number the way `lang` writes numbers.
fn format_number(lang: Lang, value: &FluentValue) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let digits = n.options.minimum_fraction_digits.unwrap_or(0);
    let exact: Decimal = format!("{:.*}", digits, n.value).parse().ok()?;
    Some(number::decimal(lang, &exact))
}

fn format_ru<M: MemoizerKind>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(Lang::Ru, value)
}

fn format_en<M: MemoizerKind>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(Lang::En, value)
}

/// The bundle of `lang`, built on first use from the files compiled in.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| {
        Lang::ALL.map(|lang| {
            let id: LanguageIdentifier = lang.code().parse().expect("ru and en are valid language identifiers");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // The output is plain text for terminals, Markdown and HTML: no
            // Unicode isolation marks around arguments.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(match lang {
                Lang::Ru => format_ru,
                Lang::En => format_en,
            }));
            for (name, text) in files(lang) {
                let resource = FluentResource::try_new((*text).to_owned())
                    .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{name}: {errors:?}"));
                bundle.add_resource(resource).unwrap_or_else(|errors| panic!("locales/{lang}/{name}: {errors:?}"));
            }
            bundle
        })
    });
    &all[lang as usize]
}

/// The message `id` in `lang` without arguments. `id` may name an attribute
/// (`check-summary.help`). A missing id gives the id itself (a test fails
/// on every id the code asks for that no file defines).
pub fn message(lang: Lang, id: &str) -> String {
    format(lang, id, None)
}

/// The message `id` in `lang` with named arguments.
pub fn message_with(lang: Lang, id: &str, args: &Args<'_>) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, arg) in args {
        let value = match arg {
            Arg::Text(text) => FluentValue::from(text.as_ref()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Decimal(n) => {
                let text = n.normalize().to_string();
                text.parse::<FluentNumber>().map_or(FluentValue::from(text), FluentValue::Number)
            }
            Arg::Date(date) => FluentValue::from(number::date(lang, *date)),
            Arg::Message(message) => FluentValue::from(message.render(lang)),
        };
        fluent_args.set(*name, value);
    }
    format(lang, id, Some(&fluent_args))
}

fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let bundle = bundle(lang);
    let (message_id, attribute) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
    let Some(message) = bundle.get_message(message_id) else { return id.to_owned() };
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
        None => message.value(),
    };
    let Some(pattern) = pattern else { return id.to_owned() };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, args, &mut errors).into_owned()
}

/// Whether `id` (a message, or `message.attribute`) exists in `lang`.
pub fn has_message(lang: Lang, id: &str) -> bool {
    let (message_id, attribute) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
    bundle(lang)
        .get_message(message_id)
        .is_some_and(|message| attribute.map_or(message.value().is_some(), |a| message.get_attribute(a).is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tr;

    #[test]
    fn plurals_numbers_and_dates_follow_the_language() {
        assert_eq!(tr!(Lang::Ru, "i18n-example-weeks", n = 32), "32 недели");
        assert_eq!(tr!(Lang::Ru, "i18n-example-weeks", n = 21), "21 неделя");
        assert_eq!(tr!(Lang::Ru, "i18n-example-weeks", n = 11), "11 недель");
        assert_eq!(tr!(Lang::En, "i18n-example-weeks", n = 1), "1 week");
        assert_eq!(tr!(Lang::En, "i18n-example-weeks", n = 12_500), "12,500 weeks");
        let hours = Decimal::new(1025, 2);
        assert_eq!(tr!(Lang::Ru, "i18n-example-hours", hours = hours), "10,25 ч");
        assert_eq!(tr!(Lang::En, "i18n-example-hours", hours = hours), "10.25 h");
        let date = Date::new(2025, 9, 1).expect("valid date");
        assert_eq!(tr!(Lang::Ru, "i18n-example-date", date = date), "с 01.09.2025");
    }

    #[test]
    fn attributes_and_missing_ids() {
        assert!(has_message(Lang::Ru, "i18n-example-weeks"));
        assert!(!has_message(Lang::Ru, "no-such-message"));
        assert_eq!(message(Lang::En, "no-such-message"), "no-such-message");
    }
}
