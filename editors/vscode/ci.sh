#!/usr/bin/env bash
# CI of the VS Code extension, on a clean checkout: install exactly what
# package-lock.json pins, type-check, test the grammar, the helpers, the commands
# and the translations, bundle, and package the universal .vsix. Needs Node 20+,
# npm (and the npm registry) and python3.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --no-audit --no-fund
python3 scripts/grammar.py --check
npm run typecheck
npm run test:grammar
npm run test:unit
npm run bundle -- --production
# The package must hold the bundle, the grammar, the snippets, the case schema, the
# translations and the icon.
files=$(npx --no-install vsce ls --no-dependencies)
for f in dist/extension.js syntaxes/policy.tmLanguage.json snippets/policy.json schemas/case.schema.json \
         language-configuration.json README.md package.nls.json package.nls.ru.json l10n/bundle.l10n.ru.json \
         images/icon.png; do
  grep -qx "$f" <<<"$files" || { echo "ci.sh: $f is missing from the package" >&2; exit 1; }
done
# The universal package (no program inside: it uses the setting or PATH). The platform
# packages, with the program, are made by scripts/package-platform.sh (see .ci/run).
npx --no-install vsce package --no-dependencies --out policy-language.vsix
echo "packaged $(pwd)/policy-language.vsix"
