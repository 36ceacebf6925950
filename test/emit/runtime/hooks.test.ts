// Hooks, sendRaw and the debug logger of the emitted runtime, over a loopback server: what each hook
// sees (action, attempt, timing, status, request id, retry decision), the raw result, the logger's
// lines for each protocol (with and without bodies, and through DOCS2SDK_DEBUG on Node), and a final
// grep of every line and error produced here for the test secrets.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emitRuntime, type EmittedRuntime, type NodeRuntime } from "./emitted-runtime.ts";
import { json, startLoopbackServer, type LoopbackServer } from "./loopback-server.ts";
import { SecretSink, rejectionInto } from "./secret-sink.ts";

type ServiceInfo = import("../../../templates/runtime/src/types.ts").ServiceInfo;
type HookContext = import("../../../templates/runtime/src/types.ts").HookContext;

const CREDS = { secretId: "AKIDhookSekrit00000001", secretKey: "hookKeySekrit000000001", token: "hookTokenSekrit0000001" };
const SECRETS = Object.values(CREDS);
const CVM: ServiceInfo = { provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "cvm.tencentcloudapi.com" };
const VPC_V2: ServiceInfo = { provider: "tce", service: "vpc", version: "v2", protocol: "tencent-v2", endpoint: "vpc.api.qcloud.com" };
const ECS: ServiceInfo = { provider: "aliyun", service: "ecs", version: "2014-05-26", protocol: "aliyun-rpc", endpoint: "ecs.aliyuncs.com" };

const sink = new SecretSink();
let rt: EmittedRuntime;
let node: NodeRuntime;
let server: LoopbackServer;
beforeAll(async () => {
  rt = await emitRuntime();
  node = rt.node;
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
  rt?.cleanup();
});

const noSleep = { sleep: async () => {}, random: () => 0 };

/** A logger that records its lines into the sink and returns them. */
function collectingLogger(): { lines: string[]; logger: { debug(line: string): void } } {
  const lines: string[] = [];
  return {
    lines,
    logger: {
      debug(line) {
        lines.push(line);
        sink.line(line);
      },
    },
  };
}

describe("hooks", () => {
  it("see action, attempt, timing, status, request id and the retry decision; sendRaw returns the wire facts", async () => {
    server.handle((_req, res, i) =>
      i === 0
        ? json(res, 200, { Response: { Error: { Code: "RequestLimitExceeded", Message: "too fast" }, RequestId: "req-throttled" } })
        : json(res, 200, { Response: { TotalCount: 0, RequestId: "req-ok" } }),
    );
    let clock = 1_000;
    const seen: string[] = [];
    const snapshot = (phase: string) => (c: HookContext) =>
      void seen.push(
        `${phase} ${c.service.service}.${c.action} attempt=${c.attempt}/${c.maxRetries} started=${c.startedAt} status=${c.status} id=${c.requestId} elapsed=${c.elapsed} retry=${c.willRetry}`,
      );
    const client = new node.RuntimeClient(CVM, {
      credentials: CREDS,
      endpoint: server.origin,
      maxRetries: 2,
      retry: noSleep,
      now: () => (clock += 5),
      hooks: [{ beforeRequest: snapshot("before"), afterResponse: snapshot("after"), onError: snapshot("error") }],
    });
    const raw = await client.sendRaw<object, { TotalCount: number }>("DescribeInstances", {});
    expect(seen).toEqual([
      "before cvm.DescribeInstances attempt=0/2 started=1010 status=undefined id=undefined elapsed=undefined retry=undefined",
      "after cvm.DescribeInstances attempt=0/2 started=1010 status=200 id=req-throttled elapsed=5 retry=undefined",
      "error cvm.DescribeInstances attempt=0/2 started=1010 status=200 id=req-throttled elapsed=5 retry=true",
      "before cvm.DescribeInstances attempt=1/2 started=1020 status=undefined id=undefined elapsed=undefined retry=undefined",
      "after cvm.DescribeInstances attempt=1/2 started=1020 status=200 id=req-ok elapsed=5 retry=undefined",
    ]);
    expect(raw).toMatchObject({ data: { TotalCount: 0, RequestId: "req-ok" }, requestId: "req-ok", attempts: 2, elapsed: 25 });
    expect(raw.response.status).toBe(200);
    expect(raw.response.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(raw.response.body)).toEqual({ Response: { TotalCount: 0, RequestId: "req-ok" } });
  });

  it("onError reports the final failure with willRetry false; a network error has no status", async () => {
    const errors: HookContext[] = [];
    server.handle((_req, res) => json(res, 400, { Code: "InvalidParameter", Message: "bad", RequestId: "ali-1" }));
    const ecs = new node.RuntimeClient(ECS, { credentials: CREDS, endpoint: server.origin, hooks: { onError: (c) => void errors.push(c) } });
    const e = await rejectionInto(sink, ecs.send("DescribeRegions", {}));
    expect(e).toMatchObject({ code: "InvalidParameter", requestId: "ali-1" });
    expect(errors.map((c) => [c.status, c.requestId, c.willRetry])).toEqual([[400, "ali-1", false]]);

    errors.length = 0;
    const down = new node.RuntimeClient(VPC_V2, { credentials: CREDS, endpoint: "http://127.0.0.1:1", maxRetries: 1, retry: noSleep, hooks: { onError: (c) => void errors.push(c) } });
    await rejectionInto(sink, down.send("DescribeVpcEx", {}));
    expect(errors.map((c) => [c.attempt, c.status, (c.error as { code: string }).code, c.willRetry])).toEqual([
      [0, undefined, "NetworkError", true],
      [1, undefined, "NetworkError", false],
    ]);
  });
});

describe("debugLogger", () => {
  it("logs each attempt, response and error for every protocol with ids, keys, tokens and signatures redacted", async () => {
    server.handle((req, res, i) => {
      // The server echoes the URL and headers it received, credentials included, as a careless service
      // might: the logger masks the call's own key id, key and token by value, wherever they appear.
      const echo = `${req.url} ${JSON.stringify(req.headers)}`;
      if (req.headers["x-tc-action"]) return i === 0 ? json(res, 500, { Response: { Error: { Code: "InternalError", Message: echo }, RequestId: "tc-1" } }) : json(res, 200, { Response: { RequestId: "tc-2", Echo: echo } });
      if (req.url.startsWith("/v2/")) return json(res, 200, { code: 0, message: "", requestId: "v2-1", echo });
      return json(res, 200, { RequestId: "ali-1", Echo: echo });
    });
    const { lines, logger } = collectingLogger();
    const config = { credentials: CREDS, endpoint: server.origin, retry: noSleep, hooks: node.debugLogger({ logger, bodies: true }), region: "ap-guangzhou" };
    await new node.RuntimeClient(CVM, { ...config, now: () => 1_700_000_000_000 }).send("DescribeInstances", { LoginSettings: { Password: "hunter2-pass" } }, undefined, { readOnly: true });
    await new node.RuntimeClient(VPC_V2, config).send("DescribeVpcEx", { vpcName: "a" });
    await new node.RuntimeClient(ECS, config).send("DescribeRegions", {});

    expect(lines.filter((l) => / -> | <- | failed: /.test(l))).toEqual([
      expect.stringMatching(/^\[docs2sdk\] cvm\.DescribeInstances attempt 1\/4 -> POST http:\/\/127\.0\.0\.1:\d+\/$/),
      expect.stringMatching(/^\[docs2sdk\] cvm\.DescribeInstances attempt 1\/4 <- HTTP 500 in \d+ ms, RequestId tc-1$/),
      expect.stringMatching(/^\[docs2sdk\] cvm\.DescribeInstances attempt 1\/4 failed: InternalError: .* \(will retry\)$/),
      expect.stringMatching(/^\[docs2sdk\] cvm\.DescribeInstances attempt 2\/4 -> POST /),
      expect.stringMatching(/^\[docs2sdk\] cvm\.DescribeInstances attempt 2\/4 <- HTTP 200 in \d+ ms, RequestId tc-2$/),
      expect.stringMatching(/^\[docs2sdk\] vpc\.DescribeVpcEx attempt 1\/4 -> GET .*\/v2\/index\.php\?.*SecretId=AKIDh\*\*\*.*Signature=\*\*\*/),
      expect.stringMatching(/^\[docs2sdk\] vpc\.DescribeVpcEx attempt 1\/4 <- HTTP 200 .*RequestId v2-1$/),
      expect.stringMatching(/^\[docs2sdk\] ecs\.DescribeRegions attempt 1\/4 -> GET .*AccessKeyId=AKIDh\*\*\*.*SecurityToken=\*\*\*.*Signature=\*\*\*/),
      expect.stringMatching(/^\[docs2sdk\] ecs\.DescribeRegions attempt 1\/4 <- HTTP 200 .*RequestId ali-1$/),
    ]);
    const tc3Headers = lines.find((l) => l.includes("request headers") && l.includes("TC3-HMAC-SHA256"))!;
    expect(tc3Headers).toContain('"Authorization":"TC3-HMAC-SHA256 Credential=AKIDh***/2023-11-14/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=***"');
    expect(tc3Headers).toContain('"X-TC-Token":"***"');
    expect(tc3Headers).toContain('"LoginSettings":{"Password":"***"}');
    expect(lines.some((l) => l.includes("response headers") && l.includes("Echo"))).toBe(true);
    // Request bodies are masked by field name (passwords); a response that quoted the request's other
    // text back would be logged as sent, which is why bodies are off by default.
    for (const line of lines) expect(line).not.toContain("hunter2-pass");
  });

  it("without bodies: one line per event, no headers or bodies; accepts console-like loggers with only log()", async () => {
    server.handle((_req, res) => json(res, 200, { Response: { RequestId: "quiet" } }));
    const lines: string[] = [];
    const logger = { log: (line: string) => void (lines.push(line), sink.line(line)) };
    await new node.RuntimeClient(CVM, { credentials: CREDS, endpoint: server.origin, hooks: node.debugLogger(logger) }).send("DescribeZones", {});
    expect(lines).toHaveLength(2);
    expect(lines.join("\n")).not.toMatch(/headers|body/);
  });

  it("DOCS2SDK_DEBUG turns it on for every Node client (to stderr); the browser entry ignores it", async () => {
    server.handle((_req, res) => json(res, 200, { Response: { RequestId: "env-debug" } }));
    const spy = vi.spyOn(console, "error").mockImplementation((line: unknown) => void sink.line(String(line)));
    const saved = process.env.DOCS2SDK_DEBUG;
    try {
      process.env.DOCS2SDK_DEBUG = "1";
      await new node.RuntimeClient(CVM, { credentials: CREDS, endpoint: server.origin }).send("DescribeZones", {});
      expect(spy.mock.calls.map((c) => String(c[0]))).toEqual([
        expect.stringMatching(/^\[docs2sdk\] cvm\.DescribeZones attempt 1\/4 -> POST /),
        expect.stringMatching(/<- HTTP 200 .*RequestId env-debug$/),
      ]);
      spy.mockClear();
      process.env.DOCS2SDK_DEBUG = "bodies";
      await new node.RuntimeClient(CVM, { credentials: CREDS, endpoint: server.origin }).send("DescribeZones", {});
      expect(spy.mock.calls.some((c) => String(c[0]).includes("request headers"))).toBe(true);
      spy.mockClear();
      await new rt.web.RuntimeClient(CVM, { credentials: CREDS, endpoint: server.origin }).send("DescribeZones", {});
      process.env.DOCS2SDK_DEBUG = "0";
      await new node.RuntimeClient(CVM, { credentials: CREDS, endpoint: server.origin }).send("DescribeZones", {});
      expect(spy).not.toHaveBeenCalled();
    } finally {
      if (saved === undefined) delete process.env.DOCS2SDK_DEBUG;
      else process.env.DOCS2SDK_DEBUG = saved;
      spy.mockRestore();
    }
  });
});

describe("no secret in any line or error", () => {
  it("every logger line and thrown object produced in this file is free of the test secrets", () => {
    expect(sink.texts.length).toBeGreaterThan(20);
    expect(sink.leaks(SECRETS)).toEqual([]);
  });
});
