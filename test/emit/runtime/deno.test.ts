// A timed-out call under real Deno is sent once (issue 15, item 6). Deno's node:http layer re-sends a
// POST that a timeout destroyed on a reused keep-alive socket (denoland/deno#36786), so the runtime's
// package.json sends Deno to the fetch + WebCrypto entry with a `deno` export condition ahead of
// `node`. Here the generated runtime and CVM client are copied into a temp node_modules, a small
// script runs under the deno binary from the `deno` devDependency (--node-modules-dir=manual, so
// package.json "exports" and their conditions are honoured), warms a keep-alive connection to a
// loopback server, then makes a call the server holds past the client's timeout. The control case
// drops the `deno` condition from the copied package.json: Deno then loads the node:http entry and
// the held call reaches the server twice, which shows this harness detects the bug.
// Without a working deno binary this file is skipped and says why.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";

const CLIENT_TIMEOUT_MS = 300;
/** The held call is answered after this long if the client has not hung up by then (>> the timeout). */
const HOLD_MS = 4000;

function findDeno(): { bin?: string; reason?: string } {
  const require = createRequire(join(REPO_ROOT, "package.json"));
  const candidates: string[] = [];
  const arch = process.arch === "arm64" ? "arm64" : "x64";
  const platformPackage = process.platform === "linux" ? `@deno/linux-${arch}-glibc` : `@deno/${process.platform}-${arch}`;
  const exe = process.platform === "win32" ? "deno.exe" : "deno";
  for (const pkg of [platformPackage, "deno"]) {
    try {
      candidates.push(join(require.resolve(`${pkg}/package.json`), "..", exe));
    } catch {
      // not installed
    }
  }
  candidates.push(join(REPO_ROOT, "node_modules/.bin", exe));
  const problems: string[] = [];
  for (const bin of candidates) {
    if (!existsSync(bin)) continue;
    try {
      execFileSync(bin, ["--version"], { stdio: "pipe" });
      return { bin };
    } catch (e) {
      problems.push(`${bin} --version failed: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  return { reason: problems.length ? problems.join("; ") : "no deno binary (devDependency `deno`, run npm ci)" };
}

const DENO = findDeno();

// Runs under Deno. Counts global fetch calls (the fetch entry uses fetch; the node entry uses node:http).
const SCRIPT = `
const [endpoint, timeout] = Deno.args;
let fetchCalls = 0;
const realFetch = globalThis.fetch;
globalThis.fetch = (...args) => { fetchCalls++; return realFetch(...args); };
const { CvmClient } = await import("@docs2sdk/tencentcloud-cvm");
const client = new CvmClient({ endpoint, region: "ap-guangzhou", credentials: { secretId: "AKIDdenotest", secretKey: "denotestkey" }, maxRetries: 0, timeout: Number(timeout) });
const out = { runtimeEntry: import.meta.resolve("@docs2sdk/runtime") };
try { await client.describeInstances({ Limit: 1 }); out.warm = "ok"; } catch (e) { out.warm = String(e?.code ?? e); }
try { await client.describeInstances({ Limit: 2 }); out.slow = "ok"; } catch (e) { out.slow = String(e?.code ?? e); out.slowName = e?.name; }
out.fetchCalls = fetchCalls;
console.log("RESULT " + JSON.stringify(out));
`;

interface Seen {
  limit: number | undefined;
  action: string | undefined;
  port: number | undefined;
}

interface Harness {
  dir: string;
  server: Server;
  seen: Seen[];
  timers: Set<NodeJS.Timeout>;
}

let harness: Harness | undefined;

afterEach(async () => {
  const h = harness;
  harness = undefined;
  if (!h) return;
  for (const t of h.timers) clearTimeout(t);
  h.server.closeAllConnections();
  await new Promise((r) => h.server.close(r));
  rmSync(h.dir, { recursive: true, force: true });
});

function answer(res: ServerResponse, requestId: string): void {
  const body = JSON.stringify({ Response: { TotalCount: 0, InstanceSet: [], RequestId: requestId } });
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
}

async function setUp(withDenoCondition: boolean): Promise<Harness & { origin: string }> {
  const dir = mkdtempSync(join(tmpdir(), "docs2sdk-deno-"));
  const scope = join(dir, "node_modules/@docs2sdk");
  cpSync(join(REPO_ROOT, "generated/runtime/package.json"), join(scope, "runtime/package.json"));
  cpSync(join(REPO_ROOT, "generated/runtime/dist"), join(scope, "runtime/dist"), { recursive: true });
  cpSync(join(REPO_ROOT, "generated/tencentcloud-cvm/package.json"), join(scope, "tencentcloud-cvm/package.json"));
  cpSync(join(REPO_ROOT, "generated/tencentcloud-cvm/dist"), join(scope, "tencentcloud-cvm/dist"), { recursive: true });
  const manifestPath = join(scope, "runtime/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { exports: Record<string, Record<string, unknown>> };
  expect(Object.keys(manifest.exports["."]!)[0], "the generated runtime lists the deno condition first").toBe("deno");
  if (!withDenoCondition) {
    delete manifest.exports["."]!.deno;
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  }
  writeFileSync(join(dir, "main.mjs"), SCRIPT);

  const seen: Seen[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      let limit: number | undefined;
      try {
        limit = (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { Limit?: number }).Limit;
      } catch {
        limit = undefined;
      }
      seen.push({ limit, action: req.headers["x-tc-action"] as string | undefined, port: req.socket.remotePort });
      if (limit !== 2) return answer(res, `warm-${seen.length}`);
      // The slow call: held until the client hangs up, or answered long after its timeout.
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) answer(res, `late-${seen.length}`);
      }, HOLD_MS);
      timers.add(timer);
      res.on("close", () => {
        clearTimeout(timer);
        timers.delete(timer);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  harness = { dir, server, seen, timers };
  return { ...harness, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Outcome {
  runtimeEntry: string;
  warm: string;
  slow: string;
  slowName?: string;
  fetchCalls: number;
}

async function runDeno(h: Harness & { origin: string }): Promise<Outcome> {
  const child = spawn(DENO.bin!, ["run", "--node-modules-dir=manual", "--allow-net=127.0.0.1", "--allow-read", "--allow-env", "--no-prompt", "main.mjs", h.origin, String(CLIENT_TIMEOUT_MS)], {
    cwd: h.dir,
    env: { ...process.env, DENO_DIR: join(h.dir, ".deno"), NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const line = stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (code !== 0 || !line) throw new Error(`deno exited with ${code}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
  // Deno has exited, so its sockets are closed; once the server has no connections left, every
  // request it sent has been parsed and counted.
  await new Promise<void>((resolve) => {
    const poll = () => h.server.getConnections((_e, n) => (n === 0 ? resolve() : setImmediate(poll)));
    poll();
  });
  return JSON.parse(line.slice("RESULT ".length)) as Outcome;
}

describe("runtime under Deno (the deno devDependency)", () => {
  it("finds the Deno binary of the deno devDependency", () => {
    expect(DENO.reason).toBeUndefined();
    expect(DENO.bin).toEqual(expect.any(String));
  });

  it("loads the fetch entry and sends a timed-out call once (no re-send on the reused keep-alive socket)", async () => {
    const h = await setUp(true);
    const out = await runDeno(h);
    expect(h.seen.map((s) => s.limit), "the server saw the warm-up and the held call, once each").toEqual([1, 2]);
    expect(h.seen.every((s) => s.action === "DescribeInstances")).toBe(true);
    expect(out.warm).toBe("ok");
    expect(out.slow).toBe("Timeout");
    expect(out.slowName).toBe("RequestError");
    expect(out.runtimeEntry).toMatch(/\/runtime\/dist\/index\.js$/);
    expect(out.fetchCalls).toBe(2);
  });

  it("control: without the deno condition Deno loads the node:http entry and the held call reaches the server twice (denoland/deno#36786)", async () => {
    const h = await setUp(false);
    const out = await runDeno(h);
    expect(out.runtimeEntry).toMatch(/\/runtime\/dist\/index\.node\.js$/);
    expect(out.fetchCalls).toBe(0);
    expect(out.warm).toBe("ok");
    // If this starts failing after a Deno upgrade, Deno may have fixed #36786 (the deno condition
    // can then be revisited); the first test is the one that guards the runtime.
    expect(h.seen.filter((s) => s.limit === 2).length).toBe(2);
  });
});
