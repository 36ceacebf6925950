// Unit tests of the legacy parts' finder and section cutter (generator/parse/tencent-v2-pdf/sections.ts)
// on excerpts of spec/sources/tencentcloud-cvm-2017-03-12.txt (001). The fixture
// 'cvm-57820-legacy-eip-sections.txt' is 001:57820-57935 verbatim (DeleteEip and ModifyEipAttributes
// of '云服务器API（旧版）'); sparse excerpts keep each line at its document line number.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../../generator/parse/document.ts";
import { findIndex, findLegacyParts, LEGACY_BANNER, readSections, V2_REQUEST_URL } from "../../../generator/parse/tencent-v2-pdf/sections.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** A sparse excerpt: document line n at index n - 1, blank lines between. */
function sparse(at: Record<number, string>, last?: number): SourceDocument {
  const max = Math.max(last ?? 0, ...Object.keys(at).map(Number));
  const lines = new Array<string>(max).fill("");
  for (const [n, text] of Object.entries(at)) lines[Number(n) - 1] = text;
  return { file: "cvm.txt", lines };
}

/** A fixture at its document lines ('<doc>-<first line>-<quirk>.txt'). */
function fixtureDoc(name: string): { doc: SourceDocument; start: number } {
  const start = Number(/-(\d+)-/.exec(name)![1]);
  const text = readFileSync(here(`fixtures/${name}`), "utf8").replace(/\n$/, "").split("\n");
  return { doc: { file: "cvm.txt", lines: [...new Array<string>(start - 1).fill(""), ...text] }, start };
}

const BANNER = "当前页面接口为旧版 API，未来可能停止维护，目前不展示在左侧导航。云服务器 API 3.0 版本接口定义更加规范，访问时延下降显著，建议使用 云服务器 API";

// 001:3947-3951 (the API 3.0 简介, no page start above it), 001:40505-40527 (start of '云服务器 API 2017'),
// 001:50617-50621 and 50657-50659 (start of '云服务器API（旧版）').
const PARTS = {
  3948: "以此类推（以下标 0 开始）。",
  3950: "简介",
  3951: "最近更新时间：2025-04-27 12:08:44",
  40505: "VpcIpIsUsed 私有网络ip已经被使用。",
  40506: " 云服务器 API 2017",
  40508: "简介",
  40509: "最近更新时间：2019-05-31 10:56:50",
  40523: "说明：",
  40525: BANNER,
  40527: "3.0 。",
  50617: "https://cloud.tencent.com/document/product/213/9451#40321da9-8b28-43ab-8509-eaa7153280c7",
  50618: " 云服务器API（旧版）",
  50620: "简介",
  50621: "最近更新时间：2019-11-26 15:47:15",
  50659: BANNER,
};

describe("findLegacyParts", () => {
  it("finds each part from its page-start heading, 简介 and 最近更新时间, and counts its banners", () => {
    expect(findLegacyParts(sparse(PARTS, 58904))).toEqual([
      { heading: "云服务器 API 2017", startLine: 40506, endLine: 50617, banners: 1 },
      { heading: "云服务器API（旧版）", startLine: 50618, endLine: 58904, banners: 1 },
    ]);
  });

  it("ignores a 简介 block whose heading line is no page start (the API 3.0 简介, 001:3950)", () => {
    expect(findLegacyParts(sparse({ 3948: PARTS[3948], 3950: "简介", 3951: PARTS[3951], 3960: BANNER }))).toEqual([]);
  });

  it("ignores a part without the legacy banner, but it still ends the part before it", () => {
    const { 50659: _, ...noBannerInSecond } = PARTS;
    expect(findLegacyParts(sparse(noBannerInSecond, 58904))).toEqual([{ heading: "云服务器 API 2017", startLine: 40506, endLine: 50617, banners: 1 }]);
  });

  it("does not take a URL printed at a page start for a heading", () => {
    expect(findLegacyParts(sparse({ 100: " https://cloud.tencent.com/document/api/213/15689", 102: "简介", 103: "最近更新时间：2019-05-31 10:56:50", 105: BANNER }))).toEqual([]);
  });

  it("needs 简介 right above the anchor", () => {
    expect(findLegacyParts(sparse({ 40506: " 云服务器 API 2017", 40508: "简介", 40509: "概述", 40510: "最近更新时间：2019-05-31 10:56:50", 40525: BANNER }))).toEqual([]);
  });
});

describe("readSections (001:57820-57935)", () => {
  const { doc, start } = fixtureDoc("cvm-57820-legacy-eip-sections.txt");
  const pages = readSections(doc, { startLine: start, endLine: doc.lines.length });
  const texts = (ls: readonly CleanLine[]) => ls.map((l) => l.text);

  it("cuts one section per title block, the section line being the title's", () => {
    expect(pages.sections.map((s) => [s.title, s.line, s.category])).toEqual([
      ["释放弹性公网IP", 57822, undefined],
      ["修改弹性公网IP名称", 57877, undefined],
    ]);
  });

  it("keeps the displaced lines above '1. 接口描述' (域名, 接口名, 输入/输出 labels) and drops the banner box, URL dumps and title blocks", () => {
    const s = pages.sections[0]!;
    expect(texts(s.lines).slice(0, 6)).toEqual(["域名: eip.api.qcloud.com", "接口名: DeleteEip", "释放弹性公网IP。", "输入", "输出", "1. 接口描述"]);
    const all = pages.sections.flatMap((x) => texts(x.lines));
    expect(all.some((t) => LEGACY_BANNER.test(t) || t === "说明：" || t === "3.0 。" || /^https:\/\/cloud\.tencent\.com/.test(t) || /^最近更新时间/.test(t))).toBe(false);
    // The next section's title is not the tail of this one.
    expect(texts(s.lines).at(-1)).toBe("}");
  });

  it("keeps the request URL lines of the examples (/v2/index.php) and marks page starts", () => {
    const s = pages.sections[1]!;
    expect(texts(s.lines).filter((t) => V2_REQUEST_URL.test(t))).toEqual(["https://eip.api.qcloud.com/v2/index.php?"]);
    expect(s.lines.find((l) => l.line === 57880)).toEqual({ text: "域名: eip.api.qcloud.com", line: 57880, pageStart: true });
    expect(pages.sections[0]!.lines.find((l) => l.line === 57847)!.pageStart).toBe(true);
  });

  it("lists the kept lines (banner lines and noise out) for reading the examples' raw indentation", () => {
    expect(pages.kept.has(57865)).toBe(true);
    expect(pages.kept.has(57869)).toBe(true);
    for (const n of [57835, 57837, 57839, 57873, 57877, 57878]) expect(pages.kept.has(n)).toBe(false);
    expect(pages.kept.size).toBe(pages.sections.reduce((n, s) => n + s.lines.length, 0));
  });
});

describe("findIndex", () => {
  const ls: CleanLine[] = ["1. 接口描述", "2. 输入参数", "3. 输出参数", "2. 输入参数"].map((text, i) => ({ text, line: 10 + i, pageStart: false }));
  it("finds the first matching line at or after `from`, -1 when none, and treats a negative start as 0", () => {
    expect(findIndex(ls, 0, (t) => t === "2. 输入参数")).toBe(1);
    expect(findIndex(ls, 2, (t) => t === "2. 输入参数")).toBe(3);
    expect(findIndex(ls, -1, (t) => t === "1. 接口描述")).toBe(0);
    expect(findIndex(ls, 0, (t) => t === "4. 示例")).toBe(-1);
    expect(findIndex(ls, 9, () => true)).toBe(-1);
  });
});
