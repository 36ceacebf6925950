// Alibaba's JSON responses wrap every list in an object named after the list's items:
// {"Tags": {"Tag": [{...}, ...]}}, while the document's table gives the field the item's type
// (`Tags  TagSetItem  实际返回内容的结构体列表`). Where an action's own example shows the wrapper,
// the field is retyped as a structure holding the array under the key the example uses, so that
// clients, fixtures and paginators see the shape that goes over the wire. A table that types the
// field as the list itself (`DetachInstanceRamRoleResults  Array  由…组成的信息集`, with
// {"DetachInstanceRamRoleResults": {"DetachInstanceRamRoleResult": [...]}} in the example) is read
// the same way. Nothing is guessed: a field whose example does not show the wrapper keeps the
// table's type.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import { typeToString, type Action, type Struct, type Type } from "../../spec/types.ts";
import { isPlainObject } from "../../spec/conform.ts";


/** The single array key of a wrapper object in the action's examples, if every example agrees. */
function wrapperKey(action: Action, field: string): string | undefined {
  let key: string | undefined;
  for (const example of action.examples) {
    const value = example.output[field];
    if (value === undefined) continue;
    if (!isPlainObject(value)) return undefined;
    const keys = Object.keys(value);
    if (keys.length !== 1 || !Array.isArray(value[keys[0]!])) return undefined;
    if (key !== undefined && key !== keys[0]) return undefined;
    key = keys[0];
  }
  return key;
}

/** The item type of a field the table types as one structure (`Tags  TagSetItem`) or as a list of items. */
function listItem(type: Type): Type | undefined {
  if (typeof type !== "object") return undefined;
  if ("ref" in type) return type;
  if ("array" in type && !(typeof type.array === "object" && "array" in type.array)) return type.array;
  return undefined;
}

/** Retypes list fields of action outputs as their documented wrappers; returns the new structures. */
export function applyListWrappers(actions: Action[], types: readonly Struct[], file: string, diag: Diagnostics): Struct[] {
  const byName = new Map(types.map((t) => [t.name, t]));
  const taken = new Set(types.map((t) => t.name));
  const added: Struct[] = [];
  for (const action of actions) {
    for (const field of action.output) {
      const item = listItem(field.type);
      if (!item) continue;
      const key = wrapperKey(action, field.name);
      // The item structure itself having that member means the example is the struct, not a wrapper.
      if (!key || (typeof item === "object" && "ref" in item && byName.get(item.ref)?.fields.some((f) => f.name === key))) continue;
      const itemName = typeToString(item);
      const tableSays = typeof field.type === "object" && "array" in field.type ? `types ${field.name} as the bare list ${itemName}[]` : `gives ${field.name} the item type ${itemName}`;
      let name = `${action.name}${field.name}`;
      for (let i = 2; taken.has(name); i++) name = `${action.name}${field.name}${i}`;
      taken.add(name);
      const line = field.source?.line ?? action.source?.line ?? 1;
      added.push({
        name,
        description: `The JSON object around the list of ${itemName} in ${action.name}'s response, as the document's example shows it ({"${field.name}": {"${key}": [...]}}); the table ${tableSays}.`,
        fields: [{ name: key, type: { array: item }, required: false, description: field.description, ...(field.source ? { source: field.source } : {}) }],
        usage: "output",
        source: { file, line },
      });
      field.type = { ref: name };
      diag.report("type.list-wrapper", line, `${action.name}.${field.name}: the example wraps the list as {"${key}": [...]}; typed as ${name} holding ${key}: ${itemName}[]`);
    }
  }
  return added;
}
