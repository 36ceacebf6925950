// What the last run left in the output tree, by file: its size, times and inode as they stood after
// the commit, and the hash of the bytes written. A later run that finds a file's state unchanged
// takes its hash from here instead of reading it: deciding that a cached unit's files are already in
// place then costs a stat per file, not a read of the whole output (600 MB for a catalogue).
// The ctime cannot be set back by tools that preserve mtimes, so a hand edit is still seen.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const OUTPUT_INDEX_FILE = "output-index.json";

type Entry = [size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string];

export class OutputIndex {
  private constructor(private readonly entries: ReadonlyMap<string, Entry>) {}

  /** The index the last run recorded in cacheDir (empty when there is none or it is damaged). */
  static read(cacheDir: string | undefined): OutputIndex {
    if (cacheDir === undefined) return new OutputIndex(new Map());
    try {
      const value = JSON.parse(readFileSync(join(cacheDir, OUTPUT_INDEX_FILE), "utf8")) as { files?: Record<string, Entry> };
      return new OutputIndex(new Map(Object.entries(value.files ?? {}).filter(([, e]) => Array.isArray(e) && e.length === 5)));
    } catch {
      return new OutputIndex(new Map());
    }
  }

  /** The recorded hash of root/rel when the file is as the index saw it; undefined when it is not (or absent). */
  hashIfUnchanged(root: string, rel: string): string | undefined {
    const entry = this.entries.get(rel);
    if (!entry) return undefined;
    try {
      const s = statSync(join(root, rel));
      return s.size === entry[0] && s.mtimeMs === entry[1] && s.ctimeMs === entry[2] && s.ino === entry[3] ? entry[4] : undefined;
    } catch {
      return undefined;
    }
  }

  /** Records the files below root with the hashes of what was written to them (files that vanished are left out). */
  static write(cacheDir: string, root: string, hashes: Iterable<[string, string]>): void {
    const files: Record<string, Entry> = {};
    for (const [rel, hash] of hashes) {
      try {
        const s = statSync(join(root, rel));
        files[rel] = [s.size, s.mtimeMs, s.ctimeMs, s.ino, hash];
      } catch {
        // Not there: the next run reads it (or finds it missing) as it would without the index.
      }
    }
    mkdirSync(cacheDir, { recursive: true });
    const path = join(cacheDir, OUTPUT_INDEX_FILE);
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify({ files }));
    renameSync(tmp, path);
  }
}
