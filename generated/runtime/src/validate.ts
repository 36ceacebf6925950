// Opt-in request validation, shared by every generated package: a package ships only its tables
// (see createRequestValidator) and calls this checker. The rules are
// those of docs2sdk's generator/spec/conform.ts (the mock server and the fixtures apply them too):
// required fields, primitive types, and the enumerations the document closes. Undocumented members
// pass (the document may be behind the service), and a null member counts as absent.

/**
 * A package's validation tables: the fields of each structure a request reaches (STRUCTS, by
 * structure name) and of each action's request (ACTIONS, by action name). A field is
 * "<flags><type> <wire name>", or that and the values of an enumeration the document closes. Flags:
 * 1 required, 2 may be null. Type: one "[" per array level, then a primitive code (s string, d date,
 * T ISO 8601 time, B binary, t timestamp, i integer, f float, b boolean, o any JSON) or "#" and the
 * name of a structure in STRUCTS ("#" alone: a structure the document does not define). Nothing is
 * numbered, so an edit to one action or structure changes only its own entry.
 */
export type ValidationField = string | readonly [string, readonly string[]];
export type ValidationFields = readonly ValidationField[];
export type ValidationStructs = Readonly<Record<string, ValidationFields>>;
export type ValidationActions = Readonly<Record<string, ValidationFields>>;

export interface RequestValidator {
  /** The problems of a request for `action`, in member order; [] when it conforms or the action is unknown. */
  requestProblems(action: string, input: unknown): ValidationProblem[];
  /**
   * Throws a ValidationError naming each offending field path when the request does not conform.
   * With a region, the package's region parameter (Alibaba's RegionId) counts as given: the runtime
   * fills it in from the region when the input has none.
   */
  validateRequest(action: string, input: object, region?: string): void;
}

/** [wire name, type, flags, enforced values], decoded from a ValidationField. */
type FieldSchema = readonly [name: string, type: string, flags: number, values: readonly string[] | undefined];

export interface ValidationProblem {
  /** Where: "Filters[0].Values[1]"; "" for the request itself. */
  path: string;
  kind: "missing" | "type" | "enum" | "null";
  message: string;
}

/** A request does not conform to the spec; thrown before anything is signed or sent. */
export class ValidationError extends Error {
  override name = "ValidationError";
  readonly code = "ValidationError";
  readonly action: string;
  /** The path of the first problem ("Filters[0].Values[1]"). */
  readonly path: string;
  readonly problems: readonly ValidationProblem[];

  constructor(action: string, problems: ValidationProblem[]) {
    const shown = problems.slice(0, 5).map((p) => p.message);
    if (problems.length > 5) shown.push(`and ${problems.length - 5} more`);
    super(`${action}: invalid request: ${shown.join("; ")}`);
    this.action = action;
    this.path = problems[0]?.path ?? "";
    this.problems = problems;
  }
}

/** A validator over one package's tables, decoded on first use. `regionParameter`: the request member the region option fills ("RegionId"), if any. */
export function createRequestValidator(STRUCTS: ValidationStructs, ACTIONS: ValidationActions, regionParameter?: string): RequestValidator {
  let byAction: Map<string, readonly FieldSchema[]> | undefined;
  let structs: Structs = new Map();
  const tables = (): Map<string, readonly FieldSchema[]> => {
    if (!byAction) {
      const decode = (entry: ValidationField): FieldSchema => {
        const [head, values] = typeof entry === "string" ? [entry, undefined] : entry;
        const space = head.indexOf(" ");
        return [head.slice(space + 1), head.slice(1, space), Number(head[0]), values];
      };
      // Maps, not the objects: a structure or action named like an Object.prototype member is still looked up by name.
      const decodeAll = (table: Readonly<Record<string, ValidationFields>>) => new Map(Object.entries(table).map(([name, fields]) => [name, fields.map(decode)]));
      structs = decodeAll(STRUCTS);
      byAction = decodeAll(ACTIONS);
    }
    return byAction;
  };
  const requestProblems = (action: string, input: unknown): ValidationProblem[] => {
    const fields = tables().get(action);
    const problems: ValidationProblem[] = [];
    if (fields) checkFields(input, fields, "", problems, 0, structs);
    return problems;
  };
  return {
    requestProblems,
    validateRequest(action: string, input: object, region?: string): void {
      const sent = regionParameter && region && (input as Record<string, unknown>)[regionParameter] === undefined ? { ...input, [regionParameter]: region } : input;
      const problems = requestProblems(action, sent);
      if (problems.length > 0) throw new ValidationError(action, problems);
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Values are described by kind only (a request may carry secrets); enumerations show the value.
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return "a string";
  if (typeof value === "object") return "an object";
  return typeof value === "number" || typeof value === "boolean" ? `${typeof value} ${String(value)}` : `a ${typeof value}`;
}

type Structs = ReadonlyMap<string, readonly FieldSchema[]>;

function checkFields(value: unknown, fields: readonly FieldSchema[], path: string, problems: ValidationProblem[], depth: number, structs: Structs): void {
  if (!isObject(value)) {
    problems.push({ path, kind: "type", message: `${path || "request"}: expected an object, got ${describe(value)}` });
    return;
  }
  for (const [name, member] of Object.entries(value)) {
    if (member === undefined || member === null) continue;
    const field = fields.find((f) => f[0] === name);
    if (field) checkValue(member, field, field[1], path === "" ? name : `${path}.${name}`, problems, depth, structs);
  }
  for (const field of fields) {
    const member = value[field[0]];
    if (field[2] & 1 && (member === undefined || member === null)) {
      const at = path === "" ? field[0] : `${path}.${field[0]}`;
      problems.push({ path: at, kind: "missing", message: `required ${at} is missing` });
    }
  }
}

const PRIMITIVES: Record<string, [test: (v: unknown) => boolean, expected: string]> = {
  s: [(v) => typeof v === "string", "a string"],
  d: [(v) => typeof v === "string", "a date string"],
  T: [(v) => typeof v === "string", "a timestamp-iso8601 string"],
  B: [(v) => typeof v === "string", "a binary string"],
  t: [(v) => typeof v === "string" || Number.isInteger(v), "a timestamp (string or integer)"],
  i: [(v) => Number.isInteger(v), "an integer"],
  f: [(v) => typeof v === "number" && Number.isFinite(v), "a number"],
  b: [(v) => typeof v === "boolean", "a boolean"],
  o: [() => true, "any value"],
};

function checkValue(value: unknown, field: FieldSchema, type: string, path: string, problems: ValidationProblem[], depth: number, structs: Structs): void {
  if (value === null) {
    if (!(field[2] & 2)) problems.push({ path, kind: "null", message: `${path} is null, which the document does not allow` });
    return;
  }
  if (type.startsWith("[")) {
    if (!Array.isArray(value)) {
      problems.push({ path, kind: "type", message: `${path}: expected an array, got ${describe(value)}` });
      return;
    }
    // Items share the field's enumeration and nullability.
    value.forEach((item, i) => checkValue(item, field, type.slice(1), `${path}[${i}]`, problems, depth, structs));
    return;
  }
  if (type.startsWith("#")) {
    const struct = type.length > 1 ? structs.get(type.slice(1)) : undefined;
    if (!struct) {
      if (!isObject(value)) problems.push({ path, kind: "type", message: `${path}: expected an object, got ${describe(value)}` });
    } else if (depth < 64) {
      checkFields(value, struct, path, problems, depth + 1, structs);
    }
    return;
  }
  const [test, expected] = PRIMITIVES[type]!;
  if (!test(value)) {
    problems.push({ path, kind: "type", message: `${path}: expected ${expected}, got ${describe(value)}` });
    return;
  }
  const values = field[3];
  if (values) {
    // A boolean's enumeration is often written TRUE / FALSE: the value, not its spelling, counts.
    const text = String(value);
    const ok = type === "b" ? values.some((v) => v.toLowerCase() === text.toLowerCase()) : values.includes(text);
    if (!ok) problems.push({ path, kind: "enum", message: `${path} is ${JSON.stringify(value)}, not one of ${values.join(", ")}` });
  }
}
