//! Diagnostics as SARIF 2.1.0 (the Static Analysis Results Interchange
//! Format that code-scanning services read): one run of the `policy` tool,
//! its rules from the diagnostic catalogue, one result per diagnostic.
//!
//! Regions are 1-based with columns in UTF-16 code units, SARIF's default
//! `columnKind`; `endColumn` is the column just after the region.

use std::path::Path;

use policy_check::{FileDiagnostic, SourceFile, Workspace};
use policy_i18n::{tr, Lang};
use policy_syntax::ast::Span;
use policy_syntax::{Code, ColumnEncoding, DiagnosticSeverity};
use serde_json::{json, Value};

/// The SARIF log of `diagnostics`, their words (and the rules' titles) in `lang`.
pub fn log(ws: &Workspace, diagnostics: &[FileDiagnostic], lang: Lang) -> Value {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|code| {
            json!({
                "id": code.as_str(),
                "shortDescription": { "text": code.title_in(lang) },
                "defaultConfiguration": { "level": level(code.severity()) },
            })
        })
        .collect();
    let results: Vec<Value> = diagnostics.iter().map(|d| result(ws, d, lang)).collect();
    json!({
        "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "policy",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "columnKind": "utf16CodeUnits",
            "results": results,
        }]
    })
}

/// SARIF's level for a severity.
fn level(severity: DiagnosticSeverity) -> &'static str {
    match severity {
        DiagnosticSeverity::Error => "error",
        DiagnosticSeverity::Warning => "warning",
    }
}

/// One diagnostic as a SARIF result; its secondary labels become related locations (in their
/// own files).
fn result(ws: &Workspace, d: &FileDiagnostic, lang: Lang) -> Value {
    let file = &ws.files[d.file];
    let diagnostic = &d.diagnostic;
    let message = match diagnostic.help_in(lang) {
        Some(help) => format!("{}\n{}{help}", diagnostic.message_in(lang), tr!(lang, "check-help-prefix")),
        None => diagnostic.message_in(lang),
    };
    let rule_index = Code::ALL.iter().position(|c| *c == diagnostic.code);
    let related: Vec<Value> = diagnostic
        .labels
        .iter()
        .enumerate()
        .map(|(id, label)| {
            // A label in another file (the first declaration in a `use`d file) points there.
            let in_file = label.file.and_then(|f| ws.files.get(f)).unwrap_or(file);
            let mut location = location(in_file, label.span);
            location["id"] = json!(id);
            location["message"] = json!({ "text": label.message.render(lang) });
            location
        })
        .collect();
    let mut result = json!({
        "ruleId": diagnostic.code.as_str(),
        "level": level(diagnostic.severity()),
        "message": { "text": message },
        "locations": [location(file, diagnostic.span)],
    });
    if let Some(index) = rule_index {
        result["ruleIndex"] = json!(index);
    }
    if !related.is_empty() {
        result["relatedLocations"] = json!(related);
    }
    result
}

/// A physical location: the file's URI and the span's region.
fn location(file: &SourceFile, span: Span) -> Value {
    let at = |offset| file.lines.wide_position(&file.text, offset, ColumnEncoding::Utf16);
    let (start, end) = (at(span.start), at(span.end));
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(&file.path) },
            "region": {
                "startLine": start.line + 1,
                "startColumn": start.column + 1,
                "endLine": end.line + 1,
                "endColumn": end.column + 1,
            }
        }
    })
}

/// A path as a URI reference: a relative path stays relative (with `/`
/// between its parts), an absolute one becomes a `file://` URI; every byte
/// outside URI's unreserved characters is percent-encoded.
fn uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::with_capacity(text.len());
    if path.is_absolute() {
        out.push_str("file://");
        if !text.starts_with('/') {
            out.push('/');
        }
    }
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => out.push(byte as char),
            b':' if out.starts_with("file://") => out.push(':'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri(Path::new("policies/a b.policy")), "policies/a%20b.policy");
        assert_eq!(uri(Path::new("школа.policy")), "%D1%88%D0%BA%D0%BE%D0%BB%D0%B0.policy");
        #[cfg(unix)]
        assert_eq!(uri(Path::new("/tmp/x.policy")), "file:///tmp/x.policy");
    }
}
