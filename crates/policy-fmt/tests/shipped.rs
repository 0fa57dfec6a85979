//! The shipped policies are in the canonical layout: `policy fmt --check policies/`
//! would change nothing.

#[test]
fn shipped_policies_are_fmt_clean() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../policies");
    let mut unclean = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "policy"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no shipped policies in {dir}");
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let formatted = policy_fmt::format(&text, None).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if formatted != text {
            unclean.push(path.display().to_string());
        }
    }
    assert!(unclean.is_empty(), "not in the canonical layout (run `policy fmt policies/`): {unclean:?}");
}
