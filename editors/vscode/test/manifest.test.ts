// The manifest's menus offer “Evaluate this case…” on case files and nowhere else:
// the regular expressions of its `when` clauses, read as VS Code reads them.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8"));

/** Evaluates a `when` clause of the form `key =~ /re/ || key =~ /re/` for a file. */
function offered(when: string, file: string): boolean {
  const context: Record<string, string> = { resourceFilename: path.posix.basename(file), resourcePath: file };
  return when.split(" || ").some((part) => {
    const m = /^(\w+) =~ \/(.*)\/$/.exec(part.trim());
    assert.ok(m, `a regex test: ${part}`);
    return new RegExp(m[2]).test(context[m[1]]);
  });
}

test("Evaluate this case… is offered on case files only", () => {
  const menus = ["editor/title", "editor/context", "explorer/context"].map((menu) =>
    manifest.contributes.menus[menu].find((m: { command: string }) => m.command === "policy.evaluateThisCase"),
  );
  for (const item of menus) {
    assert.ok(item, "the command is in the menu");
    for (const file of [
      "/home/u/school/pupil.case.yaml",
      "/home/u/school/pupil.case.yml",
      "/home/u/school/pupil.case.json",
      "/home/u/school/pupil.case.toml",
      "/home/u/repo/policies/tests/murmansk-16/m02-grade5-over-by-quarter-hour.yaml",
    ]) {
      assert.ok(offered(item.when, file), `${item.when} offers ${file}`);
    }
    for (const file of ["/home/u/repo/package.json", "/home/u/repo/policies/murmansk-16.policy", "/home/u/a.yaml"]) {
      assert.ok(!offered(item.when, file), `${item.when} does not offer ${file}`);
    }
  }
});

test("case files of every format get the case schema", () => {
  const schema = "./schemas/case.schema.json";
  const c = manifest.contributes;
  assert.ok(c.jsonValidation.some((v: { url: string }) => v.url === schema));
  assert.ok(c.yamlValidation.some((v: { url: string }) => v.url === schema));
  assert.ok(c.tomlValidation.some((v: { fileMatch?: string; url: string }) => v.fileMatch === "*.case.toml" && v.url === schema));
  assert.deepEqual(manifest.extensionDependencies, ["redhat.vscode-yaml"]);
});
