// Every action a section marker names ends up in a spec or in a diagnostic (generator/parse/
// action-markers.ts, run by parseDocument for every dialect), and documents holding two API 3.0
// exports give two specs (issue 14 item 2). The mini document is ECM 000:8189-8306 (one action
// section), its 数据结构 title block (38534-38536) and the 错误码 section's start (42650-42662).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { accountForActions, actionMarkers } from "../../generator/parse/action-markers.ts";
import { parseDocument } from "../../generator/parse/index.ts";
import { Diagnostics } from "../../generator/spec/diagnostics.ts";
import type { Service } from "../../generator/spec/types.ts";

const MINI = readFileSync(join(import.meta.dirname, "fixtures", "ecm-mini.txt"), "utf8").replace(/\n$/, "").split("\n");
const doc = (lines: string[], file = "t.txt") => ({ file, lines });
/** The same export as another product: service, version and action renamed. */
const other = MINI.map((l) => l.replaceAll("ecm.tencentcloudapi.com", "foo.tencentcloudapi.com").replaceAll("2019-07-19", "2020-01-01").replaceAll("ModifyModuleDisableWanIp", "ModifyFooWanIp"));

describe("actionMarkers", () => {
  // Issue 20 construct 6: '本接口取值：X' names an action only in the Action row (a 公共参数 cell).
  const valueTable: { given: string; want: string[] }[] = [
    { given: "Action 是 String 公共参数，本接口取值：DescribeDCDBInstances。", want: ["DescribeDCDBInstances"] },
    { given: "| Action | 是 | String | 公共参数，本接口取值：DescribeDCDBInstances |", want: ["DescribeDCDBInstances"] },
    { given: "Product 是 String 产品名，本接口取值：dcdb。", want: [] },
    { given: "InstanceType 否 String 实例类型，本接口取值：cdb", want: [] },
  ];
  it.each(valueTable)("本接口取值 in $given", ({ given, want }) => {
    expect(actionMarkers(doc([given])).map((m) => m.name)).toEqual(want);
  });

  it("reads the API 3.0 / TCE Action row, the Alibaba Action row (<code>, 取值为, bare), 本接口(X) and the V2 cues; not Version rows or other Action fields", () => {
    const lines = [
      "Action 是 String 公共参数，本接口取值：DescribeZones。",
      "Version 是 String 公共参数，本接口取值：2017-03-12。",
      "Action\t是\t否\tString\t公共参数, 本接口取值: CreateIp6Translators",
      "Action\tString\t是\t系统规定参数。取值： <code>RunInstances</code> 。",
      "Action\tString\t是\t操作接口名，取值为ImportSnapshot。",
      "Action\tString\t是\t操作接口名，AddTags。",
      "本接口 (ReplaceFirewallTemplateRules) 用于替换防火墙模板规则。",
      "接口名：DescribeVpcEx",
      "Action字段为CreateVpc",
      // A member named Action of a structure (tce-vpc 26800): not an action.
      "Action\t是\t否\tString\t数据流是否方通，取值：ACCEPT(方通)，DROP(未方通)。",
      // The common-parameter table of tce-vpc (14344): an example in prose, not this section's action.
      "Action\tString\t是\t操作的接口名称。取值参考接口文档中输入参数公共参数 Action 的说明。例如云服务器的查询实例列表接口，取值为 DescribeInstances。",
    ];
    expect(actionMarkers(doc(lines)).map((m) => [m.name, m.line])).toEqual([
      ["DescribeZones", 1],
      ["CreateIp6Translators", 3],
      ["RunInstances", 4],
      ["ImportSnapshot", 5],
      ["AddTags", 6],
      ["ReplaceFirewallTemplateRules", 7],
      ["DescribeVpcEx", 8],
      ["CreateVpc", 9],
    ]);
  });

  it("reports a marker name that is neither an action of the spec nor named by a diagnostic", () => {
    const markers = actionMarkers(doc(["本接口（DescribeA）用于…", "本接口（DescribeB）用于…", "本接口（DescribeC）用于…"]));
    const diag = new Diagnostics("t.txt");
    diag.report("action.section", 2, "DescribeB: something went wrong");
    const spec = { actions: [{ name: "DescribeA" }] } as unknown as Service;
    expect(accountForActions(markers, [spec], diag).map((m) => m.name)).toEqual(["DescribeC"]);
    expect(diag.items.filter((d) => d.code === "action.unaccounted").map((d) => [d.line, d.severity])).toEqual([[3, "error"]]);
  });
});

describe("parseDocument accounts for every marker-named action", () => {
  it("the mini document parses into its one action with no unaccounted warning", () => {
    const r = parseDocument(doc(MINI));
    expect(r.services.map((s) => s.actions.map((a) => a.name))).toEqual([["ModifyModuleDisableWanIp"]]);
    expect(r.diagnostics.items.filter((d) => d.code === "action.unaccounted")).toEqual([]);
  });

  it("an action whose section lost its '1. 接口描述' heading is reported by name", () => {
    const lines = MINI.map((l) => (l.trim() === "1. 接口描述" ? " 1. 接口描迷" : l));
    const r = parseDocument(doc(lines));
    const named = r.diagnostics.items.filter((d) => /ModifyModuleDisableWanIp/.test(d.message));
    expect(named.length).toBeGreaterThan(0);
    expect(r.diagnostics.items.map((d) => d.code)).toContain("document.unrecognized");
  });

  it("a document no dialect recognizes lists the action names it could see in its one error", () => {
    const r = parseDocument(doc(["some prose", "Action 是 String 公共参数，本接口取值：DescribeFoo。", "本接口（DescribeBar）用于…"]));
    expect(r.diagnostics.items.map((d) => d.code)).toEqual(["document.unrecognized"]);
    expect(r.diagnostics.items[0]!.message).toMatch(/action names seen: DescribeFoo, DescribeBar$/);
  });
});

describe("two API 3.0 exports in one file", () => {
  it("give two specs, each with its own action", () => {
    const r = parseDocument(doc([...MINI, ...other]));
    expect(r.parts.map((p) => [p.dialect, p.startLine, p.endLine])).toEqual([
      ["tencent-api3", 1, MINI.length],
      ["tencent-api3", MINI.length + 1, 2 * MINI.length],
    ]);
    expect(r.services.map((s) => [s.service, s.version, s.actions.map((a) => a.name)])).toEqual([
      ["ecm", "2019-07-19", ["ModifyModuleDisableWanIp"]],
      ["foo", "2020-01-01", ["ModifyFooWanIp"]],
    ]);
    expect(r.diagnostics.items.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("the same export twice: one spec and an error saying the second copy was not kept", () => {
    const r = parseDocument(doc([...MINI, ...MINI]));
    expect(r.services).toHaveLength(1);
    expect(r.coverage).toHaveLength(1);
    const dup = r.diagnostics.items.filter((d) => d.code === "document.duplicate-spec");
    expect(dup.map((d) => [d.severity, d.line])).toEqual([["error", MINI.length + 1]]);
  });
});
