import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { boundHeapGrowthForLargeRuns, LARGE_RUN_BYTES } from "../../generator/pipeline/heap.ts";

describe("boundHeapGrowthForLargeRuns", () => {
  it("bounds the heap only when the documents together exceed the large-run size (missing ones count nothing)", () => {
    const dir = mkdtempSync(join(tmpdir(), "docs2sdk-heap-"));
    const [a, b] = [join(dir, "a.txt"), join(dir, "b.txt")];
    writeFileSync(a, "");
    writeFileSync(b, "");
    truncateSync(a, LARGE_RUN_BYTES / 2);
    truncateSync(b, LARGE_RUN_BYTES / 2);
    expect(boundHeapGrowthForLargeRuns([a, b, join(dir, "missing.txt")])).toBe(false);
    truncateSync(b, LARGE_RUN_BYTES / 2 + 1);
    expect(boundHeapGrowthForLargeRuns([a, b])).toBe(true);
  });
});
