// CORS: a browser page on another origin may call the mock (issue 15, item 5). Preflights are
// answered on any path without reaching authentication; every reply, errors and control endpoints
// included, carries Access-Control-Allow-Origin.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../../generator/mock/server.ts";
import { tc3Spec } from "../emit/fixtures/sample-specs.ts";
import { clientFor, startSampleMock } from "./helpers.ts";

let mock: MockServer;
beforeAll(async () => {
  mock = await startSampleMock();
});
afterAll(() => mock.close());

describe("mock server: CORS", () => {
  it("answers a preflight with the origin, methods and every header a signed client sends", async () => {
    const res = await fetch(`${mock.url}/`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type, x-tc-action, x-tc-version, x-tc-timestamp, x-tc-region, x-custom-trace" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")!.split(", ")).toEqual(expect.arrayContaining(["GET", "POST", "OPTIONS"]));
    const allowed = res.headers.get("access-control-allow-headers")!.split(", ");
    expect(allowed).toEqual(expect.arrayContaining(["authorization", "content-type", "x-tc-action", "x-tc-version", "x-tc-timestamp", "x-tc-region", "x-tc-token", "x-custom-trace"]));
    expect(Number(res.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    // Not an API request: nothing logged, no error body.
    expect(await res.text()).toBe("");
    expect(mock.requests).toEqual([]);
    const v2 = await fetch(`${mock.url}/v2/index.php`, { method: "OPTIONS" });
    expect([v2.status, v2.headers.get("access-control-allow-origin")]).toEqual([204, "*"]);
  });

  it("puts Access-Control-Allow-Origin on answers, errors and control endpoints", async () => {
    const seen: (string | undefined)[] = [];
    const hooks = { afterResponse: (c: { response?: { headers: Record<string, string> } }) => void seen.push(c.response?.headers["access-control-allow-origin"]) };
    await clientFor(mock, tc3Spec(), { hooks }).send("DescribeThings", {});
    await clientFor(mock, tc3Spec(), { hooks }).send("NoSuchAction", {}).catch(() => undefined);
    expect(seen).toEqual(["*", "*"]);
    const health = await fetch(`${mock.url}/__mock/health`);
    expect(health.headers.get("access-control-allow-origin")).toBe("*");
    const bad = await fetch(`${mock.url}/?Action=DescribeRegions&Version=2014-05-26&AccessKeyId=x&RegionId=%zz`);
    expect([bad.status, bad.headers.get("access-control-allow-origin")]).toEqual([400, "*"]);
  });
});
