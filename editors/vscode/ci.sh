#!/usr/bin/env bash
# CI of the VS Code extension, on a clean checkout: install exactly what
# package-lock.json pins, type-check, test the grammar and the helpers, bundle,
# and package the .vsix. Needs Node 20+, npm (and the npm registry) and python3.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --no-audit --no-fund
python3 scripts/grammar.py --check
npm run typecheck
npm run test:grammar
npm run test:unit
npm run bundle -- --production
# The package must hold the bundle, the grammar, the snippets and the case schema.
files=$(npx --no-install vsce ls --no-dependencies)
for f in dist/extension.js syntaxes/policy.tmLanguage.json snippets/policy.json schemas/case.schema.json \
         language-configuration.json README.md; do
  grep -qx "$f" <<<"$files" || { echo "ci.sh: $f is missing from the package" >&2; exit 1; }
done
npx --no-install vsce package --no-dependencies --allow-missing-repository --out policy-language.vsix
echo "packaged $(pwd)/policy-language.vsix"
