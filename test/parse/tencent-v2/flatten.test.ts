import { describe, expect, it } from "vitest";
import { foldFlattenedRows, splitFlatName, type FlatRow, type FoldOptions, type RowGroup } from "../../../generator/parse/tencent-v2/flatten.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { Type } from "../../../generator/spec/types.ts";

let line = 0;
const row = (name: string, typeWord: string, required = false): FlatRow => ({ name, typeWord, required, description: `${name} 说明`, line: ++line });
const scalarType = (w: string): Type => (/^int$/i.test(w) ? "integer" : /^bool$/i.test(w) ? "boolean" : "string");
const options = (structPrefix: string, unknownItem: Type = "string"): FoldOptions => ({ file: "doc.txt", structPrefix, what: structPrefix, unknownItem, scalarType });

function fold(groups: RowGroup[], prefix: string, unknownItem: Type = "string") {
  const diag = new Diagnostics("doc.txt");
  return { ...foldFlattenedRows(groups, options(prefix, unknownItem), diag), diag };
}

describe("splitFlatName", () => {
  it("marks indexed segments and rejects what is no name", () => {
    expect(splitFlatName("subnetSet.n.subnetName")).toEqual([{ name: "subnetSet", indexed: true }, { name: "subnetName", indexed: false }]);
    expect(splitFlatName("instanceIds.n")).toEqual([{ name: "instanceIds", indexed: true }]);
    expect(splitFlatName("a.0.b")).toEqual([{ name: "a", indexed: true }, { name: "b", indexed: false }]);
    expect(splitFlatName("n.x")).toBeUndefined();
    expect(splitFlatName("无效 名")).toBeUndefined();
  });
});

describe("foldFlattenedRows", () => {
  it("folds subnetSet.n.* into an array of a named structure and eipIds.n into an array of scalars (002:4649, 11769)", () => {
    const { fields, structs } = fold(
      [{ rows: [row("vpcName", "String", true), row("subnetSet.n", "Array"), row("subnetSet.n.subnetName", "String"), row("subnetSet.n.zoneId", "String"), row("eipIds.n", "String")] }],
      "CreateVpc",
    );
    expect(fields.map((f) => [f.name, f.type, f.required])).toEqual([
      ["vpcName", "string", true],
      ["subnetSet", { array: { ref: "CreateVpcSubnetSet" } }, false],
      ["eipIds", { array: "string" }, false],
    ]);
    expect(structs.map((s) => [s.name, s.fields.map((f) => f.name)])).toEqual([["CreateVpcSubnetSet", ["subnetName", "zoneId"]]]);
    expect(structs[0]!.description).toMatch(/made up from the action and the path/);
  });

  it("reads paths without an index as objects, and an unlisted parent as implicit (data.taskId, 002:7303)", () => {
    const { fields, structs, diag } = fold([{ rows: [row("code", "Int"), row("data.taskId", "Int")] }], "CreateVpnConnResponse", "object");
    expect(fields[1]).toMatchObject({ name: "data", type: { ref: "CreateVpnConnResponseData" } });
    expect(structs[0]!.fields[0]).toMatchObject({ name: "taskId", type: "integer" });
    expect(diag.items.map((d) => d.code)).toEqual(["field.implicit"]);
  });

  it("continues a sub-table path from a deeper field (routeTableSet.n.* under data.n.routeTableSet.n, 002:5580-5596)", () => {
    const { fields, structs } = fold(
      [
        { rows: [row("data.n", "Array"), row("data.n.routeTableId", "String"), row("data.n.routeTableSet.n", "Array")] },
        { caption: { text: "routeTableSet路由策略信息数组", line: 1 }, rows: [row("routeTableSet.n.destinationCidrBlock", "string"), row("routeTableSet.n.nextType", "string")] },
      ],
      "DescribeRouteTableResponse",
    );
    expect(fields[0]!.type).toEqual({ array: { ref: "DescribeRouteTableResponseData" } });
    const data = structs.find((s) => s.name === "DescribeRouteTableResponseData")!;
    expect(data.fields.map((f) => [f.name, f.type])).toEqual([
      ["routeTableId", "string"],
      ["routeTableSet", { array: { ref: "DescribeRouteTableResponseDataRouteTableSet" } }],
    ]);
    expect(structs.find((s) => s.name === "DescribeRouteTableResponseDataRouteTableSet")!.fields.map((f) => f.name)).toEqual(["destinationCidrBlock", "nextType"]);
  });

  it("puts bare members under the field their caption names (privateIpAddressesSet 信息数组：, 002:11204-11214)", () => {
    const { structs } = fold(
      [
        { rows: [row("data.n.privateIpAddressesSet", "Array"), row("data.n.instanceSet", "Object")] },
        { caption: { text: "privateIpAddressesSet 信息数组：", line: 1 }, rows: [row("privateIpAddress", "String"), row("primary", "Bool")] },
        { caption: { text: "instanceSet 信息 :", line: 2 }, rows: [row("instanceId", "String")] },
      ],
      "DescribeNetworkInterfacesResponse",
    );
    const data = structs.find((s) => s.name === "DescribeNetworkInterfacesResponseData")!;
    expect(data.fields.map((f) => [f.name, f.type])).toEqual([
      ["privateIpAddressesSet", { array: { ref: "DescribeNetworkInterfacesResponseDataPrivateIpAddressesSet" } }],
      ["instanceSet", { ref: "DescribeNetworkInterfacesResponseDataInstanceSet" }],
    ]);
  });

  it("gives both fields of `ingress/egress规则成员结构` the members, even one named like a top-level field (002:12535-12555)", () => {
    const { fields, structs } = fold(
      [
        { rows: [row("sgId", "String", true), row("ingress", "Array", true), row("egress", "Array", true)] },
        { caption: { text: "ingress/egress规则成员结构", line: 1 }, rows: [row("ipProtocol", "String"), row("sgId", "String")] },
      ],
      "ModifySecurityGroupPolicys",
    );
    expect(fields.map((f) => f.name)).toEqual(["sgId", "ingress", "egress"]);
    expect(fields[0]!.type).toBe("string");
    expect(structs.map((s) => [s.name, s.fields.map((f) => f.name)])).toEqual([
      ["ModifySecurityGroupPolicysIngress", ["ipProtocol", "sgId"]],
      ["ModifySecurityGroupPolicysEgress", ["ipProtocol", "sgId"]],
    ]);
  });

  it("puts members under a caption naming no field into the last list listed without members (002:12292-12298)", () => {
    const { fields, structs } = fold(
      [
        { rows: [row("networkInterfaceSet", "Array", true)] },
        { caption: { text: "弹性网卡关联安全组数据字段", line: 1 }, rows: [row("networkInterfaceId", "String", true), row("sgIds", "Array", true)] },
      ],
      "ModifySecurityGroupsOfNetworkInterface",
    );
    expect(fields).toHaveLength(1);
    expect(structs[0]!.fields.map((f) => [f.name, f.type, f.required])).toEqual([
      ["networkInterfaceId", "string", true],
      ["sgIds", { array: "string" }, true],
    ]);
  });

  it("reports a repeated row and keeps the first (002:8841/8843)", () => {
    const { diag } = fold([{ rows: [row("data.n.snaptNum", "Int"), row("data.n.snaptNum", "Int")] }], "X");
    expect(diag.items.find((d) => d.code === "field.duplicate")).toMatchObject({ severity: "warning", line: line });
  });

  it("keeps rows whose parent cannot be found at the top level, with a warning", () => {
    const { fields, diag } = fold([{ rows: [row("a", "String")] }, { caption: { text: "说明", line: 9 }, rows: [row("orphan", "String")] }], "X");
    expect(fields.map((f) => f.name)).toEqual(["a", "orphan"]);
    expect(diag.items.some((d) => d.code === "field.parent")).toBe(true);
  });
});

describe("foldFlattenedRows on inconsistent paths", () => {
  it("reports members listed both with and without an index (data.totalNum vs data.n.vpcId, 002:11186-11192)", () => {
    const diag = new Diagnostics("doc.txt");
    const { fields } = foldFlattenedRows(
      [{ rows: [row("data.totalNum", "Int"), row("data.data", "Array")] }, { caption: { text: "data数组：", line: 1 }, rows: [row("data.n.vpcId", "String")] }],
      options("DescribeNetworkInterfacesResponse", "object"),
      diag,
    );
    expect(fields[0]!.type).toEqual({ array: { ref: "DescribeNetworkInterfacesResponseData" } });
    expect(diag.items.find((d) => d.code === "field.shape")).toMatchObject({ severity: "warning", line });
  });
});

describe("foldFlattenedRows on hostile names (issue 14 item 4)", () => {
  it("skips, with a diagnostic, a name of 20,000 dotted parts instead of overflowing the stack; 64 levels still fold", () => {
    const deep = Array.from({ length: 20_000 }, (_, i) => `p${i}`).join(".");
    const ok = Array.from({ length: 64 }, (_, i) => `q${i}`).join(".");
    const { fields, diag } = fold([{ rows: [row(deep, "String"), row("vpcName", "String", true), row(ok, "String")] }], "Deep");
    expect(fields.map((f) => f.name)).toEqual(["vpcName", "q0"]);
    expect(diag.items.filter((d) => d.code === "field.too-deep")).toHaveLength(1);
  });
});
