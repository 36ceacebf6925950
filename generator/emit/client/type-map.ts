// Spec types -> TypeScript type expressions.
import type { Field, PrimitiveType, Type } from "../../spec/types.ts";
import { stringLiteral } from "./escape.ts";

const PRIMITIVES: Record<PrimitiveType, string> = {
  string: "string",
  date: "string",
  timestamp: "string",
  "timestamp-iso8601": "string",
  binary: "string",
  integer: "number",
  float: "number",
  boolean: "boolean",
  object: "Record<string, unknown>",
};

/** Resolves a struct's spec name to its TypeScript name (see structTypeNames). */
export type StructNamer = (specName: string) => string;

/** The primitive at the bottom of a type's arrays, or undefined for a ref. */
function basePrimitive(type: Type): PrimitiveType | undefined {
  if (typeof type === "string") return type;
  if ("array" in type) return basePrimitive(type.array);
  return undefined;
}

/**
 * The literal union for a field's documented values, or undefined when they do not fit its type.
 * Open enumerations keep `(string & {})` / `(number & {})` so a value the document did not list
 * still type-checks while editors still offer the known ones.
 */
export function enumType(field: Pick<Field, "type" | "enum" | "enumClosed">, output = false): string | undefined {
  if (!field.enum || field.enum.length === 0) return undefined;
  const base = basePrimitive(field.type);
  const values = [...new Set(field.enum.map((e) => e.value))];
  let literals: string[];
  let open: string;
  if (base === "string" || base === "date" || base === "timestamp" || base === "timestamp-iso8601") {
    literals = values.map(stringLiteral);
    open = "(string & {})";
  } else if (base === "integer" || base === "float") {
    const numbers = values.map((v) => v.trim());
    if (!numbers.every((v) => /^-?\d+(\.\d+)?$/.test(v))) return undefined;
    literals = [...new Set(numbers.map((v) => String(Number(v))))];
    open = "(number & {})";
  } else {
    return undefined;
  }
  // A value the service receives can be held to the documented list; one it returns cannot: it may
  // add values after the document was written, which a closed union would make a compile error.
  return field.enumClosed && !output ? literals.join(" | ") : [...literals, open].join(" | ");
}

/** The type expression of a spec type; `leaf` replaces the innermost element (enum literals). */
export function typeExpression(type: Type, names: StructNamer, leaf?: string): string {
  if (typeof type === "string") return leaf ?? PRIMITIVES[type];
  if ("array" in type) {
    const element = typeExpression(type.array, names, leaf);
    return /^[A-Za-z0-9_$]+(\[\])*$/.test(element) ? `${element}[]` : `Array<${element}>`;
  }
  return names(type.ref);
}

/**
 * A field's full type: enum literals where documented, `| null` where the document says null may
 * come back. `output`: the field can come back in a response, so its enumeration stays open.
 */
export function fieldType(field: Field, names: StructNamer, output = false): string {
  const type = typeExpression(field.type, names, enumType(field, output));
  return field.nullable ? `${type} | null` : type;
}
