// The slow part of issue 19's acceptance (integration tier): the default per-attempt timeout really is
// 60 s (a stalled server, nothing configured), and a 700 MB body in a process of its own rejects with a
// typed error while the process lives on, its memory bounded. Both transports.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as runtime from "../../../generated/runtime/dist/index.node.js";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import type { ClientConfig } from "../../../templates/runtime/src/types.ts";
import { startLoopbackServer, type LoopbackServer } from "./loopback-server.ts";

type Package = Record<string, (...args: any[]) => any>;
const cvm = (await import("../../../generated/tencentcloud-cvm/dist/index.js")) as unknown as Package;
const CREDS = { secretId: "AKIDslowTest0001", secretKey: "slowSecretKey0001" };

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server?.close());

describe("the default attempt timeout", () => {
  it("is 60 s: a server that sends headers and then nothing rejects after a minute, on node:http and fetch alike", { timeout: 120_000 }, async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"Response": {');
    });
    const call = async (transport: ClientConfig) => {
      const started = performance.now();
      // Nothing about time configured; no retries, so that one attempt is measured.
      const client = cvm.createCvmClient!({ credentials: CREDS, endpoint: server.origin, maxRetries: 0, ...transport });
      const error = await cvm.describeInstances!(client, {}).then(
        () => undefined,
        (e: unknown) => e,
      );
      return { error, elapsed: performance.now() - started };
    };
    const results = await Promise.all([call({}), call({ fetch: globalThis.fetch })]);
    for (const { error, elapsed } of results) {
      expect(error).toBeInstanceOf(runtime.RequestError);
      expect(error).toMatchObject({ code: "Timeout", message: expect.stringContaining("no response within 60000 ms") });
      expect(elapsed).toBeGreaterThanOrEqual(59_900);
    }
    expect(server.received).toHaveLength(2);
  });
});

// Runs in a fresh Node process: the server streams 700 MB lazily (64 KB at a time, only as fast as
// the socket drains, never built in memory), the client on the shipped runtime reads at most the 10 MB
// default. The process reports each transport's error code, the bytes the server got out before it
// was cut off and its peak RSS, then exits 0 by itself.
const CHILD = `
import { createServer } from "node:http";
const { RuntimeClient } = await import(process.argv[1]);
const TOTAL = 700 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 0x61);
let written = 0;
const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { "content-type": "application/json", "content-length": String(TOTAL) });
  const pump = () => {
    while (written < TOTAL && !res.destroyed) {
      written += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
  };
  pump();
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const endpoint = "http://127.0.0.1:" + server.address().port;
const service = { provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "cvm.tencentcloudapi.com" };
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
const results = [];
for (const extra of [{}, { fetch: globalThis.fetch }]) {
  written = 0;
  const client = new RuntimeClient(service, { credentials: { secretId: "AKIDchild0001", secretKey: "childKey0001" }, endpoint, ...extra });
  const error = await client.send("DescribeInstances", {}, undefined, { readOnly: true }).then(() => null, (e) => e);
  await new Promise((resolve) => setTimeout(resolve, 200)); // the server sees the connection close
  results.push({ name: error?.name, code: error?.code, retryable: error?.retryable, written });
}
clearInterval(sampler);
server.close();
console.log(JSON.stringify({ results, peakRssMb: Math.round(peak / 1048576) }));
`;

describe("a 700 MB response", () => {
  it("rejects with ResponseTooLarge in a process that lives on, having read a bounded part of it", { timeout: 120_000 }, async () => {
    const entry = pathToFileURL(join(REPO_ROOT, "generated/runtime/dist/index.node.js")).href;
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", CHILD, entry], { timeout: 100_000 });
    const report = JSON.parse(stdout.trim().split("\n").pop()!) as { results: { name: string; code: string; retryable: boolean; written: number }[]; peakRssMb: number };
    expect(report.results).toHaveLength(2);
    for (const result of report.results) {
      expect(result).toMatchObject({ name: "RequestError", code: "ResponseTooLarge", retryable: false });
      // The client stopped reading: the server got out a few socket buffers past the 10 MB limit.
      expect(result.written).toBeLessThan(100 * 1024 * 1024);
    }
    // 700 MB read whole would be gigabytes of RSS (as a string, and the RangeError before it).
    expect(report.peakRssMb).toBeLessThan(300);
  });
});
