// The page model of PDF text exports (Tencent Cloud documentation PDFs): what a PDF page dumps
// besides the document's body, and how to take it out while every kept line keeps its number.
//
// A page is dumped as: body text, then the page's title block (category / title / '最近更新时间：'
// / '推荐使用 API Explorer 点击调试', possibly followed by displaced '说明' callout boxes), then a
// URL dump (every hyperlink of the page, one per line); the next page starts with a line that has
// one leading space. Some breaks are a copyright footer ('<product>' / '版权所有：… 第N 共M页')
// instead. A heading that straddles a page bottom leaves a clipped copy ('发者资源' for
// '5. 开发者资源') as the last body line. All of this sits wherever a page break falls: in the
// middle of a table row or of a JSON example. Blank lines carry no meaning and are dropped.

export interface CleanLine {
  /** The line's text, without the page-start space. */
  text: string;
  /** 1-based line number in the document. */
  line: number;
  /** First body line of a PDF page (after a page tail or footer, or printed with a leading space). */
  pageStart: boolean;
}

/** A page's title block: the header of the document section starting on that page. */
export interface TitleBlock {
  /** The section title; absent when the PDF put it on the previous page. */
  title?: string;
  /** A group heading printed before the title ('实例相关接口'). */
  category?: string;
  /** Line of the '最近更新时间' anchor. */
  line: number;
  /** Index into `PageModel.lines` of the first kept line after the block. */
  index: number;
  /** Whether the block carries the 'API Explorer' line (action pages only). */
  explorer: boolean;
}

/** Text that was lifted out of the body into a page tail (a '说明' callout box). */
export interface PageNote {
  line: number;
  text: string;
  index: number;
}

export interface PageModel {
  lines: CleanLine[];
  titleBlocks: TitleBlock[];
  notes: PageNote[];
  /** URLs of the dumps (in order), e.g. the API Explorer link naming an action. */
  urls: { url: string; line: number; index: number }[];
  /** Clipped heading fragments that were dropped. */
  clipped: { text: string; line: number }[];
  /** The product name printed above the copyright footers, when there are footers. */
  product?: string;
}

export interface PageNoiseOptions {
  /** URL-only lines to keep as body text (request lines of examples). Default: none. */
  keepUrl?: (url: string, line: number) => boolean;
  /** Group headings printed before a title-block title. */
  isCategory?: (text: string) => boolean;
  /** The page frame's words, for documents not in Chinese: title-block anchor, explorer line(s), footer. */
  frame?: { anchor: RegExp; explorerLine: RegExp; footer: RegExp; clippedMax?: number };
}

const ANCHOR = /^最近更新时间\s*[:：]\s*\d{4}-\d{2}-\d{2}/;
const EXPLORER_LINE = /^推荐使用\s*API\s*Explorer\s*点击调试$/;
const URL_LINE = /^https?:\/\/[^\s"'<>{}\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]+$/;
const FOOTER = /^版权所有\s*[:：].*第\s*\d+\s*共\s*\d+\s*页$/;
/** The longest product line above a footer ('Cloud Virtual Machine' is 21 characters). */
const PRODUCT_MAX = 60;
const CHINESE_FRAME = { anchor: ANCHOR, explorerLine: EXPLORER_LINE, footer: FOOTER };
const NOTE_HEAD = /^(说明|注意)$/;
const DEFAULT_CATEGORY = (t: string) => /^\S{1,20}(相关接口|其他接口)$|^其他接口$|^调用方式$/.test(t);

/** A line that starts a section or part: what a clipped fragment can be a copy of. */
export function isHeadingLine(text: string): boolean {
  return (
    /^\d+\.\s*\S/.test(text) ||
    /^第\s*\d+\s*次发布/.test(text) ||
    /(相关接口|其他接口)$/.test(text) ||
    /^[A-Z][A-Za-z0-9]*$/.test(text)
  );
}

/** Whether `fragment` (spaces ignored) is a short in-order selection of `full`'s characters. */
export function isClippedCopy(fragment: string, full: string, maxLength = 8): boolean {
  const f = fragment.replace(/\s+/g, "");
  if (f.length === 0 || f.length > maxLength || f === full.replace(/\s+/g, "")) return false;
  let j = 0;
  for (const ch of full) if (j < f.length && ch === f[j]) j++;
  return j === f.length;
}

interface Entry {
  raw: string;
  text: string;
  line: number;
  spaced: boolean;
}

/**
 * Removes the page noise of lines `startLine..endLine` (1-based, inclusive) of `raw`.
 * Never throws; whatever is not recognized as noise is kept.
 */
export function cleanPages(raw: readonly string[], startLine = 1, endLine = raw.length, options: PageNoiseOptions = {}): PageModel {
  const keepUrl = options.keepUrl ?? (() => false);
  const isCategory = options.isCategory ?? DEFAULT_CATEGORY;
  const { anchor: ANCHOR, explorerLine: EXPLORER_LINE, footer: FOOTER } = options.frame ?? CHINESE_FRAME;
  const entries: Entry[] = [];
  // Whether the raw line before an entry was blank: a title sits directly above its anchor.
  const adjacentToPrevious: boolean[] = [];
  for (let n = Math.max(1, startLine); n <= Math.min(endLine, raw.length); n++) {
    const r = raw[n - 1]!;
    if (r.trim() === "") continue;
    adjacentToPrevious.push(n - 1 >= startLine && raw[n - 2]!.trim() !== "");
    entries.push({ raw: r, text: r.trim(), line: n, spaced: /^ \S/.test(r) });
  }

  // The product line above copyright footers: the same short line before every footer.
  const footerLeads = new Map<string, number>();
  entries.forEach((e, i) => {
    if (FOOTER.test(e.text) && i > 0) footerLeads.set(entries[i - 1]!.text, (footerLeads.get(entries[i - 1]!.text) ?? 0) + 1);
  });
  let product: string | undefined;
  for (const [text, count] of footerLeads) if (text.length <= PRODUCT_MAX && (!product || count > footerLeads.get(product)!)) product = text;

  const noise = new Array<boolean>(entries.length).fill(false);
  const blocks: { title?: string; category?: string; at: number; anchorLine: number; explorer: boolean }[] = [];
  const notes: { line: number; text: string; at: number }[] = [];
  const urls: { url: string; line: number; at: number }[] = [];

  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (ANCHOR.test(e.text)) {
      noise[i] = true;
      const block: (typeof blocks)[number] = { at: i, anchorLine: e.line, explorer: false };
      let k = i - 1;
      if (adjacentToPrevious[i] && k >= 0 && !noise[k]) {
        block.title = entries[k]!.text;
        noise[k] = true;
        block.at = k;
        k--;
        if (k >= 0 && !noise[k] && isCategory(entries[k]!.text)) {
          block.category = entries[k]!.text;
          noise[k] = true;
          block.at = k;
        }
      }
      // The page tail: the explorer line, displaced callout boxes, the URL dump.
      let j = i + 1;
      for (; j < entries.length; j++) {
        const t = entries[j]!;
        if (EXPLORER_LINE.test(t.text)) {
          block.explorer = true;
          noise[j] = true;
          continue;
        }
        if (NOTE_HEAD.test(t.text) && !t.spaced) {
          const body: string[] = [];
          let m = j + 1;
          for (; m < entries.length && m <= j + 12; m++) {
            const b = entries[m]!;
            if (b.spaced || URL_LINE.test(b.text) || ANCHOR.test(b.text) || EXPLORER_LINE.test(b.text)) break;
            body.push(b.text);
          }
          // A callout box is followed by the URL dump or the next page; otherwise it was body text.
          if (body.length > 0 && m < entries.length && (URL_LINE.test(entries[m]!.text) || entries[m]!.spaced || EXPLORER_LINE.test(entries[m]!.text))) {
            for (let q = j; q < m; q++) noise[q] = true;
            // Consecutive boxes are consecutive notes.
            let head = j;
            for (let q = j + 1; q <= m; q++) {
              if (q === m || NOTE_HEAD.test(entries[q]!.text)) {
                const text = entries.slice(head + 1, q).map((b) => b.text).join("\n");
                if (text !== "") notes.push({ line: entries[head]!.line, text, at: head });
                head = q;
              }
            }
            j = m - 1;
            continue;
          }
        }
        break;
      }
      blocks.push(block);
      i = j - 1;
      continue;
    }
    if (EXPLORER_LINE.test(e.text)) {
      noise[i] = true;
      continue;
    }
    if (URL_LINE.test(e.text) && !keepUrl(e.text, e.line)) {
      if (isWrappedUrl(entries, noise, i, { anchor: ANCHOR, explorerLine: EXPLORER_LINE, footer: FOOTER })) continue;
      noise[i] = true;
      urls.push({ url: e.text, line: e.line, at: i });
      continue;
    }
    if (FOOTER.test(e.text)) {
      noise[i] = true;
      if (i > 0 && product !== undefined && entries[i - 1]!.text === product) noise[i - 1] = true;
    }
  }

  // Page starts: a spaced line, or the first body line after a page tail or footer.
  const kept: number[] = [];
  const pageStart = new Array<boolean>(entries.length).fill(false);
  let afterNoise = false;
  for (let i = 0; i < entries.length; i++) {
    if (noise[i]) {
      afterNoise = true;
      continue;
    }
    pageStart[i] = entries[i]!.spaced || (afterNoise && kept.length > 0);
    afterNoise = false;
    kept.push(i);
  }

  // Clipped heading copies: a short last body line repeating part of the next page's heading.
  const clipped: PageModel["clipped"] = [];
  for (let k = 0; k + 1 < kept.length; k++) {
    const cur = entries[kept[k]!]!;
    const next = entries[kept[k + 1]!]!;
    if (!pageStart[kept[k + 1]!] || !isHeadingLine(next.text) || !isClippedCopy(cur.text, next.text, options.frame?.clippedMax)) continue;
    noise[kept[k]!] = true;
    clipped.push({ text: cur.text, line: cur.line });
  }

  const lines: CleanLine[] = [];
  const indexOf = new Array<number>(entries.length + 1).fill(0);
  for (let i = 0; i < entries.length; i++) {
    indexOf[i] = lines.length;
    if (noise[i]) continue;
    lines.push({ text: entries[i]!.text, line: entries[i]!.line, pageStart: pageStart[i]! });
  }
  indexOf[entries.length] = lines.length;
  const after = (at: number) => indexOf[at]!;
  return {
    lines,
    titleBlocks: blocks.map((b) => ({
      ...(b.title !== undefined ? { title: b.title } : {}),
      ...(b.category !== undefined ? { category: b.category } : {}),
      line: b.anchorLine,
      index: after(b.at),
      explorer: b.explorer,
    })),
    notes: notes.map((n) => ({ line: n.line, text: n.text, index: after(n.at) })),
    urls: urls.map((u) => ({ url: u.url, line: u.line, index: after(u.at) })),
    clipped,
    ...(product !== undefined ? { product } : {}),
  };
}

/**
 * Whether the URL-only entry `i` is body text that the PDF wrapped onto a line of its own ('详见' /
 * 'https://…/15753' / '被如下接口引用：…') rather than a page's URL dump. A dump ends its page: it
 * follows the title block (or body text, on a page without one) and is followed by another URL of
 * the dump, the next page (a line printed with the page-start space), a footer or the end. A lone
 * URL between two body lines of one page is none of that; taken for a dump, it made the next line
 * a page start, and the page start found for a title block printed below it cut off everything
 * above it on the page (issue 20 construct 5).
 */
function isWrappedUrl(entries: readonly Entry[], noise: readonly boolean[], i: number, frame: { anchor: RegExp; explorerLine: RegExp; footer: RegExp }): boolean {
  const prev = entries[i - 1];
  const next = entries[i + 1];
  if (!prev || !next || noise[i - 1] || URL_LINE.test(prev.text)) return false;
  // (Any leading space: the legacy parts indent their code, so a page start there can have more than one.)
  if (/^\s/.test(next.raw) || URL_LINE.test(next.text) || frame.footer.test(next.text) || frame.anchor.test(next.text) || frame.explorerLine.test(next.text)) return false;
  // The product line printed above a footer.
  const after = entries[i + 2];
  return !(after && frame.footer.test(after.text));
}

/** The index of the first line of the page holding `index` (the nearest page start at or before it). */
export function pageStartBefore(lines: readonly CleanLine[], index: number): number {
  for (let i = Math.min(index, lines.length - 1); i > 0; i--) if (lines[i]!.pageStart) return i;
  return 0;
}
