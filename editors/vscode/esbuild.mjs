// Bundles the extension (src/extension.ts and its dependencies) into dist/extension.js,
// or, with --tests, the unit tests under test/ into out/test/.
//   node esbuild.mjs [--production] [--watch] [--tests]
import * as esbuild from "esbuild";
import { readdirSync } from "node:fs";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");
const tests = process.argv.includes("--tests");

const options = tests
  ? {
      entryPoints: readdirSync("test")
        .filter((f) => f.endsWith(".test.ts"))
        .map((f) => `test/${f}`),
      outdir: "out/test",
      bundle: true,
      // The commands run under Node with a stand-in for VS Code.
      alias: { vscode: "./test/vscode-stub.ts", "vscode-languageclient/node": "./test/languageclient-stub.ts" },
      platform: "node",
      format: "cjs",
      target: "node18",
      sourcemap: true,
      logLevel: "warning",
    }
  : {
      entryPoints: ["src/extension.ts"],
      outfile: "dist/extension.js",
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node18",
      external: ["vscode"],
      minify: production,
      sourcemap: !production,
      sourcesContent: false,
      logLevel: "warning",
    };

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
