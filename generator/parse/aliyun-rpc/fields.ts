// Parameter rows (名称/类型/是否必须/描述) as spec fields.
//
// Alibaba RPC flattens repetition into names: `DataDisk.n.Size` is the member Size of the n-th
// item of DataDisk, `SecurityGroupId.N` the n-th string, `SystemDisk.Size` a member of one object.
// They fold back into fields whose type is an array or a structure. Folded structures get the
// deterministic name <Action><Parameter> (RunInstancesDataDisk), and their description says so.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Field, SourceRef, Struct, Type } from "../../spec/types.ts";
import { splitDescription } from "../text/description.ts";
import { MAX_KEY_DEPTH } from "../text/query.ts";
import { parseTypeWord } from "../text/type-words.ts";
import { cellText, repairIdentifier, type Vocabulary } from "./cells.ts";
import type { ParamColumns } from "./tables.ts";
import type { TabRow } from "../text/tab-table.ts";

/** Struct names the document defines, and the ones it names without defining. */
export class TypeRegistry {
  readonly defined = new Set<string>();
  /** Referenced but (so far) undefined names, with the line of the first reference. */
  readonly undefinedRefs = new Map<string, number>();

  define(name: string): void {
    this.defined.add(name);
    this.undefinedRefs.delete(name);
  }
  reference(name: string, line: number): void {
    if (!this.defined.has(name) && !this.undefinedRefs.has(name)) this.undefinedRefs.set(name, line);
  }
}

export interface FieldContext {
  file: string;
  /** Prefix of folded structure names: the action name. */
  owner: string;
  side: "request" | "response" | "type";
  registry: TypeRegistry;
  vocabulary: Vocabulary;
  diag: Diagnostics;
}

const INDEX = /^([nN]|\d+)$/;

interface RowField {
  path: string[];
  /** Index markers after each segment: path[i] is repeated when repeated[i]. */
  repeated: boolean[];
  field: Field;
}

/** Reads the rows of one parameter table into flat fields (names still dotted). */
function readRows(rows: readonly TabRow[], columns: ParamColumns, ctx: FieldContext): RowField[] {
  const out: RowField[] = [];
  for (const row of rows) {
    const rawName = row.cells[columns.name] ?? "";
    const name = repairIdentifier(rawName, ctx.vocabulary, ctx.diag, row.line, "parameter name");
    if (name === undefined) {
      ctx.diag.report("field.name", row.line, `row ${JSON.stringify(row.cells.join(" | ").slice(0, 60))} has no parameter name; skipped`);
      continue;
    }
    const segments = name.split(".");
    const path: string[] = [];
    const repeated: boolean[] = [];
    for (const seg of segments) {
      if (INDEX.test(seg) && path.length > 0) repeated[path.length - 1] = true;
      else {
        path.push(seg);
        repeated.push(false);
      }
    }
    // Each level becomes a structure, folded (and later walked) recursively: a name of 20,000
    // dotted parts overflowed the call stack. Nothing documented comes near the bound.
    if (path.length > MAX_KEY_DEPTH) {
      ctx.diag.report("field.too-deep", row.line, `parameter ${JSON.stringify(name.slice(0, 60))}... nests ${path.length} levels (more than ${MAX_KEY_DEPTH}); skipped`);
      continue;
    }
    const description = cellText(row.cells[columns.description] ?? "");
    const parts = splitDescription(description);
    const typeCell = row.cells[columns.type] ?? "";
    const type = readType(typeCell, description, ctx, row.line);
    let required = false;
    if (columns.required !== undefined) {
      const r = (row.cells[columns.required] ?? "").trim();
      if (r === "是") required = true;
      else if (r !== "否") ctx.diag.report("field.required", row.line, `required column of ${name} reads ${JSON.stringify(r)}, not 是/否; read as optional`);
    }
    // Lines of the cell are blocks and list items, not wraps: the description keeps them; the
    // shared reader only contributes the default and the enumeration.
    const field: Field = { name, type, required, description };
    if (parts.default !== undefined) field.default = parts.default;
    if (parts.enum) field.enum = parts.enum;
    if (parts.enumClosed) field.enumClosed = true;
    field.source = { file: ctx.file, line: row.line };
    out.push({ path, repeated, field });
  }
  return out;
}

/**
 * A type cell as a spec type. Bare `Array` names its items only in the description (a structure
 * the document defines, a `(TypeName)`, or a JSON array of strings); identifiers split by a PDF
 * space (`Stri ng`, `InstanceStatusSet Type`) are re-joined.
 */
export function readType(cell: string, description: string, ctx: FieldContext, line: number): Type {
  const word = cell.trim();
  if (word === "" || /^-+$/.test(word)) {
    ctx.diag.report("type.missing", line, `no type given (${JSON.stringify(word)}); read as string`);
    return "string";
  }
  const compact = word.replace(/\s+/g, "");
  if (/^(array|repeatlist|list)$/i.test(compact)) return { array: arrayItem(description, ctx, line) };
  let type = parseTypeWord(word, ctx.registry.defined);
  if ((type === undefined || (typeof type === "object" && "ref" in type && !ctx.registry.defined.has(type.ref))) && compact !== word) {
    const joined = parseTypeWord(compact, ctx.registry.defined);
    if (joined !== undefined) {
      ctx.diag.report("type.repaired", line, `type "${word}" has a space inside (PDF extraction); read as "${compact}"`);
      type = joined;
    }
  }
  if (type === undefined) {
    ctx.diag.report("type.unknown", line, `type ${JSON.stringify(word)} is not a known type word; read as string`);
    return "string";
  }
  noteRefs(type, ctx, line);
  return type;
}

function noteRefs(type: Type, ctx: FieldContext, line: number): void {
  if (typeof type === "string") return;
  if ("array" in type) noteRefs(type.array, ctx, line);
  else ctx.registry.reference(type.ref, line);
}

const CAMEL = /[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+/g;

function arrayItem(description: string, ctx: FieldContext, line: number): Type {
  const words = description.match(CAMEL) ?? [];
  const known = words.find((w) => ctx.registry.defined.has(w));
  if (known) return { ref: known };
  const named = /[(（]\s*([A-Z][A-Za-z0-9]*)\s*[)）]/.exec(description);
  if (named && (named[1]!.match(/[A-Z]/g) ?? []).length >= 2) {
    ctx.registry.reference(named[1]!, line);
    return { ref: named[1]! };
  }
  const typed = words.find((w) => /(Type|Item)$/.test(w));
  if (typed) {
    ctx.registry.reference(typed, line);
    return { ref: typed };
  }
  if (!/\[\s*"/.test(description)) {
    ctx.diag.report("type.array-items", line, "an Array whose item type the document does not state; items read as strings");
  }
  return "string";
}

interface Node {
  name: string;
  repeated: boolean;
  /** The row that names this node itself (a leaf, or a parent documented on its own). */
  own?: Field;
  children: Node[];
  line: number;
}

/**
 * Fields of one parameter table, flattened names folded. Returns the fields in document order
 * and the structures the folding created.
 */
export function fieldsFromRows(rows: readonly TabRow[], columns: ParamColumns, ctx: FieldContext): { fields: Field[]; structs: Struct[] } {
  const flat = readRows(rows, columns, ctx);
  const roots: Node[] = [];
  for (const { path, repeated, field } of flat) {
    let level = roots;
    let node: Node | undefined;
    for (let i = 0; i < path.length; i++) {
      node = level.find((n) => n.name === path[i]);
      if (!node) {
        node = { name: path[i]!, repeated: false, children: [], line: field.source!.line };
        level.push(node);
      }
      if (repeated[i]) node.repeated = true;
      level = node.children;
    }
    if (node!.own) {
      ctx.diag.report("field.duplicate", field.source!.line, `parameter ${field.name} is listed twice in this table (first at line ${node!.own.source!.line}); the first is kept`);
      continue;
    }
    node!.own = field;
  }
  const structs: Struct[] = [];
  const fields = roots.map((n) => toField(n, [], ctx, structs));
  return { fields, structs };
}

function toField(node: Node, parents: string[], ctx: FieldContext, structs: Struct[]): Field {
  const source: SourceRef = node.own?.source ?? { file: ctx.file, line: node.line };
  const dotted = [...parents, node.name + (node.repeated ? ".n" : "")].join(".");
  if (node.children.length === 0) {
    const field = { ...node.own! };
    field.name = node.name;
    if (node.repeated && !(typeof field.type === "object" && "array" in field.type)) field.type = { array: field.type };
    return field;
  }
  const structName = ctx.owner + [...parents.map(stripIndex), node.name].map(pascal).join("");
  const members = node.children.map((c) => toField(c, [...parents, node.name + (node.repeated ? ".n" : "")], ctx, structs));
  const memberNames = members.map((m) => `${dotted}.${m.name}`);
  structs.push({
    name: structName,
    description:
      `Members of the flattened ${ctx.side} parameter ${dotted} of ${ctx.owner} (${memberNames.join(", ")}), ` +
      `folded by docs2sdk into a structure named <Action><Parameter>.`,
    fields: members,
    usage: ctx.side === "request" ? "input" : "output",
    source,
  });
  ctx.registry.define(structName);
  const ref: Type = { ref: structName };
  const field: Field = {
    name: node.name,
    type: node.repeated ? { array: ref } : ref,
    required: node.own?.required ?? members.some((m) => m.required),
    description:
      node.own?.description ??
      (node.repeated ? `Repeated parameter ${dotted} (n from 1); each item has the members ${members.map((m) => m.name).join(", ")}.` : `Object parameter ${dotted} with the members ${members.map((m) => m.name).join(", ")}.`),
    source,
  };
  return field;
}

function stripIndex(s: string): string {
  return s.replace(/\.n$/, "");
}

function pascal(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1).replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
