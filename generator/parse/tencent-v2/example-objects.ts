// V2 tables write `Array` for any compound value: `data⇥Array` sits over members listed as
// `data.eipSet`, `data.currentEipNum` (no `.n`), and the example returns "data": {"eipSet": [...]}.
// Typed as the table's word, every such response is a list that no server sends. Where no path
// indexes the field (an index is the document saying "list" on its own), the action's examples are
// the evidence: a field every example returns (or, in a request, sends: `policys.ipProtocol=tcp`
// with no index) as one object, and none as a list, is typed as that object (its structure, or a
// free-form object when the document lists no members). A field no example shows keeps the
// table's type; examples that disagree change nothing.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import { isPlainObject } from "../../spec/conform.ts";
import type { Action, Example, Field, Struct, Type } from "../../spec/types.ts";

interface Evidence {
  /** Where the field is declared: the action's response, or the structure holding it. */
  owner: string;
  lists: number;
  objects: number;
}

const MAX_DEPTH = 32;

/**
 * Retypes (in place) the fields of `candidates` that every example of `action` shows as a single
 * object on the given side; returns how many changed.
 */
export function applyExampleObjects(action: Action, side: "request" | "response", candidates: readonly Field[], structs: readonly Struct[], diag: Diagnostics): number {
  if (candidates.length === 0) return 0;
  const byName = new Map(structs.map((s) => [s.name, s]));
  const isCandidate = new Set(candidates);
  const evidence = new Map<Field, Evidence>();
  const note = (field: Field, owner: string, list: boolean) => {
    let e = evidence.get(field);
    if (!e) evidence.set(field, (e = { owner, lists: 0, objects: 0 }));
    if (list) e.lists++;
    else e.objects++;
  };
  const walkItem = (value: unknown, type: Type, depth: number): void => {
    if (typeof type === "object" && "ref" in type) {
      const struct = byName.get(type.ref);
      if (struct) walkFields(value, struct.fields, struct.name, depth + 1);
    } else if (typeof type === "object" && "array" in type && Array.isArray(value)) {
      for (const item of value) walkItem(item, type.array, depth + 1);
    }
  };
  const walkFields = (value: unknown, fields: readonly Field[], owner: string, depth: number): void => {
    // A structure can contain itself; an example cannot be deeper than its text.
    if (!isPlainObject(value) || depth > MAX_DEPTH) return;
    for (const field of fields) {
      const v = value[field.name];
      if (v === undefined || v === null) continue;
      const type = field.type;
      if (typeof type === "object" && "array" in type) {
        if (isCandidate.has(field)) {
          if (Array.isArray(v)) note(field, owner, true);
          else if (isPlainObject(v)) {
            note(field, owner, false);
            walkItem(v, type.array, depth);
            continue;
          }
        }
        walkItem(v, type, depth);
        continue;
      }
      walkItem(v, type, depth);
    }
  };
  const [fields, valueOf] = side === "request" ? [action.input, (e: Example) => e.input] : [action.output, (e: Example) => e.output];
  for (const example of action.examples) walkFields(valueOf(example), fields, `${action.name} ${side}`, 0);
  let changed = 0;
  for (const field of candidates) {
    const e = evidence.get(field);
    const type = field.type;
    if (!e || e.objects === 0 || e.lists > 0 || typeof type !== "object" || !("array" in type)) continue;
    const item = type.array;
    // Only an object can stand for the list: a structure, or items the document does not describe.
    if (!(typeof item === "object" && "ref" in item) && item !== "object") continue;
    field.type = item;
    // The fold described the structure as the list's items; it now describes the object itself.
    const struct = typeof item === "object" ? byName.get(item.ref) : undefined;
    if (struct) struct.description = struct.description.replace(/^Items of /, "Members of ");
    changed++;
    diag.report(
      "type.example-object",
      field.source?.line ?? action.source?.line ?? 1,
      `${e.owner}: ${field.name} is typed Array, no path indexes it, and the examples show it as one object; typed as ${typeof item === "object" ? item.ref : "object"}`,
    );
  }
  return changed;
}
