// Unit tests of the legacy table helpers (generator/parse/tencent-v2-pdf/table.ts) that split and
// merge a request documented as alternative tables; excerpts of 001 (tencentcloud-cvm-2017-03-12.txt).
import { describe, expect, it } from "vitest";
import { mergeVariantRows, readTableRows, requestVariants, type TableRow } from "../../../generator/parse/tencent-v2-pdf/table.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";

const clean = (texts: string[], first: number): CleanLine[] => texts.map((text, i) => ({ text, line: first + i, pageStart: false }));
const row = (name: string, required: boolean, description: string, line: number): TableRow => ({ name, typeWord: "Int", required, description: [description], line });

describe("requestVariants", () => {
  it("cuts the input region at its numbered sub-headings (001:53710-53720)", () => {
    const lines = clean(["2.1. 查询已购买成功的包月实例的价格", "参数名称 是否必选 类型 描述 来源", "instanceType 是 Int 实例类型", "2.2. 查询包年包月实例价格", "参数名称 是否必选 类型 描述", "cpu 是 Int 实例核数。"], 53710);
    const v = requestVariants(lines);
    expect(v.map((x) => [x.number, x.title, x.line, x.lines.map((l) => l.line)])).toEqual([
      ["2.1", "2.1 查询已购买成功的包月实例的价格", 53710, [53711, 53712]],
      ["2.2", "2.2 查询包年包月实例价格", 53713, [53714, 53715]],
    ]);
  });

  it("gives one untitled variant holding every line when there are no sub-headings, or just one", () => {
    const plain = clean(["参数名称 必选 类型 描述", "sgId 是 String 安全组id"], 56258);
    expect(requestVariants(plain)).toEqual([{ number: "", title: "", line: 56258, lines: plain }]);
    const single = clean(["2.1. 唯一", "参数名称 必选 类型 描述"], 1);
    expect(requestVariants(single)).toEqual([{ number: "", title: "", line: 1, lines: single }]);
  });
});

describe("mergeVariantRows", () => {
  it("keeps each parameter once, required only where every variant requires it, descriptions under the variants' titles", () => {
    const merged = mergeVariantRows([
      { title: "2.1 A", rows: [row("instanceType", true, "实例类型，此处为1。", 1), row("period", true, "时长。", 2), row("goodsNum", false, "数量。", 3)] },
      { title: "2.2 B", rows: [row("instanceType", true, "实例类型，此处为4。", 10), row("period", false, "时长。", 11), row("goodsNum", false, "数量。", 12)] },
    ]);
    expect(merged.map((r) => [r.name, r.required, r.description, r.line])).toEqual([
      ["instanceType", true, ["2.1 A：实例类型，此处为1。", "2.2 B：实例类型，此处为4。"], 1],
      ["period", false, ["时长。"], 2],
      ["goodsNum", false, ["数量。"], 3],
    ]);
  });

  it("a parameter missing from a variant is optional and says which variants list it", () => {
    const merged = mergeVariantRows([
      { title: "2.1 A", rows: [row("instanceType", true, "类型。", 1)] },
      { title: "2.2 B", rows: [row("instanceType", true, "类型。", 5), row("cpu", true, "核数。", 6)] },
    ]);
    expect(merged.map((r) => [r.name, r.required, r.description])).toEqual([
      ["instanceType", true, ["类型。"]],
      ["cpu", false, ["2.2 B：核数。"]],
    ]);
  });
});

describe("readTableRows: a parenthesised note in the name cell", () => {
  const cases: { given: string[]; want: [string, boolean | undefined, string, string[]][] }[] = [
    {
      given: ["参数名称 是否必选 类型 描述", "cvmOverviews.n (cvmOverviews 为列表，此处入参需要填写列表元素 ) 是 String 更新列表"], // 001:54559-54560
      want: [["cvmOverviews.n", true, "String", ["(cvmOverviews 为列表，此处入参需要填写列表元素 ) 更新列表"]]],
    },
    {
      given: ["参数名称 是否必选 类型 描述", "keyIds.n （密钥ID） 否 String 密钥 ID"],
      want: [["keyIds.n", false, "String", ["（密钥ID） 密钥 ID"]]],
    },
    {
      given: ["参数名称 是否必选 类型 描述", "keyName 否 String 密钥名称 (可选)"],
      want: [["keyName", false, "String", ["密钥名称 (可选)"]]],
    },
  ];
  for (const c of cases) {
    it(c.given[1]!, () => {
      const { rows, stray } = readTableRows(clean(c.given, 1), new Set());
      expect(stray).toEqual([]);
      expect(rows.map((r) => [r.name, r.required, r.typeWord, r.description])).toEqual(c.want);
    });
  }
});

describe("readTableRows: a header wrapped one character a line", () => {
  it("参数名称 类型 / 是 / 否 / 必 / 选 / 描述 over Version and ImageIds.N rows (SyncImages, 001:47532-47546)", () => {
    const { rows, stray } = readTableRows(clean(["参数名称 类型", "是", "否", "必", "选", "描述", "Version String 是 表示API版本号。", "ImageIds.N Array of Strings 是", "镜像 ID 列表。"], 1), new Set());
    expect(stray).toEqual([]);
    expect(rows.map((r) => [r.name, r.typeWord, r.required])).toEqual([
      ["Version", "String", true],
      ["ImageIds.N", "Array of Strings", true],
    ]);
  });
});

describe("readTableRows: an identifier ending a description above a row", () => {
  const cases: { given: string[]; want: [string, string, string[]][] }[] = [
    {
      // 001:55981-55987: the description wraps its last word (an action name) onto a line of its own.
      given: ["参数名称 必选 类型 描述", "sgId 是 String", "安全组唯一 ID，可能来自 DescribeSecurityGroups 或者", "CreateSecurityGroup", "sgName 否 String 新的安全组名称"],
      want: [
        ["sgId", "String", ["安全组唯一 ID，可能来自 DescribeSecurityGroups 或者", "CreateSecurityGroup"]],
        ["sgName", "String", ["新的安全组名称"]],
      ],
    },
    {
      // 001:50024-50027: a wrapped name, whose remainder has no cells on its line, is still joined.
      given: ["名称 类型 是否必选 描述", "InternetMaxBandwid", "thOut", "Integer 否", "公网出带宽上限。"],
      want: [["InternetMaxBandwidthOut", "Integer", ["公网出带宽上限。"]]],
    },
  ];
  for (const c of cases) {
    it(c.given.slice(1).join(" / "), () => {
      const { rows } = readTableRows(clean(c.given, 1), new Set());
      expect(rows.map((r) => [r.name, r.typeWord, r.description])).toEqual(c.want);
    });
  }
});
