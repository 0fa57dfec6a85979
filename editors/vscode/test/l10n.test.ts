// The extension speaks Russian and English: every text of the manifest
// (`%key%` in package.json) is in package.nls.json and package.nls.ru.json,
// and every runtime text (`vscode.l10n.t("…")` in src/) has its Russian
// translation in l10n/bundle.l10n.ru.json, with the same placeholders.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";

const ext = path.resolve(__dirname, "../..");

function json(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(ext, file), "utf8")) as Record<string, unknown>;
}

/** The placeholders `{0}`, `{1}`… of a text, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
}

/** The string literals passed first to `l10n.t(` in the extension's sources. */
function runtimeTexts(): Set<string> {
  const texts = new Set<string>();
  for (const file of fs.readdirSync(path.join(ext, "src"))) {
    const source = fs.readFileSync(path.join(ext, "src", file), "utf8");
    for (const call of source.matchAll(/l10n\.t\(\s*("(?:[^"\\]|\\.)*")/g)) {
      texts.add(JSON.parse(call[1]) as string);
    }
    // A call whose text is not a literal could not be translated.
    assert.doesNotMatch(source, /l10n\.t\(\s*[^\s"]/, `${file}: l10n.t takes a string literal`);
  }
  return texts;
}

test("every manifest text is in English and in Russian", () => {
  const manifest = fs.readFileSync(path.join(ext, "package.json"), "utf8");
  const keys = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
  assert.ok(keys.has("command.evaluateThisCase"), "the manifest uses its texts by key");
  const en = json("package.nls.json");
  const ru = json("package.nls.ru.json");
  assert.deepEqual(Object.keys(en).sort(), [...keys].sort(), "package.nls.json has exactly the manifest's keys");
  assert.deepEqual(Object.keys(ru).sort(), [...keys].sort(), "package.nls.ru.json has exactly the manifest's keys");
  for (const key of keys) {
    assert.notEqual(ru[key], en[key], `${key} is translated`);
    assert.match(String(ru[key]), /[а-яё]/i, `${key} is Russian`);
  }
});

test("every runtime text has a Russian translation with the same placeholders", () => {
  const texts = runtimeTexts();
  assert.ok(texts.size > 30, `the texts were found (${texts.size})`);
  const ru = json("l10n/bundle.l10n.ru.json");
  for (const text of texts) {
    assert.ok(text in ru, `no Russian for ${JSON.stringify(text)}`);
    assert.deepEqual(placeholders(String(ru[text])), placeholders(text), `placeholders of ${JSON.stringify(text)}`);
  }
  for (const key of Object.keys(ru)) {
    assert.ok(texts.has(key), `l10n/bundle.l10n.ru.json: ${JSON.stringify(key)} is used nowhere`);
  }
});
