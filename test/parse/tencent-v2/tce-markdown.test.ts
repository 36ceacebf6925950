import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { ParseResult } from "../../../generator/parse/dialect.ts";
import { decodeSourceDocument, readSourceDocument, type SourceDocument } from "../../../generator/parse/document.ts";
import { tencentV2Dialect } from "../../../generator/parse/tencent-v2/index.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { Service } from "../../../generator/spec/types.ts";
import { danglingRefs, schemaProblems } from "../../../generator/spec/validate.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const BUNDLED = here("../../../spec/sources/tce-vpc.txt");
const OTHERS = ["tencentcloud-cvm-2017-03-12.txt", "tencentcloud-ecm-2019-07-19.txt", "tencentcloud-lighthouse-2020-03-24.txt", "aliyun-apsara-ecs-2014-05-26.txt"];
const fixture = (name: string) => readFileSync(here(`fixtures/${name}`), "utf8");
const mini = fixture("v2-mini.txt");
/** The banner and first overview group of 002 (lines 4375-4390), to put a bare section excerpt into a V2 part. */
const banner = mini.split("\n").slice(0, 16).join("\n");

function fromText(text: string, file = "excerpt.txt"): SourceDocument {
  return decodeSourceDocument(new TextEncoder().encode(text), file);
}
function parse(doc: SourceDocument): { result: ParseResult; diag: Diagnostics; spec: Service } {
  const diag = new Diagnostics(doc.file);
  const parts = tencentV2Dialect.detect(doc);
  expect(parts).toHaveLength(1);
  const result = tencentV2Dialect.parse(doc, parts[0]!, diag);
  return { result, diag, spec: result.services[0]! };
}

describe("tencent-v2 (TCE markdown) on an excerpt of 002: banner, overview, public parameters, common errors, CreateVpc, DeleteVpc", () => {
  const { spec, diag, result } = parse(fromText(mini));

  it("reads the service from the hosts and the document", () => {
    expect(spec).toMatchObject({ provider: "tce", service: "vpc", version: "v2", protocol: "tencent-v2", endpoint: "vpc.api.qcloud.com" });
    expect(spec.description).toMatch(/code.*message/);
  });

  it("reads the six public parameters (required is the last column, 002:4575)", () => {
    expect(spec.commonParameters!.map((p) => [p.name, p.required])).toEqual([
      ["Action", true],
      ["Region", false],
      ["Timestamp", true],
      ["Nonce", true],
      ["SecretId", true],
      ["Signature", true],
    ]);
  });

  it("reads the numeric common error codes with their type", () => {
    expect(spec.errors).toHaveLength(16);
    expect(spec.errors[0]).toMatchObject({ code: "4000", kind: "common" });
    expect(spec.errors[0]!.description).toMatch(/^请求参数非法：缺少必要参数/);
  });

  it("reads CreateVpc: title, category, lowerCamel inputs folded, envelope first in the output, errors, example", () => {
    const a = spec.actions.find((x) => x.name === "CreateVpc")!;
    expect(a).toMatchObject({ title: "创建私有网络", category: "VPC相关接口" });
    expect(a.description).toMatch(/^本接口\(CreateVpc\)用于创建私有网络。\n1\) 用户可以创建/);
    expect(a.input.map((f) => f.name)).toEqual(["vpcName", "cidrBlock", "subnetSet"]);
    expect(a.output.slice(0, 2).map((f) => [f.name, f.type])).toEqual([["code", "integer"], ["message", "string"]]);
    expect(a.errors.map((e) => e.code)).toEqual(["InvalidVpcName", "InvalidVpcCidr", "VpcLimitExceeded", "InvalidVpc.NotFound"]);
    expect(a.examples[0]!.input).toEqual({ vpcName: "bbbttest", cidrBlock: "192.168.0.0/16", subnetSet: [{ subnetName: "wikitest", cidrBlock: "192.168.1.0/24", zoneId: "800001" }] });
    expect(a.examples[0]!.output).toMatchObject({ code: 0, vpcId: "gz_vpc_266" });
  });

  it("joins an output table split by a page break, and a spilled `.⇥⇥` row into the description (002:4750-4751)", () => {
    const create = spec.actions.find((x) => x.name === "CreateVpc")!;
    expect(create.output.map((f) => f.name)).toContain("routeTableSet");
    const del = spec.actions.find((x) => x.name === "DeleteVpc")!;
    expect(del.output[0]!.description).toMatch(/公共错误码\.$/);
    expect(del.output.map((f) => f.name)).toEqual(["code", "message"]);
  });

  it("reports the overview actions without a section", () => {
    expect(result.coverage[0]!.actionsMissing).toEqual(["ModifyVpcAttribute", "DescribeVpcEx", "AssociateVip"]);
    expect(diag.items.filter((d) => d.code === "action.missing").map((d) => d.line)).toEqual([14, 15, 16]);
  });

  it("is schema-valid without dangling references", () => {
    expect(schemaProblems(spec)).toEqual([]);
    expect(danglingRefs(spec)).toEqual([]);
  });
});

describe("tencent-v2 quirks", () => {
  it("merges a response split over two fences that lost its comma and its closing brace (002:11580-11592)", () => {
    const { spec, diag } = parse(fromText(`${banner}\n\n${fixture("split-response.txt")}`));
    const a = spec.actions[0]!;
    expect(a.name).toBe("AttachNetworkInterface");
    expect(diag.items.some((d) => d.code === "example.merged")).toBe(true);
    // The second piece stops after its last member: the comma lost at the break and the outer
    // object's closing brace are put back, and the repair is reported (as Alibaba's examples are).
    expect(a.examples[0]!.output).toEqual({ code: 0, message: "", codeDesc: "Success", data: { taskId: 16284 } });
    expect(diag.items.find((d) => d.code === "example.repaired")!.message).toMatch(/closing brackets lost at the end/);
    expect(diag.items.some((d) => d.code === "example.json")).toBe(false);
  });

  it("folds captioned sub-tables (Data 结构, ingress/egress规则成员结构) of DescribeSecurityGroupPolicys (002:12430)", () => {
    const { spec, diag } = parse(fromText(`${banner}\n\n${fixture("captioned-subtables.txt")}`));
    const a = spec.actions[0]!;
    expect(a.name).toBe("DescribeSecurityGroupPolicys");
    // `data⇥Array` over data.ingress, data.egress (no index), and the example returns one object.
    expect(a.output.map((f) => [f.name, f.type])).toEqual([
      ["code", "integer"],
      ["message", "string"],
      ["data", { ref: "DescribeSecurityGroupPolicysResponseData" }],
    ]);
    expect(diag.items.filter((d) => d.code === "type.example-object").map((d) => d.message)).toEqual([expect.stringMatching(/^DescribeSecurityGroupPolicys response: data is typed Array/)]);
    const ingress = spec.types.find((t) => t.name === "DescribeSecurityGroupPolicysResponseDataIngress")!;
    expect(ingress.fields.map((f) => f.name)).toEqual(["index", "addressModule", "ipProtocol", "cidrIp", "sgId", "portRange", "serviceModule", "desc", "action", "version"]);
    expect(a.examples[0]!.output).toHaveProperty("data");
  });

  it("names a section by the majority of its cues and reports the typo'd overview row (002:6495)", () => {
    const text = `${banner.replace("绑定私有网络内主机与VIP\tAssociateVip", "网络ACL解绑子网\tDeleteSubnetAclRule")}\n\n${fixture("name-typo.txt")}`;
    const { spec, diag, result } = parse(fromText(text));
    expect(spec.actions.map((a) => a.name)).toEqual(["DeteleSubnetAclRule"]);
    expect(diag.items.some((d) => d.code === "action.name-mismatch")).toBe(true);
    // The section answers the overview row by its title, so the row is not reported missing.
    expect(result.coverage[0]!.actionsMissing).not.toContain("DeleteSubnetAclRule");
    expect(result.coverage[0]!.actionsUnlisted).toEqual([]);
  });
});

describe("tencent-v2 on bad input", () => {
  it("a section cut off inside its input table: kept, with errors naming file and line", () => {
    const cut = mini.slice(0, mini.indexOf("subnetSet.n\t否\tArray"));
    const doc = fromText(cut, "cut.txt");
    const { spec, diag } = parse(doc);
    const a = spec.actions.find((x) => x.name === "CreateVpc")!;
    expect(a.input.map((f) => f.name)).toEqual(["vpcName", "cidrBlock"]);
    expect(diag.items.find((d) => d.code === "action.output")).toMatchObject({ severity: "error", file: "cut.txt" });
  });

  it("a table header with its rows cut off is reported at the header's line", () => {
    const text = mini.replace(/(参数名称\t是否必选\t类型\t描述\n)vpcId\t是\tString\t[^\n]*\n/, "$1");
    const doc = fromText(text, "cut.txt");
    const { diag } = parse(doc);
    const header = doc.lines.findIndex((l, i) => l === "参数名称\t是否必选\t类型\t描述" && i > 150) + 1;
    expect(diag.items.find((d) => d.code === "table.empty")).toMatchObject({ file: "cut.txt", line: header });
  });

  it("text without the V2 marker or V2 tables is not claimed", () => {
    expect(tencentV2Dialect.detect(fromText("API版本 : V2\n\n说明文字\n"))).toEqual([]);
  });
});

describe("tencent-v2 on the bundled document 002", () => {
  let spec: Service;
  let specs: Service[];
  let result: ParseResult;
  let diag: Diagnostics;
  const all = () => specs.flatMap((s) => s.actions);
  beforeAll(() => {
    ({ spec, result, diag } = parse(readSourceDocument(BUNDLED, "spec/sources/tce-vpc.txt")));
    specs = result.services;
  });

  it("finds the part between `历史版本 (V2接口)` and the API 3.0 banner", () => {
    expect(tencentV2Dialect.detect(readSourceDocument(BUNDLED, "x"))[0]).toMatchObject({ startLine: 4375, endLine: 13212 });
  });

  it("groups the actions as the endpoints do: vpc 98, eip 8, dfw 14 (the notes' host counts), each spec with its own endpoint", () => {
    expect(specs.map((s) => [s.service, s.endpoint, s.actions.length])).toEqual([
      ["vpc", "vpc.api.qcloud.com", 98],
      ["eip", "eip.api.qcloud.com", 8],
      ["dfw", "dfw.api.qcloud.com", 14],
    ]);
    for (const s of specs) expect(s).toMatchObject({ provider: "tce", version: "v2", protocol: "tencent-v2" });
    expect(specs.map((s) => s.title)).toEqual(["私有网络", "弹性公网IP", "安全组"]);
    // The common errors and public parameters of the part apply to every host.
    for (const s of specs) expect([s.errors.length, s.commonParameters!.length]).toEqual([16, 6]);
  });

  it("has all 120 sections of the 120 overview rows across the three specs (the issue's 'about 99' is the vpc host's 98), no duplicates, nothing dangling", () => {
    expect(all()).toHaveLength(120);
    expect(new Set(all().map((a) => a.name)).size).toBe(120);
    expect(result.coverage.map((c) => [c.spec, c.actionsNamed, c.actionsFound])).toEqual([
      ["tce/vpc/v2", 98, 98],
      ["tce/eip/v2", 8, 8],
      ["tce/dfw/v2", 14, 14],
    ]);
    for (const c of result.coverage) expect(c).toMatchObject({ actionsMissing: [], actionsUnlisted: [], danglingRefs: [] });
    expect(diag.errorCount).toBe(0);
  });

  it("gives each spec exactly the structures its actions use", () => {
    for (const s of specs) {
      expect(danglingRefs(s)).toEqual([]);
      const own = new Set(s.actions.map((a) => a.name));
      for (const t of s.types) expect([...own].some((n) => t.name.startsWith(n))).toBe(true);
    }
    expect(specs.reduce((n, s) => n + s.types.length, 0)).toBe(87);
  });

  it("keeps every error row: 334 in 104 actions (the notes' 332 miss the headerless page continuation at 12815)", () => {
    expect(all().reduce((n, a) => n + a.errors.length, 0)).toBe(334);
    expect(all().filter((a) => a.errors.length === 0)).toHaveLength(16);
  });

  it("recovers 116 of the 120 examples and lists the 4 broken ones with their lines", () => {
    expect(all().filter((a) => a.examples.length > 0)).toHaveLength(116);
    expect(result.coverage.reduce((n, c) => n + c.examplesRecovered, 0)).toBe(116);
    const failed = result.coverage.flatMap((c) => c.examplesFailed);
    expect(failed).toHaveLength(4);
    for (const f of failed) expect(f.line).toBeGreaterThan(4375);
  });

  it("resolves the known name conflicts as the notes advise", () => {
    const names = new Set(all().map((a) => a.name));
    for (const n of ["DeteleSubnetAclRule", "ModifySecurityGroupPolicys", "DescribeSecurityGroupPolicys", "DeleteVpcPeeringConnectionEx", "ModifySecurityGroupsOfNetworkInterface"]) expect(names).toContain(n);
    expect(diag.items.filter((d) => d.code === "example.action-mismatch")).toHaveLength(3);
  });

  it("puts code and message first in every output", () => {
    for (const a of all()) expect(a.output.slice(0, 2).map((f) => f.name)).toEqual(["code", "message"]);
  });

  it("is schema-valid and deterministic", () => {
    for (const s of specs) expect(schemaProblems(s)).toEqual([]);
    const again = parse(readSourceDocument(BUNDLED, "spec/sources/tce-vpc.txt")).result.services;
    expect(JSON.stringify(again)).toBe(JSON.stringify(specs));
  });

  it("matches the golden CreateVpc action and its structures", () => {
    const golden = JSON.parse(readFileSync(here("golden/CreateVpc.json"), "utf8"));
    const action = spec.actions.find((a) => a.name === "CreateVpc")!;
    const types = spec.types.filter((t) => t.name.startsWith("CreateVpc"));
    expect({ action, types }).toEqual(golden);
  });

  it("claims nothing in the other bundled documents", () => {
    for (const f of OTHERS) {
      const path = here(`../../../spec/sources/${f}`);
      expect(existsSync(path), path).toBe(true);
      expect(tencentV2Dialect.detect(readSourceDocument(path, f))).toEqual([]);
    }
  });
});

// Issue 14: seed-14 fuzz mutants #1343 (test/fuzz/findings/tce-v2-hang-seed14-1343.txt) and #2158
// duplicate CreateVpc's `1. 接口描述` line. The second heading's title (looked for upwards over
// blank and dated lines) was the first heading, so the first section ended above its own anchor;
// with no later heading inside it the part bound was Math.min() = Infinity and the description
// loop never ended.
describe("tencent-v2 on a repeated 接口描述 heading (fuzz finding seed 14 #1343, #2158)", () => {
  const FIXTURE = here("fixtures/repeated-anchor.txt");

  // A hang guard, not a speed check: the parse takes well under a second, so only a loop that never
  // ends reaches this bound, however loaded the machine is.
  const HANG_GUARD_MS = 120_000;

  it("terminates: the CLI parses the excerpt (a synchronous loop cannot be stopped by the vitest timeout, so it runs in a child that is killed after a hang guard)", () => {
    const r = spawnSync(process.execPath, [here("../../../bin/docs2sdk.mjs"), "parse", FIXTURE], { encoding: "utf8", timeout: HANG_GUARD_MS });
    expect(r.signal).toBe(null);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Service).actions.map((a) => a.name)).toEqual(["CreateVpc"]);
  }, HANG_GUARD_MS + 10_000);

  it("reads the two headings as one CreateVpc section, titled by the line above both, and says so", () => {
    const { spec, diag } = parse(fromText(fixture("repeated-anchor.txt"), "repeated-anchor.txt"));
    expect(spec.actions).toHaveLength(1);
    const a = spec.actions[0]!;
    expect([a.name, a.title, a.source!.line]).toEqual(["CreateVpc", "创建私有网络", 20]);
    expect(a.input.map((f) => [f.name, f.required])).toEqual([
      ["vpcName", true],
      ["cidrBlock", true],
    ]);
    expect(a.output.map((f) => f.name)).toContain("vpcId");
    expect(diag.items.filter((d) => d.code === "action.anchor-repeated").map((d) => d.line)).toEqual([24]);
    expect(diag.items.filter((d) => ["action.duplicate", "action.title", "action.name", "action.input"].includes(d.code))).toEqual([]);
  }, 10_000);
});
