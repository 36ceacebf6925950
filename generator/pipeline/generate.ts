// The build step: documents -> spec/ -> generated/.
//
// The spec files, report and versions are computed in memory; each emitted file is compared with
// generated/ as its emitter unit finishes and, when it differs, written to its temporary sibling at
// once (StagedTree in sync-tree.ts), so the run never holds the whole output. Nothing replaces a
// file until the whole run is sound: then spec/ and generated/ are committed together, only the
// files whose bytes change, in one commit that a rerun completes after any interruption (see
// sync-tree.ts); a run that fails before removes what it staged. A document that cannot be parsed
// never costs the spec files it produced before, and generated/ loses only files an earlier run
// emitted (listed in its manifest), never the user's own.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { diagnostic, type Coverage, type Diagnostic } from "../spec/diagnostics.ts";
import type { Language, Service } from "../spec/types.ts";
import { specPath } from "../spec/types.ts";
import type { Emitter, LoadedSpec } from "../emit/emitter.ts";
import type { PackageOptions } from "../emit/naming.ts";
import type { Dialect } from "../parse/dialect.ts";
import { emitters as defaultEmitters } from "../emit/emitters.ts";
import { CommitSteps, commitPlans, listFiles, pendingChanges, recoverInterrupted, StagedTree, type FileContent, type RefusedJournal, type SyncPlan, type SyncResult } from "./sync-tree.ts";
import { BuildCache, contentHash, deserializeFiles, fingerprint, serializeFiles, sha256, type SerializedFiles } from "./cache.ts";
import { diffSpecs, type SpecDiff } from "../diff/spec-diff.ts";
import { packageHash, packageIndex, type HashedPackage, pendingRelease, readVersionEntries, readVersions, releasedVersion, RUNTIME_KEY, type PendingRelease, type VersionEntry } from "./versions.ts";
import { readReleasedApis, releasedService, type ReleasedApi } from "./released-api.ts";
import { CHANGELOG_FILE, NO_RELEASE_YET, readChangelog } from "./changelog.ts";
import { packageDir, packageName, runtimePackageName } from "../emit/naming.ts";
import { mergeSourceLines, readSourceLines, SOURCE_LINES_FILE, splitSourceLines, type SpecSourceLines } from "./source-lines.ts";
import { ConfigError, type ConfigProblem } from "../config/load.ts";
import { upToDate, type UpToDate } from "./up-to-date.ts";
import { parseFresh, type ParsedDocument } from "./parse-one.ts";
import { defaultWorkers, WorkerPool } from "./worker-pool.ts";
import { performTask, runEmitter, type EmitSettings } from "./pool-tasks.ts";
import { OutputIndex } from "./output-index.ts";
import type { CompileInput, CompileResult } from "../emit/compile-ts.ts";

/** Where in the cache the output index (output-index.ts) is kept. */
const OUTPUT_INDEX_DIR = "output";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");

export interface GenerateOptions {
  /** Repository root holding spec/, templates/ and generated/. */
  root?: string;
  /** Documents to parse; default: every *.txt in spec/sources/. */
  inputs?: string[];
  /** Compare only: report what would change, write nothing. */
  check?: boolean;
  /** Kept for compatibility: an error diagnostic always fails the run unless keepGoing is set. */
  strict?: boolean;
  /**
   * Write what parsed even when a document has error diagnostics (the run still reports them and the
   * CLI still exits non-zero). Default: any error diagnostic fails the run and nothing is written.
   */
  keepGoing?: boolean;
  /** Parse only; leave generated/ alone. */
  specOnly?: boolean;
  /** Which language's document supplies a spec that documents in two languages produce (config `preferLanguage`). */
  preferLanguage?: Language[];
  emitters?: Emitter[];
  dialects?: Dialect[];
  /** Progress lines (per document, per stage); silent when absent. */
  progress?: (message: string) => void;
  /** Reuse results whose inputs did not change (default true); kept in .cache/docs2sdk/. */
  cache?: boolean;
  /** Where the spec files go (default <root>/spec). */
  specDir?: string;
  /** Where the emitted files go (default <root>/generated). */
  outDir?: string;
  /** The templates (default <root>/templates if present, else the tool's own). */
  templatesDir?: string;
  /** Package names and metadata (default: docs2sdk's own, "@docs2sdk/..."). */
  packages?: PackageOptions;
  /**
   * Worker threads that parse documents and run the tool's own emitters beside this thread
   * (worker-pool.ts); 0 runs everything in this thread. Default: DOCS2SDK_WORKERS, else one per core
   * besides this one. The output is the same.
   */
  workers?: number;
  /** The docs2sdk.config.json these options come from, named in configuration errors. */
  configFile?: string;
}

/** What each stage's results depend on besides its input; a change here redoes the stage. */
// Paths are relative to the tool's own root (REPO_ROOT), whatever project root a run writes to.
const PARSE_CODE = ["generator/parse", "generator/spec", "generator/pipeline", "spec/schema.json", "package-lock.json"];
const EMIT_CODE = ["generator/emit", "generator/spec", "generator/pipeline", "package-lock.json"];
export const CACHE_DIR = ".cache/docs2sdk";

export interface DocumentReport {
  file: string;
  services: string[];
  coverage: Coverage[];
  diagnostics: Diagnostic[];
  /** The document produced nothing usable (unreadable, unrecognized, or no actions). */
  failed: boolean;
}

export interface GenerateResult {
  documents: DocumentReport[];
  spec: SyncResult;
  /**
   * What changed in the API of each spec file this run rewrites, against the file it replaces (the
   * same classification as `docs2sdk diff`); specs whose API is unchanged are not listed.
   */
  apiChanges: SpecDiff[];
  /**
   * Every package whose content differs from its last release (spec/versions.json), with the version
   * `docs2sdk version` would release it at; generate itself moves no version. Runtime first, then by spec path.
   */
  pendingReleases: PendingRelease[];
  generated?: SyncResult;
  /** What the emitters reported (fixture summaries, examples that contradict their parameters...). */
  emitDiagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** True when the run refused to write (error diagnostics without keepGoing). */
  aborted: boolean;
  /**
   * Under check: files an interrupted run committed but did not finish writing (a run without
   * --check completes them first), relative to the spec directory.
   */
  pending: string[];
  cache: { hits: number; misses: number };
  /** Journals of dead runs that were not replayed because a path in them lies outside this run's trees (left where they are). */
  refusedJournals: RefusedJournal[];
}

export const SPEC_REPORT = "report.json";
/** In the output directory: every file docs2sdk emitted there, the only files a later run may delete. */
export const MANIFEST = ".docs2sdk-manifest.json";

/** The files the last run emitted into outDir (empty when it has no manifest: then nothing is deleted). */
function readManifest(outDir: string): Set<string> {
  try {
    const value = JSON.parse(readFileSync(join(outDir, MANIFEST), "utf8")) as { files?: unknown };
    return new Set(Array.isArray(value.files) ? value.files.filter((f): f is string => typeof f === "string") : []);
  } catch {
    return new Set();
  }
}

/** There is nothing to parse; `message` says where the run looked. */
export class NoInputsError extends Error {
  constructor(readonly where: string) {
    super(`no documents to parse: ${where}`);
    this.name = "NoInputsError";
  }
}

/** The directory the default inputs come from. */
export function defaultInputsDir(root: string): string {
  return join(root, "spec", "sources");
}

export function defaultInputs(root: string): string[] {
  const dir = defaultInputsDir(root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(dir, f));
}

function displayPath(root: string, path: string): string {
  const rel = relative(root, resolve(path));
  return rel.startsWith("..") ? path : rel.split(sep).join("/");
}

/** Stable JSON: two-space indent and a final newline, keys in insertion (document) order. */
export function specJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/** Parses one document (parse-one.ts); cached by the document's bytes and the parser code. */
async function parseOne(input: string, file: string, code: string, cache: BuildCache, dialects: Dialect[] | undefined, pool: WorkerPool | undefined): Promise<ParsedDocument> {
  const key = existsSync(input) ? sha256(code, file, readFileSync(input)) : undefined;
  const cached = key ? cache.get<ParsedDocument>("parse", key) : undefined;
  if (cached) return cached;
  // Only the tool's own dialects can be loaded by a worker.
  const result = pool && !dialects ? await pool.run<ParsedDocument>({ kind: "parse", input, file }) : await parseFresh(input, file, dialects);
  if (key) cache.set("parse", key, result);
  return result;
}

/** Parses documents into spec file contents, with one report per document. */
export async function parseDocuments(
  root: string,
  inputs: string[],
  cache = new BuildCache("", false),
  dialects?: Dialect[],
  preferLanguage: readonly Language[] = [],
  pool?: WorkerPool,
): Promise<{ files: Map<string, Service>; documents: DocumentReport[] }> {
  const files = new Map<string, Service>();
  const documents: DocumentReport[] = [];
  const code = fingerprint(REPO_ROOT, PARSE_CODE);
  // Every document is parsed at once (in the pool's workers when there is one); results are taken in input order.
  const parsed = await Promise.all(inputs.map((input) => parseOne(input, displayPath(root, input), code, cache, dialects, pool)));
  for (const [i, input] of inputs.entries()) {
    const file = displayPath(root, input);
    const { report, services } = parsed[i]!;
    const diagnostics = [...report.diagnostics];
    // A document that produced nothing usable never replaces the spec files it made before.
    for (const service of report.failed ? [] : services) {
      const path = specPath(service);
      if (files.has(path) && languageOf(files.get(path)!) !== languageOf(service)) {
        const kept = files.get(path)!;
        const choice = chooseLanguage(kept, service, preferLanguage);
        const other = kept.source?.file ?? "another document";
        if (choice === undefined) {
          diagnostics.push(diagnostic("spec.language", file, service.source?.startLine ?? 1, `${path} is produced by this ${languageOf(service)} document and by the ${languageOf(kept)} document ${other}; keeping ${other}. Set "preferLanguage" in docs2sdk.config.json (e.g. ["${languageOf(service)}", "${languageOf(kept)}"]) to say which one supplies the spec`));
        } else {
          if (choice === service) files.set(path, service);
          const loser = choice === service ? other : "this document";
          diagnostics.push(diagnostic("spec.language-chosen", file, service.source?.startLine ?? 1, `${path} is produced in two languages; the ${languageOf(choice)} document supplies it (preferLanguage), ${loser} is not used for it`));
        }
        continue;
      }
      if (files.has(path)) {
        // Across documents: the first one (in input order) keeps the spec file.
        const other = files.get(path)!.source?.file ?? "another document";
        diagnostics.push(diagnostic("spec.duplicate", file, service.source?.startLine ?? 1, `${path} is also produced by ${other}; keeping that one`));
        continue;
      }
      files.set(path, service);
    }
    documents.push({ ...report, diagnostics });
  }
  return { files, documents };
}

/** A spec's language; absent means Chinese (every bundled document). */
function languageOf(service: Service): Language {
  return service.language ?? "zh";
}

/** Of two specs in different languages, the one `prefer` ranks first; undefined when it ranks neither. */
function chooseLanguage(a: Service, b: Service, prefer: readonly Language[]): Service | undefined {
  const rank = (s: Service) => prefer.indexOf(languageOf(s));
  if (rank(a) < 0 || rank(b) < 0) return undefined;
  return rank(a) <= rank(b) ? a : b;
}

/** Reads every spec file below spec/ back, with its source lines, as emitters must see it. */
export function loadSpecs(root: string, specDir = join(root, "spec")): LoadedSpec[] {
  const versions = readVersions(specDir);
  const lines = readSourceLines(specDir);
  return listFiles(specDir)
    .filter(isSpecFile)
    .map((path) => withVersion({ path, service: mergeSourceLines(JSON.parse(readFileSync(join(specDir, path), "utf8")) as Service, lines[path]) }, versions))
    .filter((s) => isUsableSpec(s.service));
}

function withVersion(spec: LoadedSpec, versions: Record<string, string>): LoadedSpec {
  return Object.hasOwn(versions, spec.path) ? { ...spec, packageVersion: versions[spec.path]! } : spec;
}

/** Which spec file a document made, read from the file's own `source` field. */
function specSourceFile(path: string): string | undefined {
  try {
    const spec = JSON.parse(readFileSync(path, "utf8")) as Service;
    return spec.source?.file;
  } catch {
    return undefined;
  }
}

export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const shortcut = upToDateShortcut(options);
  if (shortcut?.recorded) {
    options.progress?.("nothing changed since the last run (inputs, templates, config, tool and output trees as recorded)");
    return shortcut.recorded;
  }
  const workers = options.workers ?? defaultWorkers();
  // The run's own thread takes part in the pool's work (worker-pool.ts), and hands the compiles of
  // the units it runs to the compiler lane.
  const pool: WorkerPool | undefined = workers > 0 ? new WorkerPool(workers, (task) => performTask(task, { compile: compileOn(pool!) })) : undefined;
  let result: GenerateResult;
  try {
    result = await generateFully(options, pool);
  } finally {
    await pool?.close();
  }
  if (shortcut && !options.check && !result.aborted && result.errors === 0 && result.refusedJournals.length === 0) shortcut.record(noOpResult(result));
  return result;
}

/**
 * The up-to-date record of this run (up-to-date.ts); undefined when it cannot be keyed: no cache,
 * no inputs, or dialects or emitters that are not the tool's own (their code is not fingerprinted).
 */
function upToDateShortcut(options: GenerateOptions): UpToDate<GenerateResult> | undefined {
  const root = options.root ?? REPO_ROOT;
  const inputs = options.inputs ?? defaultInputs(root);
  const emitters = options.emitters ?? defaultEmitters;
  if (options.cache === false || inputs.length === 0 || options.dialects || !emitters.every(isToolEmitter)) return undefined;
  const run = {
    root,
    inputs,
    specDir: options.specDir ?? join(root, "spec"),
    outDir: options.outDir ?? join(root, "generated"),
    templatesDir: templatesDirOf(root, options.templatesDir),
    cacheDir: join(root, CACHE_DIR),
    toolRoot: REPO_ROOT,
  };
  const { check, strict, keepGoing, specOnly, preferLanguage, packages, configFile } = options;
  return upToDate<GenerateResult>(run, { check, strict, keepGoing, specOnly, preferLanguage, packages, configFile, emitters: emitters.map((e) => e.name) });
}

/** What a run reports when nothing changed since `result`'s run: the same documents and diagnostics, no file written. */
function noOpResult(result: GenerateResult): GenerateResult {
  const unchanged = (r: SyncResult): SyncResult => ({ written: [], deleted: [], unchanged: r.unchanged + r.written.length });
  return {
    ...result,
    spec: unchanged(result.spec),
    ...(result.generated && { generated: unchanged(result.generated) }),
    apiChanges: [],
    pending: [],
    cache: { hits: 0, misses: 0 },
  };
}

/** The templates a run renders: the configured ones, else the project's own templates/, else the tool's. */
function templatesDirOf(root: string, configured: string | undefined): string {
  return configured ?? (existsSync(join(root, "templates")) ? join(root, "templates") : join(REPO_ROOT, "templates"));
}

async function generateFully(options: GenerateOptions, pool: WorkerPool | undefined): Promise<GenerateResult> {
  const root = options.root ?? REPO_ROOT;
  const progress = options.progress ?? (() => {});
  const inputs = options.inputs ?? defaultInputs(root);
  if (inputs.length === 0) {
    throw new NoInputsError(options.inputs ? "the inputs given name no document" : `no *.txt file in ${defaultInputsDir(root)} (and no docs2sdk.config.json naming inputs)`);
  }
  const cache = new BuildCache(join(root, CACHE_DIR), options.cache ?? true);
  const specDir = options.specDir ?? join(root, "spec");
  const outDir = options.outDir ?? join(root, "generated");
  // Compiled code that several units need (the runtime): kept in the cache, or for this run only.
  const kept = cache.directory("compiled-runtime");
  const scratch = kept ? undefined : mkdtempSync(join(tmpdir(), "docs2sdk-compiled-"));
  try {
    return await generateWithin(options, pool, { root, progress, inputs, cache, specDir, outDir, compileCacheDir: kept ?? scratch! });
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

interface RunPlaces {
  root: string;
  progress: (message: string) => void;
  inputs: string[];
  cache: BuildCache;
  specDir: string;
  outDir: string;
  compileCacheDir: string;
}

/** EmitContext.compile on the pool's compiler lane, ahead of whole units: a unit of this thread's waits for it. */
function compileOn(pool: WorkerPool): (input: CompileInput) => Promise<CompileResult> {
  return (input) => pool.run<CompileResult>({ kind: "compile", input }, "compiler", true);
}

/**
 * Starts, on the pool's compiler lane, the emitters' work that depends on no spec (Emitter.prepare),
 * so that it runs while the documents are parsed. Each emitter's units wait for its own (emitAll).
 * A failure is not reported here: the emit that needs the same work fails the same way, in its unit.
 */
function prepareEmitters(options: GenerateOptions, pool: WorkerPool, settings: EmitSettings): Map<string, Promise<void>> {
  const prepared = new Map<string, Promise<void>>();
  for (const emitter of options.emitters ?? defaultEmitters) {
    if (!emitter.prepare || !isToolEmitter(emitter)) continue;
    prepared.set(emitter.name, pool.run<void>({ kind: "prepare", emitter: emitter.name, ...settings }, "compiler").catch(() => {}));
  }
  return prepared;
}

async function generateWithin(options: GenerateOptions, pool: WorkerPool | undefined, { root, progress, inputs, cache, specDir, outDir, compileCacheDir }: RunPlaces): Promise<GenerateResult> {
  // Finish (or discard) what an interrupted run left, before reading the state this run builds on.
  const owned = options.specOnly ? [specDir] : [specDir, outDir];
  const pending = options.check ? pendingChanges(specDir, owned) : [];
  const refusedJournals = options.check ? [] : recoverInterrupted(specDir, owned).refused;
  for (const j of refusedJournals) progress(`left alone ${j.path}: ${j.reason}`);
  // Released versions only: generate emits every package at its last released (or hand-written)
  // version and leaves spec/versions.json to `docs2sdk version`.
  const released = readVersionEntries(specDir);
  const releasedOf = (key: string) => releasedVersion(Object.hasOwn(released, key) ? released[key] : undefined);
  const runtimeVersion = releasedOf(RUNTIME_KEY);
  const templatesDir = templatesDirOf(root, options.templatesDir);
  const prepared = pool && !options.specOnly ? prepareEmitters(options, pool, { templatesDir, packages: options.packages, runtimeVersion, compileCacheDir }) : new Map<string, Promise<void>>();
  const { files, documents } = await parseDocuments(root, inputs, cache, options.dialects, options.preferLanguage, pool);
  for (const d of documents) progress(`parsed ${d.file}: ${d.services.join(", ") || "nothing"}`);
  const all = documents.flatMap((d) => d.diagnostics);
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.filter((d) => d.severity === "warning").length;
  const emptySync: SyncResult = { written: [], deleted: [], unchanged: 0 };
  if (errors > 0 && (options.strict || !options.keepGoing)) {
    return { documents, spec: emptySync, apiChanges: [], pendingReleases: [], emitDiagnostics: [], errors, warnings, aborted: true, pending, cache: { hits: cache.hits, misses: cache.misses }, refusedJournals };
  }

  // A spec file may be deleted only when the document it came from parsed this time.
  const sound = new Set(documents.filter((d) => !d.failed).map((d) => d.file));
  const ownsSpec = (rel: string): boolean => {
    if (!isSpecFile(rel)) return false;
    const from = specSourceFile(join(specDir, rel));
    return from === undefined || sound.has(from);
  };
  // The spec files left alone (documents not parsed this time or that failed), read back as they are.
  const staying = listFiles(specDir).filter((rel) => isSpecFile(rel) && !files.has(rel) && !ownsSpec(rel));
  const previousLines = readSourceLines(specDir);
  const stayingSpecs = staying.flatMap((path) => {
    try {
      return [{ path, service: mergeSourceLines(JSON.parse(readFileSync(join(specDir, path), "utf8")) as Service, previousLines[path]) }];
    } catch {
      return [];
    }
  });
  // Before anything is staged: a configuration error leaves no trace.
  if (!options.specOnly) {
    const current = [...files.values(), ...stayingSpecs.map((s) => s.service)].filter((s) => isUsableSpec(s) && !s.supersededBy);
    checkPackageNames(options, current.map((s) => packageDir(s)));
  }
  // One numbering of the file-system steps for the staging of spec/ and generated/ and the commit (commitHooks).
  const steps = new CommitSteps();
  // Each spec file goes to its temporary sibling as it is serialized (when it differs), so that the
  // run never holds every spec's text (hundreds of megabytes for a catalogue).
  const specTree = new StagedTree(specDir, specDir, options.check === true, steps);
  try {
    const { specPlan, apiChanges } = stageSpecFiles(specTree, { specDir, files, documents, staying, previousLines, ownsSpec });
    progress(`spec: ${specPlan.result.written.length} to write, ${specPlan.result.deleted.length} to delete, ${specPlan.result.unchanged} unchanged`);
    if (options.specOnly) {
      if (!options.check) {
        commitPlans([specPlan], specDir, steps);
        cache.prune(["parse"]);
      }
      return { documents, spec: specPlan.result, apiChanges, pendingReleases: [], emitDiagnostics: [], errors, warnings, aborted: false, pending, cache: { hits: cache.hits, misses: cache.misses }, refusedJournals };
    }

    // The emitters see the spec as it will be on disk after this run: what the documents say now, and
    // the spec files left alone (documents not parsed this time or that failed), read back as they are.
    // Each copy's text is hashed here for the emit units' keys (the same text emitAll would make again).
    const specHashes = new Map<string, string>();
    const specs = [
      ...[...files].map(([path, service]) => {
        const text = specJson(service);
        specHashes.set(path, specKey(path, releasedOf(path), text));
        return { path, service: JSON.parse(text) as Service };
      }),
      ...stayingSpecs,
    ]
      .filter((s) => isUsableSpec(s.service))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    // The emitters read the copies above: the parsed specs need not live through the emit (a whole
    // catalogue's specs are hundreds of megabytes).
    files.clear();
    const where = { outDir, specDir, templatesDir, packages: options.packages, runtimeVersion, compileCacheDir, prepared, specHashes, check: options.check === true, steps };
    const versions = Object.fromEntries(specs.map((s) => [s.path, releasedOf(s.path)]));
    const emitted = await emitAll(root, options.emitters ?? defaultEmitters, progress, cache, specs.map((s) => withVersion(s, versions)), where, pool);
    let pendingReleases: PendingRelease[];
    try {
      pendingReleases = pendingReleasesOf({ specDir, released, specs, files: emitted.files, packages: options.packages, runtimeVersion, versions, cache });
    } catch (error) {
      emitted.discard();
      throw error;
    }
    const spec = specPlan.result;
    // Everything is computed: commit spec/ and generated/ together.
    if (!options.check) {
      commitPlans([specPlan, emitted.plan], specDir, steps);
      cache.prune(["parse", "emit", "emit-content", "package-hash"]);
      const indexDir = cache.directory(OUTPUT_INDEX_DIR);
      if (indexDir) OutputIndex.write(indexDir, outDir, emitted.files.knownHashes());
    }
    const emitErrors = emitted.diagnostics.filter((d) => d.severity === "error").length;
    const emitWarnings = emitted.diagnostics.filter((d) => d.severity === "warning").length;
    return {
      documents,
      spec,
      apiChanges,
      pendingReleases,
      generated: emitted.plan.result,
      emitDiagnostics: emitted.diagnostics,
      errors: errors + emitErrors,
      warnings: warnings + emitWarnings,
      aborted: false,
      pending,
      cache: { hits: cache.hits, misses: cache.misses },
      refusedJournals,
    };
  } catch (error) {
    specTree.discard();
    throw error;
  }
}

/**
 * Serializes each spec, notes what it changes in the API against the file it replaces, and stages
 * it with the report and the source lines (StagedTree: to its temporary sibling when it differs).
 */
function stageSpecFiles(
  specTree: StagedTree,
  { specDir, files, documents, staying, previousLines, ownsSpec }: { specDir: string; files: Map<string, Service>; documents: DocumentReport[]; staying: string[]; previousLines: Record<string, SpecSourceLines>; ownsSpec: (rel: string) => boolean },
): { specPlan: SyncPlan; apiChanges: SpecDiff[] } {
  const specPaths = new Set<string>();
  // Spec files carry no line numbers (a shifted document rewrites only spec/source-lines.json).
  const sourceLines: Record<string, SpecSourceLines> = {};
  // What each rewritten spec file changes in the API, and the package versions that follow from it.
  const apiChanges: SpecDiff[] = [];
  for (const [path, service] of files) {
    const { spec, lines } = splitSourceLines(service);
    const text = specJson(spec);
    sourceLines[path] = lines;
    specPaths.add(path);
    const previous = previousSpec(specDir, path, text);
    // The same bytes: nothing to stage (and the file is read once, here, not again by the tree).
    if (previous === "same") continue;
    // The old spec with its lines, so that a removal names the line the document had it at.
    const diff = previous?.before && diffSpecs(mergeSourceLines(previous.before, previousLines[path]), service, { old: `spec/${path} (before)`, new: `spec/${path}` });
    if (diff && diff.changes.length > 0) apiChanges.push(diff);
    specTree.stage([[path, text]]);
  }
  const report = specJson(documents.map(({ file, services, coverage, diagnostics }) => ({ file, services, coverage, diagnostics })));
  specTree.stage([
    [SPEC_REPORT, report],
    [SOURCE_LINES_FILE, specJson(sortedSourceLines(sourceLines, staying, previousLines))],
  ]);
  specPaths.add(SPEC_REPORT).add(SOURCE_LINES_FILE);
  return { specPlan: specTree.plan(specPaths, { owns: ownsSpec }), apiChanges };
}

/**
 * Names given to packages this run does not make (a typo would otherwise be silently ignored), and
 * names that collide with another package's default name: configuration errors.
 */
function checkPackageNames(options: GenerateOptions, dirs: string[]): void {
  const packages = options.packages;
  if (!packages?.names) return;
  const known = new Set(["runtime", ...dirs]);
  const problems: ConfigProblem[] = [];
  for (const dir of Object.keys(packages.names)) {
    if (!known.has(dir)) problems.push({ path: `/packages/names/${dir}`, message: `names package ${dir}, which this run does not make (packages: ${[...known].sort().join(", ")})` });
  }
  const names = new Map<string, string>();
  for (const dir of [...known].sort()) {
    const name = dir === "runtime" ? runtimePackageName(packages) : (Object.hasOwn(packages.names, dir) ? packages.names[dir] : undefined) ?? `${packages.scope}/${dir}`;
    const other = names.get(name!);
    if (other !== undefined) problems.push({ path: `/packages/names/${Object.hasOwn(packages.names, dir) ? dir : other}`, message: `packages ${other} and ${dir} would both be named "${name}"` });
    names.set(name!, dir);
  }
  if (problems.length) throw new ConfigError(options.configFile ?? "docs2sdk.config.json", problems);
}

interface ReleaseInputs {
  specDir: string;
  released: Record<string, VersionEntry>;
  /** The specs this run emits from, with their source lines. */
  specs: LoadedSpec[];
  /** Every emitted file, by path below the output directory (read on demand), with the content hashes the run knows. */
  files: Pick<ReadonlyMap<string, FileContent>, "get" | "has" | "keys"> & { hashOf(path: string): string | undefined };
  /** Where package hashes are remembered by the hashes of their files (an edit rehashes only the packages it changed). */
  cache: BuildCache;
  packages: PackageOptions | undefined;
  /** The released version of the runtime and of each spec's package (what the files embed). */
  runtimeVersion: string;
  versions: Record<string, string>;
}

/**
 * Every emitted package (a directory with a package.json) whose content differs from its last
 * release: the runtime first (clients depend on the version it will be released at), then the
 * clients by spec path. Each package's files come from one index of the emitted paths, hashed once.
 */
function pendingReleasesOf({ specDir, released, specs, files, packages, runtimeVersion, versions, cache }: ReleaseInputs): PendingRelease[] {
  const index = packageIndex(files.keys());
  // packageHash reads every file of a package; the same files (by content hash), version and runtime give the same hash.
  const hashOf = (pkg: HashedPackage): string => {
    const fileHashes = pkg.paths.map((p) => files.hashOf(p));
    if (fileHashes.some((h) => h === undefined)) return packageHash(files, pkg);
    const key = sha256("package-hash", pkg.version, pkg.runtime?.name ?? "", pkg.runtime?.version ?? "", ...pkg.paths.flatMap((p, i) => [p, fileHashes[i]!]));
    const known = cache.read<string>("package-hash", key);
    if (typeof known === "string") return known;
    const hash = packageHash(files, pkg);
    cache.set("package-hash", key, hash);
    return hash;
  };
  const entry = (key: string) => (Object.hasOwn(released, key) ? released[key] : undefined);
  // The changelog is the record of releases, not content: a release that writes it changes nothing pending.
  const contentOf = (dir: string) => (index.get(dir) ?? []).filter((p) => p !== `${dir}/${CHANGELOG_FILE}`);
  const isPackage = (dir: string) => files.has(`${dir}/package.json`);
  // The name npm publishes it under: its package.json's, else the configured naming.
  const nameOf = (dir: string, fallback: string) => {
    try {
      const name = (JSON.parse(String(files.get(`${dir}/package.json`))) as { name?: unknown }).name;
      return typeof name === "string" ? name : fallback;
    } catch {
      return fallback;
    }
  };
  const out: PendingRelease[] = [];
  const runtimeName = runtimePackageName(packages);
  let runtimeTarget = runtimeVersion;
  if (isPackage(RUNTIME_KEY)) {
    const hash = hashOf({ paths: contentOf(RUNTIME_KEY), version: runtimeVersion });
    const pending = pendingRelease({ key: RUNTIME_KEY, dir: RUNTIME_KEY, name: nameOf(RUNTIME_KEY, runtimeName) }, entry(RUNTIME_KEY), hash, () => undefined);
    if (pending) out.push(pending);
    runtimeTarget = pending?.to ?? runtimeVersion;
  }
  let releasedApis: Record<string, ReleasedApi> | undefined;
  for (const spec of specs) {
    const dir = packageDir(spec.service);
    if (spec.service.supersededBy || !isPackage(dir)) continue;
    const hash = hashOf({ paths: contentOf(dir), version: versions[spec.path]!, runtime: { name: runtimeName, version: runtimeTarget } });
    const apiDiff = () => {
      releasedApis ??= readReleasedApis(specDir);
      const before = Object.hasOwn(releasedApis, spec.path) ? releasedApis[spec.path] : undefined;
      return before && diffSpecs(releasedService(before), spec.service, { old: `spec/${spec.path} (released ${versions[spec.path]})`, new: `spec/${spec.path}` });
    };
    const pending = pendingRelease({ key: spec.path, dir, name: nameOf(dir, packageName(spec.service, packages)) }, entry(spec.path), hash, apiDiff);
    if (pending) out.push(pending);
  }
  return out;
}

/** spec/source-lines.json's content: this run's specs, and the ones left alone as they were; keys sorted. */
function sortedSourceLines(fresh: Record<string, SpecSourceLines>, staying: string[], previous: Record<string, SpecSourceLines>): Record<string, SpecSourceLines> {
  const all: Record<string, SpecSourceLines> = { ...fresh };
  for (const path of staying) if (Object.hasOwn(previous, path) && !Object.hasOwn(all, path)) all[path] = previous[path]!;
  return Object.fromEntries(Object.keys(all).sort().map((k) => [k, all[k]!]));
}

/** A spec the emitters can read: a file read back from spec/ may be anything. */
function isUsableSpec(service: Service): boolean {
  return typeof service.service === "string" && Array.isArray(service.actions);
}

/** A normalized spec file below spec/ (not a source document, the schema, the report or versions.json). */
function isSpecFile(rel: string): boolean {
  return rel.endsWith(".json") && rel.includes("/") && !rel.startsWith("sources/");
}

/**
 * The spec file on disk at path: "same" when its bytes are this run's text; else parsed (`before`
 * undefined when the old file is not JSON: it is simply replaced); undefined when it does not exist yet.
 */
function previousSpec(specDir: string, path: string, text: string): "same" | { before: Service | undefined } | undefined {
  let previous: Buffer;
  try {
    previous = readFileSync(join(specDir, path));
  } catch {
    return undefined;
  }
  if (previous.equals(Buffer.from(text, "utf8"))) return "same";
  try {
    return { before: JSON.parse(previous.toString("utf8")) as Service };
  } catch {
    return { before: undefined };
  }
}

/** What an emit unit's cache key takes of a spec: its path, its package's version and its text (specJson). */
function specKey(path: string, packageVersion: string, text: string): string {
  return sha256(path, packageVersion, text);
}

/** One emitter over one spec (perSpec) or over all specs: a unit of work, cached by its inputs. */
interface EmitUnit {
  emitter: Emitter;
  unit: LoadedSpec[];
  label: string;
}

/** One of the tool's own emitters (a worker loads those by name; any other runs in this thread). */
function isToolEmitter(emitter: Emitter): boolean {
  return (defaultEmitters as readonly Emitter[]).includes(emitter);
}

type ContentKind = "text" | "binary";

/**
 * The files the pipeline itself finishes after every emitter ran (a package's package.json lists
 * its CHANGELOG.md, which is added where the package has none): kept in memory until then. Every
 * other emitted file is staged as soon as its unit is done.
 */
const isHeld = (path: string) => /^[^/]+\/(package\.json|CHANGELOG\.md)$/.test(path);

/** What the cache keeps of one unit: each file's hash (its bytes are a separate entry, read only when the output differs), the held files whole. */
interface EmitManifest {
  files: [path: string, kind: ContentKind, hash: string][];
  held: SerializedFiles;
  diagnostics: Diagnostic[];
}

/** One unit's output once staged: every path it emitted (in its order), the held files, its diagnostics. */
interface StagedUnit {
  /** With each file's content hash when it is known (always, unless the cache is off). */
  paths: [path: string, kind: ContentKind, hash?: string][];
  held: Map<string, FileContent>;
  diagnostics: Diagnostic[];
}

/**
 * The emitted tree as it stands once the run is committed, for the package hashes: held files from
 * memory, every other file read back from its temporary sibling or, unchanged, from the tree.
 */
class EmittedFiles {
  constructor(
    private readonly kinds: ReadonlyMap<string, ContentKind>,
    private readonly held: ReadonlyMap<string, FileContent>,
    private readonly tree: StagedTree,
    private readonly hashes: ReadonlyMap<string, string>,
  ) {}

  /** Every file whose content hash the run knows, with it. */
  *knownHashes(): Generator<[string, string]> {
    for (const path of this.kinds.keys()) {
      const hash = this.hashOf(path);
      if (hash !== undefined) yield [path, hash];
    }
  }

  /** The hash of a file's content (contentHash) when the run knows it without reading the file. */
  hashOf(path: string): string | undefined {
    const held = this.held.get(path);
    return held !== undefined ? contentHash(held) : this.hashes.get(path);
  }

  has(path: string): boolean {
    return this.kinds.has(path);
  }

  keys(): IterableIterator<string> {
    return this.kinds.keys();
  }

  get(path: string): FileContent | undefined {
    const held = this.held.get(path);
    if (held !== undefined) return held;
    const kind = this.kinds.get(path);
    return kind === undefined ? undefined : this.tree.read(path, kind === "text" ? "utf8" : undefined);
  }
}

/** The hash of the file at path, or undefined when there is none. */
function fileHash(path: string): string | undefined {
  try {
    return contentHash(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Where and with what a run emits. */
interface EmitWhere {
  outDir: string;
  specDir: string;
  templatesDir: string;
  packages?: PackageOptions | undefined;
  runtimeVersion: string;
  compileCacheDir: string;
  /** Each emitter's prepare step started on the pool, by emitter name (prepareEmitters). */
  prepared: Map<string, Promise<void>>;
  /** The specKey of specs whose text the run already serialized. */
  specHashes: ReadonlyMap<string, string>;
}

/**
 * Emits every file from the given specs and plans generated/ (a manifest of what was emitted
 * included). Each unit's files are compared with generated/ and the changed ones written to their
 * temporary siblings as soon as the unit is done, so the run never holds the whole output; a cached
 * unit reads its files' bytes only when generated/ differs from them. On failure the staged files
 * are removed.
 */
async function emitAll(
  root: string,
  emitters: Emitter[],
  progress: (m: string) => void,
  cache: BuildCache,
  specs: LoadedSpec[],
  where: EmitWhere & { check: boolean; steps: CommitSteps },
  pool: WorkerPool | undefined,
): Promise<{ plan: SyncPlan; files: EmittedFiles; diagnostics: Diagnostic[]; discard: () => void }> {
  const tree = new StagedTree(where.outDir, where.specDir, where.check, where.steps);
  try {
    return { ...(await emitAllStaged(root, emitters, progress, cache, specs, where, pool, tree)), discard: () => tree.discard() };
  } catch (error) {
    tree.discard();
    throw error;
  }
}

async function emitAllStaged(
  root: string,
  emitters: Emitter[],
  progress: (m: string) => void,
  cache: BuildCache,
  specs: LoadedSpec[],
  where: EmitWhere,
  pool: WorkerPool | undefined,
  tree: StagedTree,
): Promise<{ plan: SyncPlan; files: EmittedFiles; diagnostics: Diagnostic[] }> {
  const reported: Diagnostic[] = [];
  const { templatesDir, packages, runtimeVersion, compileCacheDir } = where;
  const lastOutput = OutputIndex.read(cache.directory(OUTPUT_INDEX_DIR));
  const code = sha256(fingerprint(REPO_ROOT, EMIT_CODE), fingerprint(templatesDir, ["."]), JSON.stringify(packages ?? null), runtimeVersion);
  // Each unit of work is one emitter over one spec (perSpec) or over all specs, cached by its inputs.
  // Each spec is serialized and hashed once, not once per emitter that reads it.
  const keyOf = (s: LoadedSpec) => specKey(s.path, s.packageVersion ?? "", specJson(s.service));
  const specHashes = new Map(specs.map((s) => [s.path, where.specHashes.get(s.path) ?? keyOf(s)]));
  // A reduced spec (Emitter.reduce) is keyed by its own content.
  const specHash = (s: LoadedSpec, reduced: boolean) => (reduced ? keyOf(s) : specHashes.get(s.path)!);
  const kindOf = (content: FileContent): ContentKind => (typeof content === "string" ? "text" : "binary");
  const stageFresh = (files: Map<string, FileContent>, key: string, diagnostics: Diagnostic[]): StagedUnit => {
    const held = new Map([...files].filter(([path]) => isHeld(path)));
    const rest = [...files].filter(([path]) => !isHeld(path));
    tree.stage(rest);
    if (!cache.enabledForRun) return { paths: [...files].map(([path, content]) => [path, kindOf(content)]), held, diagnostics };
    const hashed = rest.map(([path, content]): EmitManifest["files"][number] => [path, kindOf(content), contentHash(content)]);
    // Diagnostics are cached with the files, so a cached run reports exactly what a fresh one would.
    cache.set("emit-content", key, serializeFiles(new Map(rest)));
    cache.set("emit", key, { files: hashed, held: serializeFiles(held), diagnostics } satisfies EmitManifest);
    return { paths: [...hashed, ...[...held].map(([path, content]): [string, ContentKind] => [path, kindOf(content)])], held, diagnostics };
  };
  /** A cached unit: only the files generated/ does not already hold are read from the cache and staged; undefined when its content entry is gone. */
  const stageCached = (manifest: EmitManifest, key: string): StagedUnit | undefined => {
    const onDisk = (path: string) => lastOutput.hashIfUnchanged(where.outDir, path) ?? fileHash(join(where.outDir, path));
    const differing = new Set(manifest.files.filter(([path, , hash]) => onDisk(path) !== hash).map(([path]) => path));
    if (differing.size === 0) cache.touch("emit-content", key);
    else {
      const content = cache.read<SerializedFiles>("emit-content", key);
      if (!content) return undefined;
      tree.stage([...deserializeFiles(content)].filter(([path]) => differing.has(path)));
    }
    const held = deserializeFiles(manifest.held);
    const paths: StagedUnit["paths"] = [...manifest.files, ...[...held].map(([path, content]): [string, ContentKind] => [path, kindOf(content)])];
    return { paths, held, diagnostics: manifest.diagnostics };
  };
  const emitUnit = async ({ emitter, unit, label }: EmitUnit): Promise<StagedUnit> => {
    const key = sha256(code, emitter.name, ...unit.map((s) => specHash(s, emitter.reduce !== undefined)));
    const cached = cache.get<EmitManifest>("emit", key);
    const fromCache = cached && Array.isArray(cached.files) ? stageCached(cached, key) : undefined;
    if (fromCache) {
      progress(`emitted ${emitter.name}${label}: ${fromCache.paths.length} files (unchanged, cached)`);
      return fromCache;
    }
    let result: { files: Map<string, FileContent>; diagnostics: Diagnostic[] };
    // What the emitter's prepare step computes, it finds ready (in compileCacheDir).
    await where.prepared.get(emitter.name);
    const settings: EmitSettings = { templatesDir, packages, runtimeVersion, compileCacheDir };
    if (pool && isToolEmitter(emitter)) {
      result = await pool.run({ kind: "emit", emitter: emitter.name, specs: unit, ...settings }, emitter.usesCompiler ? "compiler" : "general", emitter.feedsCompiler === true);
    } else {
      result = await runEmitter(emitter, unit, settings, pool ? { compile: compileOn(pool) } : {});
    }
    progress(`emitted ${emitter.name}${label}: ${result.files.size} files`);
    return stageFresh(result.files, key, result.diagnostics);
  };
  const units: EmitUnit[] = emitters.flatMap((emitter) => {
    if (emitter.perSpec) return specs.map((spec) => ({ emitter, unit: [spec], label: ` for ${spec.path}` }));
    // An emitter whose output depends on no spec is keyed (and called) without them.
    // An emitter that reduces specs is keyed by (and called with) the reductions.
    return [{ emitter, unit: emitter.specFree ? [] : emitter.reduce ? specs.map((s) => emitter.reduce!(s)) : specs, label: "" }];
  });
  // With a pool every unit is queued at once (the pool runs as many at a time as it has threads), each
  // staged as it finishes; either way paths and diagnostics are taken in unit order, so the output
  // does not depend on which finished first.
  const results: StagedUnit[] = [];
  if (pool) {
    // Every unit is let finish before a failure is reported, so that none stages a file after the
    // run has removed what it staged.
    const settled = await Promise.allSettled(units.map(emitUnit));
    for (const r of settled) if (r.status === "rejected") throw r.reason;
    results.push(...settled.map((r) => (r as PromiseFulfilledResult<StagedUnit>).value));
  }
  else for (const unit of units) results.push(await emitUnit(unit));
  const kinds = new Map<string, ContentKind>();
  const hashes = new Map<string, string>();
  const held = new Map<string, FileContent>();
  for (const [i, { emitter }] of units.entries()) {
    const { paths, diagnostics } = results[i]!;
    reported.push(...diagnostics);
    for (const [path, kind, hash] of paths) {
      if (kinds.has(path)) throw new Error(`emitter ${emitter.name} writes ${path}, which another emitter already wrote`);
      kinds.set(path, kind);
      if (hash !== undefined) hashes.set(path, hash);
    }
    for (const [path, content] of results[i]!.held) held.set(path, content);
  }
  addChangelogs(held, where.specDir);
  for (const [path, content] of held) kinds.set(path, kindOf(content));
  // Only files an earlier run emitted may be deleted (tarballs and other files of the user's stay).
  const previous = readManifest(where.outDir);
  held.set(MANIFEST, specJson({ comment: "Files docs2sdk emitted here; generate deletes only these when they are no longer emitted.", files: [...kinds.keys()].sort() }));
  kinds.set(MANIFEST, "text");
  tree.stage(held);
  return { plan: tree.plan(new Set(kinds.keys()), { owns: (rel) => previous.has(rel) }), files: new EmittedFiles(kinds, held, tree, hashes), diagnostics: reported };
}

/**
 * Gives every emitted package (a directory with a package.json) its CHANGELOG.md, as `docs2sdk version`
 * recorded it in spec/changelogs/, and lists the file in the package.json "files" that npm packs.
 * `out` holds every top-level package.json and CHANGELOG.md emitted (isHeld).
 */
function addChangelogs(out: Map<string, FileContent>, specDir: string): void {
  for (const path of [...out.keys()]) {
    const m = /^([^/]+)\/package\.json$/.exec(path);
    if (!m) continue;
    const dir = m[1]!;
    if (!out.has(`${dir}/${CHANGELOG_FILE}`)) out.set(`${dir}/${CHANGELOG_FILE}`, readChangelog(specDir, dir) ?? NO_RELEASE_YET);
    out.set(path, withListedFile(out.get(path)!, CHANGELOG_FILE));
  }
}

/** package.json text with `file` in its "files" list (unchanged when it has no list, lists it already, or is not JSON). */
function withListedFile(text: FileContent, file: string): FileContent {
  if (typeof text !== "string") return text;
  let json: { files?: unknown };
  try {
    json = JSON.parse(text) as { files?: unknown };
  } catch {
    return text;
  }
  if (!Array.isArray(json.files) || json.files.includes(file)) return text;
  // The templates write "files" on one line: append to it there, keeping the rest of the text as it is.
  const oneLine = /("files":\s*\[[^\]\n]*)\]/.exec(text);
  if (oneLine) return text.replace(oneLine[0], `${oneLine[1]}${json.files.length ? ", " : ""}${JSON.stringify(file)}]`);
  return JSON.stringify({ ...json, files: [...json.files, file] }, null, 2) + "\n";
}
