// Unit tests of one API 3.0 action section (generator/parse/tencent-api3/action.ts). Fixtures are
// verbatim excerpts named '<doc>-<first line>-<quirk>.txt' (000 = tencentcloud-ecm-2019-07-19.txt),
// cleaned by the page model as the dialect does; shorter cases are lines of the documents, each
// with its own line number, or sections assembled from such lines (said where).
import { describe, expect, it } from "vitest";
import { parseAction, type ActionContext } from "../../../generator/parse/tencent-api3/action.ts";
import { rowStartPattern } from "../../../generator/parse/tencent-api3/parameter-table.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { fixturePages } from "./helpers.ts";

function context(file: string, structs: string[] = []): ActionContext {
  const structNames = new Set(structs);
  return { diag: new Diagnostics(file), structNames, inputPatterns: rowStartPattern("name-required-type", structNames), outputPatterns: rowStartPattern("name-type", structNames) };
}
const lines = (texts: string[], first = 1): CleanLine[] => texts.map((text, i) => ({ text, line: first + i, pageStart: false }));
const codes = (d: Diagnostics) => d.items.map((i) => [i.severity, i.code, i.line]);

/** A minimal section in the shape of 000:8189-8306 (ModifyModuleDisableWanIp), one line per document line. */
function section(intro: string[], input: string[], output = ["参数名称 类型 描述", "RequestId String 唯一请求 ID。"], tail = ["4. 示例", "6. 错误码"]): CleanLine[] {
  return lines(["1. 接口描述", ...intro, "2. 输入参数", "参数名称 必选 类型 描述", ...input, "3. 输出参数", ...output, ...tail], 100);
}
const ACTION_ROW = "Action 是 String 公共参数，本接口取值：ModifyModuleDisableWanIp。";
const VERSION_ROW = "Version 是 String 公共参数，本接口取值：2019-07-19。";
const ENDPOINT = "接口请求域名： ecm.tencentcloudapi.com 。";

describe("parseAction on a whole section (000:8189-8306, ModifyModuleDisableWanIp)", () => {
  const m = fixturePages("ecm-8189-action-whole-section.txt");
  const ctx = context("ecm.txt");
  const parsed = parseAction(m.lines, ctx)!;

  it("reads name, version and endpoint from the Action/Version rows and the 接口请求域名 sentence", () => {
    expect(parsed.action.name).toBe("ModifyModuleDisableWanIp");
    expect(parsed.version).toBe("2019-07-19");
    // `接口请求域名： ecm.tencentcloudapi.com 。`: full-width colon, spaces, a spaced `。`.
    expect(parsed.endpoint).toBe("ecm.tencentcloudapi.com");
    expect(parsed.action.source).toEqual({ file: "ecm.txt", line: 8189 });
  });

  it("keeps the description without the fixed sentences (domain, rate limit, API Explorer boilerplate)", () => {
    expect(parsed.action.description).toBe("修改模块是否禁止分配外网ip的属性。");
    expect(parsed.action.rateLimit).toBe(20);
    expect(parsed.action.title).toBe("");
  });

  it("takes Action, Version and Region out of the input; Region `否 … 不需要传递` is 'none'", () => {
    expect(parsed.action.input.map((f) => [f.name, f.type, f.required, f.source?.line])).toEqual([
      ["ModuleId", "string", true, 8211],
      ["DisableWanIp", "boolean", true, 8213],
    ]);
    expect(parsed.action.region).toBe("none");
  });

  it("reads the output (RequestId's description wrapped over two lines), the example and the error rows; the 开发者资源 boilerplate belongs to nothing", () => {
    expect(parsed.action.output.map((f) => [f.name, f.type, f.required])).toEqual([["RequestId", "string", false]]);
    expect(parsed.action.output[0]!.description).toBe(
      "唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。",
    );
    expect(parsed.action.examples).toEqual([
      {
        title: "修改模块是否禁止分配外网ip",
        input: { ModuleId: "em-0vag13d1", DisableWanIp: "true" },
        output: { Response: { RequestId: "42c0f8c7-a1fb-4ba5-9e5d-fa3447331a12" } },
        requestForm: "get",
        source: { file: "ecm.txt", line: 8226 },
      },
    ]);
    expect(parsed.examples).toMatchObject({ recovered: 1, failed: [] });
    expect(parsed.action.errors.map((e) => [e.code, e.description, e.source?.line])).toEqual([
      ["FailedOperation.InternalOperationFailure", "内部操作错误。", 8300],
      ["InvalidParameter.InvalidDataFormat", "数据格式不正确。", 8302],
      ["InvalidParameterValue.InvalidModuleID", "模块ID不合法。", 8304],
      ["MissingParameter.MissingModuleParameter", "模块操作参数不全。", 8306],
    ]);
    expect(ctx.diag.items).toEqual([]);
  });
});

describe("parseAction: the quirks of the 接口描述 part", () => {
  it("notes a rate-limit sentence printed twice, and keeps the long description with its struct references (000:33859-33926, CreateSecurityGroupPolicies)", () => {
    const m = fixturePages("ecm-33859-action-rate-twice.txt");
    const ctx = context("ecm.txt", ["SecurityGroupPolicySet"]);
    const parsed = parseAction(m.lines, ctx)!;
    expect(parsed.action.name).toBe("CreateSecurityGroupPolicies");
    expect(parsed.action.rateLimit).toBe(20);
    expect(parsed.action.description.startsWith("本接口（CreateSecurityGroupPolicies）用于创建安全组规则（SecurityGroupPolicy）。在 SecurityGroupPolicySet 参数中：")).toBe(true);
    expect(parsed.action.description.endsWith("多条规则的索引必须一致。")).toBe(true);
    expect(parsed.action.description).not.toMatch(/默认接口请求频率限制|API Explorer|接口请求域名/);
    expect(parsed.action.input.map((f) => [f.name, f.type, f.required, f.example])).toEqual([
      ["SecurityGroupId", "string", true, "esg-ohuuioma"],
      ["SecurityGroupPolicySet", { ref: "SecurityGroupPolicySet" }, true, undefined],
    ]);
    // The excerpt ends after the output table: no 示例, no 错误码.
    expect(codes(ctx.diag)).toEqual([
      ["info", "action.rate-repeated", 33895],
      ["info", "example.none", 33859],
      ["warning", "action.errors", 33859],
    ]);
    expect(parsed.action.examples).toEqual([]);
    expect(parsed.action.errors).toEqual([]);
  });

  it("warns when the repeated rate limit differs, and keeps the later one", () => {
    const ctx = context("x.txt");
    const parsed = parseAction(section([ENDPOINT, "默认接口请求频率限制：20次/秒。", "默认接口请求频率限制：10次/秒。"], [ACTION_ROW]), ctx)!;
    expect(parsed.action.rateLimit).toBe(10);
    expect(codes(ctx.diag)).toEqual([["warning", "action.rate", 103]]);
    expect(ctx.diag.items[0]!.message).toContain("10 vs 20");
  });

  it("warns about a section without 接口请求域名 and leaves the endpoint out", () => {
    const ctx = context("x.txt");
    const parsed = parseAction(section(["修改模块是否禁止分配外网ip的属性。"], [ACTION_ROW]), ctx)!;
    expect("endpoint" in parsed).toBe(false);
    expect("version" in parsed).toBe(false);
    expect(parsed.action.description).toBe("修改模块是否禁止分配外网ip的属性。");
    expect(codes(ctx.diag)).toEqual([["warning", "action.endpoint", 100]]);
  });

  it("matches headings by their whole text: a numbered list item in the description is description (shape of 002:14529-14538)", () => {
    const ctx = context("x.txt");
    const parsed = parseAction(section(["1. 支持批量查询", "2. 支持过滤查询"], [ACTION_ROW, "Limit 否 Integer 返回数量"]), ctx)!;
    expect(parsed.action.description).toBe("1. 支持批量查询\n2. 支持过滤查询");
    expect(parsed.action.input.map((f) => f.name)).toEqual(["Limit"]);
  });

  it("warns about a heading printed twice and uses the first (the second is then a stray line of the error table)", () => {
    const ctx = context("x.txt");
    const parsed = parseAction(section([ENDPOINT], [ACTION_ROW], ["参数名称 类型 描述", "RequestId String 唯一请求 ID。"], ["4. 示例", "6. 错误码", "6. 错误码"]), ctx)!;
    expect(parsed.action.name).toBe("ModifyModuleDisableWanIp");
    expect(codes(ctx.diag)).toEqual([
      ["warning", "action.heading", 110],
      ["warning", "error.row", 110],
    ]);
  });
});

describe("parseAction: the common rows of 输入参数", () => {
  it.each([
    // 001:8252, 000:8209, 001:34206
    ["Region 是 String 公共参数，详见产品支持的 地域列表。", "required"],
    ["Region 否 String 公共参数，本接口不需要传递此参数。", "none"],
    ["Region 否 String 公共参数，此参数为可选参数。", "optional"],
  ])("%s → region %s", (row, region) => {
    const parsed = parseAction(section([], [ACTION_ROW, VERSION_ROW, row]), context("x.txt"))!;
    expect(parsed.action.region).toBe(region);
    expect(parsed.action.input).toEqual([]);
  });

  it("keeps a member named Region that is no common parameter (its description does not start with 公共参数)", () => {
    const parsed = parseAction(section([], [ACTION_ROW, "Region 否 String 镜像所在地域。"]), context("x.txt"))!;
    expect(parsed.action.region).toBeUndefined();
    expect(parsed.action.input.map((f) => [f.name, f.description])).toEqual([["Region", "镜像所在地域。"]]);
  });

  it("skips the section, with an error, when the Action row is missing", () => {
    const ctx = context("x.txt");
    expect(parseAction(section([ENDPOINT], [VERSION_ROW, "ModuleId 是 String 模块ID"]), ctx)).toBeUndefined();
    expect(codes(ctx.diag)).toEqual([["error", "action.name", 100]]);
  });

  it("names fields of rows read before the Action row after a '?' (the Action row is always first in the documents)", () => {
    const ctx = context("x.txt");
    const parsed = parseAction(section([], ["ModuleIds.N 是 String 模块ID", ACTION_ROW]), ctx)!;
    expect(parsed.action.input.map((f) => [f.name, f.type])).toEqual([["ModuleIds", "string"]]);
    expect(ctx.diag.items.find((d) => d.code === "field.index")!.message).toMatch(/^\?\.ModuleIds/);
  });
});

describe("parseAction: missing parts", () => {
  it("reports a section without 2. 输入参数 / 3. 输出参数 (and so without an Action row)", () => {
    const ctx = context("x.txt");
    expect(parseAction(lines(["1. 接口描述", ENDPOINT, "修改模块的默认镜像"], 500), ctx)).toBeUndefined();
    expect(codes(ctx.diag)).toEqual([
      ["error", "action.section", 500],
      ["error", "action.section", 500],
      ["error", "action.name", 500],
    ]);
  });

  it("reports an output table with no readable row and the stray line in it", () => {
    const ctx = context("x.txt");
    const parsed = parseAction(section([ENDPOINT], [ACTION_ROW], ["参数名称 类型 描述", "唯一请求 ID。"]), ctx)!;
    expect(parsed.action.output).toEqual([]);
    expect(codes(ctx.diag)).toEqual([
      ["warning", "table.stray-row", 107],
      ["error", "action.output", 105],
    ]);
  });
});

describe("本接口(X) naming another action than the Action row (issue 14 item 8)", () => {
  it("warns at the sentence and keeps the Action row's name (000:27871 says UnassignIpv6Addresses, the row ReleaseIpv6Addresses)", () => {
    const ctx = context("ecm.txt");
    const parsed = parseAction(section([ENDPOINT, "本接口（UnassignIpv6Addresses）用于释放弹性网卡IPv6地址。"], ["Action 是 String 公共参数，本接口取值：ReleaseIpv6Addresses。", VERSION_ROW]), ctx)!;
    expect(parsed.action.name).toBe("ReleaseIpv6Addresses");
    const w = ctx.diag.items.filter((d) => d.code === "action.name-mismatch");
    expect(w.map((d) => [d.severity, d.line])).toEqual([["warning", 102]]);
    expect(w[0]!.message).toContain("UnassignIpv6Addresses");
  });

  it("says nothing when both agree, half-width parentheses included", () => {
    const ctx = context("ecm.txt");
    parseAction(section([ENDPOINT, "本接口(ModifyModuleDisableWanIp)用于修改。"], [ACTION_ROW, VERSION_ROW]), ctx);
    expect(ctx.diag.items.filter((d) => d.code === "action.name-mismatch")).toEqual([]);
  });

  it("a section without its Action row is skipped with an error naming the action its description gives", () => {
    const ctx = context("ecm.txt");
    expect(parseAction(section([ENDPOINT, "本接口（DescribeFoo）用于查询。"], [VERSION_ROW]), ctx)).toBeUndefined();
    expect(ctx.diag.items.find((d) => d.code === "action.name")!.message).toContain("DescribeFoo");
  });
});

describe("an input row named __proto__ (issue 14 item 3)", () => {
  it("is a field of its own, named as written, and the row before it keeps its description", () => {
    const ctx = context("ecm.txt");
    const parsed = parseAction(section([ENDPOINT], [ACTION_ROW, VERSION_ROW, "ModuleId 是 String 模块ID", "__proto__ 否 String 原型。", "示例值：x"]), ctx)!;
    expect(parsed.action.input.map((f) => [f.name, f.type, f.description])).toEqual([
      ["ModuleId", "string", "模块ID"],
      ["__proto__", "string", "原型。"],
    ]);
    expect(Object.getPrototypeOf(parsed.action.input[1])).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(parsed.action.input[1]))).toMatchObject({ name: "__proto__", example: "x" });
    expect(ctx.diag.items.filter((d) => d.code === "field.name").map((d) => d.line)).toEqual([107]);
  });
});

// Issue 20 construct 6: an action without examples numbers the sections after 3. 输出参数 one lower.
describe("parseAction: section headings of an action without examples", () => {
  const table: { given: string[]; want: { output: string[]; errors: string[] } }[] = [
    {
      given: ["4. 开发者资源", "腾讯云 API 平台", "5. 错误码", "错误码 描述", "InvalidParameter 参数错误。"],
      want: { output: ["RequestId"], errors: ["InvalidParameter"] },
    },
    {
      given: ["4. 示例", "5. 开发者资源", "腾讯云 API 平台", "6. 错误码", "错误码 描述", "InvalidParameter 参数错误。"],
      want: { output: ["RequestId"], errors: ["InvalidParameter"] },
    },
  ];
  it.each(table)("$given.0", ({ given, want }) => {
    const ctx = context("x.txt");
    const parsed = parseAction(section([ENDPOINT], [ACTION_ROW, VERSION_ROW], undefined, given), ctx)!;
    expect({ output: parsed.action.output.map((f) => f.name), errors: parsed.action.errors.map((e) => e.code) }).toEqual(want);
    expect(ctx.diag.items.filter((d) => d.code !== "example.none").map((d) => d.code)).toEqual([]);
    expect(parsed.action.output[0]!.description).toBe("唯一请求 ID。");
  });
});
