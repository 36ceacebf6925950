// Cold vs no-op regeneration of everything from the bundled documents (issue 7's target: a no-op
// run touches no file and is at least 10x faster than a cold one), and a cold `docs2sdk generate
// --no-cache` as a user runs it, on both cores and on one thread, whose outputs must be the same
// bytes (issue 22: <= 12 s). Runs in scratch copies, so the repository's own spec/ and generated/
// are not touched.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate, REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { listFiles } from "../../generator/pipeline/sync-tree.ts";
import { defaultWorkers } from "../../generator/pipeline/worker-pool.ts";

const COLD_TARGET_S = 12;

/** A scratch project holding the bundled documents. */
function scratchProject(): string {
  const root = mkdtempSync(join(tmpdir(), "docs2sdk-bench-gen-"));
  mkdirSync(join(root, "spec"), { recursive: true });
  cpSync(join(REPO_ROOT, "spec", "sources"), join(root, "spec", "sources"), { recursive: true });
  cpSync(join(REPO_ROOT, "spec", "schema.json"), join(root, "spec", "schema.json"));
  return root;
}

/** `docs2sdk generate --no-cache` in a fresh scratch project: seconds, and the project (to compare, then remove). */
function coldCli(workers: string | undefined): { seconds: number; root: string } {
  const root = scratchProject();
  const env = { ...process.env };
  if (workers === undefined) delete env.DOCS2SDK_WORKERS;
  else env.DOCS2SDK_WORKERS = workers;
  const started = performance.now();
  const child = spawnSync(process.execPath, [join(REPO_ROOT, "bin", "docs2sdk.mjs"), "generate", "--no-cache", "-q", "--root", root], { cwd: root, env, encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`generate exited ${child.status}: ${child.stderr}`);
  return { seconds, root };
}

/** Paths whose bytes differ between two projects' spec/ and generated/ (or exist in one only). */
function differing(a: string, b: string): string[] {
  const out: string[] = [];
  for (const dir of ["spec", "generated"]) {
    const left = new Set(listFiles(join(a, dir)));
    const right = new Set(listFiles(join(b, dir)));
    for (const rel of new Set([...left, ...right])) {
      if (!left.has(rel) || !right.has(rel) || !readFileSync(join(a, dir, rel)).equals(readFileSync(join(b, dir, rel)))) out.push(`${dir}/${rel}`);
    }
  }
  return out;
}

function coldNoCache(): void {
  const parallel = coldCli(undefined);
  const serial = coldCli("0");
  try {
    const diff = differing(parallel.root, serial.root);
    console.log(`cold generate --no-cache (CLI): ${parallel.seconds.toFixed(1)} s with ${defaultWorkers()} worker(s) beside the main thread (target <= ${COLD_TARGET_S} s${parallel.seconds <= COLD_TARGET_S ? ", met" : ", NOT met"}), ${serial.seconds.toFixed(1)} s on one thread`);
    console.log(`output on both cores and on one thread: ${diff.length === 0 ? "byte-for-byte the same" : `${diff.length} files differ, e.g. ${diff.slice(0, 3).join(", ")}`}`);
  } finally {
    rmSync(parallel.root, { recursive: true, force: true });
    rmSync(serial.root, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  coldNoCache();
  const root = scratchProject();
  try {
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
