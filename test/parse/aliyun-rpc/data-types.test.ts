// Unit tests of the 数据类型 chapter reader (generator/parse/aliyun-rpc/data-types.ts) on verbatim
// excerpts of spec/sources/aliyun-apsara-ecs-2014-05-26.txt (seed 004, chapter 1.17). Each fixture is
// named '<doc>-<first line>-<quirk>.txt'; loaded, it sits at its document line numbers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Vocabulary } from "../../../generator/parse/aliyun-rpc/cells.ts";
import { declareDataTypes, readDataType, typeNameOf, type DataTypeContext } from "../../../generator/parse/aliyun-rpc/data-types.ts";
import { TypeRegistry } from "../../../generator/parse/aliyun-rpc/fields.ts";
import type { Heading } from "../../../generator/parse/aliyun-rpc/outline.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");

/** Fixtures merged into one document, each at its own line numbers (blank lines elsewhere). */
function load(...names: string[]): string[] {
  const lines: string[] = [];
  for (const name of names) {
    const start = Number(/-(\d+)-/.exec(name)![1]);
    const text = readFileSync(join(FIXTURES, name), "utf8").replace(/\n$/, "").split("\n");
    while (lines.length < start - 1) lines.push("");
    lines.splice(start - 1, text.length, ...text);
  }
  return lines;
}

/** The `1.17.N. Title` headings of the excerpt, each running to the line before the next. */
function headingsOf(lines: readonly string[]): Heading[] {
  const out: Heading[] = [];
  lines.forEach((l, i) => {
    const m = /^(1\.17\.\d+)\.\s*(\S.*)$/.exec(l);
    if (m) out.push({ number: m[1]!, level: 3, title: m[2]!.trim(), line: i + 1, end: lines.length });
  });
  out.forEach((h, i) => (h.end = i + 1 < out.length ? out[i + 1]!.line - 1 : lines.length));
  return out;
}

function context(lines: string[]): DataTypeContext {
  return { file: "ecs.txt", lines, registry: new TypeRegistry(), vocabulary: new Vocabulary(lines), diag: new Diagnostics("ecs.txt") };
}

/** Declares every type of the excerpt, then reads them all. */
function readAll(lines: string[]) {
  const ctx = context(lines);
  const headings = headingsOf(lines);
  const names = declareDataTypes(headings, ctx);
  const structs = headings.map((h, i) => (names[i] ? readDataType(h, names[i]!, ctx) : undefined));
  return { ctx, headings, names, structs, diag: ctx.diag.items.map((d) => [d.severity, d.code, d.line]) };
}

describe("typeNameOf / declareDataTypes", () => {
  it("repairs a name the PDF broke (004:8788 `SecurityGroupItemTy pe`) and registers every name before any is read", () => {
    const { names, ctx, diag } = readAll(load("ecs-8771-types-pdf-spaces.txt"));
    expect(names).toEqual(["SecurityGroupSetType", "SecurityGroupItemType"]);
    expect([...ctx.registry.defined]).toEqual(["SecurityGroupSetType", "SecurityGroupItemType"]);
    expect(diag).toContainEqual(["warning", "name.repaired", 8788]);
  });

  it("skips, with a warning, a heading that is no identifier", () => {
    const ctx = context([]);
    const h: Heading = { number: "1.17", level: 2, title: "数据类型", line: 8334, end: 8335 };
    expect(typeNameOf(h, ctx)).toBeUndefined();
    expect(declareDataTypes([h], ctx)).toEqual([undefined]);
    expect(ctx.registry.defined.size).toBe(0);
    expect(ctx.diag.items.map((d) => [d.code, d.line])).toEqual([["type.bad-name", 8334]]);
  });
});

describe("readDataType", () => {
  it("reads 描述 and 节点名 into the description and the member table after a separator-only table (004:8336-8372)", () => {
    const { structs, diag } = readAll(load("ecs-8336-types-separator-row.txt"));
    const [first, second] = structs.map((s) => s!.struct);
    expect(first).toMatchObject({ name: "AvailableResourceCreationType", description: "允许创建的资源类型。\n节点名：接口决定。", usage: "output", source: { file: "ecs.txt", line: 8336 } });
    // 004:8349-8354: `名称⇥类型⇥描述` / `----⇥----⇥----`, blank, the header again and the one real row.
    expect(first!.fields.map((f) => [f.name, f.type, f.source?.line])).toEqual([["ResourceTypes", "string", 8354]]);
    expect(first!.fields[0]!.description).toBe("资源类型如下：\n- Instance：支持实例创建。\n- IoOptimized：支持IO优化的实例创建。\n- Disk：支持磁盘创建。\n- VSwitch：支持专有网络创建。");
    expect(first!.fields[0]!.enum?.map((e) => e.value)).toEqual(["Instance", "IoOptimized", "Disk", "VSwitch"]);
    expect(second).toMatchObject({ name: "AvailableDiskCategoriesType", description: "支持的磁盘种类。\n节点名：接口决定。" });
    expect(second!.fields.map((f) => f.name)).toEqual(["DiskCategories"]);
    expect(diag).toEqual([]);
  });

  it("keeps the element name of 节点名 and reads Double as float (004:8539-8558, InstanceTypeItem)", () => {
    const { structs } = readAll(load("ecs-8539-types-node-name.txt"));
    const s = structs[0]!.struct;
    expect(s.description).toBe("实例资源规格项的类型。\n节点名：InstanceType");
    expect(s.fields.map((f) => [f.name, f.type, f.required])).toEqual([
      ["InstanceTypeId", "string", false],
      ["CpuCoreCount", "integer", false],
      ["MemorySize", "float", false],
      ["InstanceTypeFamily", "string", false],
    ]);
  });

  it("repairs member names and types broken by PDF spaces, and refers to the repaired type name (004:8786, 004:8803-8807)", () => {
    const { structs, diag } = readAll(load("ecs-8771-types-pdf-spaces.txt"));
    const [set, item] = structs.map((s) => s!.struct);
    // `SecurityGroup⇥SecurityGroupItemTy pe⇥…`: a type defined under its broken heading.
    expect(set!.fields.map((f) => [f.name, f.type])).toEqual([["SecurityGroup", { ref: "SecurityGroupItemType" }]]);
    // `SecurityGroup Id⇥Stri ng⇥安全组ID。`
    expect(item!.fields.map((f) => [f.name, f.type, f.source?.line])).toEqual([
      ["SecurityGroupId", "string", 8803],
      ["SecurityGroupName", "string", 8804],
      ["Description", "string", 8805],
      ["VpcId", "string", 8806],
      ["CreationTime", "string", 8807],
    ]);
    expect(diag.filter((d) => d[1] === "type.repaired").map((d) => d[2])).toEqual([8786, 8803, 8804, 8805, 8806, 8807]);
    expect(diag.filter((d) => d[1] === "name.repaired").map((d) => d[2])).toEqual([8788, 8803, 8804]);
  });

  it("reads a type without any label (only 节点说明) and an Array member naming a type defined after it (004:9067-9083)", () => {
    const { structs, ctx, diag } = readAll(load("ecs-9067-types-no-labels.txt"));
    const [tag, count] = structs.map((s) => s!.struct);
    expect(tag!.description).toBe("");
    expect(tag!.fields.map((f) => [f.name, f.type])).toEqual([
      ["TagKey", "string"],
      ["TagValue", "string"],
      // `ResourceTypeCount⇥Array⇥标签绑定的资源数量, 参考 ResourceTypeCountItem` (004:9074)
      ["ResourceTypeCount", { array: { ref: "ResourceTypeCountItem" } }],
    ]);
    expect(count!.fields.map((f) => f.name)).toEqual(["ResourceType", "Count"]);
    expect(ctx.registry.undefinedRefs.size).toBe(0);
    expect(diag).toEqual([]);
  });

  it("reads the members and 节点名 of types whose description has no 描述 label (004:9167-9193)", () => {
    const { structs } = readAll(load("ecs-9167-types-unlabelled-description.txt"));
    const [set, item] = structs.map((s) => s!.struct);
    // The unlabelled first line (004:9169 `SSH 密钥对组合类型。`) is the description.
    expect(set!.description).toBe("SSH 密钥对组合类型。\n节点名：参数决定。");
    expect(set!.fields.map((f) => [f.name, f.type])).toEqual([["KeyPair", { ref: "KeyPairItemType" }]]);
    expect(item!.description).toBe("SSH 密钥对类型。\n节点名：KeyPairs");
    expect(item!.fields.map((f) => f.name)).toEqual(["KeyPairName", "KeyPairFingerPrint"]);
  });

  it("defines a list wrapper without a member table with no fields, its 子节点 sentence in the description, and warns (004:9232-9245)", () => {
    const { structs, diag } = readAll(load("ecs-9232-types-list-wrapper.txt"));
    const s = structs[0]!.struct;
    expect(s).toMatchObject({ name: "AccessPointSetType", fields: [], usage: "output" });
    expect(s.description).toBe("包含专线接入点信息的集合。由AccessPointType组成的list。\n节点名：接口决定\n子节点：AccessPointType。");
    expect(diag).toEqual([["warning", "struct.empty", 9232]]);
  });

  it("reads only up to the heading's end (004:9067-9083: TagSetItem ends where ResourceTypeCountItem starts)", () => {
    const lines = load("ecs-9067-types-no-labels.txt");
    const h: Heading = { number: "1.17.33", level: 3, title: "TagSetItem", line: 9067, end: 9075 };
    expect(readDataType(h, "TagSetItem", context(lines)).struct.fields.map((f) => f.name)).toEqual(["TagKey", "TagValue", "ResourceTypeCount"]);
    // Run to the end of the excerpt instead, the next type's table is read too: the end alone bounds a type.
    const wide: Heading = { ...h, end: lines.length };
    expect(readDataType(wide, "TagSetItem", context(lines)).struct.fields.map((f) => f.name)).toEqual(["TagKey", "TagValue", "ResourceTypeCount", "ResourceType", "Count"]);
  });

  it("ignores, with a warning, a table that is not a member table (an error table appended to 004:8539-8558)", () => {
    const lines = load("ecs-8539-types-node-name.txt");
    lines.push("", "错误代码\t描述\tHttp 状态码\t语义", "InvalidParameter\tThe specified parameter is not valid.\t400\t参数不合法。");
    const ctx = context(lines);
    const h: Heading = { number: "1.17.9", level: 3, title: "InstanceTypeItem", line: 8539, end: lines.length };
    const { struct } = readDataType(h, "InstanceTypeItem", ctx);
    expect(struct.fields.map((f) => f.name)).toEqual(["InstanceTypeId", "CpuCoreCount", "MemorySize", "InstanceTypeFamily"]);
    expect(ctx.diag.items.map((d) => [d.code, d.line])).toEqual([["type.table", 8560]]);
  });
});
