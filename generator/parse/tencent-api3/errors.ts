// Error-code tables: an action's '6. 错误码' ('错误码 描述') and the final '错误码' section with its
// '公共错误码' and '业务错误码' lists ('错误码 说明'). A row is 'Code description'; a long code
// stands alone with its description on the next line; descriptions wrap. The first segment of a
// code has a lowercase letter, which tells a code from a wrapped 'VPC …' description line.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { ErrorCode } from "../../spec/types.ts";
import type { CleanLine } from "../text/page-noise.ts";
import { joinProse } from "../text/description.ts";
import { readErrorRows } from "../steps/error-codes.ts";
import { ZH, type Vocabulary } from "./vocabulary.ts";

/** A code of these tables: its first segment is a capitalized word with a lowercase letter. */
const CODE_WORD = /^[A-Z][a-z]+[A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*$/;
/**
 * In a Latin-script table a wrapped description line also starts with a capitalized word
 * ('Invalid instance ID. …'): a code there is dotted or has at least two capitalized humps
 * ('InternalError', 'FailedOperation.X'); a single word is description.
 */
const LATIN_CODE = /\.|^[A-Z][a-z0-9]*[A-Z]/;

/**
 * Reads error rows (the shared error-row reader, with this export's rule for a code). Lines
 * before the first row (other than the header and the intro sentence) are reported; `kind` is
 * set on every code when given.
 */
export function parseErrorTable(lines: readonly CleanLine[], diag: Diagnostics, kind?: ErrorCode["kind"], where = "error table", vocab: Vocabulary = ZH): ErrorCode[] {
  const { rows, stray } = readErrorRows(lines, {
    skip: (t) => vocab.errorHeader.test(t) || vocab.errorIntro.test(t),
    startsRow: (word, previous) => {
      // A code printed alone on its line always has its description on the next line.
      const awaitingDescription = previous !== undefined && previous.description.length === 0 && vocab.language !== "zh";
      return !awaitingDescription && CODE_WORD.test(word) && (vocab.language === "zh" || LATIN_CODE.test(word));
    },
  });
  for (const l of stray) diag.report("error.row", l.line, `${where}: line before the first error code ignored: ${JSON.stringify(l.text.slice(0, 60))}`);
  return rows.map((r) => {
    const description = joinProse(r.description);
    if (description === "") diag.report("error.no-description", r.line, `${where}: error code ${r.code} has no description`);
    const e: ErrorCode = { code: r.code, description };
    if (kind) e.kind = kind;
    e.source = { file: diag.file, line: r.line };
    return e;
  });
}

/** The final 错误码 section: codes after '公共错误码' are common, after '业务错误码' business. */
export function parseCommonErrors(lines: readonly CleanLine[], diag: Diagnostics, vocab: Vocabulary = ZH): ErrorCode[] {
  const common = lines.findIndex((l) => l.text === vocab.commonErrors);
  const business = lines.findIndex((l) => l.text === vocab.businessErrors);
  const out: ErrorCode[] = [];
  if (common < 0) {
    const line = lines[0]?.line ?? 1;
    diag.report("service.common-errors", line, `the ${vocab.sections.errors} section has no '${vocab.commonErrors}' list`);
  } else {
    out.push(...parseErrorTable(lines.slice(common + 1, business > common ? business : lines.length), diag, "common", vocab.commonErrors, vocab));
  }
  if (business >= 0) out.push(...parseErrorTable(lines.slice(business + 1), diag, "business", vocab.businessErrors, vocab));
  return out;
}
