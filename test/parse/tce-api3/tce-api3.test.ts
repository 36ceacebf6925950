import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeSourceDocument, readSourceDocument, type SourceDocument } from "../../../generator/parse/document.ts";
import { tceApi3Dialect } from "../../../generator/parse/tce-api3/index.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { Service } from "../../../generator/spec/types.ts";
import { danglingRefs, schemaProblems } from "../../../generator/spec/validate.ts";
import type { ParseResult } from "../../../generator/parse/dialect.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const BUNDLED = here("../../../spec/sources/tce-vpc.txt");
const OTHERS = ["tencentcloud-cvm-2017-03-12.txt", "tencentcloud-ecm-2019-07-19.txt", "tencentcloud-lighthouse-2020-03-24.txt", "aliyun-apsara-ecs-2014-05-26.txt"];

function parse(doc: SourceDocument): { result: ParseResult; diag: Diagnostics; spec: Service } {
  const diag = new Diagnostics(doc.file);
  const parts = tceApi3Dialect.detect(doc);
  expect(parts).toHaveLength(1);
  const result = tceApi3Dialect.parse(doc, parts[0]!, diag);
  return { result, diag, spec: result.services[0]! };
}

function fromText(text: string, file = "excerpt.txt"): SourceDocument {
  return decodeSourceDocument(new TextEncoder().encode(text), file);
}

const fixture = readFileSync(here("fixtures/mini-api3.txt"), "utf8");

describe("tce-api3 on an excerpt of 002 (banner, overview, preamble, one action, one structure, error lists)", () => {
  const { result, diag, spec } = parse(fromText(fixture));

  it("reads service, version, endpoint and title from the document", () => {
    expect(spec).toMatchObject({ provider: "tce", service: "vpc", version: "2017-03-12", protocol: "tc3", endpoint: "vpc.api3.finance.cloud.tencent.com", title: "私有网络" });
  });

  it("takes the group heading glued to the first title off the action name (002:14360)", () => {
    expect(spec.actions.map((a) => a.name)).toEqual(["AddIp6Rules"]);
    expect(spec.actions[0]).toMatchObject({ title: "添加IPV6转换规则", category: "IPV6转换服务相关接口", rateLimit: 20, region: "required" });
  });

  it("moves Action/Version/Region into the protocol and keeps the business inputs in order", () => {
    const a = spec.actions[0]!;
    expect(a.input.map((f) => [f.name, f.type, f.required])).toEqual([
      ["Ip6TranslatorId", "string", true],
      ["Ip6RuleName", "string", false],
      ["Ip6RuleInfos", { array: { ref: "Ip6RuleInfo" } }, true],
    ]);
  });

  it("reads a …Set output typed with its item type as a list, and says it inferred that", () => {
    const out = spec.actions[0]!.output;
    expect(out.map((f) => f.name)).toEqual(["Ip6RuleSet", "TaskId", "RequestId"]);
    expect(out[0]!.type).toEqual({ array: "string" });
    expect(diag.items.some((d) => d.code === "type.inferred-list" && d.line === out[0]!.source!.line)).toBe(true);
  });

  it("reads the structure with its referrers (written as a link), required and 允许NULL columns", () => {
    expect(spec.types).toHaveLength(1);
    expect(spec.types[0]).toMatchObject({ name: "Ip6RuleInfo", description: "IPV6转换规则", referencedBy: ["AddIp6Rules"], usage: "input" });
    expect(spec.types[0]!.fields.map((f) => [f.name, f.type, f.required])).toContainEqual(["Vport6", "integer", true]);
  });

  it("reads the common and business error lists, and the preamble's extra common codes", () => {
    const kinds = spec.errors.map((e) => `${e.kind}:${e.code}`);
    expect(kinds).toContain("common:InternalError");
    expect(kinds).toContain("common:UnsupportedRegion");
    expect(kinds).toContain("common:InternalServerError");
    expect(kinds).toContain("business:InvalidInstanceId.AlreadyBindEip");
  });

  it("reads both common parameter tables", () => {
    expect(spec.commonParameters!.map((p) => p.name)).toEqual(
      ["X-TC-Action", "X-TC-Region", "X-TC-Timestamp", "X-TC-Version", "Authorization", "X-TC-Token", "Action", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "Version", "SignatureMethod", "Token"],
    );
    expect(spec.commonParameters!.find((p) => p.name === "X-TC-Timestamp")!.type).toBe("integer");
  });

  it("reports the overview actions that have no section, with the overview line", () => {
    expect(result.coverage[0]!.actionsMissing).toContain("CreateIp6Translators");
    const d = diag.items.find((x) => x.code === "action.missing" && x.message.includes("CreateIp6Translators"));
    expect(d).toMatchObject({ severity: "warning", file: "excerpt.txt", line: 19 });
  });

  it("produces a schema-valid spec without dangling references", () => {
    expect(schemaProblems(spec)).toEqual([]);
    expect(danglingRefs(spec)).toEqual([]);
  });
});

describe("tce-api3 quirks", () => {
  it("reads the traditional-Chinese section headings and table header (002:23220)", () => {
    const text = fixture
      .replace("2. 输入参数", "2. 輸入參數")
      .replace("参数名称\t必选\t允许NULL\t类型\t描述", "參數名稱\t必選\t允許NULL\t類型\t描述")
      .replace("3. 输出参数", "3. 輸出參數")
      .replace("接口请求域名：", "接口請求域名：");
    const { spec } = parse(fromText(text));
    expect(spec.actions[0]!.input.map((f) => f.name)).toEqual(["Ip6TranslatorId", "Ip6RuleName", "Ip6RuleInfos"]);
    expect(spec.endpoint).toBe("vpc.api3.finance.cloud.tencent.com");
  });

  it("matches headings by their full text, not by number: a '2. …' list item in a description is no heading (002:14529)", () => {
    const text = fixture.replace("2. 支持在同一个转换实例下批量添加转换规则", "2. 支持过滤查询");
    const { spec } = parse(fromText(text));
    expect(spec.actions[0]!.description).toContain("2. 支持过滤查询");
    expect(spec.actions[0]!.input).toHaveLength(3);
  });
});

describe("tce-api3 on bad input", () => {
  it("a document cut off after the input header: the action is kept and the missing parts are errors with file:line", () => {
    const cut = fixture.slice(0, fixture.indexOf("Action\t是\t否\tString"));
    const doc = fromText(cut, "cut.txt");
    const { spec, diag } = parse(doc);
    expect(spec.actions.map((a) => a.name)).toEqual(["AddIp6Rules"]);
    const codes = diag.items.filter((d) => d.severity !== "info").map((d) => `${d.file}:${d.line} ${d.code}`);
    const header = doc.lines.findIndex((l) => l.startsWith("参数名称\t必选\t允许NULL")) + 1;
    expect(codes).toContain(`cut.txt:${header} table.empty`);
    expect(codes.some((c) => /action\.output$/.test(c))).toBe(true);
  });

  it("a document without any API 3.0 table is not claimed", () => {
    expect(tceApi3Dialect.detect(fromText("API文档\n\n私有网络 (vpc)\n\n版本 (2017-03-12)\n\n最近更新时间: 2025\n\n只是说明文字\n"))).toEqual([]);
  });
});

describe("tce-api3 on the bundled document 002", () => {
  let spec: Service;
  let result: ParseResult;
  let diag: Diagnostics;
  beforeAll(() => {
    ({ spec, result, diag } = parse(readSourceDocument(BUNDLED, "spec/sources/tce-vpc.txt")));
  });

  it("finds the part from the second 'API文档' banner to the end", () => {
    const doc = readSourceDocument(BUNDLED, "spec/sources/tce-vpc.txt");
    expect(tceApi3Dialect.detect(doc)[0]).toMatchObject({ startLine: 13213, endLine: doc.lines.length });
  });

  it("has all 263 actions of the overview, no duplicates, 179 structures, nothing dangling", () => {
    expect(spec.actions).toHaveLength(263);
    expect(new Set(spec.actions.map((a) => a.name)).size).toBe(263);
    expect(spec.types).toHaveLength(179);
    expect(result.coverage[0]).toMatchObject({ actionsNamed: 263, actionsFound: 263, actionsMissing: [], actionsUnlisted: [], structsDefined: 179, danglingRefs: [] });
    expect(diag.errorCount).toBe(0);
  });

  it("keeps the row counts of the notes: 841 business inputs, 460 outputs (263 RequestId), 1,172 structure members, 1,035 error rows", () => {
    expect(spec.actions.reduce((n, a) => n + a.input.length, 0)).toBe(841);
    expect(spec.actions.reduce((n, a) => n + a.output.length, 0)).toBe(460);
    expect(spec.actions.filter((a) => a.output.some((f) => f.name === "RequestId"))).toHaveLength(263);
    expect(spec.types.reduce((n, t) => n + t.fields.length, 0)).toBe(1172);
    expect(spec.actions.reduce((n, a) => n + a.errors.length, 0)).toBe(1035);
  });

  // The notes count 261 rate lines with a simplified-character regex; the two sections written in
  // traditional characters (默認接口請求頻率限制, 002:20464 and 002:23220) add one 20 and one 10.
  it("reads a rate limit and an endpoint in every one of the 263 sections", () => {
    const rates = new Map<number, number>();
    for (const a of spec.actions) if (a.rateLimit !== undefined) rates.set(a.rateLimit, (rates.get(a.rateLimit) ?? 0) + 1);
    expect(Object.fromEntries(rates)).toEqual({ 20: 135, 100: 118, 10: 9, 30: 1 });
    expect(diag.items.filter((d) => d.code === "action.endpoint")).toHaveLength(0);
  });

  it("has the 26 common and 115 business error codes of the final list (the preamble's extra InternalServerError is a business code there)", () => {
    expect(spec.errors.filter((e) => e.kind === "business")).toHaveLength(115);
    expect(spec.errors.filter((e) => e.kind === "common")).toHaveLength(26);
    expect(spec.errors.filter((e) => e.description === "")).toHaveLength(13);
  });

  it("has no examples, and says so instead of inventing any", () => {
    expect(spec.actions.every((a) => a.examples.length === 0)).toBe(true);
    expect(result.coverage[0]!.examplesRecovered).toBe(0);
    expect(diag.items.some((d) => d.code === "example.none")).toBe(true);
  });

  it("keeps a …Set structure of its own name as one object (SecurityGroupPolicySet)", () => {
    const f = spec.actions.find((a) => a.name === "DescribeSecurityGroupPolicies")!.output.find((x) => x.name === "SecurityGroupPolicySet")!;
    expect(f.type).toEqual({ ref: "SecurityGroupPolicySet" });
  });

  it("is schema-valid and deterministic", () => {
    expect(schemaProblems(spec)).toEqual([]);
    const again = parse(readSourceDocument(BUNDLED, "spec/sources/tce-vpc.txt")).spec;
    expect(JSON.stringify(again)).toBe(JSON.stringify(spec));
  });

  it("matches the golden AddIp6Rules action", () => {
    const golden = JSON.parse(readFileSync(here("golden/AddIp6Rules.json"), "utf8"));
    expect(spec.actions.find((a) => a.name === "AddIp6Rules")).toEqual(golden);
  });

  it("claims nothing in the other bundled documents", () => {
    for (const f of OTHERS) {
      const path = here(`../../../spec/sources/${f}`);
      expect(existsSync(path), path).toBe(true);
      expect(tceApi3Dialect.detect(readSourceDocument(path, f))).toEqual([]);
    }
  });
});

describe("tce-api3 on hostile input (issue 14 item 4)", () => {
  it("marks the usage of a chain of 6,000 structures, each referring to the next, without overflowing the stack", () => {
    const n = 6000;
    let chain = "";
    for (let i = 0; i < n; i++) {
      const row = i < n - 1 ? `Next\t是\t否\tIp6RuleInfoX${i + 1}\t下一个` : "Vport\t是\t否\tInt64\t端口";
      chain += `Ip6RuleInfo${i ? `X${i}` : ""}\n\n说明\n\n被如下接口引用: [AddIp6Rules](#)\n\n名称\t必选\t允许NULL\t类型\t描述\n${row}\n\n`;
    }
    const from = fixture.indexOf("Ip6RuleInfo\n\nIPV6转换规则");
    const to = fixture.indexOf("错误码\n\n最近更新时间: 2025-10-20 17:06:05");
    expect([from, to].every((k) => k > 0)).toBe(true);
    const { spec } = parse(fromText(fixture.slice(0, from) + chain + fixture.slice(to)));
    expect(spec.types).toHaveLength(n);
    expect(spec.types.every((t) => t.usage === "input")).toBe(true);
    expect(spec.types.at(-1)).toMatchObject({ name: `Ip6RuleInfoX${n - 1}`, fields: [{ name: "Vport", type: "integer" }] });
  });
});
