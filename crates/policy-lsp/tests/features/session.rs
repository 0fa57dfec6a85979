//! A fuzzed editing session against the real server loop (in memory): seeded-random
//! UTF-16 edits of a shipped policy interleaved with requests. Every request must be
//! answered in time, and the server's store must stay as large as the open documents.

use std::time::{Duration, Instant};

use policy_lsp::server::Shared;
use policy_lsp::vfs::apply_change;
use policy_syntax::ColumnEncoding;
use serde_json::{json, Value};
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent};

use crate::robustness::{start, Peer};
use crate::*;

/// How many edits the session makes.
const EDITS: usize = 2_000;
/// A request after every this many edits.
const EDITS_PER_REQUEST: usize = 10;
/// The longest one request may take to be answered (debug build, loaded CI machine).
const ANSWER_BOUND: Duration = Duration::from_secs(20);

/// What the session inserts: brackets, quotes, keywords in both languages, Cyrillic,
/// characters outside the BMP (UTF-16 surrogate pairs), line breaks.
const SNIPPETS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "\"",
    "\"\"\"",
    "§",
    "#",
    "\n",
    "\r\n",
    " ",
    "\t",
    "..",
    "=>",
    "правило",
    "когда",
    "нарушение",
    "rule r {",
    "when ",
    "value v = 1",
    "table",
    "pupil.grade",
    "ч",
    "час",
    "😀",
    "𝔘𝔫𝔦",
    "é",
    "\u{feff}",
    "Русский язык",
    "79228162514264337593543950335",
    "use \"case-schema.policy\"",
    "}}}}",
    "((((",
];

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A random position in `text`, in UTF-16 columns: mostly inside the text (possibly in the
/// middle of a surrogate pair), sometimes past the end of a line or of the text.
fn position(rng: &mut Rng, text: &str) -> Position {
    let lines: Vec<&str> = text.split('\n').collect();
    let line = rng.below(lines.len() + 1);
    let width = lines.get(line).map_or(0, |l| l.encode_utf16().count());
    Position::new(line as u32, rng.below(width + 3) as u32)
}

fn random_change(rng: &mut Rng, text: &str) -> TextDocumentContentChangeEvent {
    let start = position(rng, text);
    let (end, inserted) = match rng.below(10) {
        // Insert a snippet.
        0..=5 => (start, SNIPPETS[rng.below(SNIPPETS.len())].to_string()),
        // Delete a little (possibly across lines, possibly a reversed range).
        6..=8 => {
            let end = Position::new(start.line + rng.below(2) as u32, rng.below(40) as u32);
            (end, String::new())
        }
        // Replace a stretch with several snippets.
        _ => {
            let end = position(rng, text);
            let n = 1 + rng.below(4);
            (end, (0..n).map(|_| SNIPPETS[rng.below(SNIPPETS.len())]).collect())
        }
    };
    TextDocumentContentChangeEvent { range: Some(Range { start, end }), range_length: None, text: inserted }
}

fn request(rng: &mut Rng, uri: &str, text: &str, n: usize) -> (&'static str, Value) {
    let doc = json!({"uri": uri});
    let at = position(rng, text);
    let at = json!({"line": at.line, "character": at.character});
    match n % 6 {
        0 => ("textDocument/hover", json!({"textDocument": doc, "position": at})),
        1 => ("textDocument/completion", json!({"textDocument": doc, "position": at})),
        2 => ("textDocument/definition", json!({"textDocument": doc, "position": at})),
        3 => ("textDocument/documentSymbol", json!({"textDocument": doc})),
        4 => ("textDocument/formatting", json!({"textDocument": doc, "options": {"tabSize": 2, "insertSpaces": true}})),
        _ => ("textDocument/semanticTokens/full", json!({"textDocument": doc})),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_survives_a_fuzzed_editing_session() {
    let started = Instant::now();
    let shared = Shared::new(true);
    let (mut peer, serving): (Peer, _) = start(shared.clone());
    let mut notes = Vec::new();
    peer.initialize(&mut notes).await;
    let path = policy_path("murmansk-16.policy");
    let uri = policy_lsp::vfs::path_to_uri(&path).expect("a file URI");
    let uri = uri.as_str().to_string();
    let original = policy_text("murmansk-16.policy");
    peer.open(&uri, &original).await;

    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut text = original.clone();
    let mut version = 1;
    let mut answered = 0;
    for edit in 0..EDITS {
        version += 1;
        // Now and then the whole text is replaced (as on "revert"), which keeps it from drifting too far.
        let change = if edit % 500 == 499 {
            TextDocumentContentChangeEvent { range: None, range_length: None, text: original.clone() }
        } else {
            random_change(&mut rng, &text)
        };
        apply_change(&mut text, &change, ColumnEncoding::Utf16);
        let change = serde_json::to_value(&change).expect("a change serializes");
        peer.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}),
        )
        .await;
        if edit % EDITS_PER_REQUEST == EDITS_PER_REQUEST - 1 {
            let (method, params) = request(&mut rng, &uri, &text, edit / EDITS_PER_REQUEST);
            let id = peer.request(method, params).await;
            let answer = tokio::time::timeout(ANSWER_BOUND, peer.response(id, &mut notes))
                .await
                .unwrap_or_else(|_| panic!("{method} after edit {edit} not answered within {ANSWER_BOUND:?}"));
            assert!(answer.get("error").is_none(), "{method} after edit {edit}: {answer}");
            answered += usize::from(!answer["result"].is_null());
            // Keep only what the end of the session waits for (the diagnostics of the current version).
            notes.retain(|n| n["params"]["version"] == json!(version));
            let sizes = shared.sizes();
            assert_eq!(sizes.open_documents, 1, "{sizes:?}");
            assert!(sizes.tracked_paths <= 1 && sizes.cached_analyses <= 1 && sizes.published <= 2, "{sizes:?}");
        }
    }
    // The features did work on the edited text (they answer nothing only where there is nothing to say).
    assert!(answered > EDITS / EDITS_PER_REQUEST / 3, "only {answered} requests had an answer");
    // The last version is checked and published: the session ends with a consistent server.
    let diagnostics = peer.published(&[uri.as_str()], i64::from(version), &mut notes).await;
    assert!(diagnostics[0].is_array());
    let id = peer.request("textDocument/documentSymbol", json!({"textDocument": {"uri": uri}})).await;
    let answer = tokio::time::timeout(ANSWER_BOUND, peer.response(id, &mut notes)).await.expect("answered");
    assert!(answer.get("error").is_none(), "{answer}");
    peer.notify("textDocument/didClose", json!({"textDocument": {"uri": uri}})).await;
    let id = peer.request("textDocument/documentSymbol", json!({"textDocument": {"uri": uri}})).await;
    tokio::time::timeout(ANSWER_BOUND, peer.response(id, &mut notes)).await.expect("answered");
    assert_eq!(shared.sizes().open_documents, 0);
    peer.stop(serving, &mut notes).await;
    assert!(started.elapsed() < Duration::from_secs(120), "the session took {:?}", started.elapsed());
}
