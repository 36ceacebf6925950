// The 数据结构 chapter: each table's structure name is the identifier line above it, then its
// description and `被如下接口引用` (the actions that use it); and which side (input, output) uses
// each structure.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Action, Struct, Type } from "../../spec/types.ts";
import { typeRefs } from "../../spec/types.ts";
import type { SourceDocument } from "../document.ts";
import { foldHanVariants } from "../text/han-variants.ts";
import { plainInline } from "../text/markdown-inline.ts";
import { readTabTables, type TabTable } from "../text/tab-table.ts";
import { readFieldRows } from "./fields.ts";
import { DATED, IDENT, isHeaderCells, nonBlank, type Line } from "./lines.ts";

interface StructHead {
  table: TabTable;
  name: Line;
  description: string;
  referencedBy: string[];
}

export function readStructs(doc: SourceDocument, from: number, to: number, diag: Diagnostics): Struct[] {
  // Pass 1: names, so that member types can be told from words.
  const heads = readStructHeads(doc, from, to, diag);
  const names = new Set(heads.map((h) => h.name.text));
  const out: Struct[] = [];
  const seen = new Set<string>();
  for (const h of heads) {
    if (seen.has(h.name.text)) {
      diag.report("struct.duplicate", h.name.line, `structure ${h.name.text} is defined twice; the first definition is kept`);
      continue;
    }
    seen.add(h.name.text);
    const fields = readFieldRows(doc, h.table, names, diag, "struct");
    out.push({
      name: h.name.text,
      description: h.description,
      fields,
      ...(h.referencedBy.length > 0 ? { referencedBy: h.referencedBy } : {}),
      source: { file: doc.file, line: h.name.line },
    });
  }
  return out;
}

/** Each structure table with the name, description and referrers written between it and the table before. */
function readStructHeads(doc: SourceDocument, from: number, to: number, diag: Diagnostics): StructHead[] {
  const headers = [["名称", "必选", "允许NULL", "类型", "描述"], ["名称", "类型", "描述"], ["名称", "类型", "必选", "描述"]];
  const scan = readTabTables(doc.lines, from, to, { isHeader: isHeaderCells(headers) });
  for (const p of scan.problems) diag.report(p.code, p.line, p.message);
  const heads: StructHead[] = [];
  let prevEnd = from;
  for (const table of scan.tables) {
    const lines = nonBlank(doc, prevEnd + 1, table.headerLine - 1).filter((l) => !DATED.test(foldHanVariants(l.text)) && l.text !== "数据结构");
    prevEnd = table.endLine;
    const nameIdx = lines.findIndex((l) => IDENT.test(l.text));
    if (nameIdx < 0) {
      diag.report("struct.name", table.headerLine, "a structure table without a structure name above it");
      continue;
    }
    const name = lines[nameIdx]!;
    const rest = lines.slice(nameIdx + 1);
    const refIdx = rest.findIndex((l) => /^被如下接口引用/.test(foldHanVariants(l.text)));
    const descLines = (refIdx < 0 ? rest : rest.slice(0, refIdx)).map((l) => plainInline(l.text));
    const refText = refIdx < 0 ? "" : rest.slice(refIdx).map((l) => plainInline(l.text)).join("").replace(/^被如下接口引用\s*[:：]?/, "");
    const referencedBy = refText
      .split(/[、,，\s]+/)
      .map((s) => s.replace(/[。.]$/, ""))
      .filter((s) => IDENT.test(s));
    if (nameIdx > 0) diag.report("struct.stray-text", lines[0]!.line, `text before structure ${name.text} ignored: ${JSON.stringify(lines[0]!.text.slice(0, 60))}`);
    heads.push({ table, name, description: descLines.join("\n"), referencedBy });
  }
  return heads;
}

/** Sets each structure's usage: reached from an action's input, output or both. */
export function markUsage(structs: Struct[], actions: Action[]): void {
  const byName = new Map(structs.map((s) => [s.name, s]));
  const uses = new Map<string, Set<"input" | "output">>();
  // Iterative, with a stack of types to visit: a chain of 6,000 structures each referring to the
  // next recursed once per link and overflowed the call stack.
  const walk = (start: Type, side: "input" | "output") => {
    const stack: Type[] = [start];
    for (let type = stack.pop(); type !== undefined; type = stack.pop()) {
      for (const r of typeRefs(type)) {
        const set = uses.get(r) ?? new Set();
        if (set.has(side)) continue;
        set.add(side);
        uses.set(r, set);
        for (const f of byName.get(r)?.fields ?? []) stack.push(f.type);
      }
    }
  };
  for (const a of actions) {
    for (const f of a.input) walk(f.type, "input");
    for (const f of a.output) walk(f.type, "output");
  }
  for (const s of structs) {
    const u = uses.get(s.name);
    if (!u) continue;
    s.usage = u.size === 2 ? "both" : u.has("input") ? "input" : "output";
  }
}
