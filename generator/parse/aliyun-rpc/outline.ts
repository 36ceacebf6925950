// The numbered heading tree of an Alibaba Cloud developer guide export ("1.5.1. RunInstances").
//
// The export has no heading markup: a heading is a line holding a section number and a title.
// Numbered list items inside prose ("1. 使用请求参数构造…") look the same, so the table of contents
// (目录: "1.5.1. RunInstances⇥26", a TAB and a page number) says which numbers are headings; each is
// then looked up in the body in order. Titles in the body and the TOC may differ slightly (a PDF
// space inside an identifier, "InstanceTypeItem" vs "InstanceTypeItemType"): the body wins.
import type { Diagnostics } from "../../spec/diagnostics.ts";

export interface TocEntry {
  number: string;
  title: string;
  /** 1-based line of the TOC entry. */
  line: number;
}

export interface Heading {
  /** "1.5.1" (no trailing dot). */
  number: string;
  /** 1 for "1.", 3 for "1.5.1.". */
  level: number;
  /** The title as the body prints it, trimmed. */
  title: string;
  /** The title as the TOC prints it, when there is a TOC entry. */
  tocTitle?: string;
  /** 1-based line of the heading. */
  line: number;
  /** Last line of the section, sub-sections included. */
  end: number;
}

export interface Outline {
  /** Line of the `目录` label, when the document has one. */
  tocLine?: number;
  toc: TocEntry[];
  headings: Heading[];
}

const TOC_LINE = /^(\d+(?:\.\d+)*)\.?\s*([^\t]*?\S)\s*\t\s*\d+\s*$/;
const TOC_LABEL = /^目\s*录$/;
/** A heading line found without a TOC: at least two number levels ("1.5.1."), no TAB. */
const NUMBERED = /^(\d+(?:\.\d+)+)\.\s*(\S[^\t]*)$/;

/** The TOC entries: the run of `N.N. Title⇥page` lines after `目录` (blank lines allowed). */
export function readToc(lines: readonly string[]): { tocLine?: number; entries: TocEntry[] } {
  let start = lines.findIndex((l) => TOC_LABEL.test(l.trim()));
  const tocLine = start >= 0 ? start + 1 : undefined;
  if (start < 0) start = lines.findIndex((l) => TOC_LINE.test(l.trim()));
  if (start < 0) return { entries: [] };
  const entries: TocEntry[] = [];
  for (let i = tocLine !== undefined ? start + 1 : start; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === "") continue;
    const m = TOC_LINE.exec(t);
    if (!m) break;
    entries.push({ number: m[1]!, title: m[2]!.trim(), line: i + 1 });
  }
  return tocLine !== undefined ? { tocLine, entries } : { entries };
}

/** Titles compared without whitespace; a prefix counts (a TOC may abbreviate or extend a name). */
function sameTitle(a: string, b: string): boolean {
  const x = a.replace(/\s+/g, "");
  const y = b.replace(/\s+/g, "");
  return x === y || (x.length >= 4 && y.length >= 4 && (x.startsWith(y) || y.startsWith(x)));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Finds the body headings. With a TOC, every entry is looked up in order after the TOC: a line
 * `number.` + title without a TAB; the title must match (whitespace-insensitively) unless no
 * line does, then the number alone decides (reported). Without a TOC, multi-level numbered lines.
 */
export function readOutline(lines: readonly string[], diag: Diagnostics): Outline {
  const { tocLine, entries } = readToc(lines);
  const headings: Heading[] = [];
  if (entries.length === 0) {
    for (let i = 0; i < lines.length; i++) {
      const m = NUMBERED.exec(lines[i]!.trim());
      if (m) headings.push({ number: m[1]!, level: m[1]!.split(".").length, title: m[2]!.trim(), line: i + 1, end: lines.length });
    }
    if (headings.length > 0) diag.report("outline.no-toc", 1, "no table of contents (目录): headings are taken from multi-level section numbers alone");
  } else {
    let cursor = entries[entries.length - 1]!.line;
    for (const entry of entries) {
      const re = new RegExp(`^${escapeRe(entry.number)}(?:\\.\\s*|\\s+)(\\S[^\\t]*)$`);
      let byNumber: { line: number; title: string } | undefined;
      let found: { line: number; title: string } | undefined;
      for (let i = cursor; i < lines.length; i++) {
        const m = re.exec(lines[i]!.trim());
        if (!m) continue;
        const title = m[1]!.trim();
        if (sameTitle(title, entry.title)) {
          found = { line: i + 1, title };
          break;
        }
        // Only deeper numbers may match by number alone: "1." is also a list item.
        if (!byNumber && entry.number.includes(".")) byNumber = { line: i + 1, title };
      }
      if (!found && byNumber) {
        found = byNumber;
        diag.report("outline.title-mismatch", found.line, `heading ${entry.number} reads "${found.title}" but the table of contents (line ${entry.line}) says "${entry.title}"`);
      }
      if (!found) {
        diag.report("outline.heading-missing", entry.line, `the table of contents lists ${entry.number} "${entry.title}" but the body has no such heading (truncated document?)`);
        continue;
      }
      cursor = found.line;
      headings.push({ number: entry.number, level: entry.number.split(".").length, title: found.title, tocTitle: entry.title, line: found.line, end: lines.length });
    }
  }
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    const next = headings.slice(i + 1).find((n) => n.level <= h.level);
    h.end = next ? next.line - 1 : lines.length;
  }
  return tocLine !== undefined ? { tocLine, toc: entries, headings } : { toc: entries, headings };
}

/** The sections directly below `parent` (one level deeper and inside it). */
export function childrenOf(outline: Outline, parent: Heading): Heading[] {
  return outline.headings.filter((h) => h.level === parent.level + 1 && h.line > parent.line && h.line <= parent.end && h.number.startsWith(`${parent.number}.`));
}

/** The TOC entries below a TOC number ("1.17" -> "1.17.1", …), in order. */
export function tocChildren(outline: Outline, number: string, depth = 1): TocEntry[] {
  const level = number.split(".").length + depth;
  return outline.toc.filter((e) => e.number.startsWith(`${number}.`) && e.number.split(".").length === level);
}
