//! Evaluating a shipped policy on any case that decodes never panics and stays
//! within the time bound. The first byte picks the policy (its value modulo 4:
//! balashikha-7, murmansk-16, privolzhye-1, samara-99) and the case format
//! (`byte / 16 % 3`: YAML, JSON, TOML); the rest is the case.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policy_eval::CaseFormat;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let shipped = policy_fuzz::shipped();
    let policy = &shipped[usize::from(pick) % shipped.len()];
    let format = match (pick / 16) % 3 {
        0 => CaseFormat::Yaml,
        1 => CaseFormat::Json,
        _ => CaseFormat::Toml,
    };
    let Ok((case, _)) = policy_eval::decode(text, format, &policy.model.schema, &policy.vocabulary) else { return };
    let as_of = case.as_of(&policy.model.schema).unwrap_or(jiff::civil::date(2025, 9, 15));
    policy_fuzz::bounded("evaluate", || policy_eval::evaluate(&policy.model, &case, as_of));
});
