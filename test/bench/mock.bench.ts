// The mock server under sustained load (issue 14 item 7: "memory flat under 60 s of load"). The mock
// (repository spec/, signatures checked, a request log of REQUEST_LOG_SIZE) runs in a child process;
// CONCURRENCY signed clients (@docs2sdk/runtime RuntimeClient over loopback) send a mix of CVM
// DescribeInstances (TC3 JSON, some with ~40 KB of parameters), CVM V2 DescribeInstances (GET, and
// POST forms of ~40 KB), Alibaba ECS DescribeInstances (GET, some with ~6 KB of query) and DescribeRegions.
// The child's RSS and heap used are sampled every few seconds, then a full GC is run there (--expose-gc)
// to read the live heap: a leak shows as live heap growing once the log is full, where RSS and heap
// used alone also move with when V8 chooses to collect (without the GC, a 60 s run on a loaded
// machine showed heap used climbing 67 -> 115 MB of garbage). Target: RSS growth after warm-up < 20 %.
// DOCS2SDK_BENCH_SECONDS sets the duration (default 60). Warm-up: the first sixth (at least 2 s) and
// until the request log is full, since a log filling up is growth by design.
import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { RuntimeClient, defaultNodeTransport } from "../../templates/runtime/src/index.node.ts";
import type { ClientConfig } from "../../templates/runtime/src/types.ts";

const SECONDS = Number(process.env.DOCS2SDK_BENCH_SECONDS ?? 60);
const CONCURRENCY = 8;
const REQUEST_LOG_SIZE = 1000;
const credentials = { secretId: "AKIDmockBench0000000000000000000000", secretKey: "mockBenchSecretKey00000000000000" };
const MB = 1024 * 1024;

interface Memory {
  rss: number;
  heapUsed: number;
  /** Heap used after a full GC. */
  live: number;
}
interface Sample extends Memory {
  t: number;
  requests: number;
  logged: number;
}

function startChild(): Promise<{ child: ChildProcess; url: string }> {
  // fork inherits this process's execArgv: tsx's loader, so the child runs TypeScript too.
  const child = fork(join(import.meta.dirname, "mock-server.child.ts"), [credentials.secretId, credentials.secretKey, String(REQUEST_LOG_SIZE)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    execArgv: [...process.execArgv, "--expose-gc"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the mock child exited with ${code} before listening`)));
    child.once("message", (m) => resolve({ child, url: (m as { url: string }).url }));
  });
}

function childMemory(child: ChildProcess): Promise<Memory & { logged: number }> {
  return new Promise((resolve) => {
    child.once("message", (m) => {
      const { memory, live, logged } = m as { memory: NodeJS.MemoryUsage; live: number; logged: number };
      resolve({ rss: memory.rss, heapUsed: memory.heapUsed, live, logged });
    });
    child.send("memory");
  });
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(8, "0")}`);

function calls(url: string): (() => Promise<unknown>)[] {
  const config: ClientConfig = { credentials, endpoint: url, maxRetries: 0 };
  const cvm = new RuntimeClient(
    { provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "cvm.tencentcloudapi.com" },
    { ...config, region: "ap-guangzhou" },
  );
  const v2 = { provider: "tencentcloud", service: "cvm", version: "v2", protocol: "tencent-v2", endpoint: "cvm.api.qcloud.com" } as const;
  const cvmV2 = new RuntimeClient(v2, { ...config, region: "gz" });
  const cvmV2Post = new RuntimeClient(v2, { ...config, region: "gz", httpMethod: "POST" } as ClientConfig);
  const ecs = new RuntimeClient(
    { provider: "aliyun", service: "ecs", version: "2014-05-26", protocol: "aliyun-rpc", endpoint: "tjv3ecs.example.com" },
    { ...config, region: "cn-hangzhou" },
  );
  // ~40 KB of parameters (under the log's 64 KB per record, so they are kept: the worst case).
  const largeFilters = [{ Name: "instance-name", Values: ids("名称-bench", 2000) }];
  const largeV2Ids = ids("ins", 3000);
  const mediumEcsIds = JSON.stringify(ids("i", 400));
  return [
    () => cvm.send("DescribeInstances", { Limit: 10, Offset: 0, Filters: [{ Name: "zone", Values: ["ap-guangzhou-3"] }] }),
    () => cvm.send("DescribeInstances", { Limit: 100, Filters: largeFilters }),
    () => cvm.send("DescribeRegions", {}),
    () => cvmV2.send("DescribeInstances", { offset: 0, limit: 20, instanceIds: ["ins-1", "ins-2"] }),
    () => cvmV2Post.send("DescribeInstances", { limit: 100, instanceIds: largeV2Ids }),
    () => ecs.send("DescribeInstances", { RegionId: "cn-hangzhou", PageSize: 10 }),
    () => ecs.send("DescribeInstances", { RegionId: "cn-hangzhou", InstanceIds: mediumEcsIds }),
    () => ecs.send("DescribeRegions", {}),
  ];
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

export async function run(): Promise<void> {
  const { child, url } = await startChild();
  const mix = calls(url);
  const outcomes = new Map<string, number>();
  let requests = 0;
  try {
    // One of each first: a signing or parameter problem shows here, not as 60 s of errors.
    for (const call of mix) await call();
    const samples: Sample[] = [];
    const sample = async (t: number) => {
      samples.push({ t, requests, ...(await childMemory(child)) });
    };
    const start = performance.now();
    const end = start + SECONDS * 1000;
    const warmUpMs = Math.max(2000, (SECONDS * 1000) / 6);
    const every = Math.min(5000, (SECONDS * 1000) / 6);
    await sample(0);
    let sampling = Promise.resolve();
    const timer = setInterval(() => {
      if (performance.now() < end - every / 2) sampling = sampling.then(() => sample(performance.now() - start));
    }, every);
    const worker = async (w: number) => {
      for (let i = w; performance.now() < end; i++) {
        const key = await mix[i % mix.length]!().then(
          () => "ok",
          (e: { code?: string }) => e.code ?? "thrown",
        );
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        requests++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
    clearInterval(timer);
    await sampling;
    const elapsed = performance.now() - start;
    await sample(elapsed);

    const first = samples[0]!;
    const last = samples.at(-1)!;
    // Warm-up ends once the request log is full (it then holds its bounded size) and the first sixth is over.
    const warm = samples.find((s) => s.t >= warmUpMs && s.logged >= REQUEST_LOG_SIZE) ?? samples.find((s) => s.t >= warmUpMs) ?? last;
    const after = samples.filter((s) => s.t >= warm.t);
    const peak = Math.max(...after.map((s) => s.rss));
    const growth = (last.rss / warm.rss - 1) * 100;
    console.log(`${SECONDS} s of load, ${CONCURRENCY} concurrent signed clients, mock in a child process (request log ${REQUEST_LOG_SIZE})`);
    console.log(`requests: ${requests} (${((requests / elapsed) * 1000).toFixed(0)} requests/s); outcomes: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(", ")}`);
    for (const s of samples) console.log(`  t=${(s.t / 1000).toFixed(0).padStart(3)} s  RSS ${mb(s.rss).padStart(9)}  heap used ${mb(s.heapUsed).padStart(9)}  live after GC ${mb(s.live).padStart(9)}  logged ${s.logged}`);
    const full = warm.logged >= REQUEST_LOG_SIZE ? "request log full" : `request log NOT full yet: ${warm.logged} of ${REQUEST_LOG_SIZE}`;
    console.log(`RSS at start ${mb(first.rss)}, after warm-up (${(warm.t / 1000).toFixed(0)} s, ${full}) ${mb(warm.rss)}, at the end ${mb(last.rss)} (peak after warm-up ${mb(peak)})`);
    console.log(`heap used at start ${mb(first.heapUsed)}, after warm-up ${mb(warm.heapUsed)}, at the end ${mb(last.heapUsed)}`);
    const liveGrowth = (last.live / warm.live - 1) * 100;
    console.log(`live heap (after a full GC) at start ${mb(first.live)}, after warm-up ${mb(warm.live)}, at the end ${mb(last.live)}: ${liveGrowth >= 0 ? "+" : ""}${liveGrowth.toFixed(1)} %`);
    console.log(`RSS growth after warm-up: ${growth >= 0 ? "+" : ""}${growth.toFixed(1)} % (target < 20 %)`);
  } finally {
    defaultNodeTransport().destroy();
    child.removeAllListeners("exit");
    child.send("stop");
    await new Promise((done) => child.once("exit", done));
  }
}
