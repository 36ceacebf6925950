// Reading the lines of a TCE markdown export: cues (headings folded to simplified characters), the
// page dates that mark a real section start, and tables found by their header cells.
import type { SourceDocument } from "../document.ts";
import { foldHanVariants } from "../text/han-variants.ts";

export const DATED = /^最近更新(时间|的时间)?\s*[:：]/;
/** An action, structure, member or overview name. */
export const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;

export type Line = { text: string; line: number };

/** Text of line n (1-based), cues folded to simplified characters, markdown `#` and edges trimmed. */
export function cue(doc: SourceDocument, n: number): string {
  return foldHanVariants((doc.lines[n - 1] ?? "").replace(/^#+\s*/, "").trim());
}

/** Whether the first text line within three after line n is a page date (`最近更新时间：…`). */
export function isDatedAt(doc: SourceDocument, n: number, end: number): boolean {
  for (let i = n + 1; i <= end && i <= n + 3; i++) {
    const t = cue(doc, i);
    if (t === "") continue;
    return DATED.test(t);
  }
  return false;
}

/** The non-blank lines from..to (1-based, inclusive), trimmed. */
export function nonBlank(doc: SourceDocument, from: number, to: number): Line[] {
  const out: Line[] = [];
  for (let n = from; n <= to; n++) {
    const text = (doc.lines[n - 1] ?? "").trim();
    if (text !== "") out.push({ text, line: n });
  }
  return out;
}

/** The first line from..to whose cue passes `test`. */
export function findLine(doc: SourceDocument, from: number, to: number, test: (t: string, n: number) => boolean): number | undefined {
  for (let n = from; n <= to; n++) if (test(cue(doc, n), n)) return n;
  return undefined;
}

/** A header test for readTabTables: the cells are one of `headers` (traditional characters folded). */
export const isHeaderCells = (headers: string[][]) => (cells: string[]) => {
  const folded = cells.map(foldHanVariants).join("\t");
  return headers.some((h) => h.join("\t") === folded);
};
