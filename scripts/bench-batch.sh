#!/usr/bin/env bash
# The batch benchmark: N generated cases (policy-casegen, seed 7) as JSON Lines, judged
# under murmansk-16 by `policy eval --batch` (release build) and by the hand-written
# yardstick (crates/policy-batch/examples/by_hand.rs) on the same threads; prints the
# wall time and peak memory (GNU time's maximum resident set size) of each, and how
# often the two agree.
#
#   scripts/bench-batch.sh [N] [THREADS]     # N = 100000 by default; THREADS = all cores
#   scripts/bench-batch.sh 1000000           # the issue's million cases
#
# Needs /usr/bin/time (Debian: apt-get install time). The files go to a temporary
# directory that is removed at the end.
set -euo pipefail
n=${1:-100000}
if [ -n "${2:-}" ]; then export RAYON_NUM_THREADS=$2; fi
cd "$(dirname "$0")/.."
cargo build --release --locked -q -p policy-cli -p policy-casegen
cargo build --release --locked -q -p policy-batch --example by_hand
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
target/release/policy-casegen --seed 7 --count "$n" > "$dir/cases.jsonl"
echo "cases: $n ($(du -h "$dir/cases.jsonl" | cut -f1)), threads: ${RAYON_NUM_THREADS:-all $(nproc)}"

measure() { # name, command…
  local name=$1; shift
  local status=0
  /usr/bin/time -v "$@" > "$dir/$name.out" 2> "$dir/$name.time" || status=$?
  if [ "$status" -gt 1 ]; then cat "$dir/$name.time" >&2; exit "$status"; fi
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir/$name.time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir/$name.time")
  printf '%-10s wall %8s   peak memory %6.1f MiB\n' "$name" "$wall" "$(awk -v kb="$rss" 'BEGIN { print kb / 1024 }')"
}

measure policy target/release/policy eval --policy policies/murmansk-16.policy --batch "$dir/cases.jsonl" \
  --reports "$dir/policy.jsonl" --summary json --summary-out "$dir/summary.json"
measure by_hand target/release/examples/by_hand "$dir/cases.jsonl" "$dir/by_hand.jsonl"
# Not timed: how often the yardstick's verdicts agree with the evaluator's.
target/release/examples/by_hand "$dir/cases.jsonl" /dev/null --agree-with "$dir/policy.jsonl" | tail -1
