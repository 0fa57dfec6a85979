// The commands, run against the real `policy` program with a stand-in for
// VS Code (test/vscode-stub.ts). Skipped when the program has not been built:
// set POLICY_BIN, or build it with `cargo build -p policy-cli`.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";

import * as vscode from "./vscode-stub";
import { activate } from "../src/extension";

const repo = path.resolve(__dirname, "../../../..");
const bin = process.env.POLICY_BIN ?? path.join(repo, "target/debug/policy");
const skip = fs.existsSync(bin) ? false : `no policy program at ${bin}`;
const policy = path.join(repo, "policies/murmansk-16.policy");

async function activated(): Promise<void> {
  vscode.root.path = repo;
  vscode.settings.set("policy.server.path", path.join(repo, "no-such-dir/policy"));
  // An extension folder without `server/`: the package built by `vsce package` without a target.
  await activate({ subscriptions: [], workspaceState: memento(), extensionPath: path.join(repo, "editors/vscode") } as never);
  vscode.settings.set("policy.server.path", bin);
}

function memento() {
  const m = new Map<string, unknown>();
  return { get: (k: string) => m.get(k), update: (k: string, v: unknown) => Promise.resolve(void m.set(k, v)) };
}

function command(name: string): (...args: unknown[]) => Promise<void> {
  const f = vscode.registered.get(name);
  assert.ok(f, `command ${name} is registered`);
  return f;
}

test("commands run the policy program and show what it says", { skip }, async (t) => {
  await activated();

  await t.test("a missing program is reported with the setting to change", () => {
    const error = vscode.messages.find((m) => m.kind === "error");
    assert.ok(error, "an error message");
    assert.match(error.text, /`policy` program was not found at `.*no-such-dir\/policy`/);
    assert.match(error.text, /policy\.server\.path/);
    assert.match(vscode.channels.get("Policy") ?? "", /The policy program was not found \(looked for: .*no-such-dir\/policy\)\./);
  });

  await t.test("the output says which program runs and why", async () => {
    await command("policy.runTests")(vscode.Uri.file(policy));
    const log = vscode.channels.get("Policy") ?? "";
    assert.ok(log.includes(`Using the policy program ${bin} (from the setting policy.server.path).`), log);
  });

  await t.test("policy.runTest (the code lens) runs the file's tests and names the test", async () => {
    vscode.messages.length = 0;
    const name = fs.readFileSync(policy, "utf8").match(/^test "([^"]+)"/m)?.[1];
    assert.ok(name, "the policy has a test");
    await command("policy.runTest")(name, path.relative(repo, policy));
    assert.deepEqual(vscode.messages.map((m) => m.kind), ["info"]);
    assert.match(vscode.messages[0].text, new RegExp(`Test “${name}” passed \\(\\d+ passed, 0 failed in the file\\)`));
    // The channel shows the program's own output, in the locale's language (Russian without one).
    assert.match(vscode.channels.get("Policy Tests") ?? "", /\d+ passed, 0 failed|прош(ёл|ли|ло) \d+ тест\S*, не прошло 0/);
  });

  await t.test("Evaluate case… shows the Markdown report in a webview", async () => {
    vscode.messages.length = 0;
    const dir = path.join(repo, "policies/tests/murmansk-16");
    const caseFile = path.join(dir, fs.readdirSync(dir).sort()[0]);
    vscode.answers.openDialog = [vscode.Uri.file(caseFile)];
    await command("policy.evaluateCase")(vscode.Uri.file(policy));
    assert.deepEqual(vscode.messages, []);
    const panel = vscode.panels.at(-1);
    assert.ok(panel, "a report panel");
    assert.match(panel.title, /murmansk-16/);
    assert.match(panel.html, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(panel.html, /<h1>Заключение по делу/);
    assert.match(panel.html, /<table>/);
    assert.doesNotMatch(panel.html, /<script/);
  });

  await t.test("Evaluate this case… asks for the policy, remembers it, and shows the report", async () => {
    vscode.messages.length = 0;
    const other = path.join(repo, "policies/samara-99.policy");
    const schema = path.join(repo, "policies/case-schema.policy");
    vscode.workspaceFiles.splice(0, Infinity, vscode.Uri.file(other), vscode.Uri.file(policy), vscode.Uri.file(schema));
    const caseFile = path.join(repo, "tests/cases/grade5-14h.yaml");
    const offered: string[][] = [];
    vscode.answers.quickPick = (items: { label: string }[]) => {
      offered.push(items.map((i) => i.label));
      return items.find((i) => i.label === "murmansk-16.policy");
    };
    await command("policy.evaluateThisCase")(vscode.Uri.file(caseFile));
    assert.deepEqual(vscode.messages, []);
    // Only files that declare a policy are offered (not the case schema), sorted by path.
    assert.deepEqual(offered[0], ["murmansk-16.policy", "samara-99.policy"]);
    const panel = vscode.panels.at(-1);
    assert.ok(panel, "a report panel");
    assert.equal(panel.title, "grade5-14h.yaml — murmansk-16");
    assert.match(panel.html, /<h1>Заключение по делу/);
    // The second time, the last choice comes first.
    vscode.answers.quickPick = (items: { label: string }[]) => {
      offered.push(items.map((i) => i.label));
      return undefined;
    };
    await command("policy.evaluateThisCase")(vscode.Uri.file(caseFile));
    assert.deepEqual(offered[1], ["murmansk-16.policy", "samara-99.policy"]);
    vscode.answers.quickPick = (items: { label: string }[]) => items.find((i) => i.label === "samara-99.policy");
    await command("policy.evaluateThisCase")(vscode.Uri.file(caseFile));
    assert.equal(vscode.panels.at(-1)?.title, "grade5-14h.yaml — samara-99");
    vscode.answers.quickPick = (items: { label: string }[]) => {
      offered.push(items.map((i) => i.label));
      return undefined;
    };
    await command("policy.evaluateThisCase")(vscode.Uri.file(caseFile));
    assert.deepEqual(offered[2], ["samara-99.policy", "murmansk-16.policy"]);
    vscode.workspaceFiles.length = 0;
  });

  await t.test("Evaluate this case… without policies in the workspace says so", async () => {
    vscode.messages.length = 0;
    await command("policy.evaluateThisCase")(vscode.Uri.file(path.join(repo, "tests/cases/grade5-14h.yaml")));
    assert.deepEqual(vscode.messages.map((m) => m.kind), ["warning"]);
    assert.match(vscode.messages[0].text, /no policy files in the workspace to judge the case by/);
  });

  await t.test("Evaluate case… reports an invalid case with the program's reason", async () => {
    vscode.messages.length = 0;
    const bad = path.join(repo, "editors/vscode/out/test/bad.case.yaml");
    fs.writeFileSync(bad, "pupil:\n  grade: пятый\n");
    vscode.answers.openDialog = [vscode.Uri.file(bad)];
    await command("policy.evaluateCase")(vscode.Uri.file(policy));
    assert.equal(vscode.messages.length, 1);
    assert.equal(vscode.messages[0].kind, "error");
    // The program speaks the policy's language (Russian keywords, or no locale: Russian).
    assert.match(vscode.messages[0].text, /cannot evaluate bad\.case\.yaml: (error|ошибка):/);
  });

  await t.test("Compare… shows the HTML comparison in a webview", async () => {
    vscode.messages.length = 0;
    const other = path.join(repo, "policies/samara-99.policy");
    await command("policy.compare")(vscode.Uri.file(policy), [vscode.Uri.file(policy), vscode.Uri.file(other)]);
    assert.deepEqual(vscode.messages, []);
    const panel = vscode.panels.at(-1);
    assert.ok(panel);
    assert.match(panel.title, /^Compare: murmansk-16, samara-99$/);
    assert.match(panel.html, /<head><meta http-equiv="Content-Security-Policy"/);
    assert.match(panel.html, /samara-99/);
  });
});
