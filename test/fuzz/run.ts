// `npm run fuzz`: the longer mutation campaign (not in CI). Same operators and invariant as
// test/parse/fuzz.test.ts, larger sizes (8,000-deep brackets, 80,000 spaces, 10,000 unclosed
// tags) and more mutants. Usage: npm run fuzz -- [mutants=3000] [seed=14] [timeout-s=20].
// Mutants run in a worker thread: one that takes longer than the timeout is a failure ("timeout"),
// the worker is replaced and the campaign goes on with the next mutant. Prints the figures
// (mutants run, failures by kind, actions only the safety net accounted for, time) and exits 1
// when any mutant failed.
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { CAMPAIGN_SIZES, check, loadSeeds, mutate, OPERATORS, prng } from "./mutate.ts";

interface Job {
  seed: number;
  from: number;
  count: number;
}
interface Report {
  i: number;
  seedName: string;
  ops: string[];
  failure?: string;
  caughtByNet: number;
  ms: number;
}

if (!isMainThread) {
  const job = workerData as Job;
  const seeds = loadSeeds();
  const rnd = prng(job.seed);
  for (let i = 0; i < job.count; i++) {
    const m = mutate(seeds, rnd, CAMPAIGN_SIZES);
    if (i < job.from) continue;
    parentPort!.postMessage({ start: i, seedName: m.seed, ops: m.ops });
    const o = check(m);
    parentPort!.postMessage({ i, seedName: m.seed, ops: m.ops, ...o } satisfies Report);
  }
} else {
  const count = Number(process.argv[2] ?? 3000);
  const seed = Number(process.argv[3] ?? 14);
  const timeoutMs = Number(process.argv[4] ?? 20) * 1000;
  const started = performance.now();
  const failures: string[] = [];
  const kinds = new Map<string, number>();
  const opsUsed = new Map<string, number>();
  let done = 0;
  let net = 0;
  let mutantsWithNet = 0;
  let slowest = { ms: 0, what: "" };
  const fail = (what: string, failure: string) => {
    failures.push(`${what}: ${failure}`);
    const kind = failure.replace(/[:@].*$/, "");
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  };
  const run = (from: number): Promise<void> =>
    new Promise((resolve) => {
      if (from >= count) return resolve();
      // The worker is this file again, through tsx's loader (workers do not inherit it).
      const tsxApi = import.meta.resolve("tsx/esm/api");
      const boot = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(import.meta.url)});`;
      const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { seed, from, count } satisfies Job });
      let current: { i: number; what: string } | undefined;
      let timer: NodeJS.Timeout | undefined;
      /** Set once a replacement worker carries on: this one's exit must not end the campaign. */
      let handedOff = false;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const c = current!;
          fail(c.what, `timeout: no result after ${timeoutMs / 1000} s`);
          done++;
          handedOff = true;
          void w.terminate().then(() => resolve(run(c.i + 1)));
        }, timeoutMs);
      };
      w.on("message", (msg: Report | { start: number; seedName: string; ops: string[] }) => {
        if ("start" in msg) {
          current = { i: msg.start, what: `#${msg.start} ${msg.seedName} [${msg.ops.join(", ")}]` };
          for (const o of msg.ops) opsUsed.set(o, (opsUsed.get(o) ?? 0) + 1);
          arm();
          return;
        }
        done++;
        const what = `#${msg.i} ${msg.seedName} [${msg.ops.join(", ")}]`;
        if (msg.failure) fail(what, msg.failure);
        net += msg.caughtByNet;
        if (msg.caughtByNet) mutantsWithNet++;
        if (msg.ms > slowest.ms) slowest = { ms: msg.ms, what };
        if (done % 250 === 0) process.stderr.write(`${done}/${count} mutants, ${failures.length} failures, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      });
      w.on("error", (e) => {
        if (!current) {
          process.stderr.write(`fuzz: worker failed to start: ${e.message}\n`);
          process.exit(2);
        }
        clearTimeout(timer);
        if (current) fail(current.what, `worker error: ${e.message.slice(0, 200)}`), done++;
        resolve(run((current?.i ?? from) + 1));
      });
      w.on("exit", () => {
        clearTimeout(timer);
        if (!handedOff) resolve();
      });
    });
  await run(0);
  const seconds = (performance.now() - started) / 1000;
  console.log(`fuzz: seed ${seed}, ${done} mutants of ${loadSeeds().length} excerpts, ${OPERATORS.length} operators (${[...opsUsed].map(([k, n]) => `${k} ${n}`).join(", ")})`);
  console.log(`failures: ${failures.length}${kinds.size ? ` (${[...kinds].map(([k, n]) => `${k}: ${n}`).join("; ")})` : ""}`);
  for (const f of failures.slice(0, 30)) console.log(`  ${f}`);
  console.log(`actions only the safety net (action.unaccounted) accounted for: ${net} in ${mutantsWithNet} mutants`);
  console.log(`time: ${seconds.toFixed(1)} s (${((seconds * 1000) / Math.max(1, done)).toFixed(1)} ms per mutant; slowest completed ${slowest.ms.toFixed(0)} ms, ${slowest.what})`);
  process.exitCode = failures.length ? 1 : 0;
}
