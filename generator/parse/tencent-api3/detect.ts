// Finding the Tencent Cloud API 3.0 part of a PDF text export: action sections ('1. 接口描述')
// whose input tables have the space-separated header '参数名称 必选 类型 描述', on pages dated
// by '最近更新时间' title blocks. The part runs from the top of the document to the end of its
// final '错误码' section; whatever follows (001's older '云服务器 API 2017' pages, which reuse the
// same headings) belongs to another dialect.
import type { DocumentPart, SourceDocument } from "../document.ts";

export const DIALECT = "tencent-api3";

export const ACTION_HEADING = /^1\.\s*接口描述$/;
export const INPUT_HEADER = /^参数名称 必选 类型 描述$/;
const ANCHOR = /^最近更新时间\s*[:：]\s*\d{4}-\d{2}-\d{2}/;
const PAGE_START = /^ \S/;

interface RawTitle {
  title: string;
  /** 1-based line of the title. */
  line: number;
}

/** Titles of the title blocks (the line printed right above a '最近更新时间' anchor). */
function rawTitles(lines: readonly string[]): RawTitle[] {
  const out: RawTitle[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (ANCHOR.test(lines[i]!.trim()) && lines[i - 1]!.trim() !== "") out.push({ title: lines[i - 1]!.trim(), line: i });
  }
  return out;
}

/**
 * The last line of the API 3.0 part: just before the page carrying the first title block after
 * the final '错误码' section (found after '数据结构'); the end of the document without one.
 */
export function api3PartEnd(lines: readonly string[]): number {
  const titles = rawTitles(lines);
  const structs = titles.findIndex((t) => t.title === "数据结构");
  const errors = titles.findIndex((t, i) => i > structs && structs >= 0 && t.title === "错误码");
  if (errors < 0 || errors + 1 >= titles.length) return lines.length;
  const next = titles[errors + 1]!;
  for (let n = next.line; n > titles[errors]!.line; n--) {
    if (PAGE_START.test(lines[n - 1]!)) return n - 1;
  }
  return next.line - 1;
}

export function detectTencentApi3(doc: SourceDocument): DocumentPart[] {
  const lines = doc.lines;
  let anchors = 0;
  for (const l of lines) if (ANCHOR.test(l.trim())) anchors++;
  if (anchors === 0) return [];
  const end = api3PartEnd(lines);
  let actions = 0;
  let tables = 0;
  for (let i = 0; i < end; i++) {
    const t = lines[i]!.trim();
    if (ACTION_HEADING.test(t)) actions++;
    else if (INPUT_HEADER.test(t)) tables++;
  }
  if (actions === 0 || tables === 0) return [];
  return [
    {
      dialect: DIALECT,
      startLine: 1,
      endLine: end,
      evidence: `${actions} '1. 接口描述' sections with space-separated '参数名称 必选 类型 描述' tables (${tables}) on PDF pages dated by ${anchors} '最近更新时间' title blocks`,
    },
  ];
}
