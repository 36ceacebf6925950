// A content-addressed cache for the build step, so that a run where nothing changed does almost
// no work, and a change in one document redoes only the work that depends on it.
//
// Keys are hashes of everything a result depends on: the input bytes and a fingerprint of the
// code and templates that produce it. Nothing is ever invalidated by time; a stale entry simply
// stops being asked for and is pruned at the end of the run.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "./sync-tree.ts";

export function sha256(...parts: (string | Uint8Array)[]): string {
  const h = createHash("sha256");
  for (const p of parts) {
    h.update(typeof p === "string" ? Buffer.from(p, "utf8") : p);
    h.update("\0");
  }
  return h.digest("hex");
}

/** A hash of the given files and of every file below the given directories (paths and bytes):
 *  the code and templates a result depends on. */
export function fingerprint(root: string, paths: string[]): string {
  const h = createHash("sha256");
  for (const dir of paths) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory() ? listFiles(full) : [""];
    for (const rel of files) {
      h.update(`${dir}/${rel}\0`);
      h.update(readFileSync(rel ? join(full, rel) : full));
      h.update("\0");
    }
  }
  return h.digest("hex");
}

export class BuildCache {
  private readonly used = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly dir: string,
    private readonly enabled = true,
  ) {}

  private path(kind: string, key: string): string {
    return join(this.dir, kind, `${key}.json`);
  }

  get<T>(kind: string, key: string): T | undefined {
    if (!this.enabled) return undefined;
    const path = this.path(kind, key);
    this.used.add(path);
    if (!existsSync(path)) {
      this.misses++;
      return undefined;
    }
    try {
      const value = JSON.parse(readFileSync(path, "utf8")) as T;
      this.hits++;
      return value;
    } catch {
      this.misses++; // a damaged entry is a miss, never an error
      return undefined;
    }
  }

  /**
   * An entry read as part of one that get() counted (the content behind a manifest): not counted
   * again as a hit or a miss, but kept from pruning like any entry asked for.
   */
  read<T>(kind: string, key: string): T | undefined {
    if (!this.enabled) return undefined;
    this.touch(kind, key);
    try {
      return JSON.parse(readFileSync(this.path(kind, key), "utf8")) as T;
    } catch {
      return undefined;
    }
  }

  /** Keeps an entry from pruning without reading it. */
  touch(kind: string, key: string): void {
    if (this.enabled) this.used.add(this.path(kind, key));
  }

  get enabledForRun(): boolean {
    return this.enabled;
  }

  /** A directory of the cache that something else manages (undefined when the cache is off). */
  directory(name: string): string | undefined {
    return this.enabled ? join(this.dir, name) : undefined;
  }

  set(kind: string, key: string, value: unknown): void {
    if (!this.enabled) return;
    const path = this.path(kind, key);
    this.used.add(path);
    mkdirSync(join(this.dir, kind), { recursive: true });
    // The cache is machine-local: a .gitignore of "*" keeps it out of the project's commits.
    if (!existsSync(join(this.dir, ".gitignore"))) writeFileSync(join(this.dir, ".gitignore"), "*\n");
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, path);
  }

  /** Deletes the entries of the given kinds that this run did not ask for. */
  prune(kinds: string[]): void {
    if (!this.enabled) return;
    for (const kind of kinds) {
      const dir = join(this.dir, kind);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir)) {
        const path = join(dir, f);
        // Another run sharing the cache may have pruned it already; that is fine.
        if (!this.used.has(path)) rmSync(path, { force: true });
      }
    }
  }
}

/** The hash of a file's bytes (a string as its UTF-8), as an emit manifest records it. */
export function contentHash(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** File maps survive JSON as text or base64 (for binary content such as images). */
export type SerializedFiles = [path: string, kind: "text" | "base64", content: string][];

export function serializeFiles(files: Map<string, string | Uint8Array>): SerializedFiles {
  return [...files].map(([p, c]) => (typeof c === "string" ? [p, "text", c] : [p, "base64", Buffer.from(c).toString("base64")]));
}

export function deserializeFiles(files: SerializedFiles): Map<string, string | Uint8Array> {
  return new Map(files.map(([p, kind, c]) => [p, kind === "text" ? c : new Uint8Array(Buffer.from(c, "base64"))]));
}
