//! Shared by the fuzz targets: the shipped policies, checked once; the time bound
//! every input must stay within; a span-free dump of a syntax tree.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use policy_check::model::Model;
use policy_check::Workspace;
use policy_eval::Vocabulary;

/// The shipped policies (file name, text), compiled in so that the targets read no files.
pub const POLICIES: &[(&str, &str)] = &[
    ("case-schema.policy", include_str!("../../policies/case-schema.policy")),
    ("balashikha-7.policy", include_str!("../../policies/balashikha-7.policy")),
    ("murmansk-16.policy", include_str!("../../policies/murmansk-16.policy")),
    ("privolzhye-1.policy", include_str!("../../policies/privolzhye-1.policy")),
    ("samara-99.policy", include_str!("../../policies/samara-99.policy")),
];

/// The longest one input may take in any target (the fuzzers' `-timeout` is a
/// backstop for a hang; this catches an input that is merely very slow). Generous:
/// the shipped policies check in milliseconds.
pub const TIME_BOUND: Duration = Duration::from_secs(3);

/// Runs `f`, panicking (a crash for the fuzzer) if it takes longer than [`TIME_BOUND`].
pub fn bounded<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let value = f();
    let took = started.elapsed();
    assert!(took <= TIME_BOUND, "{what} took {took:?}, more than {TIME_BOUND:?}");
    value
}

/// A shipped policy, checked with its imports, and its case vocabulary.
#[derive(Debug)]
pub struct Shipped {
    /// The file name.
    pub name: &'static str,
    /// The checked model.
    pub model: Model,
    /// The vocabulary that case decoding needs.
    pub vocabulary: Vocabulary,
}

/// Every shipped policy except the schema, checked once.
pub fn shipped() -> &'static [Shipped] {
    static SHIPPED: OnceLock<Vec<Shipped>> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        POLICIES
            .iter()
            .filter(|(name, _)| *name != "case-schema.policy")
            .map(|(name, _)| {
                let mut ws = Workspace::new();
                let mut read = |p: &Path| -> Result<String, String> {
                    let file = p.file_name().and_then(|f| f.to_str()).unwrap_or_default();
                    POLICIES
                        .iter()
                        .find(|(n, _)| *n == file)
                        .map(|(_, t)| t.to_string())
                        .ok_or_else(|| file.to_string())
                };
                let root = ws.load(&PathBuf::from("/policies").join(name), &mut read).expect("a shipped policy loads");
                let checked = policy_check::check(&ws, root);
                assert!(!checked.has_errors(), "{name} checks without errors");
                let vocabulary = Vocabulary::new(&checked.model);
                Shipped { name, model: checked.model, vocabulary }
            })
            .collect()
    })
}

/// The policy the case targets decode against (murmansk-16, with the shared case schema).
pub fn murmansk() -> &'static Shipped {
    shipped().iter().find(|s| s.name == "murmansk-16.policy").expect("murmansk-16 is shipped")
}

/// The `Debug` dump of `value` without its spans (`Span { start: …, end: … }`), so that
/// two trees of texts laid out differently can be compared.
pub fn span_free_dump(value: &impl std::fmt::Debug) -> String {
    const SPAN: &str = "Span { start: ";
    let dump = format!("{value:?}");
    let mut out = String::with_capacity(dump.len());
    let mut rest = dump.as_str();
    while let Some(at) = rest.find(SPAN) {
        out.push_str(&rest[..at]);
        out.push_str("Span");
        let after = &rest[at + SPAN.len()..];
        rest = match after.find('}') {
            Some(end) => &after[end + 1..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

/// The diagnostic codes of checking `text` on its own, sorted.
pub fn codes(text: &str) -> Vec<String> {
    let (_, checked) = policy_check::check_text(text);
    let mut codes: Vec<String> = checked.diagnostics.iter().map(|d| d.diagnostic.code.to_string()).collect();
    codes.sort();
    codes
}
