// The preamble's service-wide sections: 公共参数 (the common request parameters) and 地域列表.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Field } from "../../spec/types.ts";
import type { SourceDocument } from "../document.ts";
import { plainInline } from "../text/markdown-inline.ts";
import { readTabTables } from "../text/tab-table.ts";
import { typeFromWord } from "../text/type-words.ts";
import { findLine, isHeaderCells } from "./lines.ts";

/** 公共参数: the TC3 header table (签名方法 v3) and the v1 query table (签名方法 v1), in document order. */
export function readCommonParameters(doc: SourceDocument, from: number, to: number, diag: Diagnostics): Field[] {
  const at = findLine(doc, from, to, (t) => t === "公共参数");
  if (at === undefined) {
    diag.report("service.common-parameters", from, "no 公共参数 section");
    return [];
  }
  const sectionEnd = (findLine(doc, at + 1, to, (t) => t === "地域列表") ?? to + 1) - 1;
  const scan = readTabTables(doc.lines, at, sectionEnd, { isHeader: isHeaderCells([["参数名称", "类型", "必选", "描述"]]) });
  for (const p of scan.problems) diag.report(p.code, p.line, p.message);
  const out: Field[] = [];
  const names = new Set<string>();
  for (const t of scan.tables) {
    for (const row of t.rows) {
      const [name = "", type = "", required = "", description = ""] = row.cells;
      if (names.has(name)) continue;
      names.add(name);
      out.push({
        name,
        type: typeFromWord(type, new Set(), diag, row.line),
        required: required === "是",
        description: plainInline(description),
        source: { file: doc.file, line: row.line },
      });
    }
  }
  return out;
}

/** 地域列表: reported when it has no table of regions (it only points to DescribeRegions); regions are not read into the spec. */
export function checkRegions(doc: SourceDocument, from: number, to: number, diag: Diagnostics): void {
  const regionsAt = findLine(doc, from, to, (t) => t === "地域列表");
  if (regionsAt === undefined) return;
  const regionTables = readTabTables(doc.lines, regionsAt, to, { isHeader: (c) => c.length >= 2 && /地域/.test(c.join("")) }).tables;
  if (regionTables.length === 0) {
    diag.report("service.regions", regionsAt, "地域列表 lists no regions (it only points to the DescribeRegions action): service.regions left out");
  }
}
