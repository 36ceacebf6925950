// Unit tests of the service-wide facts read before the actions (generator/parse/tencent-api3/
// service-info.ts). Fixtures are verbatim excerpts: 'ecm-3090-common-parameters.txt' is 000:3090-3190
// (ECM 公共参数: the v3 table, the GET sample, the page's title block), 'ecm-2975-overview-end-
// endpoints.txt' is 000:2975-3055 (the 请求结构 domain list, finance zone included) and
// 'lighthouse-2572-region-table-page-break.txt' is 003:2572-2621 (地域列表 across a page break).
import { describe, expect, it } from "vitest";
import { parseCommonParameters, parseRegions } from "../../../generator/parse/tencent-api3/service-info.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { fixturePages } from "./helpers.ts";

const lines = (texts: string[], first = 1): CleanLine[] => texts.map((text, i) => ({ text, line: first + i, pageStart: false }));
const HEADER = "参数名称 类型 必选 描述";

describe("parseCommonParameters", () => {
  it("reads the signature v3 table of 公共参数 and stops at the request samples (000:3104-3161)", () => {
    const diag = new Diagnostics("ecm.txt");
    const fields = parseCommonParameters(fixturePages("ecm-3090-common-parameters.txt").lines, { diag, structNames: new Set() });
    expect(fields.map((f) => [f.name, f.type, f.required, f.source?.line])).toEqual([
      ["Action", "string", true, 3106],
      ["Region", "string", false, 3111],
      ["Timestamp", "integer", true, 3116],
      ["Version", "string", true, 3121],
      ["Authorization", "string", true, 3126],
      ["Token", "string", false, 3148],
      ["Language", "string", false, 3156],
    ]);
    expect(fields[0]).toMatchObject({
      description: "HTTP 请求头：X-TC-Action。操作的接口名称。取值参考接口文档输入参数章节关于公共参数 Action 的说明。例如云服务器的查询实例列表接口，取值为 DescribeInstances。",
      source: { file: "ecm.txt", line: 3106 },
    });
    expect(fields[2]!.description).toBe("HTTP 请求头：X-TC-Timestamp。当前 UNIX 时间戳，可记录发起 API 请求的时间。例如 1529223702。注意：如果与服务器时间相差超过5分钟，会引起签名过期错误。");
    // The wrapped sample signature stays in Authorization; the GET sample after '假设…' is not a row.
    expect(fields[4]!.description).toContain("SignedHeaders=content-type;host, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024");
    expect(fields[6]!.description).toBe("HTTP 请求头：X-TC-Language。指定接口返回的语言，仅部分接口支持此参数。取值：zh-CN，en-US。zh-CN返回中文，en-US 返回英文。");
    expect(fields.some((f) => f.description.includes("X-TC-Timestamp: 1539084154"))).toBe(false);
    expect(diag.items).toEqual([]);
  });

  it("reads only the first table: the v1 table after '使用签名方法 v1 的公共参数' is not added (000:3247-3268)", () => {
    const fields = parseCommonParameters(
      lines([HEADER, "Action String 是", "操作的接口名称。", "使用签名方法 v1 的公共参数", HEADER, "Nonce Integer 是 随机正整数，与 Timestamp 联合起来，用于防止重放攻击。"], 3104),
      { diag: new Diagnostics("ecm.txt"), structNames: new Set() },
    );
    expect(fields.map((f) => [f.name, f.description])).toEqual([["Action", "操作的接口名称。"]]);
  });

  it("ends the table at an 'HTTP POST' sample or a '…请求结构示例' line", () => {
    const ctx = { diag: new Diagnostics("x"), structNames: new Set<string>() };
    expect(parseCommonParameters(lines([HEADER, "Action String 是 接口名。", "以下为请求结构示例：", "Nonce Integer 是 随机数。"]), ctx).map((f) => f.name)).toEqual(["Action"]);
    expect(parseCommonParameters(lines([HEADER, "Action String 是 接口名。", "HTTP POST （application/json） 请求结构示例：", "Nonce Integer 是 随机数。"]), ctx).map((f) => f.name)).toEqual(["Action"]);
  });

  it("skips text before the table and returns no field when there is no column header", () => {
    const ctx = { diag: new Diagnostics("x"), structNames: new Set<string>() };
    expect(parseCommonParameters(lines(["公共参数的具体内容会因您使用的签名方法版本不同而有所差异。", "Action String 是 接口名。"]), ctx)).toEqual([]);
    expect(parseCommonParameters([], ctx)).toEqual([]);
    const fields = parseCommonParameters(lines(["使用签名方法 v3 时，公共参数需要统一放到 HTTP Header 请求头部中，如下表所示：", HEADER, "Token String 否 临时凭证。"], 20), ctx);
    expect(fields).toEqual([{ name: "Token", type: "string", required: false, description: "临时凭证。", source: { file: "x", line: 22 } }]);
  });

  it("reports a row typed with a structure the document does not define, naming the parameter and line", () => {
    const diag = new Diagnostics("x.txt");
    const fields = parseCommonParameters(lines([HEADER, "Foo Bar 是", "说明。"], 40), { diag, structNames: new Set() });
    expect(fields.map((f) => [f.name, f.type])).toEqual([["Foo", { ref: "Bar" }]]);
    expect(diag.items).toEqual([
      { severity: "warning", code: "type.undefined", message: "common parameter Foo refers to structure Bar, which the document does not define", file: "x.txt", line: 41 },
    ]);
    const known = new Diagnostics("x.txt");
    parseCommonParameters(lines([HEADER, "Foo Bar 是", "说明。"], 40), { diag: known, structNames: new Set(["Bar"]) });
    expect(known.items).toEqual([]);
  });
});

describe("parseRegions", () => {
  it("reads the regional domains of 请求结构, finance zone included, and skips the nearest-access domain (000:3009-3053)", () => {
    const regions = parseRegions(fixturePages("ecm-2975-overview-end-endpoints.txt").lines, "ecm");
    expect(regions).toHaveLength(18);
    expect(regions[0]).toEqual({ id: "ap-guangzhou", name: "华南地区（广州）", endpoint: "ecm.ap-guangzhou.tencentcloudapi.com" });
    expect(regions.slice(13, 18)).toEqual([
      { id: "na-siliconvalley", name: "美国西部（硅谷）", endpoint: "ecm.na-siliconvalley.tencentcloudapi.com" },
      { id: "sa-saopaulo", name: "南美地区（圣保罗）", endpoint: "ecm.sa-saopaulo.tencentcloudapi.com" },
      { id: "eu-frankfurt", name: "欧洲地区（法兰克福）", endpoint: "ecm.eu-frankfurt.tencentcloudapi.com" },
      { id: "ap-shanghai-fsi", name: "华东地区（上海金融）", endpoint: "ecm.ap-shanghai-fsi.tencentcloudapi.com" },
      { id: "ap-shenzhen-fsi", name: "华南地区（深圳金融）", endpoint: "ecm.ap-shenzhen-fsi.tencentcloudapi.com" },
    ]);
  });

  it("ignores domains of another service", () => {
    expect(parseRegions(fixturePages("ecm-2975-overview-end-endpoints.txt").lines, "cvm")).toEqual([]);
  });

  it("reads the 地域列表 table across a page break with its header repeated, and stops after it (003:2576-2609)", () => {
    const regions = parseRegions(fixturePages("lighthouse-2572-region-table-page-break.txt").lines, "lighthouse");
    expect(regions).toHaveLength(15);
    expect(regions.slice(0, 2)).toEqual([
      { id: "ap-bangkok", name: "亚太东南（曼谷）" },
      { id: "ap-beijing", name: "华北地区（北京）" },
    ]);
    expect(regions.slice(-3)).toEqual([
      { id: "na-ashburn", name: "美国东部（弗吉尼亚）" },
      { id: "na-siliconvalley", name: "美国西部（硅谷）" },
      { id: "sa-saopaulo", name: "南美地区（圣保罗）" },
    ]);
  });

  it("merges the two lists by id: domain-list order first, table-only regions appended without endpoint", () => {
    const regions = parseRegions(
      lines([
        "就近地域接入（推荐，只支持非金融区） cvm.tencentcloudapi.com",
        "华南地区（广州） cvm.ap-guangzhou.tencentcloudapi.com",
        "华东地区（上海） cvm.ap-shanghai.tencentcloudapi.com",
        "地域 取值",
        "华东地区（上海） ap-shanghai",
        "华南地区（深圳金融） ap-shenzhen-fsi",
        "华南地区（广州） ap-guangzhou",
      ]),
      "cvm",
    );
    expect(regions).toEqual([
      { id: "ap-guangzhou", name: "华南地区（广州）", endpoint: "cvm.ap-guangzhou.tencentcloudapi.com" },
      { id: "ap-shanghai", name: "华东地区（上海）", endpoint: "cvm.ap-shanghai.tencentcloudapi.com" },
      { id: "ap-shenzhen-fsi", name: "华南地区（深圳金融）" },
    ]);
  });

  it("adds the endpoint to a region the table listed first, keeping the table's name and place", () => {
    const regions = parseRegions(lines(["地域 取值", "亚太东南（曼谷） ap-bangkok", "说明文字", "曼谷 cvm.ap-bangkok.tencentcloudapi.com"]), "cvm");
    expect(regions).toEqual([{ id: "ap-bangkok", name: "亚太东南（曼谷）", endpoint: "cvm.ap-bangkok.tencentcloudapi.com" }]);
  });

  it("ends the table at the first line that is not a region row", () => {
    const regions = parseRegions(lines(["地域 取值", "华北地区（北京） ap-beijing", "以下文档说明了签名方法 v3 的签名过程", "例如 ap-guangzhou"]), "cvm");
    expect(regions.map((r) => r.id)).toEqual(["ap-beijing"]);
    expect(parseRegions(lines(["华北地区（北京） ap-beijing"]), "cvm")).toEqual([]);
  });
});
