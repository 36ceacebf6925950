import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { ParseResult } from "../../../generator/parse/dialect.ts";
import { decodeSourceDocument, readSourceDocument, type SourceDocument } from "../../../generator/parse/document.ts";
import { recoverStrippedJson } from "../../../generator/parse/tencent-v2-pdf/braces.ts";
import { tencent2017PdfDialect, tencentV2PdfDialect } from "../../../generator/parse/tencent-v2-pdf/index.ts";
import { readOverview } from "../../../generator/parse/tencent-v2-pdf/overview.ts";
import { readHeader, readTableRows } from "../../../generator/parse/tencent-v2-pdf/table.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { Service } from "../../../generator/spec/types.ts";
import { danglingRefs, schemaProblems } from "../../../generator/spec/validate.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const CVM = here("../../../spec/sources/tencentcloud-cvm-2017-03-12.txt");
const FILE = "spec/sources/tencentcloud-cvm-2017-03-12.txt";
const fixture = (name: string) => readFileSync(here(`fixtures/${name}`), "utf8");
const clean = (text: string, first = 1): CleanLine[] =>
  text.split("\n").map((t, i) => ({ text: t.trim(), line: first + i, pageStart: /^ \S/.test(t) })).filter((l) => l.text !== "");

describe("displaced brackets (001:42502-42655, DescribeInstances of the API 2017 pages)", () => {
  const raw = fixture("stripped-braces.txt").split("\n");
  const lines = raw
    .map((r, i) => ({ raw: r, line: 42486 + i }))
    .filter((l, i) => i >= 16 && !/^https?:\/\//.test(l.raw.trim()) && (l.raw.trim() !== "" || l.raw.length >= 2));

  it("puts the page-end bracket lines back into the slots the text left", () => {
    const r = recoverStrippedJson(lines);
    expect("error" in r).toBe(false);
    const v = (r as { value: { Response: { TotalCount: number; InstanceSet: { DataDisks: unknown[]; PublicIpAddresses: string[] }[]; RequestId: string } } }).value;
    expect(v.Response.TotalCount).toBe(2);
    expect(v.Response.InstanceSet[0]!.DataDisks).toEqual([{ DiskType: "CLOUD_BASIC", DiskId: "disk-4rnslb35", DiskSize: 50 }]);
    expect(v.Response.InstanceSet[0]!.PublicIpAddresses).toEqual(["123.207.32.83"]);
    expect(v.Response.RequestId).toBe("6EF60BEC-0242-43AF-BB20-270359FB54A7");
  });

  it("reports (never guesses) when a page's brackets are missing", () => {
    const cut = lines.filter((l) => !(l.raw.trim() === "}" && l.line > 42645));
    const r = recoverStrippedJson(cut);
    expect(r).toMatchObject({ error: expect.stringMatching(/close|bracket/) });
    expect((r as { line: number }).line).toBeGreaterThan(42486);
  });

  it("also restores a slot-less example by grammar (the top-level brace has no indentation to show)", () => {
    const r = recoverStrippedJson([
      { raw: '"code" : 0,', line: 1 },
      { raw: '"unInstanceIds":', line: 2 },
      { raw: '"ins-a19qoqqk"', line: 3 },
      { raw: "{", line: 4 },
      { raw: "[", line: 5 },
      { raw: "]", line: 6 },
      { raw: "}", line: 7 },
    ]);
    expect(r).toMatchObject({ value: { code: 0, unInstanceIds: ["ins-a19qoqqk"] } });
  });
});

describe("tables of the legacy pages", () => {
  it("reads a header wrapped over lines and rows whose name and type are wrapped (001:46370-46400)", () => {
    const lines = clean(fixture("wrapped-cells.txt"), 46370);
    expect(readHeader(clean("名称 类型\n是否必\n选\n描述"), 0)).toEqual({ columns: ["name", "type", "required", "description"], consumed: 4 });
    const { rows } = readTableRows(lines, new Set(["InternetAccessible"]), () => {}, ["name", "type", "required", "description"]);
    const names = rows.map((r) => [r.name, r.typeWord.replace(/\s+/g, " "), r.required]);
    expect(names).toContainEqual(["Version", "String", true]);
    expect(names.find((r) => r[0] === "InternetAccessible")).toEqual(["InternetAccessible", "InternetAccessible object", true]);
  });

  it("reads rows printed in the other order than their header (`参数名称 是否必选 类型 描述` over `Version String 是`)", () => {
    const { rows } = readTableRows(clean("参数名称 是否必选 类型 描述\nVersion String 是 版本。\nInstanceIds.N array of Strings 是\n实例ID。\ncpu 是 Int CPU（核数）。"), new Set());
    expect(rows.map((r) => [r.name, r.typeWord, r.required])).toEqual([
      ["Version", "String", true],
      ["InstanceIds.N", "array of Strings", true],
      ["cpu", "Int", true],
    ]);
  });

  it("splits a type over two lines (`Intege` / `r`, `array of Filter` / `objects`)", () => {
    const { rows } = readTableRows(clean("名称 类型 是否必选 描述\nPeriod\nIntege\nr\n是 购买时长。\nFilters.N\narray of Filter\nobjects\n否\n过滤条件。"), new Set(["Filter"]));
    expect(rows.map((r) => [r.name, r.typeWord, r.required])).toEqual([
      ["Period", "Integer", true],
      ["Filters.N", "array of Filter objects", false],
    ]);
  });

  it("reads API 概览 rows with wrapped names and titles", () => {
    const rows = readOverview(clean("2. 镜像相关接口\n接口功能 Action ID 功能描述\n删除镜像 DeleteImages 用于删除一个或者多个镜像。\n修改镜像属性\nModifyImageAttribute\ns\n用于修改镜像的名称。\n普通公网IP转弹性公网\nIP\nTransformWanIpToEi\np\n普通公网 IP 转弹性公网 IP。"));
    expect(rows.map((r) => [r.name, r.title, r.category])).toEqual([
      ["DeleteImages", "删除镜像", "镜像相关接口"],
      ["ModifyImageAttributes", "修改镜像属性", "镜像相关接口"],
      ["TransformWanIpToEip", "普通公网IP转弹性公网IP", "镜像相关接口"],
    ]);
  });
});

function parseAll(doc: SourceDocument, dialect: typeof tencentV2PdfDialect) {
  const diag = new Diagnostics(doc.file);
  const parts = dialect.detect(doc);
  const results: ParseResult[] = parts.map((p) => dialect.parse(doc, p, diag));
  return { parts, diag, services: results.flatMap((r) => r.services), coverage: results.flatMap((r) => r.coverage) };
}

describe("the legacy parts of the bundled CVM document (001)", () => {
  it("has the bundled document", () => {
    expect(existsSync(CVM), CVM).toBe(true);
  });

  let doc: SourceDocument;
  let v2: ReturnType<typeof parseAll>;
  let old: ReturnType<typeof parseAll>;
  beforeAll(() => {
    doc = readSourceDocument(CVM, FILE);
    v2 = parseAll(doc, tencentV2PdfDialect);
    old = parseAll(doc, tencent2017PdfDialect);
  });

  it("finds the two parts from their headings, banners and example URLs (not from the file name)", () => {
    expect(old.parts.map((p) => [p.startLine, p.endLine])).toEqual([[40506, 50617]]);
    expect(v2.parts.map((p) => [p.startLine, p.endLine])).toEqual([[50618, 58903]]);
    const renamed = decodeSourceDocument(readFileSync(CVM), "some-export.txt");
    expect(tencentV2PdfDialect.detect(renamed)).toHaveLength(1);
  });

  // One whole action per part, with the structures it reaches, against a committed golden file
  // (UPDATE_GOLDEN=1 rewrites them; review the diff).
  for (const [part, spec, action] of [
    ["API 2017", "cvm/2017-03-12-legacy", "DescribeInstances"],
    ["API 2.0", "cvm/v2", "DescribeInstances"],
  ] as const) {
    it(`${part}: ${action} matches its golden file`, () => {
      const services = part === "API 2017" ? old.services : v2.services;
      const s = services.find((x) => `${x.service}/${x.version}` === spec)!;
      const a = s.actions.find((x) => x.name === action)!;
      const reached = new Set<string>();
      const visit = (t: unknown): void => {
        if (t && typeof t === "object") {
          if ("ref" in t && typeof t.ref === "string" && !reached.has(t.ref)) {
            reached.add(t.ref);
            for (const f of s.types.find((x) => x.name === t.ref)?.fields ?? []) visit(f.type);
          } else if ("array" in t) visit(t.array);
        }
      };
      for (const f of [...a.input, ...a.output]) visit(f.type);
      const actual = { action: a, types: s.types.filter((t) => reached.has(t.name)) };
      const path = here(`golden/${spec.replace("/", "-")}-${action}.json`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(path, JSON.stringify(actual, null, 2) + "\n");
      expect(actual).toEqual(JSON.parse(readFileSync(path, "utf8")));
    });
  }

  it("API 2017 pages: the notes' 49 sections, all named by the API 概览, into one superseded spec", () => {
    expect(old.services).toHaveLength(1);
    const s = old.services[0]!;
    expect(s).toMatchObject({ provider: "tencentcloud", service: "cvm", version: "2017-03-12-legacy", protocol: "tencent-v2", endpoint: "cvm.api.qcloud.com", supersededBy: "tencentcloud/cvm/2017-03-12" });
    expect(s.actions).toHaveLength(49);
    expect(old.coverage[0]).toMatchObject({ actionsNamed: 49, actionsFound: 49, actionsMissing: [], actionsUnlisted: [] });
    // Hosts as the sections state them (notes: 34 cvm, 8 eip, 7 image).
    const host = (a: (typeof s.actions)[number]) => a.notes?.find((n) => n.startsWith("endpoint: "))?.slice(10) ?? s.endpoint;
    const count = (h: string) => s.actions.filter((a) => host(a) === h).length;
    expect([count("cvm.api.qcloud.com"), count("eip.api.qcloud.com"), count("image.api.qcloud.com")]).toEqual([34, 8, 7]);
    // PascalCase names as documented, public parameters (Version) left to the protocol.
    const run = s.actions.find((a) => a.name === "RunInstances")!;
    expect(run.input.map((f) => f.name)).toContain("InternetAccessible");
    for (const a of s.actions) expect(a.input.some((f) => f.name === "Version")).toBe(false);
    expect(schemaProblems(s)).toEqual([]);
  });

  it("API 2.0 part: 61 sections with 61 distinct names, one spec per host", () => {
    const names = v2.services.flatMap((s) => s.actions.map((a) => a.name));
    expect(names).toHaveLength(61);
    expect(new Set(names).size).toBe(61);
    expect(v2.services.map((s) => [s.service, s.endpoint])).toEqual([
      ["cvm", "cvm.api.qcloud.com"],
      ["image", "image.api.qcloud.com"],
      ["vpc", "vpc.api.qcloud.com"],
      ["dfw", "dfw.api.qcloud.com"],
      ["eip", "eip.api.qcloud.com"],
    ]);
    for (const s of v2.services) {
      expect(s).toMatchObject({ provider: "tencentcloud", version: "v2", protocol: "tencent-v2" });
      expect(schemaProblems(s)).toEqual([]);
      expect(danglingRefs(s)).toEqual([]);
      for (const a of s.actions) expect(a.output.slice(0, 2).map((f) => f.name)).toEqual(["code", "message"]);
    }
    // Every overview row is accounted for across the specs: found, or missing with a diagnostic.
    const named = v2.coverage.reduce((n, c) => n + c.actionsNamed, 0);
    const missing = v2.coverage.flatMap((c) => c.actionsMissing);
    expect(missing).toEqual(["SetAutoRenew"]);
    expect(v2.diag.items.find((d) => d.code === "action.missing")).toMatchObject({ file: FILE, severity: "warning", message: expect.stringContaining("never mentions it again") });
    const found = v2.coverage.reduce((n, c) => n + c.actionsFound, 0);
    const unlisted = v2.coverage.flatMap((c) => c.actionsUnlisted);
    expect(named).toBe(found - unlisted.length + missing.length);
  });

  it("folds lowerCamel sub-tables: DescribeInstances' instanceSet items and their diskInfo", () => {
    const cvm = v2.services.find((s) => s.service === "cvm")!;
    const a = cvm.actions.find((x) => x.name === "DescribeInstances")!;
    expect(a.input.map((f) => [f.name, f.type])).toEqual([
      ["instanceIds", { array: "string" }],
      ["lanIps", { array: "string" }],
      ["searchWord", "string"],
      ["status", "integer"],
      ["projectId", "integer"],
      ["zoneId", "integer"],
      ["offset", "integer"],
      ["limit", "integer"],
    ]);
    const set = a.output.find((f) => f.name === "instanceSet")!;
    expect(set.type).toEqual({ array: { ref: "DescribeInstancesResponseInstanceSet" } });
    const item = cvm.types.find((t) => t.name === "DescribeInstancesResponseInstanceSet")!;
    expect(item.fields.map((f) => f.name)).toContain("diskInfo");
    expect(a.examples[0]!.input).toEqual({ instanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"] });
    expect((a.examples[0]!.output as { instanceSet: unknown[] }).instanceSet).toHaveLength(2);
  });

  it("merges a request documented as alternative tables (001:53710-53830, InquiryInstancePrice 2.1-2.4)", () => {
    const a = v2.services.find((s) => s.service === "cvm")!.actions.find((x) => x.name === "InquiryInstancePrice")!;
    // Required only where every alternative requires it: instanceType alone.
    expect(a.input.filter((f) => f.required).map((f) => f.name)).toEqual(["instanceType"]);
    expect(a.input.map((f) => f.name)).toEqual(expect.arrayContaining(["instanceId", "period", "cpu", "mem", "imageId", "bandwidthUpgradeStartTime", "startTime", "endTime"]));
    expect(a.input.find((f) => f.name === "cpu")!.description).toBe(
      "2.2 查询包年包月实例价格：实例核数。CPU与内存具体的配比限制参见 实例规格 。\n2.3 查询实例配置升级的价格：CPU 核数。升级后的核数。",
    );
    expect(v2.diag.items.filter((d) => d.code === "field.duplicate" && d.message.startsWith("InquiryInstancePrice"))).toEqual([]);
    expect(v2.diag.items.find((d) => d.code === "request.variants")).toMatchObject({ severity: "info", line: 53710 });
  });

  it("reads a member table without 必选 under a request's Array rows as their items, names shared with top-level parameters included (001:56255-56275)", () => {
    const dfw = v2.services.find((s) => s.service === "dfw")!;
    const a = dfw.actions.find((x) => x.name === "ModifySecurityGroupPolicys")!;
    // ingress and egress (入/出方向规则列表) share the rule table that follows them.
    expect(a.input.map((f) => [f.name, f.type])).toEqual([
      ["sgId", "string"],
      ["ingress", { array: { ref: "ModifySecurityGroupPolicysIngress" } }],
      ["egress", { array: { ref: "ModifySecurityGroupPolicysEgress" } }],
    ]);
    for (const t of ["ModifySecurityGroupPolicysIngress", "ModifySecurityGroupPolicysEgress"]) {
      expect(dfw.types.find((x) => x.name === t)!.fields.map((f) => f.name)).toEqual(["ipProtocol", "cidrIp", "sgId", "addressModule", "portRange", "serviceModule", "desc", "action"]);
    }
    // A member table with its own 必选 column stays the items of the Array above it (001:56480-56486).
    const instanceSet = dfw.actions.find((x) => x.name === "ModifySecurityGroupsOfInstance")!.input;
    expect(instanceSet.map((f) => [f.name, f.type])).toEqual([["instanceSet", { array: { ref: "ModifySecurityGroupsOfInstanceInstanceSet" } }]]);
  });

  it("every failed example is listed with a line inside its part", () => {
    for (const c of [...v2.coverage, ...old.coverage]) for (const f of c.examplesFailed) expect(f.line).toBeGreaterThanOrEqual(40506);
    expect(v2.coverage.reduce((n, c) => n + c.examplesRecovered, 0)).toBeGreaterThanOrEqual(51);
  });

  it("is deterministic", () => {
    const again = parseAll(doc, tencentV2PdfDialect);
    expect(JSON.stringify(again.services)).toBe(JSON.stringify(v2.services));
  });

  it("claims nothing in the other bundled documents", () => {
    for (const f of ["tce-vpc.txt", "tencentcloud-ecm-2019-07-19.txt", "tencentcloud-lighthouse-2020-03-24.txt", "aliyun-apsara-ecs-2014-05-26.txt"]) {
      const path = here(`../../../spec/sources/${f}`);
      expect(existsSync(path), path).toBe(true);
      const d = readSourceDocument(path, f);
      expect([...tencentV2PdfDialect.detect(d), ...tencent2017PdfDialect.detect(d)]).toEqual([]);
    }
  });
});

describe("bad input", () => {
  const excerpt = (lines: string[]) => decodeSourceDocument(new TextEncoder().encode(lines.join("\n")), "cut.txt");
  const head = [
    " 云服务器API（旧版）",
    "简介",
    "最近更新时间：2019-11-26 15:47:15",
    "说明：",
    "当前页面接口为旧版 API，未来可能停止维护。",
    " API概览",
    "最近更新时间：2019-05-30 17:59:11",
    "1. 实例相关接口",
    "接口功能 Action ID 功能描述",
    "启动实例 StartInstances 用于启动一个或者多个实例。",
    "关闭实例 StopInstances 用于关闭一个或者多个实例。",
    " 启动实例",
    "最近更新时间：2019-12-02 17:24:34",
    "本接口 (StartInstances) 用于启动一个或多个实例。",
    "接口请求域名：cvm.api.qcloud.com",
    "1. 接口描述",
    "启动实例。",
    "2. 输入参数",
    "参数名称 是否必选 类型 描述",
    "instanceIds.n 是 String 待操作的实例 ID。",
  ];

  it("a section cut off in its input table is kept, with an error at its line; the overview row without a section is reported", () => {
    const doc = excerpt([...head, "https://cvm.api.qcloud.com/v2/index.php?Action=StartInstances"]);
    const r = parseAll(doc, tencentV2PdfDialect);
    expect(r.services[0]!.actions.map((a) => a.name)).toEqual(["StartInstances"]);
    expect(r.services[0]!.actions[0]!.input.map((f) => f.name)).toEqual(["instanceIds"]);
    const output = r.diag.items.find((d) => d.code === "action.output")!;
    expect(output).toMatchObject({ file: "cut.txt", severity: "error" });
    expect(doc.lines[output.line - 1]!.trim()).toBe("启动实例");
    expect(r.diag.items.find((d) => d.code === "action.missing")).toMatchObject({ file: "cut.txt", message: expect.stringContaining("StopInstances") });
  });

  it("a truncated response example is reported with its line, not invented", () => {
    const doc = excerpt([...head, "3. 输出参数", "参数名称 类型 描述", "code Int 公共错误码。", "4. 示例", "https://cvm.api.qcloud.com/v2/index.php?Action=StartInstances", "&instanceIds.0=ins-1", '    "code": 0,', '    "message": "",', "{"]);
    const r = parseAll(doc, tencentV2PdfDialect);
    expect(r.services[0]!.actions[0]!.examples).toEqual([]);
    const f = r.coverage[0]!.examplesFailed[0]!;
    expect(f.reason).toMatch(/^StartInstances: response JSON/);
    expect(doc.lines[f.line - 1]).toMatch(/"code"|"message"|\{/);
  });
});

describe("a legacy section whose '1. 接口描述' heading is damaged (issue 14 item 2)", () => {
  // 001:57820-57935 (DeleteEip and ModifyEipAttributes of '云服务器API（旧版）'), at its line numbers;
  // the excerpt has no API 概览, so nothing lists the two actions.
  const START = 57820;
  const text = fixture("cvm-57820-legacy-eip-sections.txt").replace(/\n$/, "").split("\n");
  const parse = (lines: string[]) => {
    const doc: SourceDocument = { file: "cvm.txt", lines: [...new Array<string>(START - 1).fill(""), ...lines] };
    const diag = new Diagnostics("cvm.txt");
    const r = tencentV2PdfDialect.parse(doc, { dialect: "tencent-v2-pdf", startLine: START, endLine: doc.lines.length, evidence: "" }, diag);
    return { r, diag };
  };

  it("intact, both actions are read", () => {
    const { r } = parse(text);
    expect(r.services.flatMap((s) => s.actions.map((a) => a.name)).sort()).toEqual(["DeleteEip", "ModifyEipAttributes"]);
  });

  it("one character changed: the section is reported as an error naming DeleteEip, never dropped silently", () => {
    const first = text.findIndex((l) => l.trim() === "1. 接口描述");
    const { r, diag } = parse(text.map((l, i) => (i === first ? "1. 接口描迷" : l)));
    expect(r.services.flatMap((s) => s.actions.map((a) => a.name))).toEqual(["ModifyEipAttributes"]);
    const e = diag.items.filter((d) => d.code === "action.section");
    expect(e.map((d) => [d.severity, d.line])).toEqual([["error", START + 2]]);
    expect(e[0]!.message).toContain("DeleteEip");
  });
});
