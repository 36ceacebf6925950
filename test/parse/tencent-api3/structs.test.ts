// Unit tests of the 数据结构 reader (generator/parse/tencent-api3/structs.ts). Fixtures are verbatim
// excerpts named '<doc>-<first line>-<quirk>.txt' (000 = tencentcloud-ecm-2019-07-19.txt, 001 =
// tencentcloud-cvm-2017-03-12.txt), cleaned by the page model as the dialect does.
import { describe, expect, it } from "vitest";
import { findStructs, parseStructs } from "../../../generator/parse/tencent-api3/structs.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { fixturePages, pdfExcerpt } from "./helpers.ts";

const lines = (texts: string[], first = 1): CleanLine[] => texts.map((text, i) => ({ text, line: first + i, pageStart: false }));
const codes = (d: Diagnostics) => d.items.map((i) => [i.severity, i.code, i.line]);

describe("findStructs", () => {
  it("finds the name above a header block that a page break cut, with the title block removed (000:38532-38540 AddressInfo)", () => {
    const m = fixturePages("ecm-38524-struct-header-page-break.txt");
    const diag = new Diagnostics("ecm.txt");
    const sk = findStructs(m.lines, diag);
    expect(sk.map((s) => [s.name, m.lines[s.nameIndex]!.line, s.description, s.referencedBy])).toEqual([
      // 38534/38535 (数据结构 / 最近更新时间) are the title block; 38536 starts the next page.
      ["AddressInfo", 38532, ["ip地址相关信息结构体。"], ["DescribeInstances"]],
      ["AddressTemplateSpecification", 38557, ["IP地址模板"], ["CreateSecurityGroupPolicies", "DeleteSecurityGroupPolicies", "DescribeSecurityGroupPolicies", "ModifySecurityGroupPolicies", "ReplaceSecurityGroupPolicy"]],
      ["Area", 38577, ["区域信息"], ["DescribeInstances", "DescribeLoadBalancers", "DescribeNode"]],
      ["AssistantCidr", 38589, ["VPC辅助CIDR信息。"], ["CreateVpc", "DescribeVpcs"]],
    ]);
    // The body starts after the referrer list: at the column header.
    expect(sk.map((s) => m.lines[s.bodyIndex]!.text)).toEqual(["名称 类型 描述", "名称 类型 必选 描述", "名称 类型 描述", "名称 类型 描述"]);
    expect(diag.items).toEqual([]);
  });

  it("walks back over a ten-line description with a query-string example, and joins a referrer list wrapped over four lines (001:36440-36467 Filter)", () => {
    const m = fixturePages("cvm-36425-struct-long-description.txt");
    const sk = findStructs(m.lines, new Diagnostics("cvm.txt"));
    const filter = sk[0]!;
    expect(filter.name).toBe("Filter");
    expect(m.lines[filter.nameIndex]!.line).toBe(36440);
    expect(filter.description).toHaveLength(10);
    expect(filter.description.at(-1)).toBe("&Filters.1.Values.1=POSTPAID_BY_HOUR");
    expect(filter.referencedBy).toHaveLength(14);
    expect(filter.referencedBy.slice(-3)).toEqual(["DescribeReservedInstancesConfigInfos", "DescribeReservedInstancesOfferings", "DescribeZoneInstanceConfigInfos"]);
    expect(m.lines[filter.bodyIndex]!.line).toBe(36469);
    expect(sk.map((s) => s.name)).toEqual(["Filter", "GPUInfo"]);
  });

  it("reports a referrer line with no structure name above it, and does not look into the previous structure's rows", () => {
    const diag = new Diagnostics("x");
    const sk = findStructs(lines(["Area", "区域信息", "被如下接口引用：DescribeNode。", "名称 类型 描述", "AreaId String 区域ID", "区域名称说明", "被如下接口引用：CreateVpc。"], 100), diag);
    expect(sk.map((s) => s.name)).toEqual(["Area"]);
    expect(codes(diag)).toEqual([["error", "struct.name", 106]]);
  });

  it("stops a referrer list without its final '。' at the column header, and accepts an ASCII colon and separators ，、", () => {
    const sk = findStructs(lines(["Placement", "描述了实例的抽象位置", "被如下接口引用: RunInstances，DescribeInstances、", "AllocateHosts", "名称 类型 必选 描述", "Zone String 是"]), new Diagnostics("x"));
    expect(sk).toEqual([{ name: "Placement", nameIndex: 0, description: ["描述了实例的抽象位置"], referencedBy: ["RunInstances", "DescribeInstances", "AllocateHosts"], bodyIndex: 4 }]);
  });
});

describe("parseStructs", () => {
  it("reads output-only structures (名称 类型 描述) with references and null notes, and an input structure (名称 类型 必选 描述) with 必选 (000:38532-38600)", () => {
    const m = fixturePages("ecm-38524-struct-header-page-break.txt");
    const diag = new Diagnostics("ecm.txt");
    const structNames = new Set(["AddressInfo", "AddressTemplateSpecification", "Area", "AssistantCidr", "PublicIPAddressInfo", "PrivateIPAddressInfo"]);
    const structs = parseStructs(m.lines, { diag, structNames });
    expect(structs.map((s) => [s.name, s.usage, s.source?.line])).toEqual([
      ["AddressInfo", "output", 38532],
      ["AddressTemplateSpecification", "input", 38557],
      ["Area", "output", 38577],
      ["AssistantCidr", "output", 38589],
    ]);
    const [info, template, area, cidr] = structs;
    expect(info!.fields.map((f) => [f.name, f.type, f.required, f.nullable, f.source?.line])).toEqual([
      ["PublicIPAddressInfo", { ref: "PublicIPAddressInfo" }, false, true, 38542],
      ["PrivateIPAddressInfo", { ref: "PrivateIPAddressInfo" }, false, true, 38547],
      // A member named differently from its type (000:38552).
      ["PublicIPv6AddressInfo", { ref: "PublicIPAddressInfo" }, false, true, 38552],
    ]);
    expect(info!.fields[0]!.description).toBe("实例的外网ip相关信息。");
    expect(template!.fields.map((f) => [f.name, f.type, f.required, f.example])).toEqual([
      ["AddressId", "string", true, "eipm-2uw6ujo6"],
      ["AddressGroupId", "string", true, "eipmg-2uw6ujo6"],
    ]);
    expect(area!.fields.map((f) => [f.name, f.description])).toEqual([
      ["AreaId", "区域ID"],
      ["AreaName", "区域名称"],
    ]);
    // The rows of the previous structure above the first name (PayMode, 000:38524) belong to no structure here.
    expect(structs.flatMap((s) => s.fields.map((f) => f.name))).not.toContain("PayMode");
    expect(cidr!.fields).toHaveLength(1);
    expect(diag.items).toEqual([]);
  });

  it("joins a multi-line description, reads an Array of String member and a Python-style example as text (001:36440-36500)", () => {
    const m = fixturePages("cvm-36425-struct-long-description.txt");
    const diag = new Diagnostics("cvm.txt");
    const [filter, gpu] = parseStructs(m.lines, { diag, structNames: new Set(["Filter", "GPUInfo", "StorageBlock"]) });
    expect(filter!.description).toBe(
      "描述键值对过滤器，用于条件过滤查询。例如过滤ID、名称、状态等若存在多个Filter时，Filter间的关系为逻辑与（AND）关系。若同一个Filter存在多个Values，同一Filter下Values间的关系为逻辑或（OR）关系。以DescribeInstances接口的 Filter为例。若我们需要查询可用区（ zone）为广州一区 并且 实例计费模式（ instance-charge-type）为包年包月 或者 按量计费的实例时，可如下实现：Filters.0.Name=zone &Filters.0.Values.0=ap-guangzhou-1 &Filters.1.Name=instance-charge-type &Filters.1.Values.0=PREPAID &Filters.1.Values.1=POSTPAID_BY_HOUR",
    );
    expect(filter!.usage).toBe("input");
    expect(filter!.fields.map((f) => [f.name, f.type, f.required, f.example])).toEqual([
      ["Name", "string", true, "zone"],
      ["Values", { array: "string" }, true, '["ap-guangzhou-2"]'],
    ]);
    expect(gpu!.usage).toBe("output");
    expect(gpu!.fields.map((f) => [f.name, f.type, f.required, f.example])).toEqual([
      ["GPUCount", "float", false, "1"],
      ["GPUId", { array: "string" }, false, "['0000:18:00.0','0000:18:00.1']"],
      ["GPUType", "string", false, undefined],
    ]);
    expect(diag.items).toEqual([]);
  });

  it("reports a structure without a column header, and takes it for output-only", () => {
    const diag = new Diagnostics("x");
    const [s] = parseStructs(lines(["Area", "区域信息", "被如下接口引用：DescribeNode。", "AreaId String 区域ID"], 10), { diag, structNames: new Set(["Area"]) });
    expect(s).toMatchObject({ name: "Area", usage: "output", referencedBy: ["DescribeNode"] });
    expect(codes(diag)).toEqual([["error", "struct.table", 10]]);
    expect(diag.items[0]!.message).toBe("structure Area has no column header ('名称 类型 描述'): 1 member rows read as a table without 必选 (all optional)");
    expect(s!.fields.map((f) => [f.name, f.required])).toEqual([["AreaId", false]]);
  });

  it("reports a header with no readable row, and the stray lines under it", () => {
    const diag = new Diagnostics("x");
    const [s] = parseStructs(lines(["Area", "区域信息", "被如下接口引用：DescribeNode。", "名称 类型 描述", "区域ID的说明"], 10), { diag, structNames: new Set(["Area"]) });
    expect(s!.fields).toEqual([]);
    expect(codes(diag)).toEqual([
      ["warning", "table.stray-row", 14],
      ["warning", "struct.empty", 13],
    ]);
  });

  it("keeps the first of two structures with one name and reports the second", () => {
    const diag = new Diagnostics("x");
    const text = ["Area", "区域信息", "被如下接口引用：DescribeNode。", "名称 类型 描述", "AreaId String 区域ID", "Area", "区域信息（重复）", "被如下接口引用：DescribeZones。", "名称 类型 描述", "AreaName String 区域名称"];
    const structs = parseStructs(lines(text, 20), { diag, structNames: new Set(["Area"]) });
    expect(structs.map((s) => [s.name, s.description, s.fields.map((f) => f.name)])).toEqual([["Area", "区域信息", ["AreaId"]]]);
    expect(codes(diag)).toEqual([["error", "struct.duplicate", 25]]);
  });

  it("takes ready skeletons instead of finding them again", () => {
    const text = lines(["Area", "区域信息", "被如下接口引用：DescribeNode。", "名称 类型 描述", "AreaId String 区域ID"]);
    const sk = findStructs(text, new Diagnostics("x")).map((s) => ({ ...s, name: "Renamed" }));
    expect(parseStructs(text, { diag: new Diagnostics("x"), structNames: new Set(["Area"]) }, sk).map((s) => s.name)).toEqual(["Renamed"]);
  });
});

// Issue 20 constructs 3 and 4: where a structure's name is, whatever its description looks like.
describe("findStructs: the name above a description", () => {
  const table: { construct: string; given: string; want: { name: string; description: string[] }[]; errors?: number }[] = [
    {
      // Construct 3: a description that is a bare identifier is not the name.
      construct: "3: bare identifier description",
      given: ["MetricValue", "MetricValueMC", "被如下接口引用：GetMonitorMetric。", "名称 类型 描述", "Value Float 值", "GetMonitorMetricResult", "GetMonitorMetricResponse", "被如下接口引用：GetMonitorMetric。"].join("\n\n"),
      want: [
        { name: "MetricValue", description: ["MetricValueMC"] },
        { name: "GetMonitorMetricResult", description: ["GetMonitorMetricResponse"] },
      ],
    },
    {
      // Construct 4: a description of more than 12 lines (a table, JSON, a list) keeps its name.
      construct: "4: long description",
      given: ["Filter", "过滤条件，形如：", "名称 取值", ...Array.from({ length: 10 }, (_, i) => `zone-${i} ap-guangzhou-${i}`), '{"Name": "zone"}', "被如下接口引用：DescribeInstances。", "名称 类型 必选 描述", "Name String 是 过滤键"].join("\n\n"),
      want: [{ name: "Filter", description: ["过滤条件，形如：", "名称 取值", ...Array.from({ length: 10 }, (_, i) => `zone-${i} ap-guangzhou-${i}`), '{"Name": "zone"}'] }],
    },
    {
      // Construct 4: with no name line at all, the referrer line is still reported, not dropped.
      construct: "4: a description with no bare line at all is still reported",
      given: ["过滤条件", "被如下接口引用：DescribeInstances。"].join("\n\n"),
      want: [],
      errors: 1,
    },
  ];
  it.each(table)("$construct", ({ given, want, errors }) => {
    const diag = new Diagnostics("x");
    const lines = pdfExcerpt(given).lines;
    expect(findStructs(lines, diag).map((s) => ({ name: s.name, description: s.description }))).toEqual(want);
    expect(diag.items.filter((d) => d.severity === "error")).toHaveLength(errors ?? 0);
  });
});
