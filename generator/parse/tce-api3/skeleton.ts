// The skeleton of the API 3.0 part: where each action section, the 数据结构 chapter, the final
// 错误码 chapter, the API 概览 tables and the preamble (everything before the first action) are.
// Everything is found by its heading text, never by its position.
import type { SourceDocument } from "../document.ts";
import { foldHanVariants } from "../text/han-variants.ts";
import { DATED, findLine, isDatedAt, cue, type Line } from "./lines.ts";

const ACTION_ANCHOR = /^(\d+\.\s*)?接口描述$/;

export interface Skeleton {
  /** 1-based lines of each action's `接口描述` heading. */
  anchors: number[];
  /** The 数据结构 and final 错误码 chapter headings, when found. */
  structsAt?: number;
  errorsAt?: number;
  /** Last line of the last action section. */
  actionsEnd: number;
  /** The API 概览 tables: overviewAt..overviewEnd. */
  overviewAt: number;
  overviewEnd: number;
  /** Last line before the first action's title. */
  preambleEnd: number;
}

export function findSkeleton(doc: SourceDocument, start: number, end: number): Skeleton {
  const anchors: number[] = [];
  for (let n = start; n <= end; n++) if (ACTION_ANCHOR.test(cue(doc, n))) anchors.push(n);
  const lastAnchor = anchors[anchors.length - 1] ?? start;
  const structsAt = findLine(doc, lastAnchor, end, (t, n) => t === "数据结构" && isDatedAt(doc, n, end));
  const errorsAt = findLine(doc, structsAt ?? lastAnchor, end, (t, n) => t === "错误码" && isDatedAt(doc, n, end));
  const actionsEnd = (structsAt ?? errorsAt ?? end + 1) - 1;
  const overviewAt = findLine(doc, start, end, (t) => /^API\s*概览$/.test(t)) ?? start;
  const firstTitle = anchors.length > 0 ? titleLineOf(doc, anchors[0]!) : undefined;
  const overviewEnd = (findLine(doc, overviewAt, end, (t) => t === "调用方式") ?? firstTitle?.line ?? end) - 1;
  const preambleEnd = (firstTitle?.line ?? actionsEnd + 1) - 1;
  return {
    anchors,
    ...(structsAt !== undefined ? { structsAt } : {}),
    ...(errorsAt !== undefined ? { errorsAt } : {}),
    actionsEnd,
    overviewAt,
    overviewEnd,
    preambleEnd,
  };
}

/** The last line of the action section whose anchor is the i-th: before the next section's group heading or title. */
export function actionSectionEnd(doc: SourceDocument, sk: Skeleton, i: number): number {
  const nextTitle = i + 1 < sk.anchors.length ? titleLineOf(doc, sk.anchors[i + 1]!) : undefined;
  return Math.min(sk.actionsEnd, (groupStart(doc, nextTitle) ?? sk.actionsEnd + 1) - 1);
}

/** The title line of an action section: the nearest text line above its anchor that is not a date. */
export function titleLineOf(doc: SourceDocument, anchor: number): Line | undefined {
  for (let n = anchor - 1; n >= 1 && n >= anchor - 8; n--) {
    const t = (doc.lines[n - 1] ?? "").trim();
    if (t === "" || DATED.test(foldHanVariants(t))) continue;
    return { text: t, line: n };
  }
  return undefined;
}

/** Where the section starting with `title` begins: its group heading when one stands right above. */
function groupStart(doc: SourceDocument, title: Line | undefined): number | undefined {
  if (!title) return undefined;
  for (let n = title.line - 1; n >= 1 && n >= title.line - 3; n--) {
    const t = (doc.lines[n - 1] ?? "").trim();
    if (t === "") continue;
    return /相关接口$/.test(t) ? n : title.line;
  }
  return title.line;
}
