// Emits one npm client package per spec file: generated/<dir>/{package.json, tsconfig.json, src/**, dist/**}.
// The package is compiled here, in memory, against the runtime's declarations, so every generate
// proves that it type-checks under `strict` and ships ready-to-run ESM JavaScript with .d.ts files.
import { posix } from "node:path";
import type { Emitter, EmitContext, LoadedSpec } from "../emitter.ts";
import { Diagnostics } from "../../spec/diagnostics.ts";
import type { CompileInput, CompileResult } from "../compile-ts.ts";
import { runtimePackageName, type PackageOptions } from "../naming.ts";
import { withPackageMetadata } from "../../config/package-json.ts";
import { runtimePackage } from "../runtime/index.ts";
import { bundleIndex } from "./bundle-index.ts";
import { buildPackageModel } from "./model.ts";
import { formatFiles, loadTemplates, renderPackage } from "./render.ts";

/** What a client package needs to know about the runtime it depends on. */
export interface RuntimePackage {
  /** The runtime's package version; clients depend on "^<version>". */
  version: string;
  /** The runtime's package.json and declaration files, package-relative ("package.json", "dist/index.d.ts"). */
  files: Map<string, string>;
}

export interface ClientEmitterOptions {
  /** Supplies the runtime package the clients compile against and depend on (called on every emit). */
  runtime: (ctx: EmitContext) => Promise<RuntimePackage>;
}

/** Files that only the type checker needs from the runtime, as compile-ts's virtual node_modules. */
function runtimeLibrary(runtime: RuntimePackage, packages: PackageOptions | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [rel, text] of runtime.files) {
    if (rel === "package.json" || rel.endsWith(".d.ts")) out.set(posix.join("/node_modules", runtimePackageName(packages), rel), text);
  }
  return out;
}

/** Compiles in this thread (the TypeScript compiler is loaded on first use: a run may compile elsewhere). */
async function compileHere(input: CompileInput): Promise<CompileResult> {
  return (await import("../compile-ts.ts")).compilePackage(input);
}

/** Emits the package of one spec, package-relative paths (no generated/<dir>/ prefix). */
export async function emitClientPackage(
  loaded: LoadedSpec,
  ctx: EmitContext,
  runtime: RuntimePackage,
): Promise<{ dir: string; files: Map<string, string> }> {
  const model = buildPackageModel(loaded, ctx.diagnostics, ctx.packages);
  const sources = await formatFiles(renderPackage(model, loadTemplates(ctx.templatesDir), { runtimeRange: `^${runtime.version}` }));
  const compiled = await (ctx.compile ?? compileHere)({ sources, libraries: runtimeLibrary(runtime, ctx.packages) });
  if (compiled.errors.length > 0) {
    const shown = compiled.errors.slice(0, 20).map((e) => `  ${model.dir}/${e}`);
    const more = compiled.errors.length > shown.length ? [`  ... and ${compiled.errors.length - shown.length} more`] : [];
    throw new Error(
      `client emitter: the package for spec/${loaded.path} does not type-check under strict (${compiled.errors.length} errors):\n` +
        [...shown, ...more].join("\n"),
    );
  }
  const files = new Map<string, string>(sources);
  if (files.has("package.json")) files.set("package.json", withPackageMetadata(files.get("package.json")!, ctx.packages));
  for (const [path, text] of compiled.outputs) files.set(path, text);
  const banner = model.header + "// The package entry as one module, for fast start-up; each action is also its own module in ./commands/.";
  files.set("dist/index.js", await bundleIndex(compiled.outputs, banner));
  return { dir: model.dir, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

export function createClientEmitter(options: ClientEmitterOptions): Emitter {
  return {
    name: "client",
    perSpec: true,
    feedsCompiler: true,
    // The runtime the packages compile against, compiled while the documents are still being parsed.
    async prepare(ctx) {
      await options.runtime({ ...ctx, specs: [], diagnostics: new Diagnostics("generated (client)") });
    },
    async emit(ctx) {
      const rt = await options.runtime(ctx);
      const out = new Map<string, string>();
      // Superseded specs describe an older document of an API that has a newer spec: no package.
      for (const loaded of ctx.specs.filter((s) => !s.service.supersededBy)) {
        const { dir, files } = await emitClientPackage(loaded, ctx, rt);
        for (const [path, text] of files) out.set(`${dir}/${path}`, text);
      }
      return out;
    },
  };
}

/** The registered client emitter: packages compile against the runtime emitted from the same templates. */
export const clientEmitter: Emitter = createClientEmitter({ runtime: async (ctx) => runtimePackage(ctx.templatesDir, ctx.packages, ctx.runtimeVersion, ctx.compileCacheDir) });
