// Alibaba's data-type tables give a list member the type of one item: SecurityGroupIdSetType has
// `SecurityGroupId  String  安全组ID。`, while the response carries {"SecurityGroupId": ["sg-1", ...]}
// (the XML form repeats the element, which a table of element names cannot show). The document's
// own JSON examples are the evidence: a member the examples return as a list, and never as a single
// value, is typed as a list of the table's type, and each such change is reported. A member no
// example shows keeps the table's type; examples that disagree are reported and change nothing.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import { typeToString, type Action, type Field, type Struct, type Type } from "../../spec/types.ts";
import { isPlainObject } from "../../spec/conform.ts";

interface Evidence {
  field: Field;
  /** Where the member is declared: a structure, or an action's response. */
  owner: string;
  line: number;
  list: number;
  single: number;
}

/** Whether an example value can be one item of `type` (an object for a structure, a scalar for a primitive). */
function fitsItem(value: unknown, type: Type): boolean {
  if (typeof type === "object" && "ref" in type) return isPlainObject(value);
  if (typeof type === "object") return Array.isArray(value);
  return value === null || typeof value !== "object";
}

/** Retypes members that the examples show as lists (in place); returns how many changed. */
export function applyExampleArrays(actions: readonly Action[], types: readonly Struct[], diag: Diagnostics): number {
  const structs = new Map(types.map((t) => [t.name, t]));
  const evidence = new Map<Field, Evidence>();
  const note = (field: Field, owner: string, line: number, list: boolean) => {
    let e = evidence.get(field);
    if (!e) evidence.set(field, (e = { field, owner, line, list: 0, single: 0 }));
    if (list) e.list++;
    else e.single++;
  };
  const walk = (value: unknown, fields: readonly Field[], owner: string, line: number, depth: number): void => {
    // A structure can contain itself; an example cannot be deeper than its text.
    if (!isPlainObject(value) || depth > 32) return;
    for (const field of fields) {
      const v = value[field.name];
      if (v === undefined || v === null) continue;
      let type = field.type;
      if (typeof type === "object" && "array" in type) {
        if (!Array.isArray(v)) continue;
        type = type.array;
        for (const item of v) walkItem(item, type, line, depth);
        continue;
      }
      if (Array.isArray(v)) {
        if (v.every((item) => fitsItem(item, type))) {
          note(field, owner, field.source?.line ?? line, true);
          for (const item of v) walkItem(item, type, line, depth);
        }
        continue;
      }
      note(field, owner, field.source?.line ?? line, false);
      walkItem(v, type, line, depth);
    }
  };
  const walkItem = (value: unknown, type: Type, line: number, depth: number): void => {
    if (typeof type === "object" && "ref" in type) {
      const struct = structs.get(type.ref);
      if (struct) walk(value, struct.fields, struct.name, struct.source?.line ?? line, depth + 1);
    }
  };
  for (const action of actions) {
    for (const example of action.examples) walk(example.output, action.output, `${action.name} response`, example.source?.line ?? 1, 0);
  }
  let changed = 0;
  for (const e of evidence.values()) {
    if (e.list === 0) continue;
    const name = `${e.owner}.${e.field.name}`;
    if (e.single > 0) {
      diag.report("type.example-conflict", e.line, `${name}: the examples return it as a list ${e.list} time(s) and as a single value ${e.single} time(s); kept as the table types it`);
      continue;
    }
    // Never an array here (array-typed members are not evidence), so the rendering is the bare name.
    const was = typeToString(e.field.type);
    e.field.type = { array: e.field.type };
    changed++;
    diag.report("type.example-array", e.line, `${name}: the table types it ${was} and the examples return a list; typed as ${was}[]`);
  }
  return changed;
}
