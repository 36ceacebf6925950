// Folding the legacy V2 API's flattened parameter names into nested fields.
//
// V2 documents list nested data as dotted paths: `subnetSet.n` (the array), `subnetSet.n.subnetName`
// (a member of its items), `eipIds.n` (an array of scalars), `data.eipSet.eipId` (objects without an
// index). Sub-tables under a caption continue such paths from somewhere inside the tree:
// `routeTableSet.n.nextType` under `data.n.routeTableSet.n`, bare `primary` under the caption
// `privateIpAddressesSet 信息数组：`, or bare members under a caption naming no field at all
// (`网卡列表结构:`), which then belong to the last array/object field listed without members.
//
// The result uses spec fields: every node with members becomes a named structure, named
// deterministically from the action, the side (request/response) and the path, because the
// document gives these structures no names.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Field, Struct, Type } from "../../spec/types.ts";
import type { DescriptionParts } from "../text/description.ts";
import { MAX_KEY_DEPTH } from "../text/query.ts";

export interface FlatRow {
  /** The name as written (`subnetSet.n.subnetName`), markup already removed. */
  name: string;
  /** The type word as written (`String`, `Int`, `Array`, `Array of String`). */
  typeWord: string;
  required: boolean;
  description: string;
  line: number;
  /** Extra field properties (example, default, enum) decoded from the description. */
  extra?: Partial<Field>;
}

/** The field properties a description cell carries besides its text (example, default, null, enum). */
export function descriptionExtras(parts: DescriptionParts): FlatRow["extra"] | undefined {
  const extra: Partial<Field> = {};
  if (parts.example !== undefined) extra.example = parts.example;
  if (parts.default !== undefined) extra.default = parts.default;
  if (parts.nullable) extra.nullable = true;
  if (parts.enum && parts.enum.length > 0) {
    extra.enum = parts.enum;
    if (parts.enumClosed) extra.enumClosed = true;
  }
  return Object.keys(extra).length > 0 ? extra : undefined;
}

export interface RowGroup {
  /** The caption above a sub-table; absent for the first table of a side. */
  caption?: { text: string; line: number };
  rows: FlatRow[];
}

export interface FoldOptions {
  /** File name for `source` fields. */
  file: string;
  /** Prefix of the invented structure names: the action name, plus "Response" for outputs. */
  structPrefix: string;
  /** Human wording for descriptions and diagnostics ("CreateVpc request"). */
  what: string;
  /**
   * Item type of an array whose items the document does not describe (`sgIds⇥Array`). Request
   * values travel as query strings, so "string" for requests; "object" (free-form) for responses.
   */
  unknownItem: Type;
  /** Turns a scalar type word into a spec type. */
  scalarType: (word: string, line: number) => Type;
}

interface Node {
  name: string;
  path: string[];
  array: boolean;
  row?: FlatRow;
  children: Node[];
  line: number;
  /** How member paths went through this node: with an index (`x.n.y`) and/or without (`x.y`). */
  via?: { indexed?: number; plain?: number; reported?: boolean };
}

/** `subnetSet.n.subnetName` -> [{subnetSet, indexed}, {subnetName}]; undefined when malformed. */
export function splitFlatName(name: string): { name: string; indexed: boolean }[] | undefined {
  const out: { name: string; indexed: boolean }[] = [];
  for (const seg of name.split(".")) {
    if (/^(n|N|\d+)$/.test(seg)) {
      const last = out[out.length - 1];
      if (!last) return undefined;
      last.indexed = true;
      continue;
    }
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) return undefined;
    out.push({ name: seg, indexed: false });
  }
  return out.length > 0 ? out : undefined;
}

const ARRAY_WORD = /^array$/i;
const OBJECT_WORD = /^object$/i;

export function pascal(s: string): string {
  const clean = s.replace(/[^A-Za-z0-9_]/g, "");
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

export interface FoldResult {
  fields: Field[];
  structs: Struct[];
  /**
   * The list fields that are lists only because their row says `Array`: no path indexes them
   * (`data⇥Array` over `data.eipSet`, not `data.n.eipSet`). V2 tables write `Array` for any
   * compound value, so these are the fields whose shape the examples may still tell.
   */
  listedByWord: Field[];
}

/**
 * Folds the row groups of one side (request or response) of one action into fields, plus the
 * structures their members need. Problems (rows whose parent cannot be found, a path used both
 * as a list and as an object, rows repeated) are reported on `diag` with the row's line.
 */
export function foldFlattenedRows(groups: readonly RowGroup[], options: FoldOptions, diag: Diagnostics): FoldResult {
  const root: Node = { name: "", path: [], array: false, children: [], line: 0 };
  // Container fields listed so far that have no members yet (targets of captions naming no field).
  const openContainers: Node[] = [];

  const find = (parent: Node, name: string) => parent.children.find((c) => c.name === name);
  const all = (): Node[] => {
    const out: Node[] = [];
    const walk = (n: Node) => {
      for (const c of n.children) {
        out.push(c);
        walk(c);
      }
    };
    walk(root);
    return out;
  };
  const insert = (parent: Node, segs: { name: string; indexed: boolean }[], row: FlatRow) => {
    let node = parent;
    segs.forEach((seg, i) => {
      let child = find(node, seg.name);
      if (!child) {
        child = { name: seg.name, path: [...node.path, seg.name], array: false, children: [], line: row.line };
        node.children.push(child);
      }
      if (seg.indexed) child.array = true;
      if (i < segs.length - 1) {
        const via = (child.via ??= {});
        if (seg.indexed) via.indexed ??= row.line;
        else via.plain ??= row.line;
        if (via.indexed !== undefined && via.plain !== undefined && !via.reported) {
          via.reported = true;
          diag.report(
            "field.shape",
            row.line,
            `${options.what}: members of ${child.path.join(".")} are listed both with an index (line ${via.indexed}) and without (line ${via.plain}); read as a list holding all of them`,
          );
        }
      }
      node = child;
    });
    if (node.row) {
      diag.report("field.duplicate", row.line, `${options.what}: ${row.name} is listed again (first at line ${node.row.line}); the first row is kept`);
      return;
    }
    node.row = row;
    if (ARRAY_WORD.test(row.typeWord) || OBJECT_WORD.test(row.typeWord)) openContainers.push(node);
  };

  groups.forEach((group, gi) => {
    // Resolved once per sub-table, before its own rows can become candidates.
    let parents: Node[] | undefined;
    for (const row of group.rows) {
      const segs = splitFlatName(row.name);
      if (!segs) {
        diag.report("field.name", row.line, `${options.what}: ${JSON.stringify(row.name)} is not a parameter name; row skipped`);
        continue;
      }
      // The tree below is walked recursively: a name of thousands of dotted parts (hostile or
      // garbled input) overflowed the call stack. Nothing documented comes near the bound.
      if (segs.length > MAX_KEY_DEPTH) {
        diag.report("field.too-deep", row.line, `${options.what}: parameter ${JSON.stringify(row.name.slice(0, 60))}... nests ${segs.length} levels (more than ${MAX_KEY_DEPTH}); row skipped`);
        continue;
      }
      if (gi === 0 || !group.caption) {
        insert(root, segs, row);
        continue;
      }
      // A sub-table: a full path, a path continuing a deeper field, or members of a captioned field.
      if (segs.length > 1 && find(root, segs[0]!.name)) {
        insert(root, segs, row);
        continue;
      }
      if (segs.length > 1) {
        const deeper = all().filter((n) => n.path.length > 1 && n.name === segs[0]!.name);
        if (deeper.length === 1) {
          const host = deeper[0]!;
          if (segs[0]!.indexed) host.array = true;
          insert(host, segs.slice(1), row);
          continue;
        }
      }
      parents ??= captionParents(group.caption.text, all(), openContainers);
      if (parents.length === 0) {
        diag.report("field.parent", row.line, `${options.what}: cannot tell which field the sub-table '${group.caption.text}' (line ${group.caption.line}) describes; ${row.name} is kept at the top level`);
        insert(root, segs, row);
        continue;
      }
      for (const p of parents) insert(p, segs, parents.length > 1 ? { ...row } : row);
    }
  });

  const structs: Struct[] = [];
  const listedByWord: Field[] = [];
  const usedNames = new Set<string>();
  const toField = (node: Node): Field => {
    const row = node.row;
    const word = row?.typeWord ?? "";
    let type: Type;
    if (node.children.length > 0) {
      let structName = options.structPrefix + node.path.map(pascal).join("");
      for (let i = 2; usedNames.has(structName); i++) structName = options.structPrefix + node.path.map(pascal).join("") + i;
      usedNames.add(structName);
      const struct: Struct = {
        name: structName,
        description: `Items of ${node.path.join(".")} in the ${options.what} (the document lists them as flattened names; the structure name is made up from the action and the path).`,
        fields: [],
        source: { file: options.file, line: node.children[0]!.row?.line ?? node.line },
      };
      structs.push(struct);
      struct.fields = node.children.map(toField);
      const asList = node.array || ARRAY_WORD.test(word);
      if (!row) diag.report("field.implicit", node.line, `${options.what}: ${node.path.join(".")} has members but no row of its own; read as ${asList ? "a list" : "an object"}`);
      else if (!asList && !OBJECT_WORD.test(word)) {
        diag.report("field.type", row.line, `${options.what}: ${row.name} is typed ${JSON.stringify(word)} but has members; read as a structure`);
      }
      type = asList ? { array: { ref: structName } } : { ref: structName };
    } else if (ARRAY_WORD.test(word)) {
      diag.report("field.item-type", row!.line, `${options.what}: ${row!.name} is an Array whose items the document does not describe; items read as ${typeof options.unknownItem === "string" ? options.unknownItem : "structures"}`);
      type = { array: options.unknownItem };
    } else if (OBJECT_WORD.test(word)) {
      type = "object";
    } else {
      const scalar = options.scalarType(word, row?.line ?? node.line);
      type = node.array && !(typeof scalar === "object" && "array" in scalar) ? { array: scalar } : scalar;
    }
    const field: Field = { name: node.name, type, required: row?.required ?? false, description: row?.description ?? "" };
    if (row?.extra) Object.assign(field, row.extra);
    field.source = { file: options.file, line: row?.line ?? node.line };
    if (!node.array && ARRAY_WORD.test(word)) listedByWord.push(field);
    return field;
  };
  const fields = root.children.map(toField);
  return { fields, structs, listedByWord };
}

/** The fields a sub-table caption names (`privateIpAddressesSet 信息数组：`, `ingress/egress规则成员结构`). */
function captionParents(caption: string, nodes: Node[], open: Node[]): Node[] {
  const words = caption.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [];
  const out: Node[] = [];
  for (const w of words) {
    const exact = nodes.filter((n) => n.name === w);
    const matches = exact.length > 0 ? exact : nodes.filter((n) => n.name.toLowerCase() === w.toLowerCase());
    // Several fields of that name: the one listed last is the one the caption follows.
    const pick = matches[matches.length - 1];
    if (pick && !out.includes(pick)) out.push(pick);
  }
  if (out.length > 0) return out;
  const lastOpen = [...open].reverse().find((n) => n.children.length === 0);
  return lastOpen ? [lastOpen] : [];
}
