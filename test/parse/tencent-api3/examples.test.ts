import { describe, expect, it } from "vitest";
import { parseExamples, parseGetRequest } from "../../../generator/parse/tencent-api3/examples.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";
import { fixturePages } from "./helpers.ts";

const lines = (texts: string[], first = 1): CleanLine[] => texts.map((text, i) => ({ text, line: first + i, pageStart: false }));

describe("parseGetRequest", () => {
  it("nests flattened keys and drops Action and the common-parameter placeholder", () => {
    expect(parseGetRequest(["https://ecm.tencentcloudapi.com/?Action=DescribeNode", "&Filters.0.Name=InstanceFamily", "&Filters.0.Values.0=SN3ne", "&<公共请求参数>"])).toEqual({
      action: "DescribeNode",
      input: { Filters: [{ Name: "InstanceFamily", Values: ["SN3ne"] }] },
    });
  });
  it("keeps '+' and raw CJK in values, decodes percent escapes", () => {
    expect(parseGetRequest(["GET https://cvm.tencentcloudapi.com/?Action=X", "&Password=a+b", "&ModuleName=智能语音模块", "&Url=wss%3A%2F%2Fh"]).input).toEqual({
      Password: "a+b",
      ModuleName: "智能语音模块",
      Url: "wss://h",
    });
  });
});

describe("parseExamples", () => {
  it("joins a GET value continued on lines without '&', across a page tail (000 ImportCustomImage)", () => {
    const m = fixturePages("ecm-16181-get-continuation.txt");
    const end = m.lines.findIndex((l) => l.text === "5. 开发者资源");
    const diag = new Diagnostics("ecm.txt");
    const out = parseExamples(m.lines.slice(0, end), "ImportCustomImage", diag);
    expect(diag.items).toEqual([]);
    expect(out.examples).toHaveLength(1);
    const ex = out.examples[0]!;
    expect(ex).toMatchObject({ title: "导入自定义镜像", requestForm: "get", source: { file: "ecm.txt", line: 16181 } });
    expect((ex.input.ImageUrls as { ImageFile: string }[]).map((u) => u.ImageFile)).toEqual([
      "https://images-1251557890.cos.ap-chengdu.myqcloud.com/images/img2019080706034135/img2019080706034135.qcow2",
      "https://images-1251557890.cos.ap-chengdu.myqcloud.com/images/img2018091002367608/img2018091002367608.qcow2",
    ]);
    expect(ex.output).toEqual({ Response: { ImageId: "img-c1p90f6q", TaskId: 21, RequestId: "93cba77c-fc19-43fe-9b57-dabe5035ffb7" } });
  });

  it("re-joins a string wrapped inside the response JSON with nothing (000 DescribeInstanceVncUrl)", () => {
    const m = fixturePages("ecm-12475-wrapped-json-string.txt");
    const out = parseExamples(m.lines, "DescribeInstanceVncUrl", new Diagnostics("ecm.txt"));
    const url = (out.examples[0]!.output.Response as { InstanceVncUrl: string }).InstanceVncUrl;
    expect(url).toMatch(/REFCTmFrcy8vUUNPMG0w/);
    expect(url).not.toMatch(/\s/);
  });

  it("recovers a response JSON that a page tail cuts in two (000 DescribeNode)", () => {
    const m = fixturePages("ecm-6631-page-break-mid-json.txt");
    const out = parseExamples(m.lines, "DescribeNode", new Diagnostics("ecm.txt"));
    expect(out.failed).toEqual([]);
    const response = out.examples[0]!.output.Response as { RequestId: string; NodeSet: unknown[] };
    expect(response.RequestId).toBe("187c16d5-1f53-4e88-b684-077f0c7123b2");
    expect(response.NodeSet.length).toBeGreaterThan(0);
    expect(out.examples[0]!.description).toBe("查看地域列表");
  });

  it("reads a POST request, flags an X-TC-Action that names another action (001:11007)", () => {
    const diag = new Diagnostics("cvm.txt");
    const out = parseExamples(
      lines(["示例1 查询所支持的实例机型族信息", "输入示例", "POST / HTTP/1.1", "Host: cvm.tencentcloudapi.com", "Content-Type: application/json", "X-TC-Action: DescribeInstanceFamilyInfos", "<公共请求参数>", "{}", "输出示例", "{", '"Response": {', '"RequestId": "r"', "}", "}"], 11001),
      "DescribeInstanceFamilyConfigs",
      diag,
    );
    expect(out.examples[0]).toMatchObject({ input: {}, output: { Response: { RequestId: "r" } }, requestForm: "post" });
    expect(diag.items).toEqual([expect.objectContaining({ code: "example.action-mismatch", line: 11006, severity: "warning" })]);
  });

  it("reports a response that never closes with its line, and keeps going", () => {
    const diag = new Diagnostics("doc.txt");
    const out = parseExamples(
      lines(["示例1 a", "输入示例", "https://x.tencentcloudapi.com/?Action=A", "输出示例", "{", '"Response": {', "示例2 b", "输入示例", "https://x.tencentcloudapi.com/?Action=A", "输出示例", '{"Response": {"RequestId": "x"}}']),
      "A",
      diag,
    );
    expect(out.recovered).toBe(0);
    expect(out.failed).toHaveLength(1);
    expect(diag.items[0]).toMatchObject({ severity: "warning", code: "example.json", file: "doc.txt" });
    expect(diag.items[0]!.line).toBeGreaterThanOrEqual(5);
  });
});
