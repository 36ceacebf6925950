// Structures the tables name but never define, rebuilt from what the examples show. An Alibaba
// response table often types a field with a structure (`Instances  InstanceSetType`) whose 数据类型
// chapter is missing from the edition; the legacy CVM pages name `array of Region objects` and
// never define Region. The action's JSON example still shows the members. Each
// member keeps the name the example uses and the type its value has; a diagnostic says the
// structure comes from examples, not from a table. A name no example shows stays a placeholder.
import type { Diagnostics } from "../spec/diagnostics.ts";
import type { Action, Field, Struct, Type } from "../spec/types.ts";
import { typeRefs } from "../spec/types.ts";
import { isPlainObject } from "../spec/conform.ts";
import { referencedStructs } from "./undefined-structs.ts";

/** The objects an example value holds for a field typed `name`: the object, a list of them, or a list in a wrapper. */
function objectsIn(value: unknown): Record<string, unknown>[] {
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    // {"Instance": [{...}]} wraps a list of the structure; {"InstanceId": ["i-1"]} is the structure itself.
    const only = keys.length === 1 ? value[keys[0]!] : undefined;
    if (Array.isArray(only) && only.some(isPlainObject)) return objectsIn(only);
    return [value];
  }
  if (Array.isArray(value)) return value.filter(isPlainObject);
  return [];
}

/** The spec type a JSON value has; undefined for null (it says nothing). */
export function typeOfValue(value: unknown): Type | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "float";
  if (Array.isArray(value)) {
    const item = value.map(typeOfValue).find((t) => t !== undefined);
    return { array: item ?? "string" };
  }
  return "object";
}

/** Members seen across the samples, in first-seen order; a member seen with two types is free-form. */
export function membersFromSamples(samples: readonly Record<string, unknown>[]): { name: string; type: Type }[] {
  const members = new Map<string, Type | undefined>();
  for (const sample of samples) {
    for (const [key, value] of Object.entries(sample)) {
      const type = typeOfValue(value);
      if (!members.has(key)) members.set(key, type);
      else if (type !== undefined) {
        const known = members.get(key);
        if (known === undefined) members.set(key, type);
        else if (JSON.stringify(known) !== JSON.stringify(type)) members.set(key, known === "integer" && type === "float" ? "float" : type === "integer" && known === "float" ? "float" : "object");
      }
    }
  }
  return [...members].map(([name, type]) => ({ name, type: type ?? "string" }));
}

/**
 * Rebuilds the undefined structures action outputs refer to from the actions' example responses.
 * `wrapper`: the member the examples wrap every answer in ("Response"), when the protocol has one.
 */
export function structsFromExamples(
  actions: readonly Action[],
  types: readonly Struct[],
  file: string,
  diag: Diagnostics,
  firstLine: (name: string) => number,
  wrapper?: string,
): Struct[] {
  const body = (output: Record<string, unknown>): Record<string, unknown> => {
    const inner = wrapper !== undefined ? output[wrapper] : undefined;
    return isPlainObject(inner) ? inner : output;
  };
  const defined = new Set(types.map((t) => t.name));
  const undefinedNames = [...referencedStructs(actions, types)].filter((n) => !defined.has(n));
  const rebuilt: Struct[] = [];
  for (const name of undefinedNames) {
    const samples: Record<string, unknown>[] = [];
    const shownBy: string[] = [];
    for (const action of actions) {
      const fields = action.output.filter((f: Field) => typeRefs(f.type).includes(name));
      for (const field of fields) {
        for (const example of action.examples) {
          const found = objectsIn(body(example.output)[field.name]);
          if (found.length > 0 && !shownBy.includes(action.name)) shownBy.push(action.name);
          samples.push(...found);
        }
      }
    }
    const members = membersFromSamples(samples);
    if (members.length === 0) continue;
    const line = firstLine(name);
    rebuilt.push({
      name,
      description: `The document names this type but never defines it; its members are rebuilt from the response examples of ${shownBy.join(", ")}.`,
      fields: members.map((m) => ({ name: m.name, type: m.type, required: false, description: "" })),
      usage: "output",
      source: { file, line },
    });
    diag.report("type.from-example", line, `type ${name} is named (first at line ${line}) but no table defines it; ${members.length} member(s) rebuilt from the examples of ${shownBy.join(", ")}`);
  }
  return rebuilt;
}
