//! Edits, hostile input and the real server loop (in memory).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use policy_lsp::vfs::{apply_change, EditError, Vfs};
use policy_syntax::ColumnEncoding;
use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent, Uri};

use crate::*;

fn change(range: Option<(u32, u32, u32, u32)>, text: &str) -> TextDocumentContentChangeEvent {
    TextDocumentContentChangeEvent {
        range: range.map(|(a, b, c, d)| Range { start: Position::new(a, b), end: Position::new(c, d) }),
        range_length: None,
        text: text.to_string(),
    }
}

#[test]
fn incremental_edits_count_utf16_columns() {
    let mut text = "правило x\n  когда пупил > 3\n".to_string();
    // Replace `пупил` (line 1, UTF-16 columns 8..13) with `pupil.grade`.
    apply_change(&mut text, &change(Some((1, 8, 1, 13)), "pupil.grade"), ColumnEncoding::Utf16);
    assert_eq!(text, "правило x\n  когда pupil.grade > 3\n");
    // The same edit in UTF-8 columns (bytes).
    let mut text = "правило x\n  когда пупил > 3\n".to_string();
    apply_change(&mut text, &change(Some((1, 13, 1, 23)), "pupil.grade"), ColumnEncoding::Utf8);
    assert_eq!(text, "правило x\n  когда pupil.grade > 3\n");
    // An emoji is two UTF-16 units.
    let mut text = "# 😀 x".to_string();
    apply_change(&mut text, &change(Some((0, 5, 0, 6)), "y"), ColumnEncoding::Utf16);
    assert_eq!(text, "# 😀 y");
    // Out-of-range and reversed ranges are clamped, never a panic.
    let mut text = "ab\nв".to_string();
    apply_change(&mut text, &change(Some((0, 99, 0, u32::MAX)), "!"), ColumnEncoding::Utf16);
    assert_eq!(text, "ab!\nв");
    apply_change(&mut text, &change(Some((9, 9, 0, 1)), "?"), ColumnEncoding::Utf16);
    assert_eq!(text, "a?");
    apply_change(&mut text, &change(Some((0, 1, 0, 1)), "\u{1F600}"), ColumnEncoding::Utf8);
    // Half a character: the position is moved to the character's start.
    apply_change(&mut text, &change(Some((0, 2, 0, 3)), "z"), ColumnEncoding::Utf8);
    assert!(text.is_char_boundary(text.len()));
    apply_change(&mut text, &change(None, "заново"), ColumnEncoding::Utf16);
    assert_eq!(text, "заново");
}

#[test]
fn stale_versions_and_unknown_documents_are_rejected() {
    let mut vfs = Vfs::new(false);
    let path = PathBuf::from("/w/p.policy");
    let uri: Uri = "file:///w/p.policy".parse().expect("uri");
    assert_eq!(vfs.change(&path, 2, &[change(None, "x")], ColumnEncoding::Utf16), Err(EditError::UnknownDocument));
    vfs.open(path.clone(), uri, "a".into(), 5);
    assert_eq!(
        vfs.change(&path, 5, &[change(None, "x")], ColumnEncoding::Utf16),
        Err(EditError::StaleVersion { current: 5, received: 5 })
    );
    assert_eq!(vfs.change(&path, 7, &[change(Some((0, 1, 0, 1)), "b")], ColumnEncoding::Utf16), Ok(()));
    assert_eq!(vfs.document(&path).map(|d| (d.text.as_str().to_string(), d.version)), Some(("ab".into(), 7)));
    assert!(vfs.change(&path, 6, &[change(None, "old")], ColumnEncoding::Utf16).is_err());
    assert!(vfs.close(&path));
    assert!(!vfs.close(&path));
}

/// A tiny deterministic generator of hostile text.
fn noise(seed: u64, len: usize) -> String {
    const PIECES: &[&str] = &[
        "rule",
        "правило",
        "{",
        "}",
        "\"",
        "\"\"\"",
        "§",
        " ",
        "\n",
        "pupil.",
        "grade",
        "when",
        "когда",
        "..",
        "1",
        "(",
        ")",
        "[",
        "]",
        "#",
        "😀",
        "\\",
        "=",
        "value",
        "table",
        "by",
        "=>",
        "таблица",
        "ч",
        "%",
        "-",
        ",",
        "use \"case-schema.policy\"",
        "clause \"1\" \"x\"",
        "test \"t\" {",
        "document",
        "role r {",
        "duty",
    ];
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut out = String::new();
    for _ in 0..len {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        out.push_str(PIECES[(state >> 33) as usize % PIECES.len()]);
    }
    out
}

#[test]
fn every_feature_survives_random_input() {
    for seed in 0..40u64 {
        let text = noise(seed, 200);
        let a = texts(&[("p.policy", &text)], ColumnEncoding::Utf16);
        let path = w("p.policy");
        let _ = policy_lsp::diagnostics::workspace_diagnostics(&a);
        let _ = policy_lsp::symbols::document_symbols(&a, &path);
        let _ = policy_lsp::folding::folding_ranges(&a, &path);
        let _ = policy_lsp::semantic_tokens::semantic_tokens(&a, &path, None);
        let _ = policy_lsp::code_lens::code_lenses(&a, &path);
        let _ = policy_lsp::formatting::formatting(&a, &path);
        let lines = text.lines().count() as u32 + 2;
        for i in 0..30u32 {
            let p = Position::new((i * 7 + seed as u32) % lines, (i * 13) % 90);
            let _ = policy_lsp::hover::hover(&a, &path, p);
            let _ = policy_lsp::completion::completion(&a, &path, p);
            let _ = policy_lsp::definition::definition(&a, &path, p);
            let _ = policy_lsp::references::references(&a, &path, p, true);
            let _ = policy_lsp::rename::prepare_rename(&a, &path, p);
            let _ = policy_lsp::rename::rename(&a, &path, p, "новое_имя");
            let _ = policy_lsp::code_actions::code_actions(&a, &path, Range { start: p, end: p });
        }
    }
    // Bytes that are not text never reach the features: the client sends strings.
    let a = texts(&[("p.policy", "\u{0}\u{feff}\u{10ffff}\r\n\r")], ColumnEncoding::Utf16);
    let _ = policy_lsp::diagnostics::workspace_diagnostics(&a);
    let _ = policy_lsp::hover::hover(&a, &w("p.policy"), Position::new(0, 1));
}

#[test]
fn a_hundred_thousand_line_file_is_handled() {
    // 20,000 blocks of 5 lines.
    let mut text = String::from("policy big {}\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "value v{i} § \"1\" \"значение {i}\" = {i}\nrule r{i} § \"1\" {{\n  when v{i} > 10\n  violation \"нарушение {{v{i}}}\"\n}}\n"
        ));
    }
    assert!(text.lines().count() > 100_000);
    let a = texts(&[("big.policy", &text)], ColumnEncoding::Utf16);
    let started = Instant::now();
    let files = policy_lsp::diagnostics::workspace_diagnostics(&a);
    assert_eq!(files.len(), 1);
    let last = text.lines().count() as u32 - 3;
    let h = policy_lsp::hover::hover(&a, &w("big.policy"), Position::new(last, 8));
    assert!(h.is_some());
    assert!(policy_lsp::semantic_tokens::semantic_tokens(&a, &w("big.policy"), None).is_some());
    assert!(started.elapsed() < Duration::from_secs(120), "{:?}", started.elapsed());
}

// ------------------------------------------------------------------ the server loop

/// The longest the server may stay silent while a request is open (debug build, loaded CI
/// machine): past it a test fails with the request's id instead of hanging.
const SILENCE_BOUND: Duration = Duration::from_secs(90);

/// The client side of an in-memory session.
pub struct Peer {
    write: tokio::io::WriteHalf<tokio::io::DuplexStream>,
    read: BufReader<tokio::io::ReadHalf<tokio::io::DuplexStream>>,
    next_id: i64,
}

impl Peer {
    async fn send(&mut self, message: Value) {
        let body = message.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{}", body.len(), body);
        self.write.write_all(frame.as_bytes()).await.expect("write");
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params})).await;
    }

    pub async fn request(&mut self, method: &str, params: Value) -> i64 {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params})).await;
        id
    }

    async fn receive(&mut self) -> Value {
        let mut length = 0usize;
        loop {
            let mut line = String::new();
            self.read.read_line(&mut line).await.expect("header");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse().expect("length");
            }
        }
        let mut body = vec![0; length];
        self.read.read_exact(&mut body).await.expect("body");
        serde_json::from_slice(&body).expect("json")
    }

    /// Reads until the response to `id`, answering server requests, collecting notifications.
    /// A server that sends nothing for [`SILENCE_BOUND`] fails the test instead of hanging it.
    pub async fn response(&mut self, id: i64, notes: &mut Vec<Value>) -> Value {
        loop {
            let m = tokio::time::timeout(SILENCE_BOUND, self.receive()).await.unwrap_or_else(|_| {
                panic!("the server sent nothing for {SILENCE_BOUND:?} while request {id} was open")
            });
            if m.get("id") == Some(&json!(id)) && m.get("method").is_none() {
                return m;
            }
            if let (Some(server_id), Some(_)) = (m.get("id"), m.get("method")) {
                let reply = json!({"jsonrpc": "2.0", "id": server_id, "result": null});
                self.send(reply).await;
            } else {
                notes.push(m);
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_racing_with_requests_are_applied_in_order_and_stale_diagnostics_are_not_published() {
    let (client, server) = tokio::io::duplex(1 << 20);
    let (server_read, server_write) = tokio::io::split(server);
    let serving = tokio::spawn(policy_lsp::serve(server_read, server_write));
    let (read, write) = tokio::io::split(client);
    let mut peer = Peer { write, read: BufReader::new(read), next_id: 0 };
    let mut notes = Vec::new();
    // Random bytes and broken frames first: skipped, the session goes on.
    peer.write
        .write_all(b"\x00\xff\xfe garbage\r\n\r\nContent-Length: 3\r\n\r\n{{{Content-Length: x\r\n\r\n")
        .await
        .expect("write");
    peer.send(json!({"jsonrpc": "2.0", "id": 1.5, "method": "initialize"})).await;

    let id = peer.request("initialize", json!({"capabilities": {}, "processId": null, "rootUri": null})).await;
    let init = peer.response(id, &mut notes).await;
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-16");
    peer.notify("initialized", json!({})).await;

    let uri = "untitled:Untitled-1";
    peer.notify("textDocument/didOpen", json!({"textDocument": {"uri": uri, "languageId": "policy", "version": 1, "text": "правило r § \"1\" {\n  когда \n  нарушение \"нет\"\n}\n"}})).await;
    // Type `пупил` one letter at a time, each a separate change, with hovers in between.
    let word = "пупил";
    for (i, c) in word.chars().enumerate() {
        let col = 8 + i as u32;
        peer.notify("textDocument/didChange", json!({
            "textDocument": {"uri": uri, "version": 2 + i},
            "contentChanges": [{"range": {"start": {"line": 1, "character": col}, "end": {"line": 1, "character": col}}, "text": c.to_string()}]
        })).await;
        peer.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 1, "character": col}}),
        )
        .await;
    }
    // A stale change and a change to an unknown document are ignored.
    peer.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": "garbage"}]}),
    )
    .await;
    peer.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "untitled:nope", "version": 9}, "contentChanges": [{"text": "x"}]}),
    )
    .await;
    // Garbage requests do not stop the server.
    let bad = peer.request("textDocument/hover", json!({"nonsense": true})).await;
    let answer = peer.response(bad, &mut notes).await;
    assert!(answer.get("error").is_some());

    // Wait for the diagnostics of the last version; none may be for a version the buffer no longer has.
    let final_version = 1 + word.chars().count() as i64;
    let deadline = Instant::now() + Duration::from_secs(60);
    let last = loop {
        assert!(Instant::now() < deadline, "no diagnostics for the final version");
        let id = peer.request("textDocument/documentSymbol", json!({"textDocument": {"uri": uri}})).await;
        peer.response(id, &mut notes).await;
        let published: Vec<&Value> =
            notes.iter().filter(|n| n["method"] == "textDocument/publishDiagnostics").collect();
        if let Some(last) = published.iter().rev().find(|n| n["params"]["version"] == json!(final_version)) {
            break (*last).clone();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let messages: Vec<String> = last["params"]["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .map(|d| d["message"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(messages.iter().any(|m| m.contains("`пупил`")), "the buffer holds every edit in order: {messages:?}");
    let range = &last["params"]["diagnostics"][0]["range"];
    assert_eq!(range["start"], json!({"line": 1, "character": 8}));
    for n in notes.iter().filter(|n| n["method"] == "textDocument/publishDiagnostics") {
        let v = n["params"]["version"].as_i64().unwrap_or(0);
        assert!((1..=final_version).contains(&v), "{v}");
    }

    let id = peer.request("shutdown", Value::Null).await;
    let shut = peer.response(id, &mut notes).await;
    assert!(shut.get("error").is_none());
    peer.notify("exit", Value::Null).await;
    tokio::time::timeout(Duration::from_secs(10), serving).await.expect("the server stops").expect("no panic");
}

#[tokio::test]
async fn the_server_stops_when_its_input_ends() {
    let (client, server) = tokio::io::duplex(1 << 16);
    let (server_read, server_write) = tokio::io::split(server);
    let serving = tokio::spawn(policy_lsp::serve(server_read, server_write));
    drop(client);
    tokio::time::timeout(Duration::from_secs(10), serving).await.expect("stops").expect("no panic");
}

// ------------------------------------------------------------------ containment of a failing check

/// The text that makes [`panicking_checker`] panic.
const POISON: &str = "# ПАНИКА";

/// `policy_check::check`, except that it panics on a root whose text holds [`POISON`]
/// (a stand-in for any checker bug: the panic message quotes the document, as a real one might).
fn panicking_checker(ws: &policy_check::Workspace, root: policy_check::model::FileId) -> policy_check::Checked {
    let text = &ws.files[root].text;
    if text.contains(POISON) {
        panic!("checker bug on {text}");
    }
    policy_check::check(ws, root)
}

/// A good file with one diagnostic (an unknown name).
const GOOD: &str = "правило r § \"1\" {\n  когда пупил > 3\n  нарушение \"нет\"\n}\n";

#[test]
fn a_panicking_check_is_contained_to_its_file() {
    let snapshot = policy_lsp::vfs::Snapshot::from_texts(
        [(w("good.policy"), GOOD.to_string()), (w("bad.policy"), format!("{POISON}\n{GOOD}"))],
        ColumnEncoding::Utf16,
    );
    let cache = std::sync::Arc::new(policy_lsp::analysis::Cache::with_checker(panicking_checker));
    let a = policy_lsp::Analysis::new(snapshot, cache);
    let files = policy_lsp::diagnostics::workspace_diagnostics(&a);
    let good = files.iter().find(|f| f.path == w("good.policy")).expect("the good file is reported");
    let expected =
        policy_lsp::diagnostics::workspace_diagnostics(&texts(&[("good.policy", GOOD)], ColumnEncoding::Utf16));
    assert_eq!(good.diagnostics, expected[0].diagnostics);
    assert!(good.diagnostics.iter().any(|d| d.message.contains("`пупил`")));
    let bad = files.iter().find(|f| f.path == w("bad.policy")).expect("the broken file is reported");
    assert_eq!(bad.diagnostics, vec![policy_lsp::diagnostics::checker_failed()]);
    assert_eq!(bad.version, Some(1));
    // Features: the good file is served, the broken one answers nothing (and does not panic).
    assert!(policy_lsp::hover::hover(&a, &w("good.policy"), Position::new(1, 3)).is_some());
    assert!(policy_lsp::symbols::document_symbols(&a, &w("good.policy")).is_some());
    assert!(policy_lsp::hover::hover(&a, &w("bad.policy"), Position::new(2, 3)).is_none());
    let _ = policy_lsp::completion::completion(&a, &w("good.policy"), Position::new(1, 9));
    let _ = policy_lsp::references::references(&a, &w("good.policy"), Position::new(0, 9), true);
}

/// Starts the real server loop in memory on `shared`; returns the client side.
pub fn start(shared: std::sync::Arc<policy_lsp::server::Shared>) -> (Peer, tokio::task::JoinHandle<()>) {
    let (client, server) = tokio::io::duplex(1 << 20);
    let (server_read, server_write) = tokio::io::split(server);
    let serving = tokio::spawn(policy_lsp::serve_with(server_read, server_write, shared));
    let (read, write) = tokio::io::split(client);
    (Peer { write, read: BufReader::new(read), next_id: 0 }, serving)
}

impl Peer {
    pub async fn initialize(&mut self, notes: &mut Vec<Value>) {
        let id = self.request("initialize", json!({"capabilities": {}, "processId": null, "rootUri": null})).await;
        self.response(id, notes).await;
        self.notify("initialized", json!({})).await;
    }

    pub async fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "policy", "version": 1, "text": text}}),
        )
        .await;
    }

    /// Waits (polling with cheap requests) until every URI of `uris` has published
    /// diagnostics for `version`; returns the last diagnostics of each.
    pub async fn published(&mut self, uris: &[&str], version: i64, notes: &mut Vec<Value>) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let found: Vec<Option<Value>> = uris
                .iter()
                .map(|uri| {
                    notes
                        .iter()
                        .rev()
                        .find(|n| {
                            n["method"] == "textDocument/publishDiagnostics"
                                && n["params"]["uri"] == json!(uri)
                                && n["params"]["version"] == json!(version)
                        })
                        .map(|n| n["params"]["diagnostics"].clone())
                })
                .collect();
            if found.iter().all(Option::is_some) {
                return found.into_iter().flatten().collect();
            }
            assert!(Instant::now() < deadline, "no diagnostics published for {uris:?}");
            let id = self.request("textDocument/documentSymbol", json!({"textDocument": {"uri": uris[0]}})).await;
            self.response(id, notes).await;
            tokio::time::sleep(Duration::from_millis(30)).await;
        }
    }

    pub async fn stop(&mut self, serving: tokio::task::JoinHandle<()>, notes: &mut Vec<Value>) {
        let id = self.request("shutdown", Value::Null).await;
        self.response(id, notes).await;
        self.notify("exit", Value::Null).await;
        tokio::time::timeout(Duration::from_secs(10), serving).await.expect("the server stops").expect("no panic");
    }
}

fn messages(diagnostics: &Value) -> Vec<String> {
    diagnostics.as_array().into_iter().flatten().map(|d| d["message"].as_str().unwrap_or("").to_string()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_document_that_breaks_the_checker_does_not_silence_the_server() {
    let (mut peer, serving) = start(policy_lsp::server::Shared::with_checker(false, panicking_checker));
    let mut notes = Vec::new();
    peer.initialize(&mut notes).await;
    let (good, bad) = ("untitled:good", "untitled:bad");
    peer.open(bad, &format!("{POISON}\n{GOOD}")).await;
    peer.open(good, GOOD).await;
    let published = peer.published(&[good, bad], 1, &mut notes).await;
    assert!(messages(&published[0]).iter().any(|m| m.contains("`пупил`")), "{:?}", published[0]);
    let bad_messages = messages(&published[1]);
    assert_eq!(bad_messages.len(), 1, "{bad_messages:?}");
    assert!(bad_messages[0].contains("the checker failed on this file"), "{bad_messages:?}");
    assert!(!bad_messages[0].contains("ПАНИКА"), "no document text in the diagnostic");

    // The server keeps serving: a hover on the good file is answered, one on the broken file gets an empty answer.
    let id = peer
        .request("textDocument/hover", json!({"textDocument": {"uri": good}, "position": {"line": 1, "character": 3}}))
        .await;
    let answer = peer.response(id, &mut notes).await;
    assert!(answer["result"]["contents"].is_object(), "{answer}");
    let id = peer
        .request("textDocument/hover", json!({"textDocument": {"uri": bad}, "position": {"line": 2, "character": 3}}))
        .await;
    let answer = peer.response(id, &mut notes).await;
    assert!(answer.get("error").is_none() && answer["result"].is_null(), "{answer}");

    // Fixing the broken file brings its real diagnostics back.
    peer.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": bad, "version": 2}, "contentChanges": [{"text": GOOD}]}),
    )
    .await;
    let published = peer.published(&[bad], 2, &mut notes).await;
    assert!(messages(&published[0]).iter().any(|m| m.contains("`пупил`")), "{:?}", published[0]);
    peer.stop(serving, &mut notes).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_curriculum_column_past_the_decimal_maximum_does_not_silence_the_server() {
    // The real checker (this column's sum overflowed rust_decimal and made it panic).
    let (mut peer, serving) = start(policy_lsp::server::Shared::new(false));
    let mut notes = Vec::new();
    peer.initialize(&mut notes).await;
    let (good, huge) = ("untitled:good", "untitled:huge");
    let big = "79228162514264337593543950335";
    peer.open(
        huge,
        &format!("curriculum plan {{\n  grades 1\n  \"A\" {big}\n  \"B\" {big}\n  \"C\" {big}\n  total 1\n}}\n"),
    )
    .await;
    peer.open(good, GOOD).await;
    let published = peer.published(&[good, huge], 1, &mut notes).await;
    assert!(messages(&published[0]).iter().any(|m| m.contains("`пупил`")), "{:?}", published[0]);
    assert!(!messages(&published[1]).is_empty(), "the huge column is reported (or the failure is)");
    peer.stop(serving, &mut notes).await;
}
