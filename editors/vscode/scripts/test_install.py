#!/usr/bin/env python3
"""Installs a platform .vsix as VS Code does, without VS Code, and checks it.

    python3 scripts/test_install.py policy-language-linux-x64.vsix [EXTENSIONS_DIR]

VS Code unpacks the archive's `extension/` folder into
`EXTENSIONS_DIR/<publisher>.<name>-<version>-<platform>/` (the platform suffix
only for a platform-specific package), keeping each file's Unix mode. This
script does the same (into a fresh temporary folder by default), then checks
the manifest (identity and platform, icon, repository, YAML extension
dependency, TOML schema, translations), runs the bundled `policy --version`
and starts the bundled server for an LSP `initialize`/`shutdown`/`exit`
round trip over stdio. It prints the bundled program's path on the last
line, for the end-to-end LSP tests (POLICY_BIN).
"""

import json
import os
import pathlib
import shutil
import stat
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

VSX = "{http://schemas.microsoft.com/developer/vsx-schema/2011}"


def fail(message):
    sys.exit(f"test_install: {message}")


def install(vsix, extensions):
    """Unpacks the package like VS Code; returns (its folder, its identity)."""
    with zipfile.ZipFile(vsix) as archive:
        manifest = ET.fromstring(archive.read("extension.vsixmanifest"))
        identity = manifest.find(f"{VSX}Metadata/{VSX}Identity")
        if identity is None:
            fail("extension.vsixmanifest has no Identity")
        folder = f"{identity.get('Publisher')}.{identity.get('Id')}-{identity.get('Version')}"
        platform = identity.get("TargetPlatform")
        if platform:
            folder += f"-{platform}"
        target = pathlib.Path(extensions) / folder.lower()
        shutil.rmtree(target, ignore_errors=True)
        for info in archive.infolist():
            if not info.filename.startswith("extension/") or info.is_dir():
                continue
            path = target / info.filename[len("extension/"):]
            path.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src, open(path, "wb") as dst:
                shutil.copyfileobj(src, dst)
            mode = info.external_attr >> 16
            if mode:
                os.chmod(path, stat.S_IMODE(mode))
    return target, identity


def check_manifest(folder, identity):
    package = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    for key, attribute in [("publisher", "Publisher"), ("name", "Id"), ("version", "Version")]:
        if package.get(key) != identity.get(attribute):
            fail(f"package.json {key} {package.get(key)!r} differs from the manifest's {identity.get(attribute)!r}")
    if not identity.get("TargetPlatform"):
        fail("the package is not platform-specific (no TargetPlatform)")
    if "redhat.vscode-yaml" not in package.get("extensionDependencies", []):
        fail("the YAML extension is not declared in extensionDependencies")
    if not package.get("repository") or not package.get("license"):
        fail("package.json lacks repository or license")
    icon = folder / package.get("icon", "")
    if not icon.is_file() or icon.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"the icon {package.get('icon')!r} is not a PNG in the package")
    width, height = int.from_bytes(icon.read_bytes()[16:20], "big"), int.from_bytes(icon.read_bytes()[20:24], "big")
    if min(width, height) < 128:
        fail(f"the icon is {width}×{height}, smaller than 128×128")
    toml = package["contributes"].get("tomlValidation", [])
    if not toml or not all((folder / entry["url"]).is_file() for entry in toml):
        fail("tomlValidation is missing or names a schema that is not in the package")
    for file in ["package.nls.json", "package.nls.ru.json", "l10n/bundle.l10n.ru.json", package["main"]]:
        if not (folder / file).is_file():
            fail(f"{file} is not in the package")
    return package


def lsp_round_trip(program):
    """initialize → initialized → shutdown → exit against `program lsp`; returns the server's capabilities."""
    process = subprocess.Popen([str(program), "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def send(message):
        body = json.dumps(message).encode()
        process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        process.stdin.flush()

    def receive(request_id):
        while True:
            length = None
            while True:
                line = process.stdout.readline()
                if not line:
                    fail("the server closed its output before answering")
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            message = json.loads(process.stdout.read(length))
            if message.get("id") == request_id and "method" not in message:
                return message

    try:
        send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
              "params": {"processId": os.getpid(), "rootUri": None, "capabilities": {}}})
        answer = receive(1)
        if "result" not in answer:
            fail(f"initialize failed: {answer}")
        send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        if "error" in receive(2):
            fail("shutdown failed")
        send({"jsonrpc": "2.0", "method": "exit"})
        process.stdin.close()
        if process.wait(timeout=10) != 0:
            fail(f"the server exited with {process.returncode} after shutdown and exit")
        return answer["result"].get("capabilities", {})
    finally:
        if process.poll() is None:
            process.kill()


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    vsix = sys.argv[1]
    extensions = sys.argv[2] if len(sys.argv) == 3 else tempfile.mkdtemp(prefix="vscode-extensions-")
    folder, identity = install(vsix, extensions)
    package = check_manifest(folder, identity)
    program = folder / "server" / ("policy.exe" if identity.get("TargetPlatform", "").startswith("win32") else "policy")
    if not program.is_file() or not os.access(program, os.X_OK):
        fail(f"{program} is missing or not executable")
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True, check=True).stdout.strip()
    if version != f"policy {package['version']}":
        fail(f"the bundled program says {version!r}, the extension is {package['version']}")
    capabilities = lsp_round_trip(program)
    for capability in ["hoverProvider", "definitionProvider", "documentFormattingProvider"]:
        if not capabilities.get(capability):
            fail(f"the bundled server does not offer {capability}")
    print(f"test_install: {folder.name} installed; {version}; the bundled server answered initialize and shutdown", file=sys.stderr)
    print(program)


if __name__ == "__main__":
    main()
