// Integration tier (slow: every emitter, twice, no cache).
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { listFiles } from "../../generator/pipeline/sync-tree.ts";

const FIXTURES = ["test/parse/aliyun-rpc/fixtures/mini-ecs.txt", "test/parse/tce-api3/fixtures/mini-api3.txt"];

/** A project holding two small real documents, generated with the given number of workers. */
async function generateWith(workers: number): Promise<Map<string, string>> {
  const root = mkdtempSync(join(tmpdir(), `docs2sdk-workers-${workers}-`));
  mkdirSync(join(root, "spec", "sources"), { recursive: true });
  for (const f of FIXTURES) cpSync(join(REPO_ROOT, f), join(root, "spec", "sources", f.slice(f.lastIndexOf("/") + 1)));
  const result = await generate({ root, workers, cache: false });
  expect(result.errors).toBe(0);
  const tree = new Map<string, string>();
  for (const dir of ["spec", "generated"]) {
    for (const rel of listFiles(join(root, dir))) tree.set(`${dir}/${rel}`, readFileSync(join(root, dir, rel)).toString("base64"));
  }
  return tree;
}

describe("generate on worker threads", () => {
  it("writes byte-for-byte what a run on one thread writes (every emitter, spec/ and generated/)", async () => {
    const serial = await generateWith(0);
    const parallel = await generateWith(2);
    expect(serial.size).toBeGreaterThan(100);
    expect([...parallel.keys()]).toEqual([...serial.keys()]);
    for (const [path, bytes] of serial) expect(parallel.get(path), path).toBe(bytes);
  }, 240_000);
});
