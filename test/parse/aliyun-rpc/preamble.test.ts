// Unit tests of the guide-wide readers (generator/parse/aliyun-rpc/preamble.ts) on excerpts of
// spec/sources/aliyun-apsara-ecs-2014-05-26.txt (004). Fixtures are named '<doc>-<first line>-…'
// and loaded at their document line numbers: ecs-271-overview.txt = 004:271-312 (1.1. API概览,
// three groups), ecs-711-common-parameters.txt = 004:711-773 (1.4. 公共参数).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Vocabulary } from "../../../generator/parse/aliyun-rpc/cells.ts";
import type { Heading } from "../../../generator/parse/aliyun-rpc/outline.ts";
import { readActionParameter, readCommonErrors, readCommonParameters, readCommonResponse, readEndpoint, readOverview, readProduct } from "../../../generator/parse/aliyun-rpc/preamble.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");

/** A fixture (or inline lines) placed at document line `start`; blank lines before it. */
function at(start: number, text: string | string[]): string[] {
  const body = Array.isArray(text) ? text : readFileSync(join(FIXTURES, text), "utf8").replace(/\n$/, "").split("\n");
  return [...Array<string>(start - 1).fill(""), ...body];
}

const heading = (number: string, title: string, line: number, end: number): Heading => ({ number, level: number.split(".").length, title, line, end });

describe("readOverview", () => {
  const lines = at(271, "ecs-271-overview.txt");
  const rows = readOverview(lines, heading("1.1", "API概览", 271, 312));

  it("reads the API⇥描述 rows with their line and the group line before the table, minus 接口信息 (004:275-312)", () => {
    expect(rows).toHaveLength(25);
    expect(rows[0]).toEqual({ name: "RunInstances", description: "创建一台或多台 ECS 实例。", category: "实例", line: 278 });
    expect(rows[24]).toEqual({ name: "DescribeDisks", description: "查询磁盘信息。", category: "磁盘", line: 312 });
    expect(rows.filter((r) => r.category === "实例")).toHaveLength(18);
  });

  it("keeps the group across a repeated header (004:302) and ignores the intro sentence (004:273)", () => {
    expect(rows.filter((r) => r.category === "部署集").map((r) => [r.name, r.line])).toEqual([
      ["CreateDeploymentSet", 300],
      ["DeleteDeploymentSet", 303],
      ["ModifyDeploymentSetAttribute", 304],
      ["DescribeDeploymentSets", 305],
      ["DescribeDeploymentSetTopology", 306],
    ]);
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(["实例", "部署集", "磁盘"]));
  });

  it("takes no rows before a header, no rows without an identifier, and no category when no group line precedes", () => {
    const text = ["1.1. API概览", "StartInstance\t启动实例。", "接口\t描述", "StopInstance\t停止实例。", "停止\t说明", "地域", "API名称\t描述", "DescribeRegions\t查询可用地域列表。\t补充"];
    const read = readOverview(text, heading("1.1", "API概览", 1, text.length));
    expect(read).toEqual([
      { name: "StopInstance", description: "停止实例。", line: 4 },
      { name: "DescribeRegions", description: "查询可用地域列表。 补充", category: "地域", line: 8 },
    ]);
  });
});

describe("readProduct", () => {
  const cover = at(1, ["", "", "ALIBABA CLOUD", "", "阿里云", "", "专有云企业版", "", "云服务器ECS", "开发指南", "", "产品版本：V3.11.0"]); // 004:1-12

  it("takes the line before the guide kind as the title and its Latin tail as the service (004:9-10)", () => {
    expect(readProduct(cover, 43)).toEqual({ title: "云服务器ECS", service: "ecs", line: 9 });
  });

  it("looks only at lines up to the limit, and gives no service for a title without Latin letters", () => {
    expect(readProduct(cover, 10)).toEqual({ title: "云服务器ECS", service: "ecs", line: 9 });
    expect(readProduct(cover, 9)).toBeUndefined();
    expect(readProduct(["封面", "专有网络", "", "API 参考"], 10)).toEqual({ title: "专有网络", line: 2 });
    expect(readProduct(["云服务器ECS", "产品简介"], 10)).toBeUndefined();
  });
});

describe("readCommonParameters", () => {
  const section = heading("1.4", "公共参数", 711, 773);

  it("reads the 公共请求参数 table and the version the Version row states (004:721-730, 723)", () => {
    const diag = new Diagnostics("ecs.txt");
    const common = readCommonParameters(at(711, "ecs-711-common-parameters.txt"), section, "ecs.txt", new Vocabulary([]), diag);
    expect(common.fields.map((f) => [f.name, f.type, f.required, f.source?.line])).toEqual([
      ["Format", "string", false, 722],
      ["Version", "string", true, 723],
      ["AccessKeyId", "string", true, 724],
      ["Signature", "string", true, 725],
      ["SignatureMethod", "string", true, 726],
      ["Timestamp", "string", true, 727],
      ["SignatureVersion", "string", true, 728],
      ["SignatureNonce", "string", true, 729],
      ["ResourceOwnerAccount", "string", false, 730],
    ]);
    expect(common.fields[0]!.description).toBe("返回值的类型，支持JSON与XML。默认为XML。");
    expect(common.names).toEqual(new Set(common.fields.map((f) => f.name)));
    expect(common.version).toEqual({ value: "2014-05-26", line: 723 });
    expect(diag.items).toEqual([]);
  });

  it("falls back to `Version=` of the example URL when no row states the version (004:737)", () => {
    const lines = at(711, "ecs-711-common-parameters.txt");
    lines[722] = "Version\tString\t是\tAPI 版本号，为日期形式：YYYY-MM-DD。";
    const common = readCommonParameters(lines, section, "ecs.txt", new Vocabulary([]), new Diagnostics("ecs.txt"));
    expect(common.version).toEqual({ value: "2014-05-26", line: 737 });
  });

  it("warns, with the section line, when the section has no parameter table", () => {
    const diag = new Diagnostics("ecs.txt");
    const lines = at(711, ["1.4. 公共参数", "", "公共参数分为公共请求参数和公共返回参数。", "错误代码\tHttp 状态码\t错误信息", "Throttling\t400\tToo many requests."]);
    const common = readCommonParameters(lines, heading("1.4", "公共参数", 711, 715), "ecs.txt", new Vocabulary([]), diag);
    expect(common.fields).toEqual([]);
    expect(common.names.size).toBe(0);
    expect(diag.items.map((d) => [d.severity, d.code, d.file, d.line])).toEqual([["warning", "service.common-parameters", "ecs.txt", 711]]);
  });

  it("still reads the version a section without a parameter table states", () => {
    const diag = new Diagnostics("ecs.txt");
    const lines = at(711, ["1.4. 公共参数", "API 版本号，本版本对应为2014-05-26。"]);
    const common = readCommonParameters(lines, heading("1.4", "公共参数", 711, 712), "ecs.txt", new Vocabulary([]), diag);
    expect(common.version).toEqual({ value: "2014-05-26", line: 712 });
    expect(diag.items.map((d) => d.code)).toEqual(["service.common-parameters"]);
  });
});

describe("readCommonResponse", () => {
  it("reads the RequestId sentence of 公共返回参数 as an optional string field (004:749)", () => {
    const field = readCommonResponse(at(711, "ecs-711-common-parameters.txt"), heading("1.4", "公共参数", 711, 773), "ecs.txt");
    expect(field).toEqual({ name: "RequestId", type: "string", required: false, description: "用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。", source: { file: "ecs.txt", line: 749 } });
  });

  it("ignores RequestId in XML and JSON examples and table rows (004:760, 004:769)", () => {
    const lines = ["<RequestId>4C467B38-3910-447D-87BC-AC049166F216</RequestId>  ", '  "RequestId": "4C467B38-3910-447D-87BC-AC049166F216",  ', "RequestId\tString\t请求 ID。"];
    expect(readCommonResponse(lines, heading("1.4", "公共参数", 1, 3), "ecs.txt")).toBeUndefined();
  });
});

describe("readEndpoint and readActionParameter (1.2.2. 请求结构)", () => {
  const lines = at(424, [
    "1.2.2. 请求结构",
    "",
    "服务地址",
    "",
    "ECS API的服务接入地址为：tjv3ecs.example.com。关于如何获取产品的endpoint，请参见[获取endpoint](#)。",
    ...Array<string>(11).fill(""),
    "每个请求都需要指定要执行的操作，即Action参数（例如StartInstance），以及每个操作都需要包含的公共请求参数和指定操作所特有的请求参数。",
  ]);

  it("reads the host of 服务接入地址为：, without the full stop (004:428)", () => {
    expect(readEndpoint(lines, 424, 440)).toEqual({ host: "tjv3ecs.example.com", line: 428 });
    expect(readEndpoint(lines, 429, 440)).toBeUndefined();
  });

  it("reads other spellings: `Endpoint:` and a host in backticks", () => {
    expect(readEndpoint(["Endpoint: ecs.cn-qingdao.example.com"], 1, 1)).toEqual({ host: "ecs.cn-qingdao.example.com", line: 1 });
    expect(readEndpoint(["服务地址是：`ecs-internal.example.com`。"], 1, 1)).toEqual({ host: "ecs-internal.example.com", line: 1 });
    expect(readEndpoint(["服务地址", "请参见获取endpoint。"], 1, 2)).toBeUndefined();
  });

  it("reads the Action parameter from the prose that names it (004:440), but not from a table row", () => {
    expect(readActionParameter(lines, 424, 440, "ecs.txt")).toEqual({
      name: "Action",
      type: "string",
      required: true,
      description: "每个请求都需要指定要执行的操作，即Action参数（例如StartInstance），以及每个操作都需要包含的公共请求参数和指定操作所特有的请求参数。",
      source: { file: "ecs.txt", line: 440 },
    });
    expect(readActionParameter(lines, 424, 439, "ecs.txt")).toBeUndefined();
    expect(readActionParameter(["Action\tString\t是\t即Action参数。"], 1, 1, "ecs.txt")).toBeUndefined();
  });
});

describe("readCommonErrors", () => {
  it("reads the 1.18.4 table as common codes (004:9699-9705)", () => {
    const lines = at(9699, ["1.18.4. 公共错误码", "", "代码说明", "", "错误代码\tHttp 状态码\t错误信息", "IdempotentParameterMismatch\t400\tThe request is retried with updated parameters.", "IllegalTimestamp\t400\tThe input parameter \"Timestamp\" that is mandatory for processing this request is not supplied."]);
    const diag = new Diagnostics("ecs.txt");
    const errors = readCommonErrors(lines, heading("1.18.4", "公共错误码", 9699, 9705), "ecs.txt", diag);
    expect(errors).toEqual([
      { code: "IdempotentParameterMismatch", description: "The request is retried with updated parameters.", httpStatus: 400, kind: "common", source: { file: "ecs.txt", line: 9704 } },
      { code: "IllegalTimestamp", description: 'The input parameter "Timestamp" that is mandatory for processing this request is not supplied.', httpStatus: 400, kind: "common", source: { file: "ecs.txt", line: 9705 } },
    ]);
    expect(diag.items).toEqual([]);
  });

  it("warns, with the section line, when the section has no error table", () => {
    const diag = new Diagnostics("ecs.txt");
    const lines = at(9699, ["1.18.4. 公共错误码", "", "参考[公共错误码](#)。"]);
    expect(readCommonErrors(lines, heading("1.18.4", "公共错误码", 9699, 9701), "ecs.txt", diag)).toEqual([]);
    expect(diag.items.map((d) => [d.severity, d.code, d.line])).toEqual([["warning", "service.common-errors", 9699]]);
  });
});
