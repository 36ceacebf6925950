// A documented example as a call through the generated client, shared by the docs (README, action
// pages) and the client's own JSDoc `@example`, so both show the same type-checked program. Values are printed as TypeScript
// literals built from JSON: strings go through JSON.stringify, so document text can only ever be
// inside a string literal (never in a comment or as code).
import type { Action, Example, Field, Service, Struct, Type } from "../spec/types.ts";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const INLINE_WIDTH = 72;

function key(name: string): string {
  // A literal `__proto__:` key (quoted or not) sets the object's prototype; computed, it is a key.
  if (name === "__proto__") return `["__proto__"]`;
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** `value` as a TypeScript expression, continuation lines indented by `indent`. */
export function typescriptLiteral(value: unknown, indent = ""): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((v) => typescriptLiteral(v, inner));
    const flat = `[${items.join(", ")}]`;
    if (!flat.includes("\n") && flat.length + indent.length <= INLINE_WIDTH) return flat;
    return `[\n${items.map((i) => `${inner}${i},\n`).join("")}${indent}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${typescriptLiteral(v, inner)},\n`).join("")}${indent}}`;
  }
  return JSON.stringify(String(value));
}

export interface ClientCall {
  packageName: string;
  clientClass: string;
  method: string;
  /** Omitted when the action takes no region. */
  region?: string;
  input: Record<string, unknown>;
}

export function clientCallExample(call: ClientCall): string {
  const config = call.region === undefined ? "" : `{ region: ${JSON.stringify(call.region)} }`;
  return [
    `import { ${call.clientClass} } from ${JSON.stringify(call.packageName)};`,
    "",
    `const client = new ${call.clientClass}(${config});`,
    `const res = await client.${call.method}(${typescriptLiteral(call.input)});`,
    "console.log(res);",
    "",
  ].join("\n");
}

export function defaultRegion(service: Service): string {
  return service.regions?.[0]?.id ?? (service.provider === "aliyun" ? "cn-hangzhou" : "ap-guangzhou");
}

const REGION_KEYS = ["Region", "RegionId"];
const PROTOCOL_KEYS = ["Action", "Version"];

/** The example's request split into what the client method takes and the region it names. A
 * documented request often shows common parameters (Action, Version, Region): the client sets
 * those itself, so they are moved out of the input when the action does not declare them. */
export function exampleInput(service: Service, action: Action, example: Example): { input: Record<string, unknown>; region?: string } {
  const declared = new Set(action.input.map((f) => f.name));
  const common = new Set([...(service.commonParameters ?? []).map((f) => f.name), ...PROTOCOL_KEYS]);
  const input: Record<string, unknown> = {};
  let region: string | undefined;
  for (const [k, v] of Object.entries(example.input)) {
    if (!declared.has(k) && REGION_KEYS.includes(k) && typeof v === "string") region = v;
    else if (!declared.has(k) && common.has(k)) continue;
    else input[k] = v;
  }
  return region === undefined ? { input } : { input, region };
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * A documented request value in the shape of the field's type. A GET request is a query string, so
 * the spec's example holds every value as a string ("Limit": "20") and a lone array item unindexed;
 * the code shown must pass the types the client declares, so exact numerals and true/false (any case) become
 * numbers and booleans, and (for GET) a single value of an array field becomes a one-item array.
 * Anything else is left as documented, so a real mismatch still shows.
 */
function typedValue(value: unknown, type: Type, types: Map<string, Struct>, get: boolean): unknown {
  if (typeof type === "string") {
    if (typeof value !== "string") return value;
    if ((type === "integer" || type === "float") && NUMBER.test(value)) {
      const n = Number(value);
      return Number.isSafeInteger(n) || type === "float" ? n : value;
    }
    // Tencent's examples write booleans as "TRUE"/"FALSE" too.
    if (type === "boolean" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
    return value;
  }
  if ("array" in type) {
    if (Array.isArray(value)) return value.map((v) => typedValue(v, type.array, types, get));
    return get && value !== null && typeof value !== "object" ? [typedValue(value, type.array, types, get)] : value;
  }
  const struct = types.get(type.ref);
  if (!struct || value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return typedObject(value as Record<string, unknown>, struct.fields, types, get);
}

function typedObject(value: Record<string, unknown>, fields: Field[], types: Map<string, Struct>, get: boolean): Record<string, unknown> {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const field = byName.get(k);
    out[k] = field ? typedValue(v, field.type, types, get) : v;
  }
  return out;
}


/** A documented example's request as the client method takes it: typed values, and the region (unless the action takes none). */
export function exampleRequest(service: Service, action: Action, example: Example): { input: Record<string, unknown>; region?: string } {
  const { input: raw, region } = exampleInput(service, action, example);
  const types = new Map(service.types.map((t) => [t.name, t]));
  const input = typedObject(raw, action.input, types, example.requestForm === "get");
  return action.region === "none" ? { input } : { input, region: region ?? defaultRegion(service) };
}

/** Actions whose names say they only read (DescribeInstances, GetX, ListY...): shown first in examples, never a write. */
const READ_ONLY_NAME = /^(Describe|Get|List|Query|Inquiry|Inquire|Search|Check|View|Show)[A-Z]/;

/** The first action that reads only, preferring one the document gives an example for. */
export function firstReadOnly<A extends Pick<Action, "name" | "examples">>(actions: readonly A[]): A | undefined {
  const reads = actions.filter((a) => READ_ONLY_NAME.test(a.name));
  return reads.find((a) => a.examples.length > 0) ?? reads[0];
}
