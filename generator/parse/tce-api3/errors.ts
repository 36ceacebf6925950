// Error codes: the final 错误码 chapter (公共错误码 then 业务错误码), the preamble's 公共错误码
// (codes the chapter lacks), and each action's own 错误码 table. Every code is checked by the
// shared error-code rule.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { ErrorCode } from "../../spec/types.ts";
import type { SourceDocument } from "../document.ts";
import { isErrorCode } from "../steps/error-codes.ts";
import { plainInline } from "../text/markdown-inline.ts";
import { readTabTables } from "../text/tab-table.ts";
import { findLine, isHeaderCells } from "./lines.ts";
import type { Skeleton } from "./skeleton.ts";

/** The service's error codes: the final chapter's, then the preamble's codes that chapter lacks. */
export function readServiceErrors(doc: SourceDocument, sk: Skeleton, start: number, end: number, diag: Diagnostics): ErrorCode[] {
  const errors: ErrorCode[] = sk.errorsAt !== undefined ? readFinalErrors(doc, sk.errorsAt, end, diag) : [];
  const preambleCommonAt = findLine(doc, sk.overviewEnd, sk.preambleEnd, (t) => t === "公共错误码");
  if (preambleCommonAt !== undefined) {
    const sectionEnd = (findLine(doc, preambleCommonAt + 1, sk.preambleEnd, (t) => t === "公共参数") ?? sk.preambleEnd + 1) - 1;
    const known = new Set(errors.map((e) => e.code));
    for (const e of readErrorTable(doc, preambleCommonAt, sectionEnd, diag, [["错误码", "错误描述"]])) {
      if (known.has(e.code)) continue;
      known.add(e.code);
      errors.push({ ...e, kind: "common" });
    }
  }
  if (errors.length === 0) diag.report("service.common-errors", sk.errorsAt ?? start, "no common error code list (公共错误码/业务错误码) found");
  return errors;
}

/** The rows of the `错误码⇥…` tables from..to; a first cell that is no code is reported and skipped. */
export function readErrorTable(doc: SourceDocument, from: number, to: number, diag: Diagnostics, headers: string[][]): ErrorCode[] {
  const scan = readTabTables(doc.lines, from, to, { isHeader: isHeaderCells(headers) });
  for (const p of scan.problems) diag.report(p.code, p.line, p.message);
  const out: ErrorCode[] = [];
  for (const t of scan.tables) {
    for (const row of t.rows) {
      const code = row.cells[0] ?? "";
      if (!isErrorCode(code)) {
        diag.report("error.code", row.line, `not an error code: ${JSON.stringify(code)}`);
        continue;
      }
      out.push({ code, description: plainInline(row.cells[1] ?? ""), source: { file: doc.file, line: row.line } });
    }
  }
  return out;
}

/** The final 错误码 section: 公共错误码 then 业务错误码, both `错误码⇥说明`. */
function readFinalErrors(doc: SourceDocument, from: number, to: number, diag: Diagnostics): ErrorCode[] {
  const commonAt = findLine(doc, from, to, (t) => t === "公共错误码");
  const businessAt = findLine(doc, from, to, (t) => t === "业务错误码");
  const out: ErrorCode[] = [];
  const headers = [["错误码", "说明"], ["错误码", "描述"]];
  if (commonAt !== undefined) {
    for (const e of readErrorTable(doc, commonAt, (businessAt ?? to + 1) - 1, diag, headers)) out.push({ ...e, kind: "common" });
  }
  if (businessAt !== undefined) {
    for (const e of readErrorTable(doc, businessAt, to, diag, headers)) {
      if (e.description === "") diag.report("error.no-description", e.source!.line, `business error code ${e.code} has no description`);
      out.push({ ...e, kind: "business" });
    }
  }
  if (commonAt === undefined && businessAt === undefined) diag.report("service.common-errors", from, "the 错误码 section has neither 公共错误码 nor 业务错误码");
  return out;
}
