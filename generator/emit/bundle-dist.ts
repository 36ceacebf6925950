// A package's compiled dist/ re-bundled per entry point. Node loads ESM module by module, so a package
// whose entry pulls in a few dozen files spends most of its start-up resolving and loading them; one
// file per entry loads in a fraction of that. Code that several entries share must keep one identity
// (an error class is checked with instanceof): either in shared chunks (bundleEntries) or in one
// self-contained "hub" module that the other entries re-export (bundleHubs, fewer files to load).
// Bundlers still tree-shake the result statement by statement.
import { posix } from "node:path";
import * as esbuild from "esbuild";

const NAMESPACE = "docs2sdk-dist";
const OUT = "/dist-out";

function inMemoryDist(outputs: Map<string, string>): esbuild.Plugin {
  return {
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
  };
}

const COMMON_OPTIONS = {
  bundle: true,
  write: false,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  charset: "utf8",
  legalComments: "none",
  logLevel: "silent",
} as const satisfies esbuild.BuildOptions;

/** One entry bundled into a single self-contained module: its text, export names and bare (external) imports. */
async function bundleAlone(outputs: Map<string, string>, entry: string, banner: string): Promise<{ text: string; exports: string[]; externals: string[] }> {
  const result = await esbuild.build({
    ...COMMON_OPTIONS,
    entryPoints: [entry],
    outfile: posix.join(OUT, entry),
    metafile: true,
    ...(banner ? { banner: { js: banner } } : {}),
    plugins: [inMemoryDist(outputs)],
  });
  const [output] = Object.values(result.metafile.outputs);
  const externals = [...new Set(output!.imports.filter((i) => i.external).map((i) => i.path))].sort();
  return { text: result.outputFiles[0]!.text, exports: [...output!.exports].sort(), externals };
}

/**
 * The package's entries as "hubs": each hub is one self-contained module (Node then resolves, reads and
 * links one file where chunks cost a few milliseconds of start-up each), and every other entry is a
 * one-line re-export of the hub `hubOf` assigns it, so that a class keeps one identity whichever
 * entry it is reached from. `hubOf` sees the entry's bare imports (to keep node: modules out of a
 * browser hub). Fails, naming both, when an entry exports a name its hub does not.
 */
export async function bundleHubs(
  outputs: Map<string, string>,
  hubs: string[],
  others: string[],
  hubOf: (entry: string, externals: string[]) => string,
  banner = "",
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const hubExports = new Map<string, Set<string>>();
  for (const hub of hubs) {
    const bundled = await bundleAlone(outputs, hub, banner);
    out.set(hub, bundled.text);
    hubExports.set(hub, new Set(bundled.exports));
  }
  for (const entry of others) {
    const { exports, externals } = await bundleAlone(outputs, entry, "");
    const hub = hubOf(entry, externals);
    const available = hubExports.get(hub);
    if (!available) throw new Error(`${entry} is assigned to ${hub}, which is not a hub (${hubs.join(", ")})`);
    const missing = exports.filter((name) => !available.has(name));
    if (missing.length > 0) throw new Error(`${entry} exports ${missing.join(", ")}, which its hub ${hub} does not export`);
    let from = posix.relative(posix.dirname(entry), hub);
    if (!from.startsWith(".")) from = "./" + from;
    out.set(entry, `${banner ? banner + "\n" : ""}export { ${exports.join(", ")} } from ${JSON.stringify(from)};\n`);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Bundles `entries` (paths such as "dist/index.js") from the in-memory compiler outputs. Relative
 * imports are followed; bare and node: imports stay imports. Returns the new JavaScript files by
 * package-relative path: the entries at their own paths and shared code under dist/chunks/.
 */
export async function bundleEntries(outputs: Map<string, string>, entries: string[], banner = ""): Promise<Map<string, string>> {
  const result = await esbuild.build({
    ...COMMON_OPTIONS,
    entryPoints: entries,
    splitting: true,
    outdir: OUT,
    outbase: "dist",
    entryNames: "[dir]/[name]",
    chunkNames: "chunks/[name]-[hash]",
    ...(banner ? { banner: { js: banner } } : {}),
    plugins: [inMemoryDist(outputs)],
  });
  const out = new Map<string, string>();
  for (const f of result.outputFiles) {
    const rel = posix.relative(OUT, f.path.split("\\").join("/"));
    out.set(posix.join("dist", rel), f.text);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
