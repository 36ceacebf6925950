import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { parseFresh } from "../../generator/pipeline/parse-one.ts";
import { WorkerPool } from "../../generator/pipeline/worker-pool.ts";

const FIXTURES = ["test/parse/aliyun-rpc/fixtures/mini-ecs.txt", "test/parse/tce-api3/fixtures/mini-api3.txt"];

describe("WorkerPool", () => {
  it("parses in a worker exactly as in this thread, and reports a task's failure as an error", async () => {
    const pool = new WorkerPool(2);
    try {
      const file = "mini-ecs.txt";
      const input = join(REPO_ROOT, FIXTURES[0]!);
      const [inWorker, again] = await Promise.all([pool.run({ kind: "parse", input, file }), pool.run({ kind: "parse", input, file })]);
      expect(inWorker).toEqual(await parseFresh(input, file));
      expect(again).toEqual(inWorker);
      await expect(pool.run({ kind: "emit", emitter: "no-such-emitter", specs: [], templatesDir: REPO_ROOT })).rejects.toThrow(/no emitter named no-such-emitter/);
    } finally {
      await pool.close();
    }
  });
});

