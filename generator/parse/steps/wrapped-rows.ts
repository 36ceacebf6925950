// Shared dialect step: tables whose rows the PDF export wrapped over several lines (the Tencent API
// 3.0 export and the legacy pages of the same PDFs). A row starts where the next few lines can be
// read as a row head (NAME [REQUIRED] TYPE, each cell possibly wrapped); every line up to the next
// row start is the row's description; column headers (repeated at each page top) are skipped
// wherever they occur. What a row head looks like is the dialect's; the reading is one.
import type { CleanLine } from "../text/page-noise.ts";

export interface RowHead<R> {
  /** The row, its description holding what followed the head on the head's last line. */
  row: R;
  /** Lines the head spans. */
  consumed: number;
}

export interface WrappedRowRules<R> {
  /** How many lines a column header at `i` spans (0: none there). It may set the column order. */
  header(lines: readonly CleanLine[], i: number, rowsSoFar: number): number;
  /** A row head starting at `i`, or undefined. */
  rowStart(lines: readonly CleanLine[], i: number): RowHead<R> | undefined;
  /** Lines that belong to no row wherever they are (labels the PDF moved). */
  skip?(text: string): boolean;
  /** Lines before the first row that introduce the table rather than stray from it. */
  intro?(text: string): boolean;
}

/** The rows of the table in `lines`, and the lines before the first row that are neither header nor introduction. */
export function readWrappedRows<R extends { description: string[] }>(lines: readonly CleanLine[], rules: WrappedRowRules<R>): { rows: R[]; stray: CleanLine[] } {
  const rows: R[] = [];
  const stray: CleanLine[] = [];
  let current: R | undefined;
  for (let i = 0; i < lines.length; i++) {
    const header = rules.header(lines, i, rows.length);
    if (header > 0) {
      i += header - 1;
      continue;
    }
    const text = lines[i]!.text;
    if (rules.skip?.(text)) continue;
    const start = rules.rowStart(lines, i);
    if (start) {
      current = start.row;
      rows.push(current);
      i += start.consumed - 1;
      continue;
    }
    if (current) current.description.push(text);
    else if (!rules.intro?.(text)) stray.push(lines[i]!);
  }
  return { rows, stray };
}
