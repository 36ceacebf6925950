// The runtime's retries, timeouts and error mapping, proven against injected faults over real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FaultPlan, parseFaultHeader, parseFaultRule } from "../../generator/mock/faults.ts";
import type { MockServer } from "../../generator/mock/server.ts";
import { RequestError, ServiceError } from "../../templates/runtime/src/index.node.ts";
import { aliyunSpec, tc3Spec, v2Spec } from "../emit/fixtures/sample-specs.ts";
import { clientFor, startSampleMock } from "./helpers.ts";

let mock: MockServer;
beforeAll(async () => {
  mock = await startSampleMock();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.clearFaults();
  mock.clearRequests();
});

/** What a generated command passes for a read-only action: the runtime may retry it after any failure. */
const READ_ONLY = { readOnly: true };

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected the call to fail");
}

const protocols = [
  { spec: tc3Spec(), action: "DescribeThings", throttle: { code: "RequestLimitExceeded", httpStatus: 200 } },
  { spec: v2Spec(), action: "DescribeVpcEx", throttle: { code: "RequestLimitExceeded", httpStatus: 200 } },
  { spec: aliyunSpec(), action: "DescribeRegions", throttle: { code: "Throttling", httpStatus: 400 } },
];

describe("throttling", () => {
  for (const { spec, action, throttle } of protocols) {
    it(`${spec.protocol}: throttled twice, then served: the client retries and succeeds`, async () => {
      mock.injectFault({ kind: "throttle", action, times: 2 });
      const result = await clientFor(mock, spec, { maxRetries: 3 }).sendRaw(action, {});
      expect(result.attempts).toBe(3);
      expect(mock.requests.map((r) => [r.fault, r.status, r.code])).toEqual([
        ["throttle", throttle.httpStatus, throttle.code],
        ["throttle", throttle.httpStatus, throttle.code],
        [undefined, 200, undefined],
      ]);
    });

    it(`${spec.protocol}: throttled beyond maxRetries: a retryable ServiceError with the provider's code`, async () => {
      mock.injectFault({ kind: "throttle" });
      const e = await failure(clientFor(mock, spec, { maxRetries: 1 }).send(action, {}));
      expect(e).toBeInstanceOf(ServiceError);
      expect(e).toMatchObject({ code: throttle.code, httpStatus: throttle.httpStatus, retryable: true, action });
      expect(mock.requests).toHaveLength(2);
    });
  }
});

describe("server errors, dropped connections, delays", () => {
  it("retries a 5xx and maps it when retries run out", async () => {
    mock.injectFault({ kind: "status", status: 503, times: 1 });
    expect((await clientFor(mock, tc3Spec(), { maxRetries: 1 }).sendRaw("DescribeThings", {}, {}, READ_ONLY)).attempts).toBe(2);

    mock.injectFault({ kind: "status", status: 500 });
    const tc3 = await failure(clientFor(mock, tc3Spec()).send("DescribeThings", {}));
    expect(tc3).toMatchObject({ code: "InternalError", httpStatus: 500, retryable: true });
    const ali = await failure(clientFor(mock, aliyunSpec()).send("DescribeRegions", {}));
    expect(ali).toMatchObject({ code: "InternalError", httpStatus: 500, retryable: true });
    mock.clearFaults();
    mock.injectFault({ kind: "status", status: 503 });
    const v2 = await failure(clientFor(mock, v2Spec()).send("DescribeVpcEx", {}));
    expect(v2).toMatchObject({ code: "ResourceUnavailable", httpStatus: 503, retryable: true });
  });

  it("retries a dropped connection as a network error", async () => {
    mock.injectFault({ kind: "drop", times: 1 });
    const result = await clientFor(mock, v2Spec(), { maxRetries: 2 }).sendRaw("DescribeVpcEx", {}, {}, READ_ONLY);
    expect(result.attempts).toBe(2);
    mock.injectFault({ kind: "drop" });
    const e = await failure(clientFor(mock, aliyunSpec(), { maxRetries: 1 }).send("DescribeRegions", {}, undefined, READ_ONLY));
    expect(e).toBeInstanceOf(RequestError);
    expect(e).toMatchObject({ code: "NetworkError" });
    expect(mock.requests.map((r) => r.status)).toEqual([0, 200, 0, 0]);
  });

  it("turns a slow answer into a Timeout error, and answers normally after a short delay", async () => {
    mock.injectFault({ kind: "delay", delayMs: 2000, times: 1 });
    const e = await failure(clientFor(mock, tc3Spec(), { timeout: 150, maxRetries: 2 }).send("DescribeThings", {}));
    expect(e).toBeInstanceOf(RequestError);
    expect(e).toMatchObject({ code: "Timeout" });
    mock.injectFault({ kind: "delay", delayMs: 50, times: 1 });
    const ok = await clientFor(mock, tc3Spec(), { timeout: 2000 }).sendRaw("DescribeThings", {});
    expect(ok.elapsed).toBeGreaterThanOrEqual(50);
  });

  it("maps a custom injected error and does not retry it", async () => {
    mock.injectFault({ kind: "error", code: "InvalidZone", message: "zone gone", action: "RunThing" });
    const e = await failure(clientFor(mock, tc3Spec(), { maxRetries: 3 }).send("RunThing", { ChargeType: "PREPAID", Placement: { Zone: "z" } }));
    expect(e).toMatchObject({ code: "InvalidZone", message: `InvalidZone: zone gone (RequestId: ${(e as { requestId?: string }).requestId})`, retryable: false });
    expect(mock.requests).toHaveLength(1);
    // Other actions are not affected.
    await clientFor(mock, tc3Spec()).send("DescribeThings", {});
  });

  it("applies a rule only to its spec", async () => {
    mock.injectFault({ kind: "throttle", spec: "aliyun-ecs" });
    await clientFor(mock, tc3Spec()).send("DescribeThings", {});
    expect(await failure(clientFor(mock, aliyunSpec()).send("DescribeRegions", {}))).toMatchObject({ code: "Throttling" });
  });
});

describe("faults from outside the process", () => {
  it("takes rules from POST /__mock/faults and lists them", async () => {
    const res = await fetch(`${mock.url}/__mock/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ kind: "status", status: 502, times: 1, action: "DescribeThings" }) });
    expect(res.status).toBe(201);
    expect((await (await fetch(`${mock.url}/__mock/faults`)).json()).map((r: { kind: string }) => r.kind)).toEqual(["status"]);
    expect(await failure(clientFor(mock, tc3Spec()).send("DescribeThings", {}))).toMatchObject({ httpStatus: 502 });
    await clientFor(mock, tc3Spec()).send("DescribeThings", {});
    const bad = await fetch(`${mock.url}/__mock/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ kind: "explode" }) });
    expect(bad.status).toBe(400);
  });

  it("applies an X-Mock-Fault header to the request that carries it", async () => {
    const hooks = { beforeRequest: (c: { request: { headers: Record<string, string> } }) => void (c.request.headers["X-Mock-Fault"] = "error=InvalidZone") };
    const e = await failure(clientFor(mock, tc3Spec(), { hooks }).send("DescribeThings", {}));
    expect(e).toMatchObject({ code: "InvalidZone" });
  });
});

describe("fault rules", () => {
  it("parse from the header syntax", () => {
    expect(parseFaultHeader("delay=100;status=503")).toEqual({ kind: "status", delayMs: 100, status: 503 });
    expect(parseFaultHeader("throttle")).toEqual({ kind: "throttle" });
    expect(parseFaultHeader("delay=20")).toEqual({ kind: "delay", delayMs: 20 });
    expect(() => parseFaultHeader("explode")).toThrow(/unknown fault/);
    expect(() => parseFaultRule({ kind: "status", status: 99 })).toThrow(/HTTP status/);
    expect(() => parseFaultRule({ kind: "drop", times: -1 })).toThrow(/non-negative/);
  });

  it("count down and disappear; times: 0 never applies", () => {
    const plan = new FaultPlan();
    plan.add({ kind: "drop", times: 0 });
    plan.add({ kind: "throttle", times: 2, action: "A" });
    expect(plan.take({ action: "B" })).toBeUndefined();
    expect(plan.take({ action: "A" })?.kind).toBe("throttle");
    expect(plan.take({ action: "A" })?.kind).toBe("throttle");
    expect(plan.take({ action: "A" })).toBeUndefined();
    expect(plan.rules).toEqual([]);
  });
});
