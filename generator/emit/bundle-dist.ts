// A package's compiled dist/ re-bundled per entry point, with the code shared between entries in
// chunks. Node loads ESM module by module, so a package whose entry pulls in a few dozen files
// spends most of its start-up resolving and loading them; one file per entry (plus shared chunks,
// so that a class has one identity whichever entry it is reached from) loads in a fraction of that.
// Bundlers still tree-shake the result statement by statement.
import { posix } from "node:path";
import * as esbuild from "esbuild";

const NAMESPACE = "docs2sdk-dist";
const OUT = "/dist-out";

/**
 * Bundles `entries` (paths such as "dist/index.js") from the in-memory compiler outputs. Relative
 * imports are followed; bare and node: imports stay imports. Returns the new JavaScript files by
 * package-relative path: the entries at their own paths and shared code under dist/chunks/.
 */
export async function bundleEntries(outputs: Map<string, string>, entries: string[], banner = ""): Promise<Map<string, string>> {
  const result = await esbuild.build({
    entryPoints: entries,
    bundle: true,
    splitting: true,
    write: false,
    outdir: OUT,
    outbase: "dist",
    entryNames: "[dir]/[name]",
    chunkNames: "chunks/[name]-[hash]",
    format: "esm",
    platform: "neutral",
    target: "es2022",
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
    ...(banner ? { banner: { js: banner } } : {}),
    plugins: [
      {
        name: "in-memory-dist",
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === "entry-point") return { path: args.path, namespace: NAMESPACE };
            if (!args.path.startsWith(".")) return { path: args.path, external: true };
            const path = posix.normalize(posix.join(posix.dirname(args.importer), args.path));
            if (!outputs.has(path)) return { errors: [{ text: `${args.importer} imports ${args.path}, which the compile did not produce` }] };
            return { path, namespace: NAMESPACE };
          });
          build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({ contents: outputs.get(args.path)!, loader: "js" }));
        },
      },
    ],
  });
  const out = new Map<string, string>();
  for (const f of result.outputFiles) {
    const rel = posix.relative(OUT, f.path.split("\\").join("/"));
    out.set(posix.join("dist", rel), f.text);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
