// dist/index.js as one module. Node loads ESM module by module: a root entry that re-exports a
// few hundred per-action files costs 150-400 ms of start-up here, while the same code as a single
// module loads in ~10-30 ms (AWS SDK v3 ships its clients' dist bundled per entry for the same
// reason). Bundlers still tree-shake it statement by statement (the commands are plain function
// declarations), and the per-action modules stay in dist/commands/ for subpath imports.
import { bundleEntries } from "../bundle-dist.ts";

/**
 * Bundles the compiled `dist/index.js` of a package with its relative imports, from the in-memory
 * compiler outputs; bare imports (the runtime) stay imports.
 */
export async function bundleIndex(outputs: Map<string, string>, banner: string): Promise<string> {
  const bundled = await bundleEntries(outputs, ["dist/index.js"], banner);
  if (bundled.size !== 1) throw new Error(`bundling dist/index.js produced ${[...bundled.keys()].join(", ")}, not one module`);
  return bundled.get("dist/index.js")!;
}
