"""Starts `policy serve` on a free loopback port for the tests of this folder.

The binary is POLICY_BIN (default: target/debug/policy, built by `cargo test`).
"""

import os
import pathlib
import signal
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def server():
    """The base URL of a server over policies/, stopped with SIGTERM afterwards."""
    binary = os.environ.get("POLICY_BIN", str(ROOT / "target" / "debug" / "policy"))
    process = subprocess.Popen(
        [binary, "serve", "--addr", "127.0.0.1:0", "--no-watch", "--quiet", "policies/"],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = process.stderr.readline()
    words = [w for w in line.split() if w.startswith("http://")]
    assert words, f"policy serve did not start: {line!r}"
    yield words[0].rstrip("/")
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
