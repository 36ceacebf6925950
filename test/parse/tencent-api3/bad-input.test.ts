// Damaged documents: what is lost must be reported with file and line, and nothing may throw.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../../generator/parse/index.ts";
import { tencentApi3Dialect } from "../../../generator/parse/tencent-api3/index.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";

const ECM = readFileSync(join(REPO_ROOT, "spec", "sources", "tencentcloud-ecm-2019-07-19.txt"), "utf8").split("\n");
const parse = (lines: string[], file = "cut.txt") => parseDocument({ file, lines }, [tencentApi3Dialect]);

describe("a truncated document", () => {
  // Cut inside DescribeNode's response example (000:6700): no later action, no 数据结构, no 错误码.
  const r = parse(ECM.slice(0, 6700));

  it("keeps the action it could read and reports every loss with a line", () => {
    const s = r.services[0]!;
    expect(s.actions.map((a) => a.name)).toEqual(["DescribeNode"]);
    const codes = r.diagnostics.items.map((d) => `${d.severity} ${d.code}`);
    expect(codes).toContain("warning struct.section");
    expect(codes).toContain("warning service.common-errors");
    expect(codes).toContain("warning example.json");
    for (const d of r.diagnostics.items) {
      expect(d.file).toBe("cut.txt");
      expect(d.line).toBeGreaterThan(0);
      expect(d.line).toBeLessThanOrEqual(6700);
    }
  });

  it("reports the structures the action refers to as undefined (warnings; the dangling refs stay in coverage), at the rows' lines", () => {
    const undefinedRefs = r.diagnostics.items.filter((d) => d.code === "type.undefined");
    expect(undefinedRefs.map((d) => [d.severity, d.line])).toEqual([
      ["warning", 6604],
      ["warning", 6610],
    ]);
    expect(r.coverage[0]!.danglingRefs).toEqual(["Filter", "Node"]);
  });

  it("lists the overview actions it did not find", () => {
    expect(r.coverage[0]!.actionsNamed).toBe(139);
    expect(r.coverage[0]!.actionsMissing).toHaveLength(138);
    expect(r.diagnostics.items.filter((d) => d.code === "action.missing")).toHaveLength(138);
  });
});

describe("a table cut off", () => {
  it("reports an output table without rows and an action without its Action row", () => {
    // DescribeNode (000:6582–6900) with the output rows (6608–6627) and the input rows removed.
    const lines = [...ECM.slice(0, 6596), ...ECM.slice(6605, 6608), ...ECM.slice(6628)];
    const r = parse(lines.slice(0, 43000));
    const codes = r.diagnostics.items.map((d) => `${d.code}@${d.line}`);
    expect(codes).toContain("action.name@6582");
    expect(r.services[0]!.actions).toHaveLength(138);
    expect(r.coverage[0]!.actionsMissing).toEqual(["DescribeNode"]);
  });

  it("reports a structure whose column header was cut away", () => {
    const ref = ECM.findIndex((l) => l.startsWith("被如下接口引用："));
    const header = ECM.findIndex((l, i) => i > ref && /^ ?名称 类型/.test(l));
    const r = parse([...ECM.slice(0, header), "", ...ECM.slice(header + 1)]);
    const first = r.services[0]!.types[0]!;
    expect(r.diagnostics.items.filter((d) => d.code === "struct.table").map((d) => [d.severity, d.line])).toEqual([["error", first.source!.line]]);
  });
});

describe("text that is not API 3.0", () => {
  it("is not claimed", () => {
    expect(tencentApi3Dialect.detect({ file: "x.txt", lines: ["hello", "1. 接口描述", "world"] })).toEqual([]);
  });
});
