// TC3 signatures per second: @docs2sdk/runtime's Tc3Signer (node:crypto, derived key cached per
// secret/date/service) against tencentcloud-sdk-nodejs-common's Sign.sign3, on the same request.
// Target (issue 4): >= 2x. Both sides serialize the same payload object; medians of several runs.
import { createRequire } from "node:module";
import { emitRuntime } from "../emit/runtime/emitted-runtime.ts";

const require = createRequire(import.meta.url);
const Sign = (require("tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js") as {
  default: { sign3(args: Record<string, unknown>): string };
}).default;

const RUNS = 11;
const RUN_MS = 200;

/** Operations per second of fn, measured over RUN_MS, after a warm-up. */
export async function opsPerSecond(fn: () => unknown | Promise<unknown>, ms = RUN_MS): Promise<number> {
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 100; i++) await fn();
    count += 100;
    now = performance.now();
  }
  return (count * 1000) / (now - start);
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<void> {
  const rt = await emitRuntime();
  try {
    const signer = new rt.node.Tc3Signer();
    const payload = { Limit: 1, Filters: [{ Values: ["未命名"], Name: "instance-name" }] };
    const secretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    const secretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    const timestamp = Math.floor(Date.now() / 1000);
    const ours = () =>
      signer.sign({
        secretId,
        secretKey,
        service: "cvm",
        timestamp,
        headers: { "content-type": "application/json; charset=utf-8", host: "cvm.tencentcloudapi.com", "x-tc-action": "DescribeInstances" },
        payload: JSON.stringify(payload),
      });
    const official = () =>
      Sign.sign3({
        method: "POST",
        url: "https://cvm.tencentcloudapi.com/",
        payload,
        timestamp,
        service: "cvm",
        secretId,
        secretKey,
        headers: { "Content-Type": "application/json; charset=utf-8" },
      });
    const oursSync = () =>
      signer.signSync({
        secretId,
        secretKey,
        service: "cvm",
        timestamp,
        headers: { "content-type": "application/json; charset=utf-8", host: "cvm.tencentcloudapi.com", "x-tc-action": "DescribeInstances" },
        payload: JSON.stringify(payload),
      });
    await opsPerSecond(ours, 200);
    await opsPerSecond(official, 200);
    const oursRuns: number[] = [];
    const officialRuns: number[] = [];
    const syncRuns: number[] = [];
    // Interleaved runs, so that load from other processes hits both sides alike.
    for (let i = 0; i < RUNS; i++) {
      oursRuns.push(await opsPerSecond(ours));
      officialRuns.push(await opsPerSecond(official));
      syncRuns.push(await opsPerSecond(oursSync));
    }
    const a = median(oursRuns);
    const b = median(officialRuns);
    console.log(`TC3 signatures/s, @docs2sdk/runtime Tc3Signer:            ${a.toFixed(0)} (median of ${RUNS})`);
    console.log(`TC3 signatures/s, tencentcloud-sdk-nodejs-common sign3:   ${b.toFixed(0)} (median of ${RUNS})`);
    console.log(`ratio: ${(a / b).toFixed(2)}x (target >= 2x)`);
    console.log(`(Tc3Signer.signSync: ${median(syncRuns).toFixed(0)}/s, ${(median(syncRuns) / b).toFixed(2)}x)`);
  } finally {
    rt.cleanup();
  }
}
