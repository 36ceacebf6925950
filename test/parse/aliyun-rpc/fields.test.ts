// Unit tests of the parameter-row reader (generator/parse/aliyun-rpc/fields.ts) on rows copied from
// spec/sources/aliyun-apsara-ecs-2014-05-26.txt (004), at their document line numbers.
import { describe, expect, it } from "vitest";
import { Vocabulary } from "../../../generator/parse/aliyun-rpc/cells.ts";
import { fieldsFromRows, readType, TypeRegistry, type FieldContext } from "../../../generator/parse/aliyun-rpc/fields.ts";
import { columnsOf, type ParamColumns } from "../../../generator/parse/aliyun-rpc/tables.ts";
import type { TabRow } from "../../../generator/parse/text/tab-table.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

const REQUEST = columnsOf(["名称", "类型", "是否必须", "描述"]) as ParamColumns;
const RESPONSE = columnsOf(["名称", "类型", "描述"]) as ParamColumns;

function rows(first: number, texts: string[]): TabRow[] {
  return texts.map((t, i) => ({ cells: t.split("\t").map((c) => c.trim()), line: first + i }));
}

function context(owner: string, side: FieldContext["side"], vocabulary: string[] = []): FieldContext {
  return { file: "ecs.txt", owner, side, registry: new TypeRegistry(), vocabulary: new Vocabulary(vocabulary), diag: new Diagnostics("ecs.txt") };
}

const codes = (ctx: FieldContext) => ctx.diag.items.map((d) => [d.severity, d.code, d.line]);

describe("fieldsFromRows: request tables", () => {
  it("reads name, type, required and description; a default from the description (004:1603-1604)", () => {
    const ctx = context("DescribeInstanceStatus", "request");
    const { fields, structs } = fieldsFromRows(rows(1603, ["RegionId\tString\t是\t实例所属的 RegionID。", "PageNumber\tInteger\t否\t实例状态列表的页码，起始值为 1。默认值：1"]), REQUEST, ctx);
    expect(fields).toEqual([
      { name: "RegionId", type: "string", required: true, description: "实例所属的 RegionID。", source: { file: "ecs.txt", line: 1603 } },
      { name: "PageNumber", type: "integer", required: false, description: "实例状态列表的页码，起始值为 1。默认值：1", default: "1", source: { file: "ecs.txt", line: 1604 } },
    ]);
    expect(structs).toEqual([]);
    expect(codes(ctx)).toEqual([]);
  });

  it("folds `SystemDisk.X` into an object and `DataDisk.n.X` into an array of <Action><Parameter> structures (004:805-810)", () => {
    const ctx = context("RunInstances", "request");
    const { fields, structs } = fieldsFromRows(
      rows(805, [
        "SystemDisk.Size\tString\t否\t系统盘大小，单位为GiB。",
        "SystemDisk.DiskName\tString\t否\t系统盘名称。",
        "DataDisk.n.Category\tString\t否\t数据盘n的磁盘种类。",
        "DataDisk.n.Size\tInteger\t是\t第 n 个数据盘的容量大小。",
        "DataDisk.n.SnapshotId\tString\t否\t创建数据盘 n 使用的快照。",
      ]),
      REQUEST,
      ctx,
    );
    expect(fields.map((f) => [f.name, f.type, f.required, f.source?.line])).toEqual([
      ["SystemDisk", { ref: "RunInstancesSystemDisk" }, false, 805],
      ["DataDisk", { array: { ref: "RunInstancesDataDisk" } }, true, 807],
    ]);
    expect(fields[0]!.description).toBe("Object parameter SystemDisk with the members Size, DiskName.");
    expect(fields[1]!.description).toBe("Repeated parameter DataDisk.n (n from 1); each item has the members Category, Size, SnapshotId.");
    expect(structs.map((s) => [s.name, s.usage, s.source?.line, s.fields.map((f) => [f.name, f.type, f.source?.line])])).toEqual([
      ["RunInstancesSystemDisk", "input", 805, [["Size", "string", 805], ["DiskName", "string", 806]]],
      ["RunInstancesDataDisk", "input", 807, [["Category", "string", 807], ["Size", "integer", 808], ["SnapshotId", "string", 809]]],
    ]);
    expect(structs[1]!.description).toBe(
      "Members of the flattened request parameter DataDisk.n of RunInstances (DataDisk.n.Category, DataDisk.n.Size, DataDisk.n.SnapshotId), folded by docs2sdk into a structure named <Action><Parameter>.",
    );
    expect([...ctx.registry.defined]).toEqual(["RunInstancesSystemDisk", "RunInstancesDataDisk"]);
  });

  it("reads `X.N` (upper-case index) and `X.1` as an array of the row's type (004:7551, 004:4433)", () => {
    const ctx = context("ModifyNetworkInterfaceAttribute", "request");
    const { fields, structs } = fieldsFromRows(rows(7551, ["SecurityGroupId.N\tString\t否\t安全组 ID。", "Port.1\tInteger\t否\t端口。"]), REQUEST, ctx);
    expect(fields.map((f) => [f.name, f.type])).toEqual([["SecurityGroupId", { array: "string" }], ["Port", { array: "integer" }]]);
    const image = fieldsFromRows(rows(4433, ["DiskDeviceMapping.N.Size\tString\t否\t磁盘的大小。", "DiskDeviceMapping.N.SnapshotId\tString\t否\t快照ID。"]), REQUEST, context("CreateImage", "request"));
    expect(image.fields.map((f) => [f.name, f.type])).toEqual([["DiskDeviceMapping", { array: { ref: "CreateImageDiskDeviceMapping" } }]]);
    expect(structs).toEqual([]);
  });

  it("names nested folded structures after every parent, without the index", () => {
    const ctx = context("AuthorizeRules", "request");
    const { fields, structs } = fieldsFromRows(rows(1, ["Permission.n.Port.n.From\tInteger\t是\t起始端口。"]), REQUEST, ctx);
    expect(fields[0]!.type).toEqual({ array: { ref: "AuthorizeRulesPermission" } });
    expect(structs.map((s) => [s.name, s.fields.map((f) => [f.name, f.type])])).toEqual([
      ["AuthorizeRulesPermissionPort", [["From", "integer"]]],
      ["AuthorizeRulesPermission", [["Port", { array: { ref: "AuthorizeRulesPermissionPort" } }]]],
    ]);
    expect(structs[0]!.description).toContain("Permission.n.Port.n.From");
  });

  it("keeps the parent's own row (description, required) when the document lists it before its members", () => {
    const ctx = context("CreateDisk", "request");
    const { fields } = fieldsFromRows(rows(20, ["Tag.n\tArray\t否\t标签列表。", "Tag.n.Key\tString\t是\t标签键。", "Tag.n.Value\tString\t否\t标签值。"]), REQUEST, ctx);
    expect(fields).toEqual([{ name: "Tag", type: { array: { ref: "CreateDiskTag" } }, required: false, description: "标签列表。", source: { file: "ecs.txt", line: 20 } }]);
  });

  it("repairs PDF-split names against the document's words (004:7269-7274, DescribeNetworkInterfaces)", () => {
    const lines = ["PrimaryIp Address\tString\t否\t弹性网卡主私有 IP 地址。", "Instancel d\tString\t否\t弹性网卡当前关联的实例 ID。", "NetworkI nterfaceI d.N\tString\t否\t弹性网卡 ID。一次最多查看 100 个。"];
    const withWords = context("DescribeNetworkInterfaces", "request", ["InstanceId NetworkInterfaceId PrimaryIpAddress"]);
    const rs = [rows(7269, lines.slice(0, 1))[0]!, ...rows(7273, lines.slice(1))];
    expect(fieldsFromRows(rs, REQUEST, withWords).fields.map((f) => [f.name, f.type, f.source?.line])).toEqual([
      ["PrimaryIpAddress", "string", 7269],
      ["InstanceId", "string", 7273],
      ["NetworkInterfaceId", { array: "string" }, 7274],
    ]);
    expect(codes(withWords)).toEqual([
      ["warning", "name.repaired", 7269],
      ["warning", "name.repaired", 7273],
      ["warning", "name.repaired", 7274],
    ]);
    const withoutWords = context("DescribeNetworkInterfaces", "request");
    expect(fieldsFromRows(rs, REQUEST, withoutWords).fields[1]!.name).toBe("Instanceld");
  });

  it("skips a row without a name, keeps the first of a repeated name, reads an odd required cell as optional, with lines", () => {
    const ctx = context("StopInstance", "request");
    const { fields } = fieldsFromRows(
      rows(100, ["安全组\tString\t否\t说明。", "ForceStop\tString\t否\t是否强制关机。", "ForceStop\tBoolean\t是\t重复。", "InstanceId\tString\t必须\t实例ID。"]),
      REQUEST,
      ctx,
    );
    expect(fields.map((f) => [f.name, f.type, f.required, f.source?.line])).toEqual([
      ["ForceStop", "string", false, 101],
      ["InstanceId", "string", false, 103],
    ]);
    expect(codes(ctx)).toEqual([
      ["warning", "field.name", 100],
      ["warning", "field.required", 103],
      ["warning", "field.duplicate", 102],
    ]);
    expect(ctx.diag.items[2]!.message).toBe("parameter ForceStop is listed twice in this table (first at line 101); the first is kept");
  });
});

describe("fieldsFromRows: response and data-type tables", () => {
  it("reads a table without a required column as optional fields and notes type references (004:1613-1616)", () => {
    const ctx = context("DescribeInstanceStatus", "response");
    const rs = [...rows(1613, ["TotalCount\tInteger\t实例总个数。"]), ...rows(1616, ["InstanceStatuses\tInstanceStatusSet Type\t由 InstanceStatusItemType 组成的数组格式，返回实例的状态信息。"])];
    const { fields } = fieldsFromRows(rs, RESPONSE, ctx);
    expect(fields.map((f) => [f.name, f.type, f.required])).toEqual([["TotalCount", "integer", false], ["InstanceStatuses", { ref: "InstanceStatusSetType" }, false]]);
    expect(codes(ctx)).toEqual([["warning", "type.repaired", 1616]]);
    expect([...ctx.registry.undefinedRefs]).toEqual([["InstanceStatusSetType", 1616]]);
  });

  it("marks folded structures of response and data-type tables as output", () => {
    const ctx = context("DiskItemType", "type");
    const { structs } = fieldsFromRows(rows(5, ["OperationLocks.LockReason\tString\t锁定原因。"]), RESPONSE, ctx);
    expect(structs.map((s) => [s.name, s.usage])).toEqual([["DiskItemTypeOperationLocks", "output"]]);
    expect(structs[0]!.description).toMatch(/^Members of the flattened type parameter OperationLocks of DiskItemType/);
  });
});

describe("readType", () => {
  const type = (cell: string, description = "", defined: string[] = []) => {
    const ctx = context("X", "response");
    for (const d of defined) ctx.registry.define(d);
    return { type: readType(cell, description, ctx, 42), diag: codes(ctx), ctx };
  };

  it("reads primitive words in any case (004 `String`, `integer`, `Boolean`, `Double`)", () => {
    expect(["String", "string", "Integer", "integer", "Boolean", "Double", "Long"].map((w) => type(w).type)).toEqual(["string", "string", "integer", "integer", "boolean", "float", "integer"]);
  });

  it("joins a type word the PDF split, and warns (004:8803 `Stri ng`)", () => {
    expect(type("Stri ng")).toMatchObject({ type: "string", diag: [["warning", "type.repaired", 42]] });
  });

  it("reads an empty or dash type as string, and an unknown word as string, with warnings", () => {
    expect(type("").diag).toEqual([["warning", "type.missing", 42]]);
    expect(type("----")).toMatchObject({ type: "string", diag: [["warning", "type.missing", 42]] });
    expect(type("数组")).toMatchObject({ type: "string", diag: [["warning", "type.unknown", 42]] });
  });

  it("types a bare Array by a structure named in parentheses (004:1510), registering the reference", () => {
    const { type: t, ctx, diag } = type("Array", "由实例 RAM 角色类型 (DetachInstanceRamRoleResult) 组成的信息集。");
    expect(t).toEqual({ array: { ref: "DetachInstanceRamRoleResult" } });
    expect([...ctx.registry.undefinedRefs]).toEqual([["DetachInstanceRamRoleResult", 42]]);
    expect(diag).toEqual([]);
  });

  it("types a bare Array by a defined structure or an …Item/…Type word in the description (004:9074)", () => {
    expect(type("Array", "标签绑定的资源数量, 参考 ResourceTypeCountItem").type).toEqual({ array: { ref: "ResourceTypeCountItem" } });
    expect(type("array", "由 DiskItem 组成。", ["DiskItem"]).type).toEqual({ array: { ref: "DiskItem" } });
  });

  it("reads string items for a JSON-array sample silently (004:1419) and for an unstated item type with an info (004:9099)", () => {
    expect(type("Array", '实例 ID 的集合，最多 100 台实例， ["instanceId1", "instanceId2", "instanceId3" ...]。')).toMatchObject({ type: { array: "string" }, diag: [] });
    expect(type("Array", "实例规格种类。")).toMatchObject({ type: { array: "string" }, diag: [["info", "type.array-items", 42]] });
  });
});

describe("TypeRegistry", () => {
  it("keeps the first line of an undefined reference and forgets it once defined", () => {
    const r = new TypeRegistry();
    r.reference("DiskItemType", 10);
    r.reference("DiskItemType", 20);
    expect([...r.undefinedRefs]).toEqual([["DiskItemType", 10]]);
    r.define("DiskItemType");
    r.reference("DiskItemType", 30);
    expect(r.undefinedRefs.size).toBe(0);
    expect(r.defined.has("DiskItemType")).toBe(true);
  });
});

describe("fieldsFromRows: hostile names (issue 14 item 4)", () => {
  it("skips, with a diagnostic, a name of 20,000 dotted parts instead of overflowing the stack; 64 levels still fold", () => {
    const ctx = context("RunInstances", "request");
    const deep = Array(20000).fill("Ab").join(".");
    const { fields, structs } = fieldsFromRows(rows(10, [`${deep}\tString\t否\t深。`, "RegionId\tString\t是\t地域。"]), REQUEST, ctx);
    expect(fields.map((f) => f.name)).toEqual(["RegionId"]);
    expect(structs).toEqual([]);
    expect(codes(ctx)).toEqual([["warning", "field.too-deep", 10]]);

    const ok = context("RunInstances", "request");
    const r = fieldsFromRows(rows(20, [`${Array(64).fill("Ab").join(".")}\tString\t否\t深。`]), REQUEST, ok);
    expect(r.structs).toHaveLength(63);
    expect(codes(ok)).toEqual([]);
  });
});
