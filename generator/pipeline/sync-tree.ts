// Brings directories in line with in-memory file maps, touching only what differs, as one commit
// that survives being interrupted at any point.
//
// A run first plans every tree (planSync: what to write, what to delete; nothing touched), then
// commits all plans together (commitPlans):
//   1. every new file's bytes go to a temporary sibling `<file>.tmp-<pid>`;
//   2. a journal `<journalDir>/.docs2sdk-journal-<pid>.json` listing every rename and deletion is
//      written (itself via a temporary file and a rename): this rename is the commit point;
//   3. the renames and deletions are carried out, then the journal is removed.
// The next run starts with recoverInterrupted: a journal left by a run that is no longer alive is
// replayed (each rename whose temporary file is still there, each deletion whose file still
// exists: replaying twice is harmless), then every temporary file of a dead run is removed.
// So an interruption before the commit point leaves the previous state untouched (the rerun
// recomputes everything from it), and one after it leaves a journal that completes the new state:
// either way the rerun ends where an uninterrupted run ends. Temporary files of a run that is still
// alive (another process) are left alone. An unchanged file is never rewritten, so it keeps its mtime.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

export type FileContent = string | Uint8Array;

export interface SyncOptions {
  /** Which existing files (paths relative to root, "/"-separated) this sync may delete. */
  owns: (relPath: string) => boolean;
  /** Compare only; write and delete nothing. */
  check?: boolean;
}

export interface SyncResult {
  written: string[];
  deleted: string[];
  unchanged: number;
}

export interface SyncPlan {
  root: string;
  /** The files to write (relative path -> content); their names are result.written. */
  writes: Map<string, FileContent>;
  result: SyncResult;
}

/**
 * Test hook: called before each file-system step of a commit (temporary file written, journal
 * committed, rename, deletion, journal removed), with the step's number from 0. Throwing (or killing
 * the process) from it simulates an interruption at that point.
 */
export const commitHooks: { beforeStep?: (step: number, what: string) => void } = {};

const TEMP = /\.tmp-(\d+)$/;
const JOURNAL = /^\.docs2sdk-journal-(\d+)\.json$/;

export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === "node_modules") continue;
        walk(full);
      } else if (entry.isFile()) out.push(relative(root, full).split(sep).join("/"));
    }
  };
  walk(root);
  return out.sort();
}

function sameContent(path: string, content: FileContent): boolean {
  if (!existsSync(path)) return false;
  const current = readFileSync(path);
  const wanted = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  return current.equals(wanted);
}

/** A temporary file, journal or other run artifact: never a file of the tree itself. */
export function isRunArtifact(rel: string): boolean {
  const name = rel.slice(rel.lastIndexOf("/") + 1);
  return TEMP.test(name) || JOURNAL.test(name);
}

/** What syncing root to files would write and delete; touches nothing. */
export function planSync(root: string, files: Map<string, FileContent>, options: Pick<SyncOptions, "owns">): SyncPlan {
  const result: SyncResult = { written: [], deleted: [], unchanged: 0 };
  const writes = new Map<string, FileContent>();
  for (const rel of [...files.keys()].sort()) {
    const content = files.get(rel)!;
    if (sameContent(join(root, rel), content)) {
      result.unchanged++;
      continue;
    }
    result.written.push(rel);
    writes.set(rel, content);
  }
  for (const rel of listFiles(root)) {
    if (files.has(rel) || isRunArtifact(rel) || !options.owns(rel)) continue;
    result.deleted.push(rel);
  }
  return { root, writes, result };
}

interface Journal {
  pid: number;
  /** [temporary file, target], relative to the journal's directory. */
  renames: [string, string][];
  /** [tree root, file below it] to delete, the root relative to the journal's directory (empty parents go too, up to the root). */
  deletes: [string, string][];
}

/** Commits every plan at once (see the top of this file); the journal goes in journalDir. */
export function commitPlans(plans: SyncPlan[], journalDir: string): void {
  if (plans.every((p) => p.writes.size === 0 && p.result.deleted.length === 0)) return;
  let step = 0;
  const at = (what: string) => commitHooks.beforeStep?.(step++, what);
  const rel = (path: string) => relative(journalDir, path).split(sep).join("/");
  const journal: Journal = { pid: process.pid, renames: [], deletes: [] };
  for (const plan of plans) {
    for (const [file, content] of plan.writes) {
      const target = join(plan.root, file);
      const tmp = `${target}.tmp-${process.pid}`;
      at(`write ${tmp}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(tmp, content);
      journal.renames.push([rel(tmp), rel(target)]);
    }
    for (const file of plan.result.deleted) journal.deletes.push([rel(plan.root) || ".", file]);
  }
  const journalPath = join(journalDir, `.docs2sdk-journal-${process.pid}.json`);
  mkdirSync(journalDir, { recursive: true });
  writeFileSync(`${journalPath}.tmp-${process.pid}`, JSON.stringify(journal) + "\n");
  at("commit journal");
  renameSync(`${journalPath}.tmp-${process.pid}`, journalPath);
  replay(journal, journalDir, at);
  at("remove journal");
  unlinkSync(journalPath);
}

function replay(journal: Journal, journalDir: string, at: (what: string) => void = () => {}): void {
  for (const [tmp, target] of journal.renames) {
    at(`rename ${target}`);
    const from = resolve(journalDir, tmp);
    if (existsSync(from)) renameSync(from, resolve(journalDir, target));
  }
  for (const [root, file] of journal.deletes) {
    at(`delete ${file}`);
    const path = resolve(journalDir, root, file);
    if (!existsSync(path)) continue;
    unlinkSync(path);
    removeEmptyParents(resolve(journalDir, root), dirname(path));
  }
}

/** True when pid is another process that is still running (its temporary files are its own business). */
function otherLiveRun(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function journalsOfDeadRuns(journalDir: string): { path: string; journal: Journal }[] {
  if (!existsSync(journalDir)) return [];
  const out: { path: string; journal: Journal }[] = [];
  for (const name of readdirSync(journalDir).sort()) {
    const m = JOURNAL.exec(name);
    if (!m || otherLiveRun(Number(m[1]))) continue;
    const path = join(journalDir, name);
    let journal: Journal;
    try {
      journal = JSON.parse(readFileSync(path, "utf8")) as Journal;
    } catch {
      continue; // not written by us (the journal is renamed into place whole)
    }
    out.push({ path, journal });
  }
  return out;
}

/**
 * Finishes what interrupted runs committed (their journals in journalDir), then removes the temporary
 * files dead runs left in the given trees. Returns the files it removed or completed.
 */
export function recoverInterrupted(journalDir: string, roots: string[]): { replayed: number; removed: string[] } {
  const journals = journalsOfDeadRuns(journalDir);
  for (const { path, journal } of journals) {
    replay(journal, journalDir);
    unlinkSync(path);
  }
  const removed: string[] = [];
  for (const root of new Set(roots.map((r) => resolve(r)))) {
    for (const file of listFiles(root)) {
      const m = TEMP.exec(file);
      if (!m || otherLiveRun(Number(m[1]))) continue;
      const path = join(root, file);
      unlinkSync(path);
      removeEmptyParents(root, dirname(path));
      removed.push(path);
    }
  }
  return { replayed: journals.length, removed };
}

/** The targets an interrupted run committed but did not finish (what recoverInterrupted would complete), relative to journalDir. */
export function pendingChanges(journalDir: string): string[] {
  const out: string[] = [];
  for (const { journal } of journalsOfDeadRuns(journalDir)) {
    for (const [tmp, target] of journal.renames) if (existsSync(resolve(journalDir, tmp))) out.push(target);
    for (const [root, file] of journal.deletes) {
      if (existsSync(resolve(journalDir, root, file))) out.push(`${relative(journalDir, resolve(journalDir, root, file)).split(sep).join("/")} (would be deleted)`);
    }
  }
  return out;
}

/** planSync and, unless checking, commitPlans for one tree (its journal kept in root itself). */
export function syncTree(root: string, files: Map<string, FileContent>, options: SyncOptions): SyncResult {
  const plan = planSync(root, files, options);
  if (!options.check) commitPlans([plan], root);
  return plan.result;
}

/** Removes dir and its parents below root while they are empty. */
function removeEmptyParents(root: string, dir: string): void {
  while (dir.startsWith(root + sep)) {
    try {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
    } catch {
      return;
    }
    dir = dirname(dir);
  }
}
