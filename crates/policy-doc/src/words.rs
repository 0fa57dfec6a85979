//! Conditions, values and periods put in words: the model's one written form
//! (`policy_check::text`), with its keywords and units in the document's
//! language by the formatter's own conversion.

use policy_check::model::{Duration, Expr, MessagePart, Model, Period};
use policy_syntax::KeywordLanguage;

use policy_i18n::Lang;

/// The name the snippet given to the formatter declares.
const SNIPPET: &str = "x";

/// `written` (an expression, or a period of a duty), placed in `snippet` at
/// `{}`, with its keywords and units in `lang`: the part of the formatted
/// snippet after `after`, on one line (`written` as it is if it does not parse).
fn converted_in(snippet: &str, after: &str, written: &str, lang: Lang) -> String {
    let Ok(formatted) = policy_fmt::format(&snippet.replace("{}", written), Some(crate::labels::keywords(lang))) else {
        return written.to_string();
    };
    let body = formatted.split_once(after).map_or(formatted.as_str(), |(_, b)| b);
    body.split_whitespace().filter(|w| *w != "}").collect::<Vec<_>>().join(" ")
}

/// An expression in `lang`.
fn converted(written: &str, lang: Lang) -> String {
    converted_in(&format!("value {SNIPPET} = {{}}\n"), " = ", written, lang)
}

/// A constant as written in a policy (either keyword language), with its
/// unit in `lang` (`10 h` → `10 ч`).
pub(crate) fn written(source: &str, lang: Lang) -> String {
    converted(source, lang)
}

/// An expression in words.
pub(crate) fn expr(model: &Model, e: &Expr, lang: Lang) -> String {
    converted(&policy_check::text::expr(model, e), lang)
}

/// A message template with its `{…}` parts written out.
pub(crate) fn message(model: &Model, parts: &[MessagePart], lang: Lang) -> String {
    parts
        .iter()
        .map(|p| match p {
            MessagePart::Text(t) => t.clone(),
            MessagePart::Expr(e) => format!("{{{}}}", expr(model, e, lang)),
        })
        .collect()
}

/// A duration in words (`7 дней`, `2 months`).
pub(crate) fn duration(d: Duration, lang: Lang) -> String {
    policy_syntax::units::write_duration(d, crate::labels::keywords(lang))
}

/// A frequency in words (`каждый квартал`, `every 14 days`).
pub(crate) fn every(named: Option<Period>, d: Duration, lang: Lang) -> String {
    converted_in("role r {\n  duty \"d\" {}\n}\n", "\"d\"", &policy_check::text::every(named, d), lang)
}

/// The keyword `k` in the document's language.
pub(crate) fn keyword(k: policy_syntax::Keyword, lang: Lang) -> &'static str {
    let language = match lang {
        Lang::Ru => KeywordLanguage::Russian,
        Lang::En => KeywordLanguage::English,
    };
    k.spelling(language)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value_words(source: &str, lang: Lang) -> String {
        let text = format!("schema s {{ a: int  end: date?  start: date }}\nvalue v = {source}\n");
        let (_, checked) = policy_check::check_text(&text);
        assert!(!checked.has_errors(), "{:?}", checked.diagnostics);
        expr(&checked.model, &checked.model.values[0].expr, lang)
    }

    #[test]
    fn conditions_take_the_documents_keywords_and_units() {
        let source = "if end = null or end - start <= 2 months then a > 1 and a < 5 else false";
        assert_eq!(
            value_words(source, Lang::Ru),
            "если end = пусто или end - start <= 2 месяца то a > 1 и a < 5 иначе ложь"
        );
        assert_eq!(
            value_words(source, Lang::En),
            "if end = null or end - start <= 2 months then a > 1 and a < 5 else false"
        );
    }
}
