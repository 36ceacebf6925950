// Brings a directory in line with an in-memory file map, touching only what differs.
// Each file is written to a temporary sibling and renamed into place, so a crash never leaves a
// half-written file, and an unchanged file keeps its mtime (a no-op regeneration writes nothing).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

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

export function syncTree(root: string, files: Map<string, FileContent>, options: SyncOptions): SyncResult {
  const result: SyncResult = { written: [], deleted: [], unchanged: 0 };
  for (const rel of [...files.keys()].sort()) {
    const content = files.get(rel)!;
    const target = join(root, rel);
    if (sameContent(target, content)) {
      result.unchanged++;
      continue;
    }
    result.written.push(rel);
    if (options.check) continue;
    mkdirSync(dirname(target), { recursive: true });
    const tmp = `${target}.tmp-${process.pid}`;
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  }
  for (const rel of listFiles(root)) {
    if (files.has(rel) || !options.owns(rel)) continue;
    result.deleted.push(rel);
    if (options.check) continue;
    unlinkSync(join(root, rel));
    removeEmptyParents(root, dirname(join(root, rel)));
  }
  return result;
}

function removeEmptyParents(root: string, dir: string): void {
  while (dir.startsWith(root) && dir !== root) {
    if (readdirSync(dir).length > 0) return;
    rmdirSync(dir);
    dir = dirname(dir);
  }
}
