// dist/index.js as one module. Node loads ESM module by module: a root entry that re-exports a
// few hundred per-action files costs 150-400 ms of start-up here, while the same code as a single
// module loads in ~10-30 ms (AWS SDK v3 ships its clients' dist bundled per entry for the same
// reason). Bundlers still tree-shake it statement by statement (the commands are plain function
// declarations), and the per-action modules stay in dist/commands/ for subpath imports.
import { posix } from "node:path";
import * as esbuild from "esbuild";

const NAMESPACE = "docs2sdk-dist";

/**
 * Bundles the compiled `dist/index.js` of a package with its relative imports, from the in-memory
 * compiler outputs; bare imports (the runtime) stay imports.
 */
export async function bundleIndex(outputs: Map<string, string>, banner: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: ["dist/index.js"],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
    banner: { js: banner },
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
  return result.outputFiles[0]!.text;
}
