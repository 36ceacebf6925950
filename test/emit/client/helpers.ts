// Shared by the client emitter's tests: the hand-written fixture spec and a runtime made of the
// contract's declarations (CONVENTIONS.md), so the emitter is tested apart from the runtime's code.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { LoadedSpec } from "../../../generator/emit/emitter.ts";
import { emitClientPackage, type RuntimePackage } from "../../../generator/emit/client/index.ts";
import { packageName } from "../../../generator/emit/naming.ts";
import { runtimePackage } from "../../../generator/emit/runtime/index.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { Service } from "../../../generator/spec/types.ts";

export const FIXTURES = join(import.meta.dirname, "fixtures");
export const GOLDEN = join(import.meta.dirname, "golden");

export function contractRuntime(): RuntimePackage {
  const dir = join(FIXTURES, "runtime-stub");
  return {
    version: "0.1.0",
    files: new Map([
      ["package.json", readFileSync(join(dir, "package.json"), "utf8")],
      ["dist/index.d.ts", readFileSync(join(dir, "dist/index.d.ts"), "utf8")],
    ]),
  };
}

export function sampleSpec(): LoadedSpec {
  const service = JSON.parse(readFileSync(join(FIXTURES, "sample.json"), "utf8")) as Service;
  return { path: "tencentcloud/sample/2020-01-01.json", service };
}

/**
 * Emits a spec's package against the real runtime (templates/runtime) and installs both into a
 * scratch node_modules, so tests can import and run the generated JavaScript as a user would.
 * Returns the package's directory; import its dist files with `loadModule`.
 */
export async function installPackage(spec: LoadedSpec, root: string): Promise<string> {
  const templatesDir = join(REPO_ROOT, "templates");
  const runtime = runtimePackage(templatesDir);
  const client = await emitClientPackage(spec, { specs: [spec], templatesDir, diagnostics: new Diagnostics("generated") }, runtime);
  const write = (dir: string, files: Map<string, string>) => {
    for (const [rel, text] of files) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
  };
  write(join(root, "node_modules", "@docs2sdk", "runtime"), runtime.files);
  const dir = join(root, "node_modules", packageName(spec.service));
  write(dir, client.files);
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module", private: true }));
  return dir;
}

/** Imports a file of an installed package (Node's own loader: bare imports resolve from its node_modules). */
export async function loadModule<T>(packageDir: string, rel: string): Promise<T> {
  return (await import(/* @vite-ignore */ pathToFileURL(join(packageDir, rel)).href)) as T;
}
