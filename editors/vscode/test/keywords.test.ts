// The TextMate grammar knows every keyword and unit of grammar/policy.pest, the
// single source of the syntax, in both languages.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";

const repo = path.resolve(__dirname, "../../../..");
const pest = path.join(repo, "grammar/policy.pest");
const tm = path.resolve(__dirname, "../../syntaxes/policy.tmLanguage.json");

/** The words of the `kw_…` and unit rules: `kw_and = @{ ("and" | "и") ~ !ident_char }`. */
function pestWords(text: string): string[] {
  const words = new Set<string>();
  for (const line of text.split("\n")) {
    if (/^\s*(kw_\w+|unit_\w+|unit)\s*=/.test(line)) {
      for (const m of line.matchAll(/"([^"\\]+)"/g)) {
        words.add(m[1]);
      }
    }
  }
  return [...words];
}

/** Every regular expression of the grammar. */
function patterns(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    node.forEach((n) => patterns(n, out));
  } else if (node !== null && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if ((k === "match" || k === "begin") && typeof v === "string") {
        out.push(v);
      } else {
        patterns(v, out);
      }
    }
  }
  return out;
}

test("every keyword and unit of grammar/policy.pest is highlighted", { skip: !fs.existsSync(pest) && "no grammar/policy.pest" }, () => {
  const words = pestWords(fs.readFileSync(pest, "utf8"));
  assert.ok(words.length > 100, `found only ${words.length} keywords`);
  const regexes = patterns(JSON.parse(fs.readFileSync(tm, "utf8"))).join("\n");
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const missing = words.filter((w) => !new RegExp(`[(|:]${escape(escape(w))}[|)]`).test(regexes));
  assert.deepEqual(missing, [], "keywords the TextMate grammar does not know");
});
