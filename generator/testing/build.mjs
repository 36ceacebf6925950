// Builds docs2sdk/testing for publishing (npm's prepack runs it): generator/testing/index.ts bundled
// by esbuild into dist/testing/index.js (npm dependencies stay imports), and its declarations by tsc
// into dist/testing/types/. docs2sdk itself runs its .ts sources through tsx, but a user's tsc
// refuses .ts import paths (TS5097), so what a user's tests import must be JavaScript and .d.ts.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));
const out = join(root, "dist", "testing");
const entry = join(root, "generator", "testing", "index.ts");

rmSync(out, { recursive: true, force: true });
await build({ entryPoints: [entry], outfile: join(out, "index.js"), bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning" });

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const types = join(out, "types");
execFileSync(process.execPath, [tsc, entry, "--declaration", "--emitDeclarationOnly", "--allowImportingTsExtensions", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--strict", "--skipLibCheck", "--types", "node", "--rootDir", root, "--outDir", types], { stdio: "inherit" });

// The sources import each other as "./x.ts"; a consumer's tsc resolves "./x.js" to the emitted x.d.ts.
const RELATIVE_TS = /(["'])(\.{1,2}\/[^"']*)\.ts\1/g;
function rewrite(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) rewrite(path);
    else if (entry.name.endsWith(".d.ts")) writeFileSync(path, readFileSync(path, "utf8").replace(RELATIVE_TS, "$1$2.js$1"));
  }
}
rewrite(types);
