// Issue 19's acceptance, item by item: the generated packages as a user installs them (generated/*/dist,
// on the shipped runtime) against hostile local servers (node:http on 127.0.0.1, a random port), on both
// transports: node:http (the Node default) and fetch (config.fetch, as in Deno, browsers and edge workers).
// The CVM and Lighthouse clients speak TC3 (API 3.0), the CVM and TCE VPC V2 clients the Tencent V2
// protocol, the ECS client Alibaba RPC. The slow parts (the 60 s default timeout, a 700 MB body in a
// process of its own) are in hostile-servers.slow.test.ts.
import type { ServerResponse } from "node:http";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as runtime from "../../../generated/runtime/dist/index.node.js";
import type { ClientConfig } from "../../../templates/runtime/src/types.ts";
import { json, startLoopbackServer, type LoopbackServer, type Received } from "./loopback-server.ts";
import { rejection } from "../../rejection.ts";

// Loosely typed: the packages' declarations import @docs2sdk/runtime, which only vitest resolves here.
type Package = Record<string, (...args: any[]) => any>;
const load = async (name: string) => (await import(`../../../generated/${name}/dist/index.js`)) as Package;
const cvm = await load("tencentcloud-cvm");
const lighthouse = await load("tencentcloud-lighthouse");
const ecs = await load("aliyun-ecs");
const cvmV2 = await load("tencentcloud-cvm-v2");
const vpcV2 = await load("tce-vpc-v2");

const CREDS = { secretId: "AKIDhostileTest0001", secretKey: "hostileSecretKey0001", token: "hostileSessionToken0001" };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const TRANSPORTS: [string, ClientConfig][] = [
  ["node:http", {}],
  ["fetch", { fetch: globalThis.fetch }],
];

let server: LoopbackServer;
let elsewhere: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
  elsewhere = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
  await elsewhere?.close();
});


/** The request parameters as the server received them: TC3 JSON body, V2/Alibaba query or form. */
function paramsOf(req: Received): Record<string, unknown> {
  if (req.headers["content-type"]?.includes("json")) return JSON.parse(req.body) as Record<string, unknown>;
  return Object.fromEntries(req.method === "GET" ? new URL(req.url, "http://x").searchParams : new URLSearchParams(req.body));
}

const tc3Ok = (res: ServerResponse, data: object = {}) => json(res, 200, { Response: { ...data, RequestId: "req-ok" } });
const drop = (res: ServerResponse) => res.socket?.destroy();

describe.each(TRANSPORTS)("against hostile servers, over %s", (_name, transport) => {
  // No backoff wait unless a test asks for one: retries are counted, not timed.
  const config = (extra: ClientConfig = {}): ClientConfig => ({
    credentials: CREDS,
    endpoint: server.origin,
    region: "ap-guangzhou",
    ...transport,
    ...extra,
    retry: { sleep: async () => {}, ...extra.retry },
  });
  const cvmClient = (extra?: ClientConfig) => cvm.createCvmClient!(config(extra));

  describe("item 1: only what cannot run twice is retried", () => {
    it("a dropped CreateInstances (Lighthouse, documents ClientToken) is sent twice with one UUID ClientToken the client filled, and resolves", async () => {
      server.handle((_req, res, i) => (i === 0 ? drop(res) : tc3Ok(res, { InstanceIdSet: ["lhins-1"] })));
      const input = { BundleId: "bundle-1", BlueprintId: "lhbp-1", InstanceChargePrepaid: { Period: 1 } };
      const result = await lighthouse.createInstances!(lighthouse.createLighthouseClient!(config()), input);
      expect(result).toMatchObject({ InstanceIdSet: ["lhins-1"] });
      const tokens = server.received.map((r) => paramsOf(r).ClientToken);
      expect(tokens).toHaveLength(2);
      expect(tokens[0]).toMatch(UUID);
      expect(tokens[1]).toBe(tokens[0]);
      expect(input).not.toHaveProperty("ClientToken"); // the caller's object is left alone

      // A token the caller gives is the one sent, on every attempt; a new call gets a new token.
      server.handle((_req, res, i) => (i === 0 ? drop(res) : tc3Ok(res)));
      await lighthouse.createInstances!(lighthouse.createLighthouseClient!(config()), { ...input, ClientToken: "caller-token-1" });
      expect(server.received.map((r) => paramsOf(r).ClientToken)).toEqual(["caller-token-1", "caller-token-1"]);
      server.handle((_req, res) => tc3Ok(res));
      await lighthouse.createInstances!(lighthouse.createLighthouseClient!(config()), input);
      expect(paramsOf(server.received[0]!).ClientToken).not.toBe(tokens[0]);
    });

    it("a dropped ECS CreateInstance (Alibaba RPC) is sent twice with the same ClientToken; CVM RunInstances after a 503 too", async () => {
      server.handle((_req, res, i) => (i === 0 ? drop(res) : json(res, 200, { InstanceId: "i-1", RequestId: "r" })));
      await ecs.createInstance!(ecs.createEcsClient!(config()), { ImageId: "img-1", InstanceType: "ecs.t1" });
      const ecsTokens = server.received.map((r) => paramsOf(r).ClientToken);
      expect(ecsTokens).toEqual([expect.stringMatching(UUID), ecsTokens[0]]);

      server.handle((_req, res, i) => (i === 0 ? json(res, 503, { Response: { Error: { Code: "InternalError", Message: "busy" }, RequestId: "r" } }) : tc3Ok(res, { InstanceIdSet: ["ins-1"] })));
      await cvm.runInstances!(cvmClient(), { ImageId: "img-1" });
      const cvmTokens = server.received.map((r) => paramsOf(r).ClientToken);
      expect(cvmTokens).toEqual([expect.stringMatching(UUID), cvmTokens[0]]);
    });

    it("a dropped call without a client token (CVM ResetInstancesPassword) is sent once and rejects saying its outcome is unknown", async () => {
      server.handle((_req, res) => drop(res));
      const error = await rejection(cvm.resetInstancesPassword!(cvmClient(), { InstanceIds: ["ins-1"], Password: "x-Passw0rd-1" }));
      expect(error).toBeInstanceOf(runtime.RequestError);
      expect(error).toMatchObject({ code: "NetworkError", outcomeUnknown: true, action: "ResetInstancesPassword" });
      expect(String(error)).toContain("outcome unknown");
      expect(server.received).toHaveLength(1);

      // A 5xx means it may have run: not sent again either, and rejected with the status.
      server.handle((_req, res) => json(res, 503, { Response: { Error: { Code: "InternalError", Message: "busy" }, RequestId: "r" } }));
      const failed = await rejection(cvm.resetInstancesPassword!(cvmClient(), { InstanceIds: ["ins-1"], Password: "x-Passw0rd-1" }));
      expect(failed).toMatchObject({ code: "InternalError", httpStatus: 503 });
      expect(server.received).toHaveLength(1);
    });

    it("retries any call that surely did not run: throttled, or a connection refused", async () => {
      server.handle((_req, res, i) => (i === 0 ? tc3Ok(res, { Error: { Code: "RequestLimitExceeded", Message: "slow down" } }) : tc3Ok(res)));
      await cvm.resetInstancesPassword!(cvmClient(), { InstanceIds: ["ins-1"], Password: "x-Passw0rd-1" });
      expect(server.received).toHaveLength(2);

      const attempts: boolean[] = [];
      const closed = await startLoopbackServer();
      await closed.close(); // its port now refuses connections
      const error = await rejection(
        cvm.resetInstancesPassword!(cvmClient({ endpoint: closed.origin, maxRetries: 2, hooks: { onError: (c) => void attempts.push(c.willRetry!) } }), {
          InstanceIds: ["ins-1"],
          Password: "x-Passw0rd-1",
        }),
      );
      expect(error).toMatchObject({ code: "NetworkError", outcomeUnknown: false });
      expect(attempts).toEqual([true, true, false]);
    });

    it("a read-only action (DescribeInstances) is retried after any failure; config.retry.idempotent overrides the package either way", async () => {
      server.handle((_req, res, i) => (i === 0 ? drop(res) : tc3Ok(res, { TotalCount: 0, InstanceSet: [] })));
      await cvm.describeInstances!(cvmClient(), {});
      expect(server.received).toHaveLength(2);

      server.handle((_req, res) => drop(res));
      const notRetried = await rejection(cvm.describeInstances!(cvmClient({ retry: { idempotent: { DescribeInstances: false } } }), {}));
      expect(notRetried).toMatchObject({ code: "NetworkError", outcomeUnknown: true });
      expect(server.received).toHaveLength(1);

      server.handle((_req, res, i) => (i === 0 ? drop(res) : tc3Ok(res)));
      await cvm.resetInstancesPassword!(cvmClient({ retry: { idempotent: { ResetInstancesPassword: true } } }), { InstanceIds: ["ins-1"], Password: "x-Passw0rd-1" });
      expect(server.received).toHaveLength(2);
    });
  });

  describe("item 2: Retry-After", () => {
    const throttled = (retryAfter: string) => (res: ServerResponse) => {
      res.writeHead(429, { "retry-after": retryAfter, "content-type": "text/plain" });
      res.end("Too Many Requests");
    };

    it("waits what a 429's Retry-After asks (seconds or an HTTP date) instead of the backoff", async () => {
      const now = 1_700_000_000_000;
      for (const [header, expected] of [
        ["2", 2000],
        ["0", 0],
        [new Date(now + 3000).toUTCString(), 3000],
      ] as const) {
        const waits: number[] = [];
        server.handle((_req, res, i) => (i === 0 ? throttled(header)(res) : tc3Ok(res)));
        await cvm.resetInstancesPassword!(cvmClient({ now: () => now, retry: { sleep: async (ms) => void waits.push(ms) } }), { InstanceIds: ["i"], Password: "x-Passw0rd-1" });
        expect(waits).toEqual([expected]);
        expect(server.received).toHaveLength(2);
      }
    });

    it("really waits: the second attempt arrives no sooner than Retry-After: 1 says", async () => {
      const arrivals: number[] = [];
      server.handle((_req, res, i) => {
        arrivals.push(performance.now());
        if (i === 0) throttled("1")(res);
        else tc3Ok(res);
      });
      await cvm.describeInstances!(cvm.createCvmClient!({ credentials: CREDS, endpoint: server.origin, region: "ap-guangzhou", ...transport }), {});
      expect(arrivals).toHaveLength(2);
      expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(990);
    });

    it("rejects at once when Retry-After asks for longer than the cap (default 20 s, retry.maxRetryAfter)", async () => {
      const waits: number[] = [];
      server.handle((_req, res) => throttled("30")(res));
      const error = await rejection(cvm.describeInstances!(cvmClient({ retry: { sleep: async (ms) => void waits.push(ms) } }), {}));
      expect(error).toBeInstanceOf(runtime.ServiceError);
      expect(error).toMatchObject({ httpStatus: 429, retryable: true });
      expect(server.received).toHaveLength(1);
      expect(waits).toEqual([]);

      server.handle((_req, res, i) => (i === 0 ? throttled("30")(res) : tc3Ok(res)));
      await cvm.describeInstances!(cvmClient({ retry: { maxRetryAfter: 60_000, sleep: async (ms) => void waits.push(ms) } }), {});
      expect(waits).toEqual([30_000]);

      server.handle((_req, res) => throttled("2")(res));
      await rejection(cvm.describeInstances!(cvmClient({ retry: { maxRetryAfter: 1000, sleep: async (ms) => void waits.push(ms) } }), {}));
      expect(server.received).toHaveLength(1);
    });

    it("Alibaba Throttling with Retry-After: the same wait", async () => {
      const waits: number[] = [];
      server.handle((_req, res, i) => {
        if (i > 0) return json(res, 200, { RequestId: "r", Regions: { Region: [] } });
        res.writeHead(400, { "retry-after": "3", "content-type": "application/json" });
        res.end(JSON.stringify({ Code: "Throttling.User", Message: "slow down", RequestId: "r0" }));
      });
      await ecs.describeRegions!(ecs.createEcsClient!(config({ retry: { sleep: async (ms) => void waits.push(ms) } })), {});
      expect(waits).toEqual([3000]);
    });
  });

  describe("item 3: timeouts", () => {
    // Headers, then nothing: the body never ends.
    const stall = (_req: Received, res: ServerResponse) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"Response": {');
    };

    it("a server that sends headers and then nothing: each attempt times out (attemptTimeout), a read-only call is retried", async () => {
      server.handle(stall);
      const error = await rejection(cvm.describeInstances!(cvmClient({ attemptTimeout: 150, maxRetries: 1 }), {}));
      expect(error).toBeInstanceOf(runtime.RequestError);
      expect(error).toMatchObject({ code: "Timeout", outcomeUnknown: false });
      expect(error.message).toContain("no response within 150 ms");
      expect(server.received).toHaveLength(2);
    });

    it("a state-changing call that times out is sent once and rejects as outcome unknown", async () => {
      server.handle(stall);
      const error = await rejection(cvm.resetInstancesPassword!(cvmClient({ attemptTimeout: 150 }), { InstanceIds: ["i"], Password: "x-Passw0rd-1" }));
      expect(error).toMatchObject({ code: "Timeout", outcomeUnknown: true });
      expect(server.received).toHaveLength(1);
    });

    it("the overall deadline (timeout) bounds the call, retries included; per call too", async () => {
      server.handle(stall);
      const error = await rejection(cvm.describeInstances!(cvmClient({ timeout: 250, attemptTimeout: 100, maxRetries: 10 }), {}));
      expect(error).toMatchObject({ code: "Timeout" });
      expect(server.received.length).toBeGreaterThanOrEqual(2);
      expect(server.received.length).toBeLessThan(11);
      const perCall = await rejection(cvm.describeInstances!(cvmClient(), {}, { timeout: 120, maxRetries: 0 }));
      expect(perCall.message).toContain("no response within 120 ms");
    });
  });

  describe("item 4: bounded responses", () => {
    it("a 700 MB body (streamed, never built) rejects with ResponseTooLarge after the 10 MB default; the server is cut off", async () => {
      const total = 700 * 1024 * 1024;
      let written = 0;
      let closed!: Promise<void>;
      server.handle((_req, res) => {
        closed = new Promise((resolve) => res.on("close", () => resolve()));
        res.writeHead(200, { "content-type": "application/json", "content-length": String(total) });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        const pump = () => {
          while (written < total && !res.destroyed) {
            written += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
        };
        pump();
      });
      const error = await rejection(cvm.describeInstances!(cvmClient(), {}));
      expect(error).toBeInstanceOf(runtime.RequestError);
      expect(error).toMatchObject({ code: "ResponseTooLarge", retryable: false, outcomeUnknown: false });
      expect(error.message).toContain("10000000 bytes");
      await closed;
      // Read-only but not retried: the service answered, too much.
      expect(server.received).toHaveLength(1);
      expect(written).toBeLessThan(100 * 1024 * 1024);
    });

    it("maxResponseBytes sets the limit; a body within it is read", async () => {
      const body = JSON.stringify({ Response: { RequestId: "r", Pad: "x".repeat(2000) } });
      server.handle((_req, res) => json(res, 200, JSON.parse(body)));
      await expect(rejection(cvm.describeInstances!(cvmClient({ maxResponseBytes: 1000 }), {}))).resolves.toMatchObject({ code: "ResponseTooLarge" });
      await expect(cvm.describeInstances!(cvmClient({ maxResponseBytes: body.length }), {})).resolves.toMatchObject({ Pad: "x".repeat(2000) });
    });
  });

  describe("item 5: a non-2xx status is an error, whatever the body", () => {
    it("V2 (TCE VPC, CVM V2): a 503 with a JSON body that looks like success rejects with the status", async () => {
      server.handle((_req, res) => json(res, 503, { code: 0, message: "", codeDesc: "Success", totalCount: 0, data: [] }));
      const vpc = await rejection(vpcV2.describeVpcEx!(vpcV2.createVpcV2Client!(config({ maxRetries: 0 })), {}));
      expect(vpc).toBeInstanceOf(runtime.ServiceError);
      expect(vpc).toMatchObject({ code: "HttpError", httpStatus: 503, retryable: true, action: "DescribeVpcEx" });
      server.handle((_req, res) => json(res, 503, {}));
      const key = await rejection(cvmV2.createKeyPair!(cvmV2.createCvmV2Client!(config()), { keyName: "k" }));
      expect(key).toMatchObject({ code: "HttpError", httpStatus: 503 });
      expect(server.received).toHaveLength(1); // CreateKeyPair is not retried after a 5xx
    });

    it("TC3 and Alibaba: a 502 with a success-shaped JSON body rejects too", async () => {
      server.handle((_req, res) => json(res, 502, { Response: { RequestId: "r", TotalCount: 0 } }));
      await expect(rejection(cvm.describeInstances!(cvmClient({ maxRetries: 0 }), {}))).resolves.toMatchObject({ code: "HttpError", httpStatus: 502 });
      server.handle((_req, res) => json(res, 502, { RequestId: "r", Regions: { Region: [] } }));
      await expect(rejection(ecs.describeRegions!(ecs.createEcsClient!(config({ maxRetries: 0 })), {}))).resolves.toMatchObject({ httpStatus: 502 });
    });
  });

  describe("item 6: redirects", () => {
    for (const status of [307, 302, 308, 301]) {
      it(`a ${status} to another origin: that origin gets nothing (no token, no body), the call rejects`, async () => {
        elsewhere.handle((_req, res) => tc3Ok(res));
        const redirect = (path = "/") => (_req: Received, res: ServerResponse) => {
          res.writeHead(status, { location: elsewhere.origin + path });
          res.end();
        };
        server.handle(redirect());
        const error = await rejection(cvm.resetInstancesPassword!(cvmClient(), { InstanceIds: ["i"], Password: "x-Passw0rd-1" }));
        expect(error).toBeInstanceOf(runtime.ServiceError);
        expect(error).toMatchObject({ httpStatus: status });
        // The TC3 request (X-TC-Token header, password in the JSON body) went to the endpoint only.
        expect(server.received).toHaveLength(1);
        expect(server.received[0]!.headers["x-tc-token"]).toBe(CREDS.token);
        // V2 as a POST form and Alibaba as a GET query: the same.
        server.handle(redirect("/v2/index.php"));
        await rejection(cvmV2.resetInstancePassword!(cvmV2.createCvmV2Client!(config({ httpMethod: "POST" })), { instanceId: "i", password: "x-Passw0rd-1" }));
        expect(server.received).toHaveLength(1);
        server.handle(redirect());
        await expect(rejection(ecs.describeRegions!(ecs.createEcsClient!(config()), {}))).resolves.toMatchObject({ httpStatus: status });
        expect(server.received).toHaveLength(1);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(elsewhere.received).toEqual([]);
      });
    }

    it("a redirect to the same origin is not followed either", async () => {
      server.handle((req, res) => {
        if (req.url === "/moved") return tc3Ok(res);
        res.writeHead(307, { location: "/moved" });
        res.end();
      });
      await expect(rejection(cvm.describeInstances!(cvmClient({ maxRetries: 0 }), {}))).resolves.toMatchObject({ httpStatus: 307 });
      expect(server.received.map((r) => r.url)).toEqual(["/"]);
    });
  });

  describe("item 7: redaction of what a server echoes", () => {
    // '@', '/', '+', '(' and ' ' change under the encodings a request carries them in: as they are
    // (TC3's JSON body), percent-encoded (a V2 or Alibaba query or form), percent-encoded twice
    // (Alibaba's string to sign).
    const PASSWORD = "Hunter2@pa/ss+w(rd) x";
    const encodings = (value: string) => {
      const once = encodeURIComponent(value).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
      return [value, once, once.replace(/%/g, "%25")];
    };
    const signatureOf = (req: Received): string => {
      const found = /Signature=([^&,\s]+)/.exec(`${req.url} ${req.body} ${req.headers.authorization}`)![1]!;
      return decodeURIComponent(found);
    };

    async function expectNothingEchoed(
      call: (extra: ClientConfig) => Promise<unknown>,
      echo: (req: Received, res: ServerResponse) => void,
      passwordForms = encodings(PASSWORD),
    ): Promise<void> {
      const lines: string[] = [];
      server.handle(echo);
      const error = await rejection(call({ maxRetries: 0, hooks: runtime.debugLogger({ logger: { debug: (l: string) => void lines.push(l) }, bodies: true }) }));
      const req = server.received[0]!;
      const secrets = [...passwordForms, ...encodings(signatureOf(req)), CREDS.secretKey, CREDS.token];
      expect(signatureOf(req).length).toBeGreaterThan(20);
      const texts = { string: String(error), message: error.message, stack: error.stack, inspect: inspect(error, { depth: 10, showHidden: true }), log: lines.join("\n") };
      expect(lines.length).toBeGreaterThanOrEqual(3);
      for (const [where, text] of Object.entries(texts)) for (const secret of secrets) expect(text, `${where} holds ${secret}`).not.toContain(secret);
      expect(error.message).toContain("***");
    }

    it("TC3: an error echoing the whole request (Authorization, X-TC-Token, JSON body with the password)", async () => {
      await expectNothingEchoed(
        (extra) => cvm.resetInstancesPassword!(cvmClient(extra), { InstanceIds: ["i"], Password: PASSWORD }),
        (req, res) => json(res, 400, { Response: { Error: { Code: "AuthFailure.SignatureFailure", Message: `got ${JSON.stringify(req)}` }, RequestId: "r" } }),
      );
    });

    it("TC3: a password with '\"' and '\\' in an error quoting the JSON body (JSON-escaped once; twice in the logged response body)", async () => {
      const password = 'Hunter2"pa\\ss';
      const escapedOnce = JSON.stringify(password).slice(1, -1);
      const escapedTwice = JSON.stringify(escapedOnce).slice(1, -1);
      await expectNothingEchoed(
        (extra) => cvm.resetInstancesPassword!(cvmClient(extra), { InstanceIds: ["i"], Password: password }),
        (req, res) => json(res, 400, { Response: { Error: { Code: "InvalidParameterValue", Message: `bad body ${req.body}` }, RequestId: "r" } }),
        [password, escapedOnce, escapedTwice],
      );
      expect(server.received[0]!.body).toContain(`"Password":"${escapedOnce}"`);
    });

    it("Alibaba: SignatureDoesNotMatch echoing the string to sign and the URL (percent-encoded once and twice)", async () => {
      await expectNothingEchoed(
        (extra) => ecs.createInstance!(ecs.createEcsClient!(config(extra)), { ImageId: "img", InstanceType: "t", Password: PASSWORD }),
        (req, res) => {
          const query = new URL(req.url, "http://x").search.slice(1);
          const stringToSign = `GET&%2F&${encodeURIComponent(query)}`;
          json(res, 400, { Code: "SignatureDoesNotMatch", Message: `server string to sign is: ${stringToSign}; url ${req.url}`, RequestId: "r" });
        },
      );
    });

    it("Tencent V2: an error echoing the GET query and the POST form", async () => {
      for (const httpMethod of ["GET", "POST"] as const) {
        await expectNothingEchoed(
          (extra) => cvmV2.resetInstancePassword!(cvmV2.createCvmV2Client!(config({ ...extra, httpMethod })), { instanceId: "i", password: PASSWORD }),
          (req, res) => json(res, 200, { code: 4100, message: `bad request ${req.url} ${req.body}`, codeDesc: "AuthFailure" }),
        );
      }
    });
  });
});

describe("redaction keeps ordinary values", () => {
  it("masks secrets by value only where they are long enough to be one (no '***' in place of every 'a')", async () => {
    server.handle((req, res) => json(res, 400, { Response: { Error: { Code: "InvalidParameter", Message: `echo ${req.body}` }, RequestId: "r" } }));
    const error = await rejection(
      cvm.resetInstancesPassword!(cvm.createCvmClient!({ credentials: CREDS, endpoint: server.origin, maxRetries: 0 }), { InstanceIds: ["ins-visible"], Password: "Passw0rd-hidden" }),
    );
    expect(error.message).toContain("ins-visible");
    expect(error.message).not.toContain("Passw0rd-hidden");
  });
});
