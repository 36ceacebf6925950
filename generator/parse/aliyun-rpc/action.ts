// One action section (`1.5.3. StartInstance`): a description, then blocks under sub-headings —
// 请求参数 (request table), 返回参数 (response table, or a sentence saying all fields are public),
// 数据类型 [Name] (an inline structure), 错误码 (error table), 示例 / 请求示例 / 返回示例 (examples),
// 返回结果 (a bare JSON response). Blocks are found by their heading text, never by position:
// some actions put the examples before the errors, some have no 示例 heading at all.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Action, ErrorCode, Field, Struct } from "../../spec/types.ts";
import { typeRefs } from "../../spec/types.ts";
import { cellText, proseText, type Vocabulary } from "./cells.ts";
import { errorsFromRows } from "./errors.ts";
import { readExamples, type ExampleResult } from "./examples.ts";
import { fieldsFromRows, type FieldContext, type TypeRegistry } from "./fields.ts";
import type { Heading } from "./outline.ts";
import { readTables } from "./tables.ts";

type BlockKind = "request" | "response" | "result" | "datatype" | "errors" | "examples";

interface Marker {
  kind: BlockKind | "label";
  line: number;
  /** The structure name of `数据类型 Name`. */
  name?: string;
}

const RESULT_HEADINGS = new Set(["返回结果", "返回数据", "返回值", "返回字段", "响应参数", "输出参数"]);

function markerOf(text: string): Omit<Marker, "line"> | undefined {
  // Markers are short: a long line is none (and /\s*[:：]$/ backtracks quadratically on a long run of spaces).
  if (text.length > 80) return undefined;
  const t = text.replace(/^[-•]\s*/, "").replace(/\s*[:：]$/, "").trim();
  if (t === "请求参数") return { kind: "request" };
  if (t === "返回参数") return { kind: "response" };
  // Heading variants that may hold the response table, a bare JSON response, or both.
  if (RESULT_HEADINGS.has(t)) return { kind: "result" };
  if (t === "错误码" || t === "错误码定义") return { kind: "errors" };
  if (t === "示例" || t === "请求示例" || t === "返回示例") return { kind: "examples" };
  const dt = /^数据类型(?:\s+([A-Za-z][A-Za-z0-9_]*))?$/.exec(t);
  if (dt) return dt[1] ? { kind: "datatype", name: dt[1] } : { kind: "datatype" };
  if (t === "描述" || t === "参数说明" || t === "代码说明") return { kind: "label" };
  return undefined;
}

export interface ActionContext {
  file: string;
  lines: readonly string[];
  registry: TypeRegistry;
  vocabulary: Vocabulary;
  diag: Diagnostics;
  /** Public request parameter names (dropped from the input). */
  publicParams: ReadonlySet<string>;
  /** The response field every action returns (RequestId), added when the table lacks it. */
  commonResponse?: Field;
}

export interface ParsedAction {
  action: Action;
  structs: Struct[];
  examples: ExampleResult;
}

export function parseAction(name: string, heading: Heading, ctx: ActionContext): ParsedAction {
  const { lines, diag, file } = ctx;
  const markers: Marker[] = [];
  let inFence = false;
  for (let n = heading.line + 1; n <= heading.end; n++) {
    const raw = lines[n - 1]!;
    if (/^\s*```/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || raw.includes("\t") || raw.trim() === "") continue;
    const m = markerOf(raw.trim());
    if (m) markers.push({ ...m, line: n });
  }
  const blocks = markers
    .map((m, i) => ({ ...m, end: (markers.slice(i + 1).find((x) => x.kind !== "label")?.line ?? heading.end + 1) - 1 }))
    .filter((m) => m.kind !== "label");

  // Description: everything before the first block, labels (描述) left out.
  const descEnd = (blocks[0]?.line ?? heading.end + 1) - 1;
  const descLines: string[] = [];
  for (let n = heading.line + 1; n <= descEnd; n++) {
    const t = lines[n - 1]!.trim();
    if (t === "" || /^```/.test(t) || markerOf(t)?.kind === "label") continue;
    descLines.push(t);
  }
  const description = proseText(descLines);

  const input: Field[] = [];
  const output: Field[] = [];
  const errors: ErrorCode[] = [];
  const structs: Struct[] = [];
  const notes: string[] = [];
  const examples: ExampleResult = { examples: [], recovered: 0, failed: [] };
  let sawRequest = false;
  let actionRow: { text: string; line: number } | undefined;
  const fieldCtx = (side: FieldContext["side"], owner = name): FieldContext => ({ file, owner, side, registry: ctx.registry, vocabulary: ctx.vocabulary, diag });

  for (const block of blocks) {
    if (block.kind === "examples" || block.kind === "result") {
      const read = readExamples(lines, block.line + 1, block.end, { file, action: name, publicParams: ctx.publicParams, diag });
      // Several example headings (示例, 请求示例, 返回示例) form one example part.
      mergeExamples(examples, read);
      // A 返回结果 / 返回数据 heading may hold the response table too: read on.
      if (block.kind === "examples") continue;
    }
    const { tables, problems } = readTables(lines, block.line + 1, block.end);
    for (const p of problems) diag.report(p.code, p.line, `${name}: ${p.message}`);
    if (block.kind === "errors") {
      for (const { table, columns } of tables) {
        if (columns.kind === "errors") errors.push(...errorsFromRows(table.rows, columns, file, diag));
        else diag.report("action.table", table.headerLine, `${name}: a parameter table under 错误码; ignored`);
      }
      const lastTable = tables[tables.length - 1]?.table.endLine;
      if (lastTable !== undefined) notes.push(...trailingProse(lines, lastTable + 1, block.end));
      continue;
    }
    for (const { table, columns } of tables) {
      if (columns.kind !== "params") {
        diag.report("action.table", table.headerLine, `${name}: an error table under ${block.kind === "request" ? "请求参数" : "返回参数"}; ignored`);
        continue;
      }
      if (block.kind === "request") {
        sawRequest = true;
        if (columns.required === undefined) diag.report("action.request-columns", table.headerLine, `${name}: the request table has no 是否必须 column; every parameter read as optional`);
        const rows = table.rows.filter((row) => {
          const rowName = (row.cells[columns.name] ?? "").trim();
          if (rowName === "Action") {
            actionRow = { text: cellText(row.cells[columns.description] ?? ""), line: row.line };
            return false;
          }
          return !ctx.publicParams.has(rowName);
        });
        const read = fieldsFromRows(rows, columns, fieldCtx("request"));
        appendFields(input, read.fields, name, diag);
        structs.push(...read.structs);
      } else if (block.kind === "response" || block.kind === "result") {
        const read = fieldsFromRows(table.rows, columns, fieldCtx("response"));
        appendFields(output, read.fields, name, diag);
        structs.push(...read.structs);
      } else if (block.kind === "datatype") {
        const structName = block.name ?? inlineTypeName(output, ctx.registry, name, diag, table.headerLine);
        const read = fieldsFromRows(table.rows, columns, fieldCtx("type", structName));
        const existing = structs.find((s) => s.name === structName);
        if (existing) existing.fields.push(...read.fields);
        else {
          structs.push({
            name: structName,
            description: block.name
              ? `数据类型 ${structName}（${name}）`
              : `数据类型（${name}）: an unnamed inline type table, read as the definition of ${structName}, the one type the response names without defining it`,
            fields: read.fields,
            usage: "output",
            source: { file, line: block.line },
          });
          ctx.registry.define(structName);
        }
        structs.push(...read.structs);
      }
    }
  }

  if (!sawRequest) diag.report("action.no-request", heading.line, `${name}: no 请求参数 table`);
  if (!actionRow) diag.report("action.no-action-row", heading.line, `${name}: the request table has no Action row`);
  else if (!new RegExp(`(^|[^A-Za-z0-9_])${name}([^A-Za-z0-9_]|$)`).test(actionRow.text)) {
    diag.report("action.name-mismatch", actionRow.line, `${name}: the Action row says ${JSON.stringify(actionRow.text)}; the section heading's name is kept`);
  }
  if (ctx.commonResponse && !output.some((f) => f.name === ctx.commonResponse!.name)) output.push({ ...ctx.commonResponse });

  const action: Action = {
    name,
    title: "",
    description,
    input,
    output,
    errors,
    examples: examples.examples,
  };
  if (notes.length > 0) action.notes = notes;
  const region = input.find((f) => f.name === "RegionId");
  action.region = region ? (region.required ? "required" : "optional") : "none";
  action.httpMethods = ["GET"];
  action.source = { file, line: heading.line };
  return { action, structs, examples };
}

function appendFields(target: Field[], fields: Field[], action: string, diag: Diagnostics): void {
  for (const f of fields) {
    const prev = target.find((t) => t.name === f.name);
    if (prev) {
      diag.report("field.duplicate", f.source?.line ?? 0, `${action}: parameter ${f.name} is listed again (first at line ${prev.source?.line}); the first is kept`);
      continue;
    }
    target.push(f);
  }
}

function mergeExamples(into: ExampleResult, read: ExampleResult): void {
  // 请求示例 and 返回示例 under separate headings pair up: a response-only example completes the
  // request-only ones before it.
  for (const ex of read.examples) {
    const waiting = into.examples.filter((e) => Object.keys(e.output).length === 0 && e.outputXml === undefined);
    if (Object.keys(ex.input).length === 0 && ex.requestForm === undefined && waiting.length > 0) {
      for (const w of waiting) {
        w.output = ex.output;
        if (ex.outputXml !== undefined) w.outputXml = ex.outputXml;
      }
      continue;
    }
    into.examples.push(ex);
  }
  into.recovered += read.recovered;
  into.failed.push(...read.failed);
}

/** Text after an action's last table that no heading claims (接口约束, FAILOVER …): kept as notes. */
function trailingProse(lines: readonly string[], from: number, to: number): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const flush = () => {
    if (current.length > 0) paragraphs.push(proseText(current));
    current = [];
  };
  for (let n = from; n <= to; n++) {
    const t = lines[n - 1]!.trim();
    if (/^```/.test(t)) {
      inFence = !inFence;
      continue;
    }
    if (t === "") continue;
    if (!inFence && current.length > 0 && !/^[-•\d]/.test(t) && t.length <= 20 && !/[。.]$/.test(t)) flush();
    current.push(t);
  }
  flush();
  return paragraphs.filter((p) => p !== "");
}

/** The struct an unnamed inline 数据类型 table defines: the one undefined type the response names. */
function inlineTypeName(output: Field[], registry: TypeRegistry, action: string, diag: Diagnostics, line: number): string {
  const undefinedRefs = [...new Set(output.flatMap((f) => typeRefs(f.type)).filter((r) => !registry.defined.has(r)))];
  if (undefinedRefs.length === 1) {
    diag.report("type.inline", line, `${action}: the unnamed 数据类型 table is read as the definition of ${undefinedRefs[0]}, the only type the response names without defining`);
    return undefinedRefs[0]!;
  }
  const fallback = `${action}DataType`;
  diag.report("type.inline-guess", line, `${action}: an unnamed 数据类型 table and ${undefinedRefs.length} undefined response types; named ${fallback}`);
  return fallback;
}
