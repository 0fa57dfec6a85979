#!/usr/bin/env bash
# Builds the Debian package of `policy`: the binary in /usr/bin, bash, zsh and fish
# completions, and the man pages (policy(1), policy-check(1), …), generated from the
# binary by packaging/assets.sh. Plain dpkg-deb (no cargo-deb to install); the
# dependencies are computed from the binary by dpkg-shlibdeps.
#   packaging/deb/build.sh [--binary PATH] [--out DIR]
# Default binary: target/release/policy (built with `cargo build --release` when
# missing). Writes DIR/policy-cli_VERSION-1_ARCH.deb (default DIR: target/deb) and
# prints its path on the last line.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
binary="" out="$root/target/deb"
while [[ $# -gt 0 ]]; do
  case $1 in
    --binary) binary=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: $0 [--binary PATH] [--out DIR]" >&2; exit 2 ;;
  esac
done
if [[ -z $binary ]]; then
  binary=$root/target/release/policy
  [[ -x $binary ]] || (cd "$root" && cargo build --release --locked -p policy-cli)
fi
[[ -x $binary ]] || { echo "$0: $binary is not an executable file" >&2; exit 2; }
for tool in dpkg-deb dpkg-shlibdeps fakeroot strip gzip; do
  command -v "$tool" >/dev/null || { echo "$0: \`$tool\` is needed (apt-get install dpkg-dev fakeroot binutils)" >&2; exit 2; }
done

version=$("$binary" --version | awk '{ print $2 }')
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]] || { echo "$0: cannot read the version from \`$binary --version\`" >&2; exit 1; }
arch=$(dpkg --print-architecture)
name=policy-cli
work=$out/work
stage=$work/${name}_${version}-1_${arch}
rm -rf "$work"
mkdir -p "$stage/DEBIAN" "$stage/usr/bin" "$stage/usr/share/doc/$name" "$stage/usr/share/man/man1" \
  "$stage/usr/share/bash-completion/completions" "$stage/usr/share/zsh/vendor-completions" \
  "$stage/usr/share/fish/vendor_completions.d"

install -m 0755 "$binary" "$stage/usr/bin/policy"
strip --strip-unneeded "$stage/usr/bin/policy"
"$root/packaging/assets.sh" "$stage/usr/bin/policy" "$work/assets" >/dev/null
install -m 0644 "$work/assets/completions/policy.bash" "$stage/usr/share/bash-completion/completions/policy"
install -m 0644 "$work/assets/completions/_policy" "$stage/usr/share/zsh/vendor-completions/_policy"
install -m 0644 "$work/assets/completions/policy.fish" "$stage/usr/share/fish/vendor_completions.d/policy.fish"
for page in "$work/assets/man/"*.1; do
  install -m 0644 "$page" "$stage/usr/share/man/man1/"
  gzip -9n "$stage/usr/share/man/man1/$(basename "$page")"
done
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: policy"
  echo
  echo "Files: *"
  echo "Copyright: the policy toolchain's authors"
  echo "License: MIT"
  sed 's/^$/./; s/^/ /' "$root/editors/vscode/LICENSE"
} >"$stage/usr/share/doc/$name/copyright"
chmod 0644 "$stage/usr/share/doc/$name/copyright"

# Dependencies of the binary (libc6, libgcc-s1), as dpkg-shlibdeps finds them; it
# wants to run in a source tree, so give it a minimal one.
mkdir -p "$work/src/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" >"$work/src/debian/control"
depends=$(cd "$work/src" && dpkg-shlibdeps -O -e"$stage/usr/bin/policy" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[[ -n $depends ]] || { echo "$0: dpkg-shlibdeps found no dependencies for the binary" >&2; exit 1; }

installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<CONTROL
Package: $name
Version: $version-1
Architecture: $arch
Maintainer: policy toolchain <policy-toolchain@users.noreply.github.com>
Installed-Size: $installed_size
Depends: $depends
Recommends: man-db
Section: utils
Priority: optional
Description: checked, executable policies for school regulations
 \`policy\` checks policies written in a declarative language (English or
 Russian keywords) that encode a Russian school's regulation on individual
 education (Положение об индивидуальном обучении), judges a pupil's case
 against them clause by clause, compares schools, runs the policies' tests,
 formats them and serves the Language Server Protocol for editors.
 .
 This package holds the \`policy\` program, its man pages and bash, zsh and
 fish completions.
CONTROL
mkdir -p "$out"
deb=$out/${name}_${version}-1_${arch}.deb
fakeroot dpkg-deb --build -Zxz "$stage" "$deb" >/dev/null
echo "$deb"
