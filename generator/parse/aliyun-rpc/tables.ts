// The TAB tables of the Alibaba export, told apart by their header words. Column sets vary
// (是否必须/是否必需, 描述/错误信息, HTTP status third or first), so each table gets a column map
// from its header; what a table means (request, response, data type) comes from the heading it
// sits under, never from its width.
import { readTabTables, type TabRow, type TabTable, type TabTableProblem } from "../text/tab-table.ts";

export interface ParamColumns {
  kind: "params";
  name: number;
  type: number;
  /** Absent in response and data-type tables. */
  required?: number;
  description: number;
}

export interface ErrorColumns {
  kind: "errors";
  code: number;
  http?: number;
  /** The server's message (English), when the table has one. */
  message?: number;
  /** The explanation (Chinese: 语义/说明/描述). */
  meaning?: number;
}

export type Columns = ParamColumns | ErrorColumns;

const NAME = /^(名称|参数名称|参数名|参数)$/;
const TYPE = /^(类型|参数类型)$/;
const REQUIRED = /^(是否必须|是否必需|是否必选|必选|必须|必需|必填|是否必填)$/;
const DESCRIPTION = /^(描述|说明|参数说明|含义)$/;
const CODE = /^(错误代码|错误码|code)$/i;
const HTTP = /^(http\s*状态码|httpcode|http\s*code|状态码)$/i;
const MESSAGE = /^(错误信息|message|错误消息|errormessage)$/i;
const MEANING = /^(语义|说明|描述)$/;

/** The column map of a header row, or undefined when it is no parameter or error table. */
export function columnsOf(header: readonly string[]): Columns | undefined {
  const cells = header.map((c) => c.replace(/\s+/g, " ").trim());
  const find = (re: RegExp) => {
    const i = cells.findIndex((c) => re.test(c));
    return i < 0 ? undefined : i;
  };
  const code = find(CODE);
  if (code !== undefined) {
    const http = find(HTTP);
    let message = find(MESSAGE);
    const meaningAt = cells.findIndex((c, i) => i !== code && i !== http && i !== message && MEANING.test(c));
    let meaning = meaningAt < 0 ? undefined : meaningAt;
    // `错误代码⇥描述⇥Http 状态码⇥语义`: 描述 holds the message when 语义 explains it.
    if (message === undefined && meaning !== undefined && cells[meaning] === "描述") {
      const other = cells.findIndex((c, i) => i !== meaning && i !== code && i !== http && MEANING.test(c));
      if (other >= 0) {
        message = meaning;
        meaning = other;
      }
    }
    // A data row may start with a member named Code; a header names at least one more column.
    if (http === undefined && message === undefined && meaning === undefined) return undefined;
    return { kind: "errors", code, ...(http !== undefined && { http }), ...(message !== undefined && { message }), ...(meaning !== undefined && { meaning }) };
  }
  const name = find(NAME);
  const type = find(TYPE);
  const description = find(DESCRIPTION);
  if (name === undefined || type === undefined || description === undefined) return undefined;
  const required = find(REQUIRED);
  return { kind: "params", name, type, description, ...(required !== undefined && { required }) };
}

export interface ReadTable {
  table: TabTable;
  columns: Columns;
}

export interface ReadTables {
  tables: ReadTable[];
  problems: TabTableProblem[];
}

/**
 * The parameter and error tables of lines[from..to] (1-based, inclusive). Page-split pieces are
 * joined; a row whose leading cells are empty continues the previous row's last cell (the text
 * of a description cell that went on after a page break).
 */
export function readTables(lines: readonly string[], from: number, to: number): ReadTables {
  const scan = readTabTables(lines, from, to, {
    isHeader: (cells) => columnsOf(cells) !== undefined,
    continues: (t, cells) => cells.length === t.header.length,
  });
  const tables: ReadTable[] = [];
  for (const table of scan.tables) {
    const columns = columnsOf(table.header)!;
    table.rows = foldContinuations(table.rows);
    tables.push({ table, columns });
  }
  return { tables, problems: scan.problems };
}

function foldContinuations(rows: TabRow[]): TabRow[] {
  const out: TabRow[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    const last = row.cells.length - 1;
    if (prev && row.cells[0] === "" && row.cells.slice(0, last).every((c) => c === "") && row.cells[last] !== "") {
      prev.cells[last] = `${prev.cells[last] ?? ""}\n${row.cells[last]}`;
      continue;
    }
    if (row.cells.every((c) => c === "")) continue;
    out.push(row);
  }
  return out;
}
