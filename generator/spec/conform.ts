// Does a JSON value conform to what the spec documents? One set of rules for every consumer: the
// fixtures emitter (is a documented example consistent with its own parameter table?), the mock
// server (is this request acceptable?) and the clients' opt-in request validation (issue 9), which
// generates code that applies the same primitive rules (`primitiveProblem`) field by field.
//
// Every problem names the path of the offending value ("Filters[0].Values[1]"), so that a message can
// point a reader at the exact spot of a request or an example.
import type { Diagnostics } from "./diagnostics.ts";
import { envelopeMembers, protocolOf } from "./protocols.ts";
import type { Field, PrimitiveType, Service, Struct, Type } from "./types.ts";

export type ConformProblemKind = "unknown" | "missing" | "type" | "enum" | "null";

export interface ConformProblem {
  /** Where: "" for the value itself, else "Name", "Filters[0].Values[1]". */
  path: string;
  kind: ConformProblemKind;
  message: string;
}

export interface ConformOptions {
  /** Structures by name, as in Service.types. */
  types: ReadonlyMap<string, Struct> | readonly Struct[];
  /**
   * Values came over a wire that carries only text (a GET query, a form body, after unflattening):
   * a primitive may then be a string that spells a value of its type ("10" for an integer).
   */
  stringly?: boolean;
  /** Report required fields that are absent (default true). Responses are checked with false. */
  required?: boolean;
  /** Report members that no field documents (default true). */
  unknown?: boolean;
  /** Accept null for every field, not only those the document marks nullable (default false). */
  anyNull?: boolean;
  /** Treat a null member like an absent one (default false): clients leave null parameters out. */
  nullIsAbsent?: boolean;
}

interface Context {
  types: ReadonlyMap<string, Struct>;
  stringly: boolean;
  required: boolean;
  unknown: boolean;
  anyNull: boolean;
  nullIsAbsent: boolean;
  problems: ConformProblem[];
  /** Structures being checked further up, to stop at a value that contains itself. */
  depth: number;
}

const MAX_DEPTH = 64;

function context(options: ConformOptions): Context {
  const types =
    options.types instanceof Map ? (options.types as ReadonlyMap<string, Struct>) : new Map((options.types as readonly Struct[]).map((s) => [s.name, s]));
  return {
    types,
    stringly: options.stringly ?? false,
    required: options.required ?? true,
    unknown: options.unknown ?? true,
    anyNull: options.anyNull ?? false,
    nullIsAbsent: options.nullIsAbsent ?? false,
    problems: [],
    depth: 0,
  };
}

/** Problems of an object whose members are the given fields (a request, a response, a struct). */
export function conformFields(value: unknown, fields: readonly Field[], options: ConformOptions, path = ""): ConformProblem[] {
  const ctx = context(options);
  checkFields(value, fields, ctx, path);
  return ctx.problems;
}

/** Problems of one value of the given type. */
export function conformType(value: unknown, type: Type, options: ConformOptions, path = ""): ConformProblem[] {
  const ctx = context(options);
  checkType(value, type, ctx, path, undefined);
  return ctx.problems;
}

/** "Filters" + "Name" -> "Filters.Name"; "" + "Name" -> "Name". */
export function memberPath(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

/** A JSON value that is an object (not null, not an array). */
/**
 * Sets a member as an own property. Plain assignment of a key the document chose (`__proto__`)
 * would call Object.prototype's setter and lose the member, or swap the object's prototype.
 */
export function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkFields(value: unknown, fields: readonly Field[], ctx: Context, path: string): void {
  if (!isPlainObject(value)) {
    ctx.problems.push({ path, kind: "type", message: `expected an object, got ${describe(value)}` });
    return;
  }
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const [name, member] of Object.entries(value)) {
    const field = byName.get(name);
    const at = memberPath(path, name);
    if (!field) {
      if (ctx.unknown) ctx.problems.push({ path: at, kind: "unknown", message: `${at} is not documented` });
      continue;
    }
    if (member === undefined || (member === null && ctx.nullIsAbsent)) continue;
    checkType(member, field.type, ctx, at, field);
  }
  if (ctx.required) {
    for (const field of fields) {
      // An own member only: `value["__proto__"]` is Object.prototype when the member is absent.
      const member = Object.prototype.hasOwnProperty.call(value, field.name) ? value[field.name] : undefined;
      if (field.required && (member === undefined || (member === null && ctx.nullIsAbsent))) {
        const at = memberPath(path, field.name);
        ctx.problems.push({ path: at, kind: "missing", message: `required ${at} is missing` });
      }
    }
  }
}

function checkType(value: unknown, type: Type, ctx: Context, path: string, field: Field | undefined): void {
  if (value === null) {
    if (ctx.anyNull || field?.nullable) return;
    ctx.problems.push({ path, kind: "null", message: `${path || "value"} is null, which the document does not allow` });
    return;
  }
  if (typeof type === "string") {
    const problem = primitiveProblem(value, type, ctx.stringly);
    if (problem) {
      ctx.problems.push({ path, kind: "type", message: `${path || "value"}: ${problem}` });
      return;
    }
    // An enumeration whose values are not of the field's type is the document contradicting itself:
    // the type wins, and the enumeration is not enforced.
    if (field?.enumClosed && field.enum?.length && type !== "object" && field.enum.every((e) => primitiveProblem(e.value, type, true) === undefined)) {
      const allowed = field.enum.map((e) => e.value);
      // A boolean's enumeration is often written TRUE / FALSE: the value, not its spelling, counts.
      const matches = type === "boolean" ? allowed.some((a) => a.toLowerCase() === String(value).toLowerCase()) : allowed.includes(String(value));
      if (!matches) {
        ctx.problems.push({ path, kind: "enum", message: `${path || "value"} is ${describe(value)}, not one of ${allowed.join(", ")}` });
      }
    }
    return;
  }
  if ("array" in type) {
    if (!Array.isArray(value)) {
      ctx.problems.push({ path, kind: "type", message: `${path || "value"}: expected an array, got ${describe(value)}` });
      return;
    }
    // Items share the field's enum and nullability ("Array of String, one of ...").
    value.forEach((item, i) => checkType(item, type.array, ctx, `${path}[${i}]`, field));
    return;
  }
  const struct = ctx.types.get(type.ref);
  if (!struct || struct.fields.length === 0) {
    // A dangling reference is the spec's own error (validate.ts reports it), and a structure the
    // document names but never defines has no members to check: any object passes here.
    if (!isPlainObject(value)) ctx.problems.push({ path, kind: "type", message: `${path || "value"}: expected an object, got ${describe(value)}` });
    return;
  }
  if (ctx.depth >= MAX_DEPTH) return;
  ctx.depth++;
  checkFields(value, struct.fields, ctx, path);
  ctx.depth--;
}

const INTEGER_TEXT = /^[+-]?\d+$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
// Text wires spell booleans in any case ("true", "TRUE", "True"); the documents show all three.
const BOOLEAN_TEXT = /^(true|false)$/i;

/**
 * Why a value is not of a primitive type, or undefined when it is. The rules:
 * - string, date, timestamp-iso8601, binary: a string (formats are not enforced: documents write
 *   dates and times in many styles, and a mock that rejects them would only test the document);
 * - timestamp: a string or an integer (Tencent writes both);
 * - integer: an integer number; float: a finite number;
 * - boolean: true or false;
 * - object: any JSON value (free-form);
 * - `stringly` (values off a text wire): a string that spells a value of the type also passes
 *   ("10" for an integer, "true"/"false" in any case for a boolean).
 */
export function primitiveProblem(value: unknown, type: PrimitiveType, stringly = false): string | undefined {
  switch (type) {
    case "object":
      return undefined;
    case "string":
    case "date":
    case "timestamp-iso8601":
    case "binary":
      if (typeof value === "string") return undefined;
      // On a text wire every value is text; a JSON example's 5 for a string is a type error.
      return `expected a ${type === "string" ? "string" : `${type} string`}, got ${describe(value)}`;
    case "timestamp":
      if (typeof value === "string" || (typeof value === "number" && Number.isInteger(value))) return undefined;
      return `expected a timestamp (string or integer), got ${describe(value)}`;
    case "integer":
      if (typeof value === "number" && Number.isInteger(value)) return undefined;
      if (stringly && typeof value === "string" && INTEGER_TEXT.test(value)) return undefined;
      return `expected an integer, got ${describe(value)}`;
    case "float":
      if (typeof value === "number" && Number.isFinite(value)) return undefined;
      if (stringly && typeof value === "string" && NUMBER_TEXT.test(value)) return undefined;
      return `expected a number, got ${describe(value)}`;
    case "boolean":
      if (typeof value === "boolean") return undefined;
      if (stringly && typeof value === "string" && BOOLEAN_TEXT.test(value)) return undefined;
      return `expected a boolean, got ${describe(value)}`;
  }
}

/**
 * The value a text-wire primitive stands for: "10" as an integer is 10, "true" as a boolean is
 * true. Anything that does not spell a value of its type is returned unchanged, and structures and
 * arrays are converted member by member. Used to turn a documented GET example into the JSON a
 * client is called with.
 */
export function fromWireText(value: unknown, type: Type, types: ReadonlyMap<string, Struct>, depth = 0): unknown {
  if (value === null || value === undefined || depth > MAX_DEPTH) return value;
  if (typeof type === "string") {
    if (typeof value !== "string") return value;
    if (type === "integer" && INTEGER_TEXT.test(value)) {
      const n = Number(value);
      return Number.isSafeInteger(n) ? n : value;
    }
    if (type === "float" && NUMBER_TEXT.test(value)) return Number(value);
    if (type === "boolean" && BOOLEAN_TEXT.test(value)) return value.toLowerCase() === "true";
    return value;
  }
  if ("array" in type) return Array.isArray(value) ? value.map((v) => fromWireText(v, type.array, types, depth + 1)) : value;
  const struct = types.get(type.ref);
  return struct && isPlainObject(value) ? fieldsFromWireText(value, struct.fields, types, depth + 1) : value;
}

/** fromWireText over an object's documented members; undocumented ones are kept as they are. */
export function fieldsFromWireText(value: Record<string, unknown>, fields: readonly Field[], types: ReadonlyMap<string, Struct>, depth = 0): Record<string, unknown> {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(value)) {
    const field = byName.get(name);
    setMember(out, name, field ? fromWireText(member, field.type, types, depth) : member);
  }
  return out;
}

/** One line per problem, for diagnostics and error messages. */
export function formatProblems(problems: readonly ConformProblem[], limit = 5): string {
  const shown = problems.slice(0, limit).map((p) => p.message);
  if (problems.length > limit) shown.push(`and ${problems.length - limit} more`);
  return shown.join("; ");
}

/** What conformExampleValue did to one example object. */
export interface ExampleConversion {
  value: Record<string, unknown>;
  /** Primitive values converted to their declared type ("50" -> 50, "TRUE" -> true, 5 -> "5"). */
  converted: number;
  /** Where the value still does not conform after conversion (unknown keys, types not convertible). */
  problems: ConformProblem[];
}

/** A primitive converted to its declared type where no information is lost; unchanged otherwise. */
function losslessPrimitive(value: unknown, type: PrimitiveType): unknown {
  if (typeof value === "string") {
    if (type === "integer" && INTEGER_TEXT.test(value.trim())) {
      const n = Number(value.trim());
      return Number.isSafeInteger(n) ? n : value;
    }
    if (type === "float" && NUMBER_TEXT.test(value.trim())) {
      const n = Number(value.trim());
      return Number.isFinite(n) ? n : value;
    }
    if (type === "boolean" && BOOLEAN_TEXT.test(value.trim())) return value.trim().toLowerCase() === "true";
    return value;
  }
  // A number or boolean where the table says String: its text is the same value.
  if ((typeof value === "number" && Number.isFinite(value)) || typeof value === "boolean") {
    if (type === "string") return String(value);
    if (type === "float" && typeof value === "number") return value;
  }
  return value;
}

function convertValue(value: unknown, type: Type, types: ReadonlyMap<string, Struct>, count: { n: number }, depth: number): unknown {
  if (value === null || value === undefined || depth > MAX_DEPTH) return value;
  if (typeof type === "string") {
    const out = losslessPrimitive(value, type);
    if (out !== value) count.n++;
    return out;
  }
  if ("array" in type) return Array.isArray(value) ? value.map((v) => convertValue(v, type.array, types, count, depth + 1)) : value;
  const struct = types.get(type.ref);
  return struct && isPlainObject(value) ? convertFields(value, struct.fields, types, count, depth + 1) : value;
}

function convertFields(value: Record<string, unknown>, fields: readonly Field[], types: ReadonlyMap<string, Struct>, count: { n: number }, depth: number): Record<string, unknown> {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(value)) {
    const field = byName.get(name);
    setMember(out, name, field ? convertValue(member, field.type, types, count, depth) : member);
  }
  return out;
}

/**
 * An example's request or response with every primitive converted to its declared type where that
 * loses nothing (a GET query's "50" for an Integer, "TRUE" for a Boolean; a string field keeps
 * "50"), and the problems that remain, for a diagnostic. Undocumented members are kept as written.
 */
export function conformExampleValue(value: Record<string, unknown>, fields: readonly Field[], options: Pick<ConformOptions, "types" | "required">, path = ""): ExampleConversion {
  const types =
    options.types instanceof Map ? (options.types as ReadonlyMap<string, Struct>) : new Map((options.types as readonly Struct[]).map((s) => [s.name, s]));
  const count = { n: 0 };
  const converted = convertFields(value, fields, types, count, 0);
  const problems = conformFields(converted, fields, { types, required: options.required ?? false, anyNull: true }, path);
  return { value: converted, converted: count.n, problems };
}

export interface ExamplesConformed {
  /** Primitive values converted to their declared type, over every example of the service. */
  converted: number;
  /** Example parts (a request or a response) that still contradict their table. */
  reported: number;
}

/**
 * Conform every example of a service to its tables, in place: values converted to the declared
 * types where lossless, and a warning (example.conform) naming the action, the example and each
 * member that still contradicts the table (an undocumented key, a value of another type), at the
 * example's line. Protocol and common parameters in a request, and the response envelope, are not
 * the action's own and are neither converted nor reported.
 */
export function conformExamples(service: Service, diagnostics?: Diagnostics): ExamplesConformed {
  const types = new Map(service.types.map((t) => [t.name, t]));
  const common = new Set([...protocolOf(service).commonParameters, ...(service.commonParameters ?? []).map((f) => f.name)]);
  const envelope = envelopeMembers(service);
  const result: ExamplesConformed = { converted: 0, reported: 0 };
  for (const action of service.actions) {
    const own = new Set(action.input.map((f) => f.name));
    const outputFields: Field[] = [...action.output];
    for (const name of envelope) if (!outputFields.some((f) => f.name === name)) outputFields.push({ name, type: "object", required: false, description: "" });
    for (const example of action.examples) {
      const line = example.source?.line ?? action.source?.line ?? 1;
      const report = (part: string, problems: ConformProblem[]): void => {
        const relevant = part === "request" ? problems.filter((p) => !(p.kind === "unknown" && common.has(p.path) && !own.has(p.path))) : problems;
        if (!relevant.length) return;
        result.reported++;
        diagnostics?.report("example.conform", line, `${action.name} example "${example.title}": the ${part} contradicts its table: ${formatProblems(relevant, 8)}`);
      };
      if (isPlainObject(example.input)) {
        // A request example must carry every required parameter; a response example may leave fields out.
        const input = conformExampleValue(example.input, action.input, { types, required: true });
        example.input = input.value;
        result.converted += input.converted;
        report("request", input.problems);
      }
      if (isPlainObject(example.output)) {
        // API 3.0 wraps the body in "Response"; the legacy CVM documents show that shape under V2 too.
        const wrapped = isPlainObject(example.output.Response) && !outputFields.some((f) => f.name === "Response");
        const body = wrapped ? (example.output.Response as Record<string, unknown>) : example.output;
        const output = conformExampleValue(body, outputFields, { types }, wrapped ? "Response" : "");
        example.output = wrapped ? { ...example.output, Response: output.value } : output.value;
        result.converted += output.converted;
        report("response", output.problems);
      }
    }
  }
  return result;
}
