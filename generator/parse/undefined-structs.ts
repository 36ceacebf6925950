// Structures a document names but never defines. The reference stays (the name is what the
// document says), the structure is kept without fields, and a warning says so: nothing is
// invented, and no type reference dangles.
import type { Diagnostics } from "../spec/diagnostics.ts";
import type { Action, Field, Struct } from "../spec/types.ts";
import { typeRefs } from "../spec/types.ts";

/** Every structure name the actions and structures refer to. */
export function referencedStructs(actions: readonly Action[], types: readonly Struct[]): Set<string> {
  const referenced = new Set<string>();
  const note = (fields: Field[]) => fields.forEach((f) => typeRefs(f.type).forEach((r) => referenced.add(r)));
  actions.forEach((a) => (note(a.input), note(a.output)));
  types.forEach((t) => note(t.fields));
  return referenced;
}

export function placeholderStructs(
  actions: readonly Action[],
  types: readonly Struct[],
  file: string,
  diag: Diagnostics,
  firstLine: (name: string) => number,
): Struct[] {
  const referenced = referencedStructs(actions, types);
  const defined = new Set(types.map((t) => t.name));
  return [...referenced]
    .filter((r) => !defined.has(r))
    .sort((a, b) => firstLine(a) - firstLine(b) || a.localeCompare(b))
    .map((name) => {
      const line = firstLine(name);
      diag.report("type.undefined", line, `type ${name} is named (first at line ${line}) but the document never defines its members; kept as a structure without fields`);
      return { name, description: `The document names this type but never defines its members.`, fields: [], usage: "output" as const, source: { file, line } };
    });
}
