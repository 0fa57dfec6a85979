//! Links from a diagnostic's code to the section of the language reference
//! that explains it (`Code::section`), in the edition of the file's keyword
//! language: `docs/language.md` for a policy in English keywords,
//! `docs/language.ru.md` for one in Russian. Both editions give every section
//! the same anchor, so the link differs only in the file.

use policy_syntax::{Code, KeywordLanguage};
use tower_lsp_server::ls_types::{CodeDescription, Uri};

/// Where the editions of the reference are published (the repository the
/// extension's `package.json` names).
pub const REFERENCE_BASE: &str = "https://github.com/policy-toolchain/policy/blob/main/docs/";

/// The reference's file in `language`.
pub fn edition(language: KeywordLanguage) -> &'static str {
    match language {
        KeywordLanguage::English => "language.md",
        KeywordLanguage::Russian => "language.ru.md",
    }
}

/// The link an editor shows on the code of a diagnostic (`P0201` → the
/// section on expressions), in the reference edition of `language`.
pub fn code_description(code: Code, language: KeywordLanguage) -> Option<CodeDescription> {
    let href = format!("{REFERENCE_BASE}{}#{}", edition(language), code.section()).parse::<Uri>().ok()?;
    Some(CodeDescription { href })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_link_in_both_editions() {
        for code in Code::ALL {
            for language in [KeywordLanguage::English, KeywordLanguage::Russian] {
                let link = code_description(*code, language).expect("a valid URI");
                assert!(link.href.as_str().ends_with(&format!("{}#{}", edition(language), code.section())));
            }
        }
    }
}
