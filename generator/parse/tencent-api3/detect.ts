// Finding the Tencent Cloud API 3.0 part of a PDF text export: action sections ('1. 接口描述')
// whose input tables have the space-separated header '参数名称 必选 类型 描述', on pages dated
// by '最近更新时间' title blocks. The part runs from the top of the document to the end of its
// final '错误码' section; whatever follows (001's older '云服务器 API 2017' pages, which reuse the
// same headings) belongs to another dialect.
import type { DocumentPart, SourceDocument } from "../document.ts";
import { findLegacyParts } from "../tencent-v2-pdf/sections.ts";
import { vocabularyOf, ZH, type Vocabulary } from "./vocabulary.ts";

export const DIALECT = "tencent-api3";

export const ACTION_HEADING = ZH.actionHeading;
export const INPUT_HEADER = ZH.inputHeader;
const PAGE_START = /^ \S/;

interface RawTitle {
  title: string;
  /** 1-based line of the title. */
  line: number;
}

/** Titles of the title blocks (the line printed right above a '最近更新时间' anchor) in [from, to). */
function rawTitles(lines: readonly string[], from = 0, to = lines.length, vocab: Vocabulary = ZH): RawTitle[] {
  const out: RawTitle[] = [];
  for (let i = Math.max(1, from + 1); i < to; i++) {
    if (vocab.anchor.test(lines[i]!.trim()) && lines[i - 1]!.trim() !== "") out.push({ title: lines[i - 1]!.trim(), line: i });
  }
  return out;
}

/**
 * The last line of the API 3.0 part starting at index `from`: just before the page carrying the
 * first title block after the final '错误码' section (found after '数据结构'); `to` without one.
 */
export function api3PartEnd(lines: readonly string[], from = 0, to = lines.length, vocab: Vocabulary = ZH): number {
  const titles = rawTitles(lines, from, to, vocab);
  const structs = titles.findIndex((t) => t.title === vocab.sections.structs);
  const errors = titles.findIndex((t, i) => i > structs && structs >= 0 && t.title === vocab.sections.errors);
  if (errors < 0 || errors + 1 >= titles.length) return to;
  const next = titles[errors + 1]!;
  for (let n = next.line; n > titles[errors]!.line; n--) {
    if (PAGE_START.test(lines[n - 1]!)) return n - 1;
  }
  return next.line - 1;
}

/**
 * One part per API 3.0 document: a file holding two exports one after the other (ECM then
 * Lighthouse) has two parts, each running to the end of its own '错误码' section. The legacy parts
 * (tencent-v2-pdf: '<heading>' / '简介' pages with the 旧版 API banner) reuse the same headings and
 * are left to their dialect.
 */
export function detectTencentApi3(doc: SourceDocument): DocumentPart[] {
  const lines = doc.lines;
  const legacy = findLegacyParts(doc).map((p) => ({ from: p.startLine - 1, to: p.endLine }));
  const parts: DocumentPart[] = [];
  let from = 0;
  while (from < lines.length) {
    const inside = legacy.find((p) => p.from <= from && from < p.to);
    if (inside) {
      from = inside.to;
      continue;
    }
    const limit = legacy.find((p) => p.from > from)?.from ?? lines.length;
    const vocab = vocabularyOf(lines, from, limit);
    const end = Math.max(from + 1, api3PartEnd(lines, from, limit, vocab));
    const part = api3Part(lines, from, end, vocab);
    if (part) parts.push(part);
    from = end;
  }
  return parts;
}

function api3Part(lines: readonly string[], from: number, end: number, vocab: Vocabulary): DocumentPart | undefined {
  let anchors = 0;
  let actions = 0;
  let tables = 0;
  for (let i = from; i < end; i++) {
    const t = lines[i]!.trim();
    if (vocab.anchor.test(t)) anchors++;
    else if (vocab.actionHeading.test(t)) actions++;
    else if (vocab.inputHeader.test(t)) tables++;
  }
  if (anchors === 0 || actions === 0 || tables === 0) return undefined;
  return {
    dialect: DIALECT,
    startLine: from + 1,
    endLine: end,
    evidence:
      vocab.language === "zh"
        ? `${actions} '1. 接口描述' sections with space-separated '参数名称 必选 类型 描述' tables (${tables}) on PDF pages dated by ${anchors} '最近更新时间' title blocks`
        : `${actions} '1. API Description' sections with space-separated 'Parameter Name Required Type Description' tables (${tables}) on PDF pages dated by ${anchors} 'Last updated' title blocks (English export)`,
  };
}
