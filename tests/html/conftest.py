"""The HTML outputs of `policy`, written once per test session, and one
headless Chromium for them.

The binary is POLICY_BIN (default: target/debug/policy, built by `cargo test`).
"""

import os
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
import browser as chromium  # noqa: E402

ROOT = chromium.ROOT
POLICIES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "policies").glob("*.policy") if p.name != "case-schema.policy")
# A case with a violation, whose findings and values rest on readings.
VIOLATION = "policies/tests/murmansk-16/m02-grade5-over-by-quarter-hour.yaml"


def policy(*args):
    """Runs `policy` in the repository; its standard output."""
    binary = os.environ.get("POLICY_BIN", str(ROOT / "target" / "debug" / "policy"))
    done = subprocess.run([binary, *args], cwd=ROOT, capture_output=True, text=True)
    # `eval` exits 1 when it finds a violation; 2 and above is an error.
    assert done.returncode in (0, 1), f"policy {' '.join(args)} failed: {done.stderr}"
    assert done.stdout.startswith("<!DOCTYPE html>"), f"policy {' '.join(args)} did not write HTML: {done.stdout[:200]}"
    return done.stdout


@pytest.fixture(scope="session")
def pages(tmp_path_factory):
    """The name and file of each HTML output."""
    folder = tmp_path_factory.mktemp("html")
    outputs = {
        "compare": ["compare", "--format", "html", *POLICIES],
        "report": ["eval", "--format", "html", "-p", "policies/murmansk-16.policy", VIOLATION],
        "batch": ["eval", "--batch", "--summary", "html", *[a for p in POLICIES for a in ("-p", p)], "policies/tests/murmansk-16"],
        **{f"doc-{p.split('/')[-1].removesuffix('.policy')}": ["doc", "--format", "html", p] for p in POLICIES},
        # A policy with versions: its doc shows each clause's history.
        "doc-amendment": ["doc", "--format", "html", "tests/versions/murmansk-16-amendment-example.policy"],
    }
    files = {}
    for name, args in outputs.items():
        files[name] = folder / f"{name}.html"
        files[name].write_text(policy(*args), encoding="utf-8")
    return files


@pytest.fixture(scope="session")
def browser():
    driver = chromium.start()
    yield driver
    driver.quit()
