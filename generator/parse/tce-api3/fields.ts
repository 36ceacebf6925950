// Member rows of the input, output and structure tables, keyed by their header cells.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Field } from "../../spec/types.ts";
import type { SourceDocument } from "../document.ts";
import { splitDescription } from "../text/description.ts";
import { foldHanVariants } from "../text/han-variants.ts";
import { plainInline } from "../text/markdown-inline.ts";
import type { TabTable } from "../text/tab-table.ts";
import { typeFromWord } from "../text/type-words.ts";
import { IDENT } from "./lines.ts";

/** Rows of an input/struct table (名称, 必选, 允许NULL, 类型, 描述) or an output table (名称, 类型, 描述), keyed by header. */
export function readFieldRows(doc: SourceDocument, table: TabTable, structs: Set<string>, diag: Diagnostics, what: string): Field[] {
  const header = table.header.map(foldHanVariants);
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const iName = col("参数名称", "名称");
  const iReq = col("必选");
  const iNull = col("允许NULL");
  const iType = col("类型");
  const iDesc = col("描述");
  const out: Field[] = [];
  for (const row of table.rows) {
    const name = row.cells[iName] ?? "";
    if (!IDENT.test(name)) {
      diag.report("field.name", row.line, `${what} row without a valid name skipped: ${JSON.stringify(row.cells.join(" | ").slice(0, 80))}`);
      continue;
    }
    const typeWord = row.cells[iType] ?? "";
    const parts = splitDescription(plainInline(row.cells[iDesc] ?? ""));
    const field: Field = { name, type: typeFromWord(typeWord, structs, diag, row.line), required: false, description: parts.description };
    if (iReq >= 0) {
      const r = foldHanVariants(row.cells[iReq] ?? "");
      if (r !== "是" && r !== "否") diag.report("field.required", row.line, `${name}: required cell ${JSON.stringify(r)} is neither 是 nor 否`);
      field.required = r === "是";
    }
    if (iNull >= 0) {
      const v = foldHanVariants(row.cells[iNull] ?? "");
      if (v === "是") field.nullable = true;
      else if (v !== "否") diag.report("field.nullable", row.line, `${name}: 允许NULL cell ${JSON.stringify(v)} is neither 是 nor 否`);
    }
    if (parts.nullable) field.nullable = true;
    if (parts.example !== undefined) field.example = parts.example;
    if (parts.default !== undefined) field.default = parts.default;
    if (parts.enum && parts.enum.length > 0) {
      field.enum = parts.enum;
      if (parts.enumClosed) field.enumClosed = true;
    }
    field.source = { file: doc.file, line: row.line };
    out.push(field);
  }
  return out;
}

/**
 * Output tables of this export never say `Array of`: a list field is written with its item type
 * (`NatGatewaySet⇥NatGateway`, `Ip6RuleSet⇥String`). The Tencent naming rule is that a `…Set`
 * member is a list, unless the document defines a structure of that very name (SecurityGroupLimitSet).
 * The inference is reported so that a reader can tell it from what the document says.
 */
export function inferOutputList(f: Field, diag: Diagnostics, action: string): Field {
  if (!/Set$/.test(f.name)) return f;
  if (typeof f.type === "object" && ("array" in f.type || f.type.ref === f.name)) return f;
  if (f.type === "object") return f;
  diag.report("type.inferred-list", f.source!.line, `${action}.${f.name}: typed ${typeof f.type === "string" ? f.type : f.type.ref}, read as a list of it (a …Set output member; the export drops 'Array of' from output tables)`);
  return { ...f, type: { array: f.type } };
}
