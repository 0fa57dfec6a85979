// A stand-in for the `vscode` module, so that the commands can be run under
// plain Node against the real `policy` program (see commands.test.ts). It
// records what the extension shows and answers its questions from `answers`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from "node:fs";
import * as path from "node:path";

/** Everything the extension showed: messages, in order. */
export const messages: { kind: "error" | "warning" | "info"; text: string }[] = [];
/** The text of each output channel, by name. */
export const channels = new Map<string, string>();
/** Webview panels: title and HTML. */
export const panels: { title: string; html: string }[] = [];
/** Commands registered by the extension. */
export const registered = new Map<string, (...args: any[]) => any>();
/** Settings, by full key (`policy.server.path`). */
export const settings = new Map<string, unknown>();
/** What the user will answer. */
export const answers: { openDialog?: Uri[]; quickPick?: (items: any[]) => any } = {};
/** What `workspace.findFiles` finds. */
export const workspaceFiles: Uri[] = [];
/** The workspace folder. */
export const root = { path: process.cwd() };

export class Uri {
  constructor(
    readonly scheme: string,
    readonly fsPath: string,
  ) {}
  static file(p: string): Uri {
    return new Uri("file", path.resolve(p));
  }
  get path(): string {
    return this.fsPath;
  }
  toString(): string {
    return `${this.scheme}://${this.fsPath}`;
  }
}

export class Disposable {
  constructor(private readonly f?: () => void) {}
  static from(...ds: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => ds.forEach((d) => d.dispose()));
  }
  dispose(): void {
    this.f?.();
  }
}

export class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  event = (l: (e: T) => void) => {
    this.listeners.push(l);
    return new Disposable();
  };
  fire(e: T): void {
    this.listeners.forEach((l) => l(e));
  }
  dispose(): void {}
}

export enum ViewColumn {
  Beside = -2,
}
export enum ProgressLocation {
  Notification = 15,
}

function channel(name: string) {
  channels.set(name, "");
  const add = (s: string) => channels.set(name, (channels.get(name) ?? "") + s);
  return {
    name,
    append: add,
    appendLine: (s: string) => add(s + "\n"),
    clear: () => channels.set(name, ""),
    show: () => {},
    hide: () => {},
    dispose: () => {},
  };
}

function show(kind: "error" | "warning" | "info") {
  return (text: string) => {
    messages.push({ kind, text });
    return Promise.resolve(undefined);
  };
}

export const window = {
  activeTextEditor: undefined as any,
  createOutputChannel: channel,
  showErrorMessage: show("error"),
  showWarningMessage: show("warning"),
  showInformationMessage: show("info"),
  showOpenDialog: () => Promise.resolve(answers.openDialog),
  showQuickPick: (items: any[]) => Promise.resolve(answers.quickPick?.(items)),
  withProgress: (_o: unknown, task: (p: unknown, token: unknown) => Promise<unknown>) =>
    task({ report: () => {} }, { onCancellationRequested: () => new Disposable() }),
  createWebviewPanel: (_type: string, title: string) => {
    const panel = { title, html: "" };
    panels.push(panel);
    const webview = {
      cspSource: "vscode-webview:",
      set html(h: string) {
        panel.html = h;
      },
      get html() {
        return panel.html;
      },
    };
    return {
      webview,
      set title(t: string) {
        panel.title = t;
      },
      reveal: () => {},
      onDidDispose: () => new Disposable(),
    };
  },
};

export const workspace = {
  get workspaceFolders() {
    return [{ uri: Uri.file(root.path), name: "root", index: 0 }];
  },
  getWorkspaceFolder: (uri: Uri) =>
    uri.fsPath.startsWith(root.path) ? { uri: Uri.file(root.path), name: "root", index: 0 } : undefined,
  getConfiguration: (section: string) => ({
    get: <T>(key: string, fallback: T): T => (settings.get(`${section}.${key}`) as T | undefined) ?? fallback,
    // A setting in `settings` counts as set by the user (in the user settings).
    inspect: <T>(key: string) =>
      settings.has(`${section}.${key}`)
        ? { key, globalValue: settings.get(`${section}.${key}`) as T }
        : { key },
  }),
  textDocuments: [] as any[],
  asRelativePath: (p: string | Uri) => path.relative(root.path, typeof p === "string" ? p : p.fsPath),
  findFiles: () => Promise.resolve([...workspaceFiles]),
  fs: { readFile: (uri: Uri) => Promise.resolve(new Uint8Array(fs.readFileSync(uri.fsPath))) },
  onDidChangeConfiguration: () => new Disposable(),
  createFileSystemWatcher: () => ({ dispose: () => {} }),
};

/** `vscode.l10n`: the English text, with `{0}`, `{1}`… replaced by the arguments. */
export const l10n = {
  t: (message: string, ...args: (string | number | boolean)[]): string =>
    message.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole)),
};

export const commands = {
  registerCommand: (name: string, f: (...args: any[]) => any) => {
    registered.set(name, f);
    return new Disposable(() => registered.delete(name));
  },
  executeCommand: () => Promise.resolve(undefined),
};
