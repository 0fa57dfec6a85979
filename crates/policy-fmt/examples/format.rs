//! Prints a policy file in the canonical layout: `cargo run -p policy-fmt --example format -- FILE [en|ru]`.

use policy_fmt::KeywordLanguage;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: format FILE [en|ru]");
        return std::process::ExitCode::from(2);
    };
    let keywords = match args.next().as_deref() {
        Some("en") => Some(KeywordLanguage::English),
        Some("ru") => Some(KeywordLanguage::Russian),
        _ => None,
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    match policy_fmt::format(&text, keywords) {
        Ok(formatted) => {
            print!("{formatted}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::ExitCode::from(1)
        }
    }
}
