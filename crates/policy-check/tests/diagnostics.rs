//! The checker's diagnostics, one realistic mistake per fixture
//! (`tests/diagnostics/*.policy`), each expected diagnostic written inline
//! right below the line it points at:
//!
//! ```text
//! value too_old = pupil.grdae > 11
//! #! error P0202 @ 23-28: unknown case field `grdae` in `pupil`
//! ```
//!
//! `#!` starts an annotation (an ordinary comment to the parser); it belongs
//! to the nearest line above it that is not an annotation. Then come the
//! severity, the code, `@` and the primary span's columns on that line
//! (1-based characters, end exclusive; a lone start column when the span
//! ends on another line), and after `: ` the exact message. A fixture passes
//! when the checker reports exactly the annotated diagnostics of that file:
//! nothing missing, nothing more. Every code of the catalogue has a fixture.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use policy_check::Workspace;
use policy_i18n::Lang;
use policy_syntax::Code;

/// One diagnostic, as an annotation writes it and as the checker reports it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Expected {
    line: u32,
    start: u32,
    end: Option<u32>,
    severity: String,
    code: String,
    message: String,
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let end = self.end.map(|e| format!("-{e}")).unwrap_or_default();
        write!(f, "line {}: #! {} {} @ {}{end}: {}", self.line, self.severity, self.code, self.start, self.message)
    }
}

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagnostics");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the fixture directory")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "policy"))
        .collect();
    files.sort();
    files
}

/// The annotations of `text`, each placed on the line it belongs to.
fn annotations(path: &Path, text: &str) -> Vec<Expected> {
    let mut out = Vec::new();
    let mut target = 0;
    for (index, line) in text.lines().enumerate() {
        let Some(annotation) = line.trim_start().strip_prefix("#!") else {
            target = index as u32 + 1;
            continue;
        };
        let parsed = parse_annotation(annotation);
        let Some((severity, code, start, end, message)) = parsed else {
            panic!("{}:{}: malformed annotation `{line}`", path.display(), index + 1)
        };
        out.push(Expected {
            line: target,
            start,
            end,
            severity: severity.to_string(),
            code: code.to_string(),
            message: message.to_string(),
        });
    }
    out
}

/// The parts of one annotation after `#!`: severity, code, columns, message.
fn parse_annotation(annotation: &str) -> Option<(&str, &str, u32, Option<u32>, &str)> {
    let (head, message) = annotation.split_once(": ")?;
    let words: Vec<&str> = head.split_whitespace().collect();
    let [severity, code, "@", columns] = words.as_slice() else { return None };
    let (start, end) = match columns.split_once('-') {
        Some((s, e)) => (s.parse().ok()?, Some(e.parse().ok()?)),
        None => (columns.parse().ok()?, None),
    };
    Some((severity, code, start, end, message))
}

/// What the checker reports for the fixture at `path` (its own file only),
/// shaped like the annotations: the end column only where they give one.
fn reported(path: &Path, annotated: &[Expected]) -> Vec<Expected> {
    let mut ws = Workspace::new();
    let root = ws.load(path, &mut |p: &Path| std::fs::read_to_string(p)).expect("the fixture reads");
    let checked = policy_check::check(&ws, root);
    let file = &ws.files[root];
    checked
        .diagnostics
        .iter()
        .filter(|d| d.file == root)
        .map(|d| {
            let at = file.lines.line_col(&file.text, d.diagnostic.span.start);
            let to = file.lines.line_col(&file.text, d.diagnostic.span.end);
            let spans_lines = to.line != at.line;
            let annotated_end = annotated.iter().any(|a| a.line == at.line && a.start == at.column && a.end.is_some());
            Expected {
                line: at.line,
                start: at.column,
                end: (!spans_lines || annotated_end).then_some(to.column),
                severity: d.diagnostic.severity().as_str().to_string(),
                code: d.diagnostic.code.to_string(),
                message: d.diagnostic.message_in(Lang::En),
            }
        })
        .collect()
}

#[test]
fn each_fixture_reports_exactly_its_annotations() {
    let mut failures = String::new();
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).expect("the fixture reads");
        let expected: BTreeSet<Expected> = annotations(&path, &text).into_iter().collect();
        assert!(!expected.is_empty(), "{}: a fixture without an annotation tests nothing", path.display());
        let got: BTreeSet<Expected> =
            reported(&path, &expected.iter().cloned().collect::<Vec<_>>()).into_iter().collect();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for missing in expected.difference(&got) {
            failures += &format!("{name}: expected but not reported: {missing}\n");
        }
        for extra in got.difference(&expected) {
            failures += &format!("{name}: reported but not annotated: {extra}\n");
        }
    }
    assert!(failures.is_empty(), "\n{failures}");
}

#[test]
fn every_code_has_a_fixture() {
    let mut annotated = BTreeSet::new();
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).expect("the fixture reads");
        annotated.extend(annotations(&path, &text).into_iter().map(|a| a.code));
    }
    let untested: Vec<&str> =
        Code::ALL.iter().map(|c| c.as_str()).filter(|c| !annotated.contains(*c) && *c != "P0100").collect();
    // P0100 (the recognizer's budget) needs a file of thousands of lines; it is
    // tested in policy-syntax's `pathological` tests instead.
    assert!(untested.is_empty(), "codes without a fixture: {untested:?}");
}

#[test]
fn annotations_are_read_as_written() {
    let text = "value a = 1\n#! error P0201 @ 11-12: unknown name `b`\n#! warning P0501 @ 3: x: y\n";
    let got = annotations(Path::new("inline"), text);
    assert_eq!(got.len(), 2);
    assert_eq!((got[0].line, got[0].start, got[0].end), (1, 11, Some(12)));
    assert_eq!(got[0].message, "unknown name `b`");
    assert_eq!((got[1].line, got[1].start, got[1].end, got[1].message.as_str()), (1, 3, None, "x: y"));
}

/// Every fixture's diagnostics in Russian (message, labels, help), as a
/// lawyer reads them in the editor or in `policy check --lang ru`.
#[test]
fn every_fixture_reads_in_russian() {
    let mut out = String::new();
    for path in fixtures() {
        let mut ws = Workspace::new();
        let root = ws.load(&path, &mut |p: &Path| std::fs::read_to_string(p)).expect("the fixture reads");
        let checked = policy_check::check(&ws, root);
        let file = &ws.files[root];
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        out += &format!("## {name}\n");
        for d in checked.diagnostics.iter().filter(|d| d.file == root) {
            let d = &d.diagnostic;
            let at = file.lines.line_col(&file.text, d.span.start);
            out += &format!("{}:{} {}: {}\n", at.line, at.column, d.code, d.message_in(Lang::Ru));
            out += &format!("    метка: {}\n", d.label.render(Lang::Ru));
            for label in &d.labels {
                out += &format!("    метка: {}\n", label.message.render(Lang::Ru));
            }
            if let Some(help) = d.help_in(Lang::Ru) {
                out += &format!("    как исправить: {help}\n");
            }
        }
    }
    insta::assert_snapshot!(out);
}
