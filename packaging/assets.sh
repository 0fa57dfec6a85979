#!/usr/bin/env bash
# Generates what a package ships beside the `policy` binary, from the binary itself
# (so they always match it): shell completions and the man pages.
#   packaging/assets.sh BINARY OUTDIR
# writes OUTDIR/completions/{policy.bash,_policy,policy.fish} and
# OUTDIR/man/policy.1 plus policy-SUBCOMMAND.1 for every subcommand.
set -euo pipefail
if [[ $# -ne 2 ]]; then
  echo "usage: $0 BINARY OUTDIR" >&2
  exit 2
fi
binary=$1 out=$2
[[ -x $binary ]] || { echo "$0: $binary is not an executable file" >&2; exit 2; }
rm -rf "$out/completions" "$out/man"
mkdir -p "$out/completions" "$out/man"

"$binary" completions bash >"$out/completions/policy.bash"
"$binary" completions zsh >"$out/completions/_policy"
"$binary" completions fish >"$out/completions/policy.fish"

# The subcommands, as `policy --help` lists them under "Commands:" (clap's layout).
subcommands=$("$binary" --help | awk '/^Commands:/ { on = 1; next } /^[^ ]/ { on = 0 } on && NF { print $1 }' | grep -vx help)
[[ -n $subcommands ]] || { echo "$0: no subcommands in \`$binary --help\`" >&2; exit 1; }
"$binary" man >"$out/man/policy.1"
for sub in $subcommands; do
  "$binary" man "$sub" >"$out/man/policy-$sub.1"
done
echo "assets: $(ls "$out/completions" | wc -l) completion scripts, $(ls "$out/man" | wc -l) man pages in $out"
