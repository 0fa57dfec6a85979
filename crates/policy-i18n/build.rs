//! Lists the Fluent files of each language (`locales/<lang>/*.ftl`) for
//! `include_str!`, so that adding a file of messages needs no code change.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::new();
    for lang in ["ru", "en"] {
        let dir = root.join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        let _ = writeln!(out, "/// The Fluent files of `{lang}`: name and text.");
        let _ = writeln!(out, "pub(crate) const {}: &[(&str, &str)] = &[", lang.to_uppercase());
        for path in files {
            println!("cargo:rerun-if-changed={}", path.display());
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let _ = writeln!(out, "    ({name:?}, include_str!({:?})),", path.display().to_string());
        }
        let _ = writeln!(out, "];");
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}
