// Unit tests of the numbered heading tree (generator/parse/aliyun-rpc/outline.ts) on short excerpts
// of spec/sources/aliyun-apsara-ecs-2014-05-26.txt (seed 004). Each excerpt keeps the document's
// line numbers: `doc({ 43: "目录", … })` puts line n at index n - 1 and leaves the rest blank.
import { describe, expect, it } from "vitest";
import { childrenOf, readOutline, readToc, tocChildren, type Outline } from "../../../generator/parse/aliyun-rpc/outline.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

/** A sparse excerpt: document line n at index n - 1, blank lines between. */
function doc(at: Record<number, string>, last?: number): string[] {
  const max = Math.max(last ?? 0, ...Object.keys(at).map(Number));
  const lines = new Array<string>(max).fill("");
  for (const [n, text] of Object.entries(at)) lines[Number(n) - 1] = text;
  return lines;
}

const codes = (d: Diagnostics) => d.items.map((i) => [i.code, i.line]);

// 004:43-58 (目录 and the first entries, blank line 44), 004:267 (the last entry, after a run of blank
// lines here), and the body headings 004:269, 271, 418, 420, 424, 446, 774, 776, 11072.
const TOC_AND_BODY = {
  43: "目录",
  45: "1. API参考\t12",
  46: "1.1. API概览\t12",
  47: "1.2. 调用API\t16",
  48: "1.2.1. 概述\t16",
  49: "1.2.2. 请求结构\t16",
  50: "1.2.3. API授权\t17",
  55: "1.5. 实例\t26",
  56: "1.5.1. RunInstances\t26",
  267: "4.获取AccessKey\t350",
  269: "1.API参考",
  271: "1.1. API概览",
  418: "1.2. 调用API",
  420: "1.2.1. 概述",
  424: "1.2.2. 请求结构",
  446: "1.2.3. API授权",
  774: "1.5. 实例",
  776: "1.5.1. RunInstances",
  11072: "4. 获取AccessKey",
};

describe("readToc", () => {
  it("reads the `N.N. Title⇥page` run after 目录, across blank lines, with each entry's own line (004:43-267)", () => {
    const { tocLine, entries } = readToc(doc(TOC_AND_BODY));
    expect(tocLine).toBe(43);
    expect(entries.map((e) => [e.number, e.title, e.line])).toEqual([
      ["1", "API参考", 45],
      ["1.1", "API概览", 46],
      ["1.2", "调用API", 47],
      ["1.2.1", "概述", 48],
      ["1.2.2", "请求结构", 49],
      ["1.2.3", "API授权", 50],
      ["1.5", "实例", 55],
      ["1.5.1", "RunInstances", 56],
      // "4.获取AccessKey": no space after the number's dot (004:267).
      ["4", "获取AccessKey", 267],
    ]);
  });

  it("stops at the first non-blank line that is no TOC entry (the body's `1.API参考`, 004:269)", () => {
    const { entries } = readToc(doc({ 43: "目录", 45: "1. API参考\t12", 46: "1.1. API概览\t12", 269: "1.API参考", 271: "1.1. API概览\t12" }));
    expect(entries.map((e) => e.line)).toEqual([45, 46]);
  });

  it("without a 目录 label, starts at the first TOC-like line and reports no tocLine", () => {
    const r = readToc(doc({ 40: "版权声明", 45: "1. API参考\t12", 46: "1.1. API概览\t12" }));
    expect(r.tocLine).toBeUndefined();
    expect("tocLine" in r).toBe(false);
    expect(r.entries.map((e) => e.number)).toEqual(["1", "1.1"]);
  });

  it("finds nothing in a document without TAB-and-page lines", () => {
    expect(readToc(doc({ 776: "1.5.1. RunInstances", 778: "创建一台或多台 ECS 实例。" }))).toEqual({ entries: [] });
  });
});

describe("readOutline with a TOC", () => {
  it("looks every TOC entry up in the body in order, level and section end included", () => {
    const lines = doc(TOC_AND_BODY, 11103);
    const diag = new Diagnostics("ecs.txt");
    const o = readOutline(lines, diag);
    expect(o.tocLine).toBe(43);
    expect(o.headings.map((h) => [h.number, h.level, h.title, h.line, h.end])).toEqual([
      ["1", 1, "API参考", 269, 11071],
      ["1.1", 2, "API概览", 271, 417],
      ["1.2", 2, "调用API", 418, 773],
      ["1.2.1", 3, "概述", 420, 423],
      ["1.2.2", 3, "请求结构", 424, 445],
      ["1.2.3", 3, "API授权", 446, 773],
      ["1.5", 2, "实例", 774, 11071],
      ["1.5.1", 3, "RunInstances", 776, 11071],
      // The last section runs to the end of the document.
      ["4", 1, "获取AccessKey", 11072, 11103],
    ]);
    expect(diag.items).toEqual([]);
  });

  it("never takes a TOC line for its own heading (the search starts after the last entry)", () => {
    const o = readOutline(doc({ 43: "目录", 45: "1.5. 实例\t26", 46: "1.5.1. RunInstances\t26", 774: "1.5. 实例", 776: "1.5.1. RunInstances" }), new Diagnostics("x"));
    expect(o.headings.map((h) => h.line)).toEqual([774, 776]);
  });

  it("keeps the body's title when the TOC extends it (TOC 004:172 InstanceTypeItemType, body 004:8539 InstanceTypeItem)", () => {
    const diag = new Diagnostics("x");
    const o = readOutline(doc({ 43: "目录", 172: "1.17.9. InstanceTypeItemType\t272", 8539: "1.17.9. InstanceTypeItem", 8559: "1.17.10. IpAddressSetType" }), diag);
    expect(o.headings[0]).toEqual({ number: "1.17.9", level: 3, title: "InstanceTypeItem", tocTitle: "InstanceTypeItemType", line: 8539, end: 8559 });
    expect(diag.items).toEqual([]);
  });

  it("matches a title with a PDF space inside (TOC 004:184 SecurityGroupItemType, body 004:8788 `SecurityGroupItemTy pe`)", () => {
    const diag = new Diagnostics("x");
    const o = readOutline(doc({ 43: "目录", 184: "1.17.21. SecurityGroupItemType\t278", 8788: "1.17.21. SecurityGroupItemTy pe" }), diag);
    expect(o.headings.map((h) => [h.title, h.tocTitle, h.line])).toEqual([["SecurityGroupItemTy pe", "SecurityGroupItemType", 8788]]);
    expect(diag.items).toEqual([]);
  });

  it("skips numbered list items of the prose that carry a level-1 number (004:502 `1. 使用…`, 004:529 `2. 将上一步…`)", () => {
    const diag = new Diagnostics("x");
    const o = readOutline(
      doc({
        43: "目录",
        45: "1. API参考\t12",
        266: "2.SDK参考\t297",
        269: "1.API参考",
        502: "1. 使用请求参数构造规范化的请求字符串（Canonicalized Query String）。",
        529: "2. 将上一步构造的规范化字符串按照下面的规则构造待签名的字符串：",
        9830: "2.SDK参考",
      }),
      diag,
    );
    expect(o.headings.map((h) => [h.number, h.line, h.end])).toEqual([
      ["1", 269, 9829],
      ["2", 9830, 9830],
    ]);
    expect(diag.items).toEqual([]);
  });

  it("a level-1 entry whose title the body never prints is missing, not matched to a list item by number", () => {
    const diag = new Diagnostics("x");
    const o = readOutline(doc({ 43: "目录", 266: "2.SDK参考\t297", 529: "2. 将上一步构造的规范化字符串按照下面的规则构造待签名的字符串：" }), diag);
    expect(o.headings).toEqual([]);
    expect(codes(diag)).toEqual([["outline.heading-missing", 266]]);
  });

  it("takes a deeper heading by its number alone when no title matches, and says so (title altered from 004:446)", () => {
    const diag = new Diagnostics("x");
    const o = readOutline(doc({ 43: "目录", 50: "1.2.3. API授权\t17", 446: "1.2.3. 授权说明" }), diag);
    expect(o.headings.map((h) => [h.number, h.title, h.tocTitle, h.line])).toEqual([["1.2.3", "授权说明", "API授权", 446]]);
    expect(codes(diag)).toEqual([["outline.title-mismatch", 446]]);
    expect(diag.items[0]!.message).toContain("line 50");
  });

  it("prefers a later line whose title matches over an earlier one with only the number", () => {
    const diag = new Diagnostics("x");
    const o = readOutline(doc({ 43: "目录", 50: "1.2.3. API授权\t17", 300: "1.2.3. 其他", 446: "1.2.3. API授权" }), diag);
    expect(o.headings.map((h) => h.line)).toEqual([446]);
    expect(diag.items).toEqual([]);
  });

  it("reports a TOC entry the body lacks (a truncated document) and keeps the others", () => {
    const diag = new Diagnostics("x");
    const o = readOutline(doc({ 43: "目录", 48: "1.2.1. 概述\t16", 49: "1.2.2. 请求结构\t16", 50: "1.2.3. API授权\t17", 420: "1.2.1. 概述", 446: "1.2.3. API授权" }), diag);
    expect(o.headings.map((h) => [h.number, h.line])).toEqual([
      ["1.2.1", 420],
      ["1.2.3", 446],
    ]);
    expect(codes(diag)).toEqual([["outline.heading-missing", 49]]);
    expect(diag.items[0]!.message).toContain('1.2.2 "请求结构"');
  });
});

describe("readOutline without a TOC", () => {
  it("takes only multi-level numbered lines (not `1.API参考` nor the list item `1. 使用…`), and warns once", () => {
    const diag = new Diagnostics("x");
    const lines = doc({
      269: "1.API参考",
      418: "1.2. 调用API",
      420: "1.2.1. 概述",
      502: "1. 使用请求参数构造规范化的请求字符串（Canonicalized Query String）。",
      776: "1.5.1. RunInstances",
      // 004:778, the first line of RunInstances' description.
      778: "创建一台或多台 ECS 实例。",
    });
    const o = readOutline(lines, diag);
    expect(o.tocLine).toBeUndefined();
    expect(o.toc).toEqual([]);
    expect(o.headings.map((h) => [h.number, h.level, h.title, h.line, h.end])).toEqual([
      // Without a 1.5 heading, 1.5.1 counts as part of 1.2: a section ends only at the same or a higher level.
      ["1.2", 2, "调用API", 418, 778],
      ["1.2.1", 3, "概述", 420, 775],
      ["1.5.1", 3, "RunInstances", 776, 778],
    ]);
    expect(codes(diag)).toEqual([["outline.no-toc", 1]]);
  });

  it("does not warn when there are no headings at all", () => {
    const diag = new Diagnostics("x");
    expect(readOutline(doc({ 502: "1. 使用请求参数构造规范化的请求字符串。" }), diag).headings).toEqual([]);
    expect(diag.items).toEqual([]);
  });
});

describe("childrenOf and tocChildren", () => {
  const o: Outline = readOutline(doc(TOC_AND_BODY, 11103), new Diagnostics("x"));
  const h = (n: string) => o.headings.find((x) => x.number === n)!;

  it("childrenOf: the sections one level deeper inside the parent", () => {
    expect(childrenOf(o, h("1.2")).map((c) => c.number)).toEqual(["1.2.1", "1.2.2", "1.2.3"]);
    expect(childrenOf(o, h("1")).map((c) => c.number)).toEqual(["1.1", "1.2", "1.5"]);
    expect(childrenOf(o, h("1.2.1"))).toEqual([]);
  });

  it("tocChildren: the TOC entries below a number, at the given depth", () => {
    expect(tocChildren(o, "1.2").map((e) => e.title)).toEqual(["概述", "请求结构", "API授权"]);
    expect(tocChildren(o, "1", 2).map((e) => e.number)).toEqual(["1.2.1", "1.2.2", "1.2.3", "1.5.1"]);
    // "1.17.9" is no child of "1.1": the dot after the number is required (TOC 004:46, 004:172).
    const t = readOutline(doc({ 43: "目录", 46: "1.1. API概览\t12", 163: "1.17. 数据类型\t265", 172: "1.17.9. InstanceTypeItemType\t272" }), new Diagnostics("x"));
    expect(tocChildren(t, "1.1")).toEqual([]);
    expect(tocChildren(t, "1.17").map((e) => [e.number, e.line])).toEqual([["1.17.9", 172]]);
  });
});
