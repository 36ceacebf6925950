import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mockCredentials, runMockCommand } from "../../generator/mock/command.ts";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { specPath } from "../../generator/spec/types.ts";
import { sampleSpecs, tc3Spec } from "../emit/fixtures/sample-specs.ts";
import { clientFor, credentials } from "./helpers.ts";

const specDir = mkdtempSync(join(tmpdir(), "docs2sdk-mock-spec-"));
for (const spec of sampleSpecs()) {
  const file = join(specDir, specPath(spec));
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, JSON.stringify(spec));
}
writeFileSync(join(specDir, "report.json"), "[]");
afterAll(() => rmSync(specDir, { recursive: true, force: true }));

/** How long to wait for the command to print its banner: the test timeout, since this checks output, not speed. */
const STARTUP_WAIT_MS = 60_000;

describe("docs2sdk mock", () => {
  it("serves the spec directory with the given credentials and prints what it serves", async () => {
    const lines: string[] = [];
    let stop!: () => void;
    const until = new Promise<void>((r) => (stop = r));
    const running = runMockCommand({ port: "0", spec: specDir, ...credentials, verify: true, out: (l) => lines.push(l), until });
    await expect.poll(() => lines.length, { timeout: STARTUP_WAIT_MS }).toBeGreaterThan(3);
    const url = /listening on (\S+)/.exec(lines[0]!)![1]!;
    expect(lines[1]).toBe("  3 specs, 8 actions (5 documented, 3 synthesized fixtures)");
    expect(lines).toContain("  tencentcloud/demo/2020-01-01 (tc3, 3 actions, package tencentcloud-demo)");
    const result = await clientFor({ url } as never, tc3Spec()).send("DescribeThings", { Limit: 1, Offset: 1 });
    expect(result).toMatchObject({ TotalCount: 2 });
    stop();
    expect(await running).toBe(0);
  });

  it("--paging N serves pages of N items for every hinted action, and says so", async () => {
    const lines: string[] = [];
    let stop!: () => void;
    const until = new Promise<void>((r) => (stop = r));
    const running = runMockCommand({ port: "0", spec: specDir, ...credentials, verify: true, paging: "5", out: (l) => lines.push(l), until });
    await expect.poll(() => lines.length, { timeout: STARTUP_WAIT_MS }).toBeGreaterThan(3);
    expect(lines).toContain("  paging: 5 items for each of 1 hinted action");
    const url = /listening on (\S+)/.exec(lines[0]!)![1]!;
    const result = await clientFor({ url } as never, tc3Spec()).send("DescribeThings", { Limit: 2, Offset: 4 });
    expect(result).toMatchObject({ TotalCount: 5, ThingSet: [{ ThingId: "t-1-0005" }] });
    stop();
    expect(await running).toBe(0);
    await expect(runMockCommand({ port: "0", spec: specDir, verify: false, paging: "many", out: () => {} })).rejects.toThrow(/--paging takes a number of items or "endless"/);
  });

  it("ignores the environment's credentials unless --credentials-from-env, and generates and prints dummy ones", async () => {
    const env = { TENCENTCLOUD_SECRET_ID: "a", TENCENTCLOUD_SECRET_KEY: "b", ALIBABA_CLOUD_ACCESS_KEY_ID: "c", ALIBABA_CLOUD_ACCESS_KEY_SECRET: "d" };
    expect(mockCredentials({ env })).toEqual([]);
    expect(mockCredentials({ env, credentialsFromEnv: true })).toEqual([
      { secretId: "a", secretKey: "b" },
      { secretId: "c", secretKey: "d" },
    ]);
    expect(() => mockCredentials({ env: {}, credentialsFromEnv: true })).toThrow(/neither TENCENTCLOUD_SECRET_ID/);
    expect(mockCredentials({ secretId: "x", secretKey: "y", env, credentialsFromEnv: true })).toEqual([{ secretId: "x", secretKey: "y" }]);
    expect(() => mockCredentials({ secretId: "x", env: {} })).toThrow(/go together/);
    await expect(runMockCommand({ port: "x", spec: specDir, verify: false, out: () => {} })).rejects.toThrow(/port/);

    // Started with real-looking keys in the environment and no flag: they are refused, the printed dummy pair signs.
    const lines: string[] = [];
    let stop!: () => void;
    const until = new Promise<void>((r) => (stop = r));
    const running = runMockCommand({ port: "0", spec: specDir, verify: true, env: { TENCENTCLOUD_SECRET_ID: credentials.secretId, TENCENTCLOUD_SECRET_KEY: credentials.secretKey }, out: (l) => lines.push(l), until });
    await expect.poll(() => lines.length, { timeout: 5000 }).toBeGreaterThan(3);
    const url = /listening on (\S+)/.exec(lines[0]!)![1]!;
    const printed = lines.map((l) => /generated dummy credentials: SecretId (\S+) SecretKey (\S+)/.exec(l)).find((m) => m !== null);
    expect(printed).toBeDefined();
    const dummy = { secretId: printed![1]!, secretKey: printed![2]! };
    expect(dummy.secretId).not.toBe(credentials.secretId);
    await expect(clientFor({ url } as never, tc3Spec()).send("DescribeThings", {})).rejects.toMatchObject({ code: expect.stringMatching(/^AuthFailure/) });
    await expect(clientFor({ url } as never, tc3Spec(), { credentials: dummy }).send("DescribeThings", {})).resolves.toMatchObject({ TotalCount: expect.any(Number) });
    stop();
    expect(await running).toBe(0);
  });

  it("--host binds the given address and --request-log bounds the log", async () => {
    const lines: string[] = [];
    let stop!: () => void;
    const until = new Promise<void>((r) => (stop = r));
    const running = runMockCommand({ port: "0", host: "127.0.0.2", requestLog: "2", spec: specDir, verify: false, out: (l) => lines.push(l), until });
    await expect.poll(() => lines.length, { timeout: STARTUP_WAIT_MS }).toBeGreaterThan(3);
    const url = /listening on (\S+)/.exec(lines[0]!)![1]!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
    expect(lines).toContain("  request log: the latest 2 requests (at most 8388608 bytes), with their parameters once authenticated, secrets redacted");
    expect(lines).toContain("  CORS: none (--cors-origin ORIGIN to let a browser page call the API)");
    for (const n of [1, 2, 3]) expect((await fetch(`${url}/v2/index.php?Action=DescribeVpcEx&offset=${n}`)).status).toBe(200);
    const log = (await (await fetch(`${url}/__mock/requests`)).json()) as { params: Record<string, string> }[];
    expect(log.map((r) => r.params.offset)).toEqual(["2", "3"]);
    // Bound to 127.0.0.2 only: the same port on 127.0.0.1 has nobody listening.
    await expect(fetch(url.replace("127.0.0.2", "127.0.0.1") + "/__mock/health")).rejects.toThrow();
    stop();
    expect(await running).toBe(0);
    await expect(runMockCommand({ port: "0", requestLog: "0", spec: specDir, verify: false, out: () => {} })).rejects.toThrow(/--request-log/);
    await expect(runMockCommand({ port: "0", requestLogBytes: "lots", spec: specDir, verify: false, out: () => {} })).rejects.toThrow(/--request-log-bytes/);
  });

  // A real process: tsx compiles the CLI's imports on a cold start, which takes seconds on a busy machine.
  it("starts with one command and answers a plain GET, as curl would send it (--no-verify)", { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, [join(REPO_ROOT, "bin/docs2sdk.mjs"), "mock", "--port", "0", "--host", "127.0.0.1", "--request-log", "10", "--spec", specDir, "--no-verify"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let text = "";
        child.stdout.on("data", (c: Buffer) => {
          text += c;
          const m = /listening on (\S+)/.exec(text);
          if (m) resolve(m[1]!);
        });
        child.stderr.on("data", (c: Buffer) => (text += c));
        child.on("exit", (code) => reject(new Error(`mock exited with ${code}: ${text}`)));
      });
      const res = await fetch(`${url}/v2/index.php?Action=DescribeVpcEx&vpcId=vpc-1&offset=0&limit=20`);
      expect(await res.json()).toEqual({ code: 0, message: "", totalCount: 1, data: [{ vpcId: "vpc-1", vpcName: "one" }] });
    } finally {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
  });
});
