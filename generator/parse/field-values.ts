// Checks of the values a field documents, once per spec after any dialect: an enumeration lists
// values of the field's type, and a default of a field with a closed enumeration is one of them.
import type { Diagnostics } from "../spec/diagnostics.ts";
import type { EnumValue, Field, PrimitiveType, Service, Type } from "../spec/types.ts";

const BOOLEAN_WORD = /^(?:true|false)$/i;
const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The scalar type a field's values have: the field's own, or its items' for a list. */
function valueType(type: Type): PrimitiveType | undefined {
  if (typeof type === "string") return type;
  return "array" in type ? valueType(type.array) : undefined;
}

/** Whether a documented value spells a value of the type (every string does). */
export function spellsValueOf(type: PrimitiveType, value: string): boolean {
  switch (type) {
    case "integer":
      return INTEGER.test(value);
    case "float":
      return NUMBER.test(value);
    case "boolean":
      return BOOLEAN_WORD.test(value);
    default:
      return true;
  }
}

function sameValue(type: PrimitiveType, a: string, b: string): boolean {
  if (type === "boolean") return a.toLowerCase() === b.toLowerCase();
  if (type === "integer" || type === "float") return Number(a) === Number(b);
  return a === b;
}

function everyField(service: Service): { owner: string; field: Field }[] {
  return [
    ...service.actions.flatMap((a) => [...a.input, ...a.output].map((field) => ({ owner: a.name, field }))),
    ...service.types.flatMap((t) => t.fields.map((field) => ({ owner: t.name, field }))),
  ];
}

const valueList = (values: readonly EnumValue[]) => values.map((v) => v.value).join(", ");

/**
 * Drops enumerations that list no values of their field's type (ECS `Size` with a size range per
 * disk category: the categories are not sizes; the ranges stay in the description), and reports
 * defaults outside a closed enumeration.
 */
export function checkFieldValues(service: Service, diag: Diagnostics): void {
  for (const { owner, field } of everyField(service)) {
    const type = valueType(field.type);
    const line = field.source?.line ?? service.source?.startLine ?? 1;
    if (type && field.enum && field.enum.length > 0 && !field.enum.some((v) => spellsValueOf(type, v.value))) {
      diag.report("field.value-table", line, `${owner}.${field.name} (${type}) lists ${valueList(field.enum)}, which are not ${type} values: kept as documented constraints in the description, not as an enumeration`);
      delete field.enum;
      delete field.enumClosed;
    }
    if (type && field.default !== undefined && field.enumClosed && field.enum && !field.enum.some((v) => sameValue(type, v.value, field.default!))) {
      diag.report("field.default-not-in-enum", line, `${owner}.${field.name}: the default ${JSON.stringify(field.default)} is not one of its values (${valueList(field.enum)})`);
    }
  }
}
