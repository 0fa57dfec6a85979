// The Policy extension: the language client and the commands that run the
// `policy` program (evaluate a case, compare schools, run a policy's tests).
// Every text shown to the user goes through `vscode.l10n.t` (Russian in
// l10n/bundle.l10n.ru.json).
import * as path from "node:path";
import * as vscode from "vscode";

import { Server, initServerResolution, reportNotFound, resolveProgram } from "./client";
import { NotFoundError, RunResult, declaresPolicy, firstError, run, testOutcome } from "./exec";
import { showHtml, showMarkdownReport } from "./views";

let output: vscode.OutputChannel;
let reportChannel: vscode.OutputChannel | undefined;
let testChannel: vscode.OutputChannel | undefined;
let state: vscode.Memento;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("Policy");
  state = context.workspaceState;
  initServerResolution(context.extensionPath, output);
  const server = new Server(output);
  context.subscriptions.push(
    output,
    server,
    vscode.commands.registerCommand("policy.evaluateCase", (uri?: vscode.Uri) => evaluateCase(uri)),
    vscode.commands.registerCommand("policy.evaluateThisCase", (uri?: vscode.Uri) => evaluateThisCase(uri)),
    vscode.commands.registerCommand("policy.compare", (uri?: vscode.Uri, uris?: vscode.Uri[]) => compare(uri, uris)),
    vscode.commands.registerCommand("policy.runTest", (name?: string, file?: string) => runTest(name, file)),
    vscode.commands.registerCommand("policy.runTests", (uri?: vscode.Uri) => runTest(undefined, uri?.fsPath)),
    vscode.commands.registerCommand("policy.restartServer", () => server.start()),
    vscode.commands.registerCommand("policy.showOutput", () => output.show()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("policy.server.path")) {
        void server.start();
      }
    }),
  );
  await server.start();
}

export function deactivate(): void {
  // The subscriptions stop the server.
}

// ------------------------------------------------------------------ helpers

/** The directory to run `policy` in for a file: its workspace folder, else its own directory. */
function cwdFor(file: string): string {
  return vscode.workspace.getWorkspaceFolder(vscode.Uri.file(file))?.uri.fsPath ?? path.dirname(file);
}

/** Saves the file if it is open with unsaved changes, so that `policy` reads what the user sees. */
async function saveIfDirty(file: string): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === "file" && d.uri.fsPath === file);
  if (doc?.isDirty) {
    await doc.save();
  }
}

/** The workspace's `.policy` files; only those that declare a policy when `policiesOnly`. */
async function workspacePolicies(policiesOnly: boolean): Promise<vscode.Uri[]> {
  const files = await vscode.workspace.findFiles("**/*.policy", "**/{node_modules,target,.git}/**", 2000);
  files.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
  if (!policiesOnly) {
    return files;
  }
  const out: vscode.Uri[] = [];
  for (const f of files) {
    try {
      const text = Buffer.from(await vscode.workspace.fs.readFile(f)).toString("utf8");
      if (declaresPolicy(text)) {
        out.push(f);
      }
    } catch {
      // Unreadable: leave it out.
    }
  }
  return out;
}

function label(uri: vscode.Uri): vscode.QuickPickItem & { uri: vscode.Uri } {
  return { label: path.basename(uri.fsPath), description: vscode.workspace.asRelativePath(uri), uri };
}

/** The policy file a command is about: the one given, the active editor's, or one the user picks. */
async function choosePolicy(uri: vscode.Uri | undefined): Promise<string | undefined> {
  if (uri !== undefined && uri.scheme === "file") {
    return uri.fsPath;
  }
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === "policy" && editor.document.uri.scheme === "file") {
    return editor.document.uri.fsPath;
  }
  const items = (await workspacePolicies(true)).map(label);
  if (items.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t("Policy: open a policy file (*.policy) first."));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: vscode.l10n.t("The policy to judge the case by"),
  });
  return picked?.uri.fsPath;
}

/** Runs `policy args…` with a progress notification; `undefined` when it could not run (the user was told). */
async function runPolicy(title: string, args: string[], cwd: string, purpose: string): Promise<RunResult | undefined> {
  const program = await resolveProgram(purpose);
  if (program === undefined) {
    return undefined;
  }
  output.appendLine(`$ ${program} ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(" ")}`);
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      (_progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        return run(program, args, { cwd, signal: abort.signal });
      },
    );
  } catch (e) {
    if (e instanceof NotFoundError) {
      await reportNotFound(program, purpose);
    } else {
      const message = e instanceof Error ? e.message : String(e);
      if (message !== "cancelled") {
        void vscode.window.showErrorMessage(vscode.l10n.t("Policy: {0}", message));
      }
    }
    return undefined;
  }
}

/** Logs a failed run (exit status 2 or a crash) and tells the user. */
function reportFailure(what: string, result: RunResult): void {
  output.appendLine(result.stderr.trimEnd());
  const status =
    result.code === null ? vscode.l10n.t("killed by a signal") : vscode.l10n.t("exit status {0}", result.code);
  output.appendLine(`(${status})`);
  const reason = firstError(result.stderr) ?? status;
  const showOutput = vscode.l10n.t("Show Output");
  void vscode.window.showErrorMessage(vscode.l10n.t("Policy: {0}: {1}", what, reason), showOutput).then((choice) => {
    if (choice === showOutput) {
      output.show(true);
    }
  });
}

// ------------------------------------------------------------------ Policy: Evaluate case…

/** Evaluate case… on a policy: asks for the case file (the last one chosen for this policy first). */
async function evaluateCase(uri: vscode.Uri | undefined): Promise<void> {
  const policy = await choosePolicy(uri);
  if (policy === undefined) {
    return;
  }
  const lastKey = `policy.lastCase:${policy}`;
  const last = state.get<string>(lastKey);
  const testsDir = path.join(path.dirname(policy), "tests", path.basename(policy, ".policy"));
  const defaultUri = vscode.Uri.file(last ?? testsDir);
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t("Evaluate a case by {0}", path.basename(policy)),
    openLabel: vscode.l10n.t("Evaluate"),
    canSelectMany: false,
    defaultUri,
    filters: { [vscode.l10n.t("Case files")]: ["yaml", "yml", "json", "toml"], [vscode.l10n.t("All files")]: ["*"] },
  });
  if (picked === undefined || picked.length === 0) {
    return;
  }
  const caseFile = picked[0].fsPath;
  await state.update(lastKey, caseFile);
  await evaluate(policy, caseFile);
}

/** The key under which the last policy chosen by “Evaluate this case” is kept. */
const LAST_POLICY = "policy.lastPolicy";

/** Evaluate this case… on a case file: asks for the policy (the last one chosen first). */
async function evaluateThisCase(uri: vscode.Uri | undefined): Promise<void> {
  const caseUri = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (caseUri === undefined || caseUri.scheme !== "file") {
    void vscode.window.showWarningMessage(vscode.l10n.t("Policy: open a case file (.yaml, .json or .toml) first."));
    return;
  }
  const caseFile = caseUri.fsPath;
  const policies = await workspacePolicies(true);
  if (policies.length === 0) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t("Policy: there are no policy files in the workspace to judge the case by."),
    );
    return;
  }
  const last = state.get<string>(LAST_POLICY);
  const items = policies.map((u) => ({
    ...label(u),
    detail: u.fsPath === last ? vscode.l10n.t("chosen last time") : undefined,
  }));
  // The last choice first, so that Enter repeats it.
  items.sort((a, b) => Number(b.uri.fsPath === last) - Number(a.uri.fsPath === last));
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: vscode.l10n.t("The policy to judge {0} by", path.basename(caseFile)),
  });
  if (picked === undefined) {
    return;
  }
  await state.update(LAST_POLICY, picked.uri.fsPath);
  await evaluate(picked.uri.fsPath, caseFile);
}

/** Runs `policy eval` on the case by the policy and shows the report (Markdown view or text). */
async function evaluate(policy: string, caseFile: string): Promise<void> {
  await saveIfDirty(policy);
  await saveIfDirty(caseFile);
  const format = vscode.workspace.getConfiguration("policy").get<string>("eval.format", "markdown");
  const args = ["eval", "--policy", policy, caseFile, "--format", format === "human" ? "human" : "markdown"];
  const result = await runPolicy(
    vscode.l10n.t("Evaluating {0}…", path.basename(caseFile)),
    args,
    cwdFor(policy),
    vscode.l10n.t("evaluate the case"),
  );
  if (result === undefined) {
    return;
  }
  // 0: no violation, 1: violations (a report all the same), 2: unusable input.
  if ((result.code !== 0 && result.code !== 1) || result.stdout.trim() === "") {
    reportFailure(vscode.l10n.t("cannot evaluate {0}", path.basename(caseFile)), result);
    return;
  }
  if (result.stderr.trim() !== "") {
    output.appendLine(result.stderr.trimEnd());
  }
  const title = `${path.basename(caseFile)} — ${path.basename(policy, ".policy")}`;
  if (format === "human") {
    reportChannel ??= vscode.window.createOutputChannel("Policy Report");
    reportChannel.clear();
    reportChannel.appendLine(
      vscode.l10n.t("{0} by {1}", vscode.workspace.asRelativePath(caseFile), vscode.workspace.asRelativePath(policy)),
    );
    reportChannel.appendLine("");
    reportChannel.append(result.stdout);
    if (result.stderr.trim() !== "") {
      reportChannel.appendLine("");
      reportChannel.append(result.stderr);
    }
    reportChannel.show(true);
  } else {
    const source = `${vscode.workspace.asRelativePath(caseFile)} · ${vscode.workspace.asRelativePath(policy)}`;
    showMarkdownReport(title, source, result.stdout);
  }
}

// ------------------------------------------------------------------ Policy: Compare…

async function compare(uri: vscode.Uri | undefined, uris: vscode.Uri[] | undefined): Promise<void> {
  let files: string[];
  const selected = (uris ?? (uri !== undefined ? [uri] : [])).filter((u) => u.scheme === "file");
  if (selected.length >= 2) {
    files = selected.map((u) => u.fsPath);
  } else {
    const policies = await workspacePolicies(true);
    if (policies.length === 0) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t("Policy: there are no policy files in the workspace to compare."),
      );
      return;
    }
    const current = selected[0]?.fsPath ?? vscode.window.activeTextEditor?.document.uri.fsPath;
    const items = policies.map((u) => ({ ...label(u), picked: u.fsPath === current }));
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      placeHolder: vscode.l10n.t("The policies (schools) to compare"),
    });
    if (picked === undefined || picked.length === 0) {
      return;
    }
    files = picked.map((p) => p.uri.fsPath);
  }
  for (const f of files) {
    await saveIfDirty(f);
  }
  const args = ["compare", ...files, "--format", "html"];
  const result = await runPolicy(
    vscode.l10n.t("Comparing policies…"),
    args,
    cwdFor(files[0]),
    vscode.l10n.t("compare the policies"),
  );
  if (result === undefined) {
    return;
  }
  if ((result.code !== 0 && result.code !== 1) || result.stdout.trim() === "") {
    reportFailure(vscode.l10n.t("cannot compare the policies"), result);
    return;
  }
  const title = vscode.l10n.t("Compare: {0}", files.map((f) => path.basename(f, ".policy")).join(", "));
  showHtml(title, result.stdout);
}

// ------------------------------------------------------------------ policy.runTest (code lens)

async function runTest(name: string | undefined, file: string | undefined): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const given = file !== undefined && folder !== undefined ? path.resolve(folder, file) : file;
  const policy = given ?? (await choosePolicy(undefined));
  if (policy === undefined) {
    return;
  }
  await saveIfDirty(policy);
  const result = await runPolicy(
    name === undefined
      ? vscode.l10n.t("Running the tests of {0}…", path.basename(policy))
      : vscode.l10n.t("Running test “{0}”…", name),
    name === undefined ? ["test", policy] : ["test", policy, "--name", name],
    cwdFor(policy),
    vscode.l10n.t("run the tests"),
  );
  if (result === undefined) {
    return;
  }
  testChannel ??= vscode.window.createOutputChannel("Policy Tests");
  testChannel.clear();
  testChannel.appendLine(`policy test ${vscode.workspace.asRelativePath(policy)}`);
  testChannel.appendLine("");
  testChannel.append(result.stdout);
  if (result.stderr.trim() !== "") {
    testChannel.append(result.stderr);
  }
  const channel = testChannel;
  const showOutput = vscode.l10n.t("Show Output");
  const offerOutput = (choice: string | undefined) => {
    if (choice === showOutput) {
      channel.show(true);
    }
  };
  if (result.code !== 0 && result.code !== 1) {
    channel.show(true);
    reportFailure(vscode.l10n.t("cannot run the tests of {0}", path.basename(policy)), result);
    return;
  }
  const outcome = testOutcome(result.stdout, name ?? "");
  const summary =
    outcome.summary === undefined
      ? ""
      : " " + vscode.l10n.t("({0} passed, {1} failed in the file)", outcome.summary.passed, outcome.summary.failed);
  if (name === undefined) {
    channel.show(true);
    const failed = outcome.summary?.failed ?? (result.code === 0 ? 0 : 1);
    const message = vscode.l10n.t("Policy: {0}", path.basename(policy) + summary);
    if (failed > 0) {
      void vscode.window.showErrorMessage(message, showOutput).then(offerOutput);
    } else {
      void vscode.window.showInformationMessage(message);
    }
  } else if (outcome.failed) {
    channel.show(true);
    const first = outcome.details[0]?.trim();
    const failedMessage =
      first === undefined
        ? vscode.l10n.t("Test “{0}” failed", name)
        : vscode.l10n.t("Test “{0}” failed: {1}", name, first);
    void vscode.window.showErrorMessage(failedMessage + summary, showOutput).then(offerOutput);
  } else {
    void vscode.window
      .showInformationMessage(vscode.l10n.t("Test “{0}” passed", name) + summary, showOutput)
      .then(offerOutput);
  }
}
