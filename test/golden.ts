// Golden trees of emitted files: `<path>.golden` per file, compared byte for byte. UPDATE_GOLDEN=1
// rewrites the tree deliberately; otherwise a missing golden file fails (it is never written silently).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";
import { listFiles } from "../generator/pipeline/sync-tree.ts";

const GOLDEN_SUFFIX = ".golden";

/** Asserts that `files` are exactly the golden tree under `dir` (rewriting it first under UPDATE_GOLDEN=1). */
export function expectGoldenTree(dir: string, files: ReadonlyMap<string, string>): void {
  if (process.env.UPDATE_GOLDEN === "1") {
    rmSync(dir, { recursive: true, force: true });
    for (const [path, text] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path + GOLDEN_SUFFIX), text);
    }
  }
  const golden = listFiles(dir).map((p) => p.slice(0, -GOLDEN_SUFFIX.length));
  expect([...files.keys()].sort()).toEqual(golden);
  for (const [path, text] of files) expect(text, path).toBe(readFileSync(join(dir, path + GOLDEN_SUFFIX), "utf8"));
}
