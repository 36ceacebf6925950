// CORS, locked down (issue 19, item 9): no origin may read the mock's answers unless it was given
// (corsOrigins / --cors-origin), and the control endpoints (/__mock/*), which hold the request log
// and inject faults, refuse every other origin and every POST that is not JSON, so that a web page
// the developer happens to visit can neither read earlier calls nor plant faults.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../../generator/mock/server.ts";
import { tc3Spec } from "../emit/fixtures/sample-specs.ts";
import { clientFor, startSampleMock } from "./helpers.ts";

const PAGE = "http://localhost:5173";
const STRANGER = "https://evil.example";

let open: MockServer;
let closed: MockServer;
beforeAll(async () => {
  open = await startSampleMock({ corsOrigins: [PAGE] });
  closed = await startSampleMock();
});
afterAll(async () => {
  await open.close();
  await closed.close();
});

const preflight = (mock: MockServer, path: string, origin?: string) =>
  fetch(`${mock.url}${path}`, {
    method: "OPTIONS",
    headers: { ...(origin && { origin }), "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type, x-tc-action, x-tc-version, x-tc-timestamp, x-tc-region, x-custom-trace" },
  });

describe("mock server: CORS for the given origins only", () => {
  it("answers a preflight from a given origin with that origin, the methods and every header a signed client sends", async () => {
    const res = await preflight(open, "/", PAGE);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(PAGE);
    expect(res.headers.get("vary")).toContain("Origin");
    expect(res.headers.get("access-control-allow-methods")!.split(", ")).toEqual(expect.arrayContaining(["GET", "POST", "OPTIONS"]));
    const allowed = res.headers.get("access-control-allow-headers")!.split(", ");
    expect(allowed).toEqual(expect.arrayContaining(["authorization", "content-type", "x-tc-action", "x-tc-version", "x-tc-timestamp", "x-tc-region", "x-tc-token", "x-custom-trace"]));
    expect(Number(res.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    // Not an API request: nothing logged, no error body.
    expect(await res.text()).toBe("");
    expect(open.requests).toEqual([]);
  });

  it("refuses a preflight from any other origin, and from every origin by default", async () => {
    for (const [mock, origin] of [[open, STRANGER], [closed, PAGE], [closed, STRANGER]] as const) {
      const res = await preflight(mock, "/v2/index.php", origin);
      expect([res.status, res.headers.get("access-control-allow-origin")]).toEqual([403, null]);
    }
  });

  it("names the given origin on API answers and errors, and no origin for anyone else", async () => {
    const seen: (string | undefined)[] = [];
    const hooks = { afterResponse: (c: { response?: { headers: Record<string, string> } }) => void seen.push(c.response?.headers["access-control-allow-origin"]) };
    const fromPage = { beforeRequest: (c: { request: { headers: Record<string, string> } }) => void (c.request.headers["Origin"] = PAGE) };
    await clientFor(open, tc3Spec(), { hooks: { ...hooks, ...fromPage } }).send("DescribeThings", {});
    await clientFor(open, tc3Spec(), { hooks: { ...hooks, ...fromPage } }).send("NoSuchAction", {}).catch(() => undefined);
    await clientFor(open, tc3Spec(), { hooks }).send("DescribeThings", {});
    await clientFor(closed, tc3Spec(), { hooks: { ...hooks, ...fromPage } }).send("DescribeThings", {});
    expect(seen).toEqual([PAGE, PAGE, undefined, undefined]);
    const bad = await fetch(`${open.url}/?Action=DescribeRegions&Version=2014-05-26&AccessKeyId=x&RegionId=%zz`, { headers: { origin: STRANGER } });
    expect([bad.status, bad.headers.get("access-control-allow-origin")]).toEqual([400, null]);
  });

  it("refuses an origin that is not a scheme, host and port", async () => {
    await expect(startSampleMock({ corsOrigins: ["localhost:5173"] })).rejects.toThrow(/scheme, host and port/);
    await expect(startSampleMock({ corsOrigins: ["http://localhost:5173/app"] })).rejects.toThrow(/such as http:\/\/localhost:5173/);
  });
});

describe("mock server: control endpoints refuse other origins and non-JSON posts", () => {
  it("a cross-origin page cannot read /__mock/requests, even from an origin given for the API", async () => {
    await clientFor(open, tc3Spec()).send("DescribeThings", { Limit: 1 });
    for (const origin of [STRANGER, PAGE]) {
      const res = await fetch(`${open.url}/__mock/requests`, { headers: { origin } });
      expect(res.status).toBe(403);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      const body = await res.text();
      expect(body).toMatch(/another origin/);
      expect(body).not.toContain("DescribeThings");
      const pre = await preflight(open, "/__mock/requests", origin);
      expect([pre.status, pre.headers.get("access-control-allow-origin")]).toEqual([403, null]);
    }
    // What a browser sends for a cross-site fetch without an Origin it can set: Sec-Fetch-Site.
    expect((await fetch(`${open.url}/__mock/requests`, { headers: { "sec-fetch-site": "cross-site" } })).status).toBe(403);
    // The mock's own origin, and curl or a test (no Origin), still read it.
    expect((await fetch(`${open.url}/__mock/requests`, { headers: { origin: open.url } })).status).toBe(200);
    const log = (await (await fetch(`${open.url}/__mock/requests`)).json()) as { action: string }[];
    expect(log.map((r) => r.action)).toContain("DescribeThings");
  });

  it("refuses a text/plain (or untyped) POST to a control endpoint, and plants nothing", async () => {
    const rule = JSON.stringify({ kind: "throttle", action: "DescribeThings" });
    const refused: Record<string, string>[] = [{ "content-type": "text/plain" }, { "content-type": "text/plain;charset=UTF-8" }, {}, { "content-type": "application/x-www-form-urlencoded" }];
    for (const headers of refused) {
      const res = await fetch(`${open.url}/__mock/faults`, { method: "POST", headers, body: rule });
      expect(res.status).toBe(415);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    }
    expect(open.faults.rules).toEqual([]);
    await expect(clientFor(open, tc3Spec()).send("DescribeThings", {})).resolves.toMatchObject({ TotalCount: expect.any(Number) });
    const json = await fetch(`${open.url}/__mock/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: rule });
    expect(json.status).toBe(201);
    open.clearFaults();
  });
});
