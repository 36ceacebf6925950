// The 数据结构 section: one structure per '被如下接口引用：' line. The name is the nearest bare
// CamelCase line above it, the description lies between the two, the referrer list wraps until
// it ends in '。', and the column header says whether the structure is usable in requests
// ('名称 类型 必选 描述') or output only ('名称 类型 描述').
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Struct } from "../../spec/types.ts";
import type { CleanLine } from "../text/page-noise.ts";
import { joinProse } from "../text/description.ts";
import { parseParameterTable, rowStartPattern } from "./parameter-table.ts";
import { buildField, type FieldContext } from "./fields.ts";
import { ZH, type Vocabulary } from "./vocabulary.ts";

/** The Chinese referrer line; each language's is `Vocabulary.referrers`. */
export const REFERRERS = ZH.referrers;
// Names may hold '_' (`Foo_Bar`), as member names do.
const STRUCT_NAME = /^[A-Z][A-Za-z0-9_]*$/;

export interface StructSkeleton {
  name: string;
  nameIndex: number;
  description: string[];
  referencedBy: string[];
  /** Index of the first line after the referrer list. */
  bodyIndex: number;
}

const isBareName = (lines: readonly CleanLine[], j: number) => STRUCT_NAME.test(lines[j]!.text);

/**
 * The index of a structure's name line, searched upward from its referrer line at `referrer` down
 * to `floor` (the previous structure's body), or -1: the nearest bare identifier line. There is no
 * distance limit: a description may run over many lines (an embedded table, JSON, a list).
 * A description may itself be bare identifiers (`MetricValueMC`): when bare lines run right up
 * to the referrer line, the name is the top of that run. (A run further up is not climbed: the
 * line above a name is often the previous structure's last member, whose description may end in
 * a bare enumeration value.)
 */
export function findStructName(lines: readonly CleanLine[], floor: number, referrer: number): number {
  let j = referrer - 1;
  if (j >= floor && isBareName(lines, j)) {
    while (j - 1 >= floor && isBareName(lines, j - 1)) j--;
    return j;
  }
  for (; j >= floor; j--) if (isBareName(lines, j)) return j;
  return -1;
}

/** Structure heads, found from their referrer lines. Anything unreadable goes to `diag`. */
export function findStructs(lines: readonly CleanLine[], diag: Diagnostics, vocab: Vocabulary = ZH): StructSkeleton[] {
  const TABLE_HEADER = vocab.tableHeader;
  const out: StructSkeleton[] = [];
  for (let i = 0; i < lines.length; i++) {
    const ref = vocab.referrers.exec(lines[i]!.text);
    if (!ref) continue;
    const floor = out.length > 0 ? out[out.length - 1]!.bodyIndex : 0;
    const nameIndex = findStructName(lines, floor, i);
    if (nameIndex < 0) {
      diag.report("struct.name", lines[i]!.line, `a '${vocab === ZH ? "被如下接口引用" : "Used by actions"}' line without a structure name above it: structure skipped`);
      continue;
    }
    let list = ref[1]!;
    let j = i + 1;
    while (!/[。.]\s*$/.test(list) && j < lines.length && j <= i + 6 && !TABLE_HEADER.test(lines[j]!.text)) {
      list += (vocab.language === "zh" ? "" : " ") + lines[j]!.text;
      j++;
    }
    out.push({
      name: lines[nameIndex]!.text,
      nameIndex,
      description: lines.slice(nameIndex + 1, i).map((l) => l.text),
      referencedBy: list
        .replace(/[。.]\s*$/, "")
        .split(/[,，、]/)
        .map((s) => s.trim())
        .filter((s) => s !== ""),
      bodyIndex: j,
    });
  }
  return out;
}

/** Parses the structures of the 数据结构 section's lines. */
export function parseStructs(lines: readonly CleanLine[], ctx: FieldContext & { vocab?: Vocabulary }, skeletons = findStructs(lines, ctx.diag, ctx.vocab)): Struct[] {
  const vocab = ctx.vocab ?? ZH;
  const TABLE_HEADER = vocab.tableHeader;
  const structs: Struct[] = [];
  const inPattern = rowStartPattern("name-type-required", ctx.structNames, vocab);
  const outPattern = rowStartPattern("name-type", ctx.structNames, vocab);
  for (let s = 0; s < skeletons.length; s++) {
    const sk = skeletons[s]!;
    const end = s + 1 < skeletons.length ? skeletons[s + 1]!.nameIndex : lines.length;
    const body = lines.slice(sk.bodyIndex, end);
    const header = body.find((l) => TABLE_HEADER.test(l.text));
    const source = { file: ctx.diag.file, line: lines[sk.nameIndex]!.line };
    const input = header ? /必选|Required/.test(header.text) : false;
    const table = parseParameterTable(
      body,
      input ? "name-type-required" : "name-type",
      ctx.structNames,
      () => false,
      input ? inPattern : outPattern,
    );
    for (const l of table.stray) ctx.diag.report("table.stray-row", l.line, `structure ${sk.name}: line is not part of a member row: ${JSON.stringify(l.text.slice(0, 60))}`);
    if (header && table.rows.length === 0) ctx.diag.report("struct.empty", header.line, `structure ${sk.name}: no member row could be read`);
    if (!header) {
      // Rows may still be there, the header lost to a page break: they are then read as a table
      // without 必选 (every member optional), which may be wrong for an input structure: an error either way.
      const read = table.rows.length === 0 ? "no members read" : `${table.rows.length} member rows read as a table without 必选 (all optional)`;
      ctx.diag.report("struct.table", source.line, `structure ${sk.name} has no column header ('名称 类型 描述'): ${read}`);
    }
    const struct: Struct = {
      name: sk.name,
      description: joinProse(sk.description),
      fields: table.rows.map((r) => buildField(r, ctx, `${sk.name}.${r.name}`, input ? undefined : false)),
      usage: input ? "input" : "output",
      referencedBy: sk.referencedBy,
      source,
    };
    if (structs.some((o) => o.name === struct.name)) {
      ctx.diag.report("struct.duplicate", source.line, `structure ${struct.name} is defined twice; keeping the first`);
      continue;
    }
    structs.push(struct);
  }
  return structs;
}
