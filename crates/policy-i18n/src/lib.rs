//! The words people read, in Russian and in English: the one home of
//! localisation.
//!
//! - [`Lang`]: the language of a message, from `--lang`, the environment's
//!   locale, or the keywords a policy is written in.
//! - [`tr!`]: a message by its Fluent id (`locales/<lang>/*.ftl`), with named
//!   arguments. Plural forms are chosen by Fluent with CLDR's rules
//!   (`{ $n -> [one] неделя [few] недели *[many] недель }`).
//! - [`Message`] and [`msg!`]: a message kept as data (a diagnostic's text)
//!   and rendered in the reader's language where it is shown.
//! - [`plural`]: the CLDR plural category of a number, for the few places that
//!   pick a word outside a message (the formatter's unit words).
//! - [`number`] and [`date`]: numbers and dates as a reader of that language
//!   writes them (`10,25` and `01.09.2025` in Russian).
//! - [`io_reason`] and [`io_message`]: why a file could not be read or
//!   written, in the reader's language («файл или каталог не найден»), not
//!   the operating system's English.
//!
//! Every message exists in both languages with the same arguments: a test
//! fails otherwise, and another fails when the code asks for an id no file
//! defines.

mod io;
mod lang;
mod message;
mod messages;
pub mod number;
pub mod plural;

pub use io::{io_message, io_reason};
pub use lang::Lang;
pub use message::Message;
pub use messages::{has_message, message, message_with, Arg, Args};
pub use number::{date, decimal, integer};
pub use plural::{plural, Plural};

/// A message in `lang` by its Fluent id, with optional named arguments:
/// `tr!(lang, "i18n-example-weeks", n = 32)` («32 недели»). An argument is
/// anything that converts into an [`Arg`] (numbers, strings, decimals).
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::message($lang, $id)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::message_with($lang, $id, &[$((stringify!($name), $crate::Arg::from($value))),+])
    };
}
