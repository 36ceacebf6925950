import { describe, expect, it } from "vitest";
import { parseParameterTable, rowStartPattern } from "../../../generator/parse/tencent-api3/parameter-table.ts";
import { buildField } from "../../../generator/parse/tencent-api3/fields.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";
import { fixturePages, pdfExcerpt } from "./helpers.ts";

const lines = (texts: string[], first = 1): CleanLine[] => texts.map((text, i) => ({ text, line: first + i, pageStart: false }));

describe("parseParameterTable", () => {
  it("reads a row whose 'Array of' type spans three lines (000 RunInstances.ZoneInstanceCountISPSet)", () => {
    const m = fixturePages("ecm-14010-multiline-array-type.txt");
    const t = parseParameterTable(m.lines, "name-required-type", ["ZoneInstanceCountISP"]);
    expect(t.rows.map((r) => r.name)).toEqual(["Version", "Region", "ZoneInstanceCountISPSet", "Password"]);
    const row = t.rows[2]!;
    expect(row).toMatchObject({ indexed: true, required: true, typeWord: "Array of ZoneInstanceCountISP", line: 14015 });
    expect(row.description).toEqual(["需要创建实例的可用区及创建数目及运营商的列表。在单次请求的过程中，单个", "region下的请求创建实例数上限为100"]);
  });

  it("reads 'Array of' + struct split after the required cell (001 DescribeZoneInstanceConfigInfos.Filters)", () => {
    const m = fixturePages("cvm-9900-filter-array-split.txt");
    const t = parseParameterTable(m.lines, "name-required-type", ["Filter"]);
    const filters = t.rows.find((r) => r.name === "Filters")!;
    expect(filters).toMatchObject({ typeWord: "Array of Filter", required: false, line: 9905 });
    expect(filters.description.slice(0, 4)).toEqual(["zone", "按照【可用区】进行过滤。可用区例如：ap-guangzhou-1。", "类型：String", "必选：否"]);
  });

  it("reads 'Timestamp' / 'ISO8601' on two lines in an output-only structure (001 DisasterRecoverGroup.CreateTime)", () => {
    const m = fixturePages("cvm-36325-timestamp-iso8601-split.txt");
    const t = parseParameterTable(m.lines, "name-type", []);
    const row = t.rows.find((r) => r.name === "CreateTime")!;
    expect(row).toMatchObject({ typeWord: "Timestamp ISO8601", line: 36332 });
    expect(row.required).toBeUndefined();
    const field = buildField(row, { diag: new Diagnostics("d"), structNames: new Set() }, "DisasterRecoverGroup.CreateTime", false);
    expect(field.type).toBe("timestamp-iso8601");
    expect(field.description).toBe("分散置放群组创建时间。按照ISO8601标准表示，并且使用UTC时间。格式为：YYYY-MM-DDThh:mm:ssZ。");
    expect(field.example).toBe('"2021-04-27T08:49:34Z"');
    expect(t.rows.map((r) => r.name)).toEqual(["InstanceIds", "CreateTime", "Affinity"]);
  });

  it("reads 必选 glued to the description, and skips a repeated header inside the description (001 Placement.HostIds)", () => {
    const m = fixturePages("cvm-38360-required-glued.txt");
    const t = parseParameterTable(m.lines, "name-type-required", []);
    const row = t.rows.find((r) => r.name === "HostIds")!;
    expect(row).toMatchObject({ typeWord: "Array of String", required: false, line: 38369 });
    expect(row.description[0]).toMatch(/^实例所属的专用宿主机ID列表/);
    expect(row.description).not.toContain("名称 类型 必选 描述");
    expect(row.description.at(-1)).toBe('示例值：["host-o5i742go"]');
    expect(t.rows.map((r) => r.name)).toEqual(["ProjectId", "HostIds", "HostId"]);
  });

  it("continues a row across a page break with the title block and the repeated header removed (001 RunInstances.InstanceType)", () => {
    const m = fixturePages("cvm-8620-page-break-mid-row.txt");
    const t = parseParameterTable(m.lines, "name-required-type", []);
    const row = t.rows.find((r) => r.name === "InstanceType")!;
    expect(row.description.slice(0, 2)).toEqual(["实例机型。不同实例机型指定了不同的资源规格。", "对于付费模式为PREPAID或POSTPAID_BY_HOUR的实例创建，具"]);
    expect(row.description.join("")).not.toMatch(/创建实例|最近更新时间|参数名称/);
  });

  it("does not take a lowercase Filter sub-row or an unknown CamelCase pair for a row", () => {
    const t = parseParameterTable(
      lines(["Filters.N 否 Array of Filter 过滤条件。", "zone String 是否必填：否 （过滤条件）按照可用区过滤。", "IPv6 CIdr Block。"]),
      "name-required-type",
      ["Filter"],
    );
    expect(t.rows.map((r) => r.name)).toEqual(["Filters"]);
    expect(t.rows[0]!.description).toHaveLength(3);
  });

  it("reads a row whose type the document does not define, so that the reference can be reported", () => {
    const diag = new Diagnostics("doc.txt");
    const t = parseParameterTable(lines(["Placement 否 Plaecment 实例位置。"], 40), "name-required-type", []);
    expect(t.rows).toHaveLength(1);
    const f = buildField(t.rows[0]!, { diag, structNames: new Set() }, "RunInstances.Placement");
    expect(f.type).toEqual({ ref: "Plaecment" });
    expect(diag.items).toEqual([expect.objectContaining({ severity: "warning", code: "type.undefined", line: 40 })]);
  });

  it("returns the lines before the first row as stray unless they are the introduction", () => {
    const t = parseParameterTable(lines(["以下请求参数列表仅列出了接口请求参数", "参数名称 必选 类型 描述", "孤立的文字", "Limit 否 Integer 数量"]), "name-required-type", [], (x) => x.startsWith("以下"));
    expect(t.stray.map((l) => l.line)).toEqual([3]);
    expect(t.rows[0]!.name).toBe("Limit");
  });

  it("builds patterns that prefer the longest struct name", () => {
    const p = rowStartPattern("name-type", ["Instance", "InstanceFamilyConfig"]);
    expect(p.strict.exec("Config InstanceFamilyConfig 说明")?.[2]).toBe("InstanceFamilyConfig");
  });
});

describe("rows whose name or type cell is not an identifier (issue 14 item 3)", () => {
  // Shaped like 000 DescribeNode's input rows, with the names and the type cell damaged.
  const table = lines([
    "参数名称 必选 类型 描述",
    "Limit 否 Integer 返回数量。默认值：20",
    "示例值：10",
    "Foo-Bar 否 String 横线名。示例值：x",
    "__proto__ 否 String 原型。默认值：p",
    "Baz 否 Foo; process.exit() 坏类型。",
    "Offset 否 Integer 偏移量。",
  ]);
  const t = parseParameterTable(table, "name-required-type", []);

  it("gives each its own row instead of folding it into the previous row's description", () => {
    expect(t.rows.map((r) => [r.name, r.typeWord, r.required, r.odd, r.line])).toEqual([
      ["Limit", "Integer", false, undefined, 2],
      ["Foo-Bar", "String", false, "name", 4],
      ["__proto__", "String", false, "name", 5],
      ["Baz", "Foo;", false, "type", 6],
      ["Offset", "Integer", false, undefined, 7],
    ]);
    expect(t.rows[0]!.description).toEqual(["返回数量。默认值：20", "示例值：10"]);
  });

  it("keeps the previous row's example and default, and reports the odd name and type", () => {
    const diag = new Diagnostics("t.txt");
    const fields = t.rows.map((r) => buildField(r, { diag, structNames: new Set() }, `X.${r.name}`));
    expect(fields[0]).toMatchObject({ name: "Limit", example: "10", default: "20" });
    expect(fields[2]).toMatchObject({ name: "__proto__", type: "string", default: "p" });
    expect(Object.keys(fields[2]!)).toContain("name");
    expect(diag.items.map((d) => [d.severity, d.code, d.line])).toEqual([
      ["warning", "field.name", 4],
      ["warning", "field.name", 5],
      ["warning", "type.unknown", 6],
    ]);
  });

  it("does not read the Filters description's 'name - String - …' lines (000:17439) as rows", () => {
    const f = parseParameterTable(lines(["Filters.N 否 Array of Filter", "过滤条件。", "vpc-name - String - VPC实例名称。", "tag-key - String -是否必填：否- 按照标签键进行过滤。"]), "name-required-type", ["Filter"]);
    expect(f.rows.map((r) => r.name)).toEqual(["Filters"]);
  });

  it("in output tables, only a known type word after the odd name makes a row", () => {
    const o = parseParameterTable(lines(["RequestId String 唯一请求 ID。", "Foo-Bar String 横线名。", "some-word 说明文字"]), "name-type", []);
    expect(o.rows.map((r) => [r.name, r.typeWord, r.description])).toEqual([
      ["RequestId", "String", ["唯一请求 ID。"]],
      ["Foo-Bar", "String", ["横线名。", "some-word 说明文字"]],
    ]);
  });
});

// Issue 20 constructs 1 and 2: description lines that have the layout of a row are description.
describe("parseParameterTable: description lines that look like rows", () => {
  const table: { construct: string; order: "name-required-type" | "name-type"; given: string; want: { name: string; description: string[] }[] }[] = [
    {
      // Construct 1: list items of a Filters description ('- String - 是否必填：否 -') are not parameters.
      construct: "1: list items inside a Filters description",
      order: "name-required-type",
      given: ["Filters 否 Array of Filter 过滤条件。", "IP - String - 是否必填：否 -（过滤条件）按照IP过滤。", "VpcId - String - 是否必填：否 -（过滤条件）按照VPC过滤。", "Limit 否 Integer 返回数量"].join("\n\n"),
      want: [
        { name: "Filters", description: ["过滤条件。", "IP - String - 是否必填：否 -（过滤条件）按照IP过滤。", "VpcId - String - 是否必填：否 -（过滤条件）按照VPC过滤。"] },
        { name: "Limit", description: ["返回数量"] },
      ],
    },
    {
      // Construct 1: the common Region row keeps its '-' 必选 cell.
      construct: "1: Region - String stays a row",
      order: "name-required-type",
      given: ["Region - String 公共参数，本接口不需要传递此参数。"].join("\n\n"),
      want: [{ name: "Region", description: ["公共参数，本接口不需要传递此参数。"] }],
    },
    {
      // Construct 2: 'VPC ID' on a line of its own is description, and the null note stays with its member.
      construct: "2: 'VPC ID' wrapped onto its own line",
      order: "name-type",
      given: ["VpcId String 所属网络的", "VPC ID", "注意：此字段可能返回 null，表示取不到有效值。", "SubnetId String 子网ID"].join("\n\n"),
      want: [
        { name: "VpcId", description: ["所属网络的", "VPC ID", "注意：此字段可能返回 null，表示取不到有效值。"] },
        { name: "SubnetId", description: ["子网ID"] },
      ],
    },
    {
      // Construct 2: an abbreviation and a CamelCase word wrapped onto a line of their own ('VPC Id',
      // 'NAT Gateway', 'API Name') are description: without a 必选 cell, an undefined type needs a cased name.
      construct: "2: 'VPC Id', 'NAT Gateway' and 'API Name' wrapped onto their own lines",
      order: "name-type",
      given: ["VpcId String 所属网络的", "VPC Id", "注意：此字段可能返回 null，表示取不到有效值。", "GatewayId String 网关，如", "NAT Gateway", "ApiName String 调用的", "API Name", "SubnetId String 子网ID"].join("\n\n"),
      want: [
        { name: "VpcId", description: ["所属网络的", "VPC Id", "注意：此字段可能返回 null，表示取不到有效值。"] },
        { name: "GatewayId", description: ["网关，如", "NAT Gateway"] },
        { name: "ApiName", description: ["调用的", "API Name"] },
        { name: "SubnetId", description: ["子网ID"] },
      ],
    },
    {
      // Construct 2: Latin words then Chinese on a line of their own ('CVM Instance 的ID') are
      // description, in a table without a 必选 cell and in one with it.
      construct: "2: 'CVM Instance 的ID' wrapped onto its own line (name-type)",
      order: "name-type",
      given: ["InstanceId String 所属", "CVM Instance 的ID", "注意：此字段可能返回 null，表示取不到有效值。", "SubnetId String 子网ID"].join("\n\n"),
      want: [
        { name: "InstanceId", description: ["所属", "CVM Instance 的ID", "注意：此字段可能返回 null，表示取不到有效值。"] },
        { name: "SubnetId", description: ["子网ID"] },
      ],
    },
    {
      construct: "2: 'CVM Instance 的ID' and 'Load Balancer 实例' wrapped onto their own lines (name-required-type)",
      order: "name-required-type",
      given: ["InstanceId 是 String 所属", "CVM Instance 的ID", "LoadBalancerId 否 String 所属", "Load Balancer 实例", "Limit 否 Integer 数量"].join("\n\n"),
      want: [
        { name: "InstanceId", description: ["所属", "CVM Instance 的ID"] },
        { name: "LoadBalancerId", description: ["所属", "Load Balancer 实例"] },
        { name: "Limit", description: ["数量"] },
      ],
    },
    {
      // Construct 2: an all-capital member name with a known type is a row (CPU Integer, ISP ISP).
      construct: "2: an all-capital name with a known type stays a row",
      order: "name-type",
      given: ["CPU Integer CPU核数", "ISP ISP 运营商", "GPU Integer GPU核数"].join("\n\n"),
      want: [
        { name: "CPU", description: ["CPU核数"] },
        { name: "ISP", description: ["运营商"] },
        { name: "GPU", description: ["GPU核数"] },
      ],
    },
    {
      // Construct 2: an undefined CamelCase type at the end of its line is still read as a row (to be reported).
      construct: "2: an undefined CamelCase type is still a row",
      order: "name-type",
      given: ["VpcId String 所属网络", "Gateway", "GatewayInfo", "网关"].join("\n\n"),
      want: [
        { name: "VpcId", description: ["所属网络"] },
        { name: "Gateway", description: ["网关"] },
      ],
    },
  ];
  it.each(table)("$construct", ({ order, given, want }) => {
    const t = parseParameterTable(pdfExcerpt(given).lines, order, ["Filter", "ISP"]);
    expect(t.rows.map((r) => ({ name: r.name, description: r.description }))).toEqual(want);
  });

  // Construct 2 where the second word is a structure of the document (`Instance`, `Placement`): the
  // line reads as NAME TYPE DESCRIPTION, but an all-capital name needs a known type and a member
  // name is never a word of one capital letter run followed by Chinese text.
  const withStructs: { construct: string; order: "name-type" | "name-required-type"; given: string; want: { name: string; description: string[] }[] }[] = [
    {
      construct: "2: 'CVM Instance 的ID' where Instance is a structure (name-type)",
      order: "name-type",
      given: ["InstanceId String 所属", "CVM Instance 的ID", "注意：此字段可能返回 null，表示取不到有效值。", "Zone String 可用区"].join("\n\n"),
      want: [
        { name: "InstanceId", description: ["所属", "CVM Instance 的ID", "注意：此字段可能返回 null，表示取不到有效值。"] },
        { name: "Zone", description: ["可用区"] },
      ],
    },
    {
      construct: "2: 'CVM Instance 的ID' where Instance is a structure (name-required-type)",
      order: "name-required-type",
      given: ["InstanceId 是 String 所属", "CVM Instance 的ID", "Limit 否 Integer 数量"].join("\n\n"),
      want: [
        { name: "InstanceId", description: ["所属", "CVM Instance 的ID"] },
        { name: "Limit", description: ["数量"] },
      ],
    },
  ];
  it.each(withStructs)("$construct", ({ order, given, want }) => {
    const t = parseParameterTable(pdfExcerpt(given).lines, order, ["Filter", "Instance", "Placement"]);
    expect(t.rows.map((r) => ({ name: r.name, description: r.description }))).toEqual(want);
  });
});
