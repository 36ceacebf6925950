// The shared wrapped-row reader (generator/parse/steps/wrapped-rows.ts): given lines and a dialect's
// row-head rule, the rows it must give. The rule here is a minimal one written for the test: a row
// head is 'NAME TYPE' on one line, or NAME alone with its type on the next line (a wrapped cell).
import { describe, expect, it } from "vitest";
import { readWrappedRows, type WrappedRowRules } from "../../../generator/parse/steps/wrapped-rows.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";

interface Row {
  name: string;
  type: string;
  description: string[];
}

const lines = (texts: string[]): CleanLine[] => texts.map((text, i) => ({ text, line: i + 1, pageStart: false }));
const rules: WrappedRowRules<Row> = {
  header: (ls, i) => (ls[i]!.text === "名称 类型 描述" ? 1 : ls[i]!.text === "名称" && ls[i + 1]?.text === "类型 描述" ? 2 : 0),
  rowStart: (ls, i) => {
    const one = /^([A-Z]\w*) (String|Integer)(?: (.*))?$/.exec(ls[i]!.text);
    if (one) return { row: { name: one[1]!, type: one[2]!, description: one[3] ? [one[3]] : [] }, consumed: 1 };
    const two = /^[A-Z]\w*$/.test(ls[i]!.text) && /^(String|Integer)(?: (.*))?$/.exec(ls[i + 1]?.text ?? "");
    if (two) return { row: { name: ls[i]!.text, type: two[1]!, description: two[2] ? [two[2]] : [] }, consumed: 2 };
    return undefined;
  },
  skip: (text) => text === "输出：",
  intro: (text) => text.startsWith("以下"),
};

describe("readWrappedRows", () => {
  const table: { rule: string; given: string[]; want: { rows: Row[]; stray: string[] } }[] = [
    {
      rule: "a row's description runs to the next row head",
      given: ["名称 类型 描述", "VpcId String 所属网络", "的 ID", "Limit Integer 数量"],
      want: { rows: [{ name: "VpcId", type: "String", description: ["所属网络", "的 ID"] }, { name: "Limit", type: "Integer", description: ["数量"] }], stray: [] },
    },
    {
      rule: "a head wrapped over two lines is one row",
      given: ["名称 类型 描述", "InternetMaxBandwidthOut", "Integer 带宽", "上限"],
      want: { rows: [{ name: "InternetMaxBandwidthOut", type: "Integer", description: ["带宽", "上限"] }], stray: [] },
    },
    {
      rule: "headers (one or two lines) and skipped labels are dropped wherever they are",
      given: ["名称", "类型 描述", "VpcId String 网络", "名称 类型 描述", "输出：", "网络的 ID"],
      want: { rows: [{ name: "VpcId", type: "String", description: ["网络", "网络的 ID"] }], stray: [] },
    },
    {
      rule: "lines before the first row are stray unless they introduce the table",
      given: ["以下列出参数", "多余的一行", "VpcId String 网络"],
      want: { rows: [{ name: "VpcId", type: "String", description: ["网络"] }], stray: ["多余的一行"] },
    },
  ];
  it.each(table)("$rule", ({ given, want }) => {
    const r = readWrappedRows(lines(given), rules);
    expect({ rows: r.rows, stray: r.stray.map((l) => l.text) }).toEqual(want);
  });
});
