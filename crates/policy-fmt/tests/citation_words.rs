//! A citation's words `«…»` survive formatting and keyword conversion, with
//! comments after them and `#` or quotes inside them.

use policy_fmt::format;
use policy_syntax::KeywordLanguage;

const TEXT: &str = "policy p { school \"x\" }\nclause \"17\" \"\"\"Утверждается заместителем директора.\"\"\"\ndocument schedule   §   \"17\"\n    «утверждается „заместителем“ # директора»   \"расписание\" # comment\n";

#[test]
fn words_are_kept_in_the_canonical_layout() {
    let formatted = format(TEXT, None).unwrap();
    assert!(
        formatted
            .contains("document schedule § \"17\" «утверждается „заместителем“ # директора» \"расписание\" # comment"),
        "{formatted}"
    );
    assert_eq!(format(&formatted, None).unwrap(), formatted, "idempotent");
}

#[test]
fn words_survive_keyword_conversion_both_ways() {
    let english = format(TEXT, None).unwrap();
    let russian = format(&english, Some(KeywordLanguage::Russian)).unwrap();
    assert!(russian.contains("документ schedule § \"17\" «утверждается „заместителем“ # директора»"), "{russian}");
    assert_eq!(format(&russian, Some(KeywordLanguage::English)).unwrap(), english);
}
