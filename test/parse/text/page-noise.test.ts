import { describe, expect, it } from "vitest";
import { cleanPages, isClippedCopy, isHeadingLine, pageStartBefore } from "../../../generator/parse/text/page-noise.ts";
import { fixturePagesPlain } from "../tencent-api3/helpers.ts";

describe("cleanPages on real page breaks", () => {
  it("takes a title block and URL dump out of a row and keeps line numbers (001 RunInstances.InstanceType)", () => {
    const m = fixturePagesPlain("cvm-8620-page-break-mid-row.txt");
    const texts = m.lines.map((l) => l.text);
    const row = texts.indexOf("InstanceType 否 String 实例机型。不同实例机型指定了不同的资源规格。");
    expect(texts.slice(row + 1, row + 3)).toEqual(["参数名称 必选 类型 描述", "对于付费模式为PREPAID或POSTPAID_BY_HOUR的实例创建，具"]);
    expect(m.lines[row]!.line).toBe(8626);
    expect(m.lines[row + 1]).toEqual({ text: "参数名称 必选 类型 描述", line: 8648, pageStart: true });
    expect(m.titleBlocks).toEqual([{ title: "创建实例", category: "实例相关接口", line: 8631, index: row + 1, explorer: true }]);
    expect(texts.some((t) => t.startsWith("https://") || t.includes("最近更新时间") || t.includes("API Explorer 点击调试"))).toBe(false);
    expect(m.urls.at(-1)!.url).toBe("https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RunInstances");
  });

  it("drops a clipped heading copy before the page that repeats it (000 '发者资源')", () => {
    const m = fixturePagesPlain("ecm-8380-clipped-heading.txt");
    const texts = m.lines.map((l) => l.text);
    expect(texts).not.toContain("发者资源");
    expect(m.clipped).toEqual([{ text: "发者资源", line: 8398 }]);
    expect(texts.indexOf("5. 开发者资源")).toBe(texts.indexOf("}") + 2);
  });

  it("lifts a displaced 说明 box out of the page tail and drops the clipped '例' (001:13900)", () => {
    const m = fixturePagesPlain("cvm-13900-displaced-note.txt");
    const texts = m.lines.map((l) => l.text);
    expect(texts).not.toContain("说明");
    expect(texts).not.toContain("若指定修改后实例的付费模式为预付费则该参数必传。");
    expect(texts).not.toContain("例");
    expect(m.notes).toEqual([{ line: 13919, text: "若指定修改后实例的付费模式为预付费则该参数必传。", index: texts.indexOf("4. 示例") }]);
  });

  it("removes the noise inside a response JSON so that only JSON lines remain (000 DescribeNode)", () => {
    const m = fixturePagesPlain("ecm-6631-page-break-mid-json.txt");
    const start = m.lines.findIndex((l) => l.text === "输出示例");
    const json = m.lines.slice(start + 1).map((l) => l.text);
    expect(json.slice(0, 3)).toEqual(["{", '"Response": {', '"RequestId": "187c16d5-1f53-4e88-b684-077f0c7123b2",']);
    expect(json.every((t) => /^[{}\[\]"]|^\d/.test(t) || t === "],")).toBe(true);
  });
});

describe("cleanPages on synthetic layouts", () => {
  it("drops a copyright footer with its product line; the next line starts a page", () => {
    const raw = ["a 1", "", "", "边缘计算机器", "", "版权所有：腾讯云计算（北京）有限责任公司 第163 共505页", "", "b 2", "", "", "边缘计算机器", "", "版权所有：腾讯云计算（北京）有限责任公司 第164 共505页", "c"];
    const m = cleanPages(raw);
    expect(m.lines).toEqual([
      { text: "a 1", line: 1, pageStart: false },
      { text: "b 2", line: 8, pageStart: true },
      { text: "c", line: 14, pageStart: true },
    ]);
    expect(m.product).toBe("边缘计算机器");
  });

  it("keeps the line above an anchor when a blank separates them (the title went to the previous page)", () => {
    const m = cleanPages(["输入示例", "", "最近更新时间：2025-04-25 01:30:05", "推荐使用 API Explorer 点击调试", "https://x.com/a", " https://ecm.tencentcloudapi.com/?Action=X"], 1, 6, {
      keepUrl: (u) => u.includes("?Action="),
    });
    expect(m.lines.map((l) => l.text)).toEqual(["输入示例", "https://ecm.tencentcloudapi.com/?Action=X"]);
    expect(m.titleBlocks[0]!.title).toBeUndefined();
  });

  it("keeps a short line that ends a page when the next page does not start with a heading", () => {
    const m = cleanPages(["SDK", "https://x.com/a", " Tencent Cloud SDK 3.0 for Python"]);
    expect(m.lines.map((l) => l.text)).toEqual(["SDK", "Tencent Cloud SDK 3.0 for Python"]);
  });

  it("finds the first line of a page", () => {
    const m = cleanPages(["a", " b", "c", "d", " e"]);
    expect(pageStartBefore(m.lines, 3)).toBe(1);
    expect(pageStartBefore(m.lines, 0)).toBe(0);
  });
});

describe("clipped headings", () => {
  it.each([
    ["发者资源", "5. 开发者资源", true],
    ["接 描述", "1. 接口描述", true],
    ["例", "4. 示例", true],
    ["第 次发布", "第 46 次发布", true],
    ["f", "InstanceFamilyTypeConfig", true],
    ["Route", "RouteTable", true],
    ["腾讯云 API 平台", "5. 开发者资源", false],
    ["4. 示例", "4. 示例", false],
  ])("%j is a clipped copy of %j: %s", (fragment, full, expected) => {
    expect(isClippedCopy(fragment, full)).toBe(expected);
  });
  it("knows heading lines", () => {
    expect(isHeadingLine("5. 开发者资源")).toBe(true);
    expect(isHeadingLine("实例相关接口")).toBe(true);
    expect(isHeadingLine("Tencent Cloud SDK 3.0 for Python")).toBe(false);
  });
});

// Issue 20 construct 5: a URL the PDF wrapped onto a line of its own between two body lines of one
// page is body text, not the page's URL dump; a dump ends its page.
describe("cleanPages: wrapped URL lines against URL dumps", () => {
  const URL = "https://cloud.tencent.com/document/product/213/15753";
  const table: { construct: string; given: string[]; want: { texts: string[]; pageStarts: string[] } }[] = [
    {
      construct: "5: a URL between two body lines stays, and the next line starts no page",
      given: ["Area", "区域信息，详见", URL, "被如下接口引用：DescribeZones。", "名称 类型 描述"],
      want: { texts: ["Area", "区域信息，详见", URL, "被如下接口引用：DescribeZones。", "名称 类型 描述"], pageStarts: [] },
    },
    {
      construct: "5: a dump followed by the next page (leading space) goes",
      given: ["AreaId String 区域ID", URL, " AreaName String 区域名称"],
      want: { texts: ["AreaId String 区域ID", "AreaName String 区域名称"], pageStarts: ["AreaName String 区域名称"] },
    },
    {
      construct: "5: a dump of several URLs goes, even when the next page start lost its space",
      given: ["AreaId String 区域ID", URL, `${URL}#Area`, "AreaName String 区域名称"],
      want: { texts: ["AreaId String 区域ID", "AreaName String 区域名称"], pageStarts: ["AreaName String 区域名称"] },
    },
    {
      construct: "5: a dump after a title block goes",
      given: ["AreaId String 区域ID", "数据结构\n最近更新时间：2025-04-25 01:30:19", URL, "AreaName String 区域名称"],
      want: { texts: ["AreaId String 区域ID", "AreaName String 区域名称"], pageStarts: ["AreaName String 区域名称"] },
    },
  ];
  it.each(table)("$construct", ({ given, want }) => {
    const model = cleanPages(given.join("\n\n").split("\n"));
    expect(model.lines.map((l) => l.text)).toEqual(want.texts);
    expect(model.lines.filter((l) => l.pageStart).map((l) => l.text)).toEqual(want.pageStarts);
  });
});
