//! Decoding any TOML text as a case of murmansk-16 (the shipped case schema) never
//! panics and stays within the time bound.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policy_eval::CaseFormat;

fuzz_target!(|text: &str| {
    let policy = policy_fuzz::murmansk();
    let _ = policy_fuzz::bounded("decode", || {
        policy_eval::decode(text, CaseFormat::Toml, &policy.model.schema, &policy.vocabulary)
    });
});
