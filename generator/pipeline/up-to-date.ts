// A run that has nothing to do answers from one small record instead of re-parsing and re-emitting.
//
// After a run that wrote its trees, `.cache/docs2sdk/up-to-date.json` records
//   - the hash of everything the run's output depends on: the input documents (paths and bytes), the
//     templates, the configuration (the config file's bytes and the options it resolved to) and the
//     tool itself (its code, templates, lock file, and the Node version running it);
//   - the state of the trees it owns (spec/ and generated/): every file's path, size, mtime, ctime and
//     inode, as it stood right after the commit;
//   - what the run reported (documents, diagnostics), which a no-op run reports again.
// The next run (or `--check`) computes the same hash and state; when both are equal nothing can have
// changed, so it returns the recorded report without parsing or emitting anything. Any change to an
// input, a template, the config, the tool or any file in the trees (including a file edited, added
// or deleted by hand, or a journal an interrupted run left) makes it a full run. The ctime cannot be
// set back by tools that preserve mtimes, so an edit that keeps size and mtime is still seen.
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fingerprint } from "./cache.ts";

export const UP_TO_DATE_FILE = "up-to-date.json";

/** The tool's own files whose change changes what any run produces. */
const TOOL_FILES = ["generator", "templates", "bin", "package.json", "package-lock.json", "spec/schema.json"];

export interface RunInputs {
  toolRoot: string;
  inputs: string[];
  templatesDir: string;
  configFile?: string | undefined;
  /** Every option that changes what a run writes or reports, as plain JSON. */
  options: unknown;
}

/** The hash of everything a run's output depends on (see the top of this file). */
export function runKey(run: RunInputs): string {
  const h = createHash("sha256");
  const part = (label: string, value: string | Uint8Array) => h.update(label).update("\0").update(value).update("\0");
  part("node", process.version);
  part("tool", fingerprint(run.toolRoot, TOOL_FILES));
  part("templates", fingerprint(run.templatesDir, ["."]));
  part("options", JSON.stringify(run.options));
  if (run.configFile !== undefined) part("config", existsSync(run.configFile) ? readFileSync(run.configFile) : "(missing)");
  for (const input of run.inputs) part(`input ${input}`, existsSync(input) ? readFileSync(input) : "(missing)");
  return h.digest("hex");
}

/** The state of the given directories: every file (and symlink) below them with its size, times and inode, hashed. */
export function treeState(dirs: string[]): string {
  const h = createHash("sha256");
  const walk = (dir: string, rel: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      h.update(`${rel}: absent\0`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        // generate's own listings skip node_modules (a package's installed dependencies are not its output).
        if (entry.name !== "node_modules") walk(full, path);
        continue;
      }
      const s = lstatSync(full, { bigint: true });
      h.update(`${path} ${s.size} ${s.mtimeNs} ${s.ctimeNs} ${s.ino}\0`);
    }
  };
  for (const dir of dirs) walk(dir, dir);
  return h.digest("hex");
}

interface Record<R> {
  key: string;
  trees: string;
  result: R;
}

/** The recorded result when the key and the trees' state are those recorded; otherwise undefined. */
export function recordedResult<R>(cacheDir: string, key: string, trees: string[]): R | undefined {
  let record: Record<R>;
  try {
    record = JSON.parse(readFileSync(join(cacheDir, UP_TO_DATE_FILE), "utf8")) as Record<R>;
  } catch {
    return undefined;
  }
  if (record.key !== key || record.trees !== treeState(trees)) return undefined;
  return record.result;
}

/** Records that the trees, as they are now, are what `key`'s inputs make, with the run's report. */
export function recordResult(cacheDir: string, key: string, trees: string[], result: unknown): void {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, UP_TO_DATE_FILE);
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ key, trees: treeState(trees), result }));
  renameSync(tmp, path);
}

/** What a run rests on, resolved as generate resolves it. */
export interface ResolvedRun {
  root: string;
  inputs: string[];
  specDir: string;
  outDir: string;
  templatesDir: string;
  cacheDir: string;
  toolRoot: string;
}

/** The parts of a generate run's options that change what it writes or reports. */
export interface KeyedOptions {
  check?: boolean | undefined;
  strict?: boolean | undefined;
  keepGoing?: boolean | undefined;
  specOnly?: boolean | undefined;
  preferLanguage?: readonly string[] | undefined;
  /** Emitter names (only the tool's own emitters can be keyed: their code is the tool's). */
  emitters: string[];
  packages?: unknown;
  configFile?: string | undefined;
}

export interface UpToDate<R> {
  /** The recorded report when nothing changed since the run that recorded it. */
  recorded: R | undefined;
  /** Records a finished run (call only after it wrote its trees without errors). */
  record(result: R): void;
}

/** The shortcut for one run: its key computed now, before anything is read. */
export function upToDate<R>(run: ResolvedRun, options: KeyedOptions): UpToDate<R> {
  const trees = options.specOnly ? [run.specDir] : [run.specDir, run.outDir];
  const { check: _check, configFile, ...keyed } = options;
  const key = runKey({
    toolRoot: run.toolRoot,
    inputs: run.inputs,
    templatesDir: run.templatesDir,
    configFile,
    options: { ...keyed, root: run.root, inputs: run.inputs, specDir: run.specDir, outDir: run.outDir, templatesDir: run.templatesDir },
  });
  return {
    recorded: recordedResult<R>(run.cacheDir, key, trees),
    record: (result) => recordResult(run.cacheDir, key, trees, result),
  };
}
