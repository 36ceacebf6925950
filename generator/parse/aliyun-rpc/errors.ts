// Error-code tables: 错误代码 / 描述 or 错误信息 / HTTP 状态码 / 语义 or 说明, in whatever order the
// header gives (HTTP status third, second or first). Codes repeat with different messages, so
// every row is kept; the description holds the explanation and the server message.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { ErrorCode } from "../../spec/types.ts";
import type { TabRow } from "../text/tab-table.ts";
import { cellText } from "./cells.ts";
import type { ErrorColumns } from "./tables.ts";

const CODE = /^-?[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const HTTP = /^[1-5]\d\d$/;

export function errorsFromRows(rows: readonly TabRow[], columns: ErrorColumns, file: string, diag: Diagnostics, kind?: ErrorCode["kind"]): ErrorCode[] {
  const out: ErrorCode[] = [];
  for (const row of rows) {
    let code = (row.cells[columns.code] ?? "").trim();
    if (!CODE.test(code) && /\s/.test(code) && CODE.test(code.replace(/\s+/g, ""))) {
      diag.report("error.code-repaired", row.line, `error code "${code}" has spaces inside (PDF extraction); read as "${code.replace(/\s+/g, "")}"`);
      code = code.replace(/\s+/g, "");
    }
    let message = columns.message !== undefined ? cellText(row.cells[columns.message] ?? "") : "";
    const meaning = columns.meaning !== undefined ? cellText(row.cells[columns.meaning] ?? "") : "";
    const http = columns.http !== undefined ? (row.cells[columns.http] ?? "").trim() : "";
    if (!CODE.test(code)) {
      diag.report("error.code", row.line, `error row without a code (${JSON.stringify(code.slice(0, 40))}); skipped`);
      continue;
    }
    // Shifted rows: `DiskError⇥IncorrectDiskStatus⇥403⇥…` put the code where the message belongs.
    if (columns.message !== undefined && CODE.test(message) && /[A-Z]/.test(message) && !/\s/.test(message) && message !== code) {
      diag.report("error.shifted", row.line, `error row "${code}" has a code-like message "${message}": read as code ${message} (the table's columns are shifted)`);
      [code, message] = [message, code];
    }
    const description = [meaning, message].filter((s) => s !== "").join("\n");
    const error: ErrorCode = { code, description };
    if (HTTP.test(http)) error.httpStatus = Number(http);
    else if (columns.http !== undefined) diag.report("error.http", row.line, `HTTP status of ${code} reads ${JSON.stringify(http)}, not a status code`);
    if (kind) error.kind = kind;
    error.source = { file, line: row.line };
    out.push(error);
  }
  return out;
}
