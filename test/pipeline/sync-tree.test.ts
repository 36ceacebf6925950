import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync, mkdirSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syncTree } from "../../generator/pipeline/sync-tree.ts";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "docs2sdk-sync-"));
}

describe("syncTree", () => {
  it("writes new files, deletes owned stale ones, keeps foreign ones", () => {
    const root = tempDir();
    mkdirSync(join(root, "a"), { recursive: true });
    writeFileSync(join(root, "a/stale.json"), "{}");
    writeFileSync(join(root, "keep.txt"), "mine");
    const r = syncTree(root, new Map([["a/new.json", "1\n"]]), { owns: (p) => p.endsWith(".json") });
    expect(r.written).toEqual(["a/new.json"]);
    expect(r.deleted).toEqual(["a/stale.json"]);
    expect(readFileSync(join(root, "a/new.json"), "utf8")).toBe("1\n");
    expect(existsSync(join(root, "keep.txt"))).toBe(true);
  });

  it("leaves unchanged files untouched (mtime kept)", () => {
    const root = tempDir();
    writeFileSync(join(root, "x.json"), "same");
    const old = new Date(2000, 0, 1);
    utimesSync(join(root, "x.json"), old, old);
    const r = syncTree(root, new Map([["x.json", "same"]]), { owns: () => true });
    expect(r).toEqual({ written: [], deleted: [], unchanged: 1 });
    expect(statSync(join(root, "x.json")).mtime.getTime()).toBe(old.getTime());
  });

  it("check mode reports and writes nothing", () => {
    const root = tempDir();
    writeFileSync(join(root, "x.json"), "old");
    const r = syncTree(root, new Map([["x.json", "new"], ["y.json", "y"]]), { owns: () => true, check: true });
    expect(r.written).toEqual(["x.json", "y.json"]);
    expect(readFileSync(join(root, "x.json"), "utf8")).toBe("old");
    expect(existsSync(join(root, "y.json"))).toBe(false);
  });
});
