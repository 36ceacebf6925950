// The 数据类型 chapter (1.17): one sub-section per type, with the labels 描述 (what it is), 节点名
// (its XML element name, or "接口决定" when the action decides), 子节点 / 节点说明 and a member
// table 名称⇥类型⇥描述. A few list wrappers have no table, only a sentence naming their items.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Struct } from "../../spec/types.ts";
import { cellText, repairIdentifier, type Vocabulary } from "./cells.ts";
import { fieldsFromRows, type TypeRegistry } from "./fields.ts";
import type { Heading } from "./outline.ts";
import { readTables } from "./tables.ts";

const LABELS = new Set(["描述", "节点名", "子节点", "节点说明"]);

export interface DataTypeContext {
  file: string;
  lines: readonly string[];
  registry: TypeRegistry;
  vocabulary: Vocabulary;
  diag: Diagnostics;
}

/** The name a type heading gives (PDF spaces repaired), or undefined when it is no identifier. */
export function typeNameOf(heading: Heading, ctx: Pick<DataTypeContext, "vocabulary" | "diag">): string | undefined {
  return repairIdentifier(heading.title, ctx.vocabulary, ctx.diag, heading.line, "data type name");
}

/** Registers every type name first, so that members may refer to types defined later. */
export function declareDataTypes(headings: readonly Heading[], ctx: DataTypeContext): (string | undefined)[] {
  return headings.map((h) => {
    const name = typeNameOf(h, ctx);
    if (name) ctx.registry.define(name);
    else ctx.diag.report("type.bad-name", h.line, `data type heading "${h.title}" is not an identifier; skipped`);
    return name;
  });
}

export function readDataType(heading: Heading, name: string, ctx: DataTypeContext): { struct: Struct; extra: Struct[] } {
  const sections = new Map<string, string[]>();
  let current: string | undefined;
  let firstTable: number | undefined;
  for (let n = heading.line + 1; n <= heading.end; n++) {
    const raw = ctx.lines[n - 1]!;
    const t = raw.trim();
    if (t === "") continue;
    if (raw.includes("\t")) {
      firstTable ??= n;
      continue;
    }
    if (LABELS.has(t)) {
      current = t;
      sections.set(t, []);
      continue;
    }
    if (firstTable !== undefined) continue;
    // Text before the first label is the description where the type has no 描述 label (1.17.39
    // KeyPairSetType: `SSH 密钥对组合类型。` then 节点名).
    const key = current ?? "";
    if (!sections.has(key)) sections.set(key, []);
    sections.get(key)!.push(t);
  }
  const description = [...(sections.get("") ?? []), ...(sections.get("描述") ?? [])].map(cellText).join("\n");
  const node = (sections.get("节点名") ?? []).map(cellText).join(" ");
  const children = (sections.get("子节点") ?? []).map(cellText).join("\n");
  const parts = [description];
  if (node !== "") parts.push(`节点名：${node}`);
  const { tables, problems } = readTables(ctx.lines, heading.line + 1, heading.end);
  for (const p of problems) if (p.code !== "table.empty") ctx.diag.report(p.code, p.line, p.message);
  const extra: Struct[] = [];
  const fields = [];
  for (const { table, columns } of tables) {
    if (columns.kind !== "params") {
      ctx.diag.report("type.table", table.headerLine, `data type ${name} has a table that is not a member table (${table.header.join(" | ")}); ignored`);
      continue;
    }
    const read = fieldsFromRows(table.rows, columns, { file: ctx.file, owner: name, side: "type", registry: ctx.registry, vocabulary: ctx.vocabulary, diag: ctx.diag });
    fields.push(...read.fields);
    extra.push(...read.structs);
  }
  if (fields.length === 0) {
    if (children !== "") parts.push(`子节点：${children}`);
    ctx.diag.report("struct.empty", heading.line, `data type ${name} has no member table${children ? ` (子节点: ${JSON.stringify(children)})` : ""}; defined without fields`);
  }
  const struct: Struct = {
    name,
    description: parts.filter((p) => p !== "").join("\n"),
    fields,
    usage: "output",
    source: { file: ctx.file, line: heading.line },
  };
  return { struct, extra };
}
