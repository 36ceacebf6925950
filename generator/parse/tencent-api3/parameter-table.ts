// Parameter tables of the PDF export (输入参数, 输出参数, data structure members): columns are
// separated by one space, but the PDF flattens a row over up to five lines ('NodeSet' / 'Array of'
// / 'Node' / description). A row starts where the next few lines read NAME [是|否] TYPE with a
// known type word; everything up to the next row start is description.
import type { CleanLine } from "../text/page-noise.ts";
import { readWrappedRows } from "../steps/wrapped-rows.ts";
import { PRIMITIVE_TYPE_PATTERN } from "../text/type-words.ts";
import { ZH, type Vocabulary } from "./vocabulary.ts";

/** Column orders: input tables put 必选 before the type, structure tables after it. */
export type ColumnOrder = "name-required-type" | "name-type" | "name-type-required";

export interface ParameterRow {
  name: string;
  /** `.N` suffix removed; true when the doc wrote it (an array in the query). */
  indexed: boolean;
  required?: boolean;
  /** '-' in the 必选 column (the common Region parameter). */
  requiredUnstated?: boolean;
  /** The type cell, line breaks folded to spaces. */
  typeWord: string;
  /** The description cell's lines as printed. */
  description: string[];
  line: number;
  /**
   * Set when the row was read by its layout alone (a 必选 cell, or a known type word) although its
   * name or type cell is not an identifier (`Foo-Bar`, `__proto__`, `Foo; process.exit()`): the
   * row keeps its own place instead of being folded into the previous row's description.
   */
  odd?: "name" | "type";
}

/** Column-header lines, which the PDF repeats at the top of each page of a table. */
export const TABLE_HEADER = ZH.tableHeader;

const NAME = "[A-Z][A-Za-z0-9_]*(?:\\.N)?";
const WINDOW = 5;
/** Cheap pre-check: a row's first line starts with its name followed by a space or nothing. */
const ROW_HEAD = /^[A-Z][A-Za-z0-9_]*(?:\.N)?(?: |$)/;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface RowPatterns {
  /** Rows whose type is a primitive or a structure the document defines. */
  strict: RegExp;
  /**
   * Rows with any CamelCase type word, where the layout leaves no doubt that it is a row (the
   * 必选 cell, or the type ending its line): read so that an undefined type is reported, not
   * folded into the previous row's description.
   */
  loose: RegExp;
  /** A known type word (primitive or defined structure) at the start of a string, as group 1. */
  type: RegExp;
  /** The words the patterns were built with (the 必选 cell's yes/no). */
  vocab?: Vocabulary;
}

/** The row-start patterns for a column order and the struct names the document defines. */
export function rowStartPattern(order: ColumnOrder, structNames: Iterable<string>, vocab: Vocabulary = ZH): RowPatterns {
  const known = [...structNames].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRe);
  const k = `(?:${[PRIMITIVE_TYPE_PATTERN, ...known].join("|")})`;
  // A type word read by layout alone has a lowercase letter: a description line such as 'VPC ID'
  // is not a row of type ID (structure names are CamelCase).
  const anyWord = "[A-Z][A-Z0-9_]*[a-z][A-Za-z0-9_]*";
  // Without a 必选 cell, a row of an undefined type is believed only when its name has a lowercase
  // letter: a wrapped description line 'VPC Id' / 'NAT Gateway' / 'API Name' has the layout of such
  // a row, while the documents' all-capital member names (CPU, ISP, MTU) always have a known type.
  const cased = "[A-Z][A-Z0-9_]*[a-z][A-Za-z0-9_]*(?:\\.N)?";
  const build = (word: string, typeEnd: string, name = NAME) => {
    const type = `(Array of[ \\n]${word}|${word})`;
    const req = `(${vocab.yes}|${vocab.no}|-)`;
    // A list item inside a description ('IP - String - 是否必填：否 - …', Filters) has the layout
    // of a row with '-' in the 必选 cell, but a cell after its type that starts with '-' too.
    const notListItem = "(?![ \\n]-(?:[ \\n]|$))";
    const body =
      order === "name-required-type"
        ? `(${NAME})[ \\n]${req}[ \\n]${type}(?=[ \\n]|$)${notListItem}`
        : order === "name-type"
          ? `(${name})[ \\n]${type}${typeEnd}`
          : `(${NAME})[ \\n]${type}[ \\n]${req}(?=[ \\n]|$)`;
    return new RegExp(`^${body}`);
  };
  return { strict: build(k, "(?=[ \\n]|$)"), loose: build(anyWord, "(?=\\n|$)", cased), type: new RegExp(`^(Array of ${k}|${k})(?= |$)`), vocab };
}

interface RowStart {
  row: Omit<ParameterRow, "description">;
  /** Lines consumed by the row head; `rest` is what followed the head on its last line. */
  consumed: number;
  rest: string;
}

/** A single-line row whose name or type is not an identifier: NAME 是|否|- TYPE-TOKEN [description]. */
function oddRequiredRow(vocab: Vocabulary): RegExp {
  return new RegExp(`^([A-Za-z_$][^\\s]{0,99}) (${vocab.yes}|${vocab.no}) ([A-Za-z_$][^\\s]{0,99})(?: (.*))?$`);
}
const ODD_REQUIRED_ROW = new Map<Vocabulary, RegExp>();
const IDENT_NAME = /^[A-Z][A-Za-z0-9_]*(?:\.N)?$/;
const PROSE_WORD = /^[a-z]+[,.;:]?$/;
/**
 * Chinese that continues the noun phrase before it and never begins a cell. Without a 必选 cell a
 * wrapped description line such as 'CVM Instance 的ID' has the layout of a row (name CVM, the
 * defined structure Instance as its type); the 的 after the type shows the words are one phrase.
 */
const CONTINUES_PHRASE = /^的/;

function matchOddRow(first: string, line: number, order: ColumnOrder, strictType: RegExp, vocab: Vocabulary): RowStart | undefined {
  let rawName: string;
  let reqWord: string | undefined;
  let typeWord: string;
  let rest: string;
  if (order === "name-required-type") {
    let re = ODD_REQUIRED_ROW.get(vocab);
    if (!re) ODD_REQUIRED_ROW.set(vocab, (re = oddRequiredRow(vocab)));
    const m = re.exec(first);
    if (!m) return undefined;
    [rawName, reqWord, typeWord, rest] = [m[1]!, m[2], m[3]!, m[4] ?? ""];
  } else {
    // Without a 必选 cell, only a known type word right after the odd name marks a row.
    const m = /^([A-Za-z_$][^\s]{0,99}) (.*)$/.exec(first);
    if (!m || IDENT_NAME.test(m[1]!)) return undefined;
    // In Latin prose a wrapped line can read 'the String …': a plain lowercase word is text.
    if (vocab.language !== "zh" && PROSE_WORD.test(m[1]!)) return undefined;
    const t = strictType.exec(m[2]!);
    if (!t) return undefined;
    rawName = m[1]!;
    typeWord = t[1]!;
    rest = m[2]!.slice(t[0].length).trim();
    if (order === "name-type-required") {
      const r = new RegExp(`^(${vocab.yes}|${vocab.no}|-)(?: |$)`).exec(rest);
      if (!r) return undefined;
      reqWord = r[1];
      rest = rest.slice(r[0].length).trim();
    }
  }
  const row: RowStart["row"] = {
    name: rawName.replace(/\.N$/, ""),
    indexed: rawName.endsWith(".N"),
    typeWord,
    line,
    odd: IDENT_NAME.test(rawName) ? "type" : "name",
  };
  setRequired(row, reqWord, vocab);
  return { row, consumed: 1, rest: rest.trim() };
}

function setRequired(row: RowStart["row"], reqWord: string | undefined, vocab: Vocabulary): void {
  if (reqWord === vocab.yes) row.required = true;
  else if (reqWord === vocab.no) row.required = false;
  else if (reqWord === "-") {
    row.required = false;
    row.requiredUnstated = true;
  }
}

function matchRowStart(lines: readonly CleanLine[], i: number, patterns: RowPatterns, order: ColumnOrder): RowStart | undefined {
  const first = lines[i]!.text;
  const vocab = patterns.vocab ?? ZH;
  if (!ROW_HEAD.test(first)) return matchOddRow(first, lines[i]!.line, order, patterns.type, vocab);
  const window: string[] = [];
  for (let j = i; j < lines.length && j < i + WINDOW; j++) window.push(lines[j]!.text);
  const joined = window.join("\n");
  const m = patterns.strict.exec(joined) ?? patterns.loose.exec(joined);
  if (!m) return matchOddRow(first, lines[i]!.line, order, patterns.type, vocab);
  const rawName = m[1]!;
  const typeWord = (order === "name-required-type" ? m[3]! : m[2]!).replace(/\s+/g, " ");
  const reqWord = order === "name-required-type" ? m[2] : order === "name-type-required" ? m[3] : undefined;
  // Where the head ended: count the line breaks it consumed.
  const head = m[0];
  const consumed = head.split("\n").length;
  const lastLine = window[consumed - 1]!;
  const headOnLast = head.slice(head.lastIndexOf("\n") + 1);
  const rest = lastLine.slice(headOnLast.length).trim();
  if (reqWord === undefined && CONTINUES_PHRASE.test(rest)) return undefined;
  const row: RowStart["row"] = {
    name: rawName.replace(/\.N$/, ""),
    indexed: rawName.endsWith(".N"),
    typeWord,
    line: lines[i]!.line,
  };
  setRequired(row, reqWord, vocab);
  return { row, consumed, rest };
}

export interface TableParse {
  rows: ParameterRow[];
  /** Lines before the first row that are neither a header nor the table's introduction. */
  stray: CleanLine[];
}

/**
 * Reads the rows of one table from `lines` (the lines between the table's heading and the next
 * heading). Header lines are skipped wherever they occur; lines before the first row are returned
 * as `stray` unless `intro` accepts them.
 */
export function parseParameterTable(
  lines: readonly CleanLine[],
  order: ColumnOrder,
  structNames: Iterable<string>,
  intro: (text: string) => boolean = () => false,
  patterns?: RowPatterns,
  vocab: Vocabulary = patterns?.vocab ?? ZH,
): TableParse {
  const rowPatterns = patterns ?? rowStartPattern(order, structNames, vocab);
  return readWrappedRows<ParameterRow>(lines, {
    header: (ls, i) => (vocab.tableHeader.test(ls[i]!.text) ? 1 : 0),
    rowStart: (ls, i) => {
      const start = matchRowStart(ls, i, rowPatterns, order);
      return start && { row: { ...start.row, description: start.rest ? [start.rest] : [] }, consumed: start.consumed };
    },
    intro,
  });
}
