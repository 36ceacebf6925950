import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync, mkdirSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CommitSteps, commitPlans, StagedTree, syncTree } from "../../generator/pipeline/sync-tree.ts";

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

describe("StagedTree", () => {
  const journalOf = (root: string) => join(root, "journal");

  it("writes a changed file to its temporary sibling at once, the tree itself only at the commit", () => {
    const root = tempDir();
    writeFileSync(join(root, "same.txt"), "same");
    writeFileSync(join(root, "old.txt"), "owned, no longer emitted");
    const tree = new StagedTree(root, journalOf(root), false, new CommitSteps());
    tree.stage([["same.txt", "same"], ["a/new.txt", "new"]]);
    expect(readFileSync(join(root, `a/new.txt.tmp-${process.pid}`), "utf8")).toBe("new");
    expect(existsSync(join(root, "a/new.txt"))).toBe(false);
    expect(tree.read("a/new.txt", "utf8")).toBe("new");
    expect(tree.read("same.txt", "utf8")).toBe("same");
    const plan = tree.plan(new Set(["same.txt", "a/new.txt"]), { owns: () => true });
    expect(plan.result).toEqual({ written: ["a/new.txt"], deleted: ["old.txt"], unchanged: 1 });
    commitPlans([plan], journalOf(root));
    expect(readFileSync(join(root, "a/new.txt"), "utf8")).toBe("new");
    expect(existsSync(join(root, "old.txt"))).toBe(false);
    expect(existsSync(join(root, `a/new.txt.tmp-${process.pid}`))).toBe(false);
    expect(existsSync(join(journalOf(root), `.docs2sdk-run-${process.pid}.json`))).toBe(false);
  });

  it("discard removes what was staged (and the directories made for it); the tree is as it was", () => {
    const root = tempDir();
    writeFileSync(join(root, "x.txt"), "old");
    const tree = new StagedTree(root, journalOf(root), false, new CommitSteps());
    tree.stage([["x.txt", "new"], ["deep/er/y.txt", "y"]]);
    tree.discard();
    expect(readFileSync(join(root, "x.txt"), "utf8")).toBe("old");
    expect(existsSync(join(root, `x.txt.tmp-${process.pid}`))).toBe(false);
    expect(existsSync(join(root, "deep"))).toBe(false);
  });

  it("under check writes nothing and still answers with the new bytes", () => {
    const root = tempDir();
    writeFileSync(join(root, "x.txt"), "old");
    const tree = new StagedTree(root, journalOf(root), true, new CommitSteps());
    tree.stage([["x.txt", "new"]]);
    expect(readFileSync(join(root, "x.txt"), "utf8")).toBe("old");
    expect(existsSync(join(root, `x.txt.tmp-${process.pid}`))).toBe(false);
    expect(existsSync(journalOf(root))).toBe(false);
    expect(tree.read("x.txt", "utf8")).toBe("new");
    expect(tree.plan(new Set(["x.txt"]), { owns: () => true }).result.written).toEqual(["x.txt"]);
  });
});
