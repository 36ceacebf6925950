// What changed between two specs of the same API, classified by whether it breaks a client caller.
//
// The question asked of every change is "does code written against the old client still compile
// and behave?": a caller sends inputs and reads outputs, so the same change (a field removed, a
// type changed) breaks in one direction and not in the other. Structures take the direction of
// the actions that use them: a struct reached from an input is checked as input, from an output
// as output, from both as both.
import type { Action, Field, Service, Type } from "../spec/types.ts";
import { typeRefs, typeToString } from "../spec/types.ts";

export type ChangeKind =
  | "service.protocol"
  | "service.endpoint"
  | "action.removed"
  | "action.added"
  | "field.removed"
  | "field.added"
  | "field.type"
  | "field.required"
  | "field.nullable"
  | "enum.value-removed"
  | "enum.value-added"
  | "struct.removed"
  | "struct.added"
  | "error.removed"
  | "error.added";

export interface Change {
  kind: ChangeKind;
  breaking: boolean;
  /** Where: "DescribeInstances", "DescribeInstances.input.Filters", "Filter.Values" (a struct member). */
  location: string;
  message: string;
  before?: string;
  after?: string;
  /** The document and line the change comes from (the new spec's item; the old one's for a removal), when the specs carry their source lines. */
  source?: { file: string; line: number };
}

/** An item's source position, as a change's `source` (undefined when the spec was read without its lines). */
function at(item: { source?: { file: string; line: number } } | undefined): { source?: { file: string; line: number } } {
  const s = item?.source;
  return s && typeof s.file === "string" && typeof s.line === "number" ? { source: { file: s.file, line: s.line } } : {};
}

export interface SpecDiff {
  old: string;
  new: string;
  changes: Change[];
  breaking: number;
}

type Direction = "input" | "output";

/** Which directions each struct is used in, following refs transitively from the actions. */
export function structDirections(spec: Service): Map<string, Set<Direction>> {
  const byName = new Map(spec.types.map((t) => [t.name, t]));
  const out = new Map<string, Set<Direction>>();
  const visit = (type: Type, dir: Direction) => {
    for (const name of typeRefs(type)) {
      const seen = out.get(name) ?? new Set<Direction>();
      if (seen.has(dir)) continue;
      seen.add(dir);
      out.set(name, seen);
      for (const f of byName.get(name)?.fields ?? []) visit(f.type, dir);
    }
  };
  for (const a of spec.actions) {
    for (const f of a.input) visit(f.type, "input");
    for (const f of a.output) visit(f.type, "output");
  }
  return out;
}

/** Types as a TypeScript caller sees them: integer and float are both `number`. */
function callerType(type: Type): string {
  if (typeof type === "string") {
    if (type === "integer" || type === "float") return "number";
    if (type === "date" || type === "timestamp" || type === "timestamp-iso8601" || type === "binary") return "string";
    return type;
  }
  if ("array" in type) return `array<${callerType(type.array)}>`;
  return `ref<${type.ref}>`;
}

function diffFields(before: Field[], after: Field[], where: string, dirs: Set<Direction>, changes: Change[]): void {
  const isInput = dirs.has("input");
  const isOutput = dirs.has("output");
  const oldByName = new Map(before.map((f) => [f.name, f]));
  const newByName = new Map(after.map((f) => [f.name, f]));
  for (const f of before) {
    const n = newByName.get(f.name);
    const loc = `${where}.${f.name}`;
    if (!n) {
      // A removed input breaks callers that send it; a removed output breaks callers that read it.
      changes.push({ kind: "field.removed", breaking: isOutput || isInput, location: loc, message: `${loc} was removed`, before: typeToString(f.type), ...at(f) });
      continue;
    }
    if (callerType(f.type) !== callerType(n.type)) {
      changes.push({ kind: "field.type", breaking: true, location: loc, message: `${loc} changed type`, before: typeToString(f.type), after: typeToString(n.type), ...at(n) });
    } else if (typeToString(f.type) !== typeToString(n.type)) {
      changes.push({ kind: "field.type", breaking: false, location: loc, message: `${loc} changed documented type (same caller type)`, before: typeToString(f.type), after: typeToString(n.type), ...at(n) });
    }
    if (f.required !== n.required && isInput) {
      const breaking = n.required; // optional -> required breaks callers that omit it
      changes.push({ kind: "field.required", breaking, location: loc, message: `${loc} became ${n.required ? "required" : "optional"}`, before: String(f.required), after: String(n.required), ...at(n) });
    }
    if (Boolean(f.nullable) !== Boolean(n.nullable) && isOutput) {
      const breaking = Boolean(n.nullable); // a reader must now handle null
      changes.push({ kind: "field.nullable", breaking, location: loc, message: `${loc} ${n.nullable ? "may now be null" : "is no longer nullable"}`, before: String(Boolean(f.nullable)), after: String(Boolean(n.nullable)), ...at(n) });
    }
    diffEnums(f, n, loc, isInput, changes);
  }
  for (const f of after) {
    if (oldByName.has(f.name)) continue;
    const loc = `${where}.${f.name}`;
    const breaking = isInput && f.required; // a new required input breaks every existing call
    changes.push({ kind: "field.added", breaking, location: loc, message: `${loc} was added${isInput && f.required ? " as a required parameter" : ""}`, after: typeToString(f.type), ...at(f) });
  }
}

function diffEnums(before: Field, after: Field, loc: string, isInput: boolean, changes: Change[]): void {
  if (!before.enum || !after.enum) return;
  const oldValues = new Set(before.enum.map((e) => e.value));
  const newValues = new Set(after.enum.map((e) => e.value));
  for (const v of oldValues) {
    if (newValues.has(v)) continue;
    // Sending a value the API no longer accepts breaks only where the enumeration is closed.
    const breaking = isInput && Boolean(after.enumClosed);
    changes.push({ kind: "enum.value-removed", breaking, location: loc, message: `${loc} no longer lists value ${v}`, before: v, ...at(after) });
  }
  for (const v of newValues) {
    if (!oldValues.has(v)) changes.push({ kind: "enum.value-added", breaking: false, location: loc, message: `${loc} lists a new value ${v}`, after: v, ...at(after) });
  }
}

function diffAction(a: Action, b: Action, changes: Change[]): void {
  diffFields(a.input, b.input, `${a.name}.input`, new Set(["input"]), changes);
  diffFields(a.output, b.output, `${a.name}.output`, new Set(["output"]), changes);
  const oldCodes = new Set(a.errors.map((e) => e.code));
  const newCodes = new Set(b.errors.map((e) => e.code));
  for (const c of oldCodes) if (!newCodes.has(c)) changes.push({ kind: "error.removed", breaking: false, location: a.name, message: `${a.name} no longer documents error ${c}`, before: c, ...at(a) });
  for (const c of newCodes) if (!oldCodes.has(c)) changes.push({ kind: "error.added", breaking: false, location: a.name, message: `${a.name} documents a new error ${c}`, after: c, ...at(b) });
}

export function diffSpecs(before: Service, after: Service, names: { old?: string; new?: string } = {}): SpecDiff {
  const changes: Change[] = [];
  if (before.protocol !== after.protocol) {
    changes.push({ kind: "service.protocol", breaking: true, location: "service", message: "the protocol changed", before: before.protocol, after: after.protocol });
  }
  if (before.endpoint !== after.endpoint) {
    changes.push({ kind: "service.endpoint", breaking: false, location: "service", message: "the default endpoint changed", before: before.endpoint, after: after.endpoint });
  }
  const newActions = new Map(after.actions.map((a) => [a.name, a]));
  const oldActions = new Set(before.actions.map((a) => a.name));
  for (const a of before.actions) {
    const b = newActions.get(a.name);
    if (!b) changes.push({ kind: "action.removed", breaking: true, location: a.name, message: `action ${a.name} was removed`, ...at(a) });
    else diffAction(a, b, changes);
  }
  for (const b of after.actions) {
    if (!oldActions.has(b.name)) changes.push({ kind: "action.added", breaking: false, location: b.name, message: `action ${b.name} was added`, ...at(b) });
  }
  const oldDirs = structDirections(before);
  const newDirs = structDirections(after);
  const newStructs = new Map(after.types.map((t) => [t.name, t]));
  const oldStructs = new Set(before.types.map((t) => t.name));
  for (const s of before.types) {
    const n = newStructs.get(s.name);
    // A struct's members matter in every direction it is used in, before or after.
    const dirs = new Set<Direction>([...(oldDirs.get(s.name) ?? []), ...(newDirs.get(s.name) ?? [])]);
    if (!n) {
      // The fields that referenced it report the break; the struct itself is a type users may import.
      changes.push({ kind: "struct.removed", breaking: dirs.size > 0, location: s.name, message: `structure ${s.name} was removed`, ...at(s) });
      continue;
    }
    diffFields(s.fields, n.fields, s.name, dirs, changes);
  }
  for (const s of after.types) {
    if (!oldStructs.has(s.name)) changes.push({ kind: "struct.added", breaking: false, location: s.name, message: `structure ${s.name} was added`, ...at(s) });
  }
  // Breaking first, then by location, so a changelog leads with what needs attention.
  const order = (c: Change) => (c.breaking ? 0 : 1);
  changes.sort((x, y) => order(x) - order(y) || (x.location < y.location ? -1 : x.location > y.location ? 1 : 0) || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
  return {
    old: names.old ?? `${before.provider}/${before.service}/${before.version}`,
    new: names.new ?? `${after.provider}/${after.service}/${after.version}`,
    changes,
    breaking: changes.filter((c) => c.breaking).length,
  };
}
