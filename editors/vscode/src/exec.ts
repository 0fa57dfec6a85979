// Finding and running the `policy` program. Nothing here imports `vscode`, so
// the unit tests (test/*.test.ts) run it under plain Node.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** What a finished `policy` run printed, and its exit status. */
export interface RunResult {
  /** The exit status (`null` when the process was killed by a signal). */
  code: number | null;
  /** Standard output. */
  stdout: string;
  /** Standard error. */
  stderr: string;
}

/** The program could not be started: it does not exist or is not executable. */
export class NotFoundError extends Error {
  constructor(readonly command: string) {
    super(`cannot run \`${command}\`: no such program`);
  }
}

/** Where to look for the program and how to name its files. */
export interface SearchEnv {
  /** The `PATH` variable. */
  path: string | undefined;
  /** `process.platform`. */
  platform: NodeJS.Platform;
  /** The `PATHEXT` variable (Windows). */
  pathext?: string;
  /** Resolves a relative path (`target/debug/policy`): the first workspace folder. */
  baseDir?: string;
  /** Expands `${workspaceFolder}`. */
  workspaceFolder?: string;
}

function isExecutableFile(file: string, platform: NodeJS.Platform): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    if (platform !== "win32") {
      fs.accessSync(file, fs.constants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}

/** Replaces `~` and `${workspaceFolder}` (and `${userHome}`) in a configured path. */
export function expandPath(configured: string, env: SearchEnv): string {
  let p = configured.trim();
  if (env.workspaceFolder !== undefined) {
    p = p.split("${workspaceFolder}").join(env.workspaceFolder);
  }
  p = p.split("${userHome}").join(os.homedir());
  if (p === "~" || p.startsWith("~/") || p.startsWith("~\\")) {
    p = path.join(os.homedir(), p.slice(1));
  }
  return p;
}

/**
 * The full path of the program the setting names: a bare name is looked up
 * on `PATH` (with `PATHEXT` on Windows), a path is checked as it is (relative
 * to `baseDir`). `undefined` when there is no such executable file.
 */
export function findExecutable(configured: string, env: SearchEnv): string | undefined {
  const command = expandPath(configured, env);
  if (command === "") {
    return undefined;
  }
  const sep = env.platform === "win32" ? /[\\/]/ : /\//;
  const extensions =
    env.platform === "win32"
      ? ["", ...(env.pathext ?? ".EXE;.CMD;.BAT;.COM").split(";").filter((e) => e !== "")]
      : [""];
  const candidates = (base: string) => extensions.map((e) => base + e);
  if (sep.test(command)) {
    const base = path.isAbsolute(command) ? command : path.resolve(env.baseDir ?? process.cwd(), command);
    return candidates(base).find((f) => isExecutableFile(f, env.platform));
  }
  const delimiter = env.platform === "win32" ? ";" : ":";
  for (const dir of (env.path ?? "").split(delimiter)) {
    if (dir === "") {
      continue;
    }
    const found = candidates(path.join(dir, command)).find((f) => isExecutableFile(f, env.platform));
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}

/** Options of [`run`]. */
export interface RunOptions {
  /** The working directory. */
  cwd?: string;
  /** Kill the process after this many milliseconds (default: two minutes). */
  timeoutMs?: number;
  /** Stops the process when aborted (the user cancelled). */
  signal?: AbortSignal;
}

/**
 * Runs `program args…` without a shell (arguments are never interpreted) and
 * collects its output. Rejects with [`NotFoundError`] when the program cannot
 * be started, and with an `Error` on a time-out or cancellation.
 */
export function run(program: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let settled = false;
    const finish = (f: () => void) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        f();
      }
    };
    const timeoutMs = options.timeoutMs ?? 120_000;
    const timer = setTimeout(() => {
      child.kill();
      finish(() => reject(new Error(`\`${path.basename(program)} ${args[0] ?? ""}\` took longer than ${timeoutMs / 1000} s and was stopped`)));
    }, timeoutMs);
    const onAbort = () => {
      child.kill();
      finish(() => reject(new Error("cancelled")));
    };
    options.signal?.addEventListener("abort", onAbort);
    child.stdout.on("data", (b: Buffer) => stdout.push(b));
    child.stderr.on("data", (b: Buffer) => stderr.push(b));
    child.on("error", (e: NodeJS.ErrnoException) => {
      finish(() => reject(e.code === "ENOENT" || e.code === "EACCES" ? new NotFoundError(program) : e));
    });
    child.on("close", (code) => {
      finish(() =>
        resolve({
          code,
          stdout: Buffer.concat(stdout).toString("utf8"),
          stderr: Buffer.concat(stderr).toString("utf8"),
        }),
      );
    });
  });
}

/** The outcome of `policy test FILE` for one test. */
export interface TestOutcome {
  /** The test failed (it is listed as `FAIL policy › name`, in Russian `НЕ ПРОЙДЕН policy › name`). */
  failed: boolean;
  /** The lines printed under the failure: what was expected and what came out. */
  details: string[];
  /**
   * `passed` and `failed` from the summary line, if printed: `N passed, M failed`, or in
   * Russian `прошли N тестов, не прошло M` (with the verb and noun agreeing with N and M).
   */
  summary?: { passed: number; failed: number };
}

/** The summary line of `policy test` in English and in Russian. */
const SUMMARY = [
  /^(\d+) passed, (\d+) failed$/,
  /^прош(?:ёл|ли|ло) (\d+) тест(?:а|ов)?, не прош(?:ёл|ли|ло) (\d+)$/,
];

/** Reads what `policy test` printed (in either language) about the test called `name`. */
export function testOutcome(stdout: string, name: string): TestOutcome {
  const lines = stdout.split(/\r?\n/);
  const details: string[] = [];
  let failed = false;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(?:FAIL|НЕ ПРОЙДЕН) (.*?) › (.*)$/.exec(lines[i]);
    if (m !== null && m[2] === name) {
      failed = true;
      for (let j = i + 1; j < lines.length && /^\s/.test(lines[j]); j++) {
        details.push(lines[j]);
      }
    }
  }
  let summary: TestOutcome["summary"];
  for (const line of lines) {
    for (const pattern of SUMMARY) {
      const s = pattern.exec(line.trim());
      if (s !== null) {
        summary = { passed: Number(s[1]), failed: Number(s[2]) };
      }
    }
  }
  return { failed, details, summary };
}

/** The first line of an error output worth showing in a notification. */
export function firstError(stderr: string): string | undefined {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return lines.find((l) => l.startsWith("error:") || l.startsWith("ошибка:")) ?? lines[0];
}

/**
 * Makes an HTML document safe to show in a webview: adds a Content Security
 * Policy that allows only inline styles and data images (no scripts, no
 * network), right after `<head>` (or in a new `<head>`), followed by
 * `extraHead` (styles that the page's own may override).
 */
export function withCsp(html: string, cspSource: string, extraHead = ""): string {
  const meta =
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; ` +
    `style-src 'unsafe-inline' ${cspSource}; img-src data: ${cspSource}; font-src ${cspSource};">` +
    extraHead;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head !== null) {
    const at = head.index + head[0].length;
    return html.slice(0, at) + meta + html.slice(at);
  }
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
  if (htmlTag !== null) {
    const at = htmlTag.index + htmlTag[0].length;
    return html.slice(0, at) + `<head>${meta}</head>` + html.slice(at);
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${meta}</head><body>${html}</body></html>`;
}

/** Whether a policy file's text declares a policy (and is not only a library such as the case schema). */
export function declaresPolicy(text: string): boolean {
  return /^\s*(policy|политика)\s+[\p{L}\p{N}_-]+\s*\{/mu.test(text);
}

/** Where the `policy` program that the extension runs comes from. */
export type ServerSource = "setting" | "bundled" | "PATH";

/** The program chosen by [`chooseServer`]. */
export interface ServerChoice {
  /** Why this one: the user's setting, the copy inside the extension, or `PATH`. */
  source: ServerSource;
  /** What was looked for: the setting as written, the bundled file, or `policy`. */
  requested: string;
  /** Its full path; `undefined` when there is no such executable file. */
  path: string | undefined;
}

/** The program bundled in a platform-specific package: `server/policy` (`server/policy.exe` on Windows). */
export function bundledServer(extensionPath: string, platform: NodeJS.Platform): string {
  return path.join(extensionPath, "server", platform === "win32" ? "policy.exe" : "policy");
}

/**
 * Which `policy` program to run, as rust-analyzer chooses its server: the one
 * the user set (`policy.server.path`, at any level) if any — and then only
 * that one —, else the one bundled in the extension, else `policy` on `PATH`.
 */
export function chooseServer(configured: string | undefined, bundled: string, env: SearchEnv): ServerChoice {
  if (configured !== undefined && configured.trim() !== "") {
    return { source: "setting", requested: configured, path: findExecutable(configured, env) };
  }
  if (env.platform !== "win32") {
    makeExecutable(bundled);
  }
  const inside = findExecutable(bundled, env);
  if (inside !== undefined) {
    return { source: "bundled", requested: bundled, path: inside };
  }
  return { source: "PATH", requested: "policy", path: findExecutable("policy", env) };
}

/** Gives an existing file its executable bits back (an archive tool may have dropped them); ignores failures. */
function makeExecutable(file: string): void {
  try {
    const mode = fs.statSync(file).mode;
    if ((mode & 0o111) !== 0o111) {
      fs.chmodSync(file, mode | 0o755);
    }
  } catch {
    // Absent, or not ours to change: the search below says so.
  }
}
