// Cold vs no-op regeneration of everything from the bundled documents (issue 7's target: a no-op
// run touches no file and is at least 10x faster than a cold one). Runs in a scratch copy, so the
// repository's own spec/ and generated/ are not touched.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate, REPO_ROOT } from "../../generator/pipeline/generate.ts";

export async function run(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "docs2sdk-bench-gen-"));
  try {
    mkdirSync(join(root, "spec"), { recursive: true });
    cpSync(join(REPO_ROOT, "spec", "sources"), join(root, "spec", "sources"), { recursive: true });
    cpSync(join(REPO_ROOT, "spec", "schema.json"), join(root, "spec", "schema.json"));
    let t = performance.now();
    const cold = await generate({ root });
    const coldMs = performance.now() - t;
    t = performance.now();
    const warm = await generate({ root });
    const warmMs = performance.now() - t;
    const written = warm.spec.written.length + (warm.generated?.written.length ?? 0);
    const files = cold.spec.written.length + (cold.generated?.written.length ?? 0);
    console.log(`cold generate:  ${coldMs.toFixed(0)} ms (${files} files written)`);
    console.log(`no-op generate: ${warmMs.toFixed(0)} ms (${written} files written, cache ${warm.cache.hits} hits / ${warm.cache.misses} misses)`);
    console.log(`speed-up: ${(coldMs / warmMs).toFixed(1)}x (target >= 10x, no file written)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
