// Emits the shared runtime package generated/runtime (@docs2sdk/runtime) from templates/runtime:
// src/ copied verbatim (*.hbs files rendered), dist/ compiled to ESM + .d.ts with compile-ts. The
// runtime does not depend on any spec; it is written once and every client package imports it.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { threadId } from "node:worker_threads";
import { join, posix } from "node:path";
import Handlebars from "handlebars";
import type { Emitter } from "../emitter.ts";
import { DEFAULT_PACKAGE_OPTIONS, runtimePackageName, type PackageOptions } from "../naming.ts";
import { withPackageMetadata } from "../../config/package-json.ts";
import { bundleHubs } from "../bundle-dist.ts";
import { compilePackage, type CompileResult } from "../compile-ts.ts";
import { NODE_BUILTINS_DTS } from "./node-builtins.ts";

export const RUNTIME_DIR = "runtime";
/** The runtime's version until a release records one in spec/versions.json. */
export const RUNTIME_VERSION = "0.1.0";

export interface RuntimePackageFiles {
  version: string;
  /** Package-relative paths ("package.json", "src/index.ts", "dist/index.d.ts"), sorted. */
  files: Map<string, string>;
}

function listFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out.sort();
}

/** Renders and compiles the runtime package. Throws if the sources do not type-check under strict. */
export function buildRuntimePackage(templatesDir: string, packages: PackageOptions = DEFAULT_PACKAGE_OPTIONS, version = RUNTIME_VERSION, compileCacheDir?: string): RuntimePackageFiles {
  const root = join(templatesDir, "runtime");
  const data = { version, name: runtimePackageName(packages), scope: packages.scope };
  const files = new Map<string, string>();
  for (const rel of listFiles(root)) {
    const text = readFileSync(join(root, rel), "utf8");
    if (rel.endsWith(".hbs")) files.set(rel.slice(0, -4), Handlebars.compile(text, { noEscape: true, strict: true })(data));
    else files.set(rel, text);
  }
  if (files.has("package.json")) files.set("package.json", withPackageMetadata(files.get("package.json")!, packages));
  // package.json goes in too: its "type": "module" is what makes the compiler emit ESM.
  const sources = new Map([...files].filter(([rel]) => rel === "package.json" || (rel.startsWith("src/") && rel.endsWith(".ts"))));
  // The Node built-ins' declarations join the compile as a declaration file, which emits nothing.
  sources.set("src/__node-builtins.d.ts", NODE_BUILTINS_DTS);
  const compiled = compiledRuntime(sources, compileCacheDir);
  if (compiled.errors.length > 0) {
    throw new Error(
      `runtime emitter: templates/runtime does not type-check under strict (${compiled.errors.length} errors):\n` +
        compiled.errors.map((e) => `  runtime/${e}`).join("\n"),
    );
  }
  for (const [rel, text] of compiled.outputs) files.set(rel, text);
  return { version, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

// The runtime emitter and the client emitter (which compiles every client against the runtime's
// declarations) both need the compiled runtime; compiling it takes seconds, so each process compiles
// it once per distinct source text, and, given a compile cache directory, once across runs (a run
// that re-emits one client package would otherwise spend as long on the runtime as on the client).
// Keyed by content and compiler version, not by directory: `generate --watch` re-renders edited
// templates in the same process.
const compiledBySources = new Map<string, CompileResult>();

function compiledRuntime(sources: Map<string, string>, cacheDir: string | undefined): CompileResult {
  const key = createHash("sha256").update(compilerIdentity()).update("\0").update(JSON.stringify([...sources])).digest("hex");
  let compiled = compiledBySources.get(key) ?? (cacheDir ? readCompiled(cacheDir, key) : undefined);
  if (!compiled) {
    compiled = compilePackage({ sources });
    if (cacheDir) writeCompiled(cacheDir, key, compiled);
  }
  compiledBySources.set(key, compiled);
  return compiled;
}

/** What else a compile's output depends on: the compiler's version and compile-ts.ts (its options and host). */
let identity: string | undefined;
function compilerIdentity(): string {
  if (identity === undefined) {
    // The version from the package's manifest: loading the compiler itself is what a cache hit saves.
    const { version } = createRequire(import.meta.url)("typescript/package.json") as { version: string };
    identity = `${version}\0${readFileSync(new URL("../compile-ts.ts", import.meta.url), "utf8")}`;
  }
  return identity;
}

function readCompiled(cacheDir: string, key: string): CompileResult | undefined {
  try {
    const value = JSON.parse(readFileSync(join(cacheDir, `${key}.json`), "utf8")) as { outputs: [string, string][]; errors: string[] };
    return { outputs: new Map(value.outputs), errors: value.errors };
  } catch {
    return undefined; // absent or damaged: compiled again
  }
}

/** Keeps only this compile in the directory: an older runtime is never asked for again. */
function writeCompiled(cacheDir: string, key: string, compiled: CompileResult): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const path = join(cacheDir, `${key}.json`);
    const tmp = `${path}.tmp-${process.pid}-${threadId}`;
    writeFileSync(tmp, JSON.stringify({ outputs: [...compiled.outputs], errors: compiled.errors }));
    renameSync(tmp, path);
    for (const name of readdirSync(cacheDir)) if (name !== `${key}.json` && /^[0-9a-f]{64}\.json$/.test(name)) rmSync(join(cacheDir, name), { force: true });
  } catch {
    // The cache is an optimisation: a run that cannot write it compiles again next time.
  }
}

const cache = new Map<string, RuntimePackageFiles>();

/** buildRuntimePackage, computed once per templates directory (the client emitter compiles against it). */
export function runtimePackage(templatesDir: string, packages: PackageOptions = DEFAULT_PACKAGE_OPTIONS, version = RUNTIME_VERSION, compileCacheDir?: string): RuntimePackageFiles {
  const key = `${templatesDir}\0${JSON.stringify(packages)}\0${version}`;
  let pkg = cache.get(key);
  if (!pkg) cache.set(key, (pkg = buildRuntimePackage(templatesDir, packages, version, compileCacheDir)));
  return pkg;
}

/**
 * The entry points of the shipped JavaScript: every file the package's "exports" map points at,
 * plus the modules index.node.ts loads on first need by URL (loadOwn("credentials/node.js")).
 */
export function runtimeEntries(files: Map<string, string>): string[] {
  const entries = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === "string") {
      if (value.endsWith(".js")) entries.add(posix.normalize(value));
    } else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(JSON.parse(files.get("package.json") ?? "{}").exports);
  for (const entry of loadedByNodeEntry(files)) entries.add(entry);
  return [...entries].sort();
}

/** The modules index.node.ts loads on first need by URL (loadOwn("credentials/node.js")), as dist paths. */
function loadedByNodeEntry(files: Map<string, string>): string[] {
  return [...(files.get("src/index.node.ts") ?? "").matchAll(/loadOwn(?:<[^>]*>)?\("([^"]+)"\)/g)].map((m) => posix.join("dist", m[1]!));
}

/** The two platform entries: each ships as one self-contained module that Node loads in one step. */
export const RUNTIME_HUBS = { node: "dist/index.node.js", browser: "dist/index.js" } as const;

/**
 * The package as shipped: dist/index.node.js and dist/index.js bundled into one module each, every
 * other entry a re-export of one of them (see bundleHubs): of the Node one when it imports node:
 * modules or index.node.ts loads it on first need, else of the browser one, so that browser bundles
 * never meet a node: import. Declarations unchanged.
 */
export async function shippedRuntimePackage(templatesDir: string, packages?: PackageOptions, version = RUNTIME_VERSION, compileCacheDir?: string): Promise<Map<string, string>> {
  const files = buildRuntimePackage(templatesDir, packages, version, compileCacheDir).files;
  const compiledJs = new Map([...files].filter(([rel]) => rel.startsWith("dist/") && rel.endsWith(".js")));
  const hubs = Object.values(RUNTIME_HUBS);
  const nodeOnly = new Set(loadedByNodeEntry(files));
  const others = runtimeEntries(files).filter((entry) => !hubs.includes(entry as (typeof hubs)[number]));
  const bundled = await bundleHubs(compiledJs, hubs, others, (entry, externals) =>
    nodeOnly.has(entry) || externals.some((e) => e.startsWith("node:")) ? RUNTIME_HUBS.node : RUNTIME_HUBS.browser,
  );
  const out = new Map([...files].filter(([rel]) => !compiledJs.has(rel)));
  for (const [rel, text] of bundled) out.set(rel, text);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The README at the root of the output directory: how the repository links the packages as npm
 * workspaces (the clients import the runtime by name) and runs their generated tests.
 */
export function outputReadme(templatesDir: string, packages?: PackageOptions): string {
  const template = Handlebars.create().compile(readFileSync(join(templatesDir, "README.md.hbs"), "utf8"), { noEscape: true, strict: true });
  return template({ runtime: `\`${runtimePackageName(packages)}\``, mcp: packages?.packaging?.mcp !== false });
}

export const runtimeEmitter: Emitter = {
  name: "runtime",
  specFree: true,
  usesCompiler: true,
  async emit({ templatesDir, packages, runtimeVersion, compileCacheDir }) {
    const out = new Map<string, string>();
    for (const [rel, text] of await shippedRuntimePackage(templatesDir, packages, runtimeVersion, compileCacheDir)) out.set(posix.join(RUNTIME_DIR, rel), text);
    out.set("README.md", outputReadme(templatesDir, packages));
    return out;
  },
};
