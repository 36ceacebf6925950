// What the mock serves and how a request finds its spec and action: over the sample specs (one per
// protocol), a twin V2 spec with the same action names, and the committed spec/ directory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Catalog, hostName } from "../../generator/mock/catalog.ts";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { specPath, type Service } from "../../generator/spec/types.ts";
import { aliyunSpec, sampleSpecs, tc3Spec, v2Spec } from "../emit/fixtures/sample-specs.ts";

/** tencentcloud/demo/v2: the same V2 actions as tce/demo/v2, on another host (like tce/vpc/v2 and tencentcloud/vpc/v2). */
const twinV2 = (): Service => ({ ...v2Spec(), provider: "tencentcloud", endpoint: "demo.api.tencentyun.com" });

describe("Catalog", () => {
  const catalog = new Catalog([aliyunSpec(), v2Spec(), tc3Spec()]);

  it("serves one entry per spec, sorted by id, with its package directory", () => {
    expect(catalog.services.map((s) => [s.id, s.dir])).toEqual([
      ["aliyun/ecs/2014-05-26", "aliyun-ecs"],
      ["tce/demo/v2", "tce-demo-v2"],
      ["tencentcloud/demo/2020-01-01", "tencentcloud-demo"],
    ]);
  });

  it("indexes actions and types by name, and counts the actions of every spec", () => {
    const demo = catalog.services[2]!;
    expect([...demo.actions.keys()]).toEqual(["DescribeThings", "RunThing", "DeleteThings"]);
    expect([...demo.types.keys()]).toEqual(["Filter", "Thing", "Placement"]);
    expect(demo.actions.get("RunThing")!.action.input.map((f) => f.name)).toEqual(["ChargeType", "Placement", "Count", "DryRun", "Tree"]);
    expect(catalog.actionCount).toBe(3 + 3 + 2);
  });

  it("gives each action its fixture: the documented examples, or one synthesized case", () => {
    const demo = catalog.services[2]!;
    const described = demo.actions.get("DescribeThings")!.fixture;
    expect(described).toMatchObject({ action: "DescribeThings", spec: "tencentcloud/demo/2020-01-01", protocol: "tc3" });
    expect(described.cases.map((c) => [c.title, c.synthesized])).toEqual([["One zone", false], ["Second page", false]]);
    expect(described.cases[1]!.response).toEqual({ Response: { TotalCount: 2, ThingSet: [{ ThingId: "t-2", Tags: [] }], RequestId: "6e3a2b2c-0000-4000-a000-000000000002" } });
    const run = demo.actions.get("RunThing")!.fixture;
    expect(run.cases).toHaveLength(1);
    expect(run.cases[0]).toMatchObject({ title: "RunThing (synthesized from the spec's types)", synthesized: true });
  });

  it("leaves out a superseded spec", () => {
    const legacy = { ...tc3Spec(), version: "2017-03-12-legacy", supersededBy: "tencentcloud/demo/2020-01-01" };
    expect(new Catalog([legacy, tc3Spec()]).services.map((s) => s.id)).toEqual(["tencentcloud/demo/2020-01-01"]);
  });

  it("routes by the endpoint and the regional endpoints, as bare lowercase host names", () => {
    const regions = [{ id: "ap-guangzhou", name: "华南地区(广州)", endpoint: "https://Demo.AP-Guangzhou.tencentcloudapi.com:443/" }, { id: "ap-beijing", name: "华北地区(北京)" }];
    const spec = { ...tc3Spec(), endpoint: "demo.tencentcloudapi.com", regions };
    expect(new Catalog([spec]).services[0]!.hosts).toEqual(["demo.tencentcloudapi.com", "demo.ap-guangzhou.tencentcloudapi.com"]);
  });
});

describe("Catalog.route", () => {
  const catalog = new Catalog([...sampleSpecs(), twinV2()]);
  const ok = (r: ReturnType<Catalog["route"]>) => (r.ok ? `${r.service.id} ${r.action.action.name}` : `${r.reason}: ${r.message}`);

  it("finds the action among the specs of the request's protocol", () => {
    expect(ok(catalog.route({ protocol: "tc3", action: "RunThing" }))).toBe("tencentcloud/demo/2020-01-01 RunThing");
    expect(ok(catalog.route({ protocol: "aliyun-rpc", action: "DescribeRegions", version: "2014-05-26" }))).toBe("aliyun/ecs/2014-05-26 DescribeRegions");
  });

  it("takes the first spec by id when two V2 specs have the action", () => {
    expect(ok(catalog.route({ protocol: "tencent-v2", action: "DescribeVpcEx" }))).toBe("tce/demo/v2 DescribeVpcEx");
  });

  it("routes by action and version when the TC3 scope names no served service (the official SDK's '127')", () => {
    const twin: Service = { ...tc3Spec(), service: "twin", endpoint: "twin.tencentcloudapi.com" };
    const both = new Catalog([tc3Spec(), twin]);
    expect(ok(both.route({ protocol: "tc3", action: "RunThing", service: "127", version: "2020-01-01", host: "127.0.0.1:8080" }))).toBe("tencentcloud/demo/2020-01-01 RunThing");
    // Ambiguous by action and version: the package directory in the endpoint's path chooses.
    expect(ok(both.route({ protocol: "tc3", action: "RunThing", service: "127", version: "2020-01-01", spec: "tencentcloud-twin" }))).toBe("tencentcloud/twin/2020-01-01 RunThing");
    expect(ok(both.route({ protocol: "tc3", action: "RunThing", service: "127", version: "1999-01-01" }))).toMatch(/^version: /);
    // A scope that names a served service still narrows to it.
    expect(ok(both.route({ protocol: "tc3", action: "RunThing", service: "twin", version: "2020-01-01" }))).toBe("tencentcloud/twin/2020-01-01 RunThing");
  });

  it("follows an explicit spec choice, by spec id or package directory", () => {
    expect(ok(catalog.route({ protocol: "tencent-v2", action: "DescribeVpcEx", spec: "tencentcloud/demo/v2" }))).toBe("tencentcloud/demo/v2 DescribeVpcEx");
    expect(ok(catalog.route({ protocol: "tencent-v2", action: "DescribeVpcEx", spec: "tencentcloud-demo-v2" }))).toBe("tencentcloud/demo/v2 DescribeVpcEx");
  });

  it("ignores an explicit choice that names no spec of the protocol", () => {
    expect(ok(catalog.route({ protocol: "tencent-v2", action: "DescribeVpcEx", spec: "tencentcloud-demo" }))).toBe("tce/demo/v2 DescribeVpcEx");
    expect(ok(catalog.route({ protocol: "tencent-v2", action: "DescribeVpcEx", spec: "nope" }))).toBe("tce/demo/v2 DescribeVpcEx");
  });

  it("picks the spec whose documented host the request is sent to, and ignores an unknown host", () => {
    expect(ok(catalog.route({ protocol: "tencent-v2", action: "CreateVpc", host: "demo.api.tencentyun.com" }))).toBe("tencentcloud/demo/v2 CreateVpc");
    expect(ok(catalog.route({ protocol: "tencent-v2", action: "CreateVpc", host: "127.0.0.1" }))).toBe("tce/demo/v2 CreateVpc");
    // A documented host pointed at the mock arrives with the mock's port in the Host header.
    expect(ok(catalog.route({ protocol: "tencent-v2", action: "CreateVpc", host: "Demo.API.tencentyun.com:8080" }))).toBe("tencentcloud/demo/v2 CreateVpc");
  });

  it("filters by the TC3 scope service and the version", () => {
    expect(ok(catalog.route({ protocol: "tc3", action: "DescribeThings", service: "demo", version: "2020-01-01" }))).toBe("tencentcloud/demo/2020-01-01 DescribeThings");
  });

  it("answers reason version when no spec of the protocol matches the service or version", () => {
    expect(catalog.route({ protocol: "tc3", action: "DescribeThings", service: "cvm", version: "2017-03-12" })).toEqual({
      ok: false,
      reason: "version",
      message: "No tc3 API is served for service cvm, version 2017-03-12.",
    });
    expect(catalog.route({ protocol: "aliyun-rpc", action: "DescribeRegions", version: "2016-03-14" })).toMatchObject({ reason: "version", message: "No aliyun-rpc API is served for version 2016-03-14." });
    expect(new Catalog([tc3Spec()]).route({ protocol: "aliyun-rpc", action: "DescribeRegions" })).toMatchObject({ reason: "version", message: "No aliyun-rpc API is served for this request." });
  });

  it("answers reason action, naming the specs it looked in, when no candidate has the action", () => {
    const r = catalog.route({ protocol: "tencent-v2", action: "DescribeThings" });
    expect(r).toMatchObject({ ok: false, reason: "action", message: "The action `DescribeThings` is not found in tce/demo/v2, tencentcloud/demo/v2." });
    expect(!r.ok && r.service?.id).toBe("tce/demo/v2");
  });

  it("does not look for the action in specs of another protocol", () => {
    expect(ok(catalog.route({ protocol: "aliyun-rpc", action: "RunThing" }))).toBe("action: The action `RunThing` is not found in aliyun/ecs/2014-05-26.");
  });
});

describe("Catalog.fromSpecDir", () => {
  const dir = mkdtempSync(join(tmpdir(), "docs2sdk-catalog-"));
  for (const spec of [...sampleSpecs(), twinV2()]) {
    mkdirSync(join(dir, specPath(spec), ".."), { recursive: true });
    writeFileSync(join(dir, specPath(spec)), JSON.stringify(spec));
  }
  // Not specs: the top-level report, a copy under sources/, a JSON file of another shape.
  writeFileSync(join(dir, "report.json"), JSON.stringify(tc3Spec()));
  mkdirSync(join(dir, "sources", "x"), { recursive: true });
  writeFileSync(join(dir, "sources", "x", "copy.json"), JSON.stringify({ ...tc3Spec(), service: "copy" }));
  writeFileSync(join(dir, "tce", "notes.json"), JSON.stringify({ service: "vpc", actions: [] }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads every spec below the directory, and nothing else", () => {
    expect(Catalog.fromSpecDir(dir).services.map((s) => s.id)).toEqual(["aliyun/ecs/2014-05-26", "tce/demo/v2", "tencentcloud/demo/2020-01-01", "tencentcloud/demo/v2"]);
  });

  it("keeps only the specs named, with or without .json", () => {
    expect(Catalog.fromSpecDir(dir, ["tce/demo/v2.json", "aliyun/ecs/2014-05-26"]).services.map((s) => s.id)).toEqual(["aliyun/ecs/2014-05-26", "tce/demo/v2"]);
    expect(Catalog.fromSpecDir(dir, ["tce-demo-v2"]).services).toEqual([]);
  });

  it("fails naming the path when it is missing or not a directory", () => {
    expect(() => Catalog.fromSpecDir(join(dir, "absent"))).toThrow(`no spec directory at ${join(dir, "absent")}`);
    expect(() => Catalog.fromSpecDir(join(dir, "report.json"))).toThrow(`no spec directory at ${join(dir, "report.json")}`);
  });

  it("serves the committed spec/ directory without the superseded CVM 2017 pages", () => {
    const real = Catalog.fromSpecDir(join(REPO_ROOT, "spec"));
    const ids = real.services.map((s) => s.id);
    expect(ids).toContain("tencentcloud/cvm/2017-03-12");
    expect(ids).not.toContain("tencentcloud/cvm/2017-03-12-legacy");
    expect(ids).toEqual([...ids].sort());
    // Two V2 firewall documents on the same host: the first by id answers unless one is chosen.
    const dfw = real.services.find((s) => s.id === "tce/dfw/v2")!;
    const action = [...dfw.actions.keys()][0]!;
    const hints = { protocol: "tencent-v2" as const, action, host: "dfw.api.qcloud.com" };
    expect(real.route(hints)).toMatchObject({ ok: true, service: { id: "tce/dfw/v2" } });
    expect(real.route({ ...hints, spec: "tencentcloud-dfw-v2" })).toMatchObject({ ok: true, service: { id: "tencentcloud/dfw/v2" } });
    // A regional API 3.0 host routes to its spec (cvm.ap-guangzhou.tencentcloudapi.com).
    expect(real.route({ protocol: "tc3", action: "DescribeInstances", host: "cvm.ap-guangzhou.tencentcloudapi.com" })).toMatchObject({ ok: true, service: { id: "tencentcloud/cvm/2017-03-12" } });
  });
});

describe("hostName", () => {
  it("strips the scheme, port and path, and lowercases", () => {
    expect(hostName("cvm.tencentcloudapi.com")).toBe("cvm.tencentcloudapi.com");
    expect(hostName("https://ECS.aliyuncs.com:443/path?x=1")).toBe("ecs.aliyuncs.com");
    expect(hostName("127.0.0.1:8080")).toBe("127.0.0.1");
    expect(hostName("vpc.api.qcloud.com/v2/index.php")).toBe("vpc.api.qcloud.com");
  });
});
