// The notes' counts (shared/notes/format-tencent-api3.md) as assertions on the bundled documents,
// plus one golden action per document. Each document is parsed once for the whole file.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readSourceDocument } from "../../../generator/parse/document.ts";
import { parseDocument, type DocumentParse } from "../../../generator/parse/index.ts";
import { tencentApi3Dialect } from "../../../generator/parse/tencent-api3/index.ts";
import { dialects } from "../../../generator/parse/dialects.ts";
import type { Field, Service } from "../../../generator/spec/types.ts";
import { REPO_ROOT, specJson } from "../../../generator/pipeline/generate.ts";

const SOURCES = join(REPO_ROOT, "spec", "sources");
const GOLDEN = join(import.meta.dirname, "golden");

interface Expected {
  file: string;
  service: string;
  version: string;
  title: string;
  actions: number;
  inputs: number;
  outputs: number;
  structs: number;
  members: number;
  inputStructs: number;
  examples: number;
  actionErrors: number;
  business: number;
  nullable: number;
  exampleValues: number;
  rates: Record<string, number>;
  regions: Record<string, number>;
  golden: string;
}

const DOCS: Expected[] = [
  {
    file: "tencentcloud-ecm-2019-07-19.txt",
    service: "ecm",
    version: "2019-07-19",
    title: "边缘计算机器",
    actions: 139,
    inputs: 894 - 417,
    outputs: 250,
    structs: 105,
    members: 601,
    inputStructs: 36,
    examples: 147,
    actionErrors: 1296,
    business: 186,
    nullable: 206, // 208 notes; two cells print the note twice
    exampleValues: 740,
    rates: { "20": 139 },
    regions: { none: 139 },
    golden: "DescribeNode",
  },
  {
    file: "tencentcloud-cvm-2017-03-12.txt",
    service: "cvm",
    version: "2017-03-12",
    title: "云服务器",
    actions: 98,
    inputs: 722 - 294,
    outputs: 179,
    structs: 75,
    members: 460,
    inputStructs: 28,
    examples: 113,
    actionErrors: 1864,
    business: 390,
    nullable: 40, // 38 notes on their own line + 2 at the end of a description line
    exampleValues: 798,
    rates: { "10": 58, "20": 34, "40": 5, "288": 1 },
    regions: { required: 95, optional: 2, none: 1 },
    golden: "DescribeRegions",
  },
  {
    file: "tencentcloud-lighthouse-2020-03-24.txt",
    service: "lighthouse",
    version: "2020-03-24",
    title: "轻量应用服务器",
    actions: 108,
    inputs: 596 - 324,
    outputs: 203,
    structs: 66,
    members: 339,
    inputStructs: 14,
    examples: 109,
    actionErrors: 1258,
    business: 262,
    nullable: 18,
    exampleValues: 596, // 600 '示例值' lines; four cells give two
    rates: { "20": 80, "10": 25, "100": 2, "5": 1 },
    regions: { required: 93, none: 15 },
    golden: "DescribeBundleDiscount",
  },
];

const parsed = new Map<string, DocumentParse>();
beforeAll(() => {
  for (const d of DOCS) parsed.set(d.file, parseDocument(readSourceDocument(join(SOURCES, d.file), `spec/sources/${d.file}`), [tencentApi3Dialect]));
});

const count = <T>(items: T[], key: (t: T) => string | undefined) =>
  items.reduce<Record<string, number>>((m, t) => {
    const k = key(t) ?? "undefined";
    m[k] = (m[k] ?? 0) + 1;
    return m;
  }, {});

describe.each(DOCS)("$file", (d) => {
  const result = () => parsed.get(d.file)!;
  const service = (): Service => result().services[0]!;
  const allFields = (): Field[] => [...service().actions.flatMap((a) => [...a.input, ...a.output]), ...service().types.flatMap((t) => t.fields)];

  it("yields one service with every action section, in document order, without errors", () => {
    const r = result();
    expect(r.services).toHaveLength(1);
    const s = service();
    expect([s.provider, s.service, s.version, s.protocol, s.endpoint, s.title]).toEqual(["tencentcloud", d.service, d.version, "tc3", `${d.service}.tencentcloudapi.com`, d.title]);
    expect(s.actions).toHaveLength(d.actions);
    expect(r.diagnostics.items.filter((x) => x.severity === "error")).toEqual([]);
    const lines = s.actions.map((a) => a.source!.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(s.actions.every((a) => a.title !== "" && a.category !== undefined && a.description !== "")).toBe(true);
  });

  it("reads every table row", () => {
    const s = service();
    expect(s.actions.reduce((n, a) => n + a.input.length, 0)).toBe(d.inputs);
    expect(s.actions.reduce((n, a) => n + a.output.length, 0)).toBe(d.outputs);
    expect(s.types).toHaveLength(d.structs);
    expect(s.types.reduce((n, t) => n + t.fields.length, 0)).toBe(d.members);
    expect(s.types.filter((t) => t.usage === "input")).toHaveLength(d.inputStructs);
    expect(s.actions.every((a) => a.output.at(-1)?.name === "RequestId")).toBe(true);
    expect(allFields().every((f) => !f.name.endsWith(".N") && /^[A-Z][A-Za-z0-9_]*$/.test(f.name))).toBe(true);
    expect(allFields().filter((f) => f.nullable)).toHaveLength(d.nullable);
    expect(allFields().filter((f) => f.example !== undefined)).toHaveLength(d.exampleValues);
    expect(allFields().some((f) => /可能返回 null|最近更新时间|推荐使用 API Explorer|参数名称 /.test(f.description))).toBe(false);
  });

  it("recovers every example, at least one per action", () => {
    const s = service();
    expect(s.actions.reduce((n, a) => n + a.examples.length, 0)).toBe(d.examples);
    expect(s.actions.every((a) => a.examples.length >= 1)).toBe(true);
    expect(result().coverage[0]!.examplesFailed).toEqual([]);
    for (const a of s.actions) for (const e of a.examples) expect(Object.keys(e.output)).toEqual(["Response"]);
  });

  it("reads the error tables, the rate limits and the Region rows", () => {
    const s = service();
    expect(s.actions.reduce((n, a) => n + a.errors.length, 0)).toBe(d.actionErrors);
    expect(count(s.errors, (e) => e.kind)).toEqual({ common: 38, business: d.business });
    expect(count(s.actions, (a) => String(a.rateLimit))).toEqual(d.rates);
    expect(count(s.actions, (a) => a.region)).toEqual(d.regions);
    expect(s.commonParameters?.map((p) => p.name)).toEqual(["Action", "Region", "Timestamp", "Version", "Authorization", "Token", "Language"]);
    expect(s.regions?.find((r) => r.id === "ap-guangzhou")).toMatchObject({ name: "华南地区（广州）" });
  });

  it("covers the document: structures referenced = defined, nothing dangling", () => {
    const c = result().coverage[0]!;
    expect(c.actionsFound).toBe(d.actions);
    expect(c.structsDefined).toBe(d.structs);
    expect(c.danglingRefs).toEqual([]);
  });

  it(`matches the golden ${d.golden}`, () => {
    const action = service().actions.find((a) => a.name === d.golden)!;
    const path = join(GOLDEN, `${d.service}-${d.golden}.json`);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, specJson(action));
    expect(existsSync(path), `${path} is missing: UPDATE_GOLDEN=1 writes it`).toBe(true);
    expect(action).toEqual(JSON.parse(readFileSync(path, "utf8")));
  });
});

describe("document-level facts", () => {
  it("001: reports the two overview actions without a section, and the two wrong X-TC-Action headers", () => {
    const r = parsed.get("tencentcloud-cvm-2017-03-12.txt")!;
    const warn = (code: string) => r.diagnostics.items.filter((x) => x.code === code).map((x) => x.line);
    expect(r.coverage[0]!.actionsMissing).toEqual(["InquirePricePurchaseReservedInstancesOffering", "DescribeReservedInstancesConfigInfos"]);
    expect(r.coverage[0]!.actionsNamed).toBe(100);
    expect(warn("action.missing")).toHaveLength(2);
    expect(warn("example.action-mismatch")).toEqual([11007, 28363]);
  });

  it("001: stops before '云服务器 API 2017' (line 40506)", () => {
    expect(r001().parts).toEqual([expect.objectContaining({ startLine: 1, endLine: 40505 })]);
  });

  it("claims nothing in the TCE markdown export or the Alibaba document", () => {
    for (const f of ["tce-vpc.txt", "aliyun-apsara-ecs-2014-05-26.txt"]) {
      expect(tencentApi3Dialect.detect(readSourceDocument(join(SOURCES, f)))).toEqual([]);
    }
  });

  it("gives byte-identical output on a second run", () => {
    const file = "tencentcloud-lighthouse-2020-03-24.txt";
    const again = parseDocument(readSourceDocument(join(SOURCES, file), `spec/sources/${file}`), [tencentApi3Dialect]);
    expect(specJson(again.services[0])).toBe(specJson(parsed.get(file)!.services[0]));
  });

  it("is registered", () => {
    expect(dialects).toContain(tencentApi3Dialect);
  });
});

function r001(): DocumentParse {
  return parsed.get("tencentcloud-cvm-2017-03-12.txt")!;
}
