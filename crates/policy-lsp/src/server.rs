//! The LSP server: tower-lsp-server over stdio on tokio.
//!
//! Ordering and consistency:
//! - `didOpen`, `didChange` and `didClose` are applied to the document store by
//!   [`Ordered`], synchronously, in the order the client sent them (tower-lsp
//!   runs handlers concurrently, so doing it in the handlers could reorder
//!   edits). A change whose version is not newer than the buffer's is dropped.
//! - Requests read a snapshot of the store; feature code runs on the blocking
//!   pool inside `catch_unwind`: a panic is logged (without its message, which
//!   could quote a document) and the request gets an empty answer.
//! - A panic while checking one root is contained to it (see `analysis.rs`): the
//!   other files still get their diagnostics, the broken one gets one saying
//!   that the checker failed on it, and the server keeps serving.
//! - One diagnostics task re-checks the workspace after changes (debounced) and
//!   publishes a file's diagnostics only if that file has not changed since the
//!   snapshot they were computed from.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use policy_syntax::ColumnEncoding;
use tokio::sync::Notify;
use tower_lsp_server::jsonrpc::{Error, Request, Response, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, ExitedError, LanguageServer, LspService, Server};

use crate::analysis::{Analysis, Cache, Checker};
use crate::vfs::{scan_policies, uri_to_path, EditError, Vfs};

/// How long the diagnostics task waits for more edits before re-checking.
const DEBOUNCE: Duration = Duration::from_millis(60);
/// The most policy files scanned in the workspace folders.
const MAX_WORKSPACE_FILES: usize = 5000;

/// What was last published for a file: the buffer's version and the diagnostics.
type Published = (Option<i32>, Vec<Diagnostic>);

/// State shared by the handlers, the ordering layer and the diagnostics task.
#[derive(Debug)]
pub struct Shared {
    vfs: Mutex<Vfs>,
    cache: Arc<Cache>,
    encoding: Mutex<ColumnEncoding>,
    folders: Mutex<Vec<PathBuf>>,
    watch_files: Mutex<bool>,
    dirty: Notify,
    published: Mutex<HashMap<PathBuf, Published>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shared {
    /// Fresh state; `read_disk` says whether unopened files are read from disk.
    pub fn new(read_disk: bool) -> Arc<Shared> {
        Shared::with_checker(read_disk, policy_check::check)
    }

    /// Fresh state whose policies are checked by `checker` instead of
    /// [`policy_check::check`] (tests use a checker that panics on some files).
    pub fn with_checker(read_disk: bool, checker: Checker) -> Arc<Shared> {
        Arc::new(Shared {
            vfs: Mutex::new(Vfs::new(read_disk)),
            cache: Arc::new(Cache::with_checker(checker)),
            encoding: Mutex::new(ColumnEncoding::Utf16),
            folders: Mutex::new(Vec::new()),
            watch_files: Mutex::new(false),
            dirty: Notify::new(),
            published: Mutex::new(HashMap::new()),
        })
    }

    /// How much the server holds in memory, for tests that check it stays bounded.
    pub fn sizes(&self) -> Sizes {
        let (open_documents, tracked_paths) = {
            let vfs = lock(&self.vfs);
            (vfs.open_documents(), vfs.tracked_paths())
        };
        Sizes {
            open_documents,
            tracked_paths,
            cached_analyses: self.cache.cached(),
            published: lock(&self.published).len(),
        }
    }

    fn encoding(&self) -> ColumnEncoding {
        *lock(&self.encoding)
    }

    /// An analysis over the current documents.
    pub fn analysis(&self) -> Analysis {
        let snapshot = lock(&self.vfs).snapshot(self.encoding());
        Analysis::new(snapshot, self.cache.clone())
    }

    fn revision(&self, path: &std::path::Path) -> u64 {
        lock(&self.vfs).revision(path)
    }

    fn schedule(&self) {
        self.dirty.notify_one();
    }

    /// Applies a text-synchronisation notification to the store (in arrival order).
    fn apply(&self, method: &str, params: Option<&serde_json::Value>) {
        let Some(params) = params.cloned() else { return };
        let encoding = self.encoding();
        let result = catch_unwind(AssertUnwindSafe(|| match method {
            "textDocument/didOpen" => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(params) {
                    let d = p.text_document;
                    lock(&self.vfs).open(uri_to_path(&d.uri), d.uri, d.text, d.version);
                }
            }
            "textDocument/didChange" => {
                if let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(params) {
                    let path = uri_to_path(&p.text_document.uri);
                    let version = p.text_document.version;
                    match lock(&self.vfs).change(&path, version, &p.content_changes, encoding) {
                        Ok(()) => {}
                        Err(EditError::UnknownDocument) => log("change for a document that is not open; ignored"),
                        Err(EditError::StaleVersion { current, received }) => {
                            log(&format!("change to version {received} of a buffer at version {current}; ignored"))
                        }
                    }
                }
            }
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(params) {
                    lock(&self.vfs).close(&uri_to_path(&p.text_document.uri));
                }
            }
            _ => {}
        }));
        if result.is_err() {
            log("internal error while applying an edit; the document may be out of date");
        }
    }
}

/// What the server holds in memory ([`Shared::sizes`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// Open editor buffers.
    pub open_documents: usize,
    /// Paths with a revision (opened, changed or touched at some point).
    pub tracked_paths: usize,
    /// Cached analyses (one per root).
    pub cached_analyses: usize,
    /// Files whose last published diagnostics are remembered.
    pub published: usize,
}

/// Logs a short line to stderr, the server's log channel (never document
/// contents). The one place the server writes to stderr.
#[allow(clippy::print_stderr)]
pub(crate) fn log(message: &str) {
    eprintln!("policy-lsp: {message}");
}

/// Runs `f` on the blocking pool with a panic guard; `None` after a panic.
async fn guarded<T, F>(name: &'static str, f: F) -> Option<T>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let job = tokio::task::spawn_blocking(move || catch_unwind(AssertUnwindSafe(f)));
    match job.await {
        Ok(Ok(value)) => Some(value),
        Ok(Err(_)) | Err(_) => {
            log(&format!("internal error in {name}; the request gets no answer"));
            None
        }
    }
}

/// The language server.
#[derive(Debug)]
pub struct Backend {
    client: Client,
    shared: Arc<Shared>,
}

impl Backend {
    /// Runs feature `f` on a fresh analysis, guarded.
    async fn feature<T, F>(&self, name: &'static str, f: F) -> Result<Option<T>>
    where
        T: Send + 'static,
        F: FnOnce(&Analysis) -> Option<T> + Send + 'static,
    {
        let analysis = self.shared.analysis();
        Ok(guarded(name, move || f(&analysis)).await.flatten())
    }

    async fn rescan(&self) {
        let folders = lock(&self.shared.folders).clone();
        let found = guarded("workspace scan", move || {
            let mut files = Vec::new();
            for f in &folders {
                files.extend(scan_policies(f, MAX_WORKSPACE_FILES));
            }
            files
        })
        .await
        .unwrap_or_default();
        lock(&self.shared.vfs).set_workspace_files(found);
        self.shared.schedule();
    }

    async fn publish_loop(client: Client, shared: Arc<Shared>) {
        loop {
            shared.dirty.notified().await;
            tokio::time::sleep(DEBOUNCE).await;
            let analysis = shared.analysis();
            let roots: Vec<PathBuf> = analysis.snapshot.roots().to_vec();
            shared.cache.retain(&roots);
            let Some(files) =
                guarded("diagnostics", move || crate::diagnostics::workspace_diagnostics(&analysis)).await
            else {
                continue;
            };
            let mut updates = Vec::new();
            {
                let vfs = lock(&shared.vfs);
                let current = vfs.snapshot(ColumnEncoding::Utf16);
                let mut published = lock(&shared.published);
                let seen: HashSet<PathBuf> = files.iter().map(|f| f.path.clone()).collect();
                for f in files {
                    if current.revision(&f.path) != f.revision {
                        continue; // the file changed meanwhile: a newer run will publish
                    }
                    // Unchanged diagnostics of an unchanged buffer are not sent again; a newly
                    // opened buffer gets them with its version.
                    let entry = (f.version, f.diagnostics.clone());
                    if published.get(&f.path) == Some(&entry) {
                        continue;
                    }
                    published.insert(f.path.clone(), entry);
                    updates.push((f.path, f.revision, f.uri, f.diagnostics, f.version));
                }
                let gone: Vec<PathBuf> = published.keys().filter(|p| !seen.contains(*p)).cloned().collect();
                for path in gone {
                    published.remove(&path);
                    if let Some(uri) = current.uri(&path) {
                        updates.push((path.clone(), current.revision(&path), uri, Vec::new(), None));
                    }
                }
            }
            for (path, revision, uri, diagnostics, version) in updates {
                // Checked again right before sending: an edit may have arrived meanwhile.
                if shared.revision(&path) != revision {
                    lock(&shared.published).remove(&path);
                    continue;
                }
                client.publish_diagnostics(uri, diagnostics, version).await;
            }
        }
    }
}

fn capabilities(encoding: ColumnEncoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(match encoding {
            ColumnEncoding::Utf8 => PositionEncodingKind::UTF8,
            ColumnEncoding::Utf16 => PositionEncodingKind::UTF16,
        }),
        text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::INCREMENTAL),
            save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions { include_text: Some(false) })),
            ..TextDocumentSyncOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![".".into(), "\"".into(), "[".into()]),
            ..CompletionOptions::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: WorkDoneProgressOptions::default(),
        })),
        document_symbol_provider: Some(OneOf::Left(true)),
        folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: crate::semantic_tokens::legend(),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                range: Some(true),
                ..SemanticTokensOptions::default()
            },
        )),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        code_lens_provider: Some(CodeLensOptions { resolve_provider: Some(false) }),
        document_formatting_provider: crate::formatting::AVAILABLE.then_some(OneOf::Left(true)),
        workspace: Some(WorkspaceServerCapabilities {
            workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: Some(OneOf::Left(true)),
            }),
            file_operations: None,
        }),
        ..ServerCapabilities::default()
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offers_utf8 = params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref())
            .is_some_and(|encodings| encodings.contains(&PositionEncodingKind::UTF8));
        let encoding = if offers_utf8 { ColumnEncoding::Utf8 } else { ColumnEncoding::Utf16 };
        *lock(&self.shared.encoding) = encoding;
        *lock(&self.shared.watch_files) = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|w| w.dynamic_registration)
            .unwrap_or(false);
        let mut folders: Vec<PathBuf> = params
            .workspace_folders
            .unwrap_or_default()
            .iter()
            .filter(|f| f.uri.scheme().as_str().eq_ignore_ascii_case("file"))
            .map(|f| uri_to_path(&f.uri))
            .collect();
        #[allow(deprecated)] // `rootUri`: older clients send only this
        if let (true, Some(root)) = (folders.is_empty(), params.root_uri.as_ref()) {
            folders.push(uri_to_path(root));
        }
        *lock(&self.shared.folders) = folders;
        Ok(InitializeResult {
            capabilities: capabilities(encoding),
            server_info: Some(ServerInfo {
                name: "policy-lsp".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        tokio::spawn(Backend::publish_loop(self.client.clone(), self.shared.clone()));
        self.rescan().await;
        if *lock(&self.shared.watch_files) {
            let client = self.client.clone();
            tokio::spawn(async move {
                let watch = Registration {
                    id: "policy-files".into(),
                    method: "workspace/didChangeWatchedFiles".into(),
                    register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                        watchers: vec![FileSystemWatcher {
                            glob_pattern: GlobPattern::String("**/*.policy".into()),
                            kind: None,
                        }],
                    })
                    .ok(),
                };
                if client.register_capability(vec![watch]).await.is_err() {
                    log(
                        "the client did not accept the file watcher; files changed outside the editor are seen on save",
                    );
                }
            });
        }
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, _: DidOpenTextDocumentParams) {
        self.shared.schedule(); // the buffer was stored by `Ordered`
    }

    async fn did_change(&self, _: DidChangeTextDocumentParams) {
        self.shared.schedule();
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        lock(&self.shared.vfs).touch(&uri_to_path(&params.text_document.uri));
        self.shared.schedule();
    }

    async fn did_close(&self, _: DidCloseTextDocumentParams) {
        self.shared.schedule();
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let folders = lock(&self.shared.folders).clone();
        {
            let mut vfs = lock(&self.shared.vfs);
            for change in params.changes {
                let path = uri_to_path(&change.uri);
                let in_workspace = folders.iter().any(|f| path.starts_with(f));
                if change.typ == FileChangeType::CREATED && in_workspace {
                    vfs.set_workspace_file(&path, true);
                } else if change.typ == FileChangeType::DELETED {
                    vfs.set_workspace_file(&path, false);
                } else {
                    vfs.touch(&path);
                }
            }
        }
        self.shared.schedule();
    }

    async fn did_change_workspace_folders(&self, params: DidChangeWorkspaceFoldersParams) {
        {
            let mut folders = lock(&self.shared.folders);
            let removed: Vec<PathBuf> = params.event.removed.iter().map(|f| uri_to_path(&f.uri)).collect();
            folders.retain(|f| !removed.contains(f));
            folders.extend(params.event.added.iter().map(|f| uri_to_path(&f.uri)));
        }
        self.rescan().await;
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        let path = uri_to_path(&p.text_document.uri);
        self.feature("hover", move |a| crate::hover::hover(a, &path, p.position)).await
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let p = params.text_document_position;
        let path = uri_to_path(&p.text_document.uri);
        self.feature("completion", move |a| crate::completion::completion(a, &path, p.position)).await
    }

    async fn goto_definition(&self, params: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
        let p = params.text_document_position_params;
        let path = uri_to_path(&p.text_document.uri);
        self.feature("definition", move |a| crate::definition::definition(a, &path, p.position)).await
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let p = params.text_document_position;
        let path = uri_to_path(&p.text_document.uri);
        let include = params.context.include_declaration;
        self.feature("references", move |a| crate::references::references(a, &path, p.position, include)).await
    }

    async fn prepare_rename(&self, params: TextDocumentPositionParams) -> Result<Option<PrepareRenameResponse>> {
        let path = uri_to_path(&params.text_document.uri);
        let position = params.position;
        let answer = self.feature("rename", move |a| Some(crate::rename::prepare_rename(a, &path, position))).await?;
        match answer {
            Some(Ok(r)) => Ok(Some(r)),
            Some(Err(e)) => Err(Error::invalid_params(e.0)),
            None => Ok(None),
        }
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let p = params.text_document_position;
        let path = uri_to_path(&p.text_document.uri);
        let new_name = params.new_name;
        let answer =
            self.feature("rename", move |a| Some(crate::rename::rename(a, &path, p.position, &new_name))).await?;
        match answer {
            Some(Ok(edit)) => Ok(Some(edit)),
            Some(Err(e)) => Err(Error::invalid_params(e.0)),
            None => Ok(None),
        }
    }

    async fn document_symbol(&self, params: DocumentSymbolParams) -> Result<Option<DocumentSymbolResponse>> {
        let path = uri_to_path(&params.text_document.uri);
        self.feature("documentSymbol", move |a| {
            crate::symbols::document_symbols(a, &path).map(DocumentSymbolResponse::Nested)
        })
        .await
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        let path = uri_to_path(&params.text_document.uri);
        self.feature("foldingRange", move |a| crate::folding::folding_ranges(a, &path)).await
    }

    async fn semantic_tokens_full(&self, params: SemanticTokensParams) -> Result<Option<SemanticTokensResult>> {
        let path = uri_to_path(&params.text_document.uri);
        self.feature("semanticTokens", move |a| {
            crate::semantic_tokens::semantic_tokens(a, &path, None).map(SemanticTokensResult::Tokens)
        })
        .await
    }

    async fn semantic_tokens_range(
        &self,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>> {
        let path = uri_to_path(&params.text_document.uri);
        let range = params.range;
        self.feature("semanticTokens", move |a| {
            crate::semantic_tokens::semantic_tokens(a, &path, Some(range)).map(SemanticTokensRangeResult::Tokens)
        })
        .await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let path = uri_to_path(&params.text_document.uri);
        let range = params.range;
        self.feature("codeAction", move |a| crate::code_actions::code_actions(a, &path, range)).await
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        let path = uri_to_path(&params.text_document.uri);
        self.feature("codeLens", move |a| crate::code_lens::code_lenses(a, &path)).await
    }

    async fn formatting(&self, params: DocumentFormattingParams) -> Result<Option<Vec<TextEdit>>> {
        let path = uri_to_path(&params.text_document.uri);
        self.feature("formatting", move |a| crate::formatting::formatting(a, &path)).await
    }
}

/// Applies text synchronisation in arrival order before handing every message to the server.
#[derive(Debug)]
pub struct Ordered<S> {
    inner: S,
    shared: Arc<Shared>,
}

type BoxFuture = Pin<Box<dyn Future<Output = std::result::Result<Option<Response>, ExitedError>> + Send>>;

impl tower_service::Service<Request> for Ordered<LspService<Backend>> {
    type Response = Option<Response>;
    type Error = ExitedError;
    type Future = BoxFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<std::result::Result<(), ExitedError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> BoxFuture {
        if matches!(request.method(), "textDocument/didOpen" | "textDocument/didChange" | "textDocument/didClose") {
            self.shared.apply(request.method(), request.params());
        }
        self.inner.call(request)
    }
}

/// Serves LSP on `input`/`output` until the client sends `exit` (or closes the
/// stream). Garbled input is dropped by [`crate::transport::pump`] instead of
/// ending the session.
pub async fn serve<I, O>(input: I, output: O)
where
    I: tokio::io::AsyncRead + Unpin,
    O: tokio::io::AsyncWrite,
{
    serve_with(input, output, Shared::new(true)).await;
}

/// [`serve`] with the given state, which the caller may keep to inspect it
/// (e.g. with a stand-in checker from [`Shared::with_checker`]).
pub async fn serve_with<I, O>(input: I, output: O, shared: Arc<Shared>)
where
    I: tokio::io::AsyncRead + Unpin,
    O: tokio::io::AsyncWrite,
{
    let for_backend = shared.clone();
    let (service, socket) = LspService::new(move |client| Backend { client, shared: for_backend });
    let (clean_in, clean_out) = tokio::io::duplex(1 << 16);
    let pump = crate::transport::pump(input, clean_in);
    let serving = Server::new(clean_out, output, socket).serve(Ordered { inner: service, shared });
    tokio::pin!(pump);
    tokio::pin!(serving);
    tokio::select! {
        () = &mut serving => {}
        // The input ended: the pump dropped its end of the pipe, so the server sees the end too.
        () = &mut pump => serving.await,
    }
}

/// Runs the language server on stdin/stdout: builds a tokio runtime, installs a
/// panic hook that logs only where a panic happened (a panic message can quote
/// document text), and serves until `exit`.
pub fn run_stdio() -> std::io::Result<()> {
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        log(&format!("internal error at {at}"));
    }));
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    runtime.block_on(serve(tokio::io::stdin(), tokio::io::stdout()));
    // Do not wait for the blocking read of stdin: the client may keep it open after `exit`.
    runtime.shutdown_background();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_panic_in_feature_code_is_caught_and_the_next_request_is_served() {
        let failed: Option<u32> = guarded("test", || panic!("deliberate")).await;
        assert_eq!(failed, None);
        assert_eq!(guarded("test", || 7).await, Some(7));
    }

    #[test]
    fn utf8_is_announced_only_when_negotiated() {
        assert_eq!(capabilities(ColumnEncoding::Utf16).position_encoding, Some(PositionEncodingKind::UTF16));
        assert_eq!(capabilities(ColumnEncoding::Utf8).position_encoding, Some(PositionEncodingKind::UTF8));
    }
}
