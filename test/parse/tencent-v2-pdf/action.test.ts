// Unit tests of one legacy action section (generator/parse/tencent-v2-pdf/action.ts) on excerpts of
// spec/sources/tencentcloud-cvm-2017-03-12.txt (001). 'cvm-57820-legacy-eip-sections.txt' is
// 001:57820-57935 verbatim (DeleteEip and ModifyEipAttributes of '云服务器API（旧版）'), cut into
// sections by readSections as the dialect does; shorter cases are lines with their document line numbers.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../../generator/parse/document.ts";
import { isDisplaced, layoutOf, readErrorRows, readExamples, readPreamble, regionEnd, reportLayout } from "../../../generator/parse/tencent-v2-pdf/action.ts";
import { readSections, type Section } from "../../../generator/parse/tencent-v2-pdf/sections.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const START = 57820;
const text = readFileSync(here("fixtures/cvm-57820-legacy-eip-sections.txt"), "utf8").replace(/\n$/, "").split("\n");
const doc: SourceDocument = { file: "cvm.txt", lines: [...new Array<string>(START - 1).fill(""), ...text] };
const pages = readSections(doc, { startLine: START, endLine: doc.lines.length });
const [deleteEip, modifyEip] = pages.sections as [Section, Section];

/** Non-blank lines of a text, numbered from `first` (blank lines count). */
const clean = (t: string, first: number): CleanLine[] =>
  t.split("\n").map((s, i) => ({ text: s.trim(), line: first + i, pageStart: /^ \S/.test(s) })).filter((l) => l.text !== "");

describe("layoutOf / regionEnd", () => {
  it("finds the headings of a 旧版 section without 错误码 (001:57841-57857)", () => {
    const l = layoutOf(deleteEip);
    expect(l).toEqual({ description: 5, input: 6, output: 9, errors: -1, examples: 13 });
    expect([deleteEip.lines[l.input]!.line, deleteEip.lines[l.output]!.line, deleteEip.lines[l.examples]!.line]).toEqual([57843, 57849, 57857]);
    expect(regionEnd(l, l.input, deleteEip.lines.length)).toBe(l.output);
    expect(regionEnd(l, l.output, deleteEip.lines.length)).toBe(l.examples);
    expect(regionEnd(l, l.examples, deleteEip.lines.length)).toBe(deleteEip.lines.length);
  });

  it("accepts 错误码/错误码表 and 示例/示例代码 numbered 4 or 5, in either order (the 2017 pages put 错误码 first)", () => {
    const s: Section = { title: "t", line: 1, lines: clean("1. 接口描述\n2. 输入参数\n3. 输出参数\n4. 错误码表\n5. 示例代码", 1) };
    expect(layoutOf(s)).toEqual({ description: 0, input: 1, output: 2, errors: 3, examples: 4 });
    const t: Section = { title: "t", line: 1, lines: clean("1. 接口描述\n2. 输入参数\n3. 输出参数\n4. 示例\n5. 错误码", 1) };
    expect(layoutOf(t)).toEqual({ description: 0, input: 1, output: 2, errors: 4, examples: 3 });
  });

  it("looks for 3. 输出参数 only after 2. 输入参数, and says -1 for what is missing", () => {
    const s: Section = { title: "t", line: 1, lines: clean("3. 输出参数\n1. 接口描述\n2. 输入参数", 1) };
    expect(layoutOf(s)).toEqual({ description: 1, input: 2, output: -1, errors: -1, examples: -1 });
  });
});

describe("readPreamble", () => {
  it("takes host and 接口名 from the displaced lines above '1. 接口描述' and leaves the 输入/输出 labels out (001:57825-57833)", () => {
    expect(readPreamble(deleteEip, layoutOf(deleteEip))).toEqual({
      host: "eip.api.qcloud.com",
      description: "释放弹性公网IP。",
      cues: [{ where: "接口名", name: "DeleteEip", line: 57827 }],
    });
    expect(readPreamble(modifyEip, layoutOf(modifyEip))).toMatchObject({ host: "eip.api.qcloud.com", cues: [{ where: "接口名", name: "ModifyEipAttributes", line: 57882 }] });
  });

  it("drops a host-only line (host lower-cased), skips the displaced input note, and reads the 本接口 (X) cue (after 001:42342-42344, DescribeInstances of the API 2017 pages)", () => {
    const s: Section = {
      title: "查看实例列表",
      line: 1,
      lines: clean("1. 接口描述\n接口请求域名：CVM.api.qcloud.com\n本接口 (DescribeInstances) 用于查看实例列表。\n以下请求参数列表仅列出了接口请求参数。\n2. 输入参数", 40),
    };
    const p = readPreamble(s, layoutOf(s));
    expect(p.host).toBe("cvm.api.qcloud.com");
    expect(p.description).toBe("本接口 (DescribeInstances) 用于查看实例列表。");
    expect(p.cues.map((c) => [c.name, c.line])).toEqual([["DescribeInstances", 42]]);
  });

  it("takes the host and the 接口名 cue from one line holding both (002:11797 `域名: eip.api.qcloud.com 接口名: DescribeEip`)", () => {
    const s: Section = { title: "查询弹性公网IP列表", line: 1, lines: clean("1. 接口描述\n域名: eip.api.qcloud.com 接口名: DescribeEip\n2. 输入参数", 11796) };
    const p = readPreamble(s, layoutOf(s));
    expect(p.host).toBe("eip.api.qcloud.com");
    expect(p.cues).toContainEqual({ where: "接口名", name: "DescribeEip", line: 11797 });
    expect(p.description).toBe("");
  });

  it("keeps neither a host in backticks nor its closing backtick in the description", () => {
    const s: Section = { title: "查询", line: 1, lines: clean("1. 接口描述\n本接口用于查询。\n接口请求域名：`eip.api.qcloud.com`\n2. 输入参数", 100) };
    const p = readPreamble(s, layoutOf(s));
    expect(p.host).toBe("eip.api.qcloud.com");
    expect(p.description).toBe("本接口用于查询。");
  });

  it("stops at 3. 输出参数 when there is no 2. 输入参数", () => {
    const s: Section = { title: "t", line: 1, lines: clean("1. 接口描述\n查询配额。\n3. 输出参数\n不是描述", 1) };
    expect(readPreamble(s, layoutOf(s)).description).toBe("查询配额。");
  });
});

describe("isDisplaced", () => {
  it.each(["输入", "输出：", "以下请求参数列表仅列出了接口请求参数。", "以下错误码表列出了调用该接口时可能出现的错误码。", "其中 instanceSet 包含了多个实例信息", "InternetAccessible 结构："])("%s is a displaced line", (t) => {
    expect(isDisplaced(t)).toBe(true);
  });
  it.each(["释放弹性公网IP。", "eipIds.n 是 String EIP 实例 ID 列表", "1. 接口描述"])("%s is not", (t) => {
    expect(isDisplaced(t)).toBe(false);
  });
});

describe("readErrorRows", () => {
  it("joins a code wrapped at the page width (`…RequestConcurrencyExcee` / `ded`) and wrapped descriptions (001:41915-41936)", () => {
    const lines = clean(
      [
        "差不能超过5分钟。",
        "",
        "InvalidRequest.UnsupportedProtocol 协议不支持 协议不支持，当前 API 仅支持 HTTPS 协议，不支持 HTTP 协议。",
        "",
        "InternalError.ResourceOpFailed 资源操作失败",
        "对资源的操作失败，具体错误信息请查看错误描述 message 字段，稍后重试",
        "",
        "或者联系客服人员帮忙解决。",
        "",
        "InternalError 服务器内部错误 服务器内部出现错误，请稍后重试或者联系客服人员帮忙解决。",
        "",
        "InvalidAction.NotFound 版本暂不支持",
        "本版本内不支持此接口或该接口处于维护状态等。注意: 出现这个错误时, 请先",
        "",
        "确定接口的域名是否正确，不同的模块，域名可能不一样。",
        "",
        "InvalidAction.ActionUnavailable 接口暂时无法访问 当前接口处于停服维护状态，请稍后重试。",
        "",
        "InvalidRequest.RequestConcurrencyExcee",
        "",
        "ded",
        "接口请求超过并发限制 当前接口请求量超过 qps 限制，请稍后重试。",
      ].join("\n"),
      41915,
    );
    const rows = readErrorRows(lines, "cvm.txt");
    expect(rows.map((r) => [r.code, r.source?.line])).toEqual([
      ["InvalidRequest.UnsupportedProtocol", 41917],
      ["InternalError.ResourceOpFailed", 41919],
      ["InternalError", 41924],
      ["InvalidAction.NotFound", 41926],
      ["InvalidAction.ActionUnavailable", 41931],
      // The source line of a wrapped code is the line of its tail.
      ["InvalidRequest.RequestConcurrencyExceeded", 41935],
    ]);
    expect(rows[1]!.description).toBe("资源操作失败对资源的操作失败，具体错误信息请查看错误描述 message 字段，稍后重试或者联系客服人员帮忙解决。");
    expect(rows[5]!.description).toBe("接口请求超过并发限制 当前接口请求量超过 qps 限制，请稍后重试。");
  });

  it("skips the header and keeps a code listed twice (001:52819-52829, RunInstances 错误码)", () => {
    const rows = readErrorRows(
      clean("错误码 描述\n\nInvalidParameter.InvaildZoneId zoneId 不合法\n\nOperationFail.SystemBusy 资源购买繁忙\n\nInvalidParameter.PasswordNotConformSpecs 密码不合规范\n\nInvalidParameter.InvaildZoneId zoneId 不合法", 52821),
      "cvm.txt",
    );
    expect(rows.map((r) => [r.code, r.description, r.source?.line])).toEqual([
      ["InvalidParameter.InvaildZoneId", "zoneId 不合法", 52823],
      ["OperationFail.SystemBusy", "资源购买繁忙", 52825],
      ["InvalidParameter.PasswordNotConformSpecs", "密码不合规范", 52827],
      ["InvalidParameter.InvaildZoneId", "zoneId 不合法", 52829],
    ]);
  });

  it("reads numeric codes, and does not take an all-capitals word or a lowercase word starting a continuation for a code", () => {
    const rows = readErrorRows(clean("4100 鉴权失败\nInvalidParameterValue.VpcIdMalformed\nVPC IDxxx不合要求，请提供规范的Vpc ID， 类似vpc-\nxxxxxxxx，字母x代表小写字符或者数字。\n9003 资源不足", 1), "x");
    expect(rows.map((r) => [r.code, r.description])).toEqual([
      ["4100", "鉴权失败"],
      ["InvalidParameterValue.VpcIdMalformed", "VPC IDxxx不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。"],
      ["9003", "资源不足"],
    ]);
  });
});

describe("readExamples", () => {
  it("reads the GET request of a 旧版 example without Action= in its URL (001:57916-57922, ModifyEipAttributes)", () => {
    const l = layoutOf(modifyEip);
    const r = readExamples(doc, modifyEip.lines.slice(l.examples + 1), pages.kept, 57935, "ModifyEipAttributes", []);
    expect(r.failed).toEqual([]);
    expect(r.actions).toEqual([]);
    expect(r.hosts).toEqual(["eip.api.qcloud.com"]);
    expect(r.examples).toHaveLength(1);
    expect(r.examples[0]).toMatchObject({ title: "ModifyEipAttributes 示例", input: { eipId: "eip-p2x6wxc0", eipName: "test1111" }, requestForm: "get", source: { file: "cvm.txt", line: 57916 } });
    // 001:57924-57930: the members are printed above the braces the PDF moved; they are the response.
    expect(r.examples[0]!.output).toEqual({ code: 0, message: "" });
    expect(r.repairedBraces).toBe(1);
  });

  it("unflattens `eipIds.0=` into an array and drops the input keys it is told to (001:57859-57863, DeleteEip)", () => {
    const l = layoutOf(deleteEip);
    const lines = deleteEip.lines.slice(l.examples + 1);
    expect(readExamples(doc, lines, pages.kept, 57876, "DeleteEip", []).examples[0]!.input).toEqual({ eipIds: ["eip-gzc5rgr2"] });
    expect(readExamples(doc, lines, pages.kept, 57876, "DeleteEip", ["eipIds"]).examples[0]!.input).toEqual({});
  });

  it("numbers several examples, names the Action of each URL, and reports a request without a response", () => {
    const raw = [
      "https://cvm.api.qcloud.com/v2/index.php?Action=DescribeInstances",
      "&Version=2017-03-12",
      "&Limit=1",
      "{",
      '"Response": {',
      '"TotalCount": 0,',
      '"RequestId": "6EF60BEC-0242-43AF-BB20-270359FB54A7"',
      "}",
      "}",
      "https://cvm.api.qcloud.com/v2/index.php?Action=DescribeInstances",
      "&Offset=1",
    ];
    const d: SourceDocument = { file: "x.txt", lines: ["", ...raw] };
    const lines = raw.map((t, i) => ({ text: t, line: i + 2, pageStart: false }));
    const r = readExamples(d, lines, new Set(lines.map((l) => l.line)), d.lines.length, "DescribeInstances", ["Version"]);
    expect(r.actions).toEqual([
      { name: "DescribeInstances", line: 2 },
      { name: "DescribeInstances", line: 11 },
    ]);
    expect(r.examples).toEqual([
      {
        title: "DescribeInstances 示例1",
        input: { Limit: "1" },
        output: { Response: { TotalCount: 0, RequestId: "6EF60BEC-0242-43AF-BB20-270359FB54A7" } },
        requestForm: "get",
        source: { file: "x.txt", line: 2 },
      },
    ]);
    expect(r.failed).toEqual([{ line: 11, reason: "DescribeInstances: no response example after the request" }]);
    expect(r.repairedBraces).toBe(0);
  });

  const readRaw = (raw: string[], dropInput: string[] = []) => {
    const d: SourceDocument = { file: "x.txt", lines: ["", ...raw] };
    const lines = raw.map((t, i) => ({ text: t, line: i + 2, pageStart: false }));
    return readExamples(d, lines, new Set(lines.map((l) => l.line)), d.lines.length, "X", dropInput);
  };

  it("keeps request lines that a page break printed after the 输出 label (001:42725-42752, DescribeInstancesStatus)", () => {
    const r = readRaw([
      "https://cvm.api.qcloud.com/v2/index.php?Action=DescribeInstancesStatus",
      "&Version=2017-03-12",
      "&Limit=2",
      "输出",
      "&<公共请求参数>",
      "&Offset=0",
      "{",
      '"Response": { "TotalCount": 2 }',
      "}",
    ], ["Version"]);
    expect(r.failed).toEqual([]);
    expect(r.examples.map((e) => [e.input, e.output])).toEqual([[{ Limit: "2", Offset: "0" }, { Response: { TotalCount: 2 } }]]);
  });

  it("ends a response before the next example's 示例2 heading and 说明 notes (001:43330-43372, RunInstances)", () => {
    const r = readRaw([
      "https://cvm.api.qcloud.com/v2/index.php?Action=RunInstances",
      "&ImageId=img-pmqg1cw7",
      "返回参数",
      "{",
      '"Response": { "InstanceIdSet": ["ins-1vogaxgk"] }',
      "}",
      "示例2",
      "说明：",
      "包年包月实例购买：",
      "https://cvm.api.qcloud.com/v2/index.php?Action=RunInstances",
      "&ImageId=img-2",
      "{",
      '"Response": { "InstanceIdSet": ["ins-2"] }',
      "}",
    ]);
    expect(r.failed).toEqual([]);
    expect(r.examples.map((e) => [e.title, e.input, e.output])).toEqual([
      ["X 示例1", { ImageId: "img-pmqg1cw7" }, { Response: { InstanceIdSet: ["ins-1vogaxgk"] } }],
      ["X 示例2", { ImageId: "img-2" }, { Response: { InstanceIdSet: ["ins-2"] } }],
    ]);
  });

  it("reports a response that is not a JSON object", () => {
    const raw = ["https://cvm.api.qcloud.com/v2/index.php?Action=DescribeRegions", "[", '"ap-guangzhou"', "]"];
    const d: SourceDocument = { file: "x.txt", lines: raw };
    const lines = raw.map((t, i) => ({ text: t, line: i + 1, pageStart: false }));
    const r = readExamples(d, lines, new Set([1, 2, 3, 4]), 4, "DescribeRegions", []);
    expect(r.examples).toEqual([]);
    expect(r.failed).toEqual([{ line: 2, reason: "DescribeRegions: the response example is not a JSON object" }]);
  });
});

describe("reportLayout", () => {
  it("reports a section cut off before its input and output tables", () => {
    const diag = new Diagnostics("cvm.txt");
    const s: Section = { title: "释放弹性公网IP", line: 57822, lines: clean("1. 接口描述\n释放弹性公网IP。", 57841) };
    reportLayout(layoutOf(s), s, "DeleteEip", diag);
    expect(diag.items.map((d) => [d.severity, d.code, d.line])).toEqual([
      ["error", "action.input", 57822],
      ["error", "action.output", 57822],
    ]);
    const ok = new Diagnostics("cvm.txt");
    reportLayout(layoutOf(deleteEip), deleteEip, "DeleteEip", ok);
    expect(ok.items).toEqual([]);
  });
});
