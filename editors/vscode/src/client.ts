// The language client: starts `policy lsp` (LSP over stdio) for policy files.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

import { findExecutable } from "./exec";

/** The `policy.server.path` setting, as written. */
export function configuredProgram(): string {
  return vscode.workspace.getConfiguration("policy").get<string>("server.path", "policy") || "policy";
}

/** The full path of the `policy` program, or `undefined` (after telling the user) when there is none. */
export async function resolveProgram(purpose: string): Promise<string | undefined> {
  const configured = configuredProgram();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const found = findExecutable(configured, {
    path: process.env.PATH,
    pathext: process.env.PATHEXT,
    platform: process.platform,
    baseDir: folder,
    workspaceFolder: folder,
  });
  if (found === undefined) {
    await reportNotFound(configured, purpose);
  }
  return found;
}

/** Tells the user that the program was not found, and how to fix it. */
export async function reportNotFound(configured: string, purpose: string): Promise<void> {
  const where = /[\\/]/.test(configured) ? `at \`${configured}\`` : `on PATH`;
  const choice = await vscode.window.showErrorMessage(
    `Policy: cannot ${purpose}: the \`policy\` program was not found ${where}. ` +
      `Install it (\`cargo install --path crates/policy-cli\` in the toolchain's repository) ` +
      `or set “policy.server.path” to the program's full path.`,
    "Open Settings",
  );
  if (choice === "Open Settings") {
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
    const program = await resolveProgram("start the language server");
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
    const client = new LanguageClient("policy", "Policy language server", serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
    } catch (e) {
      this.client = undefined;
      this.watcher = undefined;
      watcher.dispose();
      const message = e instanceof Error ? e.message : String(e);
      this.output.appendLine(`The language server did not start: ${message}`);
      const choice = await vscode.window.showErrorMessage(
        `Policy: the language server (\`${program} lsp\`) did not start: ${message}`,
        "Show Output",
        "Open Settings",
      );
      if (choice === "Show Output") {
        this.output.show(true);
      } else if (choice === "Open Settings") {
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
