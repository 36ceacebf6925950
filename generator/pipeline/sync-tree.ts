// Brings directories in line with in-memory file maps, touching only what differs, as one commit
// that survives being interrupted at any point.
//
// A run first plans every tree (planSync: what to write, what to delete; nothing touched), then
// commits all plans together (commitPlans):
//   1. every new file's bytes go to a temporary sibling `<file>.tmp-<pid>` (a large tree stages its
//      files there as they are produced, StagedTree, so that its content is never all in memory);
//   2. a journal `<journalDir>/.docs2sdk-journal-<pid>.json` listing every rename and deletion is
//      written (itself via a temporary file and a rename): this rename is the commit point;
//   3. the renames and deletions are carried out, then the journal is removed.
// Before creating a temporary file the run records it in `<journalDir>/.docs2sdk-run-<pid>.json`
// (one JSON line per batch, appended), removed last.
// The next run starts with recoverInterrupted: a journal left by a run that is no longer alive is
// replayed (each rename whose temporary file is still there, each deletion whose file still
// exists: replaying twice is harmless), then the temporary files a dead run recorded are removed.
// A journal is replayed only when every path in it lies inside the trees this run owns and every
// rename's source is the temporary sibling its run would have made; any other journal (planted, or
// from a run with other directories) is left alone and reported. A file is never removed merely
// because its name looks temporary: only the ones a run recorded.
// So an interruption before the commit point leaves the previous state untouched (the rerun
// recomputes everything from it), and one after it leaves a journal that completes the new state:
// either way the rerun ends where an uninterrupted run ends. Temporary files of a run that is still
// alive (another process) are left alone. An unchanged file is never rewritten, so it keeps its mtime.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { isPlainObject } from "../spec/conform.ts";

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
  /** The files to write (relative path -> content); with `staged`, their names are result.written. */
  writes: Map<string, FileContent>;
  /** Files whose new bytes are already in their temporary siblings (StagedTree). */
  staged?: ReadonlySet<string>;
  result: SyncResult;
}

/**
 * Test hook: called before each file-system step of a commit (temporary file written, journal
 * committed, rename, deletion, journal removed), with the step's number from 0. Throwing (or killing
 * the process) from it simulates an interruption at that point.
 */
export const commitHooks: { beforeStep?: (step: number, what: string) => void } = {};

/** Numbers the file-system steps of one run (staging and commit) for commitHooks. */
export class CommitSteps {
  private next = 0;
  at(what: string): void {
    commitHooks.beforeStep?.(this.next++, what);
  }
}

const TEMP = /\.tmp-(\d+)$/;
const JOURNAL = /^\.docs2sdk-journal-(\d+)\.json$/;
const RUN_RECORD = /^\.docs2sdk-run-(\d+)\.json$/;

/** The temporary files one run creates, relative to the journal's directory (written before any of them). */
interface RunRecord {
  pid: number;
  temps: string[];
}

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

/** Records temporary files (absolute paths) in the run record of journalDir before they are created: one JSON line, appended. */
function recordTemps(journalDir: string, temps: string[]): void {
  const rel = (path: string) => relative(journalDir, path).split(sep).join("/");
  mkdirSync(journalDir, { recursive: true });
  appendFileSync(runRecordPath(journalDir), JSON.stringify({ pid: process.pid, temps: temps.map(rel) } satisfies RunRecord) + "\n");
}

function runRecordPath(journalDir: string): string {
  return join(journalDir, `.docs2sdk-run-${process.pid}.json`);
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
  return TEMP.test(name) || JOURNAL.test(name) || RUN_RECORD.test(name);
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
export function commitPlans(plans: SyncPlan[], journalDir: string, steps = new CommitSteps()): void {
  if (plans.every((p) => p.writes.size === 0 && (p.staged?.size ?? 0) === 0 && p.result.deleted.length === 0)) return;
  const at = (what: string) => steps.at(what);
  const rel = (path: string) => relative(journalDir, path).split(sep).join("/");
  const journal: Journal = { pid: process.pid, renames: [], deletes: [] };
  const journalPath = join(journalDir, `.docs2sdk-journal-${process.pid}.json`);
  const writes = plans.flatMap((plan) => [...plan.writes].map(([file, content]) => ({ target: join(plan.root, file), content })));
  at("record temporary files");
  recordTemps(journalDir, [...writes.map((w) => tempOf(w.target)), tempOf(journalPath)]);
  for (const { target, content } of writes) {
    const tmp = tempOf(target);
    at(`write ${tmp}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(tmp, content);
  }
  for (const plan of plans) for (const file of plan.result.written) journal.renames.push([rel(tempOf(join(plan.root, file))), rel(join(plan.root, file))]);
  for (const plan of plans) for (const file of plan.result.deleted) journal.deletes.push([rel(plan.root) || ".", file]);
  writeFileSync(tempOf(journalPath), JSON.stringify(journal) + "\n");
  at("commit journal");
  renameSync(tempOf(journalPath), journalPath);
  replay(journal, journalDir, at);
  at("remove journal");
  unlinkSync(journalPath);
  at("remove record");
  unlinkSync(runRecordPath(journalDir));
}

/**
 * A tree whose new files are compared with the ones on disk as they are produced, and the changed
 * ones written to their temporary siblings at once (recorded in the run record first), so that a
 * run holds no file's content longer than it takes to compare and write it. plan() then gives
 * commitPlans the staged files; discard() removes them when the run fails before its commit.
 * Under check nothing is written: the changed files are kept in memory (only what would change).
 */
export class StagedTree {
  private readonly staged = new Set<string>();
  private readonly pendingInMemory = new Map<string, FileContent>();
  private readonly temps = new Set<string>();

  constructor(
    readonly root: string,
    private readonly journalDir: string,
    private readonly check: boolean,
    private readonly steps: CommitSteps,
  ) {}

  /** Stages the files that differ from the tree on disk (a path staged again is overwritten). */
  stage(files: Iterable<readonly [string, FileContent]>): void {
    const changed = [...files].filter(([rel, content]) => !sameContent(join(this.root, rel), content));
    if (changed.length === 0) return;
    if (this.check) {
      for (const [rel, content] of changed) this.pendingInMemory.set(rel, content);
      return;
    }
    const fresh = changed.map(([rel]) => tempOf(join(this.root, rel))).filter((tmp) => !this.temps.has(tmp));
    if (fresh.length > 0) {
      this.steps.at("record temporary files");
      recordTemps(this.journalDir, fresh);
      for (const tmp of fresh) this.temps.add(tmp);
    }
    for (const [rel, content] of changed) {
      const target = join(this.root, rel);
      this.steps.at(`write ${tempOf(target)}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(tempOf(target), content);
      this.staged.add(rel);
    }
  }

  /** The bytes rel has once the run is committed (its staged ones, else the file on disk as it is). */
  read(rel: string, encoding: "utf8" | undefined): FileContent {
    const pending = this.pendingInMemory.get(rel);
    if (pending !== undefined) return encoding === "utf8" || typeof pending !== "string" ? pending : Buffer.from(pending, "utf8");
    const path = this.staged.has(rel) ? tempOf(join(this.root, rel)) : join(this.root, rel);
    return encoding ? readFileSync(path, encoding) : new Uint8Array(readFileSync(path));
  }

  /** The commit of every staged file, and the deletion of the owned files not in `emitted`. */
  plan(emitted: ReadonlySet<string>, options: Pick<SyncOptions, "owns">): SyncPlan {
    const written = [...this.staged, ...this.pendingInMemory.keys()].sort();
    const result: SyncResult = { written, deleted: [], unchanged: emitted.size - written.length };
    for (const rel of listFiles(this.root)) {
      if (emitted.has(rel) || isRunArtifact(rel) || !options.owns(rel)) continue;
      result.deleted.push(rel);
    }
    return { root: this.root, writes: new Map(), staged: new Set(this.staged), result };
  }

  /** Removes what stage() wrote (the run failed before its commit). */
  discard(): void {
    for (const tmp of this.temps) {
      if (!existsSync(tmp)) continue;
      unlinkSync(tmp);
      removeEmptyParents(resolve(this.root), dirname(tmp));
    }
    this.temps.clear();
    this.staged.clear();
  }
}

function tempOf(target: string, pid = process.pid): string {
  return `${target}.tmp-${pid}`;
}

/** True when path lies inside dir (or is dir), lexically and, for the part that exists, after resolving symlinks. */
function inside(dir: string, path: string): boolean {
  const lexical = relative(resolve(dir), resolve(path));
  if (lexical.startsWith("..") || isAbsolute(lexical)) return false;
  let existing = resolve(path);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    const real = relative(realpathSync(resolve(dir)), realpathSync(existing));
    return !(real.startsWith("..") || isAbsolute(real));
  } catch {
    return false;
  }
}

/** Why a journal must not be replayed (a path outside the owned trees, a rename from a file its run did not make), or undefined. */
function unsafeJournal(journal: Journal, journalDir: string, roots: string[]): string | undefined {
  const owned = (path: string) => roots.some((r) => inside(r, path));
  if (!Number.isInteger(journal.pid) || !Array.isArray(journal.renames) || !Array.isArray(journal.deletes)) return "it is not a journal docs2sdk wrote";
  for (const entry of journal.renames) {
    if (!Array.isArray(entry) || entry.length !== 2 || !entry.every((p) => typeof p === "string")) return "a rename is malformed";
    const [tmp, target] = entry.map((p) => resolve(journalDir, p)) as [string, string];
    if (!owned(target)) return `${target} lies outside ${roots.join(" and ")}`;
    if (tmp !== tempOf(target, journal.pid)) return `${tmp} is not the temporary file of ${target}`;
  }
  for (const entry of journal.deletes) {
    if (!Array.isArray(entry) || entry.length !== 2 || !entry.every((p) => typeof p === "string")) return "a deletion is malformed";
    const root = resolve(journalDir, entry[0]);
    const path = resolve(root, entry[1]);
    if (!roots.some((r) => resolve(r) === root) || !inside(root, path) || path === root) return `${path} lies outside ${roots.join(" and ")}`;
  }
  return undefined;
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

/** A journal left alone: its file and why. */
export interface RefusedJournal {
  path: string;
  reason: string;
}

/** The journals dead runs left in journalDir: those safe to replay in the given trees, and the others. */
function journalsOfDeadRuns(journalDir: string, roots: string[]): { safe: { path: string; journal: Journal }[]; refused: RefusedJournal[] } {
  const safe: { path: string; journal: Journal }[] = [];
  const refused: RefusedJournal[] = [];
  if (!existsSync(journalDir)) return { safe, refused };
  for (const name of readdirSync(journalDir).sort()) {
    const m = JOURNAL.exec(name);
    if (!m || otherLiveRun(Number(m[1]))) continue;
    const path = join(journalDir, name);
    let journal: Journal;
    try {
      journal = JSON.parse(readFileSync(path, "utf8")) as Journal;
    } catch {
      refused.push({ path, reason: "it is not valid JSON" }); // ours are renamed into place whole
      continue;
    }
    const reason = unsafeJournal(journal, journalDir, [journalDir, ...roots]);
    if (reason) refused.push({ path, reason });
    else safe.push({ path, journal });
  }
  return { safe, refused };
}

/** The temporary files dead runs recorded in journalDir, with each record's own path. */
function recordsOfDeadRuns(journalDir: string): { path: string; temps: string[] }[] {
  if (!existsSync(journalDir)) return [];
  const out: { path: string; temps: string[] }[] = [];
  for (const name of readdirSync(journalDir).sort()) {
    const m = RUN_RECORD.exec(name);
    if (!m || otherLiveRun(Number(m[1]))) continue;
    const pid = Number(m[1]);
    const path = join(journalDir, name);
    const temps: string[] = [];
    for (const line of readFileSync(path, "utf8").split("\n")) {
      let record: Partial<RunRecord> = {};
      try {
        const value = JSON.parse(line) as unknown;
        if (isPlainObject(value)) record = value as Partial<RunRecord>;
      } catch {
        // Interrupted while writing this line: none of its temporary files was made yet.
      }
      if (Array.isArray(record.temps)) temps.push(...record.temps.filter((t): t is string => typeof t === "string"));
    }
    // Only names of this run's temporary files (<file>.tmp-<its pid>) are ever removed.
    out.push({ path, temps: temps.map((t) => resolve(journalDir, t)).filter((t) => TEMP.exec(t)?.[1] === String(pid)) });
  }
  return out;
}

/**
 * Finishes what interrupted runs committed (their journals in journalDir, when every path lies in
 * journalDir or the given trees), then removes the temporary files dead runs recorded there. Returns
 * how many journals it replayed, the files it removed and the journals it refused.
 */
export function recoverInterrupted(journalDir: string, roots: string[]): { replayed: number; removed: string[]; refused: RefusedJournal[] } {
  const { safe, refused } = journalsOfDeadRuns(journalDir, roots);
  for (const { path, journal } of safe) {
    replay(journal, journalDir);
    unlinkSync(path);
  }
  const owned = [journalDir, ...roots];
  const removed: string[] = [];
  for (const record of recordsOfDeadRuns(journalDir)) {
    for (const temp of record.temps) {
      const root = owned.find((r) => inside(r, temp));
      if (!root || !existsSync(temp)) continue;
      unlinkSync(temp);
      removeEmptyParents(resolve(root), dirname(temp));
      removed.push(temp);
    }
    unlinkSync(record.path);
  }
  return { replayed: safe.length, removed, refused };
}

/** The targets an interrupted run committed but did not finish (what recoverInterrupted would complete), relative to journalDir. */
export function pendingChanges(journalDir: string, roots: string[] = []): string[] {
  const out: string[] = [];
  for (const { journal } of journalsOfDeadRuns(journalDir, roots).safe) {
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
