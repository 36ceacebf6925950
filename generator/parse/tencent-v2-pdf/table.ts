// Parameter and error tables of the legacy pages of the PDF export. Columns are separated by
// spaces, in an order each table's header states (`参数名称 是否必选 类型 描述`, `参数名称 类型
// 是否必选 描述`, `参数名称 类型 描述`, …), and the PDF wraps every cell on its own: a name
// (`InternetMaxBandwid` / `thOut`), a type (`Intege` / `r`, `array of Filter` / `objects`), even
// the header (`名称 类型` / `是否必` / `选` / `描述`). A row therefore starts where the next few
// lines can be read as NAME [REQUIRED] TYPE with a known type word, each cell possibly wrapped;
// everything up to the next row start is description.
import type { Type } from "../../spec/types.ts";
import { typeRefs } from "../../spec/types.ts";
import type { CleanLine } from "../text/page-noise.ts";
import { parseTypeWord } from "../text/type-words.ts";
import { readWrappedRows } from "../steps/wrapped-rows.ts";

export type Column = "name" | "required" | "type" | "description" | "source";

const HEADERS: { words: string; columns: Column[] }[] = [
  { words: "参数名称是否必选类型描述来源", columns: ["name", "required", "type", "description", "source"] },
  { words: "参数名称是否必选类型描述", columns: ["name", "required", "type", "description"] },
  { words: "参数名称必选类型描述", columns: ["name", "required", "type", "description"] },
  { words: "参数名称类型是否必选描述", columns: ["name", "type", "required", "description"] },
  { words: "名称类型是否必选描述", columns: ["name", "type", "required", "description"] },
  { words: "参数名称类型描述", columns: ["name", "type", "description"] },
  { words: "名称类型描述", columns: ["name", "type", "description"] },
];
export const ERROR_HEADER = /^错误码\s+描述$/;
export const COMMON_ERROR_HEADER = /^错误代码\s+错误类型\s+(错误)?描述$/;

export interface TableHeader {
  columns: Column[];
  /** Lines the header spans (the PDF wraps it too). */
  consumed: number;
}

/**
 * Lines a wrapped header may span. A narrow column puts each character of its title on its own
 * line (`参数名称 类型` / `是` / `否` / `必` / `选` / `描述`, SyncImages 001:47532-47542, rows from 001:47544); the
 * prefix check below stops at the first line that cannot continue a header.
 */
const HEADER_WINDOW = 8;

/** A column header starting at `lines[i]`, possibly wrapped over several lines. */
export function readHeader(lines: readonly CleanLine[], i: number): TableHeader | undefined {
  if (!/^(参数名称|名称)/.test(lines[i]?.text ?? "")) return undefined;
  let joined = "";
  for (let k = 0; k < HEADER_WINDOW && i + k < lines.length; k++) {
    joined += lines[i + k]!.text.replace(/\s+/g, "");
    const h = HEADERS.find((x) => x.words === joined);
    if (h) return { columns: h.columns, consumed: k + 1 };
    if (!HEADERS.some((x) => x.words.startsWith(joined))) return undefined;
  }
  return undefined;
}

export interface TableRow {
  name: string;
  /** The type cell as read (wraps resolved), e.g. `Int`, `Array`, `array of Filter objects`. */
  typeWord: string;
  required?: boolean;
  description: string[];
  line: number;
}

const NAME_TOKEN = /^[A-Za-z_][A-Za-z0-9_.\-]*$/;
const NAME_PIECE = /^[A-Za-z0-9_.\-]+$/;
const WINDOW = 6;

interface Token {
  text: string;
  /** Index into the window's lines. */
  lineIndex: number;
  /** Whether a line break (not a space) precedes it. */
  broken: boolean;
}

/**
 * Whether `word` is a type word of these tables: a primitive, `Array`/`Object` (members listed
 * elsewhere), `Array of X`, or a structure the document defines. A bare CamelCase word the
 * document does not define is not a type here: it is far more often a wrapped name or prose.
 */
export function isTypeWord(word: string, structs: ReadonlySet<string>): boolean {
  const w = normalizeTypeWord(word);
  // `Placement object`: a structure named with the word object says it is a type.
  if (/^[A-Z][A-Za-z0-9]*$/.test(w) && /\sobjects?$/i.test(word.trim())) return true;
  if (/^(array|object)$/i.test(w)) return true;
  const t = parseTypeWord(w, structs);
  if (!t) return false;
  // `array of Price objects` says it is a type even when the document never defines Price.
  if (/^array\s+of\s+\S+\s+objects?$/i.test(w)) return true;
  return typeRefs(t).every((r) => structs.has(r));
}

/** The spec type of a type word read by isTypeWord (bare `Array`/`Object` are the caller's). */
export function typeOfWord(word: string, structs: ReadonlySet<string>): Type | undefined {
  return parseTypeWord(normalizeTypeWord(word), structs);
}

/** `Placement  object` -> `Placement`; spaces folded. (`array of X objects` is parseTypeWord's.) */
export function normalizeTypeWord(word: string): string {
  const w = word.trim().replace(/\s+/g, " ");
  return /^array of /i.test(w) ? w : w.replace(/^([A-Z][A-Za-z0-9]*) objects?$/, "$1");
}

/** All readings of a run of tokens: a line break inside a cell is either nothing or a space. */
function readings(tokens: readonly Token[]): string[] {
  let out = [tokens[0]!.text];
  for (const t of tokens.slice(1)) {
    const next: string[] = [];
    for (const s of out) {
      next.push(`${s} ${t.text}`);
      if (t.broken) next.push(s + t.text);
    }
    out = next;
  }
  return out;
}

interface RowStart {
  row: TableRow;
  /** Lines consumed by the row head. */
  consumed: number;
}

/** Reads a row head at `lines[i]` in the given column order, or undefined when none starts there. */
export function readRowStart(lines: readonly CleanLine[], i: number, columns: readonly Column[], structs: ReadonlySet<string>): RowStart | undefined {
  const first = lines[i]!.text.split(/\s+/)[0] ?? "";
  if (!NAME_TOKEN.test(first)) return undefined;
  const tokens: Token[] = [];
  for (let k = 0; k < WINDOW && i + k < lines.length; k++) {
    if (k > 0 && (readHeader(lines, i + k) || lines[i + k]!.pageStart && k > 2)) break;
    lines[i + k]!.text.split(/\s+/).filter((s) => s !== "").forEach((text, j) => tokens.push({ text, lineIndex: k, broken: j === 0 && k > 0 }));
  }
  const given = columns.filter((c) => c === "name" || c === "type" || c === "required");
  // Some tables print their rows in the other order than their header says (`参数名称 是否必选 类型
  // 描述` over `Version String 是` rows): the header's order is tried first, then the other one.
  for (const order of given.includes("required") ? [given, swapTypeRequired(given)] : [given]) {
    const r = readRowIn(tokens, lines, i, order, structs);
    if (r) return r;
  }
  return undefined;
}

function swapTypeRequired(order: readonly Column[]): Column[] {
  return order.map((c) => (c === "type" ? "required" : c === "required" ? "type" : c));
}

function readRowIn(tokens: readonly Token[], lines: readonly CleanLine[], i: number, order: readonly Column[], structs: ReadonlySet<string>): RowStart | undefined {
  // Name pieces: the first token, plus whole lines that continue it (a wrapped identifier).
  for (let ext = 0; ext <= 2; ext++) {
    if (ext > 0 && !(tokens[ext]?.broken && NAME_PIECE.test(tokens[ext]!.text))) break;
    if (ext > 0 && startsOwnRow(tokens, ext, order, structs)) break;
    const name = tokens.slice(0, ext + 1).map((t) => t.text).join("");
    if (!NAME_TOKEN.test(name)) break;
    const note = nameNote(tokens, ext + 1);
    const parsed = readCells(tokens, note?.next ?? ext + 1, order.slice(1), structs);
    if (!parsed) continue;
    const last = tokens[parsed.next - 1]!;
    const rest = [note?.text, tokens.filter((t, k) => k >= parsed.next && t.lineIndex === last.lineIndex).map((t) => t.text).join(" ")].filter((t) => t).join(" ");
    const row: TableRow = { name, typeWord: parsed.type, description: rest ? [rest] : [], line: lines[i]!.line };
    if (parsed.required !== undefined) row.required = parsed.required;
    return { row, consumed: last.lineIndex + 1 };
  }
  return undefined;
}

/**
 * Whether the line starting at token `at` is a whole row head by itself (its own name, then the
 * cells on that line). A wrapped name's remainder carries no cells on its line (`InternetMaxBandwid`
 * / `thOut` / `Integer 否`); a line that does is the next row, and the identifier above it ends the
 * previous description (`… 或者` / `CreateSecurityGroup` / `sgName 否 String 新的安全组名称`, 001:55985-55987).
 */
function startsOwnRow(tokens: readonly Token[], at: number, order: readonly Column[], structs: ReadonlySet<string>): boolean {
  const line = tokens[at]!.lineIndex;
  const own = tokens.slice(at).filter((t) => t.lineIndex === line);
  if (own.length < 2 || !NAME_TOKEN.test(own[0]!.text)) return false;
  return readCells(own, 1, order.slice(1), structs) !== undefined;
}

/**
 * A parenthesised note in the name cell, right after the name, on the name's line
 * (`cvmOverviews.n (cvmOverviews 为列表，此处入参需要填写列表元素 ) 是 String`, 001:54560): read as the
 * start of the description, so that the cells after it still make the row.
 */
function nameNote(tokens: readonly Token[], at: number): { text: string; next: number } | undefined {
  const open = tokens[at];
  if (!open || !/^[(（]/.test(open.text)) return undefined;
  for (let k = at; k < tokens.length && tokens[k]!.lineIndex === open.lineIndex; k++) {
    if (/[)）]$/.test(tokens[k]!.text)) return { text: tokens.slice(at, k + 1).map((t) => t.text).join(" "), next: k + 1 };
  }
  return undefined;
}

/** Reads the type and required cells (in `order`) from token `at`; the longest valid type wins. */
function readCells(tokens: readonly Token[], at: number, order: readonly Column[], structs: ReadonlySet<string>): { type: string; required?: boolean; next: number } | undefined {
  const r = readCellsFrom(tokens, at, order, structs);
  return r && r.type !== undefined ? { type: r.type, ...(r.required !== undefined ? { required: r.required } : {}), next: r.next } : undefined;
}

function readCellsFrom(tokens: readonly Token[], at: number, order: readonly Column[], structs: ReadonlySet<string>): { type?: string; required?: boolean; next: number } | undefined {
  if (order.length === 0) return { next: at };
  const [head, ...tail] = order;
  if (head === "required") {
    const w = tokens[at]?.text;
    if (w !== "是" && w !== "否") return undefined;
    const more = readCellsFrom(tokens, at + 1, tail, structs);
    return more ? { ...more, required: w === "是" } : undefined;
  }
  // The type: 1 to 4 tokens, wraps read either way.
  for (let n = Math.min(4, tokens.length - at); n >= 1; n--) {
    const run = tokens.slice(at, at + n);
    for (const word of readings(run)) {
      if (!isTypeWord(word, structs)) continue;
      const more = readCellsFrom(tokens, at + n, tail, structs);
      if (more) return { ...more, type: word };
    }
  }
  return undefined;
}

/**
 * Reads the rows of the tables in `lines`. A header line (anywhere, repeated at page tops) sets the
 * column order; `onHeader` hears of each header (sub-tables start with one). Lines before the first
 * row that are not headers are returned as `stray`.
 */
export function readTableRows(
  lines: readonly CleanLine[],
  structs: ReadonlySet<string>,
  onHeader: (index: number, rowsSoFar: number) => void = () => {},
  initial?: readonly Column[],
): { rows: TableRow[]; stray: CleanLine[] } {
  let columns: readonly Column[] | undefined = initial;
  return readWrappedRows<TableRow>(lines, {
    header: (ls, i, rowsSoFar) => {
      const header = readHeader(ls, i);
      if (!header) return 0;
      columns = header.columns;
      onHeader(i, rowsSoFar);
      return header.consumed;
    },
    skip: (text) => /^(输入|输出)[:：]?$/.test(text), // example labels the PDF moved to the page top
    rowStart: (ls, i) => (columns ? readRowStart(ls, i, columns, structs) : undefined),
  });
}

/** One of several alternative parameter tables of a request (`2.1. 查询已购买成功的包月实例的价格`). */
export interface RequestVariant {
  /** "2.1": the heading's number. */
  number: string;
  title: string;
  line: number;
  lines: CleanLine[];
}

const VARIANT_HEADING = /^2\.(\d+)\.?\s+(\S.*)$/;

/**
 * The input region cut at its numbered sub-headings, when it has them: some legacy actions document
 * their request as alternatives, each a full table (InquiryInstancePrice, 001:53710-53830). Lines
 * before the first heading (a note) belong to none; no heading gives one untitled variant.
 */
export function requestVariants(lines: readonly CleanLine[]): RequestVariant[] {
  const out: RequestVariant[] = [];
  for (const l of lines) {
    const m = VARIANT_HEADING.exec(l.text);
    if (m) out.push({ number: `2.${m[1]}`, title: `2.${m[1]} ${m[2]!.trim()}`, line: l.line, lines: [] });
    else if (out.length > 0) out[out.length - 1]!.lines.push(l);
  }
  return out.length >= 2 ? out : [{ number: "", title: "", line: lines[0]?.line ?? 0, lines: [...lines] }];
}

/**
 * The union of the variants' rows, in order of first appearance. A parameter is required only when
 * every variant lists it as required (a call follows one variant). Its description is kept per
 * variant, under the variant's title, unless every variant lists it with the same words.
 */
export function mergeVariantRows(variants: readonly { title: string; rows: readonly TableRow[] }[]): TableRow[] {
  const merged = new Map<string, { row: TableRow; seen: { title: string; row: TableRow }[] }>();
  for (const v of variants) {
    for (const row of v.rows) {
      const entry = merged.get(row.name);
      if (entry) entry.seen.push({ title: v.title, row });
      else merged.set(row.name, { row, seen: [{ title: v.title, row }] });
    }
  }
  return [...merged.values()].map(({ row, seen }) => {
    const required = seen.length === variants.length && seen.every((s) => s.row.required === true);
    const texts = seen.map((s) => s.row.description.join(""));
    // The titles say which alternatives a parameter belongs to, unless it is in all of them alike.
    const description =
      seen.length === variants.length && texts.every((t) => t === texts[0]) ? row.description : seen.map((s) => `${s.title}：${s.row.description.join("")}`);
    return { ...row, required, description };
  });
}
