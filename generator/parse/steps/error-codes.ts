// Shared dialect step: what an error code looks like, for every dialect's error-code tables.
// Codes are dotted identifiers (`InvalidParameterValue.Malformed`, `UnsupportedOperation`), numeric
// legacy codes (`4000`, `-14000400`) or colon-separated ones (`Forbidden:RAM`); a description, a
// placeholder (`-`) or a wrapped sentence is none, and the row is reported, not read as a code.
// Tables that the PDF exports wrapped over lines are read by readErrorRows, on the shared
// wrapped-row reader: what starts a row is the dialect's rule, the reading is one.
import type { CleanLine } from "../text/page-noise.ts";
import { readWrappedRows } from "./wrapped-rows.ts";

const ERROR_CODE = /^-?[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

export function isErrorCode(text: string): boolean {
  return ERROR_CODE.test(text);
}

/** A code split by spaces in PDF extraction (`InvalidParameter .Foo`), joined; undefined when it is none either way. */
export function joinedErrorCode(text: string): string | undefined {
  if (isErrorCode(text) || !/\s/.test(text)) return undefined;
  const joined = text.replace(/\s+/g, "");
  return isErrorCode(joined) ? joined : undefined;
}

/** One row of an error-code table as printed: its code and the description lines under it. */
export interface ErrorRow {
  code: string;
  /** The description's lines as printed (the rest of the code's line first). */
  description: string[];
  /** The line where the code ends (a wrapped code's tail: its description follows it). */
  line: number;
}

/** What makes a row of one dialect's error-code table (the reading is shared). */
export interface ErrorRowRules {
  /**
   * Whether a line's first word, already a code by isErrorCode, starts a row of this table;
   * `previous` is the row above (with the description lines it has so far).
   */
  startsRow(word: string, previous: ErrorRow | undefined): boolean;
  /** Lines that belong to no row wherever they are (column headers the PDF repeats, stray marks). */
  skip?(text: string): boolean;
  /** Whether `next` is the tail of a code printed alone on its line and wrapped at the page width. */
  continuesCode?(next: string): boolean;
}

const CODE_THEN_TEXT = /^(\S+)(?:\s+(.*))?$/;

/**
 * The rows of an error-code table whose cells the PDF export wrapped: a row starts at a line whose
 * first word is a code (`Code description`, or the code alone with its description below); every
 * other line continues the description of the row above. Lines before the first row are returned
 * as `stray` for the dialect to report or ignore.
 */
export function readErrorRows(lines: readonly CleanLine[], rules: ErrorRowRules): { rows: ErrorRow[]; stray: CleanLine[] } {
  let previous: ErrorRow | undefined; // the last row started (the reader fills in its description)
  const rowHead = (ls: readonly CleanLine[], i: number): { row: ErrorRow; consumed: number } | undefined => {
    const m = CODE_THEN_TEXT.exec(ls[i]!.text);
    if (!m || !isErrorCode(m[1]!) || !rules.startsRow(m[1]!, previous)) return undefined;
    const rest = m[2] ?? "";
    const next = ls[i + 1];
    if (rest === "" && next && rules.continuesCode?.(next.text) && isErrorCode(m[1]! + next.text)) {
      return { row: { code: m[1]! + next.text, description: [], line: next.line }, consumed: 2 };
    }
    return { row: { code: m[1]!, description: rest === "" ? [] : [rest], line: ls[i]!.line }, consumed: 1 };
  };
  return readWrappedRows<ErrorRow>(lines, {
    header: (ls, i) => (rules.skip?.(ls[i]!.text) ? 1 : 0),
    rowStart: (ls, i) => {
      const head = rowHead(ls, i);
      if (head) previous = head.row;
      return head;
    },
  });
}
