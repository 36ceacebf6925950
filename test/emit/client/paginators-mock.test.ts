// The generated paginators, as installed, over real HTTP against the mock's paging mode: one action per
// protocol (API 3.0, V2, Alibaba RPC) from the bundled specs, each across several pages, every item
// exactly once; the bound stops a server that never ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clientFactoryName, paginatorFunctionName } from "../../../generator/emit/naming.ts";
import { Catalog } from "../../../generator/mock/catalog.ts";
import { startMockServer, type MockServer } from "../../../generator/mock/server.ts";
import { loadSpecs, REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { installPackage, loadModule } from "./helpers.ts";

const CASES = [
  { spec: "tencentcloud/cvm/2017-03-12.json", action: "DescribeInstances", region: "ap-guangzhou" },
  { spec: "tce/vpc/v2.json", action: "DescribeVpcEx", region: "ap-guangzhou" },
  { spec: "aliyun/ecs/2014-05-26.json", action: "DescribeTags", region: "cn-hangzhou" },
];
const specs = loadSpecs(REPO_ROOT).filter((s) => CASES.some((c) => c.spec === s.path && s.service.actions.some((a) => a.name === c.action && a.pagination)));
const credentials = { secretId: "AKIDpaginatorTests", secretKey: "paginator-tests-secret" };

type Paginator = AsyncIterable<unknown> & { items(): AsyncIterable<unknown> };
type Package = Record<string, (...args: unknown[]) => unknown>;

describe("generated paginators against the paging mock", () => {
  it("finds each case's paginated action in the bundled specs", () => {
    expect(specs.map((s) => s.path).sort()).toEqual(CASES.map((c) => c.spec).sort());
  });

  const work = mkdtempSync(join(tmpdir(), "docs2sdk-client-paginators-"));
  let mock: MockServer;
  const packages = new Map<string, Package>();
  beforeAll(async () => {
    mock = await startMockServer({ catalog: Catalog.fromSpecDir(join(REPO_ROOT, "spec"), CASES.map((c) => c.spec)), credentials });
    for (const spec of specs) packages.set(spec.path, await loadModule<Package>(await installPackage(spec, work), "dist/index.js"));
  }, 120_000);
  afterAll(async () => {
    await mock?.close();
    rmSync(work, { recursive: true, force: true });
  });
  beforeEach(() => mock.clearPaging());

  function paginator(path: string, options: object): Paginator {
    const c = CASES.find((x) => x.spec === path)!;
    const spec = specs.find((s) => s.path === path)!;
    const action = spec.service.actions.find((a) => a.name === c.action)!;
    const pkg = packages.get(path)!;
    const client = pkg[clientFactoryName(spec.service)]!({ credentials, endpoint: mock.url, region: c.region, maxRetries: 0 });
    // Required text parameters (Alibaba's RegionId) get the region.
    const input = Object.fromEntries(action.input.filter((f) => f.required).map((f) => [f.name, c.region]));
    return pkg[paginatorFunctionName(action)]!(client, input, options) as Paginator;
  }

  it.each(CASES.map((c) => [c.spec, c.action] as const))("%s %s: 23 items in pages of 10, each exactly once", async (path, action) => {
    mock.setPaging({ spec: path.replace(/\.json$/, ""), action, total: 23 });
    const pages: unknown[] = [];
    for await (const page of paginator(path, { pageSize: 10 })) pages.push(page);
    expect(pages).toHaveLength(3);
    const items: unknown[] = [];
    for await (const item of paginator(path, { pageSize: 10 }).items()) items.push(item);
    expect(items).toHaveLength(23);
    expect(new Set(items.map((i) => JSON.stringify(i))).size).toBe(23);
  });

  it.each(CASES.map((c) => [c.spec, c.action] as const))("%s %s: maxPages stops a server that never ends", async (path, action) => {
    mock.setPaging({ spec: path.replace(/\.json$/, ""), action, total: "endless" });
    let pages = 0;
    const run = async () => {
      for await (const _ of paginator(path, { pageSize: 5, maxPages: 4 })) pages++;
    };
    await expect(run()).rejects.toMatchObject({ name: "PaginationLimitError", maxPages: 4 });
    expect(pages).toBe(4);
  });
});
