#!/usr/bin/env bash
# A bounded load test of `policy serve` on loopback with wrk (Debian's `wrk`): one
# evaluation (murmansk-16, the over-the-cap case m02 as YAML) with 1 and with 100
# concurrent connections, SECONDS each; then the server's peak memory. Fails on any
# non-200 response, socket error or timeout. Figures: docs/benchmarks-serve.md.
#
#   tests/serve/load.sh [BINARY (target/release/policy)] [SECONDS (10)]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release/policy}
secs=${2:-10}
command -v wrk >/dev/null || { echo "load.sh: wrk is needed: apt-get install -y wrk" >&2; exit 2; }

work=$(mktemp -d)
"$bin" serve --addr 127.0.0.1:0 --no-watch --quiet policies/ 2>"$work/server.log" &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q 'http://' "$work/server.log" && break; sleep 0.1; done
base=$(grep -o 'http://[0-9.:]*' "$work/server.log" | head -n 1)
[ -n "$base" ] || { echo "load.sh: the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

python3 - "$work/post.lua" <<'PY'
import pathlib, sys
case = pathlib.Path("policies/tests/murmansk-16/m02-grade5-over-by-quarter-hour.yaml").read_text(encoding="utf-8")
assert "]==]" not in case
# A Lua long string keeps the case's bytes as they are (the first newline is dropped).
pathlib.Path(sys.argv[1]).write_text(
    'wrk.method = "POST"\n'
    'wrk.headers["Content-Type"] = "application/yaml"\n'
    f"wrk.body = [==[\n{case}]==]\n",
    encoding="utf-8",
)
PY

url="$base/api/policies/murmansk-16/eval"
status=0
for connections in 1 100; do
  threads=$(( connections < 2 ? 1 : 2 ))
  echo "== $connections concurrent client(s), ${secs} s =="
  wrk -t "$threads" -c "$connections" -d "${secs}s" --timeout 10s --latency -s "$work/post.lua" "$url" | tee "$work/wrk.txt"
  if grep -Eq 'Non-2xx|Socket errors' "$work/wrk.txt"; then
    echo "load.sh: errors under load" >&2
    status=1
  fi
done
echo "== server memory =="
grep -E 'VmHWM|VmRSS' "/proc/$pid/status"
exit "$status"
