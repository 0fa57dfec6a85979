//! In-process tests of every capability: the feature functions are called
//! directly on in-memory documents (the shipped policies, or small texts).

mod code_actions;
mod code_lens;
mod completion;
mod definition;
mod diagnostics;
mod folding;
mod formatting;
mod hover;
mod references;
mod rename;
mod robustness;
mod semantic_tokens;
mod session;
mod symbols;

use std::path::{Path, PathBuf};

use policy_lsp::Analysis;
use policy_syntax::ColumnEncoding;
use tower_lsp_server::ls_types::{HoverContents, Position};

/// The repository's `policies/` folder.
pub fn policies_dir() -> PathBuf {
    policy_lsp::vfs::normalize(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../policies"))
}

/// The path of a shipped policy.
pub fn policy_path(name: &str) -> PathBuf {
    policies_dir().join(name)
}

/// The text of a shipped policy.
pub fn policy_text(name: &str) -> String {
    std::fs::read_to_string(policy_path(name)).expect("a shipped policy")
}

/// Every shipped policy in memory, with `overrides` (name, text) replacing or adding files.
pub fn shipped(overrides: &[(&str, &str)], encoding: ColumnEncoding) -> Analysis {
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    for entry in std::fs::read_dir(policies_dir()).expect("policies/") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "policy") {
            let text = std::fs::read_to_string(&path).expect("text");
            files.push((policy_lsp::vfs::normalize(&path), text));
        }
    }
    for (name, text) in overrides {
        let path = policy_path(name);
        files.retain(|(p, _)| *p != path);
        files.push((path, text.to_string()));
    }
    Analysis::from_texts(files, encoding)
}

/// One in-memory file at `/w/<name>` (plus others).
pub fn texts(files: &[(&str, &str)], encoding: ColumnEncoding) -> Analysis {
    Analysis::from_texts(files.iter().map(|(n, t)| (PathBuf::from(format!("/w/{n}")), t.to_string())), encoding)
}

/// The path of an in-memory file made by [`texts`].
pub fn w(name: &str) -> PathBuf {
    PathBuf::from(format!("/w/{name}"))
}

/// The byte offset of the `nth` (0-based) occurrence of `needle` in `text`, plus `delta` bytes.
pub fn offset_of(text: &str, needle: &str, nth: usize, delta: usize) -> usize {
    let mut from = 0;
    for _ in 0..nth {
        from += text[from..].find(needle).expect("needle") + needle.len();
    }
    from + text[from..].find(needle).unwrap_or_else(|| panic!("`{needle}` not found")) + delta
}

/// The LSP position of a byte offset, computed independently of the server:
/// columns in UTF-16 code units or UTF-8 bytes.
pub fn position_at(text: &str, offset: usize, encoding: ColumnEncoding) -> Position {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..offset].matches('\n').count() as u32;
    let prefix = &text[line_start..offset];
    let character = match encoding {
        ColumnEncoding::Utf16 => prefix.encode_utf16().count() as u32,
        ColumnEncoding::Utf8 => prefix.len() as u32,
    };
    Position::new(line, character)
}

/// The position of `needle` (nth occurrence, plus `delta` bytes), UTF-16.
pub fn pos(text: &str, needle: &str, nth: usize, delta: usize) -> Position {
    position_at(text, offset_of(text, needle, nth, delta), ColumnEncoding::Utf16)
}

/// A hover's Markdown.
pub fn markdown(contents: &HoverContents) -> String {
    match contents {
        HoverContents::Markup(m) => m.value.clone(),
        other => format!("{other:?}"),
    }
}
