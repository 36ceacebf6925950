// The package's base client, paginators, regions and validation (templates/client/src/service.ts.hbs,
// paginator.ts.hbs, regions.ts.hbs, validate.ts.hbs), run as emitted on the real runtime with a
// recording transport; and what each feature adds to a user's bundle (esbuild, as a user bundles).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPackage, loadModule, sampleSpec } from "./helpers.ts";

interface HttpRequest {
  url: string;
  headers: Record<string, string>;
  body?: string;
}
interface Transport {
  send(request: HttpRequest): Promise<{ status: number; headers: Record<string, string>; body: string }>;
}
type Client = {
  send(action: string, input: object, options?: object): Promise<Record<string, unknown>>;
  describeThings(input?: object, options?: object): Promise<Record<string, unknown>>;
  paginateDescribeThings(input?: object, options?: object): Paginator;
};
interface Paginator extends AsyncIterable<Record<string, unknown>> {
  items(): AsyncGenerator<unknown>;
}
interface Sample {
  SampleClient: new (config: object) => Client;
  createSampleClient(config: object): Client;
  describeThings(client: Client, input?: object, options?: object): Promise<Record<string, unknown>>;
  paginateDescribeThings(client: Client, input?: object, options?: object): Paginator;
  PaginationLimitError: new (...args: never[]) => Error;
}

const work = mkdtempSync(join(tmpdir(), "docs2sdk-client-service-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let dir: string;
let pkg: Sample;
let validateRequest: (action: string, input: object) => void;
let ValidationError: new (...args: never[]) => Error & { path: string };
let REGIONAL_ENDPOINTS: Record<string, string>;
let REGIONS: { id: string; name: string; endpoint?: string }[];
beforeAll(async () => {
  dir = await installPackage(sampleSpec(), work);
  pkg = await loadModule<Sample>(dir, "dist/index.js");
  ({ validateRequest, ValidationError } = await loadModule<{ validateRequest: typeof validateRequest; ValidationError: typeof ValidationError }>(dir, "dist/validate.js"));
  ({ REGIONAL_ENDPOINTS, REGIONS } = await loadModule<{ REGIONAL_ENDPOINTS: typeof REGIONAL_ENDPOINTS; REGIONS: typeof REGIONS }>(dir, "dist/regions.js"));
});

/** Answers DescribeThings with a slice of `total` things by Offset/Limit (default limit 20), everything else with {}. */
function recorder(total = 0, endless = false): { transport: Transport; requests: HttpRequest[]; bodies: Record<string, unknown>[] } {
  const requests: HttpRequest[] = [];
  const bodies: Record<string, unknown>[] = [];
  const transport: Transport = {
    async send(request) {
      requests.push(request);
      const body = JSON.parse(request.body ?? "{}") as { Offset?: number; Limit?: number };
      bodies.push(body);
      const offset = body.Offset ?? 0;
      const limit = body.Limit ?? 20;
      const count = endless ? limit : Math.max(0, Math.min(limit, total - offset));
      const things = Array.from({ length: count }, (_, i) => ({ ThingId: `thing-${offset + i}` }));
      const response = { TotalCount: endless ? offset + 2 * limit : total, ThingSet: things, RequestId: `req-${requests.length}` };
      return { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ Response: response }) };
    },
  };
  return { transport, requests, bodies };
}

/** A header of a recorded request, whatever the case of its name. */
function header(request: HttpRequest, name: string): string | undefined {
  return Object.entries(request.headers).find(([k]) => k.toLowerCase() === name)?.[1];
}

const credentials = { secretId: "AKIDtest", secretKey: "not-a-secret" };

describe("regions and endpoints", () => {
  it("lists the documented regions and their endpoints", () => {
    expect(REGIONS.map((r) => r.id)).toEqual(["ap-guangzhou", "ap-x */ evil", "na-siliconvalley"]);
    expect(REGIONAL_ENDPOINTS).toEqual({ "ap-guangzhou": "sample.ap-guangzhou.tencentcloudapi.com", "ap-x */ evil": "sample.x.example" });
  });

  it("keeps the documented default endpoint unless regional endpoints are asked for; the region goes in every request", async () => {
    const { transport, requests } = recorder();
    const client = pkg.createSampleClient({ credentials, transport, region: "ap-guangzhou" });
    await pkg.describeThings(client);
    await pkg.describeThings(client, {}, { region: "na-siliconvalley" });
    expect(requests.map((r) => [new URL(r.url).host, header(r, "x-tc-region")])).toEqual([
      ["sample.tencentcloudapi.com", "ap-guangzhou"],
      ["sample.tencentcloudapi.com", "na-siliconvalley"],
    ]);
  });

  it("with regionalEndpoints, sends each call to its region's endpoint; per-client and per-call endpoints still win", async () => {
    const { transport, requests } = recorder();
    const client = new pkg.SampleClient({ credentials, transport, region: "ap-guangzhou", regionalEndpoints: REGIONAL_ENDPOINTS });
    await client.describeThings();
    await client.describeThings({}, { region: "ap-x */ evil" });
    // A region without a documented endpoint (or an unknown one) uses the default endpoint.
    await client.describeThings({}, { region: "na-siliconvalley" });
    await client.describeThings({}, { region: "toString" });
    await client.describeThings({}, { endpoint: "http://127.0.0.1:9" });
    const pinned = new pkg.SampleClient({ credentials, transport, region: "ap-guangzhou", endpoint: "pinned.example", regionalEndpoints: REGIONAL_ENDPOINTS });
    await pinned.describeThings();
    expect(requests.map((r) => new URL(r.url).host)).toEqual([
      "sample.ap-guangzhou.tencentcloudapi.com",
      "sample.x.example",
      "sample.tencentcloudapi.com",
      "sample.tencentcloudapi.com",
      "127.0.0.1:9",
      "pinned.example",
    ]);
    // The signature's Host header follows the endpoint actually used.
    expect(header(requests[0]!, "host")).toBe("sample.ap-guangzhou.tencentcloudapi.com");
  });
});

describe("opt-in validation", () => {
  it("rejects an invalid request before it is signed or sent, naming the path; valid requests go out", async () => {
    const { transport, requests } = recorder();
    const client = pkg.createSampleClient({ credentials, transport, validate: validateRequest });
    const error = await pkg.describeThings(client, { Filters: [{ Name: "n", Values: ["ok", 7] }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as { path: string }).path).toBe("Filters[0].Values[1]");
    await expect(client.send("DescribeThings", { Limit: 50 })).rejects.toThrow("DescribeThings: invalid request: Limit is 50, not one of 10, 20, 100");
    expect(requests).toHaveLength(0);
    await pkg.describeThings(client, { Limit: 10, Filters: [{ Name: "n", Values: ["ok"] }] });
    expect(requests).toHaveLength(1);
  });

  it("is off by default: the same invalid request is sent", async () => {
    const { transport, requests } = recorder();
    await pkg.describeThings(pkg.createSampleClient({ credentials, transport }), { Limit: 50 });
    expect(requests).toHaveLength(1);
  });
});

describe("opt-in validation on Alibaba RPC", () => {
  it("counts RegionId as given when the client or the call has a region (the runtime fills it in)", async () => {
    const spec = sampleSpec();
    Object.assign(spec.service, { provider: "aliyun", protocol: "aliyun-rpc", service: "ali" });
    spec.service.actions[0]!.input.unshift({ name: "RegionId", type: "string", required: true, description: "" });
    const dir = await installPackage(spec, join(work, "aliyun"));
    const ali = await loadModule<Record<string, (...args: unknown[]) => unknown>>(dir, "dist/index.js");
    const { validateRequest: check } = await loadModule<{ validateRequest: typeof validateRequest }>(dir, "dist/validate.js");
    const queries: URLSearchParams[] = [];
    const transport: Transport = {
      async send(request) {
        queries.push(new URL(request.url).searchParams);
        return { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ RequestId: "r", TotalCount: 0, ThingSet: [] }) };
      },
    };
    const regional = ali.createAliClient!({ credentials, transport, region: "cn-hangzhou", validate: check });
    await ali.describeThings!(regional, {});
    const bare = ali.createAliClient!({ credentials, transport, validate: check });
    await ali.describeThings!(bare, {}, { region: "cn-beijing" });
    await expect(ali.describeThings!(bare, {})).rejects.toMatchObject({ name: "ValidationError", path: "RegionId" });
    expect(queries.map((q) => q.get("RegionId"))).toEqual(["cn-hangzhou", "cn-beijing"]);
  });
});

describe("paginators", () => {
  it("page through every item exactly once, honouring the caller's page size, as a function and as a client method", async () => {
    const { transport, bodies } = recorder(25);
    const client = new pkg.SampleClient({ credentials, transport });
    const ids: unknown[] = [];
    for await (const thing of pkg.paginateDescribeThings(client, { Filters: [{ Name: "n", Values: ["v"] }] }, { pageSize: 10 }).items()) ids.push((thing as { ThingId: string }).ThingId);
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => `thing-${i}`));
    expect(bodies.map((b) => [b.Offset, b.Limit])).toEqual([
      [0, 10],
      [10, 10],
      [20, 10],
    ]);
    expect(bodies.every((b) => JSON.stringify(b.Filters) === '[{"Name":"n","Values":["v"]}]')).toBe(true);

    const pages: number[] = [];
    for await (const page of client.paginateDescribeThings({ Limit: 20 })) pages.push((page.ThingSet as unknown[]).length);
    expect(pages).toEqual([20, 5]);
  });

  it("stop at maxPages when the service never ends", async () => {
    const { transport, requests } = recorder(0, true);
    const client = pkg.createSampleClient({ credentials, transport });
    const seen: unknown[] = [];
    const run = async () => {
      for await (const page of pkg.paginateDescribeThings(client, { Limit: 10 }, { maxPages: 4 })) seen.push(page);
    };
    await expect(run()).rejects.toBeInstanceOf(pkg.PaginationLimitError);
    expect([seen.length, requests.length]).toEqual([4, 4]);
  });

  it("validate every page's request when the client validates", async () => {
    const { transport, requests } = recorder(25);
    const client = pkg.createSampleClient({ credentials, transport, validate: validateRequest });
    await expect(pkg.paginateDescribeThings(client, {}, { pageSize: 50 }).items().next()).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });
});

describe("what a feature adds to a bundle", () => {
  async function bundle(name: string, source: string): Promise<string> {
    const entry = join(work, `${name}.mjs`);
    writeFileSync(entry, source);
    const result = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent" });
    return result.outputFiles[0]!.text;
  }
  const call = `const client = createSampleClient({ region: "ap-guangzhou" });\nexport const out = await describeThings(client, {});\n`;

  it("one command carries neither paginators, nor region tables, nor validation tables", async () => {
    const text = await bundle("one", `import { createSampleClient, describeThings } from "@docs2sdk/tencentcloud-sample";\n${call}`);
    expect(text).toContain('"DescribeThings"');
    for (const absent of ['"ThingSet"', "PaginationLimit", "sample.ap-guangzhou.tencentcloudapi.com", "华南地区", "invalid request", "ChargeType"]) {
      expect(text, absent).not.toContain(absent);
    }
  });

  it("a paginator, the regional endpoints and validation each come in when imported", async () => {
    const paged = await bundle("paged", `import { createSampleClient, paginateDescribeThings } from "@docs2sdk/tencentcloud-sample";\nconst c = createSampleClient({});\nfor await (const t of paginateDescribeThings(c).items()) console.log(t);\n`);
    expect(paged).toContain('"ThingSet"');
    expect(paged).not.toContain("invalid request");
    const regional = await bundle(
      "regional",
      `import { createSampleClient, describeThings } from "@docs2sdk/tencentcloud-sample";\nimport { REGIONAL_ENDPOINTS } from "@docs2sdk/tencentcloud-sample/regions";\nawait describeThings(createSampleClient({ regionalEndpoints: REGIONAL_ENDPOINTS }), {});\n`,
    );
    expect(regional).toContain("sample.ap-guangzhou.tencentcloudapi.com");
    expect(regional).not.toContain("华南地区");
    const validated = await bundle(
      "validated",
      `import { createSampleClient, describeThings } from "@docs2sdk/tencentcloud-sample";\nimport { validateRequest } from "@docs2sdk/tencentcloud-sample/validate";\nawait describeThings(createSampleClient({ validate: validateRequest }), {});\n`,
    );
    expect(validated).toContain("invalid request");
    expect(validated).toContain('"1s ChargeType"');
  });
});
