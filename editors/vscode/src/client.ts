// The language client: starts `policy lsp` (LSP over stdio) for policy files,
// and finds the `policy` program for it and for the commands.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

import { ServerChoice, bundledServer, chooseServer } from "./exec";

/** Where the extension is installed (set by `activate`): its `server/` may hold the program. */
let extensionPath: string | undefined;
/** Where the choice of program is logged. */
let log: vscode.OutputChannel | undefined;
/** The last choice logged, so that each change is logged once. */
let lastLogged: string | undefined;

/** Tells the resolution where the bundled program is and where to log the choice. */
export function initServerResolution(path: string, output: vscode.OutputChannel): void {
  extensionPath = path;
  log = output;
  lastLogged = undefined;
}

/** The `policy.server.path` setting when the user set it (in any scope), else `undefined`. */
export function configuredProgram(): string | undefined {
  const inspected = vscode.workspace.getConfiguration("policy").inspect<string | null>("server.path");
  const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** The program to run, as [`chooseServer`] picks it; the choice is logged in the output channel. */
export function choose(): ServerChoice {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const choice = chooseServer(
    configuredProgram(),
    extensionPath === undefined ? "" : bundledServer(extensionPath, process.platform),
    {
      path: process.env.PATH,
      pathext: process.env.PATHEXT,
      platform: process.platform,
      baseDir: folder,
      workspaceFolder: folder,
    },
  );
  const line =
    choice.path === undefined
      ? vscode.l10n.t("The policy program was not found (looked for: {0}).", choice.requested)
      : choice.source === "setting"
        ? vscode.l10n.t("Using the policy program {0} (from the setting policy.server.path).", choice.path)
        : choice.source === "bundled"
          ? vscode.l10n.t("Using the policy program {0} (bundled with the extension).", choice.path)
          : vscode.l10n.t("Using the policy program {0} (found on PATH).", choice.path);
  if (line !== lastLogged) {
    log?.appendLine(line);
    lastLogged = line;
  }
  return choice;
}

/** The full path of the `policy` program, or `undefined` (after telling the user) when there is none. */
export async function resolveProgram(purpose: string): Promise<string | undefined> {
  const choice = choose();
  if (choice.path === undefined) {
    await reportNotFound(choice.source === "setting" ? choice.requested : undefined, purpose);
  }
  return choice.path;
}

/**
 * Tells the user that the program was not found, and how to fix it:
 * `configured` is the setting's value when it named the program.
 */
export async function reportNotFound(configured: string | undefined, purpose: string): Promise<void> {
  const openSettings = vscode.l10n.t("Open Settings");
  const message =
    configured !== undefined
      ? vscode.l10n.t(
          "Policy: cannot {0}: the `policy` program was not found at `{1}`. Correct the setting “policy.server.path”, or clear it to use the program bundled with the extension or on PATH.",
          purpose,
          configured,
        )
      : vscode.l10n.t(
          "Policy: cannot {0}: the `policy` program was not found on PATH, and this package of the extension has none inside. Install the platform package of the extension, the Debian package, or `cargo install policy-cli`, or set “policy.server.path” to the program's full path.",
          purpose,
        );
  const choice = await vscode.window.showErrorMessage(message, openSettings);
  if (choice === openSettings) {
    await vscode.commands.executeCommand("workbench.action.openSettings", "policy.server.path");
  }
}

/** Owns the running language client, if any. */
export class Server implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;

  constructor(private readonly output: vscode.OutputChannel) {}

  /** Starts the server (stopping a running one first). */
  async start(): Promise<void> {
    await this.stop();
    const program = await resolveProgram(vscode.l10n.t("start the language server"));
    if (program === undefined) {
      return;
    }
    const serverOptions: ServerOptions = {
      run: { command: program, args: ["lsp"] },
      debug: { command: program, args: ["lsp"] },
    };
    const watcher = vscode.workspace.createFileSystemWatcher("**/*.policy");
    this.watcher = watcher;
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: "file", language: "policy" },
        { scheme: "untitled", language: "policy" },
      ],
      synchronize: { fileEvents: watcher },
      outputChannel: this.output,
    };
    const client = new LanguageClient("policy", vscode.l10n.t("Policy language server"), serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
    } catch (e) {
      this.client = undefined;
      this.watcher = undefined;
      watcher.dispose();
      const message = e instanceof Error ? e.message : String(e);
      this.output.appendLine(vscode.l10n.t("The language server did not start: {0}", message));
      const showOutput = vscode.l10n.t("Show Output");
      const openSettings = vscode.l10n.t("Open Settings");
      const choice = await vscode.window.showErrorMessage(
        vscode.l10n.t("Policy: the language server (`{0} lsp`) did not start: {1}", program, message),
        showOutput,
        openSettings,
      );
      if (choice === showOutput) {
        this.output.show(true);
      } else if (choice === openSettings) {
        await vscode.commands.executeCommand("workbench.action.openSettings", "policy.server.path");
      }
    }
  }

  /** Stops the server, if it runs. */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.watcher?.dispose();
    this.watcher = undefined;
    if (client !== undefined) {
      try {
        await client.stop();
      } catch {
        // It may have died already.
      }
    }
  }

  dispose(): void {
    void this.stop();
  }
}
