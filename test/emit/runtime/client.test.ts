// RuntimeClient over real HTTP against a loopback server, on each transport: request shape and
// signatures per protocol, response unwrapping, error mapping, retries, timeouts, aborts, hooks, and
// no secret in any thrown error.
import { createHash, createHmac } from "node:crypto";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { getEventListeners } from "node:events";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpProxyAgent } from "http-proxy-agent";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitRuntime, type EmittedRuntime, type NodeRuntime } from "./emitted-runtime.ts";
import { json, startLoopbackServer, type LoopbackServer, type Received } from "./loopback-server.ts";
import { rejection } from "../../rejection.ts";

const require = createRequire(import.meta.url);
const Sign = (require("tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js") as {
  default: { sign(key: string, s: string, m: "HmacSHA1" | "HmacSHA256"): string };
}).default;
const OpenApiUtil = (require("@alicloud/openapi-util") as { default: { getRPCSignature(p: object, method: string, secret: string): string } }).default;

type ServiceInfo = import("../../../templates/runtime/src/types.ts").ServiceInfo;
type ClientConfig = import("../../../templates/runtime/src/types.ts").ClientConfig;
type RuntimeClient = InstanceType<NodeRuntime["RuntimeClient"]>;

const CREDS = { secretId: "AKIDtestSecretId0001", secretKey: "testSecretKeyValue0001", token: "testSessionToken0001" };
const SECRETS = [CREDS.secretId, CREDS.secretKey, CREDS.token];
const CVM: ServiceInfo = { provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "cvm.tencentcloudapi.com" };
const VPC_V2: ServiceInfo = { provider: "tce", service: "vpc", version: "v2", protocol: "tencent-v2", endpoint: "vpc.api.qcloud.com" };
const ECS: ServiceInfo = { provider: "aliyun", service: "ecs", version: "2014-05-26", protocol: "aliyun-rpc", endpoint: "ecs.aliyuncs.com" };

let rt: EmittedRuntime;
let server: LoopbackServer;
beforeAll(async () => {
  rt = await emitRuntime();
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
  rt?.cleanup();
});

const noSleep = { sleep: async () => {}, random: () => 0.5 };
/** What a generated command passes for a Describe* action: may be retried after any failure. */
const READ_ONLY = { readOnly: true };

// Each entry is one self-contained module: errors are instances of the classes of the entry the client came from.
type Entry = () => Pick<NodeRuntime, "ServiceError" | "RequestError" | "CredentialsError">;
const TRANSPORTS: [string, (service: ServiceInfo, config: ClientConfig) => RuntimeClient, Entry][] = [
  ["node:http (Node entry default)", (s, c) => new rt.node.RuntimeClient(s, c), () => rt.node],
  ["fetch via config.fetch (Node entry)", (s, c) => new rt.node.RuntimeClient(s, { fetch: globalThis.fetch, ...c }), () => rt.node],
  ["fetch + WebCrypto (default entry)", (s, c) => new rt.web.RuntimeClient(s, c) as unknown as RuntimeClient, () => rt.web],
];

function expectNoSecret(error: unknown): void {
  const texts = [JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), String(error)];
  for (const text of texts) for (const secret of SECRETS) expect(text).not.toContain(secret);
}


// Independent TC3 check with node:crypto, from the received request.
function tc3SignatureOf(req: Received, secretKey: string): string {
  const ts = Number(req.headers["x-tc-timestamp"]);
  const date = new Date(ts * 1000).toISOString().slice(0, 10);
  const canonical = [
    "POST",
    "/",
    "",
    `content-type:${req.headers["content-type"]}\nhost:${req.headers.host}\nx-tc-action:${String(req.headers["x-tc-action"]).toLowerCase()}\n`,
    "content-type;host;x-tc-action",
    createHash("sha256").update(req.body).digest("hex"),
  ].join("\n");
  const sts = `TC3-HMAC-SHA256\n${ts}\n${date}/cvm/tc3_request\n${createHash("sha256").update(canonical).digest("hex")}`;
  const h = (k: string | Buffer, m: string) => createHmac("sha256", k).update(m).digest();
  const key = h(h(h("TC3" + secretKey, date), "cvm"), "tc3_request");
  return createHmac("sha256", key).update(sts).digest("hex");
}

function queryOf(req: Received): Record<string, string> {
  const search = req.method === "GET" ? new URL(req.url, "http://x").searchParams : new URLSearchParams(req.body);
  return Object.fromEntries(search);
}

describe.each(TRANSPORTS)("RuntimeClient over %s", (_name, makeClient, entry) => {
  const client = (service: ServiceInfo, config: ClientConfig = {}) =>
    makeClient(service, { credentials: CREDS, endpoint: server.origin, retry: noSleep, ...config });

  it("tc3: POST JSON with X-TC-* headers and a valid TC3 signature; resolves with Response", async () => {
    server.handle((_req, res) => json(res, 200, { Response: { TotalCount: 1, InstanceSet: [{ InstanceId: "ins-1" }], RequestId: "req-1" } }));
    const cvm = client(CVM, { region: "ap-guangzhou", language: "en-US", now: () => 1551113065000 });
    const input = { Limit: 1, Filters: [{ Name: "instance-name", Values: ["未命名"] }] };
    const result = await cvm.send("DescribeInstances", input);
    expect(result).toEqual({ TotalCount: 1, InstanceSet: [{ InstanceId: "ins-1" }], RequestId: "req-1" });
    const [req] = server.received;
    expect(req!.method).toBe("POST");
    expect(req!.url).toBe("/");
    expect(JSON.parse(req!.body)).toEqual(input);
    expect(req!.headers).toMatchObject({
      "content-type": "application/json; charset=utf-8",
      host: server.origin.slice("http://".length),
      "x-tc-action": "DescribeInstances",
      "x-tc-version": "2017-03-12",
      "x-tc-timestamp": "1551113065",
      "x-tc-region": "ap-guangzhou",
      "x-tc-token": CREDS.token,
      "x-tc-language": "en-US",
    });
    expect(req!.headers.authorization).toBe(
      `TC3-HMAC-SHA256 Credential=${CREDS.secretId}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=${tc3SignatureOf(req!, CREDS.secretKey)}`,
    );
  });

  it("tc3: per-call region and endpoint override the config", async () => {
    server.handle((_req, res) => json(res, 200, { Response: { RequestId: "r" } }));
    const cvm = client(CVM, { region: "ap-guangzhou", endpoint: "http://127.0.0.1:1" });
    const raw = await cvm.sendRaw("DescribeRegions", {}, { region: "ap-shanghai", endpoint: server.origin });
    expect(raw.requestId).toBe("r");
    expect(raw.attempts).toBe(1);
    expect(raw.response.status).toBe(200);
    expect(server.received[0]!.headers["x-tc-region"]).toBe("ap-shanghai");
  });

  it("tc3: Response.Error becomes a ServiceError with code, message, request id", async () => {
    server.handle((_req, res) =>
      json(res, 200, { Response: { Error: { Code: "InvalidParameterValue.Limit", Message: "Limit too large" }, RequestId: "req-err" } }),
    );
    const error = await rejection(client(CVM).send("DescribeInstances", { Limit: 9999 }));
    expect(error).toBeInstanceOf(entry().ServiceError);
    expect(error).toMatchObject({ code: "InvalidParameterValue.Limit", message: "InvalidParameterValue.Limit: Limit too large (RequestId: req-err)", requestId: "req-err", httpStatus: 200, action: "DescribeInstances", retryable: false });
    // String(error) (a log line, an uncaught rejection) names the code and the request id.
    expect(String(error)).toBe("ServiceError: InvalidParameterValue.Limit: Limit too large (RequestId: req-err)");
    expect(server.received).toHaveLength(1);
    expectNoSecret(error);
  });

  it("tencent-v2: GET with 0-based flattened parameters and a v1 signature; envelope removed", async () => {
    server.handle((_req, res) => json(res, 200, { code: 0, message: "", codeDesc: "Success", totalCount: 1, data: [{ vpcId: "vpc-1" }] }));
    const vpc = client(VPC_V2, { region: "gz", now: () => 1465185768000, nonce: () => "11886" });
    const result = await vpc.send("DescribeVpcEx", { instanceIds: ["ins-1", "ins-2"], subnetSet: [{ subnetName: "子网 a&b", cidrBlock: "10.0.0.0/24" }], limit: 20 });
    expect(result).toEqual({ totalCount: 1, data: [{ vpcId: "vpc-1" }] });
    const req = server.received[0]!;
    expect(req.method).toBe("GET");
    expect(req.url.startsWith("/v2/index.php?")).toBe(true);
    const params = queryOf(req);
    expect(params).toMatchObject({
      "instanceIds.0": "ins-1",
      "instanceIds.1": "ins-2",
      "subnetSet.0.subnetName": "子网 a&b",
      "subnetSet.0.cidrBlock": "10.0.0.0/24",
      limit: "20",
      Action: "DescribeVpcEx",
      Region: "gz",
      Timestamp: "1465185768",
      Nonce: "11886",
      SecretId: CREDS.secretId,
      Token: CREDS.token,
      SignatureMethod: "HmacSHA256",
    });
    const { Signature, ...signed } = params;
    const stringToSign = "GET" + req.headers.host + "/v2/index.php?" + Object.keys(signed).sort().map((k) => `${k}=${signed[k]}`).join("&");
    expect(Signature).toBe(Sign.sign(CREDS.secretKey, stringToSign, "HmacSHA256"));
    server.handle((_req, res) => json(res, 200, {}));
    expect(await vpc.send("DeleteVpc", {})).toEqual({});
  });

  it("tencent-v2: POST form with HmacSHA1; code != 0 becomes a ServiceError named by codeDesc", async () => {
    server.handle((_req, res) => json(res, 200, { code: 4000, message: "(100004)projectId不正确", codeDesc: "InvalidParameter" }));
    const vpc = client(VPC_V2, { httpMethod: "POST", signatureMethod: "HmacSHA1" });
    const error = await rejection(vpc.send("CreateVpc", { vpcName: "v" }));
    expect(error).toMatchObject({ code: "InvalidParameter", message: "InvalidParameter: (100004)projectId不正确", action: "CreateVpc", retryable: false });
    const req = server.received[0]!;
    expect(req.method).toBe("POST");
    expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const { Signature, ...signed } = queryOf(req);
    expect(signed.SignatureMethod).toBe("HmacSHA1");
    const stringToSign = "POST" + req.headers.host + "/v2/index.php?" + Object.keys(signed).sort().map((k) => `${k}=${signed[k]}`).join("&");
    expect(Signature).toBe(Sign.sign(CREDS.secretKey, stringToSign, "HmacSHA1"));
  });

  it("aliyun-rpc: GET query with Format=JSON, 1-based RepeatList and a valid signature", async () => {
    server.handle((_req, res) => json(res, 200, { RequestId: "ali-1", Regions: { Region: [{ RegionId: "cn-qingdao" }] } }));
    const ecs = client(ECS, { region: "cn-qingdao", now: () => Date.UTC(2016, 1, 23, 12, 46, 24) });
    const raw = await ecs.sendRaw("DescribeInstances", { Tag: [{ Key: "环境", Value: "prod *test*" }, { Key: "k2", Value: "v2" }], PageSize: 10 });
    expect(raw.data).toEqual({ RequestId: "ali-1", Regions: { Region: [{ RegionId: "cn-qingdao" }] } });
    expect(raw.requestId).toBe("ali-1");
    const params = queryOf(server.received[0]!);
    expect(params).toMatchObject({
      "Tag.1.Key": "环境",
      "Tag.1.Value": "prod *test*",
      "Tag.2.Key": "k2",
      PageSize: "10",
      RegionId: "cn-qingdao",
      Action: "DescribeInstances",
      Version: "2014-05-26",
      Format: "JSON",
      AccessKeyId: CREDS.secretId,
      SecurityToken: CREDS.token,
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      Timestamp: "2016-02-23T12:46:24Z",
    });
    expect(params.SignatureNonce).toMatch(/^[0-9a-f-]{36}$/);
    const { Signature, ...signed } = params;
    expect(Signature).toBe(OpenApiUtil.getRPCSignature(signed, "GET", CREDS.secretKey));
  });

  it("aliyun-rpc: HTTP 400 {Code, Message, RequestId} becomes a ServiceError; Throttling is retried", async () => {
    server.handle((_req, res, i) =>
      i === 0 ? json(res, 400, { Code: "Throttling.User", Message: "Request was denied due to user flow control.", RequestId: "t1" }) : json(res, 404, { Code: "InvalidInstanceId.NotFound", Message: "not found", RequestId: "t2", HostId: "ecs" }),
    );
    const error = await rejection(client(ECS).send("StopInstance", { InstanceId: "i-1" }));
    expect(server.received).toHaveLength(2);
    expect(error).toMatchObject({ code: "InvalidInstanceId.NotFound", message: "InvalidInstanceId.NotFound: not found (RequestId: t2)", requestId: "t2", httpStatus: 404, retryable: false });
  });

  it("retries RequestLimitExceeded with exponential backoff and full jitter, then succeeds", async () => {
    server.handle((_req, res, i) =>
      i < 2
        ? json(res, 200, { Response: { Error: { Code: "RequestLimitExceeded.UinLimitExceeded", Message: "slow down" }, RequestId: `t${i}` } })
        : json(res, 200, { Response: { RequestId: "ok" } }),
    );
    const delays: number[] = [];
    const cvm = client(CVM, { retry: { baseDelay: 40, maxDelay: 1000, random: () => 0.5, sleep: async (ms) => void delays.push(ms) } });
    const raw = await cvm.sendRaw("DescribeInstances", {});
    expect(raw.attempts).toBe(3);
    expect(delays).toEqual([20, 40]); // 0.5 * 40 * 2^attempt
    // Each attempt is signed afresh.
    expect(new Set(server.received.map((r) => r.headers.authorization)).size).toBeGreaterThanOrEqual(1);
  });

  it("retries HTTP 5xx a bounded number of times", async () => {
    server.handle((_req, res) => {
      res.writeHead(503, { "content-type": "text/html" });
      res.end("<html>bad gateway</html>");
    });
    const error = await rejection(client(CVM, { maxRetries: 2 }).send("DescribeInstances", {}, undefined, READ_ONLY));
    expect(server.received).toHaveLength(3);
    expect(error).toMatchObject({ code: "HttpError", httpStatus: 503, retryable: true });
    const perCall = await rejection(client(CVM, { maxRetries: 2 }).send("DescribeInstances", {}, { maxRetries: 0 }, READ_ONLY));
    expect(perCall).toMatchObject({ httpStatus: 503 });
    expect(server.received).toHaveLength(4);
  });

  it("retries a reset connection as a network error", async () => {
    server.handle((_req, res, i) => {
      if (i < 2) res.socket?.destroy();
      else json(res, 200, { Response: { RequestId: "after-reset" } });
    });
    const raw = await client(CVM).sendRaw("DescribeInstances", {}, {}, READ_ONLY);
    expect(raw.requestId).toBe("after-reset");
    expect(raw.attempts).toBe(3);
    server.handle((_req, res) => res.socket?.destroy());
    const error = await rejection(client(CVM, { maxRetries: 1 }).send("DescribeInstances", {}, undefined, READ_ONLY));
    expect(error).toBeInstanceOf(entry().RequestError);
    expect(error).toMatchObject({ code: "NetworkError", retryable: true, action: "DescribeInstances" });
    expect(server.received).toHaveLength(2);
    expectNoSecret(error);
  });

  it("a response cut off mid-body is a network error, not a hang or a parse error", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"Response": {');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const error = await rejection(client(CVM, { maxRetries: 0 }).send("DescribeInstances", {}));
    expect(error).toMatchObject({ code: "NetworkError", retryable: true });
  });

  it("times out a request the server never answers", async () => {
    server.handle(() => {});
    const error = await rejection(client(CVM, { timeout: 150 }).send("DescribeInstances", {}, undefined, READ_ONLY));
    expect(error).toBeInstanceOf(entry().RequestError);
    expect(error).toMatchObject({ code: "Timeout", outcomeUnknown: false });
    expect(server.received).toHaveLength(1);
    expectNoSecret(error);
  });

  it("never sends a timed-out call twice, also when the server answers after the deadline (issue 15 item 6)", async () => {
    // The request reaches the server, which answers too late: with maxRetries 0 and with the
    // default retries alike, the server must see exactly one request, even well after the timeout.
    // The server holds each request until the client has given up on it (the caller's promise has
    // rejected), then answers: "too late" by construction, not by a race against fixed delays.
    let gaveUp: () => void = () => {};
    server.handle((_req, res) => {
      new Promise<void>((resolve) => (gaveUp = resolve)).then(() => json(res, 200, { Response: { RequestId: "late" } }));
    });
    for (const options of [{ timeout: 150, maxRetries: 0 }, { timeout: 150 }]) {
      const before = server.received.length;
      const error = await rejection(client(CVM, options).send("RunInstances", { ImageId: "img-1" }));
      gaveUp();
      expect(error).toMatchObject({ code: "Timeout", outcomeUnknown: true });
      expect(String(error)).toContain("outcome unknown");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(server.received.length - before).toBe(1);
    }
  });

  it("rejects with the caller's abort reason and stops retrying, also during backoff", async () => {
    server.handle(() => {});
    const controller = new AbortController();
    const pending = client(CVM).send("DescribeInstances", {}, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("caller gave up")), 50);
    await expect(pending).rejects.toThrow("caller gave up");

    // Aborted once the answer has been sent, so the client is in its (one-minute) backoff whatever
    // the machine's load: not a race against a fixed delay.
    const controller2 = new AbortController();
    server.handle((_req, res) => {
      json(res, 500, { Response: { Error: { Code: "InternalError", Message: "x" }, RequestId: "r" } });
      res.on("finish", () => setTimeout(() => controller2.abort(new Error("abort in backoff")), 50));
    });
    const slow = client(CVM, { retry: { baseDelay: 60_000, random: () => 0.99 } });
    const pending2 = slow.send("DescribeZones", {}, { signal: controller2.signal }, READ_ONLY);
    await expect(pending2).rejects.toThrow("abort in backoff");
    // Counted by action: the first part's aborted request may reach the server late.
    expect(server.received.filter((r) => r.headers["x-tc-action"] === "DescribeZones")).toHaveLength(1);
  });

  it("leaves no abort listener on a long-lived caller's signal after calls that waited to retry", async () => {
    // One signal for many calls (an application's shutdown signal): each wait before a retry
    // listens to it, and must stop listening when the wait ends, or the listeners pile up.
    server.handle((_req, res, i) =>
      i % 2 === 0 ? json(res, 503, { Response: { Error: { Code: "InternalError", Message: "x" }, RequestId: "r" } }) : json(res, 200, { Response: { RequestId: "ok" } }),
    );
    const controller = new AbortController();
    const waiting = client(CVM, { retry: { baseDelay: 1, maxDelay: 1 } });
    for (let i = 0; i < 12; i++) await waiting.send("DescribeZones", {}, { signal: controller.signal }, READ_ONLY);
    expect(server.received).toHaveLength(24);
    expect(getEventListeners(controller.signal, "abort")).toEqual([]);
  });

  it("keeps every secret out of thrown errors, even when the server echoes the request", async () => {
    server.handle((req, res) =>
      json(res, 200, { Response: { Error: { Code: "AuthFailure.SignatureFailure", Message: `bad: ${JSON.stringify(req)} key=${CREDS.secretKey}` }, RequestId: "e" } }),
    );
    const e1 = await rejection(client(CVM).send("DescribeInstances", {}));
    expect((e1 as Error).message).toContain("***");
    expectNoSecret(e1);
    server.handle((req, res) => json(res, 400, { Code: "SignatureDoesNotMatch", Message: `server string to sign is: ${req.url}`, RequestId: "e2" }));
    const e2 = await rejection(client(ECS).send("DescribeRegions", {}));
    expect(e2).toMatchObject({ code: "SignatureDoesNotMatch" });
    expectNoSecret(e2);
    const e3 = await rejection(client(VPC_V2, { endpoint: "http://127.0.0.1:1", maxRetries: 0 }).send("DescribeVpcEx", {}));
    expect(e3).toMatchObject({ code: "NetworkError" });
    expectNoSecret(e3);
    const cvm = client(CVM);
    for (const text of [inspect(cvm, { depth: 10, showHidden: true }), JSON.stringify(cvm), Object.keys(cvm).join()]) {
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    }
  });

  it("runs beforeRequest, afterResponse and onError hooks per attempt; redactRequest masks credentials", async () => {
    server.handle((_req, res, i) =>
      i === 0 ? json(res, 502, {}) : json(res, 200, { Response: { RequestId: "hooked" } }),
    );
    const events: string[] = [];
    const logged: string[] = [];
    const cvm = client(CVM, {
      hooks: {
        beforeRequest: (c) => {
          events.push(`before:${c.attempt}`);
          c.request.headers["X-Trace-Id"] = "trace-1";
          logged.push(JSON.stringify(rt.node.redactRequest(c.request)));
        },
        afterResponse: (c) => void events.push(`after:${c.attempt}:${c.response?.status}`),
        onError: (c) => void events.push(`error:${c.attempt}:${(c.error as { code: string }).code}`),
      },
    });
    await cvm.send("DescribeInstances", {}, undefined, READ_ONLY);
    expect(events).toEqual(["before:0", "after:0:502", "error:0:HttpError", "before:1", "after:1:200"]);
    expect(server.received[1]!.headers["x-trace-id"]).toBe("trace-1");
    for (const line of logged) for (const secret of SECRETS) expect(line).not.toContain(secret);
  });
});

describe("replacing the HTTP layer", () => {
  it("config.transport receives the signed request and its response is unwrapped", async () => {
    const seen: import("../../../templates/runtime/src/types.ts").HttpRequest[] = [];
    const transport = {
      async send(request: (typeof seen)[number]) {
        seen.push(request);
        return { status: 200, headers: {}, body: JSON.stringify({ Response: { RequestId: "custom", Ok: true } }) };
      },
    };
    const cvm = new rt.node.RuntimeClient(CVM, { credentials: CREDS, transport });
    expect(await cvm.send("DescribeZones", { A: 1 })).toEqual({ RequestId: "custom", Ok: true });
    expect(seen[0]).toMatchObject({ method: "POST", url: "https://cvm.tencentcloudapi.com/", body: '{"A":1}' });
    expect(seen[0]!.headers.Authorization).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDtestSecretId0001\//);
  });

  it("config.fetch is the fetch that is called", async () => {
    server.handle((_req, res) => json(res, 200, { Response: { RequestId: "via-fetch" } }));
    let calls = 0;
    const spy: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const cvm = new rt.web.RuntimeClient(CVM, { credentials: CREDS, endpoint: server.origin, fetch: spy });
    expect(await cvm.send("DescribeZones", {})).toEqual({ RequestId: "via-fetch" });
    expect(calls).toBe(1);
  });
});

describe("validation and regional endpoints (ClientConfig)", () => {
  const recorder = () => {
    const urls: string[] = [];
    const transport = {
      async send(request: { url: string }) {
        urls.push(request.url);
        return { status: 200, headers: {}, body: JSON.stringify({ Response: { RequestId: "r" } }) };
      },
    };
    return { urls, transport };
  };

  it("validate sees action, input and the call's region before anything is signed or sent", async () => {
    const { urls, transport } = recorder();
    const seen: unknown[][] = [];
    let credentialsAsked = 0;
    const credentials = async () => (credentialsAsked++, CREDS);
    const validate = (action: string, input: object, region?: string) => {
      seen.push([action, input, region]);
      if ((input as { Bad?: boolean }).Bad) throw new Error(`${action}: refused`);
    };
    const cvm = new rt.node.RuntimeClient(CVM, { credentials, transport, region: "ap-guangzhou", validate });
    await cvm.send("DescribeZones", { A: 1 });
    await cvm.send("DescribeZones", {}, { region: "ap-shanghai" });
    await expect(cvm.send("RunInstances", { Bad: true })).rejects.toThrow("RunInstances: refused");
    expect(seen).toEqual([
      ["DescribeZones", { A: 1 }, "ap-guangzhou"],
      ["DescribeZones", {}, "ap-shanghai"],
      ["RunInstances", { Bad: true }, "ap-guangzhou"],
    ]);
    expect(urls).toHaveLength(2);
    expect(credentialsAsked).toBe(2);
  });

  it("regionalEndpoints picks the call's region's host; an endpoint in the config or the call wins; other regions use the service's", async () => {
    const { urls, transport } = recorder();
    const regionalEndpoints = { "ap-guangzhou": "cvm.ap-guangzhou.tencentcloudapi.com", "ap-shanghai": "cvm.ap-shanghai.tencentcloudapi.com" };
    const cvm = new rt.node.RuntimeClient(CVM, { credentials: CREDS, transport, region: "ap-guangzhou", regionalEndpoints });
    await cvm.send("DescribeZones", {});
    await cvm.send("DescribeZones", {}, { region: "ap-shanghai" });
    await cvm.send("DescribeZones", {}, { region: "eu-frankfurt" });
    // Only the map's own keys: "toString" is not a region because Object.prototype has it.
    await cvm.send("DescribeZones", {}, { region: "toString" });
    await cvm.send("DescribeZones", {}, { region: "ap-shanghai", endpoint: "call.example" });
    const pinned = new rt.node.RuntimeClient(CVM, { credentials: CREDS, transport, region: "ap-guangzhou", endpoint: "config.example", regionalEndpoints });
    await pinned.send("DescribeZones", {});
    const noRegion = new rt.node.RuntimeClient(CVM, { credentials: CREDS, transport, regionalEndpoints });
    await noRegion.send("DescribeZones", {});
    expect(urls).toEqual([
      "https://cvm.ap-guangzhou.tencentcloudapi.com/",
      "https://cvm.ap-shanghai.tencentcloudapi.com/",
      "https://cvm.tencentcloudapi.com/",
      "https://cvm.tencentcloudapi.com/",
      "https://call.example/",
      "https://config.example/",
      "https://cvm.tencentcloudapi.com/",
    ]);
  });
});

describe("the Node transport", () => {
  it("loads node:https (and node:tls) only when a request goes to an https endpoint", () => {
    // node:https costs ~10 ms of start-up; a process that only talks plain HTTP must not pay it.
    const entry = pathToFileURL(join(rt.dir, "dist/index.node.js")).href;
    const probe = (body: string) =>
      execFileSync(process.execPath, ["--input-type=module", "-e", `const rt = await import(${JSON.stringify(entry)});\n${body}\nconsole.log(process.moduleLoadList.includes("NativeModule https"))`], {
        encoding: "utf8",
      }).trim();
    expect(probe("")).toBe("false");
    expect(probe(`await rt.nodeTransport().send({ method: "GET", url: "https://127.0.0.1:9/", headers: {} }).catch(() => {});`)).toBe("true");
  });

  it("sends https: URLs over TLS and http: URLs in the clear, on one transport", async () => {
    server.handle((_req, res) => json(res, 200, { ok: true }));
    const transport = rt.node.nodeTransport();
    try {
      const plain = await transport.send({ method: "GET", url: server.origin + "/", headers: {} });
      expect(JSON.parse(plain.body)).toEqual({ ok: true });
      // The loopback server speaks plain HTTP: a TLS client hello gets no TLS answer.
      const secure = transport.send({ method: "GET", url: server.origin.replace("http:", "https:") + "/", headers: {} });
      await expect(secure).rejects.toThrow(/SSL|TLS|EPROTO|wrong version|socket/i);
    } finally {
      transport.destroy();
    }
  });
});

describe("the Node transport behind a proxy", () => {
  it("sends every request through the agent it is given (http-proxy-agent to a forwarding proxy), and leaves that agent open on destroy()", async () => {
    server.handle((req, res) => json(res, 200, { Response: { RequestId: "via-proxy", Path: req.url } }));
    // A forwarding HTTP proxy: absolute-URI requests in, the same request to the target out.
    const proxied: string[] = [];
    const proxy = createServer((req, res) => {
      proxied.push(`${req.method} ${req.url}`);
      const upstream = httpRequest(req.url!, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const agent = new HttpProxyAgent(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
    const transport = rt.node.nodeTransport({ agent });
    try {
      const cvm = new rt.node.RuntimeClient(CVM, { credentials: CREDS, endpoint: server.origin, transport });
      expect(await cvm.send("DescribeZones", {})).toEqual({ RequestId: "via-proxy", Path: "/" });
      expect(proxied).toEqual([`POST ${server.origin}/`]);
      expect(server.received[0]!.headers["x-tc-action"]).toBe("DescribeZones");
      // The agent is the caller's: the transport's destroy() must not close it.
      let destroyed = 0;
      const destroyAgent = agent.destroy.bind(agent);
      agent.destroy = () => void destroyed++;
      transport.destroy();
      expect(destroyed).toBe(0);
      agent.destroy = destroyAgent;
      await cvm.send("DescribeZones", {});
      expect(proxied).toHaveLength(2);
    } finally {
      agent.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});

describe("per-protocol client classes and odd bodies", () => {
  it("Tc3Client, TencentV2Client and AliyunRpcClient each speak their protocol", async () => {
    server.handle((req, res) =>
      req.headers["x-tc-action"]
        ? json(res, 200, { Response: { RequestId: "tc3" } })
        : req.url.startsWith("/v2/")
          ? json(res, 200, { code: 0, message: "", v2: true })
          : json(res, 200, { RequestId: "ali" }),
    );
    const config = { credentials: CREDS, endpoint: server.origin };
    for (const entry of [rt.node, rt.web] as NodeRuntime[]) {
      expect(await new entry.Tc3Client(CVM, config).send("A", {})).toEqual({ RequestId: "tc3" });
      expect(await new entry.TencentV2Client(VPC_V2, config).send("B", {})).toEqual({ v2: true });
      expect(await new entry.AliyunRpcClient(ECS, config).send("C", {})).toEqual({ RequestId: "ali" });
    }
  });

  it("tc3: a body without Response, or an Error without Message, is still a ServiceError", async () => {
    server.handle((_req, res, i) => (i === 0 ? json(res, 200, { Unexpected: true }) : json(res, 200, { Response: { Error: { Code: "InternalError" }, RequestId: "r" } })));
    const cvm = new rt.node.Tc3Client(CVM, { credentials: CREDS, endpoint: server.origin });
    expect(await rejection(cvm.send("A", {}))).toMatchObject({ code: "InvalidResponse", httpStatus: 200, retryable: false });
    expect(await rejection(cvm.send("A", {}))).toMatchObject({ code: "InternalError", message: "InternalError:  (RequestId: r)", requestId: "r" });
  });
});

describe("redactRequest", () => {
  it("masks credentials, tokens and signatures in headers, query strings and form bodies", () => {
    const get = rt.node.redactRequest({
      method: "GET",
      url: `https://vpc.api.qcloud.com/v2/index.php?Action=X&SecretId=${CREDS.secretId}&Token=${CREDS.token}&Signature=abc%2B&vpcName=a`,
      headers: { Host: "vpc.api.qcloud.com" },
    });
    expect(get.url).toBe("https://vpc.api.qcloud.com/v2/index.php?Action=X&SecretId=AKIDt***&Token=***&Signature=***&vpcName=a");
    const post = rt.node.redactRequest({
      method: "POST",
      url: "https://ecs.aliyuncs.com/",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: "TC3-HMAC-SHA256 Credential=" + CREDS.secretId, "X-TC-Token": CREDS.token },
      body: `AccessKeyId=${CREDS.secretId}&SecurityToken=${CREDS.token}&PageSize=10`,
    });
    expect(post.body).toBe("AccessKeyId=AKIDt***&SecurityToken=***&PageSize=10");
    expect(post.headers).toEqual({
      "Content-Type": "application/x-www-form-urlencoded",
      Authorization: "TC3-HMAC-SHA256 Credential=AKIDt***",
      "X-TC-Token": "***",
    });
    const tc3 = rt.node.redactRequest({
      method: "POST",
      url: "https://cvm.tencentcloudapi.com/",
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        Authorization: `TC3-HMAC-SHA256 Credential=${CREDS.secretId}/2024-01-02/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=0123abcd`,
      },
      body: JSON.stringify({ Limit: 1, LoginSettings: { Password: "hunter2-pass" }, Filters: [{ Name: "zone", Values: ["ap-1"] }] }),
    });
    expect(tc3.headers.Authorization).toBe("TC3-HMAC-SHA256 Credential=AKIDt***/2024-01-02/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=***");
    expect(JSON.parse(tc3.body!)).toEqual({ Limit: 1, LoginSettings: { Password: "***" }, Filters: [{ Name: "zone", Values: ["ap-1"] }] });
    // Flattened names are judged by their last segment; NextToken and ClientToken are not secrets.
    const v2 = rt.node.redactRequest({
      method: "GET",
      url: "https://cvm.api.qcloud.com/v2/index.php?loginSettings.password=p%40ss&NextToken=n1&ClientToken=c1",
      headers: {},
    });
    expect(v2.url).toBe("https://cvm.api.qcloud.com/v2/index.php?loginSettings.password=***&NextToken=n1&ClientToken=c1");
    expect(rt.node.redactBody("not json {", "text/plain")).toBe("[10 characters, not JSON: not shown]");
    expect(rt.node.maskId("short")).toBe("***");
  });
});

describe("redactSecrets", () => {
  // The forms a server's echo carries a secret back in: as it is, escaped inside a JSON string (a
  // JSON body quoted in a message), escaped again (that message inside a logged JSON body), and
  // through the protocol's encoding (a query or form).
  const secret = 'Pa"ss\\word';
  it.each([
    ["as it is", 'echo Pa"ss\\word.', "echo ***."],
    ["JSON-escaped", 'echo {"Password":"Pa\\"ss\\\\word"}', 'echo {"Password":"***"}'],
    ["JSON-escaped twice", '{"Message":"echo {\\"Password\\":\\"Pa\\\\\\"ss\\\\\\\\word\\"}"}', '{"Message":"echo {\\"Password\\":\\"***\\"}"}'],
    ["percent-encoded by the protocol's encoding, once and twice", "Password=Pa%22ss%5Cword&s=Pa%2522ss%255Cword", "Password=***&s=***"],
  ])("masks a secret %s", (_form, given, want) => {
    expect(rt.node.redactSecrets(given, [secret], encodeURIComponent)).toBe(want);
  });

  it("leaves values shorter than 4 characters, and text without a secret, as they are", () => {
    expect(rt.node.redactSecrets('a"b a\\"b', ['a"b'])).toBe('a"b a\\"b');
    expect(rt.node.redactSecrets("nothing here", [secret, undefined])).toBe("nothing here");
  });
});

describe("credentials and backoff", () => {
  it("reads the provider's environment variables, and names them when they are missing", async () => {
    server.handle((_req, res) => json(res, 200, { Response: { RequestId: "env" } }));
    const saved = { ...process.env };
    try {
      process.env.TENCENTCLOUD_SECRET_ID = "AKIDfromEnvironment";
      process.env.TENCENTCLOUD_SECRET_KEY = "keyFromEnvironment";
      delete process.env.TENCENTCLOUD_SESSION_TOKEN;
      await new rt.node.RuntimeClient(CVM, { endpoint: server.origin }).send("DescribeInstances", {});
      expect(server.received[0]!.headers.authorization).toContain("Credential=AKIDfromEnvironment/");
      expect(server.received[0]!.headers["x-tc-token"]).toBeUndefined();

      delete process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
      delete process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
      // The Node default chain goes on to the shared files and the instance role: keep both local.
      process.env.HOME = mkdtempSync(join(tmpdir(), "docs2sdk-home-"));
      delete process.env.ALIBABA_CLOUD_CREDENTIALS_FILE;
      delete process.env.ALIBABA_CLOUD_PROFILE;
      process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = "true";
      const error = await rejection(new rt.node.RuntimeClient(ECS, { endpoint: server.origin }).send("DescribeRegions", {}));
      expect(error).toBeInstanceOf(rt.node.CredentialsError);
      expect((error as Error).message).toContain("ALIBABA_CLOUD_ACCESS_KEY_ID");
      expect((error as Error).message).toContain("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });

  it("credentialChain reports every place it looked; fromEnv works without process.env", async () => {
    const noEnv = rt.node.fromEnv("tencentcloud", () => undefined);
    const chain = rt.node.credentialChain(noEnv, rt.node.fromEnv("aliyun", () => ({})));
    const error = await rejection(chain());
    expect(error).toBeInstanceOf(rt.node.CredentialsError);
    expect((error as InstanceType<NodeRuntime["CredentialsError"]>).tried).toHaveLength(2);
    const found = rt.node.credentialChain(noEnv, async () => CREDS);
    expect(await found()).toEqual(CREDS);
  });

  it("sleep waits, rejects with the signal's reason on abort, and stops listening to the signal either way", async () => {
    const controller = new AbortController();
    await rt.node.sleep(1, controller.signal);
    expect(getEventListeners(controller.signal, "abort")).toEqual([]);
    const waiting = rejection(rt.node.sleep(60_000, controller.signal));
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(1);
    controller.abort(new Error("stop waiting"));
    expect(await waiting).toMatchObject({ message: "stop waiting" });
    expect(getEventListeners(controller.signal, "abort")).toEqual([]);
    await expect(rt.node.sleep(1, controller.signal)).rejects.toThrow("stop waiting");
  });

  it("backoff: full jitter below an exponentially growing, capped ceiling", () => {
    const at = (attempt: number, r: number) => rt.node.backoffDelay(attempt, { baseDelay: 100, maxDelay: 1000, random: () => r });
    expect([0, 1, 2, 3, 4].map((a) => at(a, 0.999999))).toEqual([99, 199, 399, 799, 999]);
    expect(at(3, 0)).toBe(0);
    for (let i = 0; i < 100; i++) {
      const d = rt.node.backoffDelay(2);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(400);
    }
  });
});
