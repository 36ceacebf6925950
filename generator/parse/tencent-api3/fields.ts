// One table row as a spec Field: the type word read with the document's structure names, the
// description split into its parts (example, default, null note, enumeration).
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Field } from "../../spec/types.ts";
import { typeRefs } from "../../spec/types.ts";
import { splitDescription } from "../text/description.ts";
import { typeFromWord } from "../text/type-words.ts";
import type { ParameterRow } from "./parameter-table.ts";

export interface FieldContext {
  diag: Diagnostics;
  /** Names of the structures the document defines. */
  structNames: ReadonlySet<string>;
}

/**
 * `required` overrides the row's 必选 cell (output tables have none: false). An array-typed
 * input named without `.N`, or `.N` on a non-array, is reported: the two disagree.
 */
export function buildField(row: ParameterRow, ctx: FieldContext, where: string, required?: boolean): Field {
  if (row.odd === "name") {
    ctx.diag.report("field.name", row.line, `${where}: ${JSON.stringify(row.name)} is not an identifier; read as its own row (its 必选/type cells say it is one), name kept as written`);
  }
  const type = typeFromWord(row.typeWord, ctx.structNames, ctx.diag, row.line);
  if (row.indexed && (typeof type !== "object" || !("array" in type))) {
    ctx.diag.report("field.index", row.line, `${where}: named with '.N' but typed ${row.typeWord}`);
  }
  for (const ref of typeRefs(type)) {
    if (!ctx.structNames.has(ref)) ctx.diag.report("type.undefined", row.line, `${where} refers to structure ${ref}, which the document does not define`);
  }
  const parts = splitDescription(row.description);
  const field: Field = {
    name: row.name,
    type,
    required: required ?? row.required ?? false,
    description: parts.description,
  };
  if (parts.nullable) field.nullable = true;
  if (parts.example !== undefined) field.example = parts.example;
  if (parts.default !== undefined) field.default = parts.default;
  if (parts.enum) field.enum = parts.enum;
  if (parts.enumClosed) field.enumClosed = true;
  field.source = { file: ctx.diag.file, line: row.line };
  return field;
}
