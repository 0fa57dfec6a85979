#!/usr/bin/env bash
# Installs the Debian package as a user would (`dpkg -i`), checks what it put on the
# system, and removes it again (also when a check fails). Needs root and man-db.
#   packaging/deb/test-install.sh PATH/TO/policy-cli_VERSION_ARCH.deb
set -euo pipefail
deb=${1:?usage: $0 PACKAGE.deb}
[[ -f $deb ]] || { echo "$0: $deb does not exist" >&2; exit 2; }
name=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
if dpkg -s "$name" >/dev/null 2>&1; then
  echo "$0: $name is already installed; remove it first (dpkg -r $name)" >&2
  exit 2
fi
trap 'dpkg -r "$name" >/dev/null' EXIT
dpkg -i "$deb"

fail() { echo "deb test: $*" >&2; exit 1; }
[[ -x /usr/bin/policy ]] || fail "/usr/bin/policy is missing"
out=$(/usr/bin/policy --version)
[[ $out == "policy ${version%-*}" ]] || fail "policy --version printed \`$out\`, not \`policy ${version%-*}\`"
page=$(man -w policy) || fail "man -w policy found no page"
[[ $page == /usr/share/man/man1/policy.1.gz ]] || fail "man -w policy: $page"
man -w policy-check >/dev/null || fail "man -w policy-check found no page"
# The page renders, and names what it documents.
MANWIDTH=80 man policy 2>/dev/null | grep -q "policy-check(1)" || fail "man policy does not render or lacks policy-check(1)"
for f in /usr/share/bash-completion/completions/policy /usr/share/zsh/vendor-completions/_policy \
         /usr/share/fish/vendor_completions.d/policy.fish; do
  [[ -s $f ]] || fail "$f is missing"
done
# The bash completion loads and completes a subcommand.
words=$(bash -c 'source /usr/share/bash-completion/completions/policy
  COMP_WORDS=(policy ch); COMP_CWORD=1; COMP_LINE="policy ch"; COMP_POINT=${#COMP_LINE}
  _policy policy ch policy; printf "%s\n" "${COMPREPLY[@]}"')
grep -qx check <<<"$words" || fail "bash completion of \`policy ch\` gave: $words"
# The installed program works on a shipped policy.
/usr/bin/policy check "$(dirname "$0")/../../policies/murmansk-16.policy" >/dev/null 2>&1 || fail "policy check failed"
echo "deb test: $name $version installs /usr/bin/policy ($out), man pages ($page) and completions; removed again"
