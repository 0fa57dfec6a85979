// A stand-in for `vscode-languageclient/node` in the commands test: the
// language server itself is not started there.
export type ServerOptions = unknown;
export type LanguageClientOptions = unknown;

/** Records that a client was made; `start` fails as if the server could not run. */
export class LanguageClient {
  static made = 0;
  constructor(..._args: unknown[]) {
    LanguageClient.made++;
  }
  start(): Promise<void> {
    return Promise.reject(new Error("not started in tests"));
  }
  stop(): Promise<void> {
    return Promise.resolve();
  }
}
