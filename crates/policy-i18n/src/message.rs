//! A message not yet put into words: a Fluent id with its arguments, kept in
//! data (a diagnostic) and rendered in the reader's language where it is shown.

use std::borrow::Cow;
use std::fmt;

use crate::{message_with, Arg, Lang};

/// A message to be rendered later in either language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Message {
    /// A Fluent message by its id, with named arguments.
    Fluent {
        /// The Fluent id (`i18n-example-weeks`).
        id: &'static str,
        /// Its named arguments.
        args: Vec<(&'static str, Arg)>,
    },
    /// Text shown as it is in every language (a name, a quote, an error of a
    /// library that speaks one language).
    Text(Cow<'static, str>),
    /// Text written in each language by a writer outside Fluent: a duration in
    /// the keyword languages (`2 недели`, `2 weeks`), or a name by the title a
    /// policy gives it in Russian and by its identifier in English.
    Each {
        /// The Russian text.
        ru: Cow<'static, str>,
        /// The English text.
        en: Cow<'static, str>,
    },
    /// Messages in a row, each rendered in the same language, with a
    /// separator between them (`grade 5: …; grade 7: …`).
    List {
        /// The messages.
        items: Vec<Message>,
        /// What stands between two of them (`, `, `; `).
        separator: &'static str,
    },
}

impl Message {
    /// The message `id` with `args` (usually written with [`crate::msg!`]).
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Message::Fluent { id, args }
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Message::Fluent { id, args } => message_with(lang, id, args),
            Message::Text(text) => text.clone().into_owned(),
            Message::Each { ru, en } => match lang {
                Lang::Ru => ru.clone().into_owned(),
                Lang::En => en.clone().into_owned(),
            },
            Message::List { items, separator } => {
                items.iter().map(|item| item.render(lang)).collect::<Vec<_>>().join(separator)
            }
        }
    }

    /// Text written in each language outside Fluent.
    pub fn each(ru: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Self {
        Message::Each { ru: ru.into(), en: en.into() }
    }

    /// `items` in a row with `separator` between them.
    pub fn list(items: Vec<Message>, separator: &'static str) -> Self {
        Message::List { items, separator }
    }

    /// The Fluent id, if the message has one.
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Message::Fluent { id, .. } => Some(id),
            Message::Text(_) | Message::Each { .. } | Message::List { .. } => None,
        }
    }
}

impl From<&'static str> for Message {
    fn from(text: &'static str) -> Self {
        Message::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Message {
    fn from(text: String) -> Self {
        Message::Text(Cow::Owned(text))
    }
}

/// English, for logs and debugging; readers get [`Message::render`].
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// A [`Message`] by its Fluent id, with optional named arguments:
/// `msg!("i18n-example-weeks", n = 32)`. Rendered later with
/// [`Message::render`].
#[macro_export]
macro_rules! msg {
    ($id:literal $(,)?) => {
        $crate::Message::new($id, Vec::new())
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::Message::new($id, vec![$((stringify!($name), $crate::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_renders_in_either_language_and_nests() {
        let weeks = crate::msg!("i18n-example-weeks", n = 32);
        assert_eq!(weeks.render(Lang::Ru), "32 недели");
        assert_eq!(weeks.render(Lang::En), "32 weeks");
        let text = Message::from("как есть");
        assert_eq!(text.render(Lang::En), "как есть");
        let each = Message::each("2 недели", "2 weeks");
        assert_eq!((each.render(Lang::Ru), each.render(Lang::En)), ("2 недели".into(), "2 weeks".into()));
        let nested = crate::msg!("i18n-example-date", date = crate::msg!("i18n-example-weeks", n = 1));
        assert_eq!(nested.render(Lang::Ru), "с 1 неделя");
    }
}
