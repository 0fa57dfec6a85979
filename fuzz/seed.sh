#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seeds from the repository (policies, checker fixtures,
# cases; cases converted to JSON and TOML). The corpus is not committed (.gitignore):
# the fuzzers grow it, and this script only adds files.
# Needs python3; without PyYAML the cases are not converted to JSON and TOML.
set -euo pipefail
cd "$(dirname "$0")"
root=..
for t in parse check format; do
    mkdir -p "corpus/$t"
    for f in "$root"/policies/*.policy "$root"/crates/policy-check/tests/diagnostics/*.policy; do
        cp "$f" "corpus/$t/$(basename "$f")"
    done
done
mkdir -p corpus/case_json corpus/case_yaml corpus/case_toml corpus/eval
python3 - "$root" <<'PY'
import datetime, glob, json, os, sys
try:
    import yaml
except ImportError:
    yaml = None
    print("seed.sh: no PyYAML; cases are seeded as written, not converted to JSON and TOML", file=sys.stderr)

root = sys.argv[1]
# The order of shipped policies in src/lib.rs (without the schema): the eval target's first byte.
policies = ["balashikha-7", "murmansk-16", "privolzhye-1", "samara-99"]

def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {toml_value(x)}" for k, x in v.items()) + " }"
    if v is None:
        return '""'
    return json.dumps(str(v), ensure_ascii=False)

def to_toml(case):
    lines, tables = [], []
    for k, v in case.items():
        if isinstance(v, dict):
            tables.append((k, v))
        else:
            lines.append(f"{json.dumps(k)} = {toml_value(v)}")
    for k, v in tables:
        lines.append(f"\n[{json.dumps(k)}]")
        lines.extend(f"{json.dumps(kk)} = {toml_value(vv)}" for kk, vv in v.items())
    return "\n".join(lines) + "\n"

files = sorted(glob.glob(f"{root}/policies/tests/**/*.yaml", recursive=True)) + sorted(glob.glob(f"{root}/tests/cases/**/*.*", recursive=True))
for path in files:
    name = os.path.splitext(os.path.relpath(path, root).replace("/", "_"))[0]
    raw = open(path, "rb").read()
    ext = os.path.splitext(path)[1]
    policy = next((i for i, p in enumerate(policies) if f"/{p}/" in path), 1)
    if ext == ".yaml":
        open(f"corpus/case_yaml/{name}.yaml", "wb").write(raw)
        open(f"corpus/eval/{name}.yaml", "wb").write(bytes([policy]) + raw)
        if yaml is None:
            continue
        try:
            case = yaml.safe_load(raw)
        except (yaml.YAMLError, ValueError):
            continue
        if not isinstance(case, dict):
            continue
        j = json.dumps(case, ensure_ascii=False, indent=1, default=str).encode()
        open(f"corpus/case_json/{name}.json", "wb").write(j)
        open(f"corpus/eval/{name}.json", "wb").write(bytes([16 + policy]) + j)
        t = to_toml(case).encode()
        open(f"corpus/case_toml/{name}.toml", "wb").write(t)
        open(f"corpus/eval/{name}.toml", "wb").write(bytes([32 + policy]) + t)
    elif ext in (".json", ".toml"):
        open(f"corpus/case_{ext[1:]}/{name}{ext}", "wb").write(raw)
PY
for t in parse check format case_json case_yaml case_toml eval; do
    echo "$t: $(ls "corpus/$t" | wc -l) seeds"
done
