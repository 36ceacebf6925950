// A JSON example nested 6,000 deep (issue 14 item 4): every dialect reports it as too deep instead
// of putting into the spec a value that JSON.stringify (and every walker of the spec) overflows on.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readExamples } from "../../../generator/parse/aliyun-rpc/examples.ts";
import { parseDocument } from "../../../generator/parse/index.ts";
import { parseExamples } from "../../../generator/parse/tencent-api3/examples.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const DEEP = '"Deep": ' + "[".repeat(6000) + "]".repeat(6000) + ",";

describe("a 6,000-deep JSON example", () => {
  it("API 3.0: an example.json error at the response, and the spec stays printable", () => {
    const texts = ["示例1 查询", "输入示例", "https://ecm.tencentcloudapi.com/?Action=DescribeNode", "&Limit=1", "输出示例", "{", '"Response": {', DEEP, '"RequestId": "r"', "}", "}"];
    const diag = new Diagnostics("ecm.txt");
    const out = parseExamples(texts.map((text, i) => ({ text, line: 100 + i, pageStart: false })), "DescribeNode", diag);
    expect(out.examples).toEqual([]);
    expect(diag.items.map((d) => [d.severity, d.code, d.line])).toEqual([["warning", "example.json", 107]]);
    expect(diag.items[0]!.message).toContain("nested more than 200 levels");
  });

  it("Alibaba RPC: the response example is reported, the request kept", () => {
    // The split-json-example excerpt of 004 (1662-1679), a deep member added to its JSON response.
    const l = readFileSync(here("../aliyun-rpc/fixtures/split-json-example.txt"), "utf8").split("\n");
    l.splice(l.indexOf('  "TotalCount": 2,') + 1, 0, "  " + DEEP);
    const diag = new Diagnostics("ecs.txt");
    const r = readExamples(l, 1, l.length, { file: "ecs.txt", action: "DescribeInstanceStatus", publicParams: new Set(["Version"]), diag });
    expect(() => JSON.stringify(r.examples)).not.toThrow();
    expect(r.examples[0]!.input).toEqual({ RegionId: "cn-hangzhou" });
    expect(diag.items.filter((d) => d.code === "example.json").map((d) => d.message)).toEqual([expect.stringContaining("nested more than 200 levels")]);
  });

  it("legacy V2 PDF (brackets restored from the page): reported, the document's spec printable", () => {
    const cvm = readFileSync(here("../../../spec/sources/tencentcloud-cvm-2017-03-12.txt"), "utf8").split("\n");
    const at = cvm.findIndex((l) => l === '    "code":0,');
    cvm.splice(at + 1, 0, DEEP);
    const r = parseDocument({ file: "cvm.txt", lines: cvm });
    expect(() => JSON.stringify(r.services)).not.toThrow();
    expect(r.diagnostics.items.filter((d) => /nested more than 200 levels/.test(d.message)).map((d) => d.code)).toEqual(["example.json"]);
  });
});
