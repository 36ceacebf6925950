// The mock's paging mode over real HTTP: pages of a deterministic item set for hinted actions,
// sliced by each protocol's paging parameters, with the total and next token a paginator stops on.
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectedResult } from "../../generator/emit/fixtures/build.ts";
import { Catalog } from "../../generator/mock/catalog.ts";
import { distinguishingPaths, ENDLESS_TOTAL, nthItem, pageSource, pageToken, parsePagingRule, parsePagingTotal, PagingPlan, servePage } from "../../generator/mock/paging.ts";
import { startMockServer, type MockServer } from "../../generator/mock/server.ts";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { conformFields } from "../../generator/spec/conform.ts";
import type { Pagination, Service } from "../../generator/spec/types.ts";
import { paginate, PaginationLimitError, ServiceError, type RuntimeClient } from "../../templates/runtime/src/index.node.ts";
import { aliyunSpec, tc3Spec } from "../emit/fixtures/sample-specs.ts";
import { clientFor, credentials } from "./helpers.ts";

// The three bundled APIs the acceptance names, one per protocol, from the repository's spec/.
const SPEC_FILES = ["tencentcloud/cvm/2017-03-12.json", "tce/vpc/v2.json", "aliyun/ecs/2014-05-26.json"];
const catalog = Catalog.fromSpecDir(join(REPO_ROOT, "spec"), SPEC_FILES);
const service = (id: string): Service => catalog.services.find((s) => s.id === id)!.service;
const hintOf = (id: string, action: string): Pagination => service(id).actions.find((a) => a.name === action)!.pagination!;

// A token-style action (no bundled document shows NextToken paging yet): Alibaba's sample spec with one more action.
function tokenSpec(): Service {
  const spec = aliyunSpec();
  spec.actions.push({
    name: "ListThings",
    title: "",
    description: "",
    input: [
      { name: "NextToken", type: "string", required: false, description: "" },
      { name: "MaxResults", type: "integer", required: false, description: "默认值为 10，最大值为 50。" },
    ],
    output: [
      { name: "RequestId", type: "string", required: false, description: "" },
      { name: "NextToken", type: "string", required: false, description: "" },
      { name: "Things", type: { array: { ref: "RegionType" } }, required: false, description: "" },
    ],
    errors: [],
    examples: [],
    pagination: { style: "token", inputToken: "NextToken", pageSize: "MaxResults", outputToken: "NextToken", items: "Things" },
  });
  return spec;
}

let mock: MockServer;
beforeAll(async () => {
  // The V2 sample spec is left out: its DescribeVpcEx would answer for tce/vpc/v2's (routing by action name).
  mock = await startMockServer({ catalog: new Catalog([...catalog.services.map((s) => s.service), tc3Spec(), tokenSpec()]), credentials });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.clearPaging();
  mock.clearRequests();
});

function client(specId: string): RuntimeClient {
  return clientFor(mock, service(specId));
}

function at(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);
}

async function rejection(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}

/** Pages through by hand, the way a paginator would, and returns the items and the pages' sizes. */
async function pageThrough(c: RuntimeClient, action: string, hint: Pagination, size: number, limit = 50): Promise<{ items: unknown[]; pages: number[]; totals: unknown[] }> {
  const items: unknown[] = [];
  const pages: number[] = [];
  const totals: unknown[] = [];
  let offset = 0;
  let page = 1;
  let token: string | undefined;
  for (let n = 0; n < limit; n++) {
    const input: Record<string, unknown> = { [hint.pageSize!]: size };
    if (hint.style === "offset") input[hint.inputToken] = offset;
    if (hint.style === "page") input[hint.inputToken] = page;
    if (hint.style === "token" && token) input[hint.inputToken] = token;
    const result = await c.send<Record<string, unknown>, Record<string, unknown>>(action, input);
    const list = at(result, hint.items) as unknown[];
    items.push(...list);
    pages.push(list.length);
    if (hint.totalCount) totals.push(at(result, hint.totalCount));
    offset += list.length;
    page++;
    if (hint.style === "token") {
      token = at(result, hint.outputToken!) as string | undefined;
      if (!token) break;
    } else if (list.length === 0 || offset >= Number(at(result, hint.totalCount!))) break;
  }
  return { items, pages, totals };
}

const uniqueCount = (items: unknown[]) => new Set(items.map((i) => JSON.stringify(i))).size;

describe("paging off (the default): the fixture, its items distinct on every later page", () => {
  it("answers the first page of a hinted action with its documented response", async () => {
    const fixture = catalog.services.find((s) => s.id === "tencentcloud/cvm/2017-03-12")!.actions.get("DescribeInstances")!.fixture;
    const result = await client("tencentcloud/cvm/2017-03-12").send("DescribeInstances", { Offset: 0, Limit: 20 });
    expect(result).toEqual(expectedResult("tc3", fixture.cases[0]!.response));
    expect(mock.requests[0]!.page).toBeUndefined();
  });

  for (const [spec, action] of [["tencentcloud/cvm/2017-03-12", "DescribeInstances"], ["tce/vpc/v2", "DescribeVpcEx"], ["aliyun/ecs/2014-05-26", "DescribeTags"]] as const) {
    it(`${spec} ${action}: two consecutive pages share no item, and each still conforms to the types`, async () => {
      const hint = hintOf(spec, action);
      const page = (n: number) => {
        const input: Record<string, unknown> = { [hint.pageSize!]: 2 };
        input[hint.inputToken] = hint.style === "page" ? n + 1 : n * 2;
        return client(spec).send<Record<string, unknown>, Record<string, unknown>>(action, input);
      };
      const [first, second, third] = [(await page(0)), (await page(1)), (await page(2))].map((r) => at(r, hint.items) as unknown[]);
      expect(first!.length).toBeGreaterThan(0);
      const all = [...first!, ...second!, ...third!];
      expect(uniqueCount(all)).toBe(all.length);
      // Only identifying members differ: the rest of each item is the documented one.
      expect(Object.keys(second![0] as object)).toEqual(Object.keys(first![0] as object));
      const route = catalog.services.find((s) => s.id === spec)!;
      const output = route.actions.get(action)!.action.output;
      const result = await page(1);
      expect(conformFields(result, output, { types: route.types, nullIsAbsent: true }).filter((p) => p.kind !== "missing")).toEqual([]);
      expect(mock.requests.map((r) => r.code)).toEqual([undefined, undefined, undefined, undefined]);
    });
  }
});

describe("paging on: every item exactly once, per protocol, across pages", () => {
  const cases = [
    { spec: "tencentcloud/cvm/2017-03-12", action: "DescribeInstances", total: 47, size: 10, pages: [10, 10, 10, 10, 7], key: "InstanceId" },
    { spec: "tce/vpc/v2", action: "DescribeVpcEx", total: 45, size: 20, pages: [20, 20, 5], key: "vpcId" },
    { spec: "aliyun/ecs/2014-05-26", action: "DescribeTags", total: 31, size: 10, pages: [10, 10, 10, 1], key: undefined },
  ];
  for (const { spec, action, total, size, pages, key } of cases) {
    it(`${service(spec).protocol}: ${spec} ${action} (${hintOf(spec, action).style} style), ${total} items in pages of ${size}`, async () => {
      const hint = hintOf(spec, action);
      mock.setPaging({ spec, action, total });
      const got = await pageThrough(client(spec), action, hint, size);
      expect(got.pages).toEqual(pages);
      expect(got.items).toHaveLength(total);
      expect(uniqueCount(got.items)).toBe(total);
      expect(got.totals.every((t) => t === total)).toBe(true);
      // The set is the same whatever the page size: item i is item i.
      mock.clearRequests();
      const onePage = await pageThrough(client(spec), action, hint, total);
      expect(onePage.items).toEqual(got.items);
      expect(mock.requests.map((r) => r.page)).toEqual([{ start: 0, count: total }]);
      if (key) {
        const ids = got.items.map((i) => (i as Record<string, string>)[key]);
        expect(ids[0]).toMatch(/-0001$/);
        expect(ids[total - 1]).toMatch(new RegExp(`-00${total}$`));
      }
    });
  }

  it("keeps the documented item's other members: only identifying members differ", async () => {
    const spec = "tencentcloud/cvm/2017-03-12";
    mock.setPaging({ spec, action: "DescribeInstances", total: 3 });
    const documented = (expectedResult("tc3", catalog.services.find((s) => s.id === spec)!.actions.get("DescribeInstances")!.fixture.cases[0]!.response).InstanceSet as Record<string, unknown>[])[0]!;
    const result = await client(spec).send<object, { InstanceSet: Record<string, unknown>[]; TotalCount: number; RequestId: string }>("DescribeInstances", { Limit: 3 });
    const second = result.InstanceSet[1]!;
    expect(second.InstanceId).toBe(`${documented.InstanceId}-0002`);
    expect(second.InstanceName).toBe(`${documented.InstanceName}-0002`);
    expect(second.CPU).toBe(documented.CPU);
    expect(second.Placement).toEqual(documented.Placement);
    expect(result.RequestId).toBeTruthy();
  });

  it("Alibaba: echoes the page number and size it served", async () => {
    const spec = "aliyun/ecs/2014-05-26";
    mock.setPaging({ spec, action: "DescribeTags", total: 12 });
    const result = await client(spec).send<object, Record<string, unknown>>("DescribeTags", { PageNumber: 2, PageSize: 5 });
    expect(result).toMatchObject({ PageNumber: 2, PageSize: 5, TotalCount: 12 });
    expect(at(result, hintOf(spec, "DescribeTags").items)).toHaveLength(5);
    // No PageNumber: page 1; no PageSize: the documented default (默认 50).
    const first = await client(spec).send<object, Record<string, unknown>>("DescribeTags", {});
    expect(first).toMatchObject({ PageNumber: 1, PageSize: 50 });
    expect(at(first, hintOf(spec, "DescribeTags").items)).toHaveLength(12);
  });

  it("token style: NextToken until the last page, which has none", async () => {
    const c = clientFor(mock, tokenSpec());
    mock.setPaging({ action: "ListThings", total: 23 });
    const got = await pageThrough(c, "ListThings", tokenSpec().actions.at(-1)!.pagination!, 10);
    expect(got.pages).toEqual([10, 10, 3]);
    expect(uniqueCount(got.items)).toBe(23);
    // The documented default page size (默认值为 10) where MaxResults is not sent.
    const first = await c.send<object, { Things: unknown[]; NextToken?: string }>("ListThings", {});
    expect([first.Things.length, first.NextToken]).toEqual([10, pageToken(10)]);
    const e = await rejection(c.send("ListThings", { NextToken: "forged" }));
    expect([e.code, e.httpStatus]).toEqual(["InvalidParameter", 400]);
  });

  it("a page past the end is empty and still carries the total", async () => {
    mock.setPaging({ spec: "tce/vpc/v2", total: 5 });
    const result = await client("tce/vpc/v2").send<object, { data: unknown[]; totalCount: number }>("DescribeVpcEx", { offset: 5, limit: 20 });
    expect(result).toMatchObject({ data: [], totalCount: 5 });
    mock.setPaging({ spec: "tce/vpc/v2", total: 0 });
    expect(await client("tce/vpc/v2").send("DescribeVpcEx", {})).toMatchObject({ data: [], totalCount: 0 });
  });
});

describe("paging parameters the provider would reject", () => {
  it("a page size above the documented maximum, a negative offset, page 0", async () => {
    mock.setPaging({ total: 10 });
    const cvm = client("tencentcloud/cvm/2017-03-12");
    const over = await rejection(cvm.send("DescribeInstances", { Limit: 101 }));
    expect([over.code, over.message]).toEqual(["InvalidParameterValue", `InvalidParameterValue: The value of parameter \`Limit\` is not valid: 101 is above the documented maximum 100 (RequestId: ${over.requestId})`]);
    expect((await rejection(cvm.send("DescribeInstances", { Offset: -1 }))).code).toBe("InvalidParameterValue");
    const ecs = await rejection(client("aliyun/ecs/2014-05-26").send("DescribeTags", { PageNumber: 0 }));
    expect([ecs.code, ecs.httpStatus]).toEqual(["InvalidParameter", 400]);
    expect((await rejection(client("tce/vpc/v2").send("DescribeVpcEx", { offset: -5 }))).code).toBe("InvalidParameterValue");
  });
});

describe("endless mode: a server that never ends", () => {
  it("answers every page full, with a total never reached and always a next token", async () => {
    mock.setPaging({ total: "endless" });
    const cvm = await pageThrough(client("tencentcloud/cvm/2017-03-12"), "DescribeInstances", hintOf("tencentcloud/cvm/2017-03-12", "DescribeInstances"), 100, 5);
    expect(cvm.pages).toEqual([100, 100, 100, 100, 100]);
    expect(uniqueCount(cvm.items)).toBe(500);
    expect(new Set(cvm.totals)).toEqual(new Set([ENDLESS_TOTAL]));
    const tokens = await pageThrough(clientFor(mock, tokenSpec()), "ListThings", tokenSpec().actions.at(-1)!.pagination!, 50, 4);
    expect(tokens.pages).toEqual([50, 50, 50, 50]);
    // Far pages too: the set is made on demand, never materialized.
    const far = await client("aliyun/ecs/2014-05-26").send<object, Record<string, unknown>>("DescribeTags", { PageNumber: 1_000_000, PageSize: 100 });
    expect(at(far, hintOf("aliyun/ecs/2014-05-26", "DescribeTags").items)).toHaveLength(100);
  });
});

describe("turning paging on and off", () => {
  it("a narrower rule added later wins; clearing restores the fixtures", async () => {
    mock.setPaging({ total: 50 });
    const narrow = mock.setPaging({ spec: "tencentcloud-cvm", action: "DescribeInstances", total: 2 });
    const cvm = client("tencentcloud/cvm/2017-03-12");
    expect(await cvm.send("DescribeInstances", { Limit: 100 })).toMatchObject({ TotalCount: 2 });
    expect(await cvm.send("DescribeImages", { Limit: 100 })).toMatchObject({ TotalCount: 50 });
    mock.removePaging(narrow.id);
    expect(await cvm.send("DescribeInstances", { Limit: 100 })).toMatchObject({ TotalCount: 50 });
    mock.clearPaging();
    const fixture = catalog.services.find((s) => s.id === "tencentcloud/cvm/2017-03-12")!.actions.get("DescribeInstances")!.fixture;
    expect(await cvm.send("DescribeInstances", { Limit: 100 })).toEqual(expectedResult("tc3", fixture.cases[0]!.response));
  });

  it("refuses a rule that names no hinted action", () => {
    expect(() => mock.setPaging({ action: "RunInstances", total: 3 })).toThrow(/RunInstances has no pagination hint/);
    expect(() => mock.setPaging({ spec: "nowhere/x/1", total: 3 })).toThrow(/no spec nowhere\/x\/1/);
    expect(() => mock.setPaging({ total: -1 })).toThrow(/non-negative integer/);
  });

  it("over the control endpoint: POST, GET and DELETE /__mock/paging", async () => {
    const set = await fetch(`${mock.url}/__mock/paging`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ spec: "tce/vpc/v2", action: "DescribeVpcEx", total: 7 }) });
    expect([set.status, await set.json()]).toEqual([201, { spec: "tce/vpc/v2", action: "DescribeVpcEx", total: 7, id: expect.any(Number) }]);
    expect(await client("tce/vpc/v2").send("DescribeVpcEx", { limit: 3 })).toMatchObject({ totalCount: 7 });
    expect(await (await fetch(`${mock.url}/__mock/paging`)).json()).toHaveLength(1);
    const bad = await fetch(`${mock.url}/__mock/paging`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "CreateVpc", total: 1 }) });
    expect([bad.status, (await bad.json()).error]).toEqual([400, expect.stringMatching(/no pagination hint/)]);
    await fetch(`${mock.url}/__mock/paging`, { method: "DELETE" });
    expect(await (await fetch(`${mock.url}/__mock/paging`)).json()).toEqual([]);
  });

  it("the server option pages every hinted action", async () => {
    const server = await startMockServer({ catalog: new Catalog([tc3Spec()]), credentials, paging: 4 });
    try {
      const result = await clientFor(server, tc3Spec()).send("DescribeThings", { Limit: 3, Offset: 2 });
      expect(result).toMatchObject({ TotalCount: 4, ThingSet: [{ ThingId: "t-1-0003" }, { ThingId: "t-1-0004" }] });
    } finally {
      await server.close();
    }
  });
});

describe("paging rules and items (no server)", () => {
  it("parses totals and rules from untrusted input", () => {
    expect(parsePagingTotal("25")).toBe(25);
    expect(parsePagingTotal("endless")).toBe("endless");
    expect(() => parsePagingTotal("2.5")).toThrow();
    expect(() => parsePagingTotal("")).toThrow();
    expect(parsePagingRule({ total: 3, action: "A" })).toEqual({ total: 3, action: "A" });
    expect(() => parsePagingRule({ total: 3, actoin: "A" })).toThrow(/unknown paging member actoin/);
    expect(() => parsePagingRule([])).toThrow();
  });

  it("matches the latest rule for the action and spec", () => {
    const plan = new PagingPlan();
    plan.add({ total: 1 });
    plan.add({ total: 2, spec: "a/b/c" });
    expect(plan.find({ action: "X", spec: ["a/b/c", "a-b"] })?.total).toBe(2);
    expect(plan.find({ action: "X", spec: ["d/e/f", "d-e"] })?.total).toBe(1);
  });

  it("makes items distinct by their identifying members, or by the item itself", () => {
    expect(nthItem({ template: "ins-1", distinct: [[]] }, 9)).toBe("ins-1-0010");
    expect(nthItem({ template: 7, distinct: [[]] }, 3)).toBe(10);
    expect(nthItem({ template: { Zone: "z", Spec: { Id: "s" } }, distinct: [["Spec", "Id"]] }, 0)).toEqual({ Zone: "z", Spec: { Id: "s-0001" } });
  });

  it("every hinted action of every bundled spec gets a set of distinct items and a default page", () => {
    const all = Catalog.fromSpecDir(join(REPO_ROOT, "spec"));
    let hinted = 0;
    for (const served of all.services) {
      for (const action of served.actions.values()) {
        const source = pageSource(served, action);
        if (!source) continue;
        hinted++;
        const items = [0, 1, 2].map((i) => JSON.stringify(nthItem(source, i)));
        expect(new Set(items).size, `${served.id} ${action.action.name}`).toBe(3);
        const page = servePage(source, {}, 2);
        expect(page.ok && page.page.count, `${served.id} ${action.action.name}`).toBe(2);
      }
    }
    expect(hinted).toBeGreaterThan(0);
  });

  it("an item with no member of its own to mark is told apart inside its first list", () => {
    // tce/eip/v2 DescribeEip: the spec types `data` as a list of {eipSet: [...]}.
    const template = { eipSet: [{ eipId: "eip-1", ispId: 1 }] };
    const source = { template, distinct: distinguishingPaths(template) };
    expect(source.distinct).toEqual([["eipSet", "0", "eipId"]]);
    expect(nthItem(source, 2)).toEqual({ eipSet: [{ eipId: "eip-1-0003", ispId: 1 }] });
  });

  it("synthesizes the item from the spec's types where no example shows one at the hinted path", () => {
    const spec = tc3Spec();
    const action = spec.actions.find((a) => a.name === "DescribeThings")!;
    for (const example of action.examples) (example.output as { Response: { ThingSet: unknown[] } }).Response.ThingSet = [];
    const served = new Catalog([spec]).services[0]!;
    const source = pageSource(served, served.actions.get("DescribeThings")!)!;
    expect(source.template).toEqual({ ThingId: "ThingId", Tags: [], Created: "2020-01-01 00:00:00" });
    expect(source.distinct).toEqual([["ThingId"]]);
    expect(nthItem(source, 1)).toEqual({ ThingId: "ThingId-0002", Tags: [], Created: "2020-01-01 00:00:00" });
    expect(pageSource(served, served.actions.get("RunThing")!)).toBeUndefined();
  });
});

// The runtime's pagination engine (the one every generated paginator calls) against the paging mock.
describe("the runtime's paginator over real HTTP", () => {
  const actions = [
    { spec: "tencentcloud/cvm/2017-03-12", action: "DescribeInstances", total: 95, pageSize: 20, pages: 5 },
    { spec: "tce/vpc/v2", action: "DescribeVpcEx", total: 41, pageSize: 20, pages: 3 },
    { spec: "aliyun/ecs/2014-05-26", action: "DescribeTags", total: 33, pageSize: 10, pages: 4 },
  ];
  for (const { spec, action, total, pageSize, pages } of actions) {
    it(`${service(spec).protocol}: ${action} yields each of ${total} items exactly once over ${pages} pages`, async () => {
      const hint = hintOf(spec, action);
      mock.setPaging({ spec, action, total });
      const c = client(spec);
      const items: unknown[] = [];
      for await (const item of paginate(c, action, {}, hint, { pageSize }).items()) items.push(item);
      expect(items).toHaveLength(total);
      expect(uniqueCount(items)).toBe(total);
      // The very items the server's set holds, in order: one request for all of them says what they are.
      expect(items).toEqual(at(await c.send(action, { [hint.pageSize!]: total }), hint.items));
      const starts = mock.requests.slice(0, pages).map((r) => r.page?.start);
      expect(starts).toEqual(Array.from({ length: pages }, (_, i) => i * pageSize));
      expect(mock.requests).toHaveLength(pages + 1);
    });
  }

  it("token style: follows NextToken to the end", async () => {
    mock.setPaging({ action: "ListThings", total: 25 });
    const hint = tokenSpec().actions.at(-1)!.pagination!;
    const pages: number[] = [];
    for await (const page of paginate<object, { Things: unknown[] }>(clientFor(mock, tokenSpec()), "ListThings", {}, hint, { pageSize: 10 })) pages.push(page.Things.length);
    expect(pages).toEqual([10, 10, 5]);
  });

  it("honours the caller's start and page size", async () => {
    const spec = "tencentcloud/cvm/2017-03-12";
    mock.setPaging({ spec, action: "DescribeInstances", total: 30 });
    const items: { InstanceId: string }[] = [];
    const p = paginate<object, unknown, { InstanceId: string }>(client(spec), "DescribeInstances", { Offset: 12, Limit: 7 }, hintOf(spec, "DescribeInstances"));
    for await (const item of p.items()) items.push(item);
    expect(items).toHaveLength(18);
    expect(items[0]!.InstanceId).toMatch(/-0013$/);
    expect(mock.requests.map((r) => r.page)).toEqual([
      { start: 12, count: 7 },
      { start: 19, count: 7 },
      { start: 26, count: 4 },
    ]);
  });

  it("shares the client's retries: a throttled page is retried, no item lost or repeated", async () => {
    const spec = "tce/vpc/v2";
    mock.setPaging({ spec, action: "DescribeVpcEx", total: 30 });
    mock.injectFault({ kind: "throttle", action: "DescribeVpcEx", times: 1 });
    try {
      const c = clientFor(mock, service(spec), { maxRetries: 2 });
      const items: unknown[] = [];
      for await (const item of paginate(c, "DescribeVpcEx", {}, hintOf(spec, "DescribeVpcEx"), { pageSize: 10 }).items()) items.push(item);
      expect(uniqueCount(items)).toBe(30);
      expect(items).toHaveLength(30);
      expect(mock.requests.map((r) => r.fault ?? r.page?.start)).toEqual(["throttle", 0, 10, 20]);
    } finally {
      mock.clearFaults();
    }
  });

  describe("maxPages stops a server that never ends", () => {
    const endless = [
      { spec: "tencentcloud/cvm/2017-03-12", action: "DescribeInstances" },
      { spec: "tce/vpc/v2", action: "DescribeVpcEx" },
      { spec: "aliyun/ecs/2014-05-26", action: "DescribeTags" },
    ];
    for (const { spec, action } of endless) {
      it(`${service(spec).protocol}: ${action}: PaginationLimitError after exactly maxPages requests, every page yielded`, async () => {
        mock.setPaging({ spec, action, total: "endless" });
        const hint = hintOf(spec, action);
        const seen: unknown[] = [];
        let error: unknown;
        try {
          for await (const item of paginate(client(spec), action, {}, hint, { pageSize: 5, maxPages: 4 }).items()) seen.push(item);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(PaginationLimitError);
        expect(error).toMatchObject({ action, maxPages: 4 });
        expect(mock.requests).toHaveLength(4);
        expect(seen).toHaveLength(20);
        expect(uniqueCount(seen)).toBe(20);
      });
    }

    it('onLimit "stop" ends quietly at the bound (token style too)', async () => {
      mock.setPaging({ total: "endless" });
      const hint = tokenSpec().actions.at(-1)!.pagination!;
      const pages: unknown[] = [];
      for await (const page of paginate(clientFor(mock, tokenSpec()), "ListThings", {}, hint, { maxPages: 3, onLimit: "stop" })) pages.push(page);
      expect(pages).toHaveLength(3);
      expect(mock.requests).toHaveLength(3);
      // The bound counts requests, not items: pages of one item stop at maxPages items.
      mock.clearRequests();
      const bounded = paginate(client("tce/vpc/v2"), "DescribeVpcEx", {}, hintOf("tce/vpc/v2", "DescribeVpcEx"), { pageSize: 1, maxPages: 12, onLimit: "stop" });
      let n = 0;
      for await (const _ of bounded.items()) n++;
      expect([n, mock.requests.length]).toEqual([12, 12]);
    });
  });
});
