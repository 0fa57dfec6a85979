//! Checking any text (on its own, no imports) never panics and stays within the time bound.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    policy_fuzz::bounded("check", || policy_check::check_text(text));
});
