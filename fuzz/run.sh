#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each, after seeding the corpus.
#   fuzz/run.sh 3600              # an hour per target
#   fuzz/run.sh 20 parse eval     # 20 s for two targets
#   fuzz/run.sh replay            # run every saved reproducer in fuzz/regressions/ once
# Needs cargo-fuzz (`cargo install cargo-fuzz --locked`) and python3 (PyYAML, if present, lets seed.sh
# convert the YAML cases to JSON and TOML seeds).
# Works on the stable toolchain through RUSTC_BOOTSTRAP (libFuzzer's instrumentation
# flags are nightly-only). No sanitizer: the code is safe Rust, and without ASan the
# build is faster and runs need no nightly standard library.
# A crash or a slow input (over the targets' time bound, or libFuzzer's -timeout) is
# written to fuzz/artifacts/<target>/ and makes this script fail.
set -euo pipefail
cd "$(dirname "$0")"
export RUSTC_BOOTSTRAP=1
ALL=(parse check format case_json case_yaml case_toml eval)
seconds=${1:?usage: fuzz/run.sh SECONDS|replay [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${ALL[@]}")
cargo fuzz build -s none
if [ "$seconds" = replay ]; then
    for t in "${targets[@]}"; do
        [ -d "regressions/$t" ] || continue
        echo "== $t: replaying regressions/$t"
        cargo fuzz run -s none "$t" "regressions/$t"/* -- -runs=0
    done
    exit 0
fi
./seed.sh >/dev/null
failed=()
for t in "${targets[@]}"; do
    echo "== $t: ${seconds}s"
    mkdir -p "artifacts/$t"
    case $t in parse | check | format) dict=policy.dict ;; *) dict=case.dict ;; esac
    if ! cargo fuzz run -s none "$t" "corpus/$t" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
        -dict="$dict" -print_final_stats=1 -artifact_prefix="artifacts/$t/" 2>"artifacts/$t.log"; then
        failed+=("$t")
        grep -E "panicked at|ERROR: libFuzzer|Test unit written" "artifacts/$t.log" | head -5 || true
    fi
    grep -E "stat::number_of_executed_units|stat::new_units_added" "artifacts/$t.log" | tr '\n' ' ' || true
    echo
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in fuzz/artifacts/, logs in fuzz/artifacts/<target>.log)" >&2
    exit 1
fi
