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

# In English (`--lang en`), whatever the build machine's locale: the program speaks Russian
# by default, and the man pages and completions installed system-wide are the English ones.
"$binary" --lang en completions bash >"$out/completions/policy.bash"
"$binary" --lang en completions zsh >"$out/completions/_policy"
"$binary" --lang en completions fish >"$out/completions/policy.fish"

# The subcommands, as `policy --help` lists them under "Commands:" (clap's layout).
subcommands=$("$binary" --lang en --help | awk '/^Commands:/ { on = 1; next } /^[^ ]/ { on = 0 } on && NF { print $1 }' | grep -vx help)
[[ -n $subcommands ]] || { echo "$0: no subcommands in \`$binary --help\`" >&2; exit 1; }
"$binary" --lang en man >"$out/man/policy.1"
for sub in $subcommands; do
  "$binary" --lang en man "$sub" >"$out/man/policy-$sub.1"
done
echo "assets: $(ls "$out/completions" | wc -l) completion scripts, $(ls "$out/man" | wc -l) man pages in $out"
