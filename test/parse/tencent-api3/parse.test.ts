// Unit tests of the API 3.0 skeleton (generator/parse/tencent-api3/parse.ts): where the parts of a
// document start. Excerpts are written for the test in the PDF export's layout (a blank line after
// every line but inside title blocks, a leading space where a page starts, title blocks and URL
// dumps at page ends).
import { describe, expect, it } from "vitest";
import { findSkeleton } from "../../../generator/parse/tencent-api3/parse.ts";
import { findStructs } from "../../../generator/parse/tencent-api3/structs.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { pdfExcerpt } from "./helpers.ts";

const pdf = (lines: string[]) => lines.join("\n\n");

/** The end of the last action section, up to its error table. */
const LAST_ACTION = [
  " 1. 接口描述",
  "接口请求域名： cvm.tencentcloudapi.com 。",
  "2. 输入参数",
  "参数名称 必选 类型 描述",
  "Action 是 String 公共参数，本接口取值：DescribeZones。",
  "3. 输出参数",
  "参数名称 类型 描述",
  "RequestId String 唯一请求 ID。",
  "6. 错误码",
  "错误码 描述",
  "InternalError 内部错误。",
];
const AREA = ["Area", "区域信息，详见", "被如下接口引用：DescribeZones。", "名称 类型 描述", "AreaId String 区域ID"];
const URL_DUMP = "https://cloud.tencent.com/document/api/213/15753#Area";
const ZONE = ["Zone", "可用区信息", "被如下接口引用：DescribeZones。", "名称 类型 描述", "ZoneId String 可用区ID"];
/** A title block: the title sits directly above its anchor, with no blank line between. */
const TITLE = (title: string) => [`${title}\n最近更新时间：2025-04-25 01:30:19`];

// Issue 20 construct 5: the 数据结构 chapter starts at its first structure, wherever its title block
// is printed and whatever looks like a page end inside it.
describe("findSkeleton: where the 数据结构 chapter starts", () => {
  const table: { construct: string; given: string; want: string[] }[] = [
    {
      construct: "5: a URL wrapped onto its own line on the chapter's first page, above its title block",
      given: pdf([...LAST_ACTION, URL_DUMP, " Area", "区域信息，详见", "https://cloud.tencent.com/document/product/213/15753", "被如下接口引用：DescribeZones。", "名称 类型 描述", "AreaId String 区域ID", ...ZONE, ...TITLE("数据结构")]),
      want: ["Area", "Zone"],
    },
    {
      construct: "5: the chapter title printed only at the end of the chapter, pages after its start",
      given: pdf([...LAST_ACTION, URL_DUMP, " Area", ...AREA.slice(1), URL_DUMP, " AreaName String 区域名称", ...ZONE, ...TITLE("数据结构")]),
      want: ["Area", "Zone"],
    },
    {
      // The bundled exports: the title block ends the chapter's first page.
      construct: "5: the title block at the end of the chapter's first page",
      given: pdf([...LAST_ACTION, URL_DUMP, " Area", ...AREA.slice(1), ...TITLE("数据结构"), URL_DUMP, " AreaName String 区域名称", ...ZONE]),
      want: ["Area", "Zone"],
    },
  ];
  it.each(table)("$construct", ({ given, want }) => {
    const sk = findSkeleton(pdfExcerpt(given));
    const diag = new Diagnostics("x");
    const structs = findStructs(sk.model.lines.slice(sk.structStart, sk.errorStart), diag);
    expect(structs.map((s) => s.name)).toEqual(want);
    expect(diag.items).toEqual([]);
  });
});

// Issue 20 construct 5: the wrapped URL is part of the structure's description, and the structures
// above it on its page are kept, wherever the chapter's title block is printed.
describe("findSkeleton and findStructs: a wrapped URL in the middle of the chapter", () => {
  const URL = "https://cloud.tencent.com/document/product/213/15753";
  const table: { construct: string; given: string; want: { name: string; description: string[] }[] }[] = [
    {
      construct: "5: a URL on its own line below a structure, title block at the chapter's end",
      given: pdf([...LAST_ACTION, URL_DUMP, " Area", ...AREA.slice(1), ...ZONE.slice(0, 1), "可用区信息，详见", URL, ...ZONE.slice(2), ...TITLE("数据结构")]),
      want: [
        { name: "Area", description: ["区域信息，详见"] },
        { name: "Zone", description: ["可用区信息，详见", URL] },
      ],
    },
    {
      construct: "5: a URL on its own line on the chapter's first page, title block on that page",
      given: pdf([...LAST_ACTION, URL_DUMP, " Area", ...AREA.slice(1), ...ZONE.slice(0, 1), "可用区信息，详见", URL, ...ZONE.slice(2), ...TITLE("数据结构"), URL_DUMP]),
      want: [
        { name: "Area", description: ["区域信息，详见"] },
        { name: "Zone", description: ["可用区信息，详见", URL] },
      ],
    },
  ];
  it.each(table)("$construct", ({ given, want }) => {
    const sk = findSkeleton(pdfExcerpt(given));
    const diag = new Diagnostics("x");
    const structs = findStructs(sk.model.lines.slice(sk.structStart, sk.errorStart), diag);
    expect(structs.map((s) => ({ name: s.name, description: s.description }))).toEqual(want);
    expect(diag.items).toEqual([]);
  });
});
