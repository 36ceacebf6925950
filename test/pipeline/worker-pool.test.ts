import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { parseFresh } from "../../generator/pipeline/parse-one.ts";
import { WorkerPool, type PoolTask } from "../../generator/pipeline/worker-pool.ts";

const FIXTURES = ["test/parse/aliyun-rpc/fixtures/mini-ecs.txt", "test/parse/tce-api3/fixtures/mini-api3.txt"];
const input = join(REPO_ROOT, FIXTURES[0]!);
const parseTask = (file: string): PoolTask => ({ kind: "parse", input, file });
const compileTask = (name: string): PoolTask => ({ kind: "compile", input: { sources: new Map([["package.json", '{ "type": "module" }'], ["src/index.ts", `export const name: string = ${JSON.stringify(name)};\n`]]) } });

/** Lets every promise callback already due run (the pool starts this thread's tasks a few callbacks later). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** This thread's side of a pool: records what it is given and answers when told to. */
function recordingLocal() {
  const ran: PoolTask[] = [];
  const release: (() => void)[] = [];
  const local = (task: PoolTask) => {
    ran.push(task);
    return new Promise<unknown>((resolve) => release.push(() => resolve(task)));
  };
  return { ran, release, local };
}

describe("WorkerPool", () => {
  it("parses in a worker exactly as in this thread, and reports a task's failure as an error", async () => {
    const pool = new WorkerPool(2);
    try {
      const file = "mini-ecs.txt";
      const [inWorker, again] = await Promise.all([pool.run(parseTask(file)), pool.run(parseTask(file))]);
      expect(inWorker).toEqual(await parseFresh(input, file));
      expect(again).toEqual(inWorker);
      await expect(pool.run({ kind: "emit", emitter: "no-such-emitter", specs: [], templatesDir: REPO_ROOT })).rejects.toThrow(/no emitter named no-such-emitter/);
    } finally {
      await pool.close();
    }
  });

  it("gives the compiler lane to the workers and everything else to this thread first", async () => {
    const { ran, release, local } = recordingLocal();
    const pool = new WorkerPool(1, local);
    try {
      const compiled = pool.run<{ outputs: Map<string, string>; errors: string[] }>(compileTask("a"), "compiler");
      const parsed = pool.run(parseTask("x.txt"));
      expect(ran).toEqual([]);
      await settle();
      expect(ran).toEqual([parseTask("x.txt")]);
      release.forEach((r) => r());
      expect(await parsed).toEqual(parseTask("x.txt"));
      const { outputs, errors } = await compiled;
      expect(errors).toEqual([]);
      expect(outputs.get("dist/index.js")).toContain('export const name = "a";');
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("takes from the far end of the compiler lane only against a backlog (warming the compiler here costs)", async () => {
    const { ran, release, local } = recordingLocal();
    const pool = new WorkerPool(1, local);
    try {
      // The worker holds two; three waiting is no backlog, four is.
      const tasks = ["1", "2", "3", "4", "5"].map((n) => pool.run(compileTask(n), "compiler"));
      await settle();
      expect(ran).toEqual([]);
      tasks.push(pool.run(compileTask("6"), "compiler"));
      await settle();
      expect(ran).toEqual([compileTask("6")]);
      release.forEach((r) => r());
      await Promise.all(tasks);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("runs tasks asked for first ahead of those waiting, in the order asked, and refuses what waits at close", async () => {
    const { ran, release, local } = recordingLocal();
    const pool = new WorkerPool(0, local);
    const busy = ["a", "b", "c"].map((f) => pool.run(parseTask(f)));
    const later = pool.run(parseTask("later"));
    const urgent = [pool.run(parseTask("urgent-1"), "general", true), pool.run(parseTask("urgent-2"), "general", true)];
    await settle();
    expect(ran.map((t) => (t as { file: string }).file)).toEqual(["a", "b", "c"]);
    release.shift()!();
    await busy[0];
    await settle();
    expect(ran.map((t) => (t as { file: string }).file)).toEqual(["a", "b", "c", "urgent-1"]);
    const closing = pool.close();
    await expect(later).rejects.toThrow(/closed/);
    await expect(urgent[1]).rejects.toThrow(/closed/);
    await closing;
  });
});
