//! The language of what `policy` prints: `--lang ru|en` when given; else
//! Russian for a policy written with Russian keywords; else the environment's
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) when it names a language; else
//! Russian, the language of the regulations and of their readers.

use std::sync::OnceLock;

use policy_i18n::Lang;
use policy_syntax::KeywordLanguage;

static FLAG: OnceLock<Option<Lang>> = OnceLock::new();

/// Records `--lang`, once, before any command runs.
pub fn set_flag(flag: Option<Lang>) {
    let _ = FLAG.set(flag);
}

/// The language to print in for a policy written with `keywords` (`None`
/// when there is no policy at hand).
pub fn chosen(keywords: Option<KeywordLanguage>) -> Lang {
    let flag = FLAG.get().copied().flatten();
    let russian_policy = (keywords == Some(KeywordLanguage::Russian)).then_some(Lang::Ru);
    flag.or(russian_policy).or_else(Lang::from_env).unwrap_or_default()
}
