// Cell and prose text of the Alibaba export as spec text, and identifiers broken by the PDF step.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import { htmlCellToText } from "../text/html-cell.ts";
import { plainInline, stripEmphasis } from "../text/markdown-inline.ts";

/**
 * Plain text of a table cell or prose line: `*emphasis*` goes first (while code is still marked as
 * code), HTML fragments become lines (`- item` for list items), then markdown leftovers (dead links,
 * bold, `\$` escapes) go. Lines stay lines.
 */
export function cellText(cell: string): string {
  // A cell continued on a row of its own (folded in by readTables with "\n") keeps that break.
  return cell
    .split("\n")
    .flatMap((piece) => htmlCellToText(stripEmphasis(piece)).split("\n"))
    .map((l) => unescapeQuotes(plainInline(l)))
    .filter((l) => l !== "")
    .join("\n");
}

/** `\"` in messages is a markdown escape of a plain quote. */
function unescapeQuotes(s: string): string {
  return s.replace(/\\"/g, '"');
}

/** Prose lines (a description paragraph) as one text: each source line a line. */
export function proseText(lines: readonly string[]): string {
  return lines
    .map(cellText)
    .filter((l) => l !== "")
    .join("\n");
}

const IDENT_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;

/**
 * The identifiers a document uses (every word-like token), to check repairs of broken names
 * against: a repair is only believed when the document spells the result somewhere.
 */
export class Vocabulary {
  private words: Set<string> | undefined;
  constructor(private readonly lines: readonly string[]) {}
  has(word: string): boolean {
    // Built on first use: only documents with broken names pay for it.
    if (!this.words) {
      this.words = new Set();
      for (const line of this.lines) for (const m of line.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) this.words.add(m[0]);
    }
    return this.words.has(word);
  }
}

/**
 * A parameter or type name as the document meant it. The PDF step put spaces inside identifiers
 * (`NetworkI nterfaceI d.N`, `SecurityGroupItemTy pe`) and once read a capital I before the break
 * as a lower-case l (`Instancel d`). Spaces never belong to a name, so they go; an `l` right
 * before a removed space becomes `I` when only that spelling occurs elsewhere in the document.
 * Returns undefined when the text is no identifier at all.
 */
export function repairIdentifier(raw: string, vocabulary: Vocabulary, diag: Diagnostics, line: number, what: string): string | undefined {
  const text = raw.trim();
  if (IDENT_PATH.test(text)) return text;
  if (!/\s/.test(text)) return undefined;
  const joined = text.replace(/\s+/g, "");
  if (!IDENT_PATH.test(joined)) return undefined;
  let name = joined;
  const segments = (n: string) => n.split(".");
  if (!segments(joined).every((s) => vocabulary.has(s) || /^[nN\d]$/.test(s))) {
    // Try reading an `l` before each break as `I`.
    const pieces = text.split(/\s+/);
    let candidate = pieces[0]!;
    for (const piece of pieces.slice(1)) {
      candidate = candidate.endsWith("l") && /^[a-z]/.test(piece) ? `${candidate.slice(0, -1)}I${piece}` : candidate + piece;
    }
    if (candidate !== joined && segments(candidate).every((s) => vocabulary.has(s) || /^[nN\d]$/.test(s))) name = candidate;
  }
  diag.report("name.repaired", line, `${what} "${text}" has spaces inside (PDF extraction); read as "${name}"`);
  return name;
}
