// Webviews: the evaluation report (Markdown rendered to HTML) and the comparison
// (the HTML `policy compare` prints). Scripts never run in them.
import MarkdownIt from "markdown-it";
import * as vscode from "vscode";

import { withCsp } from "./exec";

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const panels = new Map<string, vscode.WebviewPanel>();

/** Shows `html` in the panel `key`, reusing it when it is still open. */
function show(key: string, title: string, render: (webview: vscode.Webview) => string): void {
  let panel = panels.get(key);
  if (panel === undefined) {
    panel = vscode.window.createWebviewPanel(
      `policy.${key}`,
      title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, enableFindWidget: true, localResourceRoots: [] },
    );
    panel.onDidDispose(() => panels.delete(key));
    panels.set(key, panel);
  } else {
    panel.reveal(vscode.ViewColumn.Beside, true);
  }
  panel.title = title;
  panel.webview.html = render(panel.webview);
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size);
       color: var(--vscode-foreground); background: var(--vscode-editor-background);
       line-height: 1.5; padding: 0 1.5em 2em; max-width: 60em; }
h1, h2, h3 { font-weight: 600; border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: .2em; }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background);
       padding: 0 .25em; border-radius: 3px; }
pre { background: var(--vscode-textCodeBlock-background); padding: .6em; overflow-x: auto; }
table { border-collapse: collapse; margin: .6em 0; }
th, td { border: 1px solid var(--vscode-panel-border); padding: .25em .6em; text-align: left; vertical-align: top; }
th { background: var(--vscode-editor-inactiveSelectionBackground); }
blockquote { margin: .6em 0; padding: .1em 1em; border-left: 4px solid var(--vscode-textBlockQuote-border);
             background: var(--vscode-textBlockQuote-background); }
a { color: var(--vscode-textLink-foreground); }
.source { color: var(--vscode-descriptionForeground); font-size: 90%; }
`;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

/** Shows an evaluation report written in Markdown. */
export function showMarkdownReport(title: string, source: string, text: string): void {
  show("report", title, (webview) =>
    withCsp(
      `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
        `<style>${STYLE}</style></head><body>` +
        `<p class="source">${escapeHtml(source)}</p>` +
        markdown.render(text) +
        `</body></html>`,
      webview.cspSource,
    ),
  );
}

/** Shows the HTML page printed by `policy compare --format html`. */
export function showHtml(title: string, html: string): void {
  // The page is styled for paper (dark text, no background of its own): give it a white
  // page whatever the editor's theme. Its own styles come later and win.
  const light = "<style>html, body { background: #fff; color: #1d1d1d; color-scheme: light; }</style>";
  show("compare", title, (webview) => withCsp(html, webview.cspSource, light));
}
