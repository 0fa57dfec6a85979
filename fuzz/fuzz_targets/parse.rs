//! Parsing any text never panics and stays within the time bound.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    policy_fuzz::bounded("parse", || policy_syntax::parse(text));
});
