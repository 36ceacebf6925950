// The transport contract (templates/runtime/src/types.ts HttpRequest): each transport enforces
// request.timeout and request.maxBytes itself, rejecting with the documented codes and closing the
// connection, and the client hands it the attempt's limit as a number, not as an AbortSignal per
// attempt (on Node 20 that signal cost about 15% of the requests per second).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as runtime from "../../../generated/runtime/dist/index.node.js";
import type { HttpRequest, HttpResponse, Transport } from "../../../templates/runtime/src/types.ts";
import { json, startLoopbackServer, type LoopbackServer } from "./loopback-server.ts";
import { rejection } from "../../rejection.ts";

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});


const TRANSPORTS: [string, () => Transport][] = [
  ["node:http", () => runtime.nodeTransport()],
  ["fetch", () => runtime.fetchTransport(globalThis.fetch)],
];

describe.each(TRANSPORTS)("%s transport", (_name, make) => {
  const get = (extra: Partial<HttpRequest> = {}): HttpRequest => ({ method: "GET", url: server.origin + "/", headers: {}, ...extra });

  it("rejects with code Timeout once request.timeout passes, the body's read included, and closes the connection", async () => {
    let closed!: Promise<void>;
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"partial":');
      closed = new Promise((resolve) => res.on("close", resolve));
    });
    const started = performance.now();
    const error = await rejection(make().send(get({ timeout: 150 })));
    expect(error).toMatchObject({ code: "Timeout", message: "no response within 150 ms" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    // The server sees the connection end (the test times out if the transport left it open).
    await closed;
  });

  it("without request.timeout (or with 0) waits for a slow answer", async () => {
    server.handle((_req, res) => setTimeout(() => json(res, 200, { ok: 1 }), 150));
    for (const extra of [{}, { timeout: 0 }]) {
      const response: HttpResponse = await make().send(get(extra));
      expect(response).toMatchObject({ status: 200, body: '{"ok":1}' });
    }
  });

  it("rejects with code ResponseTooLarge past request.maxBytes and reads a body within it whole, multi-byte characters across chunks included", async () => {
    const text = JSON.stringify({ name: "实例".repeat(5000) });
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      // Split inside a three-byte character.
      const bytes = Buffer.from(text);
      res.write(bytes.subarray(0, 10_001));
      setTimeout(() => res.end(bytes.subarray(10_001)), 20);
    });
    const tooLarge = await rejection(make().send(get({ maxBytes: 1000 })));
    expect(tooLarge).toMatchObject({ code: "ResponseTooLarge" });
    const whole = await make().send(get({ maxBytes: Buffer.byteLength(text) }));
    expect(whole.body).toBe(text);
  });

  it("request.signal still aborts: the caller's reason, not a Timeout", async () => {
    server.handle(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("caller gave up")), 50);
    const error = await rejection(make().send(get({ signal: controller.signal, timeout: 10_000 })));
    expect(error?.code).not.toBe("Timeout");
  });
});

describe("what the client hands a transport", () => {
  /** A transport that records each request and answers a TC3 success. */
  function recording(): { transport: Transport; seen: HttpRequest[] } {
    const seen: HttpRequest[] = [];
    const transport: Transport = {
      send: async (request) => {
        seen.push(request);
        return { status: 200, headers: {}, body: JSON.stringify({ Response: { RequestId: "r" } }) };
      },
    };
    return { transport, seen };
  }
  const service = { provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "cvm.tencentcloudapi.com" } as const;
  const credentials = { secretId: "AKIDtransport", secretKey: "transportKey" };

  it("the attempt's limit as request.timeout (default 60 s) and no signal unless the caller gave one or a deadline", async () => {
    const { transport, seen } = recording();
    const client = new runtime.Tc3Client(service, { credentials, transport });
    await client.send("DescribeZones", {});
    await client.send("DescribeZones", {}, { attemptTimeout: 500 });
    expect(seen.map((r) => [r.timeout, r.signal])).toEqual([
      [60_000, undefined],
      [500, undefined],
    ]);
    const controller = new AbortController();
    await client.send("DescribeZones", {}, { signal: controller.signal });
    expect(seen[2]!.signal).toBe(controller.signal);
    await client.send("DescribeZones", {}, { timeout: 1000 });
    expect(seen[3]!.signal).toBeInstanceOf(AbortSignal);
    expect(seen[3]!.signal!.aborted).toBe(false);
  });

  it("a transport's Timeout becomes the client's RequestError Timeout, outcome unknown for a call that is not idempotent", async () => {
    const transport: Transport = { send: async (r) => Promise.reject(Object.assign(new Error(`no response within ${r.timeout} ms`), { code: "Timeout" })) };
    const client = new runtime.Tc3Client(service, { credentials, transport, attemptTimeout: 70, retry: { sleep: async () => {} } });
    const error = await rejection(client.send("RunInstances", {}));
    expect(error).toBeInstanceOf(runtime.RequestError);
    expect(error).toMatchObject({ code: "Timeout", outcomeUnknown: true, message: "RunInstances: no response within 70 ms; outcome unknown" });
  });
});
