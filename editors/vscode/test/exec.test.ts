// Unit tests of the parts of the extension that do not need VS Code.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";

import {
  NotFoundError,
  bundledServer,
  chooseServer,
  declaresPolicy,
  findExecutable,
  firstError,
  run,
  testOutcome,
  withCsp,
} from "../src/exec";

const posix = process.platform !== "win32";

function fakeProgram(dir: string, name: string, script: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return file;
}

test("findExecutable looks a bare name up on PATH and checks a path as it is", { skip: !posix }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-ext-"));
  const program = fakeProgram(dir, "policy", "exit 0");
  fs.writeFileSync(path.join(dir, "not-executable"), "");
  const env = { path: `/nonexistent:${dir}`, platform: process.platform };
  assert.equal(findExecutable("policy", env), program);
  assert.equal(findExecutable("policy", { ...env, path: "/nonexistent" }), undefined);
  assert.equal(findExecutable(program, { ...env, path: "" }), program);
  assert.equal(findExecutable("./policy", { ...env, path: "", baseDir: dir }), program);
  assert.equal(findExecutable("${workspaceFolder}/policy", { ...env, path: "", workspaceFolder: dir }), program);
  assert.equal(findExecutable("not-executable", env), undefined);
  assert.equal(findExecutable(path.join(dir, "missing"), env), undefined);
  assert.equal(findExecutable("", env), undefined);
});

test("run collects output and exit status, without a shell", { skip: !posix }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-ext-"));
  const program = fakeProgram(dir, "policy", 'printf "%s|" "$@"; echo "oops" >&2; exit 1');
  const result = await run(program, ["eval", "--policy", "a b.policy", "$(rm -rf /)"]);
  assert.equal(result.code, 1);
  assert.equal(result.stdout, "eval|--policy|a b.policy|$(rm -rf /)|");
  assert.equal(result.stderr, "oops\n");
});

test("run rejects with NotFoundError when the program does not exist", async () => {
  await assert.rejects(run(path.join(os.tmpdir(), "no-such-policy-program"), ["lsp"]), NotFoundError);
});

test("run stops a program that takes too long", { skip: !posix }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-ext-"));
  const program = fakeProgram(dir, "slow", "exec sleep 5");
  await assert.rejects(run(program, ["test"], { timeoutMs: 100 }), /took longer/);
});

test("testOutcome finds a failed test and the summary", () => {
  const out = [
    "FAIL murmansk-16 › пятиклассник, 14 часов",
    "    `expect max_weekly_hours = 10`",
    "        expected: 10",
    "        got:      11",
    "FAIL murmansk-16 › другой",
    "    `expect eligible = true`",
    "107 passed, 2 failed",
    "",
  ].join("\n");
  const failed = testOutcome(out, "пятиклассник, 14 часов");
  assert.equal(failed.failed, true);
  assert.deepEqual(failed.details[0], "    `expect max_weekly_hours = 10`");
  assert.equal(failed.details.length, 3);
  assert.deepEqual(failed.summary, { passed: 107, failed: 2 });
  const passed = testOutcome(out, "пятиклассник");
  assert.equal(passed.failed, false);
  assert.deepEqual(testOutcome("3 passed, 0 failed\n", "x"), { failed: false, details: [], summary: { passed: 3, failed: 0 } });
});

test("testOutcome reads the Russian output of policy test", () => {
  const out = [
    "НЕ ПРОЙДЕН murmansk-16 › пятиклассник, 14 часов",
    "    `ожидается max_weekly_hours = 10`",
    "прошли 153 теста, не прошёл 1",
    "",
  ].join("\n");
  const failed = testOutcome(out, "пятиклассник, 14 часов");
  assert.equal(failed.failed, true);
  assert.equal(failed.details.length, 1);
  assert.deepEqual(failed.summary, { passed: 153, failed: 1 });
  for (const [line, passed, failedCount] of [
    ["прошёл 1 тест, не прошло 0", 1, 0],
    ["прошло 6 тестов, не прошли 2", 6, 2],
  ] as const) {
    assert.deepEqual(testOutcome(line + "\n", "x").summary, { passed, failed: failedCount });
  }
});

test("firstError prefers the line that says error", () => {
  assert.equal(firstError("warning: x\nerror: the case `a.yaml` is not valid\n"), "error: the case `a.yaml` is not valid");
  assert.equal(firstError("\n  something odd\n"), "something odd");
  assert.equal(firstError("предупреждение: x\nошибка: дело `a.yaml` недопустимо\n"), "ошибка: дело `a.yaml` недопустимо");
  assert.equal(firstError(""), undefined);
});

test("withCsp adds a policy without scripts to any HTML", () => {
  const withHead = withCsp('<!DOCTYPE html><html lang="ru"><head><title>t</title></head><body>x</body></html>', "vscode-resource:");
  assert.match(withHead, /<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/);
  assert.doesNotMatch(withHead, /script-src/);
  assert.match(withCsp("<html><body>x</body></html>", "s"), /^<html><head><meta http-equiv/);
  assert.match(withCsp("<p>x</p>", "s"), /^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv.*<body><p>x<\/p><\/body>/);
});

test("declaresPolicy tells a policy from a library such as the case schema", () => {
  assert.equal(declaresPolicy("# c\npolicy murmansk-16 {\n}"), true);
  assert.equal(declaresPolicy("политика samara-99 {\n}"), true);
  assert.equal(declaresPolicy("# policy x {\nenum a { b }\nschema c { }"), false);
});

test("chooseServer: the user's setting, else the bundled program, else PATH", { skip: !posix }, () => {
  const ext = fs.mkdtempSync(path.join(os.tmpdir(), "policy-ext-"));
  const onPath = fs.mkdtempSync(path.join(os.tmpdir(), "policy-path-"));
  const pathProgram = fakeProgram(onPath, "policy", "exit 0");
  const env = { path: onPath, platform: process.platform };
  const bundled = bundledServer(ext, process.platform);
  assert.equal(bundled, path.join(ext, "server", "policy"));

  // No bundled program (the universal package): PATH.
  assert.deepEqual(chooseServer(undefined, bundled, env), { source: "PATH", requested: "policy", path: pathProgram });
  assert.deepEqual(chooseServer(undefined, bundled, { ...env, path: "" }), {
    source: "PATH",
    requested: "policy",
    path: undefined,
  });

  // A bundled program wins over PATH, and gets its executable bits back if an unzip lost them.
  fs.mkdirSync(path.join(ext, "server"));
  fs.writeFileSync(bundled, "#!/bin/sh\nexit 0\n", { mode: 0o644 });
  assert.deepEqual(chooseServer(undefined, bundled, env), { source: "bundled", requested: bundled, path: bundled });
  assert.equal(fs.statSync(bundled).mode & 0o111, 0o111);

  // The user's setting wins over both, and is not replaced by them when it is wrong.
  assert.deepEqual(chooseServer(pathProgram, bundled, env), {
    source: "setting",
    requested: pathProgram,
    path: pathProgram,
  });
  const wrong = path.join(onPath, "missing");
  assert.deepEqual(chooseServer(wrong, bundled, env), { source: "setting", requested: wrong, path: undefined });
  // An empty setting is no setting.
  assert.equal(chooseServer("  ", bundled, env).source, "bundled");
});
