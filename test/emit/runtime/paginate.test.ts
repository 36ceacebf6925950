// paginate() of the emitted runtime over fake transports that slice a deterministic item set by the
// request's paging parameters, one per style: Tencent API 3.0 Offset/Limit, V2 offset/limit, Alibaba
// PageNumber/PageSize with nested items, NextToken. Every request goes through a real client (signing,
// retries, hooks); the transport replaces only the network.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitRuntime, type EmittedRuntime, type NodeRuntime } from "./emitted-runtime.ts";

type ServiceInfo = import("../../../templates/runtime/src/types.ts").ServiceInfo;
type ClientConfig = import("../../../templates/runtime/src/types.ts").ClientConfig;
type HttpRequest = import("../../../templates/runtime/src/types.ts").HttpRequest;
type PaginationHint = import("../../../templates/runtime/src/paginate.ts").PaginationHint;

const CREDS = { secretId: "AKIDpaginateTest0001", secretKey: "paginateTestKey0001" };
const CVM: ServiceInfo = { provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "cvm.tencentcloudapi.com" };
const CVM_V2: ServiceInfo = { provider: "tencentcloud", service: "cvm", version: "v2", protocol: "tencent-v2", endpoint: "cvm.api.qcloud.com" };
const ECS: ServiceInfo = { provider: "aliyun", service: "ecs", version: "2014-05-26", protocol: "aliyun-rpc", endpoint: "ecs.aliyuncs.com" };

const TC3_HINT: PaginationHint = { style: "offset", inputToken: "Offset", pageSize: "Limit", totalCount: "TotalCount", items: "InstanceSet" };
const V2_HINT: PaginationHint = { style: "offset", inputToken: "offset", pageSize: "limit", totalCount: "totalCount", items: "instanceSet" };
const ALI_HINT: PaginationHint = { style: "page", inputToken: "PageNumber", pageSize: "PageSize", totalCount: "TotalCount", items: "Instances.Instance" };
const TOKEN_HINT: PaginationHint = { style: "token", inputToken: "NextToken", pageSize: "MaxResults", outputToken: "NextToken", items: "Items" };

let rt: EmittedRuntime;
let node: NodeRuntime;
beforeAll(async () => {
  rt = await emitRuntime();
  node = rt.node;
});
afterAll(() => rt?.cleanup());

const ids = (n: number) => Array.from({ length: n }, (_, i) => `ins-${String(i).padStart(4, "0")}`);

/** The request's parameters: the JSON body (API 3.0) or the query (V2, Alibaba). */
function paramsOf(request: HttpRequest): Record<string, unknown> {
  if (request.body !== undefined) return JSON.parse(request.body) as Record<string, unknown>;
  return Object.fromEntries(new URL(request.url).searchParams);
}

interface Fake {
  requests: Record<string, unknown>[];
  config: ClientConfig;
}

/** A client config whose transport answers with `respond(params, index)` as JSON (status 200 unless given). */
function fake(respond: (params: Record<string, unknown>, index: number) => unknown, status?: (index: number) => number): Fake {
  const requests: Record<string, unknown>[] = [];
  return {
    requests,
    config: {
      credentials: CREDS,
      retry: { sleep: async () => {}, random: () => 0 },
      transport: {
        async send(request) {
          const params = paramsOf(request);
          requests.push(params);
          const index = requests.length - 1;
          return { status: status?.(index) ?? 200, headers: { "content-type": "application/json" }, body: JSON.stringify(respond(params, index)) };
        },
      },
    },
  };
}

/** API 3.0 DescribeInstances over `all` (server default Limit 20, at most `cap` per page). */
function tc3Server(all: string[], opts: { cap?: number; total?: boolean } = {}) {
  return fake((p) => {
    const offset = Number(p.Offset ?? 0);
    const limit = Math.min(Number(p.Limit ?? 20), opts.cap ?? 100);
    const page = all.slice(offset, offset + limit).map((InstanceId) => ({ InstanceId }));
    return { Response: { ...(opts.total !== false && { TotalCount: all.length }), InstanceSet: page, RequestId: `r-${offset}` } };
  });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

const instanceIds = (items: unknown[]) => items.map((i) => (i as { InstanceId: string }).InstanceId);

describe("paginate: the three documented styles", () => {
  it("API 3.0 Offset/Limit: every item exactly once across pages, the caller's page size sent", async () => {
    const server = tc3Server(ids(47));
    const client = new node.Tc3Client(CVM, server.config);
    const pages = node.paginate(client, "DescribeInstances", { Filters: [{ Name: "zone", Values: ["ap-guangzhou-3"] }] }, TC3_HINT, { pageSize: 10 });
    expect(instanceIds(await collect(pages.items()))).toEqual(ids(47));
    expect(server.requests.map((r) => [r.Offset, r.Limit])).toEqual([[0, 10], [10, 10], [20, 10], [30, 10], [40, 10]]);
    expect(server.requests.every((r) => JSON.stringify(r.Filters) === '[{"Name":"zone","Values":["ap-guangzhou-3"]}]')).toBe(true);
    // The paginator is re-iterable; iterating it directly yields pages (the unwrapped responses).
    const again = await collect(pages);
    expect(again.map((p) => (p as { RequestId: string }).RequestId)).toEqual(["r-0", "r-10", "r-20", "r-30", "r-40"]);
  });

  it("honours the caller's start offset and a page size given in the input", async () => {
    const server = tc3Server(ids(47));
    const client = new node.Tc3Client(CVM, server.config);
    const items = await collect(node.paginate(client, "DescribeInstances", { Offset: 15, Limit: 16 }, TC3_HINT).items());
    expect(instanceIds(items)).toEqual(ids(47).slice(15));
    expect(server.requests.map((r) => [r.Offset, r.Limit])).toEqual([[15, 16], [31, 16]]);
  });

  it("advances the offset by the items actually received when the service caps the page", async () => {
    const server = tc3Server(ids(30), { cap: 7 });
    const client = new node.Tc3Client(CVM, server.config);
    expect(instanceIds(await collect(node.paginate(client, "DescribeInstances", {}, TC3_HINT, { pageSize: 50 }).items()))).toEqual(ids(30));
    expect(server.requests.map((r) => r.Offset)).toEqual([0, 7, 14, 21, 28]);
  });

  it("Tencent V2 offset/limit/totalCount (lowerCamelCase, flattened query)", async () => {
    const all = ids(23);
    const server = fake((p) => {
      const offset = Number(p.offset ?? 0);
      const limit = Number(p.limit ?? 20);
      return { code: 0, message: "", codeDesc: "Success", totalCount: all.length, instanceSet: all.slice(offset, offset + limit).map((InstanceId) => ({ InstanceId })) };
    });
    const client = new node.TencentV2Client(CVM_V2, server.config);
    const items = await collect(node.paginate(client, "DescribeInstances", { zoneId: 100003 }, V2_HINT, { pageSize: 5 }).items());
    expect(instanceIds(items)).toEqual(all);
    expect(server.requests.map((r) => [r.offset, r.limit, r.zoneId, r.Action])).toEqual(
      [0, 5, 10, 15, 20].map((o) => [String(o), "5", "100003", "DescribeInstances"]),
    );
  });

  it("Alibaba PageNumber (from 1)/PageSize/TotalCount with items under Instances.Instance", async () => {
    const all = ids(25);
    const server = fake((p) => {
      const number = Number(p.PageNumber ?? 1);
      const size = Number(p.PageSize ?? 10);
      const slice = all.slice((number - 1) * size, number * size).map((InstanceId) => ({ InstanceId }));
      return { RequestId: `a-${number}`, TotalCount: all.length, PageNumber: number, PageSize: size, Instances: { Instance: slice } };
    });
    const client = new node.AliyunRpcClient(ECS, { ...server.config, region: "cn-hangzhou" });
    expect(instanceIds(await collect(node.paginate(client, "DescribeInstances", {}, ALI_HINT, { pageSize: 8 }).items()))).toEqual(all);
    expect(server.requests.map((r) => [r.PageNumber, r.PageSize])).toEqual([["1", "8"], ["2", "8"], ["3", "8"], ["4", "8"]]);
    // Without a page size: the service's default, echoed in PageSize, decides the stop (25 of 25 after 3 pages).
    server.requests.length = 0;
    expect(instanceIds(await collect(node.paginate(client, "DescribeInstances", {}, ALI_HINT).items()))).toEqual(all);
    expect(server.requests.map((r) => [r.PageNumber, r.PageSize])).toEqual([["1", undefined], ["2", undefined], ["3", undefined]]);
    // A start page is honoured.
    server.requests.length = 0;
    expect(instanceIds(await collect(node.paginate(client, "DescribeInstances", { PageNumber: 2, PageSize: 10 }, ALI_HINT).items()))).toEqual(all.slice(10));
    expect(server.requests.map((r) => r.PageNumber)).toEqual(["2", "3"]);
  });

  it("NextToken: follows the token until the service stops returning one", async () => {
    const all = ids(12);
    const server = fake((p) => {
      const start = p.NextToken ? Number(String(p.NextToken).slice(2)) : 0;
      const size = Number(p.MaxResults ?? 5);
      const next = start + size < all.length ? `t-${start + size}` : "";
      return { Response: { Items: all.slice(start, start + size), NextToken: next, RequestId: "t" } };
    });
    const client = new node.Tc3Client(CVM, server.config);
    expect(await collect(node.paginate(client, "ListThings", {}, TOKEN_HINT, { pageSize: 4 }).items())).toEqual(all);
    expect(server.requests.map((r) => r.NextToken)).toEqual([undefined, "t-4", "t-8"]);
  });
});

describe("paginate: stop rules and bounds", () => {
  it("stops on the total without asking for an empty page after an exact multiple", async () => {
    const server = tc3Server(ids(30));
    await collect(node.paginate(new node.Tc3Client(CVM, server.config), "DescribeInstances", {}, TC3_HINT, { pageSize: 10 }));
    expect(server.requests).toHaveLength(3);
  });

  it("without a total: stops on a short page, and on an empty page when the page size is unknown", async () => {
    const short = tc3Server(ids(25), { total: false });
    const client = new node.Tc3Client(CVM, short.config);
    expect(instanceIds(await collect(node.paginate(client, "DescribeInstances", {}, TC3_HINT, { pageSize: 10 }).items()))).toEqual(ids(25));
    expect(short.requests).toHaveLength(3);
    const unknown = tc3Server(ids(25), { total: false });
    const hint = { ...TC3_HINT, pageSize: undefined } as PaginationHint;
    expect(instanceIds(await collect(node.paginate(new node.Tc3Client(CVM, unknown.config), "DescribeInstances", {}, hint).items()))).toEqual(ids(25));
    expect(unknown.requests.map((r) => r.Offset)).toEqual([0, 20, 25]);
  });

  it("a token that repeats ends the iteration instead of looping", async () => {
    const server = fake(() => ({ Response: { Items: [1], NextToken: "same", RequestId: "t" } }));
    const pages = await collect(node.paginate(new node.Tc3Client(CVM, server.config), "ListThings", {}, TOKEN_HINT));
    expect(pages).toHaveLength(2);
  });

  it("maxPages bounds a service that never ends: PaginationLimitError by default (after yielding), a quiet stop on request", async () => {
    const endless = fake((p) => ({ Response: { TotalCount: 1e12, InstanceSet: [{ InstanceId: `i-${String(p.Offset)}` }], RequestId: "e" } }));
    const client = new node.Tc3Client(CVM, endless.config);
    const seen: unknown[] = [];
    let error: unknown;
    try {
      for await (const item of node.paginate(client, "DescribeInstances", {}, TC3_HINT, { maxPages: 25 }).items()) seen.push(item);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(node.PaginationLimitError);
    expect(error).toMatchObject({ code: "PaginationLimit", action: "DescribeInstances", maxPages: 25 });
    expect(seen).toHaveLength(25);
    expect(endless.requests).toHaveLength(25);

    endless.requests.length = 0;
    expect(await collect(node.paginate(client, "DescribeInstances", {}, TC3_HINT, { maxPages: 3, onLimit: "stop" }).items())).toHaveLength(3);
    expect(endless.requests).toHaveLength(3);

    // The default bound: 1000 requests, then the error.
    endless.requests.length = 0;
    await expect(collect(node.paginate(client, "DescribeInstances", {}, TC3_HINT))).rejects.toThrow(/maxPages \(1000\)/);
    expect(endless.requests).toHaveLength(node.DEFAULT_MAX_PAGES);
    expect(node.DEFAULT_MAX_PAGES).toBe(1000);
  });

  it("pages share the client's retries and hooks, and the call options (abort signal)", async () => {
    const all = ids(9);
    let attempts = 0;
    const server = fake(
      (p, i) =>
        i === 1
          ? { Response: { Error: { Code: "RequestLimitExceeded", Message: "slow down" }, RequestId: "throttled" } }
          : { Response: { TotalCount: all.length, InstanceSet: all.slice(Number(p.Offset), Number(p.Offset) + 3).map((InstanceId) => ({ InstanceId })), RequestId: `r${i}` } },
    );
    const client = new node.Tc3Client(CVM, { ...server.config, hooks: { beforeRequest: () => void attempts++ } });
    expect(instanceIds(await collect(node.paginate(client, "DescribeInstances", {}, TC3_HINT, { pageSize: 3 }).items()))).toEqual(all);
    expect(server.requests.map((r) => r.Offset)).toEqual([0, 3, 3, 6]);
    expect(attempts).toBe(4);

    const controller = new AbortController();
    const pages = node.paginate(client, "DescribeInstances", {}, TC3_HINT, { pageSize: 3, signal: controller.signal });
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const page of pages) {
          seen.push(page);
          controller.abort(new Error("caller gave up"));
        }
      })(),
    ).rejects.toThrow("caller gave up");
    expect(seen).toHaveLength(1);
  });

  it("rejects nonsense options up front", () => {
    const client = new node.Tc3Client(CVM, tc3Server([]).config);
    expect(() => node.paginate(client, "A", {}, TC3_HINT, { pageSize: 0 })).toThrow(RangeError);
    expect(() => node.paginate(client, "A", {}, TC3_HINT, { maxPages: 1.5 })).toThrow(RangeError);
    expect(() => node.paginate(client, "A", {}, { style: "token", inputToken: "NextToken", items: "Items" }, { pageSize: 5 })).toThrow(/no page size parameter/);
  });

  it("reads dotted item paths; a missing list is an empty page", () => {
    expect(node.pageItems({ Instances: { Instance: [1, 2] } }, ALI_HINT)).toEqual([1, 2]);
    expect(node.pageItems({ Instances: {} }, ALI_HINT)).toEqual([]);
    expect(node.getPath({ a: { b: { c: 3 } } }, "a.b.c")).toBe(3);
    expect(node.getPath({ a: null }, "a.b")).toBeUndefined();
  });
});
