//! Prints a policy with its keywords converted to Russian (used to produce fixtures).
fn main() {
    let Some(path) = std::env::args().nth(1) else { return };
    let Ok(text) = std::fs::read_to_string(&path) else { return };
    let parsed = policy_syntax::parse(&text);
    print!("{}", policy_syntax::convert_keywords(&text, &parsed.file, policy_syntax::KeywordLanguage::Russian));
}
