//! The language of what a person reads.

use std::fmt;
use std::str::FromStr;

/// A language the toolchain speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Russian: the language of the regulations and of their readers.
    #[default]
    Ru,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Russian first.
    pub const ALL: [Lang; 2] = [Lang::Ru, Lang::En];

    /// The code used by `--lang` and in file names: `ru` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language of a POSIX or BCP 47 locale name (`ru_RU.UTF-8`, `ru-RU`,
    /// `en_US`, `C`): Russian for `ru…`, English for any other named locale,
    /// `None` for an empty one.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let locale = locale.trim();
        if locale.is_empty() {
            return None;
        }
        let language = locale.split(['_', '-', '.', '@']).next().unwrap_or_default();
        Some(if language.eq_ignore_ascii_case("ru") { Lang::Ru } else { Lang::En })
    }

    /// The language of the environment's locale, as POSIX looks it up:
    /// `LC_ALL`, then `LC_MESSAGES`, then `LANG`; `None` when none is set
    /// (or only to `C`/`POSIX`, which say nothing about a language).
    pub fn from_env() -> Option<Lang> {
        Self::from_env_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any source of variables (for tests).
    pub fn from_env_vars(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|value| !value.trim().is_empty())
            .filter(|value| !matches!(value.trim(), "C" | "POSIX" | "C.UTF-8" | "C.utf8"))
            .and_then(|value| Lang::from_locale(&value))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that is neither `ru` nor `en`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language `{}`: expected `ru` or `en`", self.0)
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ru" | "rus" | "russian" | "русский" => Ok(Lang::Ru),
            "en" | "eng" | "english" => Ok(Lang::En),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
    }

    #[test]
    fn locale_names_give_their_language() {
        assert_eq!(Lang::from_locale("ru_RU.UTF-8"), Some(Lang::Ru));
        assert_eq!(Lang::from_locale("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("de_DE"), Some(Lang::En));
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn lc_all_wins_over_lang_and_c_says_nothing() {
        assert_eq!(Lang::from_env_vars(env(&[("LC_ALL", "ru_RU.UTF-8"), ("LANG", "en_US.UTF-8")])), Some(Lang::Ru));
        assert_eq!(Lang::from_env_vars(env(&[("LC_MESSAGES", "en_US"), ("LANG", "ru_RU")])), Some(Lang::En));
        assert_eq!(Lang::from_env_vars(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(Lang::from_env_vars(env(&[])), None);
    }

    #[test]
    fn codes_parse_and_unknown_ones_are_errors() {
        assert_eq!("RU".parse::<Lang>(), Ok(Lang::Ru));
        assert_eq!("en".parse::<Lang>(), Ok(Lang::En));
        assert_eq!(
            "fr".parse::<Lang>().map_err(|e| e.to_string()),
            Err("unknown language `fr`: expected `ru` or `en`".to_owned())
        );
    }
}
