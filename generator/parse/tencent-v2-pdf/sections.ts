// The legacy parts of a Tencent Cloud PDF export ('云服务器 API 2017', '云服务器API（旧版）'): how
// they are found and cut into sections.
//
// Such a part starts with a page whose first line is the part's own heading (a TOC top-level
// entry, printed with the page-start space) and whose title block is '简介'; its pages carry the
// banner '当前页面接口为旧版 API…'. Unlike the API 3.0 pages, every document section here starts on
// a page of its own with its title block at the top, so a section runs from one title block to
// the next. Page noise is removed with the shared page model (text/page-noise.ts).
import type { SourceDocument } from "../document.ts";
import { cleanPages, type CleanLine, type PageModel } from "../text/page-noise.ts";

const ANCHOR = /^最近更新时间\s*[:：]\s*\d{4}-\d{2}-\d{2}/;
export const LEGACY_BANNER = /^当前页面接口为旧版\s*API/;
/** A request line of the legacy examples: kept although it is a bare URL. */
export const V2_REQUEST_URL = /\/v2\/index\.php/;

export interface LegacyPart {
  /** The part heading ('云服务器 API 2017'). */
  heading: string;
  startLine: number;
  endLine: number;
  /** How many legacy banners the part carries. */
  banners: number;
}

/**
 * The parts that start with '<heading>' / '简介' / '最近更新时间' and carry the legacy banner. Each
 * runs to the line before the next such part (or the end of the document).
 */
export function findLegacyParts(doc: SourceDocument): LegacyPart[] {
  const lines = doc.lines;
  const starts: { line: number; heading: string }[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!ANCHOR.test(lines[i]!.trim()) || lines[i - 1]!.trim() !== "简介") continue;
    // The heading: the nearest non-blank line above the title, printed as a page start.
    let h = i - 2;
    while (h >= 0 && lines[h]!.trim() === "") h--;
    if (h < 0 || !/^ \S/.test(lines[h]!) || /^https?:\/\//.test(lines[h]!.trim())) continue;
    starts.push({ line: h + 1, heading: lines[h]!.trim() });
  }
  const parts: LegacyPart[] = [];
  starts.forEach((s, k) => {
    const endLine = k + 1 < starts.length ? starts[k + 1]!.line - 1 : lines.length;
    let banners = 0;
    for (let n = s.line; n <= endLine; n++) if (LEGACY_BANNER.test(lines[n - 1]!.trim())) banners++;
    if (banners > 0) parts.push({ heading: s.heading, startLine: s.line, endLine, banners });
  });
  return parts;
}

export interface Section {
  title: string;
  category?: string;
  /** Line of the title (or of the anchor when the title is missing). */
  line: number;
  /** Body lines, banners removed. */
  lines: CleanLine[];
}

export interface LegacyPages {
  model: PageModel;
  sections: Section[];
  /** Line numbers kept by the page model (for reading examples with their raw indentation). */
  kept: Set<number>;
}

/** Cuts a part into sections at its title blocks and drops the legacy banner boxes. */
export function readSections(doc: SourceDocument, part: { startLine: number; endLine: number }): LegacyPages {
  const model = cleanPages(doc.lines, part.startLine, part.endLine, { keepUrl: (url) => V2_REQUEST_URL.test(url) });
  // A 'clipped heading copy' made of ASCII letters is, in these tables, the wrapped end of a name
  // (`InternetAccessibl` / `e` / next page ` InternetAccessible object`): put it back.
  const restored = model.clipped.filter((c) => /^[A-Za-z0-9_.]+$/.test(c.text));
  if (restored.length > 0) {
    model.lines = [...model.lines, ...restored.map((c) => ({ text: c.text, line: c.line, pageStart: false }))].sort((a, b) => a.line - b.line);
    for (const b of model.titleBlocks) b.index += restored.filter((c) => c.line < b.line).length;
  }
  const banner = bannerLines(model.lines);
  const sections: Section[] = [];
  const blocks = model.titleBlocks;
  blocks.forEach((b, k) => {
    const to = k + 1 < blocks.length ? blocks[k + 1]!.index : model.lines.length;
    const body = model.lines.slice(b.index, to).filter((l) => !banner.has(l.line));
    sections.push({ title: b.title ?? "", ...(b.category ? { category: b.category } : {}), line: b.title !== undefined ? b.line - 1 : b.line, lines: body });
  });
  return { model, sections, kept: new Set(model.lines.filter((l) => !banner.has(l.line)).map((l) => l.line)) };
}

/** The banner box: '说明：', the banner sentence, and its wrapped tail ('3.0 。'). */
function bannerLines(lines: readonly CleanLine[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((l, i) => {
    if (!LEGACY_BANNER.test(l.text)) return;
    out.add(l.line);
    const prev = lines[i - 1];
    if (prev && /^说明\s*[:：]?$/.test(prev.text)) out.add(prev.line);
    const next = lines[i + 1];
    if (next && !/[。.]$/.test(l.text) && next.text.length <= 12 && /。$/.test(next.text)) out.add(next.line);
  });
  return out;
}

/** Index of the first line at or after `from` whose text passes `test`, or -1. */
export function findIndex(lines: readonly CleanLine[], from: number, test: (t: string) => boolean): number {
  for (let i = Math.max(0, from); i < lines.length; i++) if (test(lines[i]!.text)) return i;
  return -1;
}
