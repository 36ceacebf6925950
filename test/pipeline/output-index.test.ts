import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentHash } from "../../generator/pipeline/cache.ts";
import { OutputIndex } from "../../generator/pipeline/output-index.ts";

describe("OutputIndex", () => {
  it("gives a file's recorded hash only while the file is as it was recorded", () => {
    const root = mkdtempSync(join(tmpdir(), "docs2sdk-index-root-"));
    const cache = mkdtempSync(join(tmpdir(), "docs2sdk-index-cache-"));
    writeFileSync(join(root, "a.txt"), "alpha");
    writeFileSync(join(root, "b.txt"), "beta");
    OutputIndex.write(cache, root, [["a.txt", contentHash("alpha")], ["b.txt", contentHash("beta")], ["gone.txt", "x"]]);
    const index = OutputIndex.read(cache);
    expect(index.hashIfUnchanged(root, "a.txt")).toBe(contentHash("alpha"));
    expect(index.hashIfUnchanged(root, "gone.txt")).toBeUndefined();
    // Same size, and the modification time put back: the change time still gives the edit away.
    const before = statSync(join(root, "b.txt"));
    writeFileSync(join(root, "b.txt"), "BETA");
    utimesSync(join(root, "b.txt"), before.atime, before.mtime);
    expect(index.hashIfUnchanged(root, "b.txt")).toBeUndefined();
    rmSync(join(root, "a.txt"));
    expect(index.hashIfUnchanged(root, "a.txt")).toBeUndefined();
    // No index, or a damaged one: nothing is known.
    expect(OutputIndex.read(undefined).hashIfUnchanged(root, "b.txt")).toBeUndefined();
    writeFileSync(join(cache, "output-index.json"), "{");
    expect(OutputIndex.read(cache).hashIfUnchanged(root, "b.txt")).toBeUndefined();
    expect(readFileSync(join(root, "b.txt"), "utf8")).toBe("BETA");
  });
});
