"""End-to-end test of `policy lsp`: starts the real binary and drives it with
pytest-lsp, an independent LSP client.

The binary is `$POLICY_BIN`, else `target/debug/policy` (built with
`cargo build -p policy-cli` when it is missing).
"""

from __future__ import annotations

import asyncio
import os
import pathlib
import subprocess
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

ROOT = pathlib.Path(__file__).resolve().parents[2]
POLICIES = ROOT / "policies"
MURMANSK = POLICIES / "murmansk-16.policy"
SCHEMA = POLICIES / "case-schema.policy"


def policy_binary() -> str:
    configured = os.environ.get("POLICY_BIN")
    if configured:
        return configured
    binary = ROOT / "target" / "debug" / "policy"
    if not binary.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "policy-cli", "--bin", "policy"], cwd=ROOT, check=True)
    return str(binary)


BINARY = policy_binary()


def utf16_column(line: str, index: int) -> int:
    """The LSP column of `line[index]` in UTF-16 code units (the LSP default)."""
    return len(line[:index].encode("utf-16-le")) // 2


def position_of(text: str, needle: str, delta: int = 0, utf8: bool = False) -> types.Position:
    """The position of `needle` (+ `delta` characters) in `text`."""
    index = text.index(needle) + delta
    line = text.count("\n", 0, index)
    start = text.rfind("\n", 0, index) + 1
    prefix = text[start:index]
    character = len(prefix.encode("utf-8")) if utf8 else utf16_column(prefix, len(prefix))
    return types.Position(line=line, character=character)


async def start(lsp_client: LanguageClient, spec: str) -> types.InitializeResult:
    params = types.InitializeParams(
        capabilities=client_capabilities(spec),
        workspace_folders=[types.WorkspaceFolder(uri=POLICIES.as_uri(), name="policies")],
        root_uri=POLICIES.as_uri(),
    )
    return await lsp_client.initialize_session(params)


async def stop(lsp_client: LanguageClient) -> None:
    if not getattr(lsp_client, "policy_stopped", False):
        lsp_client.policy_stopped = True
        await lsp_client.shutdown_session()


def accept_registration(client: LanguageClient, params: types.RegistrationParams) -> None:
    """Accepts the server's dynamic registrations, as VS Code does."""
    return None


def make_client() -> LanguageClient:
    """pytest-lsp's test client, also recording the version of each publishDiagnostics."""

    def on_diagnostics(client: LanguageClient, params: types.PublishDiagnosticsParams):
        client.diagnostics[params.uri] = params.diagnostics
        client.versions[params.uri] = params.version

    lsp_client = LanguageClient(converter_factory=default_converter)
    lsp_client.versions = {}
    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = on_diagnostics
    # VS Code accepts dynamic registrations (the server asks to watch `*.policy` files).
    features[types.CLIENT_REGISTER_CAPABILITY] = accept_registration
    register_lsp_features(lsp_client, features)
    return lsp_client


CONFIG = ClientServerConfig(server_command=[BINARY, "lsp"], client_factory=make_client)


@pytest_lsp.fixture(config=CONFIG)
async def client(lsp_client: LanguageClient):
    result = await start(lsp_client, "visual-studio-code")
    lsp_client.init_result = result
    yield
    await stop(lsp_client)


@pytest_lsp.fixture(config=CONFIG)
async def utf8_client(lsp_client: LanguageClient):
    result = await start(lsp_client, "neovim@v0.11.0")
    lsp_client.init_result = result
    yield
    await stop(lsp_client)


async def diagnostics_for(client: LanguageClient, uri: str, version: int | None = None, timeout: float = 60.0):
    """Waits until diagnostics for `uri` (of `version`, when given) arrive."""

    async def wait():
        while True:
            if uri in client.diagnostics and (version is None or client.versions.get(uri) == version):
                return client.diagnostics[uri]
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

    return await asyncio.wait_for(wait(), timeout)


def open_document(client: LanguageClient, path: pathlib.Path, text: str | None = None, version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="policy", version=version, text=text if text is not None else path.read_text()
            )
        )
    )
    return uri


async def test_a_misspelt_field_after_cyrillic_text_is_reported_at_the_right_columns(client: LanguageClient):
    assert client.init_result.capabilities.position_encoding in (None, types.PositionEncodingKind.Utf16)
    text = MURMANSK.read_text()
    uri = open_document(client, MURMANSK, text)
    clean = await diagnostics_for(client, uri, version=1)
    assert not [d for d in clean if d.severity == types.DiagnosticSeverity.Error], clean

    # Misspell `pupil.grade` inside a Russian message: a long Cyrillic text precedes it.
    needle = "{pupil.grade} класс"
    start = position_of(text, needle, delta=len("{pupil."))
    line = text.splitlines()[start.line]
    assert any(ord(c) > 0x7F for c in line[: line.index(needle)]), "Cyrillic before the field"
    edit = types.Range(start=start, end=types.Position(line=start.line, character=start.character + 5))
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangePartial(range=edit, text="grdae")],
        )
    )
    found = await diagnostics_for(client, uri, version=2)
    errors = [d for d in found if d.code == "P0202"]
    assert len(errors) == 1, found
    d = errors[0]
    assert d.message.startswith("unknown case field `grdae` in `pupil`"), d.message
    assert "did you mean `grade`?" in d.message
    assert d.range.start == start
    assert d.range.end.character == start.character + 5
    # UTF-16 columns, not bytes: the byte column would be far larger.
    prefix = line[: line.index(needle) + len("{pupil.")]
    assert start.character == len(prefix) < len(prefix.encode("utf-8"))

    # The quick fix for it.
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=start, end=start),
            context=types.CodeActionContext(diagnostics=[d]),
        )
    )
    assert actions and actions[0].title == "Replace with `grade`"


async def test_hover_on_a_clause_citation_shows_its_words(client: LanguageClient):
    text = MURMANSK.read_text()
    uri = open_document(client, MURMANSK, text)
    at = position_of(text, 'rule weekly_load § "16"', delta=len('rule weekly_load § "1'))
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=at)
    )
    assert hover is not None
    assert "Недельная учебная нагрузка определяется" in hover.contents.value


async def test_completion_after_pupil_dot_offers_the_schema_fields(client: LanguageClient):
    text = MURMANSK.read_text()
    anchor = text.index("rule weekly_load")
    line_end = text.index("\n", anchor)
    edited = text[:line_end] + "\n  when pupil." + text[line_end:]
    uri = open_document(client, MURMANSK, edited)
    at = position_of(edited, "\n  when pupil.", delta=len("\n  when pupil."))
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=at)
    )
    items = result.items if isinstance(result, types.CompletionList) else result
    labels = {item.label for item in items}
    assert {"grade", "age", "categories"} <= labels, labels


async def test_an_edit_of_the_case_schema_rechecks_the_policies_that_use_it(client: LanguageClient):
    policy_uri = open_document(client, MURMANSK)
    await diagnostics_for(client, policy_uri, version=1)
    schema_text = SCHEMA.read_text()
    schema_uri = open_document(client, SCHEMA, schema_text.replace("grade: int 1..12", "klass: int 1..12", 1))

    async def broken():
        while True:
            if any("unknown case field `grade`" in d.message for d in client.diagnostics.get(policy_uri, [])):
                return
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

    # The policy was not edited, yet its diagnostics change: it is re-checked against the edited schema.
    await asyncio.wait_for(broken(), 60)
    assert client.versions.get(schema_uri) == 1


async def test_utf8_columns_when_the_client_offers_them(utf8_client: LanguageClient):
    assert utf8_client.init_result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    text = MURMANSK.read_text().replace("{pupil.grade} класс", "{pupil.grdae} класс", 1)
    uri = open_document(utf8_client, MURMANSK, text)
    found = await diagnostics_for(utf8_client, uri, version=1)
    d = next(d for d in found if d.code == "P0202")
    assert d.range.start == position_of(text, "grdae", utf8=True)


async def test_a_clean_shutdown(client: LanguageClient):
    open_document(client, MURMANSK)
    await stop(client)
    assert client._server is not None
    assert client._server.returncode == 0


def test_random_bytes_do_not_stop_the_server():
    """Garbage on stdin is skipped; the session goes on and shuts down cleanly."""
    import json
    import random
    import select

    def frame(message: dict) -> bytes:
        body = json.dumps(message).encode()
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    server = subprocess.Popen([BINARY, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        rng = random.Random(16)
        server.stdin.write(bytes(rng.getrandbits(8) for _ in range(20_000)))
        server.stdin.write(b"Content-Length: 5\r\n\r\n{{{{{")
        server.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}))
        server.stdin.flush()
        out = b""
        deadline = time.time() + 30
        while b'"id":1' not in out and time.time() < deadline:
            ready, _, _ = select.select([server.stdout], [], [], 0.5)
            if ready:
                out += os.read(server.stdout.fileno(), 1 << 16)
        assert b'"capabilities"' in out, out[-300:]
        server.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        server.stdin.write(frame({"jsonrpc": "2.0", "method": "exit"}))
        server.stdin.flush()
        assert server.wait(timeout=30) == 0
    finally:
        if server.poll() is None:
            server.kill()
