#!/usr/bin/env bash
# Packages the platform-specific .vsix, with the `policy` program inside (server/policy),
# as rust-analyzer and taplo ship theirs: the extension runs that program unless the user
# set `policy.server.path`.
#   scripts/package-platform.sh RUST_TARGET [--binary PATH] [--out FILE]
# RUST_TARGET is a Rust target triple (x86_64-unknown-linux-gnu, aarch64-apple-darwin, …),
# mapped to VS Code's platform (linux-x64, darwin-arm64, …). Without --binary the program is
# built with `cargo build --release --target RUST_TARGET`. Writes
# policy-language-PLATFORM.vsix here (or FILE) and prints its path on the last line.
# Needs Node 20+ and `npm ci` done (ci.sh does it).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
usage() { echo "usage: $0 RUST_TARGET [--binary PATH] [--out FILE]" >&2; exit 2; }
[[ $# -ge 1 ]] || usage
target=$1; shift
binary="" out=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --binary) [[ $# -ge 2 ]] || usage; binary=$2; shift 2 ;;
    --out) [[ $# -ge 2 ]] || usage; out=$2; shift 2 ;;
    *) usage ;;
  esac
done
# --binary and --out are relative to where the script is run from; the rest happens in the extension's folder.
[[ -z $binary || $binary == /* ]] || binary=$(pwd)/$binary
[[ -z $out || $out == /* ]] || out=$(pwd)/$out
cd "$here"
case $target in
  x86_64-unknown-linux-gnu) platform=linux-x64 ;;
  aarch64-unknown-linux-gnu) platform=linux-arm64 ;;
  armv7-unknown-linux-gnueabihf) platform=linux-armhf ;;
  x86_64-unknown-linux-musl) platform=alpine-x64 ;;
  aarch64-unknown-linux-musl) platform=alpine-arm64 ;;
  x86_64-apple-darwin) platform=darwin-x64 ;;
  aarch64-apple-darwin) platform=darwin-arm64 ;;
  x86_64-pc-windows-msvc) platform=win32-x64 ;;
  aarch64-pc-windows-msvc) platform=win32-arm64 ;;
  *) echo "$0: no VS Code platform for the Rust target \`$target\`" >&2; exit 2 ;;
esac
exe=policy
[[ $platform == win32-* ]] && exe=policy.exe
if [[ -z $binary ]]; then
  (cd ../.. && cargo build --release --locked -p policy-cli --target "$target")
  binary=../../target/$target/release/$exe
fi
[[ -f $binary ]] || { echo "$0: no program at $binary" >&2; exit 2; }
out=${out:-$here/policy-language-$platform.vsix}

# server/ exists only while packaging, so that a development run (F5) uses the setting or PATH.
trap 'rm -rf server' EXIT
rm -rf server
mkdir server
install -m 0755 "$binary" "server/$exe"
# Symbols are of no use to users (and double the download); strip a Linux program here.
if [[ $platform == linux-* || $platform == alpine-* ]] && [[ $(uname -s) == Linux ]] && command -v strip >/dev/null; then
  strip --strip-unneeded "server/$exe" 2>/dev/null || echo "$0: could not strip server/$exe; packaged as it is" >&2
fi
# `vscode:prepublish` bundles the extension (esbuild, production).
npx --no-install vsce package --no-dependencies --target "$platform" --out "$out" >&2
python3 - "$out" "extension/server/$exe" <<'PY'
import stat, sys, zipfile
vsix, entry = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(vsix) as z:
    info = z.getinfo(entry)  # KeyError: the program is missing
    mode = info.external_attr >> 16
    if mode and not mode & stat.S_IXUSR:
        sys.exit(f"{vsix}: {entry} is not executable in the archive (mode {oct(mode)})")
PY
echo "$out"
