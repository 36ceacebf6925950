// Runs the runtime emitter into a temp directory and imports the emitted dist/ (the shipped ESM),
// typed by the template sources the emitter copies into src/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { runtimeEmitter } from "../../../generator/emit/runtime/index.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";

export type NodeRuntime = typeof import("../../../templates/runtime/src/index.node.ts");
export type WebRuntime = typeof import("../../../templates/runtime/src/index.ts");

export interface EmittedRuntime {
  dir: string;
  files: Map<string, string | Uint8Array>;
  node: NodeRuntime;
  web: WebRuntime;
  cleanup(): void;
}

export async function emitRuntime(): Promise<EmittedRuntime> {
  const files = await runtimeEmitter.emit({ specs: [], templatesDir: join(REPO_ROOT, "templates"), diagnostics: new Diagnostics("runtime") });
  const root = mkdtempSync(join(tmpdir(), "docs2sdk-runtime-"));
  for (const [rel, text] of files) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  const dir = join(root, "runtime");
  const node = (await import(pathToFileURL(join(dir, "dist/index.node.js")).href)) as NodeRuntime;
  const web = (await import(pathToFileURL(join(dir, "dist/index.js")).href)) as WebRuntime;
  return { dir, files, node, web, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
